"""Golden checks: a small pack with repeatable output, compared with stored page text.

When a change to the layout is intended, regenerate with ``PK_UPDATE_GOLDEN=1 pytest
tests/pdf/test_golden.py`` and look at the diff.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from desktop.domain.case import Case
from desktop.domain.kit import Kit
from desktop.pdf import ExportJob, export_pack, plan_packs
from tests.pdf.conftest import KAZAKH_NAMES, make_signature, pdf_texts

GOLDEN = Path(__file__).parent / "golden"


def _normal(text: str) -> str:
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


@pytest.fixture
def pack(kit: Kit, case: Case, tmp_path: Path) -> tuple[list[str], bytes, int]:
    sigs = [make_signature(case, i + 1, name) for i, name in enumerate(KAZAKH_NAMES)]
    sigs.append(make_signature(case, 9, "Anna Smith", anonymous=True, town="London"))
    job = ExportJob(
        kit=kit,
        case_id=case.id,
        out=tmp_path / "golden.pdf",
        recipient_ids=("court",),
        signatures=tuple(sigs),
        campaign_id="golden",
        invariant=True,
        today=dt.date(2010, 5, 4),
    )
    [(_, [renderer])] = plan_packs(job)
    export_pack(job)
    first_sheet = len(renderer.letter_pages) + len(renderer.petition_pages)
    return pdf_texts(job.out), job.out.read_bytes(), first_sheet


@pytest.mark.parametrize("page", ["letter", "sheet"])
def test_page_text_matches_the_golden_copy(pack: tuple[list[str], bytes, int], page: str) -> None:
    texts, _, first_sheet = pack
    text = _normal(texts[0 if page == "letter" else first_sheet])
    golden = GOLDEN / f"{page}.txt"
    if os.environ.get("PK_UPDATE_GOLDEN"):
        golden.write_text(text + "\n", encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8").rstrip("\n")


def test_invariant_output_carries_no_build_time(pack: tuple[list[str], bytes, int]) -> None:
    _, data, _ = pack
    assert b"/CreationDate (D:20000101000000" in data  # reportlab's fixed date, not now
    assert b"/ModDate (D:20000101000000" in data
