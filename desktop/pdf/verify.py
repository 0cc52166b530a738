"""Checking a printed pack against the signatures: which pages do not match, and why.

The digests printed on every signature page (and the root on the totals page) are read back
from the PDF's text and recomputed from the signatures with the very functions that printed
them.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from desktop.domain.kit import Kit
from desktop.domain.signature import Signature
from desktop.pdf.digest import (
    PAGE_CODE_RE,
    ROOT_CODE_RE,
    PageRange,
    Row,
    code_campaign_id,
    page_ranges,
    root_digest,
    select_rows,
)


class VerifyError(ValueError):
    """The file cannot be checked at all (not a PDF, or no Protest Kit signature pages)."""


@dataclass(frozen=True)
class PrintedPage:
    """The digest line read from one PDF page."""

    pdf_page: int
    campaign: str
    page: int
    pages: int
    first: int
    last: int
    digest: str


@dataclass(frozen=True)
class PrintedRoot:
    """The root digest line read from a totals page."""

    pdf_page: int
    campaign: str
    rows: int
    pages: int
    digest: str


@dataclass(frozen=True)
class Mismatch:
    """One problem, on a PDF page (1-based) when it belongs to one."""

    pdf_page: int | None
    message: str

    def __str__(self) -> str:
        where = f"page {self.pdf_page}: " if self.pdf_page is not None else ""
        return f"{where}{self.message}"


@dataclass
class VerifyReport:
    """What :func:`verify_pdf` found."""

    case_id: str
    signature_pages: int = 0
    packs: int = 0
    problems: list[Mismatch] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every signature page and root digest matches."""
        return not self.problems and self.signature_pages > 0

    @property
    def bad_pages(self) -> list[int]:
        """The PDF pages (1-based) with a problem."""
        return sorted({p.pdf_page for p in self.problems if p.pdf_page is not None})


def read_codes(pdf: Path | bytes) -> tuple[list[PrintedPage], list[PrintedRoot]]:
    """Every page digest and root digest printed in ``pdf``."""
    try:
        reader = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)
        texts = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, OSError, ValueError) as error:
        msg = f"cannot read the PDF: {error}"
        raise VerifyError(msg) from error
    pages: list[PrintedPage] = []
    roots: list[PrintedRoot] = []
    for index, text in enumerate(texts, 1):
        match = PAGE_CODE_RE.search(text)
        if match:
            pages.append(
                PrintedPage(
                    index,
                    match["cid"],
                    int(match["page"]),
                    int(match["pages"]),
                    int(match["first"]),
                    int(match["last"]),
                    match["digest"],
                )
            )
        root = ROOT_CODE_RE.search(text)
        if root:
            roots.append(
                PrintedRoot(
                    index, root["cid"], int(root["rows"]), int(root["pages"]), root["digest"]
                )
            )
    return pages, roots


def _runs(pages: list[PrintedPage]) -> list[list[PrintedPage]]:
    """Split the signature pages into packs: each pack's sheets follow one another."""
    runs: list[list[PrintedPage]] = []
    for page in pages:
        if (
            not runs
            or page.pdf_page != runs[-1][-1].pdf_page + 1
            or page.campaign != runs[-1][0].campaign
        ):
            runs.append([])
        runs[-1].append(page)
    return runs


def _rows_for(kit: Kit, case_id: str, signatures: Iterable[Signature]) -> list[Row]:
    case = kit.case(case_id)
    return select_rows(case_id, signatures, [s.fingerprint for s in case.statements.values()])


def _guess_case(kit: Kit, signatures: list[Signature], first: PrintedPage) -> str:
    """The kit's case whose signatures reproduce the first printed page, else the biggest."""
    best = ""
    best_count = -1
    for case in kit.cases:
        rows = _rows_for(kit, case.id, signatures)
        if first.last <= len(rows):
            size = first.last - first.first + 1
            for rng in page_ranges(first.campaign, case.id, rows[: first.last], size):
                if rng.page == first.page and rng.digest == first.digest:
                    return case.id
        if len(rows) > best_count:
            best, best_count = case.id, len(rows)
    return best


def verify_pdf(
    pdf: Path | bytes,
    kit: Kit,
    signatures: Iterable[Signature],
    *,
    campaign_id: str | None = None,
    case_id: str | None = None,
) -> VerifyReport:
    """Recompute every printed digest in ``pdf`` from ``signatures`` and report mismatches.

    Without ``case_id`` the case is found from the first signature page. Without
    ``campaign_id`` the campaign printed on the pages is taken as is.
    """
    printed, roots = read_codes(pdf)
    if not printed:
        msg = "no Protest Kit signature pages found in this PDF"
        raise VerifyError(msg)
    if case_id is None:
        sigs = list(signatures)
        case_id = _guess_case(kit, sigs, printed[0])
        rows = _rows_for(kit, case_id, sigs)
    elif case_id not in {c.id for c in kit.cases}:
        msg = f"the kit has no case {case_id!r}"
        raise VerifyError(msg)
    else:
        rows = _rows_for(kit, case_id, signatures)  # streams: only compact rows are kept
    report = VerifyReport(case_id=case_id, signature_pages=len(printed))
    problems = report.problems
    expected_cid = code_campaign_id(campaign_id) if campaign_id is not None else None
    runs = _runs(printed)
    report.packs = len(runs)
    for run in runs:
        cid = run[0].campaign
        if expected_cid is not None and cid != expected_cid:
            problems.append(
                Mismatch(
                    run[0].pdf_page,
                    f"these signature pages belong to campaign {cid}, not {expected_cid}",
                )
            )
            continue
        size = next((p.last - p.first + 1 for p in run if p.page < p.pages), run[0].last)
        expected = page_ranges(cid, case_id, rows, max(size, 1))
        _check_run(run, expected, len(rows), problems)
        _check_root(run, roots, cid, case_id, len(rows), expected, problems)
    return report


def _check_run(
    run: list[PrintedPage], expected: list[PageRange], row_count: int, problems: list[Mismatch]
) -> None:
    total = len(expected)
    if run[0].pages != total:
        problems.append(
            Mismatch(
                run[0].pdf_page,
                f"the PDF has {run[0].pages} signature sheets; the {row_count} signatures "
                f"fill {total}",
            )
        )
    seen: set[int] = set()
    for position, page in enumerate(run, 1):
        where = f"sheet {page.page}/{page.pages} (rows {page.first}-{page.last})"
        if page.page != position:
            problems.append(
                Mismatch(page.pdf_page, f"{where} is out of place: sheet {position} belongs here")
            )
        seen.add(page.page)
        if not 1 <= page.page <= total:
            problems.append(Mismatch(page.pdf_page, f"{where} does not exist in the signatures"))
            continue
        want = expected[page.page - 1]
        if (page.first, page.last) != (want.first, want.last):
            problems.append(
                Mismatch(
                    page.pdf_page,
                    f"{where} should hold rows {want.first}-{want.last}",
                )
            )
        elif page.digest != want.digest:
            problems.append(
                Mismatch(
                    page.pdf_page,
                    f"{where}: the printed rows do not match the signatures (digest differs)",
                )
            )
    for missing in sorted(set(range(1, total + 1)) - seen):
        want = expected[missing - 1]
        problems.append(
            Mismatch(None, f"sheet {missing}/{total} (rows {want.first}-{want.last}) is missing")
        )


def _check_root(
    run: list[PrintedPage],
    roots: list[PrintedRoot],
    cid: str,
    case_id: str,
    row_count: int,
    expected: list[PageRange],
    problems: list[Mismatch],
) -> None:
    last_page = run[-1].pdf_page
    root = next((r for r in roots if r.pdf_page > last_page and r.campaign == cid), None)
    if root is None:
        problems.append(Mismatch(None, "the totals page with the root digest is missing"))
        return
    want = root_digest(cid, case_id, row_count, [e.digest for e in expected])
    if root.digest != want or root.rows != row_count or root.pages != len(expected):
        problems.append(
            Mismatch(
                root.pdf_page,
                f"the root digest does not match the {row_count} signatures",
            )
        )
