"""The hundred-and-forty-seventh held-out trace family (a CRISPR off-target-activity predictor's pairs/s, posted by
the trainer's notifier to a Slack incoming webhook every 30 s, 429s waited out, and read once a minute through
``conversations.history``, placed by each message's ``ts``): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 2 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout147 as h147
import tests.trace_checks as tc
from anomaly.heldout141 import HELDOUT141_SEEDS
from anomaly.heldout147 import HELDOUT147_SEEDS, heldout147_set, make_heldout147
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT147_SEEDS[:4]
SPANS = h147.SPANS

shared_builds = tc.shared_builds(h147)

_set, traces, _full_long = tc.cheap_sets(heldout147_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h147._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's pairs/s per minute of true time (what a point should be about)."""
    C = h147._cum(run.J)
    return (C[(np.arange(n) + 1) * h147.K] - C[np.arange(n) * h147.K]) / h147.STEP


def test_seed_range_is_its_own():
    assert HELDOUT147_SEEDS == tuple(range(1472000, 1472012))
    assert not set(HELDOUT147_SEEDS) & set(HELDOUT141_SEEDS)


PINNED_EVENTS = [Event("leak", 546, 892, 1141, 0.1323), Event("straggler", 1332, 1332, 1456, 0.1796),
                 Event("drop", 2763, 2763, 3000, 0.1126)]
PINNED_SUM = 28585405.9003354
PINNED_PAUSES = [(0, 6), (35, 40), (41, 43)]
PINNED_CHANGES = []
LISTED_LONG = 14
CHANGES_LINE = "short 11, long 14"
# the path's distortions seen over the first 6 seeds of the long set and the first 2 of the short one
ALWAYS_SEEN = h147.PATH_KEYS


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout147, 1472000, 1472001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout147(1472000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout147(1472000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT147_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h147.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_and_duplicates():
    """Over the "long" set's first 6 runs (built by the counts-table test) and the first 2 "short" ones every
    distortion of the path occurs (429s and their windows, failed posts and
    incidents, dropped messages, duplicates and copies counted twice, a crashed notifier's queue, messages missed by
    the read, messages moved to another minute by a node's clock, history lags, the monitor's own 429s, unread
    points), and both dedup settings and both notifier schedules."""
    total, dedup, aligned = {}, set(), set()
    for setting, k in (("long", 6), ("short", 2)):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT147_SEEDS[:k]):
            dedup.add(run.path.dedup)
            aligned.add(run.path.aligned)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert dedup == {True, False} and aligned == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's read of a minute of ``ts``, stamped at the minute's end; a read of nothing (0) is
    paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h147.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h147.TICK)), min(run.nt, int(b // h147.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h147.STEP), min(int(np.ceil(b / h147.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash"}


def test_the_reads_are_about_the_jobs_pairs_per_minute():
    """Away from pauses the reads' sum is the job's pairs (the path delays, loses and repeats messages)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_means_of_the_messages_rates():
    bunched = 0
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h147._reads(run, 2 * run.J), 2 * h)
        p = run.path
        share = np.bincount(p.m, weights=p.w * (p.i1 - p.i0) * h147.TICK, minlength=N)[:N]
        assert np.allclose(share[p.per_min > 0], 1.0) and not share[p.per_min == 0].any()  # a mean of the rates
        bunched += int((p.per_min >= 4).sum())
    assert bunched  # a rate-limit window releases its queue into one minute


def test_windows_and_the_sender():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h147._inside(x, win).tolist() == [False, True, True, False, True, False]
    assert [h147._in(v, list(win[:, 0]), win) for v in x] == h147._inside(x, win).tolist()
    for run, h, spans, live, changes in _builds("short"):
        st = run.path.stalls
        assert (st[:, 1] > st[:, 0]).all() and (np.diff(st[:, 0]) >= 0).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "aug_c": 1.4, "tf_c": 2.2}
    st = {"gpus": 1, "aug": 0, "tf": 0}
    lv = h147._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h147._level(cfg, {**st, "aug": 2}) == pytest.approx(lv / 1.4 ** 2)
    assert h147._level(cfg, {**st, "tf": 1}) == pytest.approx(lv / 2.2)
    assert h147._level(cfg, {**st, "gpus": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h147._next_stage(rng, cfg, st, lv)
        ratio = h147._level(cfg, new) / lv
        assert abs(np.log(ratio)) >= np.log(1.15) - 1e-12 and 1 / 3 <= ratio <= 3


def test_an_unsynchronised_node_is_seconds_off():
    offs = [h147._node_clocks(np.random.default_rng(s), 3) for s in range(60)]
    big = [o for c in offs for o, d in c if abs(o) >= 3]
    assert big and all(abs(o) <= 15 for o in big)
    assert all(d == 0 for c in offs for o, d in c if abs(o) < 3)


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
    tc.check_event_weights(h147._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout147, HELDOUT147_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout147, 1472000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout147(1472000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
