"""Baseline forecasters (statsmodels ETS/Holt-Winters, ARIMA, STL) and a CUSUM chart.

All share the statsmodels shape the LSTM has: ``model.fit(y)`` returns a results object with
``forecast(steps)`` and ``get_forecast(steps)`` (whose ``conf_int(alpha)`` gives the band), so the
detector and the benchmark can swap them. :class:`RefitStreamer` turns any of them into the
streaming ``predict()``/``observe()`` interface the detector uses: it refits on the last ``window``
values every ``refit_every`` values and serves the multi-step forecast in between (a per-point
refit would cost ~40-100 ms). :class:`ResidualDetector` is the classical detector built on a
one-step forecaster (Telemanom-style: smoothed residuals, a dynamic threshold, persistence) and
:class:`CusumDetector` a one-sided CUSUM chart; the benchmark compares them with ours.

Usage::

    from anomaly.baselines import ETSForecaster
    res = ETSForecaster().fit(log_values)
    res.forecast(5); res.get_forecast(5).conf_int(0.05)
"""

from __future__ import annotations

import math
import warnings
from collections import deque

import numpy as np

from anomaly.stats import DetectionResult, Forecast, gaussian_z, robust_center_scale


def _series(y):
    import pandas as pd

    y = np.asarray(y, dtype=float)
    if y.ndim != 1 or len(y) < 10 or not np.isfinite(y).all():
        raise ValueError("y: need a 1-D finite series of at least 10 values")
    return pd.Series(y)


class _Results:
    """statsmodels-shaped results: ``forecast(steps)``, ``get_forecast(steps).conf_int(alpha)``."""

    def __init__(self, fn) -> None:
        self._fn = fn

    def get_forecast(self, steps: int = 1) -> Forecast:
        if steps < 1:
            raise ValueError(f"steps={steps}: must be >= 1")
        mean, se = self._fn(steps)
        return Forecast(np.asarray(mean, dtype=float), np.maximum(np.asarray(se, dtype=float), 1e-9))

    def forecast(self, steps: int = 1) -> np.ndarray:
        return self.get_forecast(steps).predicted_mean


class ETSForecaster:
    """Exponential smoothing (Holt's damped trend, optional Holt-Winters season) via ``ETSModel``.

    >>> import numpy as np
    >>> ETSForecaster().fit(np.linspace(1, 2, 50)).forecast(2).shape
    (2,)
    """

    def __init__(self, *, trend: str | None = "add", damped_trend: bool = True, seasonal: str | None = None,
                 seasonal_periods: int | None = None) -> None:
        self.trend = trend
        self.damped_trend = damped_trend
        self.seasonal = seasonal
        self.seasonal_periods = seasonal_periods

    def fit(self, y) -> _Results:
        from statsmodels.tsa.exponential_smoothing.ets import ETSModel

        s = _series(y)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            res = ETSModel(s, trend=self.trend, damped_trend=self.damped_trend and self.trend is not None,
                           seasonal=self.seasonal, seasonal_periods=self.seasonal_periods).fit(disp=False)

        def fc(steps):
            p = res.get_prediction(start=len(s), end=len(s) + steps - 1)
            return np.asarray(p.predicted_mean), np.sqrt(np.asarray(p.var_pred_mean))

        return _Results(fc)


class ARIMAForecaster:
    """ARIMA(p, d, q) with a constant, via ``statsmodels.tsa.arima.model.ARIMA``."""

    def __init__(self, *, order: tuple[int, int, int] = (1, 0, 1)) -> None:
        self.order = order

    def fit(self, y) -> _Results:
        from statsmodels.tsa.arima.model import ARIMA

        s = _series(y)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            res = ARIMA(s, order=tuple(self.order), trend="c" if self.order[1] == 0 else "n").fit()

        def fc(steps):
            p = res.get_forecast(steps)
            return np.asarray(p.predicted_mean), np.asarray(p.se_mean)

        return _Results(fc)


class STLForecaster:
    """STL decomposition (season = the recurring dips) + AR(1) on the rest, via ``STLForecast``.

    ``period=None`` estimates the period at each fit from the autocorrelation (:func:`estimate_period`).
    """

    def __init__(self, *, period: int | None = None, min_period: int = 4, max_period: int | None = None) -> None:
        self.period = period
        self.min_period = min_period
        self.max_period = max_period

    def fit(self, y) -> _Results:
        from statsmodels.tsa.arima.model import ARIMA
        from statsmodels.tsa.forecasting.stl import STLForecast

        s = _series(y)
        period = self.period or estimate_period(s.to_numpy(), self.min_period, self.max_period or len(s) // 2)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            res = STLForecast(s, ARIMA, model_kwargs={"order": (1, 0, 0), "trend": "c"}, period=period).fit()

        def fc(steps):
            p = res.get_prediction(start=len(s), end=len(s) + steps - 1)
            return np.asarray(p.predicted_mean), np.asarray(p.se_mean)

        return _Results(fc)


def estimate_period(y: np.ndarray, min_period: int, max_period: int) -> int:
    """The lag in ``[min_period, max_period]`` with the highest autocorrelation (FFT)."""
    x = np.asarray(y, float) - np.mean(y)
    n = len(x)
    f = np.fft.rfft(x, 2 * n)
    acf = np.fft.irfft(f * np.conj(f))[:n]
    hi = max(min_period + 1, min(max_period, n - 1))
    return int(min_period + np.argmax(acf[min_period:hi]))


class CusumChart:
    """One-sided CUSUM chart: target = robust mean of the fitted series, ``k``/``h`` in robust sigmas.

    ``fit`` returns results whose forecast is the target and whose band is ``target -+ h*sigma``
    (the chart's decision interval, not a prediction interval).
    """

    def __init__(self, *, k: float = 1.5, h: float = 60.0, clip: float = 3.0) -> None:
        self.k = k
        self.h = h
        self.clip = clip

    def fit(self, y) -> _Results:
        self.target_, spread = robust_center_scale(_series(y).to_numpy())
        self.sigma_ = max(1e-6, spread)
        return _Results(lambda steps: (np.full(steps, self.target_), np.full(steps, self.h * self.sigma_
                                                                              / gaussian_z(0.05))))


#: the statsmodels-shaped forecasters by name (``anomaly.registry.FORECASTERS`` streams them)
STATSMODELS_FORECASTERS = {"ets": ETSForecaster, "arima": ARIMAForecaster, "stl": STLForecaster}


def make_forecaster(name: str, **kw):
    """A baseline forecaster by name (a key of :data:`STATSMODELS_FORECASTERS`)."""
    if name not in STATSMODELS_FORECASTERS:
        raise ValueError(f"model {name!r}: expected one of {sorted(STATSMODELS_FORECASTERS)}")
    return STATSMODELS_FORECASTERS[name](**kw)


class RefitStreamer:
    """Streaming adapter: refit ``model`` on the last ``window`` values every ``refit_every`` values.

    Between refits it serves step ``j`` of the last multi-step forecast. Before ``min_history``
    values it predicts the running mean and standard deviation.
    """

    def __init__(self, model, *, window: int = 300, refit_every: int = 50, min_history: int = 60) -> None:
        self.model = model
        self.window = window
        self.refit_every = refit_every
        self.min_history = min_history
        self.history: deque[float] = deque(maxlen=window)
        self.since = 0
        self.mean: np.ndarray | None = None
        self.se: np.ndarray | None = None

    def predict(self) -> tuple[float, float]:
        if self.mean is not None and self.since < len(self.mean):
            return float(self.mean[self.since]), float(self.se[self.since])
        if len(self.history) < 2:
            return (self.history[-1] if self.history else 0.0), 1.0
        h = np.asarray(self.history)
        return float(h.mean()), float(max(h.std(), 1e-6))

    def observe(self, value: float) -> None:
        self.history.append(float(value))
        self.since += 1
        due = self.mean is None or self.since >= self.refit_every
        if due and len(self.history) >= self.min_history:
            try:
                f = self.model.fit(np.asarray(self.history)).get_forecast(self.refit_every)
                self.mean, self.se = f.predicted_mean, f.se_mean
            except (ValueError, np.linalg.LinAlgError):
                self.mean = self.se = None  # keep serving the running mean
            self.since = 0

    def state_dict(self) -> dict:
        """Plain data (lists and numbers): loads under torch's ``weights_only=True``."""
        return {"history": list(self.history), "since": self.since,
                "mean": None if self.mean is None else [float(x) for x in self.mean],
                "se": None if self.se is None else [float(x) for x in self.se]}

    def load_state_dict(self, state: dict) -> None:
        self.history.clear()
        self.history.extend(state["history"])
        self.since = state["since"]
        self.mean = None if state["mean"] is None else np.asarray(state["mean"], dtype=float)
        self.se = None if state["se"] is None else np.asarray(state["se"], dtype=float)


def make_streaming(name: str, **kw) -> RefitStreamer:
    """A baseline forecaster by name, wrapped for streaming."""
    return RefitStreamer(make_forecaster(name), **kw)


class ResidualDetector:
    """Classical forecast-residual detector (the Telemanom recipe) over any streaming forecaster.

    The forecaster sees every log-value; residuals ``(forecast - y) / se`` are smoothed (EWMA,
    ``smoothing``); the dynamic threshold is ``median + z * robust std`` of the last ``history``
    smoothed residuals (at least ``min_z``); an alert needs ``persistence`` consecutive points above it.
    """

    def __init__(self, forecaster, *, persistence: int = 30, smoothing: float = 0.1, history: int = 500,
                 z: float = 3.0, min_z: float = 2.0, warmup: int = 300, alpha: float = 0.01,
                 scale: float = 0.05) -> None:
        self.forecaster = forecaster
        self.scale = scale
        self.loc = 0.0
        self.persistence = persistence
        self.smoothing = smoothing
        self.errors: deque[float] = deque(maxlen=history)
        self.z = z
        self.min_z = min_z
        self.warmup = warmup
        self.zband = gaussian_z(alpha)
        self.n = 0
        self.e = 0.0
        self.run = 0

    def update(self, value: float, timestamp: float | None = None) -> DetectionResult:
        self.n += 1
        y = math.log(max(float(value), 1e-3))
        if self.n <= 50:  # the forecaster sees log-values in units of `scale` around an early level
            self.loc = y if self.n == 1 else self.loc + (y - self.loc) / self.n
        mean, se = self.forecaster.predict()
        mean, se = self.loc + self.scale * mean, self.scale * se
        self.forecaster.observe((y - self.loc) / self.scale)
        r = (mean - y) / max(se, 1e-6)
        self.e += self.smoothing * (max(-10.0, min(10.0, r)) - self.e)
        if len(self.errors) >= 50:  # robust (median/MAD) so past pauses do not inflate the threshold
            med, spread = robust_center_scale(np.fromiter(self.errors, float))
            thr = max(self.min_z, med + self.z * spread)
        else:
            thr = float("inf")
        self.errors.append(self.e)
        self.run = self.run + 1 if self.e > thr and self.n > self.warmup else 0
        flag = self.run >= self.persistence
        score = 1.0 / (1.0 + math.exp(-4.0 * (self.e / thr - 1.0))) if math.isfinite(thr) else 0.0
        return DetectionResult(timestamp, float(value), math.exp(mean), math.exp(mean - self.zband * se),
                               math.exp(mean + self.zband * se), score, flag, "anomaly" if flag else "normal")


class CusumDetector:
    """One-sided (downward) CUSUM on log-values against a slowly refitted :class:`CusumChart`.

    ``S = max(0, S + clip((target - y) / sigma) - k)``; alert while ``S > h``. The chart is refitted
    on the last ``window`` values every ``refit_every`` points while no alert is on.
    """

    def __init__(self, chart: CusumChart | None = None, *, window: int = 500, refit_every: int = 100,
                 warmup: int = 300) -> None:
        self.chart = chart or CusumChart()
        self.window: deque[float] = deque(maxlen=window)
        self.refit_every = refit_every
        self.warmup = warmup
        self.n = 0
        self.s = 0.0
        self.res = None

    def update(self, value: float, timestamp: float | None = None) -> DetectionResult:
        self.n += 1
        y = math.log(max(float(value), 1e-3))
        c = self.chart
        if self.res is None or (self.n % self.refit_every == 0 and self.s == 0.0):
            if len(self.window) >= 50:
                self.res = c.fit(np.asarray(self.window))
        self.window.append(y)
        if self.res is None or self.n <= self.warmup:
            return DetectionResult(timestamp, float(value), float(value), float(value), float(value), 0.0, False,
                                   "warmup")
        z = max(-c.clip, min(c.clip, (c.target_ - y) / c.sigma_))
        self.s = max(0.0, self.s + z - c.k)
        flag = self.s > c.h
        band = c.h * c.sigma_
        return DetectionResult(timestamp, float(value), math.exp(c.target_), math.exp(c.target_ - band),
                               math.exp(c.target_ + band), min(1.0, self.s / (2 * c.h)), flag,
                               "anomaly" if flag else "normal")
