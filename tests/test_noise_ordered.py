"""Session 15: the confident rule's option for ordered classes (``ordered=True``; default off).

A construct made here, no benchmark set: five ordered grades cut from a latent score ``s`` at unequal widths;
each row's grade is that of ``s`` plus a little noise the features do not see, so rows near a cut belong to
either neighbour (real ambiguity of a clean label), and the model's probabilities are the calibrated
posterior of the grade given ``s``. On clean labels the default's Bayes test keeps flags of such boundary
rows: cleanlab counts them in the noise matrix's neighbouring entries, which lowers the bar for exactly those
flags. ``ordered=True`` scales those entries by the share of their rows that sit deep in the other grade. Flips
two grades away (``c -> c + 2``) or to a random other grade land deep in another grade and stay found."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from scipy.stats import norm

from monitor.data_quality.noise import ConfidentLearningDetector, make_detector

pytest.importorskip("cleanlab")

K = 5
CUTS = np.array([-1.2, -0.4, 0.5, 1.3])


def grades_construct(seed: int, rate: float = 0.0, kind: str = "plus2", n: int = 1500, epochs: int = 12,
                     with_true: bool = False):
    """(per-epoch probabilities, given labels, flipped mask, features[, true grades]). ``kind``: ``"plus2"`` flips
    a grade two up (two down for the top two grades), ``"symmetric"`` to a random other grade."""
    rng = np.random.default_rng(seed)
    s = 1.1 * rng.normal(size=n)
    true = np.searchsorted(CUTS, s + 0.15 * rng.normal(size=n))
    flip = rng.random(n) < rate
    up2 = np.where(true + 2 < K, true + 2, true - 2)
    labels = np.where(flip, up2 if kind == "plus2" else (true + rng.integers(1, K, n)) % K, true)
    edges = np.concatenate([[-np.inf], CUTS, [np.inf]])
    post = norm.cdf((edges[1:] - s[:, None]) / 0.15) - norm.cdf((edges[:-1] - s[:, None]) / 0.15)  # P(grade | s)
    x = np.column_stack([s, rng.normal(size=(n, 2))])
    probs = []
    for t in range(epochs):  # the posterior, a little sharper each epoch, with noise; flips are not memorised
        logits = np.log(0.95 * post + 0.05 / K) * (1 + 0.03 * t) + rng.normal(scale=0.3, size=(n, K))
        probs.append(torch.softmax(torch.from_numpy(logits), 1).numpy())
    return (probs, labels, flip, x, true) if with_true else (probs, labels, flip, x)


def run(det, probs, labels, features=None) -> np.ndarray:
    for p in probs:
        det.add_epoch(probs=p, labels=labels, features=features)
    return det.flagged()


@pytest.mark.parametrize("with_features", [True, False], ids=["kNN check", "no features"])
def test_clean_ordered_grades_flag_fewer_rows(with_features):
    flagged = {False: 0, True: 0}
    for seed in range(3):
        probs, labels, _, x = grades_construct(seed)
        for ordered in flagged:
            flagged[ordered] += run(ConfidentLearningDetector(labels.size, K, ordered=ordered), probs, labels,
                                    x if with_features else None).size
    assert flagged[False] >= 30, "the construct must give the default false flags on clean boundary rows"
    assert flagged[True] <= 0.7 * flagged[False]


@pytest.mark.parametrize("kind", ["plus2", "symmetric"])
def test_flips_away_from_the_boundary_are_still_found(kind):
    """Flips two or more grades away are found as by the plain test; flips into a neighbouring grade may be lost
    (since round 17's look the rule asks 8 times the odds of a neighbour flag: the price of under 1 % clean flags)."""
    for seed in range(2):
        probs, labels, flip, x, true = grades_construct(seed, rate=0.1, kind=kind, with_true=True)
        far = flip & (np.abs(labels - true) >= 2)
        default = run(ConfidentLearningDetector(labels.size, K), probs, labels, x)
        ordered = run(ConfidentLearningDetector(labels.size, K, ordered=True), probs, labels, x)
        recall = far[ordered].sum() / far.sum()
        assert far.sum() >= 40 and recall >= 0.8 and recall >= far[default].sum() / far.sum() - 0.05
        assert flip[ordered].mean() >= flip[default].mean()  # no worse precision


def test_it_is_off_by_default_and_only_removes_flags():
    probs, labels, _, x = grades_construct(3, rate=0.05, kind="symmetric")
    assert ConfidentLearningDetector(labels.size, K).ordered is False
    default = run(ConfidentLearningDetector(labels.size, K), probs, labels, x)
    ordered = run(ConfidentLearningDetector(labels.size, K, ordered=True), probs, labels, x)
    assert np.isin(ordered, default).all() and ordered.size < default.size


def test_state_round_trips_under_weights_only(tmp_path):
    probs, labels, _, x = grades_construct(4, rate=0.05)
    whole = ConfidentLearningDetector(labels.size, K, ordered=True)
    run(whole, probs, labels)
    det = ConfidentLearningDetector(labels.size, K, ordered=True)
    run(det, probs[:7], labels)
    torch.save(det.state_dict(), tmp_path / "state.pt")
    state = torch.load(tmp_path / "state.pt")  # the default weights_only
    assert state["ordered"] is True
    restored = ConfidentLearningDetector(labels.size, K, ordered=True)
    restored.load_state_dict(state)
    assert np.array_equal(run(restored, probs[7:], labels), whole.flagged())


def test_make_detector_passes_it_and_a_bad_value_names_the_option():
    assert make_detector("confident", 10, num_classes=3, ordered=True).ordered is True
    assert make_detector("confident", 10, num_classes=3).ordered is False
    # the option acts through the Bayes test: with odds 0 (off) it turns it on at 0.25 (the default since round 17)
    assert make_detector("confident", 10, num_classes=3, ordered=True).odds == 0.25
    assert make_detector("confident", 10, num_classes=3, ordered=True, odds=0.0).odds == 0.25
    assert make_detector("confident", 10, num_classes=3, ordered=True, odds=0.5).odds == 0.5
    for bad in (1, 0, "yes", None, 0.5):
        with pytest.raises(ValueError, match="noisy_ordered="):
            make_detector("confident", 10, num_classes=3, ordered=bad)


def test_the_callback_option_reaches_the_detector_and_a_bad_value_names_it():
    from prometheus_client import CollectorRegistry

    from monitor import DataQualityMonitor

    dq = DataQualityMonitor("ordered", registry=CollectorRegistry(), num_classes=3, noisy_ordered=True)
    assert dq.noisy_options["ordered"] is True
    assert DataQualityMonitor("ordered", registry=CollectorRegistry(), num_classes=3).noisy_options["ordered"] is False
    with pytest.raises(ValueError, match="noisy_ordered='yes'"):
        DataQualityMonitor("ordered", registry=CollectorRegistry(), num_classes=3, noisy_ordered="yes")


def test_the_ordered_tuning_sets_are_known_tuning_sets_of_ordered_grades():
    from benchmarks.data_quality_actions import ORDERED_TUNING, TUNING, known_sets, load, split

    assert set(ORDERED_TUNING) <= set(known_sets()) and not set(ORDERED_TUNING) & set(TUNING)
    for name, grades in zip(ORDERED_TUNING, (5, 6, 7)):
        x, y, _, _ = load(name, 0)
        assert split(name) == "tuning" and np.unique(y).tolist() == list(range(grades))
        score = x @ np.linalg.lstsq(x, y.astype(float), rcond=None)[0]  # a linear score orders the grades
        assert np.all(np.diff([score[y == g].mean() for g in range(grades)]) > 0)


# session 16: the neighbour-flag variants on top of "deep" (ordinal.ORDINAL_RULES)
NEW_RULES = [("deep+margin", {"margin": 2.0}), ("deep+own", {"own": 0.05}), ("deep+expected", {"distance": 0.5})]


@pytest.mark.parametrize("rule,options", NEW_RULES, ids=[r for r, _ in NEW_RULES])
def test_a_neighbour_rule_only_removes_deeps_flags(rule, options):
    from monitor.data_quality.noise import _latent
    from monitor.data_quality.ordinal import ordinal_likely_wrong

    for seed, kind in ((5, "symmetric"), (6, "plus2")):
        probs, labels, _, _ = grades_construct(seed, rate=0.1, kind=kind)
        noise_matrix, true = _latent(labels, probs[-1])
        deep = ordinal_likely_wrong(labels, true, noise_matrix, 0.25, "deep")
        new = ordinal_likely_wrong(labels, true, noise_matrix, 0.25, rule, **options)
        assert not (new & ~deep).any() and new.sum() > 0
    probs, labels, _, x = grades_construct(3, rate=0.05, kind="symmetric")
    default = run(ConfidentLearningDetector(labels.size, K), probs, labels, x)
    det = ConfidentLearningDetector(labels.size, K, ordered=True)
    det.ordinal_rule, det.ordinal_options = rule, options
    assert np.isin(run(det, probs, labels, x), default).all()


@pytest.mark.parametrize("rule,options", NEW_RULES, ids=[r for r, _ in NEW_RULES])
def test_a_neighbour_rule_round_trips_under_weights_only(tmp_path, rule, options):
    probs, labels, _, x = grades_construct(4, rate=0.05)
    whole = ConfidentLearningDetector(labels.size, K, ordered=True)
    whole.ordinal_rule, whole.ordinal_options = rule, options
    run(whole, probs, labels)
    det = ConfidentLearningDetector(labels.size, K, ordered=True)
    det.ordinal_rule, det.ordinal_options = rule, options
    run(det, probs[:7], labels)
    torch.save(det.state_dict(), tmp_path / "state.pt")
    state = torch.load(tmp_path / "state.pt", weights_only=True)
    restored = ConfidentLearningDetector(labels.size, K, ordered=True)
    restored.load_state_dict(state)
    assert restored.ordinal_rule == rule and restored.ordinal_options == options
    assert np.array_equal(run(restored, probs[7:], labels), whole.flagged())


@pytest.mark.parametrize("bad,match", [({"rule": "deepest"}, "ordinal_rule='deepest'"),
                                       ({"deep": 1.5}, "ordinal_deep=1.5"), ({"margin": 0.5}, "ordinal_margin=0.5"),
                                       ({"own": -0.1}, "ordinal_own=-0.1"), ({"own": "low"}, "ordinal_own='low'"),
                                       ({"distance": float("inf")}, "ordinal_distance=inf")])
def test_a_bad_ordinal_value_is_named(bad, match):
    from monitor.data_quality.ordinal import check_ordinal

    with pytest.raises(ValueError, match=match):
        check_ordinal(**{"rule": "deep", **bad})
    probs, labels, _, _ = grades_construct(0, rate=0.1)
    det = ConfidentLearningDetector(labels.size, K, ordered=True)
    det.ordinal_rule = bad.get("rule", "deep+own")
    det.ordinal_deep = bad.get("deep", det.ordinal_deep)
    det.ordinal_options = {k: v for k, v in bad.items() if k not in ("rule", "deep")}
    with pytest.raises(ValueError, match=match):
        run(det, probs, labels)
