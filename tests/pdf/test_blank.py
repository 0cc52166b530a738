"""Blank wet-ink sheets: statement on every page, numbered rows, sheet ids, QR codes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.domain.kit import Kit
from desktop.pdf import BlankSheetsJob, blank_sheets
from tests.pdf.conftest import STATEMENT_KK, pdf_texts, unsafe_objects


def test_every_sheet_has_the_statement_rows_and_its_own_id(kit: Kit, out_dir: Path) -> None:
    job = BlankSheetsJob(kit=kit, case_id="kurmanov", lang="kk", pages=3, series="ALM")
    path = blank_sheets(job, out_dir / "sheets.pdf")
    assert path == out_dir / "sheets.pdf"
    texts = pdf_texts(out_dir / "sheets.pdf")
    assert len(texts) == 3
    for number, text in enumerate(texts, 1):
        flat = " ".join(text.split())
        assert " ".join(STATEMENT_KK.split()) in flat
        assert f"Парақ ALM-{number:03d}" in flat
        assert f"PKS1 S:ALM-{number:03d} K:KURMANOV" in flat
        assert "қол қоя отырып" in flat.lower()  # the consent line
        rows = int(re.search(r" N:(\d+)", flat)[1])  # type: ignore[index]
        assert rows >= 10
        assert all(str(n) in text.split() for n in range(1, rows + 1))
    assert unsafe_objects((out_dir / "sheets.pdf").read_bytes()) == []


@pytest.mark.parametrize(("paper", "landscape"), [("letter", False), ("a4", True)])
def test_sizes(kit: Kit, paper: str, landscape: bool) -> None:
    data = blank_sheets(
        BlankSheetsJob(
            kit=kit,
            case_id="kurmanov",
            lang="en",
            pages=1,
            paper=paper,  # type: ignore[arg-type]
            landscape=landscape,
        )
    )
    assert isinstance(data, bytes)
    box = PdfReader(__import__("io").BytesIO(data)).pages[0].mediabox
    assert (float(box.width) > float(box.height)) == landscape


def test_invariant_sheets_repeat_and_random_series_differ(kit: Kit) -> None:
    job = BlankSheetsJob(kit=kit, case_id="kurmanov", lang="ru", pages=1, invariant=True)
    assert blank_sheets(job) == blank_sheets(job)
    loose = BlankSheetsJob(kit=kit, case_id="kurmanov", lang="ru", pages=1)
    assert blank_sheets(loose) != blank_sheets(loose)


def test_bad_requests_are_refused(kit: Kit, out_dir: Path) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        blank_sheets(BlankSheetsJob(kit=kit, case_id="kurmanov", lang="ru", pages=0))
    with pytest.raises(ValueError, match="no case"):
        blank_sheets(BlankSheetsJob(kit=kit, case_id="nope", lang="ru", pages=1))
    assert list(out_dir.iterdir()) == []
