"""Canary names never reach the disk in plaintext: campaign file, -wal/-shm, temp dir, logs."""

from __future__ import annotations

import datetime as dt
import logging
import random
import tempfile
from pathlib import Path

import pytest

from desktop.domain.signature import PaperTally
from desktop.services.campaign import Campaign
from desktop.services.merge import merge_into
from tests.services.vault_helpers import CASE, PASSPHRASE, new_campaign, sig

CANARIES = (
    ("Zyxwarblequon Canarytest", "Quibbleton"),
    ("Жумабекова Канарейкаевна", "Усть-Канареевск"),
    ("Қанарбек Ұлықбекұлы", "Өскеменқала"),
)


def _encodings(text: str) -> list[bytes]:
    forms = [text, text.upper(), text.casefold()]
    encoded = []
    for form in forms:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            encoded.append(form.encode(encoding))
    # Also each word alone (a tokenised index or log line would hold words).
    for word in text.split():
        if len(word) >= 6:
            encoded.extend(word.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be"))
    return encoded


def _leaks(folder: Path) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for name, town in CANARIES:
            for needle in _encodings(name) + _encodings(town):
                if needle in data:
                    found.append(f"{path.name}: {needle!r}")
    return found


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setenv("SQLITE_TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    return temp


def test_canary_names_never_touch_the_disk(
    tmp_path: Path, private_tmp: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    data = tmp_path / "data"
    data.mkdir()
    rng = random.Random(7)
    with new_campaign(data / "main.protestkit") as main:
        volunteer = main.share(data / "volunteer.protestkit")
        with Campaign.open(volunteer) as v:
            for name, town in CANARIES:
                v.add_signature(sig(name, town=town, rng=rng, organisation=name))
            # While open, the -wal and -shm files exist: check them too.
            assert (data / "volunteer.protestkit-wal").exists()
            assert _leaks(data) == []
        for name, town in CANARIES:
            main.add_signature(sig(name, town=town, rng=rng))
        main.add_signatures(sig(f"{n} {i}", town=t, rng=rng) for i, (n, t) in enumerate(CANARIES))
        main.add_paper_tally(
            PaperTally(sheet_id="S1", case_id=CASE, count=3, recorded_at=dt.datetime.now(dt.UTC))
        )
        assert _leaks(data) == []
        # Reading, checking, merging and withdrawing hold names only in memory.
        main.unlock(PASSPHRASE)
        names = {s.full_name for s in main.signatures()}
        assert CANARIES[0][0] in names
        report = merge_into(main, [volunteer])
        assert report.duplicates
        assert main.verify() == []
        first = next(main.signatures())
        main.void(first.id, f"withdrawn by {CANARIES[1][0]}")
        assert _leaks(data) == []
        assert _leaks(private_tmp) == []
        main.lock()
    assert _leaks(data) == []
    assert _leaks(private_tmp) == []
    assert _leaks(Path(tempfile.gettempdir())) == []
    log_text = caplog.text + "".join(str(r.args) for r in caplog.records)
    for name, town in CANARIES:
        assert name not in log_text
        assert town not in log_text
