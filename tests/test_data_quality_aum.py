"""Session 11's AUM replay (benchmarks/data_quality_aum.py): the margin arithmetic and the AND rules, on
probabilities built here (no training)."""

import numpy as np

from benchmarks.data_quality_aum import _flagged_split, _per_class, dynamics


def test_aum_and_misclassified_share_of_known_margins():
    labels = np.array([0, 1, 2])
    # epoch 0: row 0 right (0.7 - 0.2), row 1 wrong (0.1 - 0.8), row 2 tied (0.4 - 0.4); epoch 1: all right
    e0 = np.array([[0.7, 0.2, 0.1], [0.8, 0.1, 0.1], [0.4, 0.2, 0.4]])
    e1 = np.array([[0.9, 0.05, 0.05], [0.2, 0.6, 0.2], [0.1, 0.1, 0.8]])
    e2 = np.full((3, 3), np.nan)  # not used: upto=1
    aum, mis = dynamics([e0, e1, e2], labels, upto=1)
    assert np.allclose(aum, [(0.5 + 0.85) / 2, (-0.7 + 0.4) / 2, (0.0 + 0.7) / 2])
    assert np.allclose(mis, [0.0, 0.5, 0.5])  # a tie counts as misclassified (argmax takes the first class)


def test_and_rules_only_remove_flags():
    rng = np.random.default_rng(0)
    labels = np.repeat([0, 1], 200)
    aum = rng.normal(0.5, 0.2, 400)
    aum[:20] = rng.normal(-0.6, 0.05, 20)  # 20 "flips" of class 0, far below the rest
    base = np.zeros(400, dtype=bool)
    base[:40] = True  # the confident rule's flags: the 20 flips and 20 clean rows of class 0
    for kept in (base & _per_class(aum, labels, base, "p1"), base & _per_class(aum, labels, base, "mirror"),
                 _flagged_split(aum, base)):
        assert not (kept & ~base).any()
    split = _flagged_split(aum, base)
    assert split[:20].all() and not split[20:40].any()  # two clear components among the flags: the low one kept
