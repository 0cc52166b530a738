"""Create the QApplication and show the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel

from desktop import APP_NAME


def run(campaign: str | None = None) -> int:
    """Start the Qt event loop with the main window."""
    del campaign
    app = QApplication.instance() or QApplication(sys.argv)
    label = QLabel(APP_NAME)
    label.show()
    return app.exec()
