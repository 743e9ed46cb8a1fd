"""Session 20: ``ordered="auto"``, the confident rule deciding by itself whether the class indices are ordered grades.

Constructs made here, no benchmark set: six grades cut from a latent score ``s`` (rows near a cut belong to either
neighbour; the model's probabilities are the posterior of the grade given ``s``, a little sharper each epoch), and
the same rows with the class indices shuffled so that no two neighbouring grades keep neighbouring indices."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from scipy.stats import norm

from monitor.data_quality.noise import ConfidentLearningDetector, make_detector
from monitor.data_quality.ordinal import AUTO_RATIO, check_ordered, neighbour_ratio

pytest.importorskip("cleanlab")

K = 6
CUTS = np.array([-1.3, -0.6, 0.0, 0.6, 1.3])
SHUFFLE = np.array([0, 2, 4, 1, 5, 3])  # grade g gets index SHUFFLE[g]: no neighbours stay neighbours


def construct(seed: int, shuffled: bool = False, rate: float = 0.0, n: int = 1200, epochs: int = 12):
    """(per-epoch probabilities, given labels, flipped mask, features): grades, or the shuffled indices;
    ``rate`` of the rows flipped ``c -> c + 1`` (mod K) on the indices as given (class-dependent noise), which
    the model partly learns (its probabilities are the noisy-label posterior)."""
    rng = np.random.default_rng(seed)
    s = 1.1 * rng.normal(size=n)
    grade = np.searchsorted(CUTS, s + 0.2 * rng.normal(size=n))
    edges = np.concatenate([[-np.inf], CUTS, [np.inf]])
    post = norm.cdf((edges[1:] - s[:, None]) / 0.2) - norm.cdf((edges[:-1] - s[:, None]) / 0.2)  # P(grade | s)
    true, index = (SHUFFLE[grade], SHUFFLE) if shuffled else (grade, np.arange(K))
    post = post[:, np.argsort(index)]  # columns in index order
    flip = rng.random(n) < rate
    labels = np.where(flip, (true + 1) % K, true)
    noisy = (1 - rate) * post + rate * np.roll(post, 1, axis=1)  # P(given j | s) under the c -> c + 1 flips
    x = np.column_stack([s, rng.normal(size=(n, 2))])
    probs = []
    for t in range(epochs):
        logits = np.log(0.95 * noisy + 0.05 / K) * (1 + 0.03 * t) + rng.normal(scale=0.3, size=(n, K))
        probs.append(torch.softmax(torch.from_numpy(logits), 1).numpy())
    return probs, labels, flip, x


def run(det, probs, labels, features=None) -> np.ndarray:
    for p in probs:
        det.add_epoch(probs=p, labels=labels, features=features)
    return det.flagged()


@pytest.mark.parametrize("rate", [0.0, 0.3])
def test_the_ratio_reads_grades_as_ordered_and_shuffled_indices_not(rate):
    for seed in range(2):
        probs, _, _, _ = construct(seed, rate=rate)
        assert neighbour_ratio(probs[-1]) >= AUTO_RATIO + 0.1  # 30 % one-sided flips dilute it (1.57)
        probs, _, _, _ = construct(seed, shuffled=True, rate=rate)  # flips to the next index: one side only
        assert neighbour_ratio(probs[-1]) < AUTO_RATIO


def test_the_ratio_is_one_sided_proof():
    """Mass on the class above only (what c -> c + 1 flips teach) does not read as ordered."""
    probs = np.full((K, K), 0.02)
    probs[np.arange(K), np.arange(K)] = 0.8
    probs[np.arange(K - 1), np.arange(1, K)] = 0.2
    assert neighbour_ratio(probs) < 1.0
    probs[np.arange(1, K), np.arange(K - 1)] = 0.2  # and below: both sides
    assert neighbour_ratio(probs) > 2.0


@pytest.mark.parametrize("shuffled", [False, True], ids=["grades", "shuffled"])
def test_auto_decides_once_and_flags_as_the_chosen_option(shuffled):
    probs, labels, _, x = construct(3, shuffled=shuffled, rate=0.05)
    auto = ConfidentLearningDetector(labels.size, K, ordered="auto")
    assert auto.auto is None and auto.ordered is False
    flagged = run(auto, probs, labels, x)
    assert auto.auto is not None and auto.auto["ordered"] is (not shuffled)
    assert 2 <= auto.auto["epoch"] < len(probs) and auto.ordered is (not shuffled)
    same = run(ConfidentLearningDetector(labels.size, K, ordered=not shuffled), probs, labels, x)
    assert np.array_equal(flagged, same)


@pytest.mark.parametrize("cut", [3, 9], ids=["before the decision", "after it"])
def test_auto_state_round_trips_under_weights_only(tmp_path, cut):
    probs, labels, _, x = construct(4, rate=0.05)
    whole = ConfidentLearningDetector(labels.size, K, ordered="auto")
    run(whole, probs, labels)
    det = ConfidentLearningDetector(labels.size, K, ordered="auto")
    run(det, probs[:cut], labels)
    assert (det.auto is None) is (cut == 3)
    torch.save(det.state_dict(), tmp_path / "state.pt")
    state = torch.load(tmp_path / "state.pt")  # the default weights_only
    restored = ConfidentLearningDetector(labels.size, K, ordered="auto")
    restored.load_state_dict(state)
    assert np.array_equal(run(restored, probs[cut:], labels), whole.flagged())
    assert restored.auto == whole.auto and restored.ordered is True


def test_states_saved_without_it_load_as_before():
    probs, labels, _, _ = construct(5, rate=0.05)
    plain = ConfidentLearningDetector(labels.size, K)
    run(plain, probs[:3], labels)
    state = plain.state_dict()
    assert "auto" not in state and "auto_twin" not in state
    auto = ConfidentLearningDetector(labels.size, K, ordered="auto")
    auto.load_state_dict(state)  # the twin starts from the plain state; decided later
    run(auto, probs[3:], labels)
    assert auto.auto is not None and auto.auto["ordered"] is True
    again = ConfidentLearningDetector(labels.size, K)  # built without the option: keeps its own
    again.load_state_dict(auto.state_dict())
    assert again.ordered is False and again.auto is None


def test_check_and_the_callback_accept_auto_and_name_the_valid_values():
    from prometheus_client import CollectorRegistry

    from monitor import DataQualityMonitor

    assert check_ordered("auto") == "auto" and check_ordered(True) is True
    assert make_detector("confident", 10, num_classes=3, ordered="auto").ordered_auto is True
    dq = DataQualityMonitor("ordered", registry=CollectorRegistry(), num_classes=3, noisy_ordered="auto")
    assert dq.noisy_options["ordered"] == "auto"
    for bad in ("Auto", "yes", 1, None):
        with pytest.raises(ValueError, match=r"noisy_ordered=.*: use True .*, False or 'auto'"):
            check_ordered(bad)
