"""The whole path an organiser takes, driven through the main window like a user.

Open the sample campaign, tick two recipients, edit the Russian letter, undo and redo,
export with Cancel and then to completion, and check the PDF: its pages, the recipients'
names, the signers and the edited text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from desktop.pdf import ExportJob, plan_packs
from desktop.ui.actions import ActionId
from desktop.ui.dialogs.passphrase import NewPassphraseDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.models.recipients import COL_NAME
from desktop.ui.pages.export_page import ExportPage, ExportQuestions
from desktop.ui.pages.letter_page import LetterPage
from tests.ui.campaign_helpers import PASSPHRASE, SIGNER_NAMES, add_signatures, type_text

TICKED = ("almaty-prosecutor", "general-prosecutor")
EDIT = " Мы требуем справедливости"


class _Organiser(ExportQuestions):
    """The organiser's answers to the Export page's questions."""

    asked: list[str] = []  # noqa: RUF012 - reset by the test

    @classmethod
    def ask_proceed(cls, parent: Any, problems: list[str]) -> bool:
        cls.asked.append("proceed: " + "; ".join(problems))
        return True  # the addresses are missing in the sample; export anyway

    @classmethod
    def ask_unlock(cls, parent: Any, session: Any) -> bool:
        cls.asked.append("unlock")
        session.unlock(PASSPHRASE)
        return True


def _tick(window: MainWindow, recipient_id: str) -> None:
    page = window.recipients_page
    for model in (page.targets, page.copies):
        row = model.row_of(recipient_id)
        if row >= 0:
            index = model.index(row, COL_NAME)
            assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
            return
    raise AssertionError(recipient_id)


def _ru_body(window: MainWindow) -> str:
    case = window.session.current_case()
    assert case is not None
    return case.letters["ru"].body


def test_organiser_path_from_sample_to_printed_pack(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # 1. Open the sample campaign from the welcome screen (a new vault, fast KDF in tests).
    monkeypatch.setattr(NewPassphraseDialog, "ask", classmethod(lambda *a, **k: PASSPHRASE))
    qtbot.mouseClick(window.welcome._sample, Qt.MouseButton.LeftButton)
    session = window.session
    assert session.is_open()
    add_signatures(session.campaign, 40)
    session.refresh_count()

    # 2. Tick two recipients.
    window.show_step("recipients")
    for rid in TICKED:
        _tick(window, rid)
    assert set(session.choices.recipient_ids) == set(TICKED)

    # 3. Edit the Russian letter; the preview follows after the pause.
    window.show_step("letter")
    letter = window.letter_page
    assert isinstance(letter, LetterPage)
    assert letter.language() == "ru"
    original = _ru_body(window)
    body = letter.editor("body")
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    with qtbot.waitSignal(letter.preview_updated, timeout=30_000):
        type_text(body, EDIT)
    assert _ru_body(window) == original + EDIT
    assert window.isWindowModified(), "unsaved mark follows the undo stack"

    # 4. Undo and redo through the Edit menu's actions.
    window.action(ActionId.UNDO).trigger()
    assert _ru_body(window) == original + " Мы требуем "
    assert body.toPlainText() == original + " Мы требуем "
    window.action(ActionId.REDO).trigger()
    assert _ru_body(window) == original + EDIT
    assert body.toPlainText() == original + EDIT
    # The same from the keyboard, with the editor focused: one step each, not two.
    window.activateWindow()
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _ru_body(window) == original + " Мы требуем "
    qtbot.keyClick(
        body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert _ru_body(window) == original + EDIT

    # 5. Export (File > Export), cancel it, then export to completion.
    export = window.export_page
    assert isinstance(export, ExportPage)
    _Organiser.asked = []
    export.questions = _Organiser
    out = tmp_path / "packs"
    out.mkdir()
    export.set_folder(out)
    with qtbot.waitSignal(export.export_cancelled, timeout=60_000):
        window.action(ActionId.EXPORT).trigger()
        assert window.current_step() == "export"
        assert export.is_exporting()
        qtbot.mouseClick(export._cancel_button, Qt.MouseButton.LeftButton)
    assert list(out.iterdir()) == [], "a cancelled export leaves nothing behind"
    assert _Organiser.asked[0].startswith("proceed")
    assert "unlock" in _Organiser.asked

    with qtbot.waitSignal(export.export_finished, timeout=120_000) as finished:
        qtbot.mouseClick(export._export_button, Qt.MouseButton.LeftButton)
    pdf = Path(finished.args[0])
    assert pdf.parent == out
    assert pdf.suffix == ".pdf"

    # 6. The PDF: the pages the engine planned, both recipients, the signers, the edit.
    kit = session.kit
    assert kit is not None
    job = ExportJob(
        kit=kit,
        case_id="kurmanov",
        out=pdf,
        recipient_ids=export.checked_recipient_ids(),
        signatures=tuple(session.campaign.signatures("kurmanov")),
        combined=True,
    )
    expected_pages = sum(p.page_count for _, packs in plan_packs(job) for p in packs)
    reader = PdfReader(pdf)
    assert len(reader.pages) == expected_pages
    assert export.preview().page_count() == expected_pages
    text = " ".join((page.extract_text() or "") for page in reader.pages)
    flat = " ".join(text.split())
    assert "Прокурор города Алматы" in flat
    assert "Кайрат Мами" in flat
    assert "Мы требуем справедливости" in flat
    for name in SIGNER_NAMES:
        assert name in flat
    assert export.checked_recipient_ids() == TICKED
