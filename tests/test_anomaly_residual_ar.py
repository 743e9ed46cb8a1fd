"""Session 18: ``ThroughputDetector(residual_ar=phi_max)`` (the default from generator 18's look to generator 20's,
from 21's to 26's, and again since 27's): the shortfall CUSUM as a residual (innovations) chart, an AR(1) fitted online to the run's own
healthy forecast residuals (:mod:`anomaly.residual_ar`).

Small constructs built here (no held-out data): a healthy run whose rate declines slowly by 22 % over every 250
points and jumps back (an epoch saw-tooth) with 1.5 % jitter: the global LSTM forecasts a flat level, its
residuals are autocorrelated, and under the plain rule nearly every tooth raises an alert; with ``residual_ar=0.7``
none does. A 20 % drop on a flat white-noise run (the residuals white, ``phi`` ~ 0) is caught at the same point as
by the plain rule; on the saw-tooth run (``phi`` at its cap) it is still caught, later (the known weakness of an
innovations chart: a sustained step adds mainly at its onset; the level test catches the shelf).
"""

from __future__ import annotations

import functools
import math

import numpy as np
import pytest
import torch

from anomaly.detector import WITH_HOLD, WITHOUT_HOLD, ThroughputDetector
from anomaly.evaluation import alert_runs

#: the constructs here were written with the hold of raised points on (the default until generator 72's look and
#: again since 151's), and their tests name it
HOLD = WITH_HOLD
N = 3600
ONSET = 3000


def _trace(seed: int, kind: str) -> np.ndarray:
    rng = np.random.default_rng(seed)
    t = np.arange(N)
    if kind.startswith("saw"):
        v = 800.0 * np.exp(-0.25 * (t % 250) / 250.0 + rng.normal(0.0, 0.015, N))
    else:
        v = 800.0 * np.exp(rng.normal(0.0, 0.03, N))
    if kind.endswith("drop"):
        v[ONSET:] *= 0.8
    return v


def _run(v, det=None, **kw) -> list[bool]:
    det = det or ThroughputDetector(seed=0, **{**HOLD, **kw})
    return [det.update(float(x)).is_anomaly for x in v]


@functools.lru_cache(maxsize=None)
def _whole(trace: tuple, **kw):
    """One uninterrupted run of ``ThroughputDetector(seed=0, **HOLD, **kw)`` over ``_trace(*trace)``
    (``("saw", seed)``) or ``_leak(*trace)`` (``("leak", seed, depth)``), shared by the tests that judge the same run:
    its results, flags, the AR(1) fit's ``mu`` and whether the leak guard held after each point, and the detector at
    the end (read only)."""
    v = _leak(*trace[1:]) if trace[0] == "leak" else _trace(trace[1], trace[0])
    det = ThroughputDetector(seed=0, **{**HOLD, **kw})
    res, mus, held = [], [], []
    for x in v:
        res.append(det.update(float(x)))
        ar = det._sides[0].ar
        if ar is not None:
            mus.append(ar.mu)
            held.append(ar.held > 0)
    return res, [r.is_anomaly for r in res], np.asarray(mus), np.asarray(held), det


@pytest.mark.parametrize("seed", [1, 2])
def test_a_healthy_saw_tooth_raises_no_alert_with_the_option(seed):
    assert len(alert_runs(_whole(("saw", seed), residual_ar=0)[1])) >= 6  # the plain rule: an alert on every tooth
    _, flags, _, _, det = _whole(("saw", seed), residual_ar=0.7)
    assert alert_runs(flags) == []
    ar = det._sides[0].ar
    assert ar.phi > 0.5 and ar.ratio < 0.8  # the run's residuals are strongly autocorrelated


def test_a_drop_on_a_white_noise_run_is_caught_as_by_the_plain_rule():
    v = _trace(1, "flat_drop")
    plain = alert_runs(_run(v, residual_ar=0))
    det = ThroughputDetector(seed=0, residual_ar=0.7, **HOLD)
    runs = alert_runs(_run(v, det))
    assert len(runs) == 1 and ONSET <= runs[0][0] <= ONSET + 60, runs
    assert runs == plain
    assert det._sides[0].ar.phi < 0.2  # white residuals: (nearly) the plain rule


def test_a_drop_on_the_saw_tooth_is_still_caught_later():
    v = _trace(1, "saw_drop")
    runs = alert_runs(_run(v, residual_ar=0.7))
    assert len(runs) == 1 and ONSET <= runs[0][0] < N, runs  # caught, but not within 60 points (the weakness)


def test_the_option_is_a_param_and_a_state_resumes(tmp_path):
    v = _trace(2, "saw_drop")
    a = ThroughputDetector(seed=0, residual_ar=0.7)
    assert a.get_params()["residual_ar"] == 0.7 and ThroughputDetector().residual_ar == 0.7
    cut = 2000
    _run(v[:cut], a)
    assert len(a._sides[0].ar.pairs) > 500
    path = tmp_path / "state.pt"
    torch.save(a.state_dict(), path)
    b = ThroughputDetector(residual_ar=0.5)
    b.load_state_dict(torch.load(path))  # weights_only (torch's default): plain data
    assert b.residual_ar == 0.7
    ra = [a.update(float(x)) for x in v[cut:]]
    rb = [b.update(float(x)) for x in v[cut:]]
    assert ra == rb  # every field of every result: the fit in use is restored, not refitted


def test_a_state_saved_before_session_18_loads_and_gives_the_old_rule(tmp_path):
    v = _trace(1, "saw")
    a = ThroughputDetector(seed=0, residual_ar=0, **HOLD)  # the rule before session 18
    cut = 1000
    _run(v[:cut], a)
    _, whole, _, _, a_end = _whole(("saw", 1), residual_ar=0)  # a's own run on from the cut, uninterrupted
    st = a.state_dict()
    del st["params"]["residual_ar"]  # what states before session 18 lack
    for side in st["sides"]:
        del side["ar"]
    path = tmp_path / "old.pt"
    torch.save(st, path)
    b = ThroughputDetector(seed=0, residual_ar=0.7)  # an old state resumes under the rule it was saved with
    b.load_state_dict(torch.load(path))
    assert b.residual_ar == 0.0 and b._sides[0].ar is None
    assert whole[cut:] == _run(v[cut:], b)
    st = a_end.state_dict()  # a state of today's format with the chart on but no fit yet: it starts afresh
    st["params"]["residual_ar"] = 0.7
    st["sides"][0]["ar"] = None
    c = ThroughputDetector(seed=0)
    c.load_state_dict(st)
    assert c.residual_ar == 0.7 and len(c._sides[0].ar.pairs) == 0


@pytest.mark.parametrize("bad", [-0.1, 1.0, 1.5, math.nan, math.inf, True, "0.9", None])
def test_bad_values_are_refused(bad):
    with pytest.raises(ValueError, match=r"residual_ar=.*\[0, 1\)"):
        ThroughputDetector(residual_ar=bad).validate()


def test_on_by_default_since_generator_27s_look_and_zero_is_the_plain_rule():
    v = _trace(2, "saw")
    default = _run(v, ThroughputDetector(seed=0))  # today's default detector (the hold on again since generator 151)
    assert default == _whole(("saw", 2), residual_ar=0.7)[1]
    # with the hold (without it the saw-tooth alerts on every tooth either way): 0 is the plain rule, not the chart
    assert _whole(("saw", 2), residual_ar=0.0)[1] != default


@pytest.mark.parametrize("seed", [1, 2])
def test_without_the_hold_the_healthy_saw_tooth_alerts_and_the_default_is_quiet(seed):
    """The price of the hold's off setting (the default from generator 72's look to 151's, ``WITHOUT_HOLD``): the
    reference follows each tooth's jump back up at once, and the tooth's 22 % decline then alerts, with the chart on;
    the hold, the default again since generator 151's look, keeps it quiet."""
    runs = alert_runs(_run(_trace(seed, "saw"), ThroughputDetector(seed=0, **WITHOUT_HOLD)))
    assert len(runs) >= 6, runs
    assert alert_runs(_run(_trace(seed, "saw"), ThroughputDetector(seed=0))) == []  # the default: none


def test_a_state_saved_while_the_chart_was_off_by_default_resumes_without_it(tmp_path):
    v = _trace(2, "saw_drop")
    a = ThroughputDetector(seed=0, residual_ar=0)  # the default between generators 20 and 21's, 26 and 27's looks
    cut = 2000
    _run(v[:cut], a)
    path = tmp_path / "off.pt"
    torch.save(a.state_dict(), path)
    b = ThroughputDetector(seed=0)  # today's default (0.7)
    b.load_state_dict(torch.load(path))  # weights_only, torch's default
    assert b.residual_ar == 0.0 and b._sides[0].ar is None
    assert _run(v[cut:], a) == _run(v[cut:], b)


# ---------------------------------------------------------------- the leak guard (session 19, off by default)
# A healthy saw-tooth (the runs above) for 2,500 points, then a slow leak of 15 % over 1,500 points: by default no
# alert is raised and the chart's AR(1) fit follows the leak (``mu`` falls with it); with ``leak_guard=1.5`` the median of
# the last 200 healthy-looking residuals falls more than 1.5 robust spreads below the settled fit's ``mu`` and the
# fit stops learning.

LEAK_N, LEAK_AT = 4500, 2500


def _leak(seed: int, depth: float) -> np.ndarray:
    rng = np.random.default_rng(seed)
    t = np.arange(LEAK_N)
    lv = math.log(1 - depth) * np.clip((t - LEAK_AT) / 1500.0, 0.0, 1.0)
    return 800.0 * np.exp(-0.25 * (t % 250) / 250.0 + lv + rng.normal(0.0, 0.015, LEAK_N))


def _trace_fit(trace: tuple, **kw):
    """The chart's run over ``trace`` (as :func:`_whole`): flags, ``mu`` and the guard's hold after each point."""
    _, flags, mus, held, _ = _whole(trace, **{"residual_ar": 0.7, **kw})  # the chart (the default in sessions 18-19)
    assert len(mus) == len(flags)  # the fit exists from the first point
    return flags, mus, held


def test_the_leak_guard_stops_the_fit_following_a_slow_leak():
    flags, mu, held = _trace_fit(("leak", 1, 0.15))  # the chart alone: the leak raises no alert and is learnt as health
    assert alert_runs(flags) == [] and not held.any()
    assert mu[-1] < mu[LEAK_AT - 1] - 0.08  # mu followed the leak down
    gflags, gmu, gheld = _trace_fit(("leak", 1, 0.15), leak_guard=1.5)
    assert gflags[:LEAK_AT] == flags[:LEAK_AT] and not gheld[:LEAK_AT].any()  # healthy: as the chart alone
    assert gheld[LEAK_AT:].sum() > 500  # the guard holds through much of the leak
    assert gmu[-1] > mu[-1] + 0.03  # the fit followed it far less
    runs = alert_runs(gflags)
    assert len(runs) == 1 and LEAK_AT < runs[0][0], runs  # and the leak is then seen (late)


@pytest.mark.parametrize("seed", [1, 2])
def test_the_leak_guard_does_not_hold_on_a_healthy_saw_tooth(seed):
    flags, _, held = _trace_fit(("saw", seed))
    for kw in ({"leak_guard": 1.5}, {"leak_guard": 1.5, "leak_plain": True}):
        gflags, _, gheld = _trace_fit(("saw", seed), **kw)
        assert not gheld.any() and gflags == flags and alert_runs(gflags) == []


def test_the_plain_leak_guard_scores_the_leak_by_the_plain_rule_while_it_holds():
    flags, _, held = _trace_fit(("leak", 1, 0.15), leak_guard=1.5, leak_plain=True)
    runs = alert_runs(flags)
    assert runs and LEAK_AT < runs[0][0] < LEAK_AT + 700, runs  # earlier than the freeze alone
    assert held[LEAK_AT:].sum() > 500


def test_the_leak_guard_is_a_param_and_a_held_state_resumes(tmp_path):
    v = _leak(2, 0.2)
    a = ThroughputDetector(seed=0, residual_ar=0.7, leak_guard=1.5)
    assert a.get_params()["leak_guard"] == 1.5 and ThroughputDetector().leak_guard == 0.0
    cut = LEAK_AT + 700
    _run(v[:cut], a)
    assert a._sides[0].ar.held > 0  # saved while the guard holds
    path = tmp_path / "state.pt"
    torch.save(a.state_dict(), path)
    b = ThroughputDetector()
    b.load_state_dict(torch.load(path))  # weights_only (torch's default): plain data
    assert b.leak_guard == 1.5 and b._sides[0].ar.held == a._sides[0].ar.held
    assert [a.update(float(x)) for x in v[cut:]] == [b.update(float(x)) for x in v[cut:]]


def test_a_state_saved_before_the_leak_guard_loads_and_gives_the_old_rule(tmp_path):
    v = _leak(1, 0.15)
    a = ThroughputDetector(seed=0, residual_ar=0.7, **HOLD)  # the chart, as by default in sessions 18-19
    cut = LEAK_AT + 300
    _run(v[:cut], a)
    whole = _whole(("leak", 1, 0.15), residual_ar=0.7)[0]  # a's own run on from the cut, uninterrupted
    st = a.state_dict()
    for k in ("leak_guard", "leak_plain", "leak_margin"):  # what states before session 19 lack
        del st["params"][k]
    for side in st["sides"]:
        del side["ar"]["guard"]
    path = tmp_path / "old.pt"
    torch.save(st, path)
    b = ThroughputDetector(seed=0, residual_ar=0.7, leak_guard=1.5, leak_plain=True, leak_margin=0.1)
    b.load_state_dict(torch.load(path))
    assert b.leak_guard == 0.0 and b.leak_plain is False and b.leak_margin == 0.0
    assert whole[cut:] == [b.update(float(x)) for x in v[cut:]]


@pytest.mark.parametrize("kw", [{"leak_guard": -1.0}, {"leak_guard": math.nan}, {"leak_guard": math.inf},
                                {"leak_guard": True}, {"leak_guard": "1"}, {"leak_plain": 1}, {"leak_plain": None},
                                {"leak_margin": -0.01}, {"leak_margin": math.inf}, {"leak_margin": False}])
def test_bad_leak_guard_values_are_refused(kw):
    with pytest.raises(ValueError, match=r"leak_(guard|plain|margin)="):
        ThroughputDetector(**kw).validate()


def test_a_floor_margin_wider_than_the_leak_keeps_the_guard_off():
    flags, _, _ = _trace_fit(("leak", 1, 0.15))
    gflags, _, gheld = _trace_fit(("leak", 1, 0.15), leak_guard=1.5, leak_margin=0.5)  # the floor 0.5 log units below mu
    assert not gheld.any() and gflags == flags


@pytest.mark.parametrize("kw", [{"leak_guard": 1.5}, {"leak_plain": True}, {"leak_margin": 0.1}])
def test_the_leak_guard_without_the_residual_chart_is_refused(kw):
    with pytest.raises(ValueError, match=r"set residual_ar > 0"):
        ThroughputDetector(residual_ar=0, **kw).validate()
    ThroughputDetector(**kw).validate()  # the chart is on by default (again since generator 27's look)
