"""Export jobs: delivery packs written atomically, with progress and cancel for the UI."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from reportlab.pdfgen.canvas import Canvas

from desktop.domain.case import Case
from desktop.domain.kit import Kit
from desktop.domain.letter import LetterTemplate
from desktop.domain.recipient import Recipient
from desktop.domain.signature import PaperTally, Signature
from desktop.domain.text import Lang, pick
from desktop.pdf.digest import select_rows
from desktop.pdf.document import collector_paused, new_canvas, pages_compressed_early
from desktop.pdf.geometry import Page, Paper
from desktop.pdf.labels import label
from desktop.pdf.output import atomic_file
from desktop.pdf.pack import FlowPages, PackOptions, PackRenderer, SignatureBook
from desktop.pdf.sections import letter_flowables

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]


class ExportCancelled(Exception):  # noqa: N818 - the name the UI contract uses
    """The export was cancelled; no file was left under the requested name."""


class ExportError(ValueError):
    """The job cannot be exported as described (unknown case or recipient, bad output path)."""


@dataclass(frozen=True)
class ExportJob:
    """Everything an export needs, fixed before it starts (safe to hand to a worker thread).

    ``recipient_ids`` empty means every ``target`` recipient of the case. Without
    ``combined``, several recipients give one file each inside ``out`` (a folder), named
    ``<case>-<recipient>.pdf``; one recipient, or ``combined``, writes ``out`` itself.
    """

    kit: Kit
    case_id: str
    out: Path
    recipient_ids: tuple[str, ...] = ()
    signatures: tuple[Signature, ...] = ()
    source: Callable[[], Iterable[Signature]] | None = None
    paper_tallies: tuple[PaperTally, ...] = ()
    recipient_langs: Mapping[str, Lang] = field(default_factory=dict)
    lang: Lang | None = None
    paper: Paper = "a4"
    landscape: bool = False
    combined: bool = False
    campaign_id: str = ""
    invariant: bool = False
    today: dt.date | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "recipient_langs", MappingProxyType(dict(self.recipient_langs)))

    @property
    def case(self) -> Case:
        """The case being exported."""
        try:
            return self.kit.case(self.case_id)
        except KeyError:
            msg = f"the kit has no case {self.case_id!r}"
            raise ExportError(msg) from None

    @property
    def effective_campaign_id(self) -> str:
        """The campaign id printed in the codes (the kit's id when there is no campaign)."""
        return self.campaign_id or f"kit-{self.kit.id}"

    def recipients(self) -> list[Recipient]:
        """The recipients who get a pack, in order."""
        case = self.case
        if not self.recipient_ids:
            return [r for r in self.kit.recipients_for(case) if r.role == "target"]
        chosen = []
        for rid in self.recipient_ids:
            try:
                chosen.append(self.kit.recipient(rid))
            except KeyError:
                msg = f"the kit has no recipient {rid!r}"
                raise ExportError(msg) from None
        return chosen

    def copies(self) -> list[Recipient]:
        """The case's ``copy`` recipients, listed on every pack's "copies to" page."""
        return [r for r in self.kit.recipients_for(self.case) if r.role == "copy"]

    def lang_for(self, recipient: Recipient) -> Lang:
        """The pack language for ``recipient``: chosen per recipient, else forced, else its own."""
        return self.recipient_langs.get(recipient.id) or self.lang or recipient.language

    def outputs(self) -> list[tuple[Path, list[Recipient]]]:
        """Which file holds which recipients' packs."""
        recipients = self.recipients()
        if not recipients:
            msg = f"case {self.case_id!r} has no recipients to export for"
            raise ExportError(msg)
        if self.combined or len(recipients) == 1:
            return [(self.out, recipients)]
        return [(self.out / f"{self.case_id}-{r.id}.pdf", [r]) for r in recipients]


def _book(job: ExportJob) -> SignatureBook:
    case = job.case
    fingerprints = [s.fingerprint for s in case.statements.values()]
    signatures = job.source() if job.source is not None else job.signatures
    rows = select_rows(case.id, signatures, fingerprints)
    tallies = [t for t in job.paper_tallies if t.case_id == case.id]
    return SignatureBook(job.effective_campaign_id, case.id, rows, tallies)


def plan_packs(job: ExportJob) -> list[tuple[Path, list[PackRenderer]]]:
    """Lay out every pack of ``job`` (no drawing yet): per output file, its packs."""
    case = job.case
    book = _book(job)
    copies = job.copies()
    options = PackOptions(paper=job.paper, landscape=job.landscape, today=job.today)
    plan = []
    for path, recipients in job.outputs():
        packs = [
            PackRenderer(job.kit, case, r, job.lang_for(r), book, copies, options)
            for r in recipients
        ]
        plan.append((path, packs))
    return plan


def _metadata(kit: Kit, case: Case, lang: Lang) -> dict[str, str]:
    subject = label("petition", lang)
    if case.reference:
        subject = f"{subject} {case.reference}"
    return {
        "title": pick(case.title, lang),
        "author": pick(kit.organisation.name, lang),
        "subject": subject,
    }


def _draw_file(canvas: Canvas, packs: list[PackRenderer], on_page: Callable[[], None]) -> None:
    outline = len(packs) > 1
    for index, pack in enumerate(packs):
        sections = {first: title for title, first in pack.sections()}
        pack_key = f"pack{index}"
        name = pick(pack.recipient.name, pack.lang)

        def bookmark(
            page: int,
            pack_key: str = pack_key,
            name: str = name,
            sections: dict[int, str] = sections,
        ) -> None:
            if page == 0:
                canvas.bookmarkPage(pack_key)
                canvas.addOutlineEntry(name, pack_key, level=0)
            if page in sections:
                key = f"{pack_key}-{page}"
                canvas.bookmarkPage(key)
                canvas.addOutlineEntry(sections[page], key, level=1 if outline else 0)

        pack.draw(canvas, on_page, bookmark if outline else _section_marks(canvas, sections))
    if outline:
        canvas.showOutline()


def _section_marks(canvas: Canvas, sections: dict[int, str]) -> Callable[[int], None]:
    def bookmark(page: int) -> None:
        if page in sections:
            key = f"s{page}"
            canvas.bookmarkPage(key)
            canvas.addOutlineEntry(sections[page], key, level=0)

    return bookmark


def export_pack(
    job: ExportJob,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
) -> list[Path]:
    """Write the delivery pack(s) of ``job``; return the files written.

    Each file is written beside its target and renamed into place only when every file is
    complete; a failure or :class:`ExportCancelled` leaves no new file behind.
    ``progress(done, total)`` counts pages; ``should_cancel()`` is asked after every page.
    """
    if job.out.exists() and job.out.is_dir() and (job.combined or len(job.recipients()) == 1):
        msg = f"{job.out} is a folder; give a file name for the PDF"
        raise ExportError(msg)
    with collector_paused():
        plan = plan_packs(job)
        total = sum(p.page_count for _, packs in plan for p in packs)
        done = 0

        def on_page() -> None:
            nonlocal done
            done += 1
            if progress is not None:
                progress(done, total)
            if should_cancel is not None and should_cancel():
                raise ExportCancelled

        if should_cancel is not None and should_cancel():
            raise ExportCancelled
        written = []
        with contextlib.ExitStack() as stack:
            for path, packs in plan:
                if not path.parent.is_dir():
                    msg = f"folder {path.parent} does not exist"
                    raise ExportError(msg)
                stream = stack.enter_context(atomic_file(path))
                first = packs[0]
                canvas = new_canvas(
                    stream,
                    invariant=job.invariant,
                    **_metadata(job.kit, first.case, first.lang),
                )
                with pages_compressed_early(canvas):
                    _draw_file(canvas, packs, on_page)
                    if path == plan[-1][0]:
                        for pack in packs:
                            pack.release()  # every page is drawn: let the rows go before saving
                    canvas.save()
                written.append(path)
        return written


def render_letter_pdf(
    kit: Kit,
    case: Case,
    recipient: Recipient,
    lang: Lang,
    template: LetterTemplate | None = None,
    *,
    paper: Paper = "a4",
    signature_count: int = 0,
    today: dt.date | None = None,
    invariant: bool = False,
) -> bytes:
    """The cover letter alone as PDF bytes (the window's live preview)."""
    flow = FlowPages(
        Page.of(paper), lang, f"{pick(case.title, lang)} · {pick(recipient.name, lang)}"
    )
    story = letter_flowables(
        kit,
        case,
        recipient,
        lang,
        flow.page.frame_width,
        template=template,
        signature_count=signature_count,
        today=today,
    )
    pages = flow.layout(story)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, invariant=invariant, **_metadata(kit, case, lang))
    for number, laid in enumerate(pages, 1):
        flow.draw(canvas, laid, number, len(pages))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
