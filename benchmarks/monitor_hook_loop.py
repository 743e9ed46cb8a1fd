"""PrometheusMonitor's per-step hooks in a direct loop: CPU microseconds per call, per hook.

A short real fit builds the trainer, module, outputs and batch; the monitor's hooks are then called
``--calls`` times each on those objects (no training in between), timed with ``time.thread_time``
(CPU of this thread: load from other processes barely moves it). ``step`` calls the five per-step
hooks in a training step's order, with Lightning's global step advanced once per step as the
optimizer would (that advance is timed alone and subtracted), so it includes the optimizer-steps
counter and the window read every ``log_every_n_steps`` (50 here, Lightning's default).

    PYTHONPATH=. python benchmarks/monitor_hook_loop.py [--calls 5000] [--repeats 3]

Prints one line per hook (median over repeats); ``--json`` prints the same as one JSON object.
To compare two versions of the code, run it under each one's PYTHONPATH.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")

import torch  # noqa: E402
from prometheus_client import CollectorRegistry  # noqa: E402

from monitor._lightning import pl  # noqa: E402
from monitor.callbacks import PrometheusMonitor  # noqa: E402
from monitor.demo_model import DigitsDataModule, DigitsMLP  # noqa: E402


class _Grab(pl.Callback):
    def on_train_batch_end(self, trainer, module, outputs, batch, i):
        self.args = (trainer, module, outputs, batch)


def _cpu_us(fn, calls: int) -> float:
    fn(0)
    c0 = time.thread_time()
    for i in range(calls):
        fn(i)
    return (time.thread_time() - c0) / calls * 1e6


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--calls", type=int, default=5000, help="calls per hook and repeat")
    p.add_argument("--repeats", type=int, default=3, help="repeats (the median is printed)")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of lines")
    args = p.parse_args()
    if args.calls < 1 or args.repeats < 1:
        p.error("--calls and --repeats must be >= 1")
    torch.set_num_threads(1)
    mon = PrometheusMonitor(run_name="p", registry=CollectorRegistry(), serve=False)
    grab = _Grab()
    trainer = pl.Trainer(max_steps=5, accelerator="cpu", devices=1, callbacks=[mon, grab], logger=False,
                         enable_checkpointing=False, enable_progress_bar=False, enable_model_summary=False,
                         num_sanity_val_steps=0, limit_val_batches=0)
    trainer.fit(DigitsMLP(hidden=64), datamodule=DigitsDataModule(batch_size=32))
    trainer, module, outputs, batch = grab.args
    mon.setup(trainer, module, "fit")
    opt = trainer.optimizers[0]
    progress = trainer.fit_loop.epoch_loop.automatic_optimization.optim_progress.optimizer.step.total

    def advance(i):
        progress.completed += 1

    def step(i):
        mon.on_train_batch_start(trainer, module, batch, i)
        mon.on_before_backward(trainer, module, outputs["loss"])
        mon.on_after_backward(trainer, module)
        mon.on_before_optimizer_step(trainer, module, opt)
        progress.completed += 1
        mon.on_train_batch_end(trainer, module, outputs, batch, i)

    hooks = {
        "on_train_batch_start": lambda i: mon.on_train_batch_start(trainer, module, batch, i),
        "on_before_backward": lambda i: mon.on_before_backward(trainer, module, outputs["loss"]),
        "on_after_backward": lambda i: mon.on_after_backward(trainer, module),
        "on_before_optimizer_step": lambda i: mon.on_before_optimizer_step(trainer, module, opt),
        "on_train_batch_end": lambda i: mon.on_train_batch_end(trainer, module, outputs, batch, i),
        "advance": advance,
        "step": step,
    }
    runs = {name: [] for name in hooks}
    for _ in range(args.repeats):
        for name, fn in hooks.items():
            runs[name].append(_cpu_us(fn, args.calls))
    out = {name: statistics.median(v) for name, v in runs.items()}
    out["step"] -= out.pop("advance")
    out["sum_of_hooks"] = sum(v for k, v in out.items() if k.startswith("on_"))
    if args.json:
        print(json.dumps(out))
    else:
        for name, us in out.items():
            print(f"{name}: {us:.2f} us CPU per call")


if __name__ == "__main__":
    main()
