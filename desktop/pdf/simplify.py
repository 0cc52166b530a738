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

from array import array
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import chain, compress

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


def drawing_path(
    strokes: Iterable[Sequence[int]],
    x: float,
    y: float,
    width: float,
    height: float,
    tolerance: float = TOLERANCE_PT,
) -> str:
    """PDF operators stroking ``strokes`` (flat x, y pad units) inside the box, in ``q``/``Q``.

    See :func:`signature_path`, which takes the strokes one after the other in one sequence.
    """
    flats = [s for s in strokes if s]
    return signature_path(
        list(chain.from_iterable(flats)), [len(s) for s in flats], x, y, width, height, tolerance
    )


def signature_path(
    coords: Sequence[int],
    lengths: Sequence[int],
    x: float,
    y: float,
    width: float,
    height: float,
    tolerance: float = TOLERANCE_PT,
) -> str:
    """PDF operators stroking a drawing inside the box, in ``q``/``Q``.

    ``coords`` holds every stroke's flat x, y pad units one after the other; ``lengths`` how
    many values each stroke has. The drawing's own extent is scaled to fill the box (aspect
    ratio kept) and centred; pad coordinates grow downwards, so the matrix flips y. No point
    the simplification drops lies farther than ``tolerance`` points from the printed line.
    """
    if len(coords) < 2:
        return ""
    # A list holds its ints: iterating an array would make a new int per value, each pass.
    values = coords.tolist() if isinstance(coords, array) else list(coords)
    xs = values[0::2]
    ys = values[1::2]
    x0 = min(xs)
    y0 = min(ys)
    span_x = max(max(xs) - x0, 1)
    span_y = max(max(ys) - y0, 1)
    # The tolerance is measured with the scale as printed (five decimals).
    scale = float(f"{min(width / span_x, height / span_y):.5f}")
    tx = x + (width - span_x * scale) / 2 - x0 * scale
    ty = y + height - (height - span_y * scale) / 2 + y0 * scale
    # All strokes are tested in one pass; a triple of points that crosses from one stroke to
    # the next has a stroke's first or last point in the middle, and those are kept below.
    flags = keep_flags(xs, ys, tolerance / scale)
    tested = len(flags)
    # One selector entry per coordinate: x and y of a point go together.
    keep = [True] * len(values)
    keep[2 : 4 * tested : 4] = flags
    keep[3 : 4 * tested : 4] = flags
    templates = []
    start = 0
    for length in lengths:
        end = start + length
        if length == 2:
            # A dot: a zero-length line, which round caps print as a dot.
            templates.append(
                f"{values[start]} {values[start + 1]} m {values[start]} {values[start + 1]} l"
            )
            keep[start] = keep[start + 1] = False
        elif length:
            keep[start] = keep[start + 1] = keep[end - 2] = keep[end - 1] = True
            templates.append(_polyline(sum(keep[start:end]) >> 1))
        start = end
    body = "\n".join(templates) % tuple(compress(values, keep))
    return (
        f"q {scale:.5f} 0 0 {-scale:.5f} {tx:.2f} {ty:.2f} cm {PEN_PT / scale:.2f} w\n{body}\nS Q"
    )
