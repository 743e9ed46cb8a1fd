"""Throughput anomaly detection: forecasters, detector, Lightning callback, Prometheus sidecar.

``ThroughputDetector`` and ``LSTMForecaster`` need only torch/numpy; ``AnomalyCallback`` imports
Lightning, lazily, so the sidecar and the CLI run without it.
"""

from __future__ import annotations

__all__ = ["ThroughputDetector", "LSTMForecaster", "AnomalyCallback", "DetectionResult"]


def __getattr__(name: str):
    if name in ("ThroughputDetector", "DetectionResult"):
        from anomaly import detector

        return getattr(detector, name)
    if name == "LSTMForecaster":
        from anomaly.forecaster import LSTMForecaster

        return LSTMForecaster
    if name == "AnomalyCallback":
        from anomaly.callback import AnomalyCallback

        return AnomalyCallback
    raise AttributeError(f"module 'anomaly' has no attribute {name!r}")
