"""The detector's building blocks with no dependency on any forecaster: the result type and the
bounded robust statistics. Every class here saves itself as plain data (``state()`` /
``from_state()``: numbers and lists), so a checkpoint holding it loads under torch's default
``weights_only=True``.
"""

from __future__ import annotations

import bisect
import inspect
import math
from collections import deque
from dataclasses import asdict, dataclass
from statistics import NormalDist

import numpy as np


#: what can start a :class:`anomaly.detector.ThroughputDetector` alert (``DetectionResult.started_by``): the CUSUM on
#: the forecast shortfall (the residual chart with ``residual_ar``), the level test for shelves (``sustain``), the
#: burst count alone (``burst_dip``) and an escalation of a held alert to a deeper level (``escalate``)
START_RULES = ("cusum", "level", "burst", "escalation")


@dataclass(frozen=True)
class DetectionResult:
    """One scored point. ``forecast``/``lower``/``upper`` are on the value's scale.

    ``started_by``: at the first flagged point of an alert run, the rule that started it (one of
    :data:`START_RULES`; the throughput detector only: an alert already under way when its state was saved reports
    none after loading it); None at every other point and from the other detectors."""

    timestamp: float | None
    value: float
    forecast: float
    lower: float
    upper: float
    score: float
    is_anomaly: bool
    state: str  # warmup | normal | pause | suspect | anomaly | adapted | rebased | escalated | gap | missing
    started_by: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class Forecast:
    """Forecast of the next ``steps`` values with Gaussian intervals (statsmodels' PredictionResults shape)."""

    predicted_mean: np.ndarray
    se_mean: np.ndarray

    def conf_int(self, alpha: float = 0.05) -> np.ndarray:
        """``(steps, 2)`` array of lower and upper bounds at level ``1 - alpha``."""
        if not 0.0 < alpha < 1.0:
            raise ValueError(f"alpha={alpha}: must be in (0, 1)")
        z = gaussian_z(alpha)
        return np.stack([self.predicted_mean - z * self.se_mean, self.predicted_mean + z * self.se_mean], axis=1)


def gaussian_z(alpha: float) -> float:
    """Two-sided standard-normal quantile for level ``1 - alpha``."""
    return NormalDist().inv_cdf(1.0 - alpha / 2.0)


def robust_center_scale(a) -> tuple[float, float]:
    """Median and 1.4826 * median absolute deviation (a standard deviation under normality)."""
    a = np.asarray(a, dtype=float)
    center = median(a)
    return center, 1.4826 * median(np.abs(a - center))


NP_MEDIAN_FROM = 500  # :func:`median` hands arrays longer than this to ``np.median``


def median(x) -> float:
    """``float(np.median(x))``, bit for bit, for a 1-D array or a list / deque of Python floats or ints (numpy
    float32 scalars in a list would be averaged in float64 here, in float32 by numpy: the detector holds none),
    without numpy's per-call overhead (~20 us, most of a detector update's median cost on windows of tens to
    hundreds of points; a Python sort is faster there).

    Equal to numpy by construction: numpy partitions and takes the middle value (odd length) or the mean of
    the two middle values, ``(a + b) / 2`` in float64 (even length), which is what this computes from a sorted
    copy. Where the two could differ it defers to numpy itself: an empty input, a NaN or an infinity anywhere
    (numpy's NaN propagation; a sort is undefined with NaNs), and a zero result (the sign of a zero depends on
    which of equal values numpy's partition puts in the middle), an array of another dtype than float64 (numpy
    averages the two middle float32 values in float32), and a long array (over ``NP_MEDIAN_FROM`` values: numpy's
    partition beats a sort there)."""
    if isinstance(x, np.ndarray):
        if len(x) > NP_MEDIAN_FROM or x.dtype != np.float64:  # numpy averages float32 halves in float32
            return float(np.median(x))
        x = x.tolist()
    s = sorted(x)
    n = len(s)
    if n:
        h = n // 2
        m = float(s[h]) if n % 2 else (float(s[h - 1]) + float(s[h])) / 2
        t = sum(s)  # NaN when any value is NaN or infinite (+inf - inf, or inf - inf below)
        if m != 0.0 and t - t == 0.0:
            return m
    return float(np.median(x))


def safe_exp(x: float) -> float:
    """``exp(x)`` that saturates at the largest float instead of raising ``OverflowError``."""
    return math.exp(min(x, 709.0))


class SortedWindow:
    """Fixed-length window with an O(window) median (insort/remove on a sorted list)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.fifo: deque[float] = deque()
        self.sorted: list[float] = []

    def push(self, x: float) -> None:
        if len(self.fifo) == self.size:
            old = self.fifo.popleft()
            del self.sorted[bisect.bisect_left(self.sorted, old)]
        self.fifo.append(x)
        bisect.insort(self.sorted, x)

    def clear(self) -> None:
        self.fifo.clear()
        self.sorted.clear()

    def __len__(self) -> int:
        return len(self.fifo)

    def median(self) -> float:
        s, n = self.sorted, len(self.sorted)
        return s[n // 2] if n % 2 else 0.5 * (s[n // 2 - 1] + s[n // 2])

    def state(self) -> dict:
        return {"size": self.size, "values": list(self.fifo)}

    @classmethod
    def from_state(cls, state: dict) -> "SortedWindow":
        w = cls(int(state["size"]))
        for x in state["values"]:
            w.push(float(x))
        return w


class RobustScale:
    """Median and 1.4826*MAD of a bounded history, recomputed every ``every`` additions."""

    def __init__(self, size: int = 1000, every: int = 50, floor: float = 1e-4) -> None:
        self.hist: deque[float] = deque(maxlen=size)
        self.every = every
        self.floor = floor
        self.count = 0
        self.center = 0.0
        self.scale = floor

    def add(self, x: float) -> None:
        self.hist.append(x)
        self.count += 1
        if self.count % self.every == 0 or len(self.hist) < 100:
            self.center, scale = robust_center_scale(np.fromiter(self.hist, float, len(self.hist)))
            self.scale = max(self.floor, scale)

    def state(self) -> dict:
        return {"size": self.hist.maxlen, "every": self.every, "floor": self.floor, "hist": list(self.hist),
                "count": self.count, "center": self.center, "scale": self.scale}

    @classmethod
    def from_state(cls, state: dict) -> "RobustScale":
        r = cls(int(state["size"]), int(state["every"]), float(state["floor"]))
        r.hist.extend(state["hist"])
        r.count, r.center, r.scale = int(state["count"]), float(state["center"]), float(state["scale"])
        return r


def takes_pause(fn) -> bool:
    """Whether ``fn`` (a detector's ``update`` or a forecaster's ``observe``) takes the run's phase as
    ``pause``: the detector and the global LSTM do; baselines such as the CUSUM chart or ETS do not."""
    return _takes(fn, "pause")


def takes_change(fn) -> bool:
    """Whether ``fn`` (a detector's ``update``) can be told of known planned level changes as ``change``: the
    throughput detector can; the likelihood rule and the baselines cannot."""
    return _takes(fn, "change")


def _takes(fn, name: str) -> bool:
    try:
        return name in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


ALTERNATION_WARN = -0.9  # lag-1 autocorrelation of log changes below this: a series alternating point to point


def alternation(values, min_pairs: int = 200) -> float | None:
    """Robust lag-1 autocorrelation of a positive series' log changes; None with fewer than ``min_pairs``
    pairs of consecutive changes (non-positive and non-finite values are skipped as gaps).

    Independent noise around a level gives about -0.5, smooth or stepped series more. A series that
    alternates point to point approaches -1: a ``rate()`` whose window holds one or two pushes of a counter
    (a 30-s export read by ``rate(x[1m])`` at a 15-s step) does this, and a drop of a quarter hides in it.
    Measured (session 15): held-out generator 13, such a series, -0.94 to -0.97 per trace; every other
    generated, held-out and recorded set, -0.82 or above (``docs/results/anomaly.md``). Changes are clipped
    at 4 robust standard deviations, so single hiccups and pauses do not decide it."""
    v = np.asarray(values, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        lv = np.log(np.where(np.isfinite(v) & (v > 0), v, np.nan))
    d = np.diff(lv)
    a, b = d[:-1], d[1:]
    keep = np.isfinite(a) & np.isfinite(b)
    a, b = a[keep], b[keep]
    if a.size < min_pairs:
        return None
    s = 1.4826 * float(np.median(np.abs(np.concatenate([a, b]))))
    if s <= 0.0:
        return None
    a, b = np.clip(a, -4 * s, 4 * s), np.clip(b, -4 * s, 4 * s)
    if a.std() == 0.0 or b.std() == 0.0:
        return None
    return float(np.corrcoef(a, b)[0, 1])


def alternation_advice(what: str, lag1: float) -> str:
    """The one-line warning for a series whose :func:`alternation` is below :data:`ALTERNATION_WARN`."""
    return (f"{what} alternates point to point (lag-1 autocorrelation of its changes {lag1:.2f}; independent "
            "noise gives about -0.5): a rate window holding one or two pushes of a counter does this and hides "
            "drops; widen the window to at least four push intervals (rate(x[2m]) for 30-s exports), see "
            "docs/guide/anomaly.md")
