"""What starts the false alarms that remain when the detector is told (session 23, helper ``toldfa``).

``benchmarks/anomaly_false_runs.py`` looked at the long false runs (>= 1,000 points), mostly in sets where the detector
is told nothing. This script looks at *every* false-alarm run (an alert run charged to no event by
``anomaly/evaluation.py::charge_runs``) in the rows where the detector is told the most, ``+phase+changes`` (the known
pauses and the listed planned changes), both pause settings, of the seen generators 13-24 (25-228 are seen
since their looks; 229 and later are blind and refused with exit code 2). Detector and runner: today's default,
``ThroughputDetector("lstm", seed=i)`` through ``benchmarks/anomaly.py::run_one`` (sets from
``benchmarks/anomaly_stuck.py::build_sets``), with the detector's ``Side`` observed (its methods wrapped in this
process only; the decisions are unchanged) for the CUSUM's state where each alert started. Per false run:

* ``rule``: what started the alert, the detector's own ``DetectionResult.started_by`` at the run's first point (session
  24; before, this script inferred it from the wrapped methods and left an escalation's run ``unknown``): ``cusum``
  (the CUSUM, a residual chart by default, reached its interval with ``persistence`` contributing points), ``level``
  (the level test, :mod:`anomaly.level`), ``burst`` (the burst rule alone) or ``escalation`` (a held alert escalated:
  the previous run ended at one point); ``cusum``, ``hits``, ``burst_alarm``: the side's CUSUM, its contributing
  points and whether the alert is a straggler's, where the alert started (an escalation's: at the ``escalated``
  point); ``excursion``: points since the CUSUM was last 0 (a slow drift vs a sudden drop); ``ar_shift``: the
  residual chart's mean correction of the median forecast over the last 20 scored points (log units; > 0: the
  chart expected more than the forecaster);
* ``length``, ``ended`` (the state at the point after the run: ``normal`` = recovered, ``rebased``, ``adapted``,
  ``escalated``, or ``trace end``);
* ``since_pause`` / ``since_change`` / ``since_event`` / ``since_gap``: points from the last known pause's end, listed
  change, event end, timestamp gap (a step > 3 x the median step) to the start (None when none before it);
* ``depth``: median log-rate over the run's first ``HEAD`` points (outside pause spans and the point after each) less
  that over the ``PRE`` points before the ``LEAD`` points before its start (where the evidence was gathered: a CUSUM
  excursion lasts ~20-60 points), as a ratio - 1; ``healthy_depth`` the same on the trace's healthy twin
  (``Trace.healthy``: the same run without its regressions); ``regressed``: the share of the run's points where the
  values differ from the healthy twin over its first ``HEAD`` points (a regression's residue outside its scored
  span); ``masks``: the onsets of events under the run (``s < onset < e``: it started early and hides them);
* ``cause``: the first that holds, in this order: ``event residue`` (``regressed`` >= 0.2: the run starts on a
  regression's changed points, after its charge window), ``after a listed change`` (``since_change`` <=
  ``NEAR_CHANGE``), ``after a timestamp gap`` (``since_gap`` <= ``NEAR``), ``after a pause`` (``since_pause`` <=
  ``NEAR``), ``healthy dip`` (the healthy twin falls by at least ``DIP`` below its pre-run level over the run's first
  points: the run's healthy behaviour, e.g. a data-stream slowdown, really dips), else ``noise`` (nothing listed near,
  the healthy level does not dip).

    python benchmarks/anomaly_told_fa.py                  # generators 13-24 (~5 minutes on one core)
    python benchmarks/anomaly_told_fa.py --tables-only    # the stored runs' tables

Writes ``benchmarks/results/anomaly_told_fa.json`` (one record per false run, the tables) and prints the tables.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections import deque
from contextlib import contextmanager
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from anomaly.evaluation import alert_runs, charge_runs  # noqa: E402
from benchmarks.anomaly_misses import (  # noqa: E402
    GRACE, MAX_DELAY, PRE, SEEN, BlindGenerator, bucket, log_values, parse_gens)

OUT = Path(__file__).resolve().parent / "results" / "anomaly_told_fa.json"
DEFAULT_GENS = "13-24"
ROW = "+phase+changes"  # the rows looked at
HEAD = 60  # the run's first points for its depth ...
LEAD = 60  # ... against the PRE points before the LEAD points before its start (where the CUSUM gathered evidence)
NEAR = 60  # a start this many points after a pause's end or a gap is "after" it (the detector's settle window)
NEAR_CHANGE = 300  # ... after a listed change (its settling, then the moved reference)
GAP = 3.0  # a timestamp step this many times the median step is a gap
DIP = 0.03  # the healthy twin this far (log) below its pre-run level: a healthy dip
RESIDUE = 0.2  # this share of the run's points changed by a regression: a regression's residue
CAUSES = ("event residue", "after a listed change", "after a timestamp gap", "after a pause", "healthy dip", "noise")
RULES = ("cusum", "level", "burst", "escalation")
LENGTH_BUCKETS = ((30, "<30"), (100, "30-99"), (300, "100-299"), (1000, "300-999"), (math.inf, ">=1000"))
DEPTH_BUCKETS = ((-0.15, "< -15 %"), (-0.08, "-15..-8 %"), (-0.04, "-8..-4 %"), (0.0, "-4..0 %"), (math.inf, ">= 0"))


class Observer:
    """Where each alert started and by which rule, recorded by wrapping ``anomaly.side.Side`` (decisions unchanged).

    ``point`` is the trace index of the current ``update`` (counted by the wrapped ``ThroughputDetector.update``);
    ``starts[point]`` the record of the alert run whose first flagged point that is (its ``rule`` the result's
    ``started_by``; the CUSUM's state where the side started the alert, ``pending`` until the run's first point)."""

    def __init__(self) -> None:
        self.point = -1
        self.starts: dict[int, dict] = {}
        self.pending: dict = {}

    def reset(self) -> None:
        self.point = -1
        self.starts = {}
        self.pending = {}


OBS = Observer()


@contextmanager
def observed():
    """Wrap ``ThroughputDetector.update``, ``Side.update``, ``Side._start_alarm`` and ``ResidualAR.correct`` to fill
    :data:`OBS`; restore them on exit."""
    from anomaly.detector import ThroughputDetector
    from anomaly.residual_ar import ResidualAR
    from anomaly.side import Side

    orig = (ThroughputDetector.update, Side.update, Side._start_alarm, ResidualAR.correct)
    det_update, side_update, start_alarm, correct = orig
    current: dict = {}  # the side being updated

    def d_update(self, value, timestamp=None, pause=None, change=False):
        OBS.point += 1
        r = det_update(self, value, timestamp, pause, change)
        if r.started_by is not None:  # the first point of an alert run: the rule that started it
            OBS.starts[OBS.point] = {**OBS.pending, "rule": r.started_by}
            OBS.pending = {}
        return r

    def s_update(self, y, pause=None, change=False):
        if not hasattr(self, "_tfa_shift"):
            self._tfa_shift, self._tfa_zero = deque(maxlen=20), 0
        current.update(side=self)
        out = side_update(self, y, pause, change)
        if self.cusum == 0.0:
            self._tfa_zero = OBS.point
        return out

    def s_start(self, burst_alarm):
        side = self
        shift = getattr(side, "_tfa_shift", None)
        OBS.pending = {"cusum": float(side.cusum), "hits": int(side.hits),
                       "excursion": OBS.point - getattr(side, "_tfa_zero", 0),
                       "ar_shift": float(np.mean(shift)) if shift else 0.0, "burst_alarm": bool(burst_alarm)}
        return start_alarm(self, burst_alarm)

    def r_correct(self, q50, spread):
        q50c, spreadc = correct(self, q50, spread)
        side = current.get("side")
        if side is not None and hasattr(side, "_tfa_shift"):
            side._tfa_shift.append(q50c - q50)
        return q50c, spreadc

    ThroughputDetector.update, Side.update, Side._start_alarm = d_update, s_update, s_start
    ResidualAR.correct = r_correct
    try:
        yield OBS
    finally:
        ThroughputDetector.update, Side.update, Side._start_alarm, ResidualAR.correct = orig


def _since(marks, start: int) -> int | None:
    before = [start - x for x in marks if x <= start]
    return min(before) if before else None


def _level(values, pauses, a: int, b: int) -> float | None:
    v = log_values(values, pauses, a, b)
    return float(np.median(v)) if len(v) >= 10 else None


def cause_of(r: dict) -> str:
    """The first cause (module docstring) that holds for a run record."""
    near = (lambda k, lim: r[k] is not None and r[k] <= lim)
    if r["regressed"] >= RESIDUE:
        return "event residue"
    if near("since_change", NEAR_CHANGE):
        return "after a listed change"
    if near("since_gap", NEAR):
        return "after a timestamp gap"
    if near("since_pause", NEAR):
        return "after a pause"
    if r["healthy_depth"] is not None and r["healthy_depth"] <= math.expm1(-DIP):
        return "healthy dip"
    return "noise"


def false_runs(trace, flags, states, starts: dict) -> list[dict]:
    """One record (module docstring) per alert run of ``flags`` charged to no event."""
    n = len(flags)
    runs = alert_runs(flags)
    _, charged, _ = charge_runs(runs, trace.events, n, MAX_DELAY, GRACE)
    ts = np.asarray(trace.timestamps, float)
    dt = np.diff(ts)
    gaps = [i + 1 for i in np.nonzero(dt > GAP * np.median(dt))[0]] if len(dt) else []
    healthy = trace.healthy if trace.healthy is not None else trace.values
    out = []
    for s, e in runs:
        if s in charged:
            continue
        a, b = s - LEAD - PRE, s - LEAD  # the level before the evidence gathered
        pre, head = _level(trace.values, trace.pauses, a, b), _level(trace.values, trace.pauses, s, s + HEAD)
        hpre, hhead = _level(healthy, trace.pauses, a, b), _level(healthy, trace.pauses, s, s + HEAD)
        v, hv = np.asarray(trace.values[s:s + HEAD], float), np.asarray(healthy[s:s + HEAD], float)
        r = {"start": s, "length": e - s, "ended": "trace end" if e == n else str(states[e]),
             "state_before": str(states[s - 1]) if s else None,
             **starts.get(s, {"rule": "unknown"}),
             "since_pause": _since([b for _, b in trace.pauses or []], s),
             "in_pause_before": any(a <= s - 1 < b for a, b in trace.pauses or []),
             "since_change": _since(trace.changes or [], s), "since_event": _since([ev.end for ev in trace.events], s),
             "since_gap": _since(gaps, s),
             "depth": None if pre is None or head is None else math.expm1(head - pre),
             "healthy_depth": None if hpre is None or hhead is None else math.expm1(hhead - hpre),
             "regressed": float(np.mean(~np.isclose(v, hv, equal_nan=True))) if len(v) else 0.0,
             "masks": [ev.onset for ev in trace.events if s < ev.onset < e]}
        r["cause"] = cause_of(r)
        out.append(r)
    return out


def run(gens: list[int]) -> tuple[list[dict], dict]:
    from anomaly.detector import ThroughputDetector
    from benchmarks import anomaly as bench
    from benchmarks.anomaly_stuck import build_sets

    rows, sizes = [], {}
    with observed():
        for g in gens:
            t0 = time.perf_counter()
            for fam, _, name, traces in build_sets([g], standard=False):
                if not name.endswith(ROW):
                    continue
                pts = 0
                for i, tr in enumerate(traces):
                    OBS.reset()
                    states: list = []
                    flags, _, err = bench.run_one(lambda s: ThroughputDetector("lstm", seed=s), tr.values,
                                                  tr.timestamps, i, tr.pause_known, tr.changes_known, states)
                    if err:
                        raise RuntimeError(f"{name} trace {i}: {err}")
                    pts += len(flags)
                    rows += [dict(r, gen=fam, set=name, trace=i) for r in false_runs(tr, flags, states, OBS.starts)]
                sizes[name] = {"traces": len(traces), "points": pts}
            print(f"g{g}: {sum(r['gen'] == f'g{g}' for r in rows)} false runs ({time.perf_counter() - t0:.0f}s)",
                  file=sys.stderr, flush=True)
    return rows, sizes


def _count(rows, key, order=()) -> dict:
    d: dict = {}
    for r in rows:
        d[key(r)] = d.get(key(r), 0) + 1
    return {k: d[k] for k in list(order) + sorted(k for k in d if k not in order) if k in d}


def tables(rows, sizes) -> dict:
    pts = {f: sum(s["points"] for k, s in sizes.items() if f"/{f}+" in k) for f in ("short", "long")}
    fam = (lambda r: r["set"].split("/")[1].split("+")[0])
    t = {"runs": len(rows), "points": pts, "masking": sum(bool(r["masks"]) for r in rows),
         "fa per 10k": {f: 1e4 * sum(fam(r) == f for r in rows) / max(pts[f], 1) for f in pts},
         "cause": _count(rows, lambda r: r["cause"], CAUSES),
         "rule": _count(rows, lambda r: r["rule"], RULES),
         "cause x rule": _count(rows, lambda r: f"{r['cause']} / {r['rule']}"),
         "cause x healthy twin": _count(rows, lambda r: f"{r['cause']} / " + (
             "dips" if r["healthy_depth"] is not None and r["healthy_depth"] <= math.expm1(-DIP) else "flat")),
         "cause x masking": _count(rows, lambda r: f"{r['cause']} / " + ("masks" if r["masks"] else "-")),
         "length": _count(rows, lambda r: bucket(r["length"], LENGTH_BUCKETS), [b for _, b in LENGTH_BUCKETS]),
         "depth": _count(rows, lambda r: bucket(r["depth"], DEPTH_BUCKETS), [b for _, b in DEPTH_BUCKETS]),
         "healthy depth": _count(rows, lambda r: bucket(r["healthy_depth"], DEPTH_BUCKETS),
                                 [b for _, b in DEPTH_BUCKETS]),
         "ended": _count(rows, lambda r: r["ended"]),
         "state before": _count(rows, lambda r: str(r["state_before"]))}
    t["cause (median length, depth, healthy depth)"] = {
        c: [float(np.median([r[k] for r in rows if r["cause"] == c and r[k] is not None] or [np.nan]))
            for k in ("length", "depth", "healthy_depth")] for c in t["cause"]}
    gens = sorted({r["gen"] for r in rows}, key=lambda g: int(g[1:]))
    t["per generator"] = {g: {"short": sum(r["gen"] == g and fam(r) == "short" for r in rows),
                              "long": sum(r["gen"] == g and fam(r) == "long" for r in rows),
                              **{c: sum(r["gen"] == g and r["cause"] == c for r in rows) for c in CAUSES},
                              **{k: sum(r["gen"] == g and r["rule"] == k for r in rows) for k in RULES}}
                          for g in gens}
    return t


def markdown(t: dict) -> str:
    lines = [f"{t['runs']} false-alarm runs; per 10k points: short {t['fa per 10k']['short']:.2f}, "
             f"long {t['fa per 10k']['long']:.2f}; {t['masking']} hold over an event's onset", ""]
    for key in ("cause", "rule", "cause x rule", "cause x healthy twin", "cause x masking", "length", "depth",
                "healthy depth", "ended", "state before"):
        lines += [f"| {key} | runs |", "|---|---|", *[f"| {k} | {v} |" for k, v in t[key].items()], ""]
    lines += ["| cause | median length | median depth | median healthy depth |", "|---|---|---|---|"]
    lines += [f"| {c} | {a:.0f} | {b:+.3f} | {h:+.3f} |"
              for c, (a, b, h) in t["cause (median length, depth, healthy depth)"].items()]
    pg = t["per generator"]
    if pg:
        cols = list(next(iter(pg.values())))
        lines += ["", "| generator | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
        lines += [f"| {g} | " + " | ".join(str(d[c]) for c in cols) + " |" for g, d in pg.items()]
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--gens", default=DEFAULT_GENS, help=f"seen generators, e.g. 13-24 ({SEEN[0]}-{SEEN[1]} only)")
    p.add_argument("--out", type=Path, default=OUT)
    p.add_argument("--tables-only", action="store_true", help="the tables of --out's stored runs, rerun nothing")
    a = p.parse_args(argv)
    try:
        gens = parse_gens(a.gens)
    except BlindGenerator as exc:
        print(f"anomaly_told_fa: {exc}", file=sys.stderr)
        return 2
    if a.tables_only:
        res = json.loads(a.out.read_text())
        for r in res["runs"]:
            r["cause"] = cause_of(r)
    else:
        t0 = time.perf_counter()
        rows, sizes = run(gens)
        res = {"run": {"gens": gens, "rows": ROW, "detector": 'ThroughputDetector("lstm", seed=i) (today\'s default)',
                       "wall_s": time.perf_counter() - t0}, "sizes": sizes, "runs": rows}
    res["tables"] = tables(res["runs"], res["sizes"])
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(res, indent=1, sort_keys=True, default=float) + "\n")
    print(markdown(res["tables"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
