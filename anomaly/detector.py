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
   ends when both statistics fall below half of it. An alert that lasts ``adapt_after`` points is
   accepted as the new normal (the reference moves to the new level), so one regression is one alert.

Usage::

    from anomaly import ThroughputDetector
    det = ThroughputDetector()                      # LSTM forecaster, degradation only
    for t, v in series:
        r = det.update(v, t)
        if r.is_anomaly: ...
    state = det.state_dict()                        # resume later with det.load_state_dict(state)
"""

from __future__ import annotations

import bisect
import copy
import math
from collections import deque
from dataclasses import asdict, dataclass
from statistics import NormalDist

import numpy as np

DIRECTIONS = ("down", "up", "both")


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
    state: str  # warmup | normal | pause | suspect | anomaly | gap | missing

    def as_dict(self) -> dict:
        return asdict(self)


class _SortedWindow:
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


def robust_center_scale(a) -> tuple[float, float]:
    """Median and 1.4826 * median absolute deviation (a standard deviation under normality)."""
    a = np.asarray(a, dtype=float)
    center = float(np.median(a))
    return center, 1.4826 * float(np.median(np.abs(a - center)))


class _RobustScale:
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


class _StatScale:
    """Center and noise scale of a windowed statistic, robust to slow drifts.

    The center is the median of the statistic over calm points; the scale comes from differences
    ``x[t] - x[t - lag]`` (lag = the window), which a slow leak barely moves, so a leak cannot
    raise its own threshold.
    """

    def __init__(self, lag: int) -> None:
        self.recent: deque[float] = deque(maxlen=lag + 1)
        self.diffs = _RobustScale(size=2000)
        self.level = _RobustScale(size=2000)

    def add(self, x: float, calm: bool) -> None:
        self.recent.append(x)
        if len(self.recent) == self.recent.maxlen:
            self.diffs.add(x - self.recent[0])
        if calm:
            self.level.add(x)

    def reset_lag(self) -> None:
        self.recent.clear()

    @property
    def center(self) -> float:
        return self.level.center

    @property
    def scale(self) -> float:
        return max(self.diffs.scale / math.sqrt(2.0), 1e-4)


def _make_forecaster(spec, seed: int):
    if not isinstance(spec, str):
        return copy.deepcopy(spec)
    if spec == "lstm":
        from anomaly.forecaster import LSTMForecaster

        return LSTMForecaster(seed=seed)
    from anomaly.baselines import make_streaming

    return make_streaming(spec)


class _Side:
    """One-sided detector on ``sign * log(value)`` (sign=+1 looks for drops)."""

    def __init__(self, det: "ThroughputDetector", sign: int) -> None:
        self.d = det
        self.sign = sign
        self.n = 0
        self.ref: float | None = None
        self.win = _SortedWindow(det.window)
        self.res = _SortedWindow(det.window)
        self.drift_stats = _StatScale(det.window)
        self.res_stats = _StatScale(det.window)
        self.u_stats = _RobustScale(size=2000, every=100, floor=1e-3)
        self.forecaster = _make_forecaster(det.forecaster, det.seed)
        self.run = 0
        self.alarm = False
        self.alarm_age = 0
        self.cooldown = 0
        self.deep_run = 0
        self.deep_start = 0
        self.deep_vals: list[float] = []
        self.pause_durations: deque[tuple[int, bool]] = deque(maxlen=32)  # (length, on expected phase)
        self.pause_runs: deque[tuple[int, int, float]] = deque(maxlen=32)  # (start, length, level)
        self.last = (0.0, 0.0, 1.0)  # forecast log, std log (for the band)

    # -------------------------------------------------------------- pause (phase) model
    def _majors(self) -> list[tuple[int, int, float]]:
        """The learned runs that look like the recurring pauses (not stalls or hiccups)."""
        runs = list(self.pause_runs)
        if not runs:
            return []
        cut = 0.5 * max(n for _, n, _ in runs[-8:])
        return [r for r in runs if r[1] >= cut]

    def period(self) -> float | None:
        """Median spacing of the recurring pauses' starts (None until three were seen)."""
        starts = [s for s, _, _ in self._majors()]
        gaps = [b - a for a, b in zip(starts, starts[1:]) if b - a > 2 * self.d.window]
        if len(gaps) < 2:
            return None
        shortest = min(gaps)  # a pause missed (e.g. during an alert) makes a gap of two periods
        return float(np.median([g / max(1, round(g / shortest)) for g in gaps]))

    def on_phase(self, start: int) -> bool | None:
        """Whether a deep run starting at ``start`` is where the next recurring pause is due."""
        p = self.period()
        if p is None:
            return None
        phase = ((start - self._majors()[-1][0]) % p) / p
        return min(phase, 1.0 - phase) < 0.15

    def pause_floor(self) -> float | None:
        """Lowest learned pause level (log, relative to the reference) when pauses are partial dips."""
        levels = [lv for _, _, lv in self._majors()]
        if len(levels) < 2 or float(np.median(levels)) < math.log(0.25):
            return None
        return min(levels) - max(5.0 * self.d.min_drop, 0.25)

    def tolerance(self, on_phase: bool | None) -> int:
        """How long a deep run may last before it is a regression."""
        d = self.d
        if on_phase is None:  # nothing learned yet: the prior
            return d.max_pause
        same = [n for n, ph in self.pause_durations if ph == on_phase]
        learned = int(1.5 * max(same)) + 5 if same else (d.max_pause if on_phase else d.min_pause_tolerance)
        return max(d.min_pause_tolerance, min(d.max_pause * 4, learned))

    # -------------------------------------------------------------- update
    def update(self, y: float) -> tuple[float, bool, str]:
        """Score ``y`` (already sign*log); returns (score, is_anomaly, state)."""
        d = self.d
        self.n += 1
        if self.ref is None:
            self.ref = y
        mean_u, std_u = self.forecaster.predict()
        scale = self.u_stats.scale
        fc = self.ref + scale * mean_u
        self.last = (fc, scale * std_u)

        deep = d.pause_depth is not None and self.sign > 0 and y < self.ref + math.log(1.0 - d.pause_depth)
        if deep:
            if self.deep_run == 0:
                self.deep_start = self.n
            self.deep_run += 1
            self.deep_vals.append(y)
            if len(self.deep_vals) > 4 * d.max_pause:  # bounded memory on a series stuck at zero
                del self.deep_vals[0]
            self.forecaster.observe(mean_u)  # impute: keep the forecaster's clock running
            if self.n <= d.warmup:
                return 0.0, False, "warmup"
            tol = self.tolerance(self.on_phase(self.deep_start))
            floor = self.pause_floor() if self.deep_run >= d.window else None
            deeper = floor is not None and float(np.median(self.deep_vals[-d.window:])) - self.ref < floor
            if self.deep_run > tol or deeper or self.alarm:
                if not self.alarm:
                    self.alarm, self.alarm_age = True, 0
                self.alarm_age += 1
                if self.alarm_age >= d.adapt_after:  # a deep drop that stays is the new normal
                    self.ref = float(np.median(self.deep_vals[-d.window:]))
                    self._end_alarm()
                    return 1.0, False, "normal"
                return 1.0, True, "anomaly"
            return min(1.0, self.deep_run / (2.0 * tol)), False, "pause"
        if self.deep_run:
            if self.alarm:  # the alert came from the deep run: judge what follows on fresh windows
                self.win.clear()
                self.res.clear()
            if d.min_pause_run <= self.deep_run <= 4 * d.max_pause:
                phase = self.on_phase(self.deep_start)
                self.pause_durations.append((self.deep_run, True if phase is None else phase))
                level = float(np.median(self.deep_vals)) - self.ref
                self.pause_runs.append((self.deep_start, self.deep_run, level))
            self.deep_run = 0
            self.deep_vals = []

        self.win.push(y)
        self.res.push(fc - y)
        med = self.win.median()
        drift = self.ref - med - self.drift_stats.center
        resid = self.res.median() - self.res_stats.center
        thr_d = max(d.min_drop, d.threshold_sigmas * self.drift_stats.scale)
        thr_r = max(d.min_drop, d.threshold_sigmas * self.res_stats.scale)
        # below the forecast only counts when also below the normal level (a forecaster that
        # overshoots after a speed-up must not page anyone)
        ratio = max(drift / thr_d, resid / thr_r if drift > 0 else 0.0)
        warm = self.n <= d.warmup or len(self.win) < d.window
        score = 0.0 if warm else 1.0 / (1.0 + math.exp(-4.0 * (ratio - 1.0)))
        if self.cooldown:
            self.cooldown -= 1

        if warm and not self.alarm:
            state = "warmup"
        elif self.alarm:
            self.alarm_age += 1
            if ratio < 0.5 and not warm:
                self._end_alarm()
                state = "normal"
            elif self.alarm_age >= d.adapt_after:
                self.ref = med
                self._end_alarm()
                self.win.clear()
                self.res.clear()
                self.drift_stats.reset_lag()
                self.res_stats.reset_lag()
                state = "adapted"
            else:
                state = "anomaly"
        else:
            self.run = self.run + 1 if ratio > 1.0 else 0
            if self.run >= d.persistence and not self.cooldown:
                self.alarm, self.alarm_age = True, 0
                state = "anomaly"
            else:
                state = "suspect" if ratio > d.suspect_ratio else "normal"

        if state in ("normal", "suspect") or (state == "warmup" and len(self.win) == d.window):
            # scales learn from every point outside an alert, centers only from calm points
            self.drift_stats.add(self.ref - med, state != "suspect")
            self.res_stats.add(self.res.median(), state != "suspect")
        if state in ("normal", "warmup"):
            # learn: reference (asymmetric, slow down), forecaster on the real value
            rate = d.reference_up if med > self.ref else d.reference_down
            if warm:
                rate = max(rate, d.reference_warmup)
            self.ref += rate * (med - self.ref)
            u = y - self.ref
            self.u_stats.add(u)
            self.forecaster.observe(u / self.u_stats.scale)
        else:
            self.forecaster.observe(mean_u)  # frozen: do not learn the regression
        return score, state == "anomaly", state

    def _end_alarm(self) -> None:
        self.alarm = False
        self.alarm_age = 0
        self.run = 0
        self.cooldown = self.d.window

    def gap(self) -> None:
        self.win.clear()
        self.res.clear()
        self.drift_stats.reset_lag()
        self.res_stats.reset_lag()
        self.run = 0
        self.deep_run = 0
        self.deep_vals = []


class ThroughputDetector:
    """Online throughput-regression detector (see the module docstring for the method).

    Parameters
    ----------
    forecaster : ``"lstm"`` (default), ``"ets"``, ``"arima"``, ``"stl"``, or a forecaster object
        with ``predict() -> (mean, std)`` / ``observe(value)`` (copied per side).
    direction : ``"down"`` (degradation only, default), ``"up"`` or ``"both"``.
    warmup : points before any alert.
    window : points in the rolling medians (the statistics' memory).
    persistence : consecutive points above threshold before an alert starts.
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

    Examples
    --------
    >>> from anomaly.traces import make_trace
    >>> trace = make_trace(seed=1, n=3000)
    >>> det = ThroughputDetector()
    >>> results = [det.update(v, t) for v, t in zip(trace.values, trace.timestamps)]
    >>> r = results[-1]; r.lower <= r.forecast <= r.upper and 0.0 <= r.score <= 1.0
    True
    """

    def __init__(self, forecaster="lstm", *, direction: str = "down", warmup: int = 300, window: int = 21,
                 persistence: int = 6, min_drop: float = 0.05, threshold_sigmas: float = 5.0,
                 suspect_ratio: float = 0.8, pause_depth: float | None = 0.4, max_pause: int = 150, min_pause_run: int = 3,
                 min_pause_tolerance: int = 30, reference_up: float = 0.03, reference_down: float = 5e-4,
                 reference_warmup: float = 0.05, adapt_after: int = 2000, alpha: float = 0.01,
                 gap_factor: float = 5.0, seed: int = 0) -> None:
        self.forecaster = forecaster
        self.direction = direction
        self.warmup = warmup
        self.window = window
        self.persistence = persistence
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
        self._sides: list[_Side] | None = None

    # ------------------------------------------------------------------ setup
    def _check(self) -> None:
        if self.direction not in DIRECTIONS:
            raise ValueError(f"direction={self.direction!r}: expected one of {DIRECTIONS}")
        if isinstance(self.forecaster, str) and self.forecaster not in ("lstm", "ets", "arima", "stl"):
            raise ValueError(f"forecaster={self.forecaster!r}: expected 'lstm', 'ets', 'arima', 'stl' "
                             "or an object with predict()/observe()")
        if not isinstance(self.forecaster, str) and not (hasattr(self.forecaster, "predict")
                                                         and hasattr(self.forecaster, "observe")):
            raise ValueError("forecaster: an object needs predict() -> (mean, std) and observe(value)")
        for name in ("warmup", "window", "persistence", "max_pause", "min_pause_tolerance", "min_pause_run",
                     "adapt_after"):
            v = getattr(self, name)
            if not isinstance(v, int) or v < 1:
                raise ValueError(f"{name}={v!r}: must be a positive integer")
        for name in ("min_drop", "threshold_sigmas", "suspect_ratio", "gap_factor"):
            if not getattr(self, name) > 0:
                raise ValueError(f"{name}={getattr(self, name)!r}: must be > 0")
        for name in ("reference_up", "reference_down", "reference_warmup", "alpha"):
            if not 0.0 < getattr(self, name) < 1.0:
                raise ValueError(f"{name}={getattr(self, name)!r}: must be in (0, 1)")
        if self.pause_depth is not None and not 0.0 < self.pause_depth < 1.0:
            raise ValueError(f"pause_depth={self.pause_depth!r}: must be in (0, 1) or None")

    def _setup(self) -> None:
        self._check()
        signs = {"down": (1,), "up": (-1,), "both": (1, -1)}[self.direction]
        self._sides = [_Side(self, s) for s in signs]
        self.z_ = NormalDist().inv_cdf(1.0 - self.alpha / 2.0)
        self.n_ = 0
        self.last_ts_: float | None = None
        self.dt_: float | None = None
        self.last_result_: DetectionResult | None = None

    # ------------------------------------------------------------------ scoring
    def update(self, value: float, timestamp: float | None = None) -> DetectionResult:
        """Score the next observation (each point is scored only from earlier points)."""
        if self._sides is None:
            self._setup()
        value = float(value)
        gap = False
        if timestamp is not None:
            timestamp = float(timestamp)
            if not math.isfinite(timestamp):
                raise ValueError(f"timestamp={timestamp!r}: must be finite")
            if self.last_ts_ is not None:
                dt = timestamp - self.last_ts_
                if dt <= 0:
                    raise ValueError(f"timestamp={timestamp}: not after the previous one ({self.last_ts_}); "
                                     "timestamps must increase")
                if self.dt_ is not None and dt > self.gap_factor * self.dt_:
                    gap = True
                else:
                    self.dt_ = dt if self.dt_ is None else self.dt_ + 0.05 * (dt - self.dt_)
            self.last_ts_ = timestamp
        if not math.isfinite(value) or value < 0:
            prev = self.last_result_
            r = DetectionResult(timestamp, value, prev.forecast if prev else float("nan"),
                                prev.lower if prev else float("nan"), prev.upper if prev else float("nan"),
                                prev.score if prev else 0.0, prev.is_anomaly if prev else False, "missing")
            self.last_result_ = r
            return r
        self.n_ += 1
        if gap:
            for side in self._sides:
                side.gap()
        y = math.log(max(value, 1e-12))
        scores, flags, states = [], [], []
        for side in self._sides:
            s, f, st = side.update(side.sign * y)
            scores.append(s)
            flags.append(f)
            states.append(st)
        main = self._sides[0]
        fc, sd = main.last
        fc, lo, hi = main.sign * fc, main.sign * fc - self.z_ * sd, main.sign * fc + self.z_ * sd
        k = int(np.argmax(scores))
        state = "anomaly" if any(flags) else ("gap" if gap else states[k])
        r = DetectionResult(timestamp, value, math.exp(fc), math.exp(lo), math.exp(hi), float(max(scores)),
                            any(flags), state)
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
        """A deep copy of the whole detector state (forecaster included); picklable."""
        if self._sides is None:
            self._setup()
        sides = []
        for side in self._sides:
            st = {k: copy.deepcopy(v) for k, v in side.__dict__.items() if k not in ("d", "forecaster")}
            st["forecaster"] = side.forecaster.state_dict()
            sides.append(st)
        return {"version": 1, "params": self.get_params(), "sides": sides, "n": self.n_,
                "last_ts": self.last_ts_, "dt": self.dt_, "last_result": self.last_result_}

    def load_state_dict(self, state: dict) -> None:
        if state.get("version") != 1:
            raise ValueError(f"state: unknown version {state.get('version')!r} (expected 1)")
        for k, v in state["params"].items():
            if k != "forecaster" or isinstance(v, str):
                setattr(self, k, v)
        self._setup()
        for side, st in zip(self._sides, state["sides"]):
            for k, v in st.items():
                if k != "forecaster":
                    setattr(side, k, copy.deepcopy(v))
            side.forecaster.load_state_dict(st["forecaster"])
        self.n_, self.last_ts_, self.dt_ = state["n"], state["last_ts"], state["dt"]
        self.last_result_ = state["last_result"]

    def get_params(self) -> dict:
        keys = ("forecaster", "direction", "warmup", "window", "persistence", "min_drop", "threshold_sigmas",
                "suspect_ratio", "pause_depth", "max_pause", "min_pause_tolerance", "min_pause_run", "reference_up",
                "reference_down", "reference_warmup", "adapt_after", "alpha", "gap_factor", "seed")
        return {k: (getattr(self, k) if k != "forecaster" or isinstance(self.forecaster, str) else "custom")
                for k in keys}
