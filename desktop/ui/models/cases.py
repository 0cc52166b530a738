"""The kit's cases as a list model (one row per case)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.domain.case import Case
from desktop.domain.text import pick
from desktop.ui.i18n import translations
from desktop.ui.session import CampaignSession

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class CaseListModel(QAbstractListModel):
    """The session kit's cases; the chosen case is shown bold."""

    def __init__(self, session: CampaignSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._cases: tuple[Case, ...] = ()
        self._chosen: str | None = None
        session.kit_changed.connect(self._on_session_kit_changed)
        session.choices_changed.connect(self._on_session_choices_changed)
        self._on_session_kit_changed()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._cases)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cases):
            return None
        case = self._cases[index.row()]
        lang = translations().language
        if role == Qt.ItemDataRole.DisplayRole:
            return pick(case.title, lang) or case.id
        if role == Qt.ItemDataRole.ToolTipRole:
            people = ", ".join(pick(p.name, lang) for p in case.people)
            return f"{pick(case.title, lang)}\n{people}"
        if role == CASE_ID_ROLE:
            return case.id
        if role == Qt.ItemDataRole.FontRole and case.id == self._chosen:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def case_at(self, row: int) -> Case | None:
        """The case in ``row``."""
        return self._cases[row] if 0 <= row < len(self._cases) else None

    def row_of(self, case_id: str | None) -> int:
        """The row of ``case_id``, or -1."""
        for row, case in enumerate(self._cases):
            if case.id == case_id:
                return row
        return -1

    def refresh_language(self) -> None:
        """Redraw titles after the interface language changed."""
        if self._cases:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._cases) - 1, 0))

    def _on_session_kit_changed(self) -> None:
        self.beginResetModel()
        kit = self._session.kit
        self._cases = kit.cases if kit is not None else ()
        current = self._session.current_case()
        self._chosen = current.id if current else None
        self.endResetModel()

    def _on_session_choices_changed(self) -> None:
        current = self._session.current_case()
        chosen = current.id if current else None
        if chosen == self._chosen:
            return
        rows = [self.row_of(self._chosen), self.row_of(chosen)]
        self._chosen = chosen
        for row in rows:
            if row >= 0:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.FontRole])
