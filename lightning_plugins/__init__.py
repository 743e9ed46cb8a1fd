"""Lightning plugins: precision (DPS), 3D-parallel strategy, gradient compression, PQCF compression.

Names load on first use, so importing one plugin does not import the others' dependencies.
"""

from __future__ import annotations

from monitor._lazy import lazy_exports

_LAZY = {
    "DPSPolicy": "lightning_plugins.precision_policy",
    "DPSPrecision": "lightning_plugins.precision",
    "ThreeDParallelStrategy": "lightning_plugins.strategy",
    "PQCFCompression": "lightning_plugins.pqcf",
    "PQCFConfig": "lightning_plugins.pqcf",
    "compress": "lightning_plugins.pqcf",
    "CompressedDDPStrategy": "lightning_plugins.gradient_compression",
    "NoCompression": "lightning_plugins.parallel.comm_hooks",
    "PowerSGDCompression": "lightning_plugins.parallel.powersgd",
    "TopKCompression": "lightning_plugins.parallel.topk",
    "PeerLostError": "lightning_plugins.parallel.health",
}

__all__ = sorted(_LAZY)
__getattr__, __dir__ = lazy_exports(__name__, _LAZY)
