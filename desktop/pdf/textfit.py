"""Fitting one string into a fixed box: wrap to a few lines, end with an ellipsis if cut."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

ELLIPSIS = "…"


def truncate(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut to fit ``width`` with an ellipsis (unchanged if it fits)."""
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


def fit_lines(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """``text`` wrapped at spaces into at most ``max_lines`` lines of ``width``.

    A word wider than the box is broken; the last line ends with an ellipsis if text is left.
    """
    if not text:
        return []
    if stringWidth(text, font, size) <= width:
        return [text]
    lines: list[str] = []
    rest = text
    while rest and len(lines) < max_lines - 1:
        words = rest.split(" ")
        line = words[0]
        if stringWidth(line, font, size) > width:
            # One word wider than the box: break it where it overflows.
            cut = truncate(line, font, size, width)
            keep = max(len(cut) - 1, 1)
            lines.append(line[:keep])
            rest = rest[keep:].lstrip()
            continue
        used = 1
        for word in words[1:]:
            candidate = f"{line} {word}"
            if stringWidth(candidate, font, size) > width:
                break
            line = candidate
            used += 1
        lines.append(line)
        rest = " ".join(words[used:])
    if rest:
        lines.append(truncate(rest, font, size, width))
    return lines
