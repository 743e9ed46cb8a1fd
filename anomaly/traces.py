"""Synthetic training-throughput traces with labelled regressions, and the event-level scorer.

A trace mimics a *scraped rate* (samples/s, one point per scrape) of a training job:

* a warm-up ramp from ~30 % of the base rate;
* multiplicative jitter of a few percent with heavy tails (Student-t, 3 degrees of freedom);
* a gradient-accumulation rhythm (every k-th point a few percent slower) and bimodal step costs;
* recurring validation pauses at a slightly jittered period that drop the rate to about half or
  to (near) zero for tens of points (``pauses="short"``: 8-25 points; ``"long"``: 40-110 points,
  longer than the 60-point detection window, so no simple persistence rule can sit them out);
* rarer checkpoint stalls, lone hiccups (one or two points), harmless upward level shifts;
* labelled regressions: sudden sustained drops of 8-35 %, slow leaks (a ramp down over hundreds
  to thousands of points) and noisy straggler phases.

Usage::

    from anomaly.traces import make_trace, score_events
    trace = make_trace(seed=1, n=8000, pauses="long")
    flags = [detector.update(v).is_anomaly for v in trace.values]
    print(score_events(flags, trace.events))

Scoring is event-level: a sudden drop or straggler phase is caught when an alert run *starts*
within ``window`` (60) points of its onset (an alarm already on does not count); a slow leak is
caught when an alert run starts anywhere along its ramp; an alert run that starts elsewhere is a
false alarm.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from statistics import median

import numpy as np

EVENT_KINDS = ("drop", "leak", "straggler")


@dataclass(frozen=True)
class Event:
    """One labelled regression: points ``[onset, end)``; a leak ramps down over ``[onset, ramp_end)``."""

    kind: str
    onset: int
    ramp_end: int
    end: int
    depth: float


@dataclass
class Trace:
    """A generated trace: ``values[i]`` was scraped at ``timestamps[i]`` (unix seconds)."""

    values: np.ndarray
    timestamps: np.ndarray
    events: list[Event]
    pauses: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of validation pauses
    seed: int = 0
    healthy: np.ndarray | None = None  # the same run without its regressions (the global model's target)
    # first points of planned level changes the monitor knows of (a precision switch, a world-size change, a resume
    # on other hardware): healthy, never labelled; a detector may be told of them as it is told of pauses
    changes: list[int] = field(default_factory=list)


def make_trace(seed: int, n: int = 8000, pauses: str = "short", n_events: int | None = None,
               scrape_seconds: float = 5.0) -> Trace:
    """Generate one labelled trace (deterministic in ``seed``).

    Parameters
    ----------
    seed : random seed.
    n : number of points (>= 2000).
    pauses : ``"short"`` (8-25 point validation pauses) or ``"long"`` (40-110 points).
    n_events : labelled regressions to inject (default: one per ~2,600 points).
    scrape_seconds : nominal spacing of the timestamps (jittered by +-2 %).
    """
    if pauses not in ("short", "long"):
        raise ValueError(f"pauses={pauses!r}: expected 'short' or 'long'")
    if n < 2000:
        raise ValueError(f"n={n}: traces need at least 2000 points")
    rng = np.random.default_rng(seed)
    base = float(rng.uniform(300.0, 5000.0))
    t = np.arange(n)
    level = np.zeros(n)  # log-multiplier of the base rate
    reg = np.zeros(n)  # log-multiplier of the labelled regressions only (healthy = values without it)

    warm = int(rng.integers(60, 200))
    level += np.log(1.0 - 0.7 * np.exp(-t / (warm / 3.0)))

    # harmless upward level shifts (permanent)
    for _ in range(int(rng.integers(0, 3))):
        at = int(rng.integers(warm + 200, n - 200))
        level[at:] += math.log(1.0 + rng.uniform(0.05, 0.2))

    # labelled regressions, spaced apart and away from the start
    n_events = max(1, n // 2600) if n_events is None else n_events
    events: list[Event] = []
    slots = np.linspace(warm + 600, n - 700, n_events + 1)
    for i in range(n_events):
        lo, hi = int(slots[i]), int(slots[i + 1]) - 1200
        onset = int(rng.integers(lo, max(lo + 1, hi)))
        kind = EVENT_KINDS[int(rng.integers(0, 3))]
        if kind == "drop":
            depth = float(rng.uniform(0.08, 0.35))
            end = min(n, onset + int(rng.integers(300, 700)))
            reg[onset:end] += math.log(1.0 - depth)
            events.append(Event(kind, onset, onset, end, depth))
        elif kind == "leak":
            depth = float(rng.uniform(0.15, 0.35))
            ramp = int(rng.integers(300, 900))
            ramp_end = min(n, onset + ramp)
            end = min(n, ramp_end + int(rng.integers(100, 200)))
            frac = np.clip((t[onset:end] - onset) / ramp, 0.0, 1.0)
            reg[onset:end] += np.log(1.0 - depth * frac)
            events.append(Event(kind, onset, ramp_end, end, depth))
        else:
            depth = float(rng.uniform(0.12, 0.3))
            end = min(n, onset + int(rng.integers(250, 600)))
            reg[onset:end] += math.log(1.0 - depth) + rng.normal(0.0, 0.08, end - onset)
            events.append(Event(kind, onset, onset, end, depth))

    # gradient-accumulation rhythm and bimodal step costs
    k = int(rng.choice([2, 4, 8]))
    level[t % k == 0] += math.log(1.0 - rng.uniform(0.02, 0.06))
    slow = rng.random(n) < rng.uniform(0.1, 0.25)
    level[slow] += math.log(1.0 - rng.uniform(0.03, 0.08))
    # heavy-tailed multiplicative jitter
    sigma = rng.uniform(0.015, 0.03)
    level += np.clip(sigma * rng.standard_t(3, n), -0.25, 0.25)

    values = base * np.exp(level + reg)
    healthy = base * np.exp(level)

    # validation pauses at a jittered period, checkpoint stalls, lone hiccups (multiplicative on top)
    period = int(rng.integers(350, 700)) if pauses == "short" else int(rng.integers(500, 900))
    dur_lo, dur_hi = (8, 25) if pauses == "short" else (40, 110)
    duration = int(rng.integers(dur_lo, dur_hi))
    to_zero = bool(rng.random() < 0.5)
    pause_list: list[tuple[int, int]] = []
    at = warm + int(rng.integers(100, period))
    while at < n:
        d = max(3, int(round(duration * rng.uniform(0.85, 1.15))))
        factor = rng.uniform(0.0, 0.03) if to_zero else rng.uniform(0.45, 0.55)
        mult = factor * np.exp(rng.normal(0.0, 0.03, len(values[at:at + d])))
        values[at:at + d] *= mult
        healthy[at:at + d] *= mult
        if at + d < n:  # the scrape that straddles the end of the pause
            straddle = rng.uniform(factor, 1.0)
            values[at + d] *= straddle
            healthy[at + d] *= straddle
        pause_list.append((at, min(n, at + d)))
        at += d + int(round(period * rng.uniform(0.95, 1.05)))
    for _ in range(n // 3000):
        at, m = int(rng.integers(warm, n - 20)), int(rng.integers(3, 10))
        f = rng.uniform(0.0, 0.2)
        values[at:at + m] *= f
        healthy[at:at + m] *= f
    for _ in range(n // 500):
        at, m = int(rng.integers(warm, n - 2)), int(rng.integers(1, 3))
        f = rng.uniform(0.1, 0.7)
        values[at:at + m] *= f
        healthy[at:at + m] *= f

    timestamps = 1.7e9 + np.cumsum(scrape_seconds * rng.uniform(0.98, 1.02, n))
    return Trace(values=values, timestamps=timestamps, events=events, pauses=pause_list, seed=seed, healthy=healthy)


def alert_starts(flags) -> list[int]:
    """Indices where an alert run starts (``flags[i]`` true and ``flags[i-1]`` false)."""
    starts, prev = [], False
    for i, f in enumerate(flags):
        f = bool(f)
        if f and not prev:
            starts.append(i)
        prev = f
    return starts


@dataclass
class EventScore:
    """Event-level counts and rates of one or more traces."""

    events: int = 0
    caught: int = 0
    false_alarms: int = 0
    points: int = 0
    delays: list[int] = field(default_factory=list)  # sudden drops and stragglers
    leak_delays: list[int] = field(default_factory=list)

    def __iadd__(self, other: "EventScore") -> "EventScore":
        self.events += other.events
        self.caught += other.caught
        self.false_alarms += other.false_alarms
        self.points += other.points
        self.delays += other.delays
        self.leak_delays += other.leak_delays
        return self

    @property
    def precision(self) -> float:
        d = self.caught + self.false_alarms
        return self.caught / d if d else 1.0

    @property
    def recall(self) -> float:
        return self.caught / self.events if self.events else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def false_alarms_per_10k(self) -> float:
        return 1e4 * self.false_alarms / self.points if self.points else 0.0

    @property
    def median_delay(self) -> float:
        return float(median(self.delays)) if self.delays else float("nan")

    def as_dict(self) -> dict:
        return {"events": self.events, "caught": self.caught, "false_alarms": self.false_alarms,
                "points": self.points, "precision": self.precision, "recall": self.recall, "f1": self.f1,
                "false_alarms_per_10k": self.false_alarms_per_10k, "median_delay": self.median_delay,
                "median_leak_delay": float(median(self.leak_delays)) if self.leak_delays else float("nan")}


def score_events(flags, events: list[Event], window: int = 60) -> EventScore:
    """Score a boolean alert series against labelled events (see the module docstring)."""
    starts = alert_starts(flags)
    score = EventScore(events=len(events), points=len(flags))
    used: set[int] = set()
    for ev in events:
        hi = ev.ramp_end if ev.kind == "leak" else ev.onset + window
        hits = [s for s in starts if ev.onset <= s <= hi]
        used.update(hits)
        if hits:
            score.caught += 1
            (score.leak_delays if ev.kind == "leak" else score.delays).append(hits[0] - ev.onset)
    score.false_alarms = sum(1 for s in starts if s not in used)
    return score
