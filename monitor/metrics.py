"""The lightwatch metric catalogue: every metric is defined here, once.

Producers (callbacks, plugins, the anomaly detector) build their metric objects from the
:class:`MetricSpec` constants below on an injected ``CollectorRegistry``; dashboards and alert
rules import the *names* (``SPEC.name`` / ``SPEC.series``). Nothing else spells a metric name.

Usage::

    from prometheus_client import CollectorRegistry
    from monitor import metrics as M

    registry = CollectorRegistry()
    m = M.bind(registry, run="exp1", rank=0)     # fills the common `run`/`rank` labels
    m(M.SAMPLES).inc(32)
    m(M.DPS_SWITCHES, from_dtype="fp16", to_dtype="bf16").inc()
    registry.get_sample_value("lightwatch_samples_total", {"run": "exp1", "rank": "0"})  # 32.0

Metrics are created lazily, the first time a producer asks for them on a registry, so a run
without a plugin exposes none of that plugin's series (absent, not zero).

Naming follows the Prometheus conventions: the ``lightwatch_`` prefix, base units
(``_seconds``, ``_bytes``), ``_total`` on counters (added by prometheus_client), ``_ratio`` for
0-1 fractions, ``_info`` for metadata. Labels are bounded: ``run``, ``rank``, ``stage``, ``dtype``,
``layer`` (capped, see :attr:`MetricSpec.label_caps`); never per-step or per-sample labels.
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass, field
from typing import Iterable, Mapping

from prometheus_client import CollectorRegistry, Counter, Enum, Gauge, Histogram, Info

from monitor.buffered import BufferedCounter, BufferedHistogram

PREFIX = "lightwatch_"
COMMON_LABELS: tuple[str, ...] = ("run", "rank")
#: the value a capped label takes once its cap of distinct values is reached
OVERFLOW_LABEL_VALUE = "__other__"

_KINDS = ("counter", "gauge", "histogram", "info", "enum")


@dataclass(frozen=True)
class MetricSpec:
    """One catalogue entry.

    ``name`` is the metric family name as prometheus_client takes it (counters without the
    ``_total`` suffix, info metrics without ``_info``); :attr:`series` is what a PromQL query uses.
    """

    name: str
    kind: str
    help: str
    labels: tuple[str, ...] = COMMON_LABELS
    unit: str = ""
    buckets: tuple[float, ...] | None = None
    states: tuple[str, ...] | None = None
    #: per-label cap on distinct values; further values collapse to OVERFLOW_LABEL_VALUE
    label_caps: Mapping[str, int] = field(default_factory=dict)
    #: written every training step: built as a :mod:`monitor.buffered` collector (an append per
    #: ``observe``/``inc``, folded when the registry is read; the same exposition)
    buffered: bool = False

    def __post_init__(self) -> None:
        if not self.name.startswith(PREFIX):
            raise ValueError(f"metric name {self.name!r} must start with {PREFIX!r}")
        if self.kind not in _KINDS:
            raise ValueError(f"metric {self.name!r}: kind {self.kind!r} is not one of {_KINDS}")
        if self.kind == "counter" and self.name.endswith("_total"):
            raise ValueError(f"counter {self.name!r}: give the name without '_total'")
        if self.unit and not self.name.endswith("_" + self.unit):
            raise ValueError(f"metric {self.name!r} must end with its unit '_{self.unit}'")
        if self.kind == "enum" and not self.states:
            raise ValueError(f"enum metric {self.name!r} needs states")
        if self.buckets is not None and self.kind != "histogram":
            raise ValueError(f"metric {self.name!r}: buckets only apply to histograms")
        if self.buffered and (self.kind not in ("counter", "histogram") or (self.kind == "histogram"
                                                                          and self.buckets is None)):
            raise ValueError(f"metric {self.name!r}: only counters and histograms with buckets can be buffered")
        for label in self.label_caps:
            if label not in self.labels:
                raise ValueError(f"metric {self.name!r}: capped label {label!r} is not a label")

    @property
    def series(self) -> str:
        """The sample name a PromQL query selects (``_total``/``_info`` added where they apply).

        For histograms this is the family name; add ``_bucket``, ``_sum`` or ``_count``.
        """
        if self.kind == "counter":
            return self.name + "_total"
        if self.kind == "info":
            return self.name + "_info"
        return self.name

    def build(self, registry: CollectorRegistry):
        """Create the prometheus_client collector for this spec on ``registry``."""
        kw = dict(name=self.name, documentation=self.help, labelnames=self.labels, registry=registry)
        if self.buffered:
            if self.kind == "counter":
                return BufferedCounter(**kw, unit=self.unit)
            return BufferedHistogram(**kw, unit=self.unit, buckets=self.buckets)
        if self.kind == "counter":
            return Counter(**kw, unit=self.unit)
        if self.kind == "gauge":
            return Gauge(**kw, unit=self.unit)
        if self.kind == "histogram":
            if self.buckets is not None:
                return Histogram(**kw, unit=self.unit, buckets=self.buckets)
            return Histogram(**kw, unit=self.unit)
        if self.kind == "info":
            return Info(**kw)
        return Enum(**kw, states=list(self.states))


CATALOGUE: dict[str, MetricSpec] = {}


def _spec(name: str, kind: str, help: str, labels: Iterable[str] = COMMON_LABELS, **kw) -> MetricSpec:
    spec = MetricSpec(name=PREFIX + name, kind=kind, help=help, labels=tuple(labels), **kw)
    if spec.name in CATALOGUE:
        raise ValueError(f"metric {spec.name!r} is defined twice in the catalogue")
    CATALOGUE[spec.name] = spec
    return spec


# Step-level durations span ~100 us (tiny CPU models) to minutes (large GPU steps).
STEP_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
# Validation loops and checkpoint writes: seconds to tens of minutes.
LONG_BUCKETS = (0.01, 0.05, 0.1, 0.5, 1.0, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0, 1800.0)
_layer_cap = {"layer": 128}

# --------------------------------------------------------------------------- training (monitor)
RUN_INFO = _spec("run", "info", "Run metadata: run name, model class, precision, strategy, world size.")
SAMPLES = _spec("samples", "counter",
                "Training samples processed, this rank's share: a batch shared by tensor/pipeline-parallel "
                "ranks is split between them, so sum() over ranks is the global count.", buffered=True)
TOKENS = _spec("tokens", "counter", "Training tokens processed, this rank's share (see lightwatch_samples_total).",
               buffered=True)
SAMPLES_PER_SECOND = _spec("samples_per_second", "gauge",
                           "Training samples per second over the last monitor window (every log_every_n_steps "
                           "batches; validation and checkpoint pauses included), this rank's share.")
WINDOW_PAUSE_RATIO = _spec("window_pause_ratio", "gauge",
                           "Share of the last monitor window's wall time spent in validation loops and checkpoint "
                           "writes, 0-1 (the run's phase for the anomaly sidecar).", unit="ratio")
UNSIZED_BATCHES = _spec("unsized_batches", "counter",
                        "Training batches whose size could not be read (no tensor in the batch); their samples "
                        "are not in lightwatch_samples_total.")
OPTIMIZER_STEPS = _spec("optimizer_steps", "counter", "Optimizer steps taken (after gradient accumulation).",
                        buffered=True)
STEP_DURATION = _spec("step_duration_seconds", "histogram",
                      "Wall time of one training batch, from batch start to batch end.",
                      unit="seconds", buckets=STEP_BUCKETS, buffered=True)
DATA_WAIT = _spec("data_wait_seconds", "histogram",
                  "Wall time the loop waited for the next batch (previous batch end to this batch start).",
                  unit="seconds", buckets=STEP_BUCKETS, buffered=True)
PHASE_DURATION = _spec("phase_duration_seconds", "histogram",
                       "Wall time of a step phase: forward, backward, optimizer (automatic optimization only).",
                       labels=COMMON_LABELS + ("phase",), unit="seconds", buckets=STEP_BUCKETS, buffered=True)
LOSS = _spec("loss", "gauge", "Training loss at the last read (every log_every_n_steps).")
LEARNING_RATE = _spec("learning_rate", "gauge", "Learning rate of each optimizer's first parameter group.",
                      labels=COMMON_LABELS + ("optimizer",), label_caps={"optimizer": 8})
GRAD_NORM = _spec("grad_norm", "gauge", "Total L2 norm of the gradients at the last read (before clipping).")
NONFINITE_LOSS = _spec("nonfinite_loss", "counter", "Training steps whose loss was NaN or infinite.")
VALIDATION_DURATION = _spec("validation_duration_seconds", "histogram", "Wall time of a validation loop.",
                            unit="seconds", buckets=LONG_BUCKETS)
CHECKPOINT_DURATION = _spec("checkpoint_duration_seconds", "histogram", "Wall time of a checkpoint save.",
                            unit="seconds", buckets=LONG_BUCKETS)
EPOCH = _spec("epoch", "gauge", "Current training epoch.")
GLOBAL_STEP = _spec("global_step", "gauge", "Lightning's global step (optimizer steps so far).")
LAST_STEP_TIMESTAMP = _spec("last_step_timestamp_seconds", "gauge",
                            "Unix time of the last finished training batch (for stall alerts).", unit="seconds")
MFU = _spec("mfu_ratio", "gauge", "Model FLOPs utilisation: achieved FLOP/s over the device's peak (needs flops).")
ACHIEVED_FLOPS = _spec("achieved_flops_per_second", "gauge", "Achieved model FLOP/s of this rank (needs flops).")
PROCESS_CPU = _spec("process_cpu_seconds", "counter", "CPU time (user + system) of the training process.",
                    unit="seconds")
PROCESS_RSS = _spec("process_resident_memory_bytes", "gauge", "Resident memory of the training process.",
                    unit="bytes")
ACCEL_MEMORY_ALLOCATED = _spec("accelerator_memory_allocated_bytes", "gauge",
                               "Accelerator memory held by tensors (CUDA only).",
                               labels=COMMON_LABELS + ("device",), unit="bytes")
ACCEL_MEMORY_RESERVED = _spec("accelerator_memory_reserved_bytes", "gauge",
                              "Accelerator memory reserved by the caching allocator (CUDA only).",
                              labels=COMMON_LABELS + ("device",), unit="bytes")
ACCEL_MEMORY_PEAK = _spec("accelerator_memory_peak_bytes", "gauge",
                          "Peak accelerator memory held by tensors since start (CUDA only).",
                          labels=COMMON_LABELS + ("device",), unit="bytes")
GPU_UTILIZATION = _spec("gpu_utilization_ratio", "gauge", "GPU busy fraction over NVML's last sample period.",
                        labels=COMMON_LABELS + ("device",))
GPU_POWER = _spec("gpu_power_watts", "gauge", "GPU power draw (NVML).", labels=COMMON_LABELS + ("device",),
                  unit="watts")
GPU_ENERGY = _spec("gpu_energy_joules", "counter", "GPU energy since the driver loaded (NVML).",
                   labels=COMMON_LABELS + ("device",), unit="joules")
GPU_TEMPERATURE = _spec("gpu_temperature_celsius", "gauge", "GPU core temperature (NVML).",
                        labels=COMMON_LABELS + ("device",), unit="celsius")
GPU_SM_CLOCK = _spec("gpu_sm_clock_hertz", "gauge", "GPU streaming-multiprocessor clock now (NVML).",
                     labels=COMMON_LABELS + ("device",), unit="hertz")
GPU_MEMORY_CLOCK = _spec("gpu_memory_clock_hertz", "gauge", "GPU memory clock now (NVML).",
                         labels=COMMON_LABELS + ("device",), unit="hertz")
GPU_MEMORY_USED = _spec("gpu_memory_used_bytes", "gauge",
                        "GPU memory in use on the device by every process, as the driver reports it (NVML).",
                        labels=COMMON_LABELS + ("device",), unit="bytes")
GPU_MEMORY_TOTAL = _spec("gpu_memory_total_bytes", "gauge", "GPU memory installed on the device (NVML).",
                         labels=COMMON_LABELS + ("device",), unit="bytes")

# --------------------------------------------------------------------------- DPS precision
DPS_ACTIVE_DTYPE = _spec("dps_active_dtype", "enum", "Half-precision type autocast uses now.",
                         states=("fp16", "bf16", "fp32"))
DPS_SWITCHES = _spec("dps_switches", "counter", "Precision switches taken by the DPS policy.",
                     labels=COMMON_LABELS + ("from_dtype", "to_dtype"))
DPS_UNDERFLOW = _spec("dps_grad_underflow_ratio", "gauge",
                      "Share of non-zero gradient elements that, times the loss scale, lie below fp16's "
                      "smallest normal 2**-14 (last check).")
DPS_NONFINITE_GRAD_STEPS = _spec("dps_nonfinite_grad_steps", "counter", "Steps whose gradients held NaN or inf.")
DPS_SKIPPED_STEPS = _spec("dps_skipped_steps", "counter", "Optimizer steps skipped (never applied).")
DPS_LOSS_SCALE = _spec("dps_loss_scale", "gauge", "GradScaler loss scale (kept through bf16 phases).")
DPS_STATS_DURATION = _spec("dps_stats_duration_seconds", "histogram", "Wall time of one gradient-statistics check.",
                           unit="seconds", buckets=STEP_BUCKETS)
DPS_GRAD_MAGNITUDE = _spec("dps_grad_magnitude", "gauge",
                           "Unscaled |gradient| range at the last check: bound=max (largest element) and "
                           "bound=min_nonzero (smallest non-zero element).",
                           labels=COMMON_LABELS + ("bound",))

# --------------------------------------------------------------------------- 3D parallelism
PARALLEL_DEGREE = _spec("parallel_degree", "gauge", "Parallel degree of each mesh dimension (pp, dp, tp).",
                        labels=COMMON_LABELS + ("dim",))
PIPELINE_BUBBLE = _spec("pipeline_bubble_ratio", "gauge",
                        "Pipeline idle share of a step: measured, and the theoretical (p-1)/(m+p-1).",
                        labels=COMMON_LABELS + ("kind",))
STAGE_COMPUTE = _spec("stage_compute_seconds", "gauge", "Compute time of this rank's pipeline stage per step.",
                      labels=COMMON_LABELS + ("stage",), unit="seconds")
STAGE_IMBALANCE = _spec("stage_imbalance_ratio", "gauge", "Slowest stage time over the mean stage time.")
COMM_DURATION = _spec("comm_duration_seconds", "counter", "Time spent in collectives, by kind.",
                      labels=COMMON_LABELS + ("kind",), unit="seconds")
COMM_BYTES = _spec("comm_bytes", "counter", "Bytes this rank sent in collectives, by kind.",
                   labels=COMMON_LABELS + ("kind",), unit="bytes")
EXPOSED_COMM = _spec("exposed_comm_ratio", "gauge",
                     "Share of step time spent in communication not overlapped with compute.")
STRAGGLER = _spec("straggler", "gauge", "1 while this rank is flagged as a straggler in its data-parallel group.")
STEP_TIME_RELATIVE = _spec("step_time_relative_ratio", "gauge",
                           "This rank's step time over the median of its data-parallel group (last check).")

# --------------------------------------------------------------------------- gradient compression
GRADCOMP_UNCOMPRESSED_BYTES = _spec("grad_compression_uncompressed_bytes", "counter",
                                    "Gradient bytes a dense all-reduce would have sent.", unit="bytes")
GRADCOMP_SENT_BYTES = _spec("grad_compression_sent_bytes", "counter",
                            "Gradient bytes actually sent after compression.", unit="bytes")
GRADCOMP_RATIO = _spec("grad_compression_ratio", "gauge", "Uncompressed over sent bytes (last step).")
GRADCOMP_DURATION = _spec("grad_compression_duration_seconds", "counter",
                          "Time spent compressing and decompressing gradients.",
                          labels=COMMON_LABELS + ("op",), unit="seconds")
GRADCOMP_RESIDUAL_NORM = _spec("grad_compression_residual_norm", "gauge",
                               "L2 norm of the error-feedback residual (last read).")

# --------------------------------------------------------------------------- PQCF compression
PQCF_LAYER_BITS = _spec("pqcf_layer_bits", "gauge", "Bits allocated to each layer's weights (32 = kept fp).",
                        labels=COMMON_LABELS + ("layer",), label_caps=_layer_cap)
PQCF_LAYER_SENSITIVITY = _spec("pqcf_layer_sensitivity", "gauge", "Hutchinson Hessian-trace sensitivity per layer.",
                               labels=COMMON_LABELS + ("layer",), label_caps=_layer_cap)
PQCF_MODEL_BYTES = _spec("pqcf_model_bytes", "gauge", "Model weight bytes, before and after compression.",
                         labels=COMMON_LABELS + ("stage",), unit="bytes")
PQCF_COMPRESSION_RATIO = _spec("pqcf_compression_ratio", "gauge", "Original over compressed model bytes.")
PQCF_ACCURACY = _spec("pqcf_accuracy_ratio", "gauge", "Held-out accuracy by stage (fp32, quantized, distilled, onnx, latent_fp32).",
                      labels=COMMON_LABELS + ("stage",))
PQCF_LATENCY = _spec("pqcf_latency_seconds", "gauge", "ONNX Runtime CPU latency per batch, fp32 vs quantized.",
                     labels=COMMON_LABELS + ("model",), unit="seconds")

# --------------------------------------------------------------------------- anomaly detection
_series = COMMON_LABELS + ("series",)
ANOMALY_FORECAST = _spec("anomaly_forecast", "gauge", "Forecast of the watched series (e.g. samples/s).",
                         labels=_series, label_caps={"series": 64})
ANOMALY_LOWER = _spec("anomaly_lower", "gauge", "Lower bound of the forecast band.", labels=_series,
                      label_caps={"series": 64})
ANOMALY_UPPER = _spec("anomaly_upper", "gauge", "Upper bound of the forecast band.", labels=_series,
                      label_caps={"series": 64})
ANOMALY_SCORE = _spec("anomaly_score", "gauge", "Anomaly score in [0, 1].", labels=_series,
                      label_caps={"series": 64})
ANOMALY_ACTIVE = _spec("anomaly_active", "gauge", "1 while the detector reports a regression.", labels=_series,
                       label_caps={"series": 64})
#: the alert on ANOMALY_ACTIVE: the Prometheus rule's name (dashboards/rules.py) and the name the detector's own
#: sinks send (anomaly/alerting.py), so a webhook receives the same alert whichever path raised it
THROUGHPUT_REGRESSION_ALERT = "ThroughputRegression"
#: why an alert run started (ANOMALY_ALERT_STARTS' ``cause``): ``onset``, a regression after a healthy stretch;
#: ``escalation``, a second, deeper regression while an alert held (the held run ends at one point, state
#: ``escalated``, and a new run starts at the next: the active gauge stays 1 at nearly every scrape)
ALERT_START_CAUSES = ("onset", "escalation")
ANOMALY_ALERT_STARTS = _spec("anomaly_alert_starts", "counter",
                             "Alert runs the detector started, by cause: onset (after a healthy stretch) or "
                             "escalation (a second, deeper regression while an alert held; the active gauge "
                             "drops to 0 for one point only, which scrapes rarely see).",
                             labels=_series + ("cause",), label_caps={"series": 64})
#: the alert on ANOMALY_ALERT_STARTS{cause="escalation"}: the held ThroughputRegression keeps firing as one
#: alert through an escalation, so this one notifies about the deeper regression (dashboards/rules.py)
THROUGHPUT_ESCALATED_ALERT = "ThroughputRegressionEscalated"
ANOMALY_OBSERVED = _spec("anomaly_observed", "gauge", "Last value the detector scored.", labels=_series,
                         label_caps={"series": 64})

# --------------------------------------------------------------------------- user metrics
# What a LightningModule logs with self.log(...), exported by monitor.logger.PrometheusLogger. One
# family, the logged name as a capped label (sanitised to [a-zA-Z0-9_:/.-], at most 64 names a run):
# the catalogue stays the single source of metric names, and a user's typo cannot grow the exposition.
USER_METRIC = _spec("logged_metric", "gauge",
                    "Last value of each scalar a LightningModule logged with self.log (label metric: its name).",
                    labels=COMMON_LABELS + ("metric",), label_caps={"metric": 64})
USER_METRIC_STEP = _spec("logged_metric_step", "gauge", "Global step of the last self.log values exported.")

# --------------------------------------------------------------------------- data quality
# Window statistics of what the training loop receives, against a reference (DataQualityMonitor).
# Divergences use additive smoothing (monitor.data_quality.smoothed_distribution); feature shifts
# are in pooled-standard-deviation units. The `feature` label is capped; `reason` and `stage` take
# a fixed small set of values.
_feature = COMMON_LABELS + ("feature",)
DATA_LABEL_KL = _spec("data_label_kl_divergence", "gauge",
                      "KL divergence KL(window || reference) of the label distribution (last window).")
DATA_LABEL_PSI = _spec("data_label_psi", "gauge", "Population stability index of the window's labels vs the reference.")
DATA_FEATURE_DRIFT = _spec("data_feature_drift", "gauge",
                           "Standardised mean shift of a feature vs the reference: |mean - ref mean| / pooled std.",
                           labels=_feature, label_caps={"feature": 64})
DATA_FEATURE_DRIFT_MAX = _spec("data_feature_drift_max", "gauge",
                               "Largest standardised mean shift over all input features (last window).")
DATA_FEATURE_STD_RATIO = _spec("data_feature_std_ratio", "gauge",
                               "Standard deviation of a feature over its reference standard deviation (last window).",
                               labels=_feature, label_caps={"feature": 64})
DATA_TOKEN_KL = _spec("data_token_kl_divergence", "gauge",
                      "KL divergence of the window's bucketed token-id histogram from the reference.")
DATA_TOKEN_PSI = _spec("data_token_psi", "gauge", "Population stability index of the bucketed token-id histogram.")
DATA_NONFINITE_INPUT = _spec("data_nonfinite_input_ratio", "gauge", "Share of non-finite input elements (window).")
DATA_DUPLICATE = _spec("data_duplicate_ratio", "gauge",
                       "Share of the window's samples whose exact bytes were seen earlier in the bounded hash window.")
DATA_SEQUENCE_LENGTH = _spec("data_sequence_length", "histogram",
                             "Sequence length of each training sample (tokens or elements, padding excluded).",
                             buckets=(1, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536))
DATA_SKIPPED_BATCHES = _spec("data_skipped_batches", "counter",
                             "Batches (or parts of them) the data-quality monitor could not use, by reason.",
                             labels=COMMON_LABELS + ("reason",))
DATA_NOISY_SAMPLES = _spec("data_noisy_samples", "gauge",
                           "Samples flagged as likely noisy: per-sample loss stayed in the top tail (small-loss criterion).")
SAMPLER_KL = _spec("sampler_kl_divergence", "gauge",
                   "KL divergence to the sampler's target label distribution: dataset (before), expected after "
                   "reweighting (after), labels actually drawn in the last epoch (sampled).",
                   labels=COMMON_LABELS + ("stage",))
DATA_DRIFT_PVALUE = _spec("data_drift_pvalue", "gauge",
                          "Smallest Holm-adjusted p-value of the last window's drift tests for a signal (label: a "
                          "proportion test per class, feature: Kolmogorov-Smirnov per feature, token: chi-square); "
                          "below alpha in at most alpha of stationary windows.", labels=COMMON_LABELS + ("signal",))
DATA_AUGMENTED = _spec("data_augmented_ratio", "gauge",
                       "Share of training items EDA-augmented so far this epoch (EDADataset on the train loader).")


# --------------------------------------------------------------------------- access
_lock = threading.Lock()
_built: "weakref.WeakKeyDictionary[CollectorRegistry, dict[str, object]]" = weakref.WeakKeyDictionary()

#: lightwatch's default registry (not prometheus_client's global one, so a host application's
#: own metrics never mix with ours unless it passes its registry in).
REGISTRY = CollectorRegistry(auto_describe=True)


def get(spec: MetricSpec, registry: CollectorRegistry | None = None):
    """The collector for ``spec`` on ``registry``, created on first use (idempotent)."""
    registry = REGISTRY if registry is None else registry
    with _lock:
        per_registry = _built.setdefault(registry, {})
        metric = per_registry.get(spec.name)
        if metric is None:
            metric = per_registry[spec.name] = spec.build(registry)
        return metric


class BoundMetrics:
    """Catalogue access with the common ``run``/``rank`` labels filled in.

    ``m(SPEC, **extra_labels)`` returns the labelled child; children are cached, and labels with
    a cap in ``SPEC.label_caps`` collapse to ``OVERFLOW_LABEL_VALUE`` past the cap.
    """

    def __init__(self, registry: CollectorRegistry | None, run: str, rank: int | str) -> None:
        self.registry = REGISTRY if registry is None else registry
        self.run = str(run)
        self.rank = str(rank)
        self._children: dict[tuple, object] = {}
        self._seen: dict[tuple[str, str], set[str]] = {}
        self._lock = threading.Lock()

    def __call__(self, spec: MetricSpec, **labels: object):
        key = (spec.name, tuple(sorted(labels.items()))) if labels else spec.name
        child = self._children.get(key)
        if child is not None:
            return child
        values = {"run": self.run, "rank": self.rank}
        for name, value in labels.items():
            if name not in spec.labels or name in COMMON_LABELS:
                raise ValueError(f"metric {spec.name!r} has no label {name!r}; its labels are {spec.labels}")
            values[name] = self._capped(spec, name, str(value))
        missing = [n for n in spec.labels if n not in values]
        if missing:
            raise ValueError(f"metric {spec.name!r} needs labels {missing}")
        with self._lock:
            child = get(spec, self.registry).labels(**values)
            self._children[key] = child
        return child

    def _capped(self, spec: MetricSpec, label: str, value: str) -> str:
        cap = spec.label_caps.get(label)
        if cap is None:
            return value
        seen = self._seen.setdefault((spec.name, label), set())
        if value in seen:
            return value
        if len(seen) >= cap:
            return OVERFLOW_LABEL_VALUE
        seen.add(value)
        return value


def bind(registry: CollectorRegistry | None = None, *, run: str, rank: int | str = 0) -> BoundMetrics:
    """A :class:`BoundMetrics` for one process of one run."""
    return BoundMetrics(registry, run=run, rank=rank)


def names() -> list[str]:
    """Every catalogue family name, sorted (for docs and checks)."""
    return sorted(CATALOGUE)


def markdown_table() -> str:
    """The catalogue as a markdown table (docs/reference/metrics.md holds this output)."""
    rows = ["| series | type | labels | help |", "|---|---|---|---|"]
    for name in names():
        spec = CATALOGUE[name]
        series = spec.series + ("_bucket/_sum/_count" if spec.kind == "histogram" else "")
        extra = [label for label in spec.labels if label not in COMMON_LABELS]
        if spec.kind == "enum":
            extra.append(f"{spec.name}={'|'.join(spec.states)}")
        rows.append(f"| `{series}` | {spec.kind} | {', '.join(extra) or '—'} | {spec.help} |")
    return "\n".join(rows)


#: the catalogue page's markers (the name README_* is kept for callers of update_readme)
CATALOGUE_PAGE = "docs/reference/metrics.md"
README_BEGIN = "<!-- metrics:begin (generated: python -m monitor.metrics --update-readme docs/reference/metrics.md) -->"
README_END = "<!-- metrics:end -->"


def update_readme(path: str) -> bool:
    """Rewrite the metric table between the README markers; returns whether it changed."""
    with open(path) as fh:
        text = fh.read()
    start, end = text.index(README_BEGIN) + len(README_BEGIN), text.index(README_END)
    new = text[:start] + "\n" + markdown_table() + "\n" + text[end:]
    if new != text:
        with open(path, "w") as fh:
            fh.write(new)
    return new != text


if __name__ == "__main__":
    import sys

    if sys.argv[1:2] == ["--update-readme"]:
        print("updated" if update_readme(sys.argv[2]) else "unchanged")
    else:
        print(markdown_table())
