"""Session 13: the confident rule's Bayes test of each flag (``odds``; 0.25 the default since round 13's look; 0 is
off: the session-12 rule).

A construct made here, no benchmark set: three classes, a fifth of the rows in boundary regions between two
classes that hold the next class's rows (70 %) and the class's own (30 %), where a calibrated model gives about
0.7 / 0.25 every epoch; 5 % symmetric flips. The boundary's clean minority rows are what the default flags
beside the flips at low noise (class overlap in a fitted model: the remaining failure on every held-out round).
With cleanlab's noise matrix T = P(given i | true j) estimated at about 5 % off the diagonal, their given label
stays more likely right than wrong (T[i, i] 0.25 against T[i, j] 0.7), a flip's does not."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from monitor.data_quality.noise import ConfidentLearningDetector, make_detector

pytest.importorskip("cleanlab")

K = 3


def overlap_construct(seed: int, rate: float = 0.05, n: int = 1500, epochs: int = 16, boundary: float = 0.3):
    """(per-epoch probabilities, given labels, flipped mask, features, clean minority mask). ``boundary`` of the
    rows lie between class c and c + 1, in a region whose rows are 30 % class c (the minority) and 70 % c + 1;
    the model's probabilities there are the region's posterior (about 0.25 / 0.7, sharpening a little), and
    each core row's own class wins with a logit that grows over the epochs; flips (``rate``, to a random other
    class) are not memorised. Features: core rows at their class centre, boundary rows between the two."""
    rng = np.random.default_rng(seed)
    true = rng.integers(0, K, n)
    edge = rng.random(n) < boundary
    minority = edge & (rng.random(n) < 0.3)
    flip = rng.random(n) < rate
    labels = np.where(flip, (true + rng.integers(1, K, n)) % K, true)
    high = np.where(minority, (true + 1) % K, true)  # the boundary region's majority class
    low = (high - 1) % K
    centres = np.eye(K) * 4.0
    x = np.where(edge[:, None], 0.5 * (centres[high] + centres[low]) + 0.15 * (centres[high] - centres[low]),
                 centres[true]) + rng.normal(scale=0.8, size=(n, K))
    core, b = np.flatnonzero(~edge), np.flatnonzero(edge)
    probs = []
    for t in range(epochs):
        logits = rng.normal(scale=0.5, size=(n, K))
        logits[core, true[core]] += 3.0 + 0.2 * t
        logits[b, high[b]] += 1.6 + 0.05 * t
        logits[b, low[b]] += 0.6 + 0.05 * t
        probs.append(torch.softmax(torch.from_numpy(logits), 1).numpy())
    return probs, labels, flip, x, minority & ~flip


def run(det, probs, labels, features=None) -> np.ndarray:
    for p in probs:
        det.add_epoch(probs=p, labels=labels, features=features)
    return det.flagged()


@pytest.mark.parametrize("with_features", [True, False], ids=["kNN check", "no features"])
def test_boundary_rows_lose_their_flags_and_the_flips_keep_theirs(with_features):
    precision, recall, hard = {}, {}, {}
    for odds in (0.0, 0.25):
        p, r, h = [], [], []
        for seed in range(3):
            probs, labels, flip, x, minority = overlap_construct(seed)
            f = run(ConfidentLearningDetector(labels.size, K, odds=odds), probs, labels, x if with_features else None)
            p.append(flip[f].mean())
            r.append(flip[f].sum() / flip.sum())
            h.append(minority[f].sum())
        precision[odds], recall[odds], hard[odds] = np.mean(p), np.mean(r), np.sum(h)
    assert hard[0.0] >= 9, "the construct must give the default false flags on the boundary's clean rows"
    assert hard[0.25] <= hard[0.0] / 3
    assert precision[0.25] >= precision[0.0] + 0.05 and precision[0.25] >= 0.85
    assert recall[0.25] >= recall[0.0] - 0.05


def test_the_test_only_removes_flags_and_keeps_the_judged_epoch():
    probs, labels, flip, x, _ = overlap_construct(0)
    off = ConfidentLearningDetector(labels.size, K, odds=0.0)
    on = ConfidentLearningDetector(labels.size, K)  # the default again since round 17's look: odds=0.25
    a, b = run(off, probs, labels, x), run(on, probs, labels, x)
    assert np.isin(b, a).all() and b.size < a.size
    assert on.best_epoch == off.best_epoch  # the confident share (the epoch choice) is computed before the test


def test_clean_data_is_not_flagged_more():
    probs, labels, _, x, _ = overlap_construct(1, rate=0.0)
    off = run(ConfidentLearningDetector(labels.size, K, odds=0.0), probs, labels, x)
    on = run(ConfidentLearningDetector(labels.size, K, odds=0.25), probs, labels, x)
    assert np.isin(on, off).all() and on.size <= off.size


def test_state_round_trips_under_weights_only(tmp_path):
    probs, labels, _, x, _ = overlap_construct(2)
    det = ConfidentLearningDetector(labels.size, K, odds=0.25)
    whole = ConfidentLearningDetector(labels.size, K, odds=0.25)
    run(whole, probs, labels)
    run(det, probs[:9], labels)
    torch.save(det.state_dict(), tmp_path / "state.pt")
    restored = ConfidentLearningDetector(labels.size, K, odds=0.25)
    restored.load_state_dict(torch.load(tmp_path / "state.pt"))  # the default weights_only
    assert np.array_equal(run(restored, probs[9:], labels), whole.flagged())


def test_make_detector_passes_it_and_a_bad_value_names_the_option():
    det = make_detector("confident", 10, num_classes=2, odds=0.5)
    assert det.odds == 0.5 and make_detector("confident", 10, num_classes=2).odds == 0.25  # again since round 17
    for bad in (-1.0, float("nan"), float("inf"), True, "1"):
        with pytest.raises(ValueError, match="noisy_odds="):
            make_detector("confident", 10, num_classes=2, odds=bad)


def test_the_callback_option_reaches_the_detector_and_a_bad_value_names_it():
    from prometheus_client import CollectorRegistry

    from monitor import DataQualityMonitor

    dq = DataQualityMonitor("odds", registry=CollectorRegistry(), num_classes=3, noisy_odds=0.25)
    assert dq.noisy_options["odds"] == 0.25
    assert DataQualityMonitor("odds", registry=CollectorRegistry(), num_classes=3).noisy_options["odds"] == 0.25
    with pytest.raises(ValueError, match="noisy_odds=-0.5"):
        DataQualityMonitor("odds", registry=CollectorRegistry(), num_classes=3, noisy_odds=-0.5)


def test_the_benchmark_names_a_bad_input_and_exits_2(monkeypatch, capsys):
    import sys

    from benchmarks import data_quality_odds

    for argv, word in ((["--sets", "nope"], "--sets"), (["--variants", "odds 3"], "--variants"),
                       (["--seeds", "a"], "--seeds")):
        monkeypatch.setattr(sys, "argv", ["data_quality_odds.py", *argv])
        assert data_quality_odds.main() == 2
        assert word in capsys.readouterr().err
