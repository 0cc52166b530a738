"""Kit loading: each kind of bad kit gives one KitError naming the JSON path and line/column."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from desktop.domain.kit import Kit
from desktop.domain.placeholders import find_problems
from desktop.services.kits import (
    MAX_KIT_BYTES,
    KitError,
    dump_kit,
    kit_json_schema,
    load_kit,
    parse_kit,
    sample_kit,
    write_kit,
)

# A small kit whose layout the tests below point into (lines are 1-based).
MINI = """\
{
  "schema_version": 1,
  "id": "mini",
  "title": {"en": "Mini kit", "ru": "Мини"},
  "organisation": {"name": {"en": "Committee"}},
  "cases": [
    {
      "id": "kurmanov",
      "title": {"en": "Free Ainur Kurmanov"},
      "people": [{"name": {"en": "Ainur Kurmanov"}, "role": {"en": "journalist"}}],
      "summary": {"en": "Jailed for reporting."},
      "demands": [{"en": "Release him"}],
      "recipients": ["prosecutor", "osce"],
      "letters": {
        "en": {
          "lang": "en",
          "subject": "{case.title}",
          "body": "{recipient.salutation}\\n\\nFree {case.people}."
        }
      }
    }
  ],
  "recipients": [
    {"id": "prosecutor", "name": {"en": "Prosecutor"}},
    {"id": "osce", "name": {"en": "OSCE"}, "role": "copy"}
  ]
}
"""


def _error(text: str | bytes) -> KitError:
    with pytest.raises(KitError) as caught:
        parse_kit(text, "mini.kit.json")
    return caught.value


def _where(error: KitError) -> tuple[str, int | None, int | None]:
    return error.json_path, error.line, error.column


def _pos(needle: str, shift: int = 0, text: str = MINI, nth: int = 0) -> tuple[int, int]:
    """Line and column of the ``nth`` ``needle`` in ``text``, moved ``shift`` characters on."""
    offset = -1
    for _ in range(nth + 1):
        offset = text.index(needle, offset + 1)
    offset += shift
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def test_mini_kit_loads() -> None:
    kit = parse_kit(MINI, "mini.kit.json")
    assert isinstance(kit, Kit)
    assert [c.id for c in kit.cases] == ["kurmanov"]


def test_unknown_field_points_at_its_key() -> None:
    text = MINI.replace('"role": "copy"', '"role": "copy", "fax": "none"')
    error = _error(text)
    assert _where(error) == ("$.recipients[1].fax", *_pos('"fax"', text=text))
    assert error.message == "unknown field 'fax'"


def test_wrong_type_names_what_was_expected() -> None:
    error = _error(MINI.replace('"Jailed for reporting."', "42"))
    assert _where(error) == ("$.cases[0].summary.en", *_pos('"Jailed'))
    assert error.message == "expected text (a JSON string), found the number 42"


def test_strict_types_do_not_coerce() -> None:
    error = _error(MINI.replace('"schema_version": 1', '"schema_version": "1"'))
    assert error.json_path == "$.schema_version"
    error = _error(MINI.replace('"role": "copy"', '"role": "copy", "language": 1'))
    assert error.json_path == "$.recipients[1].language"


def test_missing_field_points_at_the_object_that_lacks_it() -> None:
    error = _error(MINI.replace('"summary": {"en": "Jailed for reporting."},', ""))
    assert _where(error) == ("$.cases[0]", *_pos('{\n      "id": "kurmanov"'))
    assert error.message == "required field 'summary' is missing"


def test_duplicate_recipient_id() -> None:
    error = _error(MINI.replace('{"id": "osce"', '{"id": "prosecutor"'))
    assert _where(error) == ("$.recipients[1].id", *_pos('"osce", "name"'))
    assert "duplicate recipient id 'prosecutor'" in error.message


def test_duplicate_case_id() -> None:
    data = json.loads(MINI)
    data["cases"].append(data["cases"][0])
    text = json.dumps(data, indent=1)
    error = _error(text)
    assert _where(error) == ("$.cases[1].id", *_pos('"kurmanov"', text=text, nth=1))
    assert "duplicate case id 'kurmanov': cases[0] has it already" in error.message


def test_undefined_recipient_reference() -> None:
    error = _error(MINI.replace('["prosecutor", "osce"]', '["prosecutor", "nobody"]'))
    line, column = _pos('"osce"]')
    assert _where(error) == ("$.cases[0].recipients[1]", line, column)
    assert error.message == "case 'kurmanov' names recipient 'nobody' which the kit does not define"
    assert str(error) == (
        f"mini.kit.json:{line}:{column}: $.cases[0].recipients[1]: "
        "case 'kurmanov' names recipient 'nobody' which the kit does not define"
    )


@pytest.mark.parametrize("char", ["\\u202e", "\\u0007", "\\u2066", "\\ufeff", "\\n"])
def test_control_and_bidi_characters_in_names(char: str) -> None:
    error = _error(MINI.replace('"Ainur Kurmanov"}, "role"', f'"Ainur {char}Kurmanov"}}, "role"'))
    assert error.json_path == "$.cases[0].people[0].name.en"
    assert (error.line, error.column) == _pos('Kurmanov"}, "role"')  # the escape itself
    assert "forbidden control or bidi-override character" in error.message


def test_raw_control_character_is_invalid_json() -> None:
    error = _error(MINI.replace('Ainur Kurmanov"}, "role"', 'Ainur\x01Kurmanov"}, "role"'))
    assert (error.line, error.column) == _pos('Ainur Kurmanov"}, "role"', 5)
    assert error.message.startswith("invalid JSON: invalid control character")


def test_unknown_placeholder_is_located_in_the_template_and_the_file() -> None:
    error = _error(MINI.replace("Free {case.people}", "Free {case.persons}"))
    assert error.json_path == "$.cases[0].letters.en.body"
    assert error.message == "unknown placeholder {case.persons} (line 3, column 6 of the body)"
    assert (error.line, error.column) == _pos("{case.people}")


def test_stray_brace_in_subject() -> None:
    error = _error(MINI.replace('"subject": "{case.title}"', '"subject": "{case.title"'))
    assert error.json_path == "$.cases[0].letters.en.subject"
    assert "stray '{'" in error.message
    assert (error.line, error.column) == _pos('"{case.title}"', 1)


def test_letter_language_must_match_its_key() -> None:
    error = _error(MINI.replace('"lang": "en"', '"lang": "ru"'))
    assert error.json_path == "$.cases[0].letters.en.lang"
    assert "says its language is 'ru'" in error.message


def test_unknown_language_key() -> None:
    error = _error(MINI.replace('"ru": "Мини"', '"de": "Mini"'))
    assert _where(error) == ("$.title.de", *_pos('"ru": "Мини"'))
    assert error.message == "'de' is not a language; use ru, kk, en"


def test_bad_id() -> None:
    error = _error(MINI.replace('"id": "mini"', '"id": "Mini Kit"'))
    assert _where(error) == ("$.id", *_pos('"mini"'))
    assert "not a valid id" in error.message


def test_duplicate_json_key() -> None:
    text = MINI.replace('"id": "mini",', '"id": "mini", "id": "maxi",')
    error = _error(text)
    assert _where(error) == ("$.id", *_pos('"id": "maxi"', text=text))
    assert "appears twice" in error.message


def test_invalid_json_gives_line_and_column() -> None:
    error = _error(MINI.replace('"id": "mini",', '"id": "mini"'))
    line, column = _pos('"title"')
    assert (error.line, error.column) == (line, column)
    assert error.message == "invalid JSON: expecting ',' delimiter"
    assert error.json_path == ""
    assert str(error) == f"mini.kit.json:{line}:{column}: invalid JSON: expecting ',' delimiter"


def test_invalid_utf8_gives_line_and_column() -> None:
    data = MINI.encode().replace("Мини".encode(), "Мини".encode()[:3] + b"\xff")
    error = _error(data)
    assert (error.line, error.column) == _pos("Мини", 1)
    assert "not UTF-8" in error.message


def test_newer_schema_version_has_its_own_message() -> None:
    error = _error(
        MINI.replace('"schema_version": 1', '"schema_version": 3').replace(
            '"id": "mini"', '"id": "mini", "new_field": true'
        )
    )
    assert _where(error) == ("$.schema_version", *_pos("1,"))
    assert "format version 3" in error.message
    assert "update Protest Kit" in error.message


def test_too_big_is_refused_before_parsing(tmp_path: Path) -> None:
    big = b" " * (MAX_KIT_BYTES + 1)
    assert "too big" in _error(big).message
    assert "too big" in _error("Қ" * (MAX_KIT_BYTES // 2 + 1)).message  # counted in bytes
    path = tmp_path / "big.kit.json"
    path.write_bytes(MINI.encode() + b" " * MAX_KIT_BYTES)
    with pytest.raises(KitError, match="too big"):
        load_kit(path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the file is empty"),
        ("  \n", "the file is empty"),
        ("[]", "a kit is a JSON object {...}, not a list"),
        ('"kit"', "a kit is a JSON object {...}, not the text 'kit'"),
        ('{"schema_version": NaN}', "NaN and Infinity are not JSON numbers"),
        ('{"id": "\\ud800"}', "unpaired surrogate U+D800"),
        ("[" * 100 + "]" * 100, "nests deeper"),
        ("[" * 100_000 + "]" * 100_000, "nested far too deeply"),
        ("1" * 5000, "invalid JSON"),
    ],
)
def test_odd_files(text: str, message: str) -> None:
    assert message in _error(text).message


def test_a_byte_order_mark_is_tolerated() -> None:
    kit = parse_kit(b"\xef\xbb\xbf" + MINI.encode())
    assert kit.id == "mini"
    error = _error("\ufeff" + MINI.replace('"id": "mini"', '"id": "Mini"'))
    assert (error.line, error.column) == _pos('"mini"')


def test_text_is_nfc_normalised() -> None:
    decomposed = unicodedata.normalize("NFD", "Айнур Құрманов")
    kit = parse_kit(MINI.replace('"Ainur Kurmanov"}, "role"', f'"{decomposed}"}}, "role"'))
    assert kit.cases[0].people[0].name["en"] == "Айнур Құрманов"


def test_load_kit_reports_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(KitError, match="no such file"):
        load_kit(tmp_path / "missing.kit.json")
    with pytest.raises(KitError, match="is a folder"):
        load_kit(tmp_path)
    path = tmp_path / "bad.kit.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(KitError) as caught:
        load_kit(path)
    assert caught.value.source == str(path)
    assert str(caught.value).startswith(f"{path}:1:2: invalid JSON")


def test_sample_kit_is_complete() -> None:
    kit = sample_kit()
    assert [c.id for c in kit.cases] == ["kurmanov", "ukteshbaev", "kuramskin"]
    assert [r.id for r in kit.recipients] == [
        "almaty-prosecutor",
        "almaty-akimat",
        "general-prosecutor",
        "osce",
    ]
    assert kit.recipient("osce").role == "copy"
    assert all(r.notes for r in kit.recipients), "every recipient says where its address is from"
    for case in kit.cases:
        assert set(case.letters) == set(case.statements) == {"ru", "kk", "en"}
        assert [r.id for r in kit.recipients_for(case)] == [r.id for r in kit.recipients]
        for lang in ("ru", "kk", "en"):
            assert case.title[lang]
            assert case.summary[lang]
            assert all(d[lang] for d in case.demands)
            template = case.letters[lang]
            for text in template.fields().values():
                assert not find_problems(text)
            assert "{recipient.salutation}" in template.body
            assert "{signature_count}" in template.body
    kk_letters = " ".join(c.letters["kk"].body for c in kit.cases)
    assert set("ӘҒҚҢӨҰҮІәғқңөұүі") & set(kk_letters) >= set("әғқңөұүі")
    assert set(kit.form.consent_text) == {"ru", "kk", "en"}


def test_sample_kit_invents_no_addresses() -> None:
    kit = sample_kit()
    with_address = {r.id for r in kit.recipients if r.address_lines}
    assert with_address == {"osce"}
    assert kit.organisation.address_lines == ()


def test_sample_file_is_in_canonical_form(sample_kit_path: Path) -> None:
    assert sample_kit_path.read_text(encoding="utf-8") == dump_kit(sample_kit())


def test_dump_and_parse_round_trip() -> None:
    kit = sample_kit()
    text = dump_kit(kit)
    again = parse_kit(text)
    assert again == kit
    assert dump_kit(again) == text
    assert "fingerprint" not in text
    assert "Қазақстан" in text  # UTF-8, not \\u escapes


def test_write_kit_is_atomic_and_readable(tmp_path: Path) -> None:
    target = tmp_path / "copy.kit.json"
    target.write_text("old", encoding="utf-8")
    write_kit(sample_kit(), target)
    assert load_kit(target) == sample_kit()
    assert [p.name for p in tmp_path.iterdir()] == ["copy.kit.json"]


def test_schema_matches_the_committed_file() -> None:
    committed = Path(__file__).parents[2] / "resources" / "kits" / "kit.schema.json"
    assert json.loads(committed.read_text(encoding="utf-8")) == kit_json_schema(), (
        "regenerate it: protest-kit kit schema > resources/kits/kit.schema.json"
    )


def test_schema_describes_the_kit() -> None:
    schema = kit_json_schema()
    assert schema["$schema"].endswith("2020-12/schema")
    assert set(schema["required"]) >= {"schema_version", "id", "cases", "organisation"}
    assert schema["additionalProperties"] is False
    assert "fingerprint" not in json.dumps(schema["$defs"]["PetitionStatement"])
