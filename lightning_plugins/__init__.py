"""Lightning plugins: precision (DPS), 3D-parallel strategy, gradient compression, PQCF compression."""

from lightning_plugins.precision import DPSPolicy, DPSPrecision

__all__ = ["DPSPolicy", "DPSPrecision"]
