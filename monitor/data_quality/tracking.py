"""Per-sample rows of one epoch (seen, loss, predicted probabilities, label), kept on the device.

The :class:`~monitor.data_quality.callback.DataQualityMonitor` holds each batch's dataset indices,
per-sample losses and/or logits (from the training forward pass, i.e. before the optimizer step
that learns from those samples) and folds them into one ``(N + 2, F)`` tensor with
``index_copy_`` (no host sync; out-of-range indices land in two spare rows). At the epoch's end
:meth:`EpochRecorder.finish` sums the rows over the data-parallel group (one collective) and reads
them to the host once.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F

from monitor.cliio import write_atomically
from monitor.data_quality import distributed


#: features kept per sample for the kNN view of the given labels (inputs or embeddings, flattened;
#: wider ones are randomly projected to this many, narrower ones padded with zeros)
FEATURE_DIM = 64


class EpochRecorder:
    """Rows ``[seen, loss, p_0 .. p_{C-1}, label + 1, f_0 .. f_63]`` per dataset index for one epoch.

    ``num_classes=None`` keeps no probabilities (losses only); ``features=False`` no features.
    Features are the batch's inputs (or the step's per-sample embeddings) flattened; more than
    :data:`FEATURE_DIM` columns go through one fixed Gaussian random projection (seed 0), which keeps
    Euclidean distances up to a small factor (Johnson-Lindenstrauss), so nearest neighbours survive.
    """

    def __init__(self, num_samples: int, num_classes: int | None = None, features: bool = False) -> None:
        self.num_samples = num_samples
        self.num_classes = num_classes or 0
        self.features = bool(features and self.num_classes)
        self._projection: torch.Tensor | None = None
        self._rows: torch.Tensor | None = None
        self._pending: list[tuple] = []

    @property
    def width(self) -> int:
        return 2 + (self.num_classes + 1 if self.num_classes else 0) + (FEATURE_DIM if self.features else 0)

    def hold(self, idx: torch.Tensor, losses: torch.Tensor | None, logits: torch.Tensor | None,
             labels: torch.Tensor | None, inputs: torch.Tensor | None = None) -> None:
        """Keep one batch's tensors by reference (no kernel launch); :meth:`fold` builds the rows."""
        if not (self.features and isinstance(inputs, torch.Tensor) and inputs.dim() >= 1
                and inputs.shape[0] == idx.shape[0] and inputs.is_floating_point()):  # token ids: no distance
            inputs = None
        self._pending.append((idx, losses, logits, labels, inputs))

    def hold_batch(self, view, losses: Any, num_classes: int | None, logits: Any = None, features: Any = None) -> list[str]:
        """Check one batch's indices (``view.indices``), labels, per-sample ``losses`` ``(B,)`` and ``logits``
        ``(B, num_classes)`` and hold them with the ``features`` (default: the inputs); returns the skip reasons
        (``"no_indices"``, ``"no_sample_losses"``)."""
        idx, y = view.indices, view.labels
        b = idx.shape[0] if isinstance(idx, torch.Tensor) and idx.dim() == 1 else None
        good_y = isinstance(y, torch.Tensor) and y.dim() == 1 and y.shape[0] == b and not y.is_floating_point()
        if not (isinstance(logits, torch.Tensor) and logits.dim() == 2 and logits.shape[0] == b
                and (num_classes is None or logits.shape[1] == num_classes)):
            logits = None
        if not (isinstance(losses, torch.Tensor) and losses.dim() == 1 and losses.shape[0] == b):
            losses = None
        if b is None or idx.is_floating_point():
            return ["no_indices"]
        if losses is None and (logits is None or not good_y):
            return ["no_sample_losses"]
        self.hold(idx, losses, logits, y if good_y else None, view.inputs if features is None else features)
        return []

    def fold(self) -> None:
        """Turn the held batches into rows and copy them in (a few launches per fold, no host sync)."""
        if not self._pending:
            return
        held, self._pending = self._pending, []
        groups: dict[tuple, list] = {}
        for item in held:  # batches with the same outputs are concatenated and handled together
            groups.setdefault(tuple(t is None for t in item), []).append(item)
        for items in groups.values():
            idx, losses, logits, labels, inputs = (None if items[0][k] is None else torch.cat([it[k] for it in items])
                                                   for k in range(5))
            self._copy(idx, losses, logits, labels, inputs)

    def _features(self, inputs: torch.Tensor | None, b: int, dev) -> torch.Tensor:
        """``(b, FEATURE_DIM)`` features of one batch (NaN when there are none)."""
        if inputs is None:
            return torch.full((b, FEATURE_DIM), float("nan"), device=dev)
        x = inputs.detach().reshape(b, -1).to(dev, torch.float32)
        if x.shape[1] <= FEATURE_DIM:
            return F.pad(x, (0, FEATURE_DIM - x.shape[1]))
        if self._projection is None or self._projection.shape[0] != x.shape[1]:
            g = torch.Generator().manual_seed(0)  # the same projection on every rank and every epoch
            self._projection = (torch.randn(x.shape[1], FEATURE_DIM, generator=g) / FEATURE_DIM ** 0.5).to(dev)
        return x @ self._projection.to(dev)

    def _copy(self, idx, losses, logits, labels, inputs=None) -> None:
        b = idx.shape[0]
        dev = (losses if losses is not None else logits).device
        if losses is None:
            losses = F.cross_entropy(logits.detach().float(), labels.to(dev), reduction="none")
        cols = [torch.ones(b, 1, device=dev), losses.detach().float().reshape(b, 1)]
        if self.num_classes:
            if logits is None or labels is None:
                cols += [torch.full((b, self.num_classes), float("nan"), device=dev), torch.zeros(b, 1, device=dev)]
            else:
                cols += [logits.detach().float().softmax(1), (labels.to(dev).float() + 1).reshape(b, 1)]
        if self.features:
            cols.append(self._features(inputs, b, dev))
        rows = torch.cat(cols, 1)
        n = self.num_samples
        if self._rows is None:
            self._rows = torch.zeros(n + 2, rows.shape[1], device=dev)
        # out of range -> the two spare rows (index -1 -> 0, >= n -> n + 1): no sync, no device assert
        self._rows.index_copy_(0, idx.to(dev, torch.int64).clamp(-1, n) + 1, rows.to(self._rows.dtype))

    def drop(self) -> None:
        self._rows, self._pending = None, []

    @property
    def empty(self) -> bool:
        return self._rows is None and not self._pending

    def finish(self, sync: bool = False, group=None) -> dict | None:
        """The epoch's rows on the host (summed over the group when ``sync``), then forget them.

        Returns ``{"losses": (N,), "probs": (N, C) or None, "labels": (N,), "features": (N, 64) or None,
        "out_of_range": bool}`` with NaN / -1 where a sample was not seen; ``None`` when nothing was
        recorded anywhere.
        """
        self.fold()
        rows, self._rows = self._rows, None
        if sync:
            if rows is None:  # this rank saw no sample: still join the collective
                rows = torch.zeros(self.num_samples + 2, self.width)
            rows = distributed.reduce_rows(rows, group)
        if rows is None:
            return None
        r = rows.double().cpu().numpy()  # once per epoch
        seen = r[:, 0]
        out_of_range = bool(seen[0] > 0 or seen[-1] > 0)
        seen, r = seen[1:-1], r[1:-1]
        if not seen.any():
            return None
        with np.errstate(invalid="ignore", divide="ignore"):
            per = r / seen[:, None]  # means over ranks that saw the sample (padding repeats)
        unseen = seen == 0
        losses = np.where(unseen, np.nan, per[:, 1])
        probs = labels = features = None
        if self.num_classes:
            c = 2 + self.num_classes
            probs = per[:, 2:c]
            probs[unseen] = np.nan
            labels = np.where(unseen | ~np.isfinite(per[:, c]), 0, np.round(per[:, c])).astype(np.int64) - 1
            if self.features:
                features = per[:, c + 1:]
                features[unseen] = np.nan
        return {"losses": losses, "probs": probs, "labels": labels, "features": features,
                "out_of_range": out_of_range}


def write_flagged(path: str | os.PathLike, **payload) -> None:
    """Write the flagged indices (``indices=[...]`` and context) as one JSON object, atomically."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({**payload, "count": len(payload.get("indices", []))}, separators=(",", ":"))
    write_atomically(path, lambda tmp: Path(tmp).write_text(text))
