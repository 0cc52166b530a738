"""The signing station: a full-screen window where passers-by read the petition and sign.

It holds the open campaign only to call ``add_signature`` (seal with the public key and
commit); it never asks for, loads or needs the private key. A signature is acknowledged
("Thank you. N people have signed.") only after ``add_signature`` has returned, and the form
is then rebuilt from nothing for the next signer.
"""

from __future__ import annotations

import errno
import sqlite3
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.case import Case
from desktop.domain.form import SignatureFormSettings
from desktop.domain.signature import Signature
from desktop.domain.text import LANGS, Lang, pick
from desktop.services.campaign import CampaignError, StorageFull
from desktop.ui.station.form import SignatureForm
from desktop.ui.station.pages import ExitPage, FailedPage, ThanksPage
from desktop.ui.station.pin import PinLock, PinResult
from desktop.ui.station.strings import LANGUAGE_NAMES, plural, text
from desktop.ui.station.style import STATION_STYLE
from desktop.ui.station.submission import Statement, build_signature, statement_for, validate

SAVE_ERRORS = (CampaignError, OSError, sqlite3.Error)
"""What a failed save may raise: the signer is told it was not saved, nothing else breaks."""

IDLE_SECONDS = 90
THANKS_SECONDS = 6

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.Wheel,
    }
)


class SigningStation(QWidget):
    """The full-screen station for one case of an open campaign.

    ``campaign`` is anything with ``add_signature(Signature) -> int`` (the vault's
    ``Campaign``). ``idle_seconds`` / ``thanks_seconds`` are parameters so tests need not
    wait 90 seconds.

    Signals:
        signed(int): a signature was committed; the new total.
        finished(): the organiser left the station with the PIN.
    """

    signed = Signal(int)
    finished = Signal()

    def __init__(
        self,
        campaign: Any,
        case: Case,
        settings: SignatureFormSettings,
        pin: PinLock,
        *,
        lang: Lang | None = None,
        idle_seconds: float = IDLE_SECONDS,
        thanks_seconds: float = THANKS_SECONDS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("station")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(STATION_STYLE)
        self._campaign = campaign
        self._case = case
        self._settings = settings
        self._pin = pin
        self._lang: Lang = lang or (case.languages[0] if case.languages else "ru")
        self._statement = statement_for(case, self._lang)
        self._pending: Signature | None = None  # only while the failed-save screen is up
        self._leaving = False
        self.form: SignatureForm | None = None

        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(round(idle_seconds * 1000))
        self._idle.timeout.connect(self._on_idle_timeout)
        self._thanks_timer = QTimer(self)
        self._thanks_timer.setSingleShot(True)
        self._thanks_timer.setInterval(round(thanks_seconds * 1000))
        self._thanks_timer.timeout.connect(self._show_form)
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._on_wait_timer_timeout)

        self._build()
        self._new_form()
        self.set_language(self._lang)

    # -- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.language_buttons: dict[Lang, QPushButton] = {}
        group = QButtonGroup(self)
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        for lang in LANGS:
            button = QPushButton(LANGUAGE_NAMES[lang], self)
            button.setObjectName(f"lang_{lang}")
            button.setProperty("role", "language")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, lang=lang: self.set_language(lang))
            group.addButton(button)
            header.addWidget(button)
            self.language_buttons[lang] = button

        self.statement_title = QLabel(self)
        self.statement_title.setObjectName("statement_title")
        self.statement_label = QLabel(self)
        self.statement_label.setObjectName("statement")
        self.statement_label.setWordWrap(True)
        self.statement_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statement_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.statement_scroll = QScrollArea(self)
        self.statement_scroll.setObjectName("statement_scroll")
        self.statement_scroll.setWidgetResizable(True)
        self.statement_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.statement_scroll.setWidget(self.statement_label)

        self.form_holder = QWidget(self)
        self.form_holder.setObjectName("form_holder")
        self._form_layout = QVBoxLayout(self.form_holder)
        self._form_layout.setContentsMargins(0, 0, 0, 0)
        # On a small screen (or with messages shown) the form scrolls rather than squashes.
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setObjectName("form_scroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setWidget(self.form_holder)
        form_page = QWidget(self)
        form_page.setObjectName("form_page")
        page = QVBoxLayout(form_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(6)
        page.addWidget(self.statement_title)
        page.addWidget(self.statement_scroll)
        page.addSpacing(10)
        page.addWidget(self.form_scroll, 1)

        self.thanks_page = ThanksPage(self)
        self.thanks_page.dismissed.connect(self._show_form)
        self.failed_page = FailedPage(self)
        self.failed_page.retry.connect(self._on_failed_page_retry)
        self.failed_page.cancel.connect(self._on_failed_page_cancel)
        self.exit_page = ExitPage(self)
        self.exit_page.pin_entered.connect(self._on_exit_page_pin_entered)
        self.exit_page.back.connect(self._show_form)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        self.form_page = form_page
        for widget in (form_page, self.thanks_page, self.failed_page, self.exit_page):
            self.pages.addWidget(widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 14, 32, 18)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)

    # -- the form ------------------------------------------------------------------------
    def _new_form(self) -> None:
        """Throw away the current form (if any) and build a pristine one."""
        old = self.form
        if old is not None:
            old.wipe()
            old.hide()
            self._form_layout.removeWidget(old)
            old.deleteLater()
        self.form = SignatureForm(self._settings, self._lang, self.form_holder)
        self.form.submit_requested.connect(self._on_form_submit_requested)
        self._form_layout.addWidget(self.form)
        self.form.show()  # now, not on a queued call: the next signer may already be typing
        self.statement_scroll.verticalScrollBar().setValue(0)

    def set_language(self, lang: Lang) -> None:
        """Switch the statement and every word of the station to ``lang``."""
        self._lang = lang
        self._statement = statement_for(self._case, lang)
        self.language_buttons[lang].setChecked(True)
        self.setWindowTitle(text(lang, "window_title"))
        self.heading.setText(text(lang, "heading"))
        title = pick(self._case.title, lang)
        label = text(lang, "statement_label")
        self.statement_title.setText(f"{title} · {label}" if title else label)
        self.statement_label.setText(self._statement.text)
        self._fit_statement()
        QTimer.singleShot(0, self, self._fit_statement)  # again once the new text is laid out
        if self.form is not None:
            self.form.retranslate(lang)
        self.thanks_page.retranslate(lang)
        self.failed_page.retranslate(lang)
        self.exit_page.retranslate(lang)
        self.exit_page.message.setText("")

    def _fit_statement(self) -> None:
        """Size the statement box to its text, up to a third of the screen (then it scrolls)."""
        frame = 2 * self.statement_scroll.frameWidth()
        width = max(200, self.statement_scroll.width() - frame)
        needed = self.statement_label.heightForWidth(width) + frame
        self.statement_scroll.setFixedHeight(max(60, min(needed, self.height() // 3)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_statement()

    @property
    def language(self) -> Lang:
        """The signer's current language."""
        return self._lang

    @property
    def statement(self) -> Statement:
        """The statement shown now (what a signature made now is bound to)."""
        return self._statement

    def _show_form(self) -> None:
        self._thanks_timer.stop()
        self._wait_timer.stop()
        self.exit_page.reset()
        self.pages.setCurrentWidget(self.form_page)

    # -- signing -------------------------------------------------------------------------
    def _on_form_submit_requested(self) -> None:
        form = self.form
        if form is None:
            return
        data = form.value()
        errors = validate(data, self._settings)
        result = (
            errors
            if errors
            else build_signature(
                data,
                case_id=self._case.id,
                statement=self._statement,
                lang=self._lang,
                settings=self._settings,
            )
        )
        if isinstance(result, dict):
            form.show_errors(result)
            first = next((e for e in form.errors.values() if e.property("message")), None)
            if first is not None:
                self.form_scroll.ensureWidgetVisible(first)
            return
        self._save(result)

    def _save(self, signature: Signature) -> None:
        try:
            total = int(self._campaign.add_signature(signature))
        except SAVE_ERRORS as error:
            # Not saved. The signer's details now live only in this pending Signature, held
            # in memory while the failure screen is up, so "Try again" needs no retyping once
            # the organiser has fixed the disk. The form widgets are wiped at once, and
            # "Cancel", the idle timeout or leaving the station drops the pending signature.
            self._pending = signature
            self._new_form()
            self.failed_page.set_disk_full(_is_disk_full(error))
            self.failed_page.retranslate(self._lang)
            self.pages.setCurrentWidget(self.failed_page)
            return
        self._pending = None
        self._new_form()
        self.thanks_page.set_total(total)
        self.pages.setCurrentWidget(self.thanks_page)
        self._thanks_timer.start()
        self.signed.emit(total)

    def _on_failed_page_retry(self) -> None:
        if self._pending is not None:
            self._save(self._pending)  # the same id: a retry can never store it twice

    def _on_failed_page_cancel(self) -> None:
        self._pending = None
        self._show_form()

    # -- idle ----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_statement()
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._idle.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and isinstance(watched, QWidget) and watched.window() is self:
            self._idle.start()
        return False

    def _on_idle_timeout(self) -> None:
        """Nobody touched the station for a while: erase a half-filled form."""
        self._pending = None
        if self.form is not None and self.form.is_dirty():
            self._new_form()
        self.statement_scroll.verticalScrollBar().setValue(0)
        self._show_form()

    # -- leaving -------------------------------------------------------------------------
    def request_exit(self) -> None:
        """Show the PIN prompt (Esc, or closing the window)."""
        self.exit_page.reset()
        self._show_wait_message()
        self.pages.setCurrentWidget(self.exit_page)
        self.exit_page.pin.setFocus()

    def _on_exit_page_pin_entered(self, pin: str) -> None:
        attempt = self._pin.verify(pin)
        if attempt.result is PinResult.OK:
            self._leaving = True
            self.close()
            return
        if attempt.result is PinResult.WRONG and attempt.wait_seconds <= 0:
            self.exit_page.message.setText(text(self._lang, "pin_wrong"))
            return
        self._show_wait_message()

    def _show_wait_message(self) -> None:
        wait = self._pin.wait_seconds()
        self.exit_page.leave_button.setEnabled(wait <= 0)
        self.exit_page.pin.setEnabled(wait <= 0)
        if wait <= 0:
            self._wait_timer.stop()
            if self.exit_page.message.text() and not self._wait_timer.isActive():
                self.exit_page.message.setText("")
            return
        seconds = max(1, round(wait + 0.49))
        self.exit_page.message.setText(plural(self._lang, "pin_wait", seconds))
        if not self._wait_timer.isActive():
            self._wait_timer.start()

    def _on_wait_timer_timeout(self) -> None:
        self._show_wait_message()
        if self._pin.wait_seconds() <= 0:
            self.exit_page.pin.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.request_exit()
            return
        super().keyPressEvent(event)

    def force_close(self) -> None:
        """Close without the PIN: for the application quitting, never reachable by a signer."""
        self._leaving = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leaving:
            event.ignore()
            self.request_exit()
            return
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._idle.stop()
        self._thanks_timer.stop()
        self._wait_timer.stop()
        self._pending = None
        if self.form is not None:
            self.form.wipe()
        super().closeEvent(event)
        self.finished.emit()


def _is_disk_full(error: BaseException) -> bool:
    if isinstance(error, StorageFull):
        return True
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return True
    return isinstance(error, sqlite3.Error) and "full" in str(error).lower()
