"""The eighty-eighth held-out trace family (a chess engine's policy/value network training positions/s, each node's
trainer publishing to a NATS JetStream subject with a ``Nats-Msg-Id``, an aggregator's durable pull consumer adding
per minute into a JetStream Key-Value bucket the watcher reads): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes and its row of the docstring's counts
table (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout88 as h88
import tests.trace_checks as tc
from anomaly.heldout87 import HELDOUT87_SEEDS
from anomaly.heldout88 import HELDOUT88_SEEDS, heldout88_set, make_heldout88
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT88_SEEDS[:4]
PINNED_EVENTS = [Event("straggler", 789, 789, 916, 0.2531), Event("drop", 1794, 1794, 2041, 0.1164),
                 Event("leak", 2259, 2524, 3000, 0.2545)]
PINNED_SUM = 942809095.252255
PINNED_PAUSES = [(0, 7), (66, 73), (149, 152)]
PINNED_CHANGES = [1074]
SPANS = {"short": (2, 35), "long": (2, 100)}
LISTED_LONG = 9
CHANGES_LINE = "short 11, long 9"

shared_builds = tc.shared_builds(h88)

_set, traces, _full_long = tc.cheap_sets(heldout88_set, SEEDS, n=N)


def _builds(setting: str) -> list:
    return [h88._build(seed, N, setting) for seed in SEEDS]


def _true(run) -> np.ndarray:
    """The job's positions/s per minute (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J) * h88.TICK])
    return (C[(np.arange(N) + 1) * h88.K] - C[np.arange(N) * h88.K]) / h88.STEP


def test_seed_range_is_its_own():
    assert HELDOUT88_SEEDS == tuple(range(882000, 882012))
    assert not set(HELDOUT88_SEEDS) & set(HELDOUT87_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout88, 882001, 882002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout88(882000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout88(882000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT88_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h88.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=4)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_buckets_minutes(traces):
    """A point is one minute's Key-Value key, named by its start; a minute with no key reads 0 (and is paused)."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h88.EPOCH + 60.0 * np.arange(N))
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
                if (b - a) * h88.TICK >= 2 * h88.STEP + run.cfg["E"]:  # a minute wholly inside a pause
                    s, e = int(np.ceil((a * h88.TICK + run.cfg["E"]) / h88.STEP)), int(b * h88.TICK // h88.STEP)
                    assert not live[s:min(e, N)].any(), (a, b, kind)
            assert {k for a, b, k in run.pauses} >= {"startup", "valid", "ckpt"}


def test_the_bucket_reads_the_jobs_positions_per_minute():
    """Away from pauses a point is about the job's positions/s in its minute (publishes delayed by a stream's
    trouble, carried or lost past the client's attempts, a consumer behind, redelivered messages added again,
    messages dropped past ``max_deliver``, lost updates, re-done steps dropped in the duplicate window, or keyed by a
    node clock that is off, move or leave their minutes)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            true = _true(run)
            assert 0.95 < h[live].sum() / true[live].sum() < 1.05
            assert np.median(np.abs(h[live] / true[live] - 1)) < 0.03
            assert (h >= 0).all()


def test_the_read_is_linear_and_follows_the_collection_path():
    """The read is linear in the job's rate (publish times, the stream's, the consumer's and the clocks' episodes,
    duplicates and drops do not depend on it); a message never spans two processes."""
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h88._read(run, 2 * run.J), 2 * h)
        rw = run.rw
        assert (rw.i1 < rw.i2).all() and ((rw.b >= 0) & (rw.b < N)).all() and (rw.w > 0).all()
        starts = np.array(sorted(q["start"] for q in run.procs[1:]))
        assert (np.searchsorted(starts, rw.i1, side="right") == np.searchsorted(starts, rw.i2 - 1, side="right")).all()
        assert 0.9 < rw.counted < 1.05
        assert set(rw.cfg) >= {"dup_window", "id", "attempts", "carry", "ack_wait", "max_deliver", "seq_dedup", "key"}


def test_restarted_trainer_reusing_ids_inside_the_window_is_dropped():
    """A restarted trainer's re-done steps carry their old ``Nats-Msg-Id`` ("step" IDs): JetStream drops them as
    duplicates while the first message is inside the duplicate window, and counts them after it."""
    run = h88._build(882000, N, "short")[0]
    ms = h88._messages(run)
    k = [i for i, q in enumerate(run.procs) if q["how"] == "crash"][0]
    j = np.nonzero(ms.proc == k)[0]
    assert np.isin(ms.P[j], ms.P[ms.proc < k]).any()  # re-done steps: the same step numbers (IDs) again
    assert run.procs[k]["P0"] < run.P_tick[run.proc_of == k - 1].max()  # it resumed from an older step


def test_larger_network_longer_window_aux_head_and_nodes_change_the_rate():
    cfg = {"gpus": 8, "gpu": 10000.0, "io": 60000.0, "eff": 0.9, "aux_cost": 0.05}
    st = {"net": 1.0, "aux": 0.0, "slow_io": 1.0, "nodes": 1}
    assert h88._node_rate(cfg, {**st, "net": 2.0}) < h88._node_rate(cfg, st)
    assert h88._node_rate(cfg, {**st, "aux": 1.0}) < h88._node_rate(cfg, st)
    assert h88._node_rate(cfg, {**st, "slow_io": 1.5}) < h88._node_rate(cfg, st)
    assert h88._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * h88._node_rate(cfg, st))


def test_events_placement(traces):
    tc.check_event_placement(traces[1], 2, 4, first=N // 10, n=N)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_changes_are_the_planned_relaunches():
    """Each listed change is a relaunch (a new stage) after a graceful stop, resuming from the step it stopped at."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            relaunches = [q for q in run.procs[:-1] if q["graceful"]]
            assert len(run.known_t) == len(relaunches) and len(changes) <= len(run.known_t)
            for q, p in zip(run.procs, run.procs[1:]):
                if q["graceful"]:
                    trained = sum(b - a for a, b in q["segs"]) * h88.TICK
                    assert q["st"] != p["st"] and p["P0"] == q["P0"] + trained and p["how"] == "relaunch"


def test_weights():
    tc.check_event_weights(h88._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout88, HELDOUT88_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout88, 882000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout88(882000, n_events=9)
