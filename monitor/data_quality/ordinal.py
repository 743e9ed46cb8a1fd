"""Ordered classes for the confident rule's Bayes test (session 15, ``ordered=True``; default off).

On grades (wear states, retinopathy grades, credit ratings) a clean-label model splits the rows near a grade
boundary between the two grades, and cleanlab's noise matrix counts them as noise between neighbours. The rule
here takes that ambiguity back out (:func:`deep_noise_matrix`, in :func:`ordinal_likely_wrong`, which
``ConfidentLearningDetector._likely_wrong`` calls with ``ordered=True``). No Lightning here.
"""

from __future__ import annotations

import numpy as np

#: the Bayes test's odds that ``ordered=True`` turns on where ``odds`` is 0 (off; the default between round 16's look
#: and round 17's):
#: the odds the option was chosen at (session 15)
ORDERED_ODDS = 0.25
#: ``ordered=True``'s rule for ordered classes (session 15; ``ordinal_rule`` on a detector, for ablations):
#: ``"deep"`` scales the noise matrix's entries between neighbouring grades by the share of their rows deep in the
#: other grade (:func:`deep_noise_matrix`); ``"margin"`` multiplies ``odds`` by :data:`ORDINAL_MARGIN` for a flag
#: whose most likely other grade is a neighbour; ``"distance"`` also needs the expected true grade at least
#: :data:`ORDINAL_DISTANCE` grades from the given one; ``"deep+distance"`` both. Session 16's variants, each on top
#: of ``"deep"`` and acting on *neighbour flags* only (a flag whose most likely other grade, by the test's joint,
#: is a neighbour of the given one): ``"deep+margin"`` multiplies their odds by ``margin``; ``"deep+own"`` keeps
#: them only where the given grade's noise-corrected probability is at most ``own`` (:data:`ORDINAL_OWN`);
#: ``"deep+expected"`` only where the expected (probability-weighted) true grade is at least ``distance``
#: grades from the given one; ``"deep-all"`` (session 21): ``"deep"`` on every pair of classes, not only
#: neighbouring ones (for classes that are not ordered, where index neighbours mean nothing)
ORDINAL_RULES = ("deep", "margin", "distance", "deep+distance", "deep+margin", "deep+own", "deep+expected", "deep-all")
#: ``ordered=True``'s rule since round 17's look (session 17): ``"deep+margin"`` at deep share 0.05 and a neighbour
#: margin of 8 (:data:`ORDINAL_OPTIONS`), chosen on tuning data in session 16 and adopted by the rule written before
#: that look (under 1 % clean rows flagged on both of round 17's ordered sets, summed F1 above the plain test's);
#: ``"deep"`` at 0.15 was the rule from session 15 to then
ORDINAL_RULE = "deep+margin"
ORDINAL_MARGIN = 4.0
ORDINAL_DISTANCE = 0.75
ORDINAL_DEEP = 0.05
ORDINAL_OWN = 0.05
#: the ordered rule's options (``ordinal_options`` on a detector): ``"deep+margin"``'s neighbour margin
ORDINAL_OPTIONS = {"margin": 8.0}


def ordinal_likely_wrong(labels: np.ndarray, true: np.ndarray, noise_matrix: np.ndarray, odds: float,
                         rule: str = ORDINAL_RULE, deep: float = ORDINAL_DEEP, *, margin: float = ORDINAL_MARGIN,
                         own: float = ORDINAL_OWN, distance: float = ORDINAL_DISTANCE) -> np.ndarray:
    """The Bayes test of each flag (``odds``, see ``ConfidentLearningDetector._likely_wrong``) for ordered
    classes: the rows (bool over ``labels``) whose given grade is at least ``odds`` times as likely wrong as
    right, by cleanlab's ``noise_matrix`` T = P(given i | true j) under ``rule`` (:data:`ORDINAL_RULES`) and the
    noise-corrected probabilities ``true`` ``(n, C)``. Every rule only removes rows the plain test keeps where
    its noise matrix's entries are no larger (``"deep"``'s are not)."""
    check_ordinal(rule, deep, margin, own, distance)
    if rule.startswith("deep"):
        noise_matrix = deep_noise_matrix(labels, true, noise_matrix, deep, every_pair=rule == "deep-all")
    joint = noise_matrix[labels] * true  # (n, C): T[given, j] P(true j | x)
    at = np.arange(labels.size)
    right = joint[at, labels]
    other = joint.copy()
    other[at, labels] = -np.inf
    neighbour = np.abs(other.argmax(1) - labels) == 1  # the most likely other grade is a neighbour
    bar = np.full(labels.size, float(odds))
    if rule in ("margin", "deep+margin"):  # a flag to a neighbouring grade needs `margin` times the odds
        bar[neighbour] *= ORDINAL_MARGIN if rule == "margin" else margin
    wrong = joint.sum(1) - right >= bar * right
    expected = np.abs(true @ np.arange(true.shape[1]) - labels)  # the expected true grade's distance
    if rule in ("distance", "deep+distance"):  # the expected true grade a grade away or more
        wrong &= expected >= ORDINAL_DISTANCE
    elif rule == "deep+own":  # a neighbour flag: the given grade's own probability at most `own`
        wrong &= ~neighbour | (true[at, labels] <= own)
    elif rule == "deep+expected":  # a neighbour flag: the expected true grade `distance` grades away or more
        wrong &= ~neighbour | (expected >= distance)
    return wrong


def check_ordinal(rule: str, deep: float = ORDINAL_DEEP, margin: float = ORDINAL_MARGIN, own: float = ORDINAL_OWN,
                  distance: float = ORDINAL_DISTANCE) -> str:
    """``rule`` when it and the parameters are valid, else a ``ValueError`` naming the bad one."""
    if rule not in ORDINAL_RULES:
        raise ValueError(f"ordinal_rule={rule!r}: use one of {', '.join(ORDINAL_RULES)}")
    for name, value, low, high in (("ordinal_deep", deep, 0.0, 1.0), ("ordinal_margin", margin, 1.0, float("inf")),
                                   ("ordinal_own", own, 0.0, 1.0), ("ordinal_distance", distance, 0.0, float("inf"))):
        if isinstance(value, bool) or not isinstance(value, (int, float, np.floating)) or not low <= value <= high \
                or value == float("inf"):
            raise ValueError(f"{name}={value!r} must be a number in [{low}, {high}]")
    return rule


def deep_noise_matrix(labels: np.ndarray, true: np.ndarray, noise_matrix: np.ndarray,
                      deep: float = ORDINAL_DEEP, every_pair: bool = False) -> np.ndarray:
    """``ordered=True``'s noise matrix (``ordinal_rule="deep"``): each entry between neighbouring grades scaled
    by the share of its rows that sit *deep* in the other grade. A clean-label model splits a row at a grade
    boundary between the two grades; cleanlab counts such a row in the off-diagonal of the confident joint
    all the same, so T[i, i +- 1] holds ambiguity as well as noise. A flipped row of a neighbouring grade is
    deep in its true grade: its given grade keeps at most ``deep`` (:data:`ORDINAL_DEEP`) of the noise-corrected
    probability. Per ordered pair (given i, true j = i +- 1): of the rows given i whose most likely true grade
    is j, the share with P(true i | x) <= ``deep`` scales T[i, j] (a floor of one row in that pair's
    rows); the diagonal takes up the rest of each column. ``every_pair`` (session 21, rule ``"deep-all"``): every
    pair (i, j != i), not only neighbours."""
    k = noise_matrix.shape[0]
    matrix = np.array(noise_matrix, dtype=np.float64)
    own = true[np.arange(labels.size), labels]
    top = true.argmax(1)
    for i in range(k):
        for j in (range(k) if every_pair else (i - 1, i + 1)):
            if not 0 <= j < k or j == i:
                continue
            rows = (labels == i) & (top == j)
            if rows.any():
                matrix[i, j] *= max((rows & (own <= deep)).sum(), 1) / rows.sum()
    matrix[np.diag_indices(k)] = 0.0
    matrix[np.diag_indices(k)] = np.clip(1.0 - matrix.sum(0), 1e-6, None)
    return matrix


#: ``strict`` (session 21; the detector's default 0: off): the strict twin's rule, the ordered rule of
#: :data:`ORDINAL_RULE` at its deep share and margin, run on every set (ordered or not). On unordered classes the
#: neighbour margin acts on index neighbours that mean nothing; the deep share is what keeps clean rows of a
#: class-overlap region unflagged
STRICT_RULE, STRICT_DEEP, STRICT_OPTIONS = ORDINAL_RULE, ORDINAL_DEEP, dict(ORDINAL_OPTIONS)
#: ``noisy_strict``'s default on the callback (``DataQualityMonitor``) where ``noisy_ordered`` is False: 0.01 from
#: round 24's look (session 23) to round 34's (session 26), 0 (off) since, by the rule written before round 34's look:
#: over the blind rounds 23-34 the strict twin met more cells (55 against 44: clean runs it keeps under 1 %) but its
#: summed noisy F1 fell 0.410 below the plain rule's (round 33 -0.105, round 34 -0.305: at 5 % class-dependent noise
#: a noisy run can flag under 1 % by the twin's count, and its flags, far fewer, replace the plain rule's), past the
#: 0.25 the rule allowed. ``noisy_strict=0.01`` is an option. The detector's own default is 0 too
STRICT_DEFAULT = 0.0


def check_strict(strict: float) -> float:
    """``strict`` (the share of seen rows below which the strict twin's flags are reported; 0: off) as a float in
    [0, 1), else a ``ValueError`` naming it."""
    if isinstance(strict, bool) or not isinstance(strict, (int, float, np.floating)) or not 0.0 <= strict < 1.0:
        raise ValueError(f"noisy_strict={strict!r} must be a share of rows in [0, 1) (0: off)")
    return float(strict)


def resolve_strict(strict: float | None, ordered: bool | str) -> float:
    """The callback's ``noisy_strict`` (session 23): ``None`` is :data:`STRICT_DEFAULT` where ``ordered`` is False
    and 0 (off) where it is True or ``"auto"`` (the strict twin runs beside the plain rule only); an explicit value
    is checked (:func:`check_strict`), and a nonzero one with ``ordered`` not False is a ``ValueError``."""
    ordered = check_ordered(ordered)
    if strict is None:
        return STRICT_DEFAULT if ordered is False else 0.0
    strict = check_strict(strict)
    if strict and ordered is not False:
        raise ValueError(f"noisy_strict={strict!r} needs noisy_ordered=False (the plain rule beside a strict twin); "
                         f"got noisy_ordered={ordered!r}")
    return strict


def check_ordered(ordered: bool | str) -> bool | str:
    """``ordered`` as a bool, or ``"auto"`` (session 20), else a ``ValueError`` naming it and the valid values."""
    if isinstance(ordered, str) and ordered == "auto":
        return "auto"
    if not isinstance(ordered, (bool, np.bool_)):
        raise ValueError(f"noisy_ordered={ordered!r}: use True (the classes are ordered grades), False or 'auto' "
                         f"(decided from the run's probabilities once the fit levels off)")
    return bool(ordered)


#: ``ordered="auto"`` (session 20): the classes are read as ordered grades where :func:`neighbour_ratio` of the
#: smoothed probabilities, at the epoch the fit levels off, is at least this (chosen on the tuning sets and rounds
#: 13-17, ``benchmarks/data_quality_autoord.py``)
AUTO_RATIO = 1.35


def neighbour_ratio(probs: np.ndarray) -> float:
    """How ordered the class indices look to a model (session 20, ``ordered="auto"``). Of each row's probability
    off its most likely class ``t``, the share on the grade above (``t + 1``), over what unordered classes give
    (each other class alike: ``1 / (K - 1)`` where ``t + 1`` exists), summed over rows; the same for the grade
    below (``t - 1``); the smaller of the two. About 1 (or less) when the index order means nothing; on grades a
    row in doubt is in doubt between neighbours, on both sides (2 to 3 on the seen ordered sets without noise).
    Each side apart, because flips ``c -> c + 1`` (or ``c - 1``) teach the model the flipped share of the next
    class everywhere in a class: neighbour mass on one side only (it still dilutes the other side's share).
    ``probs`` ``(n, K)``."""
    probs = np.asarray(probs, dtype=np.float64)
    probs = probs / probs.sum(1, keepdims=True)
    k = probs.shape[1]
    top = probs.argmax(1)
    off = probs.copy()
    off[np.arange(top.size), top] = 0.0
    ratios = []
    for step in (1, -1):
        near = np.arange(k)[None, :] - top[:, None] == step
        null = (off.sum(1) * near.sum(1)).sum() / max(k - 1, 1)
        ratios.append((off * near).sum() / null if null > 0 else 1.0)
    return float(min(ratios))


def decide_ordered(probs: np.ndarray, epoch: int, threshold: float = AUTO_RATIO) -> dict:
    """``ordered="auto"``'s decision on the smoothed probabilities ``probs`` ``(n, K)`` of the seen rows at
    ``epoch``: ``{"epoch", "ratio", "threshold", "ordered"}`` (plain values: checkpointable under weights_only)."""
    ratio = neighbour_ratio(probs)
    return {"epoch": int(epoch), "ratio": round(ratio, 4), "threshold": float(threshold),
            "ordered": bool(ratio >= threshold)}

