"""Unlocking in two steps: the slow unwrap touches no database (a worker may run it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services.campaign import Campaign, DamagedCampaign, WrongPassphrase
from tests.services.vault_helpers import PASSPHRASE, new_campaign, sig


def test_unwrap_then_install_reads_what_was_signed(tmp_path: Path) -> None:
    path = tmp_path / "a.protestkit"
    with new_campaign(path) as c:
        c.add_signature(sig("Айгуль Split"))
    with Campaign.open(path) as c:
        material = c.unlock_material()
        c.close()  # the unwrap needs no open file
        key = Campaign.unwrap(material, PASSPHRASE)
    with Campaign.open(path) as c:
        c.unlock_with_key(key)
        assert c.is_unlocked
        assert [s.full_name for s in c.signatures()] == ["Айгуль Split"]


def test_wrong_passphrase_and_a_foreign_key_are_refused(tmp_path: Path) -> None:
    with new_campaign(tmp_path / "a.protestkit") as a, new_campaign(tmp_path / "b.protestkit") as b:
        with pytest.raises(WrongPassphrase):
            Campaign.unwrap(a.unlock_material(), "not the passphrase")
        foreign = Campaign.unwrap(b.unlock_material(), PASSPHRASE)
        with pytest.raises(DamagedCampaign):
            a.unlock_with_key(foreign)
        assert not a.is_unlocked
