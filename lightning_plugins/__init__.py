"""Lightning plugins: precision (DPS), 3D-parallel strategy, gradient compression, PQCF compression.

Names load on first use, so importing one plugin does not import the others' dependencies.
"""

from __future__ import annotations

import importlib

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


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'lightning_plugins' has no attribute {name!r}")


def __dir__():
    return __all__
