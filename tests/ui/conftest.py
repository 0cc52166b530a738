"""Shared UI fixtures: isolated settings, fast-KDF campaigns, a window, dialogs replaced."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from desktop.services.campaign import Campaign
from desktop.services.kits import sample_kit
from desktop.services.sealing import TEST_KDF
from desktop.ui.dialogs.csv_mapping import CsvMappingDialog
from desktop.ui.dialogs.messages import Messages
from desktop.ui.dialogs.passphrase import NewPassphraseDialog, UnlockDialog
from desktop.ui.i18n import translations
from desktop.ui.settings import AppSettings

PASSPHRASE = "correct horse battery staple"


class Recorder:
    """What the window told the organiser (errors, infos) instead of modal boxes."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []


@pytest.fixture(autouse=True)
def messages(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    """No modal box ever blocks a test: errors and infos are recorded, prompts must be set."""
    recorder = Recorder()

    def error(cls: Any, parent: Any, title: str, text: str) -> None:
        recorder.errors.append((title, text))

    def info(cls: Any, parent: Any, title: str, text: str) -> None:
        recorder.infos.append((title, text))

    def unexpected(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"unexpected dialog: {args!r}")

    monkeypatch.setattr(Messages, "error", classmethod(error))
    monkeypatch.setattr(Messages, "info", classmethod(info))
    for name in (
        "ask_close",
        "open_campaign_file",
        "open_kit_file",
        "save_campaign_file",
        "open_any_file",
        "save_any_file",
    ):
        monkeypatch.setattr(Messages, name, classmethod(unexpected))
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(lambda cls, *a, **k: None))
    monkeypatch.setattr(  # the suggested columns, as if the organiser pressed Import
        CsvMappingDialog, "ask", classmethod(lambda cls, parent, preview, *a: preview.mapping)
    )
    monkeypatch.setattr(NewPassphraseDialog, "ask", classmethod(unexpected))
    return recorder


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    """Each test starts and ends with the English interface."""
    yield
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        translations().switch("en")


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    """Settings in a throwaway ini file."""
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def sample_campaign(tmp_path: Path) -> Path:
    """A campaign file made from the sample kit with a fast (test-only) KDF."""
    path = tmp_path / "sample.protestkit"
    Campaign.create(path, sample_kit(), PASSPHRASE, kdf=TEST_KDF).close()
    return path


@pytest.fixture
def window(qtbot: Any, settings: AppSettings) -> Any:
    """The main window (shown), with fast campaign creation; closed without a prompt."""
    from desktop.ui.main_window import MainWindow

    win = MainWindow(settings)
    win.opener.kdf = TEST_KDF
    qtbot.addWidget(win, before_close_func=lambda w: w.undo_stack.setClean())
    win.show()
    return win


@pytest.fixture
def open_window(window: Any, sample_campaign: Path) -> Any:
    """The main window with the sample campaign open (locked)."""
    assert window.opener.open_path(sample_campaign, unlock=False)
    return window


def add_signers(path: Path, names: list[str], case_id: str = "kurmanov") -> None:
    """Seal signatures for ``names`` into the campaign at ``path``."""
    import datetime as dt

    from desktop.domain.signature import Signature

    with Campaign.open(path) as campaign:
        statement = campaign.kit.case(case_id).statement("ru")
        assert statement is not None
        campaign.add_signatures(
            Signature(
                case_id=case_id,
                full_name=name,
                town="Алматы",
                statement_fingerprint=statement.fingerprint,
                signed_at=dt.datetime(2010, 5, 1, 12, 0, tzinfo=dt.UTC),
            )
            for name in names
        )
