"""The eighty-sixth held-out trace family (a sign-language recognition job's training clips/s, each node's paho-mqtt
QoS 1 message through Mosquitto to a Node-RED flow that sums it per minute): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes and its row of the docstring's counts
table (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout86 as h86
import tests.trace_checks as tc
from anomaly.heldout85 import HELDOUT85_SEEDS
from anomaly.heldout86 import HELDOUT86_SEEDS, heldout86_set, make_heldout86
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT86_SEEDS[:4]
PINNED_EVENTS = [Event("straggler", 769, 769, 1116, 0.287), Event("drop", 1284, 1284, 1978, 0.1395),
                 Event("leak", 2497, 2791, 2941, 0.2893)]
PINNED_SUM = 137449.7974529501
PINNED_PAUSES = [(0, 9), (57, 61), (84, 87)]
PINNED_CHANGES = [2398]
SPANS = {"short": (2, 40), "long": (2, 140)}
LISTED_LONG = 15
CHANGES_LINE = "short 16, long 15"

shared_builds = tc.shared_builds(h86)

_set, traces, _full_long = tc.cheap_sets(heldout86_set, SEEDS, n=N)


def _builds(setting: str) -> list:
    return [h86._build(seed, N, setting) for seed in SEEDS]


def _true(run) -> np.ndarray:
    """The job's clips/s per minute (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J) * h86.TICK])
    return (C[(np.arange(N) + 1) * h86.K] - C[np.arange(N) * h86.K]) / h86.STEP


def test_seed_range_is_its_own():
    assert HELDOUT86_SEEDS == tuple(range(862000, 862012))
    assert not set(HELDOUT86_SEEDS) & set(HELDOUT85_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout86, 862001, 862002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout86(862000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout86(862000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT86_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h86.__doc__, LISTED_LONG, CHANGES_LINE)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_flows_minutes(traces):
    """A point is one minute of the Node-RED function's sum, keyed by its start; a minute with no row reads 0 (and
    is paused), so no minute is skipped."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h86.EPOCH + 60.0 * np.arange(N))
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
                if (b - a) * h86.TICK >= 2 * h86.STEP + run.cfg["E"]:  # a minute wholly inside a pause
                    s, e = int(np.ceil((a * h86.TICK + run.cfg["E"]) / h86.STEP)), int(b * h86.TICK // h86.STEP)
                    assert not live[s:min(e, N)].any(), (a, b, kind)
            assert {k for a, b, k in run.pauses} >= {"startup", "valid"}


def test_the_flow_reads_the_jobs_clips_per_minute():
    """Away from pauses a point is about the job's clips/s in its minute (messages queued through a disconnect,
    dropped past a queue's limit or a flow's restart, duplicated, late for a clock-keyed minute, or keyed by a
    node clock that is off, move or leave their minutes)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            true = _true(run)
            assert 0.97 < h[live].sum() / true[live].sum() < 1.03
            assert np.median(np.abs(h[live] / true[live] - 1)) < 0.06
            assert (h >= 0).all()


def test_the_read_is_linear_and_follows_the_collection_path():
    """The read is linear in the job's rate (message times, the broker's and Node-RED's episodes, duplicates and drops
    do not depend on it); a message never spans two processes; nearly all copies that reach the flow count."""
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h86._read(run, 2 * run.J), 2 * h)
        rw = run.rw
        assert (rw.i1 < rw.i2).all() and ((rw.b >= 0) & (rw.b < N)).all() and (rw.coef > 0).all()
        assert (run.life[rw.i1] == run.life[rw.i2 - 1]).all()
        assert 0.93 < rw.seen_share <= 1.0
        assert set(run.cfg) >= {"E", "mode", "G", "Qb", "Qc", "persist", "unsub", "dedup", "reuse", "nodes"}


def test_longer_clips_an_rgb_stream_and_more_nodes_change_the_rate():
    cfg = {"gpus": 8, "gpu": 300.0, "io": 1500.0, "q": 1.0, "eff": 0.9, "gpu_rgb": 15.0, "io_rgb": 150.0}
    st = {"frames": 1.0, "head": 1.0, "slow_io": 1.0, "rgb": False, "nodes": 1}
    assert h86._node_rate(cfg, {**st, "frames": 2.0}) < 0.6 * h86._node_rate(cfg, st)
    assert h86._node_rate(cfg, {**st, "rgb": True}) < 0.2 * h86._node_rate(cfg, st)
    assert h86._node_rate(cfg, {**st, "slow_io": 1.5}) < h86._node_rate(cfg, st)
    assert h86._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * h86._node_rate(cfg, st))


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
    """Each listed change is a planned relaunch (a new stage or other nodes), after a graceful stop."""
    listed = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            relaunches = [q for q in run.procs[:-1] if q["graceful"]]
            assert len(run.known_t) == len(relaunches)
            for q, p in zip(run.procs, run.procs[1:]):
                if q["graceful"]:
                    trained = sum(b - a for a, b in q["segs"]) * h86.TICK
                    assert q["st"] != p["st"] and p["P0"] == q["P0"] + trained  # resumes where it stopped
            listed += len(changes)
    assert listed >= 2


def test_weights():
    tc.check_event_weights(h86._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout86, HELDOUT86_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout86, 862000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout86(862000, n_events=9)
