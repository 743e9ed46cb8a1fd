"""shelf_follow (session 23, helper ``lstmrole``; off by default): with the phase known, the CUSUM measures a shortfall
against a median no higher than the median of the last ``shelf_follow`` scored points outside pauses.

Why (``benchmarks/anomaly_lstm_role.py``): the global LSTM forecasts the healthy level, so a healthy shelf 10-20 %
below the reference lasting a few hundred points adds evidence on every point until the CUSUM fires; the naive
ablation follows it. Small constructs only; the seen-data measurement is ``benchmarks/anomaly_stuck.py``'s
``shelf_follow=60`` key and ``benchmarks/anomaly_lstm_role.py``."""

import functools
import math

import numpy as np
import pytest

from anomaly.detector import PARAMS_BEFORE, ThroughputDetector
from anomaly.evaluation import alert_runs
from benchmarks.anomaly_misses import SEEN

SHELF, STEP = 1500, 1510  # the healthy shelf's descent starts here; the regression's step


def _trace(seed: int, kind: str, depth: float, n: int = 3000):
    """A rate with noise (0.04) and a slow healthy wander (0.05, period 400) and a known 20-point pause every 300
    points. ``shelf``: from ``SHELF`` it descends by ``depth`` over 100 points, sits there 300 and climbs back over
    100 (healthy); ``step``: from ``STEP`` it sits ``depth`` lower to the end (a regression)."""
    rng = np.random.default_rng(seed)
    t = np.arange(n)
    y = rng.normal(0.0, 0.04, n) + 0.05 * np.sin(2 * np.pi * t / 400 + rng.uniform(0, 6.3))
    pause = np.zeros(n, bool)
    for a in range(300, n, 300):
        pause[a:a + 20] = True
    level = np.zeros(n)
    if kind == "shelf":
        ramp = np.arange(100) / 100
        level[SHELF:SHELF + 100] = -depth * ramp
        level[SHELF + 100:SHELF + 400] = -depth
        level[SHELF + 400:SHELF + 500] = -depth * (1 - ramp)
    else:
        level[STEP:] = -depth
    v = 1000.0 * np.exp(y + level)
    v[pause] *= 0.05
    return v, pause


def _run(v, pause, det=None, **kw):
    # beside the rule it was measured with (session 23): the residual chart on, the default until generator 26's look
    det = det or ThroughputDetector(seed=0, **{"residual_ar": 0.7, **kw})
    return [det.update(float(x), pause=None if pause is None else bool(p))
            for x, p in zip(v, pause if pause is not None else [None] * len(v))]


@functools.lru_cache(maxsize=None)
def _whole(seed: int, kind: str, depth: float, **kw):
    """``_run`` over ``_trace(seed, kind, depth)`` with the phase known, shared by the tests that judge the same
    run (the results, read only)."""
    v, p = _trace(seed, kind, depth)
    return _run(v, p, **kw)


def _runs(results):
    return alert_runs([r.is_anomaly for r in results])


def test_off_by_default_and_zero_is_todays_rule():
    assert ThroughputDetector().shelf_follow == 0 and PARAMS_BEFORE["shelf_follow"] == 0
    v, p = _trace(0, "shelf", 0.12)
    assert _whole(0, "shelf", 0.12) == _run(v, p, shelf_follow=0)


def test_phase_unknown_is_untouched():
    v, _ = _trace(0, "shelf", 0.12)
    assert _run(v, None) == _run(v, None, shelf_follow=60)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_healthy_shelf_the_lstm_forecasts_back_up_raises_no_alert(seed):
    today, follow = _whole(seed, "shelf", 0.12), _whole(seed, "shelf", 0.12, shelf_follow=60)
    runs = [(s, e) for s, e in _runs(today) if SHELF <= s < SHELF + 500]
    assert runs, "today's rule alerts on the shelf"  # the mechanism: the LSTM forecasts the level before the shelf
    s = runs[0][0]
    assert math.log(today[s].forecast / today[s].value) > 0.08, (today[s].forecast, today[s].value)
    assert not _runs(follow), _runs(follow)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_step_is_still_caught_in_the_catch_window(seed):
    v, p = _trace(seed, "step", 0.3)
    today, follow = _runs(_run(v, p)), _runs(_run(v, p, shelf_follow=60))
    assert STEP <= follow[0][0] <= min(STEP + 40, today[0][0] + 5), (today[:1], follow[:1])  # catch window: 60


def test_validation_and_state():
    for bad in (-1, 1.5, True, "60"):
        with pytest.raises(ValueError):
            ThroughputDetector(shelf_follow=bad).validate()
    v, p = _trace(0, "shelf", 0.12)
    cut = SHELF + 150  # on the shelf, the window full
    a = ThroughputDetector(seed=0, shelf_follow=60)
    _run(v[:cut], p[:cut], a)
    st = a.state_dict()  # (a second state of the same detector at the cut, for the old state below)
    b = ThroughputDetector()
    b.load_state_dict(a.state_dict())
    # a's own run on from the cut: the shared uninterrupted run where a is that run's detector (as today's defaults)
    same = a.get_params() == ThroughputDetector(seed=0, residual_ar=0.7, shelf_follow=60).get_params()
    rest = _whole(0, "shelf", 0.12, shelf_follow=60)[cut:] if same else _run(v[cut:], p[cut:], a)
    assert b.shelf_follow == 60 and rest == _run(v[cut:], p[cut:], b)
    del st["params"]["shelf_follow"]  # a state saved before the option existed resumes without it
    c = ThroughputDetector(shelf_follow=60)
    c.load_state_dict(st)
    assert c.shelf_follow == 0


@pytest.mark.parametrize("gens", [f"{SEEN[1] + 1}", f"{SEEN[1]}-{SEEN[1] + 1}", f"3,{SEEN[1] + 3}", "2"])
def test_the_role_benchmark_refuses_unseen_generators(gens, capsys, monkeypatch):
    import benchmarks.anomaly_stuck as stuck
    from benchmarks import anomaly_lstm_role as role

    monkeypatch.setattr(stuck, "build_sets", lambda *a, **k: pytest.fail("built a set"))
    assert role.main(["--gens", gens, "--out", "/nonexistent/x.json"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "refused" in err
