"""Recipients page and editor: tick, per-recipient language, warnings, add and edit."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from desktop.domain.recipient import Recipient
from desktop.services.kits import sample_kit
from desktop.ui.dialogs.recipient_editor import RecipientEditorDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.models.recipients import COL_LANG, COL_NAME, COL_WARNING, RecipientTableModel
from desktop.ui.pages.recipients_page import LanguageDelegate


def test_models_pass_the_model_tester(open_window: MainWindow, qtmodeltester: Any) -> None:
    targets = RecipientTableModel(open_window.session, "target")
    copies = RecipientTableModel(open_window.session, "copy")
    qtmodeltester.check(targets)
    qtmodeltester.check(copies)
    assert targets.rowCount() == 3
    assert copies.rowCount() == 1
    assert copies.index(0, COL_NAME).data() == "OSCE Secretariat"


def test_ticking_warns_about_a_missing_address(open_window: MainWindow, qtbot: Any) -> None:
    page = open_window.recipients_page
    model = page.targets
    row = model.row_of("general-prosecutor")
    assert model.index(row, COL_WARNING).data() is None  # only chosen recipients warn
    assert "No recipient is ticked" in page.warning_text()
    with qtbot.waitSignal(open_window.session.choices_changed):
        model.setData(
            model.index(row, COL_NAME), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
        )
    assert model.index(row, COL_NAME).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert "No postal address" in model.index(row, COL_WARNING).data()
    assert "1 chosen recipient" in page.warning_text()
    assert page._warning.isVisibleTo(page)
    page.set_chosen("general-prosecutor", False)
    page.set_chosen("osce", True)  # complete: no warning
    assert page.warning_text() == ""
    assert not page._warning.isVisibleTo(page)


def test_language_delegate_edits_through_an_undo_command(
    open_window: MainWindow, qtbot: Any
) -> None:
    page = open_window.recipients_page
    model = page.copies
    index = model.index(0, COL_LANG)
    delegate = LanguageDelegate()
    editor = delegate.createEditor(page, None, index)  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    assert isinstance(editor, QComboBox)
    delegate.setEditorData(editor, index)
    assert editor.currentData() == "en"
    editor.setCurrentIndex(editor.findData("kk"))
    delegate.setModelData(editor, model, index)
    assert open_window.session.choices.recipient_langs == {"osce": "kk"}
    assert model.index(0, COL_LANG).data() == "Қазақша"
    open_window.undo_stack.undo()
    assert model.index(0, COL_LANG).data() == "English"


def test_recipient_editor_builds_and_validates(qtbot: Any) -> None:
    dialog = RecipientEditorDialog(None, None, {"osce"})
    qtbot.addWidget(dialog)
    dialog._on_buttons_accepted()
    assert "Name" in dialog.error_text()
    dialog.set_id("osce")
    dialog.tab("ru").name.setText("Омбудсмен")
    dialog._on_buttons_accepted()
    assert "already uses" in dialog.error_text()
    dialog.set_id("ombudsman")
    dialog.tab("ru").salutation.setText("Уважаемый господин Омбудсмен!")
    dialog.set_address("ул. Абая, 1\nАстана")
    dialog._on_buttons_accepted()
    built = dialog.built_recipient()
    assert isinstance(built, Recipient)
    assert built.address_lines == ("ул. Абая, 1", "Астана")
    assert built.missing("ru") == []
    assert built.missing("en") == ["salutation"]


def test_add_recipient_shows_it_for_the_current_case(
    open_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    new = Recipient(id="ombudsman", name={"en": "Ombudsman"}, role="copy")
    monkeypatch.setattr(RecipientEditorDialog, "ask", classmethod(lambda cls, *a: new))
    page = open_window.recipients_page
    page._on_add_clicked()
    assert page.copies.row_of("ombudsman") >= 0
    case = open_window.session.current_case()
    assert case is not None
    assert "ombudsman" in case.recipients
    open_window.undo_stack.undo()
    assert page.copies.row_of("ombudsman") == -1


def test_edit_recipient_updates_the_list(
    open_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = sample_kit().recipient("almaty-prosecutor")
    edited = old.model_copy(update={"address_lines": ("пр. Абая, 1", "Алматы")})
    seen: list[Any] = []

    def ask(cls: Any, parent: Any, recipient: Any, taken: Any) -> Recipient:
        seen.append(recipient)
        return edited

    monkeypatch.setattr(RecipientEditorDialog, "ask", classmethod(ask))
    page = open_window.recipients_page
    page.set_chosen("almaty-prosecutor", True)
    assert "No postal address" in page.warning_text()
    page.select("almaty-prosecutor")
    page._on_edit_clicked()
    assert seen == [old]
    kit = open_window.session.kit
    assert kit is not None
    assert kit.recipient("almaty-prosecutor").address_lines[1] == "Алматы"
    assert page.warning_text() == ""


def test_edit_acts_on_the_list_last_used(open_window: MainWindow) -> None:
    page = open_window.recipients_page
    page.select("almaty-akimat")
    selected = page.selected_recipient()
    assert selected is not None
    assert selected.id == "almaty-akimat"
    page.select("osce")
    selected = page.selected_recipient()
    assert selected is not None
    assert selected.id == "osce"
