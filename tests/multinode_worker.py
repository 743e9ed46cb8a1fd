"""One rank of the two-launcher multi-node test (started by ``torchrun``, see tests/test_multinode.py).

The exporter is configured only by the environment, as on a real cluster: the launcher of each
"node" sets ``LIGHTWATCH_ADDR`` / ``LIGHTWATCH_PORT`` / ``LIGHTWATCH_NODE`` / ``LIGHTWATCH_FILE_SD``.
Runs the scenarios named on the command line (``ddp``, ``3d``) one after the other in one process
group, each for a fixed wall time, and writes ``<out>/<run>-rank<r>.json``: this rank's global /
local rank, node, exporter URL and the wall time and samples of every finished step (the ground
truth the test compares Prometheus' global samples/s with).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import pytorch_lightning as pl
import torch
from prometheus_client import CollectorRegistry

from lightning_plugins import ThreeDParallelStrategy
from lightning_plugins.models import TinyGPT, TokenDataModule
from monitor import PrometheusMonitor

MODEL = dict(vocab_size=32, seq_len=8, d_model=16, n_head=2, n_layer=4, optimizer="sgd", lr=0.05)
BATCH = 8  # per data-parallel rank
#: a sleep per step keeps four ranks on two shared cores at a steady, low load: ~3.5 steps/s, ~75 steps in the
#: test's ~22 s window (one step at either edge ~1.3 % of the rate; tolerance 10 %); 0.05 s ran ~8.5 steps/s,
#: whose CPU no check needs
PACE_S = 0.2


class StepLog(pl.Callback):
    """Wall time and this rank's batch size at the end of every training batch; a steady pace."""

    def __init__(self) -> None:
        self.steps: list[tuple[float, int]] = []

    def on_train_batch_start(self, trainer, pl_module, batch, batch_idx):
        time.sleep(PACE_S)

    def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):
        self.steps.append((time.time(), int(batch[0].shape[0])))


def run(name: str, out: Path, seconds: float) -> None:
    dp = 2 if name == "3d" else 4
    strategy = ThreeDParallelStrategy(2, 2, 1, num_microbatches=2) if name == "3d" else "ddp"
    log = StepLog()
    monitor = PrometheusMonitor(run_name=f"mn-{name}", registry=CollectorRegistry(),  # exporter: LIGHTWATCH_*
                                log_every_n_steps=5)
    torch.manual_seed(0)
    trainer = pl.Trainer(accelerator="cpu", devices=2, num_nodes=2, strategy=strategy, max_epochs=-1,
                         max_time={"seconds": seconds}, callbacks=[monitor, log], logger=False,
                         enable_checkpointing=False, enable_progress_bar=False, enable_model_summary=False,
                         num_sanity_val_steps=0, default_root_dir=str(out))
    record: dict = {"node": os.environ["LIGHTWATCH_NODE"], "rank": trainer.global_rank,
                    "local_rank": trainer.local_rank, "world_size": trainer.world_size, "dp": dp, "batch": BATCH}

    class Probe(pl.Callback):  # the exporter's URL while it serves (teardown stops it)
        def on_train_start(self, trainer, pl_module):
            record["url"] = monitor.url

    trainer.callbacks.append(Probe())
    data = TokenDataModule(num_samples=4096, seq_len=MODEL["seq_len"], vocab_size=MODEL["vocab_size"],
                           batch_size=BATCH)
    trainer.fit(TinyGPT(**MODEL), datamodule=data)
    record["steps"] = log.steps
    (out / f"mn-{name}-rank{record['rank']}.json").write_text(json.dumps(record))


def main() -> int:
    out, seconds, names = Path(sys.argv[1]), float(sys.argv[2]), sys.argv[3:]
    for name in names:
        run(name, out, seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
