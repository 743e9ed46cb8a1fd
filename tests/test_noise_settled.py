"""Session 11 of issue 17: the confident rule judges only once the fit of the given labels has levelled off
(``judge="settled"``, the default). A tuning construct made here, no recorded benchmark set: a model that
learns a hard part of the clean rows late. Until it does, it predicts another class for them, confidently,
so confident learning flags them with a high confident share -- the early peak the former rule
(``judge="peak"``) judges at, as on the seen sets grade6, xor4 and quant4 (session 10's diagnosis)."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from monitor.data_quality.noise import ConfidentLearningDetector, make_detector

pytest.importorskip("cleanlab")


def late_fit_construct(seed: int, rate: float, n: int = 900, classes: int = 3, epochs: int = 24, hard: float = 0.15):
    """(per-epoch probabilities, given labels, flipped mask): ``hard`` of the clean rows are predicted as the next
    class until their own epoch (4-11) and as their class after it; flipped rows (``rate``, to a random other
    class) stay predicted as their true class (not memorised in these epochs); logits sharpen as training goes on,
    with fresh noise each epoch."""
    rng = np.random.default_rng(seed)
    true = rng.integers(0, classes, n)
    flip = rng.random(n) < rate
    labels = np.where(flip, (true + rng.integers(1, classes, n)) % classes, true)
    late = ~flip & (rng.random(n) < hard)
    learnt_at = rng.integers(4, 12, n)
    probs = []
    for t in range(epochs):
        belief = np.where(late & (t < learnt_at), (true + 1) % classes, true)
        logits = rng.normal(scale=1.0, size=(n, classes))
        logits[np.arange(n), belief] += 2.0 + 0.25 * t
        probs.append(torch.softmax(torch.from_numpy(logits), 1).numpy())
    return probs, labels, flip


def run(det, probs, labels) -> np.ndarray:
    for p in probs:
        det.add_epoch(probs=p, labels=labels)
    return det.flagged()


def test_clean_rows_learnt_late_are_not_flagged():
    for seed in range(2):
        probs, labels, _ = late_fit_construct(seed, rate=0.0)
        new = run(ConfidentLearningDetector(labels.size, 3), probs, labels)  # the default
        assert new.size < 0.01 * labels.size
        # the former rule judges while the model still misfits its late rows: about a tenth of a clean set flagged
        old = run(ConfidentLearningDetector(labels.size, 3, judge="peak"), probs, labels)
        assert old.size > 0.05 * labels.size


def test_flips_are_still_found_once_the_fit_levelled_off():
    for seed in range(2):
        probs, labels, flip = late_fit_construct(seed, rate=0.1)
        det = ConfidentLearningDetector(labels.size, 3)
        f = run(det, probs, labels)
        assert det.fit.settled is not None and det.best_epoch >= det.fit.settled > 6
        assert flip[f].mean() >= 0.9 and flip[f].sum() >= 0.8 * flip.sum()


def test_settled_state_round_trips_under_weights_only(tmp_path):
    probs, labels, _ = late_fit_construct(3, rate=0.1)
    det = make_detector("confident", labels.size, num_classes=3)
    for p in probs[:10]:
        det.add_epoch(probs=p, labels=labels)
    path = tmp_path / "state.pt"
    torch.save(det.state_dict(), path)
    restored = ConfidentLearningDetector(labels.size, 3)
    restored.load_state_dict(torch.load(path))  # the default weights_only
    for p in probs[10:]:
        det.add_epoch(probs=p, labels=labels)
        restored.add_epoch(probs=p, labels=labels)
    assert restored.fit.settled == det.fit.settled and np.array_equal(restored.flagged(), det.flagged())
    old = {k: v for k, v in det.state_dict().items() if k != "fit"}  # a checkpoint from before session 11 loads
    ConfidentLearningDetector(labels.size, 3).load_state_dict(old)
    with pytest.raises(ValueError, match="noisy_judge"):
        ConfidentLearningDetector(10, 3, judge="late")


def test_fit_level_settles_on_the_first_flat_stretch():
    from monitor.data_quality.fit import FitLevel

    fit = FitLevel(epochs=3, tol=0.02)
    labels = np.zeros(1000, dtype=np.int64)
    for epoch, right in zip(range(2, 10), (500, 600, 700, 800, 810, 810, 815, 990)):
        probs = np.zeros((1000, 2))
        probs[:right, 0] = probs[right:, 1] = 1.0
        fit.add(epoch, probs, labels)
    # epoch 8 is the first whose agreement (0.815) is at most 0.02 above that of 3 epochs before (0.800): the fit
    # had levelled off at epoch 5, and the later jump does not undo it
    assert fit.settled == 5 and fit.allows(5) and not fit.allows(4)
    # an epoch scored before the level was known is held, and admitted once it is
    held = FitLevel(epochs=3, tol=0.02)
    for epoch, right in zip(range(2, 8), (500, 600, 700, 800, 810, 810)):
        probs = np.zeros((1000, 2))
        probs[:right, 0] = probs[right:, 1] = 1.0
        held.add(epoch, probs, labels)
        assert held.admit([epoch - 2, 0.9, []], epoch) == []
    probs = np.zeros((1000, 2))
    probs[:815, 0] = probs[815:, 1] = 1.0
    held.add(8, probs, labels)
    assert [c[0] for c in held.admit([6, 0.9, []], 8)] == [5, 6] and held.pending == []


def test_callback_option():
    from prometheus_client import CollectorRegistry

    from monitor import DataQualityMonitor

    for judge in ("settled", "peak"):
        dq = DataQualityMonitor("judge", registry=CollectorRegistry(), num_classes=3, noisy_judge=judge)
        assert dq.noisy_options["judge"] == judge
    assert DataQualityMonitor("judge", registry=CollectorRegistry(), num_classes=3).noisy_options["judge"] == "settled"
    with pytest.raises(ValueError, match="noisy_judge='late'"):
        DataQualityMonitor("judge", registry=CollectorRegistry(), num_classes=3, noisy_judge="late")
