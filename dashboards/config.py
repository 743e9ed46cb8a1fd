"""Selectors and thresholds of the dashboards, recording rules and alerts: one place, one comment each.

Like node-mixin's ``config.libsonnet``: every number an alert or a dashboard threshold uses lives
here with the reason for its default. Build with other values through :func:`dataclasses.replace`::

    from dataclasses import replace
    from dashboards.config import DEFAULT
    from dashboards import rules

    fast = replace(DEFAULT, throughput_regression_for="5s")   # e.g. an end-to-end test
    groups = rules.alert_groups(fast)

Durations are Prometheus duration strings (``30s``, ``5m``, ``1h``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from monitor.durations import is_duration


@dataclass(frozen=True)
class Config:
    """All tunables; see the comment above each field for what it controls and why."""

    # Prometheus job name of the training exporters (file_sd / static targets). Alerts on exporter
    # health and stalls select it, so a Pushgateway's stale copy of a finished run never pages.
    job: str = "lightwatch"
    # Where the alerts' runbook_url annotations point: <base>/<AlertName>.md. The pages are
    # docs/runbooks/*.md of this repository; the default is that path relative to a checkout, so set
    # it to where your copy is browsable (e.g. your repository's web URL + "/docs/runbooks") and rebuild.
    runbook_url_base: str = "docs/runbooks"
    # Rate window of the recording rules: >= 4 scrape intervals at the 15 s default scrape, so a
    # single missed scrape never blanks a panel.
    rate_window: str = "1m"
    # Step-time quantiles recorded for the dashboards (p50 = typical step, p99 = hiccups).
    step_quantiles: tuple[float, ...] = (0.5, 0.9, 0.99)

    # ThroughputRegression: the detector's anomaly_active gauge must stay 1 this long. The detector
    # already needs several consecutive anomalous points (its persistence), so 2 m only filters flaps.
    throughput_regression_for: str = "2m"
    # ThroughputRegressionEscalated: fires while an escalation (the detector's alert-run start with
    # cause="escalation": a second, deeper regression while ThroughputRegression holds) lies within this
    # window and the detector is still active. No for: the detector's escalation already needs 30 points
    # at the new level. 5m covers several scrapes and evaluations at the 15 s default (the increase needs a
    # sample before and after the start); two escalations within it notify once, as NonFiniteLoss's window.
    throughput_escalation_window: str = "5m"
    # TrainingStalled: seconds since the last finished training batch that count as a stall. Ten
    # minutes covers a long validation loop or checkpoint write without paging for it.
    stall_seconds: int = 600
    # TrainingStalled: the stall must persist this long (one more minute, so a single slow scrape
    # around a checkpoint does not page).
    training_stalled_for: str = "1m"
    # NonFiniteLoss: any NaN/inf loss within this window fires; the counter only grows on a bad step.
    nonfinite_window: str = "5m"
    # NonFiniteLoss: fire at once (a NaN loss is never noise).
    nonfinite_for: str = "0m"
    # StragglerRank: the plugin's straggler flag must hold this long (a rank slowed by one
    # checkpoint or one GC pause is not a straggler).
    straggler_for: str = "5m"
    # PrecisionFlapping: window over which DPS precision switches are counted.
    flapping_window: str = "15m"
    # PrecisionFlapping: more switches than this within the window is flapping (a healthy DPS
    # policy switches a few times per run, not every few minutes).
    flapping_max_switches: int = 4
    # PrecisionFlapping: the switch count must stay above the maximum this long.
    flapping_for: str = "5m"
    # HighExposedCommunication: share of step time in non-overlapped communication that is too
    # much; above 0.3 the job is communication-bound and compression/overlap is worth a look.
    exposed_comm_ratio: float = 0.3
    # HighExposedCommunication: averaging window of the exposed-communication ratio.
    exposed_comm_window: str = "5m"
    # HighExposedCommunication: how long the average must stay above the threshold (not a page).
    exposed_comm_for: str = "10m"
    # ExporterDown: a training target failing its scrape this long (a crashed rank; a clean exit
    # removes its file_sd entry, so finished runs do not alert).
    exporter_down_for: str = "2m"
    # DataDrift: fires when a window's drift test (monitor.data_quality.drift: Holm-adjusted
    # chi-square / Welch t p-values) is below this: at most this share of stationary windows does,
    # so 0.01 is <= 10 false alarms per 1,000 windows before `data_drift_for` asks for persistence.
    data_drift_alpha: float = 0.01
    # Data drift panels: label and token-id PSI red above this (PSI < 0.1 no shift, 0.1-0.25
    # moderate, > 0.25 significant: the credit-scoring rule of thumb). The one definition: the
    # monitor publishes values and never thresholds them.
    data_drift_psi: float = 0.25
    # Feature drift panels: the largest standardised mean shift (in pooled standard deviations) red
    # above this: half a deviation is Cohen's "medium" effect.
    data_drift_feature_shift: float = 0.5
    # DataDrift: the gauges hold the last published window (DataQualityMonitor every_n_steps), so
    # 5m asks the drift to persist over several windows before paging (one odd window never does).
    data_drift_for: str = "5m"
    # Window of the data-quality recordings (sequence-length quantiles) and of the skipped-batch
    # increase: DataQualityMonitor publishes once per window of every_n_steps batches, which can be
    # minutes apart on a slow model, so 5m keeps at least two publications in range.
    data_quality_window: str = "5m"
    # Sequence-length quantiles recorded for the Data quality dashboard (typical, long, longest).
    sequence_length_quantiles: tuple[float, ...] = (0.5, 0.9, 0.99)

    # Dashboard thresholds (colours only, no alerts):
    # data-wait ratio above which the input pipeline is worth a look (yellow) ...
    data_wait_warn_ratio: float = 0.1
    # ... and above which the job is input-bound (red).
    data_wait_crit_ratio: float = 0.3
    # MFU below this is shown red, above mfu_good green (typical large-model training: 0.3-0.5).
    mfu_low: float = 0.2
    mfu_good: float = 0.4
    # fp16 gradient underflow share shown red above this (DPS switches to bf16 around here).
    underflow_crit_ratio: float = 0.01
    # Pipeline bubble share shown red above this.
    bubble_crit_ratio: float = 0.3
    # Stage imbalance (slowest / mean stage time) shown red above this.
    stage_imbalance_crit: float = 1.2
    # Data drift panels (label and token PSI/KL): yellow from a moderate shift (PSI 0.1); red from
    # data_drift_psi.
    drift_warn: float = 0.1
    # Non-finite input elements and exact-duplicate samples: red above 1 % of the window.
    bad_input_crit_ratio: float = 0.01
    # Feature std ratio (window std / reference std): red outside [low, high], i.e. a feature's
    # spread halved or doubled (a scaling or normalisation change upstream).
    std_ratio_low: float = 0.5
    std_ratio_high: float = 2.0
    # PQCF bits per layer: red below layer_bits_warn (4-bit layers, where accuracy is most at risk),
    # yellow from it (8-bit), green from layer_bits_full (16/32: kept near full precision).
    layer_bits_warn: int = 8
    layer_bits_full: int = 16
    # PQCF compression ratio: red below compression_ratio_warn (little gained over fp32), yellow from
    # it, green from compression_ratio_good (4x: what all-8-bit weights give over fp32).
    compression_ratio_warn: float = 2.0
    compression_ratio_good: float = 4.0
    # Anomaly score shown red from this value: the detector's score is its CUSUM over the alert's decision
    # interval (anomaly/side.py), 1 during an alert, so 0.5 is "half the evidence an alert needs".
    # tests/test_dashboards.py checks it against the detector's own scores.
    anomaly_score_threshold: float = 0.5
    # GPU core temperature shown yellow from gpu_temperature_warn and red from gpu_temperature_crit
    # (datacenter GPUs start thermal slowdown, lowering clocks, at roughly 85-90 C).
    gpu_temperature_warn: float = 80.0
    gpu_temperature_crit: float = 87.0
    # Device memory in use (NVML) over installed: red from this share (the allocator has little room left).
    gpu_memory_crit_ratio: float = 0.95

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name.endswith(("_for", "_window")) and not is_duration(value):
                raise ValueError(f"{f.name}={value!r} is not a Prometheus duration such as '30s' or '5m'")
        if not self.job or not re.match(r"^[A-Za-z0-9_.:-]+$", self.job):
            raise ValueError(f"job={self.job!r} must be a non-empty Prometheus job name")
        if self.stall_seconds <= 0:
            raise ValueError(f"stall_seconds={self.stall_seconds!r} must be > 0")
        for name in ("step_quantiles", "sequence_length_quantiles"):
            if not all(0 < q < 1 for q in getattr(self, name)):
                raise ValueError(f"{name}={getattr(self, name)!r} must each be in (0, 1)")
        for name in ("data_drift_psi", "data_drift_feature_shift"):
            if not getattr(self, name) > 0:
                raise ValueError(f"{name}={getattr(self, name)!r} must be > 0")
        if not 0 < self.data_drift_alpha < 1:
            raise ValueError(f"data_drift_alpha={self.data_drift_alpha!r} must be in (0, 1)")
        if not 0 < self.std_ratio_low < 1 < self.std_ratio_high:
            raise ValueError(f"std_ratio_low={self.std_ratio_low!r} and std_ratio_high={self.std_ratio_high!r} "
                             "must satisfy 0 < std_ratio_low < 1 < std_ratio_high")


#: the configuration the committed files under dashboards/build/ are generated with
DEFAULT = Config()
