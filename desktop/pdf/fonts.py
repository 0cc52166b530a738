"""The embedded fonts: DejaVu (Latin, Cyrillic and Kazakh), registered with reportlab once."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.paths import fonts_dir

SANS = "PK-Sans"
SANS_BOLD = "PK-Sans-Bold"
SANS_ITALIC = "PK-Sans-Oblique"
SERIF = "PK-Serif"
SERIF_BOLD = "PK-Serif-Bold"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
}


@cache
def register_fonts() -> None:
    """Register the DejaVu faces and their bold/italic families (safe to call any number of times).

    reportlab embeds a TrueType font as a subset of the glyphs a document uses, so every PDF
    carries its own glyphs and prints the same on any printer.
    """
    registered = set(pdfmetrics.getRegisteredFontNames())
    folder = fonts_dir()
    for name, filename in _FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    # <b> and <i> inside Paragraph markup pick the matching face.
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS_ITALIC)
    addMapping(SANS, 1, 1, SANS_BOLD)
    addMapping(SERIF, 0, 0, SERIF)
    addMapping(SERIF, 1, 0, SERIF_BOLD)
    addMapping(SERIF, 0, 1, SERIF)
    addMapping(SERIF, 1, 1, SERIF_BOLD)


def string_width(text: str, font: str, size: float) -> float:
    """Width of ``text`` in points when set in ``font`` at ``size``."""
    return float(pdfmetrics.stringWidth(text, font, size))
