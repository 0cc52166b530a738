"""The settings dialog: interface language, default paper size, auto-lock minutes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.campaign import Paper
from desktop.domain.text import LANGS, Lang
from desktop.ui.i18n import LANGUAGE_NAMES
from desktop.ui.settings import AUTO_LOCK_MAX, PAPERS


@dataclass(frozen=True)
class SettingsValues:
    """What the settings dialog edits."""

    language: Lang
    paper: Paper
    auto_lock_minutes: int


class SettingsDialog(QDialog):
    """Edit :class:`SettingsValues`; the window applies and stores the answer."""

    def __init__(self, parent: QWidget | None, values: SettingsValues) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(440)
        self._language = QComboBox()
        self._language.setObjectName("settings_language_combo")
        self._language.setAccessibleName(self.tr("Interface language"))
        for lang in LANGS:
            self._language.addItem(LANGUAGE_NAMES[lang], lang)
        self._paper = QComboBox()
        self._paper.setObjectName("settings_paper_combo")
        self._paper.setAccessibleName(self.tr("Default paper size"))
        paper_names = {"a4": self.tr("A4"), "letter": self.tr("US Letter")}
        for paper in PAPERS:
            self._paper.addItem(paper_names.get(paper, paper), paper)
        self._minutes = QSpinBox()
        self._minutes.setObjectName("settings_auto_lock_spin")
        self._minutes.setAccessibleName(self.tr("Lock after idle minutes"))
        self._minutes.setRange(0, AUTO_LOCK_MAX)
        self._minutes.setSuffix(self.tr(" min"))
        self._minutes.setSpecialValueText(self.tr("Never"))
        note = QLabel(
            self.tr(
                "When nobody touches the laptop for this long, the signatures lock and the "
                "list of signers disappears from the screen. Unlocking asks for the passphrase."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Interface &language:"), self._language)
        form.addRow(self.tr("Default &paper size:"), self._paper)
        form.addRow(self.tr("&Lock after:"), self._minutes)
        form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.set_values(values)

    def set_values(self, values: SettingsValues) -> None:
        """Show ``values`` in the fields."""
        self._language.setCurrentIndex(self._language.findData(values.language))
        self._paper.setCurrentIndex(self._paper.findData(values.paper))
        self._minutes.setValue(values.auto_lock_minutes)

    def values(self) -> SettingsValues:
        """The values as edited."""
        return SettingsValues(
            language=self._language.currentData(),
            paper=self._paper.currentData(),
            auto_lock_minutes=self._minutes.value(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, values: SettingsValues) -> SettingsValues | None:
        """Edit ``values``; the new values, or None if cancelled."""
        dialog = cls(parent, values)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.values()
            return None
        finally:
            dialog.deleteLater()
