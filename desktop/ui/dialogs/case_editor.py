"""Add or edit a case: people, summary, timeline, charges, demands, deadline, statement."""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.case import Case
from desktop.domain.text import LANGS, Lang
from desktop.ui.dialogs.validation import error_label, ok_cancel_buttons, plain_problems
from desktop.ui.i18n import LANGUAGE_NAMES

_DATE_LINE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})\s*[:\-–—]?\s*(.*)$")
_DASH = re.compile(r"\s+[—–-]\s+")

translate = QCoreApplication.translate


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class _LangTab(QScrollArea):
    """The fields of a case that are written once per language (scrolls on small screens)."""

    def __init__(self, lang: Lang, owner: QDialog) -> None:
        super().__init__()
        del owner
        self.lang = lang
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        self.setWidget(inner)
        name = LANGUAGE_NAMES[lang]
        self.title = QLineEdit()
        self.people = QPlainTextEdit()
        self.summary = QPlainTextEdit()
        self.timeline = QPlainTextEdit()
        self.charges = QPlainTextEdit()
        self.demands = QPlainTextEdit()
        self.statement = QPlainTextEdit()
        form = QFormLayout(inner)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        rows: list[tuple[str, QWidget, str]] = [
            (
                translate("CaseEditorDialog", "Title:"),
                self.title,
                translate("CaseEditorDialog", "Title (%1)"),
            ),
            (
                translate("CaseEditorDialog", "People (one per line, name — role):"),
                self.people,
                translate("CaseEditorDialog", "People (%1)"),
            ),
            (
                translate("CaseEditorDialog", "Summary:"),
                self.summary,
                translate("CaseEditorDialog", "Summary (%1)"),
            ),
            (
                translate("CaseEditorDialog", "Timeline (YYYY-MM-DD what happened):"),
                self.timeline,
                translate("CaseEditorDialog", "Timeline (%1)"),
            ),
            (
                translate("CaseEditorDialog", "Charges (one per line):"),
                self.charges,
                translate("CaseEditorDialog", "Charges (%1)"),
            ),
            (
                translate("CaseEditorDialog", "Demands (one per line):"),
                self.demands,
                translate("CaseEditorDialog", "Demands (%1)"),
            ),
            (
                translate("CaseEditorDialog", "Petition statement:"),
                self.statement,
                translate("CaseEditorDialog", "Petition statement (%1)"),
            ),
        ]
        for label, widget, accessible in rows:
            widget.setAccessibleName(accessible.replace("%1", name))
            if isinstance(widget, QPlainTextEdit):
                widget.setTabChangesFocus(True)
                widget.setMinimumHeight(72)
            form.addRow(label, widget)
        self.title.setObjectName(f"case_title_{lang}")
        self.people.setObjectName(f"case_people_{lang}")
        self.summary.setObjectName(f"case_summary_{lang}")
        self.timeline.setObjectName(f"case_timeline_{lang}")
        self.charges.setObjectName(f"case_charges_{lang}")
        self.demands.setObjectName(f"case_demands_{lang}")
        self.statement.setObjectName(f"case_statement_{lang}")


class CaseEditorDialog(QDialog):
    """Edit one case; ``case()`` builds it, validated by the domain model."""

    def __init__(self, parent: QWidget | None, case: Case | None, taken_ids: set[str]) -> None:
        super().__init__(parent)
        self.setObjectName("case_editor_dialog")
        self._original = case
        self._taken = taken_ids - ({case.id} if case else set())
        self.setWindowTitle(self.tr("Edit case") if case else self.tr("New case"))
        self.resize(760, 640)
        self._id = QLineEdit()
        self._id.setObjectName("case_id_edit")
        self._id.setAccessibleName(self.tr("Case id"))
        self._id.setPlaceholderText(self.tr("e.g. almaty-2010"))
        self._id.setReadOnly(case is not None)
        self._reference = QLineEdit()
        self._reference.setObjectName("case_reference_edit")
        self._reference.setAccessibleName(self.tr("Reference"))
        self._has_deadline = QCheckBox(self.tr("Deadline:"))
        self._has_deadline.setObjectName("case_deadline_check")
        self._has_deadline.setAccessibleName(self.tr("The case has a deadline"))
        self._deadline = QDateEdit()
        self._deadline.setObjectName("case_deadline_edit")
        self._deadline.setAccessibleName(self.tr("Deadline"))
        self._deadline.setCalendarPopup(True)
        self._deadline.setDisplayFormat("yyyy-MM-dd")
        self._deadline.setDate(QDate.currentDate().addDays(30))
        self._has_deadline.toggled.connect(self._deadline.setEnabled)
        self._tabs = QTabWidget()
        self._tabs.setObjectName("case_language_tabs")
        self._tabs.setAccessibleName(self.tr("Languages"))
        self._lang_tabs: dict[Lang, _LangTab] = {}
        for lang in LANGS:
            tab = _LangTab(lang, self)
            self._lang_tabs[lang] = tab
            self._tabs.addTab(tab, LANGUAGE_NAMES[lang])
        self._error = error_label("case_error_label")
        buttons = ok_cancel_buttons(self, self._on_buttons_accepted)
        top = QFormLayout()
        top.addRow(self.tr("&Id:"), self._id)
        top.addRow(self.tr("&Reference:"), self._reference)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self._has_deadline)
        deadline_row.addWidget(self._deadline, 1)
        top.addRow(deadline_row)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._tabs, 1)
        layout.addWidget(self._error)
        layout.addWidget(buttons)
        self._built: Case | None = None
        self._fill(case)

    def _fill(self, case: Case | None) -> None:
        self._has_deadline.setChecked(bool(case and case.deadline))
        self._deadline.setEnabled(bool(case and case.deadline))
        if case is None:
            return
        self._id.setText(case.id)
        self._reference.setText(case.reference)
        if case.deadline:
            self._deadline.setDate(
                QDate(case.deadline.year, case.deadline.month, case.deadline.day)
            )
        for lang, tab in self._lang_tabs.items():
            tab.title.setText(case.title.get(lang, ""))
            tab.people.setPlainText(
                "\n".join(
                    p.name.get(lang, "") + (f" — {p.role[lang]}" if p.role.get(lang) else "")
                    for p in case.people
                )
            )
            tab.summary.setPlainText(case.summary.get(lang, ""))
            tab.timeline.setPlainText(
                "\n".join(
                    f"{e.date.isoformat()} {e.text[lang]}"
                    for e in case.timeline
                    if e.text.get(lang)
                )
            )
            tab.charges.setPlainText("\n".join(c.get(lang, "") for c in case.charges))
            tab.demands.setPlainText("\n".join(d.get(lang, "") for d in case.demands))
            statement = case.statements.get(lang)
            tab.statement.setPlainText(statement.text if statement else "")

    def tab(self, lang: Lang) -> _LangTab:
        """The fields for ``lang`` (tests type into them)."""
        return self._lang_tabs[lang]

    def set_id(self, case_id: str) -> None:
        """Type the case id."""
        self._id.setText(case_id)

    def error_text(self) -> str:
        """The problems shown after a failed OK."""
        return self._error.text()

    def _data(self) -> dict[str, Any]:
        base: dict[str, Any] = self._original.model_dump() if self._original else {}
        people: list[dict[str, Any]] = []
        demands: list[dict[str, str]] = []
        charges: list[dict[str, str]] = []
        events: dict[tuple[str, int], dict[str, str]] = {}
        title: dict[str, str] = {}
        summary: dict[str, str] = {}
        statements: dict[str, dict[str, str]] = {}
        old_people = list(self._original.people) if self._original else []
        for lang, tab in self._lang_tabs.items():
            if tab.title.text().strip():
                title[lang] = tab.title.text()
            if tab.summary.toPlainText().strip():
                summary[lang] = tab.summary.toPlainText()
            if tab.statement.toPlainText().strip():
                statements[lang] = {"lang": lang, "text": tab.statement.toPlainText().strip()}
            for index, line in enumerate(_lines(tab.people.toPlainText())):
                while len(people) <= index:
                    old = old_people[len(people)] if len(people) < len(old_people) else None
                    people.append(
                        {"name": {}, "role": {}, "status": old.status if old else "at_risk"}
                    )
                parts = _DASH.split(line, maxsplit=1)
                people[index]["name"][lang] = parts[0]
                if len(parts) > 1:
                    people[index]["role"][lang] = parts[1]
            for target, field in ((charges, tab.charges), (demands, tab.demands)):
                for index, line in enumerate(_lines(field.toPlainText())):
                    while len(target) <= index:
                        target.append({})
                    target[index][lang] = line
            seen: dict[str, int] = {}
            for line in _lines(tab.timeline.toPlainText()):
                match = _DATE_LINE.match(line)
                if not match:
                    raise _LineError(
                        self.tr("Timeline (%1): “%2” does not start with a date YYYY-MM-DD.")
                        .replace("%1", LANGUAGE_NAMES[lang])
                        .replace("%2", line)
                    )
                day, text = match.groups()
                key = (day, seen.get(day, 0))
                seen[day] = key[1] + 1
                events.setdefault(key, {})[lang] = text
        base.update(
            id=self._id.text().strip(),
            reference=self._reference.text().strip(),
            deadline=self._deadline.date().toString("yyyy-MM-dd")
            if self._has_deadline.isChecked()
            else None,
            title=title,
            summary=summary,
            people=people,
            demands=demands,
            charges=charges,
            timeline=[{"date": day, "text": texts} for (day, _), texts in sorted(events.items())],
            statements=statements,
        )
        return base

    def _validate(self) -> Case:
        try:
            data = self._data()
        except _LineError as error:
            raise _ProblemsError([str(error)]) from None
        problems: list[str] = []
        if not data["title"]:
            problems.append(self.tr("Title: write it in at least one language."))
        if data["id"] in self._taken:
            problems.append(
                self.tr("Id: another case already uses “%1”.").replace("%1", data["id"])
            )
        try:
            case = Case.model_validate(data)
        except ValidationError as error:
            problems.extend(plain_problems(error, self._labels()))
            raise _ProblemsError(problems) from None
        if problems:
            raise _ProblemsError(problems)
        return case

    def _labels(self) -> dict[str, str]:
        return {
            "id": self.tr("Id"),
            "reference": self.tr("Reference"),
            "deadline": self.tr("Deadline"),
            "title": self.tr("Title"),
            "people": self.tr("People"),
            "summary": self.tr("Summary"),
            "timeline": self.tr("Timeline"),
            "charges": self.tr("Charges"),
            "demands": self.tr("Demands"),
            "statements": self.tr("Petition statement"),
        }

    def _on_buttons_accepted(self) -> None:
        try:
            self._built = self._validate()
        except _ProblemsError as problems:
            self._error.setText("\n".join(problems.lines))
            self._error.show()
            return
        self.accept()

    def built_case(self) -> Case | None:
        """The case as accepted, or None."""
        return self._built

    @classmethod
    def ask(cls, parent: QWidget | None, case: Case | None, taken_ids: set[str]) -> Case | None:
        """Edit ``case`` (or a new one); the valid Case, or None if cancelled."""
        dialog = cls(parent, case, taken_ids)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.built_case()
            return None
        finally:
            dialog.deleteLater()


class _LineError(ValueError):
    pass


class _ProblemsError(Exception):
    def __init__(self, lines: list[str]) -> None:
        super().__init__("; ".join(lines))
        self.lines = lines
