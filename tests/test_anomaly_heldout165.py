"""The hundred-and-sixty-fifth held-out trace family (a colonoscopy polyp segmenter's frames/s, one line per node every
15-30 s appended to the node's hourly Azure append blob, summed per minute by a monitor that lists the container once
a minute and reads each blob's new bytes): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout165 as h165
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout165 import HELDOUT165_SEEDS, heldout165_set, make_heldout165
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT165_SEEDS[:4]
SPANS = h165.SPANS

shared_builds = tc.shared_builds(h165)

_set, traces, _full_long = tc.cheap_sets(heldout165_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h165._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's frames/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h165.K] - C[np.arange(n) * h165.K]) / h165.STEP


def test_seed_range_is_its_own():
    assert HELDOUT165_SEEDS == tuple(range(1652000, 1652012))
    assert not set(HELDOUT165_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("drop", 596, 596, 916, 0.2304), Event("straggler", 991, 991, 1088, 0.1297),
                 Event("leak", 1839, 2131, 2266, 0.2327), Event("drop", 2456, 2456, 3000, 0.327)]
PINNED_SUM = 1519897.8114724795
PINNED_PAUSES = [(0, 7), (52, 58), (138, 146)]
PINNED_CHANGES = [1492]
LISTED_LONG = 17
CHANGES_LINE = "short 24, long 17"
# the path's distortions seen over the first 6 seeds of both sets
ALWAYS_SEEN = tuple(k for k in h165.PATH_KEYS if k != "orphaned")


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout165, 1652000, 1652001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout165(1652000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout165(1652000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT165_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h165.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_refuses_retries_duplicates_delays_and_loses():
    """Over both sets' first 6 runs every distortion of the path but an orphaned blob occurs (503s inside busy
    episodes and refusals in a failover's outage, the SDK's retries and lines given up, answers lost after a commit
    and their retries stored twice or refused with 412, duplicates the monitor drops, intervals lost in a crash,
    copies arriving after their minute closed, appends lost in a failover and bytes skipped after it, failed
    listings, clock steps, unread minutes, copies in another minute than their interval's end), and every setting
    of the reporter and the monitor."""
    total, seen = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT165_SEEDS[:6]):
            p = run.path
            seen |= {("mode", p.mode), ("carry", p.carry), ("appendpos", p.appendpos), ("dedup", p.dedup)}
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
            assert p.counts["dups_stored"] == 0 or not p.appendpos
            assert p.counts["dups_dropped"] == 0 or p.dedup
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert len(seen) == 8


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the frames/s of a minute's lines, stamped at the minute's end; a minute that read nothing (0) is
    paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h165.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h165.TICK)), min(run.nt, int(b // h165.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h165.STEP), min(int(np.ceil(b / h165.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_frames_per_minute():
    """Over the live points the reads' sum is near the job's frames (the path moves, repeats and loses lines)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.93 < ratio < 1.07 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_line_counts_at_most_twice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h165._reads(run, 2 * run.J), 2 * h)
        c = run.path.copies
        assert set(np.unique(c)) <= {0, 1, 2}
        assert c.max() <= (1 if run.path.appendpos or run.path.dedup else 2)
        assert not c[run.path.failed].any()


def test_windows_lines_and_blobs():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h165._inside(x, win).tolist() == [False, True, True, False, True, False]
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert 15 <= p.P <= 30 and (p.b > p.a).all()
        # one line is one block: an hourly blob holds 2-4 lines a minute, far below the 50,000-block limit
        per_blob = np.unique(p.node * 100000 + np.floor(p.b / 3600), return_counts=True)[1]
        assert per_blob.max() < 0.01 * 50000
        carried = (p.car >= 0) & (p.car != np.arange(len(p.car)))
        assert p.failed[carried].all() and (p.car[carried] > np.nonzero(carried)[0]).all()
        assert p.carry or not carried.any()


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "res_g": 1.5, "res_c": 1.2, "arch_g": 1.8, "aug_c": 1.3, "cpu": 1e9}
    st = {"nodes": 1, "res": 0, "arch": 0, "aug": 0}
    lv = h165._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h165._level(cfg, {**st, "res": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h165._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h165._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h165._next_stage(rng, cfg, st, h165._level(cfg, st))
        ratio = h165._level(cfg, new) / h165._level(cfg, st)
        assert abs(np.log(ratio)) >= np.log(1.15) - 1e-12 and 1 / 3 <= ratio <= 3


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
    tc.check_event_weights(h165._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout165, HELDOUT165_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout165, 1652000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout165(1652000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
