"""Grafana dashboards, Prometheus recording/alerting rules and Alertmanager config, as code."""
