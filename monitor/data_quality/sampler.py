"""Samplers that act on the data: ``KLCalibratedSampler`` and dropping flagged (noisy) rows.

``KLCalibratedSampler`` (a torch ``Sampler``, no Lightning): each index ``i`` is drawn with
probability proportional to ``target[y_i] / freq[y_i]`` (normalised to mean 1 and capped at
``max_weight``), so a long-tailed label distribution is sampled close to the target. The KL
divergence to the target is published before reweighting (the dataset), after (the expected
sampled distribution, exact), and for the labels actually drawn in the last epoch.

``SampleFilter`` holds the rows flagged as noisy and, from ``start_epoch`` on, drops them
(``mode="drop"``) or keeps each with probability ``weight`` per epoch (``mode="downweight"``).
Give it to ``FilteredSampler`` (plain shuffling) or to ``KLCalibratedSampler(sample_filter=...)``
(the two compose: the calibration weights are multiplied by the filter's); the
``DataQualityMonitor`` finds it on the train loader's sampler and updates it each epoch.
"""

from __future__ import annotations

from typing import Any, Iterator

import numpy as np
import torch
from prometheus_client import CollectorRegistry
from torch.utils.data import Sampler

from monitor import metrics as M
from monitor.data_quality.drift import DEFAULT_EPS, kl_divergence


def target_distribution(target: Any, num_classes: int) -> np.ndarray:
    """``"uniform"``/``None`` -> uniform; a sequence of ``num_classes`` non-negative weights -> normalised."""
    if target is None or (isinstance(target, str) and target == "uniform"):
        return np.full(num_classes, 1.0 / num_classes)
    if isinstance(target, str):
        raise ValueError(f"target={target!r}: use 'uniform' or a sequence of {num_classes} class weights")
    t = np.asarray(target, dtype=np.float64).reshape(-1)
    if t.size != num_classes or np.any(t < 0) or not np.all(np.isfinite(t)) or t.sum() <= 0:
        raise ValueError(f"target must be 'uniform' or {num_classes} finite non-negative weights with a positive "
                         f"sum, got {t.tolist()}")
    return t / t.sum()


def calibration_weights(labels: np.ndarray, target: np.ndarray, max_weight: float) -> np.ndarray:
    """Per-sample weights ``target[y] / freq[y]``, normalised to mean 1 and capped at ``max_weight``.

    The cap is applied by water-filling: the scale ``s`` with ``mean(min(s * w, max_weight)) == 1``
    is found by bisection, so the result has mean 1 and no weight above the cap (``max_weight >= 1``).
    """
    counts = np.bincount(labels, minlength=target.size).astype(np.float64)
    freq = counts / counts.sum()
    w = np.where(freq[labels] > 0, target[labels] / np.maximum(freq[labels], 1e-300), 0.0)
    if w.sum() <= 0:
        raise ValueError("the target puts no mass on any class present in labels")
    w = w / w.mean()
    if w.max() <= max_weight:
        return w
    lo, hi = 0.0, 1.0
    while np.minimum(hi * w, max_weight).mean() < 1.0:
        hi *= 2.0
    for _ in range(100):
        mid = (lo + hi) / 2.0
        if np.minimum(mid * w, max_weight).mean() < 1.0:
            lo = mid
        else:
            hi = mid
    return np.minimum(hi * w, max_weight)


def class_mass(labels: np.ndarray, weights: np.ndarray, num_classes: int) -> np.ndarray:
    """Expected label distribution when sampling index ``i`` with probability ``∝ weights[i]``."""
    mass = np.bincount(labels, weights=weights, minlength=num_classes)
    return mass / mass.sum()


FILTER_MODES = ("drop", "downweight")


class SampleFilter:
    """Dataset rows to drop or down-weight from ``start_epoch`` on (the rows flagged as noisy).

    Example::

        f = SampleFilter(len(train), mode="drop", start_epoch=3)
        loader = DataLoader(train, batch_size=64, sampler=FilteredSampler(len(train), f))
        DataQualityMonitor(num_classes=10)      # finds f on the loader's sampler, calls f.update(...)

    Parameters
    ----------
    num_samples : dataset rows.
    mode : ``"drop"`` (flagged rows are not drawn) or ``"downweight"`` (each flagged row is drawn
        with probability ``weight`` per epoch in a without-replacement sampler; its draw weight is
        multiplied by ``weight`` in a with-replacement one).
    weight : the down-weight in (0, 1) for ``mode="downweight"`` (default 0.1).
    start_epoch : first epoch (0-based, the sampler's epoch) the filter applies to (default 2: the
        detector has seen a warm-up and at least one tracked epoch by then).
    """

    def __init__(self, num_samples: int, *, mode: str = "drop", weight: float = 0.1, start_epoch: int = 2) -> None:
        if isinstance(num_samples, bool) or not isinstance(num_samples, int) or num_samples < 1:
            raise ValueError(f"num_samples={num_samples!r} must be an int >= 1")
        if mode not in FILTER_MODES:
            raise ValueError(f"mode={mode!r}: use one of {', '.join(FILTER_MODES)}")
        if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0.0 < weight < 1.0:
            raise ValueError(f"weight={weight!r} must be a number in (0, 1)")
        if isinstance(start_epoch, bool) or not isinstance(start_epoch, int) or start_epoch < 0:
            raise ValueError(f"start_epoch={start_epoch!r} must be an int >= 0")
        self.num_samples, self.mode, self.weight, self.start_epoch = num_samples, mode, float(weight), start_epoch
        self.flagged = np.zeros(0, dtype=np.int64)

    def update(self, indices: Any) -> None:
        """Replace the flagged rows (dataset indices; out-of-range ones are ignored)."""
        idx = np.unique(np.asarray(indices, dtype=np.int64).reshape(-1))
        self.flagged = idx[(idx >= 0) & (idx < self.num_samples)]

    def multipliers(self, epoch: int) -> np.ndarray:
        """Per-row factor for ``epoch``: 1 for kept rows, 0 (drop) or ``weight`` for flagged ones."""
        m = np.ones(self.num_samples)
        if epoch >= self.start_epoch and self.flagged.size:
            m[self.flagged] = 0.0 if self.mode == "drop" else self.weight
        return m

    def kept(self, epoch: int, generator: torch.Generator) -> np.ndarray:
        """Rows drawn in ``epoch`` by a without-replacement sampler (flagged ones with probability ``m``)."""
        m = self.multipliers(epoch)
        u = torch.rand(self.num_samples, generator=generator, dtype=torch.float64).numpy()
        return np.flatnonzero(u < m)

    def state_dict(self) -> dict:
        return {"flagged": self.flagged.tolist()}

    def load_state_dict(self, state: dict) -> None:
        self.update(state.get("flagged", []))


class FilteredSampler(Sampler[int]):
    """Shuffled indices without replacement, minus the rows a :class:`SampleFilter` drops.

    Epoch ``e`` uses ``seed + e`` (reproducible; :meth:`set_epoch` / :meth:`state_dict`); its length
    is the number of rows kept that epoch.
    """

    def __init__(self, num_samples: int, sample_filter: SampleFilter | None = None, *, seed: int = 0) -> None:
        if sample_filter is not None and sample_filter.num_samples != num_samples:
            raise ValueError(f"sample_filter covers {sample_filter.num_samples} rows, the sampler {num_samples}")
        self.num_samples = num_samples
        self.sample_filter = sample_filter or SampleFilter(num_samples)
        self.seed, self.epoch = int(seed), 0

    def _kept(self) -> tuple[np.ndarray, torch.Generator]:
        g = torch.Generator().manual_seed(self.seed + self.epoch)
        return self.sample_filter.kept(self.epoch, g), g

    def __len__(self) -> int:
        return int(self._kept()[0].size)

    def set_epoch(self, epoch: int) -> None:
        self.epoch = int(epoch)

    def __iter__(self) -> Iterator[int]:
        kept, g = self._kept()
        order = torch.randperm(kept.size, generator=g).numpy()
        self.epoch += 1
        return iter(kept[order].tolist())

    def state_dict(self) -> dict:
        return {"epoch": self.epoch, "seed": self.seed, "filter": self.sample_filter.state_dict()}

    def load_state_dict(self, state: dict) -> None:
        self.epoch, self.seed = int(state["epoch"]), int(state.get("seed", self.seed))
        self.sample_filter.load_state_dict(state.get("filter", {}))


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
        :class:`~monitor.data_quality.DataQualityMonitor` does so with its run name and rank).
    eps : smoothing of the divergences (see :func:`monitor.data_quality.smoothed_distribution`).
    sample_filter : a :class:`SampleFilter`: from its ``start_epoch`` on, each row's draw weight is
        multiplied by the filter's factor (0 for dropped rows).
    """

    def __init__(self, labels: Any, *, target: Any = "uniform", max_weight: float = 10.0,
                 num_samples: int | None = None, replacement: bool = True, num_classes: int | None = None,
                 seed: int = 0, registry: CollectorRegistry | None = None, run_name: str | None = None,
                 rank: int = 0, eps: float = DEFAULT_EPS,
                 sample_filter: SampleFilter | None = None) -> None:
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
        if sample_filter is not None and sample_filter.num_samples != y.size:
            raise ValueError(f"sample_filter covers {sample_filter.num_samples} rows, labels has {y.size}")
        self.sample_filter = sample_filter
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
        w = self.weights if self.sample_filter is None else self.weights * self.sample_filter.multipliers(self.epoch)
        n = self.num_samples if self.replacement else min(self.num_samples, int((w > 0).sum()))
        idx = torch.multinomial(torch.as_tensor(w, dtype=torch.float64), n, self.replacement, generator=g).numpy()
        self.epoch += 1
        drawn = np.bincount(self.labels[idx], minlength=self.num_classes)
        self.kl_sampled = kl_divergence(drawn, self.target, self.eps)
        if self._metrics is not None:
            self._metrics(M.SAMPLER_KL, stage="sampled").set(self.kl_sampled)
        return iter(idx.tolist())

    def state_dict(self) -> dict:
        out = {"epoch": self.epoch, "seed": self.seed}
        if self.sample_filter is not None:
            out["filter"] = self.sample_filter.state_dict()
        return out

    def load_state_dict(self, state: dict) -> None:
        self.epoch = int(state["epoch"])
        self.seed = int(state.get("seed", self.seed))
        if self.sample_filter is not None and "filter" in state:
            self.sample_filter.load_state_dict(state["filter"])
