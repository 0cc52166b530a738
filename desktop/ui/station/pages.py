"""The station's other screens: the thank-you, the failed save, and the PIN to leave."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.domain.text import Lang
from desktop.ui.station.form import PrivateLineEdit
from desktop.ui.station.strings import plural, text


def _label(parent: QWidget, name: str, role: str = "") -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    return label


class ThanksPage(QWidget):
    """ "Thank you. N people have signed." Names nobody; a tap anywhere moves on.

    Signals:
        dismissed(): the signer tapped the screen.
    """

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thanks_page")
        self._total = 0
        self._lang: Lang = "en"
        self.title = _label(self, "thanks_title", "thanks")
        self.count = _label(self, "thanks_count", "count")
        self.hint = _label(self, "thanks_hint", "hint")
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addSpacing(16)
        layout.addWidget(self.count)
        layout.addStretch(3)
        layout.addWidget(self.hint)
        layout.addSpacing(24)

    def set_total(self, total: int) -> None:
        """The number of signatures to announce."""
        self._total = total
        self.retranslate(self._lang)

    def retranslate(self, lang: Lang) -> None:
        """Show the page in ``lang``."""
        self._lang = lang
        self.title.setText(text(lang, "thanks_title"))
        self.count.setText(plural(lang, "signed_count", self._total))
        self.hint.setText(text(lang, "tap_to_continue"))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self.dismissed.emit()


class FailedPage(QWidget):
    """The signature was not saved: what happened, and the two ways on.

    Signals:
        retry(): try saving the same signature again.
        cancel(): give up and erase the signer's details.
    """

    retry = Signal()
    cancel = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("failed_page")
        self._hint_key = "failed_hint_other"
        self.title = _label(self, "failed_title", "failed")
        self.body = _label(self, "failed_body")
        self.hint = _label(self, "failed_hint", "hint")
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("retry_button")
        self.retry_button.setProperty("role", "primary")
        self.retry_button.clicked.connect(self.retry)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancel_button")
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addSpacing(24)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(120, 0, 120, 0)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addSpacing(20)
        layout.addWidget(self.body)
        layout.addSpacing(20)
        layout.addWidget(self.hint)
        layout.addSpacing(32)
        layout.addLayout(buttons)
        layout.addStretch(3)

    def set_disk_full(self, full: bool) -> None:
        """Pick the organiser's hint: a full disk, or a file that cannot be written."""
        self._hint_key = "failed_hint_full" if full else "failed_hint_other"

    def retranslate(self, lang: Lang) -> None:
        """Show the page in ``lang``."""
        self.title.setText(text(lang, "failed_title"))
        self.body.setText(text(lang, "failed_body"))
        self.hint.setText(text(lang, self._hint_key))
        self.retry_button.setText(text(lang, "retry"))
        self.cancel_button.setText(text(lang, "cancel_erase"))


class ExitPage(QWidget):
    """Ask for the organiser's PIN before the station closes.

    Signals:
        pin_entered(str): Leave was pressed with this PIN.
        back(): return to the form.
    """

    pin_entered = Signal(str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exit_page")
        self.title = _label(self, "exit_title", "failed")
        self.body = _label(self, "exit_body")
        self.pin_label = QLabel(self)
        self.pin = PrivateLineEdit(self)
        self.pin.setObjectName("pin_field")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setFixedWidth(260)
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_label.setBuddy(self.pin)
        self.message = _label(self, "pin_message", "error")
        self.leave_button = QPushButton(self)
        self.leave_button.setObjectName("leave_button")
        self.leave_button.setProperty("role", "primary")
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("back_button")
        self.leave_button.clicked.connect(self._on_leave_button_clicked)
        self.pin.returnPressed.connect(self._on_leave_button_clicked)
        self.back_button.clicked.connect(self.back)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.pin_label)
        row.addWidget(self.pin)
        row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addSpacing(24)
        buttons.addWidget(self.leave_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addSpacing(12)
        layout.addWidget(self.body)
        layout.addSpacing(24)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addSpacing(24)
        layout.addLayout(buttons)
        layout.addStretch(3)

    def retranslate(self, lang: Lang) -> None:
        """Show the page in ``lang`` (a shown message is reset by the station)."""
        self.title.setText(text(lang, "exit_title"))
        self.body.setText(text(lang, "exit_body"))
        self.pin_label.setText(text(lang, "pin"))
        self.pin.setAccessibleName(text(lang, "pin"))
        self.leave_button.setText(text(lang, "exit_confirm"))
        self.back_button.setText(text(lang, "exit_back"))

    def reset(self) -> None:
        """Empty the PIN field and the message."""
        self.pin.wipe()
        self.message.setText("")

    def _on_leave_button_clicked(self) -> None:
        pin = self.pin.text()
        self.pin.wipe()
        self.pin_entered.emit(pin)
