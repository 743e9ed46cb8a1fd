"""What starts and what holds the long false alarms (session 22, helper ``fastarts``), on the seen generators.

``benchmarks/anomaly_misses.py`` found that 268 of the 360 masked events of generators 3-23 lie under a false alarm
that started before their onset, 183 of those runs >= 1,000 points. This script records every false-alarm run (an
alert run charged to no event by ``anomaly/evaluation.py::charge_runs``) of >= ``MIN_LEN`` points, with the same
detector, runner and sets as ``anomaly_misses.py`` (``ThroughputDetector("lstm", seed=i)``, generators 13-23 by
default; 229 and later are blind and refused with exit code 2). Per run:

* ``start``, ``length``, ``ended``: ``trace end`` (the run holds to the last point), ``adapt_after`` (exactly 2,000
  points: the detector's ``adapt_after`` accepted the level) or ``other``; the detector's state (``update()``'s
  ``DetectionResult.state``) at the point before the run, its first flagged point and the point after it;
* ``before``: what lies within ``BEFORE`` points before its start (``start - BEFORE < x <= start``), first match in
  this order: a listed change (``Trace.changes``), a pause span's start or end (``Trace.pauses``), a timestamp gap
  (a step > 3 x the trace's median step: the only trace of a restart these generators expose), an event's end
  (a run starting ``GRACE`` or more points after it is not charged to it), the first ``EARLY`` points of the trace,
  else ``nothing listed``; ``before_all`` lists every match;
* ``level``: median log-rate during the run minus that over the ``PRE`` points before it (both outside pause spans
  and the point after each), as a ratio - 1; ``level_clear`` the same up to the first event onset under the run
  (events it masks lower the rest); ``noise`` (``anomaly_misses.noise_level`` before the start);
* ``shape``: ``drift up/down`` when the medians of the run's first and last thirds (outside pauses) differ by at
  least ``SHAPE_TOL`` (log 1.02) or twice that difference's standard error at the ``noise`` before the run (1.2533 x
  noise x sqrt(2 / third), if larger), else ``step up/down`` when ``|level|`` reaches the same bound for the run
  against the ``PRE`` points, else ``flat``; ``drift`` is the last third's median over the first's, - 1;
* ``masks``: the onsets of events under the run (``s < onset < e``).

    python benchmarks/anomaly_false_runs.py                 # generators 13-23 (~12 minutes on one core)
    python benchmarks/anomaly_false_runs.py --tables-only   # the stored runs' tables

Writes ``benchmarks/results/anomaly_false_runs.json`` (one record per run, the tables, the run's time) and prints the
tables as markdown.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from anomaly.evaluation import alert_runs, charge_runs  # noqa: E402
from benchmarks.anomaly_misses import (  # noqa: E402
    DEFAULT_GENS, GRACE, MAX_DELAY, PRE, SEEN, BlindGenerator, bucket, log_values, noise_level, parse_gens)

OUT = Path(__file__).resolve().parent / "results" / "anomaly_false_runs.json"
MIN_LEN = 1000  # the false-alarm runs recorded
ADAPT_AFTER = 2000  # ThroughputDetector's default adapt_after: a run of exactly this length was ended by it
BEFORE = 100  # what lies this many points before a run's start
EARLY = 500  # a run starting in the trace's first points
GAP = 3.0  # a timestamp step this many times the median step is a gap
SHAPE_TOL = math.log(1.02)
BEFORE_ORDER = ("listed change", "pause", "timestamp gap", "event end", "trace start", "nothing listed")
LEVEL_BUCKETS = ((-0.05, "< -5 %"), (-0.02, "-5..-2 %"), (0.02, "-2..+2 %"), (math.inf, "> +2 %"))
ENDED = ("trace end", "adapt_after", "other")
LENGTH_BUCKETS = ((1001, "1000"), (1101, "1001-1100"), (2000, "1101-1999"), (2001, "2000"), (math.inf, ">2000"))
SHAPES = ("step down", "step up", "drift down", "drift up", "flat")


def precedes(trace, start: int, before: int = BEFORE) -> list[str]:
    """Every kind of thing (``BEFORE_ORDER``) in ``(start - before, start]``; ``["nothing listed"]`` when none."""
    lo = start - before
    found = []
    if any(lo < x <= start for x in trace.changes or []):
        found.append("listed change")
    if any(lo < a <= start or lo < b <= start or a <= start < b for a, b in trace.pauses or []):
        found.append("pause")
    dt = np.diff(np.asarray(trace.timestamps, float))
    if len(dt) and np.any(dt[max(0, lo):max(0, start)] > GAP * np.median(dt)):
        found.append("timestamp gap")
    if any(lo < ev.end <= start for ev in trace.events):
        found.append("event end")
    if start < EARLY:
        found.append("trace start")
    return found or ["nothing listed"]


def base_rates(traces, before: int = BEFORE) -> dict:
    """Over every point of ``traces``: the share whose ``before`` points hold a listed change, a pause span's start or
    end or a point of one, or an event's end (what :func:`precedes` would find at a start drawn at random)."""
    hit = {"listed change": 0, "pause": 0, "event end": 0}
    n_all = 0
    for tr in traces:
        n = len(tr.values)
        n_all += n
        for key, marks in (("listed change", tr.changes or []), ("event end", [ev.end for ev in tr.events])):
            m = np.zeros(n + before + 1, np.int32)
            for x in marks:  # a mark at x is seen from the starts x .. x + before - 1
                m[x] += 1
                m[x + before] -= 1
            hit[key] += int(np.count_nonzero(np.cumsum(m)[:n]))
        m = np.zeros(n + before + 1, np.int32)
        for a, b in tr.pauses or []:  # seen from a .. b + before - 1
            m[a] += 1
            m[min(n, b) + before] -= 1
        hit["pause"] += int(np.count_nonzero(np.cumsum(m)[:n]))
    return {k: v / n_all for k, v in hit.items()}


def shape_of(level: float | None, first: float | None, last: float | None, tol_level: float = SHAPE_TOL,
             tol_drift: float = SHAPE_TOL) -> str:
    """``drift up/down`` when ``last - first`` (log) reaches ``tol_drift``, else ``step up/down`` when ``level``
    reaches ``tol_level``, else ``flat``."""
    if first is not None and last is not None and abs(last - first) >= tol_drift:
        return "drift " + ("up" if last > first else "down")
    if level is not None and abs(level) >= tol_level:
        return "step " + ("up" if level > 0 else "down")
    return "flat"


def _tol(noise: float | None, *sizes: int) -> float:
    """``SHAPE_TOL`` or twice the standard error of a difference of medians of noise ``noise`` (log), if larger."""
    if not noise or not all(sizes):
        return SHAPE_TOL
    return max(SHAPE_TOL, 2 * 1.2533 * noise * math.sqrt(sum(1 / n for n in sizes)))


def false_runs(trace, flags, states=None, min_len: int = MIN_LEN) -> list[dict]:
    """One record (module docstring) per alert run of ``flags`` charged to no event and >= ``min_len`` points."""
    n = len(flags)
    runs = alert_runs(flags)
    _, charged, _ = charge_runs(runs, trace.events, n, MAX_DELAY, GRACE)
    out = []
    for s, e in runs:
        if s in charged or e - s < min_len:
            continue
        pre, run = log_values(trace.values, trace.pauses, s - PRE, s), log_values(trace.values, trace.pauses, s, e)
        level = float(np.median(run) - np.median(pre)) if len(pre) >= 30 and len(run) >= 30 else None
        k = len(run) // 3
        first, last = (float(np.median(run[:k])), float(np.median(run[-k:]))) if k >= 10 else (None, None)
        masks = [ev.onset for ev in trace.events if s < ev.onset < e]
        clear = log_values(trace.values, trace.pauses, s, min(masks)) if masks else run  # up to the first masked onset
        level_clear = float(np.median(clear) - np.median(pre)) if len(pre) >= 30 and len(clear) >= 30 else None
        found = precedes(trace, s)
        noise = noise_level(trace.values, trace.pauses, s)
        shape = shape_of(level, first, last, _tol(noise, len(run), len(pre)), _tol(noise, k, k))
        st = (lambda i: states[i] if states is not None and 0 <= i < n else None)
        out.append({"start": s, "length": e - s,
                    "ended": "trace end" if e == n else "adapt_after" if e - s == ADAPT_AFTER else "other",
                    "before": found[0], "before_all": found,
                    "level": None if level is None else math.expm1(level),
                    "level_clear": None if level_clear is None else math.expm1(level_clear),
                    "drift": None if first is None else math.expm1(last - first),
                    "shape": shape, "noise": noise,
                    "state_before": st(s - 1), "state_first": st(s), "state_after": st(e),
                    "masks": masks})
    return out


def run_states(det, tr) -> tuple[list[bool], list[str]]:
    """``benchmarks/anomaly.py::run_one`` on ``tr`` (its known pauses and changes where set), keeping each point's
    ``state`` too."""
    from benchmarks import anomaly as bench

    states: list = []
    flags, _, err = bench.run_one(lambda _: det, tr.values, tr.timestamps, 0, getattr(tr, "pause_known", None),
                                  getattr(tr, "changes_known", None), states)
    if err:
        raise RuntimeError(err)
    return flags, states


def run(gens: list[int]) -> tuple[list[dict], dict, int]:
    from anomaly.detector import ThroughputDetector
    from benchmarks.anomaly_stuck import build_sets

    rows, per_gen, n_traces = [], {}, 0
    for g in gens:
        t0 = time.perf_counter()
        for fam, _, name, traces in build_sets([g], standard=False):
            for i, tr in enumerate(traces):
                flags, states = run_states(ThroughputDetector("lstm", seed=i), tr)
                n_traces += 1
                rows += [dict(r, gen=fam, set=name, trace=i) for r in false_runs(tr, flags, states)]
        per_gen[f"g{g}"] = time.perf_counter() - t0
        print(f"g{g}: {sum(r['gen'] == f'g{g}' for r in rows)} false runs >= {MIN_LEN} ({per_gen[f'g{g}']:.0f}s)",
              file=sys.stderr, flush=True)
    return rows, per_gen, n_traces


def _count(rows, key, order=None) -> dict:
    d: dict = {}
    for r in rows:
        d[key(r)] = d.get(key(r), 0) + 1
    order = list(order or []) + sorted(k for k in d if k not in (order or []))
    return {k: d.get(k, 0) for k in order if k in d or k != "n/a"}


def tables(rows) -> dict:
    lvl = (lambda r: bucket(r["level"], LEVEL_BUCKETS))
    t = {"runs": len(rows), "masking": sum(bool(r["masks"]) for r in rows),
         "masked events": sum(len(r["masks"]) for r in rows),
         "before": _count(rows, lambda r: r["before"], BEFORE_ORDER),
         "before (any match)": {k: sum(k in r["before_all"] for r in rows) for k in BEFORE_ORDER},
         "level": _count(rows, lvl, [b for _, b in LEVEL_BUCKETS] + ["n/a"]),
         "level up to the first masked onset": _count(rows, lambda r: bucket(r["level_clear"], LEVEL_BUCKETS),
                                                      [b for _, b in LEVEL_BUCKETS] + ["n/a"]),
         "shape": _count(rows, lambda r: r["shape"].split()[0], ("step", "drift", "flat")),
         "shape (direction)": _count(rows, lambda r: r["shape"], SHAPES),
         "ended": _count(rows, lambda r: r["ended"], ENDED),
         "state at first flag": _count(rows, lambda r: str(r["state_first"])),
         "state after the run": _count(rows, lambda r: str(r["state_after"])),
         "state at the point before": _count(rows, lambda r: str(r["state_before"])),
         "length": _count(rows, lambda r: bucket(r["length"], LENGTH_BUCKETS), [b for _, b in LENGTH_BUCKETS]),
         "before x changes told": _count(rows, lambda r: f"{r['before']} / " + (
             "told" if "+changes" in r["set"] else "not told")),
         "level x shape": _count(rows, lambda r: f"{lvl(r)} / {r['shape']}"),
         "set variant": _count(rows, lambda r: r["set"].split("/", 1)[1]),
         "before x ended": _count(rows, lambda r: f"{r['before']} / {r['ended']}")}
    gens = sorted({r["gen"] for r in rows}, key=lambda g: int(g[1:]))
    t["per generator"] = {g: {"runs": sum(r["gen"] == g for r in rows),
                              "masking": sum(r["gen"] == g and bool(r["masks"]) for r in rows),
                              "median length": float(np.median([r["length"] for r in rows if r["gen"] == g])),
                              **{k: sum(r["gen"] == g and r["before"] == k for r in rows) for k in BEFORE_ORDER},
                              **{k: sum(r["gen"] == g and lvl(r) == k for r in rows) for _, k in LEVEL_BUCKETS},
                              **{k: sum(r["gen"] == g and r["shape"].startswith(k) for r in rows)
                                 for k in ("step", "drift", "flat")},
                              **{k: sum(r["gen"] == g and r["ended"] == k for r in rows) for k in ENDED}}
                          for g in gens}
    return t


def markdown(t: dict) -> str:
    lines = [f"{t['runs']} false-alarm runs >= {MIN_LEN} points; {t['masking']} of them hold over an event's onset "
             f"({t['masked events']} events).", ""]
    for key in ("before", "before (any match)", "level", "level up to the first masked onset", "shape",
                "shape (direction)", "ended", "length", "state at the point before", "state at first flag",
                "state after the run", "before x changes told", "level x shape", "set variant", "before x ended"):
        lines += [f"| {key} | runs |", "|---|---|", *[f"| {k} | {v} |" for k, v in t[key].items()], ""]
    pg = t["per generator"]
    if pg:
        cols = list(next(iter(pg.values())))
        lines += ["| generator | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
        lines += [f"| {g} | " + " | ".join(f"{d[c]:.0f}" for c in cols) + " |" for g, d in pg.items()]
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--gens", default=DEFAULT_GENS, help=f"seen generators, e.g. 13-23 ({SEEN[0]}-{SEEN[1]} only)")
    p.add_argument("--out", type=Path, default=OUT)
    p.add_argument("--tables-only", action="store_true", help="the tables of --out's stored runs, rerun nothing")
    a = p.parse_args(argv)
    try:
        gens = parse_gens(a.gens)
    except BlindGenerator as exc:
        print(f"anomaly_false_runs: {exc}", file=sys.stderr)
        return 2
    if a.tables_only:
        res = json.loads(a.out.read_text())
        res["tables"] = tables(res["runs"])
        if "base rates" not in res:
            from benchmarks.anomaly_stuck import build_sets

            res["base rates"] = base_rates([tr for *_, trs in build_sets(res["run"]["gens"], standard=False)
                                            for tr in trs])
    else:
        t0 = time.perf_counter()
        rows, per_gen, n_traces = run(gens)
        res = {"run": {"gens": gens, "detector": 'ThroughputDetector("lstm", seed=i) (today\'s default)',
                       "traces": n_traces, "wall_s": time.perf_counter() - t0, "wall_s_per_gen": per_gen},
               "runs": rows, "tables": tables(rows)}
        from benchmarks.anomaly_stuck import build_sets

        res["base rates"] = base_rates([tr for g in gens for *_, trs in build_sets([g], standard=False) for tr in trs])
    print(markdown(res["tables"]))
    print("Share of all points whose", BEFORE, "points before hold: " + ", ".join(
        f"{k} {100 * v:.1f} %" for k, v in res["base rates"].items()))
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(res, indent=1, sort_keys=True, default=float) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
