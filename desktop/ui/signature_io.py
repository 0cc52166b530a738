"""Bringing signatures in and out: merge a volunteer's file, import and export CSV."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtWidgets import QWidget

from desktop.domain.text import pick
from desktop.services.campaign import CampaignError
from desktop.services.csv_io import (
    CsvImportError,
    preview_csv,
    read_signatures,
    write_signatures,
)
from desktop.services.merge import MergeReport, merge_into
from desktop.ui.dialogs.csv_mapping import CsvMappingDialog
from desktop.ui.dialogs.messages import Messages
from desktop.ui.dialogs.paper_tally import PaperTallyDialog
from desktop.ui.i18n import translations
from desktop.ui.lock import BusyWindow
from desktop.ui.session import CampaignSession
from desktop.ui.tasks import TaskContext

translate = QCoreApplication.translate


def _merge_job(snapshot: tuple[Any, Path], context: TaskContext) -> MergeReport:
    # The window is disabled while this runs, so nothing else uses the campaign meanwhile.
    del context
    campaign, path = snapshot
    return merge_into(campaign, [path])


@dataclass(frozen=True)
class _CsvImport:
    campaign: Any
    path: Path
    case_id: str
    fingerprint: str
    mapping: Any
    lang: str


def _import_job(request: _CsvImport, context: TaskContext) -> Any:
    # Reading and sealing every row is the slow part; all rows go in one transaction.
    del context
    result = read_signatures(
        request.path,
        case_id=request.case_id,
        statement_fingerprint=request.fingerprint,
        mapping=request.mapping,
        lang=request.lang,
    )
    request.campaign.add_signatures(result.signatures)
    return result


class SignatureTransfer(QObject):
    """Merge and CSV for one window; every outcome is told in plain language."""

    def __init__(self, window: QWidget, session: CampaignSession) -> None:
        super().__init__(window)
        self._window = window
        self._session = session

    def _folder(self) -> Path:
        path = self._session.path
        return path.parent if path is not None else Path.home()

    def merge(self) -> bool:
        """Merge signatures from a volunteer's campaign file."""
        campaign = self._session.campaign
        if campaign is None:
            return False
        path = Messages.open_any_file(
            self._window,
            translate("SignatureIO", "Merge signatures from"),
            self._folder(),
            translate("SignatureIO", "Protest Kit campaigns (*.protestkit)"),
        )
        if path is None:
            return False
        try:
            report = BusyWindow.run(self._window, _merge_job, (campaign, path), name="merge")
        except (CampaignError, OSError) as error:
            Messages.error(
                self._window,
                translate("SignatureIO", "Nothing was merged"),
                translate("SignatureIO", "Nothing was merged from this file: %1").replace(
                    "%1", str(error)
                ),
            )
            return False
        self._session.refresh_count()
        text = (
            translate("SignatureIO", "%n new signature(s) merged.", None, report.added)
            + " "
            + translate("SignatureIO", "The campaign now has %1 signatures.").replace(
                "%1", QLocale().toString(report.total)
            )
        )
        if report.duplicates:
            text += "\n" + translate(
                "SignatureIO",
                "%n group(s) of signers look like the same person twice; check them in the list.",
                None,
                len(report.duplicates),
            )
        Messages.info(self._window, translate("SignatureIO", "Merged"), text)
        return True

    def import_csv(self) -> bool:
        """Import signatures for the chosen case from a CSV file (all rows or none)."""
        campaign = self._session.campaign
        case = self._session.current_case()
        if campaign is None or case is None:
            return False
        statement = next(iter(case.statements.values()), None)
        if statement is None:
            Messages.error(
                self._window,
                translate("SignatureIO", "No petition text"),
                translate(
                    "SignatureIO",
                    "This case has no petition statement yet; add one on the Case page.",
                ),
            )
            return False
        path = Messages.open_any_file(
            self._window,
            translate("SignatureIO", "Import signatures from CSV"),
            self._folder(),
            translate("SignatureIO", "CSV files (*.csv);;All files (*)"),
        )
        if path is None:
            return False
        try:
            preview = preview_csv(path)
        except CsvImportError as error:
            self._not_imported(path, error)
            return False
        lang = translations().language
        mapping = CsvMappingDialog.ask(self._window, preview, path.name, pick(case.title, lang))
        if mapping is None:
            return False
        try:
            request = _CsvImport(
                campaign, path, case.id, statement.fingerprint, mapping, statement.lang
            )
            result = BusyWindow.run(self._window, _import_job, request, name="csv-import")
        except (CsvImportError, CampaignError, OSError) as error:
            self._not_imported(path, error)
            return False
        self._session.refresh_count()
        text = translate("SignatureIO", "%n signature(s) imported.", None, len(result.signatures))
        if result.contacts_dropped:
            text += " " + translate(
                "SignatureIO",
                "%n contact(s) were left out: no column said the signer agreed to be contacted.",
                None,
                result.contacts_dropped,
            )
        Messages.info(self._window, translate("SignatureIO", "Imported"), text)
        return True

    def _not_imported(self, path: Path, error: Exception) -> None:
        Messages.error(
            self._window,
            translate("SignatureIO", "Nothing was imported"),
            translate("SignatureIO", "Nothing was imported from %1: %2")
            .replace("%1", path.name)
            .replace("%2", str(error)),
        )

    def export_csv(self) -> bool:
        """Write the chosen case's signers to a CSV file (needs the campaign unlocked)."""
        if self._session.campaign is None or self._session.is_locked():
            return False
        case_id = self._session.current_case_id()
        path = Messages.save_any_file(
            self._window,
            translate("SignatureIO", "Export signers to CSV"),
            self._folder() / f"{case_id or 'signers'}.csv",
            translate("SignatureIO", "CSV files (*.csv)"),
        )
        if path is None:
            return False
        try:
            rows = write_signatures(self._session.signatures(case_id), path)
        except (CampaignError, OSError) as error:
            Messages.error(
                self._window,
                translate("SignatureIO", "Not exported"),
                translate("SignatureIO", "The CSV file was not written: %1").replace(
                    "%1", str(error)
                ),
            )
            return False
        Messages.info(
            self._window,
            translate("SignatureIO", "Exported"),
            translate(
                "SignatureIO",
                "%n signer(s) written to %1. This file holds names in plain text: "
                "keep it off this laptop and delete it when done.",
                None,
                rows,
            ).replace("%1", path.name),
        )
        return True

    def save_recovery(self) -> bool:
        """Write the recovery file and show the recovery code once (needs the campaign unlocked)."""
        campaign = self._session.campaign
        if campaign is None or self._session.is_locked():
            return False
        stem = self._session.path.stem if self._session.path else "campaign"
        path = Messages.save_any_file(
            self._window,
            translate("SignatureIO", "Save the recovery file"),
            self._folder() / f"{stem}.recovery.json",
            translate("SignatureIO", "Recovery files (*.json)"),
        )
        if path is None:
            return False
        try:
            code = campaign.export_key(path)
        except (CampaignError, OSError) as error:
            Messages.error(
                self._window,
                translate("SignatureIO", "Not saved"),
                translate("SignatureIO", "The recovery file was not written: %1").replace(
                    "%1", str(error)
                ),
            )
            return False
        Messages.info(
            self._window,
            translate("SignatureIO", "Recovery code"),
            translate(
                "SignatureIO",
                "The recovery file is saved as %1; it still needs the passphrase. Keep it on a "
                "USB stick away from this laptop.\n\nIf the passphrase is ever lost, this code "
                "alone opens the signatures. Write it on paper now and keep it like cash; it "
                "will not be shown again:\n\n%2",
            )
            .replace("%1", path.name)
            .replace("%2", code),
        )
        del code
        return True

    def add_paper_tally(self) -> bool:
        """Record the count of one wet-ink sheet for the chosen case."""
        campaign = self._session.campaign
        case_id = self._session.current_case_id()
        if campaign is None or case_id is None:
            return False
        taken = {t.sheet_id for t in campaign.paper_tallies() if t.case_id == case_id}
        tally = PaperTallyDialog.ask(self._window, case_id, taken)
        if tally is None:
            return False
        try:
            campaign.add_paper_tally(tally)
        except (CampaignError, OSError) as error:
            Messages.error(
                self._window,
                translate("SignatureIO", "Not saved"),
                translate("SignatureIO", "The sheet's count was not saved: %1").replace(
                    "%1", str(error)
                ),
            )
            return False
        self._session.refresh_count()
        return True
