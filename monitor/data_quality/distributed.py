"""Data-parallel reduction of the data-quality statistics: one collective per window or epoch.

Under DDP each rank sees its shard. :func:`reduce_summary` sums a window's (or the reference's)
raw sums over the data-parallel group in one ``all_reduce`` of one flat float64 tensor, so every
rank compares the global window with the global reference; :func:`reduce_rows` sums per-sample
rows (seen count, loss, probabilities, label) over the group once per epoch, so noisy samples are
judged on global dataset indices. Nothing here runs per step.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
import torch
import torch.distributed as dist

from monitor.data_quality.stats import StatsSummary

#: (label classes, feature dimension, token buckets); None where the statistic is off
Layout = tuple


def active(group=None) -> bool:
    """True when a process group with more than one rank is running."""
    return dist.is_available() and dist.is_initialized() and dist.get_world_size(group) > 1


def _device(group=None) -> torch.device:
    backend = dist.get_backend(group)
    return torch.device("cuda", torch.cuda.current_device()) if backend == "nccl" else torch.device("cpu")


def layout_of(summary: StatsSummary) -> Layout:
    return (None if summary.label_counts is None else int(summary.label_counts.size), summary.feature_dim,
            None if summary.token_counts is None else int(summary.token_counts.size))


def agree_layout(summary: StatsSummary, group=None) -> Layout:
    """The union of the ranks' layouts (one ``all_gather_object``, once per run for the reference)."""
    layouts: list = [None] * dist.get_world_size(group)
    dist.all_gather_object(layouts, layout_of(summary), group=group)
    merged = []
    for field in zip(*layouts):
        sizes = {f for f in field if f is not None}
        if len(sizes) > 1:
            raise ValueError(f"ranks disagree on a statistic's size: {sorted(sizes)} (labels, features, tokens: "
                             f"{layouts})")
        merged.append(sizes.pop() if sizes else None)
    return tuple(merged)


def reduce_summary(summary: StatsSummary, layout: Layout, extras: Sequence[float] = (), group=None
                   ) -> tuple[StatsSummary, np.ndarray]:
    """``summary`` summed over the group (one ``all_reduce``), laid out as ``layout``; also sums ``extras``.

    Fields the layout has and this rank lacks count as zeros; per-window lengths and fingerprints
    stay on their rank.
    """
    c, d, k = layout
    s = summary

    def part(arr, size):
        return np.zeros(size) if arr is None else np.asarray(arr, dtype=np.float64).reshape(-1)

    parts = [np.array([s.samples, s.elements, s.nonfinite, s.label_overflow], dtype=np.float64),
             np.asarray(extras, dtype=np.float64)]
    if c is not None:
        parts.append(part(s.label_counts, c))
    if d is not None:
        parts += [part(s.feature_sum, d), part(s.feature_sumsq, d), part(s.feature_count, d)]
    if k is not None:
        parts.append(part(s.token_counts, k))
    flat = torch.from_numpy(np.concatenate(parts)).to(_device(group))
    dist.all_reduce(flat, group=group)
    v = flat.cpu().numpy()
    out = StatsSummary(samples=int(round(v[0])), elements=int(round(v[1])), nonfinite=int(round(v[2])),
                       label_overflow=int(round(v[3])), lengths=s.lengths, fingerprints=s.fingerprints)
    pos = 4 + len(extras)
    extra = v[4:pos]
    if c is not None:
        out.label_counts, pos = v[pos:pos + c], pos + c
    if d is not None:
        out.feature_sum, out.feature_sumsq, out.feature_count = v[pos:pos + d], v[pos + d:pos + 2 * d], \
            v[pos + 2 * d:pos + 3 * d]
        pos += 3 * d
    if k is not None:
        out.token_counts = v[pos:pos + k]
    return out, extra


def reduce_rows(rows: torch.Tensor, group=None) -> torch.Tensor:
    """Sum per-sample rows ``(N, F)`` over the group in place (one ``all_reduce``); returns them."""
    dev = _device(group)
    moved = rows.to(dev) if rows.device != dev else rows
    dist.all_reduce(moved, group=group)
    return moved.to(rows.device) if moved is not rows else rows
