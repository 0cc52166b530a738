"""Pictures of the station in each language, for people to look at (``make screenshots``)."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QPointF
from PySide6.QtWidgets import QApplication

from desktop.domain.signature import Signature
from desktop.domain.text import LANGS
from desktop.services.campaign import StorageFull
from desktop.ui.station.pin import PinLock
from desktop.ui.station.signature_pad import SignaturePad
from desktop.ui.station.station import SigningStation

DEMO_COUNT = 1246


class _DemoSink:
    """Stands in for the vault: counts, stores nothing (or fails, for the failure screen)."""

    def __init__(self, *, fail: bool = False) -> None:
        self.total = DEMO_COUNT
        self.fail = fail

    def add_signature(self, sig: Signature) -> int:
        del sig
        if self.fail:
            msg = "demo: the disk is full"
            raise StorageFull(msg)
        self.total += 1
        return self.total


def draw_demo_signature(pad: SignaturePad) -> None:
    """Ink a flowing, made-up signature onto ``pad`` (for pictures and benchmarks)."""
    width, height = pad.width(), pad.height()
    points = [
        QPointF(
            width * (0.15 + 0.6 * t),
            height * (0.55 - 0.22 * math.sin(t * 14) * (1 - t) - 0.1 * t),
        )
        for t in (i / 80 for i in range(81))
    ]
    pad._begin(points[0], None)
    for point in points[1:]:
        pad._add(point, None)
    pad._end()
    pad._begin(QPointF(width * 0.2, height * 0.72), None)
    pad._add(QPointF(width * 0.8, height * 0.7), None)
    pad._end()


def _settle(app: QCoreApplication) -> None:
    app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def render(out_dir: Path, size: tuple[int, int] = (1366, 768)) -> list[Path]:
    """Render every station screen in every language into ``out_dir``; the files written."""
    app = QApplication.instance() or QApplication([])
    out_dir.mkdir(parents=True, exist_ok=True)
    from desktop.services.kits import sample_kit

    kit = sample_kit()
    case = kit.cases[0]
    written: list[Path] = []
    for lang in LANGS:
        sink = _DemoSink()
        station = SigningStation(sink, case, kit.form, PinLock("2468"), lang=lang)
        station.resize(*size)
        station.show()
        _settle(app)

        def shot(name: str, station: SigningStation = station, lang: str = lang) -> None:
            _settle(app)
            path = out_dir / f"station_{name}_{lang}.png"
            station.grab().save(str(path))
            written.append(path)

        shot("form")
        assert station.form is not None
        station.form.submit_button.click()
        shot("errors")
        form = station.form
        form.fields["full_name"].setText("Aigerim Example")
        form.fields["town"].setText("Almaty")
        form.fields["organisation"].setText("Teachers' union")
        form.consent.box.setChecked(True)
        draw_demo_signature(form.pad)
        form.show_errors({})  # typed by the script, not by keys: clear the old messages
        shot("filled")
        form.submit_button.click()
        shot("thanks")
        sink.fail = True
        station._show_form()
        assert station.form is not None
        station.form.fields["full_name"].setText("Aigerim Example")
        station.form.consent.box.setChecked(True)
        draw_demo_signature(station.form.pad)
        station.form.submit_button.click()
        shot("failed")
        station._on_failed_page_cancel()
        station.request_exit()
        station._on_exit_page_pin_entered("0000")
        shot("exit")
        station._leaving = True
        station.close()
        _settle(app)
    return written
