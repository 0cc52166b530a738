"""Every command given the wrong kind of file says so in one line and exits 2, never a traceback."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from desktop.cli import main, vault_commands
from desktop.services.sealing import TEST_KDF

PASSPHRASE = "correct horse battery staple"

# F is replaced by the bad file; G is a good campaign, K the sample kit, O a fresh output path.
COMMANDS = [
    "campaign info F",
    "sign F --case kurmanov --name X",
    "tally F --case kurmanov --sheet s1 --count 3",
    "verify F",
    "merge G F",
    "merge F G",
    "share F --out O",
    "key export F --out O",
    "key import F O",
    "key remove F --recovery O",
    "import-csv F K --case kurmanov",
    "export-csv F --out O",
    "export F --case kurmanov --recipient all --out O",
    "verify-pdf F G",
    "verify-pdf K F",
    "kit validate F",
    "letter --kit F --case kurmanov --recipient almaty-prosecutor --lang ru",
    "sheets --kit F --case kurmanov --pages 1 --out O",
    "campaign new O --kit F",
    "sign G --case kurmanov --jsonl F",
    "export-csv G --out O --passphrase-file F",
    "export --kit K --signatures F --case kurmanov --recipient all --out O",
    "export --kit F --signatures K --case kurmanov --recipient all --out O",
]

BAD = ["empty", "directory", "missing", "text", "binary"]


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from desktop.paths import sample_kit_path

    root = tmp_path_factory.mktemp("robust")
    made = {
        "empty": root / "empty.protestkit",
        "directory": root / "folder.protestkit",
        "missing": root / "missing.protestkit",
        "text": root / "text.protestkit",
        "binary": root / "binary.protestkit",
    }
    made["empty"].write_bytes(b"")
    made["directory"].mkdir()
    made["text"].write_text("hello\n", encoding="utf-8")
    made["binary"].write_bytes(bytes(range(256)) * 12)
    good = root / "good.protestkit"
    mp = pytest.MonkeyPatch()
    mp.setattr(vault_commands, "KDF", TEST_KDF)
    mp.setenv("PROTEST_KIT_PASSPHRASE", PASSPHRASE)
    try:
        assert main(["campaign", "new", str(good), "--kit", str(sample_kit_path())]) == 0
    finally:
        mp.undo()
    made["good"] = good
    made["kit"] = sample_kit_path()
    return made


@pytest.mark.parametrize("bad", BAD)
@pytest.mark.parametrize("command", COMMANDS)
def test_a_bad_file_is_one_line_and_exit_2(
    command: str,
    bad: str,
    files: dict[str, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(vault_commands, "KDF", TEST_KDF)
    monkeypatch.setenv("PROTEST_KIT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    good_before = files["good"].read_bytes()
    swap = {
        "F": str(files[bad]),
        "G": str(files["good"]),
        "K": str(files["kit"]),
        "O": str(tmp_path / "out"),
    }
    if ("jsonl F" in command or "signatures F" in command) and bad == "empty":
        pytest.skip("an empty JSON-lines file is a valid list of no signatures")
    argv = [swap.get(word, word) for word in command.split()]
    code = main(argv)  # an uncaught exception fails the test: that is the point
    out, err = capsys.readouterr()
    assert code in (1, 2), (argv, code, out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("protest-kit: error: ")
    assert "Traceback" not in err
    assert files["good"].read_bytes() == good_before  # nothing changed
    assert not (tmp_path / "out").exists()


def test_a_campaign_given_as_a_folder_is_named(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["campaign", "info", str(files["directory"])]) == 2
    err = capsys.readouterr().err
    assert "folder" in err
    assert os.fspath(files["directory"]) in err


def test_a_campaign_that_cannot_be_written_names_the_file_not_a_temp_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.paths import sample_kit_path

    monkeypatch.setattr(vault_commands, "KDF", TEST_KDF)
    monkeypatch.setenv("PROTEST_KIT_PASSPHRASE", PASSPHRASE)
    target = tmp_path / "no-such-folder" / "a.protestkit"
    assert main(["campaign", "new", str(target), "--kit", str(sample_kit_path())]) == 2
    err = capsys.readouterr().err
    assert err == f"protest-kit: error: cannot write {target}: No such file or directory\n"
