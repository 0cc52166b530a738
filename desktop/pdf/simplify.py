"""Drawn signatures as PDF path operators: simplified, then placed in a cell by one matrix.

Points stay in the pad's integer units (no per-point float formatting) and a single ``cm``
operator scales and flips them into the cell. Before drawing, each stroke is simplified within
a quarter point (under 0.1 mm, invisible in print).

Why this simplifier: the signatures are sampled a few pad units apart while a quarter point
is one or two pad units, so any simplifier keeps most points, and its cost per point decides.
Ramer-Douglas-Peucker in pure Python cost 250 us a signature (a Python-level step per kept
point), a one-pass strip (Reumann-Witkam) 45 us. Here every other point is tested against the
chord of its two neighbours, which are both kept: the test is one comprehension over the
stroke with no state carried from point to point, the error of a dropped point is exactly its
distance to that chord (so the whole quarter point can be used), and the kept coordinates are
picked and formatted by C code (``itertools.compress``, ``%``-formatting with one template).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import compress

TOLERANCE_PT = 0.25
"""How far a dropped point may lie from the printed line, in points (under 0.1 mm, well below
the 0.6 pt pen width)."""

PEN_PT = 0.6
"""Pen width of a printed signature, in points."""


@lru_cache(maxsize=512)
def _polyline(count: int) -> str:
    """The ``%``-template of a polyline through ``count`` points (x y m, then x y l each).

    One ``%`` over a whole stroke formats its integers in C, several times faster than an
    f-string per point.
    """
    return "%d %d m" + " %d %d l" * (count - 1)


def keep_flags(xs: Sequence[int], ys: Sequence[int], tolerance: float) -> list[bool]:
    """For each odd-numbered point that has a right-hand neighbour: keep it (True) or not.

    Point ``2j + 1`` may be dropped when it lies within ``tolerance`` of the segment between
    points ``2j`` and ``2j + 2``; those even-numbered points, the first and the last point
    are always kept, so every dropped point stays within ``tolerance`` of the kept line.
    """
    limit = tolerance * tolerance
    ex = xs[0::2]
    ey = ys[0::2]
    # (a, b, c) = (even, odd, next even); u = c - a, v = b - a. Dropped when b projects onto
    # the segment (0 <= u.v <= |u|^2) and its distance to the line, |u x v| / |u|, is small.
    return [
        (cross := (cx - ax) * (by - ay) - (cy - ay) * (bx - ax)) * cross
        > limit * (length := (cx - ax) * (cx - ax) + (cy - ay) * (cy - ay))
        or not 0 <= (cx - ax) * (bx - ax) + (cy - ay) * (by - ay) <= length
        or not length
        # The last odd point has no right-hand neighbour when the count is even: zip stops.
        for ax, ay, bx, by, cx, cy in zip(ex, ey, xs[1::2], ys[1::2], ex[1:], ey[1:], strict=False)
    ]


def simplify_keep(xs: Sequence[int], ys: Sequence[int], tolerance: float) -> list[int]:
    """The indices of the points a stroke keeps (see :func:`keep_flags`)."""
    keep = [True] * len(xs)
    if len(xs) >= 3:
        flags = keep_flags(xs, ys, tolerance)
        keep[1 : 2 * len(flags) : 2] = flags
    return list(compress(range(len(xs)), keep))


def _stroke_ops(flat: Sequence[int], limit: float) -> str:
    """``m``/``l`` operators of one stroke (flat x, y) simplified within ``limit`` pad units."""
    count = len(flat) >> 1
    if count == 1:
        # A dot: a zero-length line, which round caps print as a dot.
        return f"{flat[0]} {flat[1]} m {flat[0]} {flat[1]} l"
    if count == 2:
        return _polyline(2) % tuple(flat[:4])
    flags = keep_flags(flat[0::2], flat[1::2], limit)
    tested = len(flags)
    # One selector entry per coordinate: x and y of a point go together.
    keep = [True] * (2 * count)
    keep[2 : 4 * tested : 4] = flags
    keep[3 : 4 * tested : 4] = flags
    kept = count - tested + sum(flags)
    return _polyline(kept) % tuple(compress(flat, keep))


def drawing_path(
    strokes: Iterable[Sequence[int]],
    x: float,
    y: float,
    width: float,
    height: float,
    tolerance: float = TOLERANCE_PT,
    extent: tuple[int, int, int, int] | None = None,
) -> str:
    """PDF operators stroking ``strokes`` (flat x, y pad units) inside the box, in ``q``/``Q``.

    The drawing's own extent (x0, y0, x1, y1 of all points: pass it when it is known) is
    scaled to fill the box (aspect ratio kept) and centred; pad coordinates grow downwards, so
    the matrix flips y. Each stroke is simplified so that no point it drops lies farther than
    ``tolerance`` points from the printed line.
    """
    flats = [s for s in strokes if len(s) >= 2]
    if not flats:
        return ""
    if extent is None:
        x0 = min([min(s[0::2]) for s in flats])
        x1 = max([max(s[0::2]) for s in flats])
        y0 = min([min(s[1::2]) for s in flats])
        y1 = max([max(s[1::2]) for s in flats])
    else:
        x0, y0, x1, y1 = extent
    span_x = max(x1 - x0, 1)
    span_y = max(y1 - y0, 1)
    # The tolerance is measured with the scale as printed (five decimals).
    scale = float(f"{min(width / span_x, height / span_y):.5f}")
    tx = x + (width - span_x * scale) / 2 - x0 * scale
    ty = y + height - (height - span_y * scale) / 2 + y0 * scale
    limit = tolerance / scale
    parts = [f"q {scale:.5f} 0 0 {-scale:.5f} {tx:.2f} {ty:.2f} cm {PEN_PT / scale:.2f} w"]
    parts += [_stroke_ops(flat, limit) for flat in flats]
    parts.append("S Q")
    return "\n".join(parts)
