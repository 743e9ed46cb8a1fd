"""Monitor windows for the anomaly tests: ``monitor.throughput.WindowRecord`` and a Lightning
callback that emits one per ``every`` batches to its subscribers, as ``PrometheusMonitor`` does.

The feed lets the callback tests drive ``AnomalyCallback.on_window`` with exact, known windows in a
real training run, independent of how the monitor times its windows.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import pytorch_lightning as pl

from monitor import throughput

if hasattr(throughput, "WindowRecord"):
    WindowRecord = throughput.WindowRecord
else:  # the monitor's interface (issue 14 "one throughput"), until that branch is merged

    @dataclass(frozen=True)
    class WindowRecord:  # type: ignore[no-redef]
        global_step: int
        timestamp: float
        seconds: float
        pause_seconds: float
        samples: float
        batches: int

        @property
        def samples_per_second(self) -> float:
            return self.samples / self.seconds if self.seconds > 0 else 0.0


class WindowFeed(pl.Callback):
    """Calls each subscriber with a WindowRecord every ``every`` training batches."""

    def __init__(self, every: int = 2) -> None:
        self.every = every
        self.listeners = []
        self._t0 = None
        self._samples = 0.0
        self._batches = 0

    def subscribe(self, listener) -> None:
        self.listeners.append(listener)

    def on_train_batch_start(self, trainer, pl_module, batch, batch_idx):
        if self._t0 is None:
            self._t0 = time.perf_counter()

    def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):
        self._samples += len(batch[0])
        self._batches += 1
        if self._batches < self.every:
            return
        now = time.perf_counter()
        rec = WindowRecord(global_step=trainer.global_step, timestamp=time.time(), seconds=now - self._t0,
                           pause_seconds=0.0, samples=self._samples, batches=self._batches)
        self._t0, self._samples, self._batches = now, 0.0, 0
        for listener in self.listeners:
            listener(rec)
