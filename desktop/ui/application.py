"""Create the QApplication (names, fonts, icon, translators) and show the main window."""

from __future__ import annotations

import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

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


def _print_where(kind: type[BaseException], tb: TracebackType | None) -> None:
    """One line on stderr naming the error type and where it happened (no error text)."""
    if sys.stderr is None:  # a windowed (frozen) app on Windows has no stderr
        return
    frames = traceback.extract_tb(tb)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    sys.stderr.write(f"protest-kit: internal error {kind.__name__}{where}\n")


def _plain_thread_excepthook(args: threading.ExceptHookArgs) -> None:
    """A crash on a worker thread: the same one line, never the error's text (it may quote a
    signer); the task doorway reports failures of background jobs to the window itself."""
    _print_where(args.exc_type, args.exc_traceback)


def _plain_excepthook(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """Tell the organiser in words; print only where it broke, never the error's text.

    An error's text could quote a signer's name, so it is neither shown nor printed.
    """
    del error
    _print_where(kind, tb)
    QMessageBox.critical(
        None,
        APP_NAME,
        QCoreApplication.translate(
            "Application",
            "Something went wrong inside Protest Kit (%1). Your campaign file is safe: every "
            "change was saved as you made it. If this happens again, close and reopen the app.",
        ).replace("%1", kind.__name__),
    )


def run(campaign: str | None = None) -> int:
    """Start the Qt event loop with the main window (and ``campaign`` opened, if given)."""
    app = create_application()
    sys.excepthook = _plain_excepthook
    threading.excepthook = _plain_thread_excepthook
    from desktop.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    if campaign:
        path = Path(campaign)
        QTimer.singleShot(0, lambda: window.opener.open_path(path))
    return app.exec()
