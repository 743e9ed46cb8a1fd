"""AnomalyCallback: scores the monitor's window throughput off the training thread.

Data path: ``PrometheusMonitor`` computes one ``WindowRecord`` per window (every
``log_every_n_steps`` batches: samples over the window's wall time, pauses included) and publishes
the same rate as ``lightwatch_samples_per_second``; it calls this callback's listener, which only
puts the record on a bounded queue. A daemon worker thread feeds the rates to the
:class:`ThroughputDetector`, sets the ANOMALY_* gauges and hands alert transitions to the sink; each alert start
is also logged as the event ``anomaly_alert_started`` with the rule that started it (``started_by``) and the
global step. The training thread does no per-batch anomaly work.
"""

from __future__ import annotations

import queue
import threading
import warnings
from collections import deque
from typing import Any

from monitor._lightning import pl

from anomaly.alerting import AlertSink, AlertTracker, GaugePublisher, WebhookSink
from anomaly.detector import ThroughputDetector
from anomaly.global_model import PAUSE_SHARE
from monitor.context import find_monitor, resolve
from monitor.eventlog import log_event


class AnomalyCallback(pl.Callback):
    """Scores the run's throughput, one point per monitor window, and exports the ANOMALY_* gauges.

    Cadence: the detector gets one point per :class:`~monitor.PrometheusMonitor` window (its
    ``log_every_n_steps`` batches), the same samples/s the monitor publishes as
    ``lightwatch_samples_per_second`` and the dashboards draw; ``every_n_steps`` > the window
    combines consecutive windows until they cover at least that many batches. The detector's
    defaults (window 21, persistence 6, warm-up 300 points) count these points, so with windows of
    ~1 s they are tuned like a 1-s scrape.

    Known planned level changes: the point of the window in which the trainer's precision plugin changed
    its ``precision`` (DPS switching between fp16 and bf16), the first window after a resume
    (``Trainer.fit(ckpt_path=...)``) on a different world size than the checkpoint's, and the window after
    :meth:`expect_change` (a batch-size schedule, a curriculum stage) reach the detector as
    ``update(..., change=True)`` when ``known_changes=True`` (the default): it holds for ``change_settle`` points and
    moves its reference by the step instead of alerting on it. ``changes`` counts them. Off for one blind look four
    times, each time by the rule written before the looks: between generator 22's look (session 21: telling raised one
    of its rows' false alarms by 0.42 per 10k, the rule allowed 0.3) and 23's (session 22), between generator 203's look
    (session 68: the four told rows summed 1.508 F1 against the untold rows' 1.532) and 204's (session 68: 1.435 against
    1.246, so on again), between generator 214's look (session 70: 0.949 against 1.074) and 215's (session 70: 2.361
    against 2.026, so on again), and between generator 227's look (session 71: 1.767 against 1.799) and 228's (session
    71: 2.530 against 2.107, so on again); ``docs/results/anomaly.md``. With ``known_changes=False`` an
    :meth:`expect_change` call is logged and warned about once, not passed.

    Parameters
    ----------
    monitor : the ``PrometheusMonitor`` (default: the one attached to the Trainer, found at setup).
    detector : a :class:`ThroughputDetector` (default: ``ThroughputDetector()``).
    every_n_steps : least batches per detector point (windows are combined to reach it).
    registry, run_name : used only when no monitor is attached (``monitor.context.resolve``).
    series : the ``series`` label of the gauges.
    sink : an :class:`~anomaly.alerting.AlertSink` for alert transitions (default: none; alerts go
        through the Prometheus rule ``ThroughputRegression`` and Alertmanager).
    webhook_url : shorthand for ``sink=WebhookSink(webhook_url)``, the no-Prometheus fallback
        (Alertmanager's webhook format).
    max_queue : windows waiting for the worker; beyond it windows are dropped and counted (``dropped``).
    phase : pass the run's phase to the detector (default): a point whose windows spent at least 40 %
        of their time in validation loops or checkpoint writes (the monitor's ``pause_seconds``; the
        pause alone makes such a point deep) is a known pause, every other point is training, so a
        deep drop outside validation is a regression, not a pause. ``False`` makes
        the detector infer pauses from the values, as for a scraped series.
    known_changes : pass known planned level changes to the detector (default ``True``; ``False`` from session 21
        to 22 and between generators 203's and 204's, 214's and 215's and 227's and 228's looks; see above).

    The detector state is saved in checkpoints as plain data (loads under ``weights_only=True``),
    so a resumed run keeps its model. Example::

        trainer = pl.Trainer(callbacks=[PrometheusMonitor(run_name="exp1"), AnomalyCallback()])
    """

    def __init__(self, monitor=None, detector: ThroughputDetector | None = None, *, every_n_steps: int = 1,
                 registry=None, run_name: str | None = None, series: str = "samples_per_second",
                 sink: AlertSink | None = None, webhook_url: str | None = None, max_queue: int = 1024,
                 phase: bool = True, known_changes: bool = True) -> None:
        if monitor is not None and not hasattr(monitor, "subscribe"):
            raise ValueError("monitor: expected a PrometheusMonitor (an object with subscribe(fn))")
        if isinstance(every_n_steps, bool) or not isinstance(every_n_steps, int) or every_n_steps < 1:
            raise ValueError(f"every_n_steps={every_n_steps!r}: must be a positive integer")
        if isinstance(max_queue, bool) or not isinstance(max_queue, int) or max_queue < 1:
            raise ValueError(f"max_queue={max_queue!r}: must be a positive integer")
        if sink is not None and webhook_url is not None:
            raise ValueError("give either sink= or webhook_url=, not both")
        self.monitor = monitor
        self.detector = detector if detector is not None else ThroughputDetector()
        self.every_n_steps = every_n_steps
        self.registry = registry
        self.run_name = run_name
        self.series = series
        self.phase = bool(phase)
        self.known_changes = bool(known_changes)
        self.changes = 0  # known planned changes passed to the detector
        self._warned = False  # expect_change called while known_changes=False (warned once)
        self._trainer = None
        self._precision: str | None = None  # the precision plugin's ``precision`` at the last window
        self._expect: str | None = None  # a reason given to expect_change, for the next window
        self._change = False  # worker: the point being combined starts a known change
        self.sink: AlertSink = WebhookSink(webhook_url) if webhook_url else (sink or AlertSink())
        self.last_result = None
        self.alerts = 0
        self.alert_steps: deque[int] = deque(maxlen=100)  # global steps where alert runs started
        self.dropped = 0
        self._q: queue.Queue = queue.Queue(maxsize=max_queue)
        self._lock = threading.Lock()  # the detector: worker updates vs checkpoint state
        self._worker: threading.Thread | None = None
        self._tracker: AlertTracker | None = None
        self._subscribed = None
        self._acc = [0.0, 0.0, 0, 0.0]  # samples, seconds, batches, pause seconds of the windows not yet scored
        if monitor is not None:
            self._subscribe(monitor)

    # ------------------------------------------------------------------ training thread
    def _subscribe(self, monitor) -> None:
        if self._subscribed is not monitor:
            monitor.subscribe(self.on_window)
            self._subscribed = monitor

    def expect_change(self, reason: str = "user") -> None:
        """Tell the detector that a planned, healthy level change starts now (a batch-size step, a curriculum
        stage, a different data mix): the next window is its first point. ``reason`` goes to the event log."""
        self._expect = str(reason)
        if not self.known_changes and not self._warned:
            self._warned = True
            warnings.warn(f"AnomalyCallback.expect_change({reason!r}): not passed to the detector, known_changes=False; "
                          "use AnomalyCallback(known_changes=True) (the default) to pass it",
                          stacklevel=2)

    def _change_reason(self, record) -> str | None:
        """Why the window ``record`` starts a known planned change (training thread), or None."""
        reason, self._expect = self._expect, None
        plugin = getattr(self._trainer, "precision_plugin", None) if self._trainer is not None else None
        precision = getattr(plugin, "precision", None)
        if precision is not None:
            precision = str(precision)
            if self._precision is not None and precision != self._precision:
                reason = f"precision {self._precision} -> {precision}"
            self._precision = precision
        if reason is not None and self.known_changes:
            log_event("anomaly_known_change", reason=reason, global_step=record.global_step)
            return reason
        if reason is not None:
            log_event("anomaly_known_change_not_passed", reason=reason, global_step=record.global_step)
        return None

    def on_window(self, record) -> None:
        """The monitor's listener: enqueue the window, nothing else (never blocks, never raises)."""
        try:
            change = self._change_reason(record) is not None
        except Exception:  # never reaches training
            change = False
        try:
            self._q.put_nowait((record, change))
        except queue.Full:
            self.dropped += 1
            if self.dropped == 1:
                log_event("anomaly_window_dropped", reason="worker queue full", max_queue=self._q.maxsize)

    def setup(self, trainer: "pl.Trainer", pl_module: "pl.LightningModule", stage: str) -> None:
        monitor = self.monitor or find_monitor(trainer)
        if monitor is None:
            raise ValueError("AnomalyCallback needs a PrometheusMonitor: add one to the Trainer's callbacks")
        self._subscribe(monitor)
        self._trainer = trainer
        ctx = resolve(trainer, pl_module, run_name=self.run_name, registry=self.registry, owner="AnomalyCallback")
        self._tracker = AlertTracker(GaugePublisher(ctx.registry, run=ctx.run, rank=ctx.rank), self.sink,
                                     run=ctx.run, rank=ctx.rank, series=self.series)
        if self._worker is None or not self._worker.is_alive():
            self._worker = threading.Thread(target=self._loop, name="lightwatch-anomaly-detector", daemon=True)
            self._worker.start()

    def teardown(self, trainer: "pl.Trainer", pl_module: "pl.LightningModule", stage: str) -> None:
        self._stop()
        self.sink.close()

    def _stop(self, timeout: float = 30.0) -> None:
        """Drain the queue and join the worker."""
        worker, self._worker = self._worker, None
        if worker is not None and worker.is_alive():
            self._q.put(None)  # after every queued window: the worker scores them all first
            worker.join(timeout)

    def _drain(self) -> None:
        """Wait until every window queued so far is scored (so a saved state includes them)."""
        if self._worker is not None and self._worker.is_alive():
            self._q.join()

    # ------------------------------------------------------------------ worker thread
    def _loop(self) -> None:
        while True:
            record = self._q.get()
            try:
                if record is None:
                    return
                self._score(*record)
            except Exception as exc:  # a scoring failure must never reach training
                log_event("anomaly_worker_error", error=repr(exc))
            finally:
                self._q.task_done()

    def _score(self, rec, change: bool = False) -> None:
        acc = self._acc
        self._change = self._change or change  # a window combined into the next point keeps it
        acc[0] += rec.samples
        acc[1] += rec.seconds
        acc[2] += rec.batches
        acc[3] += rec.pause_seconds
        if acc[2] < self.every_n_steps or acc[1] <= 0:
            return
        rate = acc[0] / acc[1]
        pause = acc[3] / acc[1] >= PAUSE_SHARE if self.phase else None
        self._acc = [0.0, 0.0, 0, 0.0]
        change, self._change = self._change, False
        with self._lock:
            if change:
                self.changes += 1
                r = self.detector.update(rate, rec.timestamp, pause=pause, change=True)
            else:
                r = self.detector.update(rate, rec.timestamp, pause=pause)
            self.last_result = r
            if self._tracker is not None and self._tracker.observe(r, global_step=rec.global_step):
                self.alerts += 1
                self.alert_steps.append(rec.global_step)

    # ------------------------------------------------------------------ checkpoints
    def state_dict(self) -> dict[str, Any]:
        self._drain()
        with self._lock:
            world = getattr(self._trainer, "world_size", None) if self._trainer is not None else None
            return {"detector": self.detector.state_dict(), "alerts": self.alerts, "pending": list(self._acc),
                    "world_size": world, "precision": self._precision, "changes": self.changes}

    def load_state_dict(self, state_dict: dict[str, Any]) -> None:
        self._drain()
        with self._lock:
            self.detector.load_state_dict(state_dict["detector"])
            self.alerts = state_dict.get("alerts", 0)
            if "pending" in state_dict:
                p = state_dict["pending"]
                self._acc = [float(p[0]), float(p[1]), int(p[2]), float(p[3]) if len(p) > 3 else 0.0]
            self.changes = int(state_dict.get("changes", 0))
            # the precision in force when the state was saved: a resume in another one is a change (absent before
            # session 15: the first window only records the precision)
            self._precision = state_dict.get("precision")
            saved = state_dict.get("world_size")
            world = getattr(self._trainer, "world_size", None) if self._trainer is not None else None
            if saved is not None and world is not None and int(saved) != int(world):
                self._expect = f"resumed on world size {world} (saved on {saved})"
