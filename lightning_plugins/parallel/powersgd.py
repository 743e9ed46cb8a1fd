"""torch's PowerSGD as a measured, checkpointable DDP communication hook (see :mod:`.comm_hooks`)."""

from __future__ import annotations

import math
import time

import torch
import torch.distributed as dist
from prometheus_client import CollectorRegistry
from torch.distributed.algorithms.ddp_comm_hooks import powerSGD_hook as _psgd
from typing_extensions import override

from lightning_plugins.parallel.comm_hooks import Launch, MeasuredHook, allreduce_bytes, check_int, check_kind, to_cpu

__all__ = ["PowerSGDCompression"]


class PowerSGDCompression(MeasuredHook):
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
        check_int("rank", rank, 1)
        check_int("start_iter", start_iter, 2 if (use_error_feedback or warm_start) else 0)
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
        self._device = next(ddp_module.parameters()).device

    @override
    def residual_norm(self) -> float | None:
        errors = self.state.error_dict
        if not errors:
            return None
        return float(torch.stack([e.float().pow(2).sum().cpu() for e in errors.values()]).sum().sqrt())

    def _launch(self, bucket: dist.GradBucket) -> Launch:
        state = self.state
        if bucket.index() == 0:
            self._maybe_report_residual(state.iter)
        params = bucket.parameters()
        keys = self._keys(bucket)
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
            return Launch(fut, "all_reduce", dense, dense, launched=launched)
        reduced = state.total_numel_after_compression - before  # uncompressed tensors + P + Q elements
        sent = allreduce_bytes(reduced * buf.element_size(), world)
        # the hook's synchronous part (error feedback, Q init, P = M Q, launch) counts as compression;
        # the rest of its maths runs inside its future chain and is part of the communication time.
        return Launch(fut, "all_reduce", dense, sent, launched - t0, launched=launched)

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
        per_param = to_cpu(self._per_param())
        return {"kind": "powersgd", "iteration": s.iter, "layout": self._layout_state(),
                "error_dict": per_param["error"], "p_memory_dict": per_param["p"], "q_memory_dict": per_param["q"],
                "rng": {"name": name, "keys": torch.from_numpy(keys.astype("int64")), "pos": int(pos),
                        "has_gauss": int(has_gauss), "cached_gaussian": float(cached)},
                "total_numel_before_compression": s.total_numel_before_compression,
                "total_numel_after_compression": s.total_numel_after_compression}

    def load_state_dict(self, state: dict) -> None:
        """Restore :meth:`state_dict` output (before or after :meth:`register`; applied bucket by bucket)."""
        import numpy as np

        check_kind(state, "powersgd", "PowerSGDCompression")
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
        self._load_layout(state)

