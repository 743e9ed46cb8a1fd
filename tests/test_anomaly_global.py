"""The pre-trained global LSTM: shipped weights, numpy inference, its role in the decisions, the tuning
family's healthy twins, and the training script."""

from __future__ import annotations

import numpy as np
import pytest

from anomaly import ThroughputDetector
from anomaly.detector import WITH_HOLD
from anomaly.evaluation import NaiveForecaster, alert_runs
from anomaly.global_model import HOLD, PHASE_WEIGHTS, WEIGHTS, Covariates, GlobalForecaster, Reference, load_weights
from anomaly.tuning import make_tuning


@pytest.mark.parametrize("weights", [WEIGHTS, PHASE_WEIGHTS], ids=["base", "phase"])
def test_weights_are_small_numpy_and_the_numpy_step_matches_torch(weights):
    import torch

    assert weights.stat().st_size < 300_000
    w = load_weights(str(weights))
    hidden = w["w_hh"].shape[1]
    lstm = torch.nn.LSTM(w["w_ih"].shape[1], hidden, batch_first=True).double()
    with torch.no_grad():
        lstm.weight_ih_l0.copy_(torch.from_numpy(w["w_ih"]))
        lstm.weight_hh_l0.copy_(torch.from_numpy(w["w_hh"]))
        lstm.bias_ih_l0.copy_(torch.from_numpy(w["bias"]))
        lstm.bias_hh_l0.zero_()
    rng = np.random.default_rng(0)
    us = np.concatenate([0.03 * rng.standard_normal(200), np.full(30, -2.5), 0.03 * rng.standard_normal(100)])
    f, cov = GlobalForecaster(weights), Covariates()
    # the phase inputs: unknown for the first 150 points, then known (the deep run is a known pause)
    phase = [None] * 150 + [bool(200 <= i < 230) for i in range(150, len(us))]
    feats = np.stack([cov.step(float(u), p) for u, p in zip(us, phase)])
    assert (feats[:150, -2:] == 0).all() and (feats[150:, -2] == 1).all() and feats[200:230, -1].all()
    feats = feats[:, :w["w_ih"].shape[1]]  # the base model: the first 8 inputs
    assert feats.shape[1] == (10 if weights == PHASE_WEIGHTS else 8)
    with torch.no_grad():
        out = lstm(torch.from_numpy(feats)[None])[0][0].numpy() @ w["head_w"].T + w["head_b"]
    for u, p, o in zip(us, phase, out):
        f.observe(float(u), p)
        lo, mid, hi = f.quantiles()
        assert lo < mid < hi
        assert mid == pytest.approx(float(o[0]), abs=1e-9)


def _pauses_and_drop(drop: float, seed: int = 1) -> tuple[np.ndarray, int, int]:
    rng = np.random.default_rng(seed)
    n = 4000
    v = 800 * np.exp(0.03 * rng.standard_normal(n))
    onset, end = 1800, 3300
    v[onset:end] *= 1 - drop
    for at in range(450, n, 350):  # validation pauses to near zero, 40 points, through the regression too
        v[at:at + 40] *= 0.02
    return v, onset, end


def test_one_alert_per_regression_held_through_pauses_and_ended_after_recovery():
    v, onset, end = _pauses_and_drop(0.25)
    det = ThroughputDetector()
    flags = [det.update(x).is_anomaly for x in v]
    runs = alert_runs(flags)
    assert len(runs) == 1, runs
    start, stop = runs[0]
    assert onset <= start <= onset + 60 and end <= stop <= end + 120, runs


def _pause_mask(n: int = 4000) -> np.ndarray:
    mask = np.zeros(n, bool)
    for at in range(450, n, 350):
        mask[at:at + 40] = True
    return mask


def test_with_the_phase_known_a_halving_is_one_regression_and_known_pauses_are_not():
    v, onset, end = _pauses_and_drop(0.5)  # a halving: as deep as a partial pause
    mask = _pause_mask(len(v))
    det = ThroughputDetector(rebase_late=0)  # the alert held until the rate recovers (the rule before session 21)
    results = [det.update(x, pause=bool(m)) for x, m in zip(v, mask)]
    runs = alert_runs([r.is_anomaly for r in results])
    assert len(runs) == 1, runs
    start, stop = runs[0]
    assert onset <= start <= onset + 60 and end <= stop <= end + 120, runs
    assert {r.state for r, m in zip(results, mask) if m and not r.is_anomaly} == {"pause"}
    # the default since generator 22's look (rebase_late=1000): the same one alert, ended once it has held 1,000
    # points on a level that stopped falling (the 1,500-point halving is then the run's new level)
    det = ThroughputDetector()
    runs = alert_runs([det.update(x, pause=bool(m)).is_anomaly for x, m in zip(v, mask)])
    assert len(runs) == 1 and runs[0][0] == start and 1000 <= runs[0][1] - start <= 1010 < end - start, runs
    # the same known pauses with no regression: no alert
    clean = v.copy()
    clean[onset:end] /= 0.5
    det = ThroughputDetector()
    assert not any(det.update(x, pause=bool(m)).is_anomaly for x, m in zip(clean, mask))


def test_the_phase_makes_the_lstm_keep_the_healthy_level_a_naive_forecaster_follows():
    v, onset, _ = _pauses_and_drop(0.5)
    mask = _pause_mask(len(v))
    flags = {}
    # the forecast's own part: the level test (on by default, forecaster-free) would catch a halving either way
    for name, det in (("lstm", ThroughputDetector(sustain=0)), ("naive", ThroughputDetector(NaiveForecaster(),
                                                                                          sustain=0))):
        flags[name] = [det.update(x, pause=bool(m)).is_anomaly for x, m in zip(v, mask)]
    assert any(onset <= s <= onset + 60 for s, _ in alert_runs(flags["lstm"]))
    assert not any(onset <= s <= onset + 60 for s, _ in alert_runs(flags["naive"]))


def test_the_lstm_decides_a_naive_forecaster_under_the_same_rule_misses_the_drop():
    """The CUSUM rule alone (the burst rule and the level test, which need no forecast, off): with the
    LSTM's forecast it catches the drop, with a naive one it does not."""
    v, onset, _ = _pauses_and_drop(0.25)
    det_lstm = ThroughputDetector(burst_dip=0, sustain=0)
    det_naive = ThroughputDetector(NaiveForecaster(), burst_dip=0, sustain=0)
    lstm = [det_lstm.update(x).is_anomaly for x in v]
    naive = [det_naive.update(x).is_anomaly for x in v]
    assert any(s <= onset + 60 for s, _ in alert_runs(lstm) if s >= onset)
    assert not any(onset <= s <= onset + 60 for s, _ in alert_runs(naive))


def test_reference_ignores_deep_points_and_follows_up_faster_than_down():
    ref = Reference(warmup=10)
    for _ in range(50):
        ref.step(0.0)
    for _ in range(30):
        ref.step(-3.0)  # a pause: not learned
    assert ref.level == pytest.approx(0.0, abs=1e-9)
    for _ in range(100):
        ref.step(-0.08)
    down = ref.level
    ref2 = Reference(warmup=10)
    for _ in range(50):
        ref2.step(0.0)
    for _ in range(100):
        ref2.step(0.08)  # a small rise (under RISE): followed at once
    assert -down < 0.2 * ref2.level


def test_reference_follows_a_large_rise_only_once_it_lasts_longer_than_a_pause():
    ref = Reference(warmup=10)
    for _ in range(50):
        ref.step(0.0)
    for _ in range(HOLD):
        ref.step(0.5)  # a validation pass that counts its samples: the rate rises for a while
    assert ref.level < 0.05
    for _ in range(100):
        ref.step(0.5)  # still there after HOLD points: the new level
    assert ref.level > 0.4
    # the warm-up ends no higher than the median of its last ANCHOR non-deep points
    ref3 = Reference(warmup=300)
    for i in range(300):
        ref3.step(0.5 if 240 <= i else 0.0)  # the warm-up ends inside a raised pause
    ref3.step(0.0)
    assert ref3.level == pytest.approx(0.0, abs=1e-3)


def _raised_pauses(seed: int = 3, n: int = 4000, drop: float = 0.0) -> tuple[np.ndarray, int]:
    """Validation passes that *raise* the rate (1.6x, 60 points every 500; the first inside the warm-up)."""
    rng = np.random.default_rng(seed)
    v = 800 * np.exp(0.03 * rng.standard_normal(n))
    onset = 2400
    v[onset:] *= 1 - drop
    for at in range(250, n, 500):
        v[at:at + 60] = 1280 * np.exp(0.03 * rng.standard_normal(60))  # eval counted: its own rate
    return v, onset


def test_pauses_that_raise_the_rate_raise_no_alarm_and_hold_a_caught_drop():
    hold = WITH_HOLD  # the hold of raised points: the default, except from generator 72's look to 151's
    v, _ = _raised_pauses()
    det = ThroughputDetector(**hold)
    assert not any(det.update(x).is_anomaly for x in v)
    v, onset = _raised_pauses(drop=0.25)
    det = ThroughputDetector(**hold)
    runs = alert_runs([det.update(x).is_anomaly for x in v])
    assert len(runs) == 1 and onset <= runs[0][0] <= onset + 60, runs


def test_tuning_family_is_deterministic_and_healthy_twin_differs_only_in_regressions():
    a, b = make_tuning(300_123), make_tuning(300_123)
    assert np.array_equal(a.values, b.values) and a.events == b.events
    for seed in range(300_000, 300_030):
        tr = make_tuning(seed)
        outside = np.ones(len(tr.values), bool)
        for e in tr.events:
            outside[max(0, e.onset - 1):e.end + 13] = False  # rate windows smear an edge by <= 12 points
        assert np.allclose(tr.values[outside], tr.healthy[outside], rtol=1e-9, atol=1e-9 * tr.healthy.max())
        for e in tr.events:
            assert (tr.values[e.onset:e.end] <= tr.healthy[e.onset:e.end] * (1 + 1e-9) + 1e-9).mean() > 0.9


@pytest.mark.parametrize("phase", [False, True], ids=["base", "phase"])
def test_train_global_writes_loadable_weights(tmp_path, phase):
    from anomaly.train_global import main

    out = tmp_path / "w.npz"
    args = ["--project", "1", "--diverse", "2", "--steps", "3", "--hidden", "8", "--out", str(out)]
    assert main(args + (["--phase"] if phase else [])) == 0
    f = GlobalForecaster(weights=str(out))
    assert f.inputs == (10 if phase else 8)
    for u, p in ((0.0, False), (-0.1, False), (-2.0, True), (0.05, False)):
        f.observe(u, p if phase else None)
    lo, mid, hi = f.quantiles()
    assert np.isfinite([lo, mid, hi]).all() and lo < mid < hi


def test_the_shipped_weights_are_package_data():
    """A wheel (not only an editable install) carries every weights file the detector loads."""
    from fnmatch import fnmatch
    from pathlib import Path

    from setuptools.config.pyprojecttoml import read_configuration

    root = Path(__file__).resolve().parents[1]
    patterns = read_configuration(root / "pyproject.toml")["tool"]["setuptools"]["package-data"]["anomaly"]
    for weights in (WEIGHTS, PHASE_WEIGHTS):
        rel = weights.relative_to(root / "anomaly").as_posix()
        assert any(fnmatch(rel, p) for p in patterns), (rel, patterns)


def _bursty(straggler: bool, seed: int = 5, n: int = 4000, onset: int = 2500):
    """2 % jitter, a 15-point pause to zero every 400 points, an isolated 3-point stall every ~700
    (healthy); with ``straggler``, from ``onset`` on 3-point bursts at 60 % below the rate every ~17
    points (about 10 % below on average, healthy points between)."""
    rng = np.random.default_rng(seed)
    v = 1000 * np.exp(0.02 * rng.standard_normal(n))
    for at in range(200, n, 400):
        v[at:at + 15] = 0.0
    for at in rng.integers(300, n, n // 700):
        v[at:at + 3] *= 0.3
    if straggler:
        at = onset + int(rng.integers(0, 10))
        while at < n:
            v[at:at + 3] *= 0.4
            at += 3 + int(rng.integers(8, 20))
    return v, onset


def test_a_bursty_straggler_is_one_alert_from_the_burst_rule_and_isolated_stalls_are_not():
    """Bursts with healthy points between drain the CUSUM (each deep point is weak, pause-like evidence):
    without the burst rule (``burst_dip=0``) the straggler is missed; with it, one alert within 60 points.
    The healthy run's own stalls and pauses set the rate the bursts are compared with: no alarm."""
    def runs(values, **options):
        det = ThroughputDetector(**options)
        return alert_runs([det.update(x).is_anomaly for x in values])

    v, _ = _bursty(False)
    assert runs(v) == []
    v, onset = _bursty(True)
    on = runs(v)
    assert len(on) == 1 and onset <= on[0][0] <= onset + 60 and on[0][1] == len(v), on
    off = runs(v, burst_dip=0)
    assert not any(onset <= a <= onset + 60 for a, _ in off), off
