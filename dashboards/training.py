"""Training overview: throughput, step time, input-boundness, optimisation signals, MFU, memory, stalls."""

from __future__ import annotations

from monitor import metrics as M

from dashboards import common as c
from dashboards import rules as R
from dashboards.config import Config

UID = "lightwatch-training"
TITLE = "lightwatch / Training overview"


def build(cfg: Config):
    s = c.sel()
    board = c.dashboard(UID, TITLE, "Throughput, step time, data wait, loss, learning rate, gradient norm, MFU, "
                                    "memory and stalls of PyTorch Lightning runs (lightwatch PrometheusMonitor).")
    board.with_row(c.row("Throughput"))
    board.with_panel(c.timeseries(
        "Samples per second", "Training samples/s per rank and summed over the run, over the monitor's last "
                              "window (every log_every_n_steps batches, pauses included): the series the "
                              "anomaly detector scores.",
        [(f"sum by (run) ({M.SAMPLES_PER_SECOND.series}{{run=~\"$run\"}})", "{{run}} total"),
         (f"{M.SAMPLES_PER_SECOND.series}{{{s}}}", "{{run}} rank {{rank}}")],
        unit="suffix: samples/s", min_val=0))
    board.with_panel(c.timeseries(
        "Tokens per second", "Training tokens/s (needs tokens_per_sample on the monitor).",
        [(f"{R.tokens_rate(cfg, 'run')}{{run=~\"$run\"}}", "{{run}} total"),
         (f"{R.tokens_rate(cfg)}{{{s}}}", "{{run}} rank {{rank}}")],
        unit="suffix: tokens/s", min_val=0))
    board.with_panel(c.timeseries(
        "Step time quantiles", "Batch wall time quantiles per rank (histogram over the rate window).",
        [(f"{R.step_quantile(cfg)}{{{s}}}", "rank {{rank}} p{{quantile}}")], unit="s", min_val=0))
    board.with_panel(c.timeseries(
        "Data-wait ratio (input-bound?)",
        "Share of loop time spent waiting for the next batch. Yellow: worth a look; red: input-bound.",
        [(f"{R.data_wait_ratio(cfg)}{{{s}}}", "rank {{rank}}")], unit="percentunit", min_val=0, max_val=1,
        steps=((None, c.GREEN), (cfg.data_wait_warn_ratio, c.YELLOW), (cfg.data_wait_crit_ratio, c.RED)),
        show_thresholds=True))
    board.with_row(c.row("Optimisation"))
    board.with_panel(c.timeseries(
        "Loss", "Training loss at the last read (every log_every_n_steps).",
        [(f"{M.LOSS.series}{{{s}}}", "rank {{rank}}")], unit="none", span=6))
    board.with_panel(c.timeseries(
        "Learning rate", "First parameter group of each optimizer.",
        [(f"{M.LEARNING_RATE.series}{{{s}}}", "rank {{rank}} opt {{optimizer}}")], unit="none", span=6))
    board.with_panel(c.timeseries(
        "Gradient norm", "Total L2 norm of the gradients before clipping (last read).",
        [(f"{M.GRAD_NORM.series}{{{s}}}", "rank {{rank}}")], unit="none", span=6, min_val=0))
    board.with_panel(c.timeseries(
        "MFU", "Model FLOPs utilisation (needs flops_per_sample and a peak: set on CPU, automatic on CUDA).",
        [(f"{M.MFU.series}{{{s}}}", "rank {{rank}}")], unit="percentunit", span=6, min_val=0,
        steps=((None, c.RED), (cfg.mfu_low, c.YELLOW), (cfg.mfu_good, c.GREEN)), show_thresholds=True))
    board.with_row(c.row("Resources and stalls"))
    board.with_panel(c.timeseries(
        "Memory", "Resident memory of the training process; CUDA allocated/reserved per device on GPUs.",
        [(f"{M.PROCESS_RSS.series}{{{s}}}", "rank {{rank}} RSS"),
         (f"{M.ACCEL_MEMORY_ALLOCATED.series}{{{s}}}", "rank {{rank}} {{device}} allocated"),
         (f"{M.ACCEL_MEMORY_RESERVED.series}{{{s}}}", "rank {{rank}} {{device}} reserved")],
        unit="bytes", min_val=0, span=8))
    board.with_panel(c.timeseries(
        "Seconds since last step",
        f"Time since each rank finished a batch; TrainingStalled fires above {cfg.stall_seconds}s.",
        [(f"time() - {M.LAST_STEP_TIMESTAMP.series}{{{s}}}", "rank {{rank}}")], unit="s", min_val=0, span=8,
        steps=((None, c.GREEN), (cfg.stall_seconds, c.RED)), show_thresholds=True))
    board.with_panel(c.timeseries(
        "Non-finite losses", "NaN/inf training losses so far (0 until the first one).",
        [(f"sum by (run, rank) ({M.NONFINITE_LOSS.series}{{{s}}})"
          f" or 0 * sum by (run, rank) ({M.RUN_INFO.series}{{{s}}})", "rank {{rank}}")],
        unit="none", min_val=0, span=8, steps=((None, c.GREEN), (1, c.RED))))
    return board
