"""The organiser's choices for a campaign: case, recipients, their languages, paper."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from desktop.domain.text import Lang

Paper = Literal["a4", "letter"]


class CampaignChoices(BaseModel):
    """What the organiser picked in the window; saved inside the campaign file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_version: Literal[1] = 1
    case_id: str | None = Field(default=None, title="Case")
    recipient_ids: tuple[str, ...] = Field(default=(), title="Chosen recipients")
    recipient_langs: dict[str, Lang] = Field(
        default_factory=dict, title="Letter language per recipient (else its preferred one)"
    )
    paper: Paper = Field(default="a4", title="Paper size")
    landscape: bool = Field(default=False, title="Landscape signature sheets")
