"""Publish detector results: the ANOMALY_* gauges, and alert transitions through one sink interface.

The alert route is Prometheus: the gauges (``lightwatch_anomaly_active``) feed the
``ThroughputRegression`` rule, the alert-run start counter (``lightwatch_anomaly_alert_starts_total``,
``cause="escalation"``) the ``ThroughputRegressionEscalated`` rule (a deeper regression while an alert
holds, which the active gauge hides between scrapes), and Alertmanager groups, delays (``for:``),
inhibits (during a stall) and notifies. :class:`AlertSink` is the one interface for anything else that
wants the detector's transitions; its default does nothing. :class:`WebhookSink` is the *no-Prometheus fallback*: it
posts the same webhook body Alertmanager would (payload format version 4, ``firing`` then
``resolved``), so a receiver written for Alertmanager works unchanged, but it bypasses
Alertmanager's ``for:``, grouping and inhibition, so prefer the stack when you have it.

Which rule started an alert (``DetectionResult.started_by``: ``cusum``, ``level``, ``burst`` or ``escalation``,
:data:`anomaly.stats.START_RULES`) travels with its transitions (``Alert.started_by``, the webhook's ``started_by``
annotation, firing and resolved) and with the structured event ``anomaly_alert_started`` that
:class:`AlertTracker` logs at each alert start; it is not a metric label (the start counter's ``cause`` says
onset or escalation).

Usage::

    from anomaly.alerting import GaugePublisher, WebhookSink, alert_from_result
    pub = GaugePublisher(registry, run="exp1", rank=0)
    pub.publish(result, series="samples_per_second")
    sink = WebhookSink("http://127.0.0.1:9000/hook")    # Alertmanager-format POSTs, retried
    sink.send(alert_from_result(result, run="exp1", rank=0, series="samples_per_second", firing=True))
    sink.close()
"""

from __future__ import annotations

import hashlib
import json
import math
import queue
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime, timezone

from monitor import metrics as M
from monitor.eventlog import log_event

#: the alert's name, the same as the Prometheus rule on ``lightwatch_anomaly_active`` (dashboards/rules.py)
ALERT_NAME = M.THROUGHPUT_REGRESSION_ALERT
SEVERITY = "warning"


class GaugePublisher:
    """Sets the ANOMALY_* gauges of one run/rank for a labelled series, and counts its alert-run starts.

    The start counter (``lightwatch_anomaly_alert_starts_total``, one child per ``cause``) exists at 0
    from a series' first published result, so a rule's ``increase()`` sees its first start.
    """

    def __init__(self, registry=None, *, run: str, rank: int | str = 0) -> None:
        self.m = M.bind(registry, run=run, rank=rank)
        self._counted: set[str] = set()  # series whose start counters exist

    def started(self, series: str, cause: str) -> None:
        """Count one alert-run start of ``series``; ``cause`` is one of ``M.ALERT_START_CAUSES``."""
        if cause not in M.ALERT_START_CAUSES:
            raise ValueError(f"cause={cause!r}: expected one of {M.ALERT_START_CAUSES}")
        self._counters(series)
        self.m(M.ANOMALY_ALERT_STARTS, series=series, cause=cause).inc()

    def _counters(self, series: str) -> None:
        if series not in self._counted:
            for cause in M.ALERT_START_CAUSES:
                self.m(M.ANOMALY_ALERT_STARTS, series=series, cause=cause)  # created at 0
            self._counted.add(series)

    def publish(self, result, series: str) -> None:
        self._counters(series)
        m = self.m
        for spec, value in ((M.ANOMALY_OBSERVED, result.value), (M.ANOMALY_FORECAST, result.forecast),
                            (M.ANOMALY_LOWER, result.lower), (M.ANOMALY_UPPER, result.upper),
                            (M.ANOMALY_SCORE, result.score), (M.ANOMALY_ACTIVE, 1.0 if result.is_anomaly else 0.0)):
            if value is not None and math.isfinite(value):
                m(spec, series=series).set(value)


@dataclass(frozen=True)
class Alert:
    """One alert transition of one series: ``status`` is ``"firing"`` or ``"resolved"``."""

    status: str
    run: str
    rank: str
    series: str
    starts_at: float  # unix seconds: when the alert started
    ends_at: float | None  # unix seconds when resolved, else None
    value: float
    forecast: float
    lower: float
    upper: float
    score: float
    started_by: str | None = None  # the rule that started the alert (DetectionResult.started_by), where known

    @property
    def labels(self) -> dict[str, str]:
        return {"alertname": ALERT_NAME, "severity": SEVERITY, "run": self.run, "rank": self.rank,
                "series": self.series}

    @property
    def fingerprint(self) -> str:
        text = ",".join(f"{k}={v}" for k, v in sorted(self.labels.items()))
        return hashlib.sha256(text.encode()).hexdigest()[:16]


def alert_from_result(result, *, run: str, rank, series: str, firing: bool, started: float | None = None,
                      started_by: str | None = None) -> Alert:
    """The :class:`Alert` for a detector result at an alert's start (``firing``) or end. ``started_by``: the rule
    that started the alert (default: the result's own ``started_by`` when firing, none when resolved)."""
    now = result.timestamp if result.timestamp is not None else time.time()
    if started_by is None and firing:
        started_by = getattr(result, "started_by", None)
    return Alert(status="firing" if firing else "resolved", run=str(run), rank=str(rank), series=series,
                 starts_at=now if started is None else started, ends_at=None if firing else now,
                 value=result.value, forecast=result.forecast, lower=result.lower, upper=result.upper,
                 score=result.score, started_by=started_by)


def _rfc3339(t: float | None) -> str:
    if t is None:
        return "0001-01-01T00:00:00Z"  # Alertmanager's zero time: not resolved yet
    return datetime.fromtimestamp(t, timezone.utc).isoformat().replace("+00:00", "Z")


def _number(x: float) -> str:
    return f"{x:.6g}" if x is not None and math.isfinite(x) else "NaN"


def alertmanager_payload(alert: Alert, receiver: str = "lightwatch-anomaly") -> dict:
    """Alertmanager's webhook body (``version: "4"``) for one alert, as a one-alert group."""
    group = {"alertname": ALERT_NAME, "run": alert.run}
    annotations = {
        "summary": f"Throughput regression in run {alert.run} (rank {alert.rank})",
        "description": (f"The anomaly detector flagged {alert.series} of run {alert.run} rank {alert.rank}: "
                        f"observed {_number(alert.value)}, forecast {_number(alert.forecast)} "
                        f"(band {_number(alert.lower)} to {_number(alert.upper)}), score {alert.score:.2f}."
                        + (f" Started by the {alert.started_by} rule." if alert.started_by else "")),
    }
    if alert.started_by:
        annotations["started_by"] = alert.started_by  # one of anomaly.stats.START_RULES
    return {
        "version": "4",
        "groupKey": "{}:" + "{" + ", ".join(f'{k}="{v}"' for k, v in group.items()) + "}",
        "truncatedAlerts": 0,
        "status": alert.status,
        "receiver": receiver,
        "groupLabels": group,
        "commonLabels": alert.labels,
        "commonAnnotations": annotations,
        "externalURL": "",
        "alerts": [{"status": alert.status, "labels": alert.labels, "annotations": annotations,
                    "startsAt": _rfc3339(alert.starts_at), "endsAt": _rfc3339(alert.ends_at),
                    "generatorURL": "", "fingerprint": alert.fingerprint}],
    }


class AlertSink:
    """Where alert transitions go besides the gauges. The default does nothing (Prometheus alerts).

    ``send`` must never block nor raise into the caller; ``close`` flushes what it can.
    """

    def send(self, alert: Alert) -> bool:
        return True

    def close(self, timeout: float = 5.0) -> None:
        return None


class WebhookSink(AlertSink):
    """The no-Prometheus fallback: Alertmanager-format webhook POSTs from a background thread.

    Bounded queue, retries with exponential back-off. ``send`` never blocks and never raises (a full
    queue drops the alert and logs it); delivery failures are logged after ``retries`` attempts.
    ``close`` waits at most ``timeout`` seconds.
    """

    def __init__(self, url: str, *, retries: int = 3, backoff: float = 0.5, timeout: float = 5.0,
                 max_queue: int = 100, receiver: str = "lightwatch-anomaly") -> None:
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise ValueError(f"url={url!r}: expected an http:// or https:// URL")
        if retries < 0 or backoff < 0 or timeout <= 0:
            raise ValueError("retries and backoff must be >= 0 and timeout > 0")
        self.url = url
        self.retries = retries
        self.backoff = backoff
        self.timeout = timeout
        self.receiver = receiver
        self.delivered = 0
        self.failed = 0
        self._q: queue.Queue = queue.Queue(maxsize=max_queue)
        self._thread = threading.Thread(target=self._loop, name="lightwatch-anomaly-webhook", daemon=True)
        self._thread.start()

    def send(self, alert: Alert) -> bool:
        try:
            self._q.put_nowait(alertmanager_payload(alert, self.receiver))
            return True
        except queue.Full:
            log_event("anomaly_webhook_dropped", reason="queue full")
            return False

    def _post(self, body: bytes) -> None:
        req = urllib.request.Request(self.url, data=body, headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=self.timeout) as resp:
            resp.read()

    def _loop(self) -> None:
        while True:
            payload = self._q.get()
            if payload is None:
                return
            body = json.dumps(payload).encode()
            for attempt in range(self.retries + 1):
                try:
                    self._post(body)
                    self.delivered += 1
                    break
                except (urllib.error.URLError, OSError, ValueError) as exc:
                    if attempt == self.retries:
                        self.failed += 1
                        log_event("anomaly_webhook_failed", error=str(exc), attempts=attempt + 1)
                    else:
                        time.sleep(self.backoff * 2 ** attempt)

    def close(self, timeout: float = 5.0) -> None:
        try:
            self._q.put(None, timeout=timeout)
        except queue.Full:
            return
        self._thread.join(timeout)


class AlertTracker:
    """Turns a stream of detector results of one series into gauges and alert transitions."""

    def __init__(self, publisher: GaugePublisher | None, sink: AlertSink, *, run: str, rank, series: str) -> None:
        self.publisher = publisher
        self.sink = sink
        self.run, self.rank, self.series = run, str(rank), series
        self.active_since: float | None = None
        self.alerts = 0
        self.escalations = 0  # alert runs started by an escalation (a subset of ``alerts``)
        self._escalated = False  # the last scored point ended a run by escalation
        self.started_by: str | None = None  # the rule that started the active alert (None: none, or not known)

    def observe(self, result, **context) -> bool:
        """Publish ``result``; send a transition when an alert starts or ends. True at an alert start.

        A start right after a point in state ``escalated`` (a held alert ended by a deeper regression;
        points without a value in between do not count) is counted with ``cause="escalation"``. Each start is
        logged as the event ``anomaly_alert_started`` (run, rank, series, cause, ``started_by``: the rule that
        started it or None, value, forecast, score, timestamp, and ``context``, e.g. the callback's global step); the
        resolved alert keeps the firing one's ``started_by``.
        """
        if self.publisher is not None:
            self.publisher.publish(result, self.series)
        escalated = self._escalated
        if result.state != "missing":
            self._escalated = result.state == "escalated"
        active = self.active_since is not None
        if result.is_anomaly == active:
            return False
        self.started_by = getattr(result, "started_by", None) if result.is_anomaly else self.started_by
        alert = alert_from_result(result, run=self.run, rank=self.rank, series=self.series,
                                  firing=result.is_anomaly, started=self.active_since, started_by=self.started_by)
        self.active_since = alert.starts_at if result.is_anomaly else None
        if result.is_anomaly:
            self.alerts += 1
            self.escalations += int(escalated)
            cause = "escalation" if escalated else "onset"
            if self.publisher is not None:
                self.publisher.started(self.series, cause)
            log_event("anomaly_alert_started", run=self.run, rank=self.rank, series=self.series, cause=cause,
                      started_by=self.started_by, value=result.value, forecast=result.forecast, score=result.score,
                      timestamp=alert.starts_at, **context)
        else:
            self.started_by = None
        self.sink.send(alert)
        return result.is_anomaly
