"""Throughput anomaly detection: forecasters, detector, Lightning callback, Prometheus sidecar; a likelihood
rule (``LikelihoodDetector``) for any other real-valued series.

``ThroughputDetector`` (its default forecaster is the pre-trained ``GlobalForecaster``, numpy only) and
``LSTMForecaster`` need only torch/numpy; ``AnomalyCallback`` imports
Lightning, lazily, so the sidecar and the CLI run without it. Names load on first use (PEP 562
``__getattr__`` over a name -> module table, the style of every lightwatch package).
"""

from __future__ import annotations

from monitor._lazy import lazy_exports

_LAZY = {
    "ThroughputDetector": "anomaly.detector",
    "DetectionResult": "anomaly.detector",
    "LikelihoodDetector": "anomaly.likelihood",
    "LSTMForecaster": "anomaly.forecaster",
    "GlobalForecaster": "anomaly.global_model",
    "AnomalyCallback": "anomaly.callback",
    "AlertSink": "anomaly.alerting",
    "WebhookSink": "anomaly.alerting",
}

__all__ = sorted(_LAZY)
__getattr__, __dir__ = lazy_exports(__name__, _LAZY)
