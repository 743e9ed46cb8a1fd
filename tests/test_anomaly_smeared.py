"""Session 11: the smeared-onset tuning construct (``benchmarks/anomaly_smeared.py``).

Its traces are tuning traces seen through a ``rate()`` window: outside its events (and the window's
smear after them) a trace equals its healthy twin, its window is 3-8 points, and the smear is a
trailing moving average. The level test tried against it (``sustain``) was not shipped: see commit ``b692e10``
and ``docs/results/anomaly.md`` ("Smeared onsets").
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
