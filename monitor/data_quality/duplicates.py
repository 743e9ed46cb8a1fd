"""Exact duplicates among recent samples: a bounded window of 64-bit sample fingerprints (host side)."""

from __future__ import annotations

from typing import Sequence

import numpy as np


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

