"""Known planned level changes (session 15): a change the caller tells the detector of while it settles.

A planned, healthy change of the throughput level (a precision switch, a restart on another world size, a
batch-size or resolution step) is told as ``ThroughputDetector.update(..., change=True)`` at its first point.
Each side then keeps a :class:`Change`: the level before it (the median of the side's recent non-deep values),
the reference level at its first point, and the values since, leaving out pause points and values pause-deep
below the level before (a pause, or a slow climb out of one, is not the new level). The step is the median of
the last half of those values (a transient right after the change, kernels re-tuned or caches cold, is left out)
less the level before. The change settles once ``change_settle`` values are in, or after ``CHANGE_WAIT`` times as
many points (a change told before a long pause). Plain-data state (checkpoints load under ``weights_only``).
"""

from __future__ import annotations

import numpy as np

from anomaly.global_model import DEEP
from anomaly.stats import SortedWindow

CHANGE_SETTLE = 20  # the default settling length in values (ThroughputDetector(change_settle=...))
CHANGE_WAIT = 3  # ... waited for at most this many times as many points


class Change:
    """A known planned level change while it settles (plain-data state)."""

    def __init__(self, before: float, base: float) -> None:
        self.before, self.base = before, base
        self.vals: list[float] = []
        self.age = 0  # points since the change (pauses included)

    def step(self, y: float, pause: bool | None, settle: int) -> bool:
        """Take the point ``y`` (log, the side's sign); True while the change still settles."""
        self.age += 1
        if not pause and y - self.before > DEEP:
            self.vals.append(y)
        return len(self.vals) < settle and self.age < CHANGE_WAIT * settle

    def shift(self) -> float:
        """The step so far (log units): the median of the last half of the values, less the level before; 0
        before any value."""
        if not self.vals:
            return 0.0
        return float(np.median(self.vals[len(self.vals) // 2:])) - self.before

    def restart(self) -> None:
        """Another change told while this one settles: it settles afresh from the same level before."""
        self.vals.clear()
        self.age = 0

    def state(self) -> dict:
        return {"before": self.before, "base": self.base, "vals": list(self.vals), "age": self.age}

    @classmethod
    def from_state(cls, st) -> "Change | None":
        if not st:
            return None
        c = cls(float(st["before"]), float(st["base"]))
        c.vals, c.age = [float(x) for x in st["vals"]], int(st["age"])
        return c


def shift_window(w: SortedWindow | None, by: float) -> None:
    """Move every value of ``w`` by ``by`` (in place; None or empty: nothing)."""
    if w is None or not len(w):
        return
    vals = list(w.fifo)
    w.clear()
    for x in vals:
        w.push(x + by)
