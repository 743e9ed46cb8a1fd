"""The hundred-and-forty-third held-out trace family (a CGM forecaster's training windows/s, appended as rows to a
Google Sheets log every 10 s, throttled by the per-minute write quota and retried with truncated exponential backoff,
rows written twice by retried appends, and read once a minute by a monitor that divides each minute's samples by the
rows' own timestamps): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout143 as h143
import tests.trace_checks as tc
from anomaly.heldout141 import HELDOUT141_SEEDS
from anomaly.heldout143 import HELDOUT143_SEEDS, heldout143_set, make_heldout143
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT143_SEEDS[:4]
SPANS = h143.SPANS

shared_builds = tc.shared_builds(h143)

_set, traces, _full_long = tc.cheap_sets(heldout143_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h143._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's windows/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h143.K] - C[np.arange(n) * h143.K]) / h143.STEP


def test_seed_range_is_its_own():
    assert HELDOUT143_SEEDS == tuple(range(1432000, 1432012))
    assert not set(HELDOUT143_SEEDS) & set(HELDOUT141_SEEDS)


PINNED_EVENTS = [Event("leak", 467, 755, 1065, 0.2188), Event("drop", 1754, 1754, 2040, 0.2997),
                 Event("straggler", 2702, 2702, 2809, 0.1547)]
PINNED_SUM = 7834038.119131641
PINNED_PAUSES = [(0, 14), (87, 93), (134, 140)]
PINNED_CHANGES = [2410]
LISTED_LONG = 16
CHANGES_LINE = "short 15, long 16"
# the path's distortions seen over the first 6 seeds of both sets
ALWAYS_SEEN = h143.PATH_KEYS


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout143, 1432000, 1432001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout143(1432000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout143(1432000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT143_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h143.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_throttles_delays_loses_and_duplicates():
    """Over both sets' first 6 runs every distortion of the path occurs (429s, 5xx answers, timeouts, outages, rows
    applied twice and counted twice, rows dropped after the last retry or with a crashed queue, rows appended after
    their minute was read, rows shown in another minute, unread points), and both dedup settings."""
    total, dedup = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT143_SEEDS[:6]):
            dedup.add(run.path.dedup)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert dedup == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's read of a displayed minute's rows, stamped at the minute's end; a read of nothing (0)
    is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h143.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h143.TICK)), min(run.nt, int(b // h143.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h143.STEP), min(int(np.ceil(b / h143.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_windows_per_second():
    """Away from pauses the reads' sum is the job's windows/s (the path delays, loses and repeats rows)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.97 < ratio < 1.03 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_row_counts_at_most_twice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h143._reads(run, 2 * run.J), 2 * h)
        c = run.path.copies
        assert set(np.unique(c)) <= {0, 1, 2}
        assert c.max() <= (1 if run.path.dedup else 2)
        got = np.isfinite(run.path.arr1)
        assert (run.path.arr2[got] >= run.path.arr1[got]).all() and not np.isfinite(run.path.arr2[~got]).any()
        p = run.path
        off = p.bucket[p.copies > 0] - np.floor((p.ticks[p.copies > 0] + 0.5) * h143.TICK / 60)
        assert np.abs(off).max() <= 1  # a node's clock moves a row by a minute at most


def test_a_steady_job_reads_its_rate_where_every_row_is_in_time():
    """The monitor's rate from the rows' timestamps: a constant job reads its rate (to the truncated second)."""
    for run, h, spans, live, changes in _builds("short", seeds=SEEDS[:2]):
        r = h143._reads(run, np.full(run.nt, 600.0))
        ok = live & (r > 0)
        assert np.median(np.abs(r[ok] / 60.0 - 1)) < 0.03


def test_blocked_windows_and_the_quota():
    """A request inside a blocked window (a minute whose quota ran out, or an outage) is refused."""
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h143._inside(x, win).tolist() == [False, True, True, False, True, False]
    for run, h, spans, live, changes in _builds("short"):
        st = run.path.stalls
        assert len(st) and (st[:, 1] > st[:, 0]).all() and (np.diff(st[:, 0]) >= 0).all()
        assert (st[1:, 0] > st[:-1, 1]).all()  # merged
        quota = st[st[:, 2] == 0]
        assert (np.floor(quota[:, 0] / 60) < np.ceil(quota[:, 1] / 60)).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "lb_c": 1.5, "cov_c": 1.4, "bs_c": 0.8}
    st = {"gpus": 1, "lb": 0, "cov": 0, "bs": 0}
    lv = h143._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h143._level(cfg, {**st, "lb": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h143._level(cfg, {**st, "cov": 1}) == pytest.approx(lv / 1.4)
    assert h143._level(cfg, {**st, "bs": 1}) == pytest.approx(lv / 0.8)
    assert h143._level(cfg, {**st, "gpus": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h143._next_stage(rng, cfg, st, lv)
        ratio = h143._level(cfg, new) / lv
        assert abs(np.log(ratio)) >= np.log(1.15) - 1e-12 and 1 / 3 <= ratio <= 3


def test_an_unsynchronised_node_is_seconds_off():
    offs = [h143._node_clocks(np.random.default_rng(s), 3) for s in range(60)]
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
    tc.check_event_weights(h143._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout143, HELDOUT143_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout143, 1432000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout143(1432000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
