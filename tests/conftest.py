"""Test-wide setup: offscreen Qt, no user files touched, the sample kit at hand."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Settings, recent files and campaigns go to a throwaway home, never the developer's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.delenv("PROTEST_KIT_PASSPHRASE", raising=False)


@pytest.fixture
def sample_kit_path() -> Path:
    """Path of the bundled Almaty sample kit."""
    from desktop.paths import sample_kit_path

    return sample_kit_path()
