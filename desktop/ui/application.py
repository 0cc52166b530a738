"""Create the QApplication (names, fonts, icon, translators) and show the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from desktop import APP_ID, APP_NAME, ORG_DOMAIN, ORG_NAME, __version__
from desktop.paths import fonts_dir, icons_dir
from desktop.ui.i18n import translations
from desktop.ui.settings import AppSettings


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names, high-DPI policy, bundled fonts, icon and translators."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(argv if argv is not None else sys.argv)
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setOrganizationDomain(ORG_DOMAIN)
    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setDesktopFileName(APP_ID)
    load_fonts()
    icon = icons_dir() / "protest-kit.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    translations().switch(AppSettings().language)
    return app


_fonts: list[int] = []


def load_fonts() -> None:
    """Register the bundled DejaVu fonts (they cover Cyrillic and Kazakh letters), once."""
    if not _fonts:
        fonts = sorted(fonts_dir().glob("*.ttf"))
        _fonts.extend(QFontDatabase.addApplicationFont(str(font)) for font in fonts)


def run(campaign: str | None = None) -> int:
    """Start the Qt event loop with the main window (and ``campaign`` opened, if given)."""
    app = create_application()
    from desktop.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    if campaign:
        path = Path(campaign)
        QTimer.singleShot(0, lambda: window.opener.open_path(path))
    return app.exec()
