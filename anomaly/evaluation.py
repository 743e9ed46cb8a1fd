"""Event-level scoring with alert-run accounting, and the benchmark's ablation/baseline detectors.

Scoring (:func:`score_alerts`) — an *alert run* is a maximal run of flagged points; it starts at its
first point. For each labelled event (``anomaly.traces.Event``):

* the event is **caught** when an alert run starts in ``[onset, onset + max_delay]`` (drops and
  stragglers, ``max_delay`` = 60 points by default) or in ``[onset, ramp_end + max_delay]`` for a
  leak; the delay is the first such start minus the onset;
* every alert run starting in the event's span ``[onset, end + grace)`` is charged to the event:
  **alert runs per caught event** = those runs / caught events (goal 1.0: one page per regression),
  **re-alarm rate** = share of caught events with more than one run;
* an alert run that starts outside every event span is a **false alarm** (also one that starts
  before a leak's onset); a run that starts inside a span but after the catch window is neither
  (a late detection: the event counts as missed, the run as a re-alarm of a missed event).

precision = caught / (caught + false alarms), recall = caught / events, F1 their harmonic mean;
false alarms per 10k points over all points scored.

Detectors for ablations and baselines: :class:`NaiveForecaster` (last value, the forecaster
protocol ``predict() -> (mean, std)`` / ``observe(value)`` that ``ThroughputDetector`` accepts)
and :class:`MedianMadDetector` (rolling median/MAD rule with a persistence count).
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass
import numpy as np

from anomaly.detector import DetectionResult
from anomaly.traces import EventScore


def alert_runs(flags) -> list[tuple[int, int]]:
    """``(start, end)`` (end exclusive) of every maximal run of true flags."""
    f = np.asarray(flags, dtype=bool)
    if not len(f):
        return []
    d = np.diff(np.concatenate([[0], f.astype(np.int8), [0]]))
    return list(zip(np.flatnonzero(d == 1).tolist(), np.flatnonzero(d == -1).tolist()))


@dataclass
class AlertScore(EventScore):
    """:class:`anomaly.traces.EventScore` (precision, recall, F1, false alarms) plus alert-run accounting."""

    runs_on_caught: int = 0  # alert runs charged to caught events
    realarmed: int = 0  # caught events with more than one alert run
    flagged_outside: int = 0  # flagged points outside every event span
    points_outside: int = 0

    def __iadd__(self, o: "AlertScore") -> "AlertScore":
        super().__iadd__(o)
        for k in ("runs_on_caught", "realarmed", "flagged_outside", "points_outside"):
            setattr(self, k, getattr(self, k) + getattr(o, k))
        return self

    def as_dict(self) -> dict:
        d = super().as_dict()
        d.pop("median_leak_delay")  # leak delays are in ``delays`` here (one median over all events)
        d.update(runs_per_caught_event=self.runs_on_caught / self.caught if self.caught else float("nan"),
                 realarm_rate=self.realarmed / self.caught if self.caught else float("nan"),
                 flagged_outside_share=self.flagged_outside / self.points_outside if self.points_outside else 0.0)
        return d


def charge_runs(runs, events, n: int, max_delay: int = 60, grace: int = 30) -> tuple[list, set[int], list]:
    """The scorer's charge rule (module docstring) for alert ``runs`` of a trace of ``n`` points: per event, the
    starts of the runs charged to it (starting inside it or ``grace`` points after) and the first of them within
    ``max_delay`` of its onset (a leak's: of its ramp's end), or None (missed); the set of charged run starts; the
    events' spans."""
    spans = [(ev.onset, min(n, ev.end + grace)) for ev in events]
    charged: set[int] = set()
    per_event = []
    for ev, (a, b) in zip(events, spans):
        starts = [s for s, _ in runs if a <= s < b]
        charged.update(starts)
        hi = (ev.ramp_end if ev.kind == "leak" else ev.onset) + max_delay
        hits = [s for s in starts if s <= hi]
        per_event.append((starts, hits[0] if hits else None))
    return per_event, charged, spans


def score_alerts(flags, events, max_delay: int = 60, grace: int = 30) -> AlertScore:
    """Score one trace's flags against its events (rules in the module docstring)."""
    runs = alert_runs(flags)
    n = len(flags)
    sc = AlertScore(events=len(events), points=n)
    per_event, charged, spans = charge_runs(runs, events, n, max_delay, grace)
    for ev, (starts, hit) in zip(events, per_event):
        if hit is not None:
            sc.caught += 1
            sc.delays.append(hit - ev.onset)
            sc.runs_on_caught += len(starts)
            sc.realarmed += len(starts) > 1
    sc.false_alarms = sum(1 for s, _ in runs if s not in charged)
    inside = np.zeros(n, bool)
    for a, b in spans:
        inside[a:b] = True
    f = np.asarray(flags, dtype=bool)
    sc.flagged_outside = int((f & ~inside).sum())
    sc.points_outside = int((~inside).sum())
    return sc


class NaiveForecaster:
    """Last-value forecaster with the ``predict()/observe()`` protocol; std from recent absolute steps."""

    def __init__(self, history: int = 200) -> None:
        self.last: float | None = None
        self.steps: deque[float] = deque(maxlen=history)

    def predict(self) -> tuple[float, float]:
        if self.last is None:
            return 0.0, 1.0
        s = 1.2533 * float(np.mean(self.steps)) / math.sqrt(2.0) if self.steps else 1.0  # mean |diff| -> std
        return self.last, max(s, 1e-6)

    def observe(self, value: float) -> None:
        if self.last is not None:
            self.steps.append(abs(value - self.last))
        self.last = float(value)

    def state_dict(self) -> dict:
        return {"last": self.last, "steps": list(self.steps)}

    def load_state_dict(self, state: dict) -> None:
        self.last = state["last"]
        self.steps = deque(state["steps"], maxlen=self.steps.maxlen)


class MedianMadDetector:
    """Rolling median/MAD rule with a persistence count (the simple baseline).

    In log space: the reference is the median of the last ``history`` points before the current
    window, its noise the MAD of those points; the statistic is reference minus the median of the last
    ``window`` points (robust to pauses shorter than half the window). Over ``max(k * 1.4826 * MAD,
    min_drop)`` for ``persistence`` points in a row starts an alert; below half of it ends it. While
    alerting the reference history is frozen. Points <= 0 are treated as a tiny rate.
    """

    def __init__(self, *, window: int = 15, history: int = 300, k: float = 4.0, min_drop: float = 0.05,
                 persistence: int = 10, warmup: int = 300) -> None:
        self.window, self.k, self.min_drop, self.persistence, self.warmup = window, k, min_drop, persistence, warmup
        self.recent: deque[float] = deque(maxlen=window)
        self.hist: deque[float] = deque(maxlen=history)
        self.n = self.count = 0
        self.alarm = False

    def update(self, value: float, timestamp: float | None = None) -> DetectionResult:
        y = math.log(max(float(value), 1e-9)) if math.isfinite(value) else None
        self.n += 1
        if y is None:
            return DetectionResult(timestamp, value, value, value, value, 0.0, self.alarm, "missing")
        if len(self.recent) == self.window and not self.alarm:
            self.hist.append(self.recent[0])
        self.recent.append(y)
        if len(self.hist) < 50 or self.n <= self.warmup:
            return DetectionResult(timestamp, value, value, value, value, 0.0, False, "warmup")
        h = np.fromiter(self.hist, float)
        ref = float(np.median(h))
        thr = max(self.k * 1.4826 * float(np.median(np.abs(h - ref))), self.min_drop)
        stat = ref - float(np.median(self.recent))
        if self.alarm:
            self.alarm = stat > thr / 2
        else:
            self.count = self.count + 1 if stat > thr else 0
            self.alarm = self.count >= self.persistence
        fc = math.exp(ref)
        return DetectionResult(timestamp, value, fc, fc * math.exp(-thr), fc * math.exp(thr),
                               min(1.0, max(0.0, stat / (2 * thr))), self.alarm, "anomaly" if self.alarm else "normal")
