"""Welcome page: the sample campaign, a new campaign from a kit, open, and recent campaigns.

Signals:
    sample_requested(): open (creating on first use) the sample campaign.
    new_requested(): create a campaign from a kit file.
    open_requested(): choose a campaign file to open.
    recent_requested(str): open this recent campaign file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class WelcomePage(QWidget):
    """What the window shows before a campaign is open."""

    sample_requested = Signal()
    new_requested = Signal()
    open_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_page")
        self._title = QLabel()
        self._title.setObjectName("welcome_title")
        self._title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self._subtitle = QLabel()
        self._subtitle.setWordWrap(True)
        self._sample = QPushButton()
        self._sample.setObjectName("welcome_sample_button")
        self._new = QPushButton()
        self._new.setObjectName("welcome_new_button")
        self._open = QPushButton()
        self._open.setObjectName("welcome_open_button")
        for button in (self._sample, self._new, self._open):
            button.setMinimumHeight(44)
            button.setStyleSheet("text-align: left; padding: 8px 16px; font-size: 11pt;")
        self._recent_label = QLabel()
        self._recent = QListWidget()
        self._recent.setObjectName("welcome_recent_list")
        self._recent_label.setBuddy(self._recent)
        self._offline = QLabel()
        self._offline.setWordWrap(True)
        self._offline.setStyleSheet("color: palette(mid);")
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self._title)
        column.addWidget(self._subtitle)
        column.addSpacing(16)
        column.addWidget(self._sample)
        column.addWidget(self._new)
        column.addWidget(self._open)
        column.addSpacing(16)
        column.addWidget(self._recent_label)
        column.addWidget(self._recent, 2)
        column.addWidget(self._offline)
        column.addStretch(1)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(640)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(holder, 4)
        outer.addStretch(1)
        self._sample.clicked.connect(self.sample_requested)
        self._new.clicked.connect(self.new_requested)
        self._open.clicked.connect(self.open_requested)
        self._recent.itemActivated.connect(self._on_recent_item_activated)
        self._paths: list[Path] = []
        self.retranslate_ui()

    def set_recent(self, paths: list[Path]) -> None:
        """Show ``paths`` as the recent campaigns."""
        self._paths = list(paths)
        self._recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.stem}  —  {path.parent}")
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            self._recent.addItem(item)
        self._update_recent_label()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every visible string in the current interface language."""
        self._title.setText(self.tr("Protest Kit"))
        self._subtitle.setText(
            self.tr(
                "From a kit on a USB stick to a printed petition for each authority: choose "
                "the case and recipients, edit the letter, gather signatures, print."
            )
        )
        self._sample.setText(self.tr("Open the sample campaign (Almaty, 2010)"))
        self._sample.setAccessibleName(self.tr("Open the sample campaign"))
        self._new.setText(self.tr("New campaign from a kit…"))
        self._new.setAccessibleName(self.tr("New campaign from a kit"))
        self._open.setText(self.tr("Open a campaign…"))
        self._open.setAccessibleName(self.tr("Open a campaign file"))
        self._recent.setAccessibleName(self.tr("Recent campaigns"))
        self._offline.setText(
            self.tr(
                "Protest Kit works offline and never connects to the network. Signatures are "
                "sealed on this laptop the moment they are given."
            )
        )
        self._update_recent_label()

    def _update_recent_label(self) -> None:
        self._recent_label.setText(
            self.tr("&Recent campaigns:") if self._paths else self.tr("No recent campaigns yet.")
        )
        self._recent.setVisible(bool(self._paths))

    def _on_recent_item_activated(self, item: QListWidgetItem) -> None:
        self.recent_requested.emit(str(item.data(PATH_ROLE)))
