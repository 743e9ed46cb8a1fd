"""The residual chart's leak guard (session 19), on SEEN data only: the plain rule, the default and guarded variants
side by side on the same traces.

``ThroughputDetector(residual_ar=0.7)`` (the residual chart, the default in sessions 18-19, an option since generator
20's look) learns a slow leak that raises no alert as health (:mod:`anomaly.residual_ar`). ``leak_guard=c`` stops the
AR(1) fit learning while the median of the last 200 healthy-looking residuals lies more than ``c`` robust spreads below the fitted ``mu``; ``leak_plain=True`` also scores
the shortfall by the plain rule while the guard holds. Rows are computed by ``benchmarks/anomaly.py``'s functions
(``evaluate``, ``phase_known``, ``raise_pauses``, ``extra_rows``; unchanged), 12 traces x 6,000 points per generator
row. Sets: the tuning family (diverse, diverse+phase, raised), the held-out sets of ``anomaly/heldout.py`` (short,
long, +phase), the recorded corpora, generators 3-19 (all seen; generators 20-21 are not touched).

    python benchmarks/anomaly_leak_guard.py --part tuning            # tuning family and held-out sets
    python benchmarks/anomaly_leak_guard.py --part g15 --gens 15 16  # named generators
    python benchmarks/anomaly_leak_guard.py --merge                  # parts -> results/anomaly_leak_guard.json

Each part writes ``results/anomaly_leak_guard_<part>.json``; ``--merge`` gathers every part into one table with
per-row F1, events caught and false alarms per 10k points for each variant, and the sums per generator.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from anomaly.detector import ThroughputDetector  # noqa: E402
from anomaly.heldout import HELDOUT_SEEDS, heldout_set  # noqa: E402
from anomaly.traces import make_trace  # noqa: E402
from anomaly.tuning import make_tuning  # noqa: E402
from benchmarks import anomaly as bench  # noqa: E402

VARIANTS = {
    "plain (residual_ar=0)": lambda s: ThroughputDetector("lstm", seed=s, residual_ar=0),
    "chart (residual_ar=0.7, the default in sessions 18-19)":
        lambda s: ThroughputDetector("lstm", seed=s, residual_ar=0.7),
    "guard freeze (leak_guard=1.5)": lambda s: ThroughputDetector("lstm", seed=s, residual_ar=0.7, leak_guard=1.5),
    "guard plain (leak_guard=1.5, leak_plain)":
        lambda s: ThroughputDetector("lstm", seed=s, residual_ar=0.7, leak_guard=1.5, leak_plain=True),
}
#: stricter guards, measured in a second run on the same traces (``--variants strict``)
STRICT = {
    "guard freeze (leak_guard=2.5)": lambda s: ThroughputDetector("lstm", seed=s, residual_ar=0.7, leak_guard=2.5),
    "guard plain (leak_guard=2.5, leak_plain)":
        lambda s: ThroughputDetector("lstm", seed=s, residual_ar=0.7, leak_guard=2.5, leak_plain=True),
}
#: with a floor margin of half the detector's ``min_drop`` (``--variants margin``, a third run on the same traces)
MARGIN = {
    "guard freeze (leak_guard=1.5, leak_margin=0.025)":
        lambda s: ThroughputDetector("lstm", seed=s, residual_ar=0.7, leak_guard=1.5, leak_margin=0.025),
    "guard plain (leak_guard=1.5, leak_margin=0.025, leak_plain)":
        lambda s: ThroughputDetector("lstm", seed=s, residual_ar=0.7, leak_guard=1.5, leak_margin=0.025,
                                     leak_plain=True),
}
RES = Path(__file__).resolve().parent / "results"
OUT = RES / "anomaly_leak_guard.json"
KEEP = ("f1", "caught", "events", "false_alarms", "false_alarms_per_10k", "points", "precision", "recall",
        "median_delay", "wall_s", "errors")


def tuning_part(dets: dict, results: dict, rows: list) -> None:
    diverse = [make_tuning(s) for s in list(bench.DIVERSE_SEEDS)[:24]]
    bench.evaluate(diverse, dets, "tuning/diverse", "tuning", results, rows)
    bench.evaluate(bench.phase_known(diverse), dets, "tuning/diverse+phase", "tuning", results, rows)
    raised = [bench.raise_pauses(t, i) for i, t in enumerate(diverse)]
    raised += [bench.raise_pauses(make_trace(9100 + i, 4000, pauses="long"), 100 + i) for i in range(8)]
    bench.evaluate(raised, dets, "tuning/raised", "tuning", results, rows)
    for fam in ("short", "long"):
        ho = heldout_set(fam, 4000, list(HELDOUT_SEEDS)[:8])
        bench.evaluate(ho, dets, f"held-out/{fam}", "held-out", results, rows)
        bench.evaluate(bench.phase_known(ho), dets, f"held-out/{fam}+phase", "held-out", results, rows)


def recorded_part(dets: dict, results: dict, rows: list) -> None:
    from anomaly.corpus import RECORDED, RECORDED2, RECORDED3

    for name, path in (("recorded", RECORDED), ("recorded2", RECORDED2), ("recorded3", RECORDED3)):
        rec, _, _ = bench.recorded_traces(path)
        if rec:
            bench.evaluate(rec, dets, name, "held-out", results, rows)
            bench.evaluate(bench.phase_known(rec, [t.pause_known_mask for t in rec]), dets, f"{name}+phase",
                           "held-out", results, rows)


def run_part(part: str, gens: list[int], strict: bool = False, margin: bool = False) -> int:
    results: dict = {"config": {}}
    rows: list = []
    dets = dict(STRICT if strict else MARGIN if margin else VARIANTS)
    t0 = time.perf_counter()
    path = RES / f"anomaly_leak_guard_{part}.json"

    def save(done: list) -> None:  # after each set of rows: a part cut short keeps what it finished
        out = {"part": part, "gens": gens, "done": done, "wall_s": time.perf_counter() - t0,
               "config": results["config"], "rows": {s: {v: {k: e[k] for k in KEEP} for v, e in d.items()}
                                                     for s, d in results.items() if s != "config"}}
        path.write_text(json.dumps(out, indent=1, sort_keys=True, default=float) + "\n")

    done: list = []
    if part.startswith("tuning"):
        tuning_part(dets, results, rows)
        done.append("tuning")
    elif part.startswith("recorded"):
        recorded_part(dets, results, rows)
        done.append("recorded")
    save(done)
    for g in gens:
        if g < 3 or g > 19:
            raise SystemExit(f"generator {g}: only the seen generators 3-19")
        bench.extra_rows(f"heldout{g}", dets, results, rows, bench.HELDOUT3_POINTS)
        done.append(g)
        save(done)
    print(f"wrote {path} ({time.perf_counter() - t0:.0f}s)", file=sys.stderr)
    return 0


def group(row: str) -> str:
    head = row.split("/")[0].split("+")[0]
    if head.startswith("recorded"):
        return "recorded corpora"
    return head if head.startswith("held-out") and head != "held-out" else "tuning family + held-out (heldout.py)"


def merge() -> int:
    rows: dict = {}
    parts = sorted(RES.glob("anomaly_leak_guard_*.json"))
    for p in parts:
        for row, d in json.loads(p.read_text())["rows"].items():
            rows.setdefault(row, {}).update(d)
    sums: dict = {}
    for row, d in rows.items():
        g = sums.setdefault(group(row), {})
        for v, e in d.items():
            s = g.setdefault(v, {"rows": 0, "f1_sum": 0.0, "caught": 0, "events": 0, "false_alarms": 0, "points": 0})
            s["rows"] += 1
            s["f1_sum"] += e["f1"]
            for k in ("caught", "events", "false_alarms", "points"):
                s[k] += e[k]
    for g in sums.values():
        for s in g.values():
            s["false_alarms_per_10k"] = 1e4 * s["false_alarms"] / max(s["points"], 1)
    out = {"note": "session 19 leak-guard study, SEEN data only (tuning family, anomaly/heldout.py, recorded corpora, "
                   "generators 3-19; 12 traces x 6,000 points per generator row); every variant on the same traces "
                   "in one run per part; sums: F1 summed over rows, events caught, false alarms per 10k points",
           "variants": list(VARIANTS), "strict_variants": list(STRICT), "margin_variants": list(MARGIN), "parts": [p.name for p in parts], "rows": rows, "sums": sums}
    OUT.write_text(json.dumps(out, indent=1, sort_keys=True, default=float) + "\n")
    names = [n for n in [*VARIANTS, *STRICT, *MARGIN] if any(n in d for d in rows.values())]
    print("| row | " + " | ".join(f"{n}: F1 / caught / FA10k" for n in names) + " |")
    for row in sorted(rows):
        print(f"| {row} ({rows[row][names[0]]['events']}) | " + " | ".join(
            f"{rows[row][n]['f1']:.3f} / {rows[row][n]['caught']} / {rows[row][n]['false_alarms_per_10k']:.2f}"
            if n in rows[row] else "-" for n in names) + " |")
    for gname in sorted(sums):
        g = sums[gname]
        print(f"| **{gname}** sum ({g[names[0]]['rows']} rows, {g[names[0]]['events']} events) | " + " | ".join(
            f"{g[n]['f1_sum']:.3f} / {g[n]['caught']} / {g[n]['false_alarms_per_10k']:.2f}" if n in g else "-"
            for n in names) + " |")
    return 0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--part", default=None, help="a part's name: tuning, recorded, or any name for --gens alone")
    p.add_argument("--gens", type=int, nargs="*", default=[], help="seen generators (3-19)")
    p.add_argument("--strict", action="store_true", help="the stricter guards (STRICT) instead of VARIANTS")
    p.add_argument("--margin", action="store_true", help="the guards with a floor margin (MARGIN) instead")
    p.add_argument("--merge", action="store_true", help="gather the parts into results/anomaly_leak_guard.json")
    a = p.parse_args(argv)
    if a.part:
        run_part(a.part, a.gens, a.strict, a.margin)
    if a.merge:
        merge()
    return 0


if __name__ == "__main__":
    sys.exit(main())
