"""Session 12: once the fit has levelled off, a class pair the model confuses for good loses its own flags
instead of voiding every epoch (``confused="drop"``, the default; ``"void"`` is the session-11 rule, under
which some 30 %-noise runs of round 11 flagged nothing at all).

The probabilities are built by hand, so the case is exact and fast: four classes, 20 % symmetric flips, a
model that fits classes 2 and 3 and cannot tell 0 from 1 (it leans to 0 for both, every epoch)."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("cleanlab")

from monitor.data_quality import make_detector  # noqa: E402

SIZES, RATE, K = (700, 500, 500, 500), 0.2, 4


def _run(**options):
    rng = np.random.default_rng(0)
    y = np.repeat(np.arange(K), SIZES)
    flip = rng.random(y.size) < RATE
    noisy = y.copy()
    noisy[flip] = (y[flip] + rng.integers(1, K, y.size)[flip]) % K
    det = make_detector("confident", y.size, num_classes=K, **options)
    for _ in range(12):
        p = np.full((y.size, K), 0.02)
        p[np.arange(y.size), y] = 0.94
        pair = y < 2
        p[pair, 0], p[pair, 1] = 0.6, 0.36
        p += rng.random(p.shape) * 0.02
        det.add_epoch(probs=p / p.sum(1, keepdims=True), labels=noisy)
    return det.flagged(), flip, noisy, y


def test_a_pair_confused_for_good_loses_its_flags_not_every_flag():
    flagged, flip, noisy, y = _run()
    assert flagged.size, "the default flags the identifiable rows"
    assert flip[flagged].mean() >= 0.95
    fixable = flip & (y >= 2) | flip & (noisy >= 2)  # a flip that involves a class the model fits
    assert flip[flagged].sum() >= 0.8 * fixable.sum()
    # none of the dropped rows: class 1 rows the model reads as class 0 (clean class-1 rows among them)
    assert not (np.isin(flagged, np.flatnonzero(noisy == 1)) & (y[flagged] < 2)).any()


def test_the_session_11_rule_voids_every_epoch_and_flags_nothing():
    flagged, *_ = _run(confused="void")
    assert flagged.size == 0


def test_the_peak_judge_is_unchanged_by_the_option():
    a, *_ = _run(judge="peak")
    b, *_ = _run(judge="peak", confused="void")
    assert np.array_equal(a, b)


def test_a_bad_value_names_the_option():
    with pytest.raises(ValueError, match="confused='keep'"):
        make_detector("confident", 10, num_classes=2, confused="keep")
