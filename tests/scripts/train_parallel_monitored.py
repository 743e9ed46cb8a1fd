"""A real ThreeDParallelStrategy run with PrometheusMonitor, for integration tests.

Run as a script, Lightning launches the ``pp x dp x tp`` CPU/gloo ranks itself (the script re-runs in
each child). ``main(argv)`` is also one rank of a job launched externally (torchrun's environment:
RANK, LOCAL_RANK, WORLD_SIZE, MASTER_ADDR / MASTER_PORT), as tests/forked_ranks.py starts it.
Every rank serves its metrics on ``--port`` + local rank (next free port if taken) and registers
itself in ``--file-sd``; data-parallel gradients go through ``TopKCompression``. The run is named
once, on the monitor: strategy and hook take their run label from it. With
``--hold-file F`` every rank keeps serving after training until F exists (or --hold-max s), so a test
can query Prometheus before the exporters stop.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import pytorch_lightning as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))  # Hold, in the children too
from train_monitored import Hold  # noqa: E402

from lightning_plugins import ThreeDParallelStrategy  # noqa: E402
from lightning_plugins.gradient_compression import TopKCompression  # noqa: E402
from lightning_plugins.models import TinyGPT, TokenDataModule  # noqa: E402
from monitor.callbacks import PrometheusMonitor  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--mesh", default="2,2,1", help="PP,DP,TP")
    p.add_argument("--steps", type=int, default=30)
    p.add_argument("--run-name", default="ptest")
    p.add_argument("--file-sd", default=None)
    p.add_argument("--hold-file", default=None)
    p.add_argument("--hold-max", type=float, default=60.0)
    p.add_argument("--step-sleep", type=float, default=0.0)
    args = p.parse_args(argv)
    pp, dp, tp = (int(v) for v in args.mesh.split(","))
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    pl.seed_everything(0, verbose=False)
    microbatches = 2 * pp
    strategy = ThreeDParallelStrategy(pp, dp, tp, num_microbatches=microbatches, partition="uniform",
                                      check_every_n_steps=2,
                                      gradient_compression=TopKCompression(density=0.1, warmup_steps=2))
    monitor = PrometheusMonitor(run_name=args.run_name, port=args.port, next_free_port=True, log_every_n_steps=5,
                                file_sd=args.file_sd, tokens_per_sample=8)
    trainer = pl.Trainer(accelerator="cpu", devices=pp * dp * tp, strategy=strategy, max_steps=args.steps,
                         callbacks=[monitor, Hold(args.hold_file, args.hold_max, args.step_sleep)], logger=False,
                         enable_checkpointing=False, enable_progress_bar=False, enable_model_summary=False,
                         num_sanity_val_steps=0, limit_val_batches=0, log_every_n_steps=5)
    model = TinyGPT(vocab_size=32, seq_len=8, d_model=16, n_head=2, n_layer=2, optimizer="sgd", lr=0.05)
    trainer.fit(model, datamodule=TokenDataModule(num_samples=2 * microbatches * dp * args.steps, seq_len=8,
                                                  vocab_size=32, batch_size=2 * microbatches, seed=0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
