"""The hundred-and-ninety-ninth held-out trace family (a bakery's loaf inspection model's images/s on 1, 2 or 4 nodes,
each node's reporter sending its count every 10-30 s to a Cloudflare Worker that writes one Workers Analytics Engine
data point, sampled adaptively, and a monitor summing ``_sample_interval * double1`` per minute through the SQL API):
generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's laws (with the first 6 "short" healthy builds at 6000 points, no regressions; the "short" row was
measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout199 as h199
import tests.trace_checks as tc
from anomaly.heldout198 import HELDOUT198_SEEDS
from anomaly.heldout199 import HELDOUT199_SEEDS, heldout199_set, make_heldout199
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT199_SEEDS[:4]
SPANS = h199.SPANS

shared_builds = tc.shared_builds(h199)

_set, traces, _full_long = tc.cheap_sets(heldout199_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h199._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h199.K] - C[np.arange(n) * h199.K]) / h199.STEP


def test_seed_range_is_its_own():
    assert HELDOUT199_SEEDS == tuple(range(1992000, 1992012))
    assert not set(HELDOUT199_SEEDS) & set(HELDOUT198_SEEDS)


PINNED_EVENTS = [Event("drop", 902, 902, 1141, 0.2653), Event("straggler", 1448, 1448, 1903, 0.2205),
                 Event("leak", 2259, 2537, 2691, 0.1541)]
PINNED_SUM = 6558746.3524923995
PINNED_PAUSES = [(0, 11), (61, 67), (135, 141)]
PINNED_CHANGES = []
LISTED_LONG = 15
CHANGES_LINE = "short 10, long 15"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout199, 1992000, 1992001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout199(1992000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout199(1992000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT199_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h199.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_fails_retries_doubles_samples_and_loses():
    """Over both sets' first 6 runs every law of the path occurs (failed requests and retries, reports lost or
    carried, rows doubled by a lost response, silent write losses, write-time and read-time sampling, rows visible
    after their minute's query, failed queries and unread minutes, clock steps, intervals lost in a crash, rows in
    another minute than their report's), and every mode (retry or not, carry or drop, binning by the row's
    ``timestamp`` or the reporter's blob)."""
    total, modes = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT199_SEEDS[:6]):
            p = run.path
            modes |= {("retry", p.retry), ("carry", p.carry), ("blob", p.by_blob)}
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h199.PATH_KEYS:
        assert total[k] > 0, k
    assert len(modes) == 6


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum of a minute's rows, stamped at the minute's end; a point reading nothing (0) is
    paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h199.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h199.TICK)), min(run.nt, int(b // h199.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h199.STEP), min(int(np.ceil(b / h199.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is the job's images (the path re-bins, loses, doubles and samples rows)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_rows_carry_their_sample_interval():
    """A row's weight is its copies' ``_sample_interval``: 1-5 at write time, times 10 where the query was sampled;
    a report is stored at most twice."""
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h199._reads(run, 2 * run.J), 2 * h)
        w = set(np.unique(run.path.row_w).tolist())
        assert w <= {1.0, 2.0, 3.0, 4.0, 5.0, 10.0, 20.0, 30.0, 40.0, 50.0}, w
        assert np.bincount(run.path.row_rep).max() <= 2


def test_windows_clocks_and_the_reporters_intervals():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h199._inside(x, win).tolist() == [False, True, True, False, True, False]
    off, steps = h199._clock(np.random.default_rng(3), 10 * h199.DAY, True)
    assert steps > 0
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert 10 <= p.P <= 30 and (p.i1 >= p.i0).all() and set(np.unique(p.nn)) <= {1, 2, 4}


def test_stages_change_the_rate():
    cfg = {"gpu": 100.0, "eff": 0.9, "cpu": 1e9}
    st = {"nodes": 1, "crop": 512, "batch": 32}
    lv = h199._level(cfg, st)
    assert lv == pytest.approx(800.0 / 1.25)
    assert h199._level(cfg, {**st, "crop": 640}) < lv / 1.5
    assert h199._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h199._level({**cfg, "cpu": 0.8}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1.5
    for _ in range(20):
        new = h199._next_stage(rng, cfg, st, h199._level(cfg, st))
        ratio = h199._level(cfg, new) / h199._level(cfg, st)
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
    tc.check_event_weights(h199._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout199, HELDOUT199_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout199, 1992000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout199(1992000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
