"""LikelihoodDetector: surprises in any real-valued series (``--model likelihood``; the default for real values).

The throughput detector (:mod:`anomaly.detector`) looks for *sustained* drops against a forecast of
healthy training throughput; its LSTM was trained on throughput only. A general series (ad prices,
traffic, tweet volumes: the NAB files) has other anomalies: spikes, level jumps, values never seen
before. For those, ``--values real`` (the default of ``--direction up|both``) uses this rule:

1. **Surprise.** A slow exponentially smoothed level ``m`` (``alpha`` 0.001, the running mean over the
   first 1,000 points) forecasts the next value: the series' usual level; the raw surprise is ``1 - exp(-|x - m| / (4 s))`` in [0, 1), ``s`` the robust spread (1.4826 x median)
   of the last ``scale_window`` absolute errors (``direction`` up/down: only errors on that side).
2. **Anomaly likelihood** (Numenta's, as HTM scores NAB: Ahmad et al., *Unsupervised real-time anomaly
   detection for streaming data*, Neurocomputing 2017): the mean surprise of the last ``average``
   points against a Gaussian fitted to the moving averages of the last ``history`` surprises
   (re-fitted every ``reestimate`` points after a ``learning`` + ``estimation`` start, variance at
   least 1.5e-5). A point fires when the Gaussian tail is at most ``tail`` (1e-5; HTM's NAB threshold
   0.5 on its log-likelihood scale).
3. **Range.** After the learning period a value beyond the range seen so far by more than
   ``tolerance`` (5 %) of its width fires too (HTM's "spatial anomaly" in NAB's HTM detector).
4. **One alert per event.** A firing point opens (or extends) an alert that holds for ``recovery``
   points after the last firing point, so a burst of surprises is one alert run, one page.

Numenta's likelihood is written out here (about 30 lines) because its maintained implementation lives
in ``htm.core``, which has no wheel for this Python; every constant above is Numenta's published
default except ``alpha``, ``scale_window`` and the squash ``4 s`` (ours; ``alpha`` was chosen by
leave-one-category-out on the NAB development files, ``benchmarks/anomaly_nab.py --loco``). Results
on NAB: ``docs/results/anomaly.md``.

    from anomaly.likelihood import LikelihoodDetector
    det = LikelihoodDetector(direction="both")
    flags = [det.update(v, t).is_anomaly for t, v in rows]
"""

from __future__ import annotations

import math
from collections import deque

import numpy as np

from anomaly.stats import DetectionResult

__all__ = ["LikelihoodDetector"]

STATE_VERSION = 1
MIN_VARIANCE = 1.5e-5  # Numenta's floor on the fitted variance
BAND_Z = 2.576  # the reported band: level -+ 2.576 robust spreads (99 %)
BIG = 1e300  # values and errors are clipped here: no finite input overflows


def _tail(z: float) -> float:
    """Upper Gaussian tail probability ``P(Z > z)``."""
    return 0.5 * math.erfc(z / math.sqrt(2.0))


class LikelihoodDetector:
    """Online surprise detector for any real-valued series (see the module docstring for the rule)."""

    _PARAMS = ("direction", "alpha", "scale_window", "learning", "estimation", "history", "reestimate", "average",
               "tail", "tolerance", "recovery")

    def __init__(self, *, direction: str = "both", alpha: float = 0.001, scale_window: int = 500, learning: int = 288,
                 estimation: int = 100, history: int = 8640, reestimate: int = 100, average: int = 10,
                 tail: float = 1e-5, tolerance: float = 0.05, recovery: int = 21) -> None:
        self.direction = direction
        self.alpha = alpha
        self.scale_window = scale_window
        self.learning = learning
        self.estimation = estimation
        self.history = history
        self.reestimate = reestimate
        self.average = average
        self.tail = tail
        self.tolerance = tolerance
        self.recovery = recovery
        self.validate()
        self._reset()

    def validate(self) -> None:
        """``ValueError`` naming the first bad option."""
        if self.direction not in ("down", "up", "both"):
            raise ValueError(f"direction={self.direction!r}: expected one of ('down', 'up', 'both')")
        for name in ("scale_window", "learning", "estimation", "history", "reestimate", "average", "recovery"):
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, int) or v < 1:
                raise ValueError(f"{name}={v!r}: must be a positive integer")
        for name in ("alpha", "tail", "tolerance"):
            v = getattr(self, name)
            if not (isinstance(v, (int, float)) and 0.0 < v < 1.0):
                raise ValueError(f"{name}={v!r}: must be in (0, 1)")

    def _reset(self) -> None:
        self.n_ = 0
        self.level_: float | None = None
        self.errors_: deque = deque(maxlen=self.scale_window)
        self.recent_: deque = deque(maxlen=self.average)
        self.raw_: deque = deque(maxlen=self.history)
        self.fit_: tuple[float, float] | None = None
        self.lo_: float | None = None
        self.hi_: float | None = None
        self.hold_ = 0
        self.last_ts_: float | None = None

    # ------------------------------------------------------------------ scoring
    def _signed(self, err: float) -> float:
        if self.direction == "up":
            return max(err, 0.0)
        if self.direction == "down":
            return max(-err, 0.0)
        return abs(err)

    def _out_of_range(self, x: float) -> bool:
        if self.n_ <= self.learning or self.lo_ is None or self.hi_ <= self.lo_:
            return False
        slack = min(BIG, self.tolerance * (self.hi_ - self.lo_))
        above, below = x > self.hi_ + slack, x < self.lo_ - slack
        return {"up": above, "down": below, "both": above or below}[self.direction]

    def _likelihood(self) -> float:
        """``1 - tail`` of the recent mean surprise under the fitted Gaussian (0.5 before the first fit)."""
        t = self.n_ - 1
        if t >= self.learning + self.estimation and (self.fit_ is None or t % self.reestimate == 0) \
                and len(self.raw_) > self.average:
            raw = np.fromiter(self.raw_, float)
            avg = np.convolve(raw, np.ones(self.average) / self.average, mode="valid")
            self.fit_ = (float(avg.mean()), math.sqrt(max(float(avg.var()), MIN_VARIANCE)))
        if self.fit_ is None:
            return 0.5
        mu, sd = self.fit_
        return 1.0 - _tail((sum(self.recent_) / len(self.recent_) - mu) / sd)

    def update(self, value: float, timestamp: float | None = None) -> DetectionResult:
        """Score the next observation from earlier points only."""
        if timestamp is not None:
            timestamp = float(timestamp)
            if not math.isfinite(timestamp):
                raise ValueError(f"timestamp={timestamp!r}: must be finite")
            if self.last_ts_ is not None and timestamp < self.last_ts_:
                raise ValueError(f"timestamp={timestamp}: before the previous one ({self.last_ts_}); "
                                 "timestamps must not go back")
            self.last_ts_ = timestamp
        value = float(value)
        nan = float("nan")
        if not math.isfinite(value):
            return DetectionResult(timestamp, value, self.level_ if self.level_ is not None else nan, nan, nan, 0.0,
                                   self.hold_ > 0, "missing")
        x = max(-BIG, min(BIG, value))
        self.n_ += 1
        if self.level_ is None:
            self.level_ = x
        forecast = self.level_
        err = max(-BIG, min(BIG, x - forecast))
        self.errors_.append(self._signed(err))
        spread = 1.4826 * float(np.median(np.fromiter(self.errors_, float)))
        spread = spread or 1e-9 * max(abs(forecast), 1e-300)
        raw = -math.expm1(-self._signed(err) / (4.0 * spread))
        self.recent_.append(raw)
        if self.n_ > self.learning:
            self.raw_.append(raw)
        likelihood = self._likelihood()
        fired = self._out_of_range(x) or (1.0 - likelihood) <= self.tail
        self.lo_ = x if self.lo_ is None else min(self.lo_, x)
        self.hi_ = x if self.hi_ is None else max(self.hi_, x)
        self.level_ = forecast + max(self.alpha, 1.0 / self.n_) * err  # the running mean until 1/alpha points
        if fired:
            self.hold_ = self.recovery + 1
        flagged = self.hold_ > 0
        self.hold_ = max(self.hold_ - 1, 0)
        state = "anomaly" if flagged else "warmup" if self.n_ <= self.learning + self.estimation else "normal"
        half = BAND_Z * spread
        return DetectionResult(timestamp, value, forecast, max(-BIG, forecast - half), min(BIG, forecast + half),
                               float(likelihood), flagged, state)

    def score(self, values, timestamps=None) -> list[DetectionResult]:
        """``update`` over a whole series, in order."""
        ts = [None] * len(values) if timestamps is None else timestamps
        return [self.update(v, t) for v, t in zip(values, ts)]

    # ------------------------------------------------------------------ state
    def get_params(self) -> dict:
        return {k: getattr(self, k) for k in self._PARAMS}

    def state_dict(self) -> dict:
        """Plain numbers and lists: loads under torch's default ``weights_only=True``."""
        return {"version": STATE_VERSION, "kind": "likelihood", "params": self.get_params(), "n": self.n_,
                "level": self.level_, "errors": list(self.errors_), "recent": list(self.recent_),
                "raw": list(self.raw_), "fit": None if self.fit_ is None else list(self.fit_), "lo": self.lo_,
                "hi": self.hi_, "hold": self.hold_, "last_ts": self.last_ts_}

    def load_state_dict(self, state: dict) -> None:
        if state.get("version") != STATE_VERSION or state.get("kind") != "likelihood":
            raise ValueError(f"state: not a LikelihoodDetector state (version {state.get('version')!r}, "
                             f"kind {state.get('kind')!r})")
        for k, v in state["params"].items():
            setattr(self, k, v)
        self.validate()
        self._reset()
        self.n_, self.level_, self.lo_, self.hi_ = state["n"], state["level"], state["lo"], state["hi"]
        self.errors_.extend(state["errors"])
        self.recent_.extend(state["recent"])
        self.raw_.extend(state["raw"])
        self.fit_ = None if state["fit"] is None else tuple(state["fit"])
        self.hold_, self.last_ts_ = state["hold"], state["last_ts"]
