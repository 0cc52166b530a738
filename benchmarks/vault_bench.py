"""Vault figures: add_signature latency (empty, at 100,000), unsealing 100,000, bytes a signature.

Run: ``.venv/bin/python benchmarks/vault_bench.py [--n 100000] [--dir DIR]``.
Unsealing only, on a fixture kept between runs:
``.venv/bin/python benchmarks/vault_bench.py --only-unseal [--repeat 5] [--workers 1,2,3]``.
Signatures are realistic: a name, town and a drawing of 2-5 strokes of 20-60 points. The 100k
fixture is sealed on all cores and written through the vault's own record path (same format,
same chains), in batches.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.services import sealing
from desktop.services.campaign import Campaign
from desktop.services.kits import sample_kit
from tests.services.vault_helpers import sig

PASSPHRASE = "benchmark passphrase, not a real one"
TOWNS = ("Алматы", "Астана", "Шымкент", "Oslo", "Berlin", "Қарағанды", "Paris")


def _signature(rng: random.Random, n: int):  # type: ignore[no-untyped-def]
    return sig(f"Подписант Номер {n} Тестов", town=rng.choice(TOWNS), rng=rng)


def _seal_batch(args: tuple[int, int, bytes]) -> list[tuple[str, str, str, None, bytes]]:
    start, count, public = args
    rng = random.Random(start)
    out = []
    for n in range(start, start + count):
        s = _signature(rng, n)
        out.append(("sig", s.id, s.case_id, None, sealing.seal_signature(s, public)))
    return out


def _latency(campaign: Campaign, rounds: int, seed: int) -> tuple[float, float, float]:
    rng = random.Random(seed)
    sigs = [_signature(rng, 10_000_000 + seed + i) for i in range(rounds + 5)]
    for s in sigs[:5]:
        campaign.add_signature(s)  # warm up
    times = []
    for s in sigs[5:]:
        start = time.perf_counter()
        campaign.add_signature(s)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return (
        statistics.median(times),
        times[int(len(times) * 0.95) - 1],
        times[-1],
    )


def _size(path: Path) -> int:
    return sum(
        p.stat().st_size for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()
    )


def _fill(campaign: Campaign, n: int, workers: int) -> None:
    batch = 5_000
    jobs = [(i, min(batch, n - i), campaign.public_key) for i in range(0, n, batch)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for items in pool.map(_seal_batch, jobs):
            campaign._write_records(items)


def _cached_fixture(path: Path, n: int, workers: int) -> Campaign:
    """The ``n``-signature fixture at ``path``, sealed once and reused by later runs."""
    if path.exists():
        campaign = Campaign.open(path)
        if campaign.count() == n:
            return campaign
        campaign.close()
        for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            stale.unlink(missing_ok=True)
    start = time.perf_counter()
    campaign = Campaign.create(path, sample_kit(), PASSPHRASE)
    _fill(campaign, n, workers)
    campaign.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(
        f"fixture: {n} sealed signatures written to {path} in {time.perf_counter() - start:.1f} s"
    )
    return campaign


def _workers_cpu() -> float | None:
    """CPU seconds of the fork server's finished children (the unsealing workers), Linux only."""
    from multiprocessing import forkserver

    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")


def _busy_cpu() -> float | None:
    """CPU seconds every program on this machine has used since boot (Linux), else None."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            ticks = [int(v) for v in stat.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    return (sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")


def _only_unseal(args: argparse.Namespace) -> int:
    """Time ``signatures()`` alone, ``--repeat`` times per worker count; print medians."""
    path = Path(args.fixture or Path(tempfile.gettempdir()) / f"vault_bench_{args.n}.protestkit")
    cores = os.cpu_count() or 1
    campaign = _cached_fixture(path, args.n, cores)
    campaign.unlock(PASSPHRASE)
    counts = [int(w) for w in args.workers.split(",")] if args.workers else [1, cores]
    print(f"cores {cores}, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for n_workers in counts:
        walls, cpus, totals, firsts, others = [], [], [], [], []
        for _ in range(args.repeat):
            before, busy = _workers_cpu(), _busy_cpu()
            start, cpu = time.perf_counter(), time.process_time()
            count, first = 0, 0.0
            for _sig in campaign.signatures(workers=n_workers):
                if not count:
                    first = time.perf_counter() - start
                count += 1
            walls.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
            firsts.append(first)
            busy_after = _busy_cpu()
            time.sleep(0.3)  # let the fork server reap the workers
            after = _workers_cpu()
            # Before the first parallel run there is no fork server yet: its children start at 0.
            mine = cpus[-1] + (after - (before or 0.0) if after is not None else 0.0)
            totals.append(mine)
            if busy is not None and busy_after is not None:
                others.append(max(0.0, busy_after - busy - mine))
        total = f"{statistics.median(totals):6.2f} s" if totals else "   n/a"
        print(
            f"unseal {count}, {n_workers} process(es): median {statistics.median(walls):5.2f} s "
            f"wall (runs {' '.join(f'{w:.2f}' for w in walls)}); cpu median: here "
            f"{statistics.median(cpus):5.2f} s, with workers {total}; first signature after "
            f"{statistics.median(firsts) * 1000:.0f} ms"
        )
        if others:
            # Other programs' CPU during each run: a run with several seconds here was shared.
            shared = " ".join(f"{o:.1f}" for o in others)
            print(f"    other programs' cpu during the runs: {shared} s")
    print(f"load average after {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    campaign.close()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--dir", default=None, help="folder for the campaign file (else temp)")
    parser.add_argument(
        "--only-unseal", action="store_true", help="time unsealing alone on a cached fixture"
    )
    parser.add_argument("--fixture", default=None, help="cached fixture file (--only-unseal)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per worker count")
    parser.add_argument("--workers", default=None, help="worker counts, e.g. 1,2,3")
    args = parser.parse_args()
    if args.only_unseal:
        return _only_unseal(args)
    workers = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        path = Path(folder) / "bench.protestkit"
        start = time.perf_counter()
        campaign = Campaign.create(path, sample_kit(), PASSPHRASE)
        print(f"create (calibrated Argon2id)     {time.perf_counter() - start:8.2f} s")
        start = time.perf_counter()
        campaign.unlock(PASSPHRASE)
        print(f"unlock                           {time.perf_counter() - start:8.2f} s")
        campaign.lock()
        print(f"cores                            {workers:8d}")

        p50, p95, worst = _latency(campaign, args.rounds, 1)
        print(
            f"add_signature, empty file:   p50 {p50:6.2f} ms  p95 {p95:6.2f} ms  "
            f"max {worst:6.2f} ms"
        )

        campaign.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before_n, before_size = campaign.count(), _size(path)
        start = time.perf_counter()
        _fill(campaign, args.n, workers)
        fill = time.perf_counter() - start
        print(f"fixture: {args.n} sealed signatures written in {fill:.1f} s (bulk path)")
        campaign.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        added = campaign.count() - before_n
        per_sig = (_size(path) - before_size) / added
        print(
            f"bytes on disk per signature       {per_sig:8.0f} B  (file {_size(path) / 1e6:.1f} MB)"
        )

        campaign.close()
        campaign = Campaign.open(path)
        start = time.perf_counter()
        total = campaign.count()
        print(f"count() on open, {total} records {(time.perf_counter() - start) * 1000:8.1f} ms")

        p50, p95, worst = _latency(campaign, args.rounds, 2)
        print(
            f"add_signature, {total} stored: p50 {p50:6.2f} ms  p95 {p95:6.2f} ms  "
            f"max {worst:6.2f} ms"
        )

        campaign.unlock(PASSPHRASE)
        for label, n_workers in (("1 process", 1), (f"{workers} processes", workers)):
            start, cpu = time.perf_counter(), time.process_time()
            count = sum(1 for _ in campaign.signatures(workers=n_workers))
            took, cpu = time.perf_counter() - start, time.process_time() - cpu
            # CPU time of this process: what one otherwise idle core would take (1 process).
            print(
                f"unseal {count} signatures, {label:12s} {took:6.2f} s wall, {cpu:6.2f} s cpu here"
            )
        start = time.perf_counter()
        problems = campaign.verify()
        print(
            f"verify (integrity + chains + unseal) {time.perf_counter() - start:6.2f} s, "
            f"{len(problems)} problems"
        )
        campaign.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
