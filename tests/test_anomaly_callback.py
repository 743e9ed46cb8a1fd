"""AnomalyCallback: one detector point per monitor window, scored on a worker thread; alert
transitions through one sink interface; the webhook fallback speaks Alertmanager's format."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from prometheus_client import CollectorRegistry

from anomaly import AnomalyCallback
from anomaly.alerting import Alert, AlertSink, WebhookSink, alertmanager_payload
from anomaly.detector import ThroughputDetector
from monitor import metrics as M
from tests.anomaly_windows import WindowFeed, WindowRecord


class RecordingDetector(ThroughputDetector):
    """A real detector that also records what it was given and on which thread."""

    def __init__(self, *args, gate: threading.Event | None = None, **kw) -> None:
        super().__init__(*args, **kw)
        self.seen: list[tuple[float, float]] = []
        self.pauses: list[bool | None] = []
        self.threads: set[int] = set()
        self.gate = gate

    def update(self, value, timestamp=None, pause=None):
        if self.gate is not None:
            self.gate.wait(30)
        self.seen.append((value, timestamp))
        self.pauses.append(pause)
        self.threads.add(threading.get_ident())
        return super().update(value, timestamp, pause)


class RecordingSink(AlertSink):
    def __init__(self) -> None:
        self.alerts: list[Alert] = []
        self.closed = False

    def send(self, alert: Alert) -> bool:
        self.alerts.append(alert)
        return True

    def close(self, timeout: float = 5.0) -> None:
        self.closed = True


def _window(i: int, rate: float, batches: int = 2, seconds: float = 1.0, pause: float = 0.0) -> WindowRecord:
    return WindowRecord(global_step=i * batches, timestamp=1.7e9 + i * seconds, seconds=seconds, pause_seconds=pause,
                        samples=rate * seconds, batches=batches)


def _started(cb: AnomalyCallback, registry=None) -> AnomalyCallback:
    cb.registry = registry if registry is not None else CollectorRegistry()
    cb.run_name = "unit"
    cb.setup(None, None, "fit")  # no Trainer: the run context falls back to the callback's own arguments
    return cb


def test_listener_only_enqueues_and_worker_scores_every_window():
    det = RecordingDetector("ets", warmup=5, window=3)
    registry = CollectorRegistry()
    cb = _started(AnomalyCallback(WindowFeed(), det), registry)
    for i in range(40):
        cb.on_window(_window(i, 1000.0 + i))
    cb.teardown(None, None, "fit")  # drains the queue and joins the worker
    assert cb._worker is None
    assert [v for v, _ in det.seen] == [1000.0 + i for i in range(40)]  # one point per window, in order
    assert threading.get_ident() not in det.threads and len(det.threads) == 1
    labels = {"run": "unit", "rank": "0", "series": "samples_per_second"}
    assert registry.get_sample_value(M.ANOMALY_OBSERVED.name, labels) == 1039.0


def test_every_n_steps_combines_windows_into_one_rate():
    det = RecordingDetector("ets", warmup=5, window=3)
    cb = _started(AnomalyCallback(WindowFeed(), det, every_n_steps=5))
    for i in range(9):  # windows of 2 batches: a point per 3 windows (6 batches)
        cb.on_window(_window(i, 100.0 * (i + 1), seconds=1.0 + i))
    cb.teardown(None, None, "fit")
    expect = []
    for k in range(3):
        idx = range(3 * k, 3 * k + 3)
        samples = sum(100.0 * (i + 1) * (1.0 + i) for i in idx)
        seconds = sum(1.0 + i for i in idx)
        expect.append(pytest.approx(samples / seconds))
    assert [v for v, _ in det.seen] == expect


def test_the_monitors_pause_time_reaches_the_detector_as_the_phase():
    det = RecordingDetector("ets", warmup=5, window=3)
    cb = _started(AnomalyCallback(WindowFeed(), det, every_n_steps=4))
    pauses = [0.0, 0.0, 0.0, 0.9, 0.1, 0.0, 0.5, 0.4]  # 1-s windows of 2 batches: a point per 2 windows
    for i, p in enumerate(pauses):
        cb.on_window(_window(i, 100.0, pause=p))
    cb.teardown(None, None, "fit")
    # a point is a pause when its windows spent >= 40 % of their time in validation or checkpoints
    assert det.pauses == [False, True, False, True]  # shares 0, 0.45, 0.05, 0.45
    det = RecordingDetector("ets", warmup=5, window=3)
    cb = _started(AnomalyCallback(WindowFeed(), det, phase=False))
    for i, p in enumerate(pauses):
        cb.on_window(_window(i, 100.0, pause=p))
    cb.teardown(None, None, "fit")
    assert det.pauses == [None] * len(pauses)  # phase=False: the detector infers pauses


def test_full_queue_drops_and_counts_never_blocks():
    gate = threading.Event()
    det = RecordingDetector("ets", warmup=5, window=3, gate=gate)
    cb = _started(AnomalyCallback(WindowFeed(), det, max_queue=2))
    for i in range(10):
        cb.on_window(_window(i, 1000.0))  # the worker is held: the queue fills and the rest is dropped
    assert cb.dropped >= 7
    gate.set()
    cb.teardown(None, None, "fit")
    assert len(det.seen) + cb.dropped == 10


def test_state_dict_includes_every_window_queued_before_it():
    cb = _started(AnomalyCallback(WindowFeed(), ThroughputDetector("ets", warmup=5, window=3)))
    for i in range(30):
        cb.on_window(_window(i, 1000.0))
    assert cb.state_dict()["detector"]["n"] == 30
    cb.teardown(None, None, "fit")


def test_one_firing_and_one_resolved_alert_through_the_sink():
    sink = RecordingSink()
    det = ThroughputDetector("ets", warmup=20, window=3, persistence=2, recovery=3, min_drop=0.05)
    registry = CollectorRegistry()
    cb = _started(AnomalyCallback(WindowFeed(), det, sink=sink), registry)
    rates = [1000.0 + (i % 3) for i in range(80)] + [750.0 + (i % 3) for i in range(30)] + \
            [1000.0 + (i % 3) for i in range(40)]
    for i, r in enumerate(rates):
        cb.on_window(_window(i, r))
    cb.teardown(None, None, "fit")
    assert [a.status for a in sink.alerts] == ["firing", "resolved"] and sink.closed
    fire, res = sink.alerts
    assert fire.labels == {"alertname": "ThroughputRegression", "severity": "warning", "run": "unit", "rank": "0",
                           "series": "samples_per_second"}
    assert 1.7e9 + 80 <= fire.starts_at == res.starts_at < res.ends_at <= 1.7e9 + 150
    assert cb.alerts == 1 and list(cb.alert_steps) == [int(fire.starts_at - 1.7e9) * 2]
    assert registry.get_sample_value(M.ANOMALY_ACTIVE.name, {"run": "unit", "rank": "0",
                                                              "series": "samples_per_second"}) == 0.0
    # the alert-run start counter beside the gauge: one onset, no escalation
    labels = {"run": "unit", "rank": "0", "series": "samples_per_second"}
    starts = {c: registry.get_sample_value(M.ANOMALY_ALERT_STARTS.series, {**labels, "cause": c})
              for c in M.ALERT_START_CAUSES}
    assert starts == {"onset": 1.0, "escalation": 0.0}


def test_bad_arguments():
    with pytest.raises(ValueError, match="monitor"):
        AnomalyCallback(object())
    with pytest.raises(ValueError, match="every_n_steps"):
        AnomalyCallback(every_n_steps=0)
    with pytest.raises(ValueError, match="sink"):
        AnomalyCallback(sink=AlertSink(), webhook_url="http://127.0.0.1:9/x")
    with pytest.raises(ValueError, match="PrometheusMonitor"):
        AnomalyCallback().setup(None, None, "fit")


class _Hook(BaseHTTPRequestHandler):
    bodies: list = []
    fail_first = 0

    def do_POST(self):  # noqa: N802 (http.server API)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).bodies.append((time.monotonic(), body))
        if len(type(self).bodies) <= type(self).fail_first:
            self.send_response(503)
        else:
            self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def _hook_server(fail_first: int = 0):
    handler = type("Hook", (_Hook,), {"bodies": [], "fail_first": fail_first})
    server = HTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, handler


def _alert(status: str, ends_at=None) -> Alert:
    return Alert(status=status, run="exp", rank="0", series="samples_per_second", starts_at=1.7e9,
                 ends_at=ends_at, value=500.0, forecast=1000.0, lower=900.0, upper=1100.0, score=0.9)


def test_webhook_sink_retries_with_backoff_and_never_blocks():
    server, hook = _hook_server(fail_first=2)
    try:
        sink = WebhookSink(f"http://127.0.0.1:{server.server_port}/hook", retries=3, backoff=0.05)
        assert sink.send(_alert("firing"))
        sink.close(timeout=10)
        calls = [t for t, _ in hook.bodies]
        assert sink.delivered == 1 and len(calls) == 3 and hook.bodies[-1][1] == alertmanager_payload(_alert("firing"))
        assert calls[1] - calls[0] >= 0.05 and calls[2] - calls[1] >= 0.1  # exponential back-off (lower bounds)
        dead = WebhookSink("http://127.0.0.1:9/none", retries=1, backoff=0.01, timeout=1)
        dead.send(_alert("firing"))
        dead.close(timeout=10)
        assert dead.failed == 1 and dead.delivered == 0
    finally:
        server.shutdown()
    with pytest.raises(ValueError, match="url"):
        WebhookSink("ftp://example")


@pytest.mark.slow
def test_webhook_payload_has_alertmanagers_shape(tmp_path):
    """Our fallback's body has the keys, label set and time format of a real Alertmanager's webhook."""
    import urllib.request

    from monitor import stack
    from tests.conftest import require_binary

    require_binary("alertmanager")
    server, hook = _hook_server()
    url = f"http://127.0.0.1:{server.server_port}/hook"
    config = {"route": {"receiver": "hook", "group_by": ["alertname", "run"], "group_wait": "0s",
                        "group_interval": "1s", "repeat_interval": "1h"},
              "receivers": [{"name": "hook", "webhook_configs": [{"url": url, "send_resolved": True}]}]}
    am = stack.start_alertmanager(config, tmp_path / "am")
    try:
        sent = _alert("firing")
        body = json.dumps([{"labels": sent.labels, "annotations": {"summary": "s", "description": "d"},
                            "startsAt": "2026-01-01T00:00:00Z"}]).encode()
        req = urllib.request.Request(f"{am.url}/api/v2/alerts", data=body, headers={"Content-Type": "application/json"})
        urllib.request.urlopen(req, timeout=10).read()
        deadline = time.monotonic() + 60
        while not hook.bodies and time.monotonic() < deadline:
            time.sleep(0.2)
        assert hook.bodies, "Alertmanager sent nothing"
        real = hook.bodies[0][1]
    finally:
        am.stop()
        server.shutdown()
    ours = alertmanager_payload(sent, receiver="hook")
    assert set(ours) == set(real) and ours["version"] == real["version"] == "4"
    assert set(ours["alerts"][0]) == set(real["alerts"][0])
    assert ours["alerts"][0]["labels"] == real["alerts"][0]["labels"] == real["commonLabels"]
    assert ours["groupLabels"] == real["groupLabels"] and ours["groupKey"] == real["groupKey"]
    assert ours["status"] == real["status"] == "firing"
    assert ours["alerts"][0]["endsAt"] == real["alerts"][0]["endsAt"]  # "not resolved" spelled the same
    resolved = alertmanager_payload(_alert("resolved", ends_at=1.7e9 + 60))
    assert resolved["status"] == resolved["alerts"][0]["status"] == "resolved"
    assert resolved["alerts"][0]["endsAt"].endswith("Z") and resolved["alerts"][0]["endsAt"] > \
        resolved["alerts"][0]["startsAt"]


def test_the_detectors_own_alert_has_the_prometheus_rules_name():
    from anomaly.alerting import ALERT_NAME
    from dashboards import rules as R
    from dashboards.config import DEFAULT

    rules = {r["alert"]: r["expr"] for g in R.alert_groups(DEFAULT) for r in g["rules"]}
    on_active = [name for name, expr in rules.items() if M.ANOMALY_ACTIVE.series in expr]
    assert on_active == [ALERT_NAME, M.THROUGHPUT_ESCALATED_ALERT] and ALERT_NAME == M.THROUGHPUT_REGRESSION_ALERT
    # the escalation alert reads the start counter's escalations, and only while the detector is active
    assert f'{M.ANOMALY_ALERT_STARTS.series}{{cause="escalation"}}' in rules[M.THROUGHPUT_ESCALATED_ALERT]
