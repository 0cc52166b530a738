"""Signature pages: a header on every page, then signers in fixed-height rows drawn straight
on the canvas (no platypus), so ten thousand rows cost seconds, not minutes."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from desktop.domain.placeholders import format_number
from desktop.domain.text import Lang
from desktop.pdf import fonts
from desktop.pdf.digest import PAGE_CODE, PageRange, Row, code_campaign_id
from desktop.pdf.escaping import plain
from desktop.pdf.fasttext import TextBlock, TextState
from desktop.pdf.geometry import Page, Paper
from desktop.pdf.labels import label
from desktop.pdf.qr import qr_path
from desktop.pdf.simplify import signature_path
from desktop.pdf.textfit import fit_lines, truncate


@dataclass(frozen=True)
class Column:
    """One column of the signature table."""

    key: str
    title: str
    x: float
    width: float


@dataclass(frozen=True)
class SheetHeader:
    """What every signature page repeats at its top (plain text, not markup)."""

    case_title: str
    recipient: str
    demand: str
    fingerprints: tuple[tuple[Lang, str], ...]


def _date(sig: Row, lang: Lang) -> str:
    day = sig.signed_at.date()
    if lang == "en":
        return day.isoformat()
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


class SignatureSheets:
    """Lays out and draws the signature pages of one pack."""

    MARGIN = 14 * mm
    ROW_HEIGHT = 26.0
    HEADER_HEIGHT = 70.0
    COLUMN_HEAD_HEIGHT = 16.0
    FOOTER_HEIGHT = 24.0
    QR_SIZE = 66.0
    PAD = 3.0
    NAME_SIZE = 8.5
    SMALL_SIZE = 7.3
    INK = "0.05 0.12 0.40 RG"
    CACHE_LIMIT = 5000
    BASE_WIDTHS: ClassVar[dict[str, float]] = {
        "no": 26,
        "name": 118,
        "place": 84,
        "org": 86,
        "date": 50,
        "signature": 84,
    }
    GROW: ClassVar[dict[str, float]] = {"name": 0.35, "place": 0.15, "org": 0.25, "signature": 0.25}

    def __init__(
        self,
        paper: Paper,
        landscape: bool,
        lang: Lang,
        header: SheetHeader,
        rows: Sequence[Row],
        campaign_id: str,
    ) -> None:
        self.page = Page.of(paper, landscape=landscape, margin=self.MARGIN)
        self.lang = lang
        self.header = header
        self.rows = rows
        self.code_id = code_campaign_id(campaign_id)
        self.columns = self._columns(rows)
        body = (
            self.page.frame_height
            - self.HEADER_HEIGHT
            - self.COLUMN_HEAD_HEIGHT
            - self.FOOTER_HEIGHT
        )
        self.rows_per_page = max(int(body // self.ROW_HEIGHT), 1)
        # Render state: operators and fitted lines of text that repeats (towns, dates).
        self._text = TextState()
        self._grids: dict[int, str] = {}
        self._fit_cache: dict[tuple[tuple[str, ...], float], list[str]] = {}
        self._static: tuple[str, str] | None = None

    def page_count(self) -> int:
        """How many signature pages the rows fill (0 when there are none)."""
        return math.ceil(len(self.rows) / self.rows_per_page)

    def _columns(self, rows: Sequence[Row]) -> list[Column]:
        keys = ["no", "name"]
        # Columns no signer filled are left out.
        if any(s.town or s.country for s in rows):
            keys.append("place")
        if any(s.organisation and not s.anonymous for s in rows):
            keys.append("org")
        keys.append("date")
        if any(s.has_drawing for s in rows):
            keys.append("signature")
        titles = {
            "no": label("col_no", self.lang),
            "name": label("col_name", self.lang),
            "place": label("col_place", self.lang),
            "org": label("col_org", self.lang),
            "date": label("col_date", self.lang),
            "signature": label("col_signature", self.lang),
        }
        base = sum(self.BASE_WIDTHS[k] for k in keys)
        extra = self.page.frame_width - base
        grow_total = sum(self.GROW.get(k, 0.0) for k in keys)
        x = self.page.left
        columns = []
        for key in keys:
            width = self.BASE_WIDTHS[key] + extra * self.GROW.get(key, 0.0) / grow_total
            columns.append(Column(key, titles[key], x, width))
            x += width
        return columns

    # -- drawing ---------------------------------------------------------------------------

    def draw_page(
        self, canvas: Canvas, sheet: PageRange, sheets_total: int, page_no: int, pages_total: int
    ) -> None:
        """Draw signature page ``sheet`` (rows and digest) as page ``page_no`` of the pack.

        One renderer draws into one document: the text it caches is encoded for that
        document's font subsets.
        """
        canvas.setPageSize(self.page.size)
        if self._static is None:
            self._static = self._static_ops(canvas)
        header, column_heads = self._static
        # In reading order, so extracted text reads like the page.
        canvas.addLiteral(header)
        self._draw_span(canvas, sheet)
        canvas.addLiteral(column_heads)
        table_top = self.page.top - self.HEADER_HEIGHT
        rows_top = table_top - self.COLUMN_HEAD_HEIGHT
        count = sheet.last - sheet.first + 1
        self._draw_grid(canvas, table_top, rows_top, count)
        self._draw_rows(canvas, rows_top, sheet.first, sheet.last)
        self._draw_page_text(canvas, sheet, sheets_total, page_no, pages_total)

    def _static_ops(self, canvas: Canvas) -> tuple[str, str]:
        """What every signature page repeats: header lines, shaded column heads."""
        page = self.page
        lang = self.lang
        text = TextBlock(canvas, self._text)
        width = page.frame_width - self.QR_SIZE - 8
        top = page.top
        title = truncate(plain(self.header.case_title), fonts.SANS_BOLD, 11, width)
        text.put(page.left, top - 11, title, fonts.SANS_BOLD, 11)
        lines = [
            f"{label('to', lang)}: {plain(self.header.recipient)}",
            f"{label('demand', lang)}: {plain(self.header.demand)}",
        ]
        y = top - 25
        for line in lines:
            text.put(page.left, y, truncate(line, fonts.SANS, 8.5, width), fonts.SANS, 8.5)
            y -= 11.5
        prints = " · ".join(f"{lg.upper()} {short}" for lg, short in self.header.fingerprints)
        line = truncate(f"{label('fingerprint_short', lang)}: {prints}", fonts.SANS, 7.5, width)
        text.put(page.left, y, line, fonts.SANS, 7.5)
        header = text.render()
        heads_top = top - self.HEADER_HEIGHT
        heads_bottom = heads_top - self.COLUMN_HEAD_HEIGHT
        for column in self.columns:
            title = truncate(column.title, fonts.SANS_BOLD, 7.5, column.width - 2 * self.PAD)
            text.put(column.x + self.PAD, heads_bottom + 5, title, fonts.SANS_BOLD, 7.5)
        shade = (
            f"q 0.9 g {page.left:.2f} {heads_bottom:.2f} {page.frame_width:.2f} "
            f"{self.COLUMN_HEAD_HEIGHT:.2f} re f Q"
        )
        return header, f"{shade}\n{text.render()}"

    def _code(self, sheet: PageRange, sheets_total: int) -> str:
        return PAGE_CODE.format(
            cid=self.code_id,
            page=sheet.page,
            pages=sheets_total,
            first=sheet.first,
            last=sheet.last,
            digest=sheet.digest,
        )

    def _draw_span(self, canvas: Canvas, sheet: PageRange) -> None:
        """The rows this page holds, under the header: "Signatures 26-50 / 10,000"."""
        lang = self.lang
        text = TextBlock(canvas, self._text)
        total = format_number(len(self.rows), lang)
        span = f"{format_number(sheet.first, lang)}–{format_number(sheet.last, lang)}"
        heading = f"{label('signatures', lang)} {span} / {total}"
        text.put(self.page.left, self.page.top - 25 - 2 * 11.5 - 11, heading, fonts.SANS_BOLD, 7.5)
        text.flush()

    def _draw_page_text(
        self, canvas: Canvas, sheet: PageRange, sheets_total: int, page_no: int, pages_total: int
    ) -> None:
        """What changes from page to page: the row span, the digest, the QR code, the number."""
        page = self.page
        lang = self.lang
        text = TextBlock(canvas, self._text)
        bottom = page.bottom
        text.put(
            page.left,
            bottom + 12,
            label("page_digest", lang, first=sheet.first, last=sheet.last),
            fonts.SANS,
            7.5,
        )
        number = label("page_of", lang, n=page_no, total=pages_total)
        x = page.right - fonts.string_width(number, fonts.SANS, 7.5)
        text.put(x, bottom + 12, number, fonts.SANS, 7.5)
        code = self._code(sheet, sheets_total)
        size = 6.0
        width = fonts.string_width(code, fonts.SANS, size)
        if width > page.frame_width:
            size = round(size * page.frame_width / width, 2)
        text.put(page.left, bottom + 2, code, fonts.SANS, size)
        text.flush()
        qr = qr_path(code, page.right - self.QR_SIZE, page.top - self.QR_SIZE, self.QR_SIZE)
        canvas.addLiteral("0 g\n" + qr)

    def _draw_grid(self, canvas: Canvas, table_top: float, rows_top: float, count: int) -> None:
        # Every full page has the same grid: format it once.
        grid = self._grids.get(count)
        if grid is None:
            grid = self._grids[count] = self._grid_ops(table_top, rows_top, count)
        canvas.addLiteral(grid)

    def _grid_ops(self, table_top: float, rows_top: float, count: int) -> str:
        page = self.page
        bottom = rows_top - count * self.ROW_HEIGHT
        ops = ["q 0.6 G 0.4 w"]
        for i in range(count + 1):
            y = rows_top - i * self.ROW_HEIGHT
            ops.append(f"{page.left:.1f} {y:.1f} m {page.right:.1f} {y:.1f} l")
        ops.append(f"{page.left:.1f} {table_top:.1f} m {page.right:.1f} {table_top:.1f} l")
        for column in [*self.columns[1:]]:
            ops.append(f"{column.x:.1f} {table_top:.1f} m {column.x:.1f} {bottom:.1f} l")
        ops.append(f"{page.left:.1f} {table_top:.1f} m {page.left:.1f} {bottom:.1f} l")
        ops.append(f"{page.right:.1f} {table_top:.1f} m {page.right:.1f} {bottom:.1f} l")
        ops.append("S Q")
        return "\n".join(ops)

    def _draw_rows(self, canvas: Canvas, rows_top: float, first: int, last: int) -> None:
        lang = self.lang
        pad = self.PAD
        row_h = self.ROW_HEIGHT
        name_size = self.NAME_SIZE
        small = self.SMALL_SIZE
        anonymous = label("anonymous", lang)
        text = TextBlock(canvas, self._text)
        put = text.put
        paths: list[str] = []

        def lines_in(
            lines: list[str],
            x: float,
            top: float,
            font: str,
            size: float,
            gap: float,
            repeats: bool = False,
        ) -> None:
            if len(lines) == 1:
                put(x, top - row_h / 2 - size * 0.35, lines[0], font, size, repeats=repeats)
                return
            y = top - row_h / 2 + gap / 2 - size * 0.35
            for line in lines:
                put(x, y, line, font, size, repeats=repeats)
                y -= gap

        fitted = self._fit_cache

        def fit(value: tuple[str, ...], width: float, font: str, size: float) -> list[str]:
            # Towns, countries and organisations repeat: fit each once.
            key = (value, width)
            lines = fitted.get(key)
            if lines is None:
                if len(value) == 1:
                    lines = fit_lines(plain(value[0]), font, size, width, 2)
                else:
                    lines = [truncate(plain(v), font, size, width) for v in value if v.strip()]
                if len(fitted) < self.CACHE_LIMIT:
                    fitted[key] = lines
            return lines

        by_key = {column.key: column for column in self.columns}
        # Where each cell's text starts, and how wide it may be (None: no such column).
        no = by_key["no"]
        no_right = no.x + no.width - pad
        name = by_key["name"]
        name_x, name_inner = name.x + pad, name.width - 2 * pad
        place = by_key.get("place")
        place_x, place_inner = (place.x + pad, place.width - 2 * pad) if place else (0.0, 0.0)
        org = by_key.get("org")
        org_x, org_inner = (org.x + pad, org.width - 2 * pad) if org else (0.0, 0.0)
        date_x = by_key["date"].x + pad
        drawn = by_key.get("signature")
        sig_x, sig_width = (drawn.x + 2 * pad, drawn.width - 4 * pad) if drawn else (0.0, 0.0)
        sig_height = row_h - 2 * pad - 1
        width_of = pdfmetrics.stringWidth
        rows = self.rows
        for number in range(first, last + 1):
            sig = rows[number - 1]
            top = rows_top - (number - first) * row_h
            middle = top - row_h / 2 - small * 0.35
            value = str(number)
            put(no_right - width_of(value, fonts.SANS, small), middle, value, fonts.SANS, small)
            if sig.anonymous:
                lines = fit((anonymous,), name_inner, fonts.SANS_ITALIC, small)
                lines_in(lines, name_x, top, fonts.SANS_ITALIC, small, small + 1.5, True)
            else:
                lines = fit_lines(plain(sig.name), fonts.SANS, name_size, name_inner, 2)
                lines_in(lines, name_x, top, fonts.SANS, name_size, name_size + 1.5)
            if place is not None:
                lines = fit((sig.town, sig.country), place_inner, fonts.SANS, small)
                if lines:
                    lines_in(lines, place_x, top, fonts.SANS, small, small + 1.5, True)
            if org is not None and sig.organisation:
                lines = fit((sig.organisation,), org_inner, fonts.SANS, small)
                lines_in(lines, org_x, top, fonts.SANS, small, small + 1.5, True)
            put(date_x, middle, _date(sig, lang), fonts.SANS, small, repeats=True)
            if drawn is not None and sig.lengths:
                path = signature_path(
                    sig.coords, sig.lengths, sig_x, top - row_h + pad + 0.5, sig_width, sig_height
                )
                if path:
                    paths.append(path)
        text.flush()
        if paths:
            canvas.addLiteral(f"q {self.INK} 1 J 1 j\n" + "\n".join(paths) + "\nQ")
