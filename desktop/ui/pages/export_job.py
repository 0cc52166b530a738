"""The export as a background job: read the signatures, then draw the packs.

The request is fixed on the GUI thread before the job starts. Signatures are unsealed on the
worker thread (they can be tens of thousands), through the vault's thread-safe reader that
the request carries; they never touch a widget or a temporary file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from desktop.domain.campaign import Paper
from desktop.domain.kit import Kit
from desktop.domain.signature import PaperTally, Signature
from desktop.domain.text import Lang
from desktop.ui.tasks import TaskContext

STAGE_SIGNATURES = "signatures"
STAGE_PAGES = "pages"

SignatureReader = Callable[[], Iterable[Signature]]


@dataclass(frozen=True)
class ExportRequest:
    """What to export and where, fixed when Export is pressed."""

    kit: Kit
    case_id: str
    recipient_ids: tuple[str, ...]
    folder: Path
    paper: Paper = "a4"
    landscape: bool = False
    combined: bool = True
    recipient_langs: Mapping[str, Lang] = field(default_factory=dict)
    campaign_id: str = ""
    read_signatures: SignatureReader | None = None
    expected_signatures: int = 0
    paper_tallies: tuple[PaperTally, ...] = ()
    today: dt.date | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "recipient_langs", MappingProxyType(dict(self.recipient_langs)))

    def target(self) -> Path:
        """The file (one PDF) or the folder (one PDF per recipient) the engine writes."""
        if self.combined or len(self.recipient_ids) == 1:
            day = (self.today or dt.date.today()).isoformat()
            suffix = self.recipient_ids[0] if len(self.recipient_ids) == 1 else "petition"
            return unused_name(self.folder / f"{self.case_id}-{suffix}-{day}.pdf")
        return self.folder


@dataclass(frozen=True)
class ExportResult:
    """The files written, and where the organiser should look."""

    files: tuple[Path, ...]
    target: Path
    signatures: int

    @property
    def shown_path(self) -> Path:
        """One file: that file; several: their folder."""
        return self.files[0] if len(self.files) == 1 else self.target


def unused_name(path: Path) -> Path:
    """``path``, or ``name (2).pdf``, ``name (3).pdf``... if it exists (never overwrite)."""
    if not path.exists():
        return path
    for number in range(2, 10_000):
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
        if not candidate.exists():
            return candidate
    return path


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while tens of thousands of signatures are in memory.

    A full collection over that heap holds the interpreter lock for 50-100 ms at a time,
    and the window cannot repaint meanwhile (the job itself creates no reference cycles).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _release(items: list[Signature]) -> None:
    """Free the signatures one at a time, so the window's thread gets turns in between.

    Dropping a tuple of 10,000 signatures frees them all in one C call (~100 ms without a
    break); popping them one by one lets the interpreter switch threads as it goes.
    """
    while items:
        items.pop()


def run_export(request: ExportRequest, context: TaskContext) -> ExportResult:
    """The job: unseal the case's signatures, then write the pack(s). Runs on a worker."""
    signatures: list[Signature] = []
    try:
        with _collector_paused():
            return _export(request, context, signatures)
    finally:
        _release(signatures)


def _export(
    request: ExportRequest, context: TaskContext, signatures: list[Signature]
) -> ExportResult:
    from desktop.pdf import ExportJob, export_pack  # reportlab loads on first export

    if request.read_signatures is not None:
        context.stage(STAGE_SIGNATURES)
        total = max(request.expected_signatures, 1)
        for index, signature in enumerate(request.read_signatures(), 1):
            signatures.append(signature)
            if index % 100 == 0:
                context.check_cancelled()
                context.progress(min(index, total), total)
        context.progress(total, total)
    context.check_cancelled()
    target = request.target()
    job = ExportJob(
        kit=request.kit,
        case_id=request.case_id,
        out=target,
        recipient_ids=request.recipient_ids,
        signatures=tuple(signatures),
        paper_tallies=request.paper_tallies,
        recipient_langs=request.recipient_langs,
        paper=request.paper,
        landscape=request.landscape,
        combined=request.combined,
        campaign_id=request.campaign_id,
        today=request.today,
    )
    context.stage(STAGE_PAGES)
    files = export_pack(job, context.progress, context.should_cancel)
    return ExportResult(tuple(files), target, len(job.signatures))
