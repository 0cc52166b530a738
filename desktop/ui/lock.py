"""Locking: Lock now, and auto-lock after the configured idle time.

``IdleLocker`` watches the whole application's input through an event filter; any key,
mouse, wheel or touch event restarts its timer, and when the timer runs out the session
locks (the private key is dropped and views of signer data clear themselves).

Signals:
    locked_by_idle(): the session was locked because nobody touched the app.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from desktop.ui.dialogs.messages import Messages
from desktop.ui.dialogs.passphrase import UnlockDialog
from desktop.ui.i18n import translations
from desktop.ui.session import CampaignSession
from desktop.ui.tasks import TaskCancelled, TaskContext, TaskState, run_task

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleLocker(QObject):
    """Locks ``session`` after ``interval_ms`` without user input (0 = never)."""

    locked_by_idle = Signal()

    def __init__(self, session: CampaignSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._session.lock_changed.connect(self._on_session_lock_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        """Auto-lock after ``minutes`` idle minutes; 0 turns it off."""
        self.set_interval_ms(max(0, minutes) * 60_000)

    def set_interval_ms(self, interval_ms: int) -> None:
        """Auto-lock after ``interval_ms`` milliseconds without input; 0 turns it off."""
        self._timer.setInterval(max(0, interval_ms))
        self._restart()

    def interval_ms(self) -> int:
        """The idle time before locking, in milliseconds (0 = off)."""
        return self._timer.interval()

    def is_armed(self) -> bool:
        """True while the countdown runs (unlocked and auto-lock on)."""
        return self._timer.isActive()

    def stop(self) -> None:
        """Stop watching (the window is closing)."""
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False

    def _restart(self) -> None:
        if self._timer.interval() > 0 and not self._session.is_locked():
            self._timer.start()
        else:
            self._timer.stop()

    def _on_session_lock_changed(self, locked: bool) -> None:
        del locked
        self._restart()

    def _on_timer_timeout(self) -> None:
        if not self._session.is_locked():
            self._session.lock()
            self.locked_by_idle.emit()


@contextmanager
def busy_cursor() -> Iterator[None]:
    """Show the wait cursor while the GUI thread does a deliberate, short, slow step."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class _RefuseClose(QObject):
    """Keeps a window open while a job uses its campaign (closing would close the file)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            event.ignore()
            return True
        return False


class BusyWindow:
    """Runs one background job while the window stays drawn and its timers keep ticking.

    The job goes through :func:`desktop.ui.tasks.run_task`. Meanwhile the window is
    disabled, so no other campaign action can start and use the campaign at the same
    time, it refuses to close, it shows the wait cursor, and a local event loop keeps
    repainting it. ``run`` returns the job's result on the GUI thread, or raises the
    job's exception there.
    """

    @staticmethod
    def run(
        parent: QWidget | None,
        job: Callable[[Any, TaskContext], Any],
        snapshot: Any,
        *,
        name: str,
    ) -> Any:
        window = parent.window() if parent is not None else None
        was_enabled = window.isEnabled() if window is not None else False
        guard = _RefuseClose()
        if window is not None:
            window.setEnabled(False)
            window.installEventFilter(guard)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            task = run_task(job, snapshot, name=name)
            loop = QEventLoop()
            task.finished.connect(loop.quit)
            if task.is_running():
                loop.exec()
        finally:
            QGuiApplication.restoreOverrideCursor()
            if window is not None:
                window.removeEventFilter(guard)
                if was_enabled:
                    window.setEnabled(True)
        if task.state is TaskState.FAILED and task.error is not None:
            raise task.error
        if task.state is TaskState.CANCELLED:
            raise TaskCancelled
        return task.result


def _unwrap_job(snapshot: tuple[Any, str], context: TaskContext) -> bytes:
    from desktop.services.campaign import Campaign

    del context
    material, passphrase = snapshot
    return Campaign.unwrap(material, passphrase)


def ask_unlock(parent: QWidget | None, session: CampaignSession) -> bool:
    """Ask for the passphrase until it unlocks or the organiser gives up; True if unlocked."""
    from desktop.services.campaign import CampaignError, WrongPassphrase

    if not session.can_unlock():
        return False
    error = ""
    name = session.title(translations().language)
    while session.is_open() and session.is_locked():
        passphrase = UnlockDialog.ask(parent, name, error)
        if passphrase is None:
            return False
        try:
            # The key derivation takes about half a second on purpose (seconds on an old
            # laptop): it runs on a worker while the window keeps drawing.
            material = session.unlock_material()
            key = BusyWindow.run(parent, _unwrap_job, (material, passphrase), name="unlock")
            del passphrase
            session.finish_unlock(key)
        except WrongPassphrase:
            error = QCoreApplication.translate(
                "Lock", "That passphrase does not open this campaign. Check the keyboard layout."
            )
        except CampaignError as problem:
            Messages.error(
                parent,
                QCoreApplication.translate("Lock", "Cannot unlock"),
                QCoreApplication.translate(
                    "Lock", "The campaign could not be unlocked: %1"
                ).replace("%1", str(problem)),
            )
            return False
    return not session.is_locked()
