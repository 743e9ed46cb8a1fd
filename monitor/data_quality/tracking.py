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

import numpy as np
import torch
import torch.nn.functional as F

from monitor.cliio import write_atomically
from monitor.data_quality import distributed


class EpochRecorder:
    """Rows ``[seen, loss, p_0 .. p_{C-1}, label + 1]`` per dataset index for one epoch.

    ``num_classes=None`` keeps no probabilities (losses only).
    """

    def __init__(self, num_samples: int, num_classes: int | None = None) -> None:
        self.num_samples = num_samples
        self.num_classes = num_classes or 0
        self._rows: torch.Tensor | None = None
        self._pending: list[tuple[torch.Tensor, torch.Tensor]] = []

    def hold(self, idx: torch.Tensor, losses: torch.Tensor | None, logits: torch.Tensor | None,
             labels: torch.Tensor | None) -> None:
        """Keep one batch's tensors by reference (no kernel launch); :meth:`fold` builds the rows."""
        self._pending.append((idx, losses, logits, labels))

    def fold(self) -> None:
        """Turn the held batches into rows and copy them in (a few launches per fold, no host sync)."""
        if not self._pending:
            return
        held, self._pending = self._pending, []
        groups: dict[tuple, list] = {}
        for item in held:  # batches with the same outputs are concatenated and handled together
            groups.setdefault(tuple(t is None for t in item), []).append(item)
        for items in groups.values():
            idx, losses, logits, labels = (None if items[0][k] is None else torch.cat([it[k] for it in items])
                                           for k in range(4))
            self._copy(idx, losses, logits, labels)

    def _copy(self, idx, losses, logits, labels) -> None:
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

        Returns ``{"losses": (N,), "probs": (N, C) or None, "labels": (N,), "out_of_range": bool}``
        with NaN / -1 where a sample was not seen; ``None`` when nothing was recorded anywhere.
        """
        self.fold()
        rows, self._rows = self._rows, None
        if sync:
            if rows is None:  # this rank saw no sample: still join the collective
                rows = torch.zeros(self.num_samples + 2, 2 + (self.num_classes + 1 if self.num_classes else 0))
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
        probs = labels = None
        if self.num_classes:
            probs = per[:, 2:2 + self.num_classes]
            probs[unseen] = np.nan
            labels = np.where(unseen | ~np.isfinite(per[:, -1]), 0, np.round(per[:, -1])).astype(np.int64) - 1
        return {"losses": losses, "probs": probs, "labels": labels, "out_of_range": out_of_range}


def write_flagged(path: str | os.PathLike, **payload) -> None:
    """Write the flagged indices (``indices=[...]`` and context) as one JSON object, atomically."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({**payload, "count": len(payload.get("indices", []))}, separators=(",", ":"))
    write_atomically(path, lambda tmp: Path(tmp).write_text(text))
