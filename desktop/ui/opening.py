"""Opening and creating campaigns, importing kits: the questions asked and the errors shown.

The window's menu and the welcome page call these; they talk to the vault and kit services
and report problems in plain language (never a traceback).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from desktop.domain.campaign import CampaignChoices
from desktop.domain.kit import Kit
from desktop.paths import user_data_dir
from desktop.services.campaign import Campaign, CampaignError
from desktop.services.kits import KitError, load_kit, sample_kit
from desktop.services.sealing import KdfParams
from desktop.ui.dialogs.messages import Messages
from desktop.ui.dialogs.passphrase import NewPassphraseDialog
from desktop.ui.i18n import translations
from desktop.ui.lock import BusyWindow, ask_unlock
from desktop.ui.session import CampaignSession
from desktop.ui.settings import AppSettings
from desktop.ui.tasks import TaskContext
from desktop.ui.undo import SetKitCommand

SAMPLE_FILE = "sample.protestkit"


translate = QCoreApplication.translate


def sample_campaign_path() -> Path:
    """Where the sample campaign lives (created on first use)."""
    return user_data_dir() / SAMPLE_FILE


class CampaignOpener(QObject):
    """Open, create and import for one window; ``kdf`` lets tests create campaigns fast."""

    def __init__(
        self,
        window: QWidget,
        session: CampaignSession,
        settings: AppSettings,
        undo_stack: QUndoStack,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._settings = settings
        self._undo = undo_stack
        self.kdf: KdfParams | None = None

    # -- opening ---------------------------------------------------------------------------
    def open_sample(self) -> bool:
        """Open the sample campaign, creating it from the sample kit on first use."""
        path = sample_campaign_path()
        if path.exists():
            return self.open_path(path)
        try:
            kit = sample_kit()
        except (KitError, OSError) as error:
            self._fail(translate("Opening", "The sample kit could not be read: %1"), error)
            return False
        return self.create(kit, path)

    def open_chosen(self) -> bool:
        """Ask for a campaign file and open it."""
        folder = self._last_folder()
        path = Messages.open_campaign_file(self._window, folder)
        return self.open_path(path) if path is not None else False

    def open_path(self, path: Path, *, unlock: bool = True) -> bool:
        """Open ``path`` (locked), then offer to unlock it."""
        try:
            campaign = Campaign.open(path)
        except (CampaignError, OSError) as error:
            self._settings.forget_recent_campaign(path)
            self._fail(translate("Opening", "This campaign cannot be opened: %1"), error)
            return False
        self._adopt(campaign, path)
        if unlock:
            ask_unlock(self._window, self._session)
        return True

    # -- creating --------------------------------------------------------------------------
    def new_from_kit(self) -> bool:
        """Ask for a kit file, where to save the campaign and a passphrase; create it."""
        kit_path = Messages.open_kit_file(self._window, self._last_folder())
        if kit_path is None:
            return False
        try:
            kit = load_kit(kit_path)
        except (KitError, OSError) as error:
            self._fail(translate("Opening", "This kit cannot be used: %1"), error)
            return False
        suggested = self._last_folder() / f"{kit.id}.protestkit"
        target = Messages.save_campaign_file(self._window, suggested)
        if target is None:
            return False
        if target.exists():
            Messages.error(
                self._window,
                translate("Opening", "File exists"),
                translate(
                    "Opening",
                    "%1 already exists. Choose another name: a campaign is never overwritten.",
                ).replace("%1", str(target)),
            )
            return False
        return self.create(kit, target)

    def create(self, kit: Kit, path: Path) -> bool:
        """Ask for a passphrase and create a campaign for ``kit`` at ``path``."""
        from desktop.domain.text import pick

        passphrase = NewPassphraseDialog.ask(self._window, pick(kit.title, translations().language))
        if passphrase is None:
            return False
        choices = CampaignChoices(
            case_id=kit.cases[0].id if kit.cases else None, paper=self._settings.paper
        )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Making the key pair and wrapping it (Argon2id) is slow on purpose: on a worker.
            campaign = BusyWindow.run(
                self._window,
                _create_job,
                (path, kit, passphrase, self.kdf, choices),
                name="create-campaign",
            )
        except (CampaignError, OSError) as error:
            self._fail(translate("Opening", "The campaign could not be created: %1"), error)
            return False
        finally:
            del passphrase
        self._adopt(campaign, path)
        return True

    # -- kits ------------------------------------------------------------------------------
    def import_kit(self) -> bool:
        """Bring another kit's cases and recipients into the open campaign (undoable)."""
        current = self._session.kit
        if current is None:
            return self.new_from_kit()
        path = Messages.open_kit_file(self._window, self._last_folder())
        if path is None:
            return False
        try:
            incoming = load_kit(path)
            merged = merge_kits(current, incoming)
        except (KitError, OSError, ValueError) as error:
            self._fail(translate("Opening", "This kit cannot be imported: %1"), error)
            return False
        self._undo.push(SetKitCommand(self._session, merged, translate("Opening", "Import kit")))
        return True

    # -- helpers ---------------------------------------------------------------------------
    def _adopt(self, campaign: Campaign, path: Path) -> None:
        self._undo.clear()
        self._session.open(campaign, path)
        self._settings.add_recent_campaign(path)

    def _last_folder(self) -> Path:
        recent = self._settings.recent_campaigns
        return recent[0].parent if recent else Path.home()

    def _fail(self, template: str, error: BaseException) -> None:
        text = describe_kit_error(error) if isinstance(error, KitError) else str(error)
        title = translate("Opening", "Protest Kit")
        Messages.error(self._window, title, template.replace("%1", text))


def _create_job(
    snapshot: tuple[Path, Kit, str, KdfParams | None, CampaignChoices], context: TaskContext
) -> Campaign:
    del context
    path, kit, passphrase, kdf, choices = snapshot
    return Campaign.create(path, kit, passphrase, kdf=kdf, choices=choices)


def describe_kit_error(error: KitError) -> str:
    """Where a kit is wrong, in words: file name, line, column, what."""
    name = Path(error.source).name or error.source
    if error.line is None:
        where = name
    elif error.column is None:
        where = (
            translate("Opening", "%1, line %2").replace("%1", name).replace("%2", str(error.line))
        )
    else:
        where = (
            translate("Opening", "%1, line %2, column %3")
            .replace("%1", name)
            .replace("%2", str(error.line))
            .replace("%3", str(error.column))
        )
    path = f" ({error.json_path})" if error.json_path else ""
    return f"{where}{path}: {error.message}"


def merge_kits(current: Kit, incoming: Kit) -> Kit:
    """``current`` with ``incoming``'s cases and recipients added (same ids: replaced)."""
    cases = {case.id: case for case in current.cases}
    cases.update({case.id: case for case in incoming.cases})
    recipients = {r.id: r for r in current.recipients}
    recipients.update({r.id: r for r in incoming.recipients})
    data = current.model_dump(exclude={"cases", "recipients"})
    return Kit.model_validate(
        {**data, "cases": list(cases.values()), "recipients": list(recipients.values())}
    )
