"""Volunteer files: collect without a key, merge at the coordinator, lose and double nothing."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, SealedBox

from desktop.domain.signature import PaperTally
from desktop.services.campaign import Campaign, CampaignError, DamagedCampaign, NoPrivateKey
from desktop.services.merge import likely_duplicates, merge_into, normalise
from tests.services.vault_helpers import CASE, PASSPHRASE, new_campaign, sig


def _records(path: Path) -> set[tuple[str, str, int, bytes]]:
    conn = sqlite3.connect(path)
    rows = {
        (r[0], r[1], r[2], bytes(r[3]))
        for r in conn.execute("SELECT id, chain, seq, hash FROM records")
    }
    conn.close()
    return rows


def _heads(path: Path) -> set[tuple[str, int]]:
    conn = sqlite3.connect(path)
    rows = {(r[0], r[1]) for r in conn.execute("SELECT chain, seq FROM heads")}
    conn.close()
    return rows


def test_volunteer_file_cannot_be_unsealed_on_the_volunteer_laptop(tmp_path: Path) -> None:
    coordinator = new_campaign(tmp_path / "main.protestkit")
    coordinator.unlock(PASSPHRASE)
    private = coordinator._private
    assert private is not None
    shared = coordinator.share(tmp_path / "volunteer.protestkit")
    with Campaign.open(shared) as volunteer:
        assert volunteer.key_code == coordinator.key_code
        assert volunteer.role == "volunteer"
        assert not volunteer.has_private_key
        assert volunteer.add_signature(sig("Volunteer Signer")) == 1
        with pytest.raises(NoPrivateKey):
            volunteer.unlock(PASSPHRASE)
        body = bytes(volunteer.connection.execute("SELECT body FROM records").fetchone()[0])
    laptop = shared.read_bytes()
    assert private not in laptop
    # Try every 32-byte window of the volunteer file as a private key: none opens the seal.
    windows = {laptop[i : i + 32] for i in range(len(laptop) - 31)} - {bytes(32)}
    opened = 0
    for window in windows:
        try:
            SealedBox(PrivateKey(window)).decrypt(body)
        except CryptoError:
            continue
        opened += 1
    assert opened == 0
    report = merge_into(coordinator, [shared])
    assert report.added == 1
    assert [s.full_name for s in coordinator.signatures()] == ["Volunteer Signer"]
    coordinator.close()


def test_merge_reports_duplicates_without_dropping_them(tmp_path: Path) -> None:
    with new_campaign(tmp_path / "main.protestkit") as main:
        main.add_signature(sig("Иван  Петров", town="Алматы"))
        with Campaign.open(main.share(tmp_path / "v.protestkit")) as v:
            v.add_signature(sig("ПЕТРОВ Иван", town="алматы"))
            v.add_signature(sig("Иван Петров", town="Астана"))
        report = merge_into(main, [tmp_path / "v.protestkit"])
        assert report.duplicates is None  # locked: not checked
        assert report.total == 3
        main.unlock(PASSPHRASE)
        report = merge_into(main, [tmp_path / "v.protestkit"])
        assert report.added == 0
        assert report.sources[0].already_present == 2
        assert report.duplicates is not None
        assert [sorted(s.town for s in g) for g in report.duplicates] == [["Алматы", "алматы"]]
        assert main.count() == 3


def test_normalise_folds_case_order_and_yo() -> None:
    assert normalise("Пётр  ИВАНОВ") == normalise("иванов, петр")
    assert normalise("Ainur") != normalise("Aynur")
    groups = likely_duplicates([sig("Anna Lee"), sig("lee anna"), sig("Anna Lee", town="Oslo")])
    assert len(groups) == 1
    assert len(groups[0]) == 2


def test_other_campaign_or_key_is_refused(tmp_path: Path) -> None:
    with new_campaign(tmp_path / "a.protestkit") as a, new_campaign(tmp_path / "b.protestkit") as b:
        b.add_signature(sig("Stranger"))
        with pytest.raises(CampaignError, match="another campaign"):
            merge_into(a, [b.path])
        # A forged file: our campaign id, someone else's key.
        forged = a.share(tmp_path / "forged.protestkit")
        raw = sqlite3.connect(forged)
        raw.execute("UPDATE meta SET value = ? WHERE key = 'public_key'", (b.public_key,))
        raw.commit()
        raw.close()
        with pytest.raises(CampaignError, match="different key"):
            merge_into(a, [forged])
        with pytest.raises(CampaignError, match="into itself"):
            merge_into(a, [a.path])
        assert a.count() == 0


def test_tampered_volunteer_file_is_not_merged_at_all(tmp_path: Path) -> None:
    with new_campaign(tmp_path / "a.protestkit") as a:
        v_path = a.share(tmp_path / "v.protestkit")
        with Campaign.open(v_path) as v:
            v.add_signatures([sig("One"), sig("Two"), sig("Three")])
        raw = sqlite3.connect(v_path)
        raw.execute("DELETE FROM records WHERE seq = 2")
        raw.commit()
        raw.close()
        with pytest.raises(DamagedCampaign, match="deleted"):
            merge_into(a, [v_path])
        assert a.count() == 0


def test_conflicting_copy_of_a_record_is_refused(tmp_path: Path) -> None:
    with new_campaign(tmp_path / "a.protestkit") as a:
        v_path = a.share(tmp_path / "v.protestkit")
        with Campaign.open(v_path) as v:
            v.add_signatures([sig("One"), sig("Two")])
        merge_into(a, [v_path])
        # Another file claims the same record id with other content (and a rebuilt chain).
        w_path = a.share(tmp_path / "w.protestkit")
        with Campaign.open(w_path) as w:
            one = next(iter(_records(v_path)))[0]
            w.add_signature(sig("Impostor").model_copy(update={"id": one}))
        with pytest.raises(DamagedCampaign, match="differs"):
            merge_into(a, [w_path])
        assert a.count() == 2
        assert a.verify() == []


# --- properties: idempotent, order-independent, lossless --------------------------------


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    """A coordinator file and five volunteer files, two of them a copy and its extension."""
    folder = tmp_path_factory.mktemp("merge")
    base = folder / "main.protestkit"
    when = dt.datetime(2010, 5, 1, tzinfo=dt.UTC)
    with new_campaign(base) as main:
        main.add_signature(sig("Coordinator One"))
        files = []
        for n in range(3):
            path = main.share(folder / f"v{n}.protestkit")
            with Campaign.open(path) as v:
                for i in range(n + 2):
                    v.add_signature(sig(f"V{n} signer {i}"))
                if n == 1:
                    v.void(next(iter(_records(path)))[0], "withdrawn")
                    v.add_paper_tally(
                        PaperTally(sheet_id="P1", case_id=CASE, count=7, recorded_at=when)
                    )
                if n == 2:
                    # Copy mid-session, then go on collecting: the copy is a prefix.
                    v.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                    shutil.copy(path, folder / "v2-early.protestkit")
                    v.add_signatures([sig("V2 late 1"), sig("V2 late 2")])
            files.append(path)
        files.append(folder / "v2-early.protestkit")
        other = main.share(folder / "v4.protestkit")
        with Campaign.open(other) as v:
            v.add_signature(sig("V4 signer"))
        files.append(other)
    return base, files


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(order=st.lists(st.integers(0, 4), min_size=1, max_size=8), data=st.data())
def test_merge_is_idempotent_order_independent_and_lossless(
    sources: tuple[Path, list[Path]], order: list[int], data: st.DataObject
) -> None:
    base, files = sources
    chosen = [files[i] for i in order]
    shuffled = data.draw(st.permutations(chosen))
    expected = _records(base).union(*(_records(files[i]) for i in set(order)))
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for n, sequence in enumerate((chosen, shuffled)):
            target = Path(folder) / f"t{n}.protestkit"
            shutil.copy(base, target)
            with Campaign.open(target) as campaign:
                merge_into(campaign, sequence)
                again = merge_into(campaign, sequence)
                assert again.added == 0
                assert campaign.verify() == []
                count = campaign.count()
            results.append((_records(target), _heads(target), count))
    assert results[0] == results[1]
    assert results[0][0] == expected
    heads = dict(results[0][1])
    for f in {files[i] for i in order}:
        for chain, seq in _heads(f):
            assert heads[chain] >= seq


def test_paper_tallies_merge_once_and_conflicts_are_reported(tmp_path: Path) -> None:
    when = dt.datetime(2010, 5, 1, tzinfo=dt.UTC)
    with new_campaign(tmp_path / "a.protestkit") as main:
        main.add_paper_tally(PaperTally(sheet_id="S1", case_id=CASE, count=5, recorded_at=when))
        v_path = main.share(tmp_path / "v.protestkit")
        with Campaign.open(v_path) as v:
            v.add_paper_tally(PaperTally(sheet_id="S1", case_id=CASE, count=6, recorded_at=when))
            v.add_paper_tally(PaperTally(sheet_id="S2", case_id=CASE, count=9, recorded_at=when))
            kept = v.add_signature(sig("Kept"))
            gone = sig("Withdrawn")
            v.add_signature(gone)
            v.void(gone.id, "changed their mind")
            assert kept == 1
        report = merge_into(main, [v_path])
        assert report.tally_conflicts == ("S1",)
        assert main.paper_count() == 14
        assert main.count() == 1
        assert main.voided_ids() == {gone.id}
        merge_into(main, [v_path])
        assert main.paper_count() == 14
