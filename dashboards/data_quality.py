"""Data quality: label drift (KL, PSI), feature drift, non-finite and duplicate inputs, noisy samples."""

from __future__ import annotations

from monitor import metrics as M

from dashboards import common as c
from dashboards.config import Config

UID = "lightwatch-data-quality"
TITLE = "lightwatch / Data quality"


def build(cfg: Config):
    s = c.sel()
    board = c.dashboard(UID, TITLE, "DataQualityMonitor and KLCalibratedSampler: is the data the model sees "
                                    "still the data it was meant to see?")
    board.with_panel(c.timeseries(
        "Label drift", "KL divergence and population stability index of the window's labels vs the reference.",
        [(f"{M.DATA_LABEL_KL.series}{{{s}}}", "rank {{rank}} KL"),
         (f"{M.DATA_LABEL_PSI.series}{{{s}}}", "rank {{rank}} PSI")], unit="none", min_val=0,
        steps=((None, c.GREEN), (cfg.psi_crit, c.RED)), show_thresholds=True))
    board.with_panel(c.timeseries(
        "Feature drift", "Standardised mean shift per feature vs the reference.",
        [(f"{M.DATA_FEATURE_DRIFT.series}{{{s}}}", "rank {{rank}} {{feature}}")], unit="none"))
    board.with_panel(c.timeseries(
        "Bad inputs", "Share of non-finite input elements and of exact-duplicate samples in the window.",
        [(f"{M.DATA_NONFINITE_INPUT.series}{{{s}}}", "rank {{rank}} non-finite"),
         (f"{M.DATA_DUPLICATE.series}{{{s}}}", "rank {{rank}} duplicates")], unit="percentunit", min_val=0,
        span=8, steps=((None, c.GREEN), (0.01, c.RED))))
    board.with_panel(c.timeseries(
        "Noisy samples", "Samples flagged as likely noisy (small-loss criterion).",
        [(f"{M.DATA_NOISY_SAMPLES.series}{{{s}}}", "rank {{rank}}")], unit="none", min_val=0, span=8))
    board.with_panel(c.timeseries(
        "Sampler calibration", "KL divergence of sampled labels to the target, before and after calibration.",
        [(f"{M.SAMPLER_KL.series}{{{s}}}", "rank {{rank}} {{stage}}")], unit="none", min_val=0, span=8))
    return board
