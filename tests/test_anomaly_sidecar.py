"""The sidecar against a real Prometheus, and AnomalyCallback in a real (short) training run."""

from __future__ import annotations

import threading
import time

import pytest
from prometheus_client import CollectorRegistry

from anomaly.detector import ThroughputDetector
from anomaly.sidecar import Sidecar
from monitor import metrics as M
from monitor import stack
from monitor.exporter import MetricsExporter, free_port


def _gauge(registry, spec, run, series):
    return registry.get_sample_value(spec.name, {"run": run, "rank": "0", "series": series})


@pytest.mark.slow
def test_sidecar_exports_gauges_for_two_series_and_survives_restart(prometheus_factory, tmp_path):
    source = CollectorRegistry()
    runs = {name: M.bind(source, run=name, rank=0) for name in ("a", "b")}
    stop = threading.Event()

    def produce():
        while not stop.is_set():
            runs["a"](M.SAMPLES).inc(100)
            runs["b"](M.SAMPLES).inc(60)
            time.sleep(0.05)

    threading.Thread(target=produce, daemon=True).start()
    out = CollectorRegistry()
    query = f"rate({M.SAMPLES.series}[3s])"
    try:
        with MetricsExporter(port=free_port(), registry=source) as exp:
            prom = prometheus_factory(static_targets=[exp.target])
            prom.wait_for(query, lambda r: len(r) == 2 and all(len(x["value"]) == 2 for x in r), timeout=60)
            time.sleep(3)
            car = Sidecar(prom.url, query, step=1.0, lookback=60, registry=out,
                          detector_factory=lambda: ThroughputDetector("ets", warmup=5, window=3))
            assert car.poll_once() > 0
            for run, rate in (("a", 2000.0), ("b", 1200.0)):
                series = "{" + 'instance="%s",job="lightwatch"' % exp.target + "}"
                observed = _gauge(out, M.ANOMALY_OBSERVED, run, series)
                assert observed is not None and 0.5 * rate < observed < 1.5 * rate, (run, observed)
                for spec in (M.ANOMALY_FORECAST, M.ANOMALY_LOWER, M.ANOMALY_UPPER, M.ANOMALY_SCORE,
                             M.ANOMALY_ACTIVE):
                    assert _gauge(out, spec, run, series) is not None, (spec.name, run)
            # Prometheus goes away: the poll is logged and counted, nothing raises, state is kept
            port = int(prom.url.rsplit(":", 1)[1])
            prom.server.stop()
            assert car.poll_once() == 0 and car.errors == 1
            seen = dict(car.last_seen)
            cfg = stack.prometheus_config(static_targets=[exp.target], scrape_interval="1s")
            again = stack.start_prometheus(cfg, tmp_path / "prom-again", port=port)
            try:
                deadline = time.time() + 60
                while time.time() < deadline and car.poll_once() == 0:
                    time.sleep(1)
                assert any(car.last_seen[k] > seen[k] for k in seen)
            finally:
                again.stop()
    finally:
        stop.set()


def test_sidecar_bad_arguments():
    with pytest.raises(ValueError, match="prometheus_url"):
        Sidecar("localhost:9090", "up")
    with pytest.raises(ValueError, match="query"):
        Sidecar("http://127.0.0.1:9090", " ")


@pytest.mark.slow
def test_callback_exports_gauges_and_round_trips_state(registry):
    import pytorch_lightning as pl

    from anomaly import AnomalyCallback
    from monitor.callbacks import PrometheusMonitor
    from monitor.demo_model import DigitsDataModule, DigitsMLP

    pl.seed_everything(0, verbose=False)
    monitor = PrometheusMonitor(run_name="cb", registry=registry, serve=False)
    cb = AnomalyCallback(monitor, ThroughputDetector("ets", warmup=20), webhook_url="http://127.0.0.1:9/nothing")
    cb.sink.retries, cb.sink.backoff = 1, 0.01
    trainer = pl.Trainer(max_steps=60, accelerator="cpu", devices=1, callbacks=[monitor, cb], logger=False,
                         enable_checkpointing=False, enable_progress_bar=False, enable_model_summary=False,
                         num_sanity_val_steps=0, limit_val_batches=0)
    trainer.fit(DigitsMLP(hidden=32), datamodule=DigitsDataModule(batch_size=32))
    series = {"run": "cb", "rank": "0", "series": "samples_per_second"}
    assert registry.get_sample_value(M.ANOMALY_OBSERVED.name, series) > 0
    assert registry.get_sample_value(M.ANOMALY_ACTIVE.name, series) in (0.0, 1.0)
    assert registry.get_sample_value(M.ANOMALY_UPPER.name, series) >= registry.get_sample_value(
        M.ANOMALY_LOWER.name, series)
    state = cb.state_dict()
    other = AnomalyCallback(PrometheusMonitor(run_name="cb2", registry=CollectorRegistry(), serve=False),
                            ThroughputDetector("ets"))
    other.load_state_dict(state)
    assert other.detector.state_dict()["n"] == cb.detector.state_dict()["n"] == 59  # first batch end starts the clock
    with pytest.raises(ValueError, match="monitor"):
        AnomalyCallback(object())


def test_webhook_sink_retries_with_backoff_and_never_blocks():
    import json
    from http.server import BaseHTTPRequestHandler, HTTPServer

    from anomaly.alerting import WebhookSink

    got, calls = [], []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 (http.server API)
            calls.append(time.monotonic())
            body = self.rfile.read(int(self.headers["Content-Length"]))
            if len(calls) < 3:  # fail twice, then accept
                self.send_response(503)
                self.end_headers()
                return
            got.append(json.loads(body))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        sink = WebhookSink(f"http://127.0.0.1:{server.server_port}/hook", retries=3, backoff=0.05)
        t0 = time.perf_counter()
        assert sink.send({"event": "anomaly_start", "score": 0.9})
        assert time.perf_counter() - t0 < 0.05  # queued, not posted on the caller's thread
        sink.close(timeout=10)
        assert got == [{"event": "anomaly_start", "score": 0.9}] and sink.delivered == 1 and len(calls) == 3
        assert calls[2] - calls[1] >= calls[1] - calls[0] >= 0.04  # exponential back-off
        dead = WebhookSink("http://127.0.0.1:9/none", retries=1, backoff=0.01, timeout=1)
        dead.send({"event": "x"})
        dead.close(timeout=10)
        assert dead.failed == 1 and dead.delivered == 0
    finally:
        server.shutdown()
    with pytest.raises(ValueError, match="url"):
        WebhookSink("ftp://example")
