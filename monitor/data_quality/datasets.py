"""Dataset wrappers: dataset indices on every item, and EDA augmentation of token-id sequences.

EDA (Wei & Zou 2019, "Easy Data Augmentation") for token ids: random swap, random deletion,
random insertion and synonym replacement from a user-supplied ``{token_id: [synonym ids]}`` map.
Each augmented sample gets one operation, changing ``max(1, round(alpha * length))`` tokens;
labels are never touched. Draws depend only on ``(seed, epoch, index)``, so a sample looks the
same in every run, in any DataLoader worker, and differs between epochs.
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

import numpy as np
import torch

EDA_OPERATIONS = ("swap", "delete", "insert", "synonym")


def find_dataset(dataset: Any, kind: type):
    """``dataset`` or the first wrapped one (through ``.dataset``) of type ``kind``, else None."""
    for _ in range(8):
        if dataset is None or isinstance(dataset, kind):
            return dataset
        dataset = getattr(dataset, "dataset", None)
    return None


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


class EDADataset(torch.utils.data.Dataset):
    """EDA augmentation of a dataset whose items are ``(token_ids, label, ...)`` or dicts with ``input_ids``.

    Example::

        train = EDADataset(TensorDataset(ids, y), prob=0.5, alpha=0.1, seed=0, pad_token_id=0,
                           synonyms={12: [40, 41], 40: [12]})
        loader = DataLoader(IndexedDataset(train), batch_size=32, shuffle=True)
        train.augmented_ratio()     # share of items changed so far this epoch (all workers)

    Parameters
    ----------
    dataset : map-style dataset; the token ids are the item's first element (or ``input_ids``), a
        1-D integer tensor.
    prob : probability that an item is augmented (default 0.5).
    alpha : share of a sequence's tokens one operation changes (default 0.1, at least one token).
    seed : draws depend on ``(seed, epoch, index)`` only; call :meth:`set_epoch` each epoch (the
        ``DataQualityMonitor`` does it when it finds the wrapper on the train loader).
    synonyms : ``{token id: [synonym ids]}`` for synonym replacement and insertion; without it
        those two operations are skipped and the others drawn.
    operations : the operations to draw from (default all four).
    pad_token_id : padding id: padding is never moved or replaced, and sequences keep their length
        (a deletion pads at the end; an insertion into a full sequence drops its last token).
    max_workers : DataLoader workers the shared tally has slots for (default 64).
    """

    def __init__(self, dataset, *, prob: float = 0.5, alpha: float = 0.1, seed: int = 0,
                 synonyms: Mapping[int, Sequence[int]] | None = None, operations: Sequence[str] = EDA_OPERATIONS,
                 pad_token_id: int | None = None, max_workers: int = 64) -> None:
        if not hasattr(dataset, "__getitem__") or not hasattr(dataset, "__len__"):
            raise ValueError("dataset must be a map-style dataset (with __getitem__ and __len__)")
        for name, v in (("prob", prob), ("alpha", alpha)):
            if isinstance(v, bool) or not isinstance(v, (int, float)) or not 0.0 <= v <= 1.0:
                raise ValueError(f"{name}={v!r} must be a number in [0, 1]")
        bad = [op for op in operations if op not in EDA_OPERATIONS]
        if bad or not operations:
            raise ValueError(f"operations={list(operations)!r}: use a non-empty subset of {', '.join(EDA_OPERATIONS)}")
        self.synonyms = {int(k): [int(t) for t in v] for k, v in (synonyms or {}).items() if len(v)}
        ops = [op for op in operations if self.synonyms or op not in ("synonym", "insert")]
        if not ops:
            raise ValueError("synonym replacement and insertion need a non-empty synonyms map")
        self.dataset, self.prob, self.alpha, self.seed = dataset, float(prob), float(alpha), int(seed)
        self.operations, self.pad_token_id, self.epoch = tuple(ops), pad_token_id, 0
        # per-worker (augmented, seen) counts in shared memory: workers fork or spawn with a handle to it
        self._tally = torch.zeros(max_workers + 1, 2, dtype=torch.int64).share_memory_()

    def __len__(self) -> int:
        return len(self.dataset)

    def set_epoch(self, epoch: int) -> None:
        """Use epoch ``epoch``'s draws and restart the tally."""
        self.epoch = int(epoch)
        self._tally.zero_()

    def augmented_ratio(self) -> float | None:
        """Share of the items served since the last :meth:`set_epoch` that were augmented."""
        augmented, seen = self._tally.sum(0).tolist()
        return augmented / seen if seen else None

    def __getitem__(self, index: int):
        item = self.dataset[index]
        ids = item["input_ids"] if isinstance(item, dict) else item[0]
        if not isinstance(ids, torch.Tensor) or ids.dim() != 1 or ids.is_floating_point():
            raise ValueError(f"EDADataset: item {index} has no 1-D integer token-id tensor first (got "
                             f"{type(ids).__name__})")
        rng = np.random.default_rng([self.seed, self.epoch, int(index)])
        new = self.augment(ids, rng) if rng.random() < self.prob else None
        if new is not None and torch.equal(new, ids):
            new = None  # e.g. no token with a synonym: not augmented, not counted as such
        info = torch.utils.data.get_worker_info()
        self._tally[0 if info is None else 1 + info.id % (self._tally.shape[0] - 1)] += torch.tensor(
            [int(new is not None), 1])
        if new is None:
            return item
        if isinstance(item, dict):
            return {**item, "input_ids": new}
        return (new, *item[1:])

    def augment(self, ids: torch.Tensor, rng: np.random.Generator) -> torch.Tensor:
        """One EDA operation on ``ids`` (padding kept at the end, length kept when ``pad_token_id`` is set)."""
        seq = ids.tolist()
        pad = self.pad_token_id
        real = [t for t in seq if t != pad] if pad is not None else list(seq)
        if not real:
            return ids.clone()
        n = max(1, int(round(self.alpha * len(real))))
        op = self.operations[int(rng.integers(len(self.operations)))]
        if op == "swap" and len(real) >= 2:
            for _ in range(n):
                i, j = rng.choice(len(real), 2, replace=False)
                real[i], real[j] = real[j], real[i]
        elif op == "delete" and len(real) >= 2:
            drop = set(rng.choice(len(real), min(n, len(real) - 1), replace=False).tolist())
            real = [t for i, t in enumerate(real) if i not in drop]
        elif op == "synonym":
            where = [i for i, t in enumerate(real) if t in self.synonyms]
            for i in rng.permutation(where)[:n].tolist():
                choices = self.synonyms[real[i]]
                real[i] = choices[int(rng.integers(len(choices)))]
        elif op == "insert":
            candidates = [t for t in real if t in self.synonyms]
            for _ in range(n if candidates else 0):
                choices = self.synonyms[candidates[int(rng.integers(len(candidates)))]]
                real.insert(int(rng.integers(len(real) + 1)), choices[int(rng.integers(len(choices)))])
        if pad is not None:
            real = real[:len(seq)] + [pad] * max(0, len(seq) - len(real))
        return torch.tensor(real, dtype=ids.dtype)
