"""The signature pad: mouse, touch and pen strokes become an integer ``Drawing``."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QImage, QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.domain.signature import PAD_UNITS
from desktop.ui.station.signature_pad import MAX_POINTS, SignaturePad
from tests.ui.test_station_support import drag


@pytest.fixture
def pad(qtbot) -> SignaturePad:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(600, 200)
    pad.show()
    qtbot.waitExposed(pad)
    return pad


def _ink_pixels(pad: SignaturePad) -> int:
    image: QImage = pad.grab().toImage()
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            color = image.pixelColor(x, y)
            if color.blue() > 100 and color.red() < 80:  # the dark-blue ink
                count += 1
    return count


def test_a_mouse_stroke_becomes_integer_points_in_a_pad_units_box(pad, qtbot) -> None:
    with qtbot.waitSignal(pad.changed):
        drag(pad, [(0.1, 0.5), (0.3, 0.2), (0.5, 0.8), (0.6, 0.6), (0.7, 0.4), (0.9, 0.5)])
    drawing = pad.drawing()
    assert drawing.width == PAD_UNITS
    assert drawing.height == round(PAD_UNITS * 200 / 600), "the pad's aspect ratio is kept"
    assert len(drawing.strokes) == 1
    stroke = drawing.strokes[0]
    assert len(stroke) == 12, "the release on the last point adds no duplicate"
    assert stroke[:2] == (100, 167)
    assert stroke[-2:] == (900, 167)
    assert all(isinstance(v, int) for v in stroke)
    assert drawing.pressure is None, "a mouse has no pressure"
    assert drawing.is_meaningful()
    assert _ink_pixels(pad) > 50, "the stroke is drawn on screen"


def test_the_same_signature_on_a_bigger_pad_gives_the_same_units(qtbot) -> None:
    drawings = []
    for width in (600, 1200):
        pad = SignaturePad()
        qtbot.addWidget(pad)
        pad.resize(width, width // 3)
        pad.show()
        drag(pad, [(0.2, 0.5), (0.5, 0.25), (0.8, 0.5)])
        drawings.append(pad.drawing())
    small, big = drawings
    assert (small.width, small.height) == (big.width, big.height) == (PAD_UNITS, 333)
    for a, b in zip(small.strokes[0], big.strokes[0], strict=True):
        assert abs(a - b) <= 2


def test_a_tap_is_not_a_signature_and_clear_wipes(pad, qtbot) -> None:
    drag(pad, [(0.5, 0.5), (0.5, 0.5)])
    assert not pad.is_empty()
    assert not pad.drawing().is_meaningful()
    with qtbot.waitSignal(pad.changed):
        pad.clear()
    assert pad.is_empty()
    assert pad.drawing().strokes == ()
    assert _ink_pixels(pad) == 0


def test_strokes_dragged_outside_stay_inside_the_box(pad) -> None:
    drag(pad, [(0.5, 0.5), (1.5, 2.0), (-1.0, -1.0)])
    drawing = pad.drawing()
    xs = drawing.strokes[0][0::2]
    ys = drawing.strokes[0][1::2]
    assert min(xs) == 0
    assert max(xs) == drawing.width - 1
    assert min(ys) == 0
    assert max(ys) == drawing.height - 1


def _pen() -> QPointingDevice:
    return QPointingDevice(
        "test pen",
        4242,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        3,
    )


def _tablet(pad: SignaturePad, device, kind: QEvent.Type, x: float, y: float, p: float) -> None:
    pos = QPointF(x * pad.width(), y * pad.height())
    held = (
        Qt.MouseButton.NoButton if kind == QEvent.Type.TabletRelease else Qt.MouseButton.LeftButton
    )
    event = QTabletEvent(
        kind,
        device,
        pos,
        pad.mapToGlobal(pos),
        p,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        Qt.KeyboardModifier.NoModifier,
        Qt.MouseButton.LeftButton,
        held,
    )
    QApplication.sendEvent(pad, event)
    assert event.isAccepted(), "accepted, so Qt does not also send it as a mouse event"


def test_a_pen_records_pressure_per_point(pad) -> None:
    pen = _pen()
    _tablet(pad, pen, QEvent.Type.TabletPress, 0.1, 0.5, 0.2)
    for step in range(1, 9):
        _tablet(pad, pen, QEvent.Type.TabletMove, 0.1 + step * 0.1, 0.5, 0.2 + step * 0.1)
    _tablet(pad, pen, QEvent.Type.TabletRelease, 0.95, 0.5, 1.0)
    drag(pad, [(0.1, 0.8), (0.9, 0.8)])  # then a mouse stroke on the same pad
    drawing = pad.drawing()
    assert drawing.pressure is not None
    assert len(drawing.pressure) == 2
    pen_levels = drawing.pressure[0]
    assert len(pen_levels) == len(drawing.strokes[0]) // 2
    assert pen_levels[0] == 51  # 0.2 * 255
    assert pen_levels[-1] == 255
    assert list(pen_levels) == sorted(pen_levels), "harder as the pen pressed harder"
    assert set(drawing.pressure[1]) == {128}, "mouse points get a middle pressure"


def test_a_finger_on_a_touchscreen_draws(pad, qtbot) -> None:
    screen = QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)
    w, h = pad.width(), pad.height()
    sequence = QTest.touchEvent(pad, screen)
    sequence.press(0, QPointF(w * 0.1, h * 0.4).toPoint(), pad).commit()
    for step in range(1, 8):
        QTest.touchEvent(pad, screen).move(
            0, QPointF(w * (0.1 + step * 0.1), h * (0.4 + 0.05 * (step % 2))).toPoint(), pad
        ).commit()
    QTest.touchEvent(pad, screen).release(0, QPointF(w * 0.85, h * 0.4).toPoint(), pad).commit()
    qtbot.wait(10)
    drawing = pad.drawing()
    assert len(drawing.strokes) == 1, "one finger stroke, not echoed again as a mouse stroke"
    assert drawing.point_count() >= 8
    assert drawing.is_meaningful()
    assert drawing.pressure is None


def test_the_pad_stops_taking_ink_at_the_drawing_limits(pad) -> None:
    for row in range(30):
        points = [(0.01 + 0.00155 * i, 0.02 + row * 0.03) for i in range(640)]
        drag(pad, points)
    drawing = pad.drawing()  # a valid Drawing: the model would refuse more than the limit
    assert drawing.point_count() <= MAX_POINTS
    assert drawing.point_count() > MAX_POINTS // 2


def test_long_signing_sessions_do_not_use_up_pythons_none(pad) -> None:
    """PySide6 6.12 steals a reference to None on every void call; desktop.ui guards it."""
    import sys

    import desktop.ui  # noqa: F401

    for _ in range(60_000):  # more void Qt calls than None has references on Python 3.11
        pad.update()
    assert sys.getrefcount(None) > 1_000_000
