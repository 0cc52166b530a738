"""The organiser's window driven like a user: open, choose, tick, undo, close."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.services.campaign import Campaign
from desktop.ui.actions import ActionId
from desktop.ui.dialogs.messages import CloseAnswer, Messages
from desktop.ui.dialogs.passphrase import NewPassphraseDialog, UnlockDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.models.recipients import COL_NAME
from desktop.ui.opening import sample_campaign_path
from tests.ui.conftest import PASSPHRASE


def _tick(window: MainWindow, recipient_id: str) -> None:
    page = window.recipients_page
    for model in (page.targets, page.copies):
        row = model.row_of(recipient_id)
        if row >= 0:
            index = model.index(row, COL_NAME)
            checked = Qt.CheckState.Checked.value
            assert model.setData(index, checked, Qt.ItemDataRole.CheckStateRole)
            return
    raise AssertionError(recipient_id)


def test_starts_on_the_welcome_screen(window: MainWindow) -> None:
    assert window.central.currentWidget() is window.welcome
    assert not window.action(ActionId.LOCK).isEnabled()
    assert "No campaign open" in window.status_text()


def test_open_the_sample_campaign_creates_it_once(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def ask(cls: Any, parent: Any, name: str = "") -> str:
        asked.append(name)
        return PASSPHRASE

    monkeypatch.setattr(NewPassphraseDialog, "ask", classmethod(ask))
    qtbot.mouseClick(window.welcome._sample, Qt.MouseButton.LeftButton)
    assert asked
    assert "Almaty" in asked[0]
    assert sample_campaign_path().is_file()
    assert window.central.currentWidget() is not window.welcome
    assert window.current_step() == "case"
    assert "Almaty" in window.status_text()
    assert "Locked" in window.status_text()
    assert window.windowTitle().startswith("Almaty")
    window.session.close()
    # the second time it opens the same file and asks to unlock, not for a new passphrase
    again = classmethod(lambda *a, **k: pytest.fail("asked for a new passphrase again"))
    monkeypatch.setattr(NewPassphraseDialog, "ask", again)
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(lambda *a, **k: PASSPHRASE))
    assert window.opener.open_sample()
    assert not window.session.is_locked()
    assert "Unlocked" in window.status_text()
    assert window.settings.recent_campaigns[0] == sample_campaign_path().resolve()


def test_wrong_passphrase_is_asked_again_with_a_plain_message(
    window: MainWindow, sample_campaign: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["wrong words here", PASSPHRASE])
    errors: list[str] = []

    def ask(cls: Any, parent: Any, name: str = "", error: str = "") -> str:
        errors.append(error)
        return next(answers)

    monkeypatch.setattr(UnlockDialog, "ask", classmethod(ask))
    assert window.opener.open_path(sample_campaign)
    assert errors[0] == ""
    assert "does not open this campaign" in errors[1]
    assert not window.session.is_locked()


def test_a_file_that_is_not_a_campaign_gives_a_plain_error(
    window: MainWindow, tmp_path: Path, messages: Any
) -> None:
    bogus = tmp_path / "photo.protestkit"
    bogus.write_bytes(b"\x89PNG not a campaign")
    assert not window.opener.open_path(bogus)
    assert messages.errors
    assert "cannot be opened" in messages.errors[0][1]
    assert "Traceback" not in messages.errors[0][1]
    assert window.central.currentWidget() is window.welcome


def test_choose_case_tick_recipients_undo_redo(open_window: MainWindow, qtbot: Any) -> None:
    window = open_window
    session = window.session
    assert session.current_case_id() == "kurmanov"
    window.show_step("case")
    window.case_page.browse("kuramskin")
    assert "Kuramskin" in window.case_page.details_text()
    with qtbot.waitSignal(session.choices_changed):
        qtbot.mouseClick(window.case_page._choose, Qt.MouseButton.LeftButton)
    assert session.choices.case_id == "kuramskin"
    assert window.isWindowModified()
    window.show_step("recipients")
    _tick(window, "almaty-prosecutor")
    _tick(window, "osce")
    assert session.choices.recipient_ids == ("almaty-prosecutor", "osce")
    assert "No postal address" in window.recipients_page.warning_text()
    assert window.recipients_page.targets.index(0, 2).data() is not None
    # the choices are in the file, not only in the window
    assert session.campaign.choices.recipient_ids == ("almaty-prosecutor", "osce")
    undo, redo = window.action(ActionId.UNDO), window.action(ActionId.REDO)
    assert undo.text() == "&Undo Choose recipient"
    undo.trigger()
    assert list(session.choices.recipient_ids) == ["almaty-prosecutor"]
    undo.trigger()
    undo.trigger()
    assert session.current_case_id() == "kurmanov"
    assert not window.isWindowModified()
    assert not undo.isEnabled()
    assert undo.text() == "&Undo"
    redo.trigger()
    assert session.choices.case_id == "kuramskin"
    assert window.isWindowModified()


def test_letter_language_per_recipient_is_undoable(open_window: MainWindow) -> None:
    page = open_window.recipients_page
    page.set_language("almaty-prosecutor", "kk")
    row = page.targets.row_of("almaty-prosecutor")
    assert page.targets.index(row, 1).data() == "Қазақша"
    open_window.undo_stack.undo()
    assert page.targets.index(row, 1).data() == "Русский"


def test_close_prompt_cancel_keep_and_discard(
    open_window: MainWindow, sample_campaign: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window
    answers: list[CloseAnswer] = [CloseAnswer.CANCEL, CloseAnswer.DISCARD]
    asked: list[str] = []

    def ask_close(cls: Any, parent: Any, name: str) -> CloseAnswer:
        asked.append(name)
        return answers.pop(0)

    monkeypatch.setattr(Messages, "ask_close", classmethod(ask_close))
    _tick(window, "general-prosecutor")
    window.close()
    assert window.isVisible()
    assert asked
    window.close()
    assert not window.isVisible()
    with Campaign.open(sample_campaign) as campaign:
        assert campaign.choices.recipient_ids == ()


def test_close_keeping_changes_and_without_changes(
    open_window: MainWindow, sample_campaign: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window
    monkeypatch.setattr(Messages, "ask_close", classmethod(lambda *a: CloseAnswer.KEEP))
    _tick(window, "general-prosecutor")
    window.close()
    assert not window.isVisible()
    with Campaign.open(sample_campaign) as campaign:
        assert campaign.choices.recipient_ids == ("general-prosecutor",)
    assert not window.settings.window_geometry.isEmpty()


def test_unchanged_campaign_closes_without_asking(open_window: MainWindow) -> None:
    open_window.close()  # ask_close would fail the test
    assert not open_window.isVisible()


def test_export_and_print_actions_reach_the_export_page(
    open_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_window.export_page
    calls: list[str] = []
    monkeypatch.setattr(page, "start_export", lambda: calls.append("export"))
    monkeypatch.setattr(page, "print_current", lambda: calls.append("print"))
    open_window.action(ActionId.EXPORT).trigger()
    open_window.action(ActionId.PRINT).trigger()
    assert calls == ["export", "print"]
    assert open_window.current_step() == "export"


def test_signing_station_button_launches_the_station(
    open_window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.ui.station as station

    calls: list[Any] = []
    monkeypatch.setattr(station, "launch", lambda session, parent: calls.append((session, parent)))
    open_window.show_step("signatures")
    button = open_window.signatures_page._station
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert calls == [(open_window.session, open_window)]


def test_every_control_has_an_accessible_name(open_window: MainWindow) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QHeaderView,
        QLineEdit,
        QTextEdit,
    )

    mine = [open_window.case_page, open_window.recipients_page, open_window.signatures_page]
    mine.append(open_window.welcome)
    missing = []
    for page in mine:
        controls = [
            w
            for kind in (QAbstractButton, QAbstractItemView, QLineEdit, QTextEdit)
            for w in page.findChildren(kind)
        ]
        for widget in controls:
            if isinstance(widget, QHeaderView) or not widget.isVisibleTo(page):
                continue
            if not widget.accessibleName() and not getattr(widget, "text", lambda: "")():
                name = widget.objectName() or type(widget).__name__
                missing.append(f"{page.objectName()}/{name}")
    assert missing == []


def test_station_needs_a_petition_text(
    open_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.services.kits import sample_kit
    from desktop.ui.dialogs.case_editor import CaseEditorDialog

    bare = sample_kit().cases[0].model_copy(update={"id": "bare", "statements": {}})
    monkeypatch.setattr(CaseEditorDialog, "ask", classmethod(lambda cls, *a: bare))
    open_window.case_page._on_add_clicked()
    open_window.case_page.choose_browsed()
    button = open_window.signatures_page._station
    assert not button.isEnabled()
    assert "no petition text" in button.toolTip()
    open_window.undo_stack.undo()
    assert button.isEnabled()


def test_ctrl_number_jumps_to_a_step(open_window: MainWindow, qtbot: Any) -> None:
    open_window.activateWindow()
    qtbot.waitUntil(open_window.isActiveWindow)
    qtbot.keyClick(open_window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert open_window.current_step() == "signatures"
    assert open_window.nav.currentRow() == 3
