"""Drift of a window against the reference: effect sizes and a test with a known false-alarm rate.

Effect sizes (how much): label and token-id KL/PSI, the standardised mean shift and std ratio per
feature. The test (whether it is more than chance): per window, a two-sample Kolmogorov-Smirnov test per
feature (on the first rows of the window and of the reference; Welch's t from the moments when no
rows were kept), a test of each label class's share (two-proportion chi-square, Fisher's exact for
small counts) and a chi-square test of the token-id histogram, all
p-values adjusted together by Holm's step-down method. The smallest adjusted p-value
per signal is exported (``lightwatch_data_drift_pvalue{signal}``); on stationary data a window has
an adjusted p-value below ``alpha`` with probability at most ``alpha`` (familywise), which is the
false-alarm rate of the DataDrift alert per window (``dashboards/config.py`` ``data_drift_alpha``).

Smoothing (the same for KL and PSI): both histograms are normalised to sum 1, then ``eps``
(default ``1e-4``) is added to every bin and they are normalised again. An empty bin therefore
contributes a large but finite term instead of ``inf``. Bins far above ``eps`` are barely
changed: for 10-bin histograms whose bins all hold >= 1 % the smoothing moves KL or PSI by at most
~0.01; bins near ``eps`` are where it matters (and where the unsmoothed value explodes).

The alert thresholds on the effect sizes (PSI 0.25, feature shift 0.5) live in one place,
``dashboards/config.py``; the monitor publishes values and never thresholds them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy import stats as sps

from monitor.data_quality.stats import StatsSummary

DEFAULT_EPS = 1e-4
#: the `signal` label values of lightwatch_data_drift_pvalue (and of the DataDrift alert)
DRIFT_SIGNALS = ("label", "feature", "token")


# --------------------------------------------------------------------------- divergences
def smoothed_distribution(counts: Any, eps: float = DEFAULT_EPS) -> np.ndarray:
    """Normalise ``counts`` to a distribution with additive smoothing ``eps`` per bin.

    ``p = (c / sum(c) + eps) / (1 + K * eps)``; an all-zero histogram becomes uniform.
    """
    c = np.asarray(counts, dtype=np.float64).reshape(-1)
    if c.size == 0:
        raise ValueError("counts is empty: a distribution needs at least one bin")
    if np.any(c < 0) or not np.all(np.isfinite(c)):
        raise ValueError("counts must be finite and non-negative")
    if eps < 0:
        raise ValueError(f"eps={eps!r} must be >= 0")
    total = c.sum()
    p = c / total if total > 0 else np.full_like(c, 1.0 / c.size)
    p = p + eps
    return p / p.sum()


def _pair(p: Any, q: Any, eps: float) -> tuple[np.ndarray, np.ndarray]:
    p, q = smoothed_distribution(p, eps), smoothed_distribution(q, eps)
    if p.shape != q.shape:
        raise ValueError(f"histograms have different numbers of bins: {p.size} vs {q.size}")
    return p, q


def kl_divergence(p: Any, q: Any, eps: float = DEFAULT_EPS) -> float:
    """``KL(p || q) = sum p ln(p / q)`` in nats, of two histograms (counts or probabilities)."""
    p, q = _pair(p, q, eps)
    return max(0.0, float(np.sum(p * np.log(p / q))))  # >= 0; clip float round-off


def psi(actual: Any, expected: Any, eps: float = DEFAULT_EPS) -> float:
    """Population stability index ``sum (a - e) ln(a / e)`` (= KL(a||e) + KL(e||a))."""
    a, e = _pair(actual, expected, eps)
    return max(0.0, float(np.sum((a - e) * np.log(a / e))))


# --------------------------------------------------------------------------- comparison
@dataclass
class DriftReport:
    """One window compared with the reference (``None`` where the statistic does not apply)."""

    samples: int
    label_kl: float | None = None
    label_psi: float | None = None
    label_overflow: int = 0
    feature_shift: np.ndarray | None = None  # (D,) |mean - ref mean| / pooled std
    feature_std_ratio: np.ndarray | None = None  # (D,) std / ref std
    feature_shift_max: float | None = None
    token_kl: float | None = None
    token_psi: float | None = None
    nonfinite_ratio: float | None = None
    #: signal -> smallest Holm-adjusted p-value of that signal's tests (see :func:`drift_pvalues`)
    pvalues: dict[str, float] = field(default_factory=dict)


def standardised_mean_shift(mean: np.ndarray, var: np.ndarray, ref_mean: np.ndarray, ref_var: np.ndarray,
                            floor: float = 1e-6) -> np.ndarray:
    """``|mean - ref_mean| / sqrt((var + ref_var) / 2)`` (the pooled-SD standardised mean difference).

    The pooled deviation has a floor of ``floor`` so a feature constant in both windows at the same
    value scores 0, and one that jumped between two constants scores ``|diff| / floor``.
    """
    pooled = np.sqrt(np.maximum((var + ref_var) / 2.0, floor ** 2))
    return np.abs(mean - ref_mean) / pooled


def compare(window: StatsSummary, reference: StatsSummary, eps: float = DEFAULT_EPS) -> DriftReport:
    """Compare a window with the reference; statistics missing on either side stay ``None``."""
    r = DriftReport(samples=window.samples, label_overflow=window.label_overflow)
    if window.label_counts is not None and reference.label_counts is not None and window.label_counts.sum() > 0 \
            and window.label_counts.shape == reference.label_counts.shape:
        r.label_kl = kl_divergence(window.label_counts, reference.label_counts, eps)
        r.label_psi = psi(window.label_counts, reference.label_counts, eps)
    if window.feature_sum is not None and reference.feature_sum is not None \
            and window.feature_dim == reference.feature_dim and window.feature_count.sum() > 0:
        shift = standardised_mean_shift(window.feature_mean, window.feature_var, reference.feature_mean,
                                        reference.feature_var)
        ref_std = np.sqrt(reference.feature_var)
        ratio = np.where(ref_std > 0, np.sqrt(window.feature_var) / np.where(ref_std > 0, ref_std, 1.0),
                         np.where(window.feature_var > 0, np.inf, 1.0))
        r.feature_shift, r.feature_std_ratio = shift, ratio
        r.feature_shift_max = float(shift.max()) if shift.size else 0.0
    if window.token_counts is not None and reference.token_counts is not None and window.token_counts.sum() > 0 \
            and window.token_counts.shape == reference.token_counts.shape:
        r.token_kl = kl_divergence(window.token_counts, reference.token_counts, eps)
        r.token_psi = psi(window.token_counts, reference.token_counts, eps)
    if window.elements and window.feature_count is not None:
        r.nonfinite_ratio = window.nonfinite / window.elements
    r.pvalues = drift_pvalues(window, reference)
    return r



# --------------------------------------------------------------------------- the drift test
def holm(pvalues: Any) -> np.ndarray:
    """Holm's step-down adjusted p-values (familywise error control; same as statsmodels' ``holm``).

    ``adj_(i) = max_{j <= i} min(1, (m - j + 1) p_(j))`` over the p-values sorted ascending.
    """
    p = np.asarray(pvalues, dtype=np.float64).reshape(-1)
    m = p.size
    if m == 0:
        return p
    order = np.argsort(p, kind="stable")
    stepped = np.minimum(1.0, np.maximum.accumulate((m - np.arange(m)) * p[order]))
    out = np.empty(m)
    out[order] = stepped
    return out


def _welch_pvalues(window: StatsSummary, reference: StatsSummary) -> np.ndarray:
    """Two-sided Welch t-test p-value per feature, from counts, means and (population) variances."""
    n1, n2 = window.feature_count, reference.feature_count
    ok = (n1 >= 2) & (n2 >= 2)
    n1, n2 = n1[ok], n2[ok]
    m1, m2 = window.feature_mean[ok], reference.feature_mean[ok]
    s1 = np.sqrt(window.feature_var[ok] * n1 / (n1 - 1))  # sample standard deviations (ddof=1)
    s2 = np.sqrt(reference.feature_var[ok] * n2 / (n2 - 1))
    degenerate = (s1 == 0) & (s2 == 0)  # constant on both sides: equal -> 1, moved -> 0
    with np.errstate(divide="ignore", invalid="ignore"):
        p = sps.ttest_ind_from_stats(m1, np.where(degenerate, 1.0, s1), n1, m2, np.where(degenerate, 1.0, s2), n2,
                                     equal_var=False).pvalue
    p = np.where(degenerate, np.where(np.isclose(m1, m2, rtol=0, atol=1e-12), 1.0, 0.0), p)
    return np.nan_to_num(p, nan=1.0)


def ks_pvalues(a: np.ndarray, b: np.ndarray, b_sorted: np.ndarray | None = None) -> np.ndarray:
    """Two-sample Kolmogorov-Smirnov p-value per column of ``a`` (n, D) vs ``b`` (m, D).

    ``D = max |F_a - F_b|`` evaluated at every pooled value (sorted searches per column) and
    scipy's asymptotic p-value: the values of ``scipy.stats.ks_2samp(method="asymp")``. Give
    ``b_sorted`` (``np.sort(b, axis=0)``, e.g. cached with the reference) to skip re-sorting ``b``.
    """
    n, m = len(a), len(b)
    a_s = np.sort(a, axis=0)
    b_s = np.sort(b, axis=0) if b_sorted is None else b_sorted
    d = np.empty(a.shape[1])
    for j in range(a.shape[1]):  # 4 binary searches of n + m values per feature
        x, y = a_s[:, j], b_s[:, j]
        at_a = np.searchsorted(x, x, "right") / n - np.searchsorted(y, x, "right") / m
        at_b = np.searchsorted(x, y, "right") / n - np.searchsorted(y, y, "right") / m
        d[j] = max(np.abs(at_a).max(), np.abs(at_b).max())
    return np.clip(sps.kstwo.sf(d, np.round(n * m / (n + m))), 0.0, 1.0)


def _chi2_pvalue(counts: np.ndarray, ref_counts: np.ndarray, scale: float = 1.0) -> float:
    """Chi-square test of homogeneity of two histograms (counts scaled by ``scale`` first)."""
    table = np.stack([counts, ref_counts]).astype(np.float64) * scale
    table = table[:, table.sum(0) > 0]
    if table.shape[1] < 2 or np.any(table.sum(1) <= 0):
        return 1.0
    return float(sps.chi2_contingency(table, correction=False).pvalue)


def _class_pvalues(counts: np.ndarray, ref_counts: np.ndarray) -> np.ndarray:
    """Per class: is its share in the window the reference's? Two-proportion chi-square (1 df),
    Fisher's exact test where an expected count is under 5 (there the approximation is too loose)."""
    w = np.rint(counts).astype(np.int64)
    r = np.rint(ref_counts).astype(np.int64)
    nw, nr = int(w.sum()), int(r.sum())
    pooled = (w + r) / max(nw + nr, 1)
    var = pooled * (1 - pooled) * (1 / max(nw, 1) + 1 / max(nr, 1))
    with np.errstate(divide="ignore", invalid="ignore"):
        z2 = (w / max(nw, 1) - r / max(nr, 1)) ** 2 / var
    p = np.where(var > 0, sps.chi2.sf(np.nan_to_num(z2, nan=0.0), 1), 1.0)
    small = np.flatnonzero((np.minimum(pooled * nw, pooled * nr) < 5) & (w + r > 0))
    for i in small:
        p[i] = sps.fisher_exact([[w[i], nw - w[i]], [r[i], nr - r[i]]]).pvalue
    return p


def drift_pvalues(window: StatsSummary, reference: StatsSummary) -> dict[str, float]:
    """Smallest Holm-adjusted p-value per drift signal (``label``, ``feature``, ``token``).

    All the window's tests are adjusted together (one family per window): a test of each label
    class's share (two-proportion chi-square; Fisher's exact for small counts), one test per
    feature and the token histogram's chi-square test. The feature test is the two-sample
    Kolmogorov-Smirnov test (distribution-free; conservative with ties) on the rows both
    summaries kept (``WindowStats(sample_rows=...)``); without rows on either side it is Welch's t
    test from the moments, whose tail is only right for near-normal features. Token counts are
    scaled to sequences (divided by the mean tokens per sequence), since tokens of one sequence are
    not independent draws: that is the largest possible design effect, so the token test is
    conservative. Signals that do not apply are absent.
    """
    raw: dict[str, np.ndarray] = {}
    if window.label_counts is not None and reference.label_counts is not None \
            and window.label_counts.shape == reference.label_counts.shape and window.label_counts.sum() > 0:
        raw["label"] = _class_pvalues(window.label_counts, reference.label_counts)
    if window.feature_sum is not None and reference.feature_sum is not None \
            and window.feature_dim == reference.feature_dim and window.feature_count.sum() > 0:
        rows, ref_rows = window.rows, reference.rows
        if rows is not None and ref_rows is not None and len(rows) >= 2 and len(ref_rows) >= 2 \
                and rows.shape[1] == ref_rows.shape[1]:
            raw["feature"] = ks_pvalues(rows, ref_rows, reference.sorted_rows())
        else:
            raw["feature"] = _welch_pvalues(window, reference)
    if window.token_counts is not None and reference.token_counts is not None \
            and window.token_counts.shape == reference.token_counts.shape and window.token_counts.sum() > 0:
        per_seq = window.token_counts.sum() / max(window.samples, 1)
        ref_per_seq = reference.token_counts.sum() / max(reference.samples, 1)
        raw["token"] = np.array([_chi2_pvalue(window.token_counts / max(per_seq, 1.0),
                                              reference.token_counts / max(ref_per_seq, 1.0))])
    raw = {k: v for k, v in raw.items() if v.size}
    if not raw:
        return {}
    adjusted = holm(np.concatenate(list(raw.values())))
    out, start = {}, 0
    for signal, p in raw.items():
        out[signal] = float(adjusted[start:start + p.size].min())
        start += p.size
    return out
