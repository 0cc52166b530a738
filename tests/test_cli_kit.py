"""The kit commands as a user runs them: output, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services.kits import dump_kit, kit_json_schema, parse_kit, sample_kit

CASES = ("kurmanov", "ukteshbaev", "kuramskin")
RECIPIENTS = ("almaty-prosecutor", "almaty-akimat", "general-prosecutor", "osce")
LANGS = ("ru", "kk", "en")


@pytest.fixture
def sample_text(sample_kit_path: Path) -> str:
    return sample_kit_path.read_text(encoding="utf-8")


def _bad(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "bad.kit.json"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_validate_summarises_the_sample(
    sample_kit_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["kit", "validate", str(sample_kit_path)]) == 0
    out, err = capsys.readouterr()
    assert "valid kit 'almaty-2010'" in out
    assert "Languages: ru, kk, en" in out
    for case_id in CASES:
        assert f"  {case_id}: " in out
    assert "  osce [copy]: OSCE Secretariat" in out
    assert "  general-prosecutor [target]: Kairat Mami" in out
    # The recipients whose address could not be confirmed are flagged, the OSCE is not.
    assert "warning: recipient 'almaty-akimat' has no postal address" in err
    assert "'osce' has no" not in err


def _replace(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new, 1)


BAD_KITS = {
    "unknown field": (
        lambda t: _replace(t, '"role": "copy"', '"role": "copy", "fax": "none"'),
        "$.recipients[3].fax: unknown field 'fax'",
    ),
    "wrong type": (
        lambda t: _replace(t, '"require_drawing": true', '"require_drawing": "yes"'),
        "$.form.require_drawing: expected true or false",
    ),
    "duplicate id": (
        lambda t: _replace(t, '"id": "osce"', '"id": "almaty-akimat"'),
        "$.recipients[3].id: duplicate recipient id 'almaty-akimat'",
    ),
    "undefined recipient": (
        lambda t: _replace(t, '"general-prosecutor",\n', '"general-procurator",\n'),
        "$.cases[0].recipients[2]: case 'kurmanov' names recipient 'general-procurator'",
    ),
    "bidi override in a name": (
        lambda t: _replace(t, '"en": "Ainur Kurmanov"', '"en": "Ainur \\u202eKurmanov"'),
        "$.cases[0].people[0].name.en: contains a forbidden control or bidi-override character",
    ),
    "control character": (
        lambda t: _replace(t, '"en": "Kairat Mami"', '"en": "Kairat\\u0000Mami"'),
        "$.recipients[2].name.en: contains a forbidden control",
    ),
    "unknown placeholder": (
        lambda t: _replace(t, "{case.people}", "{case.victims}"),
        "$.cases[0].letters.ru.body: unknown placeholder {case.victims}",
    ),
    "newer version": (
        lambda t: _replace(t, '"schema_version": 1', '"schema_version": 2'),
        "$.schema_version: this kit uses format version 2",
    ),
    "invalid JSON": (lambda t: t[:-10], "invalid JSON"),
    "duplicate key": (
        lambda t: _replace(t, '"id": "almaty-2010",', '"id": "almaty-2010", "id": "x",'),
        "$.id: the key 'id' appears twice",
    ),
    "not UTF-8": (lambda t: t.encode("utf-16"), "not UTF-8"),
    "too big": (lambda t: t + " " * (5 * 1024 * 1024), "file too big for a kit"),
}


@pytest.mark.parametrize("kind", list(BAD_KITS))
def test_validate_rejects_each_bad_kit_with_one_located_line(
    kind: str, sample_text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mutate, expected = BAD_KITS[kind]
    path = _bad(tmp_path, mutate(sample_text))
    assert main(["kit", "validate", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"protest-kit: error: {path}")
    assert expected in lines[0]
    if kind != "too big":
        assert lines[0].startswith(f"protest-kit: error: {path}:"), "line and column are given"
        line, column = lines[0].removeprefix(f"protest-kit: error: {path}:").split(":")[:2]
        assert int(line) >= 1
        assert int(column) >= 1


def test_validate_warns_about_missing_translations(
    sample_kit_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(sample_kit_path.read_text(encoding="utf-8"))
    del data["cases"][1]["letters"]["kk"]
    del data["cases"][2]["statements"]["en"]
    path = _bad(tmp_path, json.dumps(data, ensure_ascii=False))
    assert main(["kit", "validate", str(path)]) == 0
    err = capsys.readouterr().err
    assert "warning: case 'ukteshbaev' has no letter in kk" in err
    assert "warning: case 'kuramskin' has no petition statement in en" in err
    assert "'kurmanov' has no" not in err


def test_validate_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kit", "validate", str(tmp_path / "nope.kit.json")]) == 2
    assert capsys.readouterr().err.strip().endswith("nope.kit.json: no such file")


def test_schema_prints_the_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kit", "schema"]) == 0
    assert json.loads(capsys.readouterr().out) == kit_json_schema()


def test_sample_to_stdout_is_the_canonical_sample(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kit", "sample"]) == 0
    out = capsys.readouterr().out
    assert out == dump_kit(sample_kit())
    assert parse_kit(out) == sample_kit()


def test_sample_to_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "mine.kit.json"
    assert main(["kit", "sample", "--out", str(target)]) == 0
    assert parse_kit(target.read_bytes()) == sample_kit()
    assert capsys.readouterr().out == ""
    assert main(["kit", "sample", "--out", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err
    assert main(["kit", "sample", "--out", str(tmp_path / "no" / "such.kit.json")]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_letter_renders_every_case_recipient_and_language(
    sample_kit_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kit = sample_kit()
    for case_id in CASES:
        for recipient_id in RECIPIENTS:
            for lang in LANGS:
                argv = ["letter", "--kit", str(sample_kit_path), "--case", case_id]
                argv += ["--recipient", recipient_id, "--lang", lang, "--count", "1234"]
                argv += ["--date", "2010-05-04"]
                assert main(argv) == 0
                out = capsys.readouterr().out
                assert "{" not in out
                assert "}" not in out
                salutation = kit.recipient(recipient_id).salutation[lang]
                assert salutation in out
                assert kit.case(case_id).demands[0][lang] in out
                assert ("1,234" if lang == "en" else "1\u00a0234") in out
                assert {"ru": "4 мая 2010 г.", "kk": "2010 жылғы 4 мамыр", "en": "4 May 2010"}[
                    lang
                ] in out


def test_letter_to_the_osce_carries_its_address(
    sample_kit_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["letter", "--kit", str(sample_kit_path), "--case", "kurmanov"]
    assert main([*argv, "--recipient", "osce", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        "OSCE Secretariat\nOrganization for Security and Co-operation in Europe (OSCE)\n"
        "Wallnerstrasse 6\n1010 Vienna\nAustria\n"
    )
    assert "Dear Sir or Madam," in out
    assert "Release Ainur Kurmanov immediately and unconditionally." in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--case", "nobody", "--recipient", "osce", "--lang", "en"], "no case 'nobody'"),
        (["--case", "kurmanov", "--recipient", "x", "--lang", "en"], "no recipient 'x'"),
        (["--case", "kurmanov", "--recipient", "osce", "--lang", "de"], "unknown language 'de'"),
    ],
)
def test_letter_bad_input_is_one_line_exit_2(
    args: list[str], message: str, sample_kit_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["letter", "--kit", str(sample_kit_path), *args]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert message in err


def test_letter_with_a_bad_kit_names_the_problem(
    sample_text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _bad(tmp_path, sample_text.replace("{case.people}", "{case.victims}"))
    argv = ["letter", "--kit", str(path), "--case", "kurmanov", "--recipient", "osce"]
    assert main([*argv, "--lang", "en"]) == 2
    assert "unknown placeholder {case.victims}" in capsys.readouterr().err


@pytest.mark.parametrize("bad", [["--count", "-1"], ["--count", "many"], ["--date", "4 May"]])
def test_letter_rejects_bad_options(
    bad: list[str], sample_kit_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["letter", "--kit", str(sample_kit_path), "--case", "kurmanov"]
    with pytest.raises(SystemExit) as caught:
        main([*argv, "--recipient", "osce", "--lang", "en", *bad])
    assert caught.value.code == 2
    assert "error:" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["kit", "--help"],
        ["kit", "validate", "--help"],
        ["kit", "schema", "--help"],
        ["kit", "sample", "--help"],
        ["letter", "--help"],
    ],
)
def test_every_command_has_help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 0
    assert "usage: protest-kit" in capsys.readouterr().out
