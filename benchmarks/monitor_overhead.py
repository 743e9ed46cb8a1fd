"""PrometheusMonitor overhead: the same ~10 ms CPU training step with and without the monitor.

Runs are interleaved in ABBA order (plain, monitored, monitored, plain, ...) so drift in machine
load hits both arms alike. During monitored runs a scraper polls ``/metrics`` at 1 Hz, as
Prometheus would. The step time of a run is the mean batch-end-to-batch-end interval after a
warm-up, so it includes data loading and every callback hook. Also reports the render time of
``/metrics`` (``generate_latest`` in-process, and the HTTP round trip seen by the scraper).

    python benchmarks/monitor_overhead.py [--rounds 4] [--steps 300] [--accelerator cpu|cuda]

Writes benchmarks/results/monitor_overhead.json (``--accelerator cuda``: monitor_overhead_cuda.json,
the same model and batch on one GPU, where a step is about a millisecond and every host sync shows).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import threading
import time
import urllib.request
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import pytorch_lightning as pl  # noqa: E402
import torch  # noqa: E402
from prometheus_client import CollectorRegistry, generate_latest  # noqa: E402

from monitor.callbacks import PrometheusMonitor  # noqa: E402
from monitor.demo_model import DigitsDataModule, DigitsMLP  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"


class StepTimer(pl.Callback):
    """Batch-end-to-batch-end intervals after ``warmup`` batches (present in both arms)."""

    def __init__(self, warmup: int) -> None:
        self.warmup = warmup
        self.ends: list[float] = []

    def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):
        self.ends.append(time.perf_counter())

    def mean_step(self) -> float:
        ends = self.ends[self.warmup:]
        return (ends[-1] - ends[0]) / (len(ends) - 1)


HOOKS = ("on_train_batch_start", "on_before_backward", "on_after_backward", "on_before_optimizer_step",
         "on_train_batch_end", "on_train_epoch_start")


class HookTimedMonitor(PrometheusMonitor):
    """PrometheusMonitor whose per-step hooks add their own wall and CPU time to counters.

    The whole-step comparison between runs carries the machine's noise; the time spent inside
    the monitor's hooks is a direct, low-noise measure of what the monitor adds to a step.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.hook_wall = 0.0
        self.hook_cpu = 0.0
        self.by_hook = {name: 0.0 for name in HOOKS}  # wall seconds per hook
        for name in HOOKS:
            setattr(self, name, self._timed(name, getattr(self, name)))

    def _timed(self, name, hook):
        def timed(*args, **kwargs):
            w0, c0 = time.perf_counter(), time.thread_time()
            try:
                return hook(*args, **kwargs)
            finally:
                wall = time.perf_counter() - w0
                self.hook_wall += wall
                self.by_hook[name] += wall
                self.hook_cpu += time.thread_time() - c0

        return timed


class Scraper(threading.Thread):
    """Polls a /metrics URL at 1 Hz and records each round trip."""

    def __init__(self, url_fn) -> None:
        super().__init__(daemon=True)
        self.url_fn = url_fn
        self.stop_event = threading.Event()
        self.latencies: list[float] = []

    def run(self) -> None:
        while not self.stop_event.wait(1.0):
            url = self.url_fn()
            if url is None:
                continue
            t0 = time.perf_counter()
            try:
                urllib.request.urlopen(url, timeout=5).read()
            except OSError:
                continue
            self.latencies.append(time.perf_counter() - t0)


def one_run(monitored: bool, steps: int, hidden: int, batch: int, warmup: int, accelerator: str = "cpu"):
    pl.seed_everything(0, verbose=False)
    timer = StepTimer(warmup)
    callbacks: list[pl.Callback] = [timer]
    registry = CollectorRegistry()
    scraper = None
    if monitored:
        mon = HookTimedMonitor(run_name="bench", registry=registry, port=0)
        callbacks.insert(0, mon)
        scraper = Scraper(lambda: mon.url)
        scraper.start()
    trainer = pl.Trainer(max_steps=steps, accelerator=accelerator, devices=1, callbacks=callbacks, logger=False,
                         enable_checkpointing=False, enable_progress_bar=False, enable_model_summary=False,
                         num_sanity_val_steps=0, limit_val_batches=0)
    trainer.fit(DigitsMLP(hidden=hidden), datamodule=DigitsDataModule(batch_size=batch))
    hook_ms = None
    if scraper is not None:
        scraper.stop_event.set()
        scraper.join()
        mon = callbacks[0]
        hook_ms = (mon.hook_wall * 1e3 / steps, mon.hook_cpu * 1e3 / steps,
                   {k: v * 1e3 / steps for k, v in mon.by_hook.items()})
    return timer.mean_step(), registry, (scraper.latencies if scraper else []), hook_ms


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=4, help="ABBA rounds (each: 2 plain + 2 monitored runs)")
    p.add_argument("--steps", type=int, default=300)
    p.add_argument("--hidden", type=int, default=1024)
    p.add_argument("--batch", type=int, default=128)
    p.add_argument("--warmup", type=int, default=20)
    p.add_argument("--accelerator", choices=("cpu", "cuda"), default="cpu",
                   help="where the model trains (cuda: one GPU; writes monitor_overhead_cuda.json)")
    args = p.parse_args()
    if args.accelerator == "cuda" and not torch.cuda.is_available():
        p.error("--accelerator cuda: no CUDA device on this machine (valid here: cpu)")
    torch.set_num_threads(1)

    plain, monitored, latencies, hooks = [], [], [], []
    registry = None
    for r in range(args.rounds):
        for arm in (False, True, True, False) if r % 2 == 0 else (True, False, False, True):
            step, reg, lat, hook_ms = one_run(arm, args.steps, args.hidden, args.batch, args.warmup,
                                              args.accelerator)
            (monitored if arm else plain).append(step)
            if arm:
                registry = reg
                latencies += lat
                hooks.append(hook_ms)
        print(f"round {r + 1}/{args.rounds}: plain {statistics.median(plain) * 1e3:.2f} ms, "
              f"monitored {statistics.median(monitored) * 1e3:.2f} ms", flush=True)

    renders = []
    for _ in range(200):
        t0 = time.perf_counter()
        body = generate_latest(registry)
        renders.append(time.perf_counter() - t0)
    pairs = [m / p for m, p in zip(monitored, plain)]
    result = {
        "benchmark": "monitor_overhead",
        "machine": {"cpu_count": os.cpu_count(), "platform": platform.platform(), "torch": torch.__version__,
                    "threads": torch.get_num_threads(),
                    "device": torch.cuda.get_device_name(0) if args.accelerator == "cuda" else "cpu"},
        "config": vars(args),
        "plain_step_ms": [round(x * 1e3, 4) for x in plain],
        "monitored_step_ms": [round(x * 1e3, 4) for x in monitored],
        "plain_median_ms": statistics.median(plain) * 1e3,
        "monitored_median_ms": statistics.median(monitored) * 1e3,
        "step_time_ratio": statistics.median(monitored) / statistics.median(plain),
        "step_time_ratio_paired_median": statistics.median(pairs),
        "goal_ratio": 1.01,
        "hook_wall_ms_per_step_median": statistics.median(h[0] for h in hooks),
        "hook_cpu_ms_per_step_median": statistics.median(h[1] for h in hooks),
        "hook_wall_ms_per_step_by_hook_median": {k: statistics.median(h[2][k] for h in hooks) for k in HOOKS},
        "hook_ratio_estimate": 1 + statistics.median(h[0] for h in hooks) / (statistics.median(plain) * 1e3),
        "load_average_end": os.getloadavg(),
        "metrics_render_ms_median": statistics.median(renders) * 1e3,
        "metrics_bytes": len(body),
        "scrape_roundtrip_ms_median": statistics.median(latencies) * 1e3 if latencies else None,
        "scrapes": len(latencies),
    }
    result["meets_goal_whole_step"] = result["step_time_ratio"] <= result["goal_ratio"]
    result["meets_goal_hook_time"] = result["hook_ratio_estimate"] <= result["goal_ratio"]
    RESULTS.mkdir(parents=True, exist_ok=True)
    name = "monitor_overhead.json" if args.accelerator == "cpu" else "monitor_overhead_cuda.json"
    (RESULTS / name).write_text(json.dumps(result, indent=2) + "\n")
    print()
    print("| arm | median step (ms) | runs |")
    print("|---|---|---|")
    print(f"| plain Lightning | {result['plain_median_ms']:.3f} | {len(plain)} |")
    print(f"| + PrometheusMonitor, scraped at 1 Hz | {result['monitored_median_ms']:.3f} | {len(monitored)} |")
    print()
    print(f"step-time ratio (medians): {result['step_time_ratio']:.4f}  (paired median "
          f"{result['step_time_ratio_paired_median']:.4f}; goal <= 1.01)")
    print(f"monitor's own hook time per step: {result['hook_wall_ms_per_step_median']:.4f} ms wall, "
          f"{result['hook_cpu_ms_per_step_median']:.4f} ms CPU -> ratio estimate {result['hook_ratio_estimate']:.4f}")
    print("per hook (ms wall per step): " + ", ".join(
        f"{k} {v:.4f}" for k, v in result["hook_wall_ms_per_step_by_hook_median"].items()))
    print(f"load average at the end: {result['load_average_end']}")
    print(f"/metrics render: {result['metrics_render_ms_median']:.3f} ms for {len(body)} bytes; "
          f"HTTP scrape round trip: {result['scrape_roundtrip_ms_median'] or float('nan'):.3f} ms "
          f"({len(latencies)} scrapes)")


if __name__ == "__main__":
    main()
