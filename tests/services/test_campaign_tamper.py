"""``verify`` names records that were deleted, injected, reordered or altered behind its back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.services.campaign import Campaign, DamagedCampaign
from tests.services.vault_helpers import PASSPHRASE, new_campaign, sig


@pytest.fixture
def filled(tmp_path: Path) -> tuple[Path, list[str]]:
    path = tmp_path / "a.protestkit"
    with new_campaign(path) as c:
        sigs = [sig(f"Signer {i}") for i in range(6)]
        for s in sigs:
            c.add_signature(s)
        assert c.verify() == []
    return path, [s.id for s in sigs]


def _raw(path: Path, *statements: tuple[str, tuple[object, ...]]) -> None:
    conn = sqlite3.connect(path)
    for sql, params in statements:
        conn.execute(sql, params)
    conn.commit()
    conn.close()


def _problems(path: Path) -> list[tuple[str, str | None]]:
    with Campaign.open(path) as c:
        return [(p.kind, p.record_id) for p in c.verify()]


def test_altered_body_is_named(filled: tuple[Path, list[str]]) -> None:
    path, ids = filled
    _raw(
        path,
        (
            "UPDATE records SET body = substr(body, 1, 40) || zeroblob(8) || substr(body, 49) "
            "WHERE id = ?",
            (ids[2],),
        ),
    )
    assert _problems(path) == [("altered", ids[2])]


def test_altered_case_column_is_named(filled: tuple[Path, list[str]]) -> None:
    path, ids = filled
    _raw(path, ("UPDATE records SET case_id = 'kuramskin' WHERE id = ?", (ids[4],)))
    assert _problems(path) == [("altered", ids[4])]


def test_deleted_record_is_named(filled: tuple[Path, list[str]]) -> None:
    path, ids = filled
    _raw(path, ("DELETE FROM records WHERE id = ?", (ids[3],)))
    problems = _problems(path)
    assert problems == [("deleted", ids[4])]
    with Campaign.open(path) as c:
        assert "#4..#4" in c.verify()[0].message


def test_deleted_last_record_is_noticed(filled: tuple[Path, list[str]]) -> None:
    path, ids = filled
    _raw(path, ("DELETE FROM records WHERE id = ?", (ids[5],)))
    assert _problems(path) == [("deleted", None)]


def test_injected_record_is_named(filled: tuple[Path, list[str]]) -> None:
    path, ids = filled
    conn = sqlite3.connect(path)
    row = list(conn.execute("SELECT * FROM records WHERE id = ?", (ids[5],)).fetchone())
    conn.close()
    # A copy of the last record with a new id and the next sequence number.
    row[0], row[1], row[5] = None, "f" * 32, row[5] + 1
    _raw(path, ("INSERT INTO records VALUES (?,?,?,?,?,?,?,?,?,?,?)", tuple(row)))
    assert ("injected", "f" * 32) in _problems(path)


def test_record_from_an_unknown_chain_is_injected(filled: tuple[Path, list[str]]) -> None:
    path, ids = filled
    conn = sqlite3.connect(path)
    row = list(conn.execute("SELECT * FROM records WHERE id = ?", (ids[0],)).fetchone())
    conn.close()
    row[0], row[1], row[4] = None, "e" * 32, "0" * 32
    _raw(path, ("INSERT INTO records VALUES (?,?,?,?,?,?,?,?,?,?,?)", tuple(row)))
    kinds = _problems(path)
    assert ("injected", "e" * 32) in kinds


def test_reordered_records_are_named(filled: tuple[Path, list[str]]) -> None:
    path, ids = filled
    _raw(
        path,
        ("UPDATE records SET seq = 100 WHERE id = ?", (ids[1],)),
        ("UPDATE records SET seq = 2 WHERE id = ?", (ids[2],)),
        ("UPDATE records SET seq = 3 WHERE id = ?", (ids[1],)),
    )
    problems = _problems(path)
    assert ("reordered", ids[1]) in problems
    assert ("reordered", ids[2]) in problems


def test_swapped_sealed_bodies_are_found_when_unlocked(filled: tuple[Path, list[str]]) -> None:
    path, ids = filled
    # Someone rebuilds the hashes after swapping bodies: only unsealing can tell.
    with Campaign.open(path) as c:
        conn = c.connection
        a = conn.execute("SELECT body FROM records WHERE id = ?", (ids[0],)).fetchone()[0]
        b = conn.execute("SELECT body FROM records WHERE id = ?", (ids[1],)).fetchone()[0]
        conn.execute("UPDATE records SET body = ? WHERE id = ?", (b, ids[0]))
        conn.execute("UPDATE records SET body = ? WHERE id = ?", (a, ids[1]))
        _rehash(conn)
        assert c.verify() == []
        c.unlock(PASSPHRASE)
        assert {p.record_id for p in c.verify()} == {ids[0], ids[1]}
        with pytest.raises(DamagedCampaign, match="tampered"):
            list(c.signatures())


def _rehash(conn: sqlite3.Connection) -> None:
    from desktop.services.sealing import ZERO_HASH
    from desktop.services.storage import RECORD_COLUMNS, Row

    prev = ZERO_HASH
    rows = conn.execute(f"SELECT {RECORD_COLUMNS} FROM records ORDER BY seq").fetchall()
    for raw in rows:
        row = Row.of(raw)._replace(prev=prev)
        digest = row.expected_hash()
        conn.execute("UPDATE records SET prev = ?, hash = ? WHERE id = ?", (prev, digest, row.id))
        prev = digest
    conn.execute("UPDATE heads SET hash = ?", (prev,))


def test_random_corruption_gives_campaign_errors_only(tmp_path: Path) -> None:
    import random

    from desktop.services.campaign import CampaignError

    path = tmp_path / "a.protestkit"
    with new_campaign(path) as c:
        c.add_signatures(sig(f"Signer {i}", rng=random.Random(i)) for i in range(60))
    pristine = path.read_bytes()
    rng = random.Random(11)
    outcomes = set()
    for _ in range(40):
        data = bytearray(pristine)
        start = rng.randrange(len(data))
        for offset in range(start, min(len(data), start + rng.choice((1, 16, 600)))):
            data[offset] = rng.randrange(256)
        path.write_bytes(bytes(data))
        try:
            with Campaign.open(path) as c:
                c.count()
                c.unlock(PASSPHRASE)
                problems = c.verify()
                if not problems:
                    list(c.signatures())
                outcomes.add("problems" if problems else "unharmed")
        except CampaignError:
            outcomes.add("refused")
    assert outcomes & {"problems", "refused"}
