"""A crash never prints the error's text: it could quote a signer's name."""

from __future__ import annotations

import sys
import threading

import pytest

from desktop.ui import application

CANARY = "Zhanargul Canarybekova"


def test_worker_thread_crash_prints_type_and_place_only(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(threading, "excepthook", application._plain_thread_excepthook)

    def boom() -> None:
        raise ValueError(f"bad signer {CANARY}")

    worker = threading.Thread(target=boom)
    worker.start()
    worker.join()
    err = capsys.readouterr().err
    assert "internal error ValueError at test_crash_output.py:" in err
    assert CANARY not in err


def test_crash_report_survives_a_missing_stderr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", None)
    try:
        raise RuntimeError(CANARY)
    except RuntimeError as error:
        application._print_where(type(error), error.__traceback__)  # must not raise
