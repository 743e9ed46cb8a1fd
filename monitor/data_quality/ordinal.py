"""Ordered classes for the confident rule's Bayes test (session 15, ``ordered=True``; default off).

On grades (wear states, retinopathy grades, credit ratings) a clean-label model splits the rows near a grade
boundary between the two grades, and cleanlab's noise matrix counts them as noise between neighbours. The rule
here takes that ambiguity back out (:func:`deep_noise_matrix`, in :func:`ordinal_likely_wrong`, which
``ConfidentLearningDetector._likely_wrong`` calls with ``ordered=True``). No Lightning here.
"""

from __future__ import annotations

import numpy as np

#: the Bayes test's odds that ``ordered=True`` turns on where ``odds`` is 0 (off, the default since round 16's look):
#: the odds the option was chosen at (session 15)
ORDERED_ODDS = 0.25
#: ``ordered=True``'s rule for ordered classes (session 15; ``ordinal_rule`` on a detector, for ablations):
#: ``"deep"`` scales the noise matrix's entries between neighbouring grades by the share of their rows deep in the
#: other grade (:func:`deep_noise_matrix`); ``"margin"`` multiplies ``odds`` by :data:`ORDINAL_MARGIN` for a flag
#: whose most likely other grade is a neighbour; ``"distance"`` also needs the expected true grade at least
#: :data:`ORDINAL_DISTANCE` grades from the given one; ``"deep+distance"`` both
ORDINAL_RULES = ("deep", "margin", "distance", "deep+distance")
ORDINAL_RULE = "deep"
ORDINAL_MARGIN = 4.0
ORDINAL_DISTANCE = 0.75
ORDINAL_DEEP = 0.15


def ordinal_likely_wrong(labels: np.ndarray, true: np.ndarray, noise_matrix: np.ndarray, odds: float,
                         rule: str = ORDINAL_RULE, deep: float = ORDINAL_DEEP) -> np.ndarray:
    """The Bayes test of each flag (``odds``, see ``ConfidentLearningDetector._likely_wrong``) for ordered
    classes: the rows (bool over ``labels``) whose given grade is at least ``odds`` times as likely wrong as
    right, by cleanlab's ``noise_matrix`` T = P(given i | true j) under ``rule`` (:data:`ORDINAL_RULES`) and the
    noise-corrected probabilities ``true`` ``(n, C)``."""
    if rule not in ORDINAL_RULES:
        raise ValueError(f"ordinal_rule={rule!r}: use one of {', '.join(ORDINAL_RULES)}")
    if rule in ("deep", "deep+distance"):
        noise_matrix = deep_noise_matrix(labels, true, noise_matrix, deep)
    joint = noise_matrix[labels] * true  # (n, C): T[given, j] P(true j | x)
    right = joint[np.arange(labels.size), labels]
    bar = np.full(labels.size, float(odds))
    if rule == "margin":  # a flag to a neighbouring grade needs ORDINAL_MARGIN times the odds
        other = joint.copy()
        other[np.arange(labels.size), labels] = -np.inf
        bar[np.abs(other.argmax(1) - labels) == 1] *= ORDINAL_MARGIN
    wrong = joint.sum(1) - right >= bar * right
    if rule in ("distance", "deep+distance"):  # the expected true grade a grade away or more
        wrong &= np.abs(true @ np.arange(true.shape[1]) - labels) >= ORDINAL_DISTANCE
    return wrong


def deep_noise_matrix(labels: np.ndarray, true: np.ndarray, noise_matrix: np.ndarray,
                      deep: float = ORDINAL_DEEP) -> np.ndarray:
    """``ordered=True``'s noise matrix (``ordinal_rule="deep"``): each entry between neighbouring grades scaled
    by the share of its rows that sit *deep* in the other grade. A clean-label model splits a row at a grade
    boundary between the two grades; cleanlab counts such a row in the off-diagonal of the confident joint
    all the same, so T[i, i +- 1] holds ambiguity as well as noise. A flipped row of a neighbouring grade is
    deep in its true grade: its given grade keeps at most ``deep`` (:data:`ORDINAL_DEEP`) of the noise-corrected
    probability. Per ordered pair (given i, true j = i +- 1): of the rows given i whose most likely true grade
    is j, the share with P(true i | x) <= ``deep`` scales T[i, j] (a floor of one row in that pair's
    rows); the diagonal takes up the rest of each column."""
    k = noise_matrix.shape[0]
    matrix = np.array(noise_matrix, dtype=np.float64)
    own = true[np.arange(labels.size), labels]
    top = true.argmax(1)
    for i in range(k):
        for j in (i - 1, i + 1):
            if not 0 <= j < k:
                continue
            rows = (labels == i) & (top == j)
            if rows.any():
                matrix[i, j] *= max((rows & (own <= deep)).sum(), 1) / rows.sum()
    matrix[np.diag_indices(k)] = 0.0
    matrix[np.diag_indices(k)] = np.clip(1.0 - matrix.sum(0), 1e-6, None)
    return matrix


def check_ordered(ordered: bool) -> bool:
    """``ordered`` when it is a bool, else a ``ValueError`` naming it."""
    if not isinstance(ordered, (bool, np.bool_)):
        raise ValueError(f"noisy_ordered={ordered!r} must be True (the classes are ordered grades) or False")
    return bool(ordered)
