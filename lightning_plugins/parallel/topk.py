"""Top-k sparsification with error feedback as a DDP communication hook (measured by :mod:`.comm_hooks`)."""

from __future__ import annotations

import time

import torch
import torch.distributed as dist
from prometheus_client import CollectorRegistry
from typing_extensions import override

from lightning_plugins.parallel.comm_hooks import (
    Launch,
    MeasuredHook,
    all_gather_single,
    allgather_bytes,
    allreduce_bytes,
    check_int,
    check_kind,
    index_dtype,
    topk_k,
)

__all__ = ["TopKCompression"]


class TopKCompression(MeasuredHook):
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
        Fallbacks for the metric registry (None: lightwatch's) and ``run`` label (None: the
        LightningModule class name), used only when no ``PrometheusMonitor`` is attached to the Trainer.

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
        check_int("warmup_steps", warmup_steps, 0)
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

    def _launch(self, bucket: dist.GradBucket) -> Launch:
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
        keys = self._keys(bucket)
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
        fut = all_gather_single(gathered, payload, group=self.process_group, async_op=True).get_future()
        launched = time.perf_counter()
        vbytes, vdtype = k * buf.element_size(), buf.dtype
        timing: dict = {}

        def decompress(fut: torch.futures.Future) -> torch.Tensor:
            fut.value()  # a failed all-gather (a peer died) raises here, before anything is decoded
            t1 = timing["ready"] = time.perf_counter()
            rows = gathered.view(world, -1)  # (W, P)
            # fresh contiguous copies: with one rank, .contiguous() keeps the row's view (its stride is the
            # payload length), which a view as a wider dtype refuses
            vals = rows[:, :vbytes].clone(memory_format=torch.contiguous_format).view(vdtype)  # (W, k)
            idx = rows[:, vbytes:].clone(memory_format=torch.contiguous_format).view(idtype).to(torch.int64) - offset
            result = torch.zeros(n, dtype=vdtype, device=buf.device)  # (n,)
            for r in range(world):  # rank order: the same sum on every rank
                result.index_add_(0, idx[r], vals[r])
            result.div_(world)
            timing["decompress"] = time.perf_counter() - t1
            return result

        dense = allreduce_bytes(n * buf.element_size(), world)
        return Launch(fut.then(decompress), "all_gather", dense, allgather_bytes(payload.numel(), world),
                       compress_seconds, timing, launched)

    def state_dict(self) -> dict:
        """Step counter and residuals (per parameter index, copied to CPU)."""
        return {"kind": "topk", "iteration": self.iteration, "layout": self._layout_state(),
                "residuals": {k: v.detach().to("cpu", copy=True) for k, v in self.residuals.items()}}

    def load_state_dict(self, state: dict) -> None:
        """Restore :meth:`state_dict` output (residuals move to the gradients' device on first use)."""
        check_kind(state, "topk", "TopKCompression")
        self.iteration = int(state["iteration"])
        self.residuals = {int(k): v.clone() for k, v in state["residuals"].items()}
        self._load_layout(state)

