"""The organiser's PIN for leaving the signing station: a salted hash in memory, rate-limited.

The PIN never leaves memory and is never stored in plaintext: ``PinLock`` keeps only a random
salt and a scrypt hash. Wrong PINs make the lock wait before it accepts another try; the wait
grows with every further wrong PIN, so guessing a 4-digit PIN takes weeks, not minutes.
Plain Python (no Qt) so the rules are tested without a window.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import os
import time
from collections.abc import Callable
from dataclasses import dataclass

MIN_PIN_LENGTH = 4
MAX_PIN_LENGTH = 12

FREE_TRIES = 2
"""Wrong PINs allowed before any wait (typos happen)."""

BASE_DELAY = 5.0
MAX_DELAY = 300.0


def pin_problem(pin: str) -> str | None:
    """Why ``pin`` cannot be a station PIN ('short', 'long', 'digits'), or None."""
    if not pin.isdigit() or not pin.isascii():
        return "digits"
    if len(pin) < MIN_PIN_LENGTH:
        return "short"
    if len(pin) > MAX_PIN_LENGTH:
        return "long"
    return None


def delay_after(wrong: int) -> float:
    """Seconds to wait after ``wrong`` consecutive wrong PINs: 0, 0, 5, 10, 20, ... 300."""
    if wrong <= FREE_TRIES:
        return 0.0
    return float(min(BASE_DELAY * 2.0 ** (wrong - FREE_TRIES - 1), MAX_DELAY))


class PinResult(enum.Enum):
    """What became of one try."""

    OK = "ok"
    WRONG = "wrong"
    WAIT = "wait"  # too many wrong PINs: the try was not even checked


@dataclass(frozen=True)
class PinAttempt:
    """The outcome of :meth:`PinLock.verify` and how long until the next try is accepted."""

    result: PinResult
    wait_seconds: float = 0.0


def _hash(pin: str, salt: bytes) -> bytes:
    # scrypt at a modest cost: slow enough to make a memory dump useless for a quick lookup
    # table, fast enough (tens of ms) that checking a PIN does not stall the station.
    return hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)


class PinLock:
    """Checks the station PIN with growing waits after wrong tries."""

    def __init__(self, pin: str, *, clock: Callable[[], float] = time.monotonic) -> None:
        problem = pin_problem(pin)
        if problem is not None:
            msg = f"unusable PIN ({problem}): use {MIN_PIN_LENGTH}-{MAX_PIN_LENGTH} digits"
            raise ValueError(msg)
        self._salt = os.urandom(16)
        self._hash = _hash(pin, self._salt)
        self._clock = clock
        self._wrong = 0
        self._not_before = 0.0

    @property
    def wrong_tries(self) -> int:
        """Consecutive wrong PINs since the last right one."""
        return self._wrong

    def wait_seconds(self) -> float:
        """Seconds until the next try is accepted (0 when one may try now)."""
        return max(0.0, self._not_before - self._clock())

    def verify(self, pin: str) -> PinAttempt:
        """Check ``pin``; while a wait is running the try is refused unchecked."""
        wait = self.wait_seconds()
        if wait > 0:
            return PinAttempt(PinResult.WAIT, wait)
        if hmac.compare_digest(_hash(pin, self._salt), self._hash):
            self._wrong = 0
            self._not_before = 0.0
            return PinAttempt(PinResult.OK)
        self._wrong += 1
        delay = delay_after(self._wrong)
        self._not_before = self._clock() + delay
        return PinAttempt(PinResult.WRONG, delay)
