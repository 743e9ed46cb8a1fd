"""Parallelism: per-rank step time, stragglers, pipeline bubble, stage imbalance, communication, compression."""

from __future__ import annotations

from monitor import metrics as M

from dashboards import common as c
from dashboards import rules as R
from dashboards.config import Config

UID = "lightwatch-parallelism"
TITLE = "lightwatch / Parallelism"


def build(cfg: Config):
    s = c.sel()
    board = c.dashboard(UID, TITLE, "ThreeDParallelStrategy and gradient compression: who is slow, how much of "
                                    "the step is bubble or exposed communication, how many bytes move.")
    board.with_row(c.row("Ranks"))
    board.with_panel(c.timeseries(
        "Per-rank step time", "Mean batch wall time per rank over the rate window.",
        [(f"{R.step_mean(cfg)}{{{s}}}", "rank {{rank}}")], unit="s", min_val=0))
    board.with_panel(c.timeseries(
        "Stragglers", "Step time over the data-parallel group's median (lines) and the straggler flag (1).",
        [(f"{M.STEP_TIME_RELATIVE.series}{{{s}}}", "rank {{rank}} relative"),
         (f"{M.STRAGGLER.series}{{{s}}}", "rank {{rank}} straggler")], unit="none", min_val=0))
    board.with_panel(c.stat_panel(
        "Mesh", "Parallel degree of each mesh dimension (pp, dp, tp) as the strategy built it.",
        [(f"max by (run, dim) ({M.PARALLEL_DEGREE.series}{{{s}}})", "{{dim}}")], unit="none", span=24, height=4))
    board.with_row(c.row("Pipeline"))
    board.with_panel(c.timeseries(
        "Pipeline bubble", "Idle share of a step: measured and theoretical (p-1)/(m+p-1).",
        [(f"{M.PIPELINE_BUBBLE.series}{{{s}}}", "rank {{rank}} {{kind}}")], unit="percentunit", min_val=0,
        max_val=1, steps=((None, c.GREEN), (cfg.bubble_crit_ratio, c.RED)), show_thresholds=True, span=8))
    board.with_panel(c.timeseries(
        "Stage imbalance", "Slowest stage time over the mean stage time (1 = balanced).",
        [(f"{M.STAGE_IMBALANCE.series}{{{s}}}", "rank {{rank}}")], unit="none", min_val=1, span=8,
        steps=((None, c.GREEN), (cfg.stage_imbalance_crit, c.RED)), show_thresholds=True))
    board.with_panel(c.timeseries(
        "Stage compute time", "Compute time of each pipeline stage per step.",
        [(f"{M.STAGE_COMPUTE.series}{{{s}}}", "rank {{rank}} stage {{stage}}")], unit="s", min_val=0, span=8))
    board.with_row(c.row("Communication"))
    board.with_panel(c.timeseries(
        "Communication bytes", "Bytes sent in collectives per second, by kind.",
        [(f"{R.comm_bytes_rate(cfg)}{{{s}}}", "rank {{rank}} {{kind}}")], unit="Bps", min_val=0, span=8))
    board.with_panel(c.timeseries(
        "Exposed communication", "Share of step time in communication not overlapped with compute; "
                                 f"HighExposedCommunication fires above {cfg.exposed_comm_ratio:.0%}.",
        [(f"{M.EXPOSED_COMM.series}{{{s}}}", "rank {{rank}}")], unit="percentunit", min_val=0, max_val=1,
        steps=((None, c.GREEN), (cfg.exposed_comm_ratio, c.RED)), show_thresholds=True, span=8))
    board.with_panel(c.timeseries(
        "Gradient compression ratio", "Dense over sent gradient bytes: last step, and over the rate window.",
        [(f"{M.GRADCOMP_RATIO.series}{{{s}}}", "rank {{rank}} last step"),
         (f"{R.gradcomp_uncompressed_rate(cfg)}{{{s}}} / {R.gradcomp_sent_rate(cfg)}{{{s}}}",
          "rank {{rank}} window")], unit="none", min_val=0, span=8))
    board.with_panel(c.timeseries(
        "Gradient compression time", "Seconds per second spent compressing and decompressing gradients, by op.",
        [(f"sum by (run, rank, op) (rate({M.GRADCOMP_DURATION.series}{{{s}}}[{cfg.rate_window}]))",
          "rank {{rank}} {{op}}")], unit="percentunit", min_val=0, span=12))
    board.with_panel(c.timeseries(
        "Error-feedback residual", "L2 norm of the gradient mass compression has held back so far (error "
                                   "feedback); a norm that keeps growing means too little is sent.",
        [(f"{M.GRADCOMP_RESIDUAL_NORM.series}{{{s}}}", "rank {{rank}}")], unit="none", min_val=0, span=12))
    return board
