"""The hundred-and-thirty-fourth held-out trace family (a flood-inundation emulator's training tiles/s, each node's
Apache Flume agent tailing the trainer's log into a file channel and an HDFS sink rolling files every 30 s, the
monitor summing the closed files' counts per minute by each event's timestamp header): generator checks only (no
detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout134 as h134
import tests.trace_checks as tc
from anomaly.heldout129 import HELDOUT129_SEEDS
from anomaly.heldout134 import HELDOUT134_SEEDS, heldout134_set, make_heldout134
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT134_SEEDS[:4]
SPANS = h134.SPANS

shared_builds = tc.shared_builds(h134)

_set, traces, _full_long = tc.cheap_sets(heldout134_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h134._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's tiles/s per minute of true time (what a point should be about)."""
    C = h134._cum(run.J)
    return (C[(np.arange(n) + 1) * h134.K] - C[np.arange(n) * h134.K]) / h134.STEP


def test_seed_range_is_its_own():
    assert HELDOUT134_SEEDS == tuple(range(1342000, 1342012))
    assert not set(HELDOUT134_SEEDS) & set(HELDOUT129_SEEDS)


PINNED_EVENTS = [Event("leak", 390, 667, 870, 0.2618), Event("drop", 1445, 1445, 1591, 0.0798),
                 Event("straggler", 1767, 1767, 1922, 0.1323), Event("drop", 2691, 2691, 2941, 0.2549)]
PINNED_SUM = 1389385.8574832343
PINNED_PAUSES = [(0, 13), (88, 94), (202, 209)]
PINNED_CHANGES = [2150, 2383, 2504]
LISTED_LONG = 15
CHANGES_LINE = "short 19, long 15"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout134, 1342000, 1342001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout134(1342000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout134(1342000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT134_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h134.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_and_duplicates():
    """Over the "long" set's 12 runs and the "short" set's first 6 every distortion of the path occurs (tiles
    unlogged at a crash, agent restarts and crashes, lines read again from the position file, events replayed from
    the file channel's checkpoint, .tmp files closed late or never, sink timeouts and their second copies, NameNode
    failovers, lines moved a minute by a clock, late copies dropped or moved, copies in an hour's directory no longer
    listed), and both late policies."""
    total, late = {}, set()
    for setting, seeds in (("long", HELDOUT134_SEEDS), ("short", HELDOUT134_SEEDS[:6])):
        for run, h, spans, live, changes in _builds(setting, 6000, seeds):
            late.add(run.path.late_drop)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h134.PATH_KEYS:
        assert total[k] > 0, k
    assert late == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum of a minute's events after its end; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h134.EPOCH + 60.0 * (np.arange(N) + 1))
        assert tc.paused_mask(t)[t.healthy <= 0].all()


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert len(t.pauses) >= 15 and t.pauses[0][0] == 0, t.seed
        tc.check_pause_spans(t, lo, hi, n=N, apart=True)


def test_nothing_is_trained_in_a_pause_and_its_points_are_paused():
    seen = set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b, kind in run.pauses_t:
                i0, i1 = int(np.ceil(a / h134.TICK)), min(run.nt, int(b // h134.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h134.STEP), min(int(np.ceil(b / h134.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval", "ckpt"}
            seen |= kinds
    assert seen >= {"crash", "relaunch"}


def test_the_reads_are_about_the_jobs_tiles_per_minute():
    """Away from pauses the reads' sum is the job's tiles (the path shifts, loses and repeats lines)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_the_lines_cover_the_lives():
    """Each node's lines tile its lives (a crash leaves the tiles since its last line out), and the reads are linear
    in the tiles."""
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h134._reads(run, 2 * run.J), 2 * h)
        L = run.path.lines
        assert (L.t > L.a).all() and (L.share > 0).all()
        for k, (a, b, nodes, flush) in enumerate(run.lives):
            mine = L.life == k
            assert set(np.unique(L.node[mine])) <= set(range(nodes))
            assert (L.a[mine] >= a - 1e-9).all() and (L.t[mine] <= min(b, run.T) + 1e-9).all()
            if flush and b < run.T:
                C = h134._cum(run.J)
                got = ((h134._at(C, L.t[mine]) - h134._at(C, L.a[mine])) * L.share[mine]).sum()
                assert got == pytest.approx(h134._at(C, b) - h134._at(C, a), rel=1e-9, abs=1e-6)


def test_stages_change_the_rate():
    cfg = {"gpu": 20.0, "eff": 0.9, "hor_c": 1.5, "res_c": 3.0, "res_cpu": 2.0, "cpu": 1e9}
    st = {"hor": 0, "res": 0, "nodes": 1}
    lv = h134._level(cfg, st)
    assert lv == pytest.approx(160.0)
    assert h134._level(cfg, {**st, "hor": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h134._level(cfg, {**st, "res": 1}) == pytest.approx(lv / 3.0)
    assert h134._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h134._level({**cfg, "cpu": 10.0}, st) < 80.0  # the CPU workers cap it
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h134._next_stage(rng, cfg, st, lv)
        ratio = h134._level(cfg, new) / lv
        assert abs(np.log(ratio)) >= np.log(1.15) - 1e-12 and 1 / 3 <= ratio <= 3


def test_episodes_and_inside():
    eps = np.array([[10.0, 20.0], [30.0, 35.0]])
    assert list(h134._inside(np.array([5.0, 10.0, 19.9, 20.0, 31.0, 40.0]), eps)) == [-1, 0, 0, -1, 1, -1]
    e = h134._episodes(np.random.default_rng(1), 86400.0 * 10, 2.0, 10, 120)
    assert 5 <= len(e) <= 40 and (np.diff(e[:, 0]) >= 0).all() and ((e[:, 1] - e[:, 0]) <= 120).all()


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
            assert len(changes) <= len(run.known_t) <= run.counts["relaunches"] - run.counts["kept_stage"]


def test_weights():
    tc.check_event_weights(h134._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout134, HELDOUT134_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout134, 1342000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout134(1342000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
