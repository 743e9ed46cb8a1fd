"""The hundred-and-thirty-fifth held-out trace family (a fetal-ultrasound standard-plane classifier's frames/s, each
Windows node's cumulative frames counter sampled by typeperf every 15 s into CSV logs rotated every 10 minutes, copied
to an SMB share every 5 minutes and averaged per node and minute by their local timestamps): generator checks only
(no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout135 as h135
import tests.trace_checks as tc
from anomaly.heldout129 import HELDOUT129_SEEDS
from anomaly.heldout135 import HELDOUT135_SEEDS, heldout135_set, make_heldout135
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT135_SEEDS[:4]
SPANS = h135.SPANS

shared_builds = tc.shared_builds(h135)

_set, traces, _full_long = tc.cheap_sets(heldout135_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h135._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's frames/s per minute of true time (what a point should be about)."""
    C = h135._cum(run.J)
    return (C[(np.arange(n) + 1) * h135.K] - C[np.arange(n) * h135.K]) / h135.STEP


def test_seed_range_is_its_own():
    assert HELDOUT135_SEEDS == tuple(range(1352000, 1352012))
    assert not set(HELDOUT135_SEEDS) & set(HELDOUT129_SEEDS)


PINNED_EVENTS = [Event("leak", 467, 978, 1140, 0.1408), Event("drop", 1360, 1360, 2040, 0.0802),
                 Event("straggler", 2561, 2561, 2937, 0.2819)]
PINNED_SUM = 7330561.8523248015
PINNED_PAUSES = [(0, 11), (84, 91), (125, 133)]
PINNED_CHANGES = [2539]
LISTED_LONG = 15
CHANGES_LINE = "short 16, long 15"
# the path's distortions seen over the first 6 seeds of both sets
ALWAYS_SEEN = h135.PATH_KEYS


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout135, 1352000, 1352001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout135(1352000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout135(1352000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT135_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h135.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_and_duplicates():
    """Over both sets' first 6 runs every distortion of the path occurs (a new log's blank first sample, late and
    missed samples, the counter provider's gaps, the reset's zero, failed and partial copies, rows on the share after
    their minute was read, second copies kept, the fall-back hour's rows lost, empty node-minutes and unread points),
    and both dedup settings."""
    total, dedup = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT135_SEEDS[:6]):
            dedup.add(run.path.dedup)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert dedup == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's average of a minute's rows, stamped at the minute's end; a read of nothing (0) is
    paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h135.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h135.TICK)), min(run.nt, int(b // h135.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h135.STEP), min(int(np.ceil(b / h135.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_frames_per_minute():
    """Away from pauses the reads' sum is the job's frames (the path shifts, loses and repeats rows)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_the_rows_follow_the_lives():
    """The reads are linear in the frames; a row spans two samples of one log, a reset's row reads 0, and a node idle
    in a life (fewer nodes) trains nothing there."""
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h135._reads(run, 2 * run.J), 2 * h)
        for r, nd in enumerate(run.path.nodes):
            assert (nd.s > nd.p).all() and (nd.s - nd.p < 2 * h135.ROT).all()
            assert (nd.w >= 0).all() and (nd.w <= 2).all()
        for a, b, kn in run.lives:
            assert np.allclose(run.share[:, int(np.ceil(a / h135.TICK)):int(min(b, 1e12) // h135.TICK)].sum(0)[
                :10], 1.0) or b - a < 60
            assert not run.share[kn:, int(np.ceil(a / h135.TICK)):int(min(b, 1e12) // h135.TICK)].any()


def test_stages_change_the_rate():
    cfg = {"gpu": 400.0, "gpus": 4, "eff": 0.9, "size_c": 1.5, "bb_c": 2.5}
    st = {"size": 0, "bb": 0, "nodes": 1}
    lv = h135._level(cfg, st)
    assert lv == pytest.approx(1600.0)
    assert h135._level(cfg, {**st, "size": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h135._level(cfg, {**st, "bb": 1}) == pytest.approx(lv / 2.5)
    assert h135._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h135._next_stage(rng, cfg, st, lv)
        ratio = h135._level(cfg, new) / lv
        assert abs(np.log(ratio)) >= np.log(1.15) - 1e-12 and 1 / 3 <= ratio <= 3


def test_a_drifting_clock_is_stepped_back():
    rng = np.random.default_rng(1)
    clock = h135._node_clock(rng, 1e5, True)
    c = clock(np.arange(0, 1e5, 60.0))
    assert (np.diff(c) < 0).any() and np.ptp(c) < 6.0
    still = h135._node_clock(rng, 1e5, False)
    assert np.ptp(still(np.arange(0, 1e5, 60.0))) == 0


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
    tc.check_event_weights(h135._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout135, HELDOUT135_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout135, 1352000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout135(1352000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
