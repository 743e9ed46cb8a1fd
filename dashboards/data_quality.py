"""Data quality: label, feature and token drift (effect sizes and the drift test's p-value), bad
inputs, sequence lengths, skipped batches, noisy samples, augmentation, sampler calibration and the
DataDrift alert."""

from __future__ import annotations

from monitor import metrics as M

from dashboards import common as c
from dashboards import rules as R
from dashboards.config import Config

UID = "lightwatch-data-quality"
TITLE = "lightwatch / Data quality"


def build(cfg: Config):
    s = c.sel()
    # 0 for every monitored run/rank, so "nothing skipped" / "not firing" draws a line, not "No data"
    zero = f"0 * sum by (run, rank) ({M.RUN_INFO.series}{{{s}}})"
    drift_steps = ((None, c.GREEN), (cfg.drift_warn, c.YELLOW), (cfg.data_drift_psi, c.RED))

    def divergences(title: str, what: str, psi, kl, signal: str):
        return c.timeseries(
            title, f"Population stability index and KL(window || reference) of the last window's {what}. PSI < "
                   f"{cfg.drift_warn} no shift, up to {cfg.data_drift_psi} moderate, above it significant: "
                   f"DataDrift (signal={signal}) fires after {cfg.data_drift_for}.",
            [(f"{psi.series}{{{s}}}", "rank {{rank}} PSI"), (f"{kl.series}{{{s}}}", "rank {{rank}} KL")],
            unit="none", min_val=0, steps=drift_steps, show_thresholds=True, span=8)

    board = c.dashboard(UID, TITLE, "DataQualityMonitor and KLCalibratedSampler: is the data the model sees "
                                    "still the data it was meant to see?")
    board.with_row(c.row("Drift"))
    board.with_panel(divergences("Label drift (PSI, KL)", "labels", M.DATA_LABEL_PSI, M.DATA_LABEL_KL, "label"))
    board.with_panel(c.timeseries(
        "Feature drift (max)",
        "Largest standardised mean shift over all input features (|mean - ref mean| / pooled std) of the last "
        f"window. DataDrift (signal=feature) fires above {cfg.data_drift_feature_shift} after {cfg.data_drift_for}.",
        [(f"{M.DATA_FEATURE_DRIFT_MAX.series}{{{s}}}", "rank {{rank}}")], unit="none", min_val=0,
        steps=((None, c.GREEN), (cfg.data_drift_feature_shift, c.RED)), show_thresholds=True, span=8))
    board.with_panel(divergences("Token drift (PSI, KL)", "bucketed token-id histogram (integer inputs only)",
                                 M.DATA_TOKEN_PSI, M.DATA_TOKEN_KL, "token"))
    board.with_panel(c.bar_panel(
        "Most drifted features",
        "The 10 features with the largest standardised mean shift now (per-feature gauges exist for the first "
        "max_feature_labels features).",
        [(f"topk(10, {M.DATA_FEATURE_DRIFT.series}{{{s}}})", "rank {{rank}} {{feature}}")], unit="none",
        steps=((None, c.GREEN), (cfg.data_drift_feature_shift, c.RED)), instant=True))
    board.with_panel(c.timeseries(
        "Feature std ratio",
        f"Window std over reference std per feature: red outside [{cfg.std_ratio_low}, {cfg.std_ratio_high}] "
        "(a scaling or normalisation change upstream).",
        [(f"{M.DATA_FEATURE_STD_RATIO.series}{{{s}}}", "rank {{rank}} {{feature}}")], unit="none", min_val=0,
        steps=((None, c.RED), (cfg.std_ratio_low, c.GREEN), (cfg.std_ratio_high, c.RED)), show_thresholds=True))
    board.with_panel(c.timeseries(
        "Drift test p-value",
        "Smallest Holm-adjusted p-value of the last window's drift tests per signal (label: a proportion "
        "test per class, feature: Kolmogorov-Smirnov per feature, token: chi-square). DataDrift fires below {cfg.data_drift_alpha} after {cfg.data_drift_for}: at "
        f"most {cfg.data_drift_alpha:.0%} of windows of unchanged data get there.",
        [(f"{M.DATA_DRIFT_PVALUE.series}{{{s}}}", "rank {{rank}} {{signal}}")], unit="none", min_val=0, max_val=1,
        steps=((None, c.RED), (cfg.data_drift_alpha, c.GREEN)), show_thresholds=True, span=12, height=6))
    board.with_panel(c.timeseries(
        "DataDrift alert",
        "1 while DataDrift is pending or firing, by drift signal (label, feature, token); 0 when it is not.",
        [(f'sum by (run, rank, signal, alertstate) (ALERTS{{alertname="DataDrift", {s}}}) or on (run, rank) {zero}',
          "rank {{rank}} {{signal}} {{alertstate}}")], unit="none", min_val=0, max_val=1, span=12, height=6,
        steps=((None, c.GREEN), (1, c.RED))))
    board.with_row(c.row("Inputs"))
    board.with_panel(c.timeseries(
        "Non-finite and duplicate inputs",
        "Share of NaN/inf input elements, and of samples whose exact bytes were seen earlier in the hash window.",
        [(f"{M.DATA_NONFINITE_INPUT.series}{{{s}}}", "rank {{rank}} non-finite"),
         (f"{M.DATA_DUPLICATE.series}{{{s}}}", "rank {{rank}} duplicates")], unit="percentunit", min_val=0,
        steps=((None, c.GREEN), (cfg.bad_input_crit_ratio, c.RED)), show_thresholds=True, span=8))
    board.with_panel(c.timeseries(
        "Sequence length quantiles",
        f"Per-sample sequence length (tokens, padding excluded) p50/p90/p99 over {cfg.data_quality_window}.",
        [(f"{R.sequence_length_quantile(cfg)}{{{s}}}", "rank {{rank}} p{{quantile}}")], unit="short", min_val=0,
        span=8))
    board.with_panel(c.timeseries(
        "Skipped batches by reason",
        f"Batches (or parts) the monitor could not use within {cfg.data_quality_window}: no labels, bad labels, "
        "ragged inputs, a feature shape unlike the reference, missing indices or losses, errors.",
        [(f"sum by (run, rank, reason) (increase({M.DATA_SKIPPED_BATCHES.series}{{{s}}}"
          f"[{cfg.data_quality_window}])) or on (run, rank) {zero}", "rank {{rank}} {{reason}}")],
        unit="none", min_val=0, span=8, steps=((None, c.GREEN), (1, c.YELLOW))))
    board.with_row(c.row("Labels and samples"))
    board.with_panel(c.stat_panel(
        "Noisy samples", "Samples flagged as likely mislabelled (confident learning on per-sample probabilities, "
                         "or the loss criterion chosen); their global dataset indices are in "
                         "noisy_samples_rank0.json.",
        [(f"{M.DATA_NOISY_SAMPLES.series}{{{s}}}", "rank {{rank}}")], unit="none", span=6, height=8))
    board.with_panel(c.timeseries(
        "Augmented share",
        "Share of training items EDADataset changed so far this epoch (random swap, deletion, insertion, "
        "synonym replacement).", [(f"{M.DATA_AUGMENTED.series}{{{s}}}", "rank {{rank}}")], unit="percentunit",
        min_val=0, max_val=1, span=6))
    board.with_panel(c.timeseries(
        "Sampler calibration",
        "KL divergence to KLCalibratedSampler's target label distribution: the dataset (before), expected after "
        "reweighting (after), and the labels actually drawn last epoch (sampled).",
        [(f"{M.SAMPLER_KL.series}{{{s}}}", "rank {{rank}} {{stage}}")], unit="none", min_val=0, span=12))
    return board
