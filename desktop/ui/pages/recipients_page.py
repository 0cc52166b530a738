"""Recipients page: tick who gets the letter and who gets a copy; add and edit recipients."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.kit import Kit
from desktop.domain.recipient import Recipient
from desktop.domain.text import LANGS, Lang
from desktop.ui.dialogs.recipient_editor import RecipientEditorDialog
from desktop.ui.i18n import LANGUAGE_NAMES
from desktop.ui.models.recipients import COL_LANG, COL_NAME, RecipientTableModel
from desktop.ui.session import CampaignSession
from desktop.ui.undo import SetChoicesCommand, SetKitCommand

_Index = QModelIndex | QPersistentModelIndex


class LanguageDelegate(QStyledItemDelegate):
    """Edits a letter language with a combo box."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        del option, index
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Letter language"))
        for lang in LANGS:
            combo.addItem(LANGUAGE_NAMES[lang], lang)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class RecipientsPage(QWidget):
    """The second step: the authorities the letter goes to, and who gets copies."""

    def __init__(
        self, session: CampaignSession, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recipients_page")
        self._session = session
        self._undo = undo_stack
        self.targets = RecipientTableModel(session, "target", self)
        self.copies = RecipientTableModel(session, "copy", self)
        self._delegate = LanguageDelegate(self)
        self._heading = QLabel()
        self._heading.setObjectName("recipients_heading")
        self._heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._targets_label = QLabel()
        self._copies_label = QLabel()
        self._target_view = self._make_view(self.targets, "recipients_targets_view")
        self._copy_view = self._make_view(self.copies, "recipients_copies_view")
        self._active_view = self._target_view
        self._targets_label.setBuddy(self._target_view)
        self._copies_label.setBuddy(self._copy_view)
        self._warning = QLabel()
        self._warning.setObjectName("recipients_warning")
        self._warning.setWordWrap(True)
        self._warning.setStyleSheet(
            "background: #fff3cd; color: #5c3c00; border: 1px solid #e0b000; padding: 6px;"
        )
        self._add = QPushButton()
        self._add.setObjectName("recipient_add_button")
        self._edit = QPushButton()
        self._edit.setObjectName("recipient_edit_button")
        buttons = QHBoxLayout()
        buttons.addWidget(self._add)
        buttons.addWidget(self._edit)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._intro)
        layout.addWidget(self._targets_label)
        layout.addWidget(self._target_view, 3)
        layout.addWidget(self._copies_label)
        layout.addWidget(self._copy_view, 2)
        layout.addWidget(self._warning)
        layout.addLayout(buttons)
        for model in (self.targets, self.copies):
            model.toggle_requested.connect(self._on_model_toggle_requested)
            model.language_requested.connect(self._on_model_language_requested)
            model.dataChanged.connect(self._update_warning)
            model.modelReset.connect(self._update_warning)
        self._add.clicked.connect(self._on_add_clicked)
        self._edit.clicked.connect(self._on_edit_clicked)
        self.retranslate_ui()

    def _make_view(self, model: RecipientTableModel, name: str) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.setItemDelegateForColumn(COL_LANG, self._delegate)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        view.verticalHeader().hide()
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_LANG, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        view.doubleClicked.connect(self._on_view_double_clicked)
        view.selectionModel().currentChanged.connect(
            lambda current, _previous, view=view: self._on_view_current_changed(view, current)
        )
        return view

    # -- public API ----------------------------------------------------------------------
    def set_chosen(self, recipient_id: str, chosen: bool) -> None:
        """Tick or untick a recipient (undoable)."""
        ids = [rid for rid in self._session.choices.recipient_ids if rid != recipient_id]
        if chosen:
            ids.append(recipient_id)
        if tuple(ids) == self._session.choices.recipient_ids:
            return
        choices = self._session.choices.model_copy(update={"recipient_ids": tuple(ids)})
        text = self.tr("Choose recipient") if chosen else self.tr("Drop recipient")
        self._undo.push(SetChoicesCommand(self._session, choices, text))

    def set_language(self, recipient_id: str, lang: Lang) -> None:
        """Write the letter to ``recipient_id`` in ``lang`` (undoable)."""
        langs = dict(self._session.choices.recipient_langs)
        if langs.get(recipient_id) == lang:
            return
        langs[recipient_id] = lang
        choices = self._session.choices.model_copy(update={"recipient_langs": langs})
        self._undo.push(SetChoicesCommand(self._session, choices, self.tr("Letter language")))

    def warning_text(self) -> str:
        """The warning shown about chosen recipients (empty when all is well)."""
        return self._warning.text()

    def selected_recipient(self) -> Recipient | None:
        """The recipient last selected in either list."""
        view = self._active_view
        model = self.targets if view is self._target_view else self.copies
        index = view.currentIndex()
        return model.recipient_at(index.row()) if index.isValid() else None

    def select(self, recipient_id: str) -> None:
        """Select ``recipient_id`` in its list."""
        for view, model in ((self._target_view, self.targets), (self._copy_view, self.copies)):
            row = model.row_of(recipient_id)
            if row >= 0:
                view.setCurrentIndex(model.index(row, COL_NAME))
                view.setFocus()
            else:
                view.clearSelection()
                view.setCurrentIndex(QModelIndex())

    # -- Qt overrides ----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every visible string in the current interface language."""
        self._heading.setText(self.tr("Recipients: who gets the letter"))
        self._intro.setText(
            self.tr(
                "Tick the authorities the letter is addressed to, and those who get a copy. "
                "Double-click a language to write that recipient's letter in another one."
            )
        )
        self._targets_label.setText(self.tr("&Letter goes to:"))
        self._copies_label.setText(self.tr("&Copies go to:"))
        self._target_view.setAccessibleName(self.tr("Recipients of the letter"))
        self._copy_view.setAccessibleName(self.tr("Recipients of copies"))
        self._add.setText(self.tr("Add recipient…"))
        self._add.setAccessibleName(self.tr("Add a recipient"))
        self._edit.setText(self.tr("Edit recipient…"))
        self._edit.setAccessibleName(self.tr("Edit the selected recipient"))
        self._warning.setAccessibleName(self.tr("Warnings about chosen recipients"))
        self.targets.refresh_language()
        self.copies.refresh_language()
        self._update_warning()

    # -- slots -----------------------------------------------------------------------------
    def _on_model_toggle_requested(self, recipient_id: str, chosen: bool) -> None:
        self.set_chosen(recipient_id, chosen)

    def _on_model_language_requested(self, recipient_id: str, lang: str) -> None:
        for code in LANGS:
            if code == lang:
                self.set_language(recipient_id, code)

    def _on_view_current_changed(self, view: QTableView, current: QModelIndex) -> None:
        if current.isValid():
            self._active_view = view

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        if index.column() == COL_NAME:
            self._on_edit_clicked()

    def _on_add_clicked(self) -> None:
        kit = self._session.kit
        if kit is None:
            return
        recipient = RecipientEditorDialog.ask(self, None, {r.id for r in kit.recipients})
        if recipient is not None:
            new_kit = _with_recipient(kit, recipient, self._session.current_case_id())
            self._undo.push(SetKitCommand(self._session, new_kit, self.tr("Add recipient")))
            self.select(recipient.id)

    def _on_edit_clicked(self) -> None:
        kit = self._session.kit
        old = self.selected_recipient()
        if kit is None or old is None:
            return
        recipient = RecipientEditorDialog.ask(self, old, {r.id for r in kit.recipients})
        if recipient is not None and recipient != old:
            new_kit = _with_recipient(kit, recipient, None)
            self._undo.push(SetKitCommand(self._session, new_kit, self.tr("Edit recipient")))
            self.select(recipient.id)

    def _update_warning(self) -> None:
        lines = self.targets.warnings() + self.copies.warnings()
        if not self._session.choices.recipient_ids and self._session.kit is not None:
            self._warning.setText(self.tr("No recipient is ticked yet."))
            self._warning.show()
        elif lines:
            head = self.tr(
                "%n chosen recipient(s) cannot get a complete letter yet:", "", len(lines)
            )
            self._warning.setText(head + "\n" + "\n".join(f"⚠ {line}" for line in lines))
            self._warning.show()
        else:
            self._warning.setText("")
            self._warning.hide()
        self._edit.setEnabled(self._session.kit is not None)
        self._add.setEnabled(self._session.kit is not None)


def _with_recipient(kit: Kit, recipient: Recipient, case_id: str | None) -> Kit:
    recipients = list(kit.recipients)
    for index, old in enumerate(recipients):
        if old.id == recipient.id:
            recipients[index] = recipient
            break
    else:
        recipients.append(recipient)
    cases = list(kit.cases)
    for index, case in enumerate(cases):
        if case.id == case_id and case.recipients and recipient.id not in case.recipients:
            cases[index] = case.model_copy(update={"recipients": (*case.recipients, recipient.id)})
    return kit.model_copy(update={"recipients": tuple(recipients), "cases": tuple(cases)})
