"""The eighty-fifth held-out trace family (a neural ocean emulator's training samples/s, each node's Pub/Sub message
written by a BigQuery subscription and summed per minute by a scheduled query): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes and its row of the docstring's counts
table (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout85 as h85
import tests.trace_checks as tc
from anomaly.heldout84 import HELDOUT84_SEEDS
from anomaly.heldout85 import HELDOUT85_SEEDS, heldout85_set, make_heldout85
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT85_SEEDS[:4]
PINNED_EVENTS = [Event("straggler", 783, 783, 1103, 0.1367), Event("drop", 1942, 1942, 2041, 0.2535),
                 Event("drop", 2727, 2727, 2941, 0.1979)]
PINNED_SUM = 19838.474226447826
PINNED_PAUSES = [(0, 12), (51, 60), (92, 98)]
PINNED_CHANGES = [664, 1173, 1693, 2127, 2519]
SPANS = {"short": (2, 70), "long": (2, 160)}
LISTED_LONG = 46
CHANGES_LINE = "short 36, long 46"

shared_builds = tc.shared_builds(h85)

_set, traces, _full_long = tc.cheap_sets(heldout85_set, SEEDS, n=N)


def _builds(setting: str) -> list:
    return [h85._build(seed, N, setting) for seed in SEEDS]


def _true(run) -> np.ndarray:
    """The job's samples/s per minute (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J) * h85.TICK])
    return (C[(np.arange(N) + 1) * h85.K] - C[np.arange(N) * h85.K]) / h85.STEP


def test_seed_range_is_its_own():
    assert HELDOUT85_SEEDS == tuple(range(852000, 852012))
    assert not set(HELDOUT85_SEEDS) & set(HELDOUT84_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout85, 852001, 852002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout85(852000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout85(852000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT85_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h85.__doc__, LISTED_LONG, CHANGES_LINE)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_querys_minutes(traces):
    """A point is one 1-minute bucket of the scheduled query, keyed by its start; a minute with no counted row reads
    0 (and is paused), so no minute is skipped."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h85.EPOCH + 60.0 * np.arange(N))
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
                if (b - a) * h85.TICK >= 2 * h85.STEP + run.cfg["E"]:  # a minute wholly inside a pause
                    s, e = int(np.ceil((a * h85.TICK + run.cfg["E"]) / h85.STEP)), int(b * h85.TICK // h85.STEP)
                    assert not live[s:min(e, N)].any(), (a, b, kind)
            assert {k for a, b, k in run.pauses} >= {"startup", "valid"}


def test_the_query_reads_the_jobs_samples_per_minute():
    """Away from pauses a point is about the job's samples/s in its minute (rows late for the query's run, lost
    with the publisher's deadline or a crashed process, duplicated, or keyed by a node clock that is off, move or
    leave its minutes)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            true = _true(run)
            assert 0.97 < h[live].sum() / true[live].sum() < 1.03
            assert np.median(np.abs(h[live] / true[live] - 1)) < 0.06
            assert (h >= 0).all()


def test_the_read_is_linear_and_follows_the_collection_path():
    """The read is linear in the job's rate (message times, publish and landing times, duplicates and the query's
    runs do not depend on it); a message never spans two processes; nearly all messages keyed in the trace count."""
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h85._read(run, 2 * run.J), 2 * h)
        rw = run.rw
        assert (rw.i1 < rw.i2).all() and ((rw.b >= 0) & (rw.b < N)).all() and (rw.coef > 0).all()
        assert (run.life[rw.i1] == run.life[rw.i2 - 1]).all()
        assert 0.93 < rw.seen_share <= 1.0
        assert set(run.cfg) >= {"E", "Q", "G", "mode", "dedup", "gpu", "io", "rollouts"}


def test_longer_rollouts_and_finer_grids_cost_more_per_sample():
    cfg = {"gpu": 8.0, "io": 20.0, "q": 1.0, "eff": 0.9}
    st = {"R": 1, "g": 1.0, "nodes": 1}
    assert h85._node_rate(cfg, {**st, "R": 4}) < 0.5 * h85._node_rate(cfg, st)
    assert h85._node_rate(cfg, {**st, "g": 2.0}) < h85._node_rate(cfg, st)
    assert h85._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * h85._node_rate(cfg, st))


def test_events_placement(traces):
    tc.check_event_placement(traces[1], 2, 4, first=N // 10, n=N)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=1)


def test_changes_are_the_planned_ones():
    """Each listed change is a rollout step of the curriculum or a relaunch onto another grid or other nodes."""
    listed = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            steps = sum(len(p.get("steps", [])) for p in run.procs)
            relaunches = sum(p["change"] is not None for p in run.procs)
            assert len(run.known_t) == steps + relaunches
            for q, p in zip(run.procs, run.procs[1:]):
                assert q["graceful"] == (p["change"] is not None), (p, q)
            listed += len(changes)
    assert listed >= 2


def test_weights():
    tc.check_event_weights(h85._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout85, HELDOUT85_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout85, 852000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout85(852000, n_events=9)
