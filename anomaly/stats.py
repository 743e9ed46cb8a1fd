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


@dataclass(frozen=True)
class DetectionResult:
    """One scored point. ``forecast``/``lower``/``upper`` are on the value's scale."""

    timestamp: float | None
    value: float
    forecast: float
    lower: float
    upper: float
    score: float
    is_anomaly: bool
    state: str  # warmup | normal | pause | suspect | anomaly | adapted | rebased | escalated | gap | missing

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
    center = float(np.median(a))
    return center, 1.4826 * float(np.median(np.abs(a - center)))


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
    try:
        return "pause" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
