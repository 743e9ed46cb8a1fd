"""Session 11: the level test (``sustain``) catches a shallow drop smeared by a ``rate()`` window in time.

Small constructs built here (tuning-style, no held-out data): a healthy run with 3 % jitter seen
through a trailing moving average of 6 points (``rate()`` over 6 scrapes), with

* a 9 % drop: the forecast follows the smeared ramp, so the CUSUM alone alarms 140-180 points after
  the onset (past the scorer's 60-point catch window); with the level test the alert starts within 60;
* no regression, but a slow healthy wander: no alert either way;
* a checkpoint taken while the level test's window is filling resumes to the same flags, and a state
  saved before the level test (no ``level`` keys) loads.
"""

from __future__ import annotations

import copy

import numpy as np

from anomaly.detector import ThroughputDetector
from anomaly.evaluation import alert_runs
from benchmarks.anomaly_smeared import smear, smeared_trace

NEW = {"sustain": 40}
OLD = {"sustain": 0}  # the shipped session-11 rule: the forecast-based CUSUM (and the burst rule) alone


def _flags(values, det=None, **kw) -> list[bool]:
    det = det or ThroughputDetector(seed=0, **kw)
    return [det.update(float(x)).is_anomaly for x in values]


def _smeared_drop(seed: int, depth: float = 0.09) -> tuple[np.ndarray, int]:
    rng = np.random.default_rng(seed)
    n, onset = 2400, 1500
    v = 800.0 * np.exp(rng.normal(0.0, 0.03, n))
    v[onset:onset + 600] *= 1 - depth
    return smear(v, 6), onset


def test_a_smeared_shallow_drop_is_caught_in_time():
    for seed in (1, 2, 3):
        v, onset = _smeared_drop(seed)
        old = alert_runs(_flags(v, **OLD))
        assert old and old[0][0] > onset + 60, (seed, old)  # caught, but late (the forecast follows the ramp)
        new = alert_runs(_flags(v, **NEW))
        assert new and onset <= new[0][0] <= onset + 60, (seed, new)
        assert len(new) == 1, (seed, new)


def test_a_healthy_wander_raises_no_level_alert():
    rng = np.random.default_rng(11)
    n = 3000
    wander = np.zeros(n)
    for i in range(1, n):
        wander[i] = 0.98 * wander[i - 1] + rng.normal(0.0, 0.006)
    v = smear(800.0 * np.exp(wander + rng.normal(0.0, 0.02, n)), 5)
    assert alert_runs(_flags(v, **NEW)) == alert_runs(_flags(v, **OLD)) == []


def test_the_level_test_resumes_and_old_states_load():
    v, onset = _smeared_drop(2)
    cut = onset + 20  # the level test's window holds part of the drop
    det = ThroughputDetector(seed=0, **NEW)
    head = _flags(v[:cut], det=det)
    st = det.state_dict()
    assert st["sides"][0]["level"] and st["sides"][0]["level_hist"]
    back = ThroughputDetector(seed=0, **NEW)
    back.load_state_dict(copy.deepcopy(st))
    assert head + _flags(v[cut:], det=back) == _flags(v, **NEW)
    for side in st["sides"]:  # a state saved before the level test: no window, no history
        for key in ("level", "level_hist", "level_pending", "level_armed"):
            side.pop(key)
    old = ThroughputDetector(seed=0, **NEW)
    old.load_state_dict(st)
    assert len(_flags(v[cut:], det=old)) == len(v) - cut


def test_the_construct_is_its_healthy_twin_smeared_outside_events():
    tr = smeared_trace(330_001)
    assert 3 <= tr.window <= 8 and tr.events
    out = np.ones(len(tr.values), bool)
    for e in tr.events:
        out[e.onset:e.end + tr.window] = False
    assert np.allclose(tr.values[out], tr.healthy[out])
