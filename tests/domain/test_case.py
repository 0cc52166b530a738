"""Petition statements: fingerprints that tie a signature to the exact text signed."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from desktop.domain.case import (
    PetitionStatement,
    canonical_statement,
    short_fingerprint,
    statement_fingerprint,
)

TEXT = "Я призываю освободить журналиста Айнура Курманова."


def test_fingerprint_is_stable_across_releases() -> None:
    # Pinned: changing the canonical form would orphan every signature already collected.
    assert statement_fingerprint("en", "Free Ainur Kurmanov.") == (
        "70b06a3ea2c55d7e8c378731fd273a5d9f19b596098af370f3d540e4f47998d1"
    )


def test_fingerprint_ignores_whitespace_layout_and_normalisation() -> None:
    base = statement_fingerprint("ru", TEXT)
    assert statement_fingerprint("ru", "  " + TEXT.replace(" ", "\n  ") + "\n") == base
    decomposed = TEXT.replace("й", "и\u0306")
    assert decomposed != TEXT
    assert statement_fingerprint("ru", decomposed) == base


def test_fingerprint_changes_with_words_punctuation_and_language() -> None:
    base = statement_fingerprint("ru", TEXT)
    assert statement_fingerprint("ru", TEXT.rstrip(".")) != base
    assert statement_fingerprint("ru", TEXT.replace("освободить", "отпустить")) != base
    assert statement_fingerprint("kk", TEXT) != base


def test_canonical_form_is_versioned_and_language_bound() -> None:
    assert canonical_statement("en", " a \n b ") == b"protest-kit-statement-v1\x00en\x00a b"


def test_statement_model_exposes_its_fingerprint() -> None:
    statement = PetitionStatement(lang="ru", text=TEXT)
    assert statement.fingerprint == statement_fingerprint("ru", TEXT)
    assert len(statement.fingerprint) == 64
    assert "fingerprint" in statement.model_dump()


def test_short_fingerprint_is_four_groups_of_four() -> None:
    fingerprint = statement_fingerprint("en", "Free Ainur Kurmanov.")
    short = short_fingerprint(fingerprint)
    assert short == "-".join(fingerprint[i : i + 4] for i in (0, 4, 8, 12))
    assert len(short) == 19


def test_statement_must_not_be_empty_or_hold_overrides() -> None:
    with pytest.raises(ValidationError):
        PetitionStatement(lang="en", text="")
    with pytest.raises(ValidationError, match="U\\+202E"):
        PetitionStatement(lang="en", text="Free \u202eAinur")
