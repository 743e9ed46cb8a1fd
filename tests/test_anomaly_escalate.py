"""Session 12: a held alert escalates (a new alert run) when a second, deeper regression starts.

Small constructs built here (tuning-style, no held-out data), a healthy run with 3 % jitter and

* a 12 % drop and, 300 points later while its alert holds, a further 15 % drop: the second one starts a
  new alert run (the first run ends at one point whose state is ``escalated``); with ``escalate=0`` (the
  session-11 rule) the first alert holds and the second regression starts no run;
* a leak deepening to 35 % (over 1,500 points, and a fast one over 300): one alert run, no escalation;
* a checkpoint taken inside an alert whose escalation window is filling resumes to the same flags;
* the exported start counter (``lightwatch_anomaly_alert_starts_total``) counts the first run as an
  onset and the second as an escalation, though the active gauge is 0 for one point only.
"""

from __future__ import annotations

import numpy as np
import pytest
from prometheus_client import CollectorRegistry

from anomaly.alerting import AlertSink, AlertTracker, GaugePublisher
from anomaly.detector import ThroughputDetector
from anomaly.evaluation import alert_runs
from anomaly.stats import DetectionResult
from monitor import metrics as M


def _run(values, det=None, **kw) -> tuple[list[bool], list[str]]:
    det = det or ThroughputDetector(seed=0, **kw)
    res = [det.update(float(x)) for x in values]
    return [r.is_anomaly for r in res], [r.state for r in res]


def _drop_then_deeper(seed: int) -> tuple[np.ndarray, int, int]:
    rng = np.random.default_rng(seed)
    n, first, second = 3000, 1000, 1300
    v = 800.0 * np.exp(rng.normal(0.0, 0.03, n))
    v[first:2200] *= 0.88  # a regression ...
    v[second:1900] *= 0.85  # ... and, while its alert holds, a second one
    return v, first, second


def test_a_second_regression_while_an_alert_holds_starts_a_new_run():
    for seed in (1, 2, 4):
        v, first, second = _drop_then_deeper(seed)
        flags, states = _run(v)
        runs = alert_runs(flags)
        assert runs and first <= runs[0][0] < first + 100, (seed, runs)
        assert any(second <= s <= second + 60 for s, _ in runs), (seed, runs)  # the second one is caught
        assert len(runs) == 2, (seed, runs)  # one run per regression
        assert states[runs[1][0] - 1] == "escalated", (seed, states[runs[1][0] - 1])
        old = alert_runs(_run(v, escalate=0)[0])  # the session-11 rule: the first alert shadows the second
        assert len(old) == 1 and not any(second <= s <= second + 60 for s, _ in old), (seed, old)


def test_a_leak_that_keeps_falling_keeps_one_run():
    t = np.arange(4000)
    for seed, ramp in ((7, 1500), (8, 300), (9, 600)):
        rng = np.random.default_rng(seed)
        v = 800.0 * np.exp(rng.normal(0.0, 0.03, 4000)) * (1 - 0.35 * np.clip((t - 1000) / ramp, 0, 1))
        flags, states = _run(v)
        runs = alert_runs(flags)
        assert len(runs) == 1 and 1000 <= runs[0][0] < 1000 + ramp, (seed, runs)
        assert "escalated" not in states, seed


def test_a_state_saved_while_the_escalation_window_fills_resumes():
    v, first, second = _drop_then_deeper(3)
    a = ThroughputDetector(seed=0)
    cut = second + 10  # inside the first alert, the escalation window partly after the second onset
    head, _ = _run(v[:cut], a)
    assert head[-1] and len(a.state_dict()["sides"][0]["escal"]["vals"]) > 50
    b = ThroughputDetector()
    b.load_state_dict(a.state_dict())
    tail_a, tail_b = _run(v[cut:], a), _run(v[cut:], b)
    assert tail_a == tail_b and "escalated" in tail_a[1]


def test_the_escalate_construct_holds_what_its_labels_say():
    from anomaly.tuning import make_tuning
    from benchmarks.anomaly_escalate import ESCALATE_SEEDS, escalate_trace

    plans = set()
    for seed in list(ESCALATE_SEEDS)[:12]:
        a, b = escalate_trace(seed), escalate_trace(seed)
        assert np.array_equal(a.values, b.values) and a.events == b.events
        np.testing.assert_allclose(a.healthy, make_tuning(seed, 6000).healthy)
        outside = np.ones(6000, bool)
        for e in a.events:
            assert 0.08 <= e.depth <= 0.4 and e.onset < e.end <= 6000
            outside[e.onset:e.end] = False
        np.testing.assert_allclose(a.values[outside], a.healthy[outside])
        plans.add(a.plan)
        if a.plan == "during":  # the second starts while the first holds
            e1, e2 = a.events
            assert e1.onset + 100 <= e2.onset <= e1.onset + 600 and e2.end <= e1.end
    assert {"during", "leak"} <= plans


def _counted(values, **kw) -> tuple[list[bool], list[str], list[tuple[float, float]], list[float]]:
    """Flags, states, the start counter (onset, escalation) and the active gauge after every point, as a
    scrape of the registry would read them (the path AnomalyCallback and the sidecar share)."""
    registry = CollectorRegistry()
    tracker = AlertTracker(GaugePublisher(registry, run="u", rank=0), AlertSink(), run="u", rank=0, series="sps")
    det = ThroughputDetector(seed=0, **kw)
    labels = {"run": "u", "rank": "0", "series": "sps"}
    flags, states, starts, active = [], [], [], []
    for x in values:
        r = det.update(float(x))
        tracker.observe(r)
        flags.append(r.is_anomaly)
        states.append(r.state)
        starts.append(tuple(registry.get_sample_value(M.ANOMALY_ALERT_STARTS.series, {**labels, "cause": c})
                            for c in M.ALERT_START_CAUSES))
        active.append(registry.get_sample_value(M.ANOMALY_ACTIVE.name, labels))
    return flags, states, starts, active


def test_the_start_counter_counts_the_onset_and_the_escalation():
    v, first, second = _drop_then_deeper(1)
    v = v[:1500]  # past the second onset's 60 points
    flags, states, starts, active = _counted(v)
    runs = alert_runs(flags)
    assert len(runs) == 2 and states[runs[1][0] - 1] == "escalated", runs
    assert starts[0] == (0.0, 0.0)  # both causes exist from the first point, so increase() sees a first start
    # the counter steps exactly at each run's start: onset at the first, escalation at the second
    steps = [(i, tuple(b - a for a, b in zip(starts[i - 1], starts[i]))) for i in range(1, len(v))
             if starts[i] != starts[i - 1]]
    assert steps == [(runs[0][0], (1.0, 0.0)), (runs[1][0], (0.0, 1.0))], steps
    # ... while the active gauge is 0 at only the one point between the runs (a scrape rarely sees it)
    assert [i for i in range(runs[0][0], runs[1][1]) if active[i] == 0.0] == [runs[1][0] - 1]
    _, _, old, _ = _counted(v, escalate=0)  # the session-11 rule: one run, counted as an onset
    assert old[-1] == (1.0, 0.0)


def test_a_start_after_an_escalated_point_and_missing_values_is_an_escalation():
    def result(flag: bool, state: str) -> DetectionResult:
        return DetectionResult(None, 1.0, 1.0, 0.5, 1.5, 1.0 if flag else 0.0, flag, state)

    registry = CollectorRegistry()
    tracker = AlertTracker(GaugePublisher(registry, run="u", rank=0), AlertSink(), run="u", rank=0, series="sps")
    seq = [(False, "normal"), (True, "anomaly"), (False, "escalated"), (False, "missing"), (True, "anomaly"),
           (False, "normal"), (False, "escalated"), (False, "normal"), (True, "anomaly")]
    for flag, state in seq:
        tracker.observe(result(flag, state))
    got = {c: registry.get_sample_value(M.ANOMALY_ALERT_STARTS.series,
                                        {"run": "u", "rank": "0", "series": "sps", "cause": c})
           for c in M.ALERT_START_CAUSES}
    # the second start follows an escalated point (a missing value between); the third follows a normal one
    assert got == {"onset": 2.0, "escalation": 1.0} and (tracker.alerts, tracker.escalations) == (3, 1)
    with pytest.raises(ValueError, match="cause='restart'"):
        GaugePublisher(registry, run="u").started("sps", "restart")

