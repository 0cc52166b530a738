"""A signature: the record one signer creates, with the drawn signature as vector strokes."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from desktop.domain.text import Lang, Line

PAD_UNITS = 1000
"""Drawn signatures live in a box PAD_UNITS wide; height keeps the pad's aspect ratio."""

SignatureSource = Literal["station", "cli", "csv", "paper", "import"]


class Drawing(BaseModel):
    """A drawn signature: strokes of integer points in a ``width`` x ``height`` box.

    Each stroke is flat ``(x0, y0, x1, y1, ...)``: compact to seal and fast to draw.
    ``pressure`` (optional) has one value 0..255 per point of each stroke.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    width: int = Field(default=PAD_UNITS, gt=0, le=100_000)
    height: int = Field(default=PAD_UNITS // 3, gt=0, le=100_000)
    strokes: tuple[tuple[int, ...], ...] = Field(default=(), max_length=500)
    pressure: tuple[tuple[int, ...], ...] | None = None

    @model_validator(mode="after")
    def _check_points(self) -> Drawing:
        lengths = [len(stroke) for stroke in self.strokes]
        for index, length in enumerate(lengths):
            if length % 2:
                msg = f"stroke {index + 1} has an odd number of coordinates"
                raise ValueError(msg)
        total = sum(lengths) // 2
        if total > 20_000:
            msg = f"drawing has {total} points; at most 20000 are kept"
            raise ValueError(msg)
        if self.pressure is not None:
            if len(self.pressure) != len(self.strokes):
                msg = "pressure needs one list per stroke"
                raise ValueError(msg)
            for stroke, values in zip(self.strokes, self.pressure, strict=True):
                if len(values) != len(stroke) // 2:
                    msg = "pressure needs one value per point"
                    raise ValueError(msg)
        return self

    def point_count(self) -> int:
        """How many points the drawing holds."""
        return sum(len(s) // 2 for s in self.strokes)

    def extent(self) -> tuple[int, int, int, int]:
        """Bounding box (x0, y0, x1, y1) of all points; (0, 0, 0, 0) when empty."""
        xs = [v for s in self.strokes for v in s[0::2]]
        ys = [v for s in self.strokes for v in s[1::2]]
        if not xs:
            return (0, 0, 0, 0)
        return (min(xs), min(ys), max(xs), max(ys))

    def is_meaningful(self, min_extent: int = 20, min_points: int = 5) -> bool:
        """False for an empty pad or a single dot/tap: that is not a signature."""
        if self.point_count() < min_points:
            return False
        x0, y0, x1, y1 = self.extent()
        return max(x1 - x0, y1 - y0) >= min_extent


_URLISH = re.compile(r"(?i)(^|\s)(https?://|www\.)|\.(com|ru|kz|org|net)(/|\s|$)")
FORMULA_PREFIXES = ("=", "+", "-", "@")


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot be a signer's name ('empty', 'url', 'formula'), or None."""
    stripped = name.strip()
    if not stripped:
        return "empty"
    if stripped.startswith(FORMULA_PREFIXES):
        return "formula"
    if _URLISH.search(stripped):
        return "url"
    return None


def new_record_id() -> str:
    """A random record id (32 hex digits)."""
    return uuid.uuid4().hex


class Signature(BaseModel):
    """Everything one signer gives. All of it is personal and is only ever stored sealed."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_version: Literal[1] = 1
    id: str = Field(default_factory=new_record_id, pattern=r"^[0-9a-f]{32}$")
    case_id: str = Field(title="Case")
    full_name: Line = Field(min_length=1, max_length=300, title="Full name")
    town: Line = Field(default="", max_length=200, title="Town")
    country: Line = Field(default="", max_length=100, title="Country")
    organisation: Line = Field(default="", max_length=300, title="Organisation or role")
    contact: Line = Field(default="", max_length=300, title="Contact")
    contact_consent: bool = Field(default=False, title="May be contacted")
    anonymous: bool = Field(default=False, title="Count me, but do not print my name")
    lang: Lang = Field(default="ru", title="Language the signer read")
    statement_fingerprint: str = Field(pattern=r"^[0-9a-f]{64}$", title="Statement fingerprint")
    consent_version: str = Field(default="", max_length=64, title="Consent text version")
    signed_at: dt.datetime = Field(title="Signed at (UTC)")
    source: SignatureSource = Field(default="station", title="Source")
    drawing: Drawing | None = Field(default=None, title="Drawn signature")

    @field_validator("signed_at")
    @classmethod
    def _utc(cls, value: dt.datetime) -> dt.datetime:
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)

    @model_validator(mode="after")
    def _contact_needs_consent(self) -> Signature:
        if self.contact and not self.contact_consent:
            msg = "a contact is kept only with its own consent"
            raise ValueError(msg)
        return self


class PaperTally(BaseModel):
    """A count of wet-ink signatures on one paper sheet."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    sheet_id: Line = Field(min_length=1, title="Sheet id")
    case_id: str = Field(title="Case")
    count: int = Field(ge=0, le=10_000, title="Signatures on the sheet")
    country: Line = Field(default="", title="Country")
    town: Line = Field(default="", title="Town")
    recorded_at: dt.datetime = Field(title="Recorded at (UTC)")
