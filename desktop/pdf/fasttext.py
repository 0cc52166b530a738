"""Text operators written directly, for the thousands of short strings on signature pages.

reportlab's text objects redo their set-up for every string; this writes the operators its
documentation gives for dynamic (TrueType) fonts: ``/F 8.5 Tf (...) Tj`` per subset chunk.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas


class SubsetCodes(dict[int, str]):
    """A ``str.translate`` table: character -> its code in the document's font subsets.

    A code ``n`` is subset ``n >> 8``, byte ``n & 0xFF`` (reportlab's numbering). Characters
    get their code from reportlab the first time they are seen; after that a whole string is
    encoded by ``str.translate`` in C instead of a Python step per character.
    """

    def __init__(self, face: Any, doc: object) -> None:
        super().__init__()
        self.face = face
        self.doc = doc

    def __missing__(self, key: int) -> str:
        ((subset, chunk),) = self.face.splitString(chr(key), self.doc)
        code = chr(subset << 8 | chunk[0])
        self[key] = code
        return code


class TextState:
    """What a renderer's text blocks share within one document: operators of text that
    repeats (towns, dates), font subset codes, and formatted positions."""

    CACHE_LIMIT = 5000

    def __init__(self) -> None:
        self.repeats: dict[tuple[str, str, float], str] = {}
        self.codes: dict[str, SubsetCodes] = {}
        self.moves: dict[tuple[float, float], str] = {}


class TextBlock:
    """Collects positioned strings for one page; :meth:`flush` writes them in one BT/ET."""

    def __init__(self, canvas: Canvas, state: TextState | None = None) -> None:
        self.canvas = canvas
        self.state = state if state is not None else TextState()
        self.doc = canvas._doc
        self.escape = canvas._escape
        self.ops: list[str] = []
        self._fonts: dict[str, Any] = {}
        self._names: dict[tuple[str, int], str] = {}
        self._current: tuple[str, float] | None = None

    def _move(self, x: float, y: float) -> str:
        # Rows sit at the same heights on every page: format each position once.
        moves = self.state.moves
        op = moves.get((x, y))
        if op is None:
            op = f"1 0 0 1 {x:.2f} {y:.2f} Tm"
            if len(moves) < TextState.CACHE_LIMIT:
                moves[(x, y)] = op
        return op

    def put(
        self, x: float, y: float, text: str, font: str, size: float, *, repeats: bool = False
    ) -> None:
        """Set ``text`` with its baseline starting at (x, y).

        ``repeats`` marks text that comes back often (towns, dates): its operators are
        kept in the shared state and reused.
        """
        if repeats:
            cache = self.state.repeats
            key = (text, font, size)
            cached = cache.get(key)
            if cached is not None:
                self.ops.append(self._move(x, y))
                self.ops.append(cached)
                self._current = None  # the cached operators set their own font
                return
            if len(cache) < TextState.CACHE_LIMIT:
                mark = len(self.ops)
                self._current = None
                self.put(x, y, text, font, size)
                cache[key] = "\n".join(self.ops[mark + 1 :])
                self._current = None
                return
        face = self._fonts.get(font)
        if face is None:
            face = self._fonts[font] = pdfmetrics.getFont(font)
        ops = self.ops
        ops.append(self._move(x, y))
        if not text:
            return
        codes = self.state.codes.get(font)
        if codes is None:
            codes = self.state.codes[font] = SubsetCodes(face, self.doc)
        try:
            # Most strings fall in the first subset: encode them in C.
            chunks = [(0, text.translate(codes).encode("latin-1"))]
        except UnicodeEncodeError:
            chunks = face.splitString(text, self.doc)
        for subset, chunk in chunks:
            name = self._names.get((font, subset))
            if name is None:
                name = face.getSubsetInternalName(subset, self.doc)
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
