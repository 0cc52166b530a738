"""The Letter page: editing per language, undo/redo through the one stack, live preview."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from desktop.ui.pages.letter_page import LetterPage, LetterPreviewRequest, render_letter_preview
from desktop.ui.session import CampaignSession
from tests.ui.campaign_helpers import make_campaign, type_text


@pytest.fixture
def session(tmp_path: Path, qtbot) -> Iterator[CampaignSession]:
    session = CampaignSession()
    session.open(make_campaign(tmp_path))
    yield session
    session.close()


@pytest.fixture
def page(session: CampaignSession, qtbot) -> LetterPage:
    stack = QUndoStack(session)
    page = LetterPage(session, stack)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    return page


def _stack(page: LetterPage) -> QUndoStack:
    return page._undo_stack


def _ru_body(session: CampaignSession) -> str:
    case = session.current_case()
    assert case is not None
    return case.letters["ru"].body


def test_shows_the_russian_letter_of_the_chosen_case(page: LetterPage, session) -> None:
    assert page.language() == "ru"
    assert page.editor("body").toPlainText() == _ru_body(session)
    assert page.editor("subject").toPlainText() == session.current_case().letters["ru"].subject


def test_typing_changes_the_kit_and_undo_is_per_word(page: LetterPage, session, qtbot) -> None:
    body = page.editor("body")
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    original = _ru_body(session)
    type_text(body, " Свободу Айнуру")
    assert _ru_body(session) == original + " Свободу Айнуру"
    stack = _stack(page)
    assert stack.count() == 2, "one step per word, not one per key"

    stack.undo()
    assert _ru_body(session) == original + " Свободу "
    assert body.toPlainText() == original + " Свободу "
    stack.undo()
    assert _ru_body(session) == original
    assert body.toPlainText() == original
    stack.redo()
    stack.redo()
    assert body.toPlainText() == original + " Свободу Айнуру"
    assert _ru_body(session) == original + " Свободу Айнуру"


def test_the_undo_key_in_the_editor_uses_the_shared_stack(page, session, qtbot) -> None:
    subject = page.editor("subject")
    subject.setFocus()
    subject.moveCursor(subject.textCursor().MoveOperation.End)
    before = session.current_case().letters["ru"].subject
    qtbot.keyClicks(subject, "!")
    assert session.current_case().letters["ru"].subject == before + "!"
    qtbot.keyClick(subject, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert subject.toPlainText() == before
    assert session.current_case().letters["ru"].subject == before


def test_enter_does_not_break_the_one_line_subject(page, session, qtbot) -> None:
    subject = page.editor("subject")
    subject.setFocus()
    qtbot.keyClick(subject, Qt.Key.Key_Return)
    assert "\n" not in subject.toPlainText()


def test_undo_of_another_language_switches_to_it(page, session, qtbot) -> None:
    page.set_language("en")
    closing = page.editor("closing")
    closing.setFocus()
    qtbot.keyClicks(closing, "X")
    page.set_language("ru")
    _stack(page).undo()
    assert page.language() == "en", "the editor shows what the undo changed"
    assert "X" not in page.editor("closing").toPlainText()


def test_inserted_placeholder_is_one_undo_step(page, session, qtbot) -> None:
    page.show()
    qtbot.waitExposed(page)
    closing = page.editor("closing")
    closing.setFocus()
    before = closing.toPlainText()
    page.insert_placeholder("organisation.signatory")
    assert "{organisation.signatory}" in session.current_case().letters["ru"].closing
    _stack(page).undo()
    assert closing.toPlainText() == before


def test_unknown_placeholder_is_marked_with_line_and_column(page, qtbot) -> None:
    body = page.editor("body")
    body.setPlainText("Уважаемый {recipient.salutation}\nот {organisation.nmae}")
    problems = body.problems()
    assert len(problems) == 1
    assert (problems[0].line, problems[0].column) == (2, 4)
    assert "organisation.nmae" in page.problems_text()
    assert "2" in page.problems_text()

    def formats(block_number: int) -> list[tuple[int, int, str]]:
        block = body.document().findBlockByNumber(block_number)
        return [
            (r.start, r.length, r.format.underlineStyle().name) for r in block.layout().formats()
        ]

    line2 = formats(1)
    assert (3, len("{organisation.nmae}"), "WaveUnderline") in line2
    line1 = formats(0)
    assert all(style != "WaveUnderline" for _, _, style in line1)
    assert any(start == len("Уважаемый ") for start, _, _ in line1), "known one is coloured"
    assert "unknown placeholder" in body._tooltip_for(len("Уважаемый {recipient.salutation}\nот "))


class _Recorder:
    """The real renderer, recording what it was asked to draw."""

    def __init__(self) -> None:
        self.requests: list[LetterPreviewRequest] = []

    def __call__(self, request: LetterPreviewRequest) -> bytes:
        self.requests.append(request)
        return render_letter_preview(request)


def test_preview_refreshes_after_a_pause_and_shows_the_edit(session, qtbot) -> None:
    recorder = _Recorder()
    page = LetterPage(session, QUndoStack(session), render=recorder)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    with qtbot.waitSignal(page.preview_updated, timeout=20_000):
        page.show()
    first = len(recorder.requests)
    body = page.editor("body")
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    with qtbot.waitSignal(page.preview_updated, timeout=20_000) as blocker:
        type_text(body, " Проверка")
    assert blocker.args[0] >= 1
    # Typing nine keys made one render, not nine: the preview waits for a pause.
    assert len(recorder.requests) - first == 1
    assert (
        recorder.requests[-1]
        .kit.case(recorder.requests[-1].case_id)
        .letters["ru"]
        .body.endswith(" Проверка")
    )
    assert page.preview().page_count() >= 1
    text = "".join(
        page.preview().document().getAllText(i).text() for i in range(page.preview().page_count())
    )
    assert "Проверка" in text, "the preview shows the edited letter"


def test_a_failing_render_is_told_plainly(session, qtbot) -> None:
    def broken(request: LetterPreviewRequest) -> bytes:
        raise ValueError("font missing")

    page = LetterPage(session, QUndoStack(session), render=broken)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.preview_failed, timeout=20_000) as blocker:
        page.refresh_preview()
    assert "could not be made" in blocker.args[0]
    assert "font missing" in page.preview().message()


def test_stale_previews_are_dropped_and_the_newest_is_shown(qtbot) -> None:
    import threading

    from desktop.ui.widgets.live_preview import LivePreview

    gate = threading.Event()

    def render(snapshot: str) -> str:
        if snapshot == "old":
            gate.wait(10)
        return snapshot.upper()

    live = LivePreview(render, delay_ms=10)
    shown: list[object] = []
    live.rendered.connect(shown.append)
    with qtbot.waitSignal(live.started, timeout=5_000):
        live.request_now("old")
    live.request("newer")
    live.request("newest")
    # The typing pause passes while "old" is still rendering.
    qtbot.waitUntil(lambda: not live._timer.isActive(), timeout=5_000)
    with qtbot.waitSignal(live.rendered, timeout=10_000):
        gate.set()
    assert shown == ["NEWEST"], "the result for the old text never reaches the screen"
