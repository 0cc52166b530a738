"""Recipients: the authorities a letter goes to, and those who get copies."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from desktop.domain.text import Identifier, Lang, Line, LocalizedLine, Text, pick

RecipientRole = Literal["target", "copy"]


class Recipient(BaseModel):
    """An authority with its postal address, salutation per language and preferred language."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Identifier = Field(title="Id")
    name: LocalizedLine = Field(title="Name", description="Person or office, per language.")
    position: LocalizedLine = Field(default_factory=dict, title="Position")
    organisation: LocalizedLine = Field(default_factory=dict, title="Organisation")
    address_lines: tuple[Line, ...] = Field(
        default=(), title="Postal address", description="Empty when no public address is known."
    )
    country: Line = Field(default="", title="Country")
    salutation: LocalizedLine = Field(default_factory=dict, title="Salutation")
    language: Lang = Field(default="ru", title="Preferred language")
    role: RecipientRole = Field(default="target", title="Role")
    notes: Text = Field(default="", title="Notes")

    def display_name(self, lang: Lang) -> str:
        """The recipient's name in ``lang`` (falling back to another language)."""
        return pick(self.name, lang)

    def missing(self, lang: Lang) -> list[str]:
        """What a printed letter to this recipient in ``lang`` lacks: 'address', 'salutation'."""
        problems = []
        if not self.address_lines:
            problems.append("address")
        if not self.salutation.get(lang):
            problems.append("salutation")
        return problems
