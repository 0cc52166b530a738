"""The signing form: large fields, the consent boxes, the signature pad and the Sign button.

A form widget lives for one signer only. The station deletes it after every signature (and
after an idle timeout) and builds a new one, so no text, undo history or selection of a
previous signer survives in any widget. The inputs refuse copy, cut, paste, drag, context
menus and selection (on X11 a selection alone lands on the PRIMARY clipboard).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.form import SignatureFormSettings
from desktop.domain.text import Lang, pick
from desktop.ui.station.signature_pad import SignaturePad
from desktop.ui.station.strings import text
from desktop.ui.station.submission import FIELDS, FormInput

_BLOCKED_KEYS = (
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.SelectAll,
)

# The longest value each field may hold (the Signature model's limits).
_MAX_LENGTH = {
    "full_name": 300,
    "town": 200,
    "country": 100,
    "organisation": 300,
    "contact": 300,
}


class PrivateLineEdit(QLineEdit):
    """A line edit that keeps what is typed away from the clipboard and from later signers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setDragEnabled(False)
        self.setAcceptDrops(False)
        # Ask on-screen keyboards and input methods not to learn or predict what is typed.
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.selectionChanged.connect(self._on_self_selection_changed)

    def _on_self_selection_changed(self) -> None:
        if self.hasSelectedText():
            self.deselect()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if any(event.matches(key) for key in _BLOCKED_KEYS):
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()  # no word selection

    def wipe(self) -> None:
        """Empty the field; ``setText`` also drops the undo history."""
        self.setText("")


class WrappedCheck(QWidget):
    """A big check box with a wrapping label; tapping the label ticks the box too.

    Signals:
        toggled(bool): the box was ticked or unticked.
    """

    toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(12)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.box.toggled.connect(self.toggled)

    def set_text(self, value: str) -> None:
        """The label (also the box's accessible name)."""
        self.label.setText(value)
        self.box.setAccessibleName(value)

    def isChecked(self) -> bool:
        """Whether the box is ticked."""
        return self.box.isChecked()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.box.toggle()
        event.accept()


class SignatureForm(QWidget):
    """One signer's form, built fresh for each signer.

    Signals:
        submit_requested(): the Sign button was pressed.
        edited(): the signer typed, ticked or drew something.
    """

    submit_requested = Signal()
    edited = Signal()

    def __init__(
        self, settings: SignatureFormSettings, lang: Lang, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signature_form")
        self._settings = settings
        self._lang: Lang = lang
        self.fields: dict[str, PrivateLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self._build()
        self.retranslate(lang)

    # -- building ------------------------------------------------------------------------
    def _line(self, key: str) -> PrivateLineEdit:
        edit = PrivateLineEdit(self)
        edit.setObjectName(f"field_{key}")
        edit.setMaxLength(_MAX_LENGTH[key])
        edit.textEdited.connect(self.edited)
        edit.textEdited.connect(lambda _text, key=key: self.clear_error(key))
        label = QLabel(self)
        label.setObjectName(f"label_{key}")
        label.setProperty("role", "field")
        label.setBuddy(edit)
        label.setWordWrap(True)
        self.fields[key] = edit
        self.labels[key] = label
        self.errors[key] = self._error_label(key)
        return edit

    def _error_label(self, key: str) -> QLabel:
        error = QLabel(self)
        error.setObjectName(f"error_{key}")
        error.setProperty("role", "error")
        error.setWordWrap(True)
        error.hide()
        return error

    def _build(self) -> None:
        settings = self._settings
        fields = QGridLayout()
        fields.setHorizontalSpacing(16)
        fields.setVerticalSpacing(2)
        fields.setColumnStretch(0, 3)
        fields.setColumnStretch(1, 2)
        row = 0

        def add(key: str, column: int, span: int) -> None:
            self._line(key)
            fields.addWidget(self.labels[key], row, column, 1, span)
            fields.addWidget(self.fields[key], row + 1, column, 1, span)
            fields.addWidget(self.errors[key], row + 2, column, 1, span)

        add("full_name", 0, 2)
        row += 3
        if settings.ask_town and settings.ask_country:
            add("town", 0, 1)
            add("country", 1, 1)
            row += 3
        elif settings.ask_town or settings.ask_country:
            add("town" if settings.ask_town else "country", 0, 2)
            row += 3
        if "country" in self.fields:
            self.fields["country"].setText(settings.default_country)
        if settings.ask_organisation:
            add("organisation", 0, 2)
            row += 3
        self.contact_consent: WrappedCheck | None = None
        if settings.ask_contact:
            add("contact", 0, 2)
            row += 3
            self.contact_consent = WrappedCheck(self)
            self.contact_consent.setObjectName("check_contact_consent")
            self.contact_consent.toggled.connect(self.edited)
            self.contact_consent.toggled.connect(lambda _on: self.clear_error("contact"))
            fields.addWidget(self.contact_consent, row, 0, 1, 2)
            row += 1
        self.anonymous = WrappedCheck(self)
        self.anonymous.setObjectName("check_anonymous")
        self.anonymous.toggled.connect(self.edited)
        self.consent = WrappedCheck(self)
        self.consent.setObjectName("check_consent")
        self.consent.toggled.connect(self.edited)
        self.consent.toggled.connect(lambda _on: self.clear_error("consent"))
        self.errors["consent"] = self._error_label("consent")

        left = QVBoxLayout()
        left.setSpacing(8)
        left.addLayout(fields)
        left.addStretch(1)

        self.pad_label = QLabel(self)
        self.pad_label.setObjectName("label_drawing")
        self.pad = SignaturePad(self)
        self.pad.setObjectName("signature_pad")
        self.pad.changed.connect(self.edited)
        self.pad.changed.connect(lambda: self.clear_error("drawing"))
        self.errors["drawing"] = self._error_label("drawing")
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clear_button")
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self.pad.clear)
        self.submit_button = QPushButton(self)
        self.submit_button.setObjectName("submit_button")
        self.submit_button.setProperty("role", "primary")
        self.submit_button.setDefault(True)
        self.submit_button.setMinimumWidth(260)
        # Fixed: the button keeps its place and size whether or not a message sits beside it.
        self.submit_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.submit_button.clicked.connect(self.submit_requested)
        self.summary = self._error_label("summary")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        pad_header = QHBoxLayout()
        pad_header.addWidget(self.pad_label, 1, Qt.AlignmentFlag.AlignBottom)
        pad_header.addWidget(self.clear_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)  # keeps Sign at the right edge when no message is shown
        buttons.addWidget(self.summary, 4)
        buttons.addWidget(self.submit_button)
        # The consent sits with the pad and the Sign button: the last things a signer does.
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addLayout(pad_header)
        right.addWidget(self.pad, 1)
        right.addWidget(self.errors["drawing"])
        right.addSpacing(4)
        right.addWidget(self.anonymous)
        right.addWidget(self.consent)
        right.addWidget(self.errors["consent"])
        right.addSpacing(4)
        right.addLayout(buttons)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(28)
        outer.addLayout(left, 9)
        outer.addLayout(right, 11)

        for key in ("full_name", "town", "country", "organisation", "contact"):
            if key in self.fields:
                self.fields[key].returnPressed.connect(self._on_field_return_pressed)

    # -- language ------------------------------------------------------------------------
    @property
    def lang(self) -> Lang:
        """The signer's language."""
        return self._lang

    def retranslate(self, lang: Lang) -> None:
        """Show every label (and any visible message) in ``lang``; keeps what was entered."""
        self._lang = lang
        optional = text(lang, "optional")
        for key, label in self.labels.items():
            words = text(lang, key)
            label.setText(words if key == "full_name" else f"{words} ({optional})")
            self.fields[key].setAccessibleName(words)
        self.anonymous.set_text(text(lang, "anonymous"))
        consent = pick(self._settings.consent_text, lang) or text(lang, "consent")
        self.consent.set_text(consent)
        if self.contact_consent is not None:
            words = pick(self._settings.contact_consent_text, lang)
            self.contact_consent.set_text(words or text(lang, "contact_consent"))
        self.pad_label.setText(text(lang, "pad_label"))
        self.pad.set_hint(text(lang, "pad_hint"))
        self.pad.setAccessibleName(text(lang, "pad_label"))
        self.clear_button.setText(text(lang, "clear"))
        self.submit_button.setText(text(lang, "submit"))
        for error in self.errors.values():
            key = error.property("message")
            if key:
                error.setText(text(lang, str(key)))
        if self.summary.property("message"):
            self.summary.setText(text(lang, "err_summary"))

    # -- reading and messages ------------------------------------------------------------
    def value(self) -> FormInput:
        """What is on the form now."""

        def line(key: str) -> str:
            edit = self.fields.get(key)
            return edit.text() if edit is not None else ""

        return FormInput(
            full_name=line("full_name"),
            town=line("town"),
            country=line("country"),
            organisation=line("organisation"),
            contact=line("contact"),
            contact_consent=self.contact_consent is not None and self.contact_consent.isChecked(),
            anonymous=self.anonymous.isChecked(),
            consent=self.consent.isChecked(),
            drawing=None if self.pad.is_empty() else self.pad.drawing(),
        )

    def is_dirty(self) -> bool:
        """True once the signer has typed, ticked or drawn anything."""
        defaults = {"country": self._settings.default_country}
        if any(edit.text() != defaults.get(key, "") for key, edit in self.fields.items()):
            return True
        checks = [self.anonymous, self.consent, self.contact_consent]
        return any(c is not None and c.isChecked() for c in checks) or not self.pad.is_empty()

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show each message (a string-table key) under its field; focus the first."""
        for key, label in self.errors.items():
            message = errors.get(key)
            label.setProperty("message", message or "")
            label.setText(text(self._lang, message) if message else "")
            label.setVisible(bool(message))
            edit = self.fields.get(key)
            if edit is not None:
                edit.setProperty("invalid", bool(message))
                edit.style().unpolish(edit)
                edit.style().polish(edit)
        self.summary.setProperty("message", "err_summary" if errors else "")
        self.summary.setText(text(self._lang, "err_summary") if errors else "")
        self.summary.setVisible(bool(errors))
        for key in FIELDS:
            if key in errors and key in self.fields:
                self.fields[key].setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def clear_error(self, key: str) -> None:
        """Hide the message of ``key`` once the signer changes that field."""
        label = self.errors.get(key)
        if label is None or not label.property("message"):
            return
        label.setProperty("message", "")
        label.setText("")
        label.hide()
        edit = self.fields.get(key)
        if edit is not None:
            edit.setProperty("invalid", False)
            edit.style().unpolish(edit)
            edit.style().polish(edit)
        if not any(e.property("message") for e in self.errors.values()):
            self.summary.setProperty("message", "")
            self.summary.setText("")
            self.summary.hide()

    def wipe(self) -> None:
        """Empty every input before the widget is thrown away (belt and braces)."""
        for edit in self.fields.values():
            edit.wipe()
        self.pad.clear()

    def _on_field_return_pressed(self) -> None:
        self.focusNextChild()
