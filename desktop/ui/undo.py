"""Undo commands: every edit of the campaign goes through one of these and the session."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from desktop.domain.campaign import CampaignChoices
from desktop.domain.kit import Kit
from desktop.ui.session import CampaignSession


class SetKitCommand(QUndoCommand):
    """Replace the kit (a case or recipient added or edited, a letter changed)."""

    def __init__(self, session: CampaignSession, kit: Kit, text: str) -> None:
        super().__init__(text)
        self._session = session
        self._before = session.kit
        self._after = kit

    def redo(self) -> None:
        self._session.set_kit(self._after)

    def undo(self) -> None:
        if self._before is not None:
            self._session.set_kit(self._before)


class SetChoicesCommand(QUndoCommand):
    """Replace the organiser's choices (case, recipients, languages, paper)."""

    def __init__(self, session: CampaignSession, choices: CampaignChoices, text: str) -> None:
        super().__init__(text)
        self._session = session
        self._before = session.choices
        self._after = choices

    def redo(self) -> None:
        self._session.set_choices(self._after)

    def undo(self) -> None:
        self._session.set_choices(self._before)
