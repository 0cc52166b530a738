"""Record how many people signed one paper sheet (wet-ink signatures are counted, not typed)."""

from __future__ import annotations

import datetime as dt

from pydantic import ValidationError
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.signature import PaperTally
from desktop.ui.dialogs.validation import plain_problems


class PaperTallyDialog(QDialog):
    """Sheet id, count, town and country of one paper sheet; ``built_tally()`` is validated."""

    def __init__(self, parent: QWidget | None, case_id: str, taken_sheets: set[str]) -> None:
        super().__init__(parent)
        self.setObjectName("paper_tally_dialog")
        self.setWindowTitle(self.tr("Count a paper sheet"))
        self.setMinimumWidth(420)
        self._case_id = case_id
        self._taken = taken_sheets
        self._built: PaperTally | None = None
        intro = QLabel(
            self.tr(
                "Type the number printed on the sheet and how many people signed it. The "
                "names stay on paper; only the count is kept here. Counting a sheet again "
                "replaces its earlier count."
            )
        )
        intro.setWordWrap(True)
        self._sheet = QLineEdit()
        self._sheet.setObjectName("tally_sheet_edit")
        self._sheet.setAccessibleName(self.tr("Sheet number"))
        self._sheet.setPlaceholderText(self.tr("e.g. 12"))
        self._count = QSpinBox()
        self._count.setObjectName("tally_count_spin")
        self._count.setAccessibleName(self.tr("Signatures on the sheet"))
        self._count.setRange(0, 10_000)
        self._town = QLineEdit()
        self._town.setObjectName("tally_town_edit")
        self._town.setAccessibleName(self.tr("Town"))
        self._country = QLineEdit()
        self._country.setObjectName("tally_country_edit")
        self._country.setAccessibleName(self.tr("Country"))
        self._note = QLabel()
        self._note.setObjectName("tally_note")
        self._note.setWordWrap(True)
        self._note.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Sheet &number:"), self._sheet)
        form.addRow(self.tr("&Signatures on it:"), self._count)
        form.addRow(self.tr("&Town:"), self._town)
        form.addRow(self.tr("&Country:"), self._country)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self._note)
        layout.addWidget(buttons)
        self._sheet.textChanged.connect(self._on_sheet_text_changed)

    def fill(self, sheet: str, count: int, town: str = "", country: str = "") -> None:
        """Type the fields (tests and the screenshot script)."""
        self._sheet.setText(sheet)
        self._count.setValue(count)
        self._town.setText(town)
        self._country.setText(country)

    def note(self) -> str:
        """The warning or error shown under the fields."""
        return self._note.text()

    def built_tally(self) -> PaperTally | None:
        """The tally as accepted, or None."""
        return self._built

    def _on_sheet_text_changed(self, text: str) -> None:
        taken = text.strip() in self._taken
        self._note.setText(
            self.tr("Sheet %1 was counted before; OK replaces that count.").replace(
                "%1", text.strip()
            )
            if taken
            else ""
        )

    def _on_buttons_accepted(self) -> None:
        try:
            self._built = PaperTally(
                sheet_id=self._sheet.text(),
                case_id=self._case_id,
                count=self._count.value(),
                town=self._town.text(),
                country=self._country.text(),
                recorded_at=dt.datetime.now(dt.UTC),
            )
        except ValidationError as error:
            labels = {
                "sheet_id": self.tr("Sheet number"),
                "town": self.tr("Town"),
                "country": self.tr("Country"),
            }
            self._note.setText("\n".join(plain_problems(error, labels)))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, case_id: str, taken_sheets: set[str]) -> PaperTally | None:
        """Ask for one sheet's count; the tally, or None if cancelled."""
        dialog = cls(parent, case_id, taken_sheets)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.built_tally()
            return None
        finally:
            dialog.deleteLater()
