"""The organiser's window: lays out the pages and wires actions, session and settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from desktop import APP_NAME
from desktop.paths import icons_dir
from desktop.ui.actions import ActionId, action_text, create_actions, retranslate_actions
from desktop.ui.dialogs.about import AboutDialog, GuideDialog
from desktop.ui.dialogs.messages import CloseAnswer, Messages
from desktop.ui.dialogs.settings_dialog import SettingsDialog, SettingsValues
from desktop.ui.i18n import translations
from desktop.ui.lock import IdleLocker, ask_unlock
from desktop.ui.opening import CampaignOpener
from desktop.ui.pages.case_page import CasePage
from desktop.ui.pages.export_page import ExportPage
from desktop.ui.pages.letter_page import LetterPage
from desktop.ui.pages.recipients_page import RecipientsPage
from desktop.ui.pages.signatures_page import SignaturesPage
from desktop.ui.pages.welcome_page import WelcomePage
from desktop.ui.session import CampaignSession
from desktop.ui.settings import AppSettings
from desktop.ui.signature_io import SignatureTransfer

A = ActionId


class MainWindow(QMainWindow):
    """Welcome screen, then the steps of the job beside a navigation list."""

    STEPS = ("case", "recipients", "letter", "signatures", "export")

    def __init__(
        self, settings: AppSettings | None = None, session: CampaignSession | None = None
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.settings = settings or AppSettings()
        self.session = session or CampaignSession(self)
        self.undo_stack = QUndoStack(self)
        self.window_actions = create_actions(self)
        self.opener = CampaignOpener(self, self.session, self.settings, self.undo_stack)
        self.transfer = SignatureTransfer(self, self.session)
        self.locker = IdleLocker(self.session, self)
        self.locker.set_minutes(self.settings.auto_lock_minutes)
        icon = icons_dir() / "protest-kit.svg"
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))
        self.welcome = WelcomePage()
        self.nav = QListWidget()
        self.nav.setObjectName("nav_list")
        self.nav.setMaximumWidth(190)
        self.nav.setStyleSheet(
            "QListWidget#nav_list::item { padding: 8px 6px; }"
            "QListWidget#nav_list::item:selected {"
            " background: palette(highlight); color: palette(highlighted-text); }"
        )
        self.pages = QStackedWidget()
        self.pages.setObjectName("page_stack")
        self.case_page = CasePage(self.session, self.undo_stack)
        self.recipients_page = RecipientsPage(self.session, self.undo_stack)
        self.signatures_page = SignaturesPage(self.session)
        self._letter_page: LetterPage | None = None  # built when first shown: a faster start
        self._export_page: ExportPage | None = None
        for page in (
            self.case_page,
            self.recipients_page,
            QWidget(),  # the Letter page's place
            self.signatures_page,
            QWidget(),  # the Export page's place
        ):
            self.pages.addWidget(page)
            self.nav.addItem("")
        workspace = QWidget()
        row = QHBoxLayout(workspace)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.central = QStackedWidget()
        self.central.addWidget(self.welcome)
        self.central.addWidget(workspace)
        self.setCentralWidget(self.central)
        self._status = {key: QLabel() for key in ("campaign", "count", "lock")}
        for key, label in self._status.items():
            label.setObjectName(f"status_{key}")
            # A sunken frame and a little padding keep the three facts visibly apart.
            label.setFrameShape(QLabel.Shape.StyledPanel)
            label.setFrameShadow(QLabel.Shadow.Sunken)
            label.setContentsMargins(6, 0, 6, 0)
            self.statusBar().addPermanentWidget(label)
        self._menus = {key: QMenu(self) for key in ("file", "recent", "edit", "help")}
        self._build_menus()
        self._wire()
        self.retranslate_ui()
        self._on_session_campaign_changed()
        self.resize(1180, 720)
        if not self.settings.window_geometry.isEmpty():
            self.restoreGeometry(self.settings.window_geometry)

    def _build_menus(self) -> None:
        file, recent, edit, help_ = (self._menus[k] for k in ("file", "recent", "edit", "help"))
        file.addActions([self.window_actions[A.NEW], self.window_actions[A.OPEN]])
        file.addMenu(recent)
        file.addActions([self.window_actions[A.IMPORT_KIT], self.window_actions[A.MERGE]])
        file.addSeparator()
        file.addActions([self.window_actions[A.EXPORT], self.window_actions[A.PRINT]])
        file.addSeparator()
        file.addAction(self.window_actions[A.LOCK])
        file.addSeparator()
        file.addAction(self.window_actions[A.QUIT])
        edit.addActions([self.window_actions[A.UNDO], self.window_actions[A.REDO]])
        edit.addSeparator()
        edit.addAction(self.window_actions[A.SETTINGS])
        help_.addActions([self.window_actions[A.GUIDE], self.window_actions[A.ABOUT]])
        for key in ("file", "edit", "help"):
            self.menuBar().addMenu(self._menus[key])
        recent.setObjectName("menu_recent")
        recent.aboutToShow.connect(self._on_recent_about_to_show)

    def _wire(self) -> None:
        s, act = self.session, self.window_actions
        act[A.NEW].triggered.connect(self.opener.new_from_kit)
        act[A.OPEN].triggered.connect(self.opener.open_chosen)
        act[A.IMPORT_KIT].triggered.connect(self.opener.import_kit)
        act[A.MERGE].triggered.connect(self.transfer.merge)
        act[A.EXPORT].triggered.connect(self._on_export_triggered)
        act[A.PRINT].triggered.connect(self._on_print_triggered)
        act[A.LOCK].triggered.connect(s.lock)
        act[A.QUIT].triggered.connect(self.close)
        act[A.UNDO].triggered.connect(self.undo_stack.undo)
        act[A.REDO].triggered.connect(self.undo_stack.redo)
        act[A.SETTINGS].triggered.connect(self._on_settings_triggered)
        act[A.ABOUT].triggered.connect(lambda: AboutDialog.ask(self))
        act[A.GUIDE].triggered.connect(lambda: GuideDialog.ask(self))
        self.undo_stack.undoTextChanged.connect(self._update_undo_texts)
        self.undo_stack.redoTextChanged.connect(self._update_undo_texts)
        self.undo_stack.canUndoChanged.connect(act[A.UNDO].setEnabled)
        self.undo_stack.canRedoChanged.connect(act[A.REDO].setEnabled)
        self.undo_stack.cleanChanged.connect(self._on_undo_clean_changed)
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        for row, step in enumerate(self.STEPS):  # Ctrl+1..Ctrl+5 jump to a step
            shortcut = QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self)
            shortcut.activated.connect(lambda step=step: self._on_step_shortcut(step))
        self.welcome.sample_requested.connect(self.opener.open_sample)
        self.welcome.new_requested.connect(self.opener.new_from_kit)
        self.welcome.open_requested.connect(self.opener.open_chosen)
        self.welcome.recent_requested.connect(lambda path: self.opener.open_path(Path(path)))
        sig = self.signatures_page
        sig.unlock_requested.connect(lambda: ask_unlock(self, s))
        sig.lock_requested.connect(s.lock)
        sig.station_requested.connect(self._on_station_requested)
        sig.merge_requested.connect(self.transfer.merge)
        sig.import_csv_requested.connect(self.transfer.import_csv)
        sig.export_csv_requested.connect(self.transfer.export_csv)
        sig.recovery_requested.connect(self.transfer.save_recovery)
        sig.paper_requested.connect(self.transfer.add_paper_tally)
        s.campaign_changed.connect(self._on_session_campaign_changed)
        s.kit_changed.connect(self._update_status)
        s.kit_changed.connect(self._update_features)
        s.choices_changed.connect(self._update_features)
        s.count_changed.connect(self._update_status)
        s.lock_changed.connect(self._update_status)
        self.locker.locked_by_idle.connect(self._on_locker_locked_by_idle)

    # -- public API (tests, app.py) -------------------------------------------------------
    @property
    def letter_page(self) -> LetterPage:
        """The Letter page (built on first use)."""
        if self._letter_page is None:
            self._letter_page = LetterPage(self.session, self.undo_stack)
            self._put_page(self.STEPS.index("letter"), self._letter_page)
        return self._letter_page

    @property
    def export_page(self) -> ExportPage:
        """The Export page (built on first use)."""
        if self._export_page is None:
            self._export_page = ExportPage(self.session, self.undo_stack)
            self._put_page(self.STEPS.index("export"), self._export_page)
        return self._export_page

    def _put_page(self, index: int, page: QWidget) -> None:
        current = self.pages.currentIndex()
        stand_in = self.pages.widget(index)
        self.pages.insertWidget(index, page)
        if stand_in is not None:
            self.pages.removeWidget(stand_in)
            stand_in.deleteLater()
        self.pages.setCurrentIndex(current)

    def show_step(self, step: str) -> None:
        """Show the page for ``step`` (one of STEPS)."""
        self.nav.setCurrentRow(self.STEPS.index(step))

    def current_step(self) -> str:
        """The step whose page is shown."""
        return self.STEPS[self.pages.currentIndex()]

    def action(self, action_id: ActionId) -> QAction:
        """The window's action for ``action_id``."""
        return self.window_actions[action_id]

    def status_text(self) -> str:
        """The status bar's permanent texts, joined."""
        return " | ".join(label.text() for label in self._status.values() if not label.isHidden())

    # -- Qt overrides ----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.undo_stack.isClean() and self.session.is_open():
            answer = Messages.ask_close(self, self.session.title(translations().language))
            if answer is CloseAnswer.CANCEL:
                event.ignore()
                return
            if answer is CloseAnswer.DISCARD:
                clean = self.undo_stack.cleanIndex()
                self.undo_stack.setIndex(clean if clean >= 0 else 0)
        self.settings.window_geometry = self.saveGeometry()
        self.settings.sync()
        self.locker.stop()
        self.undo_stack.clear()
        self.session.close()
        event.accept()

    def retranslate_ui(self) -> None:
        """Set every visible string in the current interface language."""
        retranslate_actions(self.window_actions)
        self._update_undo_texts()
        titles = {
            "file": self.tr("&File"),
            "recent": self.tr("Open &Recent"),
            "edit": self.tr("&Edit"),
            "help": self.tr("&Help"),
        }
        for key, menu in self._menus.items():
            menu.setTitle(titles[key])
        names = [
            self.tr("Case"),
            self.tr("Recipients"),
            self.tr("Letter"),
            self.tr("Signatures"),
            self.tr("Export"),
        ]
        for row, name in enumerate(names):
            self.nav.item(row).setText(f"{row + 1}. {name}")
        self.nav.setAccessibleName(self.tr("Steps"))
        self._update_features()
        self._update_status()

    # -- slots -----------------------------------------------------------------------------
    def _on_session_campaign_changed(self) -> None:
        is_open = self.session.is_open()
        self.central.setCurrentIndex(1 if is_open else 0)
        if is_open:
            row = max(self.nav.currentRow(), 0)
            self.nav.setCurrentRow(row, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.welcome.set_recent(self.settings.recent_campaigns)
        self.undo_stack.setClean()
        self._update_features()
        self._update_status()

    def _on_nav_current_row_changed(self, row: int) -> None:
        step = self.STEPS[row] if 0 <= row < len(self.STEPS) else ""
        build = {"letter": lambda: self.letter_page, "export": lambda: self.export_page}
        build.get(step, lambda: None)()  # a page built late takes its place in the stack
        self.pages.setCurrentIndex(row)

    def _on_undo_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _on_locker_locked_by_idle(self) -> None:
        self.statusBar().showMessage(
            self.tr("Locked after idle time. Unlock to see signers."), 10_000
        )

    def _on_recent_about_to_show(self) -> None:
        menu = self._menus["recent"]
        menu.clear()
        for path in self.settings.recent_campaigns:
            action = menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.opener.open_path(p))
        if menu.isEmpty():
            menu.addAction(self.tr("No recent campaigns")).setEnabled(False)

    def _on_step_shortcut(self, step: str) -> None:
        if self.session.is_open():
            self.show_step(step)
            self.nav.setFocus()

    def _on_export_triggered(self) -> None:
        self.show_step("export")
        self.export_page.start_export()

    def _on_print_triggered(self) -> None:
        self.show_step("export")
        self.export_page.print_current()

    def _on_station_requested(self) -> None:
        from desktop.ui.station import launch  # the station loads only when started

        launch(self.session, self)

    def _on_settings_triggered(self) -> None:
        current = SettingsValues(
            self.settings.language, self.settings.paper, self.settings.auto_lock_minutes
        )
        values = SettingsDialog.ask(self, current)
        if values is None:
            return
        self.settings.language = values.language
        self.settings.paper = values.paper
        self.settings.auto_lock_minutes = values.auto_lock_minutes
        self.locker.set_minutes(values.auto_lock_minutes)
        if values.language != translations().language:
            translations().switch(values.language)

    # -- drawing ---------------------------------------------------------------------------
    def _update_features(self) -> None:
        is_open = self.session.is_open()
        for action_id in (A.IMPORT_KIT, A.MERGE, A.EXPORT, A.PRINT, A.LOCK):
            self.window_actions[action_id].setEnabled(is_open)
        self.window_actions[A.UNDO].setEnabled(self.undo_stack.canUndo())
        self.window_actions[A.REDO].setEnabled(self.undo_stack.canRedo())
        case = self.session.current_case()
        self.signatures_page.set_available(
            "station",
            self.tr("This case has no petition text yet; add one on the Case page.")
            if case is not None and not case.statements
            else "",
        )

    def _update_undo_texts(self) -> None:
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.window_actions[A.UNDO].setText(
            self.tr("&Undo %1").replace("%1", undo) if undo else action_text(A.UNDO)
        )
        self.window_actions[A.REDO].setText(
            self.tr("&Redo %1").replace("%1", redo) if redo else action_text(A.REDO)
        )

    def _update_status(self) -> None:
        lang = translations().language
        title = self.session.title(lang)
        self.setWindowTitle(f"{title} — {APP_NAME}[*]" if title else f"{APP_NAME}[*]")
        is_open = self.session.is_open()
        self._status["count"].setVisible(is_open)
        self._status["lock"].setVisible(is_open)
        if not is_open:
            self._status["campaign"].setText(self.tr("No campaign open"))
            return
        self._status["campaign"].setText(title)
        count = self.session.count()
        self._status["count"].setText(self.tr("%n signature(s)", "", count))
        self._status["lock"].setText(
            self.tr("Locked") if self.session.is_locked() else self.tr("Unlocked")
        )
