"""Precision (DPS): active dtype over time, switches, fp16 underflow, gradient range, loss scale, skipped steps."""

from __future__ import annotations

from monitor import metrics as M

from dashboards import common as c
from dashboards import rules as R
from dashboards.config import Config

UID = "lightwatch-precision"
TITLE = "lightwatch / Precision"
#: filled by tests/test_e2e_panels.py (tests/panel_queries.PANEL_COVERAGE)
STATS_TIME = "Gradient-statistics check time"

_DTYPE = M.DPS_ACTIVE_DTYPE.name  # prometheus_client's Enum labels the state with the metric name
#: state timeline codes of the dtypes (every state of the enum) and their colours
_CODES = dict(enumerate(M.DPS_ACTIVE_DTYPE.states, start=1))
_COLOURS = {"fp16": "orange", "bf16": "purple", "fp32": "blue"}


def build(cfg: Config):
    s = c.sel()
    board = c.dashboard(UID, TITLE, "DPSPrecision: which half precision autocast uses, why it switched, "
                                    "gradient underflow, loss scale and skipped steps.")
    # one lane per rank: the enum's state set to 1 becomes a code, and the code a coloured state
    code = " + ".join(f"{i} * max by (run, rank) ({M.DPS_ACTIVE_DTYPE.series}{{{c.sel(_DTYPE + '=' + repr(d))}}})"
                      for i, d in _CODES.items())
    board.with_panel(c.state_timeline(
        "Active dtype", "The dtype autocast uses, per rank, over time (state timeline).",
        [(code, "rank {{rank}}")], states={i: (d, _COLOURS[d]) for i, d in _CODES.items()}))
    board.with_panel(c.timeseries(
        "Precision switches", f"Switches within {cfg.flapping_window}; PrecisionFlapping fires above "
                              f"{cfg.flapping_max_switches}.",
        [(f"{R.dps_switches_increase(cfg)}{{{s}}}", "rank {{rank}}")], unit="none", min_val=0,
        steps=((None, c.GREEN), (cfg.flapping_max_switches, c.RED)), show_thresholds=True))
    board.with_panel(c.timeseries(
        "Gradient underflow ratio", "Share of non-zero gradient elements below fp16's smallest normal.",
        [(f"{M.DPS_UNDERFLOW.series}{{{s}}}", "rank {{rank}}")], unit="percentunit", min_val=0,
        steps=((None, c.GREEN), (cfg.underflow_crit_ratio, c.RED)), show_thresholds=True, span=8))
    board.with_panel(c.timeseries(
        "Gradient magnitude range", "Largest and smallest non-zero unscaled |gradient| at the last check (log "
                                    "scale). Times the loss scale, min_nonzero below fp16's smallest normal 2^-14 "
                                    "underflows; max near fp16's 65504 overflows.",
        [(f"{M.DPS_GRAD_MAGNITUDE.series}{{{s}}}", "rank {{rank}} {{bound}}")], unit="none", span=8,
        log_scale=True))
    board.with_panel(c.timeseries(
        "Loss scale", "GradScaler loss scale (kept through bf16 phases).",
        [(f"{M.DPS_LOSS_SCALE.series}{{{s}}}", "rank {{rank}}")], unit="none", span=8, log_scale=True))
    board.with_panel(c.timeseries(
        "Skipped and non-finite steps", "Optimizer steps skipped, and steps whose gradients held NaN/inf.",
        [(f"sum by (run, rank) (increase({M.DPS_SKIPPED_STEPS.series}{{{s}}}[{cfg.rate_window}]))",
          "rank {{rank}} skipped"),
         (f"sum by (run, rank) (increase({M.DPS_NONFINITE_GRAD_STEPS.series}{{{s}}}[{cfg.rate_window}]))",
          "rank {{rank}} non-finite grads")], unit="none", min_val=0, span=24,
        steps=((None, c.GREEN), (1, c.RED))))
    board.with_panel(c.timeseries(
        STATS_TIME, "Mean wall time of DPSPrecision's gradient-statistics check (its own overhead, paid every "
                    "check_every steps), over the flapping window.",
        [(f"sum by (run, rank) (increase({M.DPS_STATS_DURATION.name}_sum{{{s}}}[{cfg.flapping_window}]))"
          f" / sum by (run, rank) (increase({M.DPS_STATS_DURATION.name}_count{{{s}}}[{cfg.flapping_window}]))",
          "rank {{rank}}")], unit="s", min_val=0, span=24))
    return c.with_event_annotations(board, cfg)
