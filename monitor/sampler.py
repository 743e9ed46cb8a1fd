"""``KLCalibratedSampler``: reweighted sampling toward a target label distribution.

A torch ``Sampler`` (no Lightning): each index ``i`` is drawn with probability proportional to
``target[y_i] / freq[y_i]`` (normalised to mean 1 and capped at ``max_weight``), so a long-tailed
label distribution is sampled close to the target. The KL divergence to the target is published
before reweighting (the dataset), after (the expected sampled distribution, exact), and for the
labels actually drawn in the last epoch.
"""

from __future__ import annotations

from typing import Any, Iterator

import numpy as np
import torch
from prometheus_client import CollectorRegistry
from torch.utils.data import Sampler

from monitor import metrics as M
from monitor.data_quality import DEFAULT_EPS, calibration_weights, class_mass, kl_divergence, target_distribution


def _labels_array(labels: Any) -> np.ndarray:
    if isinstance(labels, torch.Tensor):
        labels = labels.detach().cpu().numpy()
    arr = np.asarray(labels)
    if arr.ndim != 1 or arr.size == 0:
        raise ValueError(f"labels must be a non-empty 1-D sequence of class ids, got shape {arr.shape}")
    if not np.issubdtype(arr.dtype, np.integer):
        if not np.issubdtype(arr.dtype, np.floating) or not np.all(arr == np.round(arr)):
            raise ValueError(f"labels must be integer class ids, got dtype {arr.dtype}")
        arr = arr.astype(np.int64)
    if arr.min() < 0:
        raise ValueError(f"labels must be >= 0, got a minimum of {int(arr.min())}")
    return arr.astype(np.int64)


class KLCalibratedSampler(Sampler[int]):
    """Sample dataset indices so the label distribution moves toward ``target``.

    Example::

        from monitor import KLCalibratedSampler
        sampler = KLCalibratedSampler(train_labels, target="uniform", max_weight=10.0)
        loader = DataLoader(train_set, batch_size=64, sampler=sampler)
        sampler.kl_before, sampler.kl_after     # KL to the target before and after reweighting

    Parameters
    ----------
    labels : class id of every dataset row (sequence, numpy array or tensor), in dataset order.
    target : ``"uniform"`` or ``num_classes`` non-negative class weights (normalised here).
    max_weight : cap on any sample's weight, relative to a mean weight of 1 (``>= 1``; 1 means plain
        uniform sampling). Tail classes rarer than ``1 / max_weight`` of their target share stay
        under-sampled: the cap trades closeness to the target for fewer repeats of the same rows.
    num_samples : indices per epoch (default ``len(labels)``).
    replacement : draw with replacement (default). Without it, each row appears at most once and
        the "after" value is only the with-replacement expectation.
    num_classes : number of classes (default ``max(labels) + 1``).
    seed : draws are reproducible: epoch ``e`` uses ``seed + e``; the epoch advances after each
        iteration (or set it with :meth:`set_epoch`) and is kept in :meth:`state_dict`.
    registry, run_name, rank : where to publish ``lightwatch_sampler_kl_divergence``. With
        ``run_name=None`` nothing is published until :meth:`bind_metrics` is called (the
        :class:`~monitor.data_callbacks.DataQualityMonitor` does so with its run name and rank).
    eps : smoothing of the divergences (see :func:`monitor.data_quality.smoothed_distribution`).
    """

    def __init__(self, labels: Any, *, target: Any = "uniform", max_weight: float = 10.0,
                 num_samples: int | None = None, replacement: bool = True, num_classes: int | None = None,
                 seed: int = 0, registry: CollectorRegistry | None = None, run_name: str | None = None,
                 rank: int = 0, eps: float = DEFAULT_EPS) -> None:
        y = _labels_array(labels)
        if num_classes is None:
            num_classes = int(y.max()) + 1
        if isinstance(num_classes, bool) or not isinstance(num_classes, int) or num_classes < 1:
            raise ValueError(f"num_classes={num_classes!r} must be an int >= 1")
        if y.max() >= num_classes:
            raise ValueError(f"labels hold class {int(y.max())} but num_classes={num_classes}")
        if isinstance(max_weight, bool) or not isinstance(max_weight, (int, float)) or not max_weight >= 1.0:
            raise ValueError(f"max_weight={max_weight!r} must be a number >= 1 (weights have mean 1)")
        if num_samples is None:
            num_samples = int(y.size)
        if isinstance(num_samples, bool) or not isinstance(num_samples, int) or num_samples < 1:
            raise ValueError(f"num_samples={num_samples!r} must be an int >= 1")
        self.target = target_distribution(target, num_classes)
        self.labels = y
        self.num_classes = num_classes
        self.max_weight = float(max_weight)
        self.num_samples = num_samples
        self.replacement = bool(replacement)
        self.seed = int(seed)
        self.eps = eps
        self.epoch = 0
        self.weights = calibration_weights(y, self.target, self.max_weight)  # (N,) mean 1, <= max_weight
        nonzero = int((self.weights > 0).sum())
        if not self.replacement and num_samples > nonzero:
            raise ValueError(f"num_samples={num_samples} exceeds the {nonzero} rows with non-zero weight "
                             "(use replacement=True)")
        self.before = np.bincount(y, minlength=num_classes) / y.size
        self.after = class_mass(y, self.weights, num_classes)
        self.kl_before = kl_divergence(self.before, self.target, eps)
        self.kl_after = kl_divergence(self.after, self.target, eps)
        self.kl_sampled: float | None = None
        self._metrics: M.BoundMetrics | None = None
        if run_name is not None:
            self.bind_metrics(registry, run_name, rank)

    def bind_metrics(self, registry: CollectorRegistry | None, run_name: str, rank: int | str = 0) -> None:
        """Publish the KL gauges under ``run_name``/``rank`` on ``registry`` (now and after each epoch)."""
        self._metrics = M.bind(registry, run=run_name, rank=rank)
        self._metrics(M.SAMPLER_KL, stage="before").set(self.kl_before)
        self._metrics(M.SAMPLER_KL, stage="after").set(self.kl_after)
        if self.kl_sampled is not None:
            self._metrics(M.SAMPLER_KL, stage="sampled").set(self.kl_sampled)

    def __len__(self) -> int:
        return self.num_samples

    def set_epoch(self, epoch: int) -> None:
        self.epoch = int(epoch)

    def __iter__(self) -> Iterator[int]:
        g = torch.Generator().manual_seed(self.seed + self.epoch)
        idx = torch.multinomial(torch.as_tensor(self.weights, dtype=torch.float64), self.num_samples,
                                self.replacement, generator=g).numpy()
        self.epoch += 1
        drawn = np.bincount(self.labels[idx], minlength=self.num_classes)
        self.kl_sampled = kl_divergence(drawn, self.target, self.eps)
        if self._metrics is not None:
            self._metrics(M.SAMPLER_KL, stage="sampled").set(self.kl_sampled)
        return iter(idx.tolist())

    def state_dict(self) -> dict:
        return {"epoch": self.epoch, "seed": self.seed}

    def load_state_dict(self, state: dict) -> None:
        self.epoch = int(state["epoch"])
        self.seed = int(state.get("seed", self.seed))
