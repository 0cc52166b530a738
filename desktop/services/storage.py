"""The campaign file on disk: one SQLite file, its schema, pragmas, checks and chain audit.

What is stored in plaintext (everything else is sealed):
- ``records``: a random record id, its kind (signature or void), the id of the laptop file that
  wrote it (``device``), the writing session's chain id and sequence number, the hash chain, the
  case id (from the kit: public, and needed to count per case without the key) and, for a void
  record, the id of the record it voids. The signer's name, town, organisation, contact, drawing,
  language and even the time of signing are only inside the sealed ``body``.
- ``heads``: the last sequence number and hash of every chain (so a cut-off tail is noticed).
- ``tallies``: paper sheet counts (sheet id, case, count, town/country of the sheet).
- ``meta``: campaign id, public key, wrapped private key with its Argon2id salt and cost, this
  file's device id, the kit and the organiser's choices.

A chain is one writing session (one open file on one laptop): copying a file to two laptops can
never produce two different records with the same chain position.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import uuid
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from desktop.services.sealing import ZERO_HASH, record_hash
from desktop.services.vault_errors import (
    CampaignError,
    DamagedCampaign,
    NewerVersion,
    NotACampaign,
)

APPLICATION_ID = 0x504B4954  # "PKIT"
SCHEMA_VERSION = 1
SQLITE_MAGIC = b"SQLite format 3\x00"

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE records (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('sig', 'void')),
    device TEXT NOT NULL,
    chain TEXT NOT NULL,
    seq INTEGER NOT NULL CHECK (seq >= 1),
    case_id TEXT NOT NULL,
    target TEXT,
    body BLOB NOT NULL,
    prev BLOB NOT NULL,
    hash BLOB NOT NULL,
    UNIQUE (chain, seq)
);
CREATE INDEX records_case ON records (kind, case_id);
CREATE INDEX records_target ON records (target) WHERE target IS NOT NULL;
CREATE TABLE heads (chain TEXT PRIMARY KEY, device TEXT NOT NULL, seq INTEGER NOT NULL,
                    hash BLOB NOT NULL);
CREATE TABLE tallies (sheet_id TEXT PRIMARY KEY, case_id TEXT NOT NULL,
                      count INTEGER NOT NULL, body TEXT NOT NULL);
"""

RECORD_COLUMNS = "id, kind, device, chain, seq, case_id, target, body, prev, hash"
RECORD_SELECT = (
    "id, kind, device, chain, seq, case_id, target, "
    "CAST(body AS BLOB), CAST(prev AS BLOB), CAST(hash AS BLOB)"
)
"""The record columns to read: blobs stay blobs even if someone wrote text there."""


def _apply_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


def create_database(path: Path, meta: dict[str, bytes | str | int]) -> None:
    """Write a new campaign database at ``path`` (which must not exist)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("BEGIN")
        for statement in SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            list(meta.items()),
        )
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()


def _header_problem(path: Path) -> str | None:
    """Cheap checks on the raw file before SQLite sees it; None if it looks whole."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except FileNotFoundError:
        return "missing"
    except IsADirectoryError:
        return "folder"
    except OSError:
        return "unreadable"
    if len(header) < 100 or header[:16] != SQLITE_MAGIC:
        return "not-sqlite"
    page_size = int.from_bytes(header[16:18], "big")
    if page_size == 1:
        page_size = 65536
    pages = int.from_bytes(header[28:32], "big")
    valid = header[24:28] == header[92:96]
    if valid and pages and size < pages * page_size and not _wal_pending(path):
        return "truncated"
    return None


def _wal_pending(path: Path) -> bool:
    """True if a non-empty write-ahead log lies beside ``path``.

    A process killed during a checkpoint can leave the main file shorter than its header says,
    with the missing pages still in the WAL; SQLite replays them on open, so that file is whole.
    """
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except OSError:
        return False


def open_database(path: Path) -> sqlite3.Connection:
    """Open an existing campaign file for reading and writing, after checking it is one."""
    problem = _header_problem(path)
    if problem == "missing":
        msg = f"{path}: no such campaign file"
        raise NotACampaign(msg)
    if problem == "folder":
        msg = f"{path}: is a folder, not a campaign file"
        raise NotACampaign(msg)
    if problem == "unreadable":
        msg = f"{path}: cannot read the campaign file"
        raise NotACampaign(msg)
    if problem == "not-sqlite":
        msg = f"{path}: not a Protest Kit campaign file"
        raise NotACampaign(msg)
    if problem == "truncated":
        msg = f"{path}: the campaign file is truncated (cut off while copying?)"
        raise DamagedCampaign(msg)
    uri = path.resolve().as_uri() + "?mode=rw"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as error:
        msg = f"{path}: cannot open the campaign file ({error})"
        raise NotACampaign(msg) from error
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            msg = f"{path}: not a Protest Kit campaign file"
            raise NotACampaign(msg)
        if version > SCHEMA_VERSION:
            msg = (
                f"{path}: this campaign was made by a newer Protest Kit (file version {version}, "
                f"this app reads up to {SCHEMA_VERSION}); update the app to open it"
            )
            raise NewerVersion(msg)
        if version < 1:
            msg = f"{path}: the campaign file's version mark is damaged"
            raise DamagedCampaign(msg)
        _apply_pragmas(conn)
        conn.execute("SELECT count(*) FROM meta").fetchone()
    except sqlite3.DatabaseError as error:
        conn.close()
        if "readonly" in str(error) or "read-only" in str(error):
            msg = f"{path}: the file or its folder is read-only; copy it somewhere writable"
            raise CampaignError(msg) from error
        msg = f"{path}: the campaign file is damaged ({error})"
        raise DamagedCampaign(msg) from error
    except BaseException:
        conn.close()
        raise
    return conn


def read_meta(conn: sqlite3.Connection) -> dict[str, bytes | str | int]:
    """All meta values by key."""
    return {str(k): v for k, v in conn.execute("SELECT key, value FROM meta")}


def key_check(campaign_id: str, public_key: bytes, wrapped_json: str) -> str:
    """Checksum over the key material, so a damaged wrapped key is not called a wrong passphrase."""
    h = hashlib.sha256()
    for part in (campaign_id.encode(), public_key, wrapped_json.encode()):
        h.update(len(part).to_bytes(4, "big"))
        h.update(part)
    return h.hexdigest()


# --- chain audit --------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a campaign file, naming the record where there is one."""

    kind: str
    """'deleted', 'injected', 'reordered', 'altered', 'void-target', 'damaged'."""
    message: str
    record_id: str | None = None


def _blob(value: object) -> bytes:
    """A BLOB column's bytes; text written there by hand still hashes (to the wrong value)."""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    return str(value).encode("utf-8")


class Row(NamedTuple):
    """One record as stored (the columns of :data:`RECORD_COLUMNS`)."""

    id: str
    kind: str
    device: str
    chain: str
    seq: int
    case_id: str
    target: str | None
    body: bytes
    prev: bytes
    hash: bytes

    @classmethod
    def of(cls, raw: tuple[Any, ...]) -> Row:
        """Typed view of a raw sqlite row."""
        rid, kind, device, chain, seq, case_id, target, body, prev, digest = raw
        return cls(
            str(rid),
            str(kind),
            str(device),
            str(chain),
            int(seq),
            str(case_id),
            None if target is None else str(target),
            _blob(body),
            _blob(prev),
            _blob(digest),
        )

    def expected_hash(self, seq: int | None = None) -> bytes:
        """The chain hash this record should carry (at position ``seq``)."""
        return record_hash(
            self.prev,
            kind=self.kind,
            record_id=self.id,
            device=self.device,
            chain=self.chain,
            seq=self.seq if seq is None else seq,
            case_id=self.case_id,
            target=self.target,
            body=self.body,
        )


def audit_chain(chain: str, rows: list[Row], head: tuple[int, bytes] | None) -> list[Problem]:
    """Check one chain's rows (ordered by seq) against each other and against its head."""
    problems: list[Problem] = []
    short = chain[:8]
    if head is None:
        problems.append(
            Problem(
                "injected",
                f"chain {short}… is not recorded in this file (injected)",
                rows[0].id if rows else None,
            )
        )
    hashes = {r.hash for r in rows}
    expected_prev = ZERO_HASH
    expected_seq = 1
    for row in rows:
        rid, seq = row.id, row.seq
        where = f"record {rid} (chain {short}…, #{seq})"
        if seq > expected_seq:
            problems.append(
                Problem(
                    "deleted",
                    f"records #{expected_seq}..#{seq - 1} of chain {short}… are missing "
                    f"(deleted) before {where}",
                    rid,
                )
            )
        if row.expected_hash() != row.hash:
            # Look for the position it was moved from (bounded: a wrecked file stays quick).
            moved = (
                None
                if len(problems) > 100
                else next(
                    (
                        s
                        for s in range(max(1, seq - 500), seq + 500)
                        if row.expected_hash(s) == row.hash
                    ),
                    None,
                )
            )
            if moved is not None and moved != seq:
                problems.append(Problem("reordered", f"{where} was #{moved}: reordered", rid))
            else:
                problems.append(Problem("altered", f"{where} was altered", rid))
        elif row.prev != expected_prev and seq <= expected_seq:
            if row.prev in hashes:
                problems.append(Problem("reordered", f"{where} is out of order: reordered", rid))
            else:
                problems.append(
                    Problem("injected", f"{where} does not follow its chain: injected", rid)
                )
        expected_prev = row.hash
        expected_seq = seq + 1
    if head is not None:
        last_seq, last_hash = head
        if rows and expected_seq - 1 > last_seq:
            problems.extend(
                Problem(
                    "injected",
                    f"record {r.id} lies past the recorded end of chain {short}…: injected",
                    r.id,
                )
                for r in rows
                if r.seq > last_seq
            )
        elif expected_seq - 1 < last_seq:
            problems.append(
                Problem(
                    "deleted",
                    f"records #{expected_seq}..#{last_seq} at the end of chain {short}… are "
                    "missing (deleted)",
                )
            )
        elif rows and expected_prev != last_hash:
            problems.append(
                Problem(
                    "altered",
                    f"the last record of chain {short}… was replaced (altered)",
                    rows[-1].id,
                )
            )
    return problems


def audit(conn: sqlite3.Connection, *, full: bool = True) -> list[Problem]:
    """Everything wrong with the file: SQLite integrity, every chain, void targets."""
    problems: list[Problem] = []
    try:
        if full:
            for (line,) in conn.execute("PRAGMA integrity_check"):
                if line != "ok":
                    problems.append(Problem("damaged", f"file damaged: {line}"))
            if problems:
                return problems
        heads = {
            str(c): (int(s), bytes(h))
            for c, s, h in conn.execute("SELECT chain, seq, hash FROM heads")
        }
        current: str | None = None
        rows: list[Row] = []
        seen: set[str] = set()
        cursor = conn.execute(f"SELECT {RECORD_SELECT} FROM records ORDER BY chain, seq")  # noqa: S608
        for row in cursor:
            if row[3] != current:
                if current is not None:
                    problems.extend(audit_chain(current, rows, heads.get(current)))
                    seen.add(current)
                current, rows = str(row[3]), []
            try:
                rows.append(Row.of(row))
            except (TypeError, ValueError):
                problems.append(
                    Problem("altered", f"record {row[0]} has malformed columns", str(row[0]))
                )
        if current is not None:
            problems.extend(audit_chain(current, rows, heads.get(current)))
            seen.add(current)
        for chain, (seq, _) in heads.items():
            if chain not in seen:
                problems.append(
                    Problem(
                        "deleted", f"all {seq} records of chain {chain[:8]}… are missing (deleted)"
                    )
                )
        for rid, target in conn.execute(
            "SELECT v.id, v.target FROM records v WHERE v.kind = 'void' AND NOT EXISTS "
            "(SELECT 1 FROM records r WHERE r.id = v.target AND r.kind = 'sig')"
        ):
            problems.append(
                Problem("void-target", f"void record {rid} names a missing record {target}", rid)
            )
    except sqlite3.DatabaseError as error:
        problems.append(Problem("damaged", f"file damaged: {error}"))
    return problems


# --- new files, placed atomically ---------------------------------------------------------


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (best effort: not every OS/file system can)."""
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def place_new(temp: Path, target: Path) -> None:
    """Give ``temp`` the name ``target`` without overwriting (hard link; FAT sticks: rename)."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise
    except OSError:
        if target.exists():
            raise FileExistsError(str(target)) from None
        os.replace(temp, target)


def atomic_new_file(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` via a temp file beside it; refuse to overwrite."""
    if target.exists():
        msg = f"{target} already exists; choose another name"
        raise CampaignError(msg)
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with open(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        place_new(temp, target)
    except FileExistsError as error:
        msg = f"{target} already exists; choose another name"
        raise CampaignError(msg) from error
    except OSError as error:
        msg = f"cannot write {target}: {error.strerror}"
        raise CampaignError(msg) from error
    finally:
        with suppress(OSError):
            temp.unlink()
    fsync_dir(target.parent)


def write_new_file(target: Path, meta: dict[str, bytes | str | int]) -> None:
    """Build a campaign database beside ``target`` and move it into place (never overwrite)."""
    if target.exists():
        msg = f"{target} already exists; choose another name"
        raise CampaignError(msg)
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        # Readable by this user only: another account must not copy it to try passphrases.
        # (SQLite gives the -wal and -shm files the same mode.)
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        create_database(temp, meta)
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        place_new(temp, target)
    except FileExistsError as error:
        msg = f"{target} already exists; choose another name"
        raise CampaignError(msg) from error
    except (OSError, sqlite3.Error) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        msg = f"cannot write {target}: {reason}"
        raise CampaignError(msg) from error
    finally:
        for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
            with suppress(OSError):
                leftover.unlink()
    fsync_dir(target.parent)
