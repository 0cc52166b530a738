"""Undo commands for letter editing: typing merges into one step per word or pause.

Each keystroke makes a command (so the kit, the preview and every view stay current), and
the shared ``QUndoStack`` merges consecutive keystrokes in the same field into one step.
A step closes at a word boundary (a space or a new line typed), after a pause in typing,
when the kind of edit changes (typing after deleting), or when the step was undone.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Literal

from desktop.domain.case import Case
from desktop.domain.kit import Kit
from desktop.domain.letter import LetterTemplate
from desktop.domain.text import Lang
from desktop.ui.session import CampaignSession
from desktop.ui.undo import SetKitCommand

LETTER_EDIT_ID = 4201
PAUSE_S = 1.5
"""Typing that stops this long starts a new undo step."""

EditKind = Literal["insert", "delete", "replace"]


@dataclass(frozen=True)
class TextChange:
    """How one edit changed a field: its kind, whether it ended a word, whether it stands alone.

    A paste or an inserted placeholder stands alone: it is an undo step of its own.
    """

    kind: EditKind
    ends_word: bool
    alone: bool = False
    has_word: bool = True

    @classmethod
    def between(cls, old: str, new: str) -> TextChange:
        """Classify the edit from ``old`` to ``new``."""
        prefix = 0
        limit = min(len(old), len(new))
        while prefix < limit and old[prefix] == new[prefix]:
            prefix += 1
        suffix = 0
        while suffix < limit - prefix and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]:
            suffix += 1
        removed = old[prefix : len(old) - suffix]
        inserted = new[prefix : len(new) - suffix]
        if inserted and not removed:
            alone = len(inserted) > 1
            space = inserted.isspace()
            # A space ends the word before it; spaces before a word belong to its step.
            return cls("insert", alone or space, alone, has_word=not space)
        if removed and not inserted:
            return cls("delete", False, len(removed) > 1)
        return cls("replace", True, True)


def with_letter(kit: Kit, case_id: str, template: LetterTemplate) -> Kit:
    """``kit`` with ``template`` as the letter in its language for case ``case_id``."""
    cases: list[Case] = []
    for case in kit.cases:
        if case.id == case_id:
            letters = dict(case.letters)
            letters[template.lang] = template
            case = case.model_copy(update={"letters": letters})
        cases.append(case)
    return kit.model_copy(update={"cases": tuple(cases)})


class LetterEditCommand(SetKitCommand):
    """One step of letter editing; consecutive typing in a field merges into it."""

    def __init__(
        self,
        session: CampaignSession,
        kit: Kit,
        text: str,
        *,
        key: tuple[str, Lang, str],
        change: TextChange,
        clock: float | None = None,
    ) -> None:
        super().__init__(session, kit, text)
        self.key = key
        self._kind = change.kind
        self._alone = change.alone
        self._has_word = change.has_word
        self._closed = change.ends_word and (change.has_word or change.alone)
        self._last = time.monotonic() if clock is None else clock

    @property
    def lang(self) -> Lang:
        """The language of the letter this step edited."""
        return self.key[1]

    def id(self) -> int:
        return LETTER_EDIT_ID

    def undo(self) -> None:
        self._closed = True  # typing after an undo starts a new step
        super().undo()

    def mergeWith(self, other: object) -> bool:
        if not isinstance(other, LetterEditCommand):
            return False
        if self._closed or other._alone or other.key != self.key or other._kind != self._kind:
            return False
        if other._last - self._last > PAUSE_S:
            return False
        self._after = other._after
        self._last = other._last
        ends_word = other._kind == "insert" and not other._has_word
        self._closed = other._closed or (ends_word and self._has_word)
        self._has_word = self._has_word or other._has_word
        return True
