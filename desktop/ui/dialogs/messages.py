"""Small questions and messages the window asks, each a classmethod tests can replace."""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

translate = QCoreApplication.translate


class CloseAnswer(enum.Enum):
    """What to do with changes made since the campaign was last marked saved."""

    KEEP = "keep"
    DISCARD = "discard"
    CANCEL = "cancel"


class Messages:
    """Plain-language messages and file choosers."""

    @classmethod
    def error(cls, parent: QWidget | None, title: str, text: str) -> None:
        """Tell the organiser something failed and what to do (never a traceback)."""
        QMessageBox.warning(parent, title, text)

    @classmethod
    def info(cls, parent: QWidget | None, title: str, text: str) -> None:
        """Tell the organiser something worth knowing."""
        QMessageBox.information(parent, title, text)

    @classmethod
    def ask_close(cls, parent: QWidget | None, campaign: str) -> CloseAnswer:
        """Ask whether to keep or undo this session's changes before closing."""
        box = QMessageBox(parent)
        box.setObjectName("close_prompt")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("Messages", "Keep your changes?"))
        box.setText(
            translate("Messages", "You changed “%1” since it was opened.").replace("%1", campaign)
        )
        box.setInformativeText(
            translate("Messages", "Keep the changes, or undo all of them before closing?")
        )
        keep = box.addButton(
            translate("Messages", "Keep changes"), QMessageBox.ButtonRole.AcceptRole
        )
        discard = box.addButton(
            translate("Messages", "Undo changes"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is keep:
            return CloseAnswer.KEEP
        if clicked is discard:
            return CloseAnswer.DISCARD
        return CloseAnswer.CANCEL

    @classmethod
    def open_campaign_file(cls, parent: QWidget | None, folder: Path) -> Path | None:
        """Choose a campaign file to open."""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            translate("Messages", "Open campaign"),
            str(folder),
            translate("Messages", "Protest Kit campaigns (*.protestkit);;All files (*)"),
        )
        return Path(name) if name else None

    @classmethod
    def open_kit_file(cls, parent: QWidget | None, folder: Path) -> Path | None:
        """Choose a kit file."""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            translate("Messages", "Choose a kit"),
            str(folder),
            translate("Messages", "Protest Kit kits (*.kit.json *.json);;All files (*)"),
        )
        return Path(name) if name else None

    @classmethod
    def save_campaign_file(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        """Choose where a new campaign file goes."""
        name, _ = QFileDialog.getSaveFileName(
            parent,
            translate("Messages", "Save the new campaign as"),
            str(suggested),
            translate("Messages", "Protest Kit campaigns (*.protestkit)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix == ".protestkit" else path.with_suffix(".protestkit")

    @classmethod
    def open_any_file(
        cls, parent: QWidget | None, title: str, folder: Path, filters: str
    ) -> Path | None:
        """Choose a file to read (CSV, a volunteer's campaign to merge)."""
        name, _ = QFileDialog.getOpenFileName(parent, title, str(folder), filters)
        return Path(name) if name else None

    @classmethod
    def save_any_file(
        cls, parent: QWidget | None, title: str, suggested: Path, filters: str
    ) -> Path | None:
        """Choose a file to write (a CSV export)."""
        name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
        return Path(name) if name else None
