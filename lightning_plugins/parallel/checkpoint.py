"""Checkpoint I/O of the 3D strategy: one ``torch.distributed.checkpoint`` folder per save.

Layout of ``<path>/`` (a folder, whatever its name): the DCP shards of the model and optimizer state
of every stage (keys are parameter names, so stages never collide; tensor-parallel shards carry
``@tp<rank>``; dp replicas are de-duplicated by DCP), ``lightning_meta.pt`` (Lightning's loops,
callbacks, optimizer hyper-parameters and the strategy's own state) and
``gradient_compression-rank<r>.pt`` (each rank's compression hook state). Everything loads under
torch's default ``weights_only=True``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

import torch

if TYPE_CHECKING:
    from lightning_plugins.parallel.strategy import ThreeDParallelStrategy

META_FILE = "lightning_meta.pt"
STATE_KEY = "ThreeDParallelStrategy"


def _unwrap(optimizer):
    return getattr(optimizer, "_optimizer", optimizer)


def _compression_file(path: Path, rank: int) -> Path:
    return path / f"gradient_compression-rank{rank}.pt"


def sharded_state(strategy: "ThreeDParallelStrategy") -> dict[str, Any]:
    """{"model": ..., "optimizer_i": ...} of this rank: keys of tensor-parallel shards carry ``@tp<rank>``."""
    from torch.distributed.checkpoint.state_dict import get_model_state_dict, get_optimizer_state_dict

    module = strategy.lightning_module
    suffix = f"@tp{strategy.coordinates['tp']}"
    sharded = {name for name, p in module.named_parameters() if p in strategy._sharded}

    def rename(d):
        return {(k + suffix if k in sharded else k): v for k, v in d.items()}

    state = {"model": rename(get_model_state_dict(module))}
    for i, opt in enumerate(strategy.optimizers):
        osd = get_optimizer_state_dict(module, _unwrap(opt))
        state[f"optimizer_{i}"] = rename(osd["state"])
    return state


def save(strategy: "ThreeDParallelStrategy", checkpoint: dict[str, Any], filepath) -> None:
    """Write ``checkpoint`` (Lightning's dict) and every rank's sharded state into the folder ``filepath``."""
    import torch.distributed.checkpoint as dcp

    path = Path(strategy.broadcast(str(filepath)))
    if path.is_file():
        path.unlink()
    path.mkdir(parents=True, exist_ok=True)
    checkpoint.pop("state_dict", None)
    checkpoint.pop("optimizer_states", None)
    dcp.save(sharded_state(strategy), checkpoint_id=path)
    compression = strategy.gradient_compression
    if compression is not None and hasattr(compression, "state_dict"):
        torch.save(compression.state_dict(), _compression_file(path, strategy.global_rank))
    if strategy.global_rank == 0:
        checkpoint[STATE_KEY] = {
            "mesh": [strategy.pipeline_parallel_size, strategy.data_parallel_size, strategy.tensor_parallel_size],
            "stage_sizes": strategy.stage_sizes, "straggler": strategy.straggler.state_dict(), "steps": strategy._steps,
            "param_groups": [[{k: v for k, v in g.items() if k != "params"} for g in _unwrap(o).param_groups]
                             for o in strategy.optimizers],
        }
        torch.save(checkpoint, path / META_FILE)
    strategy.barrier()


def load(strategy: "ThreeDParallelStrategy", checkpoint_path, weights_only: Optional[bool] = None) -> dict[str, Any]:
    """Restore the sharded state and the hook state of this rank; returns Lightning's dict (the meta file).

    ``weights_only=None`` is torch's default (True): the files hold plain tensors, numbers, strings,
    lists and dicts only.
    """
    import torch.distributed.checkpoint as dcp
    from torch.distributed.checkpoint.state_dict import set_model_state_dict, set_optimizer_state_dict

    path = Path(strategy.broadcast(str(checkpoint_path)))
    meta = torch.load(path / META_FILE, weights_only=weights_only)
    saved = meta.get(STATE_KEY, {})
    mesh = [strategy.pipeline_parallel_size, strategy.data_parallel_size, strategy.tensor_parallel_size]
    if saved.get("mesh", mesh)[2] != mesh[2]:
        raise ValueError(f"checkpoint {path} was saved with tensor_parallel_size={saved['mesh'][2]}; resume with "
                         f"the same tensor_parallel_size (now {mesh[2]})")
    state = sharded_state(strategy)
    dcp.load(state, checkpoint_id=path)
    module = strategy.lightning_module
    suffix = f"@tp{strategy.coordinates['tp']}"

    def unname(d):
        return {(k[:-len(suffix)] if k.endswith(suffix) else k): v for k, v in d.items()}

    set_model_state_dict(module, unname(state["model"]))
    for i, opt in enumerate(strategy.optimizers):
        raw = _unwrap(opt)
        groups = [{**g, "params": [n for n, p in module.named_parameters() if any(p is q for q in g["params"])]}
                  for g in raw.param_groups]
        for g, hp in zip(groups, saved.get("param_groups", [[]] * len(strategy.optimizers))[i]):
            g.update(hp)
        set_optimizer_state_dict(module, raw, {"state": unname(state[f"optimizer_{i}"]), "param_groups": groups})
    compression = strategy.gradient_compression
    comp = _compression_file(path, strategy.global_rank)
    if compression is not None and hasattr(compression, "load_state_dict") and comp.exists():
        compression.load_state_dict(torch.load(comp, weights_only=weights_only))
    if "straggler" in saved:
        strategy.straggler.load_state_dict(saved["straggler"])
    return meta
