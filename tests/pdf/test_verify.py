"""Tamper evidence: page digests and the root digest catch altered, missing and moved pages."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from desktop.domain.case import Case
from desktop.domain.kit import Kit
from desktop.pdf import ExportJob, VerifyError, export_pack, plan_packs, verify_pdf
from desktop.pdf.digest import Row, page_digest, select_rows
from tests.pdf.conftest import make_signature, pdf_texts, synthetic

CAMPAIGN = "0123456789abcdef0123456789abcdef"


@pytest.fixture(scope="module")
def signed(case: Case) -> list:
    """Enough signatures for four signature sheets."""
    return synthetic(case, 80, seed=11)


@pytest.fixture
def pack(kit: Kit, case: Case, signed: list, tmp_path: Path) -> tuple[Path, list[int]]:
    """An exported pack and the PDF page numbers (1-based) of its signature sheets."""
    job = ExportJob(
        kit=kit,
        case_id=case.id,
        out=tmp_path / "pack.pdf",
        recipient_ids=("court",),
        signatures=tuple(signed),
        campaign_id=CAMPAIGN,
    )
    [(_, [renderer])] = plan_packs(job)
    export_pack(job)
    start = len(renderer.letter_pages) + len(renderer.petition_pages)
    return job.out, list(range(start + 1, start + len(renderer.sheet_ranges) + 1))


def test_an_untouched_pack_verifies(kit: Kit, signed: list, pack: tuple[Path, list[int]]) -> None:
    path, sheets = pack
    report = verify_pdf(path, kit, signed, campaign_id=CAMPAIGN)
    assert report.ok, report.problems
    assert report.signature_pages == len(sheets) >= 4
    assert report.case_id == "kurmanov"


def test_the_digest_is_printed_as_text_on_every_sheet(
    case: Case, signed: list, pack: tuple[Path, list[int]]
) -> None:
    path, sheets = pack
    texts = pdf_texts(path)
    rows = select_rows(case.id, signed)
    first_sheet = texts[sheets[0] - 1]
    per_page = int(first_sheet.split(" R:1-")[1].split()[0])
    assert page_digest(CAMPAIGN, case.id, rows, 1, per_page) in first_sheet


def test_a_changed_signature_is_named_by_its_page(
    kit: Kit, signed: list, pack: tuple[Path, list[int]]
) -> None:
    path, sheets = pack
    altered = list(signed)
    # Row 30 (in print order: these are signed in order) sits on the second sheet.
    altered[29] = altered[29].model_copy(update={"full_name": "Someone Else"})
    report = verify_pdf(path, kit, altered, campaign_id=CAMPAIGN)
    assert not report.ok
    totals_page = sheets[-1] + 1
    assert report.bad_pages == [sheets[1], totals_page]
    assert "digest differs" in str(report.problems[0])


def test_a_missing_signature_changes_the_root(
    kit: Kit, signed: list, pack: tuple[Path, list[int]]
) -> None:
    path, _ = pack
    report = verify_pdf(path, kit, signed[:-1], campaign_id=CAMPAIGN)
    assert not report.ok
    assert any("root digest" in str(p) for p in report.problems)


def _rewrite(path: Path, order: list[int]) -> bytes:
    reader = PdfReader(path)
    writer = PdfWriter()
    for index in order:
        writer.add_page(reader.pages[index])
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_a_removed_sheet_is_reported_missing(
    kit: Kit, signed: list, pack: tuple[Path, list[int]]
) -> None:
    path, sheets = pack
    pages = len(PdfReader(path).pages)
    dropped = sheets[2] - 1  # zero-based
    data = _rewrite(path, [i for i in range(pages) if i != dropped])
    report = verify_pdf(data, kit, signed, campaign_id=CAMPAIGN)
    assert not report.ok
    assert any("sheet 3/" in str(p) and "missing" in str(p) for p in report.problems)


def test_swapped_sheets_are_out_of_place(
    kit: Kit, signed: list, pack: tuple[Path, list[int]]
) -> None:
    path, sheets = pack
    order = list(range(len(PdfReader(path).pages)))
    a, b = sheets[0] - 1, sheets[1] - 1
    order[a], order[b] = order[b], order[a]
    report = verify_pdf(_rewrite(path, order), kit, signed, campaign_id=CAMPAIGN)
    assert report.bad_pages[:2] == [sheets[0], sheets[1]]
    assert "out of place" in str(report.problems[0])


def test_another_campaign_does_not_verify(
    kit: Kit, signed: list, pack: tuple[Path, list[int]]
) -> None:
    path, _ = pack
    report = verify_pdf(path, kit, signed, campaign_id="f" * 32)
    assert not report.ok
    assert "belong to campaign" in str(report.problems[0])


def test_a_pdf_without_signature_pages_is_an_error(kit: Kit, case: Case) -> None:
    from desktop.pdf import render_letter_pdf

    letter = render_letter_pdf(kit, case, kit.recipient("court"), "ru")
    with pytest.raises(VerifyError, match="no Protest Kit signature pages"):
        verify_pdf(letter, kit, [])
    with pytest.raises(VerifyError, match="cannot read the PDF"):
        verify_pdf(b"not a pdf at all", kit, [])


def test_anonymous_names_are_not_part_of_the_digest(case: Case) -> None:
    def digest(sig: object) -> str:
        return page_digest("c", case.id, [Row(sig)], 1, 1)  # type: ignore[arg-type]

    one = make_signature(case, 1, "Secret Name", anonymous=True)
    assert digest(one) == digest(one.model_copy(update={"full_name": "Another Name"}))
    assert Row(one).name == ""
    shown = make_signature(case, 1, "Secret Name")
    assert digest(shown) != digest(shown.model_copy(update={"full_name": "Another Name"}))
    assert digest(shown) != digest(shown.model_copy(update={"drawing": None}))


def test_the_qr_codes_scan_to_the_printed_codes(
    pack: tuple[Path, list[int]], tmp_path: Path
) -> None:
    import subprocess

    from tests.pdf.conftest import tool

    pdftoppm = tool("pdftoppm")
    zbarimg = shutil.which("zbarimg")
    if zbarimg is None:
        pytest.skip("zbarimg is not installed (apt-get install zbar-tools)")
    path, sheets = pack
    texts = pdf_texts(path)
    for page in (sheets[0], sheets[-1] + 1):  # a signature sheet and the totals page
        prefix = tmp_path / f"p{page}"
        subprocess.run(
            [pdftoppm, "-png", "-r", "200", "-f", str(page), "-l", str(page), str(path), prefix],
            check=True,
        )
        [image] = tmp_path.glob(f"p{page}*.png")
        scanned = subprocess.run(
            [zbarimg, "-q", "--raw", str(image)], capture_output=True, text=True, check=False
        ).stdout.strip()
        assert scanned.startswith("PK1 C:0123456789ABCDEF")
        assert scanned in " ".join(texts[page - 1].split())


def test_points_off_the_pad_print_and_hash_as_32_bit_integers(
    kit: Kit, case: Case, tmp_path: Path
) -> None:
    from desktop.domain.signature import Drawing
    from desktop.pdf.digest import _int32_le

    on_pad = make_signature(case, 1, "On Pad")
    off_pad = make_signature(
        case, 2, "Off Pad", drawing=Drawing(strokes=((-30, 5, 70_000, 90, 400, -2),))
    )
    for sig, flat in (
        (on_pad, [v for s in on_pad.drawing.strokes for v in s]),  # type: ignore[union-attr]
        (off_pad, [-30, 5, 70_000, 90, 400, -2]),
    ):
        assert _int32_le(Row(sig).coords) == b"".join(
            v.to_bytes(4, "little", signed=True) for v in flat
        )
    job = ExportJob(
        kit=kit,
        case_id=case.id,
        out=tmp_path / "off.pdf",
        recipient_ids=("court",),
        signatures=(on_pad, off_pad),
        campaign_id=CAMPAIGN,
    )
    export_pack(job)
    report = verify_pdf(job.out, kit, [on_pad, off_pad])
    assert report.signature_pages == 1
    assert report.problems == []
