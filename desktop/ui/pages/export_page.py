"""The Export step: choose recipients and paper, export in the background, preview, print.

Signals:
    export_finished(str): the export is written; the PDF's path (or the folder of several).
    export_failed(str): the export failed; a plain-language reason.
    export_cancelled(): the organiser cancelled; no file was left behind.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.recipient import Recipient
from desktop.ui.pages.export_job import (
    STAGE_PAGES,
    STAGE_SIGNATURES,
    ExportRequest,
    ExportResult,
    run_export,
)
from desktop.ui.pages.export_options import ExportOptions
from desktop.ui.pages.export_questions import ExportQuestions, default_folder
from desktop.ui.pages.export_words import describe_error, describe_problem
from desktop.ui.session import CampaignSession
from desktop.ui.tasks import Task, run_task, thread_pool
from desktop.ui.undo import SetChoicesCommand
from desktop.ui.widgets.pdf_preview import PdfPreview
from desktop.ui.widgets.pdf_printing import prepare_printer, print_document

if TYPE_CHECKING:
    from desktop.pdf.preflight import Problem


class ExportPage(QWidget):
    """Export the delivery packs for the chosen recipients, then preview and print them.

    Signals:
        export_finished(str): the written PDF's path, or the folder when there are several.
        export_failed(str): a plain-language reason.
        export_cancelled(): cancelled; no file was left behind.
    """

    export_finished = Signal(str)
    export_failed = Signal(str)
    export_cancelled = Signal()

    questions: type[ExportQuestions] = ExportQuestions

    def __init__(
        self, session: CampaignSession, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_page")
        self._session = session
        self._undo_stack = undo_stack
        self._task: Task[ExportResult] | None = None
        self._result: ExportResult | None = None
        self._problems: list[Problem] = []
        self._checked_once = False
        self._build()
        session.kit_changed.connect(self._on_session_changed)
        session.choices_changed.connect(self._on_session_choices_changed)
        session.campaign_changed.connect(self._on_session_campaign_changed)
        session.lock_changed.connect(self._on_session_lock_changed)
        session.count_changed.connect(self._on_session_count_changed)
        self._on_session_campaign_changed()

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self._options = ExportOptions(default_folder())
        self._options.setObjectName("export_options")
        self._options.recipients_changed.connect(self._on_options_recipients_changed)
        self._options.paper_changed.connect(self._on_options_paper_changed)
        self._options.choose_folder_requested.connect(self._on_options_choose_folder_requested)
        self._export_button = QPushButton(self.tr("E&xport"))
        self._export_button.setObjectName("export_button")
        self._export_button.setAccessibleName(self.tr("Export the petition"))
        self._export_button.setDefault(True)
        self._export_button.clicked.connect(self.start_export)
        self._cancel_button = QPushButton(self.tr("Cancel"))
        self._cancel_button.setObjectName("export_cancel_button")
        self._cancel_button.setAccessibleName(self.tr("Cancel the export"))
        self._cancel_button.setEnabled(False)
        self._cancel_button.clicked.connect(self.cancel_export)
        buttons = QHBoxLayout()
        buttons.addWidget(self._export_button, 1)
        buttons.addWidget(self._cancel_button)
        self._progress = QProgressBar()
        self._progress.setObjectName("export_progress")
        self._progress.setAccessibleName(self.tr("Export progress"))
        self._progress.setTextVisible(True)
        self._progress.setValue(0)
        self._status = QLabel()
        self._status.setObjectName("export_status_label")
        self._status.setWordWrap(True)
        self._status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        scroll = QScrollArea()
        scroll.setWidget(self._options)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Export, Cancel and the progress stay in view however long the lists get.
        column = QWidget()
        column.setMinimumWidth(380)
        left = QVBoxLayout(column)
        left.setContentsMargins(0, 0, 6, 0)
        left.addWidget(scroll, 1)
        left.addLayout(buttons)
        left.addWidget(self._progress)
        left.addWidget(self._status)

        self._result_label = QLabel(self.tr("The exported PDF appears here."))
        self._result_label.setObjectName("export_result_label")
        self._result_label.setWordWrap(True)
        self._print_button = QPushButton(self.tr("P&rint…"))
        self._print_button.setObjectName("export_print_button")
        self._print_button.setAccessibleName(self.tr("Print the exported PDF"))
        self._print_button.clicked.connect(self.print_current)
        self._open_folder_button = QPushButton(self.tr("Open containing fol&der"))
        self._open_folder_button.setObjectName("export_open_folder_button")
        self._open_folder_button.setAccessibleName(self.tr("Open the folder of the PDF"))
        self._open_folder_button.clicked.connect(self.open_containing_folder)
        actions = QHBoxLayout()
        actions.addWidget(self._result_label, 1)
        actions.addWidget(self._print_button)
        actions.addWidget(self._open_folder_button)
        self._preview = PdfPreview()
        self._preview.setObjectName("export_preview")
        result = QWidget()
        right = QVBoxLayout(result)
        right.setContentsMargins(6, 0, 0, 0)
        right.addLayout(actions)
        right.addWidget(self._preview, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(column)
        splitter.addWidget(result)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._show_result(None)

    # -- public API ------------------------------------------------------------------------
    def is_exporting(self) -> bool:
        """True while an export runs."""
        return self._task is not None

    def preview(self) -> PdfPreview:
        """The preview of the last export."""
        return self._preview

    def status_text(self) -> str:
        """The line under the progress bar."""
        return self._status.text()

    def problem_texts(self) -> list[str]:
        """The problems listed under "Before printing" (checked now if not yet)."""
        if not self._checked_once:
            self._checked_once = True
            self._refresh_problems()
        return [str(p) for p in self._problem_messages()]

    def options(self) -> ExportOptions:
        """The choices: recipients, paper, files, folder."""
        return self._options

    def checked_recipient_ids(self) -> tuple[str, ...]:
        """The recipients ticked for export, in list order."""
        return self._options.checked_recipient_ids()

    def set_checked_recipients(self, ids: tuple[str, ...]) -> None:
        """Tick exactly ``ids``."""
        self._options.set_checked_recipients(ids)

    def folder(self) -> Path:
        """Where the PDFs are written."""
        return self._options.folder()

    def set_folder(self, folder: Path) -> None:
        """Write the PDFs into ``folder``."""
        self._options.set_folder(folder)

    def set_combined(self, combined: bool) -> None:
        """One PDF for all recipients (True) or one per recipient."""
        self._options.set_combined(combined)

    def last_result(self) -> ExportResult | None:
        """The files of the last successful export."""
        return self._result

    def start_export(self) -> None:
        """Check, ask what needs asking, and start the export in the background."""
        if self._task is not None:
            return
        request = self._build_request()
        if request is None:
            return
        self._result = None
        self._show_result(None)
        self._set_running(True)
        self._status.setText(self.tr("Exporting…"))
        task = run_task(run_export, request, name="export")
        task.progress.connect(self._on_task_progress)
        task.stage_changed.connect(self._on_task_stage_changed)
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        task.cancelled.connect(self._on_task_cancelled)
        self._task = task

    def cancel_export(self) -> None:
        """Stop the running export; nothing is left under the chosen name."""
        if self._task is not None:
            self._task.cancel()
            self._cancel_button.setEnabled(False)
            self._status.setText(self.tr("Cancelling…"))

    def print_current(self) -> None:
        """Print the exported PDF through the system print dialog."""
        document = self._preview.document()
        pages = self._preview.page_count()
        if self._result is None or pages == 0:
            self._status.setText(self.tr("Export the petition first, then print it."))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, document, self._result.shown_path.stem)
        if not self.questions.ask_printer(self, printer, pages):
            return
        dialog = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, pages, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)

        def keep_going(done: int, total: int) -> bool:
            dialog.setMaximum(total)
            dialog.setValue(done)
            return not dialog.wasCanceled()

        printed = print_document(document, printer, keep_going)
        dialog.reset()
        dialog.deleteLater()
        self._status.setText(self.tr("Pages sent to the printer: %1.").replace("%1", str(printed)))

    def open_containing_folder(self) -> None:
        """Show the exported PDF's folder in the file manager (a local file URL)."""
        if self._result is None:
            return
        shown = self._result.shown_path
        folder = shown if shown.is_dir() else shown.parent
        if not self.questions.open_url(QUrl.fromLocalFile(str(folder))):
            self._status.setText(
                self.tr("The folder could not be opened. It is: %1").replace("%1", str(folder))
            )

    # -- Qt overrides ----------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._checked_once = True
        self._refresh_problems()

    # -- building the request --------------------------------------------------------------
    def _build_request(self) -> ExportRequest | None:
        kit, case = self._session.kit, self._session.current_case()
        if kit is None or case is None:
            self._status.setText(self.tr("Open a campaign first."))
            return None
        ids = self.checked_recipient_ids()
        if not ids:
            self._status.setText(self.tr("Tick at least one recipient to export for."))
            return None
        self._checked_once = True
        self._refresh_problems()
        messages = self._problem_messages()
        if messages and not self.questions.ask_proceed(self, messages):
            self._status.setText(
                self.tr("Export not started: fix the problems listed, or export anyway.")
            )
            return None
        folder = self._options.folder()
        if not folder.is_dir():
            self._status.setText(
                self.tr("The folder %1 does not exist. Choose another one.").replace(
                    "%1", str(folder)
                )
            )
            return None
        campaign = self._session.campaign
        count = self._session.count()
        reader = None
        if count > 0:
            if self._session.is_locked() and not self.questions.ask_unlock(self, self._session):
                self._status.setText(
                    self.tr(
                        "Export not started: the petition prints the signers' names, so it "
                        "needs the campaign's passphrase."
                    )
                )
                return None
            case_id = case.id

            def reader() -> object:
                return campaign.signatures(case_id)

        choices = self._session.choices
        return ExportRequest(
            kit=kit,
            case_id=case.id,
            recipient_ids=ids,
            folder=folder,
            paper=choices.paper,
            landscape=choices.landscape,
            combined=self._options.combined(),
            recipient_langs=dict(choices.recipient_langs),
            campaign_id=str(getattr(campaign, "campaign_id", "") or ""),
            read_signatures=reader,  # type: ignore[arg-type]
            expected_signatures=count,
            paper_tallies=tuple(campaign.paper_tallies()) if campaign is not None else (),
        )

    def _chosen_recipients(self) -> list[Recipient]:
        kit = self._session.kit
        if kit is None:
            return []
        return [kit.recipient(rid) for rid in self.checked_recipient_ids()]

    def _refresh_problems(self) -> None:
        kit, case = self._session.kit, self._session.current_case()
        self._problems = []
        if kit is not None and case is not None and self._checks_wanted():
            # Imported here: the PDF engine (reportlab) is loaded when first needed, so the
            # window opens faster.
            from desktop.pdf import preflight

            self._problems = preflight(
                kit, case, self._chosen_recipients(), langs=self._session.choices.recipient_langs
            )
        self._options.show_problems(self._problem_messages())

    def _checks_wanted(self) -> bool:
        return self.isVisible() or self._checked_once

    def _problem_messages(self) -> list[str]:
        kit = self._session.kit
        # dict keeps the order and drops repeats (several placeholder slips, one line)
        return list(dict.fromkeys(describe_problem(problem, kit) for problem in self._problems))

    # -- session signals -------------------------------------------------------------------
    def _on_session_campaign_changed(self) -> None:
        if self._task is not None:
            # The campaign is closing (or another one opening): stop the export and wait
            # for it, so its temporary file is removed before the program may exit.
            self._task.cancel()
            thread_pool().waitForDone(30_000)
        self._result = None
        self._show_result(None)
        self._status.setText("")
        self._fill(None)

    def _on_session_changed(self) -> None:
        """The kit changed: rebuild the list, keeping the ticks the organiser made here."""
        self._fill(set(self.checked_recipient_ids()))

    def _on_session_choices_changed(self) -> None:
        """The chosen recipients or the paper changed: tick the session's chosen ones."""
        self._fill(None)

    def _fill(self, ticked: set[str] | None) -> None:
        kit, case = self._session.kit, self._session.current_case()
        choices = self._session.choices
        recipients = kit.recipients_for(case) if kit is not None and case is not None else ()
        chosen = set(choices.recipient_ids) if ticked is None else ticked
        self._options.show_recipients(recipients, choices, chosen)
        self._refresh_problems()
        self._update_lock_note()
        self._update_enabled()

    def _on_session_lock_changed(self, locked: bool) -> None:
        if locked:
            # The exported PDF names the signers: locking clears it from the screen.
            self.cancel_export()
            if self._result is not None:
                self._result = None
                self._show_result(None)
        self._update_lock_note()

    def _on_session_count_changed(self, count: int) -> None:
        del count
        self._update_lock_note()

    def _update_lock_note(self) -> None:
        text = ""
        if self._session.is_open() and self._session.is_locked() and self._session.count() > 0:
            text = self.tr(
                "The campaign is locked. The petition prints every signer's name, so "
                "Export will ask for the passphrase first."
            )
        self._options.show_lock_note(text)

    # -- widgets' signals ------------------------------------------------------------------
    def _on_options_recipients_changed(self) -> None:
        self._refresh_problems()
        self._update_enabled()

    def _on_options_paper_changed(self, paper: str, landscape: bool) -> None:
        choices = self._session.choices
        if (choices.paper, choices.landscape) == (paper, landscape) or not self._session.is_open():
            return
        updated = choices.model_copy(update={"paper": paper, "landscape": landscape})
        self._undo_stack.push(
            SetChoicesCommand(self._session, updated, self.tr("Change the paper"))
        )

    def _on_options_choose_folder_requested(self) -> None:
        folder = self.questions.ask_folder(self, self._options.folder())
        if folder is not None:
            self._options.set_folder(folder)

    # -- the running task ------------------------------------------------------------------
    def _on_task_stage_changed(self, stage: str) -> None:
        formats = {
            STAGE_SIGNATURES: self.tr("Reading signatures: %v of %m"),
            STAGE_PAGES: self.tr("Drawing pages: %v of %m"),
        }
        self._progress.setFormat(formats.get(stage, "%p%"))
        self._progress.setValue(0)

    def _on_task_progress(self, done: int, total: int) -> None:
        self._progress.setMaximum(max(total, 1))
        self._progress.setValue(min(done, max(total, 1)))

    def _on_task_succeeded(self, result: object) -> None:
        assert isinstance(result, ExportResult)
        self._task = None
        self._set_running(False)
        self._result = result
        self._progress.setFormat(self.tr("Done"))
        self._progress.setValue(self._progress.maximum())
        if len(result.files) == 1:
            done = self.tr("Saved: %1").replace("%1", str(result.shown_path))
        else:
            done = (
                self.tr("Saved in %1: one PDF per recipient (%2 files).")
                .replace("%1", str(result.shown_path))
                .replace("%2", str(len(result.files)))
            )
        self._status.setText(done)
        # Loading a long PDF into the view takes a moment; let the window repaint first.
        QTimer.singleShot(0, self._on_result_ready)

    def _on_result_ready(self) -> None:
        result = self._result
        if result is None:  # locked or closed meanwhile
            return
        self._show_result(result)
        self.export_finished.emit(str(result.shown_path))

    def _on_task_failed(self, error: object) -> None:
        self._task = None
        self._set_running(False)
        reason = describe_error(error)
        self._status.setText(reason)
        self._progress.setFormat("%p%")
        self._progress.setValue(0)
        self.export_failed.emit(reason)

    def _on_task_cancelled(self) -> None:
        self._task = None
        self._set_running(False)
        self._progress.setFormat("%p%")
        self._progress.setValue(0)
        self._status.setText(self.tr("Export cancelled. No file was written."))
        self.export_cancelled.emit()

    # -- drawing ---------------------------------------------------------------------------
    def _set_running(self, running: bool) -> None:
        self._export_button.setEnabled(not running)
        self._cancel_button.setEnabled(running)
        self._options.set_editable(not running)
        self._update_enabled()

    def _update_enabled(self) -> None:
        ready = self._session.is_open() and self._task is None
        self._export_button.setEnabled(ready and bool(self.checked_recipient_ids()))
        has_result = self._result is not None
        self._print_button.setEnabled(has_result and self._preview.page_count() > 0)
        self._open_folder_button.setEnabled(has_result)

    def _show_result(self, result: ExportResult | None) -> None:
        if result is None:
            self._preview.clear(self.tr("Export to see the petition here before printing."))
            self._result_label.setText(self.tr("No export yet."))
        else:
            first = result.files[0]
            self._preview.show_file(str(first))
            if len(result.files) == 1:
                self._result_label.setText(first.name)
            else:
                self._result_label.setText(
                    self.tr("%1 and %2 more")
                    .replace("%1", first.name)
                    .replace("%2", str(len(result.files) - 1))
                )
            self._result_label.setToolTip(str(result.shown_path))
        self._update_enabled()
