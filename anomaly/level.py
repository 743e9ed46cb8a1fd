"""The level test for smeared onsets (session 12: an option; on by default since session 14's look at generator 12:
``ThroughputDetector(sustain=40)``, ``sustain=0`` turns it off).

Session 11's prototype (commit b692e10) with a threshold in noise units. Of the last ``window`` scored
points outside pauses (clipped ``u``), at least ``SHARE`` lie more than ``min_drop`` below the reference,
their median too, and that median lies ``max(MARGIN x min_drop, NOISE x spread)`` below the lowest of
the run's own healthy window medians (up to ``HISTORY``, taken ``GUARD`` points late, none during
alerts; ``FROM_MIN=False``: below their median), where ``spread`` is those medians' robust spread
(interquartile range / 1.349): a run whose level wanders needs a deeper shelf. After an alert ends the
test waits until a window's median is back within ``min_drop`` of the reference. Plain-data state.
Measured in ``docs/results/anomaly.md`` (session 12: a candidate; generators 11 and 12: the default since
session 14).
"""

from __future__ import annotations

from collections import deque

import numpy as np

from anomaly.stats import median

SUSTAIN = 40  # the default window (points): ThroughputDetector(sustain=...)
SHARE = 0.8
MARGIN = 1.0
NOISE = 6.0
FROM_MIN = True  # measure from the lowest healthy window median (session 11's prototype) instead of their median
HISTORY = 2000
GUARD = 200
READY = 300


class LevelTest:
    def __init__(self, window: int) -> None:
        self.window = window
        self.shelf: deque[float] = deque(maxlen=max(window, 1))
        self.hist: deque[float] = deque(maxlen=HISTORY)
        self.pending: deque[float] = deque()
        self.armed = True

    def clear(self) -> None:
        """An alert starts (or a warm-up): the window and the guard restart."""
        self.shelf.clear()
        self.pending.clear()

    def disarm(self) -> None:
        self.shelf.clear()
        self.armed = False

    def fires(self, uc: float, min_drop: float) -> bool:
        if not self.window:
            return False
        self.shelf.append(uc)
        if len(self.shelf) < self.window:
            return False
        med = median(self.shelf)
        self.pending.append(med)
        if len(self.pending) > GUARD:
            self.hist.append(self.pending.popleft())
        if med >= -min_drop:
            self.armed = True
            return False
        if not self.armed or len(self.hist) < READY:
            return False
        if sum(1 for x in self.shelf if x < -min_drop) < SHARE * self.window:
            return False
        h = np.fromiter(self.hist, float)
        q75, q50, q25 = np.percentile(h, [75, 50, 25])
        base = float(h.min()) if FROM_MIN else q50
        return med < base - max(MARGIN * min_drop, NOISE * (q75 - q25) / 1.349)

    def state(self) -> dict:
        return {"shelf": list(self.shelf), "hist": list(self.hist), "pending": list(self.pending), "armed": self.armed}

    def load(self, st) -> None:
        if not st:
            return
        self.shelf.clear()
        self.shelf.extend(float(x) for x in st["shelf"])
        self.hist = deque((float(x) for x in st["hist"]), maxlen=HISTORY)
        self.pending = deque(float(x) for x in st["pending"])
        self.armed = bool(st["armed"])
