"""Known planned level changes (session 15): a change the caller tells the detector of while it settles.

A planned, healthy change of the throughput level (a precision switch, a restart on another world size, a
batch-size or resolution step) is told as ``ThroughputDetector.update(..., change=True)`` at its first point.
Each side then keeps a :class:`Change`: the level before it (the median of the side's recent non-deep values),
the reference level at its first point, and the values since, leaving out pause points and values pause-deep
below the level before (a pause, or a slow climb out of one, is not the new level). The step is the median of
the last half of those values (a transient right after the change, kernels re-tuned or caches cold, is left out)
less the level before. The change settles once ``change_settle`` values are in, or after ``CHANGE_WAIT`` times as
many points (a change told before a long pause).

A change deeper than a pause (session 16: generator 14's resolution stage, samples/s to 0.2-0.3 of its level)
leaves every value pause-deep, so the rule above would keep no value and the step would be 0: the reference
would stay at the old level and an alert would hold until the trace ends. So the change also keeps every
non-pause value, deep ones included. Once ``DEEP_RUN`` times ``change_settle`` of them are in and at least
``DEEP_SHARE`` of them are deep, the new level *may* be deep; it is taken as deep once it is flat (the medians of
the last two ``change_settle`` values within ``DEEP_FLAT``), or after ``DEEP_WAIT`` times ``change_settle``
points, and the step is then the median of the last half of all the values. A pause the phase does not tell
of, and the climb out of it, is not flat: its values turn non-deep before it is, and the rule above settles
the change (a long unknown pause right after a told change, climbing out slowly, was read as a deep level
before the flatness test: seed 360,016 of the known-change construct). Plain-data state (checkpoints load
under ``weights_only``).
"""

from __future__ import annotations

import numpy as np

from anomaly.global_model import DEEP
from anomaly.stats import SortedWindow, median

CHANGE_SETTLE = 20  # the default settling length in values (ThroughputDetector(change_settle=...))
CHANGE_WAIT = 3  # ... waited for at most this many times as many points
DEEP_RUN = 2  # a deep change settles once this many times change_settle non-pause values are in ...
DEEP_SHARE = 0.75  # ... and at least this share of them are pause-deep below the level before
DEEP_FLAT = 0.1  # ... and the medians of its last two change_settle values are this close (log) ...
DEEP_WAIT = 6  # ... or, deep but still moving, after this many times change_settle points


class Change:
    """A known planned level change while it settles (plain-data state)."""

    def __init__(self, before: float, base: float) -> None:
        self.before, self.base = before, base
        self.vals: list[float] = []
        self.every: list[float] = []  # every non-pause value, pause-deep ones included
        self.deep = False  # settled as a deep change
        self.age = 0  # points since the change (pauses included)

    def step(self, y: float, pause: bool | None, settle: int) -> bool:
        """Take the point ``y`` (log, the side's sign); True while the change still settles."""
        self.age += 1
        if not pause:
            self.every.append(y)
            if y - self.before > DEEP:
                self.vals.append(y)
        n = len(self.every)
        if n >= DEEP_RUN * settle and n - len(self.vals) >= DEEP_SHARE * n:  # the new level may be deep
            e = self.every
            flat = abs(median(e[-settle:]) - median(e[-2 * settle:-settle])) <= DEEP_FLAT
            if flat or self.age >= DEEP_WAIT * settle:
                self.deep = True
                return False
            return True
        return len(self.vals) < settle and self.age < CHANGE_WAIT * settle

    def level_values(self) -> list[float]:
        """The values the step is read from: every non-pause value for a deep change, else the non-deep ones."""
        return self.every if self.deep else self.vals

    def shift(self) -> float:
        """The step so far (log units): the median of the last half of the values, less the level before; 0
        before any value."""
        vals = self.level_values()
        if not vals:
            return 0.0
        return median(vals[len(vals) // 2:]) - self.before

    def restart(self) -> None:
        """Another change told while this one settles: it settles afresh from the same level before."""
        self.vals.clear()
        self.every.clear()
        self.deep = False
        self.age = 0

    def state(self) -> dict:
        return {"before": self.before, "base": self.base, "vals": list(self.vals), "every": list(self.every),
                "deep": self.deep, "age": self.age}

    @classmethod
    def from_state(cls, st) -> "Change | None":
        if not st:
            return None
        c = cls(float(st["before"]), float(st["base"]))
        c.vals, c.age = [float(x) for x in st["vals"]], int(st["age"])
        c.every = [float(x) for x in st.get("every", c.vals)]  # absent before session 16
        c.deep = bool(st.get("deep", False))
        return c


def shift_window(w: SortedWindow | None, by: float) -> None:
    """Move every value of ``w`` by ``by`` (in place; None or empty: nothing)."""
    if w is None or not len(w):
        return
    vals = list(w.fifo)
    w.clear()
    for x in vals:
        w.push(x + by)
