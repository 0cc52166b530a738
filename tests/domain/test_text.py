"""Text rules: NFC normalisation and the characters names and texts may not hold."""

from __future__ import annotations

import unicodedata

import pytest
from pydantic import TypeAdapter, ValidationError

from desktop.domain.text import Identifier, Line, Text, forbidden_char, pick

LINE = TypeAdapter(Line)
TEXT = TypeAdapter(Text)
IDENT = TypeAdapter(Identifier)


def test_line_is_nfc_normalised_and_stripped() -> None:
    decomposed = "  Әсел Құрманова\u0301 "
    value = LINE.validate_python(decomposed)
    assert value == unicodedata.normalize("NFC", decomposed.strip())
    assert unicodedata.is_normalized("NFC", value)
    # "й" typed as "и" + combining breve becomes the single letter.
    assert LINE.validate_python("Айнур Курманов".replace("й", "и\u0306")) == "Айнур Курманов"


@pytest.mark.parametrize(
    "char",
    ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\u202e", "\u202a", "\u2066", "\u200f", "\ufeff"],
)
def test_control_and_bidi_override_characters_are_rejected(char: str) -> None:
    with pytest.raises(ValidationError, match=f"U\\+{ord(char):04X}"):
        LINE.validate_python(f"Ainur{char}Kurmanov")
    with pytest.raises(ValidationError, match="forbidden"):
        TEXT.validate_python(f"line one\nline{char}two")


def test_newlines_are_text_not_line() -> None:
    assert TEXT.validate_python("one\r\ntwo\rthree") == "one\ntwo\nthree"
    with pytest.raises(ValidationError, match="U\\+000A"):
        LINE.validate_python("one\ntwo")
    with pytest.raises(ValidationError, match="U\\+0009"):
        LINE.validate_python("one\ttwo")


def test_forbidden_char_reports_position() -> None:
    assert forbidden_char("abc\u202edef", multiline=True) == (3, "\u202e")
    assert forbidden_char("tab\tok", multiline=True) is None
    assert forbidden_char("tab\tok", multiline=False) == (3, "\t")


@pytest.mark.parametrize("good", ["kurmanov", "almaty-2010", "a", "r_1", "0abc"])
def test_identifiers_accept_simple_ids(good: str) -> None:
    assert IDENT.validate_python(good) == good


@pytest.mark.parametrize("bad", ["", "Kurmanov", "-x", "a b", "курманов", "x" * 65, "a.b"])
def test_identifiers_reject_anything_else(bad: str) -> None:
    with pytest.raises(ValidationError):
        IDENT.validate_python(bad)


def test_pick_falls_back_to_english_then_others() -> None:
    assert pick({"ru": "Привет", "en": "Hello"}, "kk") == "Hello"
    assert pick({"kk": "Сәлем"}, "ru") == "Сәлем"
    assert pick({"ru": "", "en": "Hello"}, "ru") == "Hello"
    assert pick({}, "en") == ""
