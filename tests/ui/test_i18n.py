"""Languages: complete Russian and Kazakh catalogues, switched live in the window."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from desktop.paths import translations_dir
from desktop.ui import i18n
from desktop.ui.actions import ActionId
from desktop.ui.dialogs.settings_dialog import SettingsDialog, SettingsValues
from desktop.ui.main_window import MainWindow

LANGS = ("ru", "kk")
COMPILED = (*LANGS, "en")  # English carries only the plural forms of "%n signature(s)"


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts catalogues compiled with lrelease into a scratch folder."""
    out = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for lang in COMPILED:
        source = translations_dir() / f"protestkit_{lang}.ts"
        subprocess.run(
            [str(lrelease), "-silent", str(source), "-qm", str(out / f"protestkit_{lang}.qm")],
            check=True,
        )
    return out


@pytest.fixture
def catalogues(compiled: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(i18n, "translations_dir", lambda: compiled)
    return compiled


@pytest.mark.parametrize("lang", LANGS)
def test_catalogue_is_complete(lang: str) -> None:
    root = ET.parse(translations_dir() / f"protestkit_{lang}.ts").getroot()
    unfinished = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = [translation.text or "", *forms]
            if kind == "unfinished" or not any(t.strip() for t in texts):
                unfinished.append(f"{context.findtext('name')}: {message.findtext('source')}")
    assert unfinished == []


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_survive_translation(lang: str) -> None:
    root = ET.parse(translations_dir() / f"protestkit_{lang}.ts").getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for marker in ("%1", "%2", "%3", "%n"):
            if marker in source:
                assert all(marker in text for text in texts), (source, texts)


def test_switching_language_retranslates_the_window_live(
    open_window: MainWindow, catalogues: Path, qtbot: Any
) -> None:
    window = open_window
    assert window.nav.item(0).text() == "1. Case"
    assert i18n.translations().switch("ru")
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "1. Дело")
    assert window._menus["file"].title() == "&Файл"
    assert window.action(ActionId.LOCK).text() == "&Заблокировать"
    assert "Заблокировано" in window.status_text()
    assert window.case_page._heading.text().startswith("Дело:")
    assert "Требования" in window.case_page.details_text()
    from PySide6.QtCore import Qt

    header = window.recipients_page.targets.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Адресат"
    assert window.signatures_page._station.text() == "Запустить станцию подписей"
    assert i18n.translations().switch("kk")
    qtbot.waitUntil(lambda: window.nav.item(1).text() == "2. Адресаттар")
    assert "Қолтаңбалар" in window.nav.item(3).text()
    assert i18n.translations().switch("en")
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "1. Case")


def test_language_chosen_in_settings_applies_and_is_saved(
    window: MainWindow, catalogues: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = SettingsValues(language="ru", paper="letter", auto_lock_minutes=3)
    monkeypatch.setattr(SettingsDialog, "ask", classmethod(lambda cls, parent, values: chosen))
    window.action(ActionId.SETTINGS).trigger()
    qtbot.waitUntil(lambda: window.welcome._sample.text().startswith("Открыть пример"))
    assert window.settings.language == "ru"
    assert window.settings.paper == "letter"
    assert window.locker.interval_ms() == 3 * 60_000


def test_english_counts_read_as_english(
    window: MainWindow, sample_campaign: Path, catalogues: Path, qtbot: Any
) -> None:
    from tests.ui.conftest import add_signers

    add_signers(sample_campaign, ["Aigerim One"])
    assert i18n.translations().switch("en")
    assert window.opener.open_path(sample_campaign, unlock=False)
    assert "1 signature" in window.status_text()
    assert "(s)" not in window.status_text()
    window.session.close()
    add_signers(sample_campaign, ["Aigerim Two", "Aigerim Three"])
    assert window.opener.open_path(sample_campaign, unlock=False)
    assert "3 signatures" in window.status_text()
