"""The likelihood rule for real-valued series (``--model likelihood``, the default of ``--direction up|both``):
spikes and level jumps fire once per event, each side only where asked, any finite magnitude scores,
the state resumes exactly under ``weights_only=True``, and each part (likelihood, range) fires alone."""

from __future__ import annotations

import csv
import io

import numpy as np
import pytest
import torch

from anomaly.cli import make_detector
from anomaly.evaluation import alert_runs
from anomaly.likelihood import LikelihoodDetector
from monitor.cli import main


def _noise(n: int = 1500, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return 50.0 + np.sin(np.arange(n) / 30.0) * 5.0 + rng.standard_normal(n)


def _flags(values, **kw) -> np.ndarray:
    det = LikelihoodDetector(**kw)
    return np.array([det.update(float(v), float(i)).is_anomaly for i, v in enumerate(values)])


def test_default_for_real_values_is_the_likelihood_rule_and_lstm_for_rates():
    assert isinstance(make_detector("auto", "both"), LikelihoodDetector)
    assert isinstance(make_detector("auto", "up"), LikelihoodDetector)
    assert not isinstance(make_detector("auto", "down"), LikelihoodDetector)
    assert not isinstance(make_detector("auto", "both", "rate"), LikelihoodDetector)
    assert isinstance(make_detector("likelihood", "down"), LikelihoodDetector)


def test_a_spike_is_one_alert_run_that_holds_recovery_points():
    v = _noise()
    v[1000] += 30.0  # inside the range seen so far would not matter: the surprise alone fires
    flags = _flags(v)
    (start, end), = alert_runs(flags)  # one run: fired while the spike is in the 10-point mean, then held 21
    assert start == 1000 and 1000 + 21 < end <= 1000 + 10 + 21 + 1


def test_a_level_jump_inside_the_seen_range_fires_from_the_likelihood():
    v = _noise(2000)
    v[700] = 200.0  # widens the seen range early, so the jump below stays inside it
    v[1500:1520] += 12.0  # a burst of surprises inside the range
    flags = _flags(v, tolerance=0.05)
    runs = [r for r in alert_runs(flags) if r[0] >= 1000]
    assert len(runs) == 1 and 1500 <= runs[0][0] < 1520, alert_runs(flags)  # within the burst


def test_a_new_extreme_fires_from_the_range_check_alone():
    v = _noise(1500)
    v[1200:] += 3.0  # slight: the smoothed level follows it within a few points ...
    v[1300] = v[:1300].max() + 0.2 * (v[:1300].max() - v[:1300].min())  # ... but this one leaves the range
    det_range_only = _flags(v, tail=1e-300)  # the likelihood cannot fire
    assert det_range_only[1300] and alert_runs(det_range_only)[-1][0] == 1300


@pytest.mark.parametrize("direction, fires", [("up", True), ("down", False), ("both", True)])
def test_each_side_only_where_asked(direction, fires):
    v = _noise()
    v[1000] += 30.0
    assert bool(_flags(v, direction=direction)[1000:1005].any()) is fires
    v[1000] -= 60.0
    assert bool(_flags(v, direction=direction)[1000:1005].any()) is (direction != "up")


def test_state_resumes_exactly_under_weights_only():
    v = _noise(1600, seed=5)
    v[1200] += 25.0
    whole = LikelihoodDetector()
    expected = [whole.update(float(x), float(i)) for i, x in enumerate(v)]
    first = LikelihoodDetector()
    for i, x in enumerate(v[:800]):
        first.update(float(x), float(i))
    buf = io.BytesIO()
    torch.save(first.state_dict(), buf)
    buf.seek(0)
    resumed = LikelihoodDetector()
    resumed.load_state_dict(torch.load(buf))  # default weights_only=True
    rest = [resumed.update(float(x), float(800 + i)) for i, x in enumerate(v[800:])]
    assert [r.as_dict() for r in rest] == [r.as_dict() for r in expected[800:]]


@pytest.mark.parametrize("kw, needle", [({"direction": "sideways"}, "direction"), ({"tail": 0.0}, "tail"),
                                        ({"recovery": 0}, "recovery"), ({"scale_window": 2.5}, "scale_window")])
def test_bad_options_name_themselves(kw, needle):
    with pytest.raises(ValueError, match=needle):
        LikelihoodDetector(**kw)


@pytest.mark.parametrize("scale", [1.5e308, -1e307, 1e-300])
def test_cli_default_both_scores_any_finite_magnitude(tmp_path, scale):
    rng = np.random.default_rng(4)
    v = np.clip(scale * (1 + 0.3 * rng.standard_normal(700)), -np.finfo(float).max, np.finfo(float).max)
    v[500] = -v[500]
    inp = tmp_path / "big.csv"
    inp.write_text("timestamp,value\n" + "".join(f"{i},{float(x)!r}\n" for i, x in enumerate(v)))
    out = tmp_path / "o.csv"
    assert main(["anomaly", "score", str(inp), "--out", str(out), "--direction", "both"]) == 0
    rows = list(csv.DictReader(out.open()))
    assert len(rows) == 700 and all(0.0 <= float(r["score"]) <= 1.0 for r in rows)


def test_the_level_is_the_running_mean_until_one_over_alpha_points():
    """A slow level must not stay anchored to the first value: until 1/alpha points it is their mean."""
    v = np.r_[1000.0, np.full(199, 10.0)]
    det = LikelihoodDetector(alpha=0.001)
    for i, x in enumerate(v):
        r = det.update(float(x), float(i))
    assert r.forecast == pytest.approx((1000.0 + 198 * 10.0) / 199)
    assert det.level_ == pytest.approx(v.mean())
