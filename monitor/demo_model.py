"""The demo's model, data and slowdown injector (also used by the tests and benchmarks)."""

from __future__ import annotations

import statistics
import time

from monitor._lightning import pl
import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from monitor.throughput import slowdown_sleep


def digits_tensors(seed: int = 0, val_fraction: float = 0.2):
    """scikit-learn's bundled digits, scaled to [0, 1], split with a fixed seed."""
    from sklearn.datasets import load_digits

    x, y = load_digits(return_X_y=True)
    x = torch.tensor(x / 16.0, dtype=torch.float32)
    y = torch.tensor(y, dtype=torch.long)
    perm = torch.randperm(len(x), generator=torch.Generator().manual_seed(seed))
    n_val = int(len(x) * val_fraction)
    val, train = perm[:n_val], perm[n_val:]
    return (x[train], y[train]), (x[val], y[val])


class DigitsDataModule(pl.LightningDataModule):
    def __init__(self, batch_size: int = 32, seed: int = 0) -> None:
        super().__init__()
        self.batch_size = batch_size
        self.seed = seed

    def setup(self, stage: str) -> None:
        (xt, yt), (xv, yv) = digits_tensors(self.seed)
        self.train_set = TensorDataset(xt, yt)
        self.val_set = TensorDataset(xv, yv)

    def train_dataloader(self):
        return DataLoader(self.train_set, batch_size=self.batch_size, shuffle=True, drop_last=True,
                          generator=torch.Generator().manual_seed(self.seed))

    def val_dataloader(self):
        return DataLoader(self.val_set, batch_size=256)


class DigitsMLP(pl.LightningModule):
    """A small MLP classifier for the 8x8 digits."""

    def __init__(self, hidden: int = 512, lr: float = 1e-3) -> None:
        super().__init__()
        self.save_hyperparameters()
        self.net = nn.Sequential(nn.Linear(64, hidden), nn.GELU(), nn.Linear(hidden, hidden), nn.GELU(),
                                 nn.Linear(hidden, 10))

    def forward(self, x):  # x: (B, 64) -> logits (B, 10)
        return self.net(x)

    def training_step(self, batch, batch_idx):
        x, y = batch
        loss = F.cross_entropy(self(x), y)
        self.log("train_loss", loss, prog_bar=True)
        return loss

    def validation_step(self, batch, batch_idx):
        x, y = batch
        logits = self(x)
        self.log("val_loss", F.cross_entropy(logits, y))
        self.log("val_acc", (logits.argmax(-1) == y).float().mean(), prog_bar=True)

    def configure_optimizers(self):
        return torch.optim.AdamW(self.parameters(), lr=self.hparams.lr)


class SlowdownInjector(pl.Callback):
    """Sleep inside each batch from the ``at_step``-th on so throughput drops by ``fraction``.

    The sleep is sized from the median batch-to-batch interval measured before ``at_step``. It
    happens in ``on_train_batch_start``, after PrometheusMonitor started the batch's clock (put the
    injector after the monitor), so it shows as a slower step, as a real regression would.
    """

    def __init__(self, fraction: float, at_step: int) -> None:
        if not 0.0 < fraction < 1.0:
            raise ValueError(f"fraction={fraction} must be in (0, 1)")
        if at_step < 1:
            raise ValueError(f"at_step={at_step} must be >= 1")
        self.fraction = fraction
        self.at_step = at_step
        self.sleep_seconds: float | None = None
        self._intervals: list[float] = []
        self._last: float | None = None
        self._batches = 0  # batches started so far

    def on_train_batch_start(self, trainer, pl_module, batch, batch_idx):
        self._batches += 1
        if self._batches < self.at_step:
            return
        if self.sleep_seconds is None:
            base = statistics.median(self._intervals) if self._intervals else 0.001
            self.sleep_seconds = slowdown_sleep(base, self.fraction)
        time.sleep(self.sleep_seconds)

    def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):
        if self._batches >= self.at_step:
            return
        now = time.perf_counter()
        if self._last is not None:
            self._intervals.append(now - self._last)
            self._intervals = self._intervals[-500:]
        self._last = now
