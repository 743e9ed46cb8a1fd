"""Compatibility path: ``KLCalibratedSampler`` lives in :mod:`monitor.data_quality.sampler`.

Kept because ``monitor/__init__.py``'s lazy table still names this module; prefer
``from monitor import KLCalibratedSampler``.
"""

from monitor.data_quality.sampler import KLCalibratedSampler

__all__ = ["KLCalibratedSampler"]
