"""Debounced background rendering: the latest request wins, stale results are dropped.

A page calls :meth:`LivePreview.request` after every change. Once changes pause for
``delay_ms``, the newest snapshot is rendered off the GUI thread through ``ui/tasks.py``.
At most one render runs at a time; a request made meanwhile waits for it, and a result
that no longer matches the newest request is thrown away, never shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.ui.tasks import Task, TaskContext, run_task

DEBOUNCE_MS = 400


@dataclass(frozen=True)
class _Numbered:
    generation: int
    snapshot: Any


class LivePreview(QObject):
    """Runs ``render(snapshot) -> result`` in the background after changes pause.

    Signals:
        started(): a render began.
        rendered(object): the result for the newest request.
        failed(object): the exception the newest render raised.
    """

    started = Signal()
    rendered = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        render: Callable[[Any], Any],
        parent: QObject | None = None,
        delay_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(parent)
        self._render = render
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._generation = 0
        self._snapshot: Any = None
        self._running: Task[Any] | None = None
        self._waiting = False
        self._failed_generation = -1

    def request(self, snapshot: Any) -> None:
        """Render ``snapshot`` once changes pause (replaces any earlier waiting request)."""
        self._generation += 1
        self._snapshot = snapshot
        self._timer.start()

    def request_now(self, snapshot: Any) -> None:
        """Render ``snapshot`` without waiting for a pause (the page was just shown)."""
        self._generation += 1
        self._snapshot = snapshot
        self._timer.stop()
        self._on_timer_timeout()

    def cancel(self) -> None:
        """Forget the waiting request and drop any result in flight."""
        self._timer.stop()
        self._generation += 1
        self._snapshot = None
        self._waiting = False

    def is_busy(self) -> bool:
        """True while a render is waiting for a pause or running."""
        return self._timer.isActive() or self._running is not None

    # -- internals -------------------------------------------------------------------------
    def _on_timer_timeout(self) -> None:
        if self._snapshot is None:
            return
        if self._running is not None:
            self._waiting = True  # start when the running render ends
            return
        self._start()

    def _start(self) -> None:
        self._waiting = False
        numbered = _Numbered(self._generation, self._snapshot)
        render = self._render

        def job(item: _Numbered, context: TaskContext) -> tuple[int, Any]:
            del context
            return item.generation, render(item.snapshot)

        task = run_task(job, numbered, name="live-preview")
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        self._running = task
        self._failed_generation = numbered.generation
        self.started.emit()

    def _on_task_succeeded(self, value: object) -> None:
        self._running = None
        assert isinstance(value, tuple)
        generation: int = value[0]
        result: Any = value[1]
        if generation == self._generation and not self._waiting:
            self.rendered.emit(result)
        self._start_waiting()

    def _on_task_failed(self, error: object) -> None:
        self._running = None
        if self._failed_generation == self._generation and not self._waiting:
            self.failed.emit(error)
        self._start_waiting()

    def _start_waiting(self) -> None:
        if self._waiting and self._snapshot is not None and not self._timer.isActive():
            self._start()
