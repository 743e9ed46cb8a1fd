"""A real Lightning run with PrometheusMonitor, for integration tests (run as a subprocess).

With ``--devices N`` run as a script, Lightning launches ranks 1.. itself (the script re-runs in each
child); ``main(argv)`` is also one rank of a job launched externally with torchrun's environment
(RANK, LOCAL_RANK, WORLD_SIZE, MASTER_ADDR / MASTER_PORT), as tests/forked_ranks.py starts it.

With ``--hold-file F`` every rank keeps serving after training until F exists (or --hold-max s),
so a test can scrape a finished run before its exporters stop.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import pytorch_lightning as pl

from monitor.callbacks import PrometheusMonitor
from monitor.demo_model import DigitsDataModule, DigitsMLP


class Hold(pl.Callback):
    def __init__(self, path: str | None, max_seconds: float, step_sleep: float) -> None:
        self.path, self.max_seconds, self.step_sleep = path, max_seconds, step_sleep

    def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):
        if self.step_sleep:
            time.sleep(self.step_sleep)

    def on_train_end(self, trainer, pl_module):
        if not self.path:
            return
        deadline = time.monotonic() + self.max_seconds
        while not os.path.exists(self.path) and time.monotonic() < deadline:
            time.sleep(0.1)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--devices", type=int, default=1)
    p.add_argument("--steps", type=int, default=60)
    p.add_argument("--run-name", default="itest")
    p.add_argument("--file-sd", default=None)
    p.add_argument("--pushgateway", default=None)
    p.add_argument("--hold-file", default=None)
    p.add_argument("--hold-max", type=float, default=60.0)
    p.add_argument("--step-sleep", type=float, default=0.0)
    args = p.parse_args(argv)
    pl.seed_everything(0, verbose=False)
    monitor = PrometheusMonitor(run_name=args.run_name, port=args.port, log_every_n_steps=5,
                                file_sd=args.file_sd, pushgateway=args.pushgateway)
    strategy = "ddp" if args.devices > 1 else "auto"
    trainer = pl.Trainer(max_steps=args.steps, accelerator="cpu", devices=args.devices, strategy=strategy,
                         callbacks=[monitor, Hold(args.hold_file, args.hold_max, args.step_sleep)], logger=False,
                         enable_checkpointing=False, enable_progress_bar=False, enable_model_summary=False,
                         num_sanity_val_steps=0, limit_val_batches=0)
    trainer.fit(DigitsMLP(hidden=64), datamodule=DigitsDataModule(batch_size=16))
    return 0


if __name__ == "__main__":
    sys.exit(main())
