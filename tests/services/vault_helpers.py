"""Builders shared by the vault tests: signatures with drawings, small campaigns."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from desktop.domain.kit import Kit
from desktop.domain.signature import Drawing, Signature
from desktop.services.campaign import Campaign
from desktop.services.kits import sample_kit
from desktop.services.sealing import TEST_KDF

PASSPHRASE = "correct horse battery staple"
CASE = "kurmanov"
FINGERPRINT = "5" * 64


def kit() -> Kit:
    """The bundled sample kit (three cases)."""
    return sample_kit()


def drawing(rng: random.Random) -> Drawing:
    """A realistic drawn signature: 2-5 strokes of 20-60 points."""
    strokes = []
    for _ in range(rng.randint(2, 5)):
        x, y = rng.randint(50, 900), rng.randint(50, 280)
        points: list[int] = []
        for _ in range(rng.randint(20, 60)):
            x = min(999, max(0, x + rng.randint(-15, 15)))
            y = min(332, max(0, y + rng.randint(-10, 10)))
            points += [x, y]
        strokes.append(tuple(points))
    return Drawing(strokes=tuple(strokes))


def sig(
    name: str = "Test Signer",
    *,
    town: str = "Almaty",
    case_id: str = CASE,
    rng: random.Random | None = None,
    **extra: object,
) -> Signature:
    """A valid signature; with ``rng`` it carries a drawing."""
    return Signature(
        case_id=case_id,
        full_name=name,
        town=town,
        statement_fingerprint=FINGERPRINT,
        signed_at=dt.datetime(2010, 5, 14, 12, 30, tzinfo=dt.UTC),
        drawing=drawing(rng) if rng is not None else None,
        **extra,  # type: ignore[arg-type]
    )


def new_campaign(path: Path) -> Campaign:
    """A campaign with the fast test KDF."""
    return Campaign.create(path, kit(), PASSPHRASE, kdf=TEST_KDF)
