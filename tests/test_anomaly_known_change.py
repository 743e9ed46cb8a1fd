"""Known planned level changes (session 15): ``ThroughputDetector.update(..., change=True)`` and the
``AnomalyCallback`` wiring (a DPS precision switch, a resume on another world size, ``expect_change``)."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from anomaly.detector import ThroughputDetector
from anomaly.evaluation import alert_runs
from anomaly.traces import make_trace


def _steady(seed: int = 5, n: int = 4000):
    """A tuning trace without regressions (pauses, rhythm, jitter) to put planned steps on."""
    return make_trace(seed=seed, n=n, n_events=0)


def _run(values, timestamps, changes=(), **kw):
    det = ThroughputDetector(**kw)
    changes = set(changes)
    res = [det.update(v, t, change=i in changes) for i, (v, t) in enumerate(zip(values, timestamps))]
    return det, res, alert_runs([r.is_anomaly for r in res])


@pytest.mark.parametrize("seed", [5, 11])
def test_a_planned_step_down_told_raises_no_alert_and_untold_does(seed):
    tr = _steady(seed)
    v = tr.values.copy()
    v[2000:] *= 0.85  # a planned -15 % step (a node lost at a restart, a slower precision)
    _, _, untold = _run(v, tr.timestamps)
    assert any(2000 <= a < 2100 for a, _ in untold)  # untold: the step is a drop
    _, res, told = _run(v, tr.timestamps, changes=[2000])
    assert told == []
    assert res[2000].state == "change"


def test_a_real_drop_after_a_told_change_is_caught():
    tr = _steady()
    v = tr.values.copy()
    v[2000:] *= 0.85
    v[2250:2800] *= 0.8  # a regression 250 points after the change, measured from the new level
    _, _, runs = _run(v, tr.timestamps, changes=[2000])
    assert len(runs) == 1 and 2250 <= runs[0][0] <= 2310


def test_an_alert_under_way_keeps_its_depth_across_a_told_change():
    """A regression from 1800 to 2600; a planned +14 % step at 2000. Untold, the step lifts the regressed rate
    back near the old level and the alert ends while the regression lasts; told, the alert holds (the reference
    moves with the step) until the re-baseline or the recovery."""
    tr = _steady()
    v = tr.values.copy()
    v[1800:2600] *= 0.8
    v[2000:] *= 1.14
    _, _, untold = _run(v, tr.timestamps)
    _, _, told = _run(v, tr.timestamps, changes=[2000])
    assert untold[0][0] == told[0][0] and 1800 <= told[0][0] < 1860
    assert untold[0][1] < 2100  # untold: ended by the step, the regression still on
    assert told[0][1] > 2200


def test_no_change_passed_is_the_previous_rule():
    tr = make_trace(seed=3, n=3000)
    det = ThroughputDetector()
    a = [det.update(v, t) for v, t in zip(tr.values, tr.timestamps)]
    det = ThroughputDetector()
    b = [det.update(v, t, change=False) for v, t in zip(tr.values, tr.timestamps)]
    assert a == b


def test_a_change_at_a_missing_value_starts_at_the_next_point():
    tr = _steady()
    v = tr.values.copy()
    v[2000:] *= 0.85
    v[2000] = float("nan")
    _, res, runs = _run(v, tr.timestamps, changes=[2000])
    assert runs == [] and res[2000].state == "missing" and res[2001].state == "change"


def test_change_settle_is_checked():
    with pytest.raises(ValueError, match="change_settle"):
        ThroughputDetector(change_settle=0).update(1.0)


def test_a_settling_change_survives_a_checkpoint_and_old_states_load():
    tr = _steady()
    v = tr.values.copy()
    v[2000:] *= 0.85
    a = ThroughputDetector()
    for i in range(2005):
        a.update(v[i], tr.timestamps[i], change=i == 2000)
    state = a.state_dict()
    assert state["sides"][0]["change"] is not None
    import io

    buf = io.BytesIO()
    torch.save(state, buf)
    buf.seek(0)
    b = ThroughputDetector()
    b.load_state_dict(torch.load(buf))  # torch's default weights_only=True
    rest = [(a.update(x, t), b.update(x, t)) for x, t in zip(v[2005:], tr.timestamps[2005:])]
    assert all(x == y for x, y in rest) and not any(x.is_anomaly for x, _ in rest)
    old = ThroughputDetector()
    for i in range(600):
        old.update(v[i], tr.timestamps[i])
    st = old.state_dict()  # as saved before session 15: no change state, no change_settle
    del st["params"]["change_settle"], st["change_pending"]
    for side in st["sides"]:
        del side["change"]
    for p in st["pending"]:
        del p[3:]
    c = ThroughputDetector()
    c.load_state_dict(st)
    assert c.change_settle == ThroughputDetector().change_settle
    c.update(v[600], tr.timestamps[600], change=True)
    assert c.state_dict()["sides"][0]["change"] is not None
