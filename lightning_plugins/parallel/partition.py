"""Mesh degrees, pipeline partitioning and profiling, and the model surgery of the 3D strategy.

Framework-free helpers used by :class:`~lightning_plugins.parallel.strategy.ThreeDParallelStrategy`
in setup, in this order:

1. ``check_parallel_sizes`` / ``build_device_mesh``: degrees multiply to the world size;
2. ``profile_module`` (``profile_blocks`` per block) + ``balanced_partition`` (or ``uniform_partition``):
   cut the ordered blocks so the slowest stage is as fast as possible;
3. ``apply_pipeline_split``: drop the blocks and first / last parts that are not on this stage;
4. ``localize_tensor_parallel_params``: DTensor params become local shards DDP can reduce.
"""

from __future__ import annotations

import logging
import statistics
import time
from typing import TYPE_CHECKING, Any, Sequence

import torch
import torch.distributed as dist
from torch import nn

from monitor.eventlog import log_event

if TYPE_CHECKING:
    from torch.distributed.device_mesh import DeviceMesh

    from lightning_plugins.parallel.strategy import ThreeDParallelStrategy

MESH_DIM_NAMES = ("pp", "dp", "tp")
SCHEDULES = ("1F1B", "GPipe")
PARTITIONS = ("measured", "uniform")


# --------------------------------------------------------------------------- degree checks and mesh
def check_parallel_sizes(*, pipeline_parallel_size: int, data_parallel_size: int | str, tensor_parallel_size: int,
                         world_size: int) -> tuple[int, int, int]:
    """Resolve ``"auto"`` and check that pp x dp x tp equals the world size; returns ``(pp, dp, tp)``.

    The error names every degree and the world size (torchtitan's ``ParallelDims`` style).
    """
    pp, dp, tp = pipeline_parallel_size, data_parallel_size, tensor_parallel_size
    sizes = (f"pipeline_parallel_size={pp}, data_parallel_size={dp!r}, tensor_parallel_size={tp}, "
             f"world_size={world_size}")
    if dp == "auto":
        if world_size % (pp * tp):
            raise ValueError(f"data_parallel_size='auto' needs world_size divisible by pipeline_parallel_size x "
                             f"tensor_parallel_size = {pp * tp}; got {sizes}")
        dp = world_size // (pp * tp)
    if pp * dp * tp != world_size:
        raise ValueError(f"pipeline_parallel_size x data_parallel_size x tensor_parallel_size = {pp * dp * tp} "
                         f"must equal the world size (devices x num_nodes); got {sizes}")
    return pp, dp, tp


def check_options(*, pipeline_parallel_size: Any, data_parallel_size: Any, tensor_parallel_size: Any,
                  num_microbatches: Any, schedule: Any, partition: Any, check_every_n_steps: Any,
                  profile_repeats: Any) -> tuple[int, "str | list[int]"]:
    """The 3D strategy's options checked before any process starts; returns the resolved
    ``(num_microbatches, partition)``. Each error names the argument."""
    for name, value in (("pipeline_parallel_size", pipeline_parallel_size),
                        ("tensor_parallel_size", tensor_parallel_size),
                        ("check_every_n_steps", check_every_n_steps), ("profile_repeats", profile_repeats)):
        _positive_int(name, value)
    if data_parallel_size != "auto":
        _positive_int("data_parallel_size", data_parallel_size)
    if num_microbatches is None:
        num_microbatches = 2 * pipeline_parallel_size if pipeline_parallel_size > 1 else 1
    _positive_int("num_microbatches", num_microbatches)
    if schedule not in SCHEDULES:
        raise ValueError(f"schedule={schedule!r}: valid are {SCHEDULES}")
    if schedule == "1F1B" and pipeline_parallel_size > 1 and num_microbatches < pipeline_parallel_size:
        raise ValueError(f"schedule='1F1B' needs num_microbatches >= pipeline_parallel_size; got "
                         f"num_microbatches={num_microbatches}, pipeline_parallel_size={pipeline_parallel_size}")
    if isinstance(partition, str):
        if partition not in PARTITIONS:
            raise ValueError(f"partition={partition!r}: valid are {PARTITIONS} or a list of block counts")
    else:
        partition = list(partition)
        if len(partition) != pipeline_parallel_size or any(
                isinstance(s, bool) or not isinstance(s, int) or s < 1 for s in partition):
            raise ValueError(f"partition={partition!r}: a list needs {pipeline_parallel_size} "
                             f"(pipeline_parallel_size) positive block counts")
    return num_microbatches, partition


def _positive_int(name: str, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{name}={value!r} must be an int >= 1")


def build_device_mesh(*, pp: int, dp: int, tp: int, device_type: str) -> "DeviceMesh":
    """A 3-D mesh with named dims ``("pp", "dp", "tp")``; tp varies fastest (neighbouring ranks)."""
    from torch.distributed.device_mesh import init_device_mesh

    return init_device_mesh(device_type, (pp, dp, tp), mesh_dim_names=MESH_DIM_NAMES)


def theoretical_bubble(num_stages: int, num_microbatches: int) -> float:
    """Idle share of a GPipe / 1F1B step with equal stages: (p - 1) / (m + p - 1)."""
    return (num_stages - 1) / (num_microbatches + num_stages - 1)


# --------------------------------------------------------------------------- partitioning
def uniform_partition(num_blocks: int, num_stages: int) -> list[int]:
    """Block counts per stage, as equal as possible (earlier stages take the remainder)."""
    check_stages(num_blocks, num_stages)
    base, extra = divmod(num_blocks, num_stages)
    return [base + (1 if s < extra else 0) for s in range(num_stages)]


def balanced_partition(costs: Sequence[float], num_stages: int) -> list[int]:
    """Contiguous cut of ``costs`` into ``num_stages`` non-empty stages minimising the slowest stage.

    Exact dynamic programme, O(stages x blocks^2); returns block counts per stage.
    """
    n = len(costs)
    check_stages(n, num_stages)
    prefix = [0.0]
    for c in costs:
        prefix.append(prefix[-1] + float(c))
    inf = float("inf")
    # best[s][i]: minimal max-stage cost covering the first i blocks with s stages
    best = [[inf] * (n + 1) for _ in range(num_stages + 1)]
    cut = [[0] * (n + 1) for _ in range(num_stages + 1)]
    best[0][0] = 0.0
    for s in range(1, num_stages + 1):
        for i in range(s, n - (num_stages - s) + 1):
            for j in range(s - 1, i):
                value = max(best[s - 1][j], prefix[i] - prefix[j])
                if value < best[s][i]:
                    best[s][i], cut[s][i] = value, j
    sizes, i = [], n
    for s in range(num_stages, 0, -1):
        j = cut[s][i]
        sizes.append(i - j)
        i = j
    return sizes[::-1]


def stage_costs(costs: Sequence[float], sizes: Sequence[int]) -> list[float]:
    """Sum of block costs per stage for a cut given as block counts."""
    out, start = [], 0
    for size in sizes:
        out.append(float(sum(costs[start:start + size])))
        start += size
    return out


def check_stages(num_blocks: int, num_stages: int) -> None:
    if num_stages > num_blocks:
        raise ValueError(f"pipeline_parallel_size={num_stages} stages but the model has only {num_blocks} "
                         f"pipeline blocks: use at most {num_blocks} stages")


def profile_blocks(blocks: Sequence[nn.Module], sample: torch.Tensor, *, repeats: int = 3,
                   warmup: int = 1) -> list[float]:
    """Median forward + backward seconds of each block, fed in order from ``sample``.

    Each block runs on the previous block's (detached) output; backward uses a ones gradient.
    Parameter gradients are cleared afterwards.
    """
    costs, x = [], sample
    for block in blocks:
        times = []
        for r in range(warmup + repeats):
            inp = x.detach().requires_grad_(x.is_floating_point())
            t0 = time.perf_counter()
            out = block(inp)
            out.backward(torch.ones_like(out))
            if out.device.type == "cuda":
                torch.cuda.synchronize(out.device)
            if r >= warmup:
                times.append(time.perf_counter() - t0)
        costs.append(statistics.median(times))
        x = out.detach()
        for p in block.parameters():
            p.grad = None
    return costs


# --------------------------------------------------------------------------- model surgery
def apply_pipeline_split(module: nn.Module, *, stage: int, sizes: Sequence[int]) -> list[str]:
    """Keep only this stage's blocks (names kept, so checkpoints use the same keys) and parts.

    The module's ``pipeline_first`` attributes are set to ``None`` off stage 0, ``pipeline_last``
    ones off the last stage. Returns the kept block names.
    """
    blocks = module.pipeline_blocks()
    names = list(blocks.keys())
    start = sum(sizes[:stage])
    keep = names[start:start + sizes[stage]]
    for name in names:
        if name not in keep:
            del blocks[name]
    if stage != 0:
        for attr in getattr(module, "pipeline_first", ()):
            setattr(module, attr, None)
    if stage != len(sizes) - 1:
        for attr in getattr(module, "pipeline_last", ()):
            setattr(module, attr, None)
    return keep


def localize_tensor_parallel_params(module: nn.Module) -> dict[nn.Parameter, Any]:
    """Replace DTensor parameters by plain local-shard parameters that DDP and optimizers can use.

    Each owning submodule gets a forward pre-hook that puts a ``DTensor.from_local`` view of the
    shard in place for its forward (gradients flow back into the local parameter) and a forward
    hook that puts the local parameter back. Returns ``{local_param: DTensorSpec}`` of the shards.
    (``torch.distributed.tensor.parallel.ddp._pre_dp_module_transform`` does the same but makes new
    Parameter objects at every forward, which detaches them from the optimizer and DDP.)
    """
    from torch.distributed.tensor import DTensor

    sharded: dict[nn.Parameter, Any] = {}
    for mod in module.modules():
        owned = [(name, p) for name, p in mod._parameters.items() if isinstance(p, DTensor)]
        if not owned:
            continue
        entries = []
        for name, p in owned:
            local = nn.Parameter(p._local_tensor.detach(), requires_grad=p.requires_grad)
            mod._parameters[name] = local
            sharded[local] = p._spec
            entries.append((name, local, p._spec))

        def to_dtensor(m, _args, entries=entries):
            for name, local, spec in entries:
                m._parameters[name] = DTensor.from_local(local, spec.mesh, spec.placements, run_check=False,
                                                         shape=spec.shape, stride=spec.stride)

        def to_local(m, _args, _out, entries=entries):
            for name, local, _spec in entries:
                m._parameters[name] = local

        mod.register_forward_pre_hook(to_dtensor)
        mod.register_forward_hook(to_local)
    return sharded


def check_pipeline_module(module: nn.Module) -> None:
    missing = [name for name in ("pipeline_blocks", "loss_fn") if not callable(getattr(module, name, None))]
    if missing:
        raise TypeError(f"pipeline_parallel_size > 1 needs the LightningModule to provide {missing}: "
                        "pipeline_blocks() -> ordered nn.ModuleDict and loss_fn(output, target) (see "
                        "lightning_plugins.models.TinyGPT)")
    if not isinstance(module.pipeline_blocks(), nn.ModuleDict):
        raise TypeError("pipeline_blocks() must return an nn.ModuleDict (names are kept as checkpoint keys)")


def profile_module(module: nn.Module, blocks: list[nn.Module], sample: torch.Tensor, *, repeats: int = 3) -> list[float]:
    """Seconds of each pipeline block's forward + backward on ``sample`` (the module's input).

    The parts before / after the blocks (embedding, head) are added to the first / last block,
    estimated as 3x their forward time (backward ~ 2x).
    """
    marks: dict[str, Any] = {}

    def first_pre(_m, args):
        marks.setdefault("x", args[0])
        marks["t_first"] = time.perf_counter()

    def last_post(_m, _args, _out):
        marks["t_last"] = time.perf_counter()

    handles = [blocks[0].register_forward_pre_hook(first_pre), blocks[-1].register_forward_hook(last_post)]
    before, after = [], []
    try:
        with torch.no_grad():
            module(sample)  # warm-up
            for _ in range(repeats):
                t0 = time.perf_counter()
                module(sample)
                t1 = time.perf_counter()
                before.append(marks["t_first"] - t0)
                after.append(t1 - marks["t_last"])
    finally:
        for h in handles:
            h.remove()
    costs = profile_blocks(blocks, marks["x"], repeats=repeats)
    costs[0] += 3 * max(0.0, statistics.median(before))
    costs[-1] += 3 * max(0.0, statistics.median(after))
    return costs


def cut_pipeline(strategy: "ThreeDParallelStrategy", module: nn.Module) -> None:
    """Choose the strategy's cut (measured, uniform or given), record it on the strategy, keep only
    this rank's stage of ``module`` and log the partition."""
    blocks = list(module.pipeline_blocks().values())
    pp = strategy.pipeline_parallel_size
    costs = None
    if strategy.partition == "measured":
        # every rank profiles (the same collective sequence under TP); the times are averaged over
        # the world so that every rank picks the same cut
        sample = module.example_input_array.to(strategy.root_device)
        t = torch.tensor(profile_module(module, blocks, sample, repeats=strategy.profile_repeats),
                         dtype=torch.float64)
        dist.all_reduce(t)
        costs = (t / strategy.world_size).tolist()
        sizes = balanced_partition(costs, pp)
    elif strategy.partition == "uniform":
        sizes = uniform_partition(len(blocks), pp)
    else:
        sizes = list(strategy.partition)
    strategy.stage_sizes, strategy.block_costs = sizes, costs
    strategy.predicted_stage_seconds = stage_costs(costs, sizes) if costs is not None else None
    stage = strategy.device_mesh["pp"].get_local_rank()
    kept = apply_pipeline_split(module, stage=stage, sizes=sizes)
    if strategy.global_rank == 0:
        log_event("pipeline_partition", partition=strategy.partition if isinstance(strategy.partition, str) else "explicit",
                  blocks_per_stage=sizes, block_seconds=costs, predicted_stage_seconds=strategy.predicted_stage_seconds)
    log_event("pipeline_stage", level=logging.DEBUG, rank=strategy.global_rank, stage=stage, blocks=kept)
