"""Delivery packs: pages, text, fonts, metadata, sizes, repeatable output."""

from __future__ import annotations

import math
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.domain.case import Case
from desktop.domain.kit import Kit
from desktop.domain.signature import PaperTally
from desktop.pdf import ExportJob, export_pack, plan_packs, render_letter_pdf
from tests.pdf.conftest import KAZAKH_NAMES, make_signature, pdf_texts, synthetic, tool


def _job(kit: Kit, case: Case, out: Path, sigs: list, **extra: object) -> ExportJob:
    return ExportJob(
        kit=kit,
        case_id=case.id,
        out=out,
        recipient_ids=extra.pop("recipient_ids", ("court",)),  # type: ignore[arg-type]
        signatures=tuple(sigs),
        invariant=True,
        **extra,  # type: ignore[arg-type]
    )


@pytest.fixture(scope="module")
def signed(case: Case) -> list:
    """60 synthetic signatures, then the Kazakh names last (so they land on the last sheet)."""
    sigs = synthetic(case, 60)
    return sigs + [make_signature(case, 10**6 + i, n) for i, n in enumerate(KAZAKH_NAMES)]


def test_pack_has_every_section_and_the_right_page_count(
    kit: Kit, case: Case, signed: list, out_dir: Path, tallies: list[PaperTally]
) -> None:
    job = _job(kit, case, out_dir / "court.pdf", signed, paper_tallies=tuple(tallies))
    [(_, [pack])] = plan_packs(job)
    assert export_pack(job) == [job.out]
    texts = pdf_texts(job.out)
    sheets = math.ceil(len(signed) / pack.sheets.rows_per_page)
    assert sheets >= 2
    assert (
        len(texts)
        == pack.page_count
        == (
            len(pack.letter_pages)
            + len(pack.petition_pages)
            + sheets
            + len(pack.totals_pages)
            + len(pack.receipt_pages)
        )
    )
    total = len(texts)
    assert all(f"Страница {n} из {total}" in text for n, text in enumerate(texts, 1))
    first = texts[0]
    assert "ул. Абая 1" in first  # the recipient's postal address
    assert "Уважаемый господин председатель!" in first
    assert "Исх. № UA 12/10" in first
    assert "Лондон" in first  # place beside the date
    assert "Анна Смит" in first  # the signatory
    petition = texts[len(pack.letter_pages)]
    assert "Мы требуем" in petition
    assert "Снять все обвинения" in petition
    assert case.statements["ru"].fingerprint in petition.replace("\n", "")
    totals = "\n".join(texts[-3:])
    assert "Подписи на бумаге" in totals
    assert "25" in totals
    assert "OSCE Representative on Freedom of the Media" in totals  # copies to
    receipt = texts[-1]
    assert "Расписка в получении" in receipt
    assert "Acknowledgement of receipt" in receipt
    assert "Входящий номер" in receipt
    assert "Incoming number" in receipt


def test_kazakh_names_extract_from_the_last_signature_page(
    kit: Kit, case: Case, signed: list, out_dir: Path
) -> None:
    job = _job(kit, case, out_dir / "kk.pdf", signed)
    [(_, [pack])] = plan_packs(job)
    export_pack(job)
    texts = pdf_texts(job.out)
    last_sheet = len(pack.letter_pages) + len(pack.petition_pages) + len(pack.sheet_ranges) - 1
    for name in KAZAKH_NAMES:
        assert name in texts[last_sheet]


def test_names_beyond_the_first_font_subset_extract_literally(
    kit: Kit, case: Case, out_dir: Path
) -> None:
    # More distinct letters than one 256-code font subset holds: later names need a second.
    letters = [chr(c) for c in (*range(0xC0, 0x17F), *range(0x391, 0x3AA), *range(0x400, 0x460))]
    letters = [c for c in letters if c.isalpha()]
    assert len(letters) > 300
    names = ["".join(letters[i : i + 10]) for i in range(0, len(letters), 10)]
    sigs = [make_signature(case, i, name) for i, name in enumerate(names)]
    job = _job(kit, case, out_dir / "subsets.pdf", sigs)
    export_pack(job)
    text = "\n".join(pdf_texts(job.out))
    for name in names:
        assert name in text


def test_every_font_is_embedded(kit: Kit, case: Case, signed: list, out_dir: Path) -> None:
    pdffonts = tool("pdffonts")
    job = _job(kit, case, out_dir / "fonts.pdf", signed)
    export_pack(job)
    lines = subprocess.run(
        [pdffonts, str(job.out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert lines, "pdffonts listed no fonts"
    for line in lines:
        columns = line.split()
        # name type encoding emb sub uni object ID: 'emb' and 'sub' are both 'yes'
        assert columns[-5] == "yes", line
        assert columns[-4] == "yes", line


def test_metadata_names_the_case_and_organisation_and_no_signer(
    kit: Kit, case: Case, signed: list, out_dir: Path
) -> None:
    job = _job(kit, case, out_dir / "meta.pdf", signed)
    export_pack(job)
    meta = PdfReader(job.out).metadata
    assert meta is not None
    assert meta.title == "Свободу Айнуру Курманову"
    assert meta.author == "Комитет солидарности"
    assert meta.creator == "Protest Kit"
    raw = job.out.read_bytes()
    everything = " ".join(str(v) for v in meta.values())
    for sig in signed:
        assert sig.full_name not in everything
        if len(sig.full_name) >= 5:  # shorter byte strings turn up in compressed streams
            assert sig.full_name.encode() not in raw
    assert str(out_dir) not in everything
    assert str(out_dir).encode() not in raw


@pytest.mark.parametrize(
    ("paper", "landscape", "size"),
    [("a4", False, (595, 842)), ("a4", True, (842, 595)), ("letter", False, (612, 792))],
)
def test_paper_and_orientation_of_signature_pages(
    kit: Kit,
    case: Case,
    signed: list,
    out_dir: Path,
    paper: str,
    landscape: bool,
    size: tuple[int, int],
) -> None:
    job = _job(kit, case, out_dir / "p.pdf", signed, paper=paper, landscape=landscape)
    [(_, [pack])] = plan_packs(job)
    export_pack(job)
    pages = PdfReader(job.out).pages
    sheet = pages[len(pack.letter_pages) + len(pack.petition_pages)]
    box = (round(float(sheet.mediabox.width)), round(float(sheet.mediabox.height)))
    assert box == size
    # The letter stays upright even when the signature sheets are landscape.
    assert round(float(pages[0].mediabox.width)) == min(size)


def test_anonymous_signers_print_as_supporters_with_their_town(
    kit: Kit, case: Case, out_dir: Path
) -> None:
    sigs = [
        make_signature(case, 1, "Visible Person", town="Шымкент"),
        make_signature(case, 2, "Hidden Person", anonymous=True, town="Тараз", organisation="X"),
    ]
    job = _job(kit, case, out_dir / "anon.pdf", sigs, lang="en")
    export_pack(job)
    text = "\n".join(pdf_texts(job.out))
    assert "Visible Person" in text
    assert "Hidden Person" not in text
    assert "Anonymous supporter" in text
    assert "Тараз" in text


def test_columns_nobody_filled_are_left_out(kit: Kit, case: Case, out_dir: Path) -> None:
    bare = [
        make_signature(case, i, f"Name {i}", town="", country="", drawing=None) for i in range(3)
    ]
    job = _job(kit, case, out_dir / "bare.pdf", bare, lang="en")
    [(_, [pack])] = plan_packs(job)
    export_pack(job)
    sheet = pdf_texts(job.out)[len(pack.letter_pages) + len(pack.petition_pages)]
    assert "Name 2" in sheet
    assert "Town, country" not in sheet
    assert "Organisation, role" not in sheet
    assert "Signature" not in sheet.split("Digest")[0].replace("Signatures", "")
    full = _job(
        kit, case, out_dir / "full.pdf", [make_signature(case, 9, "A", organisation="U")], lang="en"
    )
    [(_, [pack])] = plan_packs(full)
    export_pack(full)
    sheet = pdf_texts(full.out)[len(pack.letter_pages) + len(pack.petition_pages)]
    assert "Town, country" in sheet
    assert "Organisation, role" in sheet


def test_the_recipient_language_or_a_chosen_one(kit: Kit, case: Case, out_dir: Path) -> None:
    sigs = [make_signature(case, 1, "Әсел Қожахметова")]
    job = _job(kit, case, out_dir / "kk.pdf", sigs, recipient_ids=("prosecutor",))
    export_pack(job)
    assert "Құрметті прокурор!" in pdf_texts(job.out)[0]
    job = _job(kit, case, out_dir / "en.pdf", sigs, recipient_ids=("prosecutor",), lang="en")
    export_pack(job)
    texts = pdf_texts(job.out)
    assert "Dear Prosecutor," in texts[0]
    assert "Page 1 of" in texts[0]


def test_combined_pdf_has_a_bookmark_per_recipient(
    kit: Kit, case: Case, signed: list, out_dir: Path
) -> None:
    job = _job(
        kit,
        case,
        out_dir / "all.pdf",
        signed,
        recipient_ids=("court", "prosecutor"),
        combined=True,
    )
    [(_, packs)] = plan_packs(job)
    export_pack(job)
    reader = PdfReader(job.out)
    assert len(reader.pages) == sum(p.page_count for p in packs)
    top = [item for item in reader.outline if not isinstance(item, list)]
    titles = [item.title for item in top]
    assert titles == ["Председателю Алматинского городского суда", "Алматы қаласының прокуроры"]
    assert reader.get_destination_page_number(top[1]) == packs[0].page_count


def test_one_file_per_recipient_into_a_folder(
    kit: Kit, case: Case, signed: list, out_dir: Path
) -> None:
    job = _job(kit, case, out_dir, signed, recipient_ids=())
    written = export_pack(job)
    assert sorted(p.name for p in written) == ["kurmanov-court.pdf", "kurmanov-prosecutor.pdf"]


def test_invariant_output_is_byte_identical(
    kit: Kit, case: Case, signed: list, out_dir: Path
) -> None:
    first = _job(kit, case, out_dir / "a.pdf", signed)
    second = _job(kit, case, out_dir / "b.pdf", signed)
    export_pack(first)
    export_pack(second)
    assert first.out.read_bytes() == second.out.read_bytes()
    changed = list(signed)
    changed[0] = changed[0].model_copy(update={"town": "Тараз"})
    third = _job(kit, case, out_dir / "c.pdf", changed)
    export_pack(third)
    assert third.out.read_bytes() != first.out.read_bytes()


def test_letter_preview_is_the_cover_letter_alone(kit: Kit, case: Case) -> None:
    pdf = render_letter_pdf(kit, case, kit.recipient("court"), "ru", invariant=True)
    texts = pdf_texts(pdf)
    assert len(texts) == 1
    assert "Тема: Об освобождении Айнур Курманов (журналист)" in texts[0]
    assert "Под этим письмом подписались 0 человек." in texts[0]
    assert "Страница 1 из 1" in texts[0]


def test_sample_kit_exports_for_every_target(out_dir: Path) -> None:
    from desktop.services.kits import sample_kit

    kit = sample_kit()
    case = kit.cases[0]
    statement = next(iter(case.statements.values()))
    sigs = [
        make_signature(case, i, name, statement_fingerprint=statement.fingerprint)
        for i, name in enumerate(KAZAKH_NAMES)
    ]
    job = ExportJob(kit=kit, case_id=case.id, out=out_dir, signatures=tuple(sigs))
    written = (
        export_pack(job)
        if len(job.recipients()) > 1
        else export_pack(
            ExportJob(kit=kit, case_id=case.id, out=out_dir / "one.pdf", signatures=tuple(sigs))
        )
    )
    for path in written:
        assert any("Іңкәр" in text for text in pdf_texts(path))


def test_a_pack_without_signatures_says_so(kit: Kit, case: Case, out_dir: Path) -> None:
    job = _job(kit, case, out_dir / "none.pdf", [], lang="en")
    [(_, [pack])] = plan_packs(job)
    export_pack(job)
    texts = pdf_texts(job.out)
    assert len(texts) == pack.page_count == 4  # letter, petition, totals, receipt
    assert "There are no digital signatures yet." in texts[2]
