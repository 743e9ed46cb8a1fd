"""Session 11: the smeared-onset tuning construct (``benchmarks/anomaly_smeared.py``).

Its traces are tuning traces seen through a ``rate()`` window: outside its events (and the window's
smear after them) a trace equals its healthy twin, its window is 3-8 points, and the smear is a
trailing moving average. The level test tried against it (``sustain``, session 11's prototype in commit ``b692e10``) is
an option off by default since session 12, with its threshold in noise units (``anomaly/level.py``): a
9 % drop seen through a 6-point window is caught within 60 points with ``sustain=40``, late without it,
and a state saved with the test's history resumes to the same flags.
"""

from __future__ import annotations

import numpy as np

from benchmarks.anomaly_smeared import smear, smeared_trace


def test_the_construct_is_its_healthy_twin_smeared_outside_events():
    tr = smeared_trace(330_001)
    assert 3 <= tr.window <= 8 and tr.events
    out = np.ones(len(tr.values), bool)
    for e in tr.events:
        out[e.onset:e.end + tr.window] = False
    assert np.allclose(tr.values[out], tr.healthy[out])


def test_smear_is_a_trailing_moving_average():
    x = np.arange(10.0)
    y = smear(x, 3)
    assert y[0] == 0.0 and y[1] == 0.5 and np.allclose(y[2:], x[1:-1])


def _smeared_drop(seed: int) -> tuple[np.ndarray, int]:
    rng = np.random.default_rng(seed)
    n, onset = 3000, 1500
    x = 800.0 * np.exp(rng.normal(0.0, 0.03, n))
    x[onset:2300] *= 0.91
    return smear(x, 6), onset


def test_the_level_test_catches_a_shallow_smeared_drop_in_time():
    from anomaly.detector import ThroughputDetector
    from anomaly.evaluation import alert_runs

    for seed in (1, 2):
        v, onset = _smeared_drop(seed)
        off = ThroughputDetector(seed=0, sustain=0, residual_ar=0)  # session 13's rule (no level test, no residual chart)
        level = ThroughputDetector(seed=0)  # the default: sustain=40
        late = alert_runs([off.update(float(x)).is_anomaly for x in v])
        assert late and not any(onset <= s <= onset + 60 for s, _ in late), (seed, late)  # session 13's rule: late
        on = alert_runs([level.update(float(x)).is_anomaly for x in v])
        assert any(onset <= s <= onset + 60 for s, _ in on), (seed, on)
        assert all(s >= onset for s, _ in on), (seed, on)  # nothing before it


def test_the_level_test_state_resumes():
    from anomaly.detector import ThroughputDetector

    v, onset = _smeared_drop(3)
    a = ThroughputDetector(seed=0, sustain=40)
    for x in v[:onset + 20]:
        a.update(float(x))
    st = a.state_dict()
    assert len(st["sides"][0]["level"]["hist"]) > 300
    b = ThroughputDetector()
    b.load_state_dict(st)
    rest = v[onset + 20:]
    assert [a.update(float(x)).is_anomaly for x in rest] == [b.update(float(x)).is_anomaly for x in rest]
