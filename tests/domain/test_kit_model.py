"""The Kit model's own rules: unique ids and recipients that exist."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from desktop.domain.kit import Kit


def _data(**changes: Any) -> dict[str, Any]:
    case = {
        "id": "kurmanov",
        "title": {"en": "Free Ainur Kurmanov"},
        "people": [{"name": {"en": "Ainur Kurmanov"}}],
        "summary": {"en": "Jailed."},
        "demands": [{"en": "Release him"}],
        "recipients": ["osce"],
    }
    data: dict[str, Any] = {
        "schema_version": 1,
        "id": "t",
        "title": {"en": "T"},
        "organisation": {"name": {"en": "Committee"}},
        "cases": [case],
        "recipients": [{"id": "osce", "name": {"en": "OSCE"}, "role": "copy"}],
    }
    data.update(changes)
    return data


def test_a_minimal_kit_is_valid_and_finds_its_parts() -> None:
    kit = Kit.model_validate(_data())
    assert kit.case("kurmanov").title["en"] == "Free Ainur Kurmanov"
    assert kit.recipient("osce").role == "copy"
    assert kit.recipients_for(kit.cases[0]) == kit.recipients
    with pytest.raises(KeyError):
        kit.case("nobody")


def test_duplicate_case_ids_are_rejected() -> None:
    data = _data()
    data["cases"] = [data["cases"][0], data["cases"][0]]
    with pytest.raises(ValidationError, match="duplicate case id 'kurmanov'"):
        Kit.model_validate(data)


def test_duplicate_recipient_ids_are_rejected() -> None:
    data = _data()
    data["recipients"] = data["recipients"] * 2
    with pytest.raises(ValidationError, match="duplicate recipient id 'osce'"):
        Kit.model_validate(data)


def test_undefined_recipient_reference_is_rejected() -> None:
    data = _data()
    data["cases"][0]["recipients"] = ["osce", "nobody"]
    with pytest.raises(ValidationError, match="names recipient 'nobody'"):
        Kit.model_validate(data)


def test_unknown_fields_and_newer_versions_are_rejected() -> None:
    with pytest.raises(ValidationError, match="extra"):
        Kit.model_validate(_data(colour="red"))
    with pytest.raises(ValidationError):
        Kit.model_validate(_data(schema_version=2))


def test_kit_is_frozen() -> None:
    kit = Kit.model_validate(_data())
    with pytest.raises(ValidationError):
        kit.id = "other"  # type: ignore[misc]


def test_recipient_missing_lists_what_a_printed_letter_lacks() -> None:
    kit = Kit.model_validate(_data())
    assert kit.recipients[0].missing("en") == ["address", "salutation"]
