"""Case page: browse the kit's cases, read one in full, choose it, add or edit cases."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.case import Case
from desktop.domain.kit import Kit
from desktop.domain.text import Lang, pick
from desktop.ui.dialogs.case_editor import CaseEditorDialog
from desktop.ui.i18n import translations
from desktop.ui.models.cases import CaseListModel
from desktop.ui.session import CampaignSession
from desktop.ui.undo import SetChoicesCommand, SetKitCommand

translate = QCoreApplication.translate


class CasePage(QWidget):
    """The first step: which case the campaign is about."""

    def __init__(
        self, session: CampaignSession, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("case_page")
        self._session = session
        self._undo = undo_stack
        self._model = CaseListModel(session, self)
        self._heading = QLabel()
        self._heading.setObjectName("case_heading")
        self._heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self._list = QListView()
        self._list.setObjectName("case_list")
        self._list.setModel(self._model)
        self._list.setMinimumWidth(220)
        self._list.setWordWrap(True)
        self._list.setSpacing(2)
        self._details = QTextBrowser()
        self._details.setObjectName("case_details")
        self._details.setOpenLinks(False)
        self._choose = QPushButton()
        self._choose.setObjectName("case_choose_button")
        self._add = QPushButton()
        self._add.setObjectName("case_add_button")
        self._edit = QPushButton()
        self._edit.setObjectName("case_edit_button")
        self._chosen_label = QLabel()
        self._chosen_label.setObjectName("case_chosen_label")
        self._chosen_label.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._list, 1)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self._add)
        left_buttons.addWidget(self._edit)
        left_layout.addLayout(left_buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._details, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self._chosen_label, 1)
        bottom.addWidget(self._choose)
        right_layout.addLayout(bottom)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 700])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(splitter, 1)
        self._list.selectionModel().currentChanged.connect(self._on_list_current_changed)
        self._list.doubleClicked.connect(self._on_list_double_clicked)
        self._choose.clicked.connect(self._on_choose_clicked)
        self._add.clicked.connect(self._on_add_clicked)
        self._edit.clicked.connect(self._on_edit_clicked)
        self._model.modelReset.connect(self._on_model_reset)
        session.choices_changed.connect(self._update_chosen)
        self.retranslate_ui()
        self._on_model_reset()

    # -- public API (tests and the window) -------------------------------------------------
    def browsed_case(self) -> Case | None:
        """The case shown in the details pane."""
        return self._model.case_at(self._list.currentIndex().row())

    def browse(self, case_id: str) -> None:
        """Show ``case_id`` in the details pane."""
        row = self._model.row_of(case_id)
        if row >= 0:
            self._list.selectionModel().setCurrentIndex(
                self._model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def choose_browsed(self) -> None:
        """Make the browsed case the campaign's case (undoable)."""
        case = self.browsed_case()
        if case is None or case.id == self._session.choices.case_id:
            return
        kit = self._session.kit
        recipients = {r.id for r in kit.recipients_for(case)} if kit else set()
        choices = self._session.choices.model_copy(
            update={
                "case_id": case.id,
                "recipient_ids": tuple(
                    rid for rid in self._session.choices.recipient_ids if rid in recipients
                ),
            }
        )
        self._undo.push(SetChoicesCommand(self._session, choices, self.tr("Choose case")))

    def details_text(self) -> str:
        """The details pane as plain text."""
        return self._details.toPlainText()

    # -- Qt overrides ----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every visible string in the current interface language."""
        self._heading.setText(self.tr("Case: who is persecuted, and what we demand"))
        self._list.setAccessibleName(self.tr("Cases in the kit"))
        self._details.setAccessibleName(self.tr("Case details"))
        self._choose.setText(self.tr("Campaign for this case"))
        self._choose.setAccessibleName(self.tr("Campaign for this case"))
        self._add.setText(self.tr("Add case…"))
        self._add.setAccessibleName(self.tr("Add a case"))
        self._edit.setText(self.tr("Edit case…"))
        self._edit.setAccessibleName(self.tr("Edit the selected case"))
        self._model.refresh_language()
        self._show_details()
        self._update_chosen()

    # -- slots -----------------------------------------------------------------------------
    def _on_model_reset(self) -> None:
        current = self._session.current_case()
        browsed = self.browsed_case()
        target = browsed.id if browsed else (current.id if current else None)
        if target is None or self._model.row_of(target) < 0:
            target = current.id if current else None
        if target is not None:
            self.browse(target)
        self._show_details()
        self._update_chosen()

    def _on_list_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        del current, previous
        self._show_details()
        self._update_chosen()

    def _on_list_double_clicked(self, index: QModelIndex) -> None:
        del index
        self.choose_browsed()

    def _on_choose_clicked(self) -> None:
        self.choose_browsed()

    def _on_add_clicked(self) -> None:
        kit = self._session.kit
        if kit is None:
            return
        case = CaseEditorDialog.ask(self, None, {c.id for c in kit.cases})
        if case is not None:
            new_kit = _with_case(kit, case)
            self._undo.push(SetKitCommand(self._session, new_kit, self.tr("Add case")))
            self.browse(case.id)

    def _on_edit_clicked(self) -> None:
        kit = self._session.kit
        browsed = self.browsed_case()
        if kit is None or browsed is None:
            return
        case = CaseEditorDialog.ask(self, browsed, {c.id for c in kit.cases})
        if case is not None and case != browsed:
            self._undo.push(
                SetKitCommand(self._session, _with_case(kit, case), self.tr("Edit case"))
            )
            self.browse(case.id)

    # -- drawing ---------------------------------------------------------------------------
    def _update_chosen(self) -> None:
        current = self._session.current_case()
        browsed = self.browsed_case()
        lang = translations().language
        if current is None:
            self._chosen_label.setText(self.tr("No case chosen yet."))
        else:
            self._chosen_label.setText(
                self.tr("The campaign is for: %1").replace("%1", pick(current.title, lang))
            )
        is_chosen = browsed is not None and current is not None and browsed.id == current.id
        self._choose.setEnabled(browsed is not None and not is_chosen)
        self._edit.setEnabled(browsed is not None)
        self._add.setEnabled(self._session.kit is not None)

    def _show_details(self) -> None:
        case = self.browsed_case()
        self._details.setHtml(case_html(self, case, translations().language) if case else "")


def _with_case(kit: Kit, case: Case) -> Kit:
    cases = list(kit.cases)
    for index, old in enumerate(cases):
        if old.id == case.id:
            cases[index] = case
            break
    else:
        cases.append(case)
    return kit.model_copy(update={"cases": tuple(cases)})


def case_html(widget: QWidget, case: Case, lang: Lang) -> str:
    """The case as a readable page in ``lang`` (falling back to another language per field)."""
    esc = html.escape
    locale = QLocale()
    statuses = {
        "detained": translate("CasePage", "detained"),
        "charged": translate("CasePage", "charged"),
        "sentenced": translate("CasePage", "sentenced"),
        "at_risk": translate("CasePage", "at risk"),
        "released": translate("CasePage", "released"),
    }
    heading = {
        key: f"<h3>{esc(text)}</h3>"
        for key, text in (
            ("people", translate("CasePage", "People")),
            ("summary", translate("CasePage", "Summary")),
            ("timeline", translate("CasePage", "Timeline")),
            ("charges", translate("CasePage", "Charges")),
            ("demands", translate("CasePage", "Demands")),
        )
    }
    parts = [f"<h2>{esc(pick(case.title, lang))}</h2>"]
    meta = []
    if case.reference:
        meta.append(translate("CasePage", "Reference: %1").replace("%1", esc(case.reference)))
    if case.deadline:
        day = locale.toString(QDate(case.deadline), QLocale.FormatType.LongFormat)
        meta.append("<b>" + translate("CasePage", "Deadline: %1").replace("%1", esc(day)) + "</b>")
    if meta:
        parts.append("<p>" + " · ".join(meta) + "</p>")
    parts.append(heading["people"] + "<ul>")
    for person in case.people:
        role = pick(person.role, lang)
        line = esc(pick(person.name, lang)) + (f", {esc(role)}" if role else "")
        parts.append(f"<li>{line} <i>({esc(statuses[person.status])})</i></li>")
    parts.append("</ul>")
    summary = pick(case.summary, lang)
    if summary:
        parts.append(heading["summary"])
        parts.extend(f"<p>{esc(para)}</p>" for para in summary.split("\n\n"))
    if case.timeline:
        parts.append(heading["timeline"] + "<ul>")
        for event in case.timeline:
            day = locale.toString(QDate(event.date), QLocale.FormatType.ShortFormat)
            parts.append(f"<li><b>{esc(day)}</b>: {esc(pick(event.text, lang))}</li>")
        parts.append("</ul>")
    if case.charges:
        parts.append(heading["charges"] + "<ul>")
        parts.extend(f"<li>{esc(pick(charge, lang))}</li>" for charge in case.charges)
        parts.append("</ul>")
    parts.append(heading["demands"] + "<ol>")
    parts.extend(f"<li>{esc(pick(demand, lang))}</li>" for demand in case.demands)
    parts.append("</ol>")
    return "".join(parts)
