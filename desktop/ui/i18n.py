"""Interface languages: load the app's and Qt's own .qm translators and switch them live.

Installing a translator makes Qt send ``QEvent.LanguageChange`` to every widget; widgets
answer in ``changeEvent`` by calling their ``retranslate_ui()``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from desktop.domain.text import Lang
from desktop.paths import translations_dir

log = logging.getLogger(__name__)

LANGUAGE_NAMES: dict[Lang, str] = {"ru": "Русский", "kk": "Қазақша", "en": "English"}
"""Each language named in itself, as a language menu shows it."""

_LOCALES: dict[Lang, QLocale] = {
    "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Russia),
    "kk": QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


class Translations:
    """Owns the installed translators; ``switch(lang)`` replaces them."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self._lang: Lang = "en"

    @property
    def language(self) -> Lang:
        """The language currently installed."""
        return self._lang

    def switch(self, lang: Lang) -> bool:
        """Install ``lang``; returns False if the app's own translation file is missing."""
        app = QCoreApplication.instance()
        if app is None:
            msg = "a QApplication must exist before translations are installed"
            raise RuntimeError(msg)
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
        self._lang = lang
        QLocale.setDefault(_LOCALES[lang])
        found = True
        own = QTranslator(app)
        if own.load(f"protestkit_{lang}", str(translations_dir())):
            # English too: the source strings are English, but "%n signature(s)" needs the
            # plural forms that protestkit_en.ts (lupdate -pluralonly) supplies.
            self._install(own)
        else:
            log.info("no compiled translation for %s in %s", lang, translations_dir())
            found = False
        if lang == "en":
            QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
            return found
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", qt_dir):
            self._install(qt)
        return found

    def _install(self, translator: QTranslator) -> None:
        QCoreApplication.installTranslator(translator)
        self._installed.append(translator)


_translations: Translations | None = None


def translations() -> Translations:
    """The process-wide translator set (one QApplication, one set of translators)."""
    global _translations  # one per process, like QApplication itself
    if _translations is None:
        _translations = Translations()
    return _translations


def locale_for(lang: Lang) -> QLocale:
    """The QLocale used to format dates and numbers in ``lang``."""
    return _LOCALES[lang]
