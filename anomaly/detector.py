"""ThroughputDetector: flags throughput regressions, learns the routine dips.

Per point (log scale, degradation side shown; ``direction="up"`` mirrors it):

1. **Pause model.** A point more than ``pause_depth`` below the reference level is pause-like
   (validation, checkpoint, hiccup): it is kept out of every statistic. Runs of such points are
   learned: their durations, and the period between their starts (a phase model). A deep run is
   only tolerated as long as the learned pauses last (longer when it starts at the expected phase);
   a deep run that outlasts that is a regression.
2. **Two statistics** over the last ``window`` accepted points, each with a dynamic threshold
   (``threshold_sigmas`` robust standard deviations of its own history in normal operation, never
   below ``min_drop``):

   * drift: reference level minus the window median. The reference is a slow, robust level: it
     follows the window median up quickly (warm-up, harmless speed-ups) and down very slowly
     (``reference_down`` per point), and is frozen while the detector suspects a regression, so it
     neither follows a sudden drop nor a slow leak;
   * forecast residual: median of (forecast - observed), where the forecaster (the LSTM by default)
     models the accepted points relative to the reference, capturing rhythm and step-cost modes,
     and is fed its own forecast instead of the observation while a regression is suspected.

3. **Persistence.** An alert starts after ``persistence`` consecutive points above threshold and
   ends once both statistics have stayed below half of it for ``recovery`` points (throughput has
   recovered); pauses and noisy points inside the regression hold it. An alert that lasts
   ``adapt_after`` points is accepted as the new normal (the reference moves to the new level), so
   one regression is one alert.

Values: rates (``values="rate"``, the default for ``direction="down"``) are scored in log space;
any real series (``values="real"``, the default for ``"up"``/``"both"``) on ``asinh(value / c)``.
Cadence: one point per observation; in training, ``AnomalyCallback`` gives it one point per
monitor window (``log_every_n_steps`` batches), the sidecar one per query step.

Usage::

    from anomaly import ThroughputDetector
    det = ThroughputDetector()                      # LSTM forecaster, degradation only
    for t, v in series:
        r = det.update(v, t)
        if r.is_anomaly: ...
    state = det.state_dict()                        # resume later with det.load_state_dict(state)
"""

from __future__ import annotations

import math

import numpy as np

from anomaly.registry import FORECASTERS
from anomaly.side import Side
from anomaly.stats import DetectionResult, gaussian_z, robust_center_scale, safe_exp

__all__ = ["ThroughputDetector", "DetectionResult", "DIRECTIONS", "VALUE_MODES", "robust_center_scale"]

DIRECTIONS = ("down", "up", "both")
VALUE_MODES = ("auto", "rate", "real")
STATE_VERSION = 2


class ThroughputDetector:
    """Online throughput-regression detector (see the module docstring for the method).

    Parameters
    ----------
    forecaster : a name in :data:`anomaly.registry.FORECASTERS` (``"lstm"``, the default, ``"ets"``,
        ``"arima"``, ``"stl"``), or a forecaster object with ``predict() -> (mean, std)`` /
        ``observe(value)`` / ``state_dict()`` / ``load_state_dict()`` (copied per side).
    direction : ``"down"`` (degradation only, default), ``"up"`` or ``"both"``.
    values : ``"rate"``: values are rates (>= 0; a negative one is reported as missing), scored in log
        space; ``"real"``: any finite value, scored on ``asinh(value / c)`` with ``c`` the robust spread
        of the first ``calibration`` values (log-like far from zero, linear near it);
        ``"auto"`` (default): ``"rate"`` for ``direction="down"``, ``"real"`` otherwise.
    calibration : values that fix ``c`` in the real mode (scored as warm-up).
    warmup : points before any alert.
    window : points in the rolling medians (the statistics' memory).
    persistence : consecutive points above threshold before an alert starts.
    recovery : consecutive recovered points (both statistics under half the threshold) that end an
        alert; pauses during an alert do not end it (one alert per regression).
    min_drop : smallest drop, in log units (~fraction), that can alert.
    threshold_sigmas : threshold in robust standard deviations of each statistic's own history.
    suspect_ratio : above this fraction of the threshold the reference and forecaster stop learning.
    pause_depth : a point this fraction below the reference is pause-like (None: no pause model).
    max_pause : deep-run tolerance before any pause was learned (points).
    min_pause_tolerance : smallest learned tolerance (points).
    min_pause_run : deep runs shorter than this (hiccups) do not teach the pause model.
    reference_up, reference_down, reference_warmup : per-point rates of the reference level.
    adapt_after : an alert this long (points) is accepted as the new normal.
    alpha : the forecast band is the ``1 - alpha`` Gaussian interval.
    gap_factor : a timestamp step this many times the typical one is a gap (windows restart).
    seed : seed of the forecaster.

    Timestamps may repeat (a repeated one is a point at the same time: no gap, no step learned) but
    not go back; ``anomaly score --timestamps sort|merge`` orders a file first.

    Examples
    --------
    >>> from anomaly.traces import make_trace
    >>> trace = make_trace(seed=1, n=3000)
    >>> det = ThroughputDetector()
    >>> results = [det.update(v, t) for v, t in zip(trace.values, trace.timestamps)]
    >>> r = results[-1]; r.lower <= r.forecast <= r.upper and 0.0 <= r.score <= 1.0
    True
    """

    _PARAMS = ("forecaster", "direction", "values", "calibration", "warmup", "window", "persistence", "recovery",
               "min_drop", "threshold_sigmas", "suspect_ratio", "pause_depth", "max_pause", "min_pause_tolerance",
               "min_pause_run", "reference_up", "reference_down", "reference_warmup", "adapt_after", "alpha",
               "gap_factor", "seed")

    def __init__(self, forecaster="lstm", *, direction: str = "down", values: str = "auto", calibration: int = 30,
                 warmup: int = 300, window: int = 21, persistence: int = 6, recovery: int = 21,
                 min_drop: float = 0.05, threshold_sigmas: float = 5.0, suspect_ratio: float = 0.8,
                 pause_depth: float | None = 0.4, max_pause: int = 150, min_pause_run: int = 3,
                 min_pause_tolerance: int = 30, reference_up: float = 0.03, reference_down: float = 5e-4,
                 reference_warmup: float = 0.05, adapt_after: int = 2000, alpha: float = 0.01,
                 gap_factor: float = 5.0, seed: int = 0) -> None:
        self.forecaster = forecaster
        self.direction = direction
        self.values = values
        self.calibration = calibration
        self.warmup = warmup
        self.window = window
        self.persistence = persistence
        self.recovery = recovery
        self.min_drop = min_drop
        self.threshold_sigmas = threshold_sigmas
        self.suspect_ratio = suspect_ratio
        self.pause_depth = pause_depth
        self.max_pause = max_pause
        self.min_pause_tolerance = min_pause_tolerance
        self.min_pause_run = min_pause_run
        self.reference_up = reference_up
        self.reference_down = reference_down
        self.reference_warmup = reference_warmup
        self.adapt_after = adapt_after
        self.alpha = alpha
        self.gap_factor = gap_factor
        self.seed = seed
        self._sides: list[Side] | None = None

    # ------------------------------------------------------------------ setup
    def validate(self) -> None:
        """``ValueError`` naming the first bad option (also done at the first ``update``)."""
        if self.direction not in DIRECTIONS:
            raise ValueError(f"direction={self.direction!r}: expected one of {DIRECTIONS}")
        if self.values not in VALUE_MODES:
            raise ValueError(f"values={self.values!r}: expected one of {VALUE_MODES}")
        if isinstance(self.forecaster, str):
            if self.forecaster not in FORECASTERS:
                raise ValueError(f"forecaster={self.forecaster!r}: expected one of {sorted(FORECASTERS)} "
                                 "or an object with predict()/observe()")
        elif not (hasattr(self.forecaster, "predict") and hasattr(self.forecaster, "observe")):
            raise ValueError("forecaster: an object needs predict() -> (mean, std) and observe(value)")
        for name in ("calibration", "warmup", "window", "persistence", "recovery", "max_pause", "min_pause_tolerance",
                     "min_pause_run", "adapt_after"):
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, int) or v < 1:
                raise ValueError(f"{name}={v!r}: must be a positive integer")
        for name in ("min_drop", "threshold_sigmas", "suspect_ratio", "gap_factor"):
            v = getattr(self, name)
            if not (isinstance(v, (int, float)) and math.isfinite(v) and v > 0):
                raise ValueError(f"{name}={v!r}: must be a finite number > 0")
        for name in ("reference_up", "reference_down", "reference_warmup", "alpha"):
            if not 0.0 < getattr(self, name) < 1.0:
                raise ValueError(f"{name}={getattr(self, name)!r}: must be in (0, 1)")
        if self.pause_depth is not None and not 0.0 < self.pause_depth < 1.0:
            raise ValueError(f"pause_depth={self.pause_depth!r}: must be in (0, 1) or None")

    @property
    def value_mode(self) -> str:
        """``"rate"`` or ``"real"`` (``values="auto"`` resolved by the direction)."""
        if self.values != "auto":
            return self.values
        return "rate" if self.direction == "down" else "real"

    def _setup(self) -> None:
        self.validate()
        signs = {"down": (1,), "up": (-1,), "both": (1, -1)}[self.direction]
        self._sides = [Side(self, s) for s in signs]
        self.z_ = gaussian_z(self.alpha)
        self.n_ = 0
        self.last_ts_: float | None = None
        self.dt_: float | None = None
        self.last_result_: DetectionResult | None = None
        self.c_: float | None = None if self.value_mode == "real" else 1.0  # real mode: asinh scale
        self.pending_: list[tuple[float, bool]] = []  # real mode: (value, gap) before c is known

    # ------------------------------------------------------------------ value scale
    def _forward(self, value: float) -> float:
        if self.value_mode == "rate":
            return math.log(max(value, 1e-300))
        return math.asinh(value / self.c_)

    def _inverse(self, y: float) -> float:
        if self.value_mode == "rate":
            return safe_exp(y)
        y = max(-709.0, min(709.0, y))
        return self.c_ * math.sinh(y)

    def _calibrate(self) -> None:
        vals = np.asarray([v for v, _ in self.pending_], dtype=float)
        center, spread = robust_center_scale(vals)
        c = spread or 1e-3 * float(np.median(np.abs(vals))) or 1.0
        self.c_ = float(min(max(c, 1e-300), 1e300))
        pending, self.pending_ = self.pending_, []
        for v, gap in pending:
            self._score_sides(self._forward(v), gap)

    # ------------------------------------------------------------------ scoring
    def _timestamp(self, timestamp) -> tuple[float | None, bool]:
        if timestamp is None:
            return None, False
        timestamp = float(timestamp)
        if not math.isfinite(timestamp):
            raise ValueError(f"timestamp={timestamp!r}: must be finite")
        gap = False
        if self.last_ts_ is not None:
            dt = timestamp - self.last_ts_
            if dt < 0:
                raise ValueError(f"timestamp={timestamp}: before the previous one ({self.last_ts_}); "
                                 "timestamps must not go back")
            if dt > 0:
                if self.dt_ is not None and dt > self.gap_factor * self.dt_:
                    gap = True
                else:
                    self.dt_ = dt if self.dt_ is None else self.dt_ + 0.05 * (dt - self.dt_)
        self.last_ts_ = timestamp
        return timestamp, gap

    def _score_sides(self, y: float, gap: bool) -> tuple[list[float], list[bool], list[str]]:
        if gap:
            for side in self._sides:
                side.gap()
        scores, flags, states = [], [], []
        for side in self._sides:
            s, f, st = side.update(side.sign * y)
            scores.append(s)
            flags.append(f)
            states.append(st)
        return scores, flags, states

    def update(self, value: float, timestamp: float | None = None) -> DetectionResult:
        """Score the next observation (each point is scored only from earlier points)."""
        if self._sides is None:
            self._setup()
        value = float(value)
        timestamp, gap = self._timestamp(timestamp)
        if not math.isfinite(value) or (value < 0 and self.value_mode == "rate"):
            prev = self.last_result_
            nan = float("nan")
            r = DetectionResult(timestamp, value, prev.forecast if prev else nan, prev.lower if prev else nan,
                                prev.upper if prev else nan, prev.score if prev else 0.0,
                                prev.is_anomaly if prev else False, "missing")
            self.last_result_ = r
            return r
        self.n_ += 1
        if self.c_ is None:  # real mode, still calibrating the scale
            self.pending_.append((value, gap))
            if len(self.pending_) >= self.calibration:
                self._calibrate()
            r = DetectionResult(timestamp, value, value, value, value, 0.0, False, "warmup")
            self.last_result_ = r
            return r
        scores, flags, states = self._score_sides(self._forward(value), gap)
        main = self._sides[0]
        fc, sd = main.sign * main.last.forecast, main.last.std
        lo, hi = sorted((self._inverse(fc - self.z_ * sd), self._inverse(fc + self.z_ * sd)))
        k = int(np.argmax(scores))
        state = "anomaly" if any(flags) else ("gap" if gap else states[k])
        r = DetectionResult(timestamp, value, self._inverse(fc), lo, hi, float(max(scores)), any(flags), state)
        self.last_result_ = r
        return r

    def score(self, values, timestamps=None) -> list[DetectionResult]:
        """``update`` over a whole series, in order."""
        ts = [None] * len(values) if timestamps is None else timestamps
        return [self.update(v, t) for v, t in zip(values, ts)]

    @property
    def learned_period(self) -> float | None:
        """Period (points) between recurring pauses, once three were seen."""
        return self._sides[0].period() if self._sides else None

    # ------------------------------------------------------------------ state
    def state_dict(self) -> dict:
        """The whole detector state (forecaster included) as plain data: numbers, strings, lists,
        dicts and tensors, so it loads under torch's default ``weights_only=True``."""
        if self._sides is None:
            self._setup()
        last = self.last_result_
        return {"version": STATE_VERSION, "params": self.get_params(), "sides": [s.state() for s in self._sides],
                "n": self.n_, "last_ts": self.last_ts_, "dt": self.dt_, "c": self.c_,
                "pending": [[v, g] for v, g in self.pending_], "last_result": None if last is None else last.as_dict()}

    def load_state_dict(self, state: dict) -> None:
        if state.get("version") != STATE_VERSION:
            raise ValueError(f"state: unknown version {state.get('version')!r} (expected {STATE_VERSION})")
        for k, v in state["params"].items():
            if k != "forecaster" or isinstance(v, str) and v != "custom":
                setattr(self, k, v)
        self._setup()
        for side, st in zip(self._sides, state["sides"]):
            side.load(st)
        self.n_, self.last_ts_, self.dt_, self.c_ = state["n"], state["last_ts"], state["dt"], state["c"]
        self.pending_ = [(float(v), bool(g)) for v, g in state["pending"]]
        last = state["last_result"]
        self.last_result_ = None if last is None else DetectionResult(**last)

    def get_params(self) -> dict:
        return {k: (getattr(self, k) if k != "forecaster" or isinstance(self.forecaster, str) else "custom")
                for k in self._PARAMS}
