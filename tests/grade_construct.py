"""Graded-rows constructs shared by the noisy-label tests of ordered classes (``test_noise_autoord.py``,
``test_noise_strict.py``): six grades cut from a latent score ``s`` (rows near a cut belong to either neighbour; the
model's probabilities are the posterior of the grade given ``s``, a little sharper each epoch), optionally with the
class indices shuffled so that no two neighbouring grades keep neighbouring indices."""

from __future__ import annotations

import numpy as np
import torch
from scipy.stats import norm

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
