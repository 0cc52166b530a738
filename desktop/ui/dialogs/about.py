"""About Protest Kit, and the short guide (Help menu)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__

translate = QCoreApplication.translate


class AboutDialog(QDialog):
    """What the app is, its version and its promise about the network."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Protest Kit"))
        text = QLabel(
            self.tr(
                "<h2>Protest Kit %1</h2>"
                "<p>Protest letters, sealed signatures and print-ready petitions for "
                "solidarity campaigns.</p>"
                "<p>Protest Kit never connects to the network. Signatures are sealed on this "
                "laptop the moment they are given; only the campaign passphrase opens them.</p>"
                "<p>Free software under the GNU GPL, version 3 or later. "
                "Fonts: DejaVu (free licence).</p>"
            ).replace("%1", __version__)
        )
        text.setObjectName("about_text")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setMinimumWidth(420)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None) -> None:
        """Show the dialog until closed."""
        dialog = cls(parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()


class GuideDialog(QDialog):
    """A short guide: from a kit on a USB stick to a printed pack, step by step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_dialog")
        self.setWindowTitle(self.tr("Short guide"))
        self.resize(600, 520)
        browser = QTextBrowser()
        browser.setObjectName("guide_text")
        browser.setAccessibleName(self.tr("Guide"))
        browser.setOpenLinks(False)
        browser.setHtml(guide_html(self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None) -> None:
        """Show the guide until closed."""
        dialog = cls(parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()


def guide_html(widget: QWidget) -> str:
    """The guide's text in the interface language."""
    return translate(
        "GuideDialog",
        "<h3>From a kit to a printed pack</h3>"
        "<ol>"
        "<li><b>Open a campaign.</b> Start with the sample campaign, or create one from the "
        "kit file you were given (File &gt; New). Choose a passphrase of several words: it "
        "protects the signers' names and cannot be recovered.</li>"
        "<li><b>Case.</b> Pick the case you campaign for, or add your own.</li>"
        "<li><b>Recipients.</b> Tick who gets the letter and who gets a copy. A warning "
        "shows when an address or salutation is missing.</li>"
        "<li><b>Letter.</b> Edit the letter in each language. Placeholders such as the "
        "recipient's name are filled in for each recipient.</li>"
        "<li><b>Signatures.</b> Start the signing station at the picket. People sign on "
        "the laptop; each signature is sealed at once.</li>"
        "<li><b>Export.</b> Make one PDF pack per recipient and print it.</li>"
        "</ol>"
        "<p><b>Lock</b> (Ctrl+L) whenever you step away. The campaign also locks itself "
        "after some idle minutes (Settings).</p>",
    ) + translate(
        "GuideDialog",
        "<p><b>Recovery code.</b> Once the campaign is unlocked, use Signatures &gt; Save "
        "recovery code and keep the code on paper, away from the laptop. It is the only way "
        "back in if the passphrase is lost.</p>",
    )
