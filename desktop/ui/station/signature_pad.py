"""A pad to sign on with a mouse, touchpad, touchscreen or pen, producing a ``Drawing``.

Points are kept in pad units (the box is ``PAD_UNITS`` wide; its height keeps the widget's
aspect ratio), so resizing the window redraws the same signature and the sealed drawing does
not depend on the screen it was made on. Pens report pressure (0-255 per point); mice and
fingers do not, and then the drawing carries no pressure unless a pen stroke is in it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QInputDevice,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.domain.signature import PAD_UNITS, Drawing

MAX_STROKES = 500
MAX_POINTS = 20_000
"""The limits a ``Drawing`` accepts; the pad stops taking ink beyond them."""

DEFAULT_PRESSURE = 128
"""Pressure given to mouse/finger points when the drawing also holds pen strokes."""

_INK = QColor("#1a237e")


class _Stroke:
    """One stroke in pad units; ``pressure`` holds 0..1 per point or None (no pen)."""

    __slots__ = ("points", "pressure")

    def __init__(self) -> None:
        self.points: list[QPointF] = []
        self.pressure: list[float] | None = None


class SignaturePad(QWidget):
    """A white box to sign in, with smooth strokes and a hint until the first touch.

    Signals:
        changed(): a stroke was drawn or the pad was cleared.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[_Stroke] = []
        self._current: _Stroke | None = None
        self._point_count = 0
        self._hint = ""
        self._pointer_busy = False  # a touch or pen stroke is running: ignore mouse echoes
        self._cache: QPixmap | None = None
        self._cache_dirty = True
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setMinimumSize(320, 140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        font = self.font()
        font.setPixelSize(18)
        self.setFont(font)

    # -- public API ----------------------------------------------------------------------
    def set_hint(self, hint: str) -> None:
        """The words shown in the empty pad (in the signer's language)."""
        self._hint = hint
        self.update()

    def is_empty(self) -> bool:
        """True when nothing has been drawn."""
        return not self._strokes

    def clear(self) -> None:
        """Wipe every stroke."""
        self._strokes = []
        self._current = None
        self._point_count = 0
        self._pointer_busy = False
        self._cache_dirty = True
        self.update()
        self.changed.emit()

    def units_height(self) -> int:
        """The pad's height in pad units (its width is always ``PAD_UNITS``)."""
        return max(1, round(PAD_UNITS * self.height() / max(1, self.width())))

    def drawing(self) -> Drawing:
        """The signature so far as a ``Drawing`` (integer points, pressure if a pen drew)."""
        width, height = PAD_UNITS, self.units_height()
        has_pen = any(s.pressure is not None for s in self._strokes)
        strokes: list[tuple[int, ...]] = []
        pressures: list[tuple[int, ...]] = []
        for stroke in self._strokes:
            flat: list[int] = []
            levels: list[int] = []
            last: tuple[int, int] | None = None
            for index, point in enumerate(stroke.points):
                x = min(width - 1, max(0, round(point.x())))
                y = min(height - 1, max(0, round(point.y())))
                if (x, y) == last:
                    continue
                last = (x, y)
                flat += (x, y)
                if stroke.pressure is not None:
                    levels.append(min(255, max(0, round(stroke.pressure[index] * 255))))
                else:
                    levels.append(DEFAULT_PRESSURE)
            if flat:
                strokes.append(tuple(flat))
                pressures.append(tuple(levels))
        return Drawing(
            width=width,
            height=height,
            strokes=tuple(strokes),
            pressure=tuple(pressures) if has_pen else None,
        )

    # -- the ink -------------------------------------------------------------------------
    def _to_units(self, pos: QPointF) -> QPointF:
        scale = PAD_UNITS / max(1, self.width())
        return QPointF(pos.x() * scale, pos.y() * scale)

    def _begin(self, pos: QPointF, pressure: float | None) -> None:
        if len(self._strokes) >= MAX_STROKES or self._point_count >= MAX_POINTS:
            self._current = None
            return
        stroke = _Stroke()
        if pressure is not None:
            stroke.pressure = []
        self._strokes.append(stroke)
        self._current = stroke
        self._add(pos, pressure)

    def _add(self, pos: QPointF, pressure: float | None) -> None:
        stroke = self._current
        if stroke is None or self._point_count >= MAX_POINTS:
            return
        point = self._to_units(pos)
        if stroke.points:
            last = stroke.points[-1]
            # Drop points closer than one pad unit: they add bytes, not shape.
            if abs(point.x() - last.x()) < 1 and abs(point.y() - last.y()) < 1:
                return
        stroke.points.append(point)
        if stroke.pressure is not None:
            stroke.pressure.append(1.0 if pressure is None else max(0.0, min(1.0, pressure)))
        self._point_count += 1
        self.update()

    def _end(self) -> None:
        if self._current is not None:
            self._current = None
            self._cache_dirty = True
            self.update()
            self.changed.emit()

    # -- input ---------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self._pointer_busy:
            self._begin(event.position(), None)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and not self._pointer_busy:
            self._add(event.position(), None)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self._pointer_busy:
            self._add(event.position(), None)
            self._end()
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        pressure = float(event.pressure())
        if kind == QEvent.Type.TabletPress:
            self._pointer_busy = True
            self._begin(event.position(), pressure)
        elif kind == QEvent.Type.TabletMove and self._pointer_busy:
            self._add(event.position(), pressure)
        elif kind == QEvent.Type.TabletRelease:
            self._add(event.position(), pressure)
            self._end()
            self._pointer_busy = False
        event.accept()  # accepted: Qt does not echo it as a mouse event

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            assert isinstance(event, QTouchEvent)
            device = event.device()
            if device is not None and device.type() == QInputDevice.DeviceType.TouchPad:
                return False  # a touchpad moves the pointer: the mouse handlers draw
            return self._touch(event)
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> bool:
        kind = event.type()
        points = event.points()
        if kind == QEvent.Type.TouchCancel:
            self._end()
            self._pointer_busy = False
        elif points:
            pos = points[0].position()
            if kind == QEvent.Type.TouchBegin:
                self._pointer_busy = True
                self._begin(pos, None)
            elif kind == QEvent.Type.TouchUpdate:
                self._add(pos, None)
            else:
                self._add(pos, None)
                self._end()
                self._pointer_busy = False
        event.accept()
        return True

    # -- drawing -------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._cache_dirty = True
        super().resizeEvent(event)

    def _stroke_paths(self, painter: QPainter, stroke: _Stroke, scale: float) -> None:
        points = [QPointF(p.x() * scale, p.y() * scale) for p in stroke.points]
        base = max(2.0, 3.0 * self.width() / 800)
        if len(points) == 1:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_INK)
            painter.drawEllipse(points[0], base / 2, base / 2)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            return
        if stroke.pressure is None:
            path = QPainterPath(points[0])
            # Quadratic curves through the midpoints: smooth, and it stays on the points.
            for index in range(1, len(points) - 1):
                mid = (points[index] + points[index + 1]) / 2
                path.quadTo(points[index], mid)
            path.lineTo(points[-1])
            painter.setPen(self._pen(base))
            painter.drawPath(path)
            return
        for index in range(1, len(points)):
            level = 0.35 + 0.9 * stroke.pressure[index]
            painter.setPen(self._pen(base * level))
            painter.drawLine(points[index - 1], points[index])

    @staticmethod
    def _pen(width: float) -> QPen:
        pen = QPen(_INK, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def _render_cache(self) -> QPixmap:
        pixmap = QPixmap(self.size() * self.devicePixelRatioF())
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = self.width() / PAD_UNITS
        for stroke in self._strokes:
            if stroke is not self._current and stroke.points:
                self._stroke_paths(painter, stroke, scale)
        painter.end()
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.fillRect(rect, QColor("white"))
        painter.setPen(QPen(QColor("#9e9e9e"), 2))
        painter.drawRoundedRect(rect, 8, 8)
        baseline = rect.bottom() - rect.height() * 0.25
        painter.setPen(QPen(QColor("#bdbdbd"), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(rect.left() + 24, baseline), QPointF(rect.right() - 24, baseline))
        if self.is_empty() and self._hint:
            painter.setPen(QColor("#757575"))
            hint_rect = QRectF(rect.left() + 24, rect.top(), rect.width() - 48, baseline - 4)
            painter.drawText(
                hint_rect,
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self._hint,
            )
        if self._cache is None or self._cache_dirty:
            self._cache = self._render_cache()
            self._cache_dirty = False
        painter.drawPixmap(0, 0, self._cache)
        if self._current is not None and self._current.points:
            self._stroke_paths(painter, self._current, self.width() / PAD_UNITS)
        painter.end()
