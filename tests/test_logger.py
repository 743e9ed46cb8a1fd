"""PrometheusLogger: self.log values reach the registry beside another Lightning logger."""

from __future__ import annotations

import csv

import torch
from prometheus_client import generate_latest
from torch.utils.data import DataLoader, TensorDataset

from monitor import metrics as M
from monitor._lightning import pl, sub
from monitor.logger import PrometheusLogger, sanitise

CSVLogger = sub("loggers").CSVLogger


class _Logged(pl.LightningModule):
    def __init__(self):
        super().__init__()
        self.net = torch.nn.Linear(4, 2)

    def training_step(self, batch, batch_idx):
        x, y = batch
        loss = torch.nn.functional.cross_entropy(self.net(x), y)
        self.log("train/custom loss", loss)  # a name with a space and a slash
        return loss

    def validation_step(self, batch, batch_idx):
        x, y = batch
        acc = (self.net(x).argmax(1) == y).float().mean()
        self.log("val_acc", acc)

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.1)


def _loader():
    g = torch.Generator().manual_seed(0)
    x = torch.randn(64, 4, generator=g)
    return DataLoader(TensorDataset(x, (x[:, 0] > 0).long()), batch_size=8)


def test_logged_values_exported_beside_csv_logger(tmp_path, registry):
    prom = PrometheusLogger(run_name="exp1", registry=registry)
    csv_logger = CSVLogger(tmp_path, name="csv")
    trainer = pl.Trainer(max_epochs=2, logger=[prom, csv_logger], log_every_n_steps=2, enable_progress_bar=False,
                         enable_model_summary=False, enable_checkpointing=False, accelerator="cpu")
    trainer.fit(_Logged(), _loader(), _loader())
    val = registry.get_sample_value(M.USER_METRIC.series, {"run": "exp1", "rank": "0", "metric": "val_acc"})
    custom = registry.get_sample_value(M.USER_METRIC.series,
                                       {"run": "exp1", "rank": "0", "metric": "train/custom_loss"})
    # the same numbers the CSV logger wrote last
    rows = list(csv.DictReader(open(csv_logger.log_dir + "/metrics.csv")))
    last_val = [r["val_acc"] for r in rows if r.get("val_acc")][-1]
    last_custom = [r["train/custom loss"] for r in rows if r.get("train/custom loss")][-1]
    assert val == float(last_val) and custom == float(last_custom)
    assert registry.get_sample_value(M.USER_METRIC_STEP.series, {"run": "exp1", "rank": "0"}) == float(rows[-1]["step"])
    assert "lightwatch_logged_metric" in generate_latest(registry).decode()


def test_metric_label_is_capped_and_sanitised(registry):
    prom = PrometheusLogger(run_name="r", registry=registry)
    prom.log_metrics({f"m{i}": float(i) for i in range(200)} | {"x" * 500 + "{}": 1.0, "t": torch.tensor(2.0),
                                                                "not a number": "abc"}, step=3)
    text = generate_latest(registry).decode()
    names = {line.split('metric="')[1].split('"')[0] for line in text.splitlines()
             if line.startswith("lightwatch_logged_metric{")}
    assert len(names) == M.USER_METRIC.label_caps["metric"] + 1 and M.OVERFLOW_LABEL_VALUE in names
    assert sanitise("x" * 500 + "{}") == "x" * 100 and sanitise("a b{c}") == "a_b_c_"


def test_logger_reports_under_the_monitors_run(registry):
    from monitor import PrometheusMonitor

    other = type(registry)()
    prom = PrometheusLogger(registry=other)  # its own registry is ignored once a monitor is attached
    trainer = pl.Trainer(max_epochs=1, logger=[prom], callbacks=[PrometheusMonitor(run_name="exp1", registry=registry,
                                                                                   serve=False)],
                         log_every_n_steps=2, enable_progress_bar=False, enable_model_summary=False,
                         enable_checkpointing=False, accelerator="cpu")
    trainer.fit(_Logged(), _loader(), _loader())
    assert registry.get_sample_value(M.USER_METRIC.series, {"run": "exp1", "rank": "0", "metric": "val_acc"}) is not None
    assert "lightwatch_logged_metric{" not in generate_latest(other).decode()
