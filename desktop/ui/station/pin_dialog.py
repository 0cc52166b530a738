"""The organiser sets the station's PIN before the station opens (organiser's language)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.station.pin import MAX_PIN_LENGTH, MIN_PIN_LENGTH, pin_problem


class SetPinDialog(QDialog):
    """Choose a PIN (typed twice) that only the organiser knows; ``ask`` returns it or None."""

    def __init__(self, parent: QWidget | None = None, case_title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("set_pin_dialog")
        self.setWindowTitle(self.tr("Start the signing station"))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                "The station fills the screen so passers-by can sign. Choose a PIN of "
                "%1 to %2 digits: nobody can leave the station without it. The PIN is "
                "kept in memory only until the station closes. Starting the station also "
                "locks the campaign, so no signer's name can be read on this laptop."
            )
            .replace("%1", str(MIN_PIN_LENGTH))
            .replace("%2", str(MAX_PIN_LENGTH))
        )
        intro.setWordWrap(True)
        intro.setObjectName("pin_intro")
        self._case = QLabel(self)
        self._case.setObjectName("pin_case")
        self._case.setTextFormat(Qt.TextFormat.PlainText)
        self._case.setText(self.tr("Case: %1").replace("%1", case_title))
        self._case.setVisible(bool(case_title))
        self.first = QLineEdit(self)
        self.first.setObjectName("pin_edit")
        self.second = QLineEdit(self)
        self.second.setObjectName("pin_repeat_edit")
        for edit, name in ((self.first, self.tr("PIN")), (self.second, self.tr("Repeat the PIN"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(MAX_PIN_LENGTH)
            edit.setAccessibleName(name)
            edit.textChanged.connect(self._on_text_changed)
        self.problem = QLabel(self)
        self.problem.setObjectName("pin_problem")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&PIN:"), self.first)
        form.addRow(self.tr("&Repeat it:"), self.second)
        form.addRow("", self.problem)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.start_button: QPushButton = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("Start the station"))
        self.start_button.setObjectName("pin_start_button")
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._case)
        layout.addLayout(form)
        layout.addWidget(self._buttons)
        self._on_text_changed()

    def _on_text_changed(self) -> None:
        first, second = self.first.text(), self.second.text()
        problem = pin_problem(first)
        message = ""
        if first and problem == "digits":
            message = self.tr("Use digits only.")
        elif first and problem == "short":
            message = self.tr("Use at least %1 digits.").replace("%1", str(MIN_PIN_LENGTH))
        elif problem is None and second and second != first:
            message = self.tr("The two PINs differ.")
        self.problem.setText(message)
        self.start_button.setEnabled(problem is None and first == second)

    def pin(self) -> str:
        """The PIN chosen (valid once the dialog is accepted)."""
        return self.first.text()

    @classmethod
    def ask(cls, parent: QWidget | None = None, case_title: str = "") -> str | None:
        """Show the dialog; the chosen PIN, or None if the organiser cancelled."""
        dialog = cls(parent, case_title)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.pin()
        finally:
            dialog.first.clear()
            dialog.second.clear()
            dialog.deleteLater()
