"""The one place that knows where resources and user data live (checkout, wheel, frozen app)."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from platformdirs import PlatformDirs

from desktop import APP_ID, ORG_NAME


@cache
def resources_dir() -> Path:
    """Return the folder holding fonts, kits, icons and translations."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_base:
        candidates.append(Path(frozen_base) / "resources")
    here = Path(__file__).resolve().parent
    candidates.append(here / "_resources")  # installed wheel
    candidates.append(here.parent / "resources")  # source checkout
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    msg = f"Protest Kit resources not found; looked in: {', '.join(map(str, candidates))}"
    raise FileNotFoundError(msg)


def fonts_dir() -> Path:
    """Folder with the embedded TTF fonts and their licence."""
    return resources_dir() / "fonts"


def kits_dir() -> Path:
    """Folder with the bundled sample kit(s)."""
    return resources_dir() / "kits"


def sample_kit_path() -> Path:
    """The Almaty 2010 sample kit shipped with the app."""
    return kits_dir() / "almaty-2010.kit.json"


def translations_dir() -> Path:
    """Folder with the .ts sources and compiled .qm translations."""
    return resources_dir() / "translations"


def icons_dir() -> Path:
    """Folder with the application icons."""
    return resources_dir() / "icons"


def user_dirs() -> PlatformDirs:
    """Per-user data/config folders (campaigns, settings, recent files)."""
    return PlatformDirs(appname=APP_ID, appauthor=ORG_NAME, ensure_exists=False)


def user_data_dir() -> Path:
    """Where campaigns created by the app live by default."""
    return Path(user_dirs().user_data_dir)
