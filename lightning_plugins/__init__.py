"""Lightning plugins: precision (DPS), 3D-parallel strategy, gradient compression, PQCF compression."""

from lightning_plugins.quantization import PQCFCompression

__all__ = ["PQCFCompression"]
