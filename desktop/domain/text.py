"""Text rules shared by every model: NFC normalisation and forbidden characters."""

from __future__ import annotations

import re
import unicodedata
from typing import Annotated, Literal

from pydantic import AfterValidator, Field

Lang = Literal["ru", "kk", "en"]
"""The languages the app speaks and letters are written in."""

LANGS: tuple[Lang, ...] = ("ru", "kk", "en")

# C0/C1 controls except tab/newline, and every bidi embedding/override/isolate mark.
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)
_LINE_FORBIDDEN = re.compile("[\t\r\n]")
# Both sets at once (C0 in full): one search clears the usual, clean line.
_LINE_ANY_FORBIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def forbidden_char(text: str, *, multiline: bool) -> tuple[int, str] | None:
    """Return (index, char) of the first character a name or text may not hold, else None."""
    match = _FORBIDDEN.search(text)
    if match is None and not multiline:
        match = _LINE_FORBIDDEN.search(text)
    if match is None:
        return None
    return match.start(), match.group()


def _check(text: str, *, multiline: bool) -> str:
    text = unicodedata.normalize("NFC", text)
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    found = forbidden_char(text, multiline=multiline)
    if found is not None:
        index, char = found
        msg = (
            f"contains a forbidden control or bidi-override character U+{ord(char):04X} "
            f"at position {index + 1}"
        )
        raise ValueError(msg)
    return text


def _single_line(text: str) -> str:
    # Runs for every name field of every signature unsealed: one normalisation and one
    # search when the line is clean; anything forbidden goes through _check, which words
    # the error exactly as before.
    if not text:
        return text
    text = unicodedata.normalize("NFC", text)
    if _LINE_ANY_FORBIDDEN.search(text) is None:
        return text.strip()
    return _check(text, multiline=False).strip()


def _multi_line(text: str) -> str:
    return _check(text, multiline=True)


Line = Annotated[str, AfterValidator(_single_line), Field(max_length=500)]
"""One line of text: a name, a title, a town. NFC, no controls, no bidi overrides."""

Text = Annotated[str, AfterValidator(_multi_line), Field(max_length=20_000)]
"""Free text that may span lines: a summary, a letter body."""

Identifier = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")]
"""A stable id inside a kit: lower-case letters, digits, '-' and '_'."""

LocalizedLine = dict[Lang, Line]
LocalizedText = dict[Lang, Text]


def pick(
    text: dict[Lang, str], lang: Lang, fallbacks: tuple[Lang, ...] = ("en", "ru", "kk")
) -> str:
    """Return the text in ``lang``, else the first fallback present, else ''."""
    if text.get(lang):
        return text[lang]
    for other in fallbacks:
        if text.get(other):
            return text[other]
    return ""
