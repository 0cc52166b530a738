"""The open campaign as the window sees it: one QObject that pages share and listen to.

Pages never keep their own copy of the kit or the choices: they read them from here and
redraw on the signals. Every edit goes through an undo command that calls ``set_kit`` /
``set_choices``, so views are always notified.

Signals:
    kit_changed(): the kit (cases, recipients, letters) changed.
    choices_changed(): case, recipients, languages or paper changed.
    count_changed(int): the number of signatures changed.
    lock_changed(bool): True when locked (the private key dropped, signer views cleared).
    campaign_changed(): another campaign file was opened or closed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.domain.campaign import CampaignChoices
from desktop.domain.case import Case
from desktop.domain.kit import Kit
from desktop.domain.signature import Signature
from desktop.domain.text import Lang, pick


class CampaignSession(QObject):
    """Holds the open ``Campaign`` (desktop.services.campaign) and broadcasts its changes."""

    kit_changed = Signal()
    choices_changed = Signal()
    count_changed = Signal(int)
    lock_changed = Signal(bool)
    campaign_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._campaign: Any = None
        self._kit: Kit | None = None
        self._choices = CampaignChoices()
        self._path: Path | None = None
        # Typing in the letter changes the kit at every key; writing the whole kit with a full
        # fsync each time would make typing stutter on an old laptop's disk. The kit is saved
        # once typing pauses, and before anyone reaches the file or it closes.
        self._kit_unsaved = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(self.SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)

    SAVE_DELAY_MS = 400
    """How long after the last edit the kit is written to the campaign file."""

    # -- the open file -------------------------------------------------------------------
    @property
    def campaign(self) -> Any:
        """The open ``Campaign`` service object (with every edit saved into it), or None."""
        self.flush()
        return self._campaign

    def flush(self) -> None:
        """Write an edited kit that is still waiting for typing to pause."""
        self._save_timer.stop()
        if self._kit_unsaved and self._campaign is not None and self._kit is not None:
            self._kit_unsaved = False
            self._campaign.save_kit(self._kit)

    @property
    def path(self) -> Path | None:
        """The open campaign's file, if known."""
        return self._path

    def is_open(self) -> bool:
        """True while a campaign is open."""
        return self._campaign is not None

    def title(self, lang: Lang) -> str:
        """The campaign's name for the window title and status bar (the kit's title)."""
        if self._kit is None:
            return ""
        return pick(self._kit.title, lang) or (self._path.stem if self._path else self._kit.id)

    def open(self, campaign: Any, path: Path | None = None) -> None:
        """Adopt an opened ``Campaign``; closes the previous one."""
        self.close()
        self._campaign = campaign
        self._path = path
        self._kit = campaign.kit
        self._choices = campaign.choices
        self.campaign_changed.emit()
        self.kit_changed.emit()
        self.choices_changed.emit()
        self.count_changed.emit(self.count())
        self.lock_changed.emit(self.is_locked())

    def close(self) -> None:
        """Lock and close the open campaign, if any."""
        if self._campaign is None:
            return
        self.flush()
        campaign, self._campaign = self._campaign, None
        campaign.lock()
        campaign.close()
        self._kit = None
        self._path = None
        self._choices = CampaignChoices()
        self.campaign_changed.emit()
        self.kit_changed.emit()
        self.choices_changed.emit()
        self.count_changed.emit(0)
        self.lock_changed.emit(True)

    # -- kit and choices -----------------------------------------------------------------
    @property
    def kit(self) -> Kit | None:
        """The campaign's kit as edited so far."""
        return self._kit

    def set_kit(self, kit: Kit) -> None:
        """Replace the kit and notify views; it reaches the file once edits pause (``flush``)."""
        self._kit = kit
        if self._campaign is not None:
            self._kit_unsaved = True
            self._save_timer.start()
        self.kit_changed.emit()

    @property
    def choices(self) -> CampaignChoices:
        """The organiser's current choices."""
        return self._choices

    def set_choices(self, choices: CampaignChoices) -> None:
        """Replace the choices (saved into the campaign file) and notify views."""
        self._choices = choices
        if self._campaign is not None:
            self._campaign.save_choices(choices)
        self.choices_changed.emit()

    def current_case_id(self) -> str | None:
        """The id of :meth:`current_case`."""
        case = self.current_case()
        return case.id if case is not None else None

    def current_case(self) -> Case | None:
        """The chosen case, else the kit's first case."""
        if self._kit is None:
            return None
        if self._choices.case_id:
            for case in self._kit.cases:
                if case.id == self._choices.case_id:
                    return case
        return self._kit.cases[0] if self._kit.cases else None

    # -- signatures and the key ----------------------------------------------------------
    def count(self, case_id: str | None = None) -> int:
        """Live digital signatures in the campaign, or for one case (no key needed)."""
        return int(self._campaign.count(case_id)) if self._campaign is not None else 0

    def paper_count(self, case_id: str | None = None) -> int:
        """Wet-ink signatures counted from paper sheets."""
        if self._campaign is None or not hasattr(self._campaign, "paper_count"):
            return 0
        return int(self._campaign.paper_count(case_id))

    def key_code(self) -> str:
        """The campaign key's readable fingerprint (volunteers read it aloud to check)."""
        return str(getattr(self._campaign, "key_code", "")) if self._campaign is not None else ""

    def signatures(
        self, case_id: str | None = None, *, workers: int | None = None
    ) -> Iterator[Signature]:
        """The decrypted signatures, oldest first; needs the campaign unlocked.

        ``workers=1`` unseals on this thread only, as a view that reads a screenful at a
        time wants; None lets the vault use every core for big campaigns.
        """
        if self._campaign is None:
            return iter(())
        return iter(self._campaign.signatures(case_id, workers=workers))

    def refresh_count(self) -> None:
        """Re-read the count and notify (after a signing session, a merge, an import)."""
        self.count_changed.emit(self.count())

    def is_locked(self) -> bool:
        """True unless the campaign's private key is in memory."""
        return self._campaign is None or not self._campaign.is_unlocked

    def can_unlock(self) -> bool:
        """False for a volunteer's file or street mode: this file holds no key to unlock."""
        return self._campaign is not None and bool(getattr(self._campaign, "has_private_key", True))

    def unlock(self, passphrase: str) -> None:
        """Unlock with the passphrase; raises the service's WrongPassphrase on a bad one."""
        self._campaign.unlock(passphrase)
        self.lock_changed.emit(False)

    def unlock_material(self) -> Any:
        """What ``Campaign.unwrap`` needs to derive the key on a worker (read on this thread)."""
        return self._campaign.unlock_material()

    def finish_unlock(self, private: bytes) -> None:
        """Hold the key a worker unwrapped (``Campaign.unwrap``) and tell the views."""
        if self._campaign is None:
            return
        self._campaign.unlock_with_key(private)
        self.lock_changed.emit(False)

    def lock(self) -> None:
        """Drop the private key; views of signer data clear themselves on lock_changed."""
        if self._campaign is not None:
            self._campaign.lock()
        self.lock_changed.emit(True)
