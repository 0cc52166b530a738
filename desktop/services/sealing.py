"""Keys and seals for the signature vault: Argon2id key wrapping, SealedBox, hash chains.

Everything personal about a signer is serialised canonically, compressed, padded and sealed to
the campaign public key (libsodium ``crypto_box_seal``) before it reaches the disk. Sealing needs
only the public key, so a collecting laptop can never read back what it collected. The private
key is stored only wrapped (``SecretBox``) under a key derived from the passphrase by Argon2id.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import time
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_all_start_methods, get_context
from multiprocessing.context import BaseContext
from typing import Any

from nacl import pwhash, secret
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox
from pydantic import ValidationError

from desktop.domain.signature import Signature
from desktop.services.hardening import forbid_core_dumps
from desktop.services.vault_errors import CampaignError, DamagedCampaign, WrongPassphrase

MIN_OPS = 3
"""Argon2id passes: never fewer, whatever the calibration says."""
MIN_MEM = 64 * 1024 * 1024
"""Argon2id memory in bytes: never less than 64 MiB."""
MAX_OPS = 32
TARGET_SECONDS = 0.5

PAYLOAD_VERSION = 1
PAD_BLOCK = 64
ZERO_HASH = bytes(32)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: ``ops`` passes over ``mem`` bytes."""

    ops: int
    mem: int

    def is_strong(self) -> bool:
        """True when the parameters meet the vault's minimums."""
        return self.ops >= MIN_OPS and self.mem >= MIN_MEM


STRONG_MINIMUM = KdfParams(MIN_OPS, MIN_MEM)
TEST_KDF = KdfParams(pwhash.argon2id.OPSLIMIT_MIN, pwhash.argon2id.MEMLIMIT_MIN)
"""Fast and weak: only for tests, passed explicitly (never a default)."""


def calibrate_kdf(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Argon2id parameters taking about ``target_seconds`` here; never below the minimums."""
    salt = os.urandom(pwhash.argon2id.SALTBYTES)
    start = time.perf_counter()
    pwhash.argon2id.kdf(32, b"calibration", salt, opslimit=MIN_OPS, memlimit=MIN_MEM)
    elapsed = max(time.perf_counter() - start, 1e-3)
    ops = round(MIN_OPS * target_seconds / elapsed)
    return KdfParams(max(MIN_OPS, min(MAX_OPS, ops)), MIN_MEM)


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """The 32-byte wrapping key for ``passphrase``."""
    return bytes(
        pwhash.argon2id.kdf(
            secret.SecretBox.KEY_SIZE,
            passphrase.encode("utf-8"),
            salt,
            opslimit=params.ops,
            memlimit=params.mem,
        )
    )


@dataclass(frozen=True)
class WrappedKey:
    """A private key encrypted under an Argon2id-derived key; safe to store."""

    salt: bytes
    params: KdfParams
    box: bytes

    def to_json(self) -> dict[str, Any]:
        """JSON-friendly form (base64 bytes)."""
        return {
            "salt": _b64(self.salt),
            "ops": self.params.ops,
            "mem": self.params.mem,
            "box": _b64(self.box),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> WrappedKey:
        """Inverse of :meth:`to_json`; CampaignError if malformed."""
        try:
            return cls(
                salt=_unb64(data["salt"]),
                params=KdfParams(int(data["ops"]), int(data["mem"])),
                box=_unb64(data["box"]),
            )
        except (KeyError, TypeError, ValueError) as error:
            msg = f"the wrapped key is malformed ({error})"
            raise DamagedCampaign(msg) from error


def wrap_private_key(private_key: bytes, passphrase: str, params: KdfParams) -> WrappedKey:
    """Encrypt ``private_key`` under ``passphrase`` with a fresh salt."""
    salt = os.urandom(pwhash.argon2id.SALTBYTES)
    box = secret.SecretBox(derive_key(passphrase, salt, params)).encrypt(private_key)
    return WrappedKey(salt, params, bytes(box))


def unwrap_private_key(wrapped: WrappedKey, passphrase: str, public_key: bytes) -> PrivateKey:
    """The private key; WrongPassphrase if it does not open, DamagedCampaign if it mismatches."""
    if wrapped.params.ops < 1 or wrapped.params.mem < pwhash.argon2id.MEMLIMIT_MIN:
        msg = "the stored key parameters are damaged"
        raise DamagedCampaign(msg)
    if wrapped.params.ops > 64 or wrapped.params.mem > 1024**3:
        msg = "the stored key parameters are implausible (damaged or hostile file)"
        raise DamagedCampaign(msg)
    key = derive_key(passphrase, wrapped.salt, wrapped.params)
    try:
        raw = secret.SecretBox(key).decrypt(wrapped.box)
    except CryptoError as error:
        msg = "wrong passphrase"
        raise WrongPassphrase(msg) from error
    private = PrivateKey(raw)
    if bytes(private.public_key) != public_key:
        msg = "the stored private key does not match the campaign's public key"
        raise DamagedCampaign(msg)
    return private


def generate_key_pair() -> tuple[bytes, bytes]:
    """A new campaign key pair as (private, public) raw bytes."""
    private = PrivateKey.generate()
    return bytes(private), bytes(private.public_key)


# --- canonical form and seals -------------------------------------------------------------


def canonical_signature(sig: Signature) -> bytes:
    """Compact, sorted-key UTF-8 JSON of the signature: the same bytes on every laptop."""
    return json.dumps(
        sig.model_dump(mode="json"), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    ).encode("utf-8")


def _pack(plain: bytes) -> bytes:
    body = bytes([PAYLOAD_VERSION]) + zlib.compress(plain, 6)
    # Pad with 0x80 0x00...: hides small differences in name length.
    pad = PAD_BLOCK - (len(body) % PAD_BLOCK)
    return body + b"\x80" + bytes(pad - 1)


def _unpack(payload: bytes) -> bytes:
    if not payload or payload[0] != PAYLOAD_VERSION:
        msg = "unknown sealed payload version"
        raise ValueError(msg)
    inflater = zlib.decompressobj()
    plain = inflater.decompress(payload[1:], 2_000_000)
    if not inflater.eof:
        msg = "sealed payload is truncated or too large"
        raise ValueError(msg)
    return plain


def seal_bytes(plain: bytes, public_key: bytes) -> bytes:
    """Seal arbitrary bytes (packed) to ``public_key``."""
    return bytes(SealedBox(PublicKey(public_key)).encrypt(_pack(plain)))


def seal_signature(sig: Signature, public_key: bytes) -> bytes:
    """The sealed blob stored for ``sig``; CampaignError if it would not read back valid.

    (A model built with ``model_copy(update=...)`` skips validation; sealing it would store a
    record nobody can ever read.)
    """
    plain = canonical_signature(sig)
    try:
        Signature.model_validate_json(plain)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "signature"
        msg = f"not stored: invalid signature ({where}: {first['msg']})"
        raise CampaignError(msg) from None
    return seal_bytes(plain, public_key)


class Unsealer:
    """Opens sealed blobs with a private key held only in memory."""

    def __init__(self, private_key: bytes) -> None:
        self._box = SealedBox(PrivateKey(private_key))

    def open_bytes(self, blob: bytes) -> bytes:
        """The plaintext of ``blob``; DamagedCampaign if it does not open."""
        try:
            return _unpack(self._box.decrypt(blob))
        except (CryptoError, ValueError, zlib.error) as error:
            msg = "a sealed record does not open with this campaign's key"
            raise DamagedCampaign(msg) from error

    def open_signature(self, blob: bytes) -> Signature:
        """The signature inside ``blob``; DamagedCampaign if it is not one."""
        return parse_signature(self.open_bytes(blob))


def parse_signature(plain: bytes) -> Signature:
    """Validate an unsealed canonical signature; DamagedCampaign if it is not one."""
    try:
        return Signature.model_validate_json(plain)
    except ValidationError as error:
        msg = "a sealed record holds an invalid signature"
        raise DamagedCampaign(msg) from error


def unseal_batch(private_key: bytes, blobs: list[bytes]) -> tuple[list[bytes], str | None]:
    """Open a batch of blobs to plaintext (top-level so worker processes can run it).

    Returns the plaintexts up to the first blob that does not open, and that blob's
    DamagedCampaign message (None when all open). Workers only do the public-key work; the
    caller validates every plaintext as a Signature.
    """
    unsealer = Unsealer(private_key)
    plains: list[bytes] = []
    try:
        for blob in blobs:
            plains.append(unsealer.open_bytes(blob))
    except DamagedCampaign as error:
        return plains, str(error)
    return plains, None


# --- hash chains --------------------------------------------------------------------------


def record_hash(
    prev: bytes,
    *,
    kind: str,
    record_id: str,
    device: str,
    chain: str,
    seq: int,
    case_id: str,
    target: str | None,
    body: bytes,
) -> bytes:
    """The chain hash: previous hash plus every plaintext column and the sealed body's hash."""
    head = "\x00".join(
        ["protest-kit-record-v1", kind, record_id, device, chain, str(seq), case_id, target or ""]
    ).encode("utf-8")
    h = hashlib.sha256()
    h.update(prev)
    h.update(head)
    h.update(hashlib.sha256(body).digest())
    return h.digest()


# --- readable codes -----------------------------------------------------------------------


def key_code(public_key: bytes) -> str:
    """The campaign key's fingerprint as 20 digits in groups of four, easy to read aloud.

    Digits rather than words: they read the same in Russian, Kazakh and English. 20 digits
    carry about 66 bits: far beyond what anyone can forge to match by trial.
    """
    digest = hashlib.blake2b(public_key, digest_size=16, person=b"protestkit-key").digest()
    number = int.from_bytes(digest, "big") % 10**20
    text = f"{number:020d}"
    return "-".join(text[i : i + 4] for i in range(0, 20, 4))


_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_READ = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def recovery_code(private_key: bytes) -> str:
    """The raw private key plus a checksum as Crockford base32 in groups of four.

    Whoever holds this code can read every signature: print it, keep it like cash.
    """
    data = private_key + hashlib.sha256(b"protest-kit-recovery" + private_key).digest()[:3]
    number = int.from_bytes(data, "big")
    chars = []
    for _ in range((len(data) * 8 + 4) // 5):
        chars.append(_CROCKFORD[number & 31])
        number >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_code(code: str) -> bytes:
    """The private key from :func:`recovery_code`; CampaignError naming the problem."""
    cleaned = "".join(code.upper().split()).replace("-", "").translate(_CROCKFORD_READ)
    expected = (35 * 8 + 4) // 5
    if len(cleaned) != expected:
        msg = f"a recovery code has {expected} characters; this one has {len(cleaned)}"
        raise CampaignError(msg)
    number = 0
    for index, char in enumerate(cleaned):
        value = _CROCKFORD.find(char)
        if value < 0:
            msg = f"character {index + 1} ({char!r}) cannot be in a recovery code"
            raise CampaignError(msg)
        number = (number << 5) | value
    if number >> (35 * 8):
        msg = "the recovery code is mistyped (checksum does not match)"
        raise CampaignError(msg)
    data = number.to_bytes(35, "big")
    key, check = data[:32], data[32:]
    if hashlib.sha256(b"protest-kit-recovery" + key).digest()[:3] != check:
        msg = "the recovery code is mistyped (checksum does not match)"
        raise CampaignError(msg)
    return key


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


# --- unsealing on several processes -------------------------------------------------------


def checked(ids: list[tuple[str, str]], sigs: Iterable[Signature]) -> Iterator[Signature]:
    """Yield ``sigs``, checking each is the record (id, case) its plaintext columns name."""
    for (rid, case_id), sig in zip(ids, sigs, strict=True):
        if sig.id != rid or sig.case_id != case_id:
            msg = f"record {rid} holds another record's signature (tampered)"
            raise DamagedCampaign(msg)
        yield sig


def worker_context() -> BaseContext:
    """Never plain fork (unsafe in a process running Qt threads): forkserver, else spawn.

    The fork server starts once per app run with the sealing code preloaded, so later
    unsealing jobs start their workers almost for free.
    """
    if "forkserver" in get_all_start_methods():
        context = get_context("forkserver")
        context.set_forkserver_preload(["desktop.services.sealing"])
        return context
    return get_context("spawn")


Chunk = tuple[list[tuple[str, str]], list[bytes]]
"""(id, case_id) of each record, and its sealed body, in storage order."""

FIRST_BATCH = 200
"""Records in the first batch a worker gets: the first names appear at once."""
BATCH = 1_000
"""Records per batch once under way (batches double from FIRST_BATCH up to this)."""


def batches(
    chunks: Iterable[Chunk], first: int = FIRST_BATCH, size: int = BATCH
) -> Iterator[Chunk]:
    """``chunks`` re-cut into batches growing from ``first`` to ``size`` records, in order."""
    step = min(first, size)
    for ids, bodies in chunks:
        start = 0
        while start < len(ids):
            yield ids[start : start + step], bodies[start : start + step]
            start += step
            step = min(step * 2, size)


Opener = Callable[[bytes, list[bytes]], tuple[list[bytes], str | None]]
"""What a worker runs on a batch: :func:`unseal_batch` (tests pass one that fails)."""


def parallel_unseal(
    key: bytes, chunks: Iterable[Chunk], workers: int, *, opener: Opener = unseal_batch
) -> Iterator[Signature]:
    """Unseal on ``workers`` processes; yield exactly what the one-process path yields.

    Workers decrypt and unpack; this process validates every plaintext as a Signature and
    checks it is the record its plaintext columns name (the sealed bodies come from a file
    anyone with the public key can write to: validation here is the safety boundary). On two
    cores this split costs less CPU in all than validating in the workers and shipping models
    back (benchmarks/vault_bench.py --only-unseal). A bad record ends the stream with
    DamagedCampaign after the records before it; a worker that dies, with CampaignError.
    """
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=worker_context(), initializer=forbid_core_dumps
    )
    try:
        pending: deque[tuple[list[tuple[str, str]], Future[tuple[list[bytes], str | None]]]]
        pending = deque()
        for ids, bodies in batches(chunks, FIRST_BATCH, BATCH):
            pending.append((ids, pool.submit(opener, key, bodies)))
            if len(pending) > 2 * workers:
                yield from _validated(*pending.popleft())
        while pending:
            yield from _validated(*pending.popleft())
    except BrokenProcessPool as error:
        msg = "unsealing stopped: a helper process ended unexpectedly (out of memory?); try again"
        raise CampaignError(msg) from error
    except OSError as error:
        msg = f"unsealing could not start its helper processes ({error}); try again"
        raise CampaignError(msg) from error
    finally:
        # Also when the reader stops early: drop the batches not yet started.
        pool.shutdown(wait=True, cancel_futures=True)


def _validated(
    ids: list[tuple[str, str]], future: Future[tuple[list[bytes], str | None]]
) -> Iterator[Signature]:
    plains, error = future.result()
    yield from checked(ids[: len(plains)], map(parse_signature, plains))
    if error is not None:
        raise DamagedCampaign(error)
