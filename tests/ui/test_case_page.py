"""Case page and case editor: browse, choose (undoable), add and edit with plain errors."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.domain.case import Case
from desktop.services.kits import sample_kit
from desktop.ui.dialogs.case_editor import CaseEditorDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.models.cases import CASE_ID_ROLE, CaseListModel
from desktop.ui.session import CampaignSession


def test_case_list_model_passes_the_model_tester(
    open_window: MainWindow, qtmodeltester: Any
) -> None:
    model = CaseListModel(open_window.session)
    qtmodeltester.check(model)
    assert model.rowCount() == len(sample_kit().cases)
    assert model.index(0, 0).data(CASE_ID_ROLE) == "kurmanov"
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()


def test_empty_session_gives_an_empty_model(qtmodeltester: Any) -> None:
    session = CampaignSession()
    model = CaseListModel(session)
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_details_show_people_timeline_demands_and_deadline(open_window: MainWindow) -> None:
    page = open_window.case_page
    text = page.details_text()
    assert "Ainur Kurmanov" in text
    assert "Deadline" in text
    assert "Timeline" in text
    assert "Release Ainur Kurmanov" in text


def _fill_new_case(dialog: CaseEditorDialog) -> None:
    dialog.set_id("my-case")
    tab = dialog.tab("ru")
    tab.title.setText("Свободу Ивану Петрову")
    tab.people.setPlainText("Иван Петров — профсоюзный активист")
    tab.summary.setPlainText("Задержан на митинге.")
    tab.timeline.setPlainText("2024-03-01 Задержан\n2024-03-05: Суд")
    tab.demands.setPlainText("Освободить Ивана Петрова\nСнять обвинения")
    tab.statement.setPlainText("Мы требуем освободить Ивана Петрова.")
    dialog.tab("en").title.setText("Free Ivan Petrov")
    dialog.tab("en").people.setPlainText("Ivan Petrov — trade unionist")


def test_case_editor_builds_a_valid_case(qtbot: Any) -> None:
    dialog = CaseEditorDialog(None, None, {"kurmanov"})
    qtbot.addWidget(dialog)
    _fill_new_case(dialog)
    dialog._on_buttons_accepted()
    case = dialog.built_case()
    assert isinstance(case, Case)
    assert case.id == "my-case"
    assert case.people[0].name == {"ru": "Иван Петров", "en": "Ivan Petrov"}
    assert case.people[0].role["en"] == "trade unionist"
    assert [e.date for e in case.timeline] == [dt.date(2024, 3, 1), dt.date(2024, 3, 5)]
    assert len(case.demands) == 2
    assert case.statements["ru"].text.startswith("Мы требуем")
    assert dialog.result() == CaseEditorDialog.DialogCode.Accepted


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.set_id("Bad Id!"), "lower-case Latin letters"),
        (lambda d: d.set_id("kurmanov"), "already uses"),
        (lambda d: (d.tab("ru").people.clear(), d.tab("en").people.clear()), "People"),
        (lambda d: d.tab("ru").demands.setPlainText(""), "Demands"),
        (lambda d: d.tab("ru").timeline.setPlainText("soon: a hearing"), "YYYY-MM-DD"),
        (lambda d: (d.tab("ru").title.clear(), d.tab("en").title.clear()), "Title"),
    ],
)
def test_case_editor_names_what_to_fix_and_stays_open(
    qtbot: Any, change: Any, expected: str
) -> None:
    dialog = CaseEditorDialog(None, None, {"kurmanov"})
    qtbot.addWidget(dialog)
    _fill_new_case(dialog)
    change(dialog)
    dialog._on_buttons_accepted()
    assert dialog.built_case() is None
    assert expected in dialog.error_text()
    assert "Traceback" not in dialog.error_text()


def test_editing_keeps_what_the_dialog_does_not_show(qtbot: Any) -> None:
    case = sample_kit().cases[0]
    dialog = CaseEditorDialog(None, case, {c.id for c in sample_kit().cases})
    qtbot.addWidget(dialog)
    dialog.tab("en").title.setText("Free Ainur Kurmanov now")
    dialog._on_buttons_accepted()
    edited = dialog.built_case()
    assert edited is not None
    assert edited.title["en"] == "Free Ainur Kurmanov now"
    assert edited.title["ru"] == case.title["ru"]
    assert edited.letters == case.letters
    assert edited.recipients == case.recipients
    assert edited.people == case.people
    assert edited.timeline == case.timeline
    assert edited.statements == case.statements


def test_add_case_from_the_page_is_undoable(
    open_window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    new_case = sample_kit().cases[0].model_copy(update={"id": "copy-case"})
    monkeypatch.setattr(CaseEditorDialog, "ask", classmethod(lambda cls, *a: new_case))
    page = open_window.case_page
    with qtbot.waitSignal(open_window.session.kit_changed):
        qtbot.mouseClick(page._add, Qt.MouseButton.LeftButton)
    kit = open_window.session.kit
    assert kit is not None
    assert kit.cases[-1].id == "copy-case"
    assert page.browsed_case() == new_case
    assert open_window.session.campaign.kit.cases[-1].id == "copy-case"
    open_window.undo_stack.undo()
    kit = open_window.session.kit
    assert kit is not None
    assert [c.id for c in kit.cases] == [c.id for c in sample_kit().cases]


def test_cancelled_editor_changes_nothing(
    open_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(CaseEditorDialog, "ask", classmethod(lambda cls, *a: None))
    open_window.case_page._on_edit_clicked()
    assert open_window.undo_stack.count() == 0
    assert not open_window.isWindowModified()


def test_double_click_chooses_and_keeps_only_the_new_cases_recipients(
    open_window: MainWindow,
) -> None:
    page = open_window.case_page
    open_window.recipients_page.set_chosen("osce", True)
    page.browse("ukteshbaev")
    page.choose_browsed()
    assert open_window.session.choices.case_id == "ukteshbaev"
    assert open_window.session.choices.recipient_ids == ("osce",)
    assert "Ukteshbaev" in open_window.case_page._chosen_label.text()
    assert not page._choose.isEnabled()
