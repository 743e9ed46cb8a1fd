"""The recovery tuning construct (session 13): a regression that recovers, then another one.

Generator 10's long-pause setting (seen in session 12) missed events that started while an earlier
alert still held: does the alert end promptly when throughput recovers, across long pauses too, so
that the next regression can start its own run? Built from tuning pieces only (no held-out code read;
seeds 350,000+, outside every range used before):

* a healthy base of 6,000 points: half the traces the healthy twin of a diverse tuning trace
  (``anomaly/tuning.py``: its own pauses, rhythm, jitter; some have none), half the healthy part of the
  long-pause construct (``benchmarks/anomaly.py``'s ``long_pause_trace``: slowly correlated jitter,
  recurring pauses of 15-120 points, warm-up ramps after them);
* one of four plans:

  - *recover, then another* (55 %): a first regression (a drop of 8-30 %, 75 %, or a straggler phase)
    at 800-2,500 lasting 200-1,200 points, then healthy; a second one (a drop, 70 %, a straggler phase or
    a leak) starting 50-600 points after the first ended, of similar depth (x 0.8-1.25), shallower
    (x 0.5-0.8, at least 7 %) or deeper (x 1.25-2, at most 40 %). Where the base has pauses, half the
    time the first one ends inside a pause (it recovers across the pause) and, independently, half the
    time the second starts within 10 points after a pause ends;
  - *partial recovery, then another* (15 %): as above, but the first one recovers only to 2-5 % below
    the healthy level, for the rest of the run (unlabelled: smaller than ``min_drop``);
  - *a leak that recovers* (15 %): a leak to 20-40 % over 300-1,200 points, held 50-300 more, then
    healthy (a restart); half the time a drop of 8-30 % 50-600 points after;
  - *one regression that recovers* (15 %): a drop or straggler phase of 8-30 %, 200-1,200 points.

Events do not overlap, so alert runs per caught event counts re-alarms of one regression only.

    from benchmarks.anomaly_recover import recover_set
    traces = recover_set()   # 32 traces; benchmarks/anomaly.py --recover-only scores them
"""

from __future__ import annotations

import copy
import math

import numpy as np

from anomaly.traces import Event
from anomaly.tuning import make_tuning

RECOVER_SEEDS = range(350_000, 350_032)  # tuning-family seeds outside every range used before


def _base(seed: int, n: int):
    """The healthy base (tuning twin for even seeds, the long-pause construct's healthy part for odd)."""
    if seed % 2 == 0:
        tr = make_tuning(seed, n)
        tr.base = "tuning"
    else:
        from benchmarks.anomaly import long_pause_trace

        tr = long_pause_trace(seed, n)
        tr.base = "long-pause"
    return tr


def _add(rng, reg: np.ndarray, kind: str, onset: int, end: int, depth: float, ramp: int = 0) -> Event:
    """One labelled regression of ``depth`` on the log-multiplier ``reg`` (in place)."""
    n = len(reg)
    end = min(n, end)
    t = np.arange(onset, end)
    if kind == "drop":
        reg[onset:end] += math.log(1 - depth)
        return Event(kind, onset, onset, end, float(depth))
    if kind == "leak":
        frac = np.clip((t - onset) / ramp, 0, 1)
        reg[onset:end] += np.log(1 - depth * frac)
        return Event(kind, onset, min(n, onset + ramp), end, float(depth))
    m = end - onset  # a straggler phase: lower, noisier, periodic deeper dips
    seg = math.log(1 - depth) + rng.normal(0, rng.uniform(0.02, 0.08), m)
    p = int(rng.integers(3, 40))
    seg[(np.arange(m) % p) == 0] += math.log(1 - rng.uniform(0.0, 0.3))
    reg[onset:end] += seg
    return Event(kind, onset, onset, end, float(depth))


def _second_depth(rng, d1: float) -> tuple[str, float]:
    rel = ("similar", "shallower", "deeper")[int(rng.integers(0, 3))]
    lo, hi = {"similar": (0.8, 1.25), "shallower": (0.5, 0.8), "deeper": (1.25, 2.0)}[rel]
    return rel, float(np.clip(d1 * rng.uniform(lo, hi), 0.07, 0.4))


def recover_trace(seed: int, n: int = 6000):
    """One construct trace (deterministic in ``seed``); ``plan`` names its plan, ``relation`` the second
    regression's depth against the first's (``""`` without a second)."""
    base = _base(seed, n)
    rng = np.random.default_rng(seed + 7)
    spans = [(a, b) for a, b in base.pauses if b - a >= 3]
    reg, events, relation = np.zeros(n), [], ""
    plan = ("recover", "partial", "leak", "single")[int(rng.choice(4, p=[0.55, 0.15, 0.15, 0.15]))]
    first = int(rng.integers(800, 2500))
    if plan in ("recover", "partial"):
        end1 = first + int(rng.integers(200, 1201))
        inside = [(a, b) for a, b in spans if first + 200 <= a <= first + 1200]
        if inside and rng.random() < 0.5:  # it recovers across a pause
            a, b = inside[int(rng.integers(0, len(inside)))]
            end1 = int(rng.integers(a, b))
        kind1 = "drop" if rng.random() < 0.75 else "straggler"
        d1 = float(rng.uniform(0.08, 0.3))
        events.append(_add(rng, reg, kind1, first, end1, d1))
        if plan == "partial":
            reg[end1:] += math.log(1 - rng.uniform(0.02, 0.05))
        second = end1 + int(rng.integers(50, 601))
        after = [b for a, b in spans if end1 + 50 <= b <= end1 + 600]
        if after and rng.random() < 0.5:  # it starts just after a pause
            second = int(after[int(rng.integers(0, len(after)))]) + int(rng.integers(0, 11))
        relation, d2 = _second_depth(rng, d1)
        kind2 = ("drop", "straggler", "leak")[int(rng.choice(3, p=[0.7, 0.15, 0.15]))]
        events.append(_add(rng, reg, kind2, second, second + int(rng.integers(200, 1001)), d2,
                           int(rng.integers(80, 300))))
    elif plan == "leak":
        ramp = int(rng.integers(300, 1201))
        end = first + ramp + int(rng.integers(50, 301))
        events.append(_add(rng, reg, "leak", first, end, float(rng.uniform(0.2, 0.4)), ramp))
        if rng.random() < 0.5:
            onset = end + int(rng.integers(50, 601))
            events.append(_add(rng, reg, "drop", onset, onset + int(rng.integers(200, 800)),
                               float(rng.uniform(0.08, 0.3))))
    else:
        kind = "drop" if rng.random() < 0.6 else "straggler"
        events.append(_add(rng, reg, kind, first, first + int(rng.integers(200, 1201)),
                           float(rng.uniform(0.08, 0.3))))
    c = copy.copy(base)
    c.values = base.healthy * np.exp(reg)
    c.events = sorted(events, key=lambda e: e.onset)
    c.plan, c.relation = plan, relation
    return c


def recover_set(n_pts: int = 6000) -> list:
    """The recovery construct: 32 traces of ``n_pts`` points (at least 6,000; seeds :data:`RECOVER_SEEDS`)."""
    return [recover_trace(s, max(n_pts, 6000)) for s in RECOVER_SEEDS]
