"""The questions the Export page asks (each a classmethod tests replace) and its defaults."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.ui.session import CampaignSession


def default_folder() -> Path:
    """Where exports go unless the organiser picks another folder."""
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


class ExportQuestions:
    """The questions the Export page asks; each a classmethod tests replace."""

    @classmethod
    def ask_proceed(cls, parent: QWidget | None, problems: list[str]) -> bool:
        """Show the problems found before printing; True to export anyway."""
        box = QMessageBox(parent)
        box.setObjectName("export_problems_prompt")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("ExportPage", "Export with problems?"))
        box.setText(
            QCoreApplication.translate(
                "ExportPage", "The petition would print with these problems:"
            )
        )
        box.setInformativeText("\n".join(f"• {p}" for p in problems[:12]))
        go = box.addButton(
            QCoreApplication.translate("ExportPage", "Export anyway"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return clicked is go

    @classmethod
    def ask_unlock(cls, parent: QWidget | None, session: CampaignSession) -> bool:
        """Ask for the passphrase; True once the campaign is unlocked."""
        from desktop.ui.lock import ask_unlock

        return ask_unlock(parent, session)

    @classmethod
    def ask_folder(cls, parent: QWidget | None, current: Path) -> Path | None:
        """Choose the folder exports go to."""
        title = QCoreApplication.translate("ExportPage", "Choose where to save the PDFs")
        name = QFileDialog.getExistingDirectory(parent, title, str(current))
        return Path(name) if name else None

    @classmethod
    def ask_printer(cls, parent: QWidget | None, printer: QPrinter, pages: int) -> bool:
        """The system print dialog; True to print with ``printer`` as set up there."""
        printer.setFromTo(1, pages)
        dialog = QPrintDialog(printer, parent)
        dialog.setObjectName("print_dialog")
        try:
            return dialog.exec() == QPrintDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    @classmethod
    def open_url(cls, url: QUrl) -> bool:
        """Open a local folder in the system's file manager."""
        return QDesktopServices.openUrl(url)
