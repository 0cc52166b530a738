"""The signing station: a full-screen form where passers-by sign, leaving nothing behind.

``launch(session, parent)`` is what the window's "Start signing station" action calls: it asks
the organiser for a PIN, locks the campaign (the station never needs the private key) and opens
the station full screen on the session's chosen case.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.ui.station.pin import PinLock
from desktop.ui.station.pin_dialog import SetPinDialog
from desktop.ui.station.station import SigningStation

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.ui.session import CampaignSession

__all__ = ["SetPinDialog", "SigningStation", "launch", "render_screenshots"]


def launch(
    session: CampaignSession, parent: QWidget | None = None, *, full_screen: bool = True
) -> SigningStation | None:
    """Ask for a PIN and open the station on ``session``'s case; None if not started.

    The station is a child window of ``parent`` (so it lives as long as the window that
    started it). ``parent``'s window is hidden while the station runs, so a signer cannot
    switch to the organiser's window, and shown again when the organiser leaves with the
    PIN. Every committed signature updates ``session``'s count.
    """
    from desktop.domain.text import pick

    campaign = session.campaign
    case = session.current_case()
    kit = session.kit
    if campaign is None or case is None or kit is None:
        return None
    pin = SetPinDialog.ask(parent, pick(case.title, case.languages[0] if case.languages else "ru"))
    if not pin:
        return None
    lock = PinLock(pin)
    del pin
    session.lock()  # drop the private key: a station left alone must not hold it
    station = SigningStation(campaign, case, kit.form, lock, parent=parent)
    station.signed.connect(session.count_changed)
    station.finished.connect(session.refresh_count)
    behind = parent.window() if parent is not None else None
    if behind is not None and behind.isVisible():
        # finished is emitted before the station hides: a window is always visible, so Qt
        # never sees "the last window closed" and quits.
        station.finished.connect(behind.show)
        behind.hide()
    if full_screen:
        station.showFullScreen()
    else:
        station.show()
    station.raise_()
    station.activateWindow()
    return station


def render_screenshots(out_dir: Path | str, size: tuple[int, int] = (1366, 768)) -> list[Path]:
    """Save PNGs of the station (form, errors, thanks, failure, PIN) in every language."""
    from desktop.ui.station.screenshots import render

    return render(Path(out_dir), size)
