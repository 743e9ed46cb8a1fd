"""Framework-free data-quality statistics: divergences, drift, duplicates, noisy samples.

No Lightning here: :class:`monitor.data_callbacks.DataQualityMonitor` only feeds batches in and
publishes what comes out. Accumulation happens on the tensors' own device (no host sync per
batch); :meth:`WindowStats.summary` is the one place that copies to the host.

Usage::

    import torch
    from monitor.data_quality import BatchView, WindowStats, compare

    ref, win = WindowStats(num_classes=10), WindowStats(num_classes=10)
    ref.update(BatchView(inputs=torch.randn(256, 8), labels=torch.randint(0, 10, (256,))))
    win.update(BatchView(inputs=torch.randn(256, 8) + 1.0, labels=torch.randint(0, 10, (256,))))
    report = compare(win.summary(), ref.summary())
    report.feature_shift_max          # ~1.3: means moved by ~1 standard deviation (max over 8 noisy features)

Smoothing (the same for KL and PSI): both histograms are normalised to sum 1, then ``eps``
(default ``1e-4``) is added to every bin and they are normalised again. An empty bin therefore
contributes a large but finite term instead of ``inf``. Bins far above ``eps`` are barely
changed: for 10-bin histograms whose bins all hold >= 1 % the smoothing moves KL or PSI by at most
~0.01; bins near ``eps`` are where it matters (and where the unsmoothed value explodes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

import numpy as np
import torch

#: Alert thresholds (the DataDrift rule, generated from dashboards/config.py into
#: dashboards/build/rules/lightwatch-alerts.yml, uses the same values; a test keeps them equal).
#: PSI: < 0.1 no shift, 0.1-0.25 moderate, > 0.25 significant (the credit-scoring rule of thumb).
#: KL(window || ref) ~ PSI / 2 for small shifts.
PSI_ALERT_THRESHOLD = 0.25
KL_ALERT_THRESHOLD = 0.1
#: a feature whose mean moved by half a pooled standard deviation (Cohen's "medium" effect)
FEATURE_DRIFT_ALERT_THRESHOLD = 0.5

DEFAULT_EPS = 1e-4
#: reasons a batch (or part of it) is skipped; the `reason` label of lightwatch_data_skipped_batches
SKIP_REASONS = ("no_inputs", "no_labels", "bad_labels", "label_out_of_range", "ragged", "shape_mismatch",
                "no_indices", "index_out_of_range", "no_sample_losses", "error")


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


# --------------------------------------------------------------------------- batches
@dataclass
class BatchView:
    """The parts of a batch the statistics use; any may be ``None`` (that statistic is skipped).

    ``inputs``: a tensor ``(B, ...)`` (float features, or integer token ids ``(B, T)``), or a list
    of per-sample tensors (ragged). ``labels``: integer class ids ``(B,)``. ``indices``: dataset
    indices ``(B,)`` (needed for noisy-sample tracking). ``lengths``: sequence lengths ``(B,)``.
    ``mask``: attention mask ``(B, T)`` (1 = real token).
    """

    inputs: Any = None
    labels: Any = None
    indices: Any = None
    lengths: Any = None
    mask: Any = None


_INPUT_KEYS = ("input_ids", "inputs", "input", "x", "features", "image", "images")
_LABEL_KEYS = ("labels", "label", "y", "target", "targets")
_INDEX_KEYS = ("index", "indices", "idx")


def extract_batch(batch: Any, *, input_key: str | None = None, label_key: str | None = None,
                  index_key: str | None = None) -> BatchView:
    """Find inputs, labels and dataset indices in a batch (the documented batch contract).

    - a tensor: inputs only;
    - a tuple/list: ``(inputs, labels)`` or ``(inputs, labels, indices)`` by position (what
      :class:`IndexedDataset` yields); ``inputs`` may be a list of per-sample tensors (ragged);
    - a dict: the given keys, else the first present of ``input_ids/inputs/input/x/features/image``,
      ``labels/label/y/target/targets`` and ``index/indices/idx``; ``attention_mask`` if present.
    """
    if isinstance(batch, torch.Tensor):
        return BatchView(inputs=batch)
    if isinstance(batch, Mapping):
        def pick(key, candidates):
            if key is not None:
                return batch.get(key)
            return next((batch[k] for k in candidates if k in batch), None)

        return BatchView(inputs=pick(input_key, _INPUT_KEYS), labels=pick(label_key, _LABEL_KEYS),
                         indices=pick(index_key, _INDEX_KEYS), mask=batch.get("attention_mask"))
    if isinstance(batch, (tuple, list)) and batch:
        items = list(batch) + [None] * (3 - len(batch))
        return BatchView(inputs=items[0], labels=items[1], indices=items[2])
    return BatchView()


class IndexedDataset(torch.utils.data.Dataset):
    """Wrap a map-style dataset so every item also carries its index: ``(*item, index)``.

    The noisy-sample detector needs to know which dataset row each loss belongs to::

        train = IndexedDataset(TensorDataset(x, y))     # items: (x_i, y_i, i)
        loader = DataLoader(train, batch_size=64, shuffle=True)   # batches: (x, y, idx)
    """

    def __init__(self, dataset) -> None:
        if not hasattr(dataset, "__getitem__") or not hasattr(dataset, "__len__"):
            raise ValueError("dataset must be a map-style dataset (with __getitem__ and __len__)")
        self.dataset = dataset

    def __len__(self) -> int:
        return len(self.dataset)

    def __getitem__(self, index: int):
        item = self.dataset[index]
        if isinstance(item, tuple):
            return (*item, index)
        if isinstance(item, dict):
            return {**item, "index": index}
        return (item, index)


# --------------------------------------------------------------------------- window statistics
@dataclass
class StatsSummary:
    """Host copy of one window's (or the reference's) raw sums; mergeable and checkpointable."""

    samples: int = 0
    label_counts: np.ndarray | None = None  # (C,)
    label_overflow: int = 0  # labels outside [0, C)
    feature_sum: np.ndarray | None = None  # (D,)
    feature_sumsq: np.ndarray | None = None  # (D,)
    feature_count: np.ndarray | None = None  # (D,) finite values seen per feature
    token_counts: np.ndarray | None = None  # (K,)
    nonfinite: int = 0
    elements: int = 0
    lengths: list[int] = field(default_factory=list)
    fingerprints: list[int] = field(default_factory=list)

    @property
    def feature_dim(self) -> int | None:
        return None if self.feature_sum is None else int(self.feature_sum.size)

    @property
    def feature_mean(self) -> np.ndarray:
        return self.feature_sum / np.maximum(self.feature_count, 1)

    @property
    def feature_var(self) -> np.ndarray:
        n = np.maximum(self.feature_count, 1)
        return np.maximum(self.feature_sumsq / n - self.feature_mean ** 2, 0.0)

    def to_dict(self) -> dict:
        """Plain types (lists, ints) for checkpoints; per-window lengths/fingerprints are dropped."""
        arr = lambda a: None if a is None else np.asarray(a).tolist()  # noqa: E731
        return {"samples": self.samples, "label_counts": arr(self.label_counts), "label_overflow": self.label_overflow,
                "feature_sum": arr(self.feature_sum), "feature_sumsq": arr(self.feature_sumsq),
                "feature_count": arr(self.feature_count), "token_counts": arr(self.token_counts),
                "nonfinite": self.nonfinite, "elements": self.elements}

    @classmethod
    def from_dict(cls, d: Mapping) -> "StatsSummary":
        arr = lambda k: None if d.get(k) is None else np.asarray(d[k], dtype=np.float64)  # noqa: E731
        return cls(samples=int(d.get("samples", 0)), label_counts=arr("label_counts"),
                   label_overflow=int(d.get("label_overflow", 0)), feature_sum=arr("feature_sum"),
                   feature_sumsq=arr("feature_sumsq"), feature_count=arr("feature_count"),
                   token_counts=arr("token_counts"), nonfinite=int(d.get("nonfinite", 0)),
                   elements=int(d.get("elements", 0)))


def _int_view(x: torch.Tensor) -> torch.Tensor:
    """The bit pattern of ``x`` as integers (so hashing is exact, bytes-level)."""
    if x.dtype == torch.bool:
        return x.to(torch.int64)
    if x.is_floating_point():
        bits = {8: torch.int64, 4: torch.int32, 2: torch.int16, 1: torch.int8}[x.element_size()]
        return x.contiguous().view(bits)
    if x.is_complex():
        return _int_view(torch.view_as_real(x).flatten(-2))
    return x


class WindowStats:
    """Device-side accumulators for one window of batches; :meth:`summary` reads them to the host.

    Parameters
    ----------
    num_classes : number of label classes (labels outside ``[0, num_classes)`` are counted apart);
        ``None`` switches label statistics off.
    token_buckets : bins of the token-id histogram for integer inputs.
    vocab_size : when given, token id ``t`` goes to bin ``t * token_buckets // vocab_size``
        (contiguous id ranges); otherwise to ``t % token_buckets``.
    pad_token_id : token id excluded from the histogram and from sequence lengths.
    hash_duplicates : compute a 64-bit fingerprint per sample for the duplicate share.
    """

    def __init__(self, *, num_classes: int | None = None, token_buckets: int = 256, vocab_size: int | None = None,
                 pad_token_id: int | None = None, hash_duplicates: bool = True, max_lengths: int = 65536) -> None:
        self.num_classes = num_classes
        self.token_buckets = token_buckets
        self.vocab_size = vocab_size
        self.pad_token_id = pad_token_id
        self.hash_duplicates = hash_duplicates
        self.max_lengths = max_lengths
        self._hash_weights: dict[tuple[int, str], torch.Tensor] = {}
        self._ones: dict[tuple[int, torch.device], torch.Tensor] = {}
        self.reset()

    def reset(self) -> None:
        self.samples = 0
        self.elements = 0
        self._feature_elements = 0
        self._labels: torch.Tensor | None = None  # (C + 2,) bins: negative, 0 .. C-1, >= C
        self._fsum = self._fsumsq = self._fcount = None  # (D,)
        self._tokens: torch.Tensor | None = None  # (K,)
        self._lengths: list[torch.Tensor] = []
        self._n_lengths = 0
        self._fps: list[torch.Tensor] = []
        self.feature_dim: int | None = None

    def seed_from(self, summary: StatsSummary, device: torch.device | str = "cpu") -> None:
        """Continue accumulating from a saved summary (a resumed, partially collected reference)."""
        self.reset()
        self.samples, self.elements = summary.samples, summary.elements
        dt = _acc_dtype(torch.device(device))
        if summary.label_counts is not None:
            self._labels = torch.tensor(np.concatenate([[0.0], summary.label_counts, [summary.label_overflow]]),
                                        dtype=dt, device=device)
        if summary.feature_sum is not None:
            self._fsum = torch.tensor(summary.feature_sum, dtype=dt, device=device)
            self._fsumsq = torch.tensor(summary.feature_sumsq, dtype=dt, device=device)
            self._fcount = torch.tensor(summary.feature_count, dtype=dt, device=device)
            self.feature_dim = summary.feature_dim
            self._feature_elements = summary.nonfinite + int(summary.feature_count.sum())
        if summary.token_counts is not None:
            self._tokens = torch.tensor(summary.token_counts, dtype=dt, device=device)

    # ------------------------------------------------------------------ update
    def update(self, view: BatchView, *, expect_feature_dim: int | None = None) -> list[str]:
        """Add one batch; returns the skip reasons (empty when everything was used). Never syncs."""
        skipped: list[str] = []
        x = view.inputs
        batch = None
        if isinstance(x, (list, tuple)):
            tensors = [t for t in x if isinstance(t, torch.Tensor)]
            if not tensors:
                return ["no_inputs"]
            batch = len(tensors)
            self._add_lengths(torch.tensor([t.shape[0] if t.dim() else 1 for t in tensors]))
            shapes = {tuple(t.shape) for t in tensors}
            if len(shapes) > 1:
                skipped.append("ragged")
            else:  # same shapes: a list of samples, stack it
                x = torch.stack(tensors)
        if isinstance(x, torch.Tensor) and x.dim() >= 1 and x.shape[0] == 0:
            return ["no_inputs"]
        if isinstance(x, torch.Tensor) and x.dim() >= 1:
            batch = x.shape[0]
            if x.is_floating_point() or x.is_complex():
                reason = self._add_features(x, expect_feature_dim)
                if reason:
                    skipped.append(reason)
            else:
                self._add_tokens(x, view.mask)
            if self.hash_duplicates and x.numel():
                self._fps.append(self._fingerprint(x))
        elif batch is None:
            skipped.append("no_inputs")
        if view.lengths is not None and isinstance(view.lengths, torch.Tensor):
            self._add_lengths(view.lengths.reshape(-1))
        if self.num_classes is not None:
            reason = self._add_labels(view.labels, batch)
            if reason:
                skipped.append(reason)
        if batch is not None:
            self.samples += batch
        return skipped

    def _add_labels(self, y: Any, batch: int | None) -> str | None:
        if y is None:
            return "no_labels"
        if not isinstance(y, torch.Tensor) or y.is_floating_point() or y.dtype == torch.bool or y.dim() != 1 or (
                batch is not None and y.shape[0] != batch):
            return "bad_labels"
        c = self.num_classes
        if self._labels is None:
            self._labels = torch.zeros(c + 2, dtype=_acc_dtype(y.device), device=y.device)
        ones = self._ones.get((y.shape[0], y.device))
        if ones is None:
            ones = self._ones[(y.shape[0], y.device)] = torch.ones(y.shape[0], dtype=self._labels.dtype,
                                                                   device=y.device)
        # out of range (e.g. -100 "ignore") lands in the two edge bins: no sync, no device assert
        self._labels.index_add_(0, y.clamp(-1, c) + 1, ones)
        return None

    def _add_features(self, x: torch.Tensor, expect: int | None) -> str | None:
        flat = x.reshape(x.shape[0], -1)  # (B, ...) -> (B, D)
        if flat.is_complex():
            flat = torch.view_as_real(flat).flatten(1)  # (B, D) complex -> (B, 2D)
        d = flat.shape[1]
        if (expect is not None and d != expect) or (self.feature_dim is not None and d != self.feature_dim):
            return "shape_mismatch"
        self.feature_dim = d
        dt = _acc_dtype(flat.device)
        if flat.dtype not in (torch.float32, torch.float64):
            flat = flat.float()
        clean = torch.nan_to_num(flat, nan=0.0, posinf=0.0, neginf=0.0)
        finite = clean == flat  # False exactly where flat is NaN or +-inf (cheaper than isfinite + where)
        if self._fsum is None:
            self._fsum = torch.zeros(d, dtype=dt, device=flat.device)
            self._fsumsq = torch.zeros(d, dtype=dt, device=flat.device)
            self._fcount = torch.zeros(d, dtype=dt, device=flat.device)
        # per-fold sums in the input precision (a few thousand rows), accumulated in float64
        self._fsum += clean.sum(0)
        self._fsumsq += (clean * clean).sum(0)
        self._fcount += finite.sum(0)
        self.elements += flat.numel()
        self._feature_elements += flat.numel()
        return None

    def _add_tokens(self, ids: torch.Tensor, mask: Any) -> None:
        ids = ids.reshape(ids.shape[0], -1).to(torch.int64)  # (B, T)
        keep = torch.ones_like(ids, dtype=torch.bool)
        if isinstance(mask, torch.Tensor) and mask.shape == ids.shape:
            keep = mask.to(torch.bool)
        if self.pad_token_id is not None:
            keep = keep & (ids != self.pad_token_id)
        if self.vocab_size is not None:
            bins = (ids * self.token_buckets // self.vocab_size).clamp(0, self.token_buckets - 1)
        else:
            bins = torch.remainder(ids, self.token_buckets)
        dt = _acc_dtype(ids.device)
        if self._tokens is None:
            self._tokens = torch.zeros(self.token_buckets, dtype=dt, device=ids.device)
        self._tokens.index_add_(0, bins.reshape(-1), keep.reshape(-1).to(dt))
        self.elements += ids.numel()
        self._add_lengths(keep.sum(1))

    def _add_lengths(self, lengths: torch.Tensor) -> None:
        if self._n_lengths < self.max_lengths:
            self._lengths.append(lengths.detach())
            self._n_lengths += int(lengths.shape[0])

    def _fingerprint(self, x: torch.Tensor) -> torch.Tensor:
        """A 64-bit hash per sample: random odd weights dotted with the bit pattern (wraps mod 2^64).

        Exact duplicates always collide; two different samples collide with probability ~2^-63.
        """
        bits = _int_view(x.detach()).reshape(x.shape[0], -1).to(torch.int64)  # (B, D)
        key = (bits.shape[1], str(bits.device))
        w = self._hash_weights.get(key)
        if w is None:
            g = torch.Generator().manual_seed(0x5EED + bits.shape[1])
            w = torch.randint(-(2 ** 62), 2 ** 62, (bits.shape[1],), generator=g, dtype=torch.int64) * 2 + 1
            w = self._hash_weights[key] = w.to(bits.device)
        return (bits * w).sum(1)  # (B,)

    # ------------------------------------------------------------------ read
    def summary(self) -> StatsSummary:
        """Copy the accumulators to the host (the only sync); does not reset."""
        s = StatsSummary(samples=self.samples, elements=self.elements)
        if self._labels is not None:
            counts = self._labels.double().cpu().numpy()
            s.label_counts, s.label_overflow = counts[1:-1], int(counts[0] + counts[-1])
        if self._fsum is not None:
            stacked = torch.stack([self._fsum, self._fsumsq, self._fcount]).double().cpu().numpy()  # (3, D)
            s.feature_sum, s.feature_sumsq, s.feature_count = stacked
            s.nonfinite = int(round(self._feature_elements - s.feature_count.sum()))
        if self._tokens is not None:
            s.token_counts = self._tokens.double().cpu().numpy()
        if self._lengths:
            s.lengths = torch.cat([t.reshape(-1).cpu() for t in self._lengths]).tolist()
        if self._fps:
            s.fingerprints = torch.cat([f.cpu() for f in self._fps]).tolist()
        return s

    def take_fingerprints(self) -> list[int]:
        """The fingerprints added since the last call, in order (host copy), and forget them."""
        fps, self._fps = self._fps, []
        return torch.cat([f.cpu() for f in fps]).tolist() if fps else []

    def update_many(self, views: Sequence[BatchView], *, expect_feature_dim: int | None = None) -> list[str]:
        """:meth:`update` for several batches, concatenating those of the same layout first.

        Same statistics as one :meth:`update` per batch, with a fraction of the kernel launches;
        batches whose layout differs (or whose labels are unusable) go one by one, so the skip
        reasons are still one per batch.
        """
        reasons: list[str] = []
        groups: dict[tuple, list[BatchView]] = {}
        for v in views:
            key = _concat_key(v)
            if key is None:
                reasons += self.update(v, expect_feature_dim=expect_feature_dim)
            else:
                groups.setdefault(key, []).append(v)
        for vs in groups.values():
            if len(vs) == 1:
                merged = vs[0]
            else:
                cat = lambda name: None if getattr(vs[0], name) is None else torch.cat(  # noqa: E731
                    [getattr(v, name) for v in vs])
                merged = BatchView(inputs=cat("inputs"), labels=cat("labels"), mask=cat("mask"),
                                   lengths=cat("lengths"))
            for reason in self.update(merged, expect_feature_dim=expect_feature_dim):
                reasons += [reason] * len(vs)
        return reasons


def _concat_key(v: BatchView) -> tuple | None:
    """Batches with equal keys can be concatenated along dim 0 (``None``: keep this one apart)."""
    x = v.inputs
    if not isinstance(x, torch.Tensor) or x.dim() < 1 or x.shape[0] == 0:
        return None
    b = x.shape[0]
    parts: list = [tuple(x.shape[1:]), x.dtype, x.device]
    for t in (v.labels, v.lengths):
        if t is None:
            parts.append(None)
        elif isinstance(t, torch.Tensor) and t.dim() == 1 and t.shape[0] == b and not t.is_floating_point() \
                and t.dtype != torch.bool:
            parts.append((t.dtype, t.device))
        else:
            return None
    m = v.mask
    if m is not None and not (isinstance(m, torch.Tensor) and m.shape[:1] == x.shape[:1]):
        return None
    parts.append(None if m is None else (tuple(m.shape[1:]), m.dtype))
    return tuple(parts)


def _acc_dtype(device: torch.device) -> torch.dtype:
    return torch.float32 if device.type == "mps" else torch.float64  # MPS has no float64


def summarize(inputs: Any = None, labels: Any = None, *, num_classes: int | None = None, token_buckets: int = 256,
              vocab_size: int | None = None, pad_token_id: int | None = None, batch_size: int = 4096) -> StatsSummary:
    """A reference :class:`StatsSummary` from whole tensors (e.g. a held-out or training set).

    Example::

        ref = summarize(x_train, y_train, num_classes=10)
        DataQualityMonitor(reference=ref, num_classes=10)
    """
    if inputs is None and labels is None:
        raise ValueError("summarize needs inputs or labels")
    stats = WindowStats(num_classes=num_classes, token_buckets=token_buckets, vocab_size=vocab_size,
                        pad_token_id=pad_token_id, hash_duplicates=False)
    n = len(inputs) if inputs is not None else len(labels)
    if labels is not None and len(labels) != n:
        raise ValueError(f"inputs has {n} rows but labels has {len(labels)}")
    for start in range(0, n, batch_size):
        sl = slice(start, start + batch_size)
        reasons = stats.update(BatchView(inputs=None if inputs is None else inputs[sl],
                                         labels=None if labels is None else labels[sl]))
        bad = [r for r in reasons if r not in ("no_inputs", "no_labels")]
        if bad:
            raise ValueError(f"summarize: cannot use these tensors ({', '.join(bad)})")
    return stats.summary()


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
    return r


# --------------------------------------------------------------------------- duplicates
class DuplicateWindow:
    """Exact-duplicate count over the last ``size`` sample fingerprints (bounded memory).

    A fingerprint is a duplicate when the same value occurs among the ``size`` fingerprints
    before it (in arrival order). Vectorised: one stable sort per :meth:`add`, no Python loop.

    Example::

        dw = DuplicateWindow(size=4096)
        dw.add([11, 12, 11])     # -> 1 (the second 11 was seen)
    """

    def __init__(self, size: int = 4096) -> None:
        if isinstance(size, bool) or not isinstance(size, int) or size < 1:
            raise ValueError(f"size={size!r} must be an int >= 1")
        self.size = size
        self._ring = np.empty(0, dtype=np.int64)  # the last `size` fingerprints, oldest first

    def add(self, fingerprints: Sequence[int]) -> int:
        """Add fingerprints in order; returns how many had been seen within the window."""
        new = np.asarray(fingerprints, dtype=np.int64).reshape(-1)
        if new.size == 0:
            return 0
        comb = np.concatenate([self._ring, new])  # (R + n,) in arrival order
        order = np.argsort(comb, kind="stable")  # equal values keep arrival order
        same = comb[order[1:]] == comb[order[:-1]]
        prev = np.full(comb.size, -(self.size + 1), dtype=np.int64)  # position of the previous equal value
        prev[order[1:][same]] = order[:-1][same]
        pos = np.arange(self._ring.size, comb.size)
        dup = int(np.count_nonzero(pos - prev[pos] <= self.size))
        self._ring = comb[-self.size:]
        return dup

    def clear(self) -> None:
        self._ring = np.empty(0, dtype=np.int64)


# --------------------------------------------------------------------------- noisy samples
class NoisySampleTracker:
    """Small-loss criterion over epochs: flag samples whose loss stays in the top tail.

    Each tracked epoch, the ``round(tail_fraction * seen)`` samples with the highest loss among
    those seen that epoch are "in the tail" (ties broken by index). A sample is flagged once it was in the tail in at least
    ``persistence`` of the epochs it was seen in (after ``warmup_epochs``). Networks fit clean
    labels before they memorise wrong ones (Arpit et al. 2017; Han et al. 2018, Co-teaching), so a
    persistently high loss marks a likely mislabelled or corrupt sample.

    Example::

        t = NoisySampleTracker(num_samples=1000, tail_fraction=0.1)
        t.add_epoch(losses)          # (1000,) float, NaN where a sample was not seen
        t.flagged()                  # sorted dataset indices
    """

    def __init__(self, num_samples: int, *, tail_fraction: float = 0.1, persistence: float = 0.5,
                 warmup_epochs: int = 1) -> None:
        if isinstance(num_samples, bool) or not isinstance(num_samples, int) or num_samples < 1:
            raise ValueError(f"num_samples={num_samples!r} must be an int >= 1")
        check_fraction("tail_fraction", tail_fraction)
        check_fraction("persistence", persistence)
        if isinstance(warmup_epochs, bool) or not isinstance(warmup_epochs, int) or warmup_epochs < 0:
            raise ValueError(f"warmup_epochs={warmup_epochs!r} must be an int >= 0")
        self.num_samples = num_samples
        self.tail_fraction = tail_fraction
        self.persistence = persistence
        self.warmup_epochs = warmup_epochs
        self.epochs_seen = 0
        self.tail_counts = np.zeros(num_samples, dtype=np.int64)
        self.seen_counts = np.zeros(num_samples, dtype=np.int64)

    def add_epoch(self, losses: Any) -> int:
        """Record one epoch's per-sample losses (NaN = not seen); returns the flagged count."""
        losses = np.asarray(losses, dtype=np.float64).reshape(-1)
        if losses.size != self.num_samples:
            raise ValueError(f"losses has {losses.size} entries, expected num_samples={self.num_samples}")
        self.epochs_seen += 1
        if self.epochs_seen <= self.warmup_epochs:
            return 0
        seen = np.flatnonzero(~np.isnan(losses))
        if seen.size >= 2:
            k = max(1, int(round(self.tail_fraction * seen.size)))
            order = seen[np.argsort(-losses[seen], kind="stable")]  # highest loss first; ties by index
            self.tail_counts[order[:k]] += 1
            self.seen_counts[seen] += 1
        return int(self.flagged().size)

    def flagged(self) -> np.ndarray:
        seen = self.seen_counts > 0
        share = np.divide(self.tail_counts, np.maximum(self.seen_counts, 1))
        return np.flatnonzero(seen & (share >= self.persistence) & (self.tail_counts > 0))

    def state_dict(self) -> dict:
        return {"num_samples": self.num_samples, "epochs_seen": self.epochs_seen,
                "tail_counts": self.tail_counts.tolist(), "seen_counts": self.seen_counts.tolist()}

    def load_state_dict(self, state: Mapping) -> None:
        if int(state["num_samples"]) != self.num_samples:
            raise ValueError(f"checkpoint tracked {state['num_samples']} samples, this run has {self.num_samples}")
        self.epochs_seen = int(state["epochs_seen"])
        self.tail_counts = np.asarray(state["tail_counts"], dtype=np.int64)
        self.seen_counts = np.asarray(state["seen_counts"], dtype=np.int64)


def check_fraction(name: str, value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 < value <= 1.0:
        raise ValueError(f"{name}={value!r} must be a number in (0, 1]")
    return float(value)


# --------------------------------------------------------------------------- calibration weights
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

