"""Former home of PQCF, kept so that ``from lightning_plugins.quantization import ...`` keeps working.

PQCF now lives in the package :mod:`lightning_plugins.pqcf` (one module per stage); this module
re-exports its public names unchanged.
"""

from __future__ import annotations

from lightning_plugins import pqcf as _pqcf
from lightning_plugins.pqcf import *  # noqa: F401,F403

__all__ = list(_pqcf.__all__)
