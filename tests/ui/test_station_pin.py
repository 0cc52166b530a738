"""Leaving the station needs the organiser's PIN; wrong PINs make the next try wait."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.ui.station import strings
from desktop.ui.station.pin import PinLock, PinResult, delay_after, pin_problem
from tests.ui.test_station_support import PIN, FakeClock, make_station, new_campaign


@pytest.fixture
def campaign(tmp_path: Path):
    campaign = new_campaign(tmp_path)
    yield campaign
    campaign.close()


def test_pin_lock_keeps_only_a_salted_hash() -> None:
    lock = PinLock("482913")
    assert "482913" not in repr(vars(lock))
    assert b"482913" not in b"".join(v for v in vars(lock).values() if isinstance(v, bytes))
    other = PinLock("482913")
    assert other._hash != lock._hash, "a fresh salt per station"
    assert lock.verify("482913").result is PinResult.OK


@pytest.mark.parametrize(
    ("pin", "problem"),
    [
        ("123", "short"),
        ("12a4", "digits"),
        ("", "digits"),
        ("1234567890123", "long"),
        ("١٢٣٤", "digits"),
        ("1234", None),
    ],
)
def test_pin_rules(pin: str, problem: str | None) -> None:
    assert pin_problem(pin) == problem
    if problem is not None:
        with pytest.raises(ValueError, match="unusable PIN"):
            PinLock(pin)


def test_wrong_pins_make_the_wait_grow() -> None:
    clock = FakeClock()
    lock = PinLock("2468", clock=clock)
    assert lock.verify("0000").result is PinResult.WRONG
    assert lock.verify("0001").result is PinResult.WRONG
    assert lock.wait_seconds() == 0, "two typos are free"
    third = lock.verify("0002")
    assert third.result is PinResult.WRONG
    assert third.wait_seconds == delay_after(3) == 5
    # While waiting, even the right PIN is refused unchecked.
    assert lock.verify("2468").result is PinResult.WAIT
    clock.now += 5
    assert lock.verify("0003").wait_seconds == 10
    clock.now += 10
    assert lock.verify("0004").wait_seconds == 20
    assert [delay_after(n) for n in range(1, 12)][-1] == 300, "capped at five minutes"
    clock.now += 20
    assert lock.verify("2468").result is PinResult.OK
    assert lock.wrong_tries == 0
    assert lock.verify("1111").wait_seconds == 0, "a right PIN resets the count"


def test_escape_asks_for_the_pin_and_back_returns_to_the_same_form(qtbot, campaign) -> None:
    station = make_station(qtbot, campaign)
    form = station.form
    qtbot.keyClicks(form.fields["full_name"], "Ada")
    qtbot.keyClick(form.fields["full_name"], Qt.Key.Key_Escape)
    assert station.pages.currentWidget() is station.exit_page
    assert station.exit_page.body.text() == strings.text("en", "exit_body")
    qtbot.mouseClick(station.exit_page.back_button, Qt.MouseButton.LeftButton)
    assert station.pages.currentWidget() is station.form_page
    assert station.form is form
    assert form.fields["full_name"].text() == "Ada"


def test_closing_the_window_is_refused_without_the_pin(qtbot, campaign) -> None:
    station = make_station(qtbot, campaign)
    with qtbot.assertNotEmitted(station.finished):
        assert not station.close()
    assert station.isVisible()
    assert station.pages.currentWidget() is station.exit_page


def test_a_wrong_pin_is_refused_and_the_right_one_leaves(qtbot, campaign) -> None:
    station = make_station(qtbot, campaign)
    qtbot.keyClicks(station.form.fields["full_name"], "Ada Lovelace")
    station.request_exit()
    page = station.exit_page
    qtbot.keyClicks(page.pin, "1357")
    qtbot.mouseClick(page.leave_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Wrong PIN."
    assert page.pin.text() == "", "a typed PIN never stays in the field"
    assert station.isVisible()
    with qtbot.waitSignal(station.finished):
        qtbot.keyClicks(page.pin, PIN)
        qtbot.keyClick(page.pin, Qt.Key.Key_Return)
    assert not station.isVisible()


def test_too_many_wrong_pins_lock_the_exit_for_a_while(qtbot, campaign) -> None:
    clock = FakeClock()
    station = make_station(qtbot, campaign, clock=clock, lang="ru")
    station.request_exit()
    page = station.exit_page
    for pin in ("1111", "2222", "3333"):
        qtbot.keyClicks(page.pin, pin)
        qtbot.keyClick(page.pin, Qt.Key.Key_Return)
    assert page.message.text() == strings.plural("ru", "pin_wait", 5)
    assert "5 секунд" in page.message.text()
    assert not page.leave_button.isEnabled()
    assert not page.pin.isEnabled()
    with qtbot.assertNotEmitted(station.finished):
        station._on_exit_page_pin_entered(PIN)  # even the right PIN waits
    assert station.isVisible()

    clock.now += 5
    with qtbot.waitSignal(station._wait_timer.timeout, timeout=3000):
        pass
    assert page.leave_button.isEnabled()
    assert page.message.text() == ""
    with qtbot.waitSignal(station.finished):
        qtbot.keyClicks(page.pin, PIN)
        qtbot.keyClick(page.pin, Qt.Key.Key_Return)


def test_leaving_erases_a_half_filled_form(qtbot, campaign) -> None:
    station = make_station(qtbot, campaign)
    form = station.form
    qtbot.keyClicks(form.fields["full_name"], "Ada Lovelace")
    station.request_exit()
    with qtbot.waitSignal(station.finished):
        station._on_exit_page_pin_entered(PIN)
    assert form.fields["full_name"].text() == ""
    assert not form.fields["full_name"].isUndoAvailable()
