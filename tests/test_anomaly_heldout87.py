"""The eighty-seventh held-out trace family (a skin-lesion classifier's training images/s, each node's boto3
``put_record`` into a Kinesis data stream, a Lambda function consuming it through an event source mapping and adding
per minute into a DynamoDB table the watcher reads): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes and its row of the docstring's counts
table (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout87 as h87
import tests.trace_checks as tc
from anomaly.heldout86 import HELDOUT86_SEEDS
from anomaly.heldout87 import HELDOUT87_SEEDS, heldout87_set, make_heldout87
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT87_SEEDS[:4]
PINNED_EVENTS = [Event("leak", 588, 742, 916, 0.243), Event("straggler", 1040, 1040, 1172, 0.2718),
                 Event("drop", 2017, 2017, 2267, 0.1684), Event("drop", 2626, 2626, 2846, 0.2196)]
PINNED_SUM = 6734688.703361448
PINNED_PAUSES = [(0, 10), (45, 49), (117, 123)]
PINNED_CHANGES = [1983]
SPANS = {"short": (2, 45), "long": (2, 180)}
LISTED_LONG = 7
CHANGES_LINE = "short 12, long 7"

shared_builds = tc.shared_builds(h87)

_set, traces, _full_long = tc.cheap_sets(heldout87_set, SEEDS, n=N)


def _builds(setting: str) -> list:
    return [h87._build(seed, N, setting) for seed in SEEDS]


def _true(run) -> np.ndarray:
    """The job's images/s per minute (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J) * h87.TICK])
    return (C[(np.arange(N) + 1) * h87.K] - C[np.arange(N) * h87.K]) / h87.STEP


def test_seed_range_is_its_own():
    assert HELDOUT87_SEEDS == tuple(range(872000, 872012))
    assert not set(HELDOUT87_SEEDS) & set(HELDOUT86_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout87, 872001, 872002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout87(872000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout87(872000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT87_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h87.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=4)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_tables_minutes(traces):
    """A point is one minute's DynamoDB item, keyed by its start; a minute with no item reads 0 (and is paused)."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h87.EPOCH + 60.0 * np.arange(N))
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
            for a, b, kind in run.pauses:
                assert not run.J[a:b].any(), (a, b, kind)
                if (b - a) * h87.TICK >= 2 * h87.STEP + run.cfg["E"]:  # a minute wholly inside a pause
                    s, e = int(np.ceil((a * h87.TICK + run.cfg["E"]) / h87.STEP)), int(b * h87.TICK // h87.STEP)
                    assert not live[s:min(e, N)].any(), (a, b, kind)
            assert {k for a, b, k in run.pauses} >= {"startup", "valid"}


def test_the_table_reads_the_jobs_images_per_minute():
    """Away from pauses a point is about the job's images/s in its minute (puts delayed by throttling, carried or lost
    past boto3's attempts, a consumer behind, retried batches added again, records discarded past their retries or
    age, re-done steps dropped by a step key, or keyed by a node clock that is off, move or leave their minutes)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            true = _true(run)
            assert 0.95 < h[live].sum() / true[live].sum() < 1.05
            assert np.median(np.abs(h[live] / true[live] - 1)) < 0.03
            assert (h >= 0).all()


def test_the_read_is_linear_and_follows_the_collection_path():
    """The read is linear in the job's rate (put times, the stream's, the function's and the clocks' episodes,
    duplicates and drops do not depend on it); a record never spans two processes."""
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h87._read(run, 2 * run.J), 2 * h)
        rw = run.rw
        assert (rw.i1 < rw.i2).all() and ((rw.b >= 0) & (rw.b < N)).all() and (rw.w > 0).all()
        assert 0.9 < rw.counted < 1.05
        assert set(rw.cfg) >= {"mode", "W", "D", "dedup", "carry", "attempts", "retries", "max_age", "bisect"}


def test_resolution_metadata_pooled_data_and_nodes_change_the_rate():
    cfg = {"gpus": 8, "gpu": 400.0, "io": 1500.0, "q": 1.1, "eff": 0.9, "meta_cost": 0.04}
    st = {"res": 224.0, "meta": 0.0, "slow_io": 1.0, "nodes": 1}
    assert h87._node_rate(cfg, {**st, "res": 448.0}) < 0.5 * h87._node_rate(cfg, st)
    assert h87._node_rate(cfg, {**st, "meta": 1.0}) < h87._node_rate(cfg, st)
    assert h87._node_rate(cfg, {**st, "slow_io": 1.5}) < h87._node_rate(cfg, st)
    assert h87._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * h87._node_rate(cfg, st))


def test_events_placement(traces):
    tc.check_event_placement(traces[1], 2, 4, first=N // 10, n=N)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_changes_are_the_planned_relaunches():
    """Each listed change is a relaunch (a new stage or other nodes) after a graceful stop, resuming where it
    stopped."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            relaunches = [q for q in run.procs[:-1] if q["graceful"]]
            assert len(run.known_t) == len(relaunches) and len(changes) <= len(run.known_t)
            for q, p in zip(run.procs, run.procs[1:]):
                if q["graceful"]:
                    trained = sum(b - a for a, b in q["segs"])
                    assert q["st"] != p["st"] and p["P0"] == q["P0"] + trained


def test_weights():
    tc.check_event_weights(h87._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout87, HELDOUT87_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout87, 872000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout87(872000, n_events=9)
