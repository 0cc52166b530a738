"""Blank wet-ink signature sheets: the statement on every page, numbered rows, a sheet id and a
QR code, so paper sheets can be matched and counted after the picket."""

from __future__ import annotations

import hashlib
import io
import secrets
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from desktop.domain.case import Case, short_fingerprint
from desktop.domain.kit import Kit
from desktop.domain.text import Lang, pick
from desktop.pdf import fonts
from desktop.pdf.document import new_canvas
from desktop.pdf.escaping import escape_markup, plain
from desktop.pdf.geometry import Page, Paper
from desktop.pdf.labels import label
from desktop.pdf.output import atomic_file
from desktop.pdf.qr import qr_path
from desktop.pdf.styles import stylesheet
from desktop.pdf.textfit import truncate

SHEET_CODE = "PKS1 S:{sheet} K:{case} F:{fingerprint} N:{rows}"


@dataclass(frozen=True)
class BlankSheetsJob:
    """What to print: ``pages`` sheets for one case in one language."""

    kit: Kit
    case_id: str
    lang: Lang
    pages: int
    paper: Paper = "a4"
    landscape: bool = False
    series: str = ""
    invariant: bool = False


class BlankSheetRenderer:
    """Draws wet-ink signing sheets."""

    MARGIN = 14 * mm
    ROW_HEIGHT = 30.0
    COLUMN_HEAD_HEIGHT = 16.0
    QR_SIZE = 54.0
    FOOTER_HEIGHT = QR_SIZE + 8
    STATEMENT_MAX = 0.34
    """At most this share of the page height goes to the statement."""
    COLUMNS: tuple[tuple[str, float], ...] = (
        ("col_no", 0.06),
        ("col_name", 0.30),
        ("col_place", 0.20),
        ("col_org", 0.19),
        ("col_signature", 0.25),
    )

    def __init__(self, job: BlankSheetsJob) -> None:
        self.job = job
        try:
            self.case: Case = job.kit.case(job.case_id)
        except KeyError:
            msg = f"the kit has no case {job.case_id!r}"
            raise ValueError(msg) from None
        statement = self.case.statement(job.lang)
        if statement is None:
            msg = f"case {job.case_id!r} has no petition statement to print"
            raise ValueError(msg)
        self.statement = statement
        self.page = Page.of(job.paper, landscape=job.landscape, margin=self.MARGIN)
        self.series = job.series or self._series()
        self.statement_para, self.statement_height = self._statement()
        # The kit's consent text speaks of the signing station (data kept on the laptop); a
        # paper sheet needs its own words.
        consent = label("consent", job.lang)
        self.consent = Paragraph(escape_markup(consent), stylesheet().small)
        _, self.consent_height = self.consent.wrap(self.page.frame_width, self.page.frame_height)
        top_block = 18 + self.statement_height + 6 + self.consent_height + 8
        body = self.page.frame_height - top_block - self.COLUMN_HEAD_HEIGHT - self.FOOTER_HEIGHT
        self.rows = max(int(body // self.ROW_HEIGHT), 1)
        self.top_block = top_block

    def _series(self) -> str:
        if self.job.invariant:
            seed = f"{self.job.kit.id}\x00{self.case.id}\x00{self.job.lang}".encode()
            return hashlib.sha256(seed).hexdigest()[:6].upper()
        return secrets.token_hex(3).upper()

    def _statement(self) -> tuple[Paragraph, float]:
        base = stylesheet().statement
        limit = self.page.frame_height * self.STATEMENT_MAX
        size = base.fontSize
        while True:
            style = base.clone("sheet_statement", fontSize=size, leading=size * 1.3)
            para = Paragraph(escape_markup(self.statement.text), style)
            _, height = para.wrap(self.page.frame_width - 16, self.page.frame_height)
            if height <= limit or size <= 6.5:
                return para, height + 12
            size -= 0.5

    def sheet_id(self, number: int) -> str:
        """The id printed on sheet ``number``."""
        return f"{self.series}-{number:03d}"

    def draw(self, canvas: Canvas) -> None:
        """Draw every sheet."""
        for number in range(1, self.job.pages + 1):
            self._draw_sheet(canvas, number)
            canvas.showPage()

    def _draw_sheet(self, canvas: Canvas, number: int) -> None:
        page = self.page
        lang = self.job.lang
        canvas.setPageSize(page.size)
        top = page.top
        canvas.setFont(fonts.SANS_BOLD, 12)
        title = f"{label('sheet_title', lang)}: {plain(pick(self.case.title, lang))}"
        canvas.drawString(
            page.left, top - 12, truncate(title, fonts.SANS_BOLD, 12, page.frame_width)
        )
        y = top - 18 - 6
        self.statement_para.drawOn(canvas, page.left + 8, y - self.statement_height + 12)
        y -= self.statement_height
        self.consent.drawOn(canvas, page.left, y - self.consent_height)
        table_top = top - self.top_block
        self._draw_table(canvas, table_top)
        self._draw_footer(canvas, number)

    def _draw_table(self, canvas: Canvas, table_top: float) -> None:
        page = self.page
        lang = self.job.lang
        width = page.frame_width
        xs = [page.left]
        for _, share in self.COLUMNS:
            xs.append(xs[-1] + share * width)
        canvas.setFillGray(0.9)
        canvas.rect(
            page.left,
            table_top - self.COLUMN_HEAD_HEIGHT,
            width,
            self.COLUMN_HEAD_HEIGHT,
            stroke=0,
            fill=1,
        )
        canvas.setFillGray(0)
        canvas.setFont(fonts.SANS_BOLD, 7.5)
        for (key, _), x, x_next in zip(self.COLUMNS, xs, xs[1:], strict=False):
            canvas.drawString(
                x + 3,
                table_top - self.COLUMN_HEAD_HEIGHT + 5,
                truncate(label(key, lang), fonts.SANS_BOLD, 7.5, x_next - x - 6),
            )
        rows_top = table_top - self.COLUMN_HEAD_HEIGHT
        bottom = rows_top - self.rows * self.ROW_HEIGHT
        ops = ["q 0.5 G 0.5 w"]
        for i in range(self.rows + 1):
            y = rows_top - i * self.ROW_HEIGHT
            ops.append(f"{page.left:.1f} {y:.1f} m {page.right:.1f} {y:.1f} l")
        ops.append(f"{page.left:.1f} {table_top:.1f} m {page.right:.1f} {table_top:.1f} l")
        for x in xs:
            ops.append(f"{x:.1f} {table_top:.1f} m {x:.1f} {bottom:.1f} l")
        ops.append("S Q")
        canvas.addLiteral("\n".join(ops))
        canvas.setFont(fonts.SANS, 8)
        for i in range(self.rows):
            y = rows_top - (i + 1) * self.ROW_HEIGHT + 4
            canvas.drawRightString(xs[1] - 3, y, str(i + 1))

    def _draw_footer(self, canvas: Canvas, number: int) -> None:
        page = self.page
        lang = self.job.lang
        sheet = self.sheet_id(number)
        code = SHEET_CODE.format(
            sheet=sheet,
            case=self.case.id.upper().replace("_", "-"),
            fingerprint=short_fingerprint(self.statement.fingerprint).upper(),
            rows=self.rows,
        )
        size = self.QR_SIZE
        canvas.addLiteral("0 g\n" + qr_path(code, page.right - size, page.bottom, size))
        canvas.setFont(fonts.SANS_BOLD, 10)
        canvas.drawString(page.left, page.bottom + 18, f"{label('sheet_id', lang)} {sheet}")
        canvas.setFont(fonts.SANS, 7.5)
        fingerprint = short_fingerprint(self.statement.fingerprint)
        canvas.drawString(
            page.left,
            page.bottom + 7,
            f"{label('fingerprint_short', lang)}: {self.statement.lang.upper()} {fingerprint}"
            f" · {label('page_of', lang, n=number, total=self.job.pages)}",
        )
        canvas.setFont(fonts.SANS, 6)
        canvas.drawString(page.left, page.bottom - 1, code)


def _canvas_for(job: BlankSheetsJob, case: Case, target: io.BytesIO | object) -> Canvas:
    return new_canvas(
        target,  # type: ignore[arg-type]
        title=f"{label('sheet_title', job.lang)}: {pick(case.title, job.lang)}",
        author=pick(job.kit.organisation.name, job.lang),
        invariant=job.invariant,
    )


def blank_sheets(job: BlankSheetsJob, out: Path | None = None) -> bytes | Path:
    """Render ``job``: to ``out`` (written atomically, returns the path) or to bytes."""
    if job.pages < 1:
        msg = "the number of sheets must be at least 1"
        raise ValueError(msg)
    renderer = BlankSheetRenderer(job)
    if out is None:
        buffer = io.BytesIO()
        canvas = _canvas_for(job, renderer.case, buffer)
        renderer.draw(canvas)
        canvas.save()
        return buffer.getvalue()
    with atomic_file(out) as stream:
        canvas = _canvas_for(job, renderer.case, stream)
        renderer.draw(canvas)
        canvas.save()
    return out
