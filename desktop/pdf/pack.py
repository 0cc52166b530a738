"""A delivery pack for one recipient: letter, petition, signature pages, totals, copies, receipt.

The flowing sections are laid out before anything is drawn, and signature pages are simple
arithmetic, so every page knows "page X of Y" when it is drawn, in a single pass.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

from desktop.domain.case import Case, PetitionStatement, short_fingerprint
from desktop.domain.kit import Kit
from desktop.domain.letter import LetterTemplate
from desktop.domain.recipient import Recipient
from desktop.domain.signature import PaperTally
from desktop.domain.text import Lang, pick
from desktop.pdf import fonts
from desktop.pdf.digest import (
    ROOT_CODE,
    PageRange,
    Row,
    code_campaign_id,
    page_ranges,
    root_digest,
)
from desktop.pdf.escaping import plain
from desktop.pdf.flow import LaidOutPage, draw_laid_out, paginate
from desktop.pdf.geometry import Page, Paper
from desktop.pdf.labels import label
from desktop.pdf.sections import (
    copies_flowables,
    letter_flowables,
    petition_flowables,
    receipt_flowables,
    totals_flowables,
)
from desktop.pdf.sheets import SheetHeader, SignatureSheets
from desktop.pdf.textfit import truncate

PageDone = Callable[[], None]


@dataclass
class SignatureBook:
    """The rows printed for one case, shared by every pack of an export (digests computed once)."""

    campaign_id: str
    case_id: str
    rows: Sequence[Row]
    tallies: Sequence[PaperTally] = ()
    _ranges: dict[int, list[PageRange]] = field(default_factory=dict)

    def ranges(self, rows_per_page: int) -> list[PageRange]:
        """The signature pages at ``rows_per_page`` with their digests."""
        if rows_per_page not in self._ranges:
            self._ranges[rows_per_page] = page_ranges(
                self.campaign_id, self.case_id, self.rows, rows_per_page
            )
        return self._ranges[rows_per_page]

    def release(self) -> None:
        """Drop the rows once every page is drawn (the digests stay)."""
        self.rows = ()

    def root_code(self, rows_per_page: int) -> str:
        """The printed root code over all signature pages."""
        ranges = self.ranges(rows_per_page)
        digest = root_digest(
            self.campaign_id, self.case_id, len(self.rows), [r.digest for r in ranges]
        )
        return ROOT_CODE.format(
            cid=code_campaign_id(self.campaign_id),
            rows=len(self.rows),
            pages=len(ranges),
            digest=digest,
        )


def endorsed_statements(case: Case, rows: Sequence[Row], lang: Lang) -> list[PetitionStatement]:
    """The statements the signers endorsed (the one in ``lang`` when nobody has signed yet)."""
    used = {s.fingerprint for s in rows}
    found = [st for st in case.statements.values() if st.fingerprint in used]
    if found:
        order = {lg: i for i, lg in enumerate((lang, "ru", "kk", "en"))}
        return sorted(found, key=lambda st: order.get(st.lang, 9))
    own = case.statement(lang)
    return [own] if own is not None else []


class FlowPages:
    """Page furniture for the flowing pages: a rule and "page X of Y" at the foot."""

    FOOTER_HEIGHT = 12.0

    def __init__(self, page: Page, lang: Lang, footer_text: str) -> None:
        self.page = page
        self.lang = lang
        self.footer_text = footer_text

    @property
    def frame_height(self) -> float:
        """Height left for content above the footer."""
        return self.page.frame_height - self.FOOTER_HEIGHT - 6

    def layout(self, story: list[Flowable]) -> list[LaidOutPage]:
        """Lay ``story`` out into pages."""
        return paginate(story, self.page.frame_width, self.frame_height)

    def draw(self, canvas: Canvas, laid: LaidOutPage, page_no: int, pages_total: int) -> None:
        """Draw one laid-out page with its footer."""
        page = self.page
        canvas.setPageSize(page.size)
        draw_laid_out(canvas, laid, page.left, page.top)
        y = page.bottom
        canvas.setStrokeGray(0.6)
        canvas.setLineWidth(0.4)
        canvas.line(page.left, y + self.FOOTER_HEIGHT, page.right, y + self.FOOTER_HEIGHT)
        canvas.setFillGray(0.25)
        canvas.setFont(fonts.SANS, 7.5)
        number = label("page_of", self.lang, n=page_no, total=pages_total)
        room = page.frame_width - fonts.string_width(number, fonts.SANS, 7.5) - 12
        canvas.drawString(page.left, y + 2, truncate(self.footer_text, fonts.SANS, 7.5, room))
        canvas.drawRightString(page.right, y + 2, number)
        canvas.setFillGray(0)
        canvas.setStrokeGray(0)


@dataclass(frozen=True)
class PackOptions:
    """How a pack is printed."""

    paper: Paper = "a4"
    landscape: bool = False
    today: dt.date | None = None
    template: LetterTemplate | None = None


class PackRenderer:
    """One recipient's delivery pack, laid out on construction and drawn by :meth:`draw`."""

    LETTER_MARGIN = 20 * mm

    def __init__(
        self,
        kit: Kit,
        case: Case,
        recipient: Recipient,
        lang: Lang,
        book: SignatureBook,
        copies: Sequence[Recipient],
        options: PackOptions,
    ) -> None:
        self.kit = kit
        self.case = case
        self.recipient = recipient
        self.lang = lang
        self.book = book
        self.options = options
        title = pick(case.title, lang)
        footer = f"{title} · {pick(recipient.name, lang)}"
        self.flow = FlowPages(Page.of(options.paper), lang, footer)
        width = self.flow.page.frame_width
        statements = endorsed_statements(case, book.rows, lang)
        demand = pick(case.demands[0], lang) if case.demands else ""
        to_line = ", ".join(
            p for p in (pick(recipient.name, lang), pick(recipient.position, lang)) if p
        )
        self.sheets = SignatureSheets(
            options.paper,
            options.landscape,
            lang,
            SheetHeader(
                case_title=title,
                recipient=to_line,
                demand=plain(demand),
                fingerprints=tuple((s.lang, short_fingerprint(s.fingerprint)) for s in statements),
            ),
            book.rows,
            book.campaign_id,
        )
        self.sheet_ranges = book.ranges(self.sheets.rows_per_page) if book.rows else []
        count = len(book.rows) + sum(t.count for t in book.tallies)
        letter = letter_flowables(
            kit,
            case,
            recipient,
            lang,
            width,
            template=options.template,
            signature_count=count,
            today=options.today,
        )
        self.letter_pages = self.flow.layout(letter)
        self.petition_pages = self.flow.layout(petition_flowables(case, lang, statements))
        root = book.root_code(self.sheets.rows_per_page) if book.rows else None
        # "Copies to" follows the totals on the same page when it fits.
        self.totals_pages = self.flow.layout(
            [
                *totals_flowables(lang, book.rows, book.tallies, root, width),
                Spacer(1, 8 * mm),
                *copies_flowables(lang, [c for c in copies if c.id != recipient.id]),
            ]
        )
        self.receipt_pages: list[LaidOutPage] = []
        langs: list[Lang] = [lang] if lang == "en" else [lang, "en"]
        # The receipt names the page count, which includes the receipt: settle it in two rounds.
        for _ in range(3):
            total = self.page_count
            self.receipt_pages = self.flow.layout(
                receipt_flowables(langs, kit.organisation.name, case.title, total, count, width)
            )
            if self.page_count == total:
                break

    def release(self) -> None:
        """Let go of the signature rows once the pack is drawn (digests are kept)."""
        self.sheets.rows = ()
        self.book.release()

    @property
    def page_count(self) -> int:
        """Pages in the whole pack."""
        return (
            len(self.letter_pages)
            + len(self.petition_pages)
            + len(self.sheet_ranges)
            + len(self.totals_pages)
            + len(self.receipt_pages)
        )

    def sections(self) -> list[tuple[str, int]]:
        """(outline title, first page index) of each section, for bookmarks."""
        lang = self.lang
        out = []
        index = 0
        for key, pages in (
            ("letter", len(self.letter_pages)),
            ("petition", len(self.petition_pages)),
            ("signatures", len(self.sheet_ranges)),
            ("totals", len(self.totals_pages)),
            ("receipt", len(self.receipt_pages)),
        ):
            if pages:
                out.append((label(key, lang), index))
            index += pages
        return out

    def draw(
        self,
        canvas: Canvas,
        on_page: PageDone,
        bookmark: Callable[[int], None] | None = None,
    ) -> None:
        """Draw every page; ``on_page`` runs after each one (progress, cancel checks)."""
        total = self.page_count
        number = 0

        def flow_pages(pages: list[LaidOutPage]) -> None:
            nonlocal number
            for laid in pages:
                if bookmark is not None:
                    bookmark(number)
                number += 1
                self.flow.draw(canvas, laid, number, total)
                canvas.showPage()
                on_page()

        flow_pages(self.letter_pages)
        flow_pages(self.petition_pages)
        sheets_total = len(self.sheet_ranges)
        for sheet in self.sheet_ranges:
            if bookmark is not None:
                bookmark(number)
            number += 1
            self.sheets.draw_page(canvas, sheet, sheets_total, number, total)
            canvas.showPage()
            on_page()
        flow_pages(self.totals_pages)
        flow_pages(self.receipt_pages)
