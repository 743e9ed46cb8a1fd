"""Known planned level changes (session 15): the detector told of them (``update(..., change=True)``) or not.

A planned, healthy level change (a precision switch, a world-size change at a restart, a batch-size or
resolution step) moves throughput for good. Untold, the detector treats a step down as a drop until its
re-baseline accepts the new level ~300 points later. The monitor knows of such changes
(``Trace.changes``); told, the detector holds ``change_settle`` points and moves its reference by the step.

The tuning construct (``known_change_set``: seeds 360,000+, from ``anomaly/tuning.py`` only, not trained on):

* the healthy twin of one diverse tuning trace (its pauses, rhythm, jitter), 6,000 points;
* 1-3 planned steps of 5-25 % (60 % down), at least 700 points apart, half at the end of a pause (a restart
  after a checkpoint), 40 % with a transient of 5-20 points 1.2-2x slower (kernels re-tuned), all listed in
  ``changes`` (healthy, never labelled);
* the tuning family's regressions (:func:`anomaly.tuning.add_regression`): 150-600 points after a change (80 %
  per change: must still be caught from the new level), before the first change (40 %), and in 15 % of the
  traces one already under way when a change comes (onset 100-300 points before it, lasting past it: the held
  alert must keep its depth); a fifth of the traces hold changes only.

Rows: ``default (changes not passed)`` against ``changes passed`` for every ``change_settle`` tried, on the
construct with the phase unknown and known, and on the level-step construct (``benchmarks/anomaly_levelstep.py``,
its steps told) -- all tuning; then, with ``--seen`` (one run, never used to choose), the seen generator 12
(``anomaly/heldout12.py``: elastic world size and progressive-resizing steps in ``Trace.changes``), short/long,
phase unknown and known, default against the chosen ``change_settle`` (the detector's default).

    python benchmarks/anomaly_known_change.py            # tuning rows (a few minutes)
    python benchmarks/anomaly_known_change.py --floor    # context: the same traces without their steps (merged)
    python benchmarks/anomaly_known_change.py --seen     # the seen rows only (generator 12), merged into the file
    python benchmarks/anomaly_known_change.py --deep     # session 16: deep changes (below), merged into the file
    python benchmarks/anomaly_known_change.py --rules-on heldout15  # the three rows below on one generator

``--deep`` (session 16, after generator 14's look found every told resolution stage, samples/s to 0.2-0.3,
ending in an alert that held to the trace's end): the construct again with *deep* planned steps (seeds
361,000+: 70 % down to 0.2-0.6 of the level, 30 % up 1.7-3x, as resolution stages, world-size halvings and
doublings), phase unknown and known, untold against told with the session-15 rule (a deep change's values all
left out: its step read as 0) and with today's (:mod:`anomaly.change`: a change deep for ``DEEP_RUN`` x
``change_settle`` values is the new level); then the same two told rules on the tuning rows above, on the seen
generator 12 and on the seen generator 14 (the set the failure was found on: not evidence for the rule).
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.append(str(Path(__file__).resolve().parent))  # anomaly_levelstep (after the package: benchmarks/anomaly.py)

from anomaly.detector import ThroughputDetector  # noqa: E402
from anomaly.evaluation import AlertScore, score_alerts  # noqa: E402
from anomaly.train_global import pause_mask  # noqa: E402
from anomaly.tuning import add_regression, make_tuning  # noqa: E402

KNOWN_CHANGE_SEEDS = range(360_000, 360_020)  # tuning-family seeds outside every range used before
DEEP_CHANGE_SEEDS = range(361_000, 361_020)  # the deep-change construct's (session 16)
SETTLES = (5, 10, 20, 40)  # change_settle variants tried on the tuning rows
OUT = Path(__file__).resolve().parent / "results" / "anomaly_known_change.json"
KINDS = ("drop", "leak", "straggler")


def _kind(rng) -> str:
    return KINDS[int(rng.choice(3, p=[0.5, 0.25, 0.25]))]


def _step(rng, deep: bool) -> float:
    """One planned step's factor: 5-25 % (60 % down); ``deep``: down to 0.2-0.6 (70 %) or up 1.7-3x."""
    if deep:
        return rng.uniform(0.2, 0.6) if rng.random() < 0.7 else rng.uniform(1.7, 3.0)
    return 1 + (-1.0 if rng.random() < 0.6 else 1.0) * rng.uniform(0.05, 0.25)


def known_change_trace(seed: int, n: int = 6000, flat: bool = False, deep: bool = False):
    """One construct trace (deterministic in ``seed``): ``changes`` lists the planned steps, ``events`` the
    regressions; ``healthy`` holds the steps (``flat``: the same trace without them, the floor; ``changes`` empty;
    ``deep``: the steps are deep, :func:`_step`)."""
    rng = np.random.default_rng(seed)
    base = make_tuning(seed, n)
    k = int(rng.choice([1, 2, 3], p=[0.4, 0.4, 0.2]))
    ends = [b for _, b in base.pauses if 600 <= b < n - 700]
    changes: list[int] = []
    for _ in range(40):
        if len(changes) == k:
            break
        at = int(rng.choice(ends)) if ends and rng.random() < 0.5 else int(rng.integers(600, n - 700))
        if all(abs(at - c) >= 700 for c in changes):
            changes.append(at)
    changes.sort()
    shift = np.zeros(n)
    for c in changes:
        shift[c:] += math.log(_step(rng, deep))
        if rng.random() < 0.4:  # a transient: the first steps slower (kernels re-tuned, caches cold)
            m = int(rng.integers(5, 21))
            shift[c:c + m] -= math.log(rng.uniform(1.2, 2.0))
    t = np.arange(n)
    reg, events = np.zeros(n), []
    if rng.random() >= 0.2:
        if changes[0] > 1300 and rng.random() < 0.4:  # one before the first change, ending before it
            onset = int(rng.integers(500, changes[0] - 700))
            events.append(add_regression(rng, reg, t, _kind(rng), onset,
                                         min(changes[0] - 100, onset + int(rng.integers(200, 800)))))
        across = int(rng.integers(len(changes))) if rng.random() < 0.15 else -1
        for i, c in enumerate(changes):
            nxt = changes[i + 1] if i + 1 < len(changes) else n
            prev = max([e.end for e in events], default=0)
            if i == across and c - 300 > prev + 100:  # under way when the change comes
                onset = c - int(rng.integers(100, 301))
                kind = "drop" if rng.random() < 0.6 else "straggler"
                events.append(add_regression(rng, reg, t, kind, onset, min(nxt - 100, c + int(rng.integers(200, 601)))))
            elif rng.random() < 0.8:  # after the change: measured from the new level
                onset = c + int(rng.integers(150, 601))
                if nxt - onset < 300 or onset < prev + 100:
                    continue
                events.append(add_regression(rng, reg, t, _kind(rng), onset,
                                             min(nxt - 100, onset + int(rng.integers(200, 1000)))))
    healthy = base.healthy * (1.0 if flat else np.exp(shift))
    changes = [] if flat else changes
    tr = copy.copy(base)
    tr.values, tr.healthy, tr.changes = healthy * np.exp(reg), healthy, changes
    tr.events = sorted(events, key=lambda e: e.onset)
    return tr


def known_change_set(n_pts: int = 6000, flat: bool = False, deep: bool = False) -> list:
    """The construct: 20 traces of ``n_pts`` points (seeds :data:`KNOWN_CHANGE_SEEDS`; ``deep``:
    :data:`DEEP_CHANGE_SEEDS` with deep steps)."""
    seeds = DEEP_CHANGE_SEEDS if deep else KNOWN_CHANGE_SEEDS
    return [known_change_trace(s, max(n_pts, 6000), flat, deep) for s in seeds]


class _Session15Rule:
    """A detector factory with session 15's known-change rule (a deep change's values all left out): today's
    detector built and run while :data:`anomaly.change.DEEP_SHARE` is out of reach."""

    def __call__(self):
        return _Session15Detector()


class _Session15Detector(ThroughputDetector):
    def update(self, *args, **kwargs):
        import anomaly.change as ch

        keep, ch.DEEP_SHARE = ch.DEEP_SHARE, 2.0
        try:
            return super().update(*args, **kwargs)
        finally:
            ch.DEEP_SHARE = keep


def deep_variants() -> dict:
    """Untold, told with session 15's rule, told with today's (the default ``change_settle``)."""
    return {"default (changes not passed)": (lambda: ThroughputDetector(), False),
            "changes passed, session-15 rule (deep values left out)": (_Session15Rule(), True),
            "changes passed, today's rule (a deep change is the new level)": (lambda: ThroughputDetector(), True)}


def level_step_told(n_pts: int = 6000) -> list:
    """The level-step construct (session 11, tuning) with its steps as ``changes``."""
    from anomaly_levelstep import level_step_set

    out = []
    for tr in level_step_set(n_pts):
        tr.changes = list(tr.steps)
        out.append(tr)
    return out


def run_trace(det: ThroughputDetector, tr, phase: bool, told: bool) -> list[bool]:
    """The detector's flags on ``tr``: the pause mask passed when ``phase``, the changes when ``told``."""
    n = len(tr.values)
    pauses = pause_mask(n, tr.pauses) if phase else None
    changes = set(tr.changes) if told else set()
    return [bool(det.update(float(v), float(t), pause=None if pauses is None else bool(pauses[i]),
                            change=i in changes).is_anomaly)
            for i, (v, t) in enumerate(zip(tr.values, tr.timestamps))]


def variants(settles=SETTLES) -> dict:
    """name -> (detector factory, changes passed)."""
    v = {"default (changes not passed)": (lambda: ThroughputDetector(), False)}
    for s in settles:
        v[f"changes passed, change_settle={s}"] = (lambda s=s: ThroughputDetector(change_settle=s), True)
    return v


def evaluate(traces, name: str, role: str, phase: bool, vs: dict, results: dict, rows: list) -> None:
    for label, (factory, told) in vs.items():
        total, t0 = AlertScore(), time.perf_counter()
        for tr in traces:
            total += score_alerts(run_trace(factory(), tr, phase, told), tr.events)
        e = total.as_dict()
        e.update(role=role, traces=len(traces), changes=sum(len(tr.changes) for tr in traces),
                 wall_s=time.perf_counter() - t0)
        results.setdefault(name, {})[label] = e
        rows.append((name, role, label, e))
        print(f"{name:28s} {label:36s} F1={e['f1']:.3f} caught={e['caught']}/{e['events']} "
              f"FA/10k={e['false_alarms_per_10k']:.2f} runs/caught={e['runs_per_caught_event']:.2f} "
              f"({e['wall_s']:.0f}s)", file=sys.stderr, flush=True)


def print_table(rows) -> None:
    print("| set | role | detector | events | caught | F1 | false alarms / 10k | alert runs / caught event | "
          "median delay |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, role, label, e in rows:
        r = e["runs_per_caught_event"]
        print(f"| {name} | {role} | {label} | {e['events']} | {e['caught']} | {e['f1']:.3f} | "
              f"{e['false_alarms_per_10k']:.2f} | {'nan' if math.isnan(r) else f'{r:.2f}'} | "
              f"{e['median_delay']:.0f} |")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seen", action="store_true",
                   help="only the seen generator 12's rows (short/long, phase unknown/known; one run, never used "
                        "to choose), merged into the results file")
    p.add_argument("--floor", action="store_true",
                   help="only the context rows: the construct without its planned steps (what the detector does "
                        "on the same traces with no change to tell), merged into the results file")
    p.add_argument("--deep", action="store_true",
                   help="only session 16's deep-change rows (construct, tuning rows, seen generators 12 and 14), "
                        "merged into the results file")
    p.add_argument("--rules-on", metavar="GENERATOR",
                   help="only untold / session-15 rule / today's rule on one held-out generator (anomaly/GENERATOR.py, "
                        "e.g. heldout15; run it only after that generator's one look), merged into the results file")
    p.add_argument("--out", type=Path, default=OUT, help=f"results file (default {OUT.name})")
    a = p.parse_args(argv)
    results = json.loads(a.out.read_text()) if a.out.exists() else {}
    rows: list = []
    t0 = time.perf_counter()
    if a.rules_on:
        import importlib

        gen = a.rules_on
        try:
            make = getattr(importlib.import_module(f"anomaly.{gen}"), f"{gen}_set")
        except (ImportError, AttributeError):
            p.error(f"--rules-on {gen!r}: not a held-out generator module of anomaly/ (e.g. heldout15)")
        for fam in ("short", "long"):
            traces = make(fam)
            for phase in (False, True):
                evaluate(traces, f"rules/{gen}/{fam}" + ("+phase" if phase else ""), "held-out (after its look)",
                         phase, deep_variants(), results, rows)
    elif a.deep:
        from anomaly.heldout12 import heldout12_set
        from anomaly.heldout14 import heldout14_set

        vs = deep_variants()
        dc, kc = known_change_set(deep=True), known_change_set()
        for phase in (False, True):
            ph = "+phase" if phase else ""
            evaluate(dc, f"deep/known-change-deep{ph}", "tuning (deep construct)", phase, vs, results, rows)
            evaluate(kc, f"deep/known-change{ph}", "tuning", phase, vs, results, rows)
        for gen, make in (("seen12", heldout12_set), ("seen14", heldout14_set)):
            for fam in ("short", "long"):
                traces = make(fam)
                for phase in (False, True):
                    evaluate(traces, f"deep/{gen}/{fam}" + ("+phase" if phase else ""),
                             "seen" + (" (the failure was found here)" if gen == "seen14" else ""), phase, vs,
                             results, rows)
    elif a.seen:
        from anomaly.heldout12 import heldout12_set

        chosen = ThroughputDetector().change_settle
        vs = {k: v for k, v in variants((chosen,)).items()}
        results["seen_config"] = {"change_settle": chosen, "generator": "anomaly/heldout12.py", "points": 6000}
        for fam in ("short", "long"):
            traces = heldout12_set(fam)
            for phase in (False, True):
                evaluate(traces, f"seen12/{fam}" + ("+phase" if phase else ""), "seen (not for choosing)", phase,
                         vs, results, rows)
    elif a.floor:
        flat = known_change_set(flat=True)
        vs = {"default, the same traces without the planned steps": variants(())["default (changes not passed)"]}
        evaluate(flat, "tuning/known-change (no steps)", "tuning (context)", False, vs, results, rows)
        evaluate(flat, "tuning/known-change+phase (no steps)", "tuning (context)", True, vs, results, rows)
    else:
        results["config"] = {"seeds": [KNOWN_CHANGE_SEEDS.start, KNOWN_CHANGE_SEEDS.stop], "points": 6000,
                             "settles": list(SETTLES)}
        kc = known_change_set()
        evaluate(kc, "tuning/known-change", "tuning", False, variants(), results, rows)
        evaluate(kc, "tuning/known-change+phase", "tuning", True, variants(), results, rows)
        evaluate(level_step_told(), "tuning/level-step", "tuning", False, variants(), results, rows)
    key = "wall_s" + (f"_rules_{a.rules_on}" if a.rules_on else "_deep" if a.deep else "_seen" if a.seen
                      else "_floor" if a.floor else "")
    results[key] = time.perf_counter() - t0
    print_table(rows)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(results, indent=2, sort_keys=True, default=float) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
