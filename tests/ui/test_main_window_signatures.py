"""The window's File menu and Signatures page over the real vault: merge, CSV, kits."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.services.campaign import Campaign
from desktop.services.kits import dump_kit, sample_kit
from desktop.services.sealing import TEST_KDF
from desktop.ui.actions import ActionId
from desktop.ui.dialogs.messages import Messages
from desktop.ui.dialogs.passphrase import NewPassphraseDialog
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import PASSPHRASE, add_signers


def _choose_file(monkeypatch: pytest.MonkeyPatch, name: str, path: Path) -> None:
    monkeypatch.setattr(Messages, name, classmethod(lambda cls, *a, **k: path))


def test_merge_a_volunteers_file(
    open_window: MainWindow,
    sample_campaign: Path,
    tmp_path: Path,
    messages: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    volunteer = tmp_path / "volunteer.protestkit"
    open_window.session.campaign.share(volunteer)
    add_signers(volunteer, ["Volunteer One", "Volunteer Two"])
    _choose_file(monkeypatch, "open_any_file", volunteer)
    open_window.action(ActionId.MERGE).trigger()
    assert messages.errors == []
    assert "2 new signatures merged" in messages.infos[-1][1]
    assert "2 signatures" in open_window.status_text()
    assert open_window.signatures_page._count.text() == "2"


def test_merging_another_campaign_is_refused_plainly(
    open_window: MainWindow, tmp_path: Path, messages: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other.protestkit"
    Campaign.create(other, sample_kit(), PASSPHRASE, kdf=TEST_KDF).close()
    add_signers(other, ["Someone Else"])
    _choose_file(monkeypatch, "open_any_file", other)
    open_window.signatures_page._merge.click()
    assert messages.infos == []
    assert "another campaign" in messages.errors[-1][1]
    assert open_window.session.count() == 0


def test_csv_import_all_or_nothing(
    open_window: MainWindow, tmp_path: Path, messages: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = tmp_path / "paper.csv"
    good.write_text("Name,Town\nАсель Ахметова,Алматы\nБолат Нуров,Шымкент\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("Town\nАлматы\n", encoding="utf-8")
    _choose_file(monkeypatch, "open_any_file", bad)
    open_window.signatures_page._import.click()
    assert "Nothing was imported from bad.csv" in messages.errors[-1][1]
    assert open_window.session.count() == 0
    _choose_file(monkeypatch, "open_any_file", good)
    open_window.signatures_page._import.click()
    assert "2 signatures imported" in messages.infos[-1][1]
    assert open_window.session.count() == 2


def test_csv_export_needs_unlock_and_warns_about_plain_text(
    open_window: MainWindow,
    sample_campaign: Path,
    tmp_path: Path,
    messages: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = open_window.signatures_page
    assert not page._export.isEnabled()
    assert "Unlock first" in page._export.toolTip()
    add_signers(sample_campaign, ["=cmd|' /C calc'!A0", "Plain Name"])
    open_window.session.refresh_count()
    open_window.session.unlock(PASSPHRASE)
    assert page._export.isEnabled()
    out = tmp_path / "signers.csv"
    _choose_file(monkeypatch, "save_any_file", out)
    page._export.click()
    text = out.read_text(encoding="utf-8-sig")
    assert "Plain Name" in text
    assert '"=cmd' not in text  # a formula is neutralised
    assert "plain text" in messages.infos[-1][1]


def test_new_campaign_from_a_kit(
    window: MainWindow,
    tmp_path: Path,
    sample_kit_path: Path,
    messages: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "mine.protestkit"
    _choose_file(monkeypatch, "open_kit_file", sample_kit_path)
    _choose_file(monkeypatch, "save_campaign_file", target)
    monkeypatch.setattr(NewPassphraseDialog, "ask", classmethod(lambda *a, **k: PASSPHRASE))
    window.action(ActionId.NEW).trigger()
    assert messages.errors == []
    assert target.is_file()
    assert window.session.path == target
    assert window.session.choices.paper == window.settings.paper
    window.session.close()
    window.action(ActionId.NEW).trigger()  # never overwrites
    assert "already exists" in messages.errors[-1][1]
    with Campaign.open(target) as campaign:
        campaign.unlock(PASSPHRASE)


def test_a_broken_kit_is_named_with_its_position(
    window: MainWindow, tmp_path: Path, messages: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.kit.json"
    broken.write_text('{"schema_version": 1,\n "id": "x",\n "cases": [}', encoding="utf-8")
    _choose_file(monkeypatch, "open_kit_file", broken)
    window.welcome._new.click()
    assert "This kit cannot be used" in messages.errors[-1][1]
    assert "broken.kit.json, line 3, column 12" in messages.errors[-1][1]
    assert "Traceback" not in messages.errors[-1][1]


def test_import_kit_adds_its_cases_undoably(
    open_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kit = sample_kit()
    extra = kit.cases[0].model_copy(update={"id": "imported-case"})
    other = kit.model_copy(update={"cases": (extra,)})
    path = tmp_path / "other.kit.json"
    path.write_text(dump_kit(other), encoding="utf-8")
    _choose_file(monkeypatch, "open_kit_file", path)
    open_window.action(ActionId.IMPORT_KIT).trigger()
    current = open_window.session.kit
    assert current is not None
    assert [c.id for c in current.cases][-1] == "imported-case"
    assert open_window.case_page._model.row_of("imported-case") >= 0
    open_window.undo_stack.undo()
    current = open_window.session.kit
    assert current is not None
    assert "imported-case" not in [c.id for c in current.cases]


def test_recent_menu_reopens_a_campaign(
    open_window: MainWindow, sample_campaign: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_window.session.close()
    assert open_window.central.currentWidget() is open_window.welcome
    recent = open_window.welcome._recent
    assert recent.count() == 1
    recent.setCurrentRow(0)
    recent.itemActivated.emit(recent.item(0))
    assert open_window.session.path == sample_campaign
    menu = open_window._menus["recent"]
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == [sample_campaign.name]


def test_recovery_code_is_saved_and_shown_once_unlocked(
    open_window: MainWindow, tmp_path: Path, messages: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_window.signatures_page
    assert not page._recovery.isEnabled()
    open_window.session.unlock(PASSPHRASE)
    out = tmp_path / "sample.recovery.json"
    _choose_file(monkeypatch, "save_any_file", out)
    page._recovery.click()
    assert out.is_file()
    _title, text = messages.infos[-1]
    assert "Write it on paper" in text
    code = text.rsplit("\n", 1)[-1].strip()
    assert len(code) > 20
    path = open_window.session.path
    assert path is not None
    with Campaign.open(path) as campaign:  # the code restores the key
        campaign.import_recovery_code(code, "a brand new passphrase here", kdf=TEST_KDF)
        assert campaign.is_unlocked


def test_paper_sheets_are_counted_and_recounted(
    open_window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.dialogs.paper_tally import PaperTallyDialog

    dialog = PaperTallyDialog(None, "kurmanov", {"7"})
    qtbot.addWidget(dialog)
    dialog.fill("", 5)
    dialog._on_buttons_accepted()
    assert dialog.built_tally() is None
    assert "Sheet number" in dialog.note()
    dialog.fill("7", 12, "Алматы")
    assert "counted before" in dialog.note()
    dialog._on_buttons_accepted()
    first = dialog.built_tally()
    assert first is not None
    assert first.count == 12
    monkeypatch.setattr(PaperTallyDialog, "ask", classmethod(lambda cls, *a: first))
    page = open_window.signatures_page
    page._add_paper.click()
    assert page._paper.text() == "12"
    again = first.model_copy(update={"count": 15})
    monkeypatch.setattr(PaperTallyDialog, "ask", classmethod(lambda cls, *a: again))
    page._add_paper.click()
    assert page._paper.text() == "15"  # the same sheet replaces its count


def test_a_volunteers_file_opens_without_asking_for_a_passphrase(
    window: MainWindow, sample_campaign: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.dialogs.passphrase import UnlockDialog

    volunteer = tmp_path / "volunteer.protestkit"
    with Campaign.open(sample_campaign) as campaign:
        campaign.share(volunteer)
    asked: list[Any] = []
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(lambda *a, **k: asked.append(a)))
    assert window.opener.open_path(volunteer)
    assert asked == []
    page = window.signatures_page
    assert not page._unlock.isEnabled()
    assert "no key" in page._unlock.toolTip()
    assert "no key here" in page._state.text()
    assert page._station.isEnabled()  # a volunteer's laptop gathers signatures


def test_csv_columns_can_be_chosen_before_importing(
    open_window: MainWindow,
    tmp_path: Path,
    qtbot: Any,
    messages: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.services.csv_io import preview_csv
    from desktop.ui.dialogs.csv_mapping import CsvMappingDialog

    odd = tmp_path / "odd.csv"
    odd.write_text("Who;Where\nАсель Ахметова;Алматы\nБолат Нуров;Шымкент\n", encoding="utf-8")
    preview = preview_csv(odd)
    dialog = CsvMappingDialog(None, preview, odd.name, "Freedom for Ainur")
    qtbot.addWidget(dialog)
    assert not dialog.can_import()  # no column looks like a name
    dialog.set_column("full_name", "Who")
    dialog.set_column("town", "Where")
    assert dialog.can_import()
    chosen = dialog.mapping()
    assert chosen == {"full_name": "Who", "town": "Where"}
    monkeypatch.setattr(CsvMappingDialog, "ask", classmethod(lambda cls, *a: chosen))
    _choose_file(monkeypatch, "open_any_file", odd)
    open_window.signatures_page._import.click()
    assert "2 signatures imported" in messages.infos[-1][1]
    open_window.session.unlock(PASSPHRASE)
    towns = {sig.town for sig in open_window.session.signatures()}
    assert towns == {"Алматы", "Шымкент"}


def test_cancelled_csv_mapping_imports_nothing(
    open_window: MainWindow, tmp_path: Path, messages: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.dialogs.csv_mapping import CsvMappingDialog

    good = tmp_path / "paper.csv"
    good.write_text("Name\nАсель Ахметова\n", encoding="utf-8")
    monkeypatch.setattr(CsvMappingDialog, "ask", classmethod(lambda cls, *a: None))
    _choose_file(monkeypatch, "open_any_file", good)
    open_window.signatures_page._import.click()
    assert open_window.session.count() == 0
    assert messages.infos == []
    assert messages.errors == []
