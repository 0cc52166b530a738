"""Before a CSV import: which column holds what, a look at the first rows, and how many."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.csv_io import CsvPreview

MAPPED_FIELDS = ("full_name", "town", "country", "organisation", "anonymous", "signed_at")


class CsvMappingDialog(QDialog):
    """Choose the column for each field; ``mapping()`` is field -> header."""

    def __init__(
        self, parent: QWidget | None, preview: CsvPreview, file_name: str, case_title: str
    ) -> None:
        super().__init__(parent)
        self.setObjectName("csv_mapping_dialog")
        self.setWindowTitle(self.tr("Import signatures from CSV"))
        self.resize(720, 480)
        intro = QLabel(
            self.tr(
                "%1 has %n row(s). They will be added as signatures for the case “%2”, all "
                "of them or none. Check which column holds what.",
                "",
                preview.row_count,
            )
            .replace("%1", file_name)
            .replace("%2", case_title)
        )
        intro.setWordWrap(True)
        labels = {
            "full_name": self.tr("Full &name (required):"),
            "town": self.tr("&Town:"),
            "country": self.tr("&Country:"),
            "organisation": self.tr("&Organisation or role:"),
            "anonymous": self.tr("Do not &print the name (yes/no):"),
            "signed_at": self.tr("&Date signed:"),
        }
        self._combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        for field in MAPPED_FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"csv_map_{field}")
            combo.setAccessibleName(labels[field].replace("&", "").rstrip(":"))
            combo.addItem(self.tr("(none)"), "")
            for header in preview.headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(0, combo.findData(preview.mapping.get(field, ""))))
            combo.currentIndexChanged.connect(self._on_combo_changed)
            self._combos[field] = combo
            form.addRow(labels[field], combo)
        table = QTableWidget(len(preview.sample), len(preview.headers))
        table.setObjectName("csv_preview_table")
        table.setAccessibleName(self.tr("The first rows of the file"))
        table.setHorizontalHeaderLabels(list(preview.headers))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, values in enumerate(preview.sample):
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(table, 1)
        layout.addWidget(self._buttons)
        self._on_combo_changed()

    def mapping(self) -> dict[str, str]:
        """Field -> header for every field given a column."""
        chosen = {field: combo.currentData() for field, combo in self._combos.items()}
        return {field: header for field, header in chosen.items() if header}

    def set_column(self, field: str, header: str) -> None:
        """Choose ``header`` for ``field`` (tests)."""
        combo = self._combos[field]
        combo.setCurrentIndex(max(0, combo.findData(header)))

    def can_import(self) -> bool:
        """True once a column is chosen for the name."""
        return self._buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()

    def _on_combo_changed(self) -> None:
        has_name = bool(self._combos["full_name"].currentData())
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(has_name)

    @classmethod
    def ask(
        cls, parent: QWidget | None, preview: CsvPreview, file_name: str, case_title: str
    ) -> dict[str, str] | None:
        """The chosen mapping, or None if the organiser cancelled."""
        dialog = cls(parent, preview, file_name, case_title)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.mapping()
            return None
        finally:
            dialog.deleteLater()
