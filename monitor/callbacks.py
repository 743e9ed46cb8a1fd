"""``PrometheusMonitor``: a thin Lightning adapter from training hooks to the metric catalogue.

Hooks only collect inputs (wall clocks, batch sizes, detached tensors); the maths lives in
:mod:`monitor.throughput`, the names in :mod:`monitor.metrics`, the HTTP side in
:mod:`monitor.exporter`.

No host sync and no tensor op per step: the window's losses are kept as device tensors and checked
for NaN/inf, like the gradient norm, only every ``log_every_n_steps`` batches. Everything else per
step is host arithmetic on wall clocks, and no metric lock: step histograms and counters are appends
(:mod:`monitor.buffered`, folded at every registry read), the stall gauge reads a float at collection.

Throughput is computed once per window (:class:`monitor.throughput.WindowRecord`), published as
``lightwatch_samples_per_second`` and handed to the listeners of :meth:`PrometheusMonitor.subscribe`
(the anomaly detector): no per-batch Python work for listeners. A batch the monitor cannot size (no
tensor in it, e.g. raw strings tokenised inside ``training_step``) never stops training: it is
counted in ``lightwatch_unsized_batches_total`` and logged once.
"""

from __future__ import annotations

import logging
import os
import time
from typing import Any, Callable

import torch
from monitor._lightning import pl
from prometheus_client import CollectorRegistry
from monitor._lightning import sub as _lightning_sub
Callback = _lightning_sub("callbacks").Callback
extract_batch_size = _lightning_sub("utilities.data").extract_batch_size
from typing_extensions import override

from monitor import metrics as M
from monitor.collectors import register_system_collectors
from monitor.eventlog import log_event
from monitor.context import RunContext, validate_run_name
from monitor.exporter import ExporterConfig, MetricsExporter
from monitor.throughput import WindowRecord, replication_factor, window_rates

WindowListener = Callable[[WindowRecord], None]


def _positive(name: str, value, allow_none: bool = True):
    if value is None and allow_none:
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise ValueError(f"{name}={value!r} must be a positive number")
    return value


class PrometheusMonitor(Callback):
    """Training metrics for Prometheus, served from every process on ``port + local_rank``.

    Example::

        from monitor import PrometheusMonitor
        trainer = pl.Trainer(callbacks=[PrometheusMonitor(run_name="exp1", port=9400)])
        trainer.fit(model)          # curl http://127.0.0.1:9400/metrics

    Parameters
    ----------
    run_name : value of the ``run`` label (default: the LightningModule's class name, the same on
        every rank); a non-empty string of at most ``monitor.context.MAX_RUN_NAME`` characters.
    exporter : an :class:`monitor.exporter.ExporterConfig` (port, address, TLS, auth, file_sd, node, ...).
    port, addr, next_free_port, certfile, keyfile, file_sd, pushgateway :
        the same options flat (they build the config; not together with ``exporter=``). Unset ones
        come from the ``LIGHTWATCH_*`` environment (``ExporterConfig.from_env``), then the defaults
        (port 9400 on 127.0.0.1). ``port=0`` picks a free port.
    registry : registry to fill (default lightwatch's ``monitor.metrics.REGISTRY``).
    log_every_n_steps : read tensor values (loss, grad norm, non-finite count) and publish rates every
        this many batches (default: the Trainer's ``log_every_n_steps``).
    tokens_per_sample : an int, or a callable ``batch -> tokens in the batch``; enables tokens metrics.
    flops_per_sample : forward+backward FLOPs per sample (whole model); enables achieved FLOP/s.
    peak_flops : peak FLOP/s of one device for the training dtype; enables MFU (default: Lightning's
        table for CUDA devices, none on CPU).
    stop_on_nonfinite : stop training (``trainer.should_stop``) once a NaN/inf loss is read.
    serve : start the HTTP exporter (``False``: only fill the registry, e.g. for a host app).
    """

    def __init__(
        self,
        run_name: str | None = None,
        *,
        exporter: ExporterConfig | None = None,
        port: int | None = None,
        addr: str | None = None,
        registry: CollectorRegistry | None = None,
        log_every_n_steps: int | None = None,
        tokens_per_sample: int | Callable[[Any], int] | None = None,
        flops_per_sample: float | None = None,
        peak_flops: float | None = None,
        stop_on_nonfinite: bool = False,
        serve: bool = True,
        next_free_port: bool | None = None,
        file_sd: str | os.PathLike | None = None,
        pushgateway: str | None = None,
        certfile: str | None = None,
        keyfile: str | None = None,
    ) -> None:
        validate_run_name(run_name)
        flat = dict(port=port, addr=addr, next_free_port=next_free_port, file_sd=file_sd, pushgateway=pushgateway,
                    certfile=certfile, keyfile=keyfile)
        if exporter is not None and any(v is not None for v in flat.values()):
            raise ValueError("give the exporter options either as exporter=ExporterConfig(...) or flat, not both")
        if exporter is not None and not isinstance(exporter, ExporterConfig):
            raise ValueError(f"exporter={exporter!r} must be a monitor.exporter.ExporterConfig")
        # checked now (ports, addresses, TLS files, the file_sd folder): fails before training starts
        self.exporter_config = exporter if exporter is not None else ExporterConfig.from_env(**flat)
        if log_every_n_steps is not None and (
            isinstance(log_every_n_steps, bool) or not isinstance(log_every_n_steps, int) or log_every_n_steps < 1
        ):
            raise ValueError(f"log_every_n_steps={log_every_n_steps!r} must be an int >= 1")
        if tokens_per_sample is not None and not callable(tokens_per_sample):
            _positive("tokens_per_sample", tokens_per_sample)
        _positive("flops_per_sample", flops_per_sample)
        _positive("peak_flops", peak_flops)
        self.run_name = run_name
        self.port = self.exporter_config.port
        self.addr = self.exporter_config.addr
        self.registry = M.REGISTRY if registry is None else registry
        self.log_every_n_steps = log_every_n_steps
        self.tokens_per_sample = tokens_per_sample
        self.flops_per_sample = flops_per_sample
        self.peak_flops = peak_flops
        self.stop_on_nonfinite = stop_on_nonfinite
        self.serve = serve
        self.exporter: MetricsExporter | None = None
        self.metrics: M.BoundMetrics | None = None
        self.context: RunContext | None = None  # resolved in setup(); plugins find it via monitor.context
        self._listeners: list[WindowListener] = []
        self._failed_listeners: set[int] = set()  # ids of listeners whose exception was logged
        self._unsized_logged = False
        self._collectors: list = []
        self._reset_run_state()

    # ------------------------------------------------------------------ public helpers
    def subscribe(self, listener: WindowListener) -> None:
        """Call ``listener(WindowRecord)`` once per monitor window, on the training thread.

        A window is ``log_every_n_steps`` batches (plus the partial window at teardown). Listeners
        must be O(1) (enqueue the record; do the work elsewhere); an exception in a listener is
        logged once and never raised into training.
        """
        if not callable(listener):
            raise TypeError(f"subscribe: {listener!r} is not callable")
        self._listeners.append(listener)

    @property
    def url(self) -> str | None:
        return self.exporter.url if self.exporter is not None and self.exporter.port else None

    # ------------------------------------------------------------------ lifecycle
    def _reset_run_state(self) -> None:
        self._t_batch_start = None
        self._t_fwd_end = None
        self._t_opt_start = None
        self._last_batch_end = None
        self._pause = 0.0  # seconds of checkpoint writes inside the next data wait
        self._replication = None
        self._last_global_step = None
        self._batches = 0
        self._window_start = None
        self._window_samples = 0.0
        self._window_tokens = 0.0
        self._window_batches = 0
        self._window_pause = 0.0  # validation loops and checkpoint writes inside the window
        self._losses: list[torch.Tensor] = []  # this window's losses, still on the device
        self._grad_norm = None
        self._every = 1
        self._orig_save = None
        self._t_val = None

    @override
    def setup(self, trainer: "pl.Trainer", pl_module: "pl.LightningModule", stage: str) -> None:
        self._reset_run_state()
        run = self.run_name or type(pl_module).__name__
        self.context = RunContext(self.registry, run, trainer.global_rank, trainer.world_size)
        self.metrics = self.context.bind()
        from monitor.logger import PrometheusLogger  # self.log values report under this run too

        for logger in getattr(trainer, "loggers", None) or ():
            if isinstance(logger, PrometheusLogger):
                logger.bind(self.context)
        self._every = self.log_every_n_steps or max(1, int(trainer.log_every_n_steps))
        if self.serve and self.exporter is None:
            self.exporter = MetricsExporter(
                self.exporter_config, registry=self.registry, local_rank=trainer.local_rank,
                rank=trainer.global_rank, run=run,
            ).start()
        if not self._collectors:
            cuda = [trainer.strategy.root_device.index or 0] if trainer.strategy.root_device.type == "cuda" else []
            self._collectors = register_system_collectors(self.registry, run, trainer.global_rank, cuda)
        if self.peak_flops is None and trainer.strategy.root_device.type == "cuda" and self.flops_per_sample:
            self.peak_flops = device_peak_flops(trainer)
            if self.peak_flops is None:
                log_event("mfu_unavailable", level=logging.WARNING, run=run, rank=trainer.global_rank,
                          device=torch.cuda.get_device_name(trainer.strategy.root_device),
                          reason="the device's peak FLOP/s is unknown; pass PrometheusMonitor(peak_flops=...)")
        m = self.metrics
        # the per-step writers, resolved once; buffered (an append each), folded at every window read too
        phases = [m(M.PHASE_DURATION, phase=p) for p in ("forward", "backward", "optimizer")]
        hists = [m(M.STEP_DURATION), m(M.DATA_WAIT)] + phases
        self._obs_step, self._obs_wait, self._obs_fwd, self._obs_bwd, self._obs_opt = (h.observe for h in hists)
        self._buffered = hists + [m(M.SAMPLES), m(M.OPTIMIZER_STEPS)]
        self._inc_samples, self._inc_steps = (c.inc for c in self._buffered[-2:])
        # the stall gauge reads the last batch end at collection (no Gauge.set per batch), starting from
        # the value it has (a second fit on the same registry and labels keeps it)
        self._last_step_time = self.registry.get_sample_value(
            M.LAST_STEP_TIMESTAMP.series, {"run": m.run, "rank": m.rank}) or 0.0
        m(M.LAST_STEP_TIMESTAMP).set_function(lambda: self._last_step_time)
        self._world_size = trainer.world_size
        # counters that may stay at zero exist from the start, so increase() sees their first event
        for spec in (M.NONFINITE_LOSS, M.OPTIMIZER_STEPS, M.SAMPLES, M.UNSIZED_BATCHES):
            self.metrics(spec)
        self.metrics(M.RUN_INFO).info({
            "model": type(pl_module).__name__,
            "precision": f"{trainer.precision} ({type(trainer.precision_plugin).__name__})",
            "strategy": type(trainer.strategy).__name__,
            "world_size": str(trainer.world_size),
        })
        # Time every checkpoint write: all paths (ModelCheckpoint, user calls) go through this method.
        self._orig_save = trainer.__dict__.get("save_checkpoint")
        trainer.save_checkpoint = self._timed_save(trainer.save_checkpoint)
        if trainer.is_global_zero:
            log_event("run_start", run=run, stage=stage, world_size=trainer.world_size,
                      model=type(pl_module).__name__, metrics_url=self.url)

    def _timed_save(self, save):
        def timed_save(filepath, *args, **kwargs):
            t0 = time.perf_counter()
            out = save(filepath, *args, **kwargs)
            seconds = time.perf_counter() - t0
            self._pause += seconds
            if self._window_start is not None:
                self._window_pause += seconds
            if self.metrics is not None:
                self.metrics(M.CHECKPOINT_DURATION).observe(seconds)
            log_event("checkpoint_saved", path=str(filepath), seconds=round(seconds, 6))
            return out

        timed_save.__lightwatch_wrapped__ = save
        return timed_save

    @override
    def teardown(self, trainer: "pl.Trainer", pl_module: "pl.LightningModule", stage: str) -> None:
        if self._batches and self._batches % self._every:
            self._read(trainer)  # publish the tail of the last window
        if self.metrics is not None:  # the gauge keeps this run's last step, whatever this monitor does next
            self.metrics(M.LAST_STEP_TIMESTAMP).set_function(lambda last=self._last_step_time: last)
        if "save_checkpoint" in trainer.__dict__:
            del trainer.save_checkpoint
            if self._orig_save is not None:
                trainer.save_checkpoint = self._orig_save
        for c in self._collectors:
            try:
                self.registry.unregister(c)
            except KeyError:
                pass
        self._collectors = []
        if self.exporter is not None:
            self.exporter.stop()
            self.exporter = None
        if trainer.is_global_zero:
            log_event("run_end", run=self.metrics.run if self.metrics else None, stage=stage,
                      global_step=trainer.global_step, batches=self._batches)

    @override
    def on_exception(self, trainer: "pl.Trainer", pl_module: "pl.LightningModule", exception: BaseException) -> None:
        log_event("run_failed", level=logging.ERROR, rank=trainer.global_rank, error=repr(exception))

    # ------------------------------------------------------------------ per-step hooks
    @override
    def on_train_epoch_start(self, trainer: "pl.Trainer", pl_module: "pl.LightningModule") -> None:
        self.metrics(M.EPOCH).set(trainer.current_epoch)
        if self._last_batch_end is None:
            self._last_batch_end = time.perf_counter()

    @override
    def on_train_batch_start(self, trainer: "pl.Trainer", pl_module: "pl.LightningModule", batch: Any,
                             batch_idx: int) -> None:
        now = time.perf_counter()
        if self._last_batch_end is not None:
            self._obs_wait(max(0.0, now - self._last_batch_end - self._pause))
        self._pause = 0.0
        self._t_batch_start = now
        self._t_fwd_end = None
        self._t_opt_start = None
        if self._window_start is None:
            self._window_start = now
        if self._last_global_step is None:
            self._last_global_step = trainer.global_step  # also right after a resume

    @override
    def on_before_backward(self, trainer: "pl.Trainer", pl_module: "pl.LightningModule", loss: torch.Tensor) -> None:
        now = time.perf_counter()
        if self._t_batch_start is not None:
            self._obs_fwd(now - self._t_batch_start)
        self._t_fwd_end = now

    @override
    def on_after_backward(self, trainer: "pl.Trainer", pl_module: "pl.LightningModule") -> None:
        if self._t_fwd_end is not None:
            self._obs_bwd(time.perf_counter() - self._t_fwd_end)

    @override
    def on_before_optimizer_step(self, trainer: "pl.Trainer", pl_module: "pl.LightningModule", optimizer) -> None:
        self._t_opt_start = time.perf_counter()
        if (self._batches + 1) % self._every == 0:
            grads = [p.grad for p in pl_module.parameters() if p.grad is not None]
            if grads:
                # stays on the device until the read; fused per-tensor norms, no Python loop over elements
                norms = torch._foreach_norm([g.detach() for g in grads])
                self._grad_norm = torch.linalg.vector_norm(torch.stack([n.float() for n in norms]))

    @override
    def on_train_batch_end(self, trainer: "pl.Trainer", pl_module: "pl.LightningModule", outputs: Any, batch: Any,
                           batch_idx: int) -> None:
        now = time.perf_counter()
        self._obs_step(now - self._t_batch_start if self._t_batch_start is not None else 0.0)
        if self._t_opt_start is not None:
            self._obs_opt(now - self._t_opt_start)
        if self._replication is None:  # the data-parallel degree, resolved once per run
            self._replication = _data_parallel_size(trainer)
            self._replicas = replication_factor(self._world_size, self._replication)  # ranks sharing a sample
        size = self._batch_size(batch)
        if size is not None:
            share = size / self._replicas  # rank_share(size, world_size, replication)
            self._inc_samples(share)
            self._window_samples += share
        if self.tokens_per_sample is not None:
            tokens = self._tokens(batch, size)
            if tokens is not None:
                tshare = tokens / self._replicas
                self.metrics(M.TOKENS).inc(tshare)
                self._window_tokens += tshare
        gs = trainer.global_step
        if self._last_global_step is not None and gs > self._last_global_step:
            self._inc_steps(gs - self._last_global_step)
        self._last_global_step = gs
        self._last_step_time = time.time()
        loss = _loss_of(outputs)
        if loss is not None:
            self._losses.append(loss)  # no tensor op here: the window is checked at the read
        self._batches += 1
        self._window_batches += 1
        self._last_batch_end = time.perf_counter()
        if self._batches % self._every == 0:
            self._read(trainer)

    def _batch_size(self, batch: Any) -> int | None:
        """Samples in ``batch``; None (counted and logged once) when no tensor gives the size."""
        if type(batch) in (tuple, list):  # the common (x, y) batch: Lightning's answer, found faster
            size = None
            for x in batch:  # tensors of >= 1 dims sharing the first size; else (0-d, nested, ambiguous) below
                try:
                    n = x.shape[0] if isinstance(x, torch.Tensor) else -1
                except IndexError:  # 0-d
                    n = -1
                if n < 0 or size not in (None, n):
                    break
                size = n
            else:
                if size is not None:
                    return size
        elif isinstance(batch, torch.Tensor) and batch.ndim:
            return batch.shape[0]
        try:
            return extract_batch_size(batch)
        except Exception as exc:  # MisconfigurationException and anything a strange batch raises
            self._unsized(batch, exc, "no tensor gives the batch size")
            return None

    def _tokens(self, batch: Any, size: int | None) -> float | None:
        if not callable(self.tokens_per_sample):
            return None if size is None else self.tokens_per_sample * size
        try:
            return self.tokens_per_sample(batch)
        except Exception as exc:
            self._unsized(batch, exc, "tokens_per_sample(batch) raised; tokens not counted")
            return None

    def _unsized(self, batch: Any, exc: Exception, what: str) -> None:
        self.metrics(M.UNSIZED_BATCHES).inc()
        if not self._unsized_logged:  # once per monitor: a data set of such batches would flood the log
            self._unsized_logged = True
            log_event("unsized_batch", level=logging.WARNING, run=self.metrics.run, rank=self.metrics.rank,
                      batch_type=type(batch).__name__, reason=what, error=f"{type(exc).__name__}: {exc}"[:300],
                      counted_in=M.UNSIZED_BATCHES.series)

    def _read(self, trainer: "pl.Trainer") -> None:
        """Read the device tensors and publish the window's rates (every log_every_n_steps)."""
        m = self.metrics
        for child in self._buffered:
            child.fold()
        m(M.GLOBAL_STEP).set(trainer.global_step)
        if self._losses:
            try:  # each loss has one element (_loss_of): one stack, no reshape per loss (5 us each on a CPU)
                losses = torch.stack(self._losses).reshape(-1).float()  # (window,)
            except RuntimeError:  # losses of different shapes, e.g. () and (1,)
                losses = torch.stack([loss.reshape(()) for loss in self._losses]).float()  # (window,)
            self._losses = []
            # one host read for the whole window: the last loss and the count of non-finite ones
            last, bad = torch.stack([losses[-1], (~torch.isfinite(losses)).sum().float()]).tolist()
            bad = int(bad)
            m(M.LOSS).set(last)
            if bad:
                m(M.NONFINITE_LOSS).inc(bad)
                log_event("nonfinite_loss", level=logging.WARNING, run=m.run, rank=m.rank, count=bad,
                          global_step=trainer.global_step, loss=last)
                if self.stop_on_nonfinite:
                    trainer.should_stop = True
                    log_event("stopping_on_nonfinite_loss", level=logging.ERROR, run=m.run,
                              global_step=trainer.global_step)
        if self._grad_norm is not None:
            m(M.GRAD_NORM).set(float(self._grad_norm))
            self._grad_norm = None
        for i, opt in enumerate(trainer.optimizers):
            if opt.param_groups:
                m(M.LEARNING_RATE, optimizer=i).set(float(opt.param_groups[0]["lr"]))
        now = time.perf_counter()
        record = None
        if self._window_start is not None and self._window_batches:
            seconds = now - self._window_start
            record = WindowRecord(global_step=trainer.global_step, timestamp=time.time(), seconds=seconds,
                                  pause_seconds=self._window_pause, samples=self._window_samples,
                                  batches=self._window_batches)
            m(M.SAMPLES_PER_SECOND).set(record.samples_per_second)
            m(M.WINDOW_PAUSE_RATIO).set(record.pause_seconds / seconds if seconds > 0 else 0.0)  # the sidecar reads both
            if seconds > 0:
                rates = window_rates(self._window_samples, seconds,
                                     self._window_tokens if self.tokens_per_sample is not None else None,
                                     self.flops_per_sample, self.peak_flops)
                if rates.flops_per_second is not None:
                    m(M.ACHIEVED_FLOPS).set(rates.flops_per_second)
                if rates.mfu is not None:
                    m(M.MFU).set(rates.mfu)
        self._window_start = now
        self._window_samples = 0.0
        self._window_tokens = 0.0
        self._window_batches = 0
        self._window_pause = 0.0
        if record is not None:
            self._notify(record)

    def _notify(self, record: WindowRecord) -> None:
        for listener in self._listeners:
            try:
                listener(record)
            except Exception as exc:  # a listener never stops training
                if id(listener) not in self._failed_listeners:
                    self._failed_listeners.add(id(listener))
                    log_event("window_listener_failed", level=logging.ERROR, listener=repr(listener)[:200],
                              error=f"{type(exc).__name__}: {exc}"[:300])

    # ------------------------------------------------------------------ validation
    @override
    def on_validation_start(self, trainer: "pl.Trainer", pl_module: "pl.LightningModule") -> None:
        self._t_val = time.perf_counter()

    @override
    def on_validation_end(self, trainer: "pl.Trainer", pl_module: "pl.LightningModule") -> None:
        if self._t_val is None:
            return
        seconds = time.perf_counter() - self._t_val
        if not trainer.sanity_checking and self.metrics is not None:
            self.metrics(M.VALIDATION_DURATION).observe(seconds)
        if self._last_batch_end is not None:
            self._pause += seconds  # a validation loop is not time spent waiting for data
        if self._window_start is not None and not trainer.sanity_checking:
            self._window_pause += seconds


def device_peak_flops(trainer: "pl.Trainer") -> float | None:
    """Peak dense FLOP/s of the trainer's CUDA device for its compute dtype (Lightning's table), or None.

    Lightning's table knows the H200 only by names with "SXM1"/"NVL1" in them (with-sparsity figures),
    while an H200 SXM reports itself as "NVIDIA H200" (seen on one, torch 2.11): the H200 has the H100
    SXM's GH100 compute at the same clocks (NVIDIA's datasheets give both 989 TFLOP/s dense bf16), so
    its dense peaks are Lightning's "h100 sxm" row, as MFU takes dense peaks (PaLM, appendix B).
    """
    from monitor._lightning import fabric_sub as _fabric_sub

    tp = _fabric_sub("utilities.throughput")
    device = trainer.strategy.root_device
    dtype = tp._plugin_to_compute_dtype(trainer.precision_plugin)
    name = torch.cuda.get_device_name(device).lower()
    if "h200" in name and "nvl" not in name:
        row = getattr(tp, "_CUDA_FLOPS", {}).get("h100 sxm", {})
        if dtype is torch.float32 and torch.get_float32_matmul_precision() != "highest":
            dtype = "tfloat32"
        return row.get(dtype)
    return tp.get_available_flops(device, dtype)


def _loss_of(outputs: Any) -> torch.Tensor | None:
    if isinstance(outputs, torch.Tensor):
        loss = outputs
    elif isinstance(outputs, dict):
        loss = outputs.get("loss")
    else:
        return None
    if not isinstance(loss, torch.Tensor) or loss.numel() != 1:
        return None
    return loss.detach() if loss.requires_grad else loss  # never hold the autograd graph


def _data_parallel_size(trainer: "pl.Trainer") -> int:
    """Data-parallel degree of the strategy (ranks that see different samples)."""
    strategy = trainer.strategy
    for attr in ("data_parallel_size", "_data_parallel_size"):
        value = getattr(strategy, attr, None)
        if isinstance(value, int) and value >= 1:
            return value
    mesh = getattr(strategy, "_device_mesh", None)
    names = getattr(mesh, "mesh_dim_names", None) or ()
    for name in ("dp", "data_parallel"):
        if name in names:
            return mesh[name].size()
    return trainer.world_size
