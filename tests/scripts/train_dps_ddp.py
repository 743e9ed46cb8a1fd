"""DPSPrecision under 2-process CPU/gloo DDP, for tests/test_precision.py.

Run as a script, Lightning launches rank 1 itself (the script re-runs in the child); ``main(argv)`` is
also one rank of a job launched externally with torchrun's environment (RANK, LOCAL_RANK, WORLD_SIZE,
MASTER_ADDR / MASTER_PORT), as tests/forked_ranks.py starts it. The two ranks train on
different batches, and with ``--overflow-rank R`` only rank R's inputs are scaled into fp16
overflow (from ``overflow_from``): the other rank's own gradients stay finite, and only the DDP
all-reduce carries the non-finite values to it. Each rank writes ``--out``/rank<r>.json: its switch
history, per-step active dtypes and loss scales, skip counters, the largest input it fed, and a
SHA-256 of its final parameters.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import torch
from pytorch_lightning.strategies import DDPStrategy

from lightning_plugins import DPSPrecision
from lightning_plugins.precision_tasks import SyntheticTask, fit_task, task_config


class RankTask(SyntheticTask):
    """Each rank draws its own batches; only ``overflow_rank`` applies the overflow input scale."""

    def __init__(self, config, steps: int, overflow_rank: int) -> None:
        super().__init__(config, steps)
        self.overflow_rank = overflow_rank
        self.max_input = 0.0

    def batch(self, step: int, micro: int = 0):
        c = self.config
        gen = torch.Generator().manual_seed(c.seed * 1_000_003 + step * 64 + micro + 7919 * (self.global_rank + 1))
        x = torch.randn(c.batch_size, c.in_features, generator=gen)
        y = (x @ self.teacher.cpu()).argmax(-1)  # (B,)
        if step >= c.overflow_from and self.global_rank == self.overflow_rank:
            x = x * c.input_scale
        self.max_input = max(self.max_input, float(x.abs().max()))
        return x.to(self.device), y.to(self.device)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--out", required=True)
    p.add_argument("--steps", type=int, default=120)
    p.add_argument("--check-every", type=int, default=20)
    p.add_argument("--overflow-rank", type=int, default=1)
    args = p.parse_args(argv)
    task = RankTask(task_config("overflow"), args.steps, args.overflow_rank)
    plugin = DPSPrecision(check_every=args.check_every, run_name="dps-ddp")
    trace = fit_task(task, [plugin], steps=args.steps, devices=2, strategy=DDPStrategy(process_group_backend="gloo"))
    params = torch.cat([q.detach().reshape(-1) for q in task.parameters()])
    record = {"rank": task.global_rank, "history": plugin.history, "dtypes": trace.dtypes, "scales": trace.scales,
              "skipped_steps": plugin.skipped_steps, "nonfinite_steps": plugin.nonfinite_steps,
              "weights_finite": trace.weights_finite, "max_input": task.max_input,
              "params_sha256": hashlib.sha256(params.numpy().tobytes()).hexdigest()}
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / f"rank{task.global_rank}.json").write_text(json.dumps(record))
    return 0


if __name__ == "__main__":
    sys.exit(main())
