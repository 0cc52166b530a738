"""Signatures page: counts, the key code, lock state, the signers (unlocked) and the station.

Signals:
    unlock_requested(): the organiser wants to unlock.
    lock_requested(): the organiser wants to lock now.
    station_requested(): start the signing station.
    merge_requested(): merge signatures from a volunteer's file.
    import_csv_requested(): import signatures from a CSV file.
    export_csv_requested(): export the signers to a CSV file.
    recovery_requested(): save the recovery file and show the recovery code.
    paper_requested(): record the count of a paper sheet.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.models.signers import SignerTableModel
from desktop.ui.session import CampaignSession


class SignaturesPage(QWidget):
    """The fourth step: gather signatures, and see them once unlocked."""

    unlock_requested = Signal()
    lock_requested = Signal()
    station_requested = Signal()
    merge_requested = Signal()
    import_csv_requested = Signal()
    export_csv_requested = Signal()
    recovery_requested = Signal()
    paper_requested = Signal()

    def __init__(self, session: CampaignSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signatures_page")
        self._session = session
        self.signers = SignerTableModel(self)
        self._heading = QLabel()
        self._heading.setObjectName("signatures_heading")
        self._heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self._count = QLabel()
        self._count.setObjectName("signatures_count_label")
        self._paper = QLabel()
        self._paper.setObjectName("signatures_paper_label")
        self._key_code = QLabel()
        self._key_code.setObjectName("signatures_key_code_label")
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(mono.pointSizeF() * 1.3)
        self._key_code.setFont(mono)
        self._key_code.setTextInteractionFlags(self._key_code.textInteractionFlags())
        self._state = QLabel()
        self._state.setObjectName("signatures_state_label")
        self._count_title = QLabel()
        self._paper_title = QLabel()
        self._key_title = QLabel()
        self._state_title = QLabel()
        form = QFormLayout()
        form.addRow(self._count_title, self._count)
        form.addRow(self._paper_title, self._paper)
        form.addRow(self._key_title, self._key_code)
        form.addRow(self._state_title, self._state)
        self._station = QPushButton()
        self._station.setObjectName("station_button")
        self._station.setDefault(True)
        self._unlock = QPushButton()
        self._unlock.setObjectName("unlock_button")
        self._merge = QPushButton()
        self._merge.setObjectName("merge_button")
        self._import = QPushButton()
        self._import.setObjectName("import_csv_button")
        self._export = QPushButton()
        self._export.setObjectName("export_csv_button")
        self._add_paper = QPushButton()
        self._add_paper.setObjectName("paper_tally_button")
        self._recovery = QPushButton()
        self._recovery.setObjectName("recovery_button")
        row1 = QHBoxLayout()
        row1.addWidget(self._station)
        row1.addWidget(self._unlock)
        row1.addWidget(self._recovery)
        row1.addStretch(1)
        row2 = QHBoxLayout()
        row2.addWidget(self._add_paper)
        row2.addWidget(self._merge)
        row2.addWidget(self._import)
        row2.addWidget(self._export)
        row2.addStretch(1)
        self._table = QTableView()
        self._table.setObjectName("signers_table")
        self._table.setModel(self.signers)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._sealed = QLabel()
        self._sealed.setObjectName("signers_sealed_label")
        self._sealed.setWordWrap(True)
        self._sealed.setStyleSheet("font-style: italic; padding: 24px;")
        self._list_stack = QStackedWidget()
        self._list_stack.addWidget(self._sealed)
        self._list_stack.addWidget(self._table)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addLayout(form)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self._list_stack, 1)
        self._station.clicked.connect(self.station_requested)
        self._unlock.clicked.connect(self._on_unlock_clicked)
        self._merge.clicked.connect(self.merge_requested)
        self._import.clicked.connect(self.import_csv_requested)
        self._export.clicked.connect(self.export_csv_requested)
        self._recovery.clicked.connect(self.recovery_requested)
        self._add_paper.clicked.connect(self.paper_requested)
        session.count_changed.connect(self._update_counts)
        session.lock_changed.connect(self._on_session_lock_changed)
        session.campaign_changed.connect(self._update_counts)
        session.choices_changed.connect(self._on_session_choices_changed)
        self._available: dict[str, str] = {}
        self._shown_case: str | None = None
        self.retranslate_ui()
        self._on_session_lock_changed(session.is_locked())

    # -- public API ------------------------------------------------------------------------
    def set_available(self, feature: str, reason: str) -> None:
        """Enable a feature button ('station', 'merge', 'import_csv', 'export_csv'), or disable
        it with ``reason`` as its tooltip."""
        self._available[feature] = reason
        self._update_buttons()

    def showing_signers(self) -> bool:
        """True when the table of signers is visible."""
        return self._list_stack.currentWidget() is self._table

    # -- Qt overrides ----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every visible string in the current interface language."""
        self._heading.setText(self.tr("Signatures: gather them, count them"))
        self._count_title.setText(self.tr("Signed on this laptop:"))
        self._paper_title.setText(self.tr("Signed on paper:"))
        self._key_title.setText(self.tr("Key code:"))
        self._state_title.setText(self.tr("Signer names:"))
        self._key_code.setAccessibleName(self.tr("Key code"))
        self._key_code.setToolTip(
            self.tr(
                "Volunteers read this code aloud to check that their laptop seals "
                "signatures for this campaign."
            )
        )
        self._station.setText(self.tr("Start signing station"))
        self._station.setAccessibleName(self.tr("Start signing station"))
        self._merge.setText(self.tr("Merge signatures from…"))
        self._merge.setAccessibleName(self.tr("Merge signatures from a volunteer's file"))
        self._import.setText(self.tr("Import CSV…"))
        self._import.setAccessibleName(self.tr("Import signatures from a CSV file"))
        self._export.setText(self.tr("Export CSV…"))
        self._export.setAccessibleName(self.tr("Export the signers to a CSV file"))
        self._add_paper.setText(self.tr("Count a paper sheet…"))
        self._add_paper.setAccessibleName(self.tr("Count the signatures on a paper sheet"))
        self._recovery.setText(self.tr("Save recovery code…"))
        self._recovery.setAccessibleName(self.tr("Save the recovery file and code"))
        self._table.setAccessibleName(self.tr("Signers"))
        self._sealed.setText(
            self.tr(
                "The names of the signers are sealed. Unlock with the campaign passphrase to "
                "see them. They disappear again when you lock (Ctrl+L) or leave the laptop idle."
            )
        )
        self.signers.headerDataChanged.emit(
            self._table.horizontalHeader().orientation(), 0, self.signers.columnCount() - 1
        )
        self._update_counts()
        self._update_lock_texts()
        self._update_buttons()

    # -- slots -----------------------------------------------------------------------------
    def _on_unlock_clicked(self) -> None:
        if self._session.is_locked():
            self.unlock_requested.emit()
        else:
            self.lock_requested.emit()

    def _on_session_lock_changed(self, locked: bool) -> None:
        if locked:
            self.signers.clear()
            self._list_stack.setCurrentWidget(self._sealed)
        else:
            self._load_signers()
            self._list_stack.setCurrentWidget(self._table)
        self._update_lock_texts()
        self._update_buttons()

    def _load_signers(self) -> None:
        case_id = self._session.current_case_id()
        self._shown_case = case_id
        self.signers.load(self._session.signatures(case_id, workers=1))

    def _on_session_choices_changed(self) -> None:
        self._update_counts()
        case_id = self._session.current_case_id()
        if not self._session.is_locked() and case_id != self._shown_case:
            self._load_signers()

    def _update_counts(self) -> None:
        locale = QLocale()
        case_id = self._session.current_case_id()
        count = self._session.count(case_id)
        total = self._session.count()
        text = locale.toString(count)
        if total != count:
            text += " " + self.tr("(all cases: %1)").replace("%1", locale.toString(total))
        self._count.setText(text)
        self._paper.setText(locale.toString(self._session.paper_count(case_id)))
        self._key_code.setText(self._session.key_code() or "—")

    def _update_lock_texts(self) -> None:
        locked = self._session.is_locked()
        if self._session.is_open() and not self._session.can_unlock():
            self._state.setText(self.tr("Sealed: this file cannot open them (no key here)"))
        elif locked:
            self._state.setText(self.tr("Locked: sealed, nobody can read them here"))
        else:
            self._state.setText(self.tr("Unlocked: visible below. Lock when you step away."))
        self._unlock.setText(self.tr("Unlock…") if locked else self.tr("Lock now"))
        self._unlock.setAccessibleName(
            self.tr("Unlock the signatures") if locked else self.tr("Lock the signatures now")
        )

    def _update_buttons(self) -> None:
        is_open = self._session.is_open()
        unlocked = not self._session.is_locked()
        needs_unlock = self.tr("Unlock first: this needs the signers' names.")
        for feature, button, needs_key in (
            ("station", self._station, False),
            ("merge", self._merge, False),
            ("paper", self._add_paper, False),
            ("import_csv", self._import, False),
            ("export_csv", self._export, True),
            ("recovery", self._recovery, True),
        ):
            reason = self._available.get(feature, "")
            if not is_open:
                reason = self.tr("Open a campaign first.")
            elif needs_key and not unlocked and not reason:
                reason = needs_unlock
            button.setEnabled(not reason)
            button.setToolTip(reason)
        keyless = is_open and not self._session.can_unlock()
        self._unlock.setEnabled(is_open and not keyless)
        self._unlock.setToolTip(
            self.tr(
                "This file holds no key to read signatures (a volunteer's file, or street "
                "mode). Signatures gathered here can be merged into the organiser's campaign."
            )
            if keyless
            else ""
        )
