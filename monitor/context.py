"""One run context: the registry, ``run`` label, rank and world size of a training process.

Resolved once, by the :class:`~monitor.callbacks.PrometheusMonitor` when one is attached to the
Trainer; every other lightwatch plugin, strategy, hook and callback finds it through the Trainer
with :func:`resolve` and falls back to its own ``run_name=`` / ``registry=`` only when no monitor
is attached. So a run named once on the monitor carries that name on every lightwatch series::

    trainer = pl.Trainer(plugins=[DPSPrecision()], callbacks=[PrometheusMonitor(run_name="exp1"),
                                                              DataQualityMonitor(), AnomalyCallback()])

Resolution order for each field: the attached monitor's value, then the plugin's own argument, then
the default (lightwatch's registry; the LightningModule's class name). A plugin argument that
disagrees with the monitor is ignored with one warning, since two names for one run split it on
every dashboard.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Any

from prometheus_client import CollectorRegistry

from monitor import metrics as M

#: longest ``run`` label value accepted (label values are bounded: a 100k-character name would make
#: every exposition megabytes long)
MAX_RUN_NAME = 128


def validate_run_name(run_name: str | None) -> str | None:
    """``run_name`` unchanged when it is None or a usable label value; else a ``ValueError``."""
    if run_name is None:
        return None
    if not isinstance(run_name, str) or not run_name.strip():
        raise ValueError(f"run_name={run_name!r} must be a non-empty string")
    if len(run_name) > MAX_RUN_NAME:
        raise ValueError(f"run_name is {len(run_name)} characters long; at most {MAX_RUN_NAME} are allowed "
                         f"(it is a label on every series)")
    return run_name


@dataclass(frozen=True)
class RunContext:
    """Who is reporting: the registry to fill and the ``run``/``rank`` labels of this process."""

    registry: CollectorRegistry
    run: str
    rank: int = 0
    world_size: int = 1

    def bind(self) -> M.BoundMetrics:
        """The catalogue bound to this context's registry and labels."""
        return M.bind(self.registry, run=self.run, rank=self.rank)


def find_monitor(trainer: Any):
    """The :class:`~monitor.callbacks.PrometheusMonitor` attached to ``trainer``, or None."""
    if trainer is None:
        return None
    from monitor.callbacks import PrometheusMonitor  # the callback imports this module

    for cb in getattr(trainer, "callbacks", None) or ():
        if isinstance(cb, PrometheusMonitor):
            return cb
    return None


def _trainer_of(module: Any):
    trainer = getattr(module, "_trainer", None)  # LightningModule.trainer raises when detached
    return trainer


def resolve(trainer: Any = None, module: Any = None, *, run_name: str | None = None,
            registry: CollectorRegistry | None = None, rank: int | None = None,
            owner: str = "lightwatch") -> RunContext:
    """The :class:`RunContext` for a plugin attached to ``trainer`` (or to ``module``'s trainer).

    ``run_name`` and ``registry`` are the plugin's own arguments: used only when no
    ``PrometheusMonitor`` is attached. ``rank`` overrides the trainer's global rank (hooks that know
    their process-group rank). ``owner`` names the plugin in the one warning about a disagreeing
    argument.
    """
    if trainer is None and module is not None:
        trainer = _trainer_of(module)
    if module is None and trainer is not None:
        module = getattr(trainer, "lightning_module", None)
    monitor = find_monitor(trainer)
    default_run = type(module).__name__ if module is not None else "run"
    if monitor is not None:
        run = monitor.run_name or default_run
        reg = monitor.registry
        if run_name is not None and run_name != run:
            warnings.warn(f"{owner}: run_name={run_name!r} ignored: the PrometheusMonitor names this run {run!r}",
                          stacklevel=3)
        if registry is not None and registry is not reg:
            warnings.warn(f"{owner}: registry= ignored: the PrometheusMonitor's registry is used for the whole run",
                          stacklevel=3)
    else:
        run = validate_run_name(run_name) or default_run
        reg = M.REGISTRY if registry is None else registry
    if rank is None:
        rank = int(getattr(trainer, "global_rank", 0) or 0) if trainer is not None else 0
    world = int(getattr(trainer, "world_size", 1) or 1) if trainer is not None else 1
    return RunContext(registry=reg, run=str(run)[:MAX_RUN_NAME], rank=int(rank), world_size=world)
