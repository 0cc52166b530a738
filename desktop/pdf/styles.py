"""The one stylesheet of every Protest Kit PDF."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from desktop.pdf import fonts


@dataclass(frozen=True)
class Styles:
    """Paragraph styles by role."""

    body: ParagraphStyle
    letter: ParagraphStyle
    letter_right: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    small: ParagraphStyle
    statement: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    mono: ParagraphStyle
    address: ParagraphStyle


@cache
def stylesheet() -> Styles:
    """The shared styles (built once; fonts registered on the way)."""
    fonts.register_fonts()
    body = ParagraphStyle(
        "body", fontName=fonts.SANS, fontSize=10, leading=13.5, spaceAfter=5, alignment=TA_LEFT
    )
    letter = ParagraphStyle(
        "letter", parent=body, fontName=fonts.SERIF, fontSize=11, leading=15, spaceAfter=8
    )
    return Styles(
        body=body,
        letter=letter,
        letter_right=ParagraphStyle("letter_right", parent=letter, alignment=TA_RIGHT),
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=fonts.SANS_BOLD,
            fontSize=16,
            leading=20,
            spaceAfter=10,
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=fonts.SANS_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=8,
            spaceAfter=4,
        ),
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10, spaceAfter=2),
        statement=ParagraphStyle(
            "statement",
            parent=body,
            fontName=fonts.SERIF,
            fontSize=10.5,
            leading=14,
            leftIndent=8,
            rightIndent=8,
            borderPadding=(6, 6, 6, 6),
            borderColor=colors.Color(0.55, 0.55, 0.55),
            borderWidth=0.5,
            backColor=colors.Color(0.96, 0.96, 0.96),
            spaceBefore=8,
            spaceAfter=12,
        ),
        cell=ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12, spaceAfter=0),
        cell_bold=ParagraphStyle(
            "cell_bold", parent=body, fontName=fonts.SANS_BOLD, fontSize=9.5, leading=12
        ),
        cell_head=ParagraphStyle(
            "cell_head", parent=body, fontName=fonts.SANS_BOLD, fontSize=8.5, leading=10.5
        ),
        mono=ParagraphStyle("mono", parent=body, fontSize=6.5, leading=8.5, spaceAfter=0),
        address=ParagraphStyle("address", parent=body, fontSize=10, leading=13, spaceAfter=0),
    )
