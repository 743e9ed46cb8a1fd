"""Gradient compression for data parallelism: top-k with error feedback, PowerSGD, measured overlap.

Three DDP communication hooks share one measurement core (:class:`_MeasuredHook`):

* :class:`TopKCompression` -- per DDP bucket: add the error-feedback residual, keep the ``density``
  share of entries with the largest magnitude, all-gather values + indices asynchronously (one fused
  byte buffer per bucket, indices in the smallest sufficient integer type), sum the sparse
  contributions of every rank in rank order, average, and keep the unsent remainder as the next
  residual. The first ``warmup_steps`` steps are dense all-reduces (or, with
  ``warmup="exponential"``, top-k with a density that decays geometrically towards ``density``,
  as Deep Gradient Compression does).
* :class:`PowerSGDCompression` -- torch's own ``PowerSGDState`` + ``powerSGD_hook`` (not
  re-implemented), wrapped for the same metrics and for checkpointing.
* :class:`NoCompression` -- DDP's dense all-reduce with the same metrics (the baseline, and a way to
  measure exposed communication on uncompressed DDP).

:class:`CompressedDDPStrategy` is Lightning's ``DDPStrategy`` with one of these registered on CPU
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
"""

from __future__ import annotations

import math
import threading
import time
import warnings
from dataclasses import dataclass, field
from typing import Any, Optional

import torch
import torch.distributed as dist
from prometheus_client import CollectorRegistry
from pytorch_lightning.strategies import DDPStrategy
from torch.distributed.algorithms.ddp_comm_hooks import powerSGD_hook as _psgd
from typing_extensions import override

from monitor import metrics as M

__all__ = [
    "CompressedDDPStrategy",
    "NoCompression",
    "PowerSGDCompression",
    "TopKCompression",
    "allgather_bytes",
    "allreduce_bytes",
    "index_dtype",
    "topk_k",
]

# torch >= 2.12 names it all_gather_single; all_gather_into_tensor is its deprecated alias
_all_gather_single = getattr(dist, "all_gather_single", None) or dist.all_gather_into_tensor

#: key of the per-rank compression states inside a Lightning checkpoint
CHECKPOINT_KEY = "lightwatch_gradient_compression"


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
class _Launch:
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


def _check_int(name: str, value, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValueError(f"{name}={value!r} must be an integer >= {minimum}")
    return value


class _MeasuredHook:
    """Shared plumbing: registration, per-step timeline, metrics, cumulative totals.

    Subclasses implement ``_launch(bucket) -> _Launch`` and ``state_dict``/``load_state_dict``.
    """

    def __init__(self, *, stats_every_n_steps: int = 50, registry: CollectorRegistry | None = None,
                 run_name: str | None = None) -> None:
        self.stats_every_n_steps = _check_int("stats_every_n_steps", stats_every_n_steps, 1)
        if run_name is not None and (not isinstance(run_name, str) or not run_name):
            raise ValueError(f"run_name={run_name!r} must be a non-empty string or None")
        self.registry = registry
        self.run_name = run_name
        self.process_group: Any = None
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

    #: ThreeDParallelStrategy leaves the dp communication metrics (bytes, seconds, exposed ratio) to
    #: hooks that set this, and fills in their ``run_name`` / ``registry`` when they are None
    reports_comm_metrics = True

    # ---- contract shared with ThreeDParallelStrategy
    def register(self, ddp_module: torch.nn.parallel.DistributedDataParallel, process_group=None) -> None:
        """Register this hook on ``ddp_module`` for ``process_group`` (None: the default group)."""
        if not isinstance(ddp_module, torch.nn.parallel.DistributedDataParallel):
            raise ValueError(f"ddp_module must be a DistributedDataParallel module, got {type(ddp_module).__name__}")
        self.process_group = process_group
        self.world_size = dist.get_world_size(process_group)
        run = self.run_name or type(ddp_module.module).__name__
        self._metrics = M.bind(self.registry, run=run, rank=dist.get_rank())
        self._on_register(ddp_module)
        ddp_module.register_comm_hook(self, _dispatch_hook)

    def _on_register(self, ddp_module) -> None:
        """Subclass hook: called before the comm hook is registered."""

    def residual_norm(self) -> float | None:
        """L2 norm of the error-feedback residual (reads tensors: call it rarely). None: no residual."""
        return None

    def _launch(self, bucket: dist.GradBucket) -> _Launch:
        raise NotImplementedError

    # ---- per-bucket timeline
    def _hook(self, bucket: dist.GradBucket) -> torch.futures.Future:
        with self._lock:
            if self._step is None:
                self._step = _Step()
            step = self._step
            step.pending += 1
        launch = self._launch(bucket)
        launched = launch.launched  # the collective is in flight from here on
        with self._lock:
            step.uncompressed += launch.uncompressed_bytes
            step.sent += launch.sent_bytes
            step.compress_seconds += launch.compress_seconds
            step.comm_bytes[launch.kind] = step.comm_bytes.get(launch.kind, 0.0) + launch.sent_bytes
            if bucket.is_last():
                self.num_buckets = bucket.index() + 1
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
            return fut.value()

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

    def _dense_allreduce(self, buf: torch.Tensor) -> _Launch:
        """DDP's default reduction: divide by W, all-reduce (sum) in place."""
        buf.div_(self.world_size)
        fut = dist.all_reduce(buf, group=self.process_group, async_op=True).get_future()
        launched = time.perf_counter()
        nbytes = allreduce_bytes(buf.numel() * buf.element_size(), self.world_size)
        return _Launch(fut.then(lambda f: f.value()[0]), "all_reduce", nbytes, nbytes, launched=launched)


def _dispatch_hook(state, bucket):  # unannotated: DDP checks annotations, and ours are strings
    """DDP comm hook: ``state`` is the compression object, ``bucket`` a ``dist.GradBucket``."""
    return state._hook(bucket)


def _to_cpu(obj):
    """A copy of ``obj`` with every tensor detached and on the CPU (checkpoints load anywhere)."""
    if isinstance(obj, torch.Tensor):
        return obj.detach().to("cpu", copy=True)
    if isinstance(obj, dict):
        return {k: _to_cpu(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return type(obj)(_to_cpu(v) for v in obj)
    return obj


# --------------------------------------------------------------------------- dense baseline


class NoCompression(_MeasuredHook):
    """DDP's dense all-reduce as a measured hook: the baseline for the compression metrics.

    Example::

        strategy = CompressedDDPStrategy(compression=NoCompression())  # exposed comm of plain DDP
    """

    def _launch(self, bucket: dist.GradBucket) -> _Launch:
        return self._dense_allreduce(bucket.buffer())

    def state_dict(self) -> dict:
        return {"kind": "none"}

    def load_state_dict(self, state: dict) -> None:
        _check_kind(state, "none", "NoCompression")


def _check_kind(state: dict, kind: str, owner: str) -> None:
    if not isinstance(state, dict) or state.get("kind") != kind:
        got = state.get("kind") if isinstance(state, dict) else type(state).__name__
        raise ValueError(f"state_dict of kind {got!r} does not belong to {owner} (expected kind {kind!r})")


# --------------------------------------------------------------------------- top-k


class TopKCompression(_MeasuredHook):
    """Top-k sparsification with error feedback as a DDP communication hook.

    Per bucket: ``acc = grad + residual``; keep the ``k = ceil(density * numel)`` entries of largest
    ``|acc|``; all-gather their values and indices (one async collective per bucket, so DDP's
    bucketing overlaps it with the rest of the backward pass); every rank adds the ``W`` sparse
    contributions in rank order (bit-identical results on every rank) and divides by ``W``; the
    unsent entries of ``acc`` become the new residual (``error_feedback=False`` drops them).

    Parameters
    ----------
    density : float
        Share of each bucket's entries sent, in (0, 1].
    error_feedback : bool
        Keep the unsent remainder and add it to the next step's gradient (strongly recommended).
    warmup_steps : int
        Steps at the start of training that do not use the target density (>= 0).
    warmup : {"dense", "exponential"}
        ``"dense"``: warm-up steps are plain all-reduces. ``"exponential"``: warm-up steps use top-k
        with density ``density ** ((t + 1) / warmup_steps)`` (DGC's schedule, decaying to ``density``).
    stats_every_n_steps : int
        Residual-norm gauge period (the only tensor read; no per-step host sync).
    registry, run_name
        Metric registry (None: lightwatch's) and ``run`` label (None: the LightningModule class name).

    Example::

        from lightning_plugins import CompressedDDPStrategy, TopKCompression
        trainer = pl.Trainer(accelerator="cpu", devices=2,
                             strategy=CompressedDDPStrategy(compression=TopKCompression(density=0.05)))
    """

    def __init__(self, density: float = 0.05, *, error_feedback: bool = True, warmup_steps: int = 10,
                 warmup: str = "dense", stats_every_n_steps: int = 50,
                 registry: CollectorRegistry | None = None, run_name: str | None = None) -> None:
        if isinstance(density, bool) or not isinstance(density, (int, float)) or not 0.0 < density <= 1.0:
            raise ValueError(f"density={density!r} must be a number in (0, 1] (the share of entries sent)")
        if not isinstance(error_feedback, bool):
            raise ValueError(f"error_feedback={error_feedback!r} must be True or False")
        _check_int("warmup_steps", warmup_steps, 0)
        if warmup not in ("dense", "exponential"):
            raise ValueError(f"warmup={warmup!r} must be 'dense' or 'exponential'")
        super().__init__(stats_every_n_steps=stats_every_n_steps, registry=registry, run_name=run_name)
        self.density = float(density)
        self.error_feedback = error_feedback
        self.warmup_steps = warmup_steps
        self.warmup = warmup
        self.iteration = 0
        #: error-feedback residual per parameter (keyed by its index in ``ddp_module.parameters()``),
        #: so a re-bucketed DDP (DDP rebuilds its buckets after step 1; a resumed run starts over) finds them.
        self.residuals: dict[int, torch.Tensor] = {}
        self._param_index: dict[int, int] = {}

    def _on_register(self, ddp_module) -> None:
        self._param_index = {id(p): i for i, p in enumerate(ddp_module.parameters())}

    def density_at(self, iteration: int) -> float | None:
        """Density used at ``iteration`` (None: a dense all-reduce)."""
        if iteration < self.warmup_steps:
            if self.warmup == "dense":
                return None
            return self.density ** ((iteration + 1) / self.warmup_steps)
        return self.density

    @override
    def residual_norm(self) -> float | None:
        if not self.residuals:
            return None
        squares = torch.stack([r.float().pow(2).sum().cpu() for r in self.residuals.values()])
        return float(squares.sum().sqrt())

    def _residual_for(self, keys: list[int], sizes: list[int], like: torch.Tensor) -> torch.Tensor | None:
        if not (self.error_feedback and self.residuals):
            return None
        parts = [self.residuals[k].to(like.device, like.dtype) if k in self.residuals else like.new_zeros(size)
                 for k, size in zip(keys, sizes)]
        return torch.cat(parts)  # (n,)

    def _launch(self, bucket: dist.GradBucket) -> _Launch:
        iteration = self.iteration
        if bucket.index() == 0:
            self._maybe_report_residual(iteration)
        if bucket.is_last():
            self.iteration += 1
        density = self.density_at(iteration)
        buf = bucket.buffer()  # (n,) flat gradients of this bucket's parameters
        if density is None:
            return self._dense_allreduce(buf)

        t0 = time.perf_counter()
        params = bucket.parameters()
        keys = [self._param_index[id(p)] for p in params]
        sizes = [p.numel() for p in params]
        n = buf.numel()
        if sum(sizes) != n:
            raise RuntimeError(f"bucket {bucket.index()} holds {n} elements but its parameters {sum(sizes)}")
        residual = self._residual_for(keys, sizes, buf)
        acc = buf if residual is None else buf + residual  # (n,)
        k = topk_k(n, density)
        _, indices = torch.topk(acc.abs(), k, sorted=False)  # (k,)
        values = acc[indices]  # (k,) copies
        if self.error_feedback:
            remainder = acc if residual is not None else acc.clone()
            remainder[indices] = 0
            for key, part in zip(keys, remainder.split(sizes)):
                self.residuals[key] = part  # views into one flat tensor per bucket
        idtype, offset = index_dtype(n)
        encoded = (indices + offset).to(idtype)  # (k,)
        payload = torch.cat([values.view(torch.uint8), encoded.view(torch.uint8)])  # (k*(v+i),) bytes
        world = self.world_size
        gathered = torch.empty(world * payload.numel(), dtype=torch.uint8, device=buf.device)  # (W*P,)
        compress_seconds = time.perf_counter() - t0
        fut = _all_gather_single(gathered, payload, group=self.process_group, async_op=True).get_future()
        launched = time.perf_counter()
        vbytes, vdtype = k * buf.element_size(), buf.dtype
        timing: dict = {}

        def decompress(_: torch.futures.Future) -> torch.Tensor:
            t1 = timing["ready"] = time.perf_counter()
            rows = gathered.view(world, -1)  # (W, P)
            vals = rows[:, :vbytes].contiguous().view(vdtype)  # (W, k)
            idx = rows[:, vbytes:].contiguous().view(idtype).to(torch.int64) - offset  # (W, k)
            result = torch.zeros(n, dtype=vdtype, device=buf.device)  # (n,)
            for r in range(world):  # rank order: the same sum on every rank
                result.index_add_(0, idx[r], vals[r])
            result.div_(world)
            timing["decompress"] = time.perf_counter() - t1
            return result

        dense = allreduce_bytes(n * buf.element_size(), world)
        return _Launch(fut.then(decompress), "all_gather", dense, allgather_bytes(payload.numel(), world),
                       compress_seconds, timing, launched)

    def state_dict(self) -> dict:
        """Step counter and residuals (per parameter index, copied to CPU)."""
        return {"kind": "topk", "iteration": self.iteration,
                "residuals": {k: v.detach().to("cpu", copy=True) for k, v in self.residuals.items()}}

    def load_state_dict(self, state: dict) -> None:
        """Restore :meth:`state_dict` output (residuals move to the gradients' device on first use)."""
        _check_kind(state, "topk", "TopKCompression")
        self.iteration = int(state["iteration"])
        self.residuals = {int(k): v.clone() for k, v in state["residuals"].items()}


# --------------------------------------------------------------------------- PowerSGD


class PowerSGDCompression(_MeasuredHook):
    """torch's PowerSGD (``PowerSGDState`` + ``powerSGD_hook``) with lightwatch metrics and checkpointing.

    Nothing of PowerSGD is re-implemented: each bucket goes to torch's ``powerSGD_hook``; this class
    only times it, counts its bytes from the state's own element counters (``total_numel_after_compression``
    grows by exactly the elements the hook all-reduces: uncompressed tensors, P and Q), and saves
    the state (error_dict, p/q memory, iteration, RNG) in the checkpoint.

    Parameters
    ----------
    rank : int
        Matrix approximation rank (>= 1).
    start_iter : int
        Dense all-reduce steps before PowerSGD starts (>= 2 with error feedback or warm start: DDP
        rebuilds its buckets after step 1).
    min_compression_rate, use_error_feedback, warm_start, orthogonalization_epsilon, random_seed
        Passed to ``PowerSGDState`` unchanged.
    stats_every_n_steps, registry, run_name
        As for :class:`TopKCompression`.

    Example::

        strategy = CompressedDDPStrategy(compression=PowerSGDCompression(rank=2, start_iter=10))
    """

    def __init__(self, rank: int = 1, *, start_iter: int = 10, min_compression_rate: float = 2.0,
                 use_error_feedback: bool = True, warm_start: bool = True, orthogonalization_epsilon: float = 0.0,
                 random_seed: int = 0, stats_every_n_steps: int = 50,
                 registry: CollectorRegistry | None = None, run_name: str | None = None) -> None:
        _check_int("rank", rank, 1)
        _check_int("start_iter", start_iter, 2 if (use_error_feedback or warm_start) else 0)
        if isinstance(min_compression_rate, bool) or not isinstance(min_compression_rate, (int, float)) \
                or min_compression_rate < 0:
            raise ValueError(f"min_compression_rate={min_compression_rate!r} must be a number >= 0")
        super().__init__(stats_every_n_steps=stats_every_n_steps, registry=registry, run_name=run_name)
        self.rank = rank
        self.start_iter = start_iter
        self._state_kwargs = dict(matrix_approximation_rank=rank, start_powerSGD_iter=start_iter,
                                  min_compression_rate=min_compression_rate, use_error_feedback=use_error_feedback,
                                  warm_start=warm_start, orthogonalization_epsilon=orthogonalization_epsilon,
                                  random_seed=random_seed, compression_stats_logging_frequency=1 << 62)
        self.state = _psgd.PowerSGDState(process_group=None, **self._state_kwargs)
        self._param_index: dict[int, int] = {}
        self._layouts: dict[int, tuple[list[int], list[tuple]]] = {}  # bucket index -> (param keys, shapes)
        self._pending: dict = {}  # per-parameter state loaded before its bucket was seen
        self._device = torch.device("cpu")
        self._serialize = False
        self._previous: torch.futures.Future | None = None

    def _on_register(self, ddp_module) -> None:
        self.state.process_group = self.process_group
        # torch's hook issues its P and Q all-reduces from future callbacks; on gloo those run on
        # worker threads, so with several buckets two ranks can issue collectives in different
        # orders (gloo aborts: "collective mismatch"). There, a bucket waits for the previous
        # bucket's chain before starting its own (it costs overlap, which exposed_comm shows).
        self._serialize = dist.get_backend(self.process_group) == "gloo"
        self._param_index = {id(p): i for i, p in enumerate(ddp_module.parameters())}
        self._device = next(ddp_module.parameters()).device

    @override
    def residual_norm(self) -> float | None:
        errors = self.state.error_dict
        if not errors:
            return None
        return float(torch.stack([e.float().pow(2).sum().cpu() for e in errors.values()]).sum().sqrt())

    def _launch(self, bucket: dist.GradBucket) -> _Launch:
        state = self.state
        if bucket.index() == 0:
            self._maybe_report_residual(state.iter)
        params = bucket.parameters()
        keys = [self._param_index[id(p)] for p in params]
        previous = self._layouts.get(bucket.index())
        if previous is not None and previous[0] != keys and (state.error_dict or state.p_memory_dict):
            # DDP re-bucketed (its rebuild after the first step of a run, also of a resumed one):
            # move the state into per-parameter slices, then lay it out again bucket by bucket.
            self._pending = self._per_param()
            state.error_dict, state.p_memory_dict, state.q_memory_dict = {}, {}, {}
        self._layouts[bucket.index()] = (keys, [tuple(p.shape) for p in params])
        if self._pending:
            self._restore_bucket(bucket.index())
        buf = bucket.buffer()
        world = self.world_size
        dense = allreduce_bytes(buf.numel() * buf.element_size(), world)
        compressing = state.iter >= state.start_powerSGD_iter
        before = state.total_numel_after_compression
        if bucket.index() == 0:
            self._previous = None  # a new step: DDP already waited for every future of the last one
        if self._serialize and self._previous is not None:
            self._previous.wait()
        t0 = time.perf_counter()
        fut = self._previous = _psgd.powerSGD_hook(state, bucket)
        launched = time.perf_counter()
        if not compressing:
            return _Launch(fut, "all_reduce", dense, dense, launched=launched)
        reduced = state.total_numel_after_compression - before  # uncompressed tensors + P + Q elements
        sent = allreduce_bytes(reduced * buf.element_size(), world)
        # the hook's synchronous part (error feedback, Q init, P = M Q, launch) counts as compression;
        # the rest of its maths runs inside its future chain and is part of the communication time.
        return _Launch(fut, "all_reduce", dense, sent, launched - t0, launched=launched)

    # ---- per-parameter view of torch's per-bucket state
    # PowerSGDState keys error/P/Q memory by bucket index in the bucket's flat layout, but DDP's
    # first step after a restart uses its initial buckets (parameter order), later steps the rebuilt
    # ones (gradient-ready order); torch only copes with that by starting PowerSGD after step 1.
    # The checkpoint therefore stores each parameter's slice, and when a bucket's layout changes
    # (or after a load) its first hook call re-assembles them in the layout the bucket has now.

    def _segments(self, shapes: list[tuple]) -> tuple[list[int], list[int], list[int]]:
        """Per parameter of a bucket: error length, and P / Q lengths in torch's P/Q memory order.

        Returns the error lengths (bucket order) and the P and Q lengths in memory order (the order
        ``powerSGD_hook`` lays compressed tensors out: grouped by shape, in order of first appearance).
        """
        r_max = self.state.matrix_approximation_rank
        groups: dict[tuple, list[int]] = {}
        for i, shape in enumerate(shapes):
            n, m = shape[0] if shape else 1, math.prod(shape[1:]) if len(shape) > 1 else 1
            if _psgd._should_compress(n, m, min(n, m, r_max), self.state.min_compression_rate)[0]:
                groups.setdefault((n, m), []).append(i)
        order = [i for members in groups.values() for i in members]
        p_len = {i: shapes[i][0] * min(shapes[i][0], math.prod(shapes[i][1:]), r_max) for i in order}
        q_len = {i: math.prod(shapes[i][1:]) * min(shapes[i][0], math.prod(shapes[i][1:]), r_max) for i in order}
        return order, [p_len[i] for i in order], [q_len[i] for i in order]

    def _per_param(self) -> dict:
        s = self.state
        out: dict = {"error": dict(self._pending.get("error", {})), "p": dict(self._pending.get("p", {})),
                     "q": dict(self._pending.get("q", {}))}
        for index, (keys, shapes) in self._layouts.items():
            if index in s.error_dict:
                sizes = [math.prod(shape) for shape in shapes]
                out["error"].update(zip(keys, s.error_dict[index].split(sizes)))
            if index in s.p_memory_dict:
                order, p_sizes, q_sizes = self._segments(shapes)
                out["p"].update(zip([keys[i] for i in order], s.p_memory_dict[index].split(p_sizes)))
                out["q"].update(zip([keys[i] for i in order], s.q_memory_dict[index].split(q_sizes)))
        return out

    def _restore_bucket(self, index: int) -> None:
        keys, shapes = self._layouts[index]
        s, pending = self.state, self._pending
        if all(k in pending["error"] for k in keys):
            s.error_dict[index] = torch.cat([pending["error"].pop(k) for k in keys]).to(self._device)  # (n,)
        order, _, _ = self._segments(shapes)
        compressed = [keys[i] for i in order]
        if compressed and all(k in pending["p"] for k in compressed):
            s.p_memory_dict[index] = torch.cat([pending["p"].pop(k) for k in compressed]).to(self._device)
            s.q_memory_dict[index] = torch.cat([pending["q"].pop(k) for k in compressed]).to(self._device)
        if not any(pending.values()):
            self._pending = {}

    def state_dict(self) -> dict:
        """PowerSGD state per parameter index (error, P, Q), iteration, RNG, counters; tensors on CPU."""
        s = self.state
        name, keys, pos, has_gauss, cached = s.rng.get_state()
        per_param = _to_cpu(self._per_param())
        return {"kind": "powersgd", "iteration": s.iter,
                "error_dict": per_param["error"], "p_memory_dict": per_param["p"], "q_memory_dict": per_param["q"],
                "rng": {"name": name, "keys": torch.from_numpy(keys.astype("int64")), "pos": int(pos),
                        "has_gauss": int(has_gauss), "cached_gaussian": float(cached)},
                "total_numel_before_compression": s.total_numel_before_compression,
                "total_numel_after_compression": s.total_numel_after_compression}

    def load_state_dict(self, state: dict) -> None:
        """Restore :meth:`state_dict` output (before or after :meth:`register`; applied bucket by bucket)."""
        import numpy as np

        _check_kind(state, "powersgd", "PowerSGDCompression")
        s = self.state
        s.iter = int(state["iteration"])
        s.error_dict, s.p_memory_dict, s.q_memory_dict = {}, {}, {}
        self._pending = {"error": {int(k): v.clone() for k, v in state["error_dict"].items()},
                         "p": {int(k): v.clone() for k, v in state["p_memory_dict"].items()},
                         "q": {int(k): v.clone() for k, v in state["q_memory_dict"].items()}}
        rng = state["rng"]
        s.rng.set_state((rng["name"], rng["keys"].numpy().astype(np.uint32), rng["pos"], rng["has_gauss"],
                         rng["cached_gaussian"]))
        s.total_numel_before_compression = int(state["total_numel_before_compression"])
        s.total_numel_after_compression = int(state["total_numel_after_compression"])


# --------------------------------------------------------------------------- Lightning strategy

_TAKEN_KWARGS = ("ddp_comm_hook", "ddp_comm_state", "ddp_comm_wrapper", "model_averaging_period")


class CompressedDDPStrategy(DDPStrategy):
    """Lightning DDP with a gradient-compression hook on CPU (gloo) and GPU (NCCL) alike.

    ``DDPStrategy`` registers ``ddp_comm_hook`` only when ``root_device.type == "cuda"`` (see its
    ``_register_ddp_hooks``); this strategy overrides that method and calls
    ``compression.register(ddp_module, None)`` on every device type. Each rank's compression state
    (top-k residuals, PowerSGD state) is gathered into the Lightning checkpoint under
    ``"lightwatch_gradient_compression"`` and given back to each rank on resume (same world size;
    a different one starts with fresh residuals and a warning).

    Parameters
    ----------
    compression : TopKCompression | PowerSGDCompression | NoCompression
        The hook to register (any object with ``register``, ``state_dict`` and ``load_state_dict``).
    **kwargs
        Everything else ``DDPStrategy`` takes (``process_group_backend``, ``start_method``,
        ``bucket_cap_mb``, ...), except the comm-hook arguments this strategy owns.

    Example::

        trainer = pl.Trainer(accelerator="cpu", devices=2,
                             strategy=CompressedDDPStrategy(compression=TopKCompression(density=0.05)))
    """

    def __init__(self, compression, **kwargs: Any) -> None:
        for name in ("register", "state_dict", "load_state_dict"):
            if not callable(getattr(compression, name, None)):
                raise ValueError(f"compression={compression!r} must be a TopKCompression, PowerSGDCompression or "
                                 f"NoCompression (or have register/state_dict/load_state_dict); it lacks {name}()")
        taken = [k for k in _TAKEN_KWARGS if kwargs.get(k) is not None]
        if taken:
            raise ValueError(f"CompressedDDPStrategy registers its own communication hook; drop {taken} "
                             "(pass the compression object instead)")
        super().__init__(**kwargs)
        self.compression = compression

    @override
    def _register_ddp_hooks(self) -> None:
        self.compression.register(self.model, None)

    @override
    def save_checkpoint(self, checkpoint: dict[str, Any], filepath, storage_options: Optional[Any] = None) -> None:
        # Lightning calls save_checkpoint on every rank: gather every rank's state to rank 0.
        local = _to_cpu(self.compression.state_dict())
        if dist.is_available() and dist.is_initialized() and self.world_size > 1:
            states = [None] * self.world_size if self.is_global_zero else None
            dist.gather_object(local, states, dst=0)
        else:
            states = [local]
        if self.is_global_zero:
            checkpoint[CHECKPOINT_KEY] = {"world_size": self.world_size, "states": states}
        super().save_checkpoint(checkpoint, filepath, storage_options=storage_options)

    @override
    def load_checkpoint(self, checkpoint_path, weights_only: Optional[bool] = None) -> dict[str, Any]:
        checkpoint = super().load_checkpoint(checkpoint_path, weights_only=weights_only)
        entry = checkpoint.get(CHECKPOINT_KEY)
        if entry is None:
            return checkpoint
        if entry["world_size"] != self.world_size:
            warnings.warn(f"checkpoint holds gradient-compression state for {entry['world_size']} ranks, this run "
                          f"has {self.world_size}: starting with fresh residuals", stacklevel=2)
        else:
            self.compression.load_state_dict(entry["states"][self.global_rank])
        return checkpoint
