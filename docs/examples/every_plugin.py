"""Every lightwatch plugin on one Trainer: a small CPU run whose metrics are served and scraped.

Run it from any folder (``python every_plugin.py``); it trains for two epochs, reads its own
``/metrics`` once as Prometheus would, compresses the model with PQCF into ``./pqcf-out`` and
prints what it found. Swap the first import for the unified ``lightning`` package: lightwatch
follows whichever Lightning your program imported first.
"""

import urllib.request

import pytorch_lightning as pl  # or: import lightning.pytorch as pl  (the `lightning` package)
import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from anomaly import AnomalyCallback
from lightning_plugins import CompressedDDPStrategy, DPSPrecision, PQCFCompression, TopKCompression
from monitor import DataQualityMonitor, KLCalibratedSampler, PrometheusLogger, PrometheusMonitor


class Classifier(pl.LightningModule):
    def __init__(self) -> None:
        super().__init__()
        self.net = nn.Sequential(nn.Linear(32, 128), nn.GELU(), nn.Linear(128, 128), nn.GELU(), nn.Linear(128, 4))

    def forward(self, x):  # (B, 32) -> (B, 4) logits
        return self.net(x)

    def training_step(self, batch, batch_idx):
        x, y = batch
        loss = F.cross_entropy(self(x), y)
        self.log("train_loss", loss)
        return loss

    def validation_step(self, batch, batch_idx):
        x, y = batch
        self.log("val_acc", (self(x).argmax(-1) == y).float().mean())

    def configure_optimizers(self):
        return torch.optim.AdamW(self.parameters(), lr=3e-3)


class ScrapeOnce(pl.Callback):
    """Read this process's /metrics once at the end of training, as Prometheus would."""

    def __init__(self, monitor: PrometheusMonitor) -> None:
        self.monitor = monitor

    def on_train_end(self, trainer, pl_module):
        with urllib.request.urlopen(self.monitor.url, timeout=10) as resp:
            text = resp.read().decode()
        series = [line for line in text.splitlines() if line.startswith("lightwatch_")]
        runs = {line.split('run="')[1].split('"')[0] for line in series if 'run="' in line}
        print(f"scraped {len(series)} lightwatch series from {self.monitor.url}; run labels: {sorted(runs)}")


torch.manual_seed(0)
x = torch.randn(2048, 32)
y = (x[:, 0] > 0).long() + 2 * (x[:, 1] > 0.8).long()  # 4 classes, two of them rare
train, val = TensorDataset(x[:1536], y[:1536]), TensorDataset(x[1536:], y[1536:])
sampler = KLCalibratedSampler(y[:1536], target="uniform")  # long-tail calibration
monitor = PrometheusMonitor(run_name="every-plugin", port=0)  # the run is named once, here

trainer = pl.Trainer(
    max_epochs=2,
    accelerator="cpu",
    devices=1,
    strategy=CompressedDDPStrategy(TopKCompression(density=0.05)),  # gradient compression
    plugins=[DPSPrecision(device="cpu")],  # fp16 <-> bf16 from gradient statistics
    callbacks=[
        monitor,
        AnomalyCallback(monitor),  # throughput regressions, per monitor window
        DataQualityMonitor(),  # drift, duplicates, noisy labels
        PQCFCompression("pqcf-out", size_ratio=0.35, distill_steps=20),  # 8/4-bit after fit
        ScrapeOnce(monitor),
    ],
    logger=[PrometheusLogger()],  # self.log values as lightwatch_logged_metric{metric=...}
    log_every_n_steps=5,
    enable_progress_bar=False,
    enable_model_summary=False,
    enable_checkpointing=False,
)
trainer.fit(Classifier(), DataLoader(train, batch_size=64, sampler=sampler), DataLoader(val, batch_size=256))
print(f"PQCF: {trainer.callbacks[3].result.export.quant_path}")
