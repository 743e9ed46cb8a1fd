"""The escalation tuning construct (session 12): a second regression that starts while a first one holds.

While an alert holds, a new regression cannot start an alert of its own (the scorer needs a run to
*start* within 60 points of its onset), so a regression during another one is missed; a regression
that was accepted as a new level (``rebase``) and then deepens raises a second alert. Built from the
tuning generator only (``anomaly/tuning.py``, seeds 340,000+, not trained on; no held-out code read):

* the healthy twin of one diverse tuning trace (its pauses, rhythm, jitter; some have no pauses),
  6,000 points;
* one of four plans:

  - *during* (45 %): a first regression (a drop of 8-30 %, 65 %, or a straggler phase) at 1,000-3,000,
    lasting past the second; a second one (a drop, 60 %, a straggler phase or a leak, 8-30 %) starting
    100-600 points after the first's onset, lasting 200-1,000 points;
  - *deepens after a re-baseline* (20 %): a flat drop of 8-20 % to the end of the run (accepted as the
    new level after ``rebase`` points) and a second drop of 8-30 % 500-1,200 points after it;
  - *a leak that keeps falling* (20 %): one slow leak to 25-40 % over 600-1,500 points (one event: it
    must keep one alert run) and, half the time, a drop of 8-30 % 400-800 points after its ramp ends;
  - *one regression* (15 %): a drop or straggler phase of 8-30 %, alone.

Every event is labelled over its own span, so two overlapping events both hold the second's alert
start (the scorer charges a run to every event whose span holds its start).

    from benchmarks.anomaly_escalate import escalate_set
    traces = escalate_set()   # 24 traces; benchmarks/anomaly.py --escalate-only scores them
"""

from __future__ import annotations

import copy
import math

import numpy as np

from anomaly.traces import Event
from anomaly.tuning import make_tuning

ESCALATE_SEEDS = range(340_000, 340_024)  # tuning-family seeds outside every range used before


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
    m = end - onset  # a straggler phase: lower, noisier, periodic deeper dips (as anomaly.tuning's)
    seg = math.log(1 - depth) + rng.normal(0, rng.uniform(0.02, 0.08), m)
    p = int(rng.integers(3, 40))
    seg[(np.arange(m) % p) == 0] += math.log(1 - rng.uniform(0.0, 0.3))
    reg[onset:end] += seg
    return Event(kind, onset, onset, end, float(depth))


def escalate_trace(seed: int, n: int = 6000):
    """One construct trace (deterministic in ``seed``); ``plan`` names its plan."""
    rng = np.random.default_rng(seed)
    base = make_tuning(seed, n)
    reg, events = np.zeros(n), []
    plan = ("during", "rebased", "leak", "single")[int(rng.choice(4, p=[0.45, 0.2, 0.2, 0.15]))]
    first = int(rng.integers(1000, 3000))
    if plan == "during":
        second = first + int(rng.integers(100, 601))
        end2 = second + int(rng.integers(200, 1001))
        end1 = n if rng.random() < 0.4 else min(n, end2 + int(rng.integers(100, 800)))
        kind1 = "drop" if rng.random() < 0.65 else "straggler"
        events.append(_add(rng, reg, kind1, first, end1, rng.uniform(0.08, 0.3)))
        kind2 = ("drop", "straggler", "leak")[int(rng.choice(3, p=[0.6, 0.2, 0.2]))]
        events.append(_add(rng, reg, kind2, second, end2, rng.uniform(0.08, 0.3), int(rng.integers(80, 300))))
    elif plan == "rebased":
        events.append(_add(rng, reg, "drop", first, n, rng.uniform(0.08, 0.2)))
        second = first + int(rng.integers(500, 1201))
        events.append(_add(rng, reg, "drop", second, second + int(rng.integers(200, 1000)), rng.uniform(0.08, 0.3)))
    elif plan == "leak":
        ramp = int(rng.integers(600, 1501))
        end = first + ramp + int(rng.integers(100, 600))
        events.append(_add(rng, reg, "leak", first, end, rng.uniform(0.25, 0.4), ramp))
        if rng.random() < 0.5:
            onset = first + ramp + int(rng.integers(400, 801))
            if onset < n - 400:
                events.append(_add(rng, reg, "drop", onset, onset + int(rng.integers(200, 800)),
                                   rng.uniform(0.08, 0.3)))
    else:
        kind = "drop" if rng.random() < 0.6 else "straggler"
        events.append(_add(rng, reg, kind, first, first + int(rng.integers(300, 1500)), rng.uniform(0.08, 0.3)))
    c = copy.copy(base)
    c.values, c.events, c.plan = base.healthy * np.exp(reg), sorted(events, key=lambda e: e.onset), plan
    return c


def escalate_set(n_pts: int = 6000) -> list:
    """The escalation construct: 24 traces of ``n_pts`` points (seeds :data:`ESCALATE_SEEDS`)."""
    return [escalate_trace(s, max(n_pts, 6000)) for s in ESCALATE_SEEDS]
