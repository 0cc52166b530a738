"""Text operators written directly, for the thousands of short strings on signature pages.

reportlab's text objects redo their set-up for every string; this writes the operators its
documentation gives for dynamic (TrueType) fonts: ``/F 8.5 Tf (...) Tj`` per subset chunk.
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas


class TextBlock:
    """Collects positioned strings for one page; :meth:`flush` writes them in one BT/ET."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.doc = canvas._doc
        self.escape = canvas._escape
        self.ops: list[str] = []
        self._fonts: dict[str, object] = {}
        self._names: dict[tuple[str, int], str] = {}
        self._current: tuple[str, float] | None = None

    def put(self, x: float, y: float, text: str, font: str, size: float) -> None:
        """Set ``text`` with its baseline starting at (x, y)."""
        face = self._fonts.get(font)
        if face is None:
            face = self._fonts[font] = pdfmetrics.getFont(font)
        ops = self.ops
        ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        for subset, chunk in face.splitString(text, self.doc):  # type: ignore[attr-defined]
            name = self._names.get((font, subset))
            if name is None:
                name = face.getSubsetInternalName(subset, self.doc)  # type: ignore[attr-defined]
                self._names[(font, subset)] = name
            if self._current != (name, size):
                ops.append(f"{name} {size} Tf")
                self._current = (name, size)
            ops.append(f"({self.escape(chunk)}) Tj")

    def flush(self) -> None:
        """Write the collected strings (black) to the canvas."""
        if self.ops:
            self.canvas.addLiteral("BT 0 g\n" + "\n".join(self.ops) + "\nET")
        self.ops = []
        self._current = None
