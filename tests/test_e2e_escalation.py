"""End to end with real servers: an escalation reaches Alertmanager as a second notification.

The detector's escalation (a second, deeper regression while an alert holds) ends the held alert run
at one point and starts a new one at the next. Through Prometheus the one point at 0 of
``lightwatch_anomaly_active`` falls between scrapes, so ``ThroughputRegression`` fires on as one alert
and Alertmanager has nothing new to send; ``ThroughputRegressionEscalated`` reads the alert-run start
counter instead. Here a real ``ThroughputDetector`` scores the escalation construct of
``tests/test_anomaly_escalate.py`` (a 12 % drop, then a further 15 % drop 300 points later) through the
path ``AnomalyCallback`` and the sidecar share (``AlertTracker`` + ``GaugePublisher``); an exporter serves
the registry to a native Prometheus (scrape and evaluation every 1 s, the generated alert rules with
``for:`` and the escalation window shortened) and Alertmanager posts to a webhook receiver in this test.

The points are fed at once up to the first alert; once ``ThroughputRegression`` has reached the
webhook, the rest (the escalation among them) are fed at once too, and the deeper alert then holds. The
second burst runs with a long thread switch interval, so the exporter's thread serves a scrape before or
after it, never at the one point between the two alert runs: in training that point lasts one monitor
window, and a scrape sees it about once in (scrape interval / window) escalations.
The test checks that the receiver gets a ``ThroughputRegressionEscalated`` notification, that
``ThroughputRegression`` was never resolved (one alert throughout), and that no scrape since its
firing read the active gauge as 0, and that the committed Anomalies board's panel of alert-run starts
shows the escalation. Timings are printed, never asserted.
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry

import dashboards
from anomaly.alerting import AlertSink, AlertTracker, GaugePublisher
from anomaly.detector import ThroughputDetector
from dashboards import alertmanager
from dashboards import rules as R
from dashboards.config import DEFAULT
from dashboards.queries import queries_of
from dashboards.rules import render_rules
from monitor import metrics as M
from monitor import promql, stack
from monitor.exporter import MetricsExporter, free_port
from tests.conftest import WebhookReceiver, require_binary
from tests.panel_queries import boards, fill
from tests.test_anomaly_escalate import _drop_then_deeper

# make test runs this file in its waits lane, beside the two workers (Makefile): it mostly waits on servers
pytestmark = pytest.mark.waits

RUN, SERIES = "esc", "samples_per_second"


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_an_escalation_reaches_the_webhook_while_the_active_gauge_stays_1(tmp_path: Path):
    for name in ("prometheus", "alertmanager"):
        require_binary(name)
    fast = replace(DEFAULT, throughput_regression_for="2s", throughput_escalation_window="10s")
    alerts_file = tmp_path / R.ALERTS_FILE
    alerts_file.write_text(render_rules({"groups": R.alert_groups(fast)}))
    receiver = WebhookReceiver()
    am_cfg = alertmanager.alertmanager_config(webhook_url=receiver.url, group_wait="1s", group_interval="1s",
                                              repeat_interval="1h")
    registry = CollectorRegistry()
    tracker = AlertTracker(GaugePublisher(registry, run=RUN, rank=0), AlertSink(), run=RUN, rank=0, series=SERIES)
    det = ThroughputDetector(seed=0)
    values, first, second = _drop_then_deeper(1)
    states: list[str] = []

    def feed(upto: int, stop_at_alert: bool = False) -> None:
        while len(states) < upto:
            r = det.update(float(values[len(states)]))
            tracker.observe(r)
            states.append(r.state)
            if stop_at_alert and r.is_anomaly:
                return

    labels = f'run="{RUN}", series="{SERIES}"'
    with MetricsExporter(port=free_port(), registry=registry) as exp:
        servers = stack.start_stack(tmp_path / "stack", alertmanager_config=am_cfg,
                                    rule_files=[dashboards.RULES_DIR / R.RECORDING_FILE, alerts_file],
                                    static_targets=[exp.target], pushgateway_port=None, scrape_interval="1s")
        prom = servers.prometheus.url
        try:
            feed(1)  # the series and its start counters exist (at 0) and are scraped before any start, as in
            deadline = time.monotonic() + 30  # training, where the detector's warm-up alone takes minutes
            while len(promql.query(prom, f"{M.ANOMALY_ALERT_STARTS.series}{{{labels}}} == 0")) < 2:
                assert time.monotonic() < deadline, "the start counters were not scraped within 30 s"
                time.sleep(0.2)
            feed(first + 200, stop_at_alert=True)  # healthy, then the first drop up to its alert's first point
            assert tracker.alerts == 1 and first <= len(states) - 1 < first + 100, (len(states), tracker.alerts)
            started = time.time()
            fired_at, fired = receiver.wait_for(M.THROUGHPUT_REGRESSION_ALERT, "firing", timeout=30)
            assert fired["labels"]["run"] == RUN and fired["labels"]["series"] == SERIES
            assert not any(a["labels"]["alertname"] == M.THROUGHPUT_ESCALATED_ALERT
                           for _, body in receiver.received for a in body["alerts"])  # an onset is no escalation

            switch = sys.getswitchinterval()
            sys.setswitchinterval(5.0)  # the burst (< 1 s) is not interrupted by a scrape
            try:
                feed(second + 300)  # the first alert holds, then the second drop: the detector escalates
            finally:
                sys.setswitchinterval(switch)
            fed_at = time.time()
            assert "escalated" in states[second:] and (tracker.alerts, tracker.escalations) == (2, 1), \
                (tracker.alerts, tracker.escalations)
            esc_at, esc = receiver.wait_for(M.THROUGHPUT_ESCALATED_ALERT, "firing", timeout=30, after=fed_at)
            assert esc["labels"] == {"alertname": M.THROUGHPUT_ESCALATED_ALERT, "severity": "warning", "run": RUN,
                                     "rank": "0", "series": SERIES, "job": "lightwatch", "instance": exp.target}
            print(f"\nfirst alert point -> ThroughputRegression at the webhook {fired_at - started:.2f} s; "
                  f"escalation fed -> ThroughputRegressionEscalated at the webhook {esc_at - fed_at:.2f} s "
                  f"(scrape 1s, eval 1s, group_wait 1s)")

            # ThroughputRegression fired on as one alert: never resolved, and no scrape since its firing read 0
            notes = [(a["labels"]["alertname"], a["status"]) for _, body in receiver.received for a in body["alerts"]]
            assert (M.THROUGHPUT_REGRESSION_ALERT, "resolved") not in notes, notes
            since = max(2, int(time.time() - fired_at))
            low = promql.query(prom, f"min_over_time({M.ANOMALY_ACTIVE.series}{{{labels}}}[{since}s])")
            assert [float(x["value"][1]) for x in low] == [1.0], low
            starts = {x["metric"]["cause"]: float(x["value"][1])
                      for x in promql.query(prom, f"{M.ANOMALY_ALERT_STARTS.series}{{{labels}}}")}
            assert starts == {"onset": 1.0, "escalation": 1.0}, starts
            # the committed Anomalies board draws it: its panel of alert-run starts shows both causes
            drawn = [expr for panel, _, expr in queries_of(boards()["lightwatch / Anomalies"])
                     if panel.startswith("Alert runs started")]
            assert len(drawn) == 1, drawn
            shown = {x["metric"]["cause"]: float(x["value"][1]) for x in promql.query(prom, fill(drawn[0], RUN))}
            assert set(shown) == {"onset", "escalation"} and min(shown.values()) > 0.5, shown
        finally:
            servers.stop()
            receiver.close()
