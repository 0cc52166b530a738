"""Slow vault steps (key derivation, merge, CSV import) run off the GUI thread.

While they run the window keeps drawing (its timers tick), it is disabled so no other
campaign action can start, and the wait cursor shows; the outcome is told as before.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from desktop.services import sealing
from desktop.services.kits import sample_kit
from desktop.ui import signature_io
from desktop.ui.actions import ActionId
from desktop.ui.dialogs.messages import Messages
from desktop.ui.dialogs.passphrase import NewPassphraseDialog, UnlockDialog
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import PASSPHRASE, add_signers

SLOW_S = 0.3
WRONG_PASSPHRASE_TEXT = "That passphrase does not open this campaign. Check the keyboard layout."


class Probe:
    """Ticks of a GUI timer while a step runs: was the window disabled and busy-looking?"""

    def __init__(self, window: MainWindow) -> None:
        self.ticks: list[tuple[bool, bool]] = []
        self._window = window
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._on_timeout)

    def _on_timeout(self) -> None:
        busy = QGuiApplication.overrideCursor() is not None
        self.ticks.append((self._window.isEnabled(), busy))

    def run(self, step: Callable[[], object]) -> None:
        self._timer.start()
        try:
            step()  # returns only once the step is done; no event loop turns around it here
        finally:
            self._timer.stop()

    def assert_window_stayed_alive_and_blocked(self) -> None:
        assert len(self.ticks) >= 3, "the GUI event loop did not run while the step ran"
        assert all(not enabled for enabled, _ in self.ticks)
        assert all(busy for _, busy in self.ticks)
        assert self._window.isEnabled()
        assert QGuiApplication.overrideCursor() is None


def _slow(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[threading.Thread]:
    """Make ``owner.name`` take SLOW_S longer; returns the threads it ran on."""
    original = getattr(owner, name)
    threads: list[threading.Thread] = []

    def slowed(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        time.sleep(SLOW_S)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, slowed)
    return threads


@pytest.fixture
def signed_window(window: MainWindow, sample_campaign: Path) -> MainWindow:
    add_signers(sample_campaign, ["Айгуль Canary", "Берик Canary"])
    assert window.opener.open_path(sample_campaign, unlock=False)
    window.show_step("signatures")
    return window


def test_window_keeps_running_while_the_key_is_derived(
    signed_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = signed_window
    threads = _slow(monkeypatch, sealing, "derive_key")
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(lambda *a, **k: PASSPHRASE))
    probe = Probe(window)
    probe.run(window.signatures_page._unlock.click)
    probe.assert_window_stayed_alive_and_blocked()
    assert threads
    assert threading.main_thread() not in threads
    assert not window.session.is_locked()
    assert window.signatures_page.showing_signers()
    assert "Unlocked" in window.status_text()


def test_wrong_passphrase_still_gets_the_same_plain_answer(
    signed_window: MainWindow, messages: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = signed_window
    _slow(monkeypatch, sealing, "derive_key")
    answers = iter(["not the passphrase", None])
    errors_shown: list[str] = []

    def ask(cls: Any, parent: Any, name: str = "", error: str = "") -> str | None:
        errors_shown.append(error)
        return next(answers)

    monkeypatch.setattr(UnlockDialog, "ask", classmethod(ask))
    probe = Probe(window)
    probe.run(window.signatures_page._unlock.click)
    probe.assert_window_stayed_alive_and_blocked()
    assert errors_shown == ["", WRONG_PASSPHRASE_TEXT]
    assert messages.errors == []
    assert window.session.is_locked()
    assert not window.signatures_page.showing_signers()


def test_creating_a_campaign_derives_its_key_off_the_gui_thread(
    window: MainWindow, tmp_path: Path, messages: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads = _slow(monkeypatch, sealing, "derive_key")
    monkeypatch.setattr(NewPassphraseDialog, "ask", classmethod(lambda *a, **k: PASSPHRASE))
    target = tmp_path / "new.protestkit"
    probe = Probe(window)
    probe.run(lambda: window.opener.create(sample_kit(), target))
    probe.assert_window_stayed_alive_and_blocked()
    assert threads
    assert threading.main_thread() not in threads
    assert messages.errors == []
    assert window.session.is_open()
    assert window.session.path == target


def test_creating_over_a_bad_place_is_still_told_plainly(
    window: MainWindow, tmp_path: Path, messages: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(NewPassphraseDialog, "ask", classmethod(lambda *a, **k: PASSPHRASE))
    taken = tmp_path / "taken.protestkit"
    taken.write_bytes(b"someone else's file")
    assert not window.opener.create(sample_kit(), taken)
    assert "could not be created" in messages.errors[-1][1]
    assert not window.session.is_open()
    assert window.isEnabled()


def test_merge_runs_off_the_gui_thread(
    open_window: MainWindow, tmp_path: Path, messages: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    volunteer = tmp_path / "volunteer.protestkit"
    open_window.session.campaign.share(volunteer)
    add_signers(volunteer, ["Volunteer One", "Volunteer Two", "Volunteer Three"])
    monkeypatch.setattr(Messages, "open_any_file", classmethod(lambda *a, **k: volunteer))
    threads = _slow(monkeypatch, signature_io, "merge_into")
    probe = Probe(open_window)
    probe.run(open_window.action(ActionId.MERGE).trigger)
    probe.assert_window_stayed_alive_and_blocked()
    assert threads
    assert threading.main_thread() not in threads
    assert messages.errors == []
    assert "3 new signatures merged" in messages.infos[-1][1]
    assert open_window.signatures_page._count.text() == "3"


def test_csv_import_runs_off_the_gui_thread_and_stays_all_or_nothing(
    open_window: MainWindow, tmp_path: Path, messages: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = tmp_path / "paper.csv"
    good.write_text("Name,Town\nАсель Ахметова,Алматы\nБолат Нуров,Шымкент\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("Name,Town\nАсель Ахметова,Алматы\n,Шымкент\n", encoding="utf-8")
    threads = _slow(monkeypatch, signature_io, "read_signatures")
    for path in (bad, good):
        monkeypatch.setattr(Messages, "open_any_file", classmethod(lambda *a, p=path, **k: p))
        probe = Probe(open_window)
        probe.run(open_window.signatures_page._import.click)
        probe.assert_window_stayed_alive_and_blocked()
        if path is bad:
            assert "Nothing was imported from bad.csv" in messages.errors[-1][1]
            assert open_window.session.count() == 0
    assert threads
    assert threading.main_thread() not in threads
    assert "2 signatures imported" in messages.infos[-1][1]
    assert open_window.session.count() == 2
    assert "2 signatures" in open_window.status_text()


def test_the_window_does_not_close_under_a_running_unlock(
    signed_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = signed_window
    _slow(monkeypatch, sealing, "derive_key")
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(lambda *a, **k: PASSPHRASE))
    closed: list[bool] = []
    QTimer.singleShot(20, lambda: closed.append(window.close()))
    window.signatures_page._unlock.click()
    assert closed == [False]
    assert window.isVisible()
    assert window.session.is_open()
    assert not window.session.is_locked()
