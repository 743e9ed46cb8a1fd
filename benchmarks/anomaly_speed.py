"""Anomaly detector speed: per-point update cost, ``anomaly score`` wall time beside a CPU-bound
process, and the training thread's cost per monitor window.

Side by side:

1. ``ThroughputDetector.update`` per point (default LSTM forecaster, its first training and every
   refit included) on generated long-pause traces: median, mean (= amortised), p99, max.
2. ``lightwatch anomaly score`` of ``--points`` points in a subprocess, alone and beside one CPU-bound
   process (a Python busy loop, as a training job would be) with ``--threads 1`` (the CLI's
   default); and ``--compare-points`` points beside it with 1 thread and with torch's own default
   thread count (``--threads <cores>``, the old behaviour): wall seconds and the child's CPU seconds.
3. ``AnomalyCallback.on_window`` (the monitor's listener, on the training thread): µs per window.

    python benchmarks/anomaly_speed.py [--points 100000] [--update-points 30000] [--quick]

Writes benchmarks/results/anomaly_speed.json and prints the tables.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the repository's `anomaly` package, not this folder's anomaly.py

import torch  # noqa: E402

from anomaly.traces import make_trace  # noqa: E402

OUT = ROOT / "benchmarks" / "results" / "anomaly_speed.json"


def _values(n: int) -> list[float]:
    vals: list[float] = []
    seed = 8000
    while len(vals) < n:
        vals += [float(v) for v in make_trace(seed, 8000, pauses="long").values]
        seed += 1
    return vals[:n]


def update_cost(n: int) -> dict:
    """Per-point wall time of ``update`` (thread count 1), first training and refits included."""
    from anomaly.detector import ThroughputDetector

    torch.set_num_threads(1)
    det = ThroughputDetector()
    costs = []
    values = _values(n)
    cpu0 = time.process_time()
    for i, v in enumerate(values):
        t0 = time.perf_counter()
        det.update(v, 1.7e9 + 5.0 * i)
        costs.append(time.perf_counter() - t0)
    cpu = time.process_time() - cpu0
    costs.sort()
    ms = [1e3 * c for c in costs]
    # wall times inflate with the machine's load; the process CPU time per point does much less so
    return {"points": n, "median_ms": statistics.median(ms), "mean_ms": statistics.fmean(ms),
            "p99_ms": ms[int(0.99 * (n - 1))], "max_ms": ms[-1], "cpu_mean_ms": 1e3 * cpu / n}


def _burn(stop) -> None:
    x = 0
    while not stop.is_set():
        for _ in range(100_000):
            x += 1


def score_wall(csv_path: Path, threads: int, busy: bool) -> dict:
    """Wall and CPU seconds of ``lightwatch anomaly score`` in a subprocess."""
    stop = mp.Event()
    burner = mp.Process(target=_burn, args=(stop,), daemon=True) if busy else None
    if burner is not None:
        burner.start()
        time.sleep(1.0)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("OMP_NUM_THREADS", None)  # the CLI's --threads decides, as for a user
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "monitor.cli", "anomaly", "score", str(csv_path), "--out",
                        str(Path(tmp) / "out.csv"), "--threads", str(threads)], check=True,
                       stdout=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if burner is not None:
        stop.set()
        burner.join(5)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"threads": threads, "beside_cpu_bound_process": busy, "wall_s": wall, "cpu_s": cpu}


def listener_cost(n: int = 5_000) -> dict:
    """µs per ``on_window`` call on the calling (training) thread, the worker scoring meanwhile."""
    from prometheus_client import CollectorRegistry

    from anomaly.callback import AnomalyCallback
    from anomaly.detector import ThroughputDetector
    from monitor import throughput

    record = getattr(throughput, "WindowRecord", None)
    if record is None:  # before the monitor's WindowRecord is merged: the same fields
        from collections import namedtuple

        record = namedtuple("WindowRecord", "global_step timestamp seconds pause_seconds samples batches")

    class Feed:
        def subscribe(self, fn):
            pass

    cb = AnomalyCallback(Feed(), ThroughputDetector(), registry=CollectorRegistry(), run_name="bench",
                         max_queue=n + 1)
    cb.setup(None, None, "fit")
    costs = []
    for i in range(n):
        rec = record(global_step=i, timestamp=1.7e9 + i, seconds=1.0, pause_seconds=0.0, samples=1000.0, batches=50)
        t0 = time.perf_counter()
        cb.on_window(rec)
        costs.append(time.perf_counter() - t0)
    cb.teardown(None, None, "fit")
    us = sorted(1e6 * c for c in costs)
    return {"windows": n, "median_us": statistics.median(us), "mean_us": statistics.fmean(us), "dropped": cb.dropped}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--points", type=int, default=100_000, help="points scored by `anomaly score` (default 100,000)")
    p.add_argument("--update-points", type=int, default=30_000, help="points of the per-update measurement")
    p.add_argument("--compare-points", type=int, default=20_000,
                   help="points of the torch-default-threads arm (slow beside a busy process; default 20,000)")
    p.add_argument("--quick", action="store_true", help="20,000 / 10,000 points")
    p.add_argument("--out", type=Path, default=OUT)
    a = p.parse_args(argv)
    if a.quick:
        a.points, a.update_points, a.compare_points = 20_000, 10_000, 5_000
    t_start = time.perf_counter()
    cores = os.cpu_count() or 1
    res: dict = {"benchmark": "anomaly_speed", "cores": cores, "load_average_at_start": os.getloadavg()}
    res["update"] = update_cost(a.update_points)
    print(f"update: {res['update']}", file=sys.stderr, flush=True)
    res["listener"] = listener_cost()
    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for n in {a.points, a.compare_points}:
            paths[n] = Path(tmp) / f"series{n}.csv"
            with paths[n].open("w") as fh:
                fh.write("timestamp,value\n")
                for i, v in enumerate(_values(n)):
                    fh.write(f"{1.7e9 + 5.0 * i:.1f},{v:.4f}\n")
        res["score"] = []
        for threads, busy, n in ((1, False, a.points), (1, True, a.points), (1, True, a.compare_points),
                                 (cores, True, a.compare_points)):
            row = score_wall(paths[n], threads, busy)
            row["points"] = n
            res["score"].append(row)
            print(f"score: {row}", file=sys.stderr, flush=True)
    res["load_average_at_end"] = os.getloadavg()
    res["total_s"] = time.perf_counter() - t_start
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(res, indent=2) + "\n")
    u = res["update"]
    print(f"| detector update ({u['points']:,} points, LSTM) | median ms | mean ms (amortised training) | "
          "CPU ms per point (amortised) | p99 ms | max ms |")
    print("|---|---|---|---|---|---|")
    print(f"| ThroughputDetector() | {u['median_ms']:.3f} | {u['mean_ms']:.3f} | {u['cpu_mean_ms']:.3f} | "
          f"{u['p99_ms']:.3f} | {u['max_ms']:.0f} |")
    print()
    print("| `anomaly score` | points | torch threads | beside a CPU-bound process | wall s | CPU s |")
    print("|---|---|---|---|---|---|")
    for r in res["score"]:
        print(f"| | {r['points']:,} | {r['threads']} | {'yes' if r['beside_cpu_bound_process'] else 'no'} | "
              f"{r['wall_s']:.1f} | {r['cpu_s']:.1f} |")
    li = res["listener"]
    print(f"\nAnomalyCallback.on_window on the training thread: median {li['median_us']:.1f} µs, "
          f"mean {li['mean_us']:.1f} µs per window ({li['windows']:,} windows, {li['dropped']} dropped)")
    print(f"load average {res['load_average_at_start'][0]:.1f} -> {res['load_average_at_end'][0]:.1f} "
          f"on {cores} cores; {res['total_s']:.0f} s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
