"""One side of :class:`anomaly.detector.ThroughputDetector`: the one-sided decision rule on
``sign * log(value)`` (``sign=+1`` looks for drops). The method is described in
``anomaly/detector.py``'s docstring; in short:

* ``u`` = the value relative to a slow robust reference level (:class:`anomaly.global_model.Reference`,
  frozen during an alert);
* the forecaster gives quantiles (5/50/95 %) of the next ``u``; the standardised shortfall
  ``z = 1.645 * (q50 - u) / (q50 - q05)`` feeds a one-sided CUSUM ``S = max(0, S + min(z, cap) - k)``
  (a point adds only when it is more than ``min_drop`` below the median forecast);
* an alert starts when ``S`` reaches ``h = 4 * threshold_sigmas`` with at least ``persistence``
  contributing points, holds through deep (pause-like) points and ends after ``recovery`` points above
  the 5 % quantile and within ``2 * min_drop`` of the pre-alert level;
* bursts (rates only, :class:`Bursts`): a count of dip runs in the last ``burst_window`` points that is
  improbable under the run's own healthy rate of dip runs starts an alert or holds one; a straggler's alert
  recovers only once the last ``burst_hold`` windows hold at most one dip run beyond the healthy
  expectation, and the count restarts when an alert ends; with ``burst_fresh`` (session 13) a shortfall
  alert is held by the count only while dip runs still start (a deep drop's dips, stale once it recovered,
  do not keep its alert up for a window);
* re-baselining (``rebase``): an alert whose level has settled at a new stable level (its last ``rebase``
  non-deep points flat, noise like the healthy noise and not wandering, no burst going on) ends, and that
  level becomes the reference: a lasting step (healthy, or a regression that stays) is accepted after
  ``rebase`` points and a new regression after it can start its own alert; with ``rebase_tail`` (session 13)
  not while the window's last points have already left the level (a drop that is recovering);
* late re-baseline (``rebase_late``, session 20; on by default since generator 22's look): an alert held that many
  points also ends at the level of its last ``rebase`` points outside pauses, deep ones included
  (:func:`held_level`), once the rate has stopped falling (a healthy level that wanders, or fell deeper than a
  pause, is accepted before ``adapt_after``); with ``late_fall`` (session 21; 600 by default between generators 23
  and 25's looks, off since) not while that level still lies below the level ``late_fall`` held points earlier (a
  slow leak, falling less than the flatness tolerance per ``rebase`` points, keeps its alert);
* escalation (``escalate``, :class:`anomaly.escalation.Escalation`): while an alert holds, a new flat level
  further below (a second regression, a step rather than a ramp) ends the run and starts a new one;
* which rule started an alert (``start_rule``, one of :data:`anomaly.stats.START_RULES`): ``"cusum"`` (the CUSUM, a
  residual chart with ``residual_ar``, reached ``h`` with ``persistence`` contributing points), ``"level"`` (the level
  test, :mod:`anomaly.level`), ``"burst"`` (the burst count alone) or ``"escalation"``; set where the alert starts
  (the order of the checks: the CUSUM first, the level test only when it did not cross, the bursts last), kept
  until :class:`anomaly.detector.ThroughputDetector` reports it at the run's first flagged point (an escalation's
  new run starts flagging at the point after ``escalated``) and cleared when the alert ends;
* settling: for up to ``settle`` points after a pause, a point still climbing back is neither evidence
  nor drain (a warm-up ramp after a long pause); with ``settle_noise`` (session 23; 3 by default since generator
  49's look, and between 46's and 47's) the climb must also exceed that many noise units, so a flat level below the
  reference (a drop that began in the pause) is not held for its noise;
* post-pause shelves (``post_pause``, session 17, off by default): with the phase known, for that many points
  after a pause the shortfall is measured against the forecast blended toward the level seen since the pause
  (:meth:`Side._post_pause`);
* residual chart (``residual_ar``, session 18; on by default from generator 18's look to generator 20's, from 21's
  to 26's and since 27's): the shortfall is measured against the median corrected by an AR(1) of the run's healthy
  residuals, with the band narrowed to the innovations' share (:mod:`anomaly.residual_ar`);
* where the caller knows the run's phase (``pause=True/False`` per point), a pause point changes
  nothing (no evidence, no drain, no reference update; an alert holds) and a deep run outside a pause
  is full evidence once it outlasts ``STALL`` points (before: weak, as an unlabelled stall or hiccup);
* a known planned level change (``change=True`` at its first point, :class:`Change`): for the next
  ``change_settle`` points outside pauses nothing is evidence or drain (an alert holds); the reference
  moves by the step (the median of the last half of those points less the level before the change) and
  keeps that shift, so a held alert keeps its depth and a later regression is measured from the new level.

Size: over 500 lines because the whole per-side rule (its state, its options' branches and their plain-data
state) stays in one place, with the burst counting and the plateau test beside it; the level test, escalation and
known changes have their own modules.
"""

from __future__ import annotations

import copy
from collections import deque
from typing import NamedTuple

import numpy as np
from scipy.special import pdtrc

from anomaly.global_model import DEEP, WEIGHT_SETS, Z90, Covariates, GlobalForecaster, Reference, clip_u
from anomaly.change import Change, shift_window
from anomaly.escalation import Escalation
from anomaly.level import LevelTest
from anomaly.registry import make_forecaster
from anomaly.residual_ar import ResidualAR
from anomaly.stats import SortedWindow, median, takes_pause

CAP = 4.0  # largest CUSUM increment of one point (a single surprise, e.g. a pause's first point)
K = 1.0  # CUSUM allowance: shortfalls under k standardised units drain the sum
CAP_DEEP = K + 0.5  # largest increment of a deep (pause-like) point: an overrunning pause is slow evidence,
# until the deep run lasts 2.5x as long as the longest recent one (a stall, not a pause)
CALM_Z = Z90  # a point above the forecast's 5 % quantile counts as recovered
STALL = 12  # with the phase known: a deep run outside a pause this long is a regression, shorter ones weak evidence
SETTLE = 60  # ... for at most this many points after a pause (ThroughputDetector(settle=...); 0: off)
PAUSE_RUN = 5  # without the phase, a deep run this long is a pause (settling after it); shorter: a dip
CLIMB = 6  # settling after a pause: a point more than min_drop above the point CLIMB - 1 before is still climbing
POST_W0 = 0.5  # post_pause: the forecaster's weight at a pause's end (it grows to 1 at the window's end)
WIDEN = 2.0  # the band used to standardise is at most this times its typical width (when no pause is expected):
# a forecaster surprised by a regression widens its band, which must not hide the regression


BURST_DIP = 0.3  # a dip: a point this far below the reference (log units, ~26 %)
BURST_WINDOW = 100  # dip runs are counted over this many points ...
BURST_ALPHA = 1e-4  # ... and a count this improbable under the healthy rate is a burst regression
BURST_MIN = 4  # at least this many dip runs
BURST_HOLD = 0.01  # an alert holds while the tail is below this (hysteresis: fewer re-alarms within one straggler)
BURST_HISTORY = 2000  # the healthy rate comes from up to this many points ...
BURST_GUARD = 200  # ... kept this far behind (the start of a regression is not learnt as healthy)
BURST_READY = 300  # no decision before this many history points
HOLD_SPANS = 4  # the longest burst hold (ThroughputDetector(burst_hold=...)) in windows
ESCALATE = 30  # a held alert escalates at a new flat level this many points long (ThroughputDetector(escalate=...))
REBASE = 300  # an alert's level settled for this many non-deep points is accepted (ThroughputDetector(rebase=...))
FLAT = 0.025  # settled: the medians of the window's thirds within max(FLAT, FLAT_SE * noise / sqrt(third)) ...
FLAT_SE = 6.0
NOISY = 1.5  # ... and its step noise at most this times the noise before the alert
WANDER = 2.0  # ... and its marginal spread at most this times its step noise (a white-noise level; 0: off)


class Bursts:
    """Dip-run counting for one side (plain-data state).

    ``step(dip, alarm)`` per scored point outside a known pause (``pause()`` at a known pause point)
    returns the probability of at least as many dip-run starts in the last ``window`` points under the
    healthy rate (a Poisson tail; 1.0 below ``BURST_MIN`` runs or before ``BURST_READY`` history points).
    The healthy rate is dip-run starts per point over the history, which takes each point
    ``BURST_GUARD`` points late and skips alerts."""

    def __init__(self, window: int) -> None:
        self.window = window
        self.k = 0  # points stepped
        self.in_dip = False
        self.starts: deque[int] = deque()  # point numbers of the recent dip-run starts
        self.older: deque[int] = deque()  # those that left the window, kept up to HOLD_SPANS windows
        self.pending: deque[int] = deque()  # the guard: 1 per point that started a dip run, else 0
        self.hist: deque[int] = deque()  # history positions (``self.h``) that started a dip run
        self.h = 0  # points that entered the history
        self.expected: float | None = None  # dip runs the healthy rate expects in a window (at the last step)

    def pause(self) -> None:
        self.in_dip = False

    def step(self, dip: bool, alarm: bool) -> float:
        self.k += 1
        start = dip and not self.in_dip
        self.in_dip = dip
        if start:
            self.starts.append(self.k)
        while self.starts and self.starts[0] <= self.k - self.window:
            self.older.append(self.starts.popleft())
        while self.older and self.older[0] <= self.k - HOLD_SPANS * self.window:
            self.older.popleft()
        if alarm:
            self.pending.clear()
        else:
            self.pending.append(int(start))
            if len(self.pending) > BURST_GUARD:
                self.h += 1
                if self.pending.popleft():
                    self.hist.append(self.h)
                while self.hist and self.hist[0] <= self.h - BURST_HISTORY:
                    self.hist.popleft()
        n = min(self.h, BURST_HISTORY)
        c = len(self.starts)
        if n < BURST_READY:
            return 1.0
        rate = (len(self.hist) + 1.0) / n  # one run more than seen: a quiet history is not certainty
        self.expected = rate * self.window
        return 1.0 if c < BURST_MIN else float(pdtrc(c - 1, self.expected))  # P(count >= c)

    def excess(self, spans: int) -> float:
        """Dip runs starting in the last ``spans`` windows beyond the healthy expectation (0 before the
        history is ready)."""
        if self.expected is None:
            return 0.0
        lo = self.k - spans * self.window
        return sum(1 for s in self.older if s > lo) + len(self.starts) - spans * self.expected

    def clear(self) -> None:
        self.restart()
        self.in_dip = False

    def restart(self) -> None:
        """An alert ended: only dip runs that start from now on count (a dip under way is not a new one)."""
        self.starts.clear()
        self.older.clear()

    def state(self) -> dict:
        return {"k": self.k, "in_dip": self.in_dip, "starts": list(self.starts), "pending": list(self.pending),
                "older": list(self.older),
                "hist": list(self.hist), "h": self.h, "expected": self.expected}

    def load(self, st: dict) -> None:
        self.k, self.in_dip, self.h = int(st["k"]), bool(st["in_dip"]), int(st["h"])
        self.expected = st.get("expected")  # absent from states saved before session 10
        self.older = deque(int(x) for x in st.get("older", []))
        self.starts, self.pending, self.hist = (deque(int(x) for x in st[key]) for key in ("starts", "pending", "hist"))


class Plateau:
    """The non-deep values (log) of a held alert, for the re-baseline test (plain-data state)."""

    def __init__(self, size: int) -> None:
        self.vals: deque[float] = deque(maxlen=max(size, 3))

    def settled(self, noise: float, tail: int = 0) -> float | None:
        """The new level (the last third's median) once the window is full, flat (its thirds' medians
        within the tolerance: no trend, no further fall), no noisier than ``NOISY * noise`` and not
        wandering (its robust spread at most ``WANDER`` x its step noise, as white noise); else None.
        With ``tail``, the median of the last ``tail`` values must also lie within the tolerance of that
        level (the rate is not already on its way back: a level that has just ended is not accepted)."""
        if len(self.vals) < self.vals.maxlen:
            return None
        v = np.fromiter(self.vals, float)
        k = len(v) // 3
        meds = [median(v[:k]), median(v[k:2 * k]), median(v[2 * k:])]
        if max(meds) - min(meds) > max(FLAT, FLAT_SE * noise / k ** 0.5):
            return None
        if tail and abs(median(v[-tail:]) - meds[2]) > max(FLAT, FLAT_SE * noise / tail ** 0.5):
            return None  # the last points have left the level (a recovery under way)
        step = 1.05 * median(np.abs(np.diff(v)))
        if step > NOISY * noise:
            return None
        if WANDER and float(np.subtract(*np.percentile(v, [75, 25]))) / 1.349 > WANDER * max(step, 1e-4):
            return None  # the level wanders (slowly correlated noise): a flat stretch of it is no new level
        return meds[2]


def held_level(vals: deque, noise: float, window: int | None = None, fall: int = 0) -> float | None:
    """``rebase_late`` (session 20; 1000 by default since generator 22's look): the level of a long-held alert's last
    values (deep ones included), the last third's median, once the window (the last ``window`` values, all of
    ``vals`` by default) is full and that level lies no further below the first two thirds' medians than the
    flatness tolerance (the rate has stopped falling; it may wander or be noisy). With ``fall`` (``late_fall``,
    session 21, off by default; 600 between generators 23 and 25's looks) that level must also lie no further below
    the median of the first third-window of the last ``fall`` values (of all held so far while fewer) than the same
    tolerance: a slow leak falling less than the tolerance per window is still falling over the longer horizon, and
    its alert holds."""
    window = window or vals.maxlen
    if len(vals) < window:
        return None
    v = np.fromiter(vals, float)
    w = v[-window:]
    k = len(w) // 3
    tol = max(FLAT, FLAT_SE * noise / k ** 0.5)
    meds = [median(w[:k]), median(w[k:2 * k]), median(w[2 * k:])]
    if meds[2] < min(meds[:2]) - tol:
        return None
    if fall and len(v) > window and meds[2] < median(v[-fall:][:k]) - tol:
        return None  # still falling over the longer horizon (late_fall)
    return meds[2]


class Band(NamedTuple):
    """The forecast of the next point on the side's scale: its median and a standard deviation."""

    forecast: float
    std: float


def _make_forecaster(spec, seed: int):
    return make_forecaster(spec, seed) if isinstance(spec, str) else copy.deepcopy(spec)


class Side:
    """One-sided detector on ``sign * log(value)`` (sign=+1 looks for drops)."""

    def __init__(self, det, sign: int, phase: bool = False) -> None:  # det: the ThroughputDetector holding the options
        self.d = det
        self.sign = sign
        self.phase = phase  # the caller gives the run's phase: the default LSTM is the phase model
        self.n = 0
        self.ref = Reference(window=det.window, up=det.reference_up, down=det.reference_down,
                             warm_rate=det.reference_warmup, warmup=det.warmup, rise=det.reference_rise,
                             hold=det.reference_hold, anchor=det.reference_anchor)
        self.recent = SortedWindow(det.window)  # recent non-deep values (a held alert's new level)
        self.forecaster = self._new_forecaster()
        own = getattr(self.forecaster, "cov", None)
        self.cov = own if isinstance(own, Covariates) else Covariates()
        self.shared_cov = own is self.cov
        self.phase_aware = takes_pause(self.forecaster.observe)
        self.cusum = 0.0
        self.hits = 0  # contributing points in the current CUSUM excursion
        self.alarm = False
        self.burst_alarm = False  # the alert is a straggler's (see the end of update)
        self.start_rule: str | None = None  # the rule that started the alert, until the detector reports it
        self.alarm_age = 0
        self.calm = 0
        self.up_run = 0  # consecutive points more than reference_rise above the reference
        self.typical = None  # typical band width (q50 - q05) over calm points
        self.last = Band(0.0, 1.0)
        self.adapted_at = 0  # the point at which the last alert was accepted as the new normal (0: none)
        self.deep = 0  # current run of pause points (known, or deep when the phase is unknown)
        self.since = 0  # points since the last pause point (known, or deep when the phase is unknown)
        self.post: deque[float] = deque(maxlen=CLIMB)  # the last clipped u since that pause
        on_rates = sign > 0 and det.value_mode == "rate"
        self.bursts = Bursts(det.burst_window) if on_rates and det.burst_dip > 0 else None
        self.plateau = Plateau(det.rebase)
        # rebase_late: a held alert's last values outside pauses, deep ones included (None: off)
        self.late: deque[float] | None = (deque(maxlen=max(det.rebase, 3, det.late_fall))
                                          if det.rebase_late and on_rates else None)  # late_fall: a longer memory
        self.rebase = det.rebase if on_rates else 0  # a throughput step; real-valued series (NAB) as before
        self.escal = Escalation(det.escalate if on_rates else 0)  # a deeper step while an alert holds
        self.level = LevelTest(det.sustain if on_rates else 0)  # a shallow shelf (smeared onsets)
        self.alarm_noise = self.cov.sigma  # the noise level when the alert started
        self.change: Change | None = None  # a known planned level change settling
        self.post_vals: list[float] = []  # post_pause: the clipped u of the scored points since the pause
        # residual_ar: the innovations chart (anomaly.residual_ar)
        self.ar = (ResidualAR(det.residual_ar, det.leak_guard, det.leak_plain, det.leak_margin)
                   if det.residual_ar else None)
        # shelf_follow (session 23, off): the clipped u of the last scored points outside known pauses (phase known)
        self.shelf: deque[float] | None = (deque(maxlen=det.shelf_follow)
                                           if det.shelf_follow and phase and sign > 0 else None)

    def _new_forecaster(self):
        if self.d.forecaster == "lstm" and (self.phase or self.d.weights != "shipped"):
            plain, phase = WEIGHT_SETS[self.d.weights]  # the phase model, or other weights (an option)
            return GlobalForecaster(phase if self.phase else plain)
        return _make_forecaster(self.d.forecaster, self.d.seed)

    def period(self) -> float | None:
        """Median spacing of the recurring deep runs' starts (None until three were seen)."""
        return self.cov.period()

    def _quantiles(self) -> tuple[float, float, float]:
        f = self.forecaster
        if hasattr(f, "quantiles"):
            return f.quantiles()
        mean, std = f.predict()
        return mean - Z90 * std, mean, mean + Z90 * std

    # -------------------------------------------------------------- update
    def _observe(self, u: float, pause: bool | None) -> None:
        if self.phase_aware:
            self.forecaster.observe(u, pause)
        else:
            self.forecaster.observe(u)
        if not self.shared_cov:
            self.cov.step(u, pause)

    def _begin_change(self) -> None:
        """A known planned level change starts at this point (:mod:`anomaly.change`)."""
        if self.change is not None:
            self.change.restart()
        elif self.ref.level is not None and len(self.recent):
            self.change = Change(self.recent.median(), self.ref.level)

    def _settle_change(self, y: float, pause: bool | None) -> bool:
        """Step the settling change with ``y``: the reference sits at the level so far; True while it settles
        and at the point it settles, when the shift is kept: the reference's windows, a held alert's level
        windows and its escalation floor move with it."""
        ch = self.change
        settling = ch.step(y, pause, self.d.change_settle)
        shift = ch.shift()
        self.ref.level = ch.base + shift
        if settling:
            return True
        self.change = None
        shift_window(self.ref.win, shift)
        shift_window(self.ref.tail, shift)
        self.ref.above = 0
        self.recent.clear()
        for x in ch.level_values()[-self.recent.size:]:
            self.recent.push(x)
        self.plateau.vals = type(self.plateau.vals)((x + shift for x in self.plateau.vals), self.plateau.vals.maxlen)
        if self.late is not None:
            self.late = deque((x + shift for x in self.late), self.late.maxlen)
        self.escal.shift(shift)
        self.level.clear()
        self.up_run = 0
        return True

    def update(self, y: float, pause: bool | None = None, change: bool = False) -> tuple[float, bool, str]:
        """Score ``y`` (already sign * log); returns (score, is_anomaly, state). ``pause``: None (the
        phase is unknown: pauses are inferred), True (the point's window held a validation loop or a
        checkpoint write), False (training only). ``change``: a known planned level change starts here."""
        d = self.d
        self.n += 1
        q05, q50, _ = self._quantiles()
        level = self.ref.level if self.ref.level is not None else y
        spread = max(q50 - q05, 1e-3)
        self.last = Band(level + q50, spread / Z90)
        if change:
            self._begin_change()
        changing = self._settle_change(y, pause) if self.change is not None else False
        u = self.ref.step(y, learn=not (self.alarm or pause or changing))
        uc = clip_u(u)
        self.up_run = self.up_run + 1 if uc > d.reference_rise else 0
        self._observe(u, pause)
        if u > DEEP and not pause:
            self.recent.push(y)
        if self.typical is not None and q50 > DEEP:
            spread = min(spread, WIDEN * self.typical)
        z = Z90 * (q50 - uc) / spread
        if pause is None:
            hold = self.sign > 0 and (uc < DEEP or q50 < DEEP  # a pause, seen or expected
                                      # or a pass that raises the rate (reference_hold: on by default)
                                      or 0 < self.up_run <= d.reference_hold)
        else:
            hold = bool(pause)  # the monitor says which points are pauses
        if pause or pause is None and uc < DEEP and self.sign > 0:
            self.deep = self.deep + 1 if pause is None else PAUSE_RUN
            if self.deep >= PAUSE_RUN:  # a pause (unknown phase: a deep run this long; shorter ones are dips)
                self.since = 0
                self.post.clear()
                self.post_vals.clear()
        else:
            self.deep = 0
            self.since += 1
            self.post.append(uc)
        # settling after a pause (a warm-up ramp): the rate is still climbing back, neither evidence nor drain
        # settle_noise (session 23; 3 since generator 49's look): climbing needs a rise beyond the run's own noise,
        # not one noisy step
        climb = max(d.min_drop, d.settle_noise * self.cov.sigma) if d.settle_noise else d.min_drop
        settling = (0 < self.since <= d.settle and self.sign > 0
                    and (len(self.post) < 3 or uc - self.post[0] > climb))
        hold = hold or settling or changing

        burst = 1.0  # the bursts' tail probability
        if self.bursts is not None:
            if pause or changing:
                self.bursts.pause()
            else:
                tail = self.bursts.step(u < -d.burst_dip, self.alarm)
                burst = tail if self.n > d.warmup and not self._rewarm() else 1.0
        q50c, spreadc = q50, spread  # residual_ar: the median and band corrected by the residuals' AR(1)
        if self.ar is not None:
            clean = not hold and uc > DEEP and q50 > DEEP  # other points restart the residual chain
            if clean:
                q50c, spreadc = self.ar.correct(q50, spread)
            self.ar.observe(uc - q50 if clean else None,
                            learn=clean and not self.alarm and self.n > d.warmup and not self._rewarm())
        if self.n <= d.warmup or self._rewarm():  # a new run, or a fresh forecaster on an adapted level
            self.cusum, self.hits = 0.0, 0
            self.level.clear()
            return 0.0, False, "warmup"
        if (pause or settling or changing) and not self.alarm:  # a known pause, a warm-up ramp or a known change
            return min(1.0, self.cusum / (4.0 * d.threshold_sigmas)), False, "change" if changing else "pause"
        if self.alarm:
            self.alarm_age += 1
            bursting = False
            if burst < BURST_HOLD:  # the bursts go on
                bursting = True
            elif self.burst_alarm and d.burst_hold and self.bursts.excess(d.burst_hold) > 1.0:  # a calm stretch
                bursting = True
            if bursting and self._fresh_dips():
                self.calm = 0
            elif not hold:  # recovered: back above the forecast's 5 % quantile and near the pre-alert level
                self.calm = self.calm + 1 if z < CALM_Z and uc > -2.0 * d.min_drop else 0
            if self.calm >= d.recovery:
                self._end_alarm()
                return 0.0, False, "normal"
            if self.escal.half and not (hold or pause) and uc > DEEP:
                self.escal.push(y, self.n)
                if self.escal.deeper(self.ref.level, d.min_drop) is not None:  # a new, deeper regression
                    noise, floor = self.alarm_noise, self.escal.floor
                    self._end_alarm()  # this point ends the run; the new one starts at the next point
                    self._start_alarm(burst_alarm=False)
                    self.start_rule = "escalation"  # reported at the new run's first point, the next one
                    self.alarm_noise = noise
                    self.escal.clear(floor)  # a further escalation needs a level below this one
                    return 1.0, False, "escalated"
            if self.rebase and not (hold or pause) and uc > DEEP:
                self.plateau.vals.append(y)
                level = None if bursting else self.plateau.settled(self.alarm_noise, d.rebase_tail)
                if level is not None:  # settled at a new level: accepted, the alert ends
                    self.ref.set(level)
                    self.ref.win.clear()
                    for x in list(self.plateau.vals)[-self.ref.win.size:]:
                        self.ref.win.push(x)
                    self._end_alarm()
                    return 0.0, False, "rebased"
            if self.late is not None and not (pause or settling or changing or pause is None and q50 < DEEP):
                self.late.append(y)
                level = (None if bursting or self.alarm_age < d.rebase_late
                         else held_level(self.late, self.alarm_noise, max(d.rebase, 3), d.late_fall))
                if level is not None:  # held this long and no longer falling: accepted, the alert ends
                    self.ref.set(level)
                    self.ref.win.clear()
                    for x in list(self.late)[-self.ref.win.size:]:
                        self.ref.win.push(x)
                    self._end_alarm()
                    return 0.0, False, "rebased"
            if self.alarm_age >= d.adapt_after and len(self.recent):  # a regression that stays: new normal
                self.ref.set(self.recent.median())
                self.forecaster = self._new_forecaster()  # it starts afresh on the new level
                own = getattr(self.forecaster, "cov", None)
                if self.shared_cov:
                    self.cov = own
                self._end_alarm()
                self.adapted_at = self.n
                return 1.0, False, "adapted"
            return 1.0, True, "anomaly"

        if self.shelf is not None:  # shelf_follow: the median no higher than the recent level (see _shelf_median)
            q50c = self._shelf_median(q50c, uc, pause)
        zc = Z90 * (q50c - uc) / spreadc  # z against the corrected median (z itself without the chart)
        pauses = [n for n in self.cov.lengths if n >= 5]  # recent deep runs that were pauses, not hiccups
        if pause is None and self.sign > 0 and len(pauses) >= 3 and self.cov.run > 2.5 * max(pauses):
            inc = CAP  # a stall: deep for 2.5x as long as the longest recent pause
        elif q50c - uc > d.min_drop:
            weak = pause is None or self.cov.run <= STALL
            inc = min(zc, CAP_DEEP if uc < DEEP and weak else CAP)
        else:
            inc = min(zc, 0.0)
        if d.post_pause and self.sign > 0 and pause is not None and 0 < self.since <= d.post_pause:
            inc = self._post_pause(inc, uc, q50, spread)
        self.cusum = max(0.0, self.cusum + inc - K)
        self.hits = self.hits + 1 if inc > K else (0 if self.cusum == 0.0 else self.hits)
        h = 4.0 * d.threshold_sigmas
        score = min(1.0, self.cusum / h)
        crossed = self.cusum >= h and self.hits >= d.persistence  # the CUSUM reached its interval
        shelf = not crossed and not hold and self.level.fires(uc, d.min_drop)  # else the level test (smeared onsets)
        shortfall = crossed or shelf
        if shortfall or burst < d.burst_alpha:
            # the burst rule alone started it, with healthy points between the dips (a straggler, not a drop)
            self._start_alarm(burst_alarm=(not shortfall and len(self.recent) > 0
                                           and self.recent.median() - self.ref.level > -2.0 * d.min_drop))
            self.start_rule = "cusum" if crossed else "level" if shelf else "burst"
            return 1.0, True, "anomaly"
        if score > d.suspect_ratio:
            return score, False, "suspect"
        if self.cusum == 0.0 and uc > DEEP and q50 > DEEP:
            width = q50 - q05
            self.typical = width if self.typical is None else self.typical + 0.02 * (width - self.typical)
        return score, False, "pause" if (uc < DEEP if pause is None else pause) else "normal"

    def _post_pause(self, inc: float, uc: float, q50: float, spread: float) -> float:
        """``post_pause`` (session 17): the CUSUM increment of a point ``since`` points after a known pause (the
        caller gives the phase; an inferred pause may be a regression's own deep start), measured
        against the forecast blended toward the level the run has shown since the pause, ``m`` (the median of
        its scored points): ``q = min(q50, m + w * (q50 - m))``, ``w = 0.5 + 0.5 * since / post_pause``. The
        forecaster's weight grows from an even blend of the two at the pause's end to 1 at the window's end, so a
        shortfall that only the forecaster sees (it expected a quick recovery from the pause, the run sits on a
        flat shelf) counts half at first and fully at the window's end; a deep regression from the pause still
        adds soon (its shortfall is large), and a
        pause-deep point (already weak evidence, ``CAP_DEEP``) is left as it is. Only ever lowers ``inc``."""
        if uc >= DEEP and not self.post_vals:
            inc = min(inc, 0.0)  # the first scored point since the pause: no level seen yet
        elif uc >= DEEP:
            m = median(self.post_vals)
            w = POST_W0 + (1.0 - POST_W0) * self.since / self.d.post_pause
            q = min(q50, m + w * (q50 - m))
            zb = Z90 * (q - uc) / spread
            inc = min(inc, zb if q - uc > self.d.min_drop else min(zb, 0.0))
        self.post_vals.append(uc)
        return inc

    def _shelf_median(self, q50c: float, uc: float, pause: bool | None) -> float:
        """``shelf_follow`` (session 23, off by default; the phase known): the median the CUSUM measures a shortfall
        against is no higher than the median of the last ``shelf_follow`` scored points outside pauses (non-deep
        ones; the current point not among them). The global LSTM forecasts the healthy level, so a healthy shelf
        10-20 % below the reference that lasts hundreds of points (a slow wander the reference follows only slowly)
        adds evidence on every point until the CUSUM fires; the naive ablation follows it. Capped, a step adds for
        about half the window (the median still holds the level before it) and a slow descent adds little; a
        sustained shelf is left to the level test, which measures from the reference. Outside an alert only."""
        out = min(q50c, median(self.shelf)) if len(self.shelf) >= self.shelf.maxlen // 2 else q50c
        if not pause and uc > DEEP:
            self.shelf.append(uc)
        return out

    def _fresh_dips(self) -> bool:
        """Whether the dips that hold the alert are still going on: with ``burst_fresh``, a shortfall (not a
        straggler's) alert is held by the burst count only while a dip run started within the last
        ``burst_fresh`` points (a deep drop's own dips stay in the count for a window after it recovered)."""
        f = self.d.burst_fresh
        if not f or self.burst_alarm:
            return True
        starts = self.bursts.starts
        return bool(starts) and self.bursts.k - starts[-1] < f

    def _rewarm(self) -> bool:
        return bool(self.adapted_at and self.n - self.adapted_at <= self.d.adapt_warmup)

    def _start_alarm(self, burst_alarm: bool) -> None:
        self.alarm, self.alarm_age, self.calm = True, 0, 0
        if self.ar is not None:
            self.ar.alarm()
        self.plateau.vals.clear()
        if self.late is not None:
            self.late.clear()
        self.escal.clear()
        self.level.clear()
        self.alarm_noise = self.cov.sigma
        self.burst_alarm = burst_alarm

    def _end_alarm(self) -> None:
        if self.bursts is not None and self.d.burst_restart:
            self.bursts.restart()  # the ended alert's dips do not start the next one
        self.alarm = False
        self.burst_alarm = False
        self.start_rule = None  # an alert that ended before its first flagged point (an escalation's) reports none
        self.level.disarm()
        self.alarm_age = 0
        self.calm = 0
        self.cusum = 0.0
        self.hits = 0

    # -------------------------------------------------------------- state (plain data only)
    _NEWER = ("up_run", "since", "burst_alarm", "adapted_at", "deep")  # absent from states before sessions 8 / 10
    _SCALARS = ("n", "cusum", "hits", "alarm", "alarm_age", "calm", "typical") + _NEWER

    def state(self) -> dict:
        st = {k: getattr(self, k) for k in self._SCALARS}
        st.update(ref=self.ref.state(), recent=self.recent.state(), last=list(self.last),
                  bursts=None if self.bursts is None else self.bursts.state(), post=list(self.post),
                  plateau=list(self.plateau.vals), escal=self.escal.state(), level=self.level.state(),
                  alarm_noise=self.alarm_noise, change=None if self.change is None else self.change.state(),
                  post_vals=list(self.post_vals), late=None if self.late is None else list(self.late),
                  ar=None if self.ar is None else self.ar.state(),
                  shelf=None if self.shelf is None else list(self.shelf),
                  forecaster=self.forecaster.state_dict(), cov=None if self.shared_cov else self.cov.state(),
                  start_rule=self.start_rule)
        return st

    def load(self, st: dict) -> None:
        for k in self._SCALARS:
            setattr(self, k, st.get(k, 0) if k in self._NEWER else st[k])
        self.post = deque((float(x) for x in st.get("post", [])), maxlen=CLIMB)  # absent before session 10
        self.ref.load(st["ref"])
        if self.bursts is not None and st.get("bursts") is not None:  # states saved before session 9: none
            self.bursts.load(st["bursts"])
        self.recent = SortedWindow.from_state(st["recent"])
        self.last = Band(*st["last"])
        self.forecaster.load_state_dict(st["forecaster"])
        if self.shared_cov:
            self.cov = self.forecaster.cov
        else:
            self.cov = Covariates()
            self.cov.load(st["cov"])
        self.plateau.vals.extend(float(x) for x in st.get("plateau", []))  # absent before session 11
        self.escal.load(st.get("escal"))  # absent before session 12
        self.level.load(st.get("level"))
        self.alarm_noise = float(st.get("alarm_noise", self.cov.sigma))
        rule = st.get("start_rule")  # absent before session 24 (helper startrule): none pending
        self.start_rule = str(rule) if rule is not None else None
        self.change = Change.from_state(st.get("change"))  # absent before session 15
        self.post_vals = [float(x) for x in st.get("post_vals", [])]  # absent before session 17
        if self.ar is not None:
            self.ar.load(st.get("ar"))  # absent before session 18
        if self.late is not None:
            self.late.clear()
            self.late.extend(float(x) for x in st.get("late") or [])  # absent before session 20
        if self.shelf is not None:
            self.shelf.clear()
            self.shelf.extend(float(x) for x in st.get("shelf") or [])  # absent before session 23's shelf_follow

    def gap(self) -> None:
        """A gap in the timestamps: the evidence gathered so far is stale."""
        self.cusum, self.hits = 0.0, 0
        if self.bursts is not None:
            self.bursts.clear()
