"""The smeared-onset tuning construct (session 11): tuning runs seen through a Prometheus ``rate()``
over a window of several scrapes, with shallow drops and on/off stragglers.

The seventh generator's diagnosis (session 11) found most misses *late*: an alert started 66-250
points after the onset, past the scorer's 60-point catch window, because ``rate()`` over 3-8 scrape
intervals smears a step into a ramp and shallow drops (7-15 %) build evidence slowly, and a flaky
node that is slow in runs of 5-40 steps, healthy between, takes time to show. This construct rebuilds
that from the tuning generator only (``anomaly/tuning.py``, seeds 330,000+, not trained on):

* the healthy twin of one diverse tuning trace (its pauses, rhythm, jitter), 6,000 points;
* one to three regressions, 600-1,500 points apart: a shallow drop (7-15 %, 40 %), an on/off straggler
  (a run of 5-40 points 10-35 % slow, then 5-40 healthy, ..., 30 %), or the tuning family's own
  (:func:`anomaly.tuning.add_regression`, 30 %); a fifth of the traces stay clean;
* the whole series (healthy twin included) then passes through a trailing moving average of
  w = 3-8 points (what ``rate()`` over w scrape intervals does); a pause's span grows by w - 1 points.

    from benchmarks.anomaly_smeared import smeared_set
    traces = smeared_set()   # 24 traces; benchmarks/anomaly.py --smeared-only scores them
"""

from __future__ import annotations

import copy
import math

import numpy as np

from anomaly.traces import Event
from anomaly.tuning import add_regression, make_tuning

SMEARED_SEEDS = range(330_000, 330_024)  # tuning-family seeds outside the training range (300,000-300,999)


def smear(x: np.ndarray, w: int) -> np.ndarray:
    """A trailing moving average of ``w`` points (the first ``w - 1`` points average what there is)."""
    c = np.cumsum(np.concatenate([[0.0], x]))
    i = np.arange(1, len(x) + 1)
    lo = np.maximum(i - w, 0)
    return (c[i] - c[lo]) / (i - lo)


def on_off(rng: np.random.Generator, reg: np.ndarray, onset: int, end: int) -> Event:
    """An on/off straggler: runs of 5-40 slow points (10-35 %), healthy runs of 5-40 between."""
    depth = rng.uniform(0.10, 0.35)
    i, slow = onset, True
    while i < end:
        m = int(rng.integers(5, 41))
        if slow:
            reg[i:min(end, i + m)] += math.log(1 - depth)
        i, slow = i + m, not slow
    return Event("straggler", onset, onset, end, float(depth))


def smeared_trace(seed: int, n: int = 6000):
    """One construct trace (deterministic in ``seed``)."""
    rng = np.random.default_rng(seed)
    base = make_tuning(seed, n)
    t = np.arange(n)
    reg, events = np.zeros(n), []
    k = 0 if rng.random() < 0.2 else int(rng.integers(1, 4))
    onset = int(rng.integers(700, 1200))
    for _ in range(k):
        end = onset + int(rng.integers(200, 900))
        if end > n - 100:
            break
        kind = rng.choice(3, p=[0.4, 0.3, 0.3])
        if kind == 0:
            depth = rng.uniform(0.07, 0.15)
            reg[onset:end] += math.log(1 - depth)
            events.append(Event("drop", onset, onset, end, float(depth)))
        elif kind == 1:
            events.append(on_off(rng, reg, onset, end))
        else:
            ev = add_regression(rng, reg, t, str(rng.choice(["drop", "leak", "straggler"])), onset, end)
            events.append(ev)
            end = ev.end
        onset = end + int(rng.integers(600, 1500))
    w = int(rng.integers(3, 9))
    c = copy.copy(base)
    c.healthy = smear(base.healthy, w)
    c.values = np.maximum(smear(base.healthy * np.exp(reg), w), 0.0)
    c.events = events
    c.pauses = [(a, min(n, b + w - 1)) for a, b in base.pauses]
    c.window = w
    return c


def smeared_set(n_pts: int = 6000) -> list:
    """The smeared-onset construct: 24 traces of ``n_pts`` points (seeds :data:`SMEARED_SEEDS`)."""
    return [smeared_trace(s, max(n_pts, 6000)) for s in SMEARED_SEEDS]
