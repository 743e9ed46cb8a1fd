"""The Prometheus sidecar: score any series Prometheus holds, export the same anomaly gauges.

It polls ``query_range`` for a PromQL expression (default: the monitor's window throughput
``lightwatch_samples_per_second``, the series the dashboards draw and ``AnomalyCallback`` scores),
keeps one detector per returned series (its labels kept: ``run``/``rank`` where the series has
them, the rest folded into the ``series`` label), feeds each only the points it has not seen (one
detector point per query step; with the default query it also reads the monitor's
``lightwatch_window_pause_ratio``, set with each window's rate, and passes each point's phase: a
window that spent at least 40 % of its time in validation or checkpoint writes is a pause, and the DPS
plugin's active precision ``lightwatch_dps_active_dtype``: a point whose window saw it change is a known planned
change, as ``AnomalyCallback`` passes it in process), sets the ANOMALY_* gauges and hands alert transitions to an
:class:`~anomaly.alerting.AlertSink` (default none: the ``ThroughputRegression`` rule alerts on the
gauges). An unreachable or restarting Prometheus is logged and retried on the next poll; the
detectors keep their state.

Usage::

    car = Sidecar("http://127.0.0.1:9090")   # or a query: Sidecar(url, 'sum by (run) (rate(...[1m]))')
    car.poll_once()            # or car.run_forever(interval=15) / `lightwatch anomaly watch`
"""

from __future__ import annotations

import logging
import math
import threading
import time
from typing import Callable

from prometheus_client import CollectorRegistry

from anomaly.alerting import AlertSink, AlertTracker, GaugePublisher
from anomaly.detector import ThroughputDetector
from anomaly.global_model import PAUSE_SHARE
from anomaly.stats import ALTERNATION_WARN, alternation, alternation_advice, takes_change, takes_pause
from monitor import metrics as M
from monitor import promql
from monitor.eventlog import log_event

ALTERNATION_POINTS = 300  # values per series checked for point-to-point alternation (once)
#: change series kept per rate series allowed (a one-hot gauge such as the DPS dtype has two per rank); the rest
#: are ignored so that the change bookkeeping stays bounded like the detectors
CHANGE_SERIES_PER_SERIES = 4


def default_query() -> str:
    """The monitor's per-window throughput gauge (one series per run and rank)."""
    return M.SAMPLES_PER_SECOND.series


def default_pause_query() -> str:
    """The monitor's per-window pause share, set with each window's rate (the run's phase)."""
    return M.WINDOW_PAUSE_RATIO.series


def default_change_query() -> str:
    """The DPS plugin's active precision (one 0/1 series per dtype, per run and rank): a change of any of them
    is a planned precision switch."""
    return M.DPS_ACTIVE_DTYPE.series


def series_key(labels: dict) -> str:
    """``name{k="v",...}`` without run/rank: the ``series`` label value of one returned series."""
    name = labels.get("__name__", "")
    rest = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()) if k not in ("__name__", "run", "rank"))
    return f"{name}{{{rest}}}" if rest or not name else name


def _unnamed(labels: dict) -> tuple:
    return tuple(sorted((k, v) for k, v in labels.items() if k != "__name__"))


class Sidecar:
    """Polls ``query`` on ``prometheus_url`` and scores every series it returns.

    Parameters
    ----------
    prometheus_url, query : where and what (an expression returning a rate; default
        :func:`default_query`, the monitor's samples/s gauge).
    step : query_range resolution in seconds (one detector point per step).
    lookback : seconds of history fetched on the first poll.
    registry : where the gauges go (default: lightwatch's registry).
    detector_factory : builds a detector per series (default ``ThroughputDetector()``).
    max_series : series beyond this many are ignored (bounded label cardinality); change series beyond
        :data:`CHANGE_SERIES_PER_SERIES` times this many are ignored too (logged once).
    sink : where alert transitions go (:class:`~anomaly.alerting.AlertSink`; default none).
    pause_query : PromQL returning each rate series' pause share (0-1) under the same labels (but the
        metric name); a point whose share is >= 0.4 is a known pause, one without a value is
        training (once the series has a pause series). Default: :func:`default_pause_query` with the
        default ``query``, none (phase unknown) with any other; ``""`` turns it off.
    change_query : PromQL whose series mark known planned level changes (session 16): a rate series' point is
        told as a change (``update(..., change=True)``) when, since its previous point, the value of a change
        series whose labels include all of the rate series' labels (but the name) changed; a change series'
        first value is its baseline. Default: :func:`default_change_query` (the DPS plugin's precision) with
        the default ``query``, none with any other; ``""`` turns it off. Your own: a gauge of the batch size,
        the world size or a curriculum stage, under the rate series' labels.
    """

    def __init__(self, prometheus_url: str, query: str | None = None, *, step: float = 5.0,
                 lookback: float = 3600.0, registry: CollectorRegistry | None = None,
                 detector_factory: Callable[[], ThroughputDetector] | None = None, max_series: int = 64,
                 default_run: str = "sidecar", sink: AlertSink | None = None, pause_query: str | None = None,
                 change_query: str | None = None) -> None:
        if not isinstance(prometheus_url, str) or not prometheus_url.startswith(("http://", "https://")):
            raise ValueError(f"prometheus_url={prometheus_url!r}: expected an http:// or https:// URL")
        if pause_query is None:
            pause_query = default_pause_query() if query is None else ""
        if not isinstance(pause_query, str):
            raise ValueError("pause_query: give a PromQL expression, or '' for none")
        if change_query is None:
            change_query = default_change_query() if query is None else ""
        if not isinstance(change_query, str):
            raise ValueError("change_query: give a PromQL expression, or '' for none")
        query = default_query() if query is None else query
        if not isinstance(query, str) or not query.strip():
            raise ValueError("query: give a PromQL expression")
        for name, v in (("step", step), ("lookback", lookback)):
            if not (isinstance(v, (int, float)) and math.isfinite(v) and v > 0):
                raise ValueError(f"{name}={v!r}: must be a finite number of seconds > 0")
        self.url = prometheus_url
        self.query = query
        self.pause_query = pause_query.strip()
        self.change_query = change_query.strip()
        self._change_last: dict[tuple, tuple[float, float]] = {}  # each change series' last (time, value)
        self._change_capped = False  # logged once when change series beyond the cap were ignored
        self.changes_told = 0
        self.step = float(step)
        self.lookback = float(lookback)
        self.registry = registry
        self.detector_factory = detector_factory or ThroughputDetector
        self.max_series = max_series
        self.default_run = default_run
        self.sink = sink or AlertSink()
        self.detectors: dict[tuple, ThroughputDetector] = {}
        self.last_seen: dict[tuple, float] = {}
        self.last_results: dict[tuple, object] = {}
        self._publishers: dict[tuple[str, str], GaugePublisher] = {}
        self._trackers: dict[tuple, AlertTracker] = {}
        # each series' first ALTERNATION_POINTS values, checked once for point-to-point alternation, then None
        self._first: dict[tuple, list | None] = {}
        self.errors = 0
        self.polls = 0
        self._last_end: float | None = None

    def _publisher(self, run: str, rank: str) -> GaugePublisher:
        key = (run, rank)
        if key not in self._publishers:
            self._publishers[key] = GaugePublisher(self.registry, run=run, rank=rank)
        return self._publishers[key]

    def poll_once(self, now: float | None = None) -> int:
        """One poll; returns the number of new points scored (0 when Prometheus is unreachable)."""
        now = time.time() if now is None else now
        start = now - self.lookback if self._last_end is None else self._last_end - 2 * self.step
        try:
            result = promql.query_range(self.url, self.query, start, now, self.step)
        except promql.PrometheusAPIError as exc:
            self.errors += 1
            log_event("anomaly_sidecar_poll_failed", error=str(exc), errors=self.errors)
            return 0
        self.polls += 1
        self._last_end = now
        pauses = self._pauses(start, now)
        changes = self._changes(start, now)
        scored = 0
        for item in result:
            labels = item.get("metric", {})
            key = tuple(sorted(labels.items()))
            if key not in self.detectors:
                if len(self.detectors) >= self.max_series:
                    continue
                self.detectors[key] = self.detector_factory()
            det, last = self.detectors[key], self.last_seen.get(key, float("-inf"))
            tracker = self._tracker(key, labels)
            phase = pauses.get(_unnamed(labels)) if takes_pause(det.update) else None
            told = self._told(changes, labels) if takes_change(det.update) else []
            for t, v in item.get("values", []):
                t = float(t)
                if t <= last:
                    continue
                kw = {} if phase is None else {"pause": phase.get(t, False)}
                if told and any(last < c <= t for c in told):
                    kw["change"] = True
                    self.changes_told += 1
                    log_event("anomaly_known_change", reason="change_query", series=series_key(labels),
                              run=labels.get("run"), rank=labels.get("rank"), timestamp=t)
                r = det.update(float(v), t, **kw)
                self.last_results[key] = r
                tracker.observe(r)
                last = t
                scored += 1
                self._check_alternation(key, labels, float(v))
            self.last_seen[key] = last
        return scored

    def _check_alternation(self, key: tuple, labels: dict, value: float) -> None:
        """Collect a series' first :data:`ALTERNATION_POINTS` values; then, once, log
        ``anomaly_sidecar_series_alternates`` if they alternate point to point (an aliased ``rate()``)."""
        first = self._first.setdefault(key, [])
        if first is None:
            return
        first.append(value)
        if len(first) < ALTERNATION_POINTS:
            return
        lag1 = alternation(first)
        if lag1 is not None and lag1 < ALTERNATION_WARN:
            log_event("anomaly_sidecar_series_alternates", series=series_key(labels), run=labels.get("run"),
                      rank=labels.get("rank"), lag1=round(lag1, 3),
                      advice=alternation_advice(f"series {series_key(labels)} of {self.query!r}", lag1),
                      level=logging.WARNING)
        self._first[key] = None

    def _pauses(self, start: float, end: float) -> dict[tuple, dict[float, bool]]:
        """Per series (labels without the name): timestamp -> pause, from ``pause_query``; {} without one
        or when it fails (logged; the points are then scored with their phase unknown)."""
        if not self.pause_query:
            return {}
        try:
            result = promql.query_range(self.url, self.pause_query, start, end, self.step)
        except promql.PrometheusAPIError as exc:
            log_event("anomaly_sidecar_pause_query_failed", error=str(exc))
            return {}
        return {_unnamed(item.get("metric", {})): {float(t): float(v) >= PAUSE_SHARE for t, v in item.get("values", [])}
                for item in result}

    def _changes(self, start: float, end: float) -> list[tuple[dict, list[float]]]:
        """Per change series (labels without the name): the timestamps at which its value differs from its
        previous one (the last of an earlier poll included); [] without ``change_query`` or when it fails
        (logged; the points are then scored untold)."""
        if not self.change_query:
            return []
        try:
            result = promql.query_range(self.url, self.change_query, start, end, self.step)
        except promql.PrometheusAPIError as exc:
            log_event("anomaly_sidecar_change_query_failed", error=str(exc))
            return []
        out = []
        for item in result:
            labels = {k: v for k, v in item.get("metric", {}).items() if k != "__name__"}
            key = tuple(sorted(labels.items()))
            if key not in self._change_last and len(self._change_last) >= self.max_series * CHANGE_SERIES_PER_SERIES:
                if not self._change_capped:
                    self._change_capped = True
                    log_event("anomaly_sidecar_change_series_capped", query=self.change_query,
                              kept=len(self._change_last), level=logging.WARNING)
                continue
            at, (seen, prev) = [], self._change_last.get(key, (float("-inf"), None))
            for t, v in item.get("values", []):
                t, v = float(t), float(v)
                if t <= seen:  # polls overlap by two steps
                    continue
                if prev is not None and v != prev and not (math.isnan(v) and math.isnan(prev)):
                    at.append(t)
                seen, prev = t, v
            if prev is not None:
                self._change_last[key] = (seen, prev)
            out.append((labels, at))
        return out

    @staticmethod
    def _told(changes: list[tuple[dict, list[float]]], labels: dict) -> list[float]:
        """The change times of the change series whose labels include all of ``labels`` (but the name)."""
        own = {k: v for k, v in labels.items() if k != "__name__"}
        return sorted(t for ch, at in changes if all(ch.get(k) == v for k, v in own.items()) for t in at)

    def _tracker(self, key: tuple, labels: dict) -> AlertTracker:
        if key not in self._trackers:
            run, rank = labels.get("run", self.default_run), labels.get("rank", "0")
            self._trackers[key] = AlertTracker(self._publisher(run, rank), self.sink, run=run, rank=rank,
                                               series=series_key(labels))
        return self._trackers[key]

    def run_forever(self, interval: float = 15.0, stop: threading.Event | None = None) -> None:
        """Poll every ``interval`` seconds until ``stop`` is set."""
        if not (isinstance(interval, (int, float)) and math.isfinite(interval) and interval > 0):
            raise ValueError(f"interval={interval!r}: must be a finite number of seconds > 0")
        stop = stop or threading.Event()
        try:
            while not stop.is_set():
                self.poll_once()
                stop.wait(interval)
        finally:
            self.sink.close()
