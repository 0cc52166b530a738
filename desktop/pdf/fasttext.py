"""Text operators written directly, for the thousands of short strings on signature pages.

reportlab's text objects redo their set-up for every string; this writes the operators its
documentation gives for dynamic (TrueType) fonts: ``/F 8.5 Tf (...) Tj`` per subset chunk.
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas


class TextBlock:
    """Collects positioned strings for one page; :meth:`flush` writes them in one BT/ET."""

    CACHE_LIMIT = 5000

    def __init__(self, canvas: Canvas, cache: dict[tuple[str, str, float], str]) -> None:
        self.canvas = canvas
        self.cache = cache
        self.doc = canvas._doc
        self.escape = canvas._escape
        self.ops: list[str] = []
        self._fonts: dict[str, object] = {}
        self._names: dict[tuple[str, int], str] = {}
        self._current: tuple[str, float] | None = None

    def put(
        self, x: float, y: float, text: str, font: str, size: float, *, repeats: bool = False
    ) -> None:
        """Set ``text`` with its baseline starting at (x, y).

        ``repeats`` marks text that comes back often (towns, dates): its operators are
        kept in ``self.cache`` and reused.
        """
        if repeats:
            key = (text, font, size)
            cached = self.cache.get(key)
            if cached is not None:
                self.ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
                self.ops.append(cached)
                self._current = None  # the cached operators set their own font
                return
            if len(self.cache) < self.CACHE_LIMIT:
                mark = len(self.ops)
                self._current = None
                self.put(x, y, text, font, size)
                self.cache[key] = "\n".join(self.ops[mark + 1 :])
                self._current = None
                return
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

    def render(self) -> str:
        """The collected strings (black) as one BT/ET block; the block starts empty again."""
        block = "BT 0 g\n" + "\n".join(self.ops) + "\nET" if self.ops else ""
        self.ops = []
        self._current = None
        return block

    def flush(self) -> None:
        """Write the collected strings to the canvas."""
        block = self.render()
        if block:
            self.canvas.addLiteral(block)
