"""Anomalies: throughput with the detector's forecast band, anomaly score, alert runs started (escalations),
active alerts."""

from __future__ import annotations

from monitor import metrics as M

from dashboards import common as c
from dashboards import rules as R
from dashboards.config import Config


UID = "lightwatch-anomalies"
TITLE = "lightwatch / Anomalies"


def build(cfg: Config):
    s = c.sel()
    board = c.dashboard(UID, TITLE, "The throughput regression detector: what it expected (forecast band), "
                                    "how anomalous the last points were, and which alerts fire.")
    board.with_panel(c.timeseries(
        "Throughput and forecast band", "Observed samples/s, the detector's forecast and its lower/upper band.",
        [(f"{R.samples_rate(cfg)}{{{s}}}", "rank {{rank}} observed (Prometheus)"),
         (f"{M.ANOMALY_OBSERVED.series}{{{s}}}", "rank {{rank}} {{series}} scored"),
         (f"{M.ANOMALY_FORECAST.series}{{{s}}}", "rank {{rank}} {{series}} forecast"),
         (f"{M.ANOMALY_LOWER.series}{{{s}}}", "rank {{rank}} {{series}} lower"),
         (f"{M.ANOMALY_UPPER.series}{{{s}}}", "rank {{rank}} {{series}} upper")],
        unit="short", min_val=0, span=24, height=9))
    board.with_panel(c.timeseries(
        "Anomaly score", f"Detector score in [0, 1]: its evidence (CUSUM) over the alert's decision interval; "
                         f"above {cfg.anomaly_score_threshold} evidence is building up, 1 is an alert.",
        [(f"{M.ANOMALY_SCORE.series}{{{s}}}", "rank {{rank}} {{series}}")], unit="none", min_val=0, max_val=1,
        steps=((None, c.GREEN), (cfg.anomaly_score_threshold, c.RED)), show_thresholds=True, span=6))
    board.with_panel(c.timeseries(
        "Detector active", "1 while the detector reports a regression (ThroughputRegression fires after "
                           f"{cfg.throughput_regression_for}). An escalation drops it to 0 for one point only: "
                           "see Alert runs started.",
        [(f"{M.ANOMALY_ACTIVE.series}{{{s}}}", "rank {{rank}} {{series}}")], unit="none", min_val=0, max_val=1,
        steps=((None, c.GREEN), (1, c.RED)), span=6))
    window = cfg.throughput_escalation_window
    board.with_panel(c.timeseries(
        f"Alert runs started ({window})",
        f"Alert runs the detector started within the last {window}, by cause: onset (after a healthy stretch) "
        f"or escalation (a second, deeper regression while an alert held, which "
        f"{M.THROUGHPUT_ESCALATED_ALERT} pages; the active gauge shows no gap for it).",
        [(f"sum by (rank, series, cause) (increase({M.ANOMALY_ALERT_STARTS.series}{{{s}}}[{window}]))",
          "rank {{rank}} {{series}} {{cause}}")],
        unit="none", min_val=0, span=6))
    names = "|".join(n for n in R.ALERT_NAMES if n != R.WATCHDOG)  # the always-firing heartbeat is no news
    board.with_panel(c.timeseries(
        "Active alerts", "lightwatch alerts pending or firing in Prometheus (ALERTS series; Watchdog left out).",
        [(f'count by (alertname, alertstate) (ALERTS{{alertname=~"{names}"}})', "{{alertname}} {{alertstate}}")],
        unit="none", min_val=0, span=6, steps=((None, c.GREEN), (1, c.RED))))
    return board
