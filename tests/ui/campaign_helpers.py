"""Shared helpers for the letter/export/user-path UI tests: a real campaign in tmp."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.campaign import CampaignChoices
from desktop.domain.signature import Drawing, Signature
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


SIGNER_NAMES = ("Әсел Қожахметова", "Ivan Petrov", "Наталья Иванова", "Jörg Müller")


def add_signatures(campaign: Campaign, count: int, case_id: str | None = None) -> None:
    """``count`` signatures (names from SIGNER_NAMES, cycling) for the sample's first case."""
    case = campaign.kit.case(case_id) if case_id else campaign.kit.cases[0]
    fingerprint = case.statements["ru"].fingerprint
    start = dt.datetime(2010, 5, 3, 10, 0, tzinfo=dt.UTC)
    campaign.add_signatures(
        Signature(
            case_id=case.id,
            full_name=SIGNER_NAMES[n % len(SIGNER_NAMES)],
            town="Алматы",
            country="Қазақстан",
            statement_fingerprint=fingerprint,
            signed_at=start + dt.timedelta(minutes=n),
            drawing=Drawing(width=300, height=100, strokes=((10, 50, 80, 20, 150, 70, 290, 40),)),
        )
        for n in range(count)
    )
