"""The Alertmanager configuration template: routes by severity, grouping, and inhibition.

Routes: ``severity="critical"`` (stalls, NaN losses, dead exporters) goes to ``lightwatch-critical``,
everything else (``warning``) to ``lightwatch-warning``, and the always-firing ``Watchdog`` to
``lightwatch-heartbeat``: a dead man's switch (an external service that pages when the heartbeat
stops) when ``heartbeat_url`` is given, otherwise a receiver that drops it. Both webhook receivers
post Alertmanager's webhook JSON; by default to the same URL, so one endpoint sees everything.

Grouping: one notification per (alertname, run), so eight ranks regressing together page once. A
deeper regression while ``ThroughputRegression`` holds keeps that alert (and its group) unchanged, so
nothing would be sent until ``repeat_interval``; ``ThroughputRegressionEscalated`` is its own group and
notifies after ``group_wait``.
Inhibition: while ``TrainingStalled`` fires for a run, or ``ExporterDown`` for a target, the
downstream alerts of that run/target (throughput regression and its escalation, straggler, precision
flapping, exposed communication) are suppressed: a stall explains them, so it pages alone. NonFiniteLoss and
DataDrift are never inhibited: a stall does not explain them (DataDrift's three signals of one run
share its ``(DataDrift, run)`` group, so they page once together).

Usage::

    from dashboards.alertmanager import alertmanager_config, render
    cfg = alertmanager_config(webhook_url="http://127.0.0.1:5001/alerts")
    text = render(cfg)     # YAML with commented Slack / e-mail receiver examples
"""

from __future__ import annotations

import json
import urllib.parse

from monitor.durations import check_duration

from dashboards.rules import DOWNSTREAM_ALERTS, WATCHDOG

DEFAULT_WEBHOOK_URL = "http://127.0.0.1:5001/alerts"
CRITICAL, WARNING, HEARTBEAT = "lightwatch-critical", "lightwatch-warning", "lightwatch-heartbeat"


def _url(name: str, value: str) -> str:
    url = urllib.parse.urlsplit(value or "")
    if url.scheme not in ("http", "https") or not url.netloc:
        raise ValueError(f"{name}={value!r} must be an http(s) URL such as {DEFAULT_WEBHOOK_URL!r}")
    return value


def _webhook(url: str, send_resolved: bool = True) -> list[dict]:
    return [{"url": url, "send_resolved": send_resolved, "max_alerts": 0}]


def alertmanager_config(
    *,
    webhook_url: str = DEFAULT_WEBHOOK_URL,
    critical_webhook_url: str | None = None,
    heartbeat_url: str | None = None,
    group_wait: str = "30s",
    group_interval: str = "5m",
    repeat_interval: str = "4h",
    resolve_timeout: str = "5m",
    heartbeat_interval: str = "1m",
) -> dict:
    """The Alertmanager configuration as a dict (JSON-serialisable, hence also valid YAML).

    Parameters
    ----------
    webhook_url : where the ``lightwatch-warning`` receiver POSTs (and ``lightwatch-critical`` unless
        ``critical_webhook_url`` is given).
    critical_webhook_url : where ``severity="critical"`` alerts go (e.g. a pager); default ``webhook_url``.
    heartbeat_url : a dead man's switch that receives the ``Watchdog`` alert every ``heartbeat_interval``;
        ``None`` drops it.
    group_wait : wait before the first notification of a new group (collects ranks that fire together).
    group_interval : wait before notifying about new or resolved alerts of an existing group.
    repeat_interval : re-send a still-firing group after this long.
    resolve_timeout : how long an alert without updates counts as firing.
    heartbeat_interval : how often the Watchdog is re-sent to ``heartbeat_url``.
    """
    _url("webhook_url", webhook_url)
    critical = _url("critical_webhook_url", critical_webhook_url) if critical_webhook_url else webhook_url
    for name, value in (("group_wait", group_wait), ("group_interval", group_interval),
                        ("repeat_interval", repeat_interval), ("resolve_timeout", resolve_timeout),
                        ("heartbeat_interval", heartbeat_interval)):
        check_duration(value, name)
    heartbeat = {"name": HEARTBEAT}
    if heartbeat_url:
        heartbeat["webhook_configs"] = _webhook(_url("heartbeat_url", heartbeat_url), send_resolved=False)
    downstream = "|".join(DOWNSTREAM_ALERTS)
    return {
        "global": {"resolve_timeout": resolve_timeout},
        "route": {
            "receiver": WARNING,
            "group_by": ["alertname", "run"],
            "group_wait": group_wait,
            "group_interval": group_interval,
            "repeat_interval": repeat_interval,
            "routes": [
                {"matchers": [f'alertname="{WATCHDOG}"'], "receiver": HEARTBEAT, "group_wait": "0s",
                 "group_interval": heartbeat_interval, "repeat_interval": heartbeat_interval},
                {"matchers": ['severity="critical"'], "receiver": CRITICAL},
                {"matchers": ['severity="warning"'], "receiver": WARNING},
            ],
        },
        "receivers": [
            {"name": CRITICAL, "webhook_configs": _webhook(critical)},
            {"name": WARNING, "webhook_configs": _webhook(webhook_url)},
            heartbeat,
        ],
        "inhibit_rules": [
            {"source_matchers": ['alertname="TrainingStalled"'],
             "target_matchers": [f'alertname=~"{downstream}"'],
             "equal": ["run"]},
            {"source_matchers": ['alertname="ExporterDown"'],
             "target_matchers": [f'alertname=~"{downstream}|TrainingStalled"'],
             "equal": ["instance"]},
        ],
    }


_HEADER = """\
# Alertmanager configuration for lightwatch (generated by `lightwatch dashboards build`; edit
# dashboards/alertmanager.py, not this file). JSON is valid YAML; comments are YAML comments.
#
# route: severity="critical" -> lightwatch-critical, warning -> lightwatch-warning, the always-firing
#   Watchdog -> lightwatch-heartbeat (a dead man's switch URL, or dropped when none is configured).
#   One notification per (alertname, run); new groups wait group_wait, updates group_interval.
# inhibit_rules: TrainingStalled (same run) and ExporterDown (same instance) suppress the downstream
#   alerts ThroughputRegression, ThroughputRegressionEscalated, StragglerRank, PrecisionFlapping,
#   HighExposedCommunication; NonFiniteLoss and DataDrift are never inhibited.
# receivers: the webhooks post Alertmanager's JSON (https://prometheus.io/docs/alerting/latest/configuration/#webhook_config)
#   to the URLs below; point them at your own services, or swap in one of the examples at the end.
"""

_EXAMPLES = """\
# ---------------------------------------------------------------------------------------------
# Other receivers: add an entry to "receivers" and name it in one of the routes (critical, warning).
# Keep secrets out of this file: Alertmanager reads them from files (api_url_file, auth_password_file).
#
# Slack:
#   - name: lightwatch-slack
#     slack_configs:
#       - api_url_file: /etc/alertmanager/secrets/slack-webhook-url
#         channel: "#training-alerts"
#         send_resolved: true
#         title: '{{ .CommonLabels.alertname }} ({{ .CommonLabels.run }})'
#         text: '{{ range .Alerts }}{{ .Annotations.summary }}: {{ .Annotations.description }}{{ "\\n" }}{{ end }}'
#
# E-mail:
#   - name: lightwatch-email
#     email_configs:
#       - to: ml-oncall@example.com
#         from: alertmanager@example.com
#         smarthost: smtp.example.com:587
#         auth_username: alertmanager@example.com
#         auth_password_file: /etc/alertmanager/secrets/smtp-password
#         send_resolved: true
#
"""


def render(config: dict) -> str:
    """The configuration as commented YAML text (JSON body, stable key order)."""
    return _HEADER + json.dumps(config, indent=2) + "\n" + _EXAMPLES
