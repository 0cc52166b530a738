"""A passphrase strength hint: a pure function, a score 0-4 and a reason code the UI translates.

Reason codes: ``empty``, ``too_short``, ``common``, ``repeated``, ``sequence``, ``one_kind``,
``short_words``, ``fair``, ``strong``. The estimate is rough on purpose: it nudges people
towards several random words, the thing that survives a seized laptop and Argon2id.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

MIN_LENGTH = 10

_COMMON = frozenset(
    {
        "password",
        "passw0rd",
        "qwerty",
        "qwertyuiop",
        "123456",
        "12345678",
        "123456789",
        "1234567890",
        "iloveyou",
        "letmein",
        "admin",
        "welcome",
        "monkey",
        "dragon",
        "йцукен",
        "йцукенгшщз",
        "пароль",
        "qazwsx",
        "111111",
        "000000",
        "abc123",
        "password1",
        "qwerty123",
        "kazakhstan",
        "almaty",
        "алматы",
        "казахстан",
        "freedom",
        "свобода",
        "protestkit",
        "protest",
    }
)
_ROWS = (
    "qwertyuiopasdfghjklzxcvbnm",
    "йцукенгшщзхъфывапролджэячсмитьбю",
    "0123456789",
    "abcdefghijklmnopqrstuvwxyz",
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
)


@dataclass(frozen=True)
class Strength:
    """Score 0 (useless) .. 4 (strong) and why, as a code for the UI to translate."""

    score: int
    reason: str
    bits: float


def _pool(text: str) -> int:
    pool = 0
    if any(c.islower() and c.isascii() for c in text):
        pool += 26
    if any(c.isupper() and c.isascii() for c in text):
        pool += 26
    if any(c.isdigit() for c in text):
        pool += 10
    if any(c.isalpha() and not c.isascii() for c in text):
        pool += 33
    if any(not c.isalnum() for c in text):
        pool += 20
    return max(pool, 1)


def _kinds(text: str) -> int:
    checks = (
        any(c.isalpha() and c.islower() for c in text),
        any(c.isalpha() and c.isupper() for c in text),
        any(c.isdigit() for c in text),
        any(not c.isalnum() and not c.isspace() for c in text),
        any(c.isspace() for c in text),
    )
    return sum(checks)


def _is_sequence(text: str) -> bool:
    folded = text.casefold()
    return len(folded) >= 4 and any(folded in row or folded in row[::-1] for row in _ROWS)


def strength(passphrase: str) -> Strength:
    """How well ``passphrase`` would protect the signers' names (pure, no I/O)."""
    text = unicodedata.normalize("NFC", passphrase)
    stripped = text.strip()
    if not stripped:
        return Strength(0, "empty", 0.0)
    folded = "".join(stripped.casefold().split())
    if folded in _COMMON or folded.rstrip("0123456789!") in _COMMON:
        return Strength(0, "common", 0.0)
    if len(set(folded)) <= 2:
        return Strength(0, "repeated", 0.0)
    if _is_sequence(folded):
        return Strength(0, "sequence", 0.0)
    unique = len(set(folded))
    bits = len(stripped) * math.log2(_pool(stripped)) * min(1.0, unique / max(len(folded), 1) * 2)
    if stripped.isalpha():
        # Letters only, no spaces: likely a word or two; natural text has ~2.5 bits a letter.
        bits = min(bits, 2.5 * len(stripped))
    words = [w for w in stripped.split() if w]
    if len(words) >= 3:
        # Several words: count them as dictionary words (about 13 bits each, minus short ones).
        word_bits = sum(min(13.0, 2.5 * len(w)) for w in words)
        bits = max(bits * 0.6, word_bits)
    if len(stripped) < MIN_LENGTH:
        return Strength(1 if bits >= 28 else 0, "too_short", bits)
    if len(words) >= 3 and all(len(w) <= 2 for w in words):
        return Strength(1, "short_words", bits)
    if _kinds(stripped) == 1 and len(words) < 3 and len(stripped) < 16:
        return Strength(1, "one_kind", bits)
    if bits >= 70:
        return Strength(4, "strong", bits)
    if bits >= 55:
        return Strength(3, "strong", bits)
    return Strength(2, "fair", bits)
