"""The two-hundred-and-seventh held-out trace family (a coffee-cherry ripeness sorter's images/s on 1, 2 or 4 nodes,
each node's reporter inserting rows into a local SQLite database that Litestream replicates to an S3-compatible
bucket, summed per minute by a monitor that restores each replica once a minute): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout207 as h207
import tests.trace_checks as tc
from anomaly.heldout207 import HELDOUT207_SEEDS, heldout207_set, make_heldout207
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT207_SEEDS[:4]
SPANS = h207.SPANS

shared_builds = tc.shared_builds(h207)

_set, traces, _full_long = tc.cheap_sets(heldout207_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h207._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h207.K] - C[np.arange(n) * h207.K]) / h207.STEP


def test_seed_range_is_its_own():
    assert HELDOUT207_SEEDS == tuple(range(2072000, 2072012))
    assert not set(HELDOUT207_SEEDS) & set(range(2062000, 2062012))  # generator 206's range by the rule


PINNED_EVENTS = [Event("straggler", 988, 988, 1141, 0.1233), Event("drop", 1583, 1583, 1944, 0.1565),
                 Event("leak", 2195, 2653, 2941, 0.2248)]
PINNED_SUM = 8804660.297168367
PINNED_PAUSES = [(0, 10), (93, 100), (182, 196)]
PINNED_CHANGES = [843, 1385]
LISTED_LONG = 11
CHANGES_LINE = "short 15, long 11"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout207, 2072000, 2072001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout207(2072000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout207(2072000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT207_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h207.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_delays_loses_doubles_and_rebins():
    """Over both sets' first 6 runs every distortion of the path occurs (rows lost in a crash or on a replaced node's
    disk, SQLITE_BUSY retries, bucket outages and SlowDown episodes, rows shipped late, generations and lost WAL
    positions, failed restores and restores of the old generation, rows read twice, late rows dropped or folded,
    rows in another minute than their true one, unread minutes), and every monitor setting."""
    total, modes = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT207_SEEDS[:6]):
            p = run.path
            modes |= {("mode", p.mode), ("fold", p.fold), ("gen_key", p.gen_key), ("old_gen", p.old_gen)}
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h207.PATH_KEYS:
        assert total[k] > 0, k
    assert {("mode", "row"), ("mode", "seen"), ("gen_key", True), ("gen_key", False), ("old_gen", True)} <= modes


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the images the monitor summed in a minute, per second, stamped at the minute's end; a minute that
    read nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h207.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h207.TICK)), min(run.nt, int(b // h207.TICK))
                assert kind == "ramp" or not run.J[i0:i1].any(), (a, b, kind)  # a ramp trains, slower
                s, e = int(a // h207.STEP), min(int(np.ceil(b / h207.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "ramp", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is the job's images, give or take the rows read twice and those lost."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.06 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_row_counts_at_most_twice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h207._reads(run, 2 * run.J), 2 * h)
        times = np.bincount(run.path.r_idx, minlength=len(run.path.a))
        assert times.max() <= (2 if run.path.gen_key else 1)


def test_rows_cover_each_nodes_lives_and_shares():
    """A node's rows are 10-30 s apart (the last of a life may be shorter), never overlap, and its share of the
    job's images is one over the life's node count."""
    for run, h, spans, live, changes in _builds("long"):
        p = run.path
        d = p.b - p.a
        assert (d > 0).all() and (d <= 31).all()
        assert set(np.round(1 / np.unique(p.share)).astype(int)) <= {1, 2, 4}


def test_windows():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h207._inside(x, win).tolist() == [False, True, True, False, True, False]
    assert not h207._inside(x, np.zeros((0, 2))).any()


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "shape_c": 1.5, "cpu": 1e9}
    st = {"nodes": 1, "shape": 0}
    lv = h207._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h207._level(cfg, {**st, "shape": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h207._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h207._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h207._next_stage(rng, cfg, st, h207._level(cfg, st))
        ratio = h207._level(cfg, new) / h207._level(cfg, st)
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
            assert len(changes) <= len(run.known_t) == run.counts["relaunches"]


def test_weights():
    tc.check_event_weights(h207._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout207, HELDOUT207_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout207, 2072000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout207(2072000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
