"""AnomalyCallback: the thin Lightning adapter that feeds the monitor's throughput to the detector."""

from __future__ import annotations

from collections import deque
from typing import Any

import pytorch_lightning as pl

from anomaly.alerting import GaugePublisher, WebhookSink, transition_payload
from anomaly.detector import ThroughputDetector


class AnomalyCallback(pl.Callback):
    """Scores each training step's throughput and exports the ANOMALY_* gauges.

    It subscribes to a :class:`monitor.PrometheusMonitor` (``monitor.subscribe``) and feeds the
    throughput of every ``every_n_steps`` batches — samples over the wall time between batch ends, so
    data waits, validation and checkpoint pauses count — to a :class:`ThroughputDetector`. Gauges go to the monitor's registry unless one is given, with
    ``series="samples_per_second"``. ``webhook_url`` posts JSON when an alert starts or ends from a
    background thread (retries with back-off; never blocks or raises into training). The detector
    state is saved in checkpoints (``state_dict``), so a resumed run keeps its model.

    Example::

        monitor = PrometheusMonitor(port=9400)
        trainer = pl.Trainer(callbacks=[monitor, AnomalyCallback(monitor)])
    """

    def __init__(self, monitor, detector: ThroughputDetector | None = None, *, every_n_steps: int = 1,
                 registry=None, run_name: str | None = None, series: str = "samples_per_second",
                 webhook_url: str | None = None) -> None:
        if not hasattr(monitor, "subscribe"):
            raise ValueError("monitor: expected a PrometheusMonitor (an object with subscribe(fn))")
        if not isinstance(every_n_steps, int) or every_n_steps < 1:
            raise ValueError(f"every_n_steps={every_n_steps!r}: must be a positive integer")
        self.monitor = monitor
        self.detector = detector if detector is not None else ThroughputDetector()
        self.every_n_steps = every_n_steps
        self.registry = registry
        self.run_name = run_name
        self.series = series
        self.sink = WebhookSink(webhook_url) if webhook_url else None
        self.last_result = None
        self.alerts = 0
        self.alert_steps: deque[int] = deque(maxlen=100)  # global steps where alert runs started
        self._publisher: GaugePublisher | None = None
        self._acc_samples = 0.0
        self._acc_n = 0
        self._last_ts: float | None = None
        self._rank = 0
        monitor.subscribe(self._on_step)

    def setup(self, trainer: "pl.Trainer", pl_module: "pl.LightningModule", stage: str) -> None:
        run = self.run_name or getattr(self.monitor, "run_name", None) or type(pl_module).__name__
        self._rank = trainer.global_rank
        registry = self.registry if self.registry is not None else getattr(self.monitor, "registry", None)
        self._publisher = GaugePublisher(registry, run=run, rank=trainer.global_rank)
        self._run = run

    def _on_step(self, rec) -> None:
        if self._last_ts is None:  # the first batch end starts the clock
            self._last_ts = rec.timestamp
            return
        self._acc_samples += rec.samples
        self._acc_n += 1
        seconds = rec.timestamp - self._last_ts
        if self._acc_n < self.every_n_steps or seconds <= 0:
            return
        # wall time between batch ends: data waits, validation and checkpoint pauses included
        rate = self._acc_samples / seconds
        self._acc_samples = 0.0
        self._acc_n = 0
        self._last_ts = rec.timestamp
        prev = self.last_result.is_anomaly if self.last_result is not None else False
        r = self.detector.update(rate, rec.timestamp)
        self.last_result = r
        if self._publisher is not None:
            self._publisher.publish(r, self.series)
        if r.is_anomaly and not prev:
            self.alerts += 1
            self.alert_steps.append(rec.global_step)
        if self.sink is not None and r.is_anomaly != prev:
            self.sink.send(transition_payload(r, series=self.series, run=getattr(self, "_run", ""),
                                              rank=self._rank, started=r.is_anomaly))

    def teardown(self, trainer: "pl.Trainer", pl_module: "pl.LightningModule", stage: str) -> None:
        if self.sink is not None:
            self.sink.close()

    def state_dict(self) -> dict[str, Any]:
        return {"detector": self.detector.state_dict(), "alerts": self.alerts}

    def load_state_dict(self, state_dict: dict[str, Any]) -> None:
        self.detector.load_state_dict(state_dict["detector"])
        self.alerts = state_dict.get("alerts", 0)
