"""Gradient compression for data parallelism: the measured DDP communication-hook core.

Three DDP communication hooks share one measurement core (:class:`MeasuredHook`, this module):

* :class:`~lightning_plugins.parallel.topk.TopKCompression` -- per DDP bucket: add the error-feedback residual, keep the ``density``
  share of entries with the largest magnitude, all-gather values + indices asynchronously (one fused
  byte buffer per bucket, indices in the smallest sufficient integer type), sum the sparse
  contributions of every rank in rank order, average, and keep the unsent remainder as the next
  residual. The first ``warmup_steps`` steps are dense all-reduces (or, with
  ``warmup="exponential"``, top-k with a density that decays geometrically towards ``density``,
  as Deep Gradient Compression does).
* :class:`~lightning_plugins.parallel.powersgd.PowerSGDCompression` -- torch's own ``PowerSGDState`` + ``powerSGD_hook`` (not
  re-implemented), wrapped for the same metrics and for checkpointing.
* :class:`NoCompression` -- DDP's dense all-reduce with the same metrics (the baseline, and a way to
  measure exposed communication on uncompressed DDP).

:class:`~lightning_plugins.parallel.compressed_ddp.CompressedDDPStrategy` is Lightning's ``DDPStrategy`` with one of these registered on CPU
and GPU alike (``DDPStrategy._register_ddp_hooks`` only registers ``ddp_comm_hook`` when
``root_device.type == "cuda"``), and with each rank's compression state saved into the Lightning
checkpoint and restored on resume.

The contract shared with ``ThreeDParallelStrategy(gradient_compression=...)``: every compression
object has ``register(ddp_module, process_group)`` (``process_group=None``: the default group),
``state_dict()`` and ``load_state_dict(state)``.

Byte accounting (exact, host arithmetic, no device sync): the counters record the bytes this rank
*transmits* under the bandwidth-optimal ring algorithms -- a dense all-reduce of ``B`` bytes sends
``2 (W-1)/W * B`` per rank; an all-gather of a ``b``-byte payload per rank sends ``(W-1) * b`` per rank.
So the all-gathered top-k volume grows linearly with the world size ``W`` while the dense volume
stays below ``2 B``: top-k at density ``d`` with value size ``v`` and index size ``i`` bytes breaks even
with a ring all-reduce at ``W* = 2 v / (d (v + i))`` (20 ranks for fp32 values, int32 indices, d=5 %).

Overlap: every collective is launched from inside the backward pass (DDP calls the hook as soon as a
bucket is ready), so it overlaps with the remaining gradient computation. The *exposed*
communication of a step is measured on wall clocks as the time from the moment the last bucket's
collective was launched (= gradient computation over, compression of the last bucket done) to the
moment the last bucket result is ready (decompressed), i.e. the time the backward pass waits on the
network; its ratio is taken over the step period (time between the ends of consecutive steps'
gradient exchanges).

Same buckets after a resume: DDP's first step after a (re)start uses its initial buckets (parameter
order) and every later step the buckets it rebuilt from the gradient-ready order. A resumed run would
therefore reduce its first step in another layout than the uninterrupted run did at that step, and
layout changes results in the last bits (top-k's k and selection are per bucket, PowerSGD's matrix
products see other memory offsets, ring all-reduces sum elements in position-dependent order). So
every hook's ``state_dict`` holds the bucket layout of its last step (``"layout"``: parameter indices
per bucket), and until DDP's own buckets equal it again, a resumed hook re-buckets each step's
gradients into that layout (fresh, contiguous buffers, as DDP allocates its own) and hands the
results back in DDP's layout. Every step of a resumed run reduces exactly the buffers the
uninterrupted run reduced.
"""

from __future__ import annotations

import math
import threading
import time
import warnings
from dataclasses import dataclass, field

import torch
import torch.distributed as dist
from prometheus_client import CollectorRegistry

from monitor import metrics as M
from monitor.context import resolve, validate_run_name

__all__ = ["MeasuredHook", "NoCompression", "allgather_bytes", "allreduce_bytes", "index_dtype", "topk_k"]

# torch >= 2.12 names it all_gather_single; all_gather_into_tensor is its deprecated alias
all_gather_single = getattr(dist, "all_gather_single", None) or dist.all_gather_into_tensor


# --------------------------------------------------------------------------- analytic volumes


def allreduce_bytes(nbytes: int, world_size: int) -> float:
    """Bytes one rank transmits in a ring all-reduce of ``nbytes``: ``2 (W-1)/W * nbytes``."""
    return 2.0 * (world_size - 1) * nbytes / world_size


def allgather_bytes(payload_bytes: int, world_size: int) -> float:
    """Bytes one rank transmits in a ring all-gather of ``payload_bytes`` per rank: ``(W-1) * payload``."""
    return float((world_size - 1) * payload_bytes)


def topk_k(numel: int, density: float) -> int:
    """Entries top-k keeps from a bucket of ``numel`` elements: ``max(1, ceil(density * numel))``."""
    return max(1, min(numel, math.ceil(density * numel)))


def index_dtype(numel: int) -> tuple[torch.dtype, int]:
    """Smallest integer dtype that holds indices ``0 .. numel-1``, and the offset added to store them.

    Signed types are shifted so their whole range is used (int16 covers 65 536 positions). ``uint8``,
    ``int16``, ``int32`` and ``int64`` are supported by gloo and NCCL alike.
    """
    if numel <= 1 << 8:
        return torch.uint8, 0
    if numel <= 1 << 16:
        return torch.int16, -(1 << 15)
    if numel <= 1 << 32:
        return torch.int32, -(1 << 31)
    return torch.int64, 0


# --------------------------------------------------------------------------- measurement core


@dataclass
class _Step:
    """Timeline of one step's gradient exchange (wall clocks, host values only)."""

    pending: int = 0
    last_launched: bool = False
    last_launch_end: float = 0.0
    last_ready: float = 0.0
    uncompressed: float = 0.0
    sent: float = 0.0
    comm_seconds: dict = field(default_factory=dict)
    comm_bytes: dict = field(default_factory=dict)
    compress_seconds: float = 0.0
    decompress_seconds: float = 0.0


@dataclass
class Launch:
    """What a subclass's ``_launch`` hands back for one bucket.

    ``timing`` is filled by the decompression callback, if any: ``ready`` (wall clock at which the
    collective's result arrived) and ``decompress`` (seconds spent decoding it).
    """

    future: torch.futures.Future
    kind: str  # collective kind label: all_reduce | all_gather
    uncompressed_bytes: float
    sent_bytes: float
    compress_seconds: float = 0.0
    timing: dict = field(default_factory=dict)
    #: wall clock right after the collective was launched (before any ``then`` may run inline)
    launched: float = field(default_factory=time.perf_counter)


def check_int(name: str, value, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValueError(f"{name}={value!r} must be an integer >= {minimum}")
    return value


class MeasuredHook:
    """Shared plumbing: registration, run context, per-step timeline, metrics, totals, bucket layout.

    Subclasses implement ``_launch(bucket) -> Launch`` and ``state_dict``/``load_state_dict`` (which
    include :meth:`_layout_state` / :meth:`_load_layout`).
    """

    def __init__(self, *, stats_every_n_steps: int = 50, registry: CollectorRegistry | None = None,
                 run_name: str | None = None) -> None:
        self.stats_every_n_steps = check_int("stats_every_n_steps", stats_every_n_steps, 1)
        self.registry = registry
        self.run_name = validate_run_name(run_name)
        self.process_group = None
        self.world_size = 1
        self._metrics: M.BoundMetrics | None = None
        self._lock = threading.Lock()
        self._step: _Step | None = None
        self._prev_step_end: float | None = None
        self.steps_measured = 0
        #: DDP buckets in the last step (host value, for tests and benchmarks)
        self.num_buckets = 0
        #: cumulative host-side totals (benchmarks and tests read them; the metrics hold the same numbers).
        #: exposed_seconds / step_seconds cover steps after the first (a step period needs two ends).
        self.totals = {"uncompressed_bytes": 0.0, "sent_bytes": 0.0, "comm_seconds": 0.0,
                       "exposed_seconds": 0.0, "step_seconds": 0.0, "compress_seconds": 0.0,
                       "decompress_seconds": 0.0}
        self._param_index: dict[int, int] = {}  # id(parameter) -> index in ddp_module.parameters()
        self._params: dict[int, torch.nn.Parameter] = {}
        self._ddp = None
        #: parameter indices per bucket, as the last step reduced them
        self.layout: list[list[int]] = []
        self._layout_now: dict[int, list[int]] = {}
        self._reference: list[list[int]] | None = None  # a loaded layout, applied from the next step
        self._rebucket: _Rebucket | None = None

    #: ThreeDParallelStrategy leaves the dp communication metrics (bytes, seconds, exposed ratio) to
    #: hooks that set this
    reports_comm_metrics = True

    # ---- contract shared with ThreeDParallelStrategy
    def register(self, ddp_module: torch.nn.parallel.DistributedDataParallel, process_group=None) -> None:
        """Register this hook on ``ddp_module`` for ``process_group`` (None: the default group).

        Registry and ``run`` label come from the run context of the Trainer that owns the wrapped
        LightningModule (its ``PrometheusMonitor`` wins); this hook's own ``registry`` / ``run_name``
        apply only when no monitor is attached.
        """
        if not isinstance(ddp_module, torch.nn.parallel.DistributedDataParallel):
            raise ValueError(f"ddp_module must be a DistributedDataParallel module, got {type(ddp_module).__name__}")
        self.process_group = process_group
        self.world_size = dist.get_world_size(process_group)
        context = resolve(module=ddp_module.module, run_name=self.run_name, registry=self.registry,
                          rank=dist.get_rank(), owner=type(self).__name__)
        self._metrics = context.bind()
        params = list(ddp_module.parameters())
        self._param_index = {id(p): i for i, p in enumerate(params)}
        self._params = dict(enumerate(params))
        self._ddp = ddp_module
        self._on_register(ddp_module)
        ddp_module.register_comm_hook(self, _dispatch_hook)

    def _on_register(self, ddp_module) -> None:
        """Subclass hook: called before the comm hook is registered."""

    def residual_norm(self) -> float | None:
        """L2 norm of the error-feedback residual (reads tensors: call it rarely). None: no residual."""
        return None

    def _launch(self, bucket: dist.GradBucket) -> Launch:
        raise NotImplementedError

    def _keys(self, bucket) -> list[int]:
        return [self._param_index[id(p)] for p in bucket.parameters()]

    # ---- bucket layout (see the module docstring)
    def _layout_state(self) -> list[list[int]] | None:
        """The layout the next step will reduce in; None while DDP's one bucket rebuild is still ahead."""
        ddp = self._ddp
        pending = ddp is not None and not getattr(ddp, "_has_rebuilt_buckets", True) and (
            getattr(ddp, "static_graph", False) or not getattr(ddp, "find_unused_parameters", True))
        return None if pending or not self.layout else [list(keys) for keys in self.layout]

    def _load_layout(self, state: dict) -> None:
        layout = state.get("layout")
        self._reference = None if layout is None else [[int(k) for k in keys] for keys in layout]
        self._rebucket = None

    # ---- per-bucket timeline
    def _hook(self, bucket: dist.GradBucket) -> torch.futures.Future:
        if self._reference is not None:
            self._rebucket = _Rebucket.create(self, self._reference)
            self._reference = None
        if self._rebucket is not None:
            return self._rebucket.add(bucket)
        return self._measured(bucket)

    def _measured(self, bucket) -> torch.futures.Future:
        with self._lock:
            if self._step is None:
                self._step = _Step()
            step = self._step
            step.pending += 1
        self._layout_now[bucket.index()] = self._keys(bucket)
        launch = self._launch(bucket)
        launched = launch.launched  # the collective is in flight from here on
        with self._lock:
            step.uncompressed += launch.uncompressed_bytes
            step.sent += launch.sent_bytes
            step.compress_seconds += launch.compress_seconds
            step.comm_bytes[launch.kind] = step.comm_bytes.get(launch.kind, 0.0) + launch.sent_bytes
            if bucket.is_last():
                self.num_buckets = bucket.index() + 1
                self.layout = [self._layout_now.get(i, []) for i in range(self.num_buckets)]
                self._layout_now = {}
                step.last_launched = True
                step.last_launch_end = launched
                self._step = None  # the next bucket belongs to the next step

        def done(fut: torch.futures.Future) -> torch.Tensor:
            now = time.perf_counter()
            ready = launch.timing.get("ready", now)
            with self._lock:
                step.comm_seconds[launch.kind] = step.comm_seconds.get(launch.kind, 0.0) + max(0.0, ready - launched)
                step.decompress_seconds += launch.timing.get("decompress", 0.0)
                step.last_ready = max(step.last_ready, now)
                step.pending -= 1
                finished = step.last_launched and step.pending == 0
            if finished:
                self._finish(step)
            return fut.value()  # a failed collective raises here: DDP's backward fails, nothing is applied

        return launch.future.then(done)

    def _finish(self, step: _Step) -> None:
        exposed = max(0.0, step.last_ready - step.last_launch_end)
        period = None if self._prev_step_end is None else step.last_ready - self._prev_step_end
        self._prev_step_end = step.last_ready
        comm = sum(step.comm_seconds.values())
        t = self.totals
        t["uncompressed_bytes"] += step.uncompressed
        t["sent_bytes"] += step.sent
        t["comm_seconds"] += comm
        t["compress_seconds"] += step.compress_seconds
        t["decompress_seconds"] += step.decompress_seconds
        if period is not None:
            t["exposed_seconds"] += exposed
            t["step_seconds"] += period
        self.steps_measured += 1
        m = self._metrics
        if m is None:
            return
        m(M.GRADCOMP_UNCOMPRESSED_BYTES).inc(step.uncompressed)
        m(M.GRADCOMP_SENT_BYTES).inc(step.sent)
        if step.sent > 0:
            m(M.GRADCOMP_RATIO).set(step.uncompressed / step.sent)
        m(M.GRADCOMP_DURATION, op="compress").inc(step.compress_seconds)
        m(M.GRADCOMP_DURATION, op="decompress").inc(step.decompress_seconds)
        for kind, seconds in step.comm_seconds.items():
            m(M.COMM_DURATION, kind=kind).inc(seconds)
        for kind, nbytes in step.comm_bytes.items():
            m(M.COMM_BYTES, kind=kind).inc(nbytes)
        if period:
            m(M.EXPOSED_COMM).set(min(1.0, exposed / period))

    def _maybe_report_residual(self, iteration: int) -> None:
        """Every ``stats_every_n_steps`` steps (main thread, first bucket of a step): residual norm gauge."""
        if self._metrics is not None and iteration % self.stats_every_n_steps == 0:
            norm = self.residual_norm()
            if norm is not None:
                self._metrics(M.GRADCOMP_RESIDUAL_NORM).set(norm)

    def _dense_allreduce(self, buf: torch.Tensor) -> Launch:
        """DDP's default reduction: divide by W, all-reduce (sum) in place."""
        buf.div_(self.world_size)
        fut = dist.all_reduce(buf, group=self.process_group, async_op=True).get_future()
        launched = time.perf_counter()
        nbytes = allreduce_bytes(buf.numel() * buf.element_size(), self.world_size)
        return Launch(fut.then(lambda f: f.value()[0]), "all_reduce", nbytes, nbytes, launched=launched)


def _dispatch_hook(state, bucket):  # unannotated: DDP checks annotations, and ours are strings
    """DDP comm hook: ``state`` is the compression object, ``bucket`` a ``dist.GradBucket``."""
    return state._hook(bucket)


def to_cpu(obj):
    """A copy of ``obj`` with every tensor detached and on the CPU (checkpoints load anywhere)."""
    if isinstance(obj, torch.Tensor):
        return obj.detach().to("cpu", copy=True)
    if isinstance(obj, dict):
        return {k: to_cpu(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return type(obj)(to_cpu(v) for v in obj)
    return obj


# --------------------------------------------------------------------------- dense baseline


class NoCompression(MeasuredHook):
    """DDP's dense all-reduce as a measured hook: the baseline for the compression metrics.

    Example::

        strategy = CompressedDDPStrategy(compression=NoCompression())  # exposed comm of plain DDP
    """

    def _launch(self, bucket: dist.GradBucket) -> Launch:
        return self._dense_allreduce(bucket.buffer())

    def state_dict(self) -> dict:
        return {"kind": "none", "layout": self._layout_state()}

    def load_state_dict(self, state: dict) -> None:
        check_kind(state, "none", "NoCompression")
        self._load_layout(state)


def check_kind(state: dict, kind: str, owner: str) -> None:
    if not isinstance(state, dict) or state.get("kind") != kind:
        got = state.get("kind") if isinstance(state, dict) else type(state).__name__
        raise ValueError(f"state_dict of kind {got!r} does not belong to {owner} (expected kind {kind!r})")



# --------------------------------------------------------------------------- re-bucketing after a resume


class _Bucket:
    """What a hook sees of a DDP bucket (``index``, ``is_last``, ``buffer``, ``parameters``,
    ``gradients``), built in another layout from DDP's gradients."""

    def __init__(self, index: int, last: bool, params: list, buffer: torch.Tensor) -> None:
        self._index, self._last, self._params, self._buffer = index, last, params, buffer

    def index(self) -> int:
        return self._index

    def is_last(self) -> bool:
        return self._last

    def buffer(self) -> torch.Tensor:
        return self._buffer

    def parameters(self) -> list:
        return self._params

    def gradients(self) -> list[torch.Tensor]:
        parts = self._buffer.split([p.numel() for p in self._params])
        return [part.view(p.shape) for part, p in zip(parts, self._params)]


class _Rebucket:
    """Reduce each step in a reference layout while DDP's buckets differ from it.

    Gradients of DDP's buckets are collected as the buckets arrive; a reference bucket is launched
    (through the hook's normal path) as soon as all of its gradients are there, in a fresh
    contiguous buffer; a DDP bucket's future completes when every reference bucket holding its
    parameters has its result (a failed collective fails it too). A DDP bucket equal to the next
    reference bucket goes through unchanged. Once a whole step of DDP's buckets equals the
    reference layout (DDP rebuilt its buckets), the hook stops re-bucketing.
    """

    def __init__(self, hook: MeasuredHook, reference: list[list[int]]) -> None:
        self.hook, self.reference = hook, reference
        self._new_step()

    @classmethod
    def create(cls, hook: MeasuredHook, reference: list[list[int]]) -> "_Rebucket | None":
        trained = {i for i, p in hook._params.items() if p.requires_grad}
        keys = [k for bucket in reference for k in bucket]
        if sorted(keys) != sorted(trained) or any(not bucket for bucket in reference):
            warnings.warn(f"{type(hook).__name__}: the checkpoint's bucket layout does not match this model's "
                          "parameters: reducing in DDP's own layout", stacklevel=3)
            return None
        return cls(hook, reference)

    def _new_step(self) -> None:
        self.grads: dict[int, torch.Tensor] = {}
        self.results: dict[int, tuple[torch.futures.Future, int, int]] = {}  # key -> (future, offset, numel)
        self.waiting: list[tuple[torch.futures.Future, list[int]]] = []
        self.next = 0
        self.ddp_layout: list[list[int]] = []

    def add(self, bucket) -> torch.futures.Future:
        hook, reference = self.hook, self.reference
        keys = hook._keys(bucket)
        self.ddp_layout.append(keys)
        if (not self.grads and not self.waiting and self.next < len(reference) and bucket.index() == self.next
                and keys == reference[self.next]):
            self.next += 1
            fut = hook._measured(bucket)  # the same bucket: no copies
        else:
            for key, grad in zip(keys, bucket.gradients()):
                self.grads[key] = grad
            fut = torch.futures.Future()
            self.waiting.append((fut, keys))
            while self.next < len(reference) and all(k in self.grads for k in reference[self.next]):
                self._launch(self.next)
                self.next += 1
            self._answer()
        if bucket.is_last():
            if self.waiting or self.next < len(reference):
                raise RuntimeError(f"{type(hook).__name__}: DDP's buckets {self.ddp_layout} do not cover the "
                                   f"reference layout {reference}")
            if self.ddp_layout == reference:
                hook._rebucket = None  # DDP now reduces in the reference layout itself
            self._new_step()
        return fut

    def _launch(self, index: int) -> None:
        keys = self.reference[index]
        params = [self.hook._params[k] for k in keys]
        buffer = torch.cat([self.grads.pop(k).reshape(-1) for k in keys])  # fresh and contiguous, like DDP's
        fut = self.hook._measured(_Bucket(index, index == len(self.reference) - 1, params, buffer))
        offset = 0
        for key, p in zip(keys, params):
            self.results[key] = (fut, offset, p.numel())
            offset += p.numel()

    def _answer(self) -> None:
        still = []
        for out, keys in self.waiting:
            if not all(k in self.results for k in keys):
                still.append((out, keys))
                continue
            parts = [self.results.pop(k) for k in keys]
            sources = list({id(f): f for f, _, _ in parts}.values())

            def assemble(_: torch.futures.Future, parts=parts) -> torch.Tensor:
                return torch.cat([f.value()[offset:offset + n] for f, offset, n in parts])  # DDP's layout

            def forward(f: torch.futures.Future, out=out) -> None:
                try:
                    out.set_result(f.value())
                except Exception as exc:  # noqa: BLE001 - a failed collective fails DDP's bucket too
                    out.set_exception(exc)

            torch.futures.collect_all(sources).then(assemble).add_done_callback(forward)
        self.waiting = still
