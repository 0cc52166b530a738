"""Locking: Ctrl+L and idle time drop the key and clear every view of signer data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop.ui.actions import ActionId
from desktop.ui.dialogs.passphrase import UnlockDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.models.signers import BATCH, SignerTableModel
from tests.ui.conftest import PASSPHRASE, add_signers

NAMES = ["Айгуль Canary", "Берик Canary", "Charlie Canary"]


@pytest.fixture
def signed_window(window: MainWindow, sample_campaign: Path) -> MainWindow:
    add_signers(sample_campaign, NAMES)
    assert window.opener.open_path(sample_campaign, unlock=False)
    window.show_step("signatures")
    return window


def _visible_texts(window: MainWindow) -> str:
    model = window.signatures_page.signers
    cells = [
        str(model.index(r, c).data())
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]
    return " ".join(cells)


def test_unlock_shows_signers_and_ctrl_l_clears_them(
    signed_window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = signed_window
    page = window.signatures_page
    assert "3" in page._count.text()
    assert not page.showing_signers()
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(lambda *a, **k: PASSPHRASE))
    with qtbot.waitSignal(window.session.lock_changed):
        qtbot.mouseClick(page._unlock, Qt.MouseButton.LeftButton)
    assert page.showing_signers()
    assert "Берик Canary" in _visible_texts(window)
    assert "Unlocked" in window.status_text()
    lock = window.action(ActionId.LOCK)
    assert lock.shortcut().toString() == "Ctrl+L"
    with qtbot.waitSignal(window.session.lock_changed):
        lock.trigger()
    assert window.session.is_locked()
    assert not window.session.campaign.is_unlocked
    assert "Canary" not in _visible_texts(window)
    assert page.signers.rowCount() == 0
    assert page.signers.is_empty()
    assert not page.showing_signers()
    assert "Locked" in window.status_text()


def test_ctrl_l_key_press_locks(signed_window: MainWindow, qtbot: Any) -> None:
    window = signed_window
    window.session.unlock(PASSPHRASE)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.session.lock_changed):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session.is_locked()


def test_auto_lock_after_idle_time(signed_window: MainWindow, qtbot: Any) -> None:
    window = signed_window
    window.session.unlock(PASSPHRASE)
    assert window.locker.is_armed()
    with qtbot.waitSignal(window.locker.locked_by_idle, timeout=5000):
        window.locker.set_interval_ms(50)
    assert window.session.is_locked()
    assert window.signatures_page.signers.rowCount() == 0
    assert not window.locker.is_armed()


def test_activity_postpones_auto_lock(signed_window: MainWindow, qtbot: Any) -> None:
    window = signed_window
    window.session.unlock(PASSPHRASE)
    window.locker.set_interval_ms(60_000)
    qtbot.wait(100)
    remaining_before = window.locker._timer.remainingTime()
    qtbot.keyClick(window.signatures_page._table, Qt.Key.Key_Down)
    assert window.locker._timer.remainingTime() > remaining_before
    assert not window.session.is_locked()


def test_auto_lock_off_never_arms(signed_window: MainWindow) -> None:
    window = signed_window
    window.locker.set_minutes(0)
    window.session.unlock(PASSPHRASE)
    assert not window.locker.is_armed()


def test_cancelled_unlock_stays_locked(signed_window: MainWindow, qtbot: Any) -> None:
    window = signed_window
    qtbot.mouseClick(window.signatures_page._unlock, Qt.MouseButton.LeftButton)
    assert window.session.is_locked()
    assert not window.signatures_page.showing_signers()


def test_signer_model_is_lazy_and_passes_the_model_tester(qtmodeltester: Any) -> None:
    import datetime as dt

    from desktop.domain.signature import Signature
    from desktop.services.kits import sample_kit

    statement = sample_kit().cases[0].statement("ru")
    assert statement is not None
    fetched = 0

    def source() -> Any:
        nonlocal fetched
        for number in range(BATCH * 2 + 5):
            fetched += 1
            yield Signature(
                case_id="kurmanov",
                full_name=f"Signer {number}",
                anonymous=number == 0,
                statement_fingerprint=statement.fingerprint,
                signed_at=dt.datetime(2010, 5, 1, tzinfo=dt.UTC),
            )

    model = SignerTableModel()
    model.load(source())
    assert model.rowCount() == BATCH
    assert fetched == BATCH
    assert "not printed" in model.index(0, 0).data()
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == BATCH * 2 + 5
    model.clear()
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_signers_shown_are_the_chosen_cases(
    signed_window: MainWindow, sample_campaign: Path
) -> None:
    window = signed_window
    add_signers(sample_campaign, ["Other Case Signer"], case_id="ukteshbaev")
    window.session.refresh_count()
    window.session.unlock(PASSPHRASE)
    assert "Other Case Signer" not in _visible_texts(window)
    assert "(all cases: 4)" in window.signatures_page._count.text()
    window.case_page.browse("ukteshbaev")
    window.case_page.choose_browsed()
    assert "Other Case Signer" in _visible_texts(window)
    assert "Canary" not in _visible_texts(window)
    window.undo_stack.undo()
    assert "Canary" in _visible_texts(window)
