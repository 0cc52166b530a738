"""Privacy review: what a seized or shared laptop could give away besides the campaign file."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main, vault_commands
from desktop.services import csv_io
from desktop.services.campaign import Campaign
from desktop.services.sealing import TEST_KDF
from tests.services.vault_helpers import PASSPHRASE, new_campaign, sig

CANARY = "Zebulon Quixwhistle"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_csv_export_of_names_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    out = tmp_path / "signers.csv"
    old = os.umask(0o022)
    try:
        csv_io.write_signatures([sig(CANARY)], out)
    finally:
        os.umask(old)
    assert CANARY in out.read_text(encoding="utf-8-sig")
    assert _mode(out) == 0o600


def test_a_pdf_pack_of_names_is_readable_by_its_owner_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(vault_commands, "KDF", TEST_KDF)
    monkeypatch.setenv("PROTEST_KIT_PASSPHRASE", PASSPHRASE)
    camp = tmp_path / "a.protestkit"
    with new_campaign(camp) as c:
        c.add_signature(sig(CANARY))
    pdf = tmp_path / "pack.pdf"
    argv = ["export", str(camp), "--case", "kurmanov", "--recipient", "almaty-prosecutor"]
    assert main([*argv, "--out", str(pdf), "--force"]) == 0, capsys.readouterr()
    assert _mode(pdf) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_a_crash_writes_no_core_dump(tmp_path: Path, sample_kit_path: Path) -> None:
    """A crash (Qt has segfaulted before) must not leave the app's memory in a core file."""
    script = (
        "import os, resource, sys\n"
        "_, hard = resource.getrlimit(resource.RLIMIT_CORE)\n"
        "resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))\n"
        "from desktop.cli import main\n"
        "from desktop.services.hardening import dumpable\n"
        f"main(['kit', 'validate', {str(sample_kit_path)!r}])\n"
        "print('dumpable', dumpable(), flush=True)\n"
        "os.abort()\n"
    )
    if sys.platform == "win32":  # pragma: no cover
        pytest.skip("no core dumps on Windows")
    import resource

    if resource.getrlimit(resource.RLIMIT_CORE)[1] == 0:
        pytest.skip("core dumps are forbidden on this machine anyway")
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert done.returncode != 0
    if sys.platform.startswith("linux"):
        assert "dumpable False" in done.stdout
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("core")] == []


def test_a_forged_volunteer_file_shows_a_different_key_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Someone else's key in our campaign's clothes: the code read aloud gives it away."""
    with new_campaign(tmp_path / "a.protestkit") as a, new_campaign(tmp_path / "b.protestkit") as b:
        forged = a.share(tmp_path / "forged.protestkit")
        raw = sqlite3.connect(forged)
        raw.execute("UPDATE meta SET value = ? WHERE key = 'public_key'", (b.public_key,))
        raw.commit()
        raw.close()
        ours, theirs = a.key_code, b.key_code
    assert main(["campaign", "info", str(forged)]) == 0
    out = capsys.readouterr().out
    assert f"key code: {theirs}" in out
    assert ours not in out


def test_signing_never_unlocks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`sign` (like the station) seals with the public key alone: no passphrase is ever read."""

    def refuse(*_: object) -> None:
        raise AssertionError("the private key was asked for")

    monkeypatch.setattr(Campaign, "unlock", refuse)
    monkeypatch.setattr(vault_commands, "read_passphrase", refuse)
    camp = tmp_path / "a.protestkit"
    with new_campaign(camp) as c:
        vol = c.share(tmp_path / "v.protestkit")
    for path in (camp, vol):
        assert main(["sign", str(path), "--case", "kurmanov", "--name", CANARY]) == 0
        assert capsys.readouterr().out == "1\n"


DANGEROUS_CELLS = ['=HYPERLINK("http://x")', "+7 700", "-1+2", "@SUM(A1)", "  =1+1"]


@pytest.mark.parametrize("cell", DANGEROUS_CELLS)
def test_no_exported_cell_starts_a_formula(cell: str, tmp_path: Path) -> None:
    """Town, organisation and contact are free text: none may run in a spreadsheet."""
    import csv

    signer = sig("Anna Lee", town=cell, organisation=cell, contact=cell, contact_consent=True)
    out = tmp_path / "s.csv"
    csv_io.write_signatures([signer], out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == 2
    for value in rows[1]:
        assert not value.lstrip().startswith(("=", "+", "-", "@")) or value.startswith("'")
        assert not value.startswith(("\t", "\r", "\n"))
    assert rows[1].count("'" + signer.town) == 3  # neutralised, otherwise as stored


def test_campaign_volunteer_and_recovery_files_are_readable_by_their_owner_only(
    tmp_path: Path,
) -> None:
    """Another account on a shared laptop must not copy them to guess the passphrase at leisure."""
    old = os.umask(0o022)
    try:
        with new_campaign(tmp_path / "a.protestkit") as c:
            c.add_signature(sig(CANARY))
            vol = c.share(tmp_path / "v.protestkit")
            c.unlock(PASSPHRASE)
            c.export_key(tmp_path / "recovery.json")
    finally:
        os.umask(old)
    for name in ("a.protestkit", "v.protestkit", "recovery.json"):
        assert _mode(tmp_path / name) == 0o600, name
    assert vol == tmp_path / "v.protestkit"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_a_killed_csv_exports_leftover_is_removed_by_the_next(tmp_path: Path) -> None:
    import time

    stale = tmp_path / ".s.csv.1234abcd.tmp"
    fresh = tmp_path / ".s.csv.5678abcd.tmp"
    for leftover in (stale, fresh):
        leftover.write_text(CANARY, encoding="utf-8")
    hour_ago = time.time() - 3600
    os.utime(stale, (hour_ago, hour_ago))
    csv_io.write_signatures([sig("Anna Lee")], tmp_path / "s.csv")
    assert not stale.exists()
    assert fresh.exists()
