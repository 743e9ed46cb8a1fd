"""Session 17: ``ThroughputDetector(post_pause=N)`` (off by default): for the first ``N`` points after a pause a
shortfall is measured against the forecast blended toward the level seen since the pause (the forecaster's
weight growing from 1/2 to 1 over the window), where the caller gives the phase (an inferred pause may be a
regression's own deep start: without the phase the option changes nothing).

Small constructs built here (tuning-style, no held-out data): a healthy run with 3 % jitter and a known
20-point pause every 400 points. After every pause the level sits flat 15 % low for 35 points and then comes
back (a cache warm-up, healthy): the global LSTM expects a quick recovery, so by default every such shelf
raises an alert; with ``post_pause=60`` none does. A 20 % drop that starts at a pause's end (or inside the
pause) and lasts is still caught within 60 points of its onset.
"""

from __future__ import annotations

import numpy as np
import pytest
import torch

from anomaly.detector import ThroughputDetector
from anomaly.evaluation import alert_runs


def _trace(seed: int, kind: str, n: int = 2400) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    v = 800.0 * np.exp(rng.normal(0.0, 0.03, n))
    pause = np.zeros(n, bool)
    for a in range(500, n, 400):
        pause[a:a + 20] = True
        v[a:a + 20] = rng.uniform(0.0, 5.0, 20)
    if kind == "shelf":
        for a in range(520, n, 400):
            v[a:a + 35] *= 0.85  # a flat shelf after every pause that ends (healthy)
    elif kind == "drop":
        v[1320:1800] *= 0.8  # a regression from the pause's end
    elif kind == "drop_in_pause":
        v[1310:1800] *= 0.8  # ... or from inside the pause
    return v, pause


def _run(v, pause, det=None, **kw) -> list[bool]:
    det = det or ThroughputDetector(seed=0, **kw)
    return [det.update(float(x), pause=bool(p)).is_anomaly for x, p in zip(v, pause)]


@pytest.mark.parametrize("seed", [1, 2])
def test_post_pause_shelves_raise_no_alert_with_the_option(seed):
    v, p = _trace(seed, "shelf")
    assert len(alert_runs(_run(v, p))) >= 4  # the default rule: an alert after (nearly) every shelf
    assert alert_runs(_run(v, p, post_pause=60)) == []


@pytest.mark.parametrize("kind,onset", [("drop", 1320), ("drop_in_pause", 1310)])
def test_a_regression_from_a_pause_is_still_caught(kind, onset):
    v, p = _trace(1, kind)
    runs = alert_runs(_run(v, p, post_pause=60))
    assert len(runs) == 1 and onset <= runs[0][0] <= onset + 60, runs


def test_the_option_is_a_param_and_a_state_resumes_mid_window(tmp_path):
    v, p = _trace(2, "drop")
    a = ThroughputDetector(seed=0, post_pause=60)
    assert a.get_params()["post_pause"] == 60 and ThroughputDetector().post_pause == 0
    cut = 1335  # 15 points after the pause: inside the window
    _run(v[:cut], p[:cut], a)
    assert len(a._sides[0].post_vals) > 5
    path = tmp_path / "state.pt"
    torch.save(a.state_dict(), path)
    b = ThroughputDetector()
    b.load_state_dict(torch.load(path))  # weights_only (torch's default): plain data
    assert b.post_pause == 60
    assert _run(v[cut:], p[cut:], a) == _run(v[cut:], p[cut:], b)


def test_a_state_saved_before_session_17_loads_and_gives_the_old_rule(tmp_path):
    v, p = _trace(1, "shelf")
    a = ThroughputDetector(seed=0)
    cut = 530
    _run(v[:cut], p[:cut], a)
    st = a.state_dict()
    del st["params"]["post_pause"]  # what states before session 17 lack
    for side in st["sides"]:
        del side["post_vals"]
    path = tmp_path / "old.pt"
    torch.save(st, path)
    b = ThroughputDetector(seed=0)
    b.load_state_dict(torch.load(path))
    assert b.post_pause == 0
    assert _run(v[cut:], p[cut:], a) == _run(v[cut:], p[cut:], b)


def test_bad_options_are_refused():
    for kw in ({"post_pause": -1}, {"post_pause": 2.5}, {"post_pause": True}):
        with pytest.raises(ValueError, match="post_pause"):
            ThroughputDetector(**kw).validate()


def test_without_the_phase_nothing_changes():
    v, p = _trace(1, "shelf")
    a, b = ThroughputDetector(seed=0), ThroughputDetector(seed=0, post_pause=60)
    assert [a.update(float(x)).is_anomaly for x in v] == [b.update(float(x)).is_anomaly for x in v]
