"""Signature form settings: what the signing station asks, and the consent text."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from desktop.domain.text import Line, LocalizedText


class SignatureFormSettings(BaseModel):
    """Which optional fields the signing form asks for, and what signers consent to."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ask_town: bool = Field(default=True, title="Ask for town")
    ask_country: bool = Field(default=True, title="Ask for country")
    ask_organisation: bool = Field(default=True, title="Ask for organisation or role")
    ask_contact: bool = Field(default=False, title="Ask for contact (with its own consent)")
    require_drawing: bool = Field(default=True, title="A drawn signature is required")
    default_country: Line = Field(default="", title="Default country")
    consent_text: LocalizedText = Field(default_factory=dict, title="Consent text")
    consent_version: Line = Field(default="1", title="Consent text version")
    contact_consent_text: LocalizedText = Field(
        default_factory=dict, title="Consent to be contacted"
    )
