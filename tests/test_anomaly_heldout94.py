"""The ninety-fourth held-out trace family (a VPT-style game agent's behaviour-cloning frames/s, one OpenTelemetry span
per rank and step, counted by the Collector's spanmetrics connector, read per minute by Prometheus ``rate()``):
generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes and its row of the docstring's counts
table (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout94 as h94
import tests.trace_checks as tc
from anomaly.heldout93 import HELDOUT93_SEEDS
from anomaly.heldout94 import HELDOUT94_SEEDS, heldout94_set, make_heldout94
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT94_SEEDS[:4]
PINNED_EVENTS = [Event("leak", 463, 762, 918, 0.1969), Event("drop", 1421, 1421, 1592, 0.3252),
                 Event("straggler", 1988, 1988, 2135, 0.2141), Event("leak", 2414, 2790, 3000, 0.1079)]
PINNED_SUM = 20119832.21616867
PINNED_PAUSES = [(0, 6), (23, 27), (45, 49)]
PINNED_CHANGES = [1181]
SPANS = {"short": (2, 40), "long": (2, 100)}
LISTED_LONG = 8
CHANGES_LINE = "short 9, long 8"

shared_builds = tc.shared_builds(h94)

_set, traces, _full_long = tc.cheap_sets(heldout94_set, SEEDS, n=N)


def _builds(setting: str) -> list:
    return [h94._build(seed, N, setting) for seed in SEEDS]


def _true(run) -> np.ndarray:
    """The job's frames/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J) * h94.TICK])
    return (C[(np.arange(N) + 1) * h94.K] - C[np.arange(N) * h94.K]) / h94.STEP


def test_seed_range_is_its_own():
    assert HELDOUT94_SEEDS == tuple(range(942000, 942012))
    assert not set(HELDOUT94_SEEDS) & set(HELDOUT93_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout94, 942001, 942002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout94(942000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout94(942000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT94_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h94.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the query's value evaluated at its minute's end; a read of 0 (no samples) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h94.EPOCH + 60.0 * (np.arange(N) + 1))
        assert tc.paused_mask(t)[t.healthy <= 0].all()


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert len(t.pauses) >= 20 and t.pauses[0][0] == 0, t.seed
        tc.check_pause_spans(t, lo, hi, n=N, apart=True)


def test_nothing_is_trained_in_a_pause_and_its_points_are_paused():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b, kind in run.pauses_t:
                if kind == "ramp":
                    continue
                i0, i1 = int(np.ceil(a / h94.TICK)), min(run.nt, int(b // h94.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h94.STEP), int(np.ceil(b / h94.STEP))
                assert not live[s:min(e, N)].any(), (a, b, kind)
            assert {k for a, b, k in run.pauses_t} >= {"startup", "valid", "ckpt"}


def test_the_dashboard_reads_the_jobs_frames_per_minute():
    """Away from pauses a read is about the job's frames/s (the rate's window, late, lost and queued spans, and
    collector restarts aside)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            true = _true(run)
            assert 0.85 < h[live].sum() / true[live].sum() < 1.1
            assert np.median(np.abs(h[live] / true[live] - 1)) < 0.12
            assert (h >= 0).all()


def test_the_path_loses_delays_and_resets():
    total = {}
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    assert total["export_fail"] > 0 and total["col_restarts"] > 0 and total["unflushed"] > 0
    assert total["gaps"] > 0


def test_rate_extrapolates_like_prometheus():
    """A counter growing 10/s sampled every 15 s reads 10/s over a 60-s window; a reset to 0 is counted from 0."""
    stamp = np.arange(0.0, 600.0, 15.0) + 3.0
    v = 10.0 * stamp
    n = 9
    Ti = (np.arange(n) + 1.0) * 60
    s = type("S", (), {})()
    s.stamp, s.first = stamp, np.searchsorted(stamp, Ti - 60, side="right")
    s.last = np.searchsorted(stamp, Ti, side="right") - 1
    r = h94._rate(v, s, 60.0)
    assert np.allclose(r[1:], 10.0)
    v2 = v.copy()
    v2[20:] -= v2[20] - 10.0 * 1.0  # the collector restarted just before sample 20
    assert np.allclose(h94._rate(v2, s, 60.0)[1:], r[1:], rtol=0.25)


def test_stages_change_the_rate():
    cfg = {"gpus": 8, "gpu": 400.0, "cores": 64, "core": 60.0, "eff": 0.9, "idm": 1.0}
    st = {"context": 1.0, "model": 1.0, "task": 1.0, "rl": 1.0, "nodes": 1}
    for key in ("context", "model", "rl"):
        assert h94._node_rate(cfg, {**st, key: 2.0}) < h94._node_rate(cfg, st)
    assert h94._node_rate(cfg, {**st, "task": 2.0}) > h94._node_rate(cfg, st)
    assert h94._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * h94._node_rate(cfg, st))


def test_events_placement(traces):
    tc.check_event_placement(traces[1], 2, 4, first=N // 10, n=N)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_changes_are_the_planned_relaunches():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            relaunches = [q for q in run.procs if q["how"] == "relaunch"]
            assert len(changes) <= len(run.known_t) == len(relaunches) <= len(run.stages) - 1


def test_weights():
    tc.check_event_weights(h94._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout94, HELDOUT94_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout94, 942000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout94(942000, n_events=9)
