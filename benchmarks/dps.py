"""DPS vs static precision, side by side: fp32, real fp16-mixed, bf16-mixed and DPSPrecision.

Tasks: the fp16-underflow and fp16-overflow tasks (``lightning_plugins.precision_tasks``) and the
digits MLP on scikit-learn's bundled digits (``monitor.demo_model``). Each mode trains the same
seeded model for the same number of optimizer steps on CPU. The fp16 baseline is
``MixedPrecision("16-mixed", device="cpu")`` with its GradScaler (Lightning's ``precision="16-mixed"``
would silently run bf16 on CPU).

Recorded per run: held-out loss (fp32 evaluation), mean training loss of the last 50 steps, NaN
losses, skipped steps, whether NaN reached the weights, switches, median step time and, for DPS,
the time its statistics checks took as a share of the training step time.

    python benchmarks/dps.py            # ~2 minutes on 2 CPU cores
    python benchmarks/dps.py --quick    # fewer steps
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import platform
import statistics
import sys
import time
import warnings
from pathlib import Path

import pytorch_lightning as pl
import torch
import torch.nn.functional as F
from prometheus_client import CollectorRegistry
from pytorch_lightning.plugins.precision import MixedPrecision

from lightning_plugins import DPSPrecision
from lightning_plugins.precision_tasks import SyntheticTask, TraceCallback, task_config
from monitor import metrics as M
from monitor.demo_model import DigitsDataModule, DigitsMLP, digits_tensors

MODES = ("fp32", "fp16-mixed", "bf16-mixed", "dps")
RESULTS = Path(__file__).resolve().parent / "results" / "dps.json"


class StepTimer(pl.Callback):
    def __init__(self) -> None:
        self.times: list[float] = []
        self._t0 = 0.0

    def on_train_batch_start(self, trainer, pl_module, batch, batch_idx):
        self._t0 = time.perf_counter()

    def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):
        self.times.append(time.perf_counter() - self._t0)


def _plugins(mode: str, registry: CollectorRegistry, check_every: int) -> list:
    if mode == "fp16-mixed":
        return [MixedPrecision("16-mixed", device="cpu")]
    if mode == "bf16-mixed":
        return [MixedPrecision("bf16-mixed", device="cpu")]
    if mode == "dps":
        return [DPSPrecision(check_every=check_every, registry=registry, run_name="bench")]
    return []


@torch.no_grad()
def _digits_eval(model: DigitsMLP) -> float:
    _, (xv, yv) = digits_tensors(0)
    return float(F.cross_entropy(model(xv), yv))


def run_one(task: str, mode: str, steps: int, check_every: int) -> dict:
    pl.seed_everything(0, verbose=False)
    registry = CollectorRegistry()
    plugins = _plugins(mode, registry, check_every)
    if task == "digits":
        model, data = DigitsMLP(hidden=256), DigitsDataModule(batch_size=32)
    else:
        model, data = SyntheticTask(task_config(task), steps), None
    tracer, timer = TraceCallback(), StepTimer()
    trainer = pl.Trainer(max_steps=steps, accelerator="cpu", devices=1, logger=False, plugins=plugins,
                         callbacks=[tracer, timer], enable_checkpointing=False, enable_progress_bar=False,
                         enable_model_summary=False, num_sanity_val_steps=0, limit_val_batches=0)
    t0 = time.perf_counter()
    trainer.fit(model, datamodule=data)
    wall = time.perf_counter() - t0
    trace = tracer.trace
    model.float()
    held_out = _digits_eval(model) if task == "digits" else model.eval_loss()
    finite_tail = [x for x in trace.losses[-50:] if not math.isnan(x)]
    row = {
        "task": task, "mode": mode, "steps": steps,
        "held_out_loss": held_out,
        "train_loss_last50": statistics.fmean(finite_tail) if finite_tail else math.nan,
        "nan_losses": sum(math.isnan(x) for x in trace.losses),
        "nan_in_weights": not trace.weights_finite,
        "median_step_ms": 1000 * statistics.median(timer.times[5:]),
        "wall_s": wall,
    }
    # Adam counts the steps it applied: the rest were skipped (GradScaler / DPS on non-finite gradients)
    applied = max(int(st["step"]) for st in trainer.optimizers[0].state.values())
    row["skipped_steps"] = steps - applied
    if mode == "dps":
        p = plugins[0]
        assert p.skipped_steps == row["skipped_steps"], (p.skipped_steps, row["skipped_steps"])
        row["switches"] = [f'{h["step"]}:{h["from"]}->{h["to"]}({h["reason"]})' for h in p.history]
        row["final_dtype"] = p.active
        stats_s = registry.get_sample_value(M.DPS_STATS_DURATION.name + "_sum", {"run": "bench", "rank": "0"})
        row["stats_checks"] = registry.get_sample_value(M.DPS_STATS_DURATION.name + "_count",
                                                        {"run": "bench", "rank": "0"})
        row["stats_overhead_ratio"] = stats_s / sum(timer.times)
    return row


def _fmt(x, spec=".4f"):
    return format(x, spec) if isinstance(x, float) and not math.isnan(x) else str(x)


def summarize(rows: list[dict]) -> list[dict]:
    """Per task: DPS vs the best static mode (held-out loss) and step-time ratios."""
    out = []
    for task in dict.fromkeys(r["task"] for r in rows):
        by = {r["mode"]: r for r in rows if r["task"] == task}
        static = [by[m] for m in ("fp32", "fp16-mixed", "bf16-mixed")
                  if not math.isnan(by[m]["held_out_loss"]) and not by[m]["nan_in_weights"]]
        best = min(static, key=lambda r: r["held_out_loss"])
        dps = by["dps"]
        out.append({
            "task": task, "best_static_mode": best["mode"], "best_static_loss": best["held_out_loss"],
            "dps_loss": dps["held_out_loss"],
            "dps_vs_best_rel": dps["held_out_loss"] / best["held_out_loss"] - 1,
            "dps_nan_updates": int(dps["nan_in_weights"]),
            "step_time_ratio_vs_fp16": dps["median_step_ms"] / by["fp16-mixed"]["median_step_ms"],
            "step_time_ratio_vs_bf16": dps["median_step_ms"] / by["bf16-mixed"]["median_step_ms"],
            "stats_overhead_ratio": dps["stats_overhead_ratio"],
        })
    return out


def markdown(rows: list[dict], summary: list[dict]) -> str:
    lines = ["| task | mode | held-out loss | train loss (last 50) | NaN losses | skipped | NaN in weights | "
             "switches | median step ms |", "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['task']} | {r['mode']} | {_fmt(r['held_out_loss'])} | {_fmt(r['train_loss_last50'])} | "
                     f"{r['nan_losses']} | {r['skipped_steps']} | {'yes' if r['nan_in_weights'] else 'no'} | "
                     f"{', '.join(r.get('switches', [])) or '-'} | {r['median_step_ms']:.2f} |")
    lines += ["", "| task | best static | DPS vs best | DPS NaN updates | step time vs fp16 | vs bf16 | "
              "stats overhead |", "|---|---|---|---|---|---|---|"]
    for s in summary:
        lines.append(f"| {s['task']} | {s['best_static_mode']} {s['best_static_loss']:.4f} | "
                     f"{s['dps_vs_best_rel']:+.2%} | {s['dps_nan_updates']} | {s['step_time_ratio_vs_fp16']:.2f}x | "
                     f"{s['step_time_ratio_vs_bf16']:.2f}x | {s['stats_overhead_ratio']:.2%} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer steps (smoke run; not committed)")
    ap.add_argument("--check-every", type=int, default=50, help="DPS check interval (default 50, the plugin default)")
    ap.add_argument("--repeats", type=int, default=2,
                    help="runs per (task, mode); step time is the smallest median (shared machines are noisy)")
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    if args.check_every < 1:
        raise ValueError(f"--check-every {args.check_every}: must be >= 1")
    if args.repeats < 1:
        raise ValueError(f"--repeats {args.repeats}: must be >= 1")
    warnings.filterwarnings("ignore")
    logging.getLogger("pytorch_lightning").setLevel(logging.WARNING)
    torch.set_num_threads(1)
    steps = {"underflow": 1000, "overflow": 1000, "digits": 600}
    if args.quick:
        steps = {k: v // 4 for k, v in steps.items()}
    rows = []
    for task, n in steps.items():
        for mode in MODES:
            row = run_one(task, mode, n, args.check_every)
            for _ in range(args.repeats - 1):  # same seeds: identical losses, another timing sample
                again = run_one(task, mode, n, args.check_every)
                row["median_step_ms"] = min(row["median_step_ms"], again["median_step_ms"])
                if mode == "dps":
                    row["stats_overhead_ratio"] = min(row["stats_overhead_ratio"], again["stats_overhead_ratio"])
            rows.append(row)
            print(f"  {task:9s} {mode:10s} loss={rows[-1]['held_out_loss']:.4f} "
                  f"step={rows[-1]['median_step_ms']:.2f}ms", file=sys.stderr, flush=True)
    summary = summarize(rows)
    table = markdown(rows, summary)
    print(table)
    result = {
        "benchmark": "dps", "quick": args.quick, "check_every": args.check_every, "repeats": args.repeats,
        "torch": torch.__version__, "lightning": pl.__version__, "machine": platform.machine(),
        "device": "cpu (1 thread); no GPU was available for this run",
        "goals": {"dps_within_1pct_of_best_static": all(s["dps_vs_best_rel"] <= 0.01 for s in summary),
                  "zero_nan_updates": all(s["dps_nan_updates"] == 0 for s in summary),
                  "stats_overhead_le_3pct": all(s["stats_overhead_ratio"] <= 0.03 for s in summary)},
        "runs": rows, "summary": summary, "table": table,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n")
    print(f"\nwrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
