"""The one doorway for background work: PDF export, previews, bulk imports.

A job is a plain function ``job(snapshot, context) -> result`` that runs on a pool thread.
It receives an immutable snapshot (frozen models, bytes, paths), never a widget; it reports
progress with ``context.progress(done, total)`` and looks at ``context.should_cancel()`` as
it goes. Everything it reports comes back as signals of a :class:`Task`, delivered on the
GUI thread, so slots may touch widgets freely.

Example::

    task = run_task(export_job, snapshot, name="export")
    task.progress.connect(self._on_task_progress)
    task.succeeded.connect(self._on_task_succeeded)
    task.failed.connect(self._on_task_failed)
    task.cancelled.connect(self._on_task_cancelled)
    ...
    task.cancel()
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Callable
from enum import Enum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

_log = logging.getLogger(__name__)

S = TypeVar("S")
R = TypeVar("R")

PROGRESS_INTERVAL_S = 0.05
"""Least time between two progress signals: a 10,000-row job must not flood the event loop."""


class TaskCancelled(Exception):  # noqa: N818 - reads as an event, like ExportCancelled
    """Raised inside a job (by :meth:`TaskContext.check_cancelled`) to stop early."""


class TaskState(Enum):
    """Where a task is in its life."""

    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"


class TaskContext:
    """What a job gets besides its snapshot: progress reporting and the cancel flag.

    Safe to call from the worker thread; it never touches Qt widgets.
    """

    def __init__(
        self,
        cancel_event: threading.Event,
        emit: Callable[[int, int], None],
        emit_stage: Callable[[str], None] | None = None,
    ) -> None:
        self._cancel = cancel_event
        self._emit = emit
        self._emit_stage = emit_stage
        self._last = 0.0

    def should_cancel(self) -> bool:
        """True once the user asked to cancel; the job should stop soon after."""
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        """Raise :class:`TaskCancelled` if cancelling was asked for."""
        if self._cancel.is_set():
            raise TaskCancelled

    def stage(self, name: str) -> None:
        """Say that the job moved on to stage ``name`` (an id the caller words for people)."""
        self._last = 0.0
        if self._emit_stage is not None:
            self._emit_stage(name)

    def progress(self, done: int, total: int) -> None:
        """Report ``done`` of ``total`` steps; throttled so the GUI is not flooded."""
        now = time.monotonic()
        if done >= total or done == 0 or now - self._last >= PROGRESS_INTERVAL_S:
            self._last = now
            self._emit(int(done), int(total))


class _Carrier(QObject):
    """Carries the worker's reports to the GUI thread (queued signals).

    Signals:
        progress(int, int): done, total.
        result(object): the job's return value.
        error(object): the exception the job raised.
        cancelled(): the job stopped because cancelling was asked for.
        stage(str): the job moved on to another stage.
    """

    progress = Signal(int, int)
    stage = Signal(str)
    result = Signal(object)
    error = Signal(object)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(
        self,
        job: Callable[[Any, TaskContext], Any],
        snapshot: Any,
        task: Task[Any],
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job: Callable[[Any, TaskContext], Any] | None = job
        self._snapshot = snapshot
        self._carrier: _Carrier | None = task._carrier
        self._cancel = task._cancel
        self._done = task._worker_done

    def run(self) -> None:
        # Take everything out of self, so that this frame holds the only worker-side
        # references and drops them before ``done`` is set (see Task._end).
        job, self._job = self._job, None
        snapshot, self._snapshot = self._snapshot, None
        carrier, self._carrier = self._carrier, None
        assert job is not None
        assert carrier is not None
        try:
            self._run(job, snapshot, carrier)
        finally:
            del job, snapshot, carrier
            self._done.set()

    def _run(
        self, job: Callable[[Any, TaskContext], Any], snapshot: Any, carrier: _Carrier
    ) -> None:
        context = TaskContext(self._cancel, carrier.progress.emit, carrier.stage.emit)
        try:
            if self._cancel.is_set():
                raise TaskCancelled  # cancelled before it started
            value = job(snapshot, context)
        except TaskCancelled:
            carrier.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - reported to the GUI, never lost in a thread
            if self._cancel.is_set():
                # Engines raise their own "cancelled" exception (e.g. ExportCancelled).
                carrier.cancelled.emit()
            else:
                carrier.error.emit(exc)
        else:
            carrier.result.emit(value)


_live: set[Task[Any]] = set()
_ending: list[Task[Any]] = []
_pool: QThreadPool | None = None
_collector: GuiThreadCollector | None = None


class GuiThreadCollector(QObject):
    """Runs Python's cyclic garbage collector on the GUI thread only, from a timer.

    With automatic collection, whichever thread happens to allocate runs it; when that is a
    worker, Qt widgets in the garbage are destroyed off the GUI thread, which hangs or
    crashes Qt (qutebrowser avoids it the same way). Nothing is collected while a job
    runs: a pass over the tens of thousands of objects an export makes would stall the
    window; the next tick after the job catches up.
    """

    INTERVAL_MS = 1000

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()

    def is_active(self) -> bool:
        """True while the timer collects."""
        return self._timer.isActive()

    def collect(self) -> int:
        """Collect the generations that are due (none while a job runs); returns the count."""
        if _live:
            return 0
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        generation = 0
        if counts[1] > thresholds[1]:
            generation = 2 if counts[2] > thresholds[2] else 1
        return gc.collect(generation)

    def _on_timer_timeout(self) -> None:
        self.collect()


def install_gui_collector() -> None:
    """Collect garbage on the GUI thread only, from now on (idempotent; needs the app)."""
    global _collector
    app = QCoreApplication.instance()
    if _collector is None and app is not None:
        _collector = GuiThreadCollector(app)


def thread_pool() -> QThreadPool:
    """The pool background work runs on (two threads: an export and a preview at once)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)
    return _pool


class Task(QObject, Generic[R]):
    """A job running in the background; its signals arrive on the GUI thread.

    Signals:
        progress(int, int): done and total steps (throttled).
        stage_changed(str): the job moved on to another stage (e.g. "signatures", "pages").
        succeeded(object): the job's result.
        failed(object): the exception the job raised (the caller words it for people).
        cancelled(): the job stopped after :meth:`cancel`.
        finished(): after any of succeeded, failed or cancelled.
    """

    progress = Signal(int, int)
    stage_changed = Signal(str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, name: str = "") -> None:
        super().__init__()
        self.setObjectName(name or "task")
        self._cancel = threading.Event()
        self._worker_done = threading.Event()
        self._state = TaskState.RUNNING
        self._carrier = _Carrier()
        self._carrier.progress.connect(self._on_carrier_progress)
        self._carrier.stage.connect(self._on_carrier_stage)
        self._carrier.result.connect(self._on_carrier_result)
        self._carrier.error.connect(self._on_carrier_error)
        self._carrier.cancelled.connect(self._on_carrier_cancelled)
        self.result: R | None = None
        self.error: BaseException | None = None

    @property
    def state(self) -> TaskState:
        """Running, or how it ended."""
        return self._state

    def is_running(self) -> bool:
        """True until the job has ended and its last signal was delivered."""
        return self._state is TaskState.RUNNING

    def cancel(self) -> None:
        """Ask the job to stop; ``cancelled`` follows once it has."""
        self._cancel.set()

    def cancel_requested(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self._cancel.is_set()

    # -- deliveries from the worker (queued onto the GUI thread) -----------------------
    @Slot(int, int)
    def _on_carrier_progress(self, done: int, total: int) -> None:
        if self._state is TaskState.RUNNING:
            self.progress.emit(done, total)

    @Slot(str)
    def _on_carrier_stage(self, name: str) -> None:
        if self._state is TaskState.RUNNING:
            self.stage_changed.emit(name)

    @Slot(object)
    def _on_carrier_result(self, value: object) -> None:
        self.result = value  # type: ignore[assignment]
        self._end(TaskState.SUCCEEDED)
        self.succeeded.emit(value)
        self.finished.emit()

    @Slot(object)
    def _on_carrier_error(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.error = exc
        _log.info("background task %s failed: %s", self.objectName(), type(exc).__name__)
        self._end(TaskState.FAILED)
        self.failed.emit(exc)
        self.finished.emit()

    @Slot()
    def _on_carrier_cancelled(self) -> None:
        self._end(TaskState.CANCELLED)
        self.cancelled.emit()
        self.finished.emit()

    def _end(self, state: TaskState) -> None:
        # Not released here: this runs inside the task's own event, and freeing a QObject
        # there is a use-after-free in Qt. _reap lets go of it later, from the event loop,
        # once the worker has dropped its references too (the carrier must die on this
        # thread, where it lives).
        self._state = state
        _ending.append(self)
        QTimer.singleShot(0, _reap)


def _reap() -> None:
    waiting = []
    for task in _ending:
        if task._worker_done.is_set():
            _live.discard(task)
        else:
            waiting.append(task)
    _ending[:] = waiting
    if waiting:
        QTimer.singleShot(5, _reap)


def run_task(
    job: Callable[[S, TaskContext], R],
    snapshot: S,
    *,
    name: str = "",
    pool: QThreadPool | None = None,
) -> Task[R]:
    """Start ``job(snapshot, context)`` on a pool thread and return its :class:`Task`.

    The task is kept alive until it has ended, so callers need not hold on to it; callers
    connect slots of their own widgets, which Qt disconnects if the widget goes away.
    """
    install_gui_collector()
    task: Task[R] = Task(name)
    _live.add(task)
    runnable = _Runnable(job, snapshot, task)
    (pool or thread_pool()).start(runnable)
    return task


def collect_garbage() -> int:
    """Collect garbage now, on this (the GUI) thread; for tests and idle moments."""
    install_gui_collector()
    return gc.collect()


def cancel_all() -> None:
    """Ask every running task to stop (the window is closing or locking)."""
    for task in list(_live):
        if task.is_running():
            task.cancel()


def wait_for_all(msecs: int = 30_000) -> bool:
    """Block until the pool is idle (for shutdown and tests); True if it became idle."""
    return thread_pool().waitForDone(msecs)
