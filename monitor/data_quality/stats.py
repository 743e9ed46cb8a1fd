"""Window statistics of training batches: the batch contract, device-side accumulators, duplicates.

No Lightning here: :class:`monitor.data_quality.callback.DataQualityMonitor` only feeds batches in.
Accumulation happens on the tensors' own device (no host sync per batch); :meth:`WindowStats.summary`
is the one place that copies to the host. :mod:`monitor.data_quality.drift` compares summaries.

Usage::

    import torch
    from monitor.data_quality import BatchView, WindowStats, compare

    ref, win = WindowStats(num_classes=10), WindowStats(num_classes=10)
    ref.update(BatchView(inputs=torch.randn(256, 8), labels=torch.randint(0, 10, (256,))))
    win.update(BatchView(inputs=torch.randn(256, 8) + 1.0, labels=torch.randint(0, 10, (256,))))
    report = compare(win.summary(), ref.summary())
    report.feature_shift_max          # ~1.3: means moved by ~1 standard deviation (max over 8 noisy features)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

import numpy as np
import torch

#: reasons a batch (or part of it) is skipped; the `reason` label of lightwatch_data_skipped_batches
SKIP_REASONS = ("no_inputs", "no_labels", "bad_labels", "label_out_of_range", "ragged", "shape_mismatch",
                "no_indices", "index_out_of_range", "no_sample_losses", "error")


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


def check_int(name: str, value: Any, low: int, allow_none: bool = False):
    """``value`` when it is an int >= ``low`` (or None with ``allow_none``); else a ``ValueError`` naming it."""
    if value is None and allow_none:
        return value
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise ValueError(f"{name}={value!r} must be an int >= {low}")
    return value


def check_fraction(name: str, value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 < value <= 1.0:
        raise ValueError(f"{name}={value!r} must be a number in (0, 1]")
    return float(value)


def nbytes(x: Any) -> int:
    if isinstance(x, torch.Tensor):
        return x.numel() * x.element_size()
    if isinstance(x, (list, tuple)):
        return sum(nbytes(t) for t in x)
    return 0


def device_of(view: BatchView) -> torch.device:
    for t in (view.inputs, view.labels):
        if isinstance(t, torch.Tensor):
            return t.device
    return torch.device("cpu")


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
    rows: np.ndarray | None = None  # (n, D) the first `sample_rows` feature rows, for the drift test
    _sorted: np.ndarray | None = field(default=None, repr=False, compare=False)  # cache of sorted_rows()

    def sorted_rows(self) -> np.ndarray | None:
        """``rows`` sorted per column (computed once: a reference is compared with every window)."""
        if self.rows is not None and (self._sorted is None or self._sorted.shape != self.rows.shape):
            self._sorted = np.sort(self.rows, axis=0)
        return None if self.rows is None else self._sorted

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
                "nonfinite": self.nonfinite, "elements": self.elements, "rows": arr(self.rows)}

    @classmethod
    def from_dict(cls, d: Mapping) -> "StatsSummary":
        arr = lambda k: None if d.get(k) is None else np.asarray(d[k], dtype=np.float64)  # noqa: E731
        return cls(samples=int(d.get("samples", 0)), label_counts=arr("label_counts"),
                   label_overflow=int(d.get("label_overflow", 0)), feature_sum=arr("feature_sum"),
                   feature_sumsq=arr("feature_sumsq"), feature_count=arr("feature_count"),
                   token_counts=arr("token_counts"), nonfinite=int(d.get("nonfinite", 0)),
                   elements=int(d.get("elements", 0)), rows=arr("rows"))


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
    sample_rows : keep the first this many (flattened, NaN/inf -> 0) feature rows, on the device,
        for the distribution-free drift test (0 = none).
    """

    def __init__(self, *, num_classes: int | None = None, token_buckets: int = 256, vocab_size: int | None = None,
                 pad_token_id: int | None = None, hash_duplicates: bool = True, max_lengths: int = 65536,
                 sample_rows: int = 0) -> None:
        self.num_classes = num_classes
        self.token_buckets = token_buckets
        self.vocab_size = vocab_size
        self.pad_token_id = pad_token_id
        self.hash_duplicates = hash_duplicates
        self.max_lengths = max_lengths
        self.sample_rows = sample_rows
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
        self._rows: list[torch.Tensor] = []
        self._n_rows = 0
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
        if self._n_rows < self.sample_rows:
            keep = clean[:self.sample_rows - self._n_rows]
            self._rows.append(keep.float())
            self._n_rows += keep.shape[0]
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
            if bits.device.type == "cuda":  # a pageable copy to the GPU is a host sync (seen on an H200)
                w = w.pin_memory().to(bits.device, non_blocking=True)
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
        if self._rows:
            s.rows = torch.cat(self._rows).double().cpu().numpy()
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
              vocab_size: int | None = None, pad_token_id: int | None = None, batch_size: int = 4096,
              sample_rows: int = 4096) -> StatsSummary:
    """A reference :class:`StatsSummary` from whole tensors (e.g. a held-out or training set).

    ``sample_rows`` evenly spaced feature rows are kept for the drift test (0 = none).

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
    out = stats.summary()
    if sample_rows and out.feature_sum is not None:
        pick = np.unique(np.linspace(0, n - 1, min(sample_rows, n)).astype(np.int64))
        x = inputs[torch.as_tensor(pick)] if isinstance(inputs, torch.Tensor) else torch.as_tensor(inputs)[pick]
        x = x.reshape(len(pick), -1)
        x = torch.view_as_real(x).flatten(1) if x.is_complex() else x
        out.rows = torch.nan_to_num(x.double(), nan=0.0, posinf=0.0, neginf=0.0).cpu().numpy()
    return out
