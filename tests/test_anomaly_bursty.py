"""The bursty-straggler tuning construct of ``benchmarks/anomaly.py --bursty-only``: its labels say what
its values hold (healthy twin outside events; a straggler event is the labelled share below the rate,
made of bursts with healthy points between; a drop is a flat 8-16 % cut)."""

from __future__ import annotations

import numpy as np

from anomaly.tuning import make_tuning
from benchmarks.anomaly import DIVERSE_SEEDS, bursty_stragglers


def test_bursty_construct_labels_match_its_values():
    kinds = set()
    for i, seed in enumerate(list(DIVERSE_SEEDS)[60:72]):
        tr = make_tuning(seed)
        b = bursty_stragglers(tr, 500 + i)
        again = bursty_stragglers(tr, 500 + i)
        assert np.array_equal(b.values, again.values) and b.events == again.events
        ratio = b.values / tr.healthy
        outside = np.ones(len(ratio), bool)
        for e in b.events:
            kinds.add(e.kind)
            seg = ratio[e.onset:e.end]
            outside[e.onset:e.end] = False
            assert abs((1 - seg.mean()) - e.depth) < 1e-6
            if e.kind == "straggler":
                assert 0.07 <= e.depth <= 0.38
                assert 0.2 < np.mean(np.isclose(seg, 1.0)) < 0.95  # healthy points between the bursts
                assert seg.min() < 0.65  # the bursts are deep
            else:
                assert 0.08 <= e.depth <= 0.16 and np.allclose(seg, seg[0])
        np.testing.assert_allclose(ratio[outside], 1.0)
    assert kinds == {"straggler", "drop"}
