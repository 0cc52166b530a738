"""A case: who is persecuted, the facts, the charges and the demands (an Urgent Action)."""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

from desktop.domain.letter import LetterTemplate
from desktop.domain.text import Identifier, Lang, Line, LocalizedLine, LocalizedText, Text

FROZEN = ConfigDict(extra="forbid", frozen=True)


class Person(BaseModel):
    """Someone the case is about."""

    model_config = FROZEN

    name: LocalizedLine = Field(title="Name", description="Full name per language.")
    role: LocalizedLine = Field(
        default_factory=dict, title="Role", description="e.g. journalist, trade unionist."
    )
    status: Literal["detained", "charged", "sentenced", "at_risk", "released"] = Field(
        default="at_risk", title="Status"
    )


class TimelineEvent(BaseModel):
    """A dated fact: arrest, sentence, hearing, hunger strike."""

    model_config = FROZEN

    date: dt.date = Field(title="Date")
    text: LocalizedText = Field(title="What happened")


class Source(BaseModel):
    """Where a fact comes from."""

    model_config = FROZEN

    title: Line = Field(title="Title")
    url: Line = Field(default="", title="Address", description="Shown as text; never opened.")


class PetitionStatement(BaseModel):
    """The exact text signers endorse, in one language."""

    model_config = FROZEN

    lang: Lang = Field(title="Language")
    text: Text = Field(min_length=1, title="Statement")

    @computed_field(title="Fingerprint")  # type: ignore[prop-decorator]
    @property
    def fingerprint(self) -> str:
        """SHA-256 (hex) of the statement's canonical form: language, NFC, folded whitespace."""
        return statement_fingerprint(self.lang, self.text)


def canonical_statement(lang: str, text: str) -> bytes:
    """The canonical bytes of a statement: ``lang`` NUL NFC text with whitespace folded."""
    folded = " ".join(unicodedata.normalize("NFC", text).split())
    return f"protest-kit-statement-v1\x00{lang}\x00{folded}".encode()


def statement_fingerprint(lang: str, text: str) -> str:
    """SHA-256 hex digest of :func:`canonical_statement`."""
    return hashlib.sha256(canonical_statement(lang, text)).hexdigest()


def short_fingerprint(fingerprint: str) -> str:
    """The fingerprint as people read it on paper: ``ab12-cd34-ef56-7890``."""
    head = fingerprint[:16]
    return "-".join(head[i : i + 4] for i in range(0, 16, 4))


class Case(BaseModel):
    """One persecution case and everything needed to write and petition about it."""

    model_config = FROZEN

    id: Identifier = Field(title="Id")
    title: LocalizedLine = Field(title="Title")
    people: tuple[Person, ...] = Field(min_length=1, title="People concerned")
    summary: LocalizedText = Field(title="Summary")
    timeline: tuple[TimelineEvent, ...] = Field(default=(), title="Timeline")
    charges: tuple[LocalizedLine, ...] = Field(default=(), title="Charges")
    demands: tuple[LocalizedText, ...] = Field(min_length=1, title="Demands")
    deadline: dt.date | None = Field(default=None, title="Deadline")
    reference: Line = Field(default="", title="Reference", description="e.g. UA 123/10")
    languages: tuple[Lang, ...] = Field(default=("ru", "kk", "en"), title="Preferred languages")
    sources: tuple[Source, ...] = Field(default=(), title="Sources")
    recipients: tuple[Identifier, ...] = Field(
        default=(), title="Recipients", description="Ids of the kit's recipients for this case."
    )
    letters: dict[Lang, LetterTemplate] = Field(default_factory=dict, title="Letters")
    statements: dict[Lang, PetitionStatement] = Field(default_factory=dict, title="Petition")

    def statement(self, lang: Lang) -> PetitionStatement | None:
        """The petition statement in ``lang``, falling back to English, then any."""
        if lang in self.statements:
            return self.statements[lang]
        if "en" in self.statements:
            return self.statements["en"]
        return next(iter(self.statements.values()), None)
