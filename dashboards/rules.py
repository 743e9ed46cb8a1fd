"""Prometheus recording and alerting rules, generated from the metric catalogue and the config.

Recording rules follow the ``level:metric:operation`` convention (``run_rank:lightwatch_samples:rate1m``
is the per-rank samples/s over 1 m); the dashboards query them, so a panel costs one series lookup
instead of a histogram quantile over every bucket. Alerts read their thresholds from
:mod:`dashboards.config`.

Usage::

    from dashboards import rules
    from dashboards.config import DEFAULT

    rules.rule_files(DEFAULT)   # {"lightwatch-recording.yml": {...}, "lightwatch-alerts.yml": {...}}
    rules.samples_rate(DEFAULT) # 'run_rank:lightwatch_samples:rate1m'
"""

from __future__ import annotations

from monitor import metrics as M

from dashboards.config import Config

#: the labels every per-rank recording keeps (one exporter per rank, so ``instance`` adds no series)
RANK_LEVEL = "run, rank, instance"

RECORDING_FILE = "lightwatch-recording.yml"
ALERTS_FILE = "lightwatch-alerts.yml"

#: alerts that a stall or a dead exporter makes meaningless; Alertmanager inhibits them (see alertmanager.py).
#: NonFiniteLoss and DataDrift are not among them: a NaN loss or drifted data is not explained by a stall
#: (a stalled run's gauges keep their last window, so DataDrift neither starts nor stops because of it).
DOWNSTREAM_ALERTS = (M.THROUGHPUT_REGRESSION_ALERT, M.THROUGHPUT_ESCALATED_ALERT, "StragglerRank", "PrecisionFlapping",
                     "HighExposedCommunication")
#: every alert; Watchdog always fires (a heartbeat: its silence means the alerting pipeline is broken)
ALERT_NAMES = (M.THROUGHPUT_REGRESSION_ALERT, M.THROUGHPUT_ESCALATED_ALERT, "TrainingStalled", "NonFiniteLoss",
               "StragglerRank", "PrecisionFlapping", "HighExposedCommunication", "ExporterDown", "DataDrift",
               "Watchdog")
WATCHDOG = "Watchdog"


# --------------------------------------------------------------------------- recorded series names
def samples_rate(cfg: Config, level: str = "run_rank") -> str:
    return f"{level}:{M.SAMPLES.name}:rate{cfg.rate_window}"


def tokens_rate(cfg: Config, level: str = "run_rank") -> str:
    return f"{level}:{M.TOKENS.name}:rate{cfg.rate_window}"


def step_quantile(cfg: Config) -> str:
    """Per-rank step-time quantiles; the ``quantile`` label holds 0.5 / 0.9 / 0.99."""
    return f"run_rank:{M.STEP_DURATION.name}:quantile_rate{cfg.rate_window}"


def step_mean(cfg: Config) -> str:
    return f"run_rank:{M.STEP_DURATION.name}:mean_rate{cfg.rate_window}"


def phase_mean(cfg: Config) -> str:
    """Per-rank mean wall time of each step phase (``phase`` = forward, backward, optimizer)."""
    return f"run_rank_phase:{M.PHASE_DURATION.name}:mean_rate{cfg.rate_window}"


def data_wait_ratio(cfg: Config) -> str:
    """Share of loop wall time spent waiting for the next batch (data wait / (data wait + step))."""
    return f"run_rank:{M.DATA_WAIT.name}:ratio_rate{cfg.rate_window}"


def dps_switches_increase(cfg: Config) -> str:
    return f"run_rank:{M.DPS_SWITCHES.name}:increase{cfg.flapping_window}"


def comm_bytes_rate(cfg: Config) -> str:
    return f"run_rank_kind:{M.COMM_BYTES.name}:rate{cfg.rate_window}"


def comm_seconds_rate(cfg: Config) -> str:
    """Seconds per second in collectives, by kind (the busy share of wall time)."""
    return f"run_rank_kind:{M.COMM_DURATION.name}:rate{cfg.rate_window}"


def sequence_length_quantile(cfg: Config) -> str:
    """Per-rank sequence-length quantiles of the training samples; ``quantile`` holds 0.5 / 0.9 / 0.99."""
    return f"run_rank:{M.DATA_SEQUENCE_LENGTH.name}:quantile_rate{cfg.data_quality_window}"


def gradcomp_sent_rate(cfg: Config) -> str:
    return f"run_rank:{M.GRADCOMP_SENT_BYTES.name}:rate{cfg.rate_window}"


def gradcomp_uncompressed_rate(cfg: Config) -> str:
    return f"run_rank:{M.GRADCOMP_UNCOMPRESSED_BYTES.name}:rate{cfg.rate_window}"


def run_step_quantile(cfg: Config) -> str:
    """Per-run step-time quantiles from the run's summed buckets (no per-rank series needed to read them)."""
    return f"run:{M.STEP_DURATION.name}:quantile_rate{cfg.rate_window}"


#: aggregation group: per run, per node and per pipeline stage (docs/scaling.md, "Aggregating recording rules")
AGGREGATES_GROUP = "lightwatch-aggregates.rules"


# --------------------------------------------------------------------------- rule groups
def _rate(series: str, window: str, by: str = RANK_LEVEL) -> str:
    return f"sum by ({by}) (rate({series}[{window}]))"


def recording_groups(cfg: Config) -> list[dict]:
    """The recording rule groups (what the dashboards read)."""
    w = cfg.rate_window
    rank_rules = [
        {"record": samples_rate(cfg), "expr": _rate(M.SAMPLES.series, w)},
        {"record": samples_rate(cfg, "run"), "expr": f"sum by (run) ({samples_rate(cfg)})"},
        {"record": tokens_rate(cfg), "expr": _rate(M.TOKENS.series, w)},
        {"record": tokens_rate(cfg, "run"), "expr": f"sum by (run) ({tokens_rate(cfg)})"},
    ]
    for q in cfg.step_quantiles:
        rank_rules.append({
            "record": step_quantile(cfg),
            "expr": f"histogram_quantile({q}, sum by ({RANK_LEVEL}, le) (rate({M.STEP_DURATION.name}_bucket[{w}])))",
            "labels": {"quantile": f"{q}"},
        })
    rank_rules += [
        {"record": step_mean(cfg),
         "expr": f"{_rate(M.STEP_DURATION.name + '_sum', w)} / {_rate(M.STEP_DURATION.name + '_count', w)}"},
        {"record": phase_mean(cfg),
         "expr": f"{_rate(M.PHASE_DURATION.name + '_sum', w, RANK_LEVEL + ', phase')}"
                 f" / {_rate(M.PHASE_DURATION.name + '_count', w, RANK_LEVEL + ', phase')}"},
        {"record": data_wait_ratio(cfg),
         "expr": f"{_rate(M.DATA_WAIT.name + '_sum', w)} / ({_rate(M.DATA_WAIT.name + '_sum', w)}"
                 f" + {_rate(M.STEP_DURATION.name + '_sum', w)})"},
    ]
    plugin_rules = [
        {"record": dps_switches_increase(cfg),
         "expr": f"sum by ({RANK_LEVEL}) (increase({M.DPS_SWITCHES.series}[{cfg.flapping_window}]))"},
        {"record": comm_bytes_rate(cfg), "expr": _rate(M.COMM_BYTES.series, w, RANK_LEVEL + ", kind")},
        {"record": comm_seconds_rate(cfg), "expr": _rate(M.COMM_DURATION.series, w, RANK_LEVEL + ", kind")},
        {"record": gradcomp_sent_rate(cfg), "expr": _rate(M.GRADCOMP_SENT_BYTES.series, w)},
        {"record": gradcomp_uncompressed_rate(cfg), "expr": _rate(M.GRADCOMP_UNCOMPRESSED_BYTES.series, w)},
    ]
    for q in cfg.sequence_length_quantiles:
        plugin_rules.append({
            "record": sequence_length_quantile(cfg),
            "expr": f"histogram_quantile({q}, sum by ({RANK_LEVEL}, le) "
                    f"(rate({M.DATA_SEQUENCE_LENGTH.name}_bucket[{cfg.data_quality_window}])))",
            "labels": {"quantile": f"{q}"},
        })
    return [
        {"name": "lightwatch-training.rules", "rules": rank_rules},
        {"name": "lightwatch-plugins.rules", "rules": plugin_rules},
        {"name": AGGREGATES_GROUP, "rules": aggregate_rules(cfg)},
    ]


def aggregate_rules(cfg: Config) -> list[dict]:
    """Per-run, per-node and per-stage aggregates, so long-term dashboards, alerts and remote_write need
    no per-rank series (issue 18; the proposal in docs/scaling.md). Every rule reads raw series of its
    own group (groups evaluate in no fixed order; within a group rules run in sequence), and the run
    quantiles read the bucket rate recorded just above them."""
    w = cfg.rate_window
    buckets = f"run:{M.STEP_DURATION.name}_bucket:rate{w}"
    out = [{"record": buckets, "expr": f"sum by (run, le) (rate({M.STEP_DURATION.name}_bucket[{w}]))"}]
    out += [{"record": run_step_quantile(cfg), "expr": f"histogram_quantile({q}, {buckets})",
             "labels": {"quantile": f"{q}"}} for q in cfg.step_quantiles]
    out += [
        {"record": f"run:{M.DATA_WAIT.name}:ratio_rate{w}",
         "expr": f"{_rate(M.DATA_WAIT.name + '_sum', w, 'run')} / ({_rate(M.DATA_WAIT.name + '_sum', w, 'run')}"
                 f" + {_rate(M.STEP_DURATION.name + '_sum', w, 'run')})"},
        {"record": f"run:{M.LOSS.name}:avg", "expr": f"avg by (run) ({M.LOSS.series})"},
        {"record": f"run:{M.NONFINITE_LOSS.name}:increase{cfg.nonfinite_window}",
         "expr": f"sum by (run) (increase({M.NONFINITE_LOSS.series}[{cfg.nonfinite_window}]))"},
        {"record": f"run:{M.STRAGGLER.name}:sum", "expr": f"sum by (run) ({M.STRAGGLER.series})"},
        {"record": f"run:{M.LAST_STEP_TIMESTAMP.name}:min", "expr": f"min by (run) ({M.LAST_STEP_TIMESTAMP.series})"},
        {"record": f"run_kind:{M.COMM_BYTES.name}:rate{w}", "expr": _rate(M.COMM_BYTES.series, w, "run, kind")},
        {"record": f"run:{M.GPU_ENERGY.name}:rate{w}", "expr": _rate(M.GPU_ENERGY.series, w, "run")},
        # per node (the file_sd / PodMonitor target label): a slow or hot host stands out without ranks
        {"record": f"run_node:{M.SAMPLES.name}:rate{w}", "expr": _rate(M.SAMPLES.series, w, "run, node")},
        {"record": f"run_node:{M.GPU_POWER.name}:sum", "expr": f"sum by (run, node) ({M.GPU_POWER.series})"},
        {"record": f"run_node:{M.GPU_TEMPERATURE.name}:max",
         "expr": f"max by (run, node) ({M.GPU_TEMPERATURE.series})"},
        {"record": "node:up:count", "expr": f'count by (node) (up{{job="{cfg.job}"}} == 1)'},
        # per pipeline stage: the slowest and the mean rank of each stage
        {"record": f"run_stage:{M.STAGE_COMPUTE.name}:max", "expr": f"max by (run, stage) ({M.STAGE_COMPUTE.series})"},
        {"record": f"run_stage:{M.STAGE_COMPUTE.name}:avg", "expr": f"avg by (run, stage) ({M.STAGE_COMPUTE.series})"},
    ]
    return out


def runbook_url(cfg: Config, alert: str) -> str:
    """Where the runbook page of ``alert`` lives (``docs/runbooks/<alert>.md`` under ``cfg.runbook_url_base``)."""
    return f"{cfg.runbook_url_base.rstrip('/')}/{alert}.md"


def _alert(cfg: Config, name: str, expr: str, for_: str, severity: str, summary: str, description: str,
           **labels: str) -> dict:
    """An alerting rule with the labels and annotations every lightwatch alert carries: ``severity``,
    ``summary``, ``description`` and ``runbook_url``."""
    rule = {"alert": name, "expr": expr}
    if for_ not in ("0s", "0m"):
        rule["for"] = for_
    rule["labels"] = {"severity": severity, **labels}
    rule["annotations"] = {"summary": summary, "description": description, "runbook_url": runbook_url(cfg, name)}
    return rule


def _data_drift(cfg: Config) -> list[dict]:
    """DataDrift: one rule per drift signal (``signal`` = label, feature, token), same alert name.

    Fires on the drift test, not on an effect size: the smallest Holm-adjusted p-value of the
    signal's tests in DataQualityMonitor's last window below ``data_drift_alpha``, which a
    stationary window reaches with probability at most alpha (the false-alarm rate per window;
    ``for`` then asks for several windows in a row). The effect sizes are on the dashboard. The job
    selector keeps a Pushgateway's copy of a finished run from paging forever.
    """
    job = f'job="{cfg.job}"'
    signals = (("label", "Training labels drifted from the reference", "per-class proportion tests"),
               ("feature", "Input features drifted from the reference", "per-feature Kolmogorov-Smirnov tests"),
               ("token", "Token distribution drifted from the reference", "token-histogram chi-square test"))
    return [_alert(cfg, "DataDrift",
                   f'min by ({RANK_LEVEL}) ({M.DATA_DRIFT_PVALUE.series}{{{job}, signal="{signal}"}}) '
                   f"< {cfg.data_drift_alpha}",
                   cfg.data_drift_for, "warning",
                   f"{summary} (run {{{{ $labels.run }}}}, rank {{{{ $labels.rank }}}})",
                   f"Holm-adjusted p-value of the {test} is {{{{ $value | printf \"%.2g\" }}}} "
                   f"(< {cfg.data_drift_alpha}) for {cfg.data_drift_for}.", signal=signal)
            for signal, summary, test in signals]


def _throughput_escalated(cfg: Config) -> dict:
    """ThroughputRegressionEscalated: the detector started a new alert run by escalation while one held.

    An escalation ends the held run at one point (``lightwatch_anomaly_active`` 0) and starts a deeper
    one at the next; a scrape rarely sees that point, so ThroughputRegression keeps firing as one alert
    and Alertmanager has nothing new to send. The start counter does not miss it: its ``escalation``
    child exists at 0 from the series' first point, so ``increase()`` sees the step. The alert is its
    own Alertmanager group (``alertname``, ``run``), so it notifies after ``group_wait``; it ends when
    the detector clears or the window passes. Same labels as ThroughputRegression (``cause`` summed away).
    As NonFiniteLoss, a counter first seen above 0 counts too: the sidecar's first poll scores up to an
    hour of history at once, so its counters can be born after an escalation.
    """
    starts = f'{M.ANOMALY_ALERT_STARTS.series}{{cause="escalation"}}'
    window = cfg.throughput_escalation_window
    active = f"{M.ANOMALY_ACTIVE.series} == 1"
    return _alert(cfg, M.THROUGHPUT_ESCALATED_ALERT,
                  f"sum without (cause) (increase({starts}[{window}])) > 0 and {active}"
                  f" or sum without (cause) ({starts} unless {starts} offset {window}) > 0 and {active}",
                  "0m", "warning",
                  "Throughput regression deepened in run {{ $labels.run }} (rank {{ $labels.rank }})",
                  "While its alert held, the anomaly detector found a second, deeper regression of "
                  "{{ $labels.series }} of run {{ $labels.run }} rank {{ $labels.rank }} and started a new "
                  f"alert run (within the last {window}); ThroughputRegression keeps firing for both.")


def alert_groups(cfg: Config) -> list[dict]:
    """The alerting rule groups; thresholds from ``cfg``."""
    job = f'job="{cfg.job}"'
    nonfinite = f"{M.NONFINITE_LOSS.series}{{{job}}}"
    alerts = [
        _alert(cfg, M.THROUGHPUT_REGRESSION_ALERT, f"{M.ANOMALY_ACTIVE.series} == 1", cfg.throughput_regression_for,
               "warning",
               "Throughput regression in run {{ $labels.run }} (rank {{ $labels.rank }})",
               "The anomaly detector has flagged {{ $labels.series }} of run {{ $labels.run }} rank "
               f"{{{{ $labels.rank }}}} below its forecast band for {cfg.throughput_regression_for}."),
        _throughput_escalated(cfg),
        _alert(cfg, "TrainingStalled",
               f"(time() - max by ({RANK_LEVEL}) ({M.LAST_STEP_TIMESTAMP.series}{{{job}}})) > {cfg.stall_seconds}"
               f" and on (instance) (up{{{job}}} == 1)",
               cfg.training_stalled_for, "critical",
               "Training stalled: run {{ $labels.run }} rank {{ $labels.rank }}",
               "No training batch finished for {{ $value | humanizeDuration }} while the exporter answers "
               f"(threshold {cfg.stall_seconds}s)."),
        _alert(cfg, "NonFiniteLoss",
               f"sum by ({RANK_LEVEL}) (increase({nonfinite}[{cfg.nonfinite_window}])) > 0"
               f" or sum by ({RANK_LEVEL}) ({nonfinite} unless {nonfinite} offset {cfg.nonfinite_window}) > 0",
               cfg.nonfinite_for, "critical",
               "Non-finite loss in run {{ $labels.run }} rank {{ $labels.rank }}",
               f"NaN or infinite training loss seen within the last {cfg.nonfinite_window}."),
        _alert(cfg, "StragglerRank", f"max by ({RANK_LEVEL}) ({M.STRAGGLER.series}{{{job}}}) == 1",
               cfg.straggler_for, "warning",
               "Straggler: run {{ $labels.run }} rank {{ $labels.rank }}",
               f"Rank {{{{ $labels.rank }}}} has been flagged slower than its data-parallel group for "
               f"{cfg.straggler_for}; the group waits for it at every all-reduce."),
        # the raw expression, not the recorded series: rule groups evaluate in no fixed order, and
        # reading another group's output would delay the alert by up to one evaluation interval
        _alert(cfg, "PrecisionFlapping",
               f"sum by ({RANK_LEVEL}) (increase({M.DPS_SWITCHES.series}{{{job}}}[{cfg.flapping_window}]))"
               f" > {cfg.flapping_max_switches}",
               cfg.flapping_for, "warning",
               "Precision flapping in run {{ $labels.run }} rank {{ $labels.rank }}",
               "{{ $value | humanize }} fp16/bf16 switches within "
               f"{cfg.flapping_window} (more than {cfg.flapping_max_switches})."),
        _alert(cfg, "HighExposedCommunication",
               f"avg by ({RANK_LEVEL}) (avg_over_time({M.EXPOSED_COMM.series}{{{job}}}[{cfg.exposed_comm_window}]))"
               f" > {cfg.exposed_comm_ratio}",
               cfg.exposed_comm_for, "warning",
               "Exposed communication high in run {{ $labels.run }} rank {{ $labels.rank }}",
               "{{ $value | humanizePercentage }} of step time is communication not hidden behind compute "
               f"(threshold {cfg.exposed_comm_ratio:.0%})."),
        _alert(cfg, "ExporterDown", f"up{{{job}}} == 0", cfg.exporter_down_for, "critical",
               "lightwatch exporter {{ $labels.instance }} is down",
               f"Prometheus has failed to scrape {{{{ $labels.instance }}}} for {cfg.exporter_down_for}: "
               "the training process crashed or hangs."),
        *_data_drift(cfg),
        _alert(cfg, WATCHDOG, "vector(1)", "0m", "none", "Alerting pipeline heartbeat (always firing)",
               "Always fires, so that Alertmanager's heartbeat receiver hears from Prometheus every "
               "minute; when it stops, rules, Prometheus or Alertmanager are broken."),
    ]
    return [{"name": "lightwatch-alerts", "rules": alerts}]


def rule_files(cfg: Config) -> dict[str, dict]:
    """``{file name: rule file content}`` for Prometheus' ``rule_files``."""
    return {RECORDING_FILE: {"groups": recording_groups(cfg)}, ALERTS_FILE: {"groups": alert_groups(cfg)}}


_RULES_HEADER = ("# Generated by `lightwatch dashboards build` from dashboards/rules.py and dashboards/config.py;\n"
                 "# edit those, not this file. Checked by `promtool check rules` and tests/rules/*.yaml.\n")


def render_rules(content: dict) -> str:
    import yaml

    return _RULES_HEADER + yaml.safe_dump(content, sort_keys=False, width=1000, default_flow_style=False)
