"""The signature vault: one sealed, crash-proof SQLite file per campaign (``*.protestkit``).

Collecting needs only the public key: every signature is sealed before it touches the disk, and
``add_signature`` returns only after a durable commit (WAL, ``synchronous=FULL``). Reading names
back needs :meth:`Campaign.unlock` with the passphrase. See :mod:`desktop.services.storage` for
what is stored in plaintext.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import sys
import threading
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from nacl.public import PrivateKey

from desktop.domain.campaign import CampaignChoices
from desktop.domain.kit import Kit
from desktop.domain.signature import PaperTally, Signature, new_record_id
from desktop.services import sealing, storage
from desktop.services.kits import KitError, dump_kit, parse_kit
from desktop.services.sealing import KdfParams, WrappedKey
from desktop.services.storage import Problem
from desktop.services.vault_errors import (
    CampaignError,
    DamagedCampaign,
    Locked,
    NewerVersion,
    NoPrivateKey,
    NotACampaign,
    StorageFull,
    WrongPassphrase,
)

__all__ = [
    "SUFFIX",
    "Campaign",
    "CampaignError",
    "DamagedCampaign",
    "Locked",
    "NewerVersion",
    "NoPrivateKey",
    "NotACampaign",
    "Problem",
    "StorageFull",
    "VoidRecord",
    "WrongPassphrase",
]

SUFFIX = ".protestkit"
RECOVERY_FORMAT = "protest-kit-recovery"
PARALLEL_THRESHOLD = 10_000
"""Above this many records, unseal on all cores. On two idle cores: 5,000 take 0.35 s on one
process and 0.25-0.42 s on two (the first run starts the fork server); 20,000 take 1.37 s on
one and 0.87-1.05 s on two."""
CHUNK = 2_000


def default_workers(records: int) -> int:
    """Processes for unsealing ``records``: all cores for big campaigns, else one.

    A frozen (PyInstaller) app stays on one process: its workers would start the app's own
    executable, which needs ``multiprocessing.freeze_support()`` at its entry point.
    """
    if records <= PARALLEL_THRESHOLD or getattr(sys, "frozen", False):
        return 1
    return os.cpu_count() or 1


def _kit_to_json(kit: Kit) -> str:
    return dump_kit(kit)


def _kit_from_json(text: str) -> Kit:
    return parse_kit(text, source="campaign kit")


@dataclass(frozen=True)
class VoidRecord:
    """A withdrawal: which record is void and why (the reason is sealed)."""

    record_id: str
    target: str
    reason: str
    voided_at: dt.datetime | None


@dataclass
class _ChainState:
    chain: str
    seq: int
    prev: bytes


def _translate(error: sqlite3.Error, path: Path) -> CampaignError:
    text = str(error).lower()
    code = getattr(error, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_FULL or "disk is full" in text or "database or disk is full" in text:
        return StorageFull(f"{path}: the disk is full; the last change was not stored")
    if isinstance(error, sqlite3.IntegrityError):
        return CampaignError(f"{path}: that record is already stored ({error})")
    if isinstance(error, sqlite3.OperationalError) and ("locked" in text or "busy" in text):
        return CampaignError(f"{path}: the file is busy in another program; try again")
    if isinstance(error, sqlite3.OperationalError) and ("readonly" in text or "read-only" in text):
        return CampaignError(f"{path}: the file cannot be written (read-only?)")
    return DamagedCampaign(f"{path}: the campaign file is damaged ({error})")


class Campaign:
    """One campaign file: kit, choices, sealed signatures, paper tallies and key material."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        """Use :meth:`create` or :meth:`open`."""
        self._path = path
        self._conn: sqlite3.Connection | None = conn
        self._lock = threading.RLock()
        self._private: bytes | None = None
        self._chain: _ChainState | None = None
        self._counts: dict[str, int] | None = None
        self._data_version = -1
        self._kit: Kit | None = None
        try:
            meta = storage.read_meta(conn)
        except sqlite3.DatabaseError as error:
            conn.close()
            self._conn = None
            msg = f"{path}: the campaign file is damaged ({error})"
            raise DamagedCampaign(msg) from error
        try:
            self._campaign_id = str(meta["campaign_id"])
            self._device_id = str(meta["device_id"])
            public = meta["public_key"]
            if not isinstance(public, bytes) or len(public) != 32:
                raise KeyError("public_key")
            self._public_key = public
        except KeyError as error:
            conn.close()
            self._conn = None
            msg = f"{path}: the campaign file is damaged (missing {error})"
            raise DamagedCampaign(msg) from error

    # --- opening and closing --------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        kit: Kit,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        choices: CampaignChoices | None = None,
    ) -> Campaign:
        """Make a new campaign file with a fresh key pair wrapped under ``passphrase``.

        ``kdf`` defaults to Argon2id calibrated to about half a second (at least 64 MiB and
        3 passes); tests pass :data:`desktop.services.sealing.TEST_KDF` explicitly.
        """
        if not passphrase:
            msg = "a campaign needs a passphrase"
            raise CampaignError(msg)
        target = Path(path)
        private, public = sealing.generate_key_pair()
        wrapped = sealing.wrap_private_key(private, passphrase, kdf or sealing.calibrate_kdf())
        del private
        campaign_id = uuid.uuid4().hex
        wrapped_json = json.dumps(wrapped.to_json(), sort_keys=True)
        meta: dict[str, bytes | str | int] = {
            "format": "protest-kit-campaign",
            "campaign_id": campaign_id,
            "public_key": public,
            "wrapped_key": wrapped_json,
            "key_check": storage.key_check(campaign_id, public, wrapped_json),
            "device_id": uuid.uuid4().hex,
            "role": "organiser",
            "created_at": dt.datetime.now(dt.UTC).isoformat(),
            "kit": _kit_to_json(kit),
            "choices": (choices or CampaignChoices()).model_dump_json(),
        }
        storage.write_new_file(target, meta)
        campaign = cls.open(target)
        campaign._private = None
        return campaign

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Campaign:
        """Open an existing campaign file (locked); NotACampaign/NewerVersion/DamagedCampaign."""
        target = Path(path)
        return cls(target, storage.open_database(target))

    def close(self) -> None:
        """Drop the key and close the file (idempotent)."""
        with self._lock:
            self._private = None
            if self._conn is not None:
                with suppress(sqlite3.Error):
                    self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
                self._conn.close()
                self._conn = None

    def __enter__(self) -> Campaign:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The one connection (for the vault's own service modules: merge)."""
        if self._conn is None:
            msg = f"{self._path}: the campaign is closed"
            raise CampaignError(msg)
        return self._conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; sqlite errors come out as CampaignError subclasses."""
        with self._lock:
            conn = self.connection
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                raise _translate(error, self._path) from error
            try:
                yield conn
                conn.execute("COMMIT")
                self._counts = None
            except BaseException as error:
                with suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                self._counts = None
                if isinstance(error, sqlite3.Error):
                    raise _translate(error, self._path) from error
                raise

    # --- identity -------------------------------------------------------------------------

    @property
    def path(self) -> Path:
        """The campaign file."""
        return self._path

    @property
    def campaign_id(self) -> str:
        """Random id shared by the organiser's file and every volunteer file."""
        return self._campaign_id

    @property
    def device_id(self) -> str:
        """Random id of this file on this laptop (a shared volunteer file gets its own)."""
        return self._device_id

    @property
    def public_key(self) -> bytes:
        """The campaign public key every signature is sealed to."""
        return self._public_key

    @property
    def key_code(self) -> str:
        """The public key's fingerprint as digits to read aloud (check it by phone)."""
        return sealing.key_code(self._public_key)

    @property
    def role(self) -> str:
        """'organiser' (made with ``create``) or 'volunteer' (made with ``share``)."""
        return str(self._meta("role", "organiser"))

    def _meta(self, key: str, default: bytes | str | int | None = None) -> bytes | str | int | None:
        with self._lock:
            row = self._one("SELECT value FROM meta WHERE key = ?", (key,))
        return default if row is None else row[0]

    def _one(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        rows = self._query(sql, params)
        return rows[0] if rows else None

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        """All rows of ``sql``; sqlite errors (also while fetching) as CampaignError."""
        try:
            return self.connection.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise _translate(error, self._path) from error

    # --- kit and choices ------------------------------------------------------------------

    @property
    def kit(self) -> Kit:
        """The kit imported into this campaign."""
        if self._kit is None:
            text = self._meta("kit")
            try:
                self._kit = _kit_from_json(str(text))
            except KitError as error:
                msg = f"{self._path}: the stored kit is damaged ({error})"
                raise DamagedCampaign(msg) from error
        return self._kit

    def save_kit(self, kit: Kit) -> None:
        """Replace the stored kit (e.g. an updated kit from the organisers)."""
        with self.transaction() as conn:
            conn.execute("UPDATE meta SET value = ? WHERE key = 'kit'", (_kit_to_json(kit),))
        self._kit = kit

    @property
    def choices(self) -> CampaignChoices:
        """The organiser's choices (case, recipients, languages, paper)."""
        text = self._meta("choices")
        if text is None:
            return CampaignChoices()
        try:
            return CampaignChoices.model_validate_json(str(text))
        except ValueError as error:
            msg = f"{self._path}: the stored choices are damaged ({error})"
            raise DamagedCampaign(msg) from error

    def save_choices(self, choices: CampaignChoices) -> None:
        """Store the organiser's choices."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('choices', ?)",
                (choices.model_dump_json(),),
            )

    # --- counting (no key needed) ---------------------------------------------------------

    def _live_counts(self) -> dict[str, int]:
        with self._lock:
            version = int(self._one("PRAGMA data_version")[0])
            if self._counts is None or version != self._data_version:
                rows = self._query(
                    "SELECT case_id, count(*) FROM records r WHERE kind = 'sig' AND NOT EXISTS "
                    "(SELECT 1 FROM records v WHERE v.target = r.id AND v.kind = 'void') "
                    "GROUP BY case_id"
                )
                self._counts = {str(c): int(n) for c, n in rows}
                self._data_version = version
            return self._counts

    def count(self, case_id: str | None = None) -> int:
        """Live (not voided) digital signatures, for one case or all; no key needed."""
        counts = self._live_counts()
        return sum(counts.values()) if case_id is None else counts.get(case_id, 0)

    def paper_count(self, case_id: str | None = None) -> int:
        """Wet-ink signatures recorded as paper tallies."""
        sql = "SELECT coalesce(sum(count), 0) FROM tallies"
        params: tuple[str, ...] = ()
        if case_id is not None:
            sql += " WHERE case_id = ?"
            params = (case_id,)
        with self._lock:
            return int(self._one(sql, params)[0])

    def total(self, case_id: str | None = None) -> int:
        """Digital plus paper signatures."""
        return self.count(case_id) + self.paper_count(case_id)

    def add_paper_tally(self, tally: PaperTally) -> int:
        """Record (or correct) one paper sheet's count; returns the paper total."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO tallies (sheet_id, case_id, count, body) "
                "VALUES (?, ?, ?, ?)",
                (tally.sheet_id, tally.case_id, tally.count, tally.model_dump_json()),
            )
        return self.paper_count()

    def paper_tallies(self) -> list[PaperTally]:
        """Every paper tally, by sheet id."""
        with self._lock:
            rows = self._query("SELECT body FROM tallies ORDER BY sheet_id")
        return [PaperTally.model_validate_json(str(body)) for (body,) in rows]

    # --- writing --------------------------------------------------------------------------

    def _append(
        self,
        conn: sqlite3.Connection,
        state: _ChainState,
        *,
        kind: str,
        record_id: str,
        case_id: str,
        target: str | None,
        body: bytes,
    ) -> None:
        seq = state.seq + 1
        digest = sealing.record_hash(
            state.prev,
            kind=kind,
            record_id=record_id,
            device=self._device_id,
            chain=state.chain,
            seq=seq,
            case_id=case_id,
            target=target,
            body=body,
        )
        conn.execute(
            f"INSERT INTO records ({storage.RECORD_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?)",  # noqa: S608
            (
                record_id,
                kind,
                self._device_id,
                state.chain,
                seq,
                case_id,
                target,
                body,
                state.prev,
                digest,
            ),
        )
        state.seq, state.prev = seq, digest

    def _pending_state(self) -> _ChainState:
        if self._chain is None:
            # A chain per writing session: copies of one file on two laptops never collide.
            return _ChainState(uuid.uuid4().hex, 0, sealing.ZERO_HASH)
        return _ChainState(self._chain.chain, self._chain.seq, self._chain.prev)

    def _write_records(self, items: list[tuple[str, str, str, str | None, bytes]]) -> None:
        """Append (kind, id, case, target, sealed body) records in one durable transaction."""
        with self._lock:
            state = self._pending_state()
            counts = dict(self._live_counts())
            with self.transaction() as conn:
                for kind, record_id, case_id, target, body in items:
                    self._append(
                        conn,
                        state,
                        kind=kind,
                        record_id=record_id,
                        case_id=case_id,
                        target=target,
                        body=body,
                    )
                conn.execute(
                    "INSERT OR REPLACE INTO heads (chain, device, seq, hash) VALUES (?,?,?,?)",
                    (state.chain, self._device_id, state.seq, state.prev),
                )
            self._chain = state
            for kind, _, case_id, _, _ in items:
                counts[case_id] = counts.get(case_id, 0) + (1 if kind == "sig" else -1)
            self._counts = counts

    def add_signature(self, sig: Signature) -> int:
        """Seal ``sig``, store it durably and return the new live total. No key needed."""
        body = sealing.seal_signature(sig, self._public_key)
        self._write_records([("sig", sig.id, sig.case_id, None, body)])
        return self.count()

    def add_signatures(self, sigs: Iterable[Signature]) -> int:
        """Store many signatures in one transaction (all or none); returns the new total."""
        items: list[tuple[str, str, str, str | None, bytes]] = [
            ("sig", sig.id, sig.case_id, None, sealing.seal_signature(sig, self._public_key))
            for sig in sigs
        ]
        if len({item[1] for item in items}) != len(items):
            msg = "the same signature id appears twice in one batch"
            raise CampaignError(msg)
        if items:
            self._write_records(items)
        return self.count()

    def void(self, record_id: str, reason: str = "") -> int:
        """Withdraw a signature by appending a void record; returns the new live total."""
        with self._lock:
            row = self._one(
                "SELECT case_id FROM records WHERE id = ? AND kind = 'sig'", (record_id,)
            )
            if row is None:
                msg = f"no signature with record id {record_id}"
                raise CampaignError(msg)
            already = self._one(
                "SELECT 1 FROM records WHERE target = ? AND kind = 'void'", (record_id,)
            )
            if already is not None:
                msg = f"signature {record_id} is already withdrawn"
                raise CampaignError(msg)
            plain = json.dumps(
                {"reason": reason, "voided_at": dt.datetime.now(dt.UTC).isoformat()},
                ensure_ascii=False,
                sort_keys=True,
            ).encode("utf-8")
            body = sealing.seal_bytes(plain, self._public_key)
            self._write_records([("void", new_record_id(), str(row[0]), record_id, body)])
        return self.count()

    # --- keys -----------------------------------------------------------------------------

    @property
    def has_private_key(self) -> bool:
        """False on a volunteer file or in street mode (the key is on a USB stick)."""
        return self._meta("wrapped_key") is not None

    @property
    def is_unlocked(self) -> bool:
        """True while the private key is held in memory."""
        return self._private is not None

    def _wrapped(self) -> WrappedKey:
        text = self._meta("wrapped_key")
        if text is None:
            msg = (
                f"{self._path}: this file holds no private key (a volunteer file, or the key "
                "was taken off this laptop); signatures can be added and counted, not read"
            )
            raise NoPrivateKey(msg)
        check = storage.key_check(self._campaign_id, self._public_key, str(text))
        if self._meta("key_check") != check:
            msg = f"{self._path}: the stored key is damaged (checksum mismatch)"
            raise DamagedCampaign(msg)
        try:
            data = json.loads(str(text))
        except ValueError as error:
            msg = f"{self._path}: the stored key is damaged"
            raise DamagedCampaign(msg) from error
        return WrappedKey.from_json(data)

    def unlock(self, passphrase: str) -> None:
        """Unwrap the private key into memory: WrongPassphrase, NoPrivateKey, DamagedCampaign."""
        private = sealing.unwrap_private_key(self._wrapped(), passphrase, self._public_key)
        self._private = bytes(private)

    def unlock_material(self) -> tuple[WrappedKey, bytes]:
        """The wrapped key and public key, read here, for :meth:`unwrap` on another thread.

        NoPrivateKey or DamagedCampaign as :meth:`unlock` would raise them.
        """
        with self._lock:
            return self._wrapped(), self._public_key

    @staticmethod
    def unwrap(material: tuple[WrappedKey, bytes], passphrase: str) -> bytes:
        """The private key from :meth:`unlock_material` (the slow Argon2id step).

        Touches no database and no campaign state, so it is safe on a worker thread;
        WrongPassphrase or DamagedCampaign like :meth:`unlock`.
        """
        wrapped, public = material
        return bytes(sealing.unwrap_private_key(wrapped, passphrase, public))

    def unlock_with_key(self, private: bytes) -> None:
        """Hold a key :meth:`unwrap` returned; DamagedCampaign if it is not this campaign's."""
        if bytes(PrivateKey(private).public_key) != self._public_key:
            msg = f"{self._path}: the key does not match the campaign's public key"
            raise DamagedCampaign(msg)
        self._private = bytes(private)

    def lock(self) -> None:
        """Drop the private key from memory."""
        self._private = None

    def _require_key(self) -> bytes:
        if self._private is None:
            if not self.has_private_key:
                self._wrapped()  # raises NoPrivateKey with the explanation
            msg = f"{self._path}: unlock the campaign with its passphrase first"
            raise Locked(msg)
        return self._private

    # --- reading (needs the key) ----------------------------------------------------------

    def signatures(
        self,
        case_id: str | None = None,
        *,
        include_voided: bool = False,
        workers: int | None = None,
    ) -> Iterator[Signature]:
        """Unseal live signatures in the order they were stored (needs :meth:`unlock`).

        Large campaigns are unsealed on ``workers`` processes (default: all cores when there
        are more than ``PARALLEL_THRESHOLD`` records). Each record must hold a valid signature
        with the id and case its plaintext columns name, else DamagedCampaign (after the
        records before it: the same on every path).
        """
        key = self._require_key()
        where = "kind = 'sig'"
        params: tuple[str, ...] = ()
        if case_id is not None:
            where += " AND case_id = ?"
            params = (case_id,)
        if not include_voided:
            where += (
                " AND NOT EXISTS (SELECT 1 FROM records v WHERE v.target = r.id "
                "AND v.kind = 'void')"
            )
        if workers is None:
            workers = default_workers(self.count(case_id))
        chunks = self._chunks(where, params)
        if workers <= 1:
            unsealer = sealing.Unsealer(key)
            for ids, bodies in chunks:
                # Lazily, record by record: the same signatures come out before a bad record
                # as on the parallel path, and a screenful needs only a screenful unsealed.
                yield from sealing.checked(ids, map(unsealer.open_signature, bodies))
            return
        yield from sealing.parallel_unseal(key, chunks, workers)

    def _chunks(
        self, where: str, params: tuple[str, ...]
    ) -> Iterator[tuple[list[tuple[str, str]], list[bytes]]]:
        """Rows (id, case_id, body) of records ``r`` matching ``where``, in storage order.

        Paged on ``n`` so writes may go on between pages. ``NOT INDEXED`` keeps SQLite on the
        ``n`` range: with the ``(kind, case_id)`` index it would sort every matching record
        again for each page (quadratic: seconds at 100,000 records).
        """
        # ``where`` is one of this class's constant clauses; every value is bound.
        head = "SELECT n, id, case_id, CAST(body AS BLOB) FROM records r NOT INDEXED"
        paged = f"{head} WHERE {where} AND n > ? ORDER BY n LIMIT ?"
        last = 0
        while True:
            with self._lock:
                rows = self._query(paged, (*params, last, CHUNK))
            if not rows:
                return
            yield [(str(r[1]), str(r[2])) for r in rows], [bytes(r[3]) for r in rows]
            last = int(rows[-1][0])

    def voids(self) -> list[VoidRecord]:
        """Every withdrawal with its reason (needs :meth:`unlock`)."""
        unsealer = sealing.Unsealer(self._require_key())
        with self._lock:
            rows = self._query(
                "SELECT id, target, CAST(body AS BLOB) FROM records WHERE kind = 'void' ORDER BY n"
            )
        result = []
        for rid, target, body in rows:
            try:
                data = json.loads(unsealer.open_bytes(bytes(body)))
                when = dt.datetime.fromisoformat(data["voided_at"]) if "voided_at" in data else None
                reason = str(data.get("reason", ""))
            except (ValueError, TypeError, AttributeError) as error:
                msg = f"void record {rid} is damaged"
                raise DamagedCampaign(msg) from error
            result.append(VoidRecord(str(rid), str(target), reason, when))
        return result

    def voided_ids(self) -> set[str]:
        """Record ids of withdrawn signatures (no key needed)."""
        with self._lock:
            rows = self._query("SELECT target FROM records WHERE kind = 'void'")
        return {str(t) for (t,) in rows}

    # --- checking -------------------------------------------------------------------------

    def verify(self, *, full: bool = True) -> list[Problem]:
        """Everything wrong with the file (empty when all is well); names tampered records.

        With the key unlocked, also unseals every record and checks it holds what its
        plaintext columns say.
        """
        with self._lock:
            problems = storage.audit(self.connection, full=full)
        if problems or self._private is None:
            return problems
        try:
            problems.extend(self._verify_sealed(self._private))
        except CampaignError as error:
            problems.append(Problem("damaged", str(error)))
        return problems

    def _verify_sealed(self, key: bytes) -> list[Problem]:
        problems: list[Problem] = []
        unsealer = sealing.Unsealer(key)
        for ids, bodies in self._chunks("kind = 'sig'", ()):
            for (rid, case_id), body in zip(ids, bodies, strict=True):
                try:
                    sig = unsealer.open_signature(body)
                except DamagedCampaign:
                    problems.append(Problem("altered", f"record {rid} does not unseal", rid))
                    continue
                if sig.id != rid or sig.case_id != case_id:
                    problems.append(
                        Problem("altered", f"record {rid} holds another record's signature", rid)
                    )
        return problems

    # --- volunteer files and street mode ----------------------------------------------------

    def share(self, out: str | os.PathLike[str]) -> Path:
        """Write a volunteer file: same campaign, kit and public key, no private key, no records."""
        target = Path(out)
        meta: dict[str, bytes | str | int] = {
            "format": "protest-kit-campaign",
            "campaign_id": self._campaign_id,
            "public_key": self._public_key,
            "device_id": uuid.uuid4().hex,
            "role": "volunteer",
            "created_at": dt.datetime.now(dt.UTC).isoformat(),
            "kit": str(self._meta("kit")),
            "choices": str(self._meta("choices", CampaignChoices().model_dump_json())),
        }
        storage.write_new_file(target, meta)
        return target

    def export_key(self, out: str | os.PathLike[str]) -> str:
        """Write a recovery file (key still wrapped by the passphrase); return the recovery code.

        Needs :meth:`unlock` (so the passphrase is known to work). The file is as safe on a USB
        stick as the passphrase is strong; the returned code is the bare key: print it and keep
        it like cash.
        """
        private = self._require_key()
        wrapped = self._wrapped()
        data = {
            "format": RECOVERY_FORMAT,
            "version": 1,
            "campaign_id": self._campaign_id,
            "public_key": self._public_key.hex(),
            "key_code": self.key_code,
            "wrapped_key": wrapped.to_json(),
        }
        storage.atomic_new_file(Path(out), json.dumps(data, indent=2).encode("utf-8"))
        return sealing.recovery_code(private)

    def _read_recovery(self, recovery_file: str | os.PathLike[str]) -> WrappedKey:
        path = Path(recovery_file)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            msg = f"{path}: not a readable recovery file ({error})"
            raise CampaignError(msg) from error
        if not isinstance(data, dict) or data.get("format") != RECOVERY_FORMAT:
            msg = f"{path}: not a Protest Kit recovery file"
            raise CampaignError(msg)
        if data.get("version") != 1:
            msg = f"{path}: recovery file from a newer Protest Kit"
            raise NewerVersion(msg)
        if (
            data.get("campaign_id") != self._campaign_id
            or data.get("public_key") != self._public_key.hex()
        ):
            msg = f"{path}: this recovery file belongs to another campaign"
            raise CampaignError(msg)
        return WrappedKey.from_json(data.get("wrapped_key") or {})

    def remove_private_key(self, recovery_file: str | os.PathLike[str]) -> None:
        """Street mode: delete the wrapped key from this file once ``recovery_file`` holds it."""
        wrapped = self._read_recovery(recovery_file)
        if wrapped != self._wrapped():
            msg = f"{recovery_file}: this recovery file does not hold this file's key"
            raise CampaignError(msg)
        with self.transaction() as conn:
            conn.execute("DELETE FROM meta WHERE key IN ('wrapped_key', 'key_check')")
        self.lock()
        with self._lock, suppress(sqlite3.Error):
            self.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _store_wrapped(self, wrapped: WrappedKey) -> None:
        text = json.dumps(wrapped.to_json(), sort_keys=True)
        check = storage.key_check(self._campaign_id, self._public_key, text)
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('wrapped_key', ?)", (text,)
            )
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('key_check', ?)", (check,)
            )

    def change_passphrase(self, old: str, new: str, *, kdf: KdfParams | None = None) -> None:
        """Re-wrap the private key under ``new`` (checked with ``old`` first)."""
        if not new:
            msg = "a campaign needs a passphrase"
            raise CampaignError(msg)
        private = sealing.unwrap_private_key(self._wrapped(), old, self._public_key)
        wrapped = sealing.wrap_private_key(bytes(private), new, kdf or sealing.calibrate_kdf())
        self._store_wrapped(wrapped)

    def import_key(self, recovery_file: str | os.PathLike[str], passphrase: str) -> None:
        """Put the key back from a recovery file (checked with ``passphrase``); unlocks."""
        wrapped = self._read_recovery(recovery_file)
        private = sealing.unwrap_private_key(wrapped, passphrase, self._public_key)
        self._store_wrapped(wrapped)
        self._private = bytes(private)

    def import_recovery_code(
        self, code: str, passphrase: str, *, kdf: KdfParams | None = None
    ) -> None:
        """Put the key back from the printed recovery code, wrapped under ``passphrase``."""
        private = sealing.parse_recovery_code(code)
        if bytes(PrivateKey(private).public_key) != self._public_key:
            msg = "this recovery code belongs to another campaign"
            raise CampaignError(msg)
        if not passphrase:
            msg = "a campaign needs a passphrase"
            raise CampaignError(msg)
        self._store_wrapped(
            sealing.wrap_private_key(private, passphrase, kdf or sealing.calibrate_kdf())
        )
        self._private = private
