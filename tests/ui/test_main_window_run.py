"""``protest-kit`` with no command opens the window; ``--campaign FILE`` opens that file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.ui.application import run
from desktop.ui.main_window import MainWindow


def _run_and_inspect(campaign: str | None) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    timer = QTimer()

    def inspect() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        visible = [w for w in windows if w.isVisible()]
        if not visible or (campaign and visible[0].session.path is None):
            return
        window = visible[0]
        seen["welcome"] = window.central.currentWidget() is window.welcome
        seen["path"] = window.session.path
        seen["title"] = window.windowTitle()
        timer.stop()
        window.close()
        window.deleteLater()

    timer.timeout.connect(inspect)
    timer.start(20)
    seen["exit"] = run(campaign=campaign)
    return seen


def test_no_arguments_opens_the_welcome_screen(qapp: Any) -> None:
    seen = _run_and_inspect(None)
    assert seen["exit"] == 0
    assert seen["welcome"] is True
    assert seen["path"] is None
    assert seen["title"].startswith("Protest Kit")


def test_campaign_argument_opens_that_campaign(qapp: Any, sample_campaign: Path) -> None:
    seen = _run_and_inspect(str(sample_campaign))
    assert seen["exit"] == 0
    assert seen["welcome"] is False
    assert seen["path"] == sample_campaign
    assert "Almaty" in seen["title"]


def test_unexpected_errors_are_told_plainly_without_their_text(
    monkeypatch: Any, capsys: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui import application

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    try:
        raise ValueError("Айгуль Canary signed twice")
    except ValueError as error:
        application._plain_excepthook(ValueError, error, error.__traceback__)
    assert "ValueError" in shown[0]
    assert "safe" in shown[0]
    assert "Canary" not in shown[0]
    err = capsys.readouterr().err
    assert "internal error ValueError at test_main_window_run.py" in err
    assert "Canary" not in err
