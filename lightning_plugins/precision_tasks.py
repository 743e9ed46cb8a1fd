"""Reference tasks that show what DPSPrecision is for (used by the tests, the benchmark and the demo).

Each task is a small MLP classifier on seeded synthetic data, with one knob that breaks fp16:

* ``underflow``: the loss is multiplied by ``loss_factor`` (2**-40 by default, like a sum-over-tokens
  loss divided by a huge normaliser). The unscaled gradients sit near 1e-14; even after
  GradScaler's 2**16 they stay below fp16's smallest subnormal (6e-8) and flush to zero, while
  fp32 and bf16 (fp32's exponent range) keep them. Adam (``eps`` tiny) is invariant to the factor,
  so the fp32 curve is the ordinary one.
* ``overflow``: from step ``overflow_from`` on the inputs are multiplied by ``input_scale`` (1e5);
  the first layer's outputs exceed fp16's 65504 and become inf, so every fp16 step is non-finite,
  while bf16 and fp32 carry them into a LayerNorm that brings them back.
* ``benign``: small noisy batches with label noise; fp16 is fine and should stay on.

A batch is a pure function of ``(seed, global_step, micro-batch)``, so a resumed run sees exactly
the batches an uninterrupted one would.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from monitor._lightning import pl
import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.data import DataLoader, Dataset

TASKS = ("benign", "underflow", "overflow")


@dataclass
class TaskConfig:
    """Knobs of a synthetic task (see the module docstring for what each preset breaks)."""

    in_features: int = 32
    hidden: int = 64
    classes: int = 8
    batch_size: int = 64
    lr: float = 3e-3
    eps: float = 1e-8
    label_noise: float = 0.0
    loss_factor: float = 1.0
    loss_factor_until: int | None = None
    """Apply ``loss_factor`` only before this global step (None = always)."""
    input_scale: float = 1.0
    overflow_from: int = 0
    """Apply ``input_scale`` from this global step on."""
    optimizer: str = "adam"
    """``"adam"`` (with ``eps``) or ``"sgd"``."""
    seed: int = 0


def task_config(kind: str, **overrides) -> TaskConfig:
    """The preset for ``kind`` (one of :data:`TASKS`) with ``overrides`` applied."""
    presets = {
        "benign": dict(batch_size=16, label_noise=0.2),
        "underflow": dict(loss_factor=2.0 ** -40, eps=1e-30),
        "overflow": dict(input_scale=1e5, overflow_from=40),
    }
    if kind not in presets:
        raise ValueError(f"kind={kind!r}: valid tasks are {TASKS}")
    return TaskConfig(**{**presets[kind], **overrides})


class _Steps(Dataset):
    """``length`` dummy items: the module draws its batch from the step counter."""

    def __init__(self, length: int) -> None:
        self.length = length

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, i: int) -> int:
        return i


class SyntheticTask(pl.LightningModule):
    """MLP (Linear -> LayerNorm -> GELU -> Linear -> GELU -> Linear) on a seeded teacher task."""

    def __init__(self, config: TaskConfig, steps: int = 1000) -> None:
        super().__init__()
        self.config = config
        self.steps = steps
        c = config
        gen = torch.Generator().manual_seed(c.seed)
        self.register_buffer("teacher", torch.randn(c.in_features, c.classes, generator=gen))
        torch.manual_seed(c.seed)
        self.net = nn.Sequential(nn.Linear(c.in_features, c.hidden), nn.LayerNorm(c.hidden), nn.GELU(),
                                 nn.Linear(c.hidden, c.hidden), nn.GELU(), nn.Linear(c.hidden, c.classes))
        self._micro = (-1, 0)
        self.last_loss: torch.Tensor | None = None

    def batch(self, step: int, micro: int = 0) -> tuple[torch.Tensor, torch.Tensor]:
        """The batch of ``(step, micro)``: x (B, in_features), y (B,)."""
        c = self.config
        gen = torch.Generator().manual_seed(c.seed * 1_000_003 + step * 64 + micro)
        x = torch.randn(c.batch_size, c.in_features, generator=gen)
        y = (x @ self.teacher.cpu()).argmax(-1)  # (B, classes) -> (B,)
        flip = torch.rand(c.batch_size, generator=gen) < c.label_noise
        y = torch.where(flip, torch.randint(0, c.classes, (c.batch_size,), generator=gen), y)
        if step >= c.overflow_from:
            x = x * c.input_scale
        return x.to(self.device), y.to(self.device)

    def forward(self, x):  # x: (B, in_features) -> logits (B, classes)
        return self.net(x)

    def training_step(self, batch, batch_idx):
        step = self.global_step
        micro = self._micro[1] + 1 if self._micro[0] == step else 0
        self._micro = (step, micro)
        x, y = self.batch(step, micro)
        loss = F.cross_entropy(self(x).float(), y)
        self.last_loss = loss.detach()
        c = self.config
        if c.loss_factor_until is None or step < c.loss_factor_until:
            return loss * c.loss_factor
        return loss

    def configure_optimizers(self):
        if self.config.optimizer == "sgd":
            return torch.optim.SGD(self.parameters(), lr=self.config.lr)
        return torch.optim.Adam(self.parameters(), lr=self.config.lr, eps=self.config.eps)

    def train_dataloader(self):
        return DataLoader(_Steps(self.steps * 64), batch_size=1)

    @torch.no_grad()
    def eval_loss(self, n_batches: int = 16) -> float:
        """Mean cross-entropy in fp32 on held-out batches drawn from the final input regime."""
        c = self.config
        total = 0.0
        for i in range(n_batches):
            x, y = self.batch(10_000_000 + i)
            total += float(F.cross_entropy(self(x.float()), y))
        return total / n_batches


@dataclass
class Trace:
    """Per-optimizer-step record of a run: losses (unscaled CE), active dtype, finite weights."""

    losses: list[float] = field(default_factory=list)
    dtypes: list[str] = field(default_factory=list)
    scales: list[float] = field(default_factory=list)
    weights_finite: bool = True


class TraceCallback(pl.Callback):
    """Records a :class:`Trace` (reads tensors every step: for tests and benchmarks, not production)."""

    def __init__(self) -> None:
        self.trace = Trace()

    def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):
        plugin = trainer.precision_plugin
        t = self.trace
        loss = getattr(pl_module, "last_loss", None)
        t.losses.append(float(loss if loss is not None else outputs["loss"]))
        t.dtypes.append(getattr(plugin, "active", str(trainer.precision)))
        scaler = getattr(plugin, "scaler", None)
        t.scales.append(float(scaler.get_scale()) if scaler is not None and scaler.is_enabled() else math.nan)
        if t.weights_finite:
            t.weights_finite = all(bool(torch.isfinite(p).all()) for p in pl_module.parameters())


def fit_task(task: SyntheticTask, plugins=(), steps: int = 200, callbacks=(), ckpt_path=None, **trainer_kw) -> Trace:
    """Train ``task`` on CPU for ``steps`` optimizer steps; return its :class:`Trace`."""
    tracer = TraceCallback()
    kw = dict(max_steps=steps, accelerator="cpu", devices=1, logger=False, enable_checkpointing=False,
              enable_progress_bar=False, enable_model_summary=False, num_sanity_val_steps=0)
    kw.update(trainer_kw)
    trainer = pl.Trainer(plugins=list(plugins), callbacks=[tracer, *callbacks], **kw)
    trainer.fit(task, ckpt_path=ckpt_path)
    return tracer.trace
