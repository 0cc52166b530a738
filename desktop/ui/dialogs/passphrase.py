"""Passphrase dialogs: choose one for a new campaign (with a strength hint), or unlock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop.services.passphrase import strength
from desktop.ui.dialogs.validation import error_label

MIN_SCORE = 2
"""The weakest passphrase a new campaign accepts (0..4)."""


def passphrase_score(passphrase: str) -> tuple[int, str]:
    """Strength 0 (useless) .. 4 (strong) and the vault's reason code for the hint."""
    result = strength(passphrase)
    return max(0, min(4, result.score)), result.reason


class NewPassphraseDialog(QDialog):
    """Choose the passphrase that seals a new campaign's signatures."""

    def __init__(self, parent: QWidget | None = None, campaign_name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("new_passphrase_dialog")
        self.setWindowTitle(self.tr("Choose a passphrase"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "<p><b>This passphrase protects the names of everyone who signs.</b></p>"
                "<p>Signatures are sealed as soon as they are given. Only this passphrase "
                "opens them again, to read the list of signers or print the petition with "
                "names. Opening the campaign, writing letters and counting signatures do "
                "not need it.</p>"
                "<p><b>It cannot be recovered.</b> If you forget it, nobody can read the "
                "signatures, not even the authors of Protest Kit, unless you kept the "
                "campaign's recovery code. Choose several words you will remember and "
                "others will not guess, and never write it on the laptop.</p>"
            )
        )
        if campaign_name:
            intro.setText(
                self.tr("<p>Campaign: <b>%1</b></p>").replace("%1", _escape(campaign_name))
                + intro.text()
            )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setObjectName("passphrase_intro")
        self._first = QLineEdit()
        self._first.setEchoMode(QLineEdit.EchoMode.Password)
        self._first.setObjectName("passphrase_edit")
        self._first.setAccessibleName(self.tr("Passphrase"))
        self._second = QLineEdit()
        self._second.setEchoMode(QLineEdit.EchoMode.Password)
        self._second.setObjectName("passphrase_repeat_edit")
        self._second.setAccessibleName(self.tr("Repeat the passphrase"))
        self._show = QCheckBox(self.tr("Show the passphrase"))
        self._show.setObjectName("passphrase_show_check")
        self._show.setAccessibleName(self.tr("Show the passphrase"))
        self._meter = QProgressBar()
        self._meter.setRange(0, 4)
        self._meter.setTextVisible(False)
        self._meter.setMaximumHeight(10)
        self._meter.setAccessibleName(self.tr("Passphrase strength"))
        self._hint = QLabel()
        self._hint.setObjectName("passphrase_hint")
        self._hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self._first)
        form.addRow(self.tr("&Repeat it:"), self._second)
        form.addRow("", self._show)
        form.addRow(self.tr("Strength:"), self._meter)
        form.addRow("", self._hint)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create campaign"))
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self._buttons)
        self._first.textChanged.connect(self._on_text_changed)
        self._second.textChanged.connect(self._on_text_changed)
        self._show.toggled.connect(self._on_show_toggled)
        self._on_text_changed()

    def passphrase(self) -> str:
        """The chosen passphrase."""
        return self._first.text()

    def set_passphrase(self, first: str, second: str | None = None) -> None:
        """Type into both fields (tests and the screenshot script)."""
        self._first.setText(first)
        self._second.setText(first if second is None else second)

    def hint(self) -> str:
        """The strength hint shown under the fields."""
        return self._hint.text()

    def can_accept(self) -> bool:
        """True when the passphrase is strong enough and both fields agree."""
        return self._buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()

    def _on_show_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self._first.setEchoMode(mode)
        self._second.setEchoMode(mode)

    def _on_text_changed(self) -> None:
        first = self._first.text()
        score, reason = passphrase_score(first)
        self._meter.setValue(score)
        reasons = {
            "empty": self.tr("Type a passphrase of several words."),
            "too_short": self.tr("Too short: use at least 10 characters, better four words."),
            "common": self.tr("Too common: this is among the first passphrases anyone tries."),
            "repeated": self.tr("Too simple: the same characters repeated."),
            "sequence": self.tr("Too simple: a keyboard or alphabet sequence."),
            "one_kind": self.tr("Weak: only one kind of character. Add more words."),
            "short_words": self.tr("Weak: the words are too short. Use longer words."),
            "fair": self.tr("Fair: acceptable. A few more words would make it strong."),
            "strong": self.tr("Strong."),
        }
        text = reasons.get(reason, "")
        if score < MIN_SCORE and reason in {"fair", "strong"}:
            text = self.tr("Too weak: use four or more words, or a long sentence.")
        matches = first == self._second.text()
        if first and self._second.text() and not matches:
            text += " " + self.tr("The two fields do not match yet.")
        self._hint.setText(text)
        ok = score >= MIN_SCORE and matches
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    @classmethod
    def ask(cls, parent: QWidget | None, campaign_name: str = "") -> str | None:
        """Ask for a new passphrase; None if the organiser cancelled."""
        dialog = cls(parent, campaign_name)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.passphrase()
            return None
        finally:
            dialog.deleteLater()


class UnlockDialog(QDialog):
    """Ask for the passphrase that unlocks the signatures."""

    def __init__(
        self, parent: QWidget | None = None, campaign_name: str = "", error: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlock_dialog")
        self.setWindowTitle(self.tr("Unlock the signatures"))
        self.setMinimumWidth(440)
        text = self.tr(
            "Type the passphrase of <b>%1</b> to see the signers and print names. "
            "Without it the campaign stays locked: letters, counts and export still work."
        ).replace("%1", _escape(campaign_name or self.tr("this campaign")))
        intro = QLabel(text)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self._error = error_label("unlock_error", error)
        self._edit = QLineEdit()
        self._edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._edit.setObjectName("unlock_passphrase_edit")
        self._edit.setAccessibleName(self.tr("Passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self._edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Stay locked"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._error)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def passphrase(self) -> str:
        """The typed passphrase."""
        return self._edit.text()

    @classmethod
    def ask(cls, parent: QWidget | None, campaign_name: str = "", error: str = "") -> str | None:
        """Ask for the passphrase; None if the organiser chose to stay locked."""
        dialog = cls(parent, campaign_name, error)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.passphrase()
            return None
        finally:
            dialog.deleteLater()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
