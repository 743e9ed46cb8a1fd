"""Stage 3, distillation: the fake-quantized student fine-tuned against the original model through a
CPU Lightning ``Trainer`` (KL on softened logits, optional CE on labels and feature MSE)."""

from __future__ import annotations

import time
from typing import Iterable

import torch
import torch.nn.functional as F
from torch import nn

from lightning_plugins.pqcf.batches import split_batch
from lightning_plugins.pqcf.config import PQCFConfig


def _make_distill_module(student: nn.Module, teacher: nn.Module, config: PQCFConfig):
    from monitor._lightning import pl

    class DistillModule(pl.LightningModule):
        def __init__(self) -> None:
            super().__init__()
            self.student = student
            # kept outside the module tree: Lightning must neither train() nor optimise the teacher
            object.__setattr__(self, "teacher", teacher.eval().requires_grad_(False))
            self.feats: dict[str, dict[str, torch.Tensor]] = {"s": {}, "t": {}}
            self.hook_handles = []
            for tag, net in (("s", self.student), ("t", teacher)):
                mods = dict(net.named_modules())
                for name in config.feature_layers:
                    self.hook_handles.append(mods[name].register_forward_hook(
                        lambda m, a, out, tag=tag, name=name: self.feats[tag].__setitem__(name, out)))

        def training_step(self, batch, batch_idx):
            x, y = split_batch(batch)
            with torch.no_grad():
                t_logits = self.teacher(x)
            s_logits = self.student(x)
            T = config.temperature
            kd = mean_kl(t_logits / T, s_logits / T) * T * T
            loss = config.kd_weight * kd
            if y is not None and config.kd_weight < 1.0:
                loss = loss + (1.0 - config.kd_weight) * F.cross_entropy(s_logits.flatten(0, -2), y.flatten())
            if config.feature_weight > 0:
                loss = loss + config.feature_weight * sum(
                    F.mse_loss(self.feats["s"][n], self.feats["t"][n]) for n in config.feature_layers)
            return loss

        def configure_optimizers(self):
            return torch.optim.AdamW(self.student.parameters(), lr=config.distill_lr, weight_decay=0.0)

    return DistillModule()


def distill(student: nn.Module, teacher: nn.Module, train_batches: Iterable, config: PQCFConfig) -> float:
    """Fine-tune the fake-quant ``student`` against ``teacher`` for ``config.distill_steps`` steps
    through a CPU Lightning ``Trainer``; returns the wall time in seconds."""
    from monitor._lightning import pl

    if config.distill_steps == 0:
        return 0.0
    module = _make_distill_module(student, teacher, config)
    trainer = pl.Trainer(max_steps=config.distill_steps, max_epochs=-1, accelerator="cpu", devices=1, logger=False,
                         enable_checkpointing=False, enable_progress_bar=False, enable_model_summary=False,
                         num_sanity_val_steps=0, limit_val_batches=0)
    t0 = time.perf_counter()
    try:
        trainer.fit(module, train_dataloaders=train_batches)
    finally:
        for h in module.hook_handles:
            h.remove()
    student.eval()
    return time.perf_counter() - t0


def mean_kl(teacher_logits: torch.Tensor, logits: torch.Tensor) -> torch.Tensor:
    """Mean KL(teacher || model) per prediction (per token for (B, T, V) logits)."""
    v = logits.shape[-1]
    return F.kl_div(F.log_softmax(logits.reshape(-1, v), -1), F.log_softmax(teacher_logits.reshape(-1, v), -1),
                    log_target=True, reduction="batchmean")  # (N, V) -> mean over N
