"""The vault from the command line: protest-kit campaign/sign/verify/merge/share/key/csv."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main, vault_commands
from desktop.services.campaign import Campaign
from desktop.services.sealing import TEST_KDF

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], sample_kit_path: Path
) -> object:
    monkeypatch.setattr(vault_commands, "KDF", TEST_KDF)
    monkeypatch.setenv("PROTEST_KIT_PASSPHRASE", PASSPHRASE)

    def run(*argv: str, stdin: str | None = None) -> tuple[int, str, str]:
        if stdin is not None:
            monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    run.kit = str(sample_kit_path)
    return run


@pytest.fixture
def campaign_file(cli: object, tmp_path: Path) -> Path:
    path = tmp_path / "a.protestkit"
    code, out, _ = cli("campaign", "new", str(path), "--kit", cli.kit)
    assert code == 0
    assert "key code:" in out
    return path


def test_new_sign_info(cli: object, campaign_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PROTEST_KIT_PASSPHRASE")
    run = cli
    f = str(campaign_file)
    assert run("sign", f, "--case", "kurmanov", "--name", "Anna Lee", "--town", "Oslo") == (
        0,
        "1\n",
        "",
    )
    code, out, _ = run(
        "sign",
        f,
        "--case",
        "kurmanov",
        "--jsonl",
        "-",
        stdin='{"name": "Boris"}\n\n{"full_name": "Clara", "anonymous": true}\n',
    )
    assert (code, out) == (0, "3\n")
    code, out, _ = run("campaign", "info", f)
    assert code == 0
    assert "signatures: 3 digital, 0 on paper, 0 withdrawn" in out
    with Campaign.open(campaign_file) as c:
        assert f"key code: {c.key_code}" in out
    assert "Anna" not in out


def test_bulk_sign_is_all_or_nothing(cli: object, campaign_file: Path) -> None:
    f = str(campaign_file)
    code, _, err = cli(
        "sign",
        f,
        "--case",
        "kurmanov",
        "--jsonl",
        "-",
        stdin='{"name": "Boris"}\n{"name": "=cmd()"}\n',
    )
    assert code == 2
    assert "stdin line 2" in err
    with Campaign.open(campaign_file) as c:
        assert c.count() == 0


def test_sign_without_known_case_asks_for_one(cli: object, campaign_file: Path) -> None:
    code, _, err = cli("sign", str(campaign_file), "--name", "Anna")
    assert code == 2
    assert "--case" in err
    code, _, err = cli("sign", str(campaign_file), "--case", "nope", "--name", "A")
    assert code == 2
    assert "no case 'nope'" in err


def test_wrong_passphrase_and_not_a_campaign(
    cli: object, campaign_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PROTEST_KIT_PASSPHRASE", "wrong")
    code, _, err = cli("export-csv", str(campaign_file), "--out", str(tmp_path / "x.csv"))
    assert code == 2
    assert "wrong passphrase" in err
    junk = tmp_path / "junk.protestkit"
    junk.write_text("hello")
    code, _, err = cli("campaign", "info", str(junk))
    assert code == 2
    assert "not a Protest Kit campaign" in err


def test_verify_names_the_tampered_record(cli: object, campaign_file: Path) -> None:
    f = str(campaign_file)
    for name in ("A B", "C D", "E F"):
        cli("sign", f, "--case", "kurmanov", "--name", name)
    code, out, _ = cli("verify", f)
    assert code == 0
    assert "ok" in out
    raw = sqlite3.connect(campaign_file)
    rid = raw.execute("SELECT id FROM records WHERE seq = 1").fetchone()[0]
    raw.execute("UPDATE records SET case_id = 'kuramskin' WHERE id = ?", (rid,))
    raw.commit()
    raw.close()
    code, _, err = cli("verify", f)
    assert code == 1
    assert rid in err
    assert "altered" in err


def test_share_merge_and_duplicates(cli: object, campaign_file: Path, tmp_path: Path) -> None:
    f, v = str(campaign_file), str(tmp_path / "v.protestkit")
    code, out, _ = cli("share", f, "--out", v)
    assert code == 0
    cli("sign", f, "--case", "kurmanov", "--name", "Anna Lee")
    cli("sign", v, "--case", "kurmanov", "--name", "anna  LEE")
    code, out, _ = cli("merge", f, v, "--check-duplicates")
    assert code == 0
    assert "1 added" in out
    assert "1 groups of likely duplicate signers" in out
    assert "total: 2" in out
    code, out, _ = cli("merge", f, v)
    assert "0 added, 1 already here" in out


def test_street_mode(cli: object, campaign_file: Path, tmp_path: Path) -> None:
    f, stick = str(campaign_file), str(tmp_path / "stick.json")
    code, out, _ = cli("key", "export", f, "--out", stick, "--print-code")
    assert code == 0
    recovery_code = out.split("recovery code: ")[1].strip()
    assert cli("key", "remove", f, "--recovery", stick)[0] == 0
    _, out, _ = cli("campaign", "info", f)
    assert "private key: not in this file" in out
    code, _, err = cli("export-csv", f, "--out", str(tmp_path / "x.csv"))
    assert code == 2
    assert "no private key" in err
    assert cli("key", "import", f, stick)[0] == 0
    assert cli("export-csv", f, "--out", str(tmp_path / "x.csv"))[0] == 0
    assert cli("key", "remove", f, "--recovery", stick)[0] == 0
    assert cli("key", "import", f, "--code", stdin=recovery_code + "\n")[0] == 0
    assert json.loads(Path(stick).read_text())["format"] == "protest-kit-recovery"


def test_csv_import_and_export(cli: object, campaign_file: Path, tmp_path: Path) -> None:
    f = str(campaign_file)
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("Name,City,Country,Signed On\nAnna,Oslo,NO,2010-05-14\n=evil,X,Y,\n")
    code, _, err = cli("import-csv", f, str(sheet), "--case", "kurmanov")
    assert code == 2
    assert "line 3, column 1" in err
    sheet.write_text("Who,City\nAnna,=Oslo\nBoris,Almaty\n")
    code, out, _ = cli(
        "import-csv", f, str(sheet), "--case", "kurmanov", "--map", "full_name=Who", "--dry-run"
    )
    assert (code, out) == (0, "2 signatures would be imported (dry run)\n")
    code, out, _ = cli(
        "import-csv", f, str(sheet), "--case", "kurmanov", "--map", "full_name=Who,town=City"
    )
    assert (code, out) == (0, "2 imported; total 2\n")
    out_csv = tmp_path / "out.csv"
    assert cli("export-csv", f, "--out", str(out_csv))[0] == 0
    with out_csv.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["full_name"], r["town"]) for r in rows] == [("Anna", "'=Oslo"), ("Boris", "Almaty")]


def test_paper_tally(cli: object, campaign_file: Path) -> None:
    f = str(campaign_file)
    assert cli("tally", f, "--case", "kurmanov", "--sheet", "S1", "--count", "12") == (
        0,
        "12\n",
        "",
    )
    _, out, _ = cli("campaign", "info", f)
    assert "0 digital, 12 on paper" in out


def test_passphrase_is_never_an_argument(cli: object, campaign_file: Path) -> None:
    with pytest.raises(SystemExit):
        main(["export-csv", str(campaign_file), "--out", "x.csv", "--passphrase", PASSPHRASE])
