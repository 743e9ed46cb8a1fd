"""Data quality: what the training loop receives, compared with a reference, and acted on.

Modules (framework-free unless noted):

- :mod:`~monitor.data_quality.stats`: the batch contract (:class:`BatchView`, :func:`extract_batch`)
  and device-side window accumulators (:class:`WindowStats`, :class:`StatsSummary`,
  :func:`summarize`); :mod:`~monitor.data_quality.duplicates`: exact duplicates (:class:`DuplicateWindow`).
- :mod:`~monitor.data_quality.drift`: divergences (KL, PSI), effect sizes and the per-window drift
  test with a known false-alarm rate (:func:`compare`, :func:`drift_pvalues`).
- :mod:`~monitor.data_quality.noise`: noisy-label detectors (confident learning with cleanlab, a
  loss mixture, the small-loss rule); :mod:`~monitor.data_quality.tracking` records per-sample
  rows per epoch on the device; :mod:`~monitor.data_quality.oof`: out-of-fold probabilities on the
  penultimate features beside the confident rule (the ``noisy_oof`` option).
- :mod:`~monitor.data_quality.sampler`: :class:`KLCalibratedSampler`, :class:`SampleFilter` and
  :class:`FilteredSampler` (drop or down-weight flagged rows).
- :mod:`~monitor.data_quality.datasets`: :class:`IndexedDataset` and :class:`EDADataset` (EDA
  augmentation of token ids).
- :mod:`~monitor.data_quality.distributed`: one collective per window / epoch under DDP.
- :mod:`~monitor.data_quality.callback` (Lightning): :class:`DataQualityMonitor`, the thin adapter;
  import it as ``from monitor import DataQualityMonitor``.
"""

from __future__ import annotations

from monitor.data_quality.datasets import EDA_OPERATIONS, EDADataset, IndexedDataset
from monitor.data_quality.drift import (
    DEFAULT_EPS,
    DRIFT_SIGNALS,
    DriftReport,
    compare,
    drift_pvalues,
    holm,
    kl_divergence,
    psi,
    smoothed_distribution,
    standardised_mean_shift,
)
from monitor.data_quality.noise import (
    NOISE_METHODS,
    ConfidentLearningDetector,
    LossMixtureDetector,
    NoisySampleTracker,
    make_detector,
)
from monitor.data_quality.sampler import FilteredSampler, KLCalibratedSampler, SampleFilter
from monitor.data_quality.duplicates import DuplicateWindow
from monitor.data_quality.stats import SKIP_REASONS, BatchView, StatsSummary, WindowStats, extract_batch, summarize

__all__ = [
    "BatchView", "ConfidentLearningDetector", "DEFAULT_EPS", "DRIFT_SIGNALS", "DriftReport", "DuplicateWindow",
    "EDADataset", "EDA_OPERATIONS", "FilteredSampler", "IndexedDataset", "KLCalibratedSampler",
    "LossMixtureDetector", "NOISE_METHODS", "NoisySampleTracker", "SKIP_REASONS", "SampleFilter", "StatsSummary",
    "WindowStats", "compare", "drift_pvalues", "extract_batch", "holm", "kl_divergence", "make_detector", "psi",
    "smoothed_distribution", "standardised_mean_shift", "summarize",
]
