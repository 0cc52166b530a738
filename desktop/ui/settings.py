"""One typed facade over QSettings: every key the app stores is named here and nowhere else."""

from __future__ import annotations

from pathlib import Path
from typing import Literal, cast, get_args

from PySide6.QtCore import QByteArray, QLocale, QSettings

from desktop import APP_ID, ORG_NAME
from desktop.domain.campaign import Paper
from desktop.domain.text import LANGS, Lang

RECENT_LIMIT = 8
AUTO_LOCK_DEFAULT = 10
AUTO_LOCK_MAX = 240
PAPERS: tuple[Paper, ...] = cast("tuple[Paper, ...]", get_args(Paper))

_Key = Literal[
    "ui/language",
    "pdf/paper",
    "security/auto_lock_minutes",
    "window/geometry",
    "window/state",
    "recent/campaigns",
]


def system_language() -> Lang:
    """The interface language the system suggests, else English."""
    name = QLocale.system().name().split("_")[0]
    for lang in LANGS:
        if lang == name:
            return lang
    return "en"


class AppSettings:
    """Typed access to the user's settings; pass a QSettings to use another store (tests)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings(ORG_NAME, APP_ID)

    def _get(self, key: _Key) -> object:
        return self._store.value(key)

    def _set(self, key: _Key, value: object) -> None:
        self._store.setValue(key, value)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._store.sync()

    # -- interface language ----------------------------------------------------------------
    @property
    def language(self) -> Lang:
        """The interface language (ru, kk or en)."""
        value = self._get("ui/language")
        for lang in LANGS:
            if lang == value:
                return lang
        return system_language()

    @language.setter
    def language(self, value: Lang) -> None:
        if value not in LANGS:
            msg = f"unknown interface language {value!r}"
            raise ValueError(msg)
        self._set("ui/language", value)

    # -- default paper ---------------------------------------------------------------------
    @property
    def paper(self) -> Paper:
        """The default paper size for new campaigns and exports."""
        value = self._get("pdf/paper")
        for paper in PAPERS:
            if paper == value:
                return paper
        return "letter" if QLocale.system().territory() in _LETTER_TERRITORIES else "a4"

    @paper.setter
    def paper(self, value: Paper) -> None:
        if value not in PAPERS:
            msg = f"unknown paper size {value!r}"
            raise ValueError(msg)
        self._set("pdf/paper", value)

    # -- auto-lock ---------------------------------------------------------------------------
    @property
    def auto_lock_minutes(self) -> int:
        """Idle minutes before the campaign locks itself; 0 turns auto-lock off."""
        value = self._get("security/auto_lock_minutes")
        try:
            minutes = int(str(value))
        except ValueError:
            return AUTO_LOCK_DEFAULT
        return min(max(minutes, 0), AUTO_LOCK_MAX)

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, value: int) -> None:
        self._set("security/auto_lock_minutes", min(max(int(value), 0), AUTO_LOCK_MAX))

    # -- window ------------------------------------------------------------------------------
    @property
    def window_geometry(self) -> QByteArray:
        """The main window's saved geometry (empty if never saved)."""
        value = self._get("window/geometry")
        return value if isinstance(value, QByteArray) else QByteArray()

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", value)

    # -- recent campaigns ------------------------------------------------------------------
    @property
    def recent_campaigns(self) -> list[Path]:
        """Recently opened campaign files, newest first, only those that still exist."""
        value = self._get("recent/campaigns")
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            return []
        paths = [Path(str(item)) for item in value if item]
        return [path for path in paths if path.is_file()][:RECENT_LIMIT]

    def add_recent_campaign(self, path: Path) -> None:
        """Put ``path`` first in the recent list."""
        path = path.resolve()
        current = [p for p in self.recent_campaigns if p.resolve() != path]
        self._set("recent/campaigns", [str(p) for p in [path, *current][:RECENT_LIMIT]])

    def forget_recent_campaign(self, path: Path) -> None:
        """Drop ``path`` from the recent list."""
        path = path.resolve()
        self._set(
            "recent/campaigns",
            [str(p) for p in self.recent_campaigns if p.resolve() != path],
        )


_LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Philippines,
    QLocale.Country.Chile,
}
