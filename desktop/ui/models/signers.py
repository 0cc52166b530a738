"""Decrypted signers as a lazily filled table; emptied the moment the campaign locks."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.domain.signature import Signature

_Index = QModelIndex | QPersistentModelIndex
BATCH = 200


translate = QCoreApplication.translate


class SignerTableModel(QAbstractTableModel):
    """Signers, fetched from an iterator ``BATCH`` rows at a time as the view scrolls."""

    COLUMNS = ("name", "town", "country", "organisation", "signed", "source")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Signature] = []
        self._source: Iterator[Signature] | None = None

    def load(self, signatures: Iterator[Signature]) -> None:
        """Show signers from ``signatures`` (read lazily)."""
        self.beginResetModel()
        self._rows = []
        self._source = signatures
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def clear(self) -> None:
        """Forget every signer (the campaign locked)."""
        self.beginResetModel()
        self._rows = []
        self._source = None
        self.endResetModel()

    def is_empty(self) -> bool:
        """True when no signer is held."""
        return not self._rows and self._source is None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self._source is not None

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid() or self._source is None:
            return
        batch: list[Signature] = []
        for signature in self._source:
            batch.append(signature)
            if len(batch) >= BATCH:
                break
        else:
            self._source = None
        if batch:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
            self._rows.extend(batch)
            self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        names = (
            translate("SignerTableModel", "Name"),
            translate("SignerTableModel", "Town"),
            translate("SignerTableModel", "Country"),
            translate("SignerTableModel", "Organisation or role"),
            translate("SignerTableModel", "Signed"),
            translate("SignerTableModel", "Source"),
        )
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        sig = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "name":
            if sig.anonymous:
                return sig.full_name + " " + translate("SignerTableModel", "(not printed)")
            return sig.full_name
        if column == "signed":
            return QLocale().toString(
                QDate(sig.signed_at.astimezone().date()), QLocale.FormatType.ShortFormat
            )
        if column == "source":
            sources = {
                "station": translate("SignerTableModel", "Signing station"),
                "cli": translate("SignerTableModel", "Command line"),
                "csv": translate("SignerTableModel", "CSV import"),
                "paper": translate("SignerTableModel", "Paper"),
                "import": translate("SignerTableModel", "Merged"),
            }
            return sources.get(sig.source, sig.source)
        return str(getattr(sig, column))
