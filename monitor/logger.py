"""``PrometheusLogger``: what a LightningModule logs with ``self.log`` becomes Prometheus gauges.

A Lightning logger like the CSV, TensorBoard, MLflow or W&B loggers, and it sits beside them on the
same Trainer (``Trainer(logger=[PrometheusLogger(), MLFlowLogger(...)])``): Lightning hands every
logger the same scalars at the same steps. Each scalar becomes one child of the catalogue gauge
``lightwatch_logged_metric{run, rank, metric="<name>"}``; the ``metric`` label is capped (64 names a
run, further names collapse to ``__other__``) and names are sanitised, so the exposition stays
bounded whatever a module logs. Every rank exports its own values (Lightning calls loggers on every
rank; the ``rank`` label tells them apart).

The run label and registry come from the Trainer's :class:`~monitor.callbacks.PrometheusMonitor`
when one is attached (it hands them over in its ``setup``), else from this logger's own
``run_name``/``registry`` arguments. The logger serves nothing itself: without a monitor, serve the
registry with ``monitor.exporter`` or a host application.

Example::

    from monitor import PrometheusMonitor, PrometheusLogger
    trainer = pl.Trainer(callbacks=[PrometheusMonitor(run_name="exp1")],
                         logger=[PrometheusLogger(), CSVLogger("logs")])
    # self.log("val_acc", acc) -> lightwatch_logged_metric{run="exp1",rank="0",metric="val_acc"}
"""

from __future__ import annotations

import re
from argparse import Namespace
from typing import Any, Mapping

from prometheus_client import CollectorRegistry

from monitor import metrics as M
from monitor._lightning import sub
from monitor.context import RunContext, validate_run_name

_Logger = sub("loggers.logger").Logger
_BAD = re.compile(r"[^a-zA-Z0-9_:/.\-]")
MAX_NAME = 100


def sanitise(name: str) -> str:
    """A logged name as a label value: other characters become ``_``, at most 100 characters."""
    return _BAD.sub("_", str(name))[:MAX_NAME] or "_"


class PrometheusLogger(_Logger):
    """Export ``self.log`` scalars as ``lightwatch_logged_metric{metric=...}`` gauges.

    Parameters
    ----------
    run_name : ``run`` label when no PrometheusMonitor is attached (default: ``"run"``, or the
        monitor's name when one is attached).
    registry : registry to fill when no monitor is attached (default: lightwatch's registry).
    """

    def __init__(self, run_name: str | None = None, registry: CollectorRegistry | None = None) -> None:
        super().__init__()
        self._run_name = validate_run_name(run_name)
        self._registry = registry
        self._context: RunContext | None = None
        self._metrics: M.BoundMetrics | None = None

    # -------------------------------------------------------------- the run context
    def bind(self, context: RunContext) -> None:
        """Report under ``context`` (called by PrometheusMonitor.setup)."""
        self._context = context
        self._metrics = context.bind()

    def _bound(self) -> M.BoundMetrics:
        if self._metrics is None:
            self.bind(RunContext(registry=M.REGISTRY if self._registry is None else self._registry,
                                 run=self._run_name or "run", rank=_global_rank()))
        return self._metrics

    # -------------------------------------------------------------- Logger interface
    @property
    def name(self) -> str:
        return "lightwatch"

    @property
    def version(self) -> str:
        return self._context.run if self._context is not None else (self._run_name or "run")

    def log_hyperparams(self, params: dict[str, Any] | Namespace, *args: Any, **kwargs: Any) -> None:
        """Hyperparameters are not time series; lightwatch leaves them to the other loggers."""

    def log_metrics(self, metrics: Mapping[str, float], step: int | None = None) -> None:
        m = self._bound()
        exported = False
        for key, value in metrics.items():
            if key == "epoch":
                continue
            try:
                v = float(value)
            except (TypeError, ValueError):
                continue  # only scalars are exported
            m(M.USER_METRIC, metric=sanitise(key)).set(v)
            exported = True
        if exported and step is not None:
            m(M.USER_METRIC_STEP).set(step)


def _global_rank() -> int:
    import os

    for var in ("RANK", "SLURM_PROCID", "LOCAL_RANK"):
        if os.environ.get(var, "").isdigit():
            return int(os.environ[var])
    return 0
