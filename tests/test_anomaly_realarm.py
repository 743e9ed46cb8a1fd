"""Session 10: one alert per straggler that wavers, and no alert at a warm-up after a known pause.

Small constructs built here (tuning-style, no held-out data): a healthy run with 3 % jitter and

* a bursty straggler (2-point dips at half the rate every ~10 points) with a calm stretch of 140
 points in its middle: the alert must hold through the calm stretch (``burst_hold``), not
  end and start again;
* long known pauses (60 points at zero) each followed by a warm-up ramp (30 % -> 100 % over 40 points,
  outside the pause span): with the phase known the ramp is the run settling, not a regression
  (``settle``). With ``settle_noise=3`` (the default since generator 49's blind look, and between 46's and 47's,
  by the rules written before them) a settling climb must also exceed 3 noise units; this gentle ramp's flat tail
  (its last points rise less than that) then raises one short alert at some ramps: that default's price, pinned
  below; ``settle_noise=0`` is session 10's rule.
"""

from __future__ import annotations

import numpy as np

from anomaly.detector import ThroughputDetector
from anomaly.evaluation import alert_runs

OLD = {"burst_hold": 0, "settle": 0, "burst_restart": False}  # the session-9 behaviour


def _straggler(seed: int) -> tuple[np.ndarray, int, int]:
    rng = np.random.default_rng(seed)
    n, onset, end = 2400, 900, 1900
    v = 1000.0 * np.exp(rng.normal(0.0, 0.03, n))
    t = onset + int(rng.integers(0, 5))
    while t < end:
        if not 1300 <= t < 1440:  # the calm stretch
            v[t:t + 2] *= 0.5
        t += int(rng.integers(7, 14))
    return v, onset, end


def _flags(values, pauses=None, **kw) -> list[bool]:
    det = ThroughputDetector(seed=0, **kw)
    if pauses is None:
        return [det.update(float(x)).is_anomaly for x in values]
    return [det.update(float(x), pause=bool(p)).is_anomaly for x, p in zip(values, pauses)]


def test_a_wavering_straggler_is_one_alert():
    for seed in (1, 2):
        v, onset, end = _straggler(seed)
        for kw in ({}, OLD):
            runs = alert_runs(_flags(v, **kw))
            assert runs and onset <= runs[0][0] < onset + 100, (seed, kw, runs)  # caught
            assert all(s < end + 30 for s, _ in runs), (seed, kw, runs)  # no alarm after it
            inside = [s for s, _ in runs if onset <= s < end + 30]
            if kw:
                assert len(inside) >= 2, (seed, runs)  # the construct shows the re-alarm ...
            else:
                assert len(inside) == 1, (seed, runs)  # ... which the burst hold removes


def _warmups(seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    n = 4000
    v = 500.0 * np.exp(rng.normal(0.0, 0.03, n))
    pause = np.zeros(n, bool)
    for a in range(400, n - 200, 400):
        pause[a:a + 60] = True
        v[a:a + 60] *= 0.01
        v[a + 60:a + 100] *= np.linspace(0.3, 1.0, 41)[:-1]
    return v, pause


def test_a_warm_up_after_a_known_pause_is_not_a_regression():
    for seed in (3, 4):
        v, pause = _warmups(seed)
        assert alert_runs(_flags(v, pause, **OLD)), seed  # the construct raises false alarms before the fix
        assert alert_runs(_flags(v, pause, settle_noise=0.0)) == [], seed  # session 10's rule: none
    for kw in ({"settle_noise": 0.0}, {}):
        v, pause = _warmups(5)  # a real drop that starts inside a pause is still caught
        v[2060:3000] *= 0.7
        runs = alert_runs(_flags(v, pause, **kw))
        assert runs and 2060 <= runs[0][0] < 2160, (kw, runs)


def test_settle_noise_3_alarms_only_briefly_at_a_gentle_ramps_tail():
    # the cost of settle_noise=3 (the default since generator 49's look) on this construct: with 3 % jitter the
    # ramp's last points rise less than 3 noise units over five points, so some ramps end in one alert
    starts = 0
    for seed in (3, 4, 5, 6, 7):
        v, pause = _warmups(seed)
        runs = alert_runs(_flags(v, pause, settle_noise=3.0))
        ramps = range(400 + 60, 4000 - 200, 400)  # where each ramp begins (the pause's end)
        for s, e in runs:
            assert any(r + 25 <= s < r + 40 for r in ramps) and e - s <= 35, (seed, runs)
        assert len(runs) <= 3, (seed, runs)
        starts += len(runs)
    assert starts >= 5  # the price is real on this construct: at least one alert per seed on average


def test_the_session_10_constructs_hold_what_their_labels_say():
    from anomaly.traces import make_trace
    from benchmarks.anomaly import bursty_stragglers, long_pause_trace

    calm = 0
    for i in range(6):  # wavering: one long straggler with calm stretches inside, healthy twin outside
        tr = make_trace(9200 + i, 4000, pauses="short")
        w = bursty_stragglers(tr, 700 + i, long=True)
        ratio = w.values / tr.healthy
        outside = np.ones(len(ratio), bool)
        for e in w.events:
            assert e.kind == "straggler" and e.end - e.onset >= 300
            outside[e.onset:e.end] = False
            seg = np.isclose(ratio[e.onset:e.end], 1.0)
            runs = np.diff(np.flatnonzero(np.diff(np.r_[0, seg.astype(int), 0]))).tolist()[::2]
            calm += max(runs, default=0) >= 40  # a calm stretch of 40+ healthy points
        np.testing.assert_allclose(ratio[outside], 1.0)
    assert calm >= 2
    for seed in (310_000, 310_001, 310_002):  # long pauses of 15-120 points; values = healthy outside events
        a, b = long_pause_trace(seed, 4000), long_pause_trace(seed, 4000)
        assert np.array_equal(a.values, b.values)
        assert a.pauses and all(15 <= e - s <= 120 for s, e in a.pauses[:-1])
        outside = np.ones(4000, bool)
        for e in a.events:
            outside[e.onset:e.end] = False
        np.testing.assert_allclose(a.values[outside], a.healthy[outside])
