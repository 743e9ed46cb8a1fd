"""Session 15: while no judged peak counts (here: too few epochs for the fit to level off), the confident rule
reports its latest flags; a void last epoch made them empty (``latest="any"``, the default), though a void
epoch should count "neither as a peak nor as the latest flags". ``latest="identifiable"`` keeps the latest
identifiable epoch's flags through it.

Probabilities built by hand, as in ``test_noise_confused.py``: four classes of 500 rows, 20 % symmetric flips;
six epochs of a model that fits the clean labels, then six in which it cannot tell class 0 from 1 (it leans to 0
for both: a confused pair, which voids an epoch before the fit has levelled off). ``settle_epochs=50``: a fit
that does not level off within the run, as in the 8-epoch schedule."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("cleanlab")

from monitor.data_quality import make_detector  # noqa: E402
from monitor.data_quality.noise import ConfidentLearningDetector  # noqa: E402

K, N, RATE = 4, 500, 0.2


def _run(**options):
    rng = np.random.default_rng(0)
    y = np.repeat(np.arange(K), N)
    flip = rng.random(y.size) < RATE
    noisy = y.copy()
    noisy[flip] = (y[flip] + rng.integers(1, K, y.size)[flip]) % K
    det = ConfidentLearningDetector(y.size, K, settle_epochs=50, **options)
    void = []
    for epoch in range(13):  # a warm-up epoch, six that fit the clean labels, six that confuse classes 0 and 1
        p = np.full((y.size, K), 0.02)
        p[np.arange(y.size), y] = 0.94
        if epoch > 6:
            pair = y < 2
            p[pair, 0], p[pair, 1] = 0.6, 0.36
        p += rng.random(p.shape) * 0.02
        det.add_epoch(probs=p / p.sum(1, keepdims=True), labels=noisy)
        void.append(det.share is None)
    assert det.fit.settled is None and det.best_share < det.min_share  # no peak counts: the latest flags
    assert not any(void[1:7]) and void[-1]  # identifiable while the model fits, void at the end
    return det.flagged(), flip


def test_a_void_last_epoch_reports_nothing_by_default():
    flagged, _ = _run()
    assert flagged.size == 0


def test_the_latest_identifiable_epoch_is_reported_with_the_option():
    flagged, flip = _run(latest="identifiable")
    assert flip[flagged].mean() >= 0.95
    assert flip[flagged].sum() >= 0.8 * flip.sum()


def test_a_bad_value_names_the_option():
    with pytest.raises(ValueError, match="latest='last'"):
        make_detector("confident", 10, num_classes=2, latest="last")
    with pytest.raises(ValueError, match="latest='last'"):
        ConfidentLearningDetector(10, 2, latest="last")
