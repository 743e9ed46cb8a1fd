"""Lightning plugins: precision (DPS), 3D-parallel strategy, gradient compression, PQCF compression."""

from lightning_plugins.strategy import ThreeDParallelStrategy

__all__ = ["ThreeDParallelStrategy"]
