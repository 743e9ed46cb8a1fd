"""Grafana dashboards, Prometheus recording/alerting rules and Alertmanager config, as code."""

from pathlib import Path

#: the committed generated files (dashboards/*.json, rules/*.yml, alertmanager.yml); see dashboards.main
BUILD_DIR = Path(__file__).resolve().parent / "build"
RULES_DIR = BUILD_DIR / "rules"
DASHBOARDS_DIR = BUILD_DIR / "dashboards"
ALERTMANAGER_FILE = BUILD_DIR / "alertmanager.yml"
