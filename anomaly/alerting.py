"""Publish detector results: Prometheus gauges (catalogue names) and an optional webhook sink.

Usage::

    from anomaly.alerting import GaugePublisher, WebhookSink
    pub = GaugePublisher(registry, run="exp1", rank=0)
    pub.publish(result, series="samples_per_second")
    sink = WebhookSink("http://127.0.0.1:9000/hook")    # JSON POST on alert start/end, retried
    sink.send({"event": "anomaly_start", ...}); sink.close()
"""

from __future__ import annotations

import json
import math
import queue
import threading
import time
import urllib.error
import urllib.request

from monitor import metrics as M
from monitor.eventlog import log_event


class GaugePublisher:
    """Sets the ANOMALY_* gauges of one run/rank for a labelled series."""

    def __init__(self, registry=None, *, run: str, rank: int | str = 0) -> None:
        self.m = M.bind(registry, run=run, rank=rank)

    def publish(self, result, series: str) -> None:
        m = self.m
        for spec, value in ((M.ANOMALY_OBSERVED, result.value), (M.ANOMALY_FORECAST, result.forecast),
                            (M.ANOMALY_LOWER, result.lower), (M.ANOMALY_UPPER, result.upper),
                            (M.ANOMALY_SCORE, result.score), (M.ANOMALY_ACTIVE, 1.0 if result.is_anomaly else 0.0)):
            if value is not None and math.isfinite(value):
                m(spec, series=series).set(value)


class WebhookSink:
    """JSON POSTs from a background thread: bounded queue, retries with exponential back-off.

    ``send`` never blocks and never raises (a full queue drops the message and logs it); delivery
    failures are logged after ``retries`` attempts. ``close`` waits at most ``timeout`` seconds.
    """

    def __init__(self, url: str, *, retries: int = 3, backoff: float = 0.5, timeout: float = 5.0,
                 max_queue: int = 100) -> None:
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise ValueError(f"url={url!r}: expected an http:// or https:// URL")
        if retries < 0 or backoff < 0 or timeout <= 0:
            raise ValueError("retries and backoff must be >= 0 and timeout > 0")
        self.url = url
        self.retries = retries
        self.backoff = backoff
        self.timeout = timeout
        self.delivered = 0
        self.failed = 0
        self._q: queue.Queue = queue.Queue(maxsize=max_queue)
        self._thread = threading.Thread(target=self._loop, name="lightwatch-anomaly-webhook", daemon=True)
        self._thread.start()

    def send(self, payload: dict) -> bool:
        try:
            self._q.put_nowait(payload)
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
            body = json.dumps(payload, default=str).encode()
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


def transition_payload(result, *, series: str, run: str, rank, started: bool) -> dict:
    """The JSON body posted when an alert starts (``started``) or ends."""
    return {"event": "anomaly_start" if started else "anomaly_end", "run": run, "rank": str(rank),
            "series": series, "timestamp": result.timestamp, "value": result.value, "forecast": result.forecast,
            "lower": result.lower, "upper": result.upper, "score": result.score}
