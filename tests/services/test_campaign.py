"""The vault as a user meets it: collect without a key, read with it, faults give clear errors."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from desktop.domain.campaign import CampaignChoices
from desktop.domain.signature import PaperTally
from desktop.services.campaign import (
    Campaign,
    CampaignError,
    DamagedCampaign,
    Locked,
    NewerVersion,
    NoPrivateKey,
    NotACampaign,
    StorageFull,
    WrongPassphrase,
)
from desktop.services.sealing import TEST_KDF
from tests.services.vault_helpers import CASE, PASSPHRASE, kit, new_campaign, sig


@pytest.fixture
def campaign(tmp_path: Path) -> Campaign:
    c = new_campaign(tmp_path / "a.protestkit")
    yield c
    c.close()


def test_collects_and_counts_without_the_key(campaign: Campaign) -> None:
    assert not campaign.is_unlocked
    assert campaign.add_signature(sig("Anna")) == 1
    assert campaign.add_signature(sig("Boris", case_id="ukteshbaev")) == 2
    assert campaign.count() == 2
    assert campaign.count(CASE) == 1
    with pytest.raises(Locked):
        next(campaign.signatures())


def test_unlock_reads_back_exactly_what_was_signed(campaign: Campaign) -> None:
    rng = random.Random(1)
    signed = [sig(f"Signer {i}", rng=rng) for i in range(5)]
    for s in signed:
        campaign.add_signature(s)
    campaign.unlock(PASSPHRASE)
    assert list(campaign.signatures()) == signed
    assert [s.id for s in campaign.signatures(CASE)] == [s.id for s in signed]
    campaign.lock()
    assert not campaign.is_unlocked
    with pytest.raises(Locked):
        list(campaign.signatures())


def test_parallel_unsealing_gives_the_same_signatures(campaign: Campaign) -> None:
    signed = [sig(f"Signer {i}") for i in range(30)]
    campaign.add_signatures(signed)
    campaign.unlock(PASSPHRASE)
    assert list(campaign.signatures(workers=2)) == signed


def test_reopened_file_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "a.protestkit"
    with new_campaign(path) as c:
        c.add_signature(sig("Anna"))
        c.save_choices(CampaignChoices(case_id=CASE, paper="letter"))
        code = c.key_code
    with Campaign.open(path) as c:
        assert c.count() == 1
        assert c.choices.case_id == CASE
        assert c.choices.paper == "letter"
        assert c.kit == kit()
        assert c.key_code == code
        c.unlock(PASSPHRASE)
        assert [s.full_name for s in c.signatures()] == ["Anna"]


def test_void_appends_and_leaves_the_count(campaign: Campaign) -> None:
    a, b = sig("Anna"), sig("Boris")
    campaign.add_signatures([a, b])
    assert campaign.void(a.id, "asked to withdraw") == 1
    assert campaign.count() == 1
    assert campaign.voided_ids() == {a.id}
    with pytest.raises(CampaignError, match="already withdrawn"):
        campaign.void(a.id)
    with pytest.raises(CampaignError, match="no signature"):
        campaign.void("0" * 32)
    campaign.unlock(PASSPHRASE)
    assert [s.id for s in campaign.signatures()] == [b.id]
    assert len(list(campaign.signatures(include_voided=True))) == 2
    assert [v.reason for v in campaign.voids()] == ["asked to withdraw"]
    assert campaign.verify() == []


def test_same_signature_twice_is_refused(campaign: Campaign) -> None:
    one = sig("Anna")
    campaign.add_signature(one)
    with pytest.raises(CampaignError, match="already stored"):
        campaign.add_signature(one)
    assert campaign.count() == 1
    assert campaign.verify() == []


def test_invalid_signature_is_refused_before_storing(campaign: Campaign) -> None:
    bad = sig("Anna", contact="a@x.org", contact_consent=True).model_copy(
        update={"contact_consent": False}
    )
    with pytest.raises(CampaignError, match="contact"):
        campaign.add_signature(bad)
    assert campaign.count() == 0


def test_paper_tallies_count_towards_totals(campaign: Campaign) -> None:
    import datetime as dt

    when = dt.datetime(2010, 5, 1, tzinfo=dt.UTC)
    campaign.add_signature(sig("Anna"))
    campaign.add_paper_tally(PaperTally(sheet_id="S1", case_id=CASE, count=12, recorded_at=when))
    assert (
        campaign.add_paper_tally(
            PaperTally(sheet_id="S2", case_id="kuramskin", count=3, recorded_at=when)
        )
        == 15
    )
    # Correcting a sheet replaces its count.
    campaign.add_paper_tally(PaperTally(sheet_id="S1", case_id=CASE, count=10, recorded_at=when))
    assert campaign.paper_count() == 13
    assert campaign.paper_count(CASE) == 10
    assert campaign.total(CASE) == 11
    assert [t.sheet_id for t in campaign.paper_tallies()] == ["S1", "S2"]


def test_a_second_connection_sees_new_signatures(tmp_path: Path) -> None:
    path = tmp_path / "a.protestkit"
    with new_campaign(path) as first, Campaign.open(path) as second:
        assert second.count() == 0
        first.add_signature(sig("Anna"))
        assert second.count() == 1
        second.add_signature(sig("Boris"))
        assert first.count() == 2
        assert first.verify() == []


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "a.protestkit"
    path.write_text("precious")
    with pytest.raises(CampaignError, match="already exists"):
        new_campaign(path)
    assert path.read_text() == "precious"


# --- keys -------------------------------------------------------------------------------


def test_wrong_passphrase_is_told_apart_from_a_damaged_key(tmp_path: Path) -> None:
    path = tmp_path / "a.protestkit"
    new_campaign(path).close()
    with Campaign.open(path) as c:
        with pytest.raises(WrongPassphrase):
            c.unlock("not the passphrase")
        assert not c.is_unlocked
    raw = sqlite3.connect(path)
    value = raw.execute("SELECT value FROM meta WHERE key = 'wrapped_key'").fetchone()[0]
    flipped = value.replace('"box": "', '"box": "A', 1)
    raw.execute("UPDATE meta SET value = ? WHERE key = 'wrapped_key'", (flipped,))
    raw.commit()
    raw.close()
    with Campaign.open(path) as c, pytest.raises(DamagedCampaign, match="damaged"):
        c.unlock(PASSPHRASE)


def test_change_passphrase(campaign: Campaign) -> None:
    campaign.add_signature(sig("Anna"))
    with pytest.raises(WrongPassphrase):
        campaign.change_passphrase("nope", "new words here", kdf=TEST_KDF)
    campaign.change_passphrase(PASSPHRASE, "new words here", kdf=TEST_KDF)
    with pytest.raises(WrongPassphrase):
        campaign.unlock(PASSPHRASE)
    campaign.unlock("new words here")
    assert [s.full_name for s in campaign.signatures()] == ["Anna"]


def test_kdf_parameters_are_stored_and_strong_by_default(tmp_path: Path) -> None:
    import json

    from desktop.services import sealing

    strong = sealing.KdfParams(sealing.MIN_OPS, sealing.MIN_MEM)
    with Campaign.create(tmp_path / "s.protestkit", kit(), PASSPHRASE, kdf=strong) as c:
        data = json.loads(
            str(
                c.connection.execute("SELECT value FROM meta WHERE key = 'wrapped_key'").fetchone()[
                    0
                ]
            )
        )
        assert (data["ops"], data["mem"]) == (3, 64 * 1024 * 1024)
        c.unlock(PASSPHRASE)
        assert c.is_unlocked
    assert sealing.calibrate_kdf(0.0001).is_strong()


def test_street_mode_round_trip(tmp_path: Path) -> None:
    path, stick = tmp_path / "a.protestkit", tmp_path / "stick.recovery"
    with new_campaign(path) as c:
        c.add_signature(sig("Anna"))
        with pytest.raises(Locked):
            c.export_key(stick)
        c.unlock(PASSPHRASE)
        code = c.export_key(stick)
        c.remove_private_key(stick)
        assert not c.has_private_key
        assert not c.is_unlocked
        with pytest.raises(NoPrivateKey):
            c.unlock(PASSPHRASE)
        # Collecting goes on without the key.
        assert c.add_signature(sig("Boris")) == 2
    with Campaign.open(path) as c:
        assert not c.has_private_key
        with pytest.raises(WrongPassphrase):
            c.import_key(stick, "wrong")
        c.import_key(stick, PASSPHRASE)
        assert {s.full_name for s in c.signatures()} == {"Anna", "Boris"}
        c.lock()
        c.unlock(PASSPHRASE)
    # The printed code restores the key too, under a new passphrase.
    with Campaign.open(path) as c:
        c.connection.execute("DELETE FROM meta WHERE key IN ('wrapped_key', 'key_check')")
        c.import_recovery_code(code.lower(), "a new passphrase", kdf=TEST_KDF)
        c.lock()
        c.unlock("a new passphrase")
        assert c.count() == 2 == len(list(c.signatures()))


def test_key_removal_needs_a_matching_recovery_file(tmp_path: Path) -> None:
    with new_campaign(tmp_path / "a.protestkit") as a, new_campaign(tmp_path / "b.protestkit") as b:
        b.unlock(PASSPHRASE)
        b.export_key(tmp_path / "b.recovery")
        with pytest.raises(CampaignError, match="another campaign"):
            a.remove_private_key(tmp_path / "b.recovery")
        assert a.has_private_key
        (tmp_path / "junk.recovery").write_text("{not json")
        with pytest.raises(CampaignError, match="recovery file"):
            a.remove_private_key(tmp_path / "junk.recovery")


def test_recovery_code_of_another_campaign_is_refused(tmp_path: Path) -> None:
    with new_campaign(tmp_path / "a.protestkit") as a, new_campaign(tmp_path / "b.protestkit") as b:
        b.unlock(PASSPHRASE)
        code = b.export_key(tmp_path / "b.recovery")
        with pytest.raises(CampaignError, match="another campaign"):
            a.import_recovery_code(code, PASSPHRASE, kdf=TEST_KDF)


# --- files that are not (or no longer) good campaigns -----------------------------------


def test_not_a_campaign(tmp_path: Path) -> None:
    text = tmp_path / "notes.protestkit"
    text.write_text("just some notes\n" * 20)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    for path in (text, other, tmp_path / "missing.protestkit"):
        with pytest.raises(NotACampaign):
            Campaign.open(path)


def test_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.protestkit"
    new_campaign(path).close()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version = 99")
    raw.close()
    with pytest.raises(NewerVersion, match="newer Protest Kit"):
        Campaign.open(path)


def test_truncated_file_is_called_damaged(tmp_path: Path) -> None:
    path = tmp_path / "a.protestkit"
    with new_campaign(path) as c:
        c.add_signatures(sig(f"S{i}", rng=random.Random(i)) for i in range(200))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(DamagedCampaign, match="truncated"):
        Campaign.open(path)


def test_disk_full_acknowledges_nothing_and_the_file_still_opens(tmp_path: Path) -> None:
    path = tmp_path / "a.protestkit"
    rng = random.Random(3)
    with new_campaign(path) as c:
        c.add_signature(sig("Anna", rng=rng))
        pages = c.connection.execute("PRAGMA page_count").fetchone()[0]
        c.connection.execute(f"PRAGMA max_page_count = {pages}")
        stored = 1
        with pytest.raises(StorageFull):  # noqa: PT012 - fill until the disk is full
            for i in range(500):
                c.add_signature(sig(f"Filler {i}", rng=rng))
                stored += 1
        assert c.count() == stored
        c.connection.execute("PRAGMA max_page_count = 1073741823")
        # Space freed: collecting resumes and the chain stays whole.
        assert c.add_signature(sig("After", rng=rng)) == stored + 1
        assert c.verify() == []
    with Campaign.open(path) as c:
        assert c.count() == stored + 1
        assert c.verify() == []


def test_storage_full_from_a_failing_write(
    campaign: Campaign, monkeypatch: pytest.MonkeyPatch
) -> None:
    campaign.add_signature(sig("Anna"))
    real = campaign._append

    def full(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(campaign, "_append", full)
    with pytest.raises(StorageFull, match="not stored"):
        campaign.add_signature(sig("Boris"))
    monkeypatch.setattr(campaign, "_append", real)
    assert campaign.count() == 1
    assert campaign.add_signature(sig("Clara")) == 2
    assert campaign.verify() == []
