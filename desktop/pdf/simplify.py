"""Drawn signatures as PDF path operators: simplified, then placed in a cell by one matrix.

Points stay in the pad's integer units (no per-point float formatting) and a single ``cm``
operator scales and flips them into the cell. Before drawing, each stroke is simplified with
Ramer-Douglas-Peucker within a tolerance of a quarter point (under 0.1 mm, below the 0.6 pt pen
width and invisible in print).
"""

from __future__ import annotations

import math
from itertools import repeat
from operator import add, mul, sub

from desktop.domain.signature import Drawing

TOLERANCE_PT = 0.25
"""Simplification tolerance in points."""

PEN_PT = 0.6
"""Pen width of a printed signature, in points."""


def rdp_keep(xs: list[int], ys: list[int], tolerance: float) -> list[bool]:
    """Which points a Ramer-Douglas-Peucker simplification within ``tolerance`` keeps.

    The distance of every point of a span to its chord is computed with ``map`` over
    ``operator`` functions, so the inner loop runs in C.
    """
    n = len(xs)
    keep = [False] * n
    if n == 0:
        return keep
    keep[0] = keep[n - 1] = True
    stack = [(0, n - 1)]
    pop = stack.pop
    push = stack.append
    hypot = math.hypot
    while stack:
        first, last = pop()
        if last - first < 2:
            continue
        x0 = xs[first]
        y0 = ys[first]
        dx = xs[last] - x0
        dy = ys[last] - y0
        norm = hypot(dx, dy)
        inner_x = xs[first + 1 : last]
        inner_y = ys[first + 1 : last]
        if norm == 0.0:
            # A closed loop: the point farthest from where it started and ended.
            dists = [hypot(x - x0, y - y0) for x, y in zip(inner_x, inner_y, strict=True)]
            worst = max(dists)
            if worst <= tolerance:
                continue
            index = first + 1 + dists.index(worst)
        else:
            # cross = dy*x - dx*y - c; the distance is |cross| / norm.
            cross = list(map(sub, map(mul, inner_x, repeat(dy)), map(mul, inner_y, repeat(dx))))
            c = dy * x0 - dx * y0
            high = max(cross)
            low = min(cross)
            target = high if high - c >= c - low else low
            if abs(target - c) > tolerance * norm:
                index = first + 1 + cross.index(target)
            else:
                # Every point is near the chord's line; one that runs back past an end of the
                # chord (a pen retracing its way) must still be near the chord itself.
                dots = list(map(add, map(mul, inner_x, repeat(dx)), map(mul, inner_y, repeat(dy))))
                start = dx * x0 + dy * y0
                if min(dots) >= start and max(dots) <= start + norm * norm:
                    continue
                x1 = xs[last]
                y1 = ys[last]
                dists = [
                    hypot(x - x0, y - y0)
                    if d < start
                    else hypot(x - x1, y - y1)
                    if d > start + norm * norm
                    else 0.0
                    for x, y, d in zip(inner_x, inner_y, dots, strict=True)
                ]
                worst = max(dists)
                if worst <= tolerance:
                    continue
                index = first + 1 + dists.index(worst)
        keep[index] = True
        push((first, index))
        push((index, last))
    return keep


def drawing_path(
    drawing: Drawing,
    x: float,
    y: float,
    width: float,
    height: float,
    tolerance: float = TOLERANCE_PT,
) -> str:
    """PDF operators stroking ``drawing`` inside the box (x, y, width, height), in ``q``/``Q``.

    The drawing's own extent is scaled to fill the box (aspect ratio kept) and centred; pad
    coordinates grow downwards, so the matrix flips y.
    """
    if not drawing.strokes:
        return ""
    x0, y0, x1, y1 = drawing.extent()
    span_x = max(x1 - x0, 1)
    span_y = max(y1 - y0, 1)
    scale = min(width / span_x, height / span_y)
    tx = x + (width - span_x * scale) / 2 - x0 * scale
    ty = y + height - (height - span_y * scale) / 2 + y0 * scale
    limit = tolerance / scale
    parts = [f"q {scale:.5f} 0 0 {-scale:.5f} {tx:.2f} {ty:.2f} cm {PEN_PT / scale:.2f} w"]
    append = parts.append
    for stroke in drawing.strokes:
        xs = list(stroke[0::2])
        ys = list(stroke[1::2])
        count = len(xs)
        if count == 0:
            continue
        if count == 1:
            # A dot: a zero-length line, which round caps print as a dot.
            append(f"{xs[0]} {ys[0]} m {xs[0]} {ys[0]} l")
            continue
        keep = rdp_keep(xs, ys, limit) if count > 2 else [True, True]
        points = [f"{px} {py}" for px, py, kept in zip(xs, ys, keep, strict=True) if kept]
        append(f"{points[0]} m {' l '.join(points[1:])} l")
    append("S Q")
    return "\n".join(parts)
