"""Compatibility path: ``DataQualityMonitor`` lives in :mod:`monitor.data_quality.callback`.

Kept because ``monitor/__init__.py``'s lazy table still names this module; prefer
``from monitor import DataQualityMonitor``.
"""

from monitor.data_quality.callback import DataQualityMonitor

__all__ = ["DataQualityMonitor"]
