"""Round 8 of issue 17: the confident rule keeps a flag only when two of the judged window's three epochs report
it (``persist=2``, the default). A tuning construct made here, no recorded benchmark set: an ordinal label (three
grades cut from a latent score) whose model probabilities jitter from epoch to epoch, so clean rows near a cut
cross it in one epoch and not the next, while flipped rows stay misfit."""

from __future__ import annotations

import numpy as np
import pytest

from monitor.data_quality.noise import ConfidentLearningDetector, make_detector

pytest.importorskip("cleanlab")


def ordinal_construct(seed: int, n: int = 900, epochs: int = 12, rate: float = 0.1, jitter: float = 0.35):
    """(per-epoch probabilities, given labels, flipped mask): grades 0 / 1 / 2 cut from a standard normal score
    at -0.6 and 0.6, ``rate`` of the labels moved to a random other grade; each epoch's model reads the score
    with fresh noise (sd ``jitter``) and grows sharper as it trains."""
    rng = np.random.default_rng(seed)
    score = rng.normal(size=n)
    true = np.digitize(score, [-0.6, 0.6])
    flip = rng.random(n) < rate
    labels = np.where(flip, (true + rng.integers(1, 3, n)) % 3, true)
    probs = []
    for t in range(epochs):
        z = score + rng.normal(scale=jitter, size=n)
        logits = -(1.0 + t) * (z[:, None] - np.array([-1.3, 0.0, 1.3])) ** 2
        p = np.exp(logits - logits.max(1, keepdims=True))
        probs.append(p / p.sum(1, keepdims=True))
    return probs, labels, flip


def precision_recall(det, probs, labels, flip) -> tuple[float, float]:
    for p in probs:
        det.add_epoch(probs=p, labels=labels)
    f = det.flagged()
    return float(flip[f].mean()) if f.size else 0.0, float(flip[f].sum() / flip.sum())


def test_default_flags_only_what_two_of_three_epochs_report():
    new, old = [], []
    for seed in range(3):
        probs, labels, flip = ordinal_construct(seed)
        new.append(precision_recall(ConfidentLearningDetector(labels.size, 3), probs, labels, flip))
        old.append(precision_recall(ConfidentLearningDetector(labels.size, 3, persist=1), probs, labels, flip))
    (p_new, r_new), (p_old, r_old) = np.mean(new, 0), np.mean(old, 0)
    # round 7's rule flags the clean rows one epoch pushed across a cut: about half its flags are wrong
    assert p_new >= 0.62 > p_old
    assert r_new >= 0.8 and r_new >= r_old - 0.05


def test_persist_keeps_a_subset_of_the_judged_flags_and_round_trips():
    probs, labels, flip = ordinal_construct(1)
    one, two = (make_detector("confident", labels.size, num_classes=3, persist=k) for k in (1, 2))
    for p in probs[:8]:
        one.add_epoch(probs=p, labels=labels)
        two.add_epoch(probs=p, labels=labels)
    assert two.best_epoch == one.best_epoch and set(two.flagged()) <= set(one.flagged())
    restored = ConfidentLearningDetector(labels.size, 3)
    restored.load_state_dict(two.state_dict())
    for p in probs[8:]:
        two.add_epoch(probs=p, labels=labels)
        restored.add_epoch(probs=p, labels=labels)
    assert np.array_equal(restored.flagged(), two.flagged())
    with pytest.raises(ValueError, match="persist"):
        ConfidentLearningDetector(10, 3, persist=0)


def test_epochs_without_flags_abstain():
    """An epoch the detector voids (the model has not learnt: uniform probabilities) reports no flag; it must not
    outvote the first identifiable epoch after it (measured: 8 epochs on a 6-class set at 30 % noise, the two
    epochs before the last were void and persistence removed all 619 flags of the last)."""
    probs, labels, flip = ordinal_construct(2)
    uniform = np.full_like(probs[0], 1.0 / 3)
    one, two = (ConfidentLearningDetector(labels.size, 3, persist=k) for k in (1, 2))
    for det in (one, two):
        for p in (uniform, uniform, probs[-1]):
            det.add_epoch(probs=p, labels=labels)
    assert one.flagged().size > 0.5 * flip.sum()
    assert set(two.flagged()) == set(one.flagged())
