"""Throughput anomaly detection: forecasters, detector, Lightning callback, Prometheus sidecar."""
