"""lightwatch's monitoring core: metric catalogue, exporter, training callback, CLI.

``import monitor.metrics`` needs only prometheus_client; the Lightning callbacks load on first use.
"""

from __future__ import annotations

__all__ = ["PrometheusMonitor", "MetricsExporter", "StepRecord", "metrics"]

_LAZY = {
    "PrometheusMonitor": ("monitor.callbacks", "PrometheusMonitor"),
    "StepRecord": ("monitor.callbacks", "StepRecord"),
    "MetricsExporter": ("monitor.exporter", "MetricsExporter"),
    "DataQualityMonitor": ("monitor.data_callbacks", "DataQualityMonitor"),
    "KLCalibratedSampler": ("monitor.sampler", "KLCalibratedSampler"),
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    if name == "metrics":
        import importlib

        return importlib.import_module("monitor.metrics")
    raise AttributeError(f"module 'monitor' has no attribute {name!r}")
