"""Gradient compression (moved): the hooks live in :mod:`lightning_plugins.parallel`.

Kept so ``from lightning_plugins.gradient_compression import ...`` goes on working:
``comm_hooks`` (measurement core, ``NoCompression``, byte volumes), ``topk``, ``powersgd`` and
``compressed_ddp`` (the Lightning strategy).
"""

from lightning_plugins.parallel.comm_hooks import NoCompression, allgather_bytes, allreduce_bytes, index_dtype, topk_k
from lightning_plugins.parallel.compressed_ddp import CHECKPOINT_KEY, CompressedDDPStrategy
from lightning_plugins.parallel.health import PeerLostError
from lightning_plugins.parallel.powersgd import PowerSGDCompression
from lightning_plugins.parallel.topk import TopKCompression

__all__ = ["CHECKPOINT_KEY", "CompressedDDPStrategy", "NoCompression", "PeerLostError", "PowerSGDCompression",
           "TopKCompression", "allgather_bytes", "allreduce_bytes", "index_dtype", "topk_k"]
