"""Escalation of a held alert (session 12): a second, deeper regression that starts while an alert holds.

While an alert holds no new alert can start, so a second regression during the first one (or a
regression that deepens by a new step) would page nobody. :class:`Escalation` keeps the held alert's
non-deep values outside pauses (log, with their point numbers) and says when they show a *new step
down*. Then the detector ends the alert run and starts a new one (the point between has state
``escalated``): what an ``AlertSink`` sends as a resolve and a new, deeper alert. Through Prometheus the
one-point gap of the active gauge usually falls between scrapes; the new run is counted as
``lightwatch_anomaly_alert_starts_total{cause="escalation"}`` (``anomaly.alerting.AlertTracker``), which the
``ThroughputRegressionEscalated`` rule pages.

The test, on the last ``(BEFORE + 1) * half`` values: ``A``, the median of the ``BEFORE * half`` before,
``B``, the median of the last ``half`` (the new level):

* ``A`` is itself a regressed level: more than ``min_drop`` below the frozen reference;
* a step, not a ramp: the medians of the before part's thirds lie within ``FLAT`` x the jump ``A - B``
  of each other, and so do those of the new level's halves (a linear ramp moves them more);
* the jump, less what the before part's trend (first to last third) predicts over the time to the new
  level, is at least ``MARGIN x min_drop`` and ``NOISE`` robust spreads (interquartile range / 1.349) of
  the held level, over the before part and over up to ``HISTORY`` values of the alert (a noisy or slowly
  wandering level needs a larger step); a leak that keeps falling, also across a pause, does not pass;
* the window spans at most ``SPAN`` x its count in points (mostly pauses: what happened between is
  unknown);
* a further escalation of the same alert needs ``B`` at least ``min_drop`` below the last one's (a level
  that wobbles does not ratchet).

The window restarts when an alert starts or escalates, so it always lies inside the held alert.
State: plain lists and a float (checkpoints load under torch's ``weights_only``).
"""

from __future__ import annotations

from collections import deque

import numpy as np

from anomaly.stats import median

MARGIN = 1.5  # the jump: at least this many min_drop (7.5 % at the default 0.05) ...
NOISE = 3.0  # ... and at least this many robust spreads of the held level
FLAT = 0.35  # the parts' medians within this share of the jump (a linear ramp: more)
BEFORE = 2  # the level before the step: this many times ``half`` points
HISTORY = 300  # the held level's spread is measured over up to this many values
SPAN = 2.0  # the window's values span at most this many times their count in points (few pause points between)


def _spread(x: np.ndarray) -> float:
    return float(np.subtract(*np.percentile(x, [75, 25]))) / 1.349


class Escalation:
    """The held alert's recent non-deep values (log) with their point numbers, and the step-down test
    (plain-data state)."""

    def __init__(self, half: int) -> None:
        self.half = half
        size = max(HISTORY, BEFORE * half + half, 4) if half else 4
        self.vals: deque[float] = deque(maxlen=size)
        self.at: deque[int] = deque(maxlen=size)  # the side's point number of each value
        self.floor: float | None = None  # the level of the last escalation of this alert (None: none yet)

    def clear(self, floor: float | None = None) -> None:
        """Restart the window (an alert starts, or escalates to the level ``floor``)."""
        self.vals.clear()
        self.at.clear()
        self.floor = floor

    def shift(self, by: float) -> None:
        """A known planned level change moved the held level by ``by`` (log units): the window and the floor
        move with it (the step is not a new regression)."""
        vals = [x + by for x in self.vals]
        self.vals.clear()
        self.vals.extend(vals)
        if self.floor is not None:
            self.floor += by

    def push(self, y: float, n: int) -> None:
        self.vals.append(y)
        self.at.append(n)

    def deeper(self, reference: float, min_drop: float) -> float | None:
        """The jump (log units) when the window's last ``half`` points are a new, flat level below the
        ``BEFORE * half`` points before them (a flat level itself, below ``reference`` by ``min_drop``),
        beyond what the trend of those points predicts; else None."""
        h = self.half
        w = (BEFORE + 1) * h
        if not h or len(self.vals) < w:
            return None
        allv = np.fromiter(self.vals, float)
        v, t = allv[-w:], np.fromiter(self.at, float)[-w:]
        if t[-1] - t[0] > SPAN * len(t):
            return None  # mostly pauses: what happened between the values is unknown
        before, after = v[:-h], v[-h:]
        a, b = median(before), median(after)
        jump = a - b
        if a > reference - min_drop or jump < MARGIN * min_drop:
            return None
        if self.floor is not None and b > self.floor - min_drop:
            return None  # not deeper than the last escalation's level by min_drop (a wobbling level)
        k = len(before) // 3
        meds = [median(x) for x in (before[:k], before[k:2 * k], before[2 * k:], after[:h // 2],
                                              after[h // 2:])]
        if max(meds[:3]) - min(meds[:3]) > FLAT * jump or abs(meds[3] - meds[4]) > FLAT * jump:
            return None
        tb = t[:-h]
        fall = (meds[0] - meds[2]) / max(float(np.mean(tb[2 * k:]) - np.mean(tb[:k])), 1.0)  # per point
        jump -= max(fall, 0.0) * float(np.mean(t[-h:]) - np.mean(tb))  # what a ramp would have fallen
        spread = _spread(before)
        if len(allv) >= w + h:  # the held level's longer history: a slowly wandering level is noisier there
            spread = max(spread, _spread(allv[:-h]))
        if jump < max(MARGIN * min_drop, NOISE * spread):
            return None
        self.floor = b
        return jump

    def state(self) -> dict:
        return {"vals": list(self.vals), "at": list(self.at), "floor": self.floor}

    def load(self, st) -> None:
        self.clear(None if not st or st["floor"] is None else float(st["floor"]))
        if st:
            self.vals.extend(float(x) for x in st["vals"])
            self.at.extend(int(x) for x in st["at"])
