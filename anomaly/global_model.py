"""The pre-trained global LSTM: forecasts quantiles of the next *healthy* throughput value.

One small LSTM (8 inputs, 48 units, 3 outputs; the phase model: 10 inputs) trained offline by ``anomaly/train_global.py`` on
thousands of synthetic runs from the tuning generators only (``anomaly/traces.py`` and the diverse
``anomaly/tuning.py``), shipped as ``anomaly/data/global_lstm.npz`` (numpy arrays, ~40 KB; the phase model
``global_lstm_phase.npz``) and run
here in numpy, one cell step per point. An option, not the default: the *wide* weights
(``global_lstm_wide.npz`` / ``global_lstm_wide_phase.npz``, ``ThroughputDetector("lstm", weights="wide")``, see
:data:`WEIGHT_SETS`), the same model also trained on the seen held-out generators 3-19 (other seeds).

What it forecasts: given the history of ``u`` (the log-value relative to the detector's slow robust
reference level, :class:`Reference`, so the model is scale free), quantiles 5 %, 50 % and 95 % of the
next ``u`` *as it would be without a regression*. The training targets are each run's healthy twin
(same noise, same pauses, no regression), so the model learns what routine pauses, rhythms and
jitter look like and keeps forecasting the healthy level while a regression lasts; a baseline
forecaster (naive, ETS) follows the regression instead.

Inputs per point (:class:`Covariates`, computed from ``u`` alone, the same code in training and
online): ``u`` clipped to [-3, 0.5]; ``u`` in robust noise units; whether the point is deep (more
than 40 % below the reference); points since the last deep run started, the median spacing of deep
runs and their median length (the phase covariates); the current deep run's length; the noise level;
and, where the caller knows the run's phase (``AnomalyCallback`` does: the monitor times validation
loops and checkpoint writes), whether the phase is known and whether the point's window held a pause.
With the phase known, a deep point outside a pause is not a pause, and the model keeps forecasting the
healthy level through it; without it (a scraped series), pauses are inferred from ``u`` alone.

    from anomaly.global_model import GlobalForecaster
    f = GlobalForecaster()
    q05, q50, q95 = f.quantiles(); f.observe(u)
"""

from __future__ import annotations

import math
from collections import deque
from functools import lru_cache
from pathlib import Path

import numpy as np

from anomaly.stats import RobustScale, SortedWindow, median

WEIGHTS = Path(__file__).resolve().parent / "data" / "global_lstm.npz"
PHASE_WEIGHTS = WEIGHTS.with_name("global_lstm_phase.npz")  # trained with every trace's pause phase known
# the wide weights (an option, not the default): also trained on the seen held-out generators 3-19
WIDE_WEIGHTS = WEIGHTS.with_name("global_lstm_wide.npz")
WIDE_PHASE_WEIGHTS = WEIGHTS.with_name("global_lstm_wide_phase.npz")
#: ``weights=`` name -> (plain, phase) weight files
WEIGHT_SETS = {"shipped": (WEIGHTS, PHASE_WEIGHTS), "wide": (WIDE_WEIGHTS, WIDE_PHASE_WEIGHTS)}
DEEP = math.log(0.6)  # a point this far below the reference is deep (pause-like)
PAUSE_SHARE = 1.0 - math.exp(DEEP)  # 0.4: a window whose pause time alone would make its rate deep is a pause
U_MIN, U_MAX = -3.0, 0.5
N_FEATURES = 8  # the model for a series whose phase is unknown
PHASE_FEATURES = N_FEATURES + 2  # the phase model: also whether the phase is known and the point is a pause
Z90 = 1.6448536269514722  # standard-normal 95 % quantile
RISE = 0.1  # a rise of the rolling median this far above the reference (log units, ~10 %) ...
HOLD = 200  # ... becomes the new reference only after lasting this many points (not a pause)
ANCHOR = 150  # the reference leaves the warm-up no higher than the median of this many last points


class Reference:
    """Slow robust level of ``y`` (log values): follows the rolling median of non-deep points up fast
    (``up`` per point) and down slowly (``down``), faster during the first ``warmup`` points.

    A rise of more than ``rise`` above the level is followed only once it has lasted ``hold`` points
    (before that the level creeps at ``down``): a validation pass that counts its samples raises the
    rate for a while and must not become the level that training is then compared with. For the
    same reason the level leaves the warm-up no higher than the median of its last ``anchor``
    non-deep points."""

    def __init__(self, window: int = 21, up: float = 0.03, down: float = 5e-4, warm_rate: float = 0.05,
                 warmup: int = 300, rise: float = RISE, hold: int = HOLD, anchor: int = ANCHOR) -> None:
        self.win = SortedWindow(window)
        self.up, self.down, self.warm_rate, self.warmup = up, down, warm_rate, warmup
        self.rise, self.hold = rise, hold
        self.tail = SortedWindow(anchor) if anchor else None  # the warm-up's last non-deep points
        self.level: float | None = None
        self.n = 0
        self.above = 0  # consecutive learning points with the rolling median more than ``rise`` above

    def step(self, y: float, learn: bool = True) -> float:
        """``u = y - level`` (the level before ``y``), then learn from ``y`` unless ``learn`` is false."""
        if self.level is None:
            self.level = y
        if self.n == self.warmup and self.tail is not None and len(self.tail):
            self.level = min(self.level, self.tail.median())
        u = y - self.level
        self.n += 1
        warm = self.n <= self.warmup
        if learn and (u > DEEP or warm):
            self.win.push(y)
            if warm and u > DEEP and self.tail is not None:
                self.tail.push(y)
            med = self.win.median()
            if med > self.level + self.rise and not warm:
                self.above += 1
                rate = self.up if self.above > self.hold else self.down
            else:
                self.above = 0
                rate = self.up if med > self.level else self.down
            if warm:
                rate = max(rate, self.warm_rate if u > DEEP else 0.01)
            self.level += rate * (med - self.level)
        return u

    def set(self, level: float) -> None:
        self.level = level

    def state(self) -> dict:
        return {"win": self.win.state(), "level": self.level, "n": self.n, "above": self.above,
                "tail": None if self.tail is None else self.tail.state()}

    def load(self, st: dict) -> None:
        self.win = SortedWindow.from_state(st["win"])
        self.level, self.n = st["level"], int(st["n"])
        self.above = int(st.get("above", 0))  # states saved before the hold: none
        if st.get("tail") is not None:
            self.tail = SortedWindow.from_state(st["tail"])


class Covariates:
    """The model's inputs from the stream of ``u`` values (plain-data state)."""

    def __init__(self) -> None:
        self.noise = RobustScale(size=500, every=25, floor=1e-4)
        self.prev: float | None = None
        self.n = 0
        self.run = 0
        self.starts: deque[int] = deque(maxlen=9)
        self.lengths: deque[int] = deque(maxlen=9)

    @property
    def sigma(self) -> float:
        """Robust noise level of ``u`` (from absolute steps between non-deep points)."""
        return max(3e-3, 1.05 * self.noise.center)

    def period(self) -> float | None:
        gaps = [b - a for a, b in zip(self.starts, list(self.starts)[1:]) if b - a > 5]
        return median(gaps) if len(gaps) >= 2 else None

    def step(self, u: float, pause: bool | None = None) -> np.ndarray:
        """Features of the point ``u``; ``pause``: None (phase unknown), True (the point's window held a
        validation loop or checkpoint write), False (training only)."""
        u = min(U_MAX, max(U_MIN, u))
        deep = u < DEEP
        self.n += 1
        if deep:
            if self.run == 0:
                self.run_start = self.n
            self.run += 1
        else:
            if self.run >= 2:
                self.starts.append(self.run_start)
                self.lengths.append(self.run)
            self.run = 0
            if self.prev is not None and self.prev >= DEEP:
                self.noise.add(abs(u - self.prev))
        self.prev = u
        s = self.sigma
        since = self.n - self.starts[-1] if self.starts else None
        period = self.period()
        return np.array([u, max(-10.0, min(10.0, u / s)) / 5.0, float(deep),
                         1.0 if since is None else math.log1p(since) / 7.0,
                         0.0 if period is None else math.log1p(period) / 7.0,
                         math.log1p(self.run) / 5.0,
                         math.log1p(median(self.lengths)) / 5.0 if self.lengths else 0.0,
                         max(-7.0, math.log(s)) / 7.0,
                         0.0 if pause is None else 1.0, 1.0 if pause else 0.0])

    def state(self) -> dict:
        return {"noise": self.noise.state(), "prev": self.prev, "n": self.n, "run": self.run,
                "run_start": getattr(self, "run_start", 0), "starts": list(self.starts),
                "lengths": list(self.lengths)}

    def load(self, st: dict) -> None:
        self.noise = RobustScale.from_state(st["noise"])
        self.prev, self.n, self.run, self.run_start = st["prev"], int(st["n"]), int(st["run"]), int(st["run_start"])
        self.starts.extend(int(x) for x in st["starts"])
        self.lengths.extend(int(x) for x in st["lengths"])


def clip_u(u: float) -> float:
    return min(U_MAX, max(U_MIN, u))


@lru_cache(maxsize=4)
def load_weights(path: str = str(WEIGHTS)) -> dict:
    """The shipped weights as float64 arrays (``w_ih`` (4H, F), ``w_hh`` (4H, H), ``bias``, ``head_w``, ``head_b``)."""
    with np.load(path) as z:
        return {k: z[k].astype(np.float64) for k in ("w_ih", "w_hh", "bias", "head_w", "head_b")}


def head(out: np.ndarray) -> tuple[float, float, float]:
    """Raw head outputs -> ordered quantiles (5 %, 50 %, 95 %)."""
    m, a, b = (float(x) for x in out)
    sp = lambda x: x + math.log1p(math.exp(-x)) if x > 0 else math.log1p(math.exp(x))  # noqa: E731 softplus
    return m - sp(a) - 1e-4, m, m + sp(b) + 1e-4


class GlobalForecaster:
    """Streaming forecaster with the detector's ``predict()``/``observe()`` protocol plus ``quantiles()``.

    ``observe(u)`` takes ``u`` (log-value minus the reference level); ``quantiles()`` gives the 5/50/95 %
    quantiles of the next healthy ``u``; ``predict()`` the median and a Gaussian-equivalent spread.
    """

    def __init__(self, weights: str | None = None) -> None:
        self.weights = str(weights or WEIGHTS)
        w = load_weights(self.weights)
        self._w = (w["w_ih"], w["w_hh"], w["bias"], w["head_w"], w["head_b"])
        self.hidden = w["w_hh"].shape[1]
        self.inputs = w["w_ih"].shape[1]  # 8, or 10 for the phase model
        self.cov = Covariates()
        self.h = np.zeros(self.hidden)
        self.c = np.zeros(self.hidden)
        self.q = (-0.5, 0.0, 0.5)  # before any point: wide

    def quantiles(self) -> tuple[float, float, float]:
        return self.q

    def predict(self) -> tuple[float, float]:
        lo, mid, _ = self.q
        return mid, max((mid - lo) / Z90, 1e-6)

    def observe(self, u: float, pause: bool | None = None) -> None:
        x = self.cov.step(float(u), pause)[:self.inputs]
        w_ih, w_hh, bias, head_w, head_b = self._w
        n = self.hidden
        z = w_ih @ x + w_hh @ self.h + bias
        # torch's gate order: input, forget, cell, output; np.minimum/np.maximum give np.clip(z, -50, 50)'s values
        # without its Python-level dispatch (this runs every point)
        gate = 1.0 / (1.0 + np.exp(-np.minimum(np.maximum(z, -50.0), 50.0)))
        self.c = gate[n:2 * n] * self.c + gate[:n] * np.tanh(z[2 * n:3 * n])
        self.h = gate[3 * n:] * np.tanh(self.c)
        self.q = head(head_w @ self.h + head_b)

    def state_dict(self) -> dict:
        return {"cov": self.cov.state(), "h": self.h.tolist(), "c": self.c.tolist(), "q": list(self.q)}

    def load_state_dict(self, st: dict) -> None:
        self.cov = Covariates()
        self.cov.load(st["cov"])
        self.h, self.c = np.asarray(st["h"], float), np.asarray(st["c"], float)
        self.q = tuple(float(x) for x in st["q"])
