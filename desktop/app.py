"""Builds the application objects and wires them; no logic lives here."""

from __future__ import annotations

import os
import sys

from desktop import APP_ID


def display_available() -> bool:
    """True if Qt can open a window here (a display, or an explicit QT_QPA_PLATFORM)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def run_gui(campaign: str | None = None) -> int:
    """Open the main window; on a machine with no display, say so and point at the CLI."""
    if not display_available():
        print(
            f"{APP_ID}: no display found, so the window cannot open here.\n"
            f"Use the command line instead: `{APP_ID} --help` lists the commands\n"
            f"(e.g. `{APP_ID} kit validate FILE`, `{APP_ID} letter ...`).",
            file=sys.stderr,
        )
        return 2
    from desktop.ui.application import run

    return run(campaign=campaign)
