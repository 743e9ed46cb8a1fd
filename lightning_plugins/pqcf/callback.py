"""The Lightning callback: PQCF after fit (or at a chosen epoch), state kept in checkpoints."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import torch.nn.functional as F
from monitor._lightning import sub as _lightning_sub
Callback = _lightning_sub("callbacks").Callback

from lightning_plugins.pqcf.allocation import CompressionPlan
from lightning_plugins.pqcf.config import PQCFConfig, validate
from lightning_plugins.pqcf.pipeline import CompressionResult, compress
from monitor.context import resolve


class PQCFCompression(Callback):
    """Lightning callback: compress the trained model with PQCF after fit (or at ``at_epoch``).

    Example::

        from lightning_plugins import PQCFCompression
        pqcf = PQCFCompression(out_dir="pqcf", size_ratio=0.18, pinned=["net.4"], distill_steps=200)
        trainer = pl.Trainer(max_epochs=10, callbacks=[pqcf])
        trainer.fit(model, datamodule=dm)
        pqcf.result.export.quant_path, pqcf.result.accuracy

    Parameters
    ----------
    out_dir : where the ONNX models, ``trtexec.sh`` and the report are written.
    at_epoch : run at the end of this (0-based) training epoch instead of after fit.
    calib_dataloader, heldout_dataloader : batches ``(input, target)``; default: the trainer's
        train and validation dataloaders.
    registry, run_name : metric registry (default lightwatch's) and ``run`` label (default: the
        LightningModule class name), used only when no ``PrometheusMonitor`` is attached to the
        trainer (its run name and registry win: one run, one label).
    loss_fn : loss of ``(logits, target)`` for the Hessian (default cross-entropy).
    **options : :class:`PQCFConfig` fields (budget, pinned layers, distillation, export knobs).

    Names and budget are checked at construction and against the model in ``setup``, so a bad
    layer name fails before training starts. Runs on global rank 0 only, on CPU (a copy of the
    model). Its state (done flag and plan) is saved in checkpoints, so a resumed run does not
    compress twice.
    """

    def __init__(self, out_dir: str | Path, *, at_epoch: int | None = None, calib_dataloader=None,
                 heldout_dataloader=None, registry=None, run_name: str | None = None,
                 loss_fn: Callable = F.cross_entropy, verbose: bool = True, **options) -> None:
        fields = set(PQCFConfig.__dataclass_fields__)
        unknown = sorted(set(options) - fields)
        if unknown:
            raise ValueError(f"unknown PQCF options {unknown}; valid options are {sorted(fields)}")
        if at_epoch is not None and (isinstance(at_epoch, bool) or not isinstance(at_epoch, int) or at_epoch < 0):
            raise ValueError(f"at_epoch={at_epoch!r} must be a non-negative int or None (after fit)")
        self.config = PQCFConfig(**options)
        self.out_dir = Path(out_dir)
        self.at_epoch = at_epoch
        self.calib_dataloader = calib_dataloader
        self.heldout_dataloader = heldout_dataloader
        self.registry = registry
        self.run_name = run_name
        self.loss_fn = loss_fn
        self.verbose = verbose
        self.done = False
        self.plan: CompressionPlan | None = None
        self.result: CompressionResult | None = None

    def setup(self, trainer, pl_module, stage: str) -> None:
        validate(pl_module, self.config)

    def on_train_epoch_end(self, trainer, pl_module) -> None:
        if self.at_epoch is not None and trainer.current_epoch == self.at_epoch:
            self._run(trainer, pl_module)

    def on_fit_end(self, trainer, pl_module) -> None:
        if self.at_epoch is None:
            self._run(trainer, pl_module)

    def _run(self, trainer, pl_module) -> None:
        if self.done or not trainer.is_global_zero:
            return
        calib = self.calib_dataloader if self.calib_dataloader is not None else trainer.train_dataloader
        if calib is None:
            raise ValueError("PQCFCompression needs calibration data: pass calib_dataloader or fit with a train loader")
        heldout = self.heldout_dataloader
        if heldout is None:
            heldout = trainer.val_dataloaders
            if heldout is None:
                raise ValueError("PQCFCompression needs held-out data: pass heldout_dataloader or give the "
                                 "trainer validation data")
            if isinstance(heldout, (list, tuple)):
                heldout = heldout[0]
        was_training = pl_module.training
        # registry, run and rank: the trainer's run context (the PrometheusMonitor's, when attached)
        ctx = resolve(trainer, pl_module, run_name=self.run_name, registry=self.registry, owner="PQCFCompression")
        self.result = compress(pl_module, calib, heldout, out_dir=self.out_dir, config=self.config,
                               loss_fn=self.loss_fn, registry=ctx.registry, run_name=ctx.run, rank=ctx.rank,
                               verbose=self.verbose)
        pl_module.train(was_training)
        self.plan = self.result.plan
        self.done = True

    def state_dict(self) -> dict[str, Any]:
        return {"done": self.done, "plan": self.plan.to_dict() if self.plan is not None else None,
                "out_dir": str(self.out_dir)}

    def load_state_dict(self, state_dict: dict[str, Any]) -> None:
        self.done = bool(state_dict.get("done", False))
        plan = state_dict.get("plan")
        self.plan = CompressionPlan.from_dict(plan) if plan else None
