"""The hundred-and-second held-out trace family (a cryo-EM neural reconstruction model's training particles/s, sent by
each node's trainer as ZeroMQ PUSH messages to a collector's PULL socket, summed per minute into a SQLite table and
read once a minute by the dashboard): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the duplicates of its naive collectors (the "short" row was measured on the full set, and is not re-measured
here)."""

import numpy as np
import pytest

import anomaly.heldout102 as h102
import tests.trace_checks as tc
from anomaly.heldout101 import HELDOUT101_SEEDS
from anomaly.heldout102 import HELDOUT102_SEEDS, heldout102_set, make_heldout102
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT102_SEEDS[:4]
PINNED_EVENTS = [Event("leak", 530, 736, 1141, 0.2013), Event("drop", 1687, 1687, 2041, 0.0906),
                 Event("straggler", 2555, 2555, 3000, 0.211)]
PINNED_SUM = 1545611.3492418
PINNED_PAUSES = [(0, 10), (107, 113), (188, 194)]
PINNED_CHANGES = []
SPANS = {"short": (2, 60), "long": (2, 100)}  # a collector down for up to an hour reads nothing
LISTED_LONG = 12
CHANGES_LINE = "short 6, long 12"

shared_builds = tc.shared_builds(h102)

_set, traces, _full_long = tc.cheap_sets(heldout102_set, SEEDS, n=N)


def _builds(setting: str) -> list:
    return [h102._build(seed, N, setting) for seed in SEEDS]


def _true(run, n: int = N) -> np.ndarray:
    """The job's particles/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h102.K] - C[np.arange(n) * h102.K]) / h102.STEP


def test_seed_range_is_its_own():
    assert HELDOUT102_SEEDS == tuple(range(1022000, 1022012))
    assert not set(HELDOUT102_SEEDS) & set(HELDOUT101_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout102, 1022001, 1022002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout102(1022000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout102(1022000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT102_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h102.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the SQLite row of one minute as the dashboard read it; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h102.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h102.TICK)), min(run.nt, int(b // h102.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h102.STEP) + 1, min(int(b // h102.STEP), N)
                assert not live[s:e].any(), (a, b, kind)
            assert {k for a, b, k in run.pauses_t} >= {"startup", "valid", "ramp"}


def test_the_dashboard_reads_the_jobs_particles_per_minute():
    """Away from pauses a read is about the job's particles/s (the intervals' phase, lost, late and duplicated
    messages and a node's clock aside)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            true = _true(run)
            assert 0.9 < h[live].sum() / true[live].sum() < 1.05
            assert (h >= 0).all()


def test_the_path_loses_delays_and_duplicates():
    total = {}
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ("killed", "cut_late", "cut_lost", "outage_late", "busy_late", "busy_lost", "late", "read_failed"):
        assert total[k] > 0, k


def test_tcp_retransmissions_and_the_collectors_timer():
    """A cut's messages wait for TCP's next retransmission (RTO from 0.2 s doubling, at most 120 s; the connection
    reset after 15 retransmissions, about 15.4 min); the collector commits on its timer's next tick."""
    assert h102.RTO[:4].tolist() == pytest.approx([0.2, 0.6, 1.4, 3.0])
    assert h102.RTO[14] < h102.TCP_GIVE_UP <= h102.RTO[15] + 1
    assert h102._grid(np.array([0.5, 2.0, 2.1]), 2.0, 5.0).tolist() == [2.0, 2.0, 7.0]


def test_busy_timeout_retries_and_a_naive_collectors_copies():
    """A lock held 30 s against busy_timeout 5 s and a 5-s timer: flushes at 100, 110 and 120 fail (each waits 5 s),
    the one at 130 commits. A naive collector commits a batch once per attempt since its last rollback (after every
    third failure): at most three copies."""
    assert h102._attempts(100.0, 130.0, 0.0, 5.0, 5.0) == [100.0, 110.0, 120.0, 130.0]
    assert h102._attempts(100.0, 104.0, 0.0, 5.0, 5.0) == [100.0]
    assert h102._copies(np.arange(3), 2).tolist() == [3, 2, 1]
    assert h102._copies(np.arange(5), 4).tolist() == [2, 2, 2, 2, 1]
    assert h102._copies(np.arange(4), 3).tolist() == [1, 1, 1, 1]


def test_a_minute_is_read_after_its_commits():
    """Each read row's messages are sorted by point, inside the run, cover ticks that exist, are counted at most three
    times over the node count (a naive collector's failed COMMITs), and the dashboard reads after the commit
    interval."""
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        nodes = max(s["nodes"] for s in run.stages)
        assert (np.diff(p.k) >= 0).all() and p.k.min() >= 0 and p.k.max() < N
        assert (p.E > p.S).all() and (p.E - p.S <= p.L / h102.TICK).all()
        assert (p.w >= 1 / nodes).all() and (p.w <= 3).all()
        assert p.D > p.C


def test_stages_change_the_rate():
    cfg = {"gpus": 8, "gpu": 300.0, "io": None, "eff": 0.9, "bound": False}
    st = {"box": 1.0, "dec": 1.0, "pose": 1.0, "data": 1.0, "nodes": 1}
    for key in ("box", "dec", "pose"):
        assert h102._level(cfg, {**st, key: 2.0}) < h102._level(cfg, st)
    assert h102._level(cfg, {**st, "box": 2.0}) == pytest.approx(h102._level(cfg, st) / 4)
    assert h102._level(cfg, {**st, "data": 2.0}) == h102._level(cfg, st)  # the stack in memory
    assert h102._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * h102._level(cfg, st))
    slow = {**cfg, "io": 8 * 300.0}  # lazy loading from the shared file system as fast as the GPUs
    assert h102._level(slow, st) < 0.95 * h102._level(cfg, st)
    assert h102._level(slow, {**st, "data": 2.0}) < 0.6 * h102._level(slow, st)


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
            assert len(changes) <= len(run.known_t) == run.counts["relaunches"] == len(run.stages) - 1


def test_weights():
    tc.check_event_weights(h102._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout102, HELDOUT102_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout102, 1022000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout102(1022000, n_events=9)
