"""ThroughputDetector memory over a 1,000,000-point stream: process RSS and pickled state size.

One detector (LSTM forecaster) scores one long stream of generated long-pause traces; RSS and
the pickled ``state_dict`` are sampled along the way. Bounded memory means both stay flat after
warm-up. (``benchmarks/anomaly.py --memory-points`` traces the Python heap instead, slower.)

    python benchmarks/anomaly_memory.py [--points 1000000]

Writes benchmarks/results/anomaly_memory.json.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the repository's `anomaly` package, not this folder's anomaly.py

import psutil  # noqa: E402
import torch  # noqa: E402

from anomaly.detector import ThroughputDetector  # noqa: E402
from anomaly.traces import make_trace  # noqa: E402


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--points", type=int, default=1_000_000)
    args = p.parse_args()
    torch.set_num_threads(1)
    det = ThroughputDetector("lstm", seed=0)
    proc = psutil.Process()
    out = {"benchmark": "anomaly_memory", "points": args.points, "rows": []}
    marks = {int(args.points * c) for c in (0.01, 0.1, 0.25, 0.5, 0.75, 1.0)}
    t0 = time.perf_counter()
    i, seed = 0, 7000
    while i < args.points:
        for v in make_trace(seed, 8000, pauses="long").values:
            i += 1
            det.update(v)
            if i in marks:
                out["rows"].append({"points": i, "rss_mib": proc.memory_info().rss / 2**20,
                                    "state_kib": len(pickle.dumps(det.state_dict())) / 1024,
                                    "seconds": time.perf_counter() - t0})
            if i >= args.points:
                break
        seed += 1
    (ROOT / "benchmarks" / "results" / "anomaly_memory.json").write_text(json.dumps(out, indent=2) + "\n")
    print("| points | RSS (MiB) | pickled state (KiB) | elapsed (s) |\n|---|---|---|---|")
    for r in out["rows"]:
        print(f"| {r['points']:,} | {r['rss_mib']:.1f} | {r['state_kib']:.1f} | {r['seconds']:.0f} |")


if __name__ == "__main__":
    main()
