"""Tamper evidence: a SHA-256 digest of every signature page's rows, and a root over all pages.

The same functions serve the renderer (which prints the digests) and the verifier (which
recomputes them from the signatures and compares), so the two cannot drift apart.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain

from desktop.domain.signature import Signature

_QR_UNSAFE = re.compile(r"[^0-9A-Z$%*+\-./:]")

PAGE_CODE = "PK1 C:{cid} P:{page}/{pages} R:{first}-{last} D:{digest}"
ROOT_CODE = "PK1 C:{cid} ROOT N:{rows} P:{pages} D:{digest}"
PAGE_CODE_RE = re.compile(
    r"PK1\s+C:(?P<cid>\S+)\s+P:(?P<page>\d+)/(?P<pages>\d+)\s+"
    r"R:(?P<first>\d+)-(?P<last>\d+)\s+D:(?P<digest>[0-9A-F]{64})"
)
ROOT_CODE_RE = re.compile(
    r"PK1\s+C:(?P<cid>\S+)\s+ROOT\s+N:(?P<rows>\d+)\s+P:(?P<pages>\d+)\s+"
    r"D:(?P<digest>[0-9A-F]{64})"
)


def code_campaign_id(campaign_id: str) -> str:
    """The campaign id as printed in codes: upper case, only QR alphanumeric characters."""
    return _QR_UNSAFE.sub("-", campaign_id.upper()) or "-"


class Row:
    """One printed signature, compact: what the page shows and the digest covers, no more.

    A Signature with its drawing as Python ints takes about 9 KB; a Row keeps the points in
    one array (about 1 KB), so 100,000 signatures fit in memory while their pages are built.
    """

    __slots__ = (
        "anonymous",
        "coords",
        "country",
        "fingerprint",
        "height",
        "id",
        "lengths",
        "name",
        "organisation",
        "signed_at",
        "town",
        "width",
    )

    def __init__(self, sig: Signature) -> None:
        self.id = sig.id
        self.anonymous = sig.anonymous
        # An anonymous signer's name is neither kept, printed nor hashed.
        self.name = "" if sig.anonymous else sig.full_name
        self.town = sig.town
        self.country = sig.country
        self.organisation = "" if sig.anonymous else sig.organisation
        self.signed_at = sig.signed_at
        self.fingerprint = sig.statement_fingerprint
        drawing = sig.drawing
        self.lengths: tuple[int, ...] | None
        if drawing is None:
            self.width = self.height = 0
            self.lengths = None
            self.coords = array("i")
        else:
            self.width = drawing.width
            self.height = drawing.height
            self.lengths = tuple(map(len, drawing.strokes))
            flat = tuple(chain.from_iterable(drawing.strokes))
            try:
                # Two bytes a coordinate when the points allow it (they do on a 1000-unit pad).
                self.coords = array("H", flat)
            except OverflowError:
                self.coords = array("i", flat)  # points off the pad, or a huge pad

    @property
    def has_drawing(self) -> bool:
        """True when the signer drew a signature."""
        return bool(self.lengths)

    def strokes(self) -> list[array[int]]:
        """The drawn strokes, each flat (x0, y0, x1, y1, ...)."""
        out = []
        start = 0
        for length in self.lengths or ():
            out.append(self.coords[start : start + length])
            start += length
        return out


def select_rows(
    case_id: str, signatures: Iterable[Signature], fingerprints: Iterable[str] | None = None
) -> list[Row]:
    """The rows printed for ``case_id``, in print order (time signed, then id).

    ``signatures`` is read once (it may stream from the vault). With ``fingerprints``, only
    signatures that endorse one of those statement texts count.
    """
    wanted = set(fingerprints) if fingerprints is not None else None
    rows = [
        Row(s)
        for s in signatures
        if s.case_id == case_id and (wanted is None or s.statement_fingerprint in wanted)
    ]
    rows.sort(key=lambda r: (r.signed_at, r.id))
    return rows


_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _int32_le(coords: array[int]) -> bytes:
    """``coords`` as 32-bit little-endian integers, however they are kept."""
    if coords.typecode == "H" and sys.byteorder == "little":
        # Widen each two-byte value by two zero bytes, by slicing (no Python int per value).
        raw = coords.tobytes()
        wide = bytearray(2 * len(raw))
        wide[0::4] = raw[0::2]
        wide[1::4] = raw[1::2]
        return bytes(wide)
    wide_coords = coords if coords.typecode == "i" else array("i", coords)
    if sys.byteorder != "little":  # pragma: no cover - the same digest everywhere
        wide_coords = array("i", wide_coords)
        wide_coords.byteswap()
    return wide_coords.tobytes()


def _update_row(hasher: hashlib._Hash, number: int, row: Row) -> None:
    fields: list[object] = [
        number,
        row.id,
        row.anonymous,
        row.name,
        row.town,
        row.country,
        row.organisation,
        row.signed_at.isoformat(),
        row.fingerprint,
    ]
    if row.lengths is not None:
        fields.extend([row.width, row.height, list(row.lengths)])
    hasher.update(_JSON.encode(fields).encode() + b"\n")
    if row.lengths:
        hasher.update(_int32_le(row.coords))


def page_digest(campaign_id: str, case_id: str, rows: Sequence[Row], first: int, last: int) -> str:
    """Upper-case hex SHA-256 over rows ``first``..``last`` (1-based, inclusive) of ``rows``."""
    hasher = hashlib.sha256()
    hasher.update(
        f"protest-kit-page-v1\x00{code_campaign_id(campaign_id)}\x00{case_id}\x00"
        f"{first}-{last}\x00".encode()
    )
    for number in range(first, last + 1):
        _update_row(hasher, number, rows[number - 1])
    return hasher.hexdigest().upper()


def root_digest(campaign_id: str, case_id: str, row_count: int, pages: Sequence[str]) -> str:
    """Upper-case hex SHA-256 over every page digest in order."""
    text = "\x00".join(
        ["protest-kit-root-v1", code_campaign_id(campaign_id), case_id, str(row_count), *pages]
    )
    return hashlib.sha256(text.encode()).hexdigest().upper()


@dataclass(frozen=True)
class PageRange:
    """Which rows one signature page holds (1-based, inclusive) and its digest."""

    page: int
    first: int
    last: int
    digest: str


def page_ranges(
    campaign_id: str, case_id: str, rows: Sequence[Row], rows_per_page: int
) -> list[PageRange]:
    """The signature pages of ``rows`` at ``rows_per_page``, each with its digest."""
    ranges = []
    for index, start in enumerate(range(0, len(rows), rows_per_page)):
        first = start + 1
        last = min(start + rows_per_page, len(rows))
        ranges.append(
            PageRange(index + 1, first, last, page_digest(campaign_id, case_id, rows, first, last))
        )
    return ranges
