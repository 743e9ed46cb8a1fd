"""One side of :class:`anomaly.detector.ThroughputDetector`: the one-sided detector on
``sign * log(value)`` (``sign=+1`` looks for drops) with its pause model, statistics, persistence
and recovery (the method is described in ``anomaly/detector.py``'s docstring).
"""

from __future__ import annotations

import copy
import math
from collections import deque
from typing import NamedTuple

import numpy as np

from anomaly.registry import make_forecaster
from anomaly.stats import RobustScale, SortedWindow, StatScale, sigmoid

class Band(NamedTuple):
    """The forecast of the next point on the side's scale: its mean and standard deviation."""

    forecast: float
    std: float


def _make_forecaster(spec, seed: int):
    return make_forecaster(spec, seed) if isinstance(spec, str) else copy.deepcopy(spec)


class Side:
    """One-sided detector on ``sign * log(value)`` (sign=+1 looks for drops)."""

    def __init__(self, det, sign: int) -> None:  # det: the ThroughputDetector holding the options
        self.d = det
        self.sign = sign
        self.n = 0
        self.ref: float | None = None
        self.win = SortedWindow(det.window)
        self.res = SortedWindow(det.window)
        self.drift_stats = StatScale(det.window)
        self.res_stats = StatScale(det.window)
        self.u_stats = RobustScale(size=2000, every=100, floor=1e-3)
        self.forecaster = _make_forecaster(det.forecaster, det.seed)
        self.run = 0
        self.alarm = False
        self.alarm_age = 0
        self.calm = 0  # consecutive recovered points during an alert
        self.cooldown = 0
        self.deep_run = 0
        self.deep_start = 0
        self.deep_vals: list[float] = []
        self.pause_durations: deque[tuple[int, bool]] = deque(maxlen=32)  # (length, on expected phase)
        self.pause_runs: deque[tuple[int, int, float]] = deque(maxlen=32)  # (start, length, level)
        self.last = Band(0.0, 1.0)

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
        self.last = Band(fc, scale * std_u)

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
        score = 0.0 if warm else sigmoid(4.0 * (ratio - 1.0))
        if self.cooldown:
            self.cooldown -= 1

        if warm and not self.alarm:
            state = "warmup"
        elif self.alarm:
            self.alarm_age += 1
            # one alert per regression: it ends only once throughput has stayed recovered for
            # `recovery` points (a pause or a noisy point inside the regression does not end it)
            self.calm = self.calm + 1 if ratio < 0.5 and not warm else 0
            if self.calm >= d.recovery:
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
        self.calm = 0
        self.run = 0
        self.cooldown = self.d.window

    # -------------------------------------------------------------- state (plain data only)
    _SCALARS = ("n", "ref", "run", "alarm", "alarm_age", "calm", "cooldown", "deep_run", "deep_start")
    _STATS = ("win", "res", "drift_stats", "res_stats", "u_stats")

    def state(self) -> dict:
        st = {k: getattr(self, k) for k in self._SCALARS}
        st.update({k: getattr(self, k).state() for k in self._STATS})
        st["deep_vals"] = list(self.deep_vals)
        st["pause_durations"] = [[n, ph] for n, ph in self.pause_durations]
        st["pause_runs"] = [list(r) for r in self.pause_runs]
        st["last"] = list(self.last)
        st["forecaster"] = self.forecaster.state_dict()
        return st

    def load(self, st: dict) -> None:
        for k in self._SCALARS:
            setattr(self, k, st[k])
        for k in self._STATS:
            setattr(self, k, type(getattr(self, k)).from_state(st[k]))
        self.deep_vals = [float(x) for x in st["deep_vals"]]
        self.pause_durations.clear()
        self.pause_durations.extend((int(n), bool(ph)) for n, ph in st["pause_durations"])
        self.pause_runs.clear()
        self.pause_runs.extend((int(a), int(n), float(lv)) for a, n, lv in st["pause_runs"])
        self.last = Band(*st["last"])
        self.forecaster.load_state_dict(st["forecaster"])

    def gap(self) -> None:
        self.win.clear()
        self.res.clear()
        self.drift_stats.reset_lag()
        self.res_stats.reset_lag()
        self.run = 0
        self.deep_run = 0
        self.deep_vals = []


