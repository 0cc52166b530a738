"""Signature strokes (simplification within tolerance) and QR codes (same bytes as reportlab)."""

from __future__ import annotations

import itertools
import math

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.graphics.barcode import qrencoder

from desktop.domain.signature import Drawing
from desktop.pdf.qr import LEVEL, _codewords, qr_matrix
from desktop.pdf.simplify import drawing_path, simplify_keep


def _segment_distance(px: float, py: float, ax: float, ay: float, bx: float, by: float) -> float:
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


points = st.lists(st.tuples(st.integers(0, 1000), st.integers(0, 333)), min_size=2, max_size=60)


@settings(max_examples=500, deadline=None)
@given(points, st.floats(0.5, 20))
def test_every_dropped_point_stays_within_tolerance(pts: list, tolerance: float) -> None:
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    kept = simplify_keep(xs, ys, tolerance)
    assert kept[0] == 0
    assert kept[-1] == len(xs) - 1
    assert kept == sorted(set(kept))
    for a, b in itertools.pairwise(kept):
        for i in range(a + 1, b):
            distance = _segment_distance(xs[i], ys[i], xs[a], ys[a], xs[b], ys[b])
            assert distance <= tolerance + 1e-9


def test_a_straight_line_drops_every_other_point_and_a_corner_stays() -> None:
    xs = list(range(0, 100, 5))
    assert simplify_keep(xs, [7] * len(xs), 0.5) == [*range(0, len(xs), 2), len(xs) - 1]
    # A sharp corner, and a point that runs back along the line, are never dropped.
    assert simplify_keep([0, 10, 20], [0, 10, 0], 0.5) == [0, 1, 2]
    assert simplify_keep([0, 20, 10], [0, 0, 0], 0.5) == [0, 1, 2]
    assert simplify_keep([5, 40, 5], [5, 5, 5], 0.5) == [0, 1, 2]


@settings(max_examples=200, deadline=None)
@given(st.lists(points, min_size=1, max_size=4))
def test_printed_strokes_stay_within_a_quarter_point(strokes: list) -> None:
    flat = [tuple(v for p in stroke for v in p) for stroke in strokes]
    path = drawing_path(flat, 100, 200, 89, 19)
    lines = path.splitlines()
    head = lines[0].split()
    scale, tx, ty = float(head[1]), float(head[5]), float(head[6])
    assert lines[-1] == "S Q"
    for stroke, ops in zip(strokes, lines[1:-1], strict=True):
        numbers = [int(v) for v in ops.split() if v not in ("m", "l")]
        drawn = list(zip(numbers[0::2], numbers[1::2], strict=True))
        assert drawn[0] == stroke[0]
        assert drawn[-1] == stroke[-1]
        for px, py in stroke:
            # Every point, in points on the page, lies within 0.25 pt of the printed line.
            nearest = min(
                _segment_distance(px, py, ax, ay, bx, by)
                for (ax, ay), (bx, by) in itertools.pairwise(drawn)
            )
            assert nearest * scale <= 0.25 + 1e-9
        for x, y in drawn:
            assert 100 - 0.01 <= tx + x * scale <= 189.01
            assert 200 - 0.01 <= ty - y * scale <= 219.01


def test_path_fits_its_box_and_skips_empty_drawings() -> None:
    drawing = Drawing(strokes=((100, 50, 400, 300, 900, 100), (500, 200)))
    path = drawing_path(drawing.strokes, 10, 20, 80, 20)
    first = path.splitlines()[0].split()
    scale, tx, ty = float(first[1]), float(first[5]), float(first[6])
    for x, y in ((100, 50), (900, 300)):
        px, py = tx + x * scale, ty - y * scale
        assert 10 - 0.01 <= px <= 90.01
        assert 20 - 0.01 <= py <= 40.01
    assert "500 200 m 500 200 l" in path  # a dot still prints
    assert path.endswith("S Q")
    assert drawing_path(Drawing().strokes, 0, 0, 10, 10) == ""


def test_qr_codewords_match_reportlab() -> None:
    for data in ("PK1 C:ABC P:1/4 R:1-25 D:" + "0F" * 32, "Ünïcode bytes", "12345"):
        code = qrencoder.QRCode(None, LEVEL)
        code.addData(data)
        code.version = code.calculate_version()
        assert _codewords(code) == qrencoder.QRCode.createData(code.version, LEVEL, code.dataList)
    matrix = qr_matrix("PK1")
    assert len(matrix) == 21
    assert matrix[0][:7] == [True] * 7
