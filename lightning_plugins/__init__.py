"""Lightning plugins: precision (DPS), 3D-parallel strategy, gradient compression, PQCF compression."""

from lightning_plugins.gradient_compression import (CompressedDDPStrategy, NoCompression, PowerSGDCompression,
                                                    TopKCompression)

__all__ = [
    "CompressedDDPStrategy",
    "NoCompression",
    "PowerSGDCompression",
    "TopKCompression",
]
