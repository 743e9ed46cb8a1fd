"""Throughput anomaly detection: forecasters, detector, Lightning callback, Prometheus sidecar.

``ThroughputDetector`` and ``LSTMForecaster`` need only torch/numpy; ``AnomalyCallback`` imports
Lightning, lazily, so the sidecar and the CLI run without it. Names load on first use (PEP 562
``__getattr__`` over a name -> module table, the style of every lightwatch package).
"""

from __future__ import annotations

import importlib

_LAZY = {
    "ThroughputDetector": "anomaly.detector",
    "DetectionResult": "anomaly.detector",
    "LSTMForecaster": "anomaly.forecaster",
    "AnomalyCallback": "anomaly.callback",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_LAZY[name]), name)


def __dir__():
    return __all__
