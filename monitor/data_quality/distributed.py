"""Data-parallel reduction of the data-quality statistics: one collective per window or epoch.

Under DDP each rank sees its shard. :func:`reduce_summary` combines a window's (or the
reference's) raw sums and kept rows over the data-parallel group in one ``all_gather`` of one flat
float64 tensor per rank, so every rank compares the global window with the global reference; :func:`reduce_rows` sums per-sample
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


def reduce_summary(summary: StatsSummary, layout: Layout, extras: Sequence[float] = (), rows_cap: int = 0,
                   group=None) -> tuple[StatsSummary, np.ndarray]:
    """``summary`` combined over the group in one ``all_gather``, laid out as ``layout``; also sums ``extras``.

    Sums (counts, feature sums, histograms, ``extras``) are added; the kept feature rows (up to
    ``rows_cap`` per rank) are concatenated, so the drift test sees every rank's rows. Fields the
    layout has and this rank lacks count as zeros; lengths and fingerprints stay on their rank.
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
    n_sums = sum(p.size for p in parts)
    rows_cap = rows_cap if d is not None else 0
    rows = np.zeros((rows_cap, d or 0))
    n_rows = 0
    if rows_cap and s.rows is not None and s.rows.shape[1] == d:
        n_rows = min(len(s.rows), rows_cap)
        rows[:n_rows] = s.rows[:n_rows]
    flat = torch.from_numpy(np.concatenate(parts + [np.array([n_rows], dtype=np.float64), rows.reshape(-1)]))
    flat = flat.to(_device(group))
    gathered = [torch.empty_like(flat) for _ in range(dist.get_world_size(group))]
    dist.all_gather(gathered, flat, group=group)
    every = torch.stack(gathered).cpu().numpy()  # (W, L)
    v = every[:, :n_sums].sum(0)
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
    if rows_cap:
        counts = every[:, n_sums].astype(int)
        blocks = [every[r, n_sums + 1:].reshape(rows_cap, d)[:counts[r]] for r in range(len(every))]
        out.rows = np.concatenate(blocks) if counts.sum() else None
    return out, extra


def reduce_rows(rows: torch.Tensor, group=None) -> torch.Tensor:
    """Sum per-sample rows ``(N, F)`` over the group in place (one ``all_reduce``); returns them."""
    dev = _device(group)
    moved = rows.to(dev) if rows.device != dev else rows
    dist.all_reduce(moved, group=group)
    return moved.to(rows.device) if moved is not rows else rows
