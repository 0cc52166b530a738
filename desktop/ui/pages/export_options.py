"""The Export page's choices: recipients, paper, files and folder, and what is missing.

Signals:
    recipients_changed(): a recipient was ticked or unticked.
    paper_changed(str, bool): paper ("a4"/"letter") and landscape chosen here.
    choose_folder_requested(): the organiser wants to pick another folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.campaign import CampaignChoices
from desktop.domain.recipient import Recipient


class ExportOptions(QWidget):
    """Recipients to export for, paper and orientation, one or several PDFs, the folder.

    Signals:
        recipients_changed(): a recipient was ticked or unticked.
        paper_changed(str, bool): paper and landscape chosen here.
        choose_folder_requested(): the organiser wants to pick another folder.
    """

    recipients_changed = Signal()
    paper_changed = Signal(str, bool)
    choose_folder_requested = Signal()

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self.recipients = QListWidget()
        self.recipients.setObjectName("export_recipients_list")
        self.recipients.setAccessibleName(self.tr("Recipients to export for"))
        self.recipients.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.recipients.itemChanged.connect(self._on_recipients_item_changed)
        recipients_box = QGroupBox(self.tr("Recipients"))
        QVBoxLayout(recipients_box).addWidget(self.recipients)

        self.paper = QComboBox()
        self.paper.setObjectName("export_paper_combo")
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.currentIndexChanged.connect(self._on_paper_changed)
        self.orientation = QComboBox()
        self.orientation.setObjectName("export_orientation_combo")
        self.orientation.setAccessibleName(self.tr("Signature sheet orientation"))
        self.orientation.addItem(self.tr("Portrait"), False)
        self.orientation.addItem(self.tr("Landscape"), True)
        self.orientation.currentIndexChanged.connect(self._on_paper_changed)
        self._combined = QRadioButton(self.tr("One PDF for all recipients"))
        self._combined.setObjectName("export_combined_radio")
        self._combined.setAccessibleName(self.tr("One PDF for all recipients"))
        self._separate = QRadioButton(self.tr("One PDF per recipient"))
        self._separate.setObjectName("export_separate_radio")
        self._separate.setAccessibleName(self.tr("One PDF per recipient"))
        self._combined.setChecked(True)
        self._folder_edit = QLineEdit(str(folder))
        self._folder_edit.setObjectName("export_folder_edit")
        self._folder_edit.setAccessibleName(self.tr("Save the PDFs in this folder"))
        self._folder_edit.editingFinished.connect(self._on_folder_edit_finished)
        choose = QPushButton(self.tr("Ch&oose…"))
        choose.setObjectName("export_choose_folder_button")
        choose.setAccessibleName(self.tr("Choose the folder"))
        choose.clicked.connect(self.choose_folder_requested)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self._folder_edit, 1)
        folder_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(self.tr("&Signature sheets:"), self.orientation)
        form.addRow(self.tr("Files:"), self._combined)
        form.addRow("", self._separate)
        form.addRow(self.tr("Folder:"), folder_row)
        options_box = QGroupBox(self.tr("Paper and files"))
        options_box.setLayout(form)

        self._problems = QListWidget()
        self._problems.setObjectName("export_problems_list")
        self._problems.setAccessibleName(self.tr("Problems found before printing"))
        self._problems.setWordWrap(True)
        self._problems.setMinimumHeight(70)
        self._problems.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        problems_box = QGroupBox(self.tr("Before printing"))
        QVBoxLayout(problems_box).addWidget(self._problems)

        self._lock_note = QLabel()
        self._lock_note.setObjectName("export_lock_note")
        self._lock_note.setWordWrap(True)
        self._lock_note.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(recipients_box)
        layout.addWidget(options_box)
        layout.addWidget(problems_box, 1)
        layout.addWidget(self._lock_note)

    # -- reading -------------------------------------------------------------------------
    def checked_recipient_ids(self) -> tuple[str, ...]:
        """The recipients ticked, in list order."""
        ids = []
        for row in range(self.recipients.count()):
            item = self.recipients.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(ids)

    def folder(self) -> Path:
        """Where the PDFs are written."""
        return self._folder

    def combined(self) -> bool:
        """True for one PDF holding every recipient's pack."""
        return self._combined.isChecked()

    # -- writing -------------------------------------------------------------------------
    def set_checked_recipients(self, ids: tuple[str, ...]) -> None:
        """Tick exactly ``ids``."""
        for row in range(self.recipients.count()):
            item = self.recipients.item(row)
            rid = str(item.data(Qt.ItemDataRole.UserRole))
            item.setCheckState(Qt.CheckState.Checked if rid in ids else Qt.CheckState.Unchecked)

    def set_folder(self, folder: Path) -> None:
        """Write the PDFs into ``folder``."""
        self._folder = folder
        self._folder_edit.setText(str(folder))

    def set_combined(self, combined: bool) -> None:
        """One PDF for all recipients (True) or one per recipient."""
        (self._combined if combined else self._separate).setChecked(True)

    def show_recipients(
        self, recipients: tuple[Recipient, ...], choices: CampaignChoices, ticked: set[str]
    ) -> None:
        """List ``recipients`` (ticking ``ticked``) and show the paper ``choices`` hold."""
        self.recipients.blockSignals(True)
        self.recipients.clear()
        for recipient in recipients:
            item = QListWidgetItem(self._recipient_label(recipient, choices))
            item.setData(Qt.ItemDataRole.UserRole, recipient.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = recipient.id in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.recipients.addItem(item)
        self.recipients.blockSignals(False)
        rows = min(max(self.recipients.count(), 3), 8)
        row_height = max(self.recipients.sizeHintForRow(0), self.fontMetrics().height() + 4)
        self.recipients.setFixedHeight(rows * row_height + 2 * self.recipients.frameWidth() + 4)
        for combo, value in ((self.paper, choices.paper), (self.orientation, choices.landscape)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)

    def show_problems(self, messages: list[str]) -> None:
        """List what the petition would print without (or 'No problems found.')."""
        self._problems.clear()
        for message in messages:
            self._problems.addItem(QListWidgetItem("⚠ " + message))
        if not messages:
            self._problems.addItem(QListWidgetItem(self.tr("No problems found.")))

    def show_lock_note(self, text: str) -> None:
        """A note on why the passphrase will be asked for; '' hides it."""
        self._lock_note.setText(text)
        self._lock_note.setVisible(bool(text))

    def set_editable(self, editable: bool) -> None:
        """Freeze the choices while an export runs."""
        for widget in (
            self.recipients,
            self.paper,
            self.orientation,
            self._folder_edit,
            self._combined,
            self._separate,
        ):
            widget.setEnabled(editable)

    # -- internals -----------------------------------------------------------------------
    def _recipient_label(self, recipient: Recipient, choices: CampaignChoices) -> str:
        lang = choices.recipient_langs.get(recipient.id, recipient.language)
        name = recipient.display_name(lang)
        if recipient.role == "copy":
            return self.tr("%1 (copy)").replace("%1", name)
        return name

    def _on_recipients_item_changed(self, item: QListWidgetItem) -> None:
        del item
        self.recipients_changed.emit()

    def _on_paper_changed(self, index: int) -> None:
        del index
        self.paper_changed.emit(str(self.paper.currentData()), bool(self.orientation.currentData()))

    def _on_folder_edit_finished(self) -> None:
        text = self._folder_edit.text().strip()
        if text:
            self._folder = Path(text).expanduser()
