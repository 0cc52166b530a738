"""Export jobs: atomic replace, cancel, failure, progress, preflight."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.case import Case
from desktop.domain.kit import Kit
from desktop.domain.letter import LetterTemplate
from desktop.pdf import ExportCancelled, ExportError, ExportJob, export_pack, preflight
from tests.pdf.conftest import make_signature, pdf_texts, synthetic


def _job(kit: Kit, case: Case, out: Path, **extra: object) -> ExportJob:
    return ExportJob(
        kit=kit,
        case_id=case.id,
        out=out,
        recipient_ids=extra.pop("recipient_ids", ("court",)),  # type: ignore[arg-type]
        signatures=tuple(synthetic(case, 60)),
        **extra,  # type: ignore[arg-type]
    )


def test_the_target_is_replaced_only_when_complete(kit: Kit, case: Case, out_dir: Path) -> None:
    target = out_dir / "pack.pdf"
    target.write_bytes(b"old pack")
    seen: list[bytes] = []
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        seen.append(target.read_bytes())

    export_pack(_job(kit, case, target), progress=progress)
    assert set(seen) == {b"old pack"}  # untouched while pages were being drawn
    assert target.read_bytes().startswith(b"%PDF")
    total = calls[-1][1]
    assert calls == [(n, total) for n in range(1, total + 1)]
    assert len(pdf_texts(target)) == total
    assert sorted(p.name for p in out_dir.iterdir()) == ["pack.pdf"]


def test_cancel_leaves_no_file_and_keeps_the_old_one(kit: Kit, case: Case, out_dir: Path) -> None:
    target = out_dir / "pack.pdf"
    target.write_bytes(b"old pack")
    pages: list[int] = []

    def progress(done: int, total: int) -> None:
        pages.append(done)

    with pytest.raises(ExportCancelled):
        export_pack(
            _job(kit, case, target), progress=progress, should_cancel=lambda: len(pages) >= 3
        )
    assert pages == [1, 2, 3]
    assert target.read_bytes() == b"old pack"
    assert sorted(p.name for p in out_dir.iterdir()) == ["pack.pdf"]


def test_cancel_of_several_files_leaves_none(kit: Kit, case: Case, out_dir: Path) -> None:
    done: list[int] = []
    job = _job(kit, case, out_dir, recipient_ids=("court", "prosecutor"))
    first_pack = None

    def progress(n: int, total: int) -> None:
        done.append(n)

    def cancel() -> bool:
        # Cancel in the second file, after the first one is complete.
        return bool(first_pack) and len(done) > first_pack

    from desktop.pdf import plan_packs

    first_pack = plan_packs(job)[0][1][0].page_count
    with pytest.raises(ExportCancelled):
        export_pack(job, progress=progress, should_cancel=cancel)
    assert list(out_dir.iterdir()) == []


def test_a_failure_leaves_no_file(kit: Kit, case: Case, out_dir: Path) -> None:
    target = out_dir / "pack.pdf"

    def progress(done: int, total: int) -> None:
        if done == 2:
            raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        export_pack(_job(kit, case, target), progress=progress)
    assert list(out_dir.iterdir()) == []


def test_bad_jobs_are_named(kit: Kit, case: Case, out_dir: Path) -> None:
    with pytest.raises(ExportError, match="no recipient 'nobody'"):
        export_pack(_job(kit, case, out_dir / "x.pdf", recipient_ids=("nobody",)))
    with pytest.raises(ExportError, match="no case 'other'"):
        export_pack(ExportJob(kit=kit, case_id="other", out=out_dir / "x.pdf"))
    with pytest.raises(ExportError, match="does not exist"):
        export_pack(_job(kit, case, out_dir / "missing" / "x.pdf"))
    with pytest.raises(ExportError, match="is a folder"):
        export_pack(_job(kit, case, out_dir))
    assert list(out_dir.iterdir()) == []


def test_job_is_immutable(kit: Kit, case: Case, out_dir: Path) -> None:
    langs = {"court": "en"}
    job = _job(kit, case, out_dir / "x.pdf", recipient_langs=langs)
    langs["court"] = "kk"
    assert job.lang_for(kit.recipient("court")) == "en"
    with pytest.raises(TypeError):
        job.recipient_langs["court"] = "kk"  # type: ignore[index]


def test_signatures_of_an_unknown_statement_are_left_out_and_named(
    kit: Kit, case: Case, out_dir: Path
) -> None:
    stale = make_signature(case, 1, "Old Text Signer", statement_fingerprint="a" * 64)
    fresh = make_signature(case, 2, "Current Signer")
    problems = preflight(kit, case, [kit.recipient("court")], signatures=[stale, fresh])
    assert [p.code for p in problems] == ["unknown_statement"]
    job = ExportJob(
        kit=kit,
        case_id=case.id,
        out=out_dir / "x.pdf",
        recipient_ids=("court",),
        signatures=(stale, fresh),
    )
    export_pack(job)
    text = "\n".join(pdf_texts(job.out))
    assert "Current Signer" in text
    assert "Old Text Signer" not in text


def test_preflight_names_each_missing_piece(kit: Kit, case: Case) -> None:
    assert preflight(kit, case, kit.recipients_for(case)) == []
    court = kit.recipient("court").model_copy(update={"address_lines": (), "salutation": {}})
    no_text = case.model_copy(
        update={"letters": {"ru": LetterTemplate(lang="ru", body="{nope}")}, "statements": {}}
    )
    problems = preflight(kit, no_text, [court], "ru")
    codes = [p.code for p in problems]
    assert codes == ["no_statement", "no_address", "no_salutation", "template"]
    assert all(p.recipient_id == "court" for p in problems[1:])
    assert "no postal address" in str(problems[1])
    empty = case.model_copy(update={"letters": {}})
    problems = preflight(kit, empty, [kit.recipient("court")], "ru")
    assert [p.code for p in problems] == ["empty_letter"]
    assert preflight(kit, case, [])[0].code == "no_recipients"
