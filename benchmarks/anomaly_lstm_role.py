"""Why the LSTM detector raises more false alarms than its forecaster ablations when the phase is known (session 23,
helper ``lstmrole``), and the LSTM's margin under ``shelf_follow`` (an option, off by default).

Issue 15 asks the LSTM forecaster to be load-bearing: on the long-pause rows the LSTM detector must beat the same
detector with a naive (last-value) and an ETS forecaster by >= 0.03 F1. With the phase known it failed on generators
20-22 and 24. This benchmark runs, on the ``short+phase`` and ``long+phase`` rows of the seen generators (3-228; built
by ``benchmarks/anomaly_stuck.py::build_sets``), today's default ``ThroughputDetector("lstm")``, the same with
``shelf_follow=60``, ``ThroughputDetector(NaiveForecaster())`` (the benchmark's "ablation: naive forecaster") and
``ThroughputDetector("ets")``, with ``Side.update`` instrumented (the rule unchanged): per point the median forecast
``q50`` (log units relative to the reference level), ``u`` and the CUSUM; at each alert run's start the rule that
fired it is the detector's ``DetectionResult.started_by`` (``cusum``, ``level`` test, ``burst``, or ``escalation``;
session 24: before, this script read it from the side's state and named an escalation's run ``escalated``).

Diagnosis: each false alert run (charged to no event, the scorer's rule) of the LSTM detector that the naive one does
not have (no naive flag within 30 points of it), and vice versa, is classed by where it starts relative to the last
known pause's end, by the rule that fired it, and summarised by the mean ``q50`` of both detectors and ``u`` over its
last 11 points up to its start; with ``--why-ets`` the same against ETS. The CUSUM evidence of the LSTM's unique
runs is split by the points' distance from the last pause's end.

These generators are seen data: everything here is tuning data (``shelf_follow=60`` was picked on generators 20 and
24 from 60 and 120). Generators 229 and later are blind: asked for, the script exits with code 2 and one line.

    python benchmarks/anomaly_lstm_role.py                  # generators 3-24 (30 minutes here beside another run)
    python benchmarks/anomaly_lstm_role.py --gens 24        # one generator

Writes ``benchmarks/results/anomaly_lstm_role.json`` (partial after each generator). Session 23's file: generators 3-24;
the summary is in ``docs/results/anomaly.md`` (section "Session 23 (helper ``lstmrole``)"): 124 false runs of the LSTM
the naive ablation does not have (5 the other way), 116 fired by the CUSUM on a healthy shelf ~15 % below the reference
that the LSTM forecasts back up; ``shelf_follow=60`` cuts false alarms by a fifth but loses 26 / 34 catches.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from anomaly.detector import ThroughputDetector  # noqa: E402
from anomaly.evaluation import AlertScore, NaiveForecaster, alert_runs, charge_runs, score_alerts  # noqa: E402
from benchmarks.anomaly_misses import SEEN, BlindGenerator, parse_gens  # noqa: E402

OUT = Path(__file__).resolve().parent / "results" / "anomaly_lstm_role.json"
FIRST, LAST_SEEN = SEEN  # generators after LAST_SEEN are blind: never built here
ROWS = ("short+phase", "long+phase")
NEAR = 30  # a false run is the detector's own when the other has no flag within this many points of it
LOOK = 10  # forecasts are compared over the LOOK + 1 points up to a run's start
DETECTORS = {
    "lstm": lambda s: ThroughputDetector("lstm", seed=s),
    "lstm shelf_follow=60": lambda s: ThroughputDetector("lstm", seed=s, shelf_follow=60),
    "naive": lambda s: ThroughputDetector(NaiveForecaster(), seed=s),
    "ets": lambda s: ThroughputDetector("ets", seed=s),
}
BUCKETS = ((10, "1-10"), (30, "11-30"), (60, "31-60"), (200, "61-200"), (10 ** 9, ">200"))
EVIDENCE = ((1, 10, "1-10"), (11, 30, "11-30"), (31, 60, "31-60"), (61, 10 ** 9, ">60"))


def instrument():
    """Wrap ``Side.update`` (the degradation side) to record per point ``q50``, ``u`` and the CUSUM into the returned
    dict of lists (the rule itself is unchanged)."""
    from anomaly import side as side_mod

    rec: dict[str, list] = {}
    orig = side_mod.Side.update

    def update(self, y, pause=None, change=False):
        if self.sign < 0:
            return orig(self, y, pause, change)
        lev = self.ref.level
        out = orig(self, y, pause, change)
        lev = y if lev is None else lev
        rec["q50"].append(self.last.forecast - lev)
        rec["u"].append(y - lev)
        rec["cusum"].append(self.cusum)
        return out

    side_mod.Side.update = update
    return rec


def run_trace(rec: dict, factory, tr, i: int) -> dict:
    from benchmarks import anomaly as bench

    for k in ("q50", "u", "cusum"):
        rec[k] = []
    results: list = []
    flags, _, err = bench.run_one(factory, tr.values, tr.timestamps, i, tr.pause_known, results=results)
    if err:
        raise RuntimeError(err)
    out = {k: np.asarray(v) for k, v in rec.items()}
    out["flags"] = np.asarray(flags, bool)
    # the rule that started each alert run, at its first point ("" elsewhere)
    out["cause"] = np.asarray([(r.started_by or "") if r is not None else "" for r in results], object)
    return out


def since_pause(n: int, pauses) -> np.ndarray:
    """Per point: 0 inside a known pause, else the points since the last pause point (10**9 before the first)."""
    out = np.full(n, 10 ** 9)
    pm = np.zeros(n, bool)
    for a, b in pauses:
        pm[a:b] = True
    last = None
    for t in range(n):
        if pm[t]:
            last, out[t] = t, 0
        elif last is not None:
            out[t] = t - last
    return out


def own_false_runs(a: dict, b: dict, tr, since: np.ndarray) -> list[dict]:
    """The false alert runs of ``a`` with no flag of ``b`` within ``NEAR`` points."""
    n = len(a["flags"])
    runs = alert_runs(a["flags"])
    _, charged, _ = charge_runs(runs, tr.events, n)
    out = []
    for s, e in runs:
        if s in charged or b["flags"][max(0, s - NEAR):min(n, e + NEAR)].any():
            continue
        w = slice(max(0, s - LOOK), s + 1)
        cause = a["cause"][s] or "?"
        d = int(since[s])
        pos = "in a pause" if d == 0 else "no pause before" if d >= 10 ** 9 else next(k for lim, k in BUCKETS
                                                                                          if d <= lim)
        c = a["cusum"]
        x = s  # the CUSUM excursion that fired it: back to its last zero
        while x > 0 and c[x - 1] > 0:
            x -= 1
        inc = np.clip(np.diff(np.concatenate([[0.0], c[x:s + 1]])), 0.0, None)
        ev = {k: float(inc[(since[x:s + 1] >= lo) & (since[x:s + 1] <= hi)].sum()) for lo, hi, k in EVIDENCE}
        out.append({"start": s, "len": e - s, "since_pause": d, "position": pos, "rule": cause,
                    "q50": float(np.median(a["q50"][w])), "q50_other": float(np.median(b["q50"][w])),
                    "u": float(np.median(a["u"][w])), "evidence": ev})
    return out


def summarise_runs(runs: list[dict]) -> dict:
    ev = Counter()
    for r in runs:
        ev.update(r["evidence"])
    tot = sum(ev.values()) or 1.0
    med = (lambda k: float(np.median([r[k] for r in runs]))) if runs else (lambda k: float("nan"))
    return {"runs": len(runs), "position": dict(Counter(r["position"] for r in runs)),
            "rule": dict(Counter(r["rule"] for r in runs)), "median_q50": med("q50"),
            "median_q50_other": med("q50_other"), "median_u": med("u"), "median_len": med("len"),
            "evidence_share_by_points_after_pause": {k: ev[k] / tot for _, _, k in EVIDENCE}}


def results(gens, rows: dict, why: dict, wall_s: float) -> dict:
    """The results file's content: per row and detector the scorer's numbers, their sums per row kind, the LSTM's
    margins (summed F1 difference over the rows, divided by their count) and the false runs' summary."""
    total: dict = {}
    for r in rows.values():
        for d, e in r["detectors"].items():
            t = total.setdefault(r["row"], {}).setdefault(d, {"f1_sum": 0.0, "caught": 0, "events": 0,
                                                               "false_alarms": 0, "points": 0, "rows": 0})
            t["f1_sum"] += e["f1"]
            t["rows"] += 1
            for k in ("caught", "events", "false_alarms", "points"):
                t[k] += e[k]
    for row in total.values():
        for t in row.values():
            t["fa_per_10k"] = 1e4 * t["false_alarms"] / max(t["points"], 1)
        for opt in ("lstm", "lstm shelf_follow=60"):
            row[f"margin: {opt}"] = {b: (row[opt]["f1_sum"] - row[b]["f1_sum"]) / row[opt]["rows"]
                                     for b in ("naive", "ets")}
    return {"gens": gens, "note": "seen generators: tuning data", "rows": rows, "total": total,
            "why": {k: {r: summarise_runs(v) for r, v in x.items()} for k, x in why.items()},
            "why_runs": why, "wall_s": wall_s}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--gens", default=f"{FIRST}-{LAST_SEEN}", help=f"seen generators, e.g. {FIRST}-{LAST_SEEN} or 24")
    p.add_argument("--out", type=Path, default=OUT)
    a = p.parse_args(argv)
    try:
        gens = parse_gens(a.gens)
    except BlindGenerator as exc:
        print(f"anomaly_lstm_role: {exc}", file=sys.stderr)
        return 2
    from anomaly import side as side_mod
    from benchmarks.anomaly_stuck import build_sets

    update = side_mod.Side.update
    try:
        return _measure(a, gens, instrument(), build_sets)
    finally:
        side_mod.Side.update = update  # instrument() wrapped it


def _measure(a, gens: list[int], rec: dict, build_sets) -> int:
    """The three detectors on the ``+phase`` rows of ``gens``, ``rec`` filled by the wrapped ``Side.update``."""
    rows: dict = {}
    why: dict = {f"{x} not {y}": {r: [] for r in ROWS}
                 for x, y in (("lstm", "naive"), ("naive", "lstm"), ("lstm", "ets"), ("ets", "lstm"))}
    t0 = time.perf_counter()
    for g in gens:
        for _, _, name, traces in build_sets([g], False):
            row = name.split("/", 1)[1]
            if row not in ROWS:
                continue
            scores = {d: AlertScore() for d in DETECTORS}
            for i, tr in enumerate(traces):
                res = {d: run_trace(rec, f, tr, i) for d, f in DETECTORS.items()}
                for d in DETECTORS:
                    scores[d] += score_alerts(res[d]["flags"], tr.events)
                since = since_pause(len(tr.values), tr.pauses)
                for key in why:
                    x, _, y = key.split()
                    for r in own_false_runs(res[x], res[y], tr, since):
                        why[key][row].append({"gen": g, "trace": i, **r})
            rows[name] = {"gen": g, "row": row, "detectors": {d: s.as_dict() for d, s in scores.items()}}
            print(f"{name:26s} " + " | ".join(f"{d} {s.as_dict()['f1']:.3f}/{s.false_alarms}" for d, s in
                                             scores.items()), file=sys.stderr, flush=True)
        out = results(gens, rows, why, time.perf_counter() - t0)
        a.out.parent.mkdir(parents=True, exist_ok=True)
        a.out.write_text(json.dumps(out, indent=1, sort_keys=True, default=float) + "\n")  # partial results
    for row, t in results(gens, rows, why, time.perf_counter() - t0)["total"].items():
        for d, e in t.items():
            print(row, d, json.dumps(e, default=float))
    return 0


if __name__ == "__main__":
    sys.exit(main())
