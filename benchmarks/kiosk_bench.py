"""Signing-station figures: from the Sign click to a pristine form ready for the next signer.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/kiosk_bench.py [--rounds 200]``.

Each round fills the real station form (name, town, consent, a drawn signature: not timed),
then times the Sign click: validation, sealing, the durable commit (``synchronous=FULL``),
throwing the form away and building a fresh one, showing the thank-you and painting it
("submit"), and then the tap that dismisses the thank-you and paints the fresh form
("ready", the whole path). Measured with an empty campaign and with 100,000 signatures
already stored (written through ``Campaign.add_signatures`` in batches). Goal: p95 of the
whole path under 150 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

import desktop.ui  # noqa: F401  (guards None's refcount before Qt work)
from benchmarks._synthetic import signatures
from desktop.services.campaign import Campaign
from desktop.services.kits import sample_kit
from desktop.services.sealing import TEST_KDF
from desktop.ui.station.pin import PinLock
from desktop.ui.station.screenshots import draw_demo_signature
from desktop.ui.station.station import SigningStation

PASSPHRASE = "kiosk benchmark passphrase"


def _settle(app: QApplication) -> None:
    app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _percentiles(times: list[float]) -> tuple[float, float, float]:
    times = sorted(times)
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)], times[-1]


def _rounds(app: QApplication, station: SigningStation, rounds: int) -> tuple[list, list]:
    submit_ms: list[float] = []
    ready_ms: list[float] = []
    for index in range(rounds + 5):
        form = station.form
        assert form is not None
        form.fields["full_name"].setText(f"Bench Signer {index}")
        form.fields["town"].setText("Almaty")
        form.consent.box.setChecked(True)
        draw_demo_signature(form.pad)
        _settle(app)
        start = time.perf_counter()
        form.submit_button.click()
        _settle(app)
        station.repaint()
        shown = time.perf_counter()
        assert station.pages.currentWidget() is station.thanks_page, "not saved?"
        station.thanks_page.dismissed.emit()  # the signer taps the thank-you away
        _settle(app)
        station.repaint()
        ready = time.perf_counter()
        assert station.form is not None
        assert not station.form.is_dirty()
        if index >= 5:  # the first rounds warm caches up
            submit_ms.append((shown - start) * 1000)
            ready_ms.append((ready - start) * 1000)
    return submit_ms, ready_ms


def _report(label: str, submit_ms: list[float], ready_ms: list[float]) -> None:
    for what, times in (("submit -> thank-you", submit_ms), ("submit -> ready form", ready_ms)):
        p50, p95, worst = _percentiles(times)
        print(f"{label:>18} {what:22s} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  max {worst:7.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--n", type=int, default=100_000, help="signatures already stored")
    parser.add_argument("--dir", default=None, help="folder for the campaign file (else temp)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    kit = sample_kit()
    case = kit.cases[0]
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        campaign = Campaign.create(Path(folder) / "kiosk.protestkit", kit, PASSPHRASE, kdf=TEST_KDF)
        station = SigningStation(campaign, case, kit.form, PinLock("2468"), lang="ru")
        station.resize(1366, 768)
        station.show()
        _settle(app)
        base = campaign.count()
        _report(f"{base} stored", *_rounds(app, station, args.rounds))

        start = time.perf_counter()
        fingerprint = case.statements["ru"].fingerprint
        batch: list = []
        for sig in signatures(args.n, case.id, fingerprint):
            batch.append(sig)
            if len(batch) == 5_000:
                campaign.add_signatures(batch)
                batch = []
        if batch:
            campaign.add_signatures(batch)
        took = time.perf_counter() - start
        print(f"fixture: {args.n} signatures sealed and stored in {took:.1f} s")
        campaign.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        total = campaign.count()
        _report(f"{total} stored", *_rounds(app, station, args.rounds))
        station.force_close()
        _settle(app)
        campaign.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
