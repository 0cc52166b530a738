"""Letter templates: subject, body, closing and sender block with placeholders."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from desktop.domain.text import Lang, Line, Text


class LetterTemplate(BaseModel):
    """A protest letter in one language; text fields may hold ``{placeholders}``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    lang: Lang = Field(title="Language")
    subject: Line = Field(default="", title="Subject")
    body: Text = Field(default="", title="Body")
    closing: Text = Field(default="", title="Closing")
    sender_block: Text = Field(default="", title="Sender")

    def fields(self) -> dict[str, str]:
        """The template's text fields by name, in reading order."""
        return {
            "subject": self.subject,
            "body": self.body,
            "closing": self.closing,
            "sender_block": self.sender_block,
        }
