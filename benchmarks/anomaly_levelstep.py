"""The level-step tuning construct (session 11): healthy runs whose level steps for good, with
regressions placed before and after the steps.

A healthy, permanent change of the level (the data loader becoming or ceasing to be the bottleneck)
moves throughput by 5-15 % for the rest of a run. A detector that alerts at a step down holds the
alert until it accepts the new level; while it holds, a new regression cannot start an alert, and
the points it flags are outside every event. A permanent regression does the same. The construct is
built from the tuning generator only (``anomaly/tuning.py``, seeds 320,000+, not trained on):

* the healthy twin of one diverse tuning trace (its pauses, rhythm, jitter), 6,000 points;
* one or two (35 %) permanent level steps of 5-15 %, up or down, at random times after point 800;
* the tuning family's regressions (drops, leaks, stragglers: :func:`anomaly.tuning.add_regression`)
  in one of three plans: after a step (onset 100-500 points after it, so that an alert held at the
  step shadows it; one event per step) with sometimes one before the first step; a *permanent*
  regression (to the end) with a second one starting 200-700 points after its onset, and a step before
  both; or none (a fifth of the traces: steps only).

    from benchmarks.anomaly_levelstep import level_step_set
    traces = level_step_set()   # 24 traces; benchmarks/anomaly.py --level-step-only scores them
"""

from __future__ import annotations

import copy
import math

import numpy as np

from anomaly.tuning import add_regression, make_tuning

LEVEL_STEP_SEEDS = range(320_000, 320_024)  # tuning-family seeds outside the training range (300,000-300,999)
KINDS = ("drop", "leak", "straggler")


def _kind(rng: np.random.Generator) -> str:
    return KINDS[int(rng.choice(3, p=[0.5, 0.25, 0.25]))]


def level_step_trace(seed: int, n: int = 6000):
    """One construct trace (deterministic in ``seed``): ``healthy`` holds the steps, ``events`` the regressions."""
    rng = np.random.default_rng(seed)
    base = make_tuning(seed, n)
    t = np.arange(n)
    steps = sorted(int(s) for s in rng.integers(800, n - 700, 2 if rng.random() < 0.35 else 1))
    if len(steps) == 2 and steps[1] - steps[0] < 900:
        steps = steps[:1]
    shift = np.zeros(n)
    for s in steps:
        shift[s:] += math.log(1 + rng.choice([-1.0, 1.0]) * rng.uniform(0.05, 0.15))
    reg, events = np.zeros(n), []
    plan = rng.choice(3, p=[0.5, 0.3, 0.2])  # 0: after the steps, 1: a permanent regression and a second, 2: clean
    if plan == 0:
        if steps[0] > 1300 and rng.random() < 0.5:  # one before the first step, ending before it
            onset = int(rng.integers(500, steps[0] - 700))
            events.append(add_regression(rng, reg, t, _kind(rng), onset, min(steps[0] - 100,
                                                                             onset + int(rng.integers(200, 1000)))))
        for k, s in enumerate(steps):
            nxt = steps[k + 1] if k + 1 < len(steps) else n
            onset = s + int(rng.integers(100, 501))
            if nxt - onset < 300:
                continue
            end = min(nxt - 100, onset + int(rng.integers(200, 1200)))
            events.append(add_regression(rng, reg, t, _kind(rng), onset, end))
    elif plan == 1:
        first = int(rng.integers(max(steps[0] + 400, 1500), n - 1500)) if steps[0] < n - 1900 else None
        if first is not None:
            kind = "drop" if rng.random() < 0.6 else "straggler"  # a permanent one: a leak ends its ramp anyway
            events.append(add_regression(rng, reg, t, kind, first, n))
            onset = first + int(rng.integers(200, 701))
            events.append(add_regression(rng, reg, t, _kind(rng), onset,
                                         min(n - 50, onset + int(rng.integers(200, 800)))))
    # a step inside an event span is a healthy change during a regression: it stays, and the labels with it
    healthy = base.healthy * np.exp(shift)
    c = copy.copy(base)
    c.values, c.healthy, c.events = healthy * np.exp(reg), healthy, sorted(events, key=lambda e: e.onset)
    c.steps = steps
    return c


def level_step_set(n_pts: int = 6000) -> list:
    """The level-step construct: 24 traces of ``n_pts`` points (seeds :data:`LEVEL_STEP_SEEDS`)."""
    return [level_step_trace(s, max(n_pts, 6000)) for s in LEVEL_STEP_SEEDS]
