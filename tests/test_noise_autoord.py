"""Session 20: ``ordered="auto"``, the confident rule deciding by itself whether the class indices are ordered grades.

Constructs of `tests/grade_construct.py`, no benchmark set: six grades cut from a latent score ``s`` (rows near a
cut belong to either neighbour; the model's probabilities are the posterior of the grade given ``s``, a little
sharper each epoch), and the same rows with the class indices shuffled so that no two neighbouring grades keep
neighbouring indices."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from monitor.data_quality.noise import ConfidentLearningDetector, make_detector
from monitor.data_quality.ordinal import AUTO_RATIO, check_ordered, neighbour_ratio
from tests.grade_construct import K, construct, run

pytest.importorskip("cleanlab")


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
