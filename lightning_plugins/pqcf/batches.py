"""Batches in and out of the pipeline: ``(input, target)`` splitting, the checks every input gets
before sensitivity starts, and the one train loader distillation fits on."""

from __future__ import annotations

from typing import Any, Callable, Iterable

import torch
from torch import nn


def split_batch(batch) -> tuple[torch.Tensor, Any]:
    """``(input, target)`` of a batch: a tuple/list ``(x, y, ...)`` or a bare input tensor (target None)."""
    if isinstance(batch, (tuple, list)):
        return batch[0], (batch[1] if len(batch) > 1 else None)
    if isinstance(batch, torch.Tensor):
        return batch, None
    raise ValueError(f"batches must be tensors or (input, target) tuples, got {type(batch).__name__}")


def collect_batches(data: Iterable, limit: int | None, what: str) -> list:
    """The first ``limit`` batches of ``data`` (all when None), each checked to hold an input tensor;
    ``what`` names the argument in the ``ValueError``."""
    if isinstance(data, (str, bytes)) or not hasattr(data, "__iter__"):
        raise ValueError(f"{what} must be an iterable of batches (a DataLoader or a list of (input, target) "
                         f"tuples), got {type(data).__name__}")
    out = []
    for i, batch in enumerate(data):
        if limit is not None and i >= limit:
            break
        out.append(batch)
    if not out:
        raise ValueError(f"{what} must yield at least one batch")
    for i, batch in enumerate(out):
        try:
            x, _ = split_batch(batch)
        except ValueError as exc:
            raise ValueError(f"{what} batch {i}: {exc}") from None
        if not isinstance(x, torch.Tensor):
            raise ValueError(f"{what} batch {i}: the input must be a tensor, got {type(x).__name__}")
    return out


def _identity(batch):
    return batch


class _Reiterable(torch.utils.data.IterableDataset):
    """A re-iterable collection of ready batches as a dataset (each pass iterates it again)."""

    def __init__(self, data: Iterable) -> None:
        self.data = data

    def __iter__(self):
        return iter(self.data)


def distillation_loader(data: Iterable, what: str = "calib_data"):
    """``data`` as something a Lightning ``Trainer`` fits on as *one* train loader.

    A ``DataLoader`` is used as it is. Lightning reads a plain list or tuple as several dataloaders,
    so a list (or any other re-iterable) of ready ``(input, target)`` batches is wrapped in a
    ``DataLoader`` that yields those batches unchanged, in order, once per epoch. A one-shot iterator
    (a generator) is refused: distillation passes over the data again after calibration read it.
    """
    from torch.utils.data import DataLoader

    if isinstance(data, DataLoader):
        return data
    if isinstance(data, (list, tuple)):
        return DataLoader(list(data), batch_size=None, shuffle=False, collate_fn=_identity)
    if iter(data) is data:
        raise ValueError(f"{what} is a one-shot iterator ({type(data).__name__}); distillation reads the data "
                         "again after calibration: give a DataLoader or a list of (input, target) batches")
    return DataLoader(_Reiterable(data), batch_size=None, collate_fn=_identity)


def heldout_tensors(heldout: list) -> tuple[torch.Tensor, torch.Tensor | None]:
    """All held-out inputs and targets, concatenated (targets None when a batch has none)."""
    xs, ys = zip(*(split_batch(b) for b in heldout))
    try:
        xh = torch.cat(xs)
        yh = torch.cat(ys) if all(y is not None for y in ys) else None
    except (RuntimeError, TypeError) as exc:
        raise ValueError(f"heldout_data: the batches do not concatenate ({exc})") from None
    return xh, yh


def check_forward(model: nn.Module, loss_fn: Callable, calib_batch, heldout_x: torch.Tensor, *,
                   need_targets: bool) -> None:
    """One forward pass on a calibration batch (with its loss) and on a held-out row, so that data the
    model cannot take fails before sensitivity, not in the middle of the pipeline."""
    x, y = split_batch(calib_batch)
    if y is None and need_targets:
        raise ValueError("calib_data: batches need targets, (input, target), for the Hessian of the loss")
    with torch.no_grad():
        for what, fn in (("calib_data", lambda: model(x) if y is None else loss_fn(model(x), y)),
                         ("heldout_data", lambda: model(heldout_x))):
            try:
                fn()
            except (RuntimeError, ValueError, TypeError, IndexError) as exc:
                first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                raise ValueError(f"{what}: {type(model).__name__} cannot run on its batches ({first})") from None
