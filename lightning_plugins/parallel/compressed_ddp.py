"""CompressedDDPStrategy: Lightning DDP with a gradient-compression hook, on CPU and GPU alike.

Also the strategy's failure contract: a collective that fails because another rank died (or stalled
past ``timeout``) raises :class:`~lightning_plugins.parallel.health.PeerLostError` naming the lost
rank, on every surviving rank and whichever hook is registered; the failed step is never applied.
"""

from __future__ import annotations

import warnings
from typing import Any, Callable, Optional

import torch.distributed as dist
from monitor._lightning import sub as _lightning_sub
DDPStrategy = _lightning_sub("strategies").DDPStrategy
from typing_extensions import override

from lightning_plugins.parallel.comm_hooks import to_cpu
from lightning_plugins.parallel.health import PeerDirectory, peer_failure

__all__ = ["CHECKPOINT_KEY", "CompressedDDPStrategy"]

#: key of the per-rank compression states inside a Lightning checkpoint
CHECKPOINT_KEY = "lightwatch_gradient_compression"

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
    def setup(self, trainer) -> None:
        super().setup(trainer)
        PeerDirectory.exchange()  # who is who, so a survivor can name a lost rank

    # ---- a dead peer: PeerLostError on every survivor, the failed step never applied
    def _peer_failure(self, phase: str):
        trainer = getattr(self.lightning_module, "_trainer", None)
        return peer_failure("CompressedDDPStrategy", rank=self.global_rank, phase=phase,
                            steps=int(getattr(trainer, "global_step", 0) or 0), timeout_s=self._timeout.total_seconds())

    @override
    def training_step(self, *args: Any, **kwargs: Any):
        with self._peer_failure("forward"):
            return super().training_step(*args, **kwargs)

    @override
    def backward(self, closure_loss, optimizer, *args: Any, **kwargs: Any):
        with self._peer_failure("backward"):
            return super().backward(closure_loss, optimizer, *args, **kwargs)

    @override
    def optimizer_step(self, optimizer, closure: Callable[[], Any], model=None, **kwargs: Any) -> Any:
        with self._peer_failure("optimizer step"):
            return super().optimizer_step(optimizer, closure, model, **kwargs)

    @override
    def barrier(self, name: Optional[str] = None) -> None:
        with self._peer_failure("barrier"):
            super().barrier(name)

    @override
    def save_checkpoint(self, checkpoint: dict[str, Any], filepath, storage_options: Optional[Any] = None) -> None:
        # Lightning calls save_checkpoint on every rank: gather every rank's state to rank 0.
        local = to_cpu(self.compression.state_dict())
        if dist.is_available() and dist.is_initialized() and self.world_size > 1:
            states = [None] * self.world_size if self.is_global_zero else None
            with self._peer_failure("checkpoint save"):
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
