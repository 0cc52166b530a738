"""A case's recipients of one role (targets or copies) as a checkable table.

Columns: the recipient (checkable: chosen or not), the letter's language (editable), and what
a printed letter to a chosen recipient lacks. Ticking or changing a language does not touch the
choices here: the model asks through a signal, and the page pushes an undo command.

Signals:
    toggle_requested(str, bool): recipient id, chosen.
    language_requested(str, str): recipient id, letter language.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desktop.domain.recipient import Recipient, RecipientRole
from desktop.domain.text import LANGS, Lang, pick
from desktop.ui.i18n import LANGUAGE_NAMES, translations
from desktop.ui.session import CampaignSession

RECIPIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
WARNING_COLOR = QColor("#a04000")

_Index = QModelIndex | QPersistentModelIndex
COL_NAME, COL_LANG, COL_WARNING = range(3)


translate = QCoreApplication.translate


def missing_text(recipient: Recipient, lang: Lang) -> str:
    """What a letter to ``recipient`` in ``lang`` lacks, in words ('' when nothing)."""
    missing = recipient.missing(lang)
    if missing == ["address", "salutation"]:
        return translate("RecipientTableModel", "No address and no salutation")
    if missing == ["address"]:
        return translate("RecipientTableModel", "No postal address")
    if missing == ["salutation"]:
        return translate("RecipientTableModel", "No salutation in %1").replace(
            "%1", LANGUAGE_NAMES[lang]
        )
    return ""


class RecipientTableModel(QAbstractTableModel):
    """The current case's recipients with ``role`` (targets or copies)."""

    toggle_requested = Signal(str, bool)
    language_requested = Signal(str, str)

    def __init__(
        self, session: CampaignSession, role: RecipientRole, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._role = role
        self._rows: tuple[Recipient, ...] = ()
        session.kit_changed.connect(self._reload)
        session.choices_changed.connect(self._on_session_choices_changed)
        self._reload()

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = {
            COL_NAME: translate("RecipientTableModel", "Recipient"),
            COL_LANG: translate("RecipientTableModel", "Letter language"),
            COL_WARNING: translate("RecipientTableModel", "Missing"),
        }
        return names.get(section)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif index.column() == COL_LANG:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        recipient = self._rows[index.row()]
        column = index.column()
        chosen = recipient.id in self._session.choices.recipient_ids
        lang = self.letter_language(recipient)
        if role == RECIPIENT_ID_ROLE:
            return recipient.id
        if column == COL_NAME:
            return self._name_data(recipient, role, chosen)
        if column == COL_LANG:
            if role == Qt.ItemDataRole.DisplayRole:
                return LANGUAGE_NAMES[lang]
            if role == Qt.ItemDataRole.EditRole:
                return lang
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return translate("RecipientTableModel", "Letter language: %1").replace(
                    "%1", LANGUAGE_NAMES[lang]
                )
            return None
        if column == COL_WARNING:
            warning = missing_text(recipient, lang) if chosen else ""
            if not warning:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return f"⚠ {warning}"
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return warning
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(WARNING_COLOR)
        return None

    def _name_data(self, recipient: Recipient, role: int, chosen: bool) -> Any:
        ui = translations().language
        if role == Qt.ItemDataRole.DisplayRole:
            return recipient.display_name(ui) or recipient.id
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [
                pick(recipient.position, ui),
                pick(recipient.organisation, ui),
                *recipient.address_lines,
                recipient.country,
            ]
            return "\n".join(line for line in lines if line) or None
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        recipient = self._rows[index.row()]
        if index.column() == COL_NAME and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.toggle_requested.emit(recipient.id, checked)
            return True
        if index.column() == COL_LANG and role == Qt.ItemDataRole.EditRole and value in LANGS:
            self.language_requested.emit(recipient.id, str(value))
            return True
        return False

    # -- helpers -----------------------------------------------------------------------------
    def letter_language(self, recipient: Recipient) -> Lang:
        """The language the letter to ``recipient`` is written in."""
        return self._session.choices.recipient_langs.get(recipient.id, recipient.language)

    def recipient_at(self, row: int) -> Recipient | None:
        """The recipient in ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, recipient_id: str) -> int:
        """The row of ``recipient_id``, or -1."""
        for row, recipient in enumerate(self._rows):
            if recipient.id == recipient_id:
                return row
        return -1

    def warnings(self) -> list[str]:
        """A line per chosen recipient whose letter lacks an address or salutation."""
        lines = []
        for recipient in self._rows:
            if recipient.id in self._session.choices.recipient_ids:
                text = missing_text(recipient, self.letter_language(recipient))
                if text:
                    lines.append(f"{recipient.display_name(translations().language)}: {text}")
        return lines

    def refresh_language(self) -> None:
        """Redraw after the interface language changed."""
        self._emit_all()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

    def _reload(self) -> None:
        self.beginResetModel()
        kit = self._session.kit
        case = self._session.current_case()
        if kit is None or case is None:
            self._rows = ()
        else:
            self._rows = tuple(r for r in kit.recipients_for(case) if r.role == self._role)
        self.endResetModel()

    def _on_session_choices_changed(self) -> None:
        kit = self._session.kit
        case = self._session.current_case()
        wanted = (
            tuple(r for r in kit.recipients_for(case) if r.role == self._role)
            if kit is not None and case is not None
            else ()
        )
        if wanted != self._rows:
            self._reload()
        else:
            self._emit_all()

    def _emit_all(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 2))
