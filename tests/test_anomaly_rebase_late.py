"""Session 20: ``ThroughputDetector(rebase_late=N)`` (1000 by default since generator 22's look, session 21): an
alert held ``N`` points also ends at the level of its last ``rebase`` points outside pauses (deep ones included)
once that level has stopped falling.

Small constructs built here (no held-out data), the phase known (no pauses): a healthy white-noise run (3 %) whose
rate falls for good to 45 % at point 800 (deeper than the pause-like 40 %, so the re-baseline, which leaves deep
points out, never fires and the default holds the alert for ``adapt_after`` points), and a slow leak that keeps
falling for 2,000 points (the late re-baseline must not end its alert while it falls).
"""

from __future__ import annotations

import numpy as np
import pytest
import torch

from anomaly.detector import PARAMS_BEFORE, ThroughputDetector
from anomaly.evaluation import alert_runs

N, ONSET = 3600, 800


def _trace(seed: int, kind: str) -> np.ndarray:
    rng = np.random.default_rng(seed)
    v = 800.0 * np.exp(rng.normal(0.0, 0.03, N))
    if kind == "deep":
        v[ONSET:] *= 0.45
    elif kind == "leak":
        v[ONSET:] *= np.exp(-np.minimum(np.arange(N - ONSET), 2000) * 0.0006)
    return v


def _run(v, det=None, start=0, **kw) -> list[bool]:
    det = det or ThroughputDetector(seed=0, **kw)
    return [det.update(float(x), float(i), pause=False).is_anomaly for i, x in enumerate(v[start:], start)]


def test_on_by_default_since_generator_22s_look_and_a_param():
    det = ThroughputDetector()
    assert det.rebase_late == 1000 and det.get_params()["rebase_late"] == 1000
    assert ThroughputDetector(rebase_late=0).get_params()["rebase_late"] == 0
    assert PARAMS_BEFORE["rebase_late"] == 0


def test_a_deep_lasting_fall_ends_at_the_late_age_instead_of_adapt_after():
    v = _trace(0, "deep")
    default = alert_runs(_run(v, rebase_late=0))  # the rule before the option (the default until session 21)
    late = alert_runs(_run(v))
    assert default[0][1] - default[0][0] == 2000  # held to adapt_after: the re-baseline leaves deep points out
    assert len(late) == 1 and late[0][0] == default[0][0] and late[0][1] - late[0][0] == 1000


def test_a_leak_that_keeps_falling_is_not_ended_while_it_falls():
    v = _trace(1, "leak")
    (s, e), *_ = alert_runs(_run(v, rebase_late=1000))
    assert s < ONSET + 300 and e >= ONSET + 1900  # the ramp ends at ONSET + 2000


def test_flags_match_the_default_until_an_alert_reaches_the_late_age():
    v = _trace(0, "deep")
    a, b = _run(v, rebase_late=0), _run(v)
    (s, _), *_ = alert_runs(a)
    assert a[:s + 1000] == b[:s + 1000]


def test_a_held_state_resumes_with_the_window(tmp_path):
    v = _trace(0, "deep")
    a = ThroughputDetector(seed=0, rebase_late=1000)
    _run(v[:1500], a)
    path = tmp_path / "s.pt"
    torch.save(a.state_dict(), path)
    b = ThroughputDetector(rebase_late=0)
    b.load_state_dict(torch.load(path))  # weights_only (torch's default): plain data
    assert b.rebase_late == 1000
    assert _run(v, b, start=1500) == _run(v, a, start=1500)


def test_a_state_saved_before_the_option_loads_and_gives_the_old_rule(tmp_path):
    v = _trace(0, "deep")
    a = ThroughputDetector(seed=0, rebase_late=0)
    _run(v[:1500], a)
    st = a.state_dict()
    del st["params"]["rebase_late"]
    for side in st["sides"]:
        del side["late"]
    path = tmp_path / "old.pt"
    torch.save(st, path)
    b = ThroughputDetector()  # today's default (1000)
    b.load_state_dict(torch.load(path))
    assert b.rebase_late == 0
    assert _run(v, b, start=1500) == _run(v, a, start=1500)


def test_a_state_saved_while_it_was_off_by_default_resumes_without_it(tmp_path):
    v = _trace(0, "deep")
    a = ThroughputDetector(seed=0, rebase_late=0)  # the default until generator 22's look
    _run(v[:1500], a)
    path = tmp_path / "off.pt"
    torch.save(a.state_dict(), path)
    b = ThroughputDetector(seed=0)
    b.load_state_dict(torch.load(path))  # weights_only, torch's default
    assert b.rebase_late == 0 and all(side.late is None for side in b._sides if side is not None)
    assert _run(v, b, start=1500) == _run(v, a, start=1500)


@pytest.mark.parametrize("bad", [-1, 1.5, True, "1000"])
def test_bad_values_are_refused(bad):
    with pytest.raises(ValueError, match="rebase_late"):
        ThroughputDetector(rebase_late=bad).validate()
