"""Drawn signatures as PDF path operators: simplified, then placed in a cell by one matrix.

Points stay in the pad's integer units (no per-point float formatting) and a single ``cm``
operator scales and flips them into the cell. Before drawing, each stroke is simplified within
a quarter point (under 0.1 mm, invisible in print).

Why not Ramer-Douglas-Peucker: in pure Python it cost 250 us a signature on the benchmark's
signatures (2.5 s of a 10,000-signature pack, more than the rest of the page drawing), because
its cost is a Python-level step per kept point. The one-pass strip below costs 45 us with the
same bound on the error (it keeps about twice as many points; zlib takes most of that back).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

TOLERANCE_PT = 0.11
"""Strip half-width in points: a dropped point strays at most sqrt(5) x 0.11 = 0.25 pt (under
0.1 mm, below the 0.6 pt pen width) from the printed line."""

PEN_PT = 0.6
"""Pen width of a printed signature, in points."""


def simplify_keep(xs: list[int], ys: list[int], tolerance: float) -> list[int]:
    """The indices of the points to keep; every dropped point stays within sqrt(5) x
    ``tolerance`` of the kept line.

    One pass (Reumann-Witkam with a retrace guard): from an anchor, a strip of half-width
    ``tolerance`` follows the direction to the first point farther than ``tolerance``; points
    stay dropped while they remain inside the strip and do not run back along it. The point
    before the first one that leaves the strip ends the segment and anchors the next. A dropped
    point is within ``tolerance`` of the strip's axis, the segment's end within ``tolerance`` of
    it too, and no point lies more than ``tolerance`` beyond the end along it: hence sqrt(5).
    """
    n = len(xs)
    if n < 3:
        return list(range(n))
    kept = [0]
    keep = kept.append
    ax = prev_x = xs[0]
    ay = prev_y = ys[0]
    ux = uy = reach = back = 0.0
    limit = tolerance * tolerance
    aimed = False
    sqrt = math.sqrt
    for k, x, y in zip(range(1, n), xs[1:], ys[1:], strict=True):
        px = x - ax
        py = y - ay
        if aimed:
            side = px * uy - py * ux
            along = px * ux + py * uy
            if side > tolerance or side < -tolerance or along < back:
                # The previous point ends the segment and anchors the next strip.
                keep(k - 1)
                ax = prev_x
                ay = prev_y
                px = x - ax
                py = y - ay
                d2 = px * px + py * py
                aimed = d2 > limit
                if aimed:
                    reach = sqrt(d2)
                    ux = px / reach
                    uy = py / reach
                    back = reach - tolerance
            elif along > reach:
                reach = along
                back = reach - tolerance
        else:
            d2 = px * px + py * py
            if d2 > limit:
                reach = sqrt(d2)
                ux = px / reach
                uy = py / reach
                back = reach - tolerance
                aimed = True
        prev_x = x
        prev_y = y
    kept.append(n - 1)
    return kept


def drawing_path(
    strokes: Iterable[Sequence[int]],
    x: float,
    y: float,
    width: float,
    height: float,
    tolerance: float = TOLERANCE_PT,
) -> str:
    """PDF operators stroking ``strokes`` (flat x, y pad units) inside the box, in ``q``/``Q``.

    The drawing's own extent is scaled to fill the box (aspect ratio kept) and centred; pad
    coordinates grow downwards, so the matrix flips y.
    """
    columns = [(list(s[0::2]), list(s[1::2])) for s in strokes if len(s) >= 2]
    if not columns:
        return ""
    x0 = min(min(xs) for xs, _ in columns)
    x1 = max(max(xs) for xs, _ in columns)
    y0 = min(min(ys) for _, ys in columns)
    y1 = max(max(ys) for _, ys in columns)
    span_x = max(x1 - x0, 1)
    span_y = max(y1 - y0, 1)
    scale = min(width / span_x, height / span_y)
    tx = x + (width - span_x * scale) / 2 - x0 * scale
    ty = y + height - (height - span_y * scale) / 2 + y0 * scale
    limit = tolerance / scale
    parts = [f"q {scale:.5f} 0 0 {-scale:.5f} {tx:.2f} {ty:.2f} cm {PEN_PT / scale:.2f} w"]
    append = parts.append
    for xs, ys in columns:
        if len(xs) == 1:
            # A dot: a zero-length line, which round caps print as a dot.
            append(f"{xs[0]} {ys[0]} m {xs[0]} {ys[0]} l")
            continue
        points = [f"{xs[i]} {ys[i]}" for i in simplify_keep(xs, ys, limit)]
        append(f"{points[0]} m {' l '.join(points[1:])} l")
    append("S Q")
    return "\n".join(parts)
