"""Printing from the command line: protest-kit export / sheets / verify-pdf."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli import main, pdf_commands
from desktop.domain.kit import Kit
from desktop.domain.signature import Signature
from desktop.services.campaign import Campaign
from desktop.services.kits import write_kit
from desktop.services.sealing import TEST_KDF
from tests.pdf.conftest import KAZAKH_NAMES, make_kit, make_signature, synthetic

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> object:
    def call(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return call


@pytest.fixture
def kit() -> Kit:
    return make_kit()


@pytest.fixture
def signatures(kit: Kit) -> list[Signature]:
    case = kit.cases[0]
    return synthetic(case, 30) + [
        make_signature(case, 10**6 + i, name) for i, name in enumerate(KAZAKH_NAMES)
    ]


@pytest.fixture
def files(tmp_path: Path, kit: Kit, signatures: list[Signature]) -> tuple[Path, Path]:
    kit_path = tmp_path / "test.kit.json"
    write_kit(kit, kit_path)
    jsonl = tmp_path / "sigs.jsonl"
    jsonl.write_text("".join(s.model_dump_json() + "\n" for s in signatures), encoding="utf-8")
    return kit_path, jsonl


def test_standalone_export_and_verify(
    run: object, files: tuple[Path, Path], tmp_path: Path
) -> None:
    kit_path, jsonl = files
    out = tmp_path / "pack.pdf"
    code, stdout, err = run(  # type: ignore[operator]
        "export",
        "--kit",
        str(kit_path),
        "--signatures",
        str(jsonl),
        "--recipient",
        "court",
        "--out",
        str(out),
        "--paper",
        "letter",
        "--landscape",
        "--campaign-id",
        "demo",
    )
    assert (code, err) == (0, "")
    assert stdout.strip() == str(out)
    assert len(PdfReader(out).pages) > 4
    code, stdout, _ = run(  # type: ignore[operator]
        "verify-pdf",
        str(out),
        "--kit",
        str(kit_path),
        "--signatures",
        str(jsonl),
        "--campaign-id",
        "demo",
    )
    assert code == 0
    assert stdout.startswith("ok: ")
    # One signer's row changed after printing: the page is named, exit 1.
    lines = jsonl.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace('"town":"', '"town":"X')
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, stdout, _ = run(  # type: ignore[operator]
        "verify-pdf", str(out), "--kit", str(kit_path), "--signatures", str(jsonl)
    )
    assert code == 1
    assert "digest differs" in stdout
    assert "do not match" in stdout


def test_export_all_combined(run: object, files: tuple[Path, Path], tmp_path: Path) -> None:
    kit_path, jsonl = files
    out = tmp_path / "all.pdf"
    code, _, err = run(  # type: ignore[operator]
        "export",
        "--kit",
        str(kit_path),
        "--signatures",
        str(jsonl),
        "--recipient",
        "all",
        "--combined",
        "--out",
        str(out),
        "--lang",
        "en",
    )
    assert (code, err) == (0, "")
    assert len(PdfReader(out).outline) >= 2


def test_export_per_recipient_creates_the_out_folder(
    run: object, files: tuple[Path, Path], tmp_path: Path
) -> None:
    kit_path, jsonl = files
    out = tmp_path / "packs"
    args = ("export", "--kit", str(kit_path), "--signatures", str(jsonl), "--recipient", "all")
    code, stdout, err = run(*args, "--out", str(out))  # type: ignore[operator]
    assert (code, err) == (0, "")
    written = sorted(out.iterdir())
    assert [p.name for p in written] == ["kurmanov-court.pdf", "kurmanov-prosecutor.pdf"]
    assert stdout.split() == [str(p) for p in written]
    assert all(len(PdfReader(p).pages) > 3 for p in written)
    # A folder inside a missing folder, or a file where the folder should be: named, no change.
    code, _, err = run(*args, "--out", str(tmp_path / "nope" / "packs"))  # type: ignore[operator]
    assert code != 0
    assert f"folder {tmp_path / 'nope'} does not exist" in err
    assert not (tmp_path / "nope").exists()
    a_file = tmp_path / "packs.pdf"
    a_file.write_bytes(b"keep me")
    code, _, err = run(*args, "--out", str(a_file))  # type: ignore[operator]
    assert code != 0
    assert "is a file" in err
    assert a_file.read_bytes() == b"keep me"


def test_a_failed_export_removes_the_folder_it_created(
    run: object, files: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(job: object) -> list[Path]:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf_commands, "export_pack", fail)
    kit_path, jsonl = files
    out = tmp_path / "packs"
    code, _, err = run(  # type: ignore[operator]
        "export", "--kit", str(kit_path), "--signatures", str(jsonl), "--out", str(out)
    )
    assert code != 0
    assert "No space left on device" in err
    assert not out.exists()


def test_preflight_problems_stop_the_export_unless_forced(
    run: object, kit: Kit, files: tuple[Path, Path], tmp_path: Path
) -> None:
    _, jsonl = files
    bare = kit.model_copy(
        update={
            "recipients": (
                kit.recipient("court").model_copy(update={"address_lines": ()}),
                *kit.recipients[1:],
            )
        }
    )
    kit_path = tmp_path / "bare.kit.json"
    write_kit(bare, kit_path)
    out = tmp_path / "x.pdf"
    args = (
        "export",
        "--kit",
        str(kit_path),
        "--signatures",
        str(jsonl),
        "--recipient",
        "court",
        "--out",
        str(out),
    )
    code, _, err = run(*args)  # type: ignore[operator]
    assert code == 2
    assert "no postal address" in err
    assert "--force" in err
    assert not out.exists()
    code, _, _ = run(*args, "--force")  # type: ignore[operator]
    assert code == 0
    assert out.exists()


def test_bad_signature_lines_name_the_line_not_the_value(
    run: object, files: tuple[Path, Path], tmp_path: Path
) -> None:
    kit_path, jsonl = files
    jsonl.write_text(
        jsonl.read_text(encoding="utf-8") + '{"full_name": "Secret Person"}\n', encoding="utf-8"
    )
    code, _, err = run(  # type: ignore[operator]
        "export",
        "--kit",
        str(kit_path),
        "--signatures",
        str(jsonl),
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert code == 2
    assert "line 35" in err
    assert "Secret Person" not in err


def test_blank_sheets(run: object, files: tuple[Path, Path], tmp_path: Path) -> None:
    kit_path, _ = files
    out = tmp_path / "sheets.pdf"
    code, _, err = run(  # type: ignore[operator]
        "sheets",
        "--kit",
        str(kit_path),
        "--case",
        "kurmanov",
        "--lang",
        "kk",
        "--pages",
        "4",
        "--out",
        str(out),
    )
    assert (code, err) == (0, "")
    assert len(PdfReader(out).pages) == 4
    code, _, err = run(  # type: ignore[operator]
        "sheets", "--kit", str(kit_path), "--case", "nope", "--pages", "1", "--out", str(out)
    )
    assert code == 2
    assert "no case 'nope'" in err


def test_export_and_verify_from_a_campaign(
    run: object,
    kit: Kit,
    signatures: list[Signature],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "c.protestkit"
    with Campaign.create(path, kit, PASSPHRASE, kdf=TEST_KDF) as campaign:
        campaign.add_signatures(signatures)
        campaign_id = campaign.campaign_id
    out = tmp_path / "packs"
    out.mkdir()
    code, _, err = run("export", str(path), "--out", str(out))  # type: ignore[operator]
    assert code == 2
    assert "passphrase" in err
    monkeypatch.setenv("PROTEST_KIT_PASSPHRASE", PASSPHRASE)
    code, stdout, err = run("export", str(path), "--out", str(out))  # type: ignore[operator]
    assert (code, err) == (0, "")
    written = sorted(Path(line) for line in stdout.split())
    assert [p.name for p in written] == ["kurmanov-court.pdf", "kurmanov-prosecutor.pdf"]
    code, stdout, _ = run("verify-pdf", str(written[0]), str(path))  # type: ignore[operator]
    assert code == 0, stdout
    assert campaign_id.upper() in " ".join(
        page.extract_text() for page in PdfReader(written[0]).pages
    ).replace("\n", " ")
    with Campaign.open(path) as campaign:
        campaign.unlock(PASSPHRASE)
        first = next(campaign.signatures())
        campaign.void(first.id, "signed twice")
    code, stdout, _ = run("verify-pdf", str(written[0]), str(path))  # type: ignore[operator]
    assert code == 1
    assert "root digest" in stdout
