"""benchmarks/anomaly_told_fa.py (session 23, helper ``toldfa``): blind generators refused, the observer leaves the
detector's decisions unchanged and names the rule that started an alert (the detector's ``started_by`` since session
24), an escalation's run included, the cause order."""

import numpy as np
import pytest

from benchmarks import anomaly_told_fa as tfa
from benchmarks.anomaly_misses import SEEN


_B = SEEN[1] + 1  # the first generator not looked at


@pytest.mark.parametrize("gens", [f"{_B}", f"{_B - 1}-{_B}", f"13,{_B + 1}"])
def test_blind_generators_are_refused(gens, capsys):
    assert tfa.main(["--gens", gens, "--out", "/nonexistent/x.json"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "refused" in err[0] and "blind" in err[0]


def _trace(n: int = 2600, depth: float = 0.2, onset: int = 1800, seed: int = 0):
    rng = np.random.default_rng(seed)
    v = 1000.0 * np.exp(rng.normal(0.0, 0.02, n))
    pause = np.zeros(n, bool)
    for a in range(400, n, 400):
        pause[a:a + 20] = True
    v[pause] *= 0.02
    v[onset:] *= 1.0 - depth
    return v, pause


def _run(v, pause):
    from anomaly.detector import ThroughputDetector

    det = ThroughputDetector(seed=0)
    return [det.update(float(x), float(5 * i), pause=bool(p)).is_anomaly for i, (x, p) in enumerate(zip(v, pause))]


def test_observed_detector_decides_the_same_and_names_the_rule():
    from anomaly.evaluation import alert_runs
    from anomaly.side import Side

    v, p = _trace()
    plain = _run(v, p)
    before = Side.update
    with tfa.observed() as obs:
        obs.reset()
        seen = _run(v, p)
        starts = dict(obs.starts)
    assert Side.update is before  # restored
    assert seen == plain
    runs = alert_runs(plain)
    assert runs and all(s in starts for s, _ in runs)
    first = starts[runs[0][0]]
    assert 1800 <= runs[0][0] < 1860 and first["rule"] == "cusum" and first["hits"] >= 1, (runs, first)


def test_an_escalations_run_is_named_at_its_first_point():
    """The rule is the detector's ``started_by`` (session 24): an escalation's new run, which starts flagging at the
    point after ``escalated``, has its record there (session 23's observer left it ``unknown``)."""
    from anomaly.detector import ThroughputDetector
    from anomaly.evaluation import alert_runs

    rng = np.random.default_rng(1)
    v = 800.0 * np.exp(rng.normal(0.0, 0.03, 3000))
    v[1000:2200] *= 0.88  # a drop and, while its alert holds, a deeper one (tests/test_anomaly_escalate.py)
    v[1300:1900] *= 0.85
    with tfa.observed() as obs:
        obs.reset()
        det = ThroughputDetector(seed=0)
        flags = [det.update(float(x)).is_anomaly for x in v]
        starts = dict(obs.starts)
    runs = alert_runs(flags)
    assert len(runs) == 2 and sorted(starts) == [s for s, _ in runs]
    assert [starts[s]["rule"] for s, _ in runs] == ["level", "escalation"]
    assert all({"cusum", "hits", "excursion", "ar_shift", "burst_alarm"} <= set(starts[s]) for s, _ in runs)


def _rec(**kw):
    r = {"regressed": 0.0, "since_change": None, "since_gap": None, "since_pause": 500, "healthy_depth": 0.0}
    return {**r, **kw}


def test_cause_order():
    assert tfa.cause_of(_rec(regressed=0.5, since_change=10)) == "event residue"
    assert tfa.cause_of(_rec(since_change=tfa.NEAR_CHANGE, since_pause=5)) == "after a listed change"
    assert tfa.cause_of(_rec(since_gap=3, since_pause=5)) == "after a timestamp gap"
    assert tfa.cause_of(_rec(since_pause=tfa.NEAR, healthy_depth=-0.2)) == "after a pause"
    assert tfa.cause_of(_rec(healthy_depth=-0.05)) == "healthy dip"
    assert tfa.cause_of(_rec(healthy_depth=-0.01)) == "noise"
