"""Shared helpers for the letter/export/user-path UI tests: a real campaign in tmp."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.campaign import CampaignChoices
from desktop.services.campaign import Campaign
from desktop.services.kits import sample_kit
from desktop.services.sealing import TEST_KDF

PASSPHRASE = "correct horse battery staple"


def make_campaign(folder: Path, *, choices: CampaignChoices | None = None) -> Campaign:
    """The sample campaign as a real vault file, with a fast (test-only) key derivation."""
    kit = sample_kit()
    case = kit.cases[0]
    return Campaign.create(
        folder / "sample.protestkit",
        kit,
        PASSPHRASE,
        kdf=TEST_KDF,
        choices=choices or CampaignChoices(case_id=case.id),
    )


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, as a keyboard would (Cyrillic too, which QTest cannot)."""
    for char in text:
        key = (
            Qt.Key.Key_Space if char == " " else Qt.Key(ord(char.upper()) if char.isascii() else 0)
        )
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )
