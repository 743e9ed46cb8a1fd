"""Benchmark: the LSTM detector with its shipped weights beside the wide weights (an option) and the naive ablation.

The wide weights (``ThroughputDetector("lstm", weights="wide")``, ``anomaly/data/global_lstm_wide*.npz``,
``python -m anomaly.train_global --wide [--phase]``) are the same model trained on the tuning generators plus the
seen held-out generators 3-19 at seeds disjoint from their benchmark seeds. Each row runs the three detectors
side by side on the same traces (``benchmarks/anomaly.py``'s row functions and detectors, unchanged):

* **honest** rows, never trained on: ``anomaly/heldout.py`` (seeds 70,000+, short and long pauses, phase unknown
  and known) and the recorded corpora ``recorded``, ``recorded2``, ``recorded3`` (phase unknown and known);
* **tuning** rows: ``tuning/short``, ``tuning/long`` (``anomaly/traces.py`` seeds 9000+) and ``tuning/diverse``
  (+phase) (``anomaly/tuning.py`` evaluation seeds): the families both weights were trained on, other seeds;
* **seen generator** rows: generators 15-19, their 8 rows each at their benchmark seeds (12 traces x 6,000
  points per pause setting). The wide weights were trained on these families (other seeds): these rows are
  not a held-out test of the wide weights. Generators 20-21 are not run (off limits to helpers).

    python benchmarks/anomaly_wide.py                                   # everything, writes anomaly_wide.json
    python benchmarks/anomaly_wide.py --sections honest --out /tmp/a.json   # a part
    python benchmarks/anomaly_wide.py --merge /tmp/a.json /tmp/b.json   # parts -> anomaly_wide.json

``--wide-files PLAIN PHASE`` puts other weight files in the wide column (session 19's confound checks: the
shipped data at 5,000 steps, ``python -m anomaly.train_global --steps 5000 [--phase] --out F``, and the wide data
at 8,000, ``--wide --steps 8000``; both deterministic from the seed), for example

    python benchmarks/anomaly_wide.py --wide-files /tmp/s5000.npz /tmp/s5000_phase.npz --sections honest tuning \
        --out benchmarks/results/anomaly_wide_shipped5000.json
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from anomaly import ThroughputDetector  # noqa: E402
from anomaly.heldout import HELDOUT_SEEDS, heldout_set  # noqa: E402
from anomaly.traces import make_trace  # noqa: E402
from anomaly.tuning import make_tuning  # noqa: E402
from benchmarks.anomaly import (DIVERSE_SEEDS, HELDOUT3_POINTS, detectors, evaluate, extra_rows,  # noqa: E402
                                phase_known, recorded_traces)

OUT = Path(__file__).resolve().parent / "results" / "anomaly_wide.json"
SHIPPED, WIDE, NAIVE = "shipped: ThroughputDetector(lstm)", "wide: ThroughputDetector(lstm, weights=wide)", \
    "ablation: naive forecaster"
GENERATORS = (15, 16, 17, 18, 19)
SECTIONS = ("honest", "tuning", *(str(g) for g in GENERATORS))


def dets() -> dict:
    d = detectors()
    return {SHIPPED: d["ours: ThroughputDetector(lstm)"],
            WIDE: lambda s: ThroughputDetector("lstm", weights="wide", seed=s),
            NAIVE: d["ablation: naive forecaster"]}


def run_section(sec: str, results: dict, rows: list, n_ho: int = 8, n_pts: int = 4000) -> None:
    d = dets()
    if sec == "honest":
        for fam in ("short", "long"):
            ho = heldout_set(fam, n_pts, list(HELDOUT_SEEDS)[:n_ho])
            evaluate(ho, d, f"held-out/{fam}", "honest: held-out", results, rows)
            evaluate(phase_known(ho), d, f"held-out/{fam}+phase", "honest: held-out", results, rows)
        from anomaly.corpus import RECORDED, RECORDED2, RECORDED3
        for name, path in (("recorded", RECORDED), ("recorded2", RECORDED2), ("recorded3", RECORDED3)):
            rec, _, _ = recorded_traces(path)
            if rec:
                evaluate(rec, d, name, "honest: recorded", results, rows)
                evaluate(phase_known(rec, [t.pause_known_mask for t in rec]), d, f"{name}+phase",
                         "honest: recorded", results, rows)
    elif sec == "tuning":
        for fam in ("short", "long"):
            evaluate([make_trace(9000 + i, n_pts, pauses=fam) for i in range(3)], d, f"tuning/{fam}", "tuning",
                     results, rows)
        diverse = [make_tuning(s) for s in list(DIVERSE_SEEDS)[:24]]
        evaluate(diverse, d, "tuning/diverse", "tuning", results, rows)
        evaluate(phase_known(diverse), d, "tuning/diverse+phase", "tuning", results, rows)
    else:
        results.setdefault("config", {})
        before = len(rows)
        extra_rows(f"heldout{int(sec)}", d, results, rows, HELDOUT3_POINTS)
        for k in range(before, len(rows)):  # trained on these families (other seeds): not held out for "wide"
            s, _, name, e = rows[k]
            e["role"] = "seen generator (wide trained on its family, other seeds)"
            rows[k] = (s, e["role"], name, e)


def summary(results: dict) -> dict:
    """Per generator (and per honest/tuning group): events, caught, false alarms summed over its rows, mean F1."""
    out = {}
    for s, row in results.items():
        if not isinstance(row, dict) or SHIPPED not in row:
            continue
        g = s.split("/")[0] if s.startswith("held-out") and s.split("/")[0] != "held-out" else \
            "honest: held-out" if s.startswith("held-out/") else "honest: recorded" if s.startswith("recorded") \
            else "tuning"
        for name, e in row.items():
            t = out.setdefault(g, {}).setdefault(name, {"rows": 0, "events": 0, "caught": 0, "false_alarms": 0,
                                                        "points": 0, "f1_sum": 0.0})
            t["rows"] += 1
            for k in ("events", "caught", "false_alarms", "points"):
                t[k] += e[k]
            t["f1_sum"] += e["f1"]
    for g in out.values():
        for t in g.values():
            t["mean_f1"] = t.pop("f1_sum") / t["rows"]
            t["false_alarms_per_10k"] = 1e4 * t["false_alarms"] / max(t["points"], 1)
    return out


def print_table(results: dict) -> None:
    names = (SHIPPED, WIDE, NAIVE)
    print("| set | role | F1 shipped / wide / naive | caught (of events) shipped / wide / naive | "
          "false alarms per 10k shipped / wide / naive |")
    print("|---|---|---|---|---|")
    order = sorted((s for s, r in results.items() if isinstance(r, dict) and SHIPPED in r),
                   key=lambda s: (0 if s.startswith("held-out/") else 1 if s.startswith("recorded") else
                                  2 if s.startswith("tuning") else 3, s))
    for s in order:
        r = results[s]
        if not all(n in r for n in names):
            continue
        print(f"| {s} | {r[SHIPPED]['role']} | " + " / ".join(f"{r[n]['f1']:.3f}" for n in names)
              + " | " + " / ".join(str(r[n]['caught']) for n in names) + f" ({r[SHIPPED]['events']}) | "
              + " / ".join(f"{r[n]['false_alarms_per_10k']:.2f}" for n in names) + " |")
    print("\n| group | rows | mean F1 shipped / wide / naive | caught (of events) | false alarms per 10k |")
    print("|---|---|---|---|---|")
    groups = results.get("summary", {})
    for g in sorted(groups, key=lambda g: (0 if g.startswith("honest") else 1 if g == "tuning" else 2, g)):
        t = groups[g]
        if not all(n in t for n in names):
            continue
        print(f"| {g} | {t[SHIPPED]['rows']} | " + " / ".join(f"{t[n]['mean_f1']:.3f}" for n in names)
              + " | " + " / ".join(str(t[n]['caught']) for n in names) + f" ({t[SHIPPED]['events']}) | "
              + " / ".join(f"{t[n]['false_alarms_per_10k']:.2f}" for n in names) + " |")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sections", nargs="+", default=list(SECTIONS), choices=SECTIONS)
    p.add_argument("--out", type=Path, default=OUT)
    p.add_argument("--merge", nargs="+", type=Path, default=None, help="merge part files into --out (no runs)")
    p.add_argument("--wide-files", nargs=2, type=Path, default=None, metavar=("PLAIN", "PHASE"),
                   help="weight files for the wide column instead of the shipped wide ones (a confound check)")
    a = p.parse_args(argv)
    if a.wide_files:
        missing = [str(f) for f in a.wide_files if not f.is_file()]
        if missing:
            p.error(f"--wide-files: no such file: {', '.join(missing)} (weights written by python -m "
                    "anomaly.train_global --out F)")
        from anomaly.global_model import WEIGHT_SETS
        WEIGHT_SETS["wide"] = tuple(a.wide_files)
    t0, load0 = time.perf_counter(), os.getloadavg()[0]
    if a.merge:
        results: dict = {"config": {}, "parts": []}
        for f in a.merge:
            part = json.loads(f.read_text())
            results["config"].update(part.pop("config", {}))
            results["parts"].append({"sections": part.pop("sections"), "wall_s": part.pop("wall_s"),
                                     "host_load_1m": part.pop("host_load_1m")})
            part.pop("summary", None)
            results.update(part)
    else:
        results = {"config": {"heldout_traces": 8, "points": 4000, "heldout_seeds": list(HELDOUT_SEEDS)[:8],
                              "wide_files": [f.name for f in a.wide_files] if a.wide_files else None},
                   "sections": a.sections}
        rows: list = []
        for sec in a.sections:
            run_section(sec, results, rows)
        results["wall_s"] = time.perf_counter() - t0
        results["host_load_1m"] = [load0, os.getloadavg()[0]]
    results["summary"] = summary(results)
    print_table(results)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(results, indent=2, sort_keys=True, default=float) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
