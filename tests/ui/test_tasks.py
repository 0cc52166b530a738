"""The background-work doorway: progress, cancel, results on the GUI thread, errors reported."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QThread

from desktop.ui.tasks import TaskCancelled, TaskContext, TaskState, run_task


def _count_to(total: int, context: TaskContext) -> int:
    for done in range(1, total + 1):
        context.progress(done, total)
    return total * 2


def test_result_and_last_progress_arrive_on_the_gui_thread(qtbot) -> None:
    seen: dict[str, object] = {}

    def on_progress(done: int, total: int) -> None:
        seen["progress"] = (done, total)
        seen["progress_thread"] = QThread.currentThread()

    def on_result(value: object) -> None:
        seen["result"] = value
        seen["result_thread"] = QThread.currentThread()

    task = run_task(_count_to, 500, name="count")
    task.progress.connect(on_progress)
    task.succeeded.connect(on_result)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    gui = QCoreApplication.instance().thread()
    assert seen["result"] == 1000
    assert seen["result_thread"] is gui
    assert seen["progress"] == (500, 500), "the final step is always reported"
    assert seen["progress_thread"] is gui
    assert task.state is TaskState.SUCCEEDED
    assert task.result == 1000


def test_job_runs_off_the_gui_thread_and_gets_the_snapshot(qtbot) -> None:
    def where(snapshot: tuple[str, ...], context: TaskContext) -> tuple[bool, tuple[str, ...]]:
        del context
        return threading.current_thread() is threading.main_thread(), snapshot

    task = run_task(where, ("a", "b"))
    with qtbot.waitSignal(task.succeeded, timeout=10_000) as blocker:
        pass
    on_main, snapshot = blocker.args[0]
    assert on_main is False
    assert snapshot == ("a", "b")


def test_cancel_stops_the_job_and_reports_cancelled_not_a_result(qtbot) -> None:
    started = threading.Event()
    steps: list[int] = []

    def long_job(snapshot: None, context: TaskContext) -> str:
        del snapshot
        started.set()
        for step in range(10_000):
            context.check_cancelled()
            steps.append(step)
            threading.Event().wait(0.001)
        return "finished"

    task = run_task(long_job, None)
    results: list[object] = []
    task.succeeded.connect(results.append)
    assert started.wait(5)
    with qtbot.waitSignal(task.cancelled, timeout=10_000):
        task.cancel()
    assert task.state is TaskState.CANCELLED
    assert results == []
    assert len(steps) < 10_000


def test_an_engine_exception_after_cancel_counts_as_cancelled(qtbot) -> None:
    class EngineCancelled(Exception):  # noqa: N818 - named like the engine's
        pass

    gate = threading.Event()

    def job(snapshot: None, context: TaskContext) -> None:
        del snapshot
        gate.wait(5)
        if context.should_cancel():
            raise EngineCancelled
        raise AssertionError("not reached")

    task = run_task(job, None)
    failures: list[object] = []
    task.failed.connect(failures.append)
    with qtbot.waitSignal(task.cancelled, timeout=10_000):
        task.cancel()
        gate.set()
    assert failures == []


def test_exceptions_are_reported_with_the_exception(qtbot) -> None:
    def broken(snapshot: str, context: TaskContext) -> None:
        del context
        raise ValueError(snapshot)

    task = run_task(broken, "no address for recipient 3")
    with qtbot.waitSignal(task.failed, timeout=10_000) as blocker:
        pass
    error = blocker.args[0]
    assert isinstance(error, ValueError)
    assert str(error) == "no address for recipient 3"
    assert task.state is TaskState.FAILED
    assert task.error is error


def test_progress_is_throttled_for_long_jobs(qtbot) -> None:
    reports: list[tuple[int, int]] = []
    task = run_task(_count_to, 100_000)
    task.progress.connect(lambda d, t: reports.append((d, t)))
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert reports[-1] == (100_000, 100_000)
    assert len(reports) < 1000, "one signal per row would flood the event loop"


def test_a_task_cancelled_before_it_starts_never_runs(qtbot) -> None:
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    blocker_gate = threading.Event()
    ran: list[str] = []

    def block(snapshot: None, context: TaskContext) -> None:
        del snapshot, context
        blocker_gate.wait(5)

    def second(snapshot: None, context: TaskContext) -> None:
        del snapshot, context
        ran.append("second")

    first = run_task(block, None, pool=pool)
    queued = run_task(second, None, pool=pool)
    queued.cancel()
    with qtbot.waitSignals([queued.cancelled, first.succeeded], timeout=10_000):
        blocker_gate.set()
    pool.waitForDone(5000)
    assert ran == []


def test_task_cancelled_is_an_exception_jobs_may_raise() -> None:
    assert issubclass(TaskCancelled, Exception)


def test_stages_arrive_in_order_before_the_result(qtbot) -> None:
    def staged(snapshot: None, context: TaskContext) -> str:
        del snapshot
        context.stage("signatures")
        context.progress(1, 1)
        context.stage("pages")
        return "done"

    task = run_task(staged, None)
    events: list[object] = []
    task.stage_changed.connect(events.append)
    task.succeeded.connect(events.append)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert events == ["signatures", "pages", "done"]


def test_garbage_is_collected_on_the_gui_thread_never_in_a_job(qtbot) -> None:
    import gc

    from desktop.ui.tasks import collect_garbage

    collect_garbage()
    assert not gc.isenabled(), "automatic collection would run in whichever thread allocates"
    finalised_in: list[str] = []

    class Cycle:
        def __init__(self) -> None:
            self.me = self

        def __del__(self) -> None:
            finalised_in.append(threading.current_thread().name)

    Cycle()

    def allocate(snapshot: int, context: TaskContext) -> int:
        del context
        return len([[n] for n in range(snapshot)])  # plenty of allocations in the worker

    task = run_task(allocate, 200_000)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert finalised_in == [], "the worker never collects"
    collect_garbage()
    assert finalised_in == [threading.main_thread().name]


def test_a_finished_task_is_let_go_of_after_its_signals(qtbot) -> None:
    import weakref

    results: list[object] = []
    task = run_task(_count_to, 10)
    task.succeeded.connect(results.append)
    ref = weakref.ref(task)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    del task
    # Still alive right after its own signal (freeing it there would crash Qt) ...
    assert ref() is not None
    # ... and released from the event loop once the worker has let go too.
    qtbot.waitUntil(lambda: ref() is None, timeout=5_000)
    assert results == [20]
