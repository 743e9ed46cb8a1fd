"""The sidecar against a real Prometheus, and AnomalyCallback in a real (short) training run."""

from __future__ import annotations

import threading
import time

import pytest
from prometheus_client import CollectorRegistry

from anomaly.cli import make_detector
from anomaly.detector import ThroughputDetector
from anomaly.likelihood import LikelihoodDetector
from anomaly.sidecar import Sidecar
from monitor import metrics as M
from monitor import stack
from monitor.exporter import MetricsExporter, free_port

# make test runs this file in its waits lane, beside the two workers (Makefile): it mostly waits on servers
pytestmark = pytest.mark.waits


class PhaseRecorder(ThroughputDetector):
    """A real detector that also records the phase and the known changes it was given per point."""

    def __init__(self, *args, **kw) -> None:
        super().__init__(*args, **kw)
        self.pauses: list = []
        self.changes: list = []

    def update(self, value, timestamp=None, pause=None, change=False):
        self.pauses.append(pause)
        self.changes.append(change)
        return super().update(value, timestamp, pause, change)


def _gauge(registry, spec, run, series):
    return registry.get_sample_value(spec.name, {"run": run, "rank": "0", "series": series})


@pytest.mark.slow
def test_sidecar_exports_gauges_for_two_series_and_survives_restart(prometheus_factory, tmp_path):
    source = CollectorRegistry()
    runs = {name: M.bind(source, run=name, rank=0) for name in ("a", "b")}
    stop = threading.Event()

    dtype = {"a": "fp16", "b": "fp16"}

    def produce():  # what PrometheusMonitor publishes once per window: the rate and the window's pause time
        while not stop.is_set():
            for name in ("a", "b"):  # what the DPS plugin publishes: its active precision
                runs[name](M.DPS_ACTIVE_DTYPE).state(dtype[name])
            runs["a"](M.SAMPLES_PER_SECOND).set(2000.0)
            runs["a"](M.WINDOW_PAUSE_RATIO).set(0.6)  # run a: every window mostly validation
            runs["b"](M.SAMPLES_PER_SECOND).set(1200.0)
            runs["b"](M.WINDOW_PAUSE_RATIO).set(0.2)  # run b: a little validation, not enough to be a pause
            time.sleep(0.05)

    threading.Thread(target=produce, daemon=True).start()
    out = CollectorRegistry()
    query = M.SAMPLES_PER_SECOND.series
    try:
        with MetricsExporter(port=free_port(), registry=source) as exp:
            prom = prometheus_factory(static_targets=[exp.target])
            prom.wait_for(query, lambda r: len(r) == 2 and all(len(x["value"]) == 2 for x in r), timeout=60)
            time.sleep(3)
            dtype["a"] = "bf16"  # run a's DPS switches precision: a known planned change for the sidecar
            time.sleep(3)
            made: list[PhaseRecorder] = []
            car = Sidecar(prom.url, step=1.0, lookback=60, registry=out,  # default query: the monitor's gauge
                          detector_factory=lambda: made.append(PhaseRecorder("ets", warmup=5, window=3)) or made[-1])
            assert car.poll_once() > 0
            # each series got its phase from the pause gauge under the same labels
            phases = {dict(k)["run"]: set(made[i].pauses) for i, k in enumerate(car.detectors)}
            assert phases == {"a": {True}, "b": {False}}, phases
            # ... and run a, only it, was told of its precision switch once (default change query: the DPS dtype)
            told = {dict(k)["run"]: sum(made[i].changes) for i, k in enumerate(car.detectors)}
            assert told == {"a": 1, "b": 0} and car.changes_told == 1, told
            custom = Sidecar(prom.url, query, step=1.0, lookback=60, registry=CollectorRegistry(),
                             detector_factory=lambda: made.append(PhaseRecorder("ets", warmup=5, window=3)) or made[-1])
            assert custom.poll_once() > 0 and set(made[-1].pauses) == {None}  # a custom query: phase unknown
            assert custom.changes_told == 0 and not any(made[-1].changes)  # ... and no change query
            real = Sidecar(prom.url, query, step=1.0, lookback=60, registry=CollectorRegistry(),
                           detector_factory=lambda: make_detector("auto", "both"))  # anomaly watch --direction both
            assert real.poll_once() > 0
            assert {type(d) for d in real.detectors.values()} == {LikelihoodDetector}
            for run, rate in (("a", 2000.0), ("b", 1200.0)):
                series = M.SAMPLES_PER_SECOND.series + "{" + 'instance="%s",job="lightwatch"' % exp.target + "}"
                observed = _gauge(out, M.ANOMALY_OBSERVED, run, series)
                assert observed is not None and 0.5 * rate < observed < 1.5 * rate, (run, observed)
                for spec in (M.ANOMALY_FORECAST, M.ANOMALY_LOWER, M.ANOMALY_UPPER, M.ANOMALY_SCORE,
                             M.ANOMALY_ACTIVE):
                    assert _gauge(out, spec, run, series) is not None, (spec.name, run)
                for cause in M.ALERT_START_CAUSES:  # the start counter is exported beside them, at 0 until a start
                    assert out.get_sample_value(M.ANOMALY_ALERT_STARTS.series, {"run": run, "rank": "0",
                                                "series": series, "cause": cause}) == 0.0, (cause, run)
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
    with pytest.raises(ValueError, match="step"):
        Sidecar("http://127.0.0.1:9090", step=float("inf"))
    with pytest.raises(ValueError, match="interval"):
        Sidecar("http://127.0.0.1:9090").run_forever(interval=float("nan"))
    assert Sidecar("http://127.0.0.1:9090").query == M.SAMPLES_PER_SECOND.series
    assert Sidecar("http://127.0.0.1:9090").pause_query == M.WINDOW_PAUSE_RATIO.series
    assert Sidecar("http://127.0.0.1:9090", "up").pause_query == ""  # a custom query has no phase unless given
    assert Sidecar("http://127.0.0.1:9090").change_query == M.DPS_ACTIVE_DTYPE.series
    assert Sidecar("http://127.0.0.1:9090", "up").change_query == ""
    with pytest.raises(ValueError, match="change_query"):
        Sidecar("http://127.0.0.1:9090", change_query=3)


def test_a_change_query_tells_each_change_once_across_overlapping_polls(monkeypatch):
    """The sidecar's bookkeeping over polls (the query is answered without a server; the real Prometheus path is
    the slow test above): polls overlap by two steps, yet a change of the change series is told once, at the rate
    point of its step, to the rate series whose labels it carries, and not to another run's."""
    from anomaly import sidecar as sc

    t0, n = 1.7e9, 400
    stage = {t0 + 5 * i: (1.0 if i < 250 else 2.0) for i in range(n)}  # run a's batch-size stage steps at point 250

    def answer(url, query, start, end, step):
        keep = [t for t in sorted(stage) if start <= t <= end]
        if query == "stage":
            return [{"metric": {"__name__": "stage", "run": "a", "rank": "0", "job": "x"},
                     "values": [(t, str(stage[t])) for t in keep]}]
        return [{"metric": {"__name__": "rate", "run": run, "rank": "0"}, "values": [(t, "1000") for t in keep]}
                for run in ("a", "b")]

    monkeypatch.setattr(sc.promql, "query_range", answer)
    made: dict = {}
    car = sc.Sidecar("http://127.0.0.1:9", "rate", step=5.0, lookback=5 * 100, change_query="stage",
                     registry=CollectorRegistry(),
                     detector_factory=lambda: made.setdefault(len(made), PhaseRecorder("ets", warmup=5, window=3)))
    for k in range(6):  # 100 points, then 60 a poll, each poll starting two steps before the last one's end
        car.poll_once(now=t0 + 5 * (100 + 60 * k))
    a, b = made[0], made[1]
    assert sum(a.changes) == 1 and not any(b.changes) and car.changes_told == 1
    assert a.changes.index(True) == 250  # the first point is t0 (lookback 100 steps from t0 + 500): point 250, its step


@pytest.mark.slow
def test_callback_in_real_training_takes_the_monitors_run_and_registry(registry):
    import pytorch_lightning as pl

    from anomaly import AnomalyCallback
    from monitor.callbacks import PrometheusMonitor
    from monitor.demo_model import DigitsDataModule, DigitsMLP
    from tests.anomaly_windows import WindowFeed

    pl.seed_everything(0, verbose=False)
    monitor = PrometheusMonitor(run_name="cb", registry=registry, serve=False)
    feed = WindowFeed(every=2)
    cb = AnomalyCallback(feed, ThroughputDetector("ets", warmup=20), run_name="other", registry=CollectorRegistry())
    trainer = pl.Trainer(max_steps=60, accelerator="cpu", devices=1, callbacks=[monitor, feed, cb], logger=False,
                         enable_checkpointing=False, enable_progress_bar=False, enable_model_summary=False,
                         num_sanity_val_steps=0, limit_val_batches=0)
    with pytest.warns(UserWarning, match="PrometheusMonitor"):  # one run, one label: the monitor's wins
        trainer.fit(DigitsMLP(hidden=32), datamodule=DigitsDataModule(batch_size=32))
    series = {"run": "cb", "rank": "0", "series": "samples_per_second"}
    assert registry.get_sample_value(M.ANOMALY_OBSERVED.name, series) > 0
    assert registry.get_sample_value(M.ANOMALY_ACTIVE.name, series) in (0.0, 1.0)
    assert registry.get_sample_value(M.ANOMALY_UPPER.name, series) >= registry.get_sample_value(
        M.ANOMALY_LOWER.name, series)
    assert cb.detector.state_dict()["n"] == 30 and cb._worker is None  # one point per window; worker joined


def test_sidecar_logs_once_when_a_series_alternates_point_to_point(monkeypatch):
    """An aliased ``rate()`` (a window holding one or two pushes) is logged once per series, as a warning,
    after ALTERNATION_POINTS values; a plain series is not. The query is answered without a server here:
    what is tested is the sidecar's own bookkeeping over polls."""
    import logging

    import numpy as np

    from anomaly import sidecar as sc
    from monitor.eventlog import get_logger

    rng = np.random.default_rng(3)
    n = sc.ALTERNATION_POINTS + 50
    turn = np.where(np.arange(n) % 2 == 0, 2 / 3, 4 / 3)
    aliased = 1000 * turn * np.exp(0.02 * rng.standard_normal(n))
    plain = 1000 * np.exp(0.02 * rng.standard_normal(n))
    t0 = 1.7e9

    def answer(url, query, start, end, step):
        pts = [(t0 + 5 * i, v) for i, v in enumerate(aliased)], [(t0 + 5 * i, v) for i, v in enumerate(plain)]
        keep = [[(t, str(v)) for t, v in series if start <= t <= end] for series in pts]
        return [{"metric": {"__name__": "rate", "job": "aliased"}, "values": keep[0]},
                {"metric": {"__name__": "rate", "job": "plain"}, "values": keep[1]}]

    monkeypatch.setattr(sc.promql, "query_range", answer)
    car = sc.Sidecar("http://127.0.0.1:9", "rate(x[1m])", step=5.0, lookback=5 * 200,
                            registry=CollectorRegistry())
    records: list[logging.LogRecord] = []
    keep = logging.Handler(logging.WARNING)
    keep.emit = records.append
    logger = get_logger()  # configured first, so the extra handler does not replace its JSON one
    logger.addHandler(keep)
    try:
        for k in range(4):  # 200 points, then about 100 a poll: the check runs once, on the third poll
            car.poll_once(now=t0 + 5 * (200 + 100 * k))
    finally:
        logger.removeHandler(keep)
    alerts = [r for r in records if r.getMessage() == "anomaly_sidecar_series_alternates"]
    assert len(alerts) == 1, [r.getMessage() for r in records]
    fields = alerts[0].lightwatch_fields
    assert 'job="aliased"' in fields["series"] and fields["lag1"] < sc.ALTERNATION_WARN


def test_change_series_beyond_the_cap_are_ignored_and_logged_once(monkeypatch, caplog):
    """Bounded label cardinality: a change query returning more series than CHANGE_SERIES_PER_SERIES x max_series
    keeps the first ones' bookkeeping only and logs the cap once, however many polls follow."""
    import logging

    from anomaly import sidecar as sc

    t0 = 1.7e9

    def answer(url, query, start, end, step):
        ts = [t0 + 5 * i for i in range(int((start - t0) // 5), int((end - t0) // 5) + 1) if i >= 0]
        if query == "stage":
            return [{"metric": {"__name__": "stage", "pod": str(p)}, "values": [(t, "1") for t in ts]}
                    for p in range(30)]
        return [{"metric": {"__name__": "rate", "run": "a", "rank": "0"}, "values": [(t, "1000") for t in ts]}]

    monkeypatch.setattr(sc.promql, "query_range", answer)
    car = sc.Sidecar("http://127.0.0.1:9", "rate", step=5.0, lookback=50, change_query="stage", max_series=2,
                     registry=CollectorRegistry(),
                     detector_factory=lambda: PhaseRecorder("ets", warmup=5, window=3))
    with caplog.at_level(logging.WARNING):
        for k in range(3):
            car.poll_once(now=t0 + 50 + 50 * k)
    assert len(car._change_last) == 2 * sc.CHANGE_SERIES_PER_SERIES
    assert sum("anomaly_sidecar_change_series_capped" in r.getMessage() for r in caplog.records) == 1
