"""Paper sizes and the page frame every renderer draws into."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm

Paper = Literal["a4", "letter"]

PAPER_SIZES: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}


@dataclass(frozen=True)
class Page:
    """One page's size and margins, in points; the content frame follows from them."""

    width: float
    height: float
    margin_left: float = 20 * mm
    margin_right: float = 18 * mm
    margin_top: float = 16 * mm
    margin_bottom: float = 16 * mm

    @classmethod
    def of(cls, paper: Paper, *, landscape: bool = False, margin: float | None = None) -> Page:
        """The page for ``paper`` (a4 or letter), turned if ``landscape``."""
        width, height = PAPER_SIZES[paper]
        if landscape:
            width, height = height, width
        if margin is None:
            return cls(width, height)
        return cls(width, height, margin, margin, margin, margin)

    @property
    def size(self) -> tuple[float, float]:
        """(width, height) for reportlab."""
        return (self.width, self.height)

    @property
    def left(self) -> float:
        """x of the content frame's left edge."""
        return self.margin_left

    @property
    def right(self) -> float:
        """x of the content frame's right edge."""
        return self.width - self.margin_right

    @property
    def top(self) -> float:
        """y of the content frame's top edge."""
        return self.height - self.margin_top

    @property
    def bottom(self) -> float:
        """y of the content frame's bottom edge."""
        return self.margin_bottom

    @property
    def frame_width(self) -> float:
        """Width of the content frame."""
        return self.right - self.left

    @property
    def frame_height(self) -> float:
        """Height of the content frame."""
        return self.top - self.bottom
