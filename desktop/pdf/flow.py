"""Lay flowables out into pages before drawing, so "page X of Y" is known from the start."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak


@dataclass(frozen=True)
class Placed:
    """A flowable placed on a page: its top edge ``offset`` points below the frame's top."""

    flowable: Flowable
    offset: float
    width: float
    height: float


LaidOutPage = list[Placed]


def paginate(flowables: Iterable[Flowable], width: float, height: float) -> list[LaidOutPage]:
    """Split ``flowables`` into pages of a ``width`` x ``height`` frame (at least one page)."""
    pages: list[LaidOutPage] = [[]]
    used = 0.0
    queue = list(flowables)
    while queue:
        item = queue.pop(0)
        page = pages[-1]
        if isinstance(item, PageBreak):
            if page:
                pages.append([])
                used = 0.0
            continue
        before = item.getSpaceBefore() if page else 0.0
        w, h = item.wrap(width, height)
        if used + before + h <= height + 0.01:
            page.append(Placed(item, used + before, w, h))
            used += before + h + item.getSpaceAfter()
            continue
        room = height - used - before
        parts = item.split(width, room) if room > 0 else []
        if len(parts) > 1:
            head = parts[0]
            hw, hh = head.wrap(width, room)
            page.append(Placed(head, used + before, hw, hh))
            queue[:0] = parts[1:]
        elif not page:
            # Taller than a whole frame and unsplittable: place it and let it overflow.
            page.append(Placed(item, 0.0, w, h))
        else:
            queue.insert(0, item)
        pages.append([])
        used = 0.0
    if len(pages) > 1 and not pages[-1]:
        pages.pop()
    return pages


def draw_laid_out(canvas: Canvas, page: LaidOutPage, x: float, top: float) -> None:
    """Draw one laid-out page with the frame's top-left corner at (x, top)."""
    for placed in page:
        placed.flowable.drawOn(canvas, x, top - placed.offset - placed.height)
