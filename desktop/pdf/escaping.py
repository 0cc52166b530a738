"""Making user text safe: for Paragraph markup, and for plain text drawn on the canvas.

Anything a kit author or a signer typed goes through :func:`escape_markup` before it reaches a
reportlab ``Paragraph``: unescaped, a name like ``<img src="/etc/passwd"/>`` would embed a local
file and ``0.1 <A`` would crash the build.
"""

from __future__ import annotations

import re
import unicodedata

# C0/C1 controls (a newline is handled by the caller), bidi embeddings, overrides and isolates,
# and the zero-width no-break space. A right-to-left override would make a printed name read
# backwards, so these are dropped for display.
_INVISIBLE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]"
)
_SPACES = re.compile(r"[ \t]+")


def clean_text(text: str) -> str:
    """``text`` in NFC with control and bidi-override characters removed (newlines kept)."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return _INVISIBLE.sub("", text)


_NOT_PLAIN = re.compile(
    "[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]|  "
)


def plain(text: str) -> str:
    """One clean line for drawing straight on the canvas: no controls, no newlines."""
    if _NOT_PLAIN.search(text) is None and unicodedata.is_normalized("NFC", text):
        return text.strip()  # the common case, without the cost of normalising
    return _SPACES.sub(" ", clean_text(text).replace("\n", " ")).strip()


def escape_markup(text: str) -> str:
    """``text`` made literal for reportlab Paragraph markup; newlines become ``<br/>``.

    ``&``, ``<``, ``>`` and quotes are escaped, so no tag, entity or attribute can be formed.
    """
    cleaned = clean_text(text)
    escaped = (
        cleaned.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
    )
    return escaped.replace("\n", "<br/>")
