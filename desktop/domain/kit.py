"""The campaign kit: cases, recipients, letters and petition text shared on a USB stick."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from desktop.domain.case import Case
from desktop.domain.form import SignatureFormSettings
from desktop.domain.recipient import Recipient
from desktop.domain.text import Identifier, Lang, Line, LocalizedLine, Text

KIT_SCHEMA_VERSION = 1


class Organisation(BaseModel):
    """Who sends the letters: the sender block and the signature block of the cover letter."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: LocalizedLine = Field(title="Organisation")
    address_lines: tuple[Line, ...] = Field(default=(), title="Address")
    email: Line = Field(default="", title="E-mail")
    website: Line = Field(default="", title="Website")
    signatory: LocalizedLine = Field(default_factory=dict, title="Signed by")
    place: LocalizedLine = Field(
        default_factory=dict, title="Place", description="Town printed beside the date."
    )


class Kit(BaseModel):
    """A whole kit file (``*.kit.json``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_version: Literal[1] = Field(title="Schema version")
    id: Identifier = Field(title="Kit id")
    title: LocalizedLine = Field(title="Title")
    description: dict[Lang, Text] = Field(default_factory=dict, title="Description")
    organisation: Organisation = Field(title="Sender")
    languages: tuple[Lang, ...] = Field(default=("ru", "kk", "en"), min_length=1)
    cases: tuple[Case, ...] = Field(min_length=1, title="Cases")
    recipients: tuple[Recipient, ...] = Field(default=(), title="Recipients")
    form: SignatureFormSettings = Field(default_factory=SignatureFormSettings, title="Form")

    @model_validator(mode="after")
    def _check_references(self) -> Kit:
        seen: set[str] = set()
        for index, case in enumerate(self.cases):
            if case.id in seen:
                msg = f"duplicate case id {case.id!r} (cases[{index}])"
                raise ValueError(msg)
            seen.add(case.id)
        rids: set[str] = set()
        for index, recipient in enumerate(self.recipients):
            if recipient.id in rids:
                msg = f"duplicate recipient id {recipient.id!r} (recipients[{index}])"
                raise ValueError(msg)
            rids.add(recipient.id)
        for index, case in enumerate(self.cases):
            for rindex, rid in enumerate(case.recipients):
                if rid not in rids:
                    msg = (
                        f"case {case.id!r} names recipient {rid!r} "
                        f"(cases[{index}].recipients[{rindex}]) which the kit does not define"
                    )
                    raise ValueError(msg)
        return self

    def case(self, case_id: str) -> Case:
        """The case with ``case_id``; KeyError if there is none."""
        for case in self.cases:
            if case.id == case_id:
                return case
        raise KeyError(case_id)

    def recipient(self, recipient_id: str) -> Recipient:
        """The recipient with ``recipient_id``; KeyError if there is none."""
        for recipient in self.recipients:
            if recipient.id == recipient_id:
                return recipient
        raise KeyError(recipient_id)

    def recipients_for(self, case: Case) -> tuple[Recipient, ...]:
        """The case's recipients in the kit's order (all of them if the case names none)."""
        if not case.recipients:
            return self.recipients
        wanted = set(case.recipients)
        return tuple(r for r in self.recipients if r.id in wanted)
