"""Settings: one typed facade over QSettings, and the dialog that edits it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QSettings

from desktop.ui.dialogs.settings_dialog import SettingsDialog, SettingsValues
from desktop.ui.settings import AUTO_LOCK_DEFAULT, AUTO_LOCK_MAX, RECENT_LIMIT, AppSettings


def _store(path: Path) -> AppSettings:
    return AppSettings(QSettings(str(path), QSettings.Format.IniFormat))


def test_values_survive_a_restart(tmp_path: Path) -> None:
    first = _store(tmp_path / "s.ini")
    first.language = "kk"
    first.paper = "letter"
    first.auto_lock_minutes = 7
    first.window_geometry = QByteArray(b"geometry")
    first.sync()
    second = _store(tmp_path / "s.ini")
    assert second.language == "kk"
    assert second.paper == "letter"
    assert second.auto_lock_minutes == 7
    assert bytes(second.window_geometry.data()) == b"geometry"


def test_defaults_and_damaged_values(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    fresh = _store(path)
    assert fresh.language in ("ru", "kk", "en")
    assert fresh.paper in ("a4", "letter")
    assert fresh.auto_lock_minutes == AUTO_LOCK_DEFAULT
    assert fresh.window_geometry.isEmpty()
    raw = QSettings(str(path), QSettings.Format.IniFormat)
    raw.setValue("ui/language", "klingon")
    raw.setValue("pdf/paper", "papyrus")
    raw.setValue("security/auto_lock_minutes", "soon")
    raw.sync()
    damaged = _store(path)
    assert damaged.language in ("ru", "kk", "en")
    assert damaged.paper in ("a4", "letter")
    assert damaged.auto_lock_minutes == AUTO_LOCK_DEFAULT


def test_bad_values_are_refused_or_clamped(tmp_path: Path) -> None:
    settings = _store(tmp_path / "s.ini")
    with pytest.raises(ValueError, match="language"):
        settings.language = "de"  # type: ignore[assignment]
    with pytest.raises(ValueError, match="paper"):
        settings.paper = "a3"  # type: ignore[assignment]
    settings.auto_lock_minutes = 10_000
    assert settings.auto_lock_minutes == AUTO_LOCK_MAX
    settings.auto_lock_minutes = -5
    assert settings.auto_lock_minutes == 0


def test_recent_campaigns_newest_first_existing_only(tmp_path: Path) -> None:
    settings = _store(tmp_path / "s.ini")
    files = []
    for number in range(RECENT_LIMIT + 2):
        path = tmp_path / f"c{number}.protestkit"
        path.write_bytes(b"x")
        files.append(path)
        settings.add_recent_campaign(path)
    settings.add_recent_campaign(files[-3])  # again: moves to the top, no duplicate
    recent = settings.recent_campaigns
    assert recent[0] == files[-3].resolve()
    assert len(recent) == RECENT_LIMIT
    assert len(set(recent)) == len(recent)
    files[-1].unlink()
    assert files[-1].resolve() not in settings.recent_campaigns
    settings.forget_recent_campaign(files[-2])
    assert files[-2].resolve() not in settings.recent_campaigns


def test_settings_dialog_round_trip(qtbot: Any) -> None:
    values = SettingsValues(language="kk", paper="letter", auto_lock_minutes=15)
    dialog = SettingsDialog(None, values)
    qtbot.addWidget(dialog)
    assert dialog.values() == values
    dialog._minutes.setValue(0)
    assert dialog._minutes.text() == "Never"
    dialog._language.setCurrentIndex(dialog._language.findData("en"))
    assert dialog.values() == SettingsValues(language="en", paper="letter", auto_lock_minutes=0)


def test_window_saves_and_restores_its_geometry(
    qtbot: Any, settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.main_window import MainWindow

    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(first.width(), 450)
    expected = bytes(first.saveGeometry().data())
    first.close()
    assert bytes(settings.window_geometry.data()) == expected
    restored: list[bytes] = []

    def restore(self: MainWindow, geometry: Any) -> bool:
        restored.append(bytes(geometry.data()))
        return True

    monkeypatch.setattr(MainWindow, "restoreGeometry", restore)
    second = MainWindow(settings)
    qtbot.addWidget(second)
    assert restored == [expected]
