"""The signing station: sign, validation messages, language switch, failed save, idle clear."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.case import statement_fingerprint
from desktop.ui.station import strings
from desktop.ui.station.station import SigningStation
from tests.ui.test_station_support import (
    PASSPHRASE,
    drag,
    make_station,
    new_campaign,
    scribble,
    type_into,
)


@pytest.fixture
def campaign(tmp_path: Path):
    campaign = new_campaign(tmp_path)
    yield campaign
    campaign.close()


def _fill(station: SigningStation, qtbot, name: str, *, seed: int = 0) -> None:
    form = station.form
    assert form is not None
    qtbot.keyClicks(form.fields["full_name"], name)
    qtbot.mouseClick(form.consent.box, Qt.MouseButton.LeftButton)
    scribble(form.pad, seed)


def _submit(station: SigningStation, qtbot) -> None:
    assert station.form is not None
    qtbot.mouseClick(station.form.submit_button, Qt.MouseButton.LeftButton)


def test_a_signature_is_sealed_then_thanked_and_the_form_starts_over(qtbot, campaign) -> None:
    station = make_station(qtbot, campaign)
    first_form = station.form
    _fill(station, qtbot, "Ada Lovelace")
    qtbot.keyClicks(station.form.fields["town"], "London")
    with qtbot.waitSignal(station.signed) as signal:
        _submit(station, qtbot)
    assert signal.args == [1]
    assert campaign.count() == 1
    assert station.pages.currentWidget() is station.thanks_page
    assert station.thanks_page.count.text() == "1 person has signed."
    assert station.form is not first_form
    assert not station.form.is_dirty()
    assert station.form.fields["full_name"].text() == ""

    qtbot.mouseClick(station.thanks_page, Qt.MouseButton.LeftButton)
    assert station.pages.currentWidget() is station.form_page
    _fill(station, qtbot, "Grace Hopper", seed=1)
    _submit(station, qtbot)
    assert station.thanks_page.count.text() == "2 people have signed."

    campaign.unlock(PASSPHRASE)
    signed = list(campaign.signatures())
    assert [s.full_name for s in signed] == ["Ada Lovelace", "Grace Hopper"]
    ada = signed[0]
    assert ada.town == "London"
    assert ada.source == "station"
    assert ada.lang == "en"
    case = campaign.kit.cases[0]
    assert ada.statement_fingerprint == case.statements["en"].fingerprint
    assert ada.consent_version == campaign.kit.form.consent_version
    assert ada.drawing is not None
    assert ada.drawing.is_meaningful()
    assert ada.signed_at.tzinfo is not None


def test_the_thank_you_goes_away_by_itself(qtbot, campaign) -> None:
    station = make_station(qtbot, campaign)
    station._thanks_timer.setInterval(50)
    _fill(station, qtbot, "Ada Lovelace")
    _submit(station, qtbot)
    assert station.pages.currentWidget() is station.thanks_page
    with qtbot.waitSignal(station._thanks_timer.timeout, timeout=2000):
        pass
    assert station.pages.currentWidget() is station.form_page


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("", "err_name_empty"),
        ("   ", "err_name_empty"),
        ("www.example.com", "err_name_url"),
        ("see https://evil.example/x", "err_name_url"),
        ("=HYPERLINK(1)", "err_name_formula"),
        ("+7 777", "err_name_formula"),
        ("-Ivan", "err_name_formula"),
        ("@ivan", "err_name_formula"),
    ],
)
def test_bad_names_get_their_message_and_nothing_is_saved(qtbot, campaign, name, key) -> None:
    station = make_station(qtbot, campaign)
    _fill(station, qtbot, name)
    _submit(station, qtbot)
    error = station.form.errors["full_name"]
    assert error.isVisible()
    assert error.text() == strings.text("en", key)
    assert station.form.summary.isVisible()
    assert campaign.count() == 0
    assert station.pages.currentWidget() is station.form_page
    assert station.form.fields["full_name"].text() == name, "the form keeps what was typed"


def test_a_signature_and_consent_are_required(qtbot, campaign) -> None:
    station = make_station(qtbot, campaign)
    qtbot.keyClicks(station.form.fields["full_name"], "Ada Lovelace")
    _submit(station, qtbot)
    form = station.form
    assert form.errors["drawing"].text() == strings.text("en", "err_drawing_missing")
    assert form.errors["consent"].text() == strings.text("en", "err_consent")
    assert not form.errors["full_name"].isVisible()
    assert campaign.count() == 0

    drag(form.pad, [(0.5, 0.5), (0.501, 0.5)])  # a tap: a dot, not a signature
    assert not form.errors["drawing"].isVisible(), "drawing hides the old message"
    _submit(station, qtbot)
    assert form.errors["drawing"].text() == strings.text("en", "err_drawing_tiny")
    assert campaign.count() == 0

    qtbot.mouseClick(form.clear_button, Qt.MouseButton.LeftButton)
    assert form.pad.is_empty()
    scribble(form.pad)
    qtbot.mouseClick(form.consent.label, Qt.MouseButton.LeftButton)  # the words tick it too
    assert form.consent.isChecked()
    _submit(station, qtbot)
    assert campaign.count() == 1


def test_no_drawing_needed_when_the_kit_says_so(qtbot, tmp_path) -> None:
    from desktop.services.kits import sample_kit

    kit = sample_kit()
    kit = kit.model_copy(update={"form": kit.form.model_copy(update={"require_drawing": False})})
    campaign = new_campaign(tmp_path, kit)
    station = make_station(qtbot, campaign)
    qtbot.keyClicks(station.form.fields["full_name"], "Ada Lovelace")
    drag(station.form.pad, [(0.5, 0.5), (0.501, 0.5)])
    qtbot.mouseClick(station.form.consent.box, Qt.MouseButton.LeftButton)
    _submit(station, qtbot)
    assert campaign.count() == 1
    campaign.unlock(PASSPHRASE)
    (sig,) = campaign.signatures()
    assert sig.drawing is None, "a stray dot is not sealed as a signature"
    campaign.close()


def test_contact_is_kept_only_with_its_own_consent(qtbot, tmp_path) -> None:
    from desktop.services.kits import sample_kit

    kit = sample_kit()
    kit = kit.model_copy(
        update={"form": kit.form.model_copy(update={"ask_contact": True, "default_country": "KZ"})}
    )
    campaign = new_campaign(tmp_path, kit)
    station = make_station(qtbot, campaign)
    form = station.form
    assert form.fields["country"].text() == "KZ"
    assert not form.is_dirty(), "the kit's default country is not the signer's input"
    _fill(station, qtbot, "Ada Lovelace")
    qtbot.keyClicks(form.fields["contact"], "ada@example.org")
    _submit(station, qtbot)
    assert form.errors["contact"].text() == strings.text("en", "err_contact_consent")
    assert campaign.count() == 0
    assert form.contact_consent is not None
    qtbot.mouseClick(form.contact_consent.box, Qt.MouseButton.LeftButton)
    _submit(station, qtbot)
    assert campaign.count() == 1
    campaign.unlock(PASSPHRASE)
    (sig,) = campaign.signatures()
    assert sig.contact == "ada@example.org"
    assert sig.contact_consent
    assert sig.country == "KZ"
    campaign.close()


def test_the_language_switch_changes_statement_form_and_the_record(qtbot, campaign) -> None:
    station = make_station(qtbot, campaign, lang="ru")
    case = campaign.kit.cases[0]
    assert station.statement_label.text() == case.statements["ru"].text
    assert station.form.submit_button.text() == "Подписать"
    assert station.windowTitle() == strings.text("ru", "window_title")
    _fill(station, qtbot, "")
    form = station.form
    type_into(form.fields["full_name"], "Айгерим Сапарова")

    qtbot.mouseClick(station.language_buttons["kk"], Qt.MouseButton.LeftButton)
    assert station.language == "kk"
    assert station.statement_label.text() == case.statements["kk"].text
    assert station.heading.text() == strings.text("kk", "heading")
    assert form.submit_button.text() == strings.text("kk", "submit")
    assert form.labels["full_name"].text() == strings.text("kk", "full_name")
    assert form.consent.label.text() == campaign.kit.form.consent_text["kk"]
    assert form.fields["full_name"].text() == "Айгерим Сапарова", "switching keeps the input"
    assert station.form is form

    form.fields["full_name"].clear()
    _submit(station, qtbot)  # messages come in the chosen language
    assert form.errors["full_name"].text() == strings.text("kk", "err_name_empty")
    qtbot.mouseClick(station.language_buttons["en"], Qt.MouseButton.LeftButton)
    assert form.errors["full_name"].text() == strings.text("en", "err_name_empty")
    qtbot.mouseClick(station.language_buttons["kk"], Qt.MouseButton.LeftButton)

    type_into(form.fields["full_name"], "Айгерим Сапарова")
    _submit(station, qtbot)
    assert station.thanks_page.count.text() == "Петицияға 1 адам қол қойды."
    campaign.unlock(PASSPHRASE)
    (sig,) = campaign.signatures()
    assert sig.lang == "kk"
    assert sig.statement_fingerprint == statement_fingerprint("kk", case.statements["kk"].text)


def test_every_station_string_exists_in_every_language() -> None:
    assert strings.missing_strings() == []
    assert strings.plural("ru", "signed_count", 1) == "Петицию подписал 1 человек."
    assert strings.plural("ru", "signed_count", 3) == "Петицию подписали 3 человека."
    assert strings.plural("ru", "signed_count", 11) == "Петицию подписали 11 человек."
    assert strings.plural("ru", "signed_count", 21) == "Петицию подписал 21 человек."
    assert strings.plural("ru", "signed_count", 1234) == "Петицию подписали 1\u00a0234 человека."
    assert strings.plural("en", "signed_count", 100000) == "100,000 people have signed."
    assert strings.plural("kk", "signed_count", 5) == "Петицияға 5 адам қол қойды."


def test_a_failed_save_is_not_acknowledged_and_can_be_retried(qtbot, campaign, monkeypatch) -> None:
    from desktop.services.campaign import StorageFull

    station = make_station(qtbot, campaign)
    real_add = campaign.add_signature

    def full(sig):
        raise StorageFull("the disk is full; the last change was not stored")

    monkeypatch.setattr(campaign, "add_signature", full)
    _fill(station, qtbot, "Ada Lovelace")
    with qtbot.assertNotEmitted(station.signed):
        _submit(station, qtbot)
    assert station.pages.currentWidget() is station.failed_page
    assert station.failed_page.title.text() == strings.text("en", "failed_title")
    assert station.failed_page.hint.text() == strings.text("en", "failed_hint_full")
    assert campaign.count() == 0
    assert not station.thanks_page.isVisible()
    assert station.form.fields["full_name"].text() == "", "widgets hold nothing meanwhile"

    with qtbot.assertNotEmitted(station.signed):
        qtbot.mouseClick(station.failed_page.retry_button, Qt.MouseButton.LeftButton)
    assert station.pages.currentWidget() is station.failed_page

    monkeypatch.setattr(campaign, "add_signature", real_add)  # the organiser freed space
    with qtbot.waitSignal(station.signed):
        qtbot.mouseClick(station.failed_page.retry_button, Qt.MouseButton.LeftButton)
    assert station.pages.currentWidget() is station.thanks_page
    assert campaign.count() == 1
    campaign.unlock(PASSPHRASE)
    assert [s.full_name for s in campaign.signatures()] == ["Ada Lovelace"]


def test_cancel_after_a_failed_save_erases_the_pending_signature(
    qtbot, campaign, monkeypatch
) -> None:
    station = make_station(qtbot, campaign)

    def gone(sig):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(campaign, "add_signature", gone)
    _fill(station, qtbot, "Ada Lovelace")
    _submit(station, qtbot)
    assert station.failed_page.hint.text() == strings.text("en", "failed_hint_other")
    qtbot.mouseClick(station.failed_page.cancel_button, Qt.MouseButton.LeftButton)
    assert station.pages.currentWidget() is station.form_page
    assert station._pending is None
    assert not station.form.is_dirty()
    assert campaign.count() == 0


def test_a_half_filled_form_is_cleared_when_left_alone(qtbot, campaign) -> None:
    station = make_station(qtbot, campaign, idle_seconds=0.3)
    form = station.form
    qtbot.keyClicks(form.fields["full_name"], "Ada Lov")
    scribble(form.pad)
    assert form.is_dirty()
    with qtbot.waitSignal(station._idle.timeout, timeout=5000):
        pass
    assert station.form is not form
    assert not station.form.is_dirty()
    assert station.form.fields["full_name"].text() == ""
    assert station.form.pad.is_empty()
    assert campaign.count() == 0


def test_typing_keeps_the_idle_clock_from_running_out(qtbot, campaign) -> None:
    station = make_station(qtbot, campaign, idle_seconds=0.4)
    form = station.form
    for char in "Ada Lovelace":
        qtbot.keyClicks(form.fields["full_name"], char)
        qtbot.wait(100)  # 1.2 s of typing in all: longer than the idle time
    assert station.form is form
    assert form.fields["full_name"].text() == "Ada Lovelace"


def test_the_station_signs_into_a_volunteer_file_without_any_private_key(
    qtbot, campaign, tmp_path
) -> None:
    from desktop.services.campaign import Campaign

    volunteer_path = campaign.share(tmp_path / "volunteer.protestkit")
    volunteer = Campaign.open(volunteer_path)
    assert not volunteer.has_private_key
    station = make_station(qtbot, volunteer)
    _fill(station, qtbot, "Ada Lovelace")
    with qtbot.waitSignal(station.signed):
        _submit(station, qtbot)
    assert volunteer.count() == 1
    volunteer.close()


def test_deferred_form_deletion_really_happens(qtbot, campaign) -> None:
    station = make_station(qtbot, campaign)
    old = station.form
    name = old.objectName()
    _fill(station, qtbot, "Ada Lovelace")
    _submit(station, qtbot)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    forms = [w for w in QApplication.allWidgets() if w.objectName() == name]
    assert forms == [station.form]


@pytest.mark.qt_log_ignore("does not support raise")
def test_launch_asks_for_a_pin_locks_the_campaign_and_opens_on_the_chosen_case(
    qtbot, campaign, monkeypatch
) -> None:
    from desktop.ui import station as station_package
    from desktop.ui.session import CampaignSession
    from desktop.ui.station.pin_dialog import SetPinDialog

    session = CampaignSession()
    session.open(campaign)
    session.unlock(PASSPHRASE)
    assert not session.is_locked()
    asked = []

    def ask(cls, parent=None, case_title=""):
        asked.append(case_title)
        return "9753"

    monkeypatch.setattr(SetPinDialog, "ask", classmethod(ask))
    organiser = QWidget()
    qtbot.addWidget(organiser)
    organiser.show()
    station = station_package.launch(session, organiser, full_screen=False)
    assert station is not None
    assert not organiser.isVisible(), "signers cannot switch to the organiser's window"
    case = session.current_case()
    assert asked == [case.title["ru"]]
    assert session.is_locked(), "the private key is dropped while the station runs"
    assert not campaign.is_unlocked
    assert station.isVisible()
    assert station._case == case

    with qtbot.waitSignal(session.count_changed) as counted:
        _fill(station, qtbot, "Ada Lovelace")
        _submit(station, qtbot)
    assert counted.args == [1]
    assert not campaign.is_unlocked, "signing never unlocks"

    station.request_exit()
    with qtbot.waitSignal(session.count_changed):
        station._on_exit_page_pin_entered("9753")
    assert not station.isVisible()
    assert organiser.isVisible()
    session._campaign = None  # the fixture closes the campaign


def test_launch_does_nothing_when_the_pin_is_cancelled(qtbot, campaign, monkeypatch) -> None:
    from desktop.ui import station as station_package
    from desktop.ui.session import CampaignSession
    from desktop.ui.station.pin_dialog import SetPinDialog

    session = CampaignSession()
    assert station_package.launch(session) is None, "no campaign open: nothing to sign"
    session.open(campaign)
    monkeypatch.setattr(
        SetPinDialog, "ask", classmethod(lambda cls, parent=None, case_title="": None)
    )
    before = {id(w) for w in QApplication.topLevelWidgets()}
    assert station_package.launch(session) is None
    assert not [w for w in QApplication.topLevelWidgets() if id(w) not in before and w.isVisible()]
    session._campaign = None


def test_the_pin_dialog_accepts_only_matching_digit_pins(qtbot) -> None:
    from desktop.ui.station.pin_dialog import SetPinDialog

    dialog = SetPinDialog(None, "Free Ainur")
    qtbot.addWidget(dialog)
    assert not dialog.start_button.isEnabled()
    qtbot.keyClicks(dialog.first, "12")
    assert dialog.problem.text() == "Use at least 4 digits."
    qtbot.keyClicks(dialog.first, "ab")
    assert dialog.problem.text() == "Use digits only."
    dialog.first.clear()
    qtbot.keyClicks(dialog.first, "1234")
    qtbot.keyClicks(dialog.second, "1235")
    assert dialog.problem.text() == "The two PINs differ."
    assert not dialog.start_button.isEnabled()
    dialog.second.clear()
    qtbot.keyClicks(dialog.second, "1234")
    assert dialog.start_button.isEnabled()
    assert dialog.pin() == "1234"


def test_a_bidi_override_in_a_field_gets_its_message_not_a_crash(qtbot, campaign) -> None:
    station = make_station(qtbot, campaign)
    _fill(station, qtbot, "Ada")
    type_into(station.form.fields["town"], "Lon\u202edon")  # e.g. from an input method
    _submit(station, qtbot)
    assert station.form.errors["town"].text() == strings.text("en", "err_bad_chars")
    assert station.form.errors["town"].isVisible()
    assert campaign.count() == 0
