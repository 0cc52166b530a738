"""Unsealing on several processes gives what one process gives, good records and bad alike."""

from __future__ import annotations

import json
import os
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.signature import Signature
from desktop.services import campaign as campaign_module
from desktop.services import sealing
from desktop.services.campaign import Campaign, CampaignError, DamagedCampaign
from tests.services.vault_helpers import CASE, PASSPHRASE, new_campaign, sig

PATHS = (1, 2)
"""Worker counts: the one-process path and the parallel path."""


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages and batches of a few records, so a small campaign crosses many of them."""
    monkeypatch.setattr(campaign_module, "CHUNK", 7)
    monkeypatch.setattr(sealing, "FIRST_BATCH", 2)
    monkeypatch.setattr(sealing, "BATCH", 5)


@pytest.fixture
def campaign(tmp_path: Path, small_batches: None) -> Iterator[Campaign]:
    c = new_campaign(tmp_path / "a.protestkit")
    yield c
    c.close()


def _read(c: Campaign, workers: int, **options: object) -> tuple[list[Signature], str | None]:
    """What a reader gets: the signatures up to the first error, and that error's message."""
    got: list[Signature] = []
    try:
        for s in c.signatures(workers=workers, **options):  # type: ignore[arg-type]
            got.append(s)
    except DamagedCampaign as error:
        return got, str(error)
    return got, None


def _craft(c: Campaign, plain: dict[str, object] | bytes, *, record_id: str, case: str) -> None:
    """Append a record sealed by someone holding only the public key (a volunteer file)."""
    body = plain if isinstance(plain, bytes) else json.dumps(plain).encode("utf-8")
    sealed = sealing.seal_bytes(body, c.public_key)
    c._write_records([("sig", record_id, case, None, sealed)])


def _signed(c: Campaign, count: int, seed: int = 1) -> list[Signature]:
    rng = random.Random(seed)
    sigs = [
        sig(
            f"Подписант {i}",
            town="Қарағанды",
            rng=rng,
            case_id=CASE if i % 3 else "ukteshbaev",
            anonymous=i % 4 == 0,
        )
        for i in range(count)
    ]
    c.add_signatures(sigs)
    return sigs


def test_both_paths_give_the_same_signatures_in_storage_order(campaign: Campaign) -> None:
    signed = _signed(campaign, 40)
    campaign.void(signed[5].id, "changed my mind")
    campaign.unlock(PASSPHRASE)
    live = [s for s in signed if s.id != signed[5].id]
    for workers in PATHS:
        assert list(campaign.signatures(workers=workers)) == live
        assert list(campaign.signatures(workers=workers, include_voided=True)) == signed
        assert list(campaign.signatures(CASE, workers=workers)) == [
            s for s in live if s.case_id == CASE
        ]
    # Not just equal: the same field values and types a fresh validation gives.
    parallel = list(campaign.signatures(workers=2))
    assert [s.model_dump() for s in parallel] == [s.model_dump() for s in live]
    assert all(s.signed_at.tzinfo is not None for s in parallel)


def test_crafted_invalid_signature_is_refused_on_both_paths(campaign: Campaign) -> None:
    signed = _signed(campaign, 12)
    bad = json.loads(sealing.canonical_signature(sig("Mallory")))
    bad["full_name"] = "Mallory \u202egnp.exe"  # a bidi override: never a valid name
    _craft(campaign, bad, record_id=bad["id"], case=CASE)
    campaign.add_signature(sig("After"))
    campaign.unlock(PASSPHRASE)
    for workers in PATHS:
        got, error = _read(campaign, workers)
        assert got == signed  # what comes before it, then a clear error; never the bad name
        assert error == "a sealed record holds an invalid signature"


@pytest.mark.parametrize(
    "plain",
    [
        b"not json at all",
        b'{"schema_version": 1}',
        b"[]",
    ],
)
def test_crafted_garbage_is_refused_on_both_paths(campaign: Campaign, plain: bytes) -> None:
    signed = _signed(campaign, 9)
    _craft(campaign, plain, record_id="f" * 32, case=CASE)
    campaign.unlock(PASSPHRASE)
    for workers in PATHS:
        assert _read(campaign, workers) == (signed, "a sealed record holds an invalid signature")


def test_record_sealed_to_another_key_is_refused_on_both_paths(campaign: Campaign) -> None:
    signed = _signed(campaign, 10)
    _, stranger = sealing.generate_key_pair()
    foreign = sealing.seal_signature(sig("Stranger"), stranger)
    campaign._write_records([("sig", "e" * 32, CASE, None, foreign)])
    campaign.unlock(PASSPHRASE)
    for workers in PATHS:
        got, error = _read(campaign, workers)
        assert got == signed
        assert error == "a sealed record does not open with this campaign's key"


def test_valid_signature_under_another_records_id_is_refused_on_both_paths(
    campaign: Campaign,
) -> None:
    signed = _signed(campaign, 8)
    copy = json.loads(sealing.canonical_signature(signed[0]))
    _craft(campaign, copy, record_id="d" * 32, case=signed[0].case_id)
    campaign.unlock(PASSPHRASE)
    for workers in PATHS:
        got, error = _read(campaign, workers)
        assert got == signed
        assert error is not None
        assert "holds another record's signature" in error


def _dying_opener(key: bytes, blobs: list[bytes]) -> tuple[list[bytes], str | None]:
    """A worker that is killed mid-batch (out of memory, say)."""
    os._exit(3)


def test_a_dying_worker_is_a_clean_campaign_error(campaign: Campaign) -> None:
    _signed(campaign, 6)
    campaign.unlock(PASSPHRASE)
    chunks = campaign._chunks("kind = 'sig'", ())
    stream = sealing.parallel_unseal(campaign._require_key(), chunks, 2, opener=_dying_opener)
    with pytest.raises(CampaignError, match="helper process ended unexpectedly"):
        list(stream)
    # Nothing is left broken: the next read works.
    assert len(list(campaign.signatures(workers=2))) == 6


def test_a_reader_may_stop_early(campaign: Campaign) -> None:
    signed = _signed(campaign, 30)
    campaign.unlock(PASSPHRASE)
    stream = campaign.signatures(workers=2)
    assert [next(stream) for _ in range(3)] == signed[:3]
    stream.close()  # returns without unsealing the rest
    assert list(campaign.signatures(workers=2)) == signed


def test_batches_start_small_and_keep_order() -> None:
    ids = [(f"{n:032x}", CASE) for n in range(23)]
    bodies = [bytes([n]) for n in range(23)]
    chunks = [(ids[:10], bodies[:10]), (ids[10:], bodies[10:])]
    got = list(sealing.batches(chunks, first=2, size=5))
    assert [len(i) for i, _ in got] == [2, 4, 4, 5, 5, 3]
    assert [x for i, _ in got for x in i] == ids
    assert [x for _, b in got for x in b] == bodies
