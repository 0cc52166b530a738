"""Helpers for the signing-station tests: a real campaign, a station, typing and drawing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.campaign import CampaignChoices
from desktop.domain.kit import Kit
from desktop.services.campaign import Campaign
from desktop.services.kits import sample_kit
from desktop.services.sealing import TEST_KDF
from desktop.ui.station.pin import PinLock
from desktop.ui.station.signature_pad import SignaturePad
from desktop.ui.station.station import SigningStation

PASSPHRASE = "station test passphrase"
PIN = "2468"


def new_campaign(folder: Path, kit: Kit | None = None) -> Campaign:
    """The sample kit in a real vault file (fast test-only key derivation)."""
    kit = kit or sample_kit()
    return Campaign.create(
        folder / "station.protestkit",
        kit,
        PASSPHRASE,
        kdf=TEST_KDF,
        choices=CampaignChoices(case_id=kit.cases[0].id),
    )


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_station(
    qtbot,
    campaign,
    kit: Kit | None = None,
    *,
    lang="en",
    clock: Callable[[], float] | None = None,
    idle_seconds: float = 90,
) -> SigningStation:
    """A shown station (not full screen) for ``campaign``'s first case."""
    kit = kit or campaign.kit
    pin = PinLock(PIN, clock=clock) if clock is not None else PinLock(PIN)
    station = SigningStation(
        campaign, kit.cases[0], kit.form, pin, lang=lang, idle_seconds=idle_seconds
    )
    qtbot.addWidget(station, before_close_func=lambda widget: widget.force_close())
    station.resize(1366, 768)
    station.show()
    qtbot.waitExposed(station)
    return station


def type_into(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key into ``widget`` (works for Cyrillic, unlike QTest)."""
    widget.setFocus()
    for char in text:
        code = ord(char.upper()) if char.isascii() else 0
        key = Qt.Key.Key_Space if char == " " else Qt.Key(code)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )


def _mouse(pad: SignaturePad, kind: QEvent.Type, pos: QPointF, held: bool) -> None:
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    buttons = Qt.MouseButton.LeftButton if held else Qt.MouseButton.NoButton
    event = QMouseEvent(
        kind, pos, pad.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(pad, event)


def drag(pad: SignaturePad, points: list[tuple[float, float]]) -> None:
    """Press, move through ``points`` (fractions of the pad's size) and release the mouse."""
    w, h = pad.width(), pad.height()
    spots = [QPointF(x * w, y * h) for x, y in points]
    _mouse(pad, QEvent.Type.MouseButtonPress, spots[0], True)
    for spot in spots[1:]:
        _mouse(pad, QEvent.Type.MouseMove, spot, True)
    _mouse(pad, QEvent.Type.MouseButtonRelease, spots[-1], False)


def scribble(pad: SignaturePad, seed: int = 0) -> None:
    """A zig-zag signature across the pad (different per ``seed``)."""
    points = [(0.1 + 0.08 * i, 0.3 + 0.3 * ((i + seed) % 2)) for i in range(10)]
    drag(pad, points)


def now_utc() -> dt.datetime:
    """The time now, in UTC."""
    return dt.datetime.now(dt.UTC)
