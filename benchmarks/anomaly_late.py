"""What delays the first flag of a late event (session 23, helper ``latecatch``): per point, which rule holds it back.

A *late* event (``benchmarks/anomaly_misses.py``): missed, not masked, and alert runs are charged to it, all starting
after the catch window (the onset + 60 points; a leak's ramp end + 60). This script reruns today's default
``ThroughputDetector("lstm", seed=i)`` (``benchmarks/anomaly.py::run_one``, a detector option may be given) on the
traces of the late rows stored in ``benchmarks/results/anomaly_misses.json`` for seen generators 13-23 (24-228
are seen since their looks; 229 and later are blind: refused, exit code 2) with :meth:`anomaly.side.Side.update`
instrumented (its locals recorded at each return; the rule itself is unchanged) and classes each point of
``[onset, first flag]`` by what it did:

* ``warmup`` (warm-up or the re-warm-up after an adaptation), ``change`` (a known change settling), ``pause`` (a known
  pause point: no evidence, no drain), ``settling`` (after a pause, known or inferred, a point still "climbing back":
  the first two, or more than ``min_drop`` above the point five before: held), ``alert`` (an earlier alert held);
* ``deep-weak`` (deep, phase unknown, its increment capped at ``CAP_DEEP``), ``evidence`` (it added to the CUSUM),
  ``expected-pause`` (phase unknown: the forecaster's median is pause-deep, so the point adds little or drains),
  ``corrected`` (under ``K`` against the residual chart's corrected median, over it against the plain median),
  ``shallow`` (within ``min_drop`` of the reference), ``follows`` (below the reference, but the median forecast has
  come within ``min_drop`` of the point), ``band`` (below the forecast by more than ``min_drop``, under ``K``
  standardised units: a wide band).

Per event: the counts in the catch window (and after it, up to the first charged run); what fired that run
(``cusum``, ``level``, ``burst``, ``escalation``: the detector's ``DetectionResult.started_by`` at the run's first
point, session 24; before, read from the recorded locals there, which named an escalation's run ``cusum`` or
``level``); the points in the window where the CUSUM stood at the decision interval with fewer
than ``persistence`` contributing points; the CUSUM's peak in the window over the decision interval; and a main
reason: ``persistence`` when such points exist, else the most frequent class of the window's points that added no
full evidence.

    python benchmarks/anomaly_late.py                      # every late row of generators 13-23 (~6 minutes)
    python benchmarks/anomaly_late.py --gens 13-15 --limit 20

Writes ``benchmarks/results/anomaly_late.json`` (per event row) and prints the tables as markdown.
"""

from __future__ import annotations

import argparse
import collections
import inspect
import json
import sys
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from anomaly import side as side_mod  # noqa: E402
from anomaly.evaluation import alert_runs, charge_runs  # noqa: E402
from benchmarks.anomaly_misses import MAX_DELAY, SEEN, BlindGenerator, parse_gens  # noqa: E402

MISSES = Path(__file__).resolve().parent / "results" / "anomaly_misses.json"
OUT = MISSES.with_name("anomaly_late.json")
KEEP = ("n", "pause", "hold", "settling", "changing", "uc", "q50", "q50c", "spread", "spreadc", "zc", "inc", "burst",
        "shortfall")
HELD = ("warmup", "change", "pause", "settling", "alert")
CLASSES = HELD + ("deep-weak", "evidence", "expected-pause", "corrected", "shallow", "follows", "band")
REASONS = ("persistence",) + tuple(c for c in CLASSES if c != "evidence")


def _instrumented():
    """``Side.update`` with its locals recorded (``self.trace_``, when set) at each return; the rule is unchanged."""
    src = textwrap.dedent(inspect.getsource(side_mod.Side.update))
    lines = []
    for line in src.splitlines():
        s = line.lstrip()
        if s.startswith("return "):
            line = line[:len(line) - len(s)] + "self._rec(locals()); " + s
        elif ": return " in s or s.startswith("if ") and " return " in s:
            raise RuntimeError("unexpected one-line return")
        lines.append(line)
    ns: dict = {}
    exec(compile("\n".join(lines), side_mod.__file__, "exec"), vars(side_mod), ns)  # noqa: S102
    return ns["update"]


def _rec(self, loc: dict) -> None:
    tr = getattr(self, "trace_", None)
    if tr is not None:
        r = {k: loc.get(k) for k in KEEP}
        r.update(cusum=self.cusum, hits=self.hits, alarm=self.alarm, run=self.cov.run, since=self.since,
                 level_fire=False)
        tr.append(r)


def classify_point(r: dict, state: str | None, d) -> str:
    """The class of one point (the module docstring)."""
    if state is None or state == "warmup":
        return "warmup" if state else "pause"
    if state == "change":
        return "change"
    inc = r["inc"]
    if state == "pause" and inc is None:
        return "settling" if r["settling"] and not r["pause"] else "pause"
    if inc is None:
        return "alert"
    if r["uc"] < side_mod.DEEP and side_mod.K < inc <= side_mod.CAP_DEEP + 1e-12:
        return "deep-weak"
    if inc > side_mod.K:
        return "evidence"
    if r["q50"] < side_mod.DEEP:
        return "expected-pause"  # the forecaster expects a pause (phase unknown): little shortfall
    if r["q50"] - r["uc"] > d.min_drop and side_mod.Z90 * (r["q50"] - r["uc"]) / r["spread"] > side_mod.K:
        return "corrected"
    if r["uc"] > -d.min_drop:
        return "shallow"  # within min_drop of the reference
    if r["q50"] - r["uc"] <= d.min_drop:
        return "follows"  # below the reference but the median forecast has come down to it
    return "band"  # below the forecast by more than min_drop but under K standardised units (a wide band)


def trace_set(traces, rows, factory, d0) -> list[dict]:
    """Rerun each trace holding a late row with the instrumented rule; one dict per late row."""
    from benchmarks import anomaly as bench

    out = []
    by_trace = collections.defaultdict(list)
    for r in rows:
        by_trace[r["trace"]].append(r)
    for i, evrows in sorted(by_trace.items()):
        tr = traces[i]
        dets = []

        def make(s, dets=dets):
            det = factory(s)
            dets.append(det)
            return det

        states: list = []
        results: list = []
        flags, _, err = bench.run_one(make, tr.values, tr.timestamps, i, getattr(tr, "pause_known", None),
                                      getattr(tr, "changes_known", None), states, results)
        if err:
            raise RuntimeError(err)
        det = dets[0]
        rec = det._sides[0].trace_
        at = {}  # point number (1-based, scored points only) -> record; map trace index -> record
        k = 0
        for j, st in enumerate(states):
            if st is None or st == "missing":
                continue
            at[j] = rec[k]
            k += 1
        runs = alert_runs(flags)
        per_event, _, _ = charge_runs(runs, tr.events, len(flags))
        for r in evrows:
            ev_i = next(n for n, ev in enumerate(tr.events) if ev.onset == r["onset"] and ev.end == r["end"])
            ev = tr.events[ev_i]
            starts, hit = per_event[ev_i]
            if hit is not None or not starts:
                out.append(dict(r, reason="changed", note="caught or never now"))
                continue
            first = starts[0]
            w_end = (ev.ramp_end if ev.kind == "leak" else ev.onset) + MAX_DELAY
            counts = collections.Counter()
            persist, peak = 0, 0.0
            h = 4.0 * d0.threshold_sigmas
            for j in range(ev.onset, w_end + 1):
                p = at.get(j)
                c = "pause" if p is None else classify_point(p, states[j], d0)
                counts[c] += 1
                if p is not None and p["cusum"] is not None:
                    peak = max(peak, p["cusum"] / h)
                    if p["cusum"] >= h and p["hits"] < d0.persistence:
                        persist += 1
            how = (results[first].started_by if results[first] is not None else None) or "?"
            n = sum(counts.values())
            held = sum(counts[c] for c in HELD)
            # the main reason: the CUSUM crossed without enough contributing points, or the most frequent class of
            # the window's points that added no full evidence
            reason = "persistence" if persist else max((c for c in CLASSES if c != "evidence"),
                                                       key=lambda c: counts[c])
            # what held the decision in the points after the window up to the flag
            after = collections.Counter(classify_point(at[j], states[j], d0) if j in at else "pause"
                                        for j in range(w_end + 1, first))
            out.append(dict(r, reason=reason, fired_by=how, counts=dict(counts), after=dict(after),
                            persistence_pts=persist, cusum_peak=peak, first=first - ev.onset,
                            held_main=max(HELD, key=lambda c: counts[c]) if held else None))
    return out


def markdown(rows: list[dict]) -> str:
    rows = [r for r in rows if r["reason"] != "changed"]
    lines = ["| main reason | all | drop | straggler | leak | phase unknown / known "
             "| fired by cusum / level / burst / escalation |", "|---|---|---|---|---|---|---|"]
    for reason in REASONS:
        rr = [r for r in rows if r["reason"] == reason]
        kinds = collections.Counter(r["kind"] for r in rr)
        fired = collections.Counter(r["fired_by"] for r in rr)
        known = sum("+phase" in r["variant"] for r in rr)
        lines.append(f"| {reason} | {len(rr)} | {kinds['drop']} | {kinds['straggler']} | {kinds['leak']} | "
                     f"{len(rr) - known} / {known} | {fired['cusum']} / {fired['level']} / {fired['burst']} / "
                     f"{fired['escalation']} |")
    lines += ["", "Points of the catch windows by class (all late rows; drops; stragglers):", "",
              "| class | all | drop | straggler |", "|---|---|---|---|"]
    for c in CLASSES:
        vals = [sum(r["counts"].get(c, 0) for r in rows if k is None or r["kind"] == k)
                for k in (None, "drop", "straggler")]
        lines.append(f"| {c} | " + " | ".join(map(str, vals)) + " |")
    return "\n".join(lines)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--gens", default="13-23",
                   help=f"seen generators 13-{SEEN[1]} (or a part; 13-23 measured); {SEEN[1] + 1} and later are "
                        "refused")
    p.add_argument("--limit", type=int, default=0, help="at most this many late rows per generator (0: all)")
    p.add_argument("--out", type=Path, default=OUT)
    a = p.parse_args(argv)
    try:
        gens = parse_gens(a.gens)
    except BlindGenerator as exc:
        print(f"anomaly_late: {exc}", file=sys.stderr)
        return 2
    from anomaly.detector import ThroughputDetector
    from benchmarks.anomaly_stuck import build_sets

    side_mod.Side.update = _instrumented()
    side_mod.Side._rec = _rec
    orig_init = side_mod.Side.__init__

    def init(self, *args, **kw):
        orig_init(self, *args, **kw)
        self.trace_ = []

    side_mod.Side.__init__ = init
    late = [r for r in json.loads(MISSES.read_text())["events"] if r["status"] == "late"]
    d0 = ThroughputDetector("lstm")
    out, t0 = [], time.perf_counter()
    for g in gens:
        rows_g = [r for r in late if r["gen"] == f"g{g}"]
        if a.limit:
            rows_g = rows_g[:a.limit]
        sets = {r["set"] for r in rows_g}
        for _, _, name, traces in build_sets([g], standard=False):
            if name in sets:
                out += trace_set(traces, [r for r in rows_g if r["set"] == name],
                                 lambda s: ThroughputDetector("lstm", seed=s), d0)
        print(f"g{g}: {len(rows_g)} late rows ({time.perf_counter() - t0:.0f}s)", file=sys.stderr, flush=True)
    print(markdown(out))
    a.out.write_text(json.dumps({"rows": out, "wall_s": time.perf_counter() - t0}, indent=1, default=float) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
