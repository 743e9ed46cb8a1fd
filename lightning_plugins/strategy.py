"""ThreeDParallelStrategy (moved): the strategy lives in :mod:`lightning_plugins.parallel.strategy`.

Kept so ``from lightning_plugins.strategy import ...`` goes on working; the helpers live in
:mod:`lightning_plugins.parallel.partition` and :mod:`lightning_plugins.parallel.health`.
"""

from lightning_plugins.parallel.health import PeerLostError, StragglerDetector
from lightning_plugins.parallel.partition import (
    MESH_DIM_NAMES,
    apply_pipeline_split,
    balanced_partition,
    build_device_mesh,
    check_parallel_sizes,
    localize_tensor_parallel_params,
    profile_blocks,
    stage_costs,
    theoretical_bubble,
    uniform_partition,
)
from lightning_plugins.parallel.strategy import ThreeDParallelStrategy

__all__ = ["MESH_DIM_NAMES", "PeerLostError", "StragglerDetector", "ThreeDParallelStrategy", "apply_pipeline_split",
           "balanced_partition", "build_device_mesh", "check_parallel_sizes", "localize_tensor_parallel_params",
           "profile_blocks", "stage_costs", "theoretical_bubble", "uniform_partition"]
