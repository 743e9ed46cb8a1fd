"""Every seen throughput set under the current default and its ablations, in one table per set (session 14).

After a rule changes on one blind look, this reruns the sets that earlier looks already spent (tuning, the
held-out generators 2-12, the recorded corpora) with four detectors only: the default, the previous default,
and the naive and ETS forecaster ablations *of the current rule* (what the issue's ablation margins ask for).
Nothing here chooses anything: it reports what the change does where the data are no longer blind.

    python benchmarks/anomaly_seen.py --part standard   # tuning, held-out, recorded corpora, generators 3-6
    python benchmarks/anomaly_seen.py --part later      # generators 7-12
    python benchmarks/anomaly_seen.py                   # both, one after the other (make bench)

Each part writes ``results/anomaly_seen_<part>.json`` (the layout of ``anomaly.json``); the two parts can run
side by side on two cores (about 25 minutes each here).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from anomaly.detector import ThroughputDetector  # noqa: E402
from anomaly.evaluation import NaiveForecaster  # noqa: E402
from benchmarks import anomaly as bench  # noqa: E402

DETECTORS = {
    "ours: ThroughputDetector(lstm)": lambda s: ThroughputDetector("lstm", seed=s),
    "ablation: session 13 rule (no level test)": lambda s: ThroughputDetector("lstm", seed=s, sustain=0),
    "ablation: naive forecaster": lambda s: ThroughputDetector(NaiveForecaster(), seed=s),
    "ablation: ETS forecaster": lambda s: ThroughputDetector("ets", seed=s),
}
PARTS = {"standard": ["--heldout3", "--heldout4", "--heldout5", "--heldout6"],
         "later": [f"--heldout{g}-only" for g in range(7, 13)]}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--part", choices=sorted(PARTS), default=None, help="one part (default: both, one after the other)")
    a = p.parse_args(argv)
    bench.detectors = lambda classic=False: dict(DETECTORS)
    for part in [a.part] if a.part else list(PARTS):
        out = bench.OUT.with_name(f"anomaly_seen_{part}.json")
        if bench.main([*PARTS[part], "--out", str(out)]):
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
