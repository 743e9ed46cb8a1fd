"""settle_noise (session 23, helper ``latecatch``; 3 by default from generator 46's blind look, 0 after 47's, 3 again
after 49's, each time by the rule written before the look): after a pause, a point counts as still climbing back
(held: neither evidence nor drain) only when it rose beyond that many noise units, not by one noisy step. "today"
below is the rule without it (settle_noise=0).

Small constructs only (the seen-data measurement is ``benchmarks/anomaly_stuck.py``'s ``settle_noise=*`` keys; why
late events are late: ``benchmarks/anomaly_late.py``)."""

import functools

import numpy as np
import pytest

from anomaly.detector import PARAMS_BEFORE, ThroughputDetector
from anomaly.evaluation import alert_runs

ONSET, PAUSE_END = 2010, 2040  # the drop begins inside the pause [2000, 2040)


def _trace(seed: int = 0, noise: float = 0.05, depth: float = 0.1, n: int = 2600):
    """A noisy rate with a known 40-point pause every 400 points; from ``ONSET`` (inside a pause) it sits ``depth``
    lower and flat: after the pause it does not climb back, it only jitters."""
    rng = np.random.default_rng(seed)
    v = 1000.0 * np.exp(rng.normal(0.0, noise, n))
    pause = np.zeros(n, bool)
    for a in range(400, n, 400):
        pause[a:a + 40] = True
    v[pause] *= 0.02
    v[ONSET:] *= 1.0 - depth
    return v, pause


def _run(v, pause, det=None, **kw):
    det = det or ThroughputDetector(seed=0, **kw)
    out = [det.update(float(x), pause=bool(p)) for x, p in zip(v, pause)]
    return [r.is_anomaly for r in out], [r.state for r in out]


@functools.lru_cache(maxsize=None)
def _base_run(**kw):
    """``_run`` over ``_trace()``, shared by the tests that judge the same run (flags and states, read only)."""
    return _run(*_trace(), **kw)


def _held(states, pause, a: int = PAUSE_END, b: int = PAUSE_END + 60) -> int:
    """Points after the pause reported as ``pause`` although the monitor said training: the settling ones."""
    return sum(1 for i in range(a, b) if states[i] == "pause" and not pause[i])


def test_three_by_default_and_off_for_a_state_saved_before_it_existed():
    assert ThroughputDetector().settle_noise == 3.0 and PARAMS_BEFORE["settle_noise"] == 0.0
    v, p = _trace()
    assert _run(v, p) == _base_run(settle_noise=3.0) != _base_run(settle_noise=0.0)


def test_a_flat_level_after_the_pause_is_not_held_for_its_noise():
    _, p = _trace()
    flags, states = _base_run(settle_noise=0.0)
    flags3, states3 = _base_run(settle_noise=3.0)
    assert _held(states3, p) <= 2 < _held(states, p)  # only the two first points after the pause stay held
    start, start3 = alert_runs(flags)[0][0], alert_runs(flags3)[0][0]
    assert start - ONSET > 60 >= start3 - ONSET, (start, start3)  # late today, in the catch window with the option


@pytest.mark.parametrize("seed", [1, 2])
def test_the_option_never_delays_the_drop(seed):
    v, p = _trace(seed, depth=0.13)
    flags, states = _run(v, p, settle_noise=0.0)
    flags3, states3 = _run(v, p, settle_noise=3.0)
    assert _held(states3, p) <= _held(states, p)
    assert ONSET <= alert_runs(flags3)[0][0] <= alert_runs(flags)[0][0] + 1


def test_a_steep_warm_up_ramp_is_still_held():
    # after each pause the rate climbs back from half over 20 points (0.035 log units a point): 5 points rise 0.17,
    # beyond 3 noise units of 0.03; the points of the ramp stay held (but for one or two where it flattens at its end)
    rng = np.random.default_rng(4)
    n = 2600
    v = 1000.0 * np.exp(rng.normal(0.0, 0.03, n))
    pause = np.zeros(n, bool)
    for a in range(400, n, 400):
        pause[a:a + 40] = True
        v[a + 40:a + 60] *= 0.5 + 0.5 * np.arange(20) / 20
    v[pause] *= 0.02
    _, states = _run(v, pause, settle_noise=0.0)
    _, states3 = _run(v, pause, settle_noise=3.0)
    for a in range(800, n, 400):
        today, held = _held(states, pause, a + 43, a + 58), _held(states3, pause, a + 43, a + 58)
        assert today - 2 <= held <= today and held > 10, (a, today, held)


def test_validation_and_state():
    for bad in (-1.0, float("nan"), True, "3"):
        with pytest.raises(ValueError):
            ThroughputDetector(settle_noise=bad).validate()
    v, p = _trace()
    a = ThroughputDetector(seed=0, settle_noise=3.0)
    cut = PAUSE_END + 5  # inside the settling window after the pause
    _run(v[:cut], p[:cut], a)
    st = a.state_dict()  # (a second state of the same detector at the cut, for the old state below)
    b = ThroughputDetector(settle_noise=0.0)
    b.load_state_dict(a.state_dict())
    # a's own run on from the cut: the shared uninterrupted run of ThroughputDetector(seed=0, settle_noise=3.0)
    flags, states = _base_run(settle_noise=3.0)
    assert b.settle_noise == 3.0 and (flags[cut:], states[cut:]) == _run(v[cut:], p[cut:], b)
    del st["params"]["settle_noise"]  # a state saved before the option existed resumes without it
    c = ThroughputDetector(settle_noise=3.0)
    c.load_state_dict(st)
    assert c.settle_noise == 0.0
