"""How fast and how lean is a delivery pack? Prints seconds, pages/s, peak memory, bytes/signature.

Each size runs in a fresh subprocess (peak memory is the process's ru_maxrss, which counts C
allocations that tracemalloc misses); "seconds" leave out making the synthetic signatures. The
same 10,000 signatures are also built the straightforward way (reportlab defaults, platypus
SimpleDocTemplate, one Table(repeatRows=1) with escaped Paragraphs for the text a signer typed,
a Flowable drawing every point of each signature, a header on every page and "page X of Y"
by ReportLab's usual NumberedCanvas recipe) and the ratio printed; both timings include
loading the fonts. The machine is shared and noisy: CPU seconds are the steadier figure, and
``--repeat`` runs the comparison several times, each pair one after the other.

    .venv/bin/python benchmarks/export_bench.py [--sizes 1000,10000,100000] [--no-naive]
        [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _input(count: int) -> tuple[object, object, tuple]:
    from benchmarks._synthetic import signatures
    from tests.pdf.conftest import make_kit

    kit = make_kit()
    case = kit.cases[0]
    sigs = tuple(signatures(count, case.id, case.statements["ru"].fingerprint, seed=count))
    return kit, case, sigs


def _timed(items: Iterator[object], spent: list[float]) -> Iterator[object]:
    """Yield from ``items``, adding the time spent making them to ``spent`` (not the export's)."""
    while True:
        wall = time.perf_counter()
        cpu = time.process_time()
        try:
            item = next(items)
        except StopIteration:
            return
        finally:
            spent[0] += time.perf_counter() - wall
            spent[1] += time.process_time() - cpu
        yield item


def run_fast(count: int, out: Path) -> dict[str, float]:
    """Build one pack the engine's way (in this process)."""
    from pypdf import PdfReader

    from benchmarks._synthetic import signatures
    from desktop.pdf import ExportJob, export_pack
    from tests.pdf.conftest import make_kit

    kit = make_kit()
    case = kit.cases[0]
    fingerprint = case.statements["ru"].fingerprint
    input_rss = _rss_mb()
    spent = [0.0, 0.0]  # wall and cpu seconds spent making the synthetic signatures
    # The signatures stream in, as they do from a campaign file (generated, not unsealed, here).
    job = ExportJob(
        kit=kit,
        case_id=case.id,
        out=out,
        recipient_ids=("court",),
        source=lambda: _timed(signatures(count, case.id, fingerprint, seed=count), spent),
    )
    wall = time.perf_counter()
    cpu = time.process_time()
    export_pack(job)
    cpu = time.process_time() - cpu - spent[1]
    wall = time.perf_counter() - wall - spent[0]
    pages = len(PdfReader(out).pages)
    return {
        "seconds": wall,
        "cpu": cpu,
        "pages": pages,
        "peak_mb": _rss_mb(),
        "input_mb": input_rss,
        "input_s": spent[0],
        "bytes": out.stat().st_size,
    }


def run_naive(count: int, out: Path) -> dict[str, float]:
    """The same signatures the straightforward platypus way."""
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

    from desktop.pdf import fonts
    from desktop.pdf.escaping import escape_markup
    from desktop.pdf.styles import stylesheet

    _, _, sigs = _input(count)
    # reportlab as it comes: importing desktop.pdf switched ASCII85 off for the engine.
    rl_config.useA85 = 1

    class SignatureFlowable(Flowable):  # type: ignore[misc]
        def __init__(self, drawing: object) -> None:
            super().__init__()
            self.drawing = drawing

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            return 80, 20

        def draw(self) -> None:
            d = self.drawing
            sx = 80 / d.width  # type: ignore[attr-defined]
            sy = 20 / d.height  # type: ignore[attr-defined]
            path = self.canv.beginPath()
            for stroke in d.strokes:  # type: ignore[attr-defined]
                path.moveTo(stroke[0] * sx, 20 - stroke[1] * sy)
                for i in range(2, len(stroke), 2):
                    path.lineTo(stroke[i] * sx, 20 - stroke[i + 1] * sy)
            self.canv.drawPath(path, stroke=1, fill=0)

    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """ReportLab's usual "page X of Y" recipe: keep each page, number them at save."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(fonts.SANS, 8)
                self.drawRightString(
                    A4[0] - 15 * mm, 10 * mm, f"Page {self._pageNumber} of {total}"
                )
                super().showPage()
            super().save()

    def header(canvas: Canvas, doc: object) -> None:
        canvas.setFont(fonts.SANS_BOLD, 10)
        canvas.drawString(15 * mm, A4[1] - 12 * mm, "Free Ainur Kurmanov")
        canvas.setFont(fonts.SANS, 8)
        canvas.drawString(15 * mm, A4[1] - 16 * mm, "To: Chair of the Almaty City Court")
        canvas.drawString(15 * mm, A4[1] - 20 * mm, "Demand: Release Ainur Kurmanov")

    wall = time.perf_counter()
    cpu = time.process_time()
    # Loading the fonts is timed here as it is in the engine's run (about 0.09 s).
    fonts.register_fonts()
    styles = stylesheet()
    cell = styles.cell.clone("naive_cell", fontSize=8, leading=9.5)
    doc = SimpleDocTemplate(str(out), pagesize=A4, topMargin=25 * mm)
    rows: list[list[object]] = [["No.", "Name", "Town", "Organisation", "Date", "Signature"]]
    for number, sig in enumerate(sigs, 1):
        # Paragraphs so long names wrap, escaped as every user string must be.
        rows.append(
            [
                str(number),
                Paragraph(escape_markup(sig.full_name), cell),
                Paragraph(escape_markup(f"{sig.town}, {sig.country}"), cell),
                Paragraph(escape_markup(sig.organisation), cell),
                sig.signed_at.date().isoformat(),
                SignatureFlowable(sig.drawing),
            ]
        )
    table = Table(rows, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ]
        )
    )
    story = [Paragraph("Cover letter " * 200, styles.letter), table]
    doc.build(story, onFirstPage=header, onLaterPages=header, canvasmaker=NumberedCanvas)
    cpu = time.process_time() - cpu
    wall = time.perf_counter() - wall
    return {
        "seconds": wall,
        "cpu": cpu,
        "pages": doc.page,
        "peak_mb": _rss_mb(),
        "bytes": out.stat().st_size,
    }


def _child(kind: str, count: int, folder: Path) -> dict[str, float]:
    """Run one measurement in a fresh interpreter and return its figures."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    result = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--count", str(count), "--dir", str(folder)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(result.stderr.strip().splitlines()[-1])
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> int:
    """Parse arguments and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--no-naive", action="store_true", help="skip the platypus comparison")
    parser.add_argument(
        "--repeat", type=int, default=1, help="compare at 10,000 this many times (median)"
    )
    parser.add_argument("--child", choices=("fast", "naive"), help=argparse.SUPPRESS)
    parser.add_argument("--count", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--dir", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        out = Path(args.dir) / f"{args.child}-{args.count}.pdf"
        runner = run_fast if args.child == "fast" else run_naive
        print(json.dumps(runner(args.count, out)))
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s]
    print(f"load average at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print(
        f"{'signatures':>10} {'seconds':>8} {'cpu s':>7} {'pages':>6} {'pages/s':>8} "
        f"{'peak MB':>8} {'input MB':>8} {'B/sig':>7}"
    )
    fast_10k = None
    with tempfile.TemporaryDirectory(prefix="pk-bench-") as tmp:
        folder = Path(tmp)
        for count in sizes:
            r = _child("fast", count, folder)
            if count == 10_000:
                fast_10k = r
            print(
                f"{count:>10,} {r['seconds']:>8.2f} {r['cpu']:>7.2f} {r['pages']:>6.0f} "
                f"{r['pages'] / r['seconds']:>8.0f} {r['peak_mb']:>8.0f} {r['input_mb']:>8.0f} "
                f"{r['bytes'] / count:>7.0f}"
            )
        if not args.no_naive:
            ratios = []
            for run in range(args.repeat):
                fast = fast_10k if run == 0 and fast_10k else _child("fast", 10_000, folder)
                n = _child("naive", 10_000, folder)
                print(
                    f"straightforward platypus, 10,000 signatures: {n['seconds']:.2f} s "
                    f"(cpu {n['cpu']:.2f} s), {n['pages']:.0f} pages, peak {n['peak_mb']:.0f} MB, "
                    f"{n['bytes'] / 10_000:.0f} B/sig; the engine {fast['seconds']:.2f} s "
                    f"(cpu {fast['cpu']:.2f} s)"
                )
                ratios.append((n["seconds"] / fast["seconds"], n["cpu"] / fast["cpu"]))
                print(f"ratio at 10,000: {ratios[-1][0]:.1f}x wall, {ratios[-1][1]:.1f}x cpu")
            if len(ratios) > 1:
                wall = statistics.median(r[0] for r in ratios)
                cpu = statistics.median(r[1] for r in ratios)
                print(f"median ratio of {len(ratios)} runs: {wall:.1f}x wall, {cpu:.1f}x cpu")
    return 0


if __name__ == "__main__":
    sys.exit(main())
