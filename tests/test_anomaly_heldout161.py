"""The hundred-and-sixty-first held-out trace family (a licence-plate recogniser's plate crops/s, each rank's
``XADD`` to a Redis stream every 10-20 s, trimmed ``MAXLEN ~ N``, read by a monitor's consumer group and summed per
minute of the entries' IDs or timestamps): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout161 as h161
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout161 import HELDOUT161_SEEDS, heldout161_set, make_heldout161
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT161_SEEDS[:4]
SPANS = h161.SPANS

shared_builds = tc.shared_builds(h161)

_set, traces, _full_long = tc.cheap_sets(heldout161_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h161._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's crops/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h161.K] - C[np.arange(n) * h161.K]) / h161.STEP


def test_seed_range_is_its_own():
    assert HELDOUT161_SEEDS == tuple(range(1612000, 1612012))
    assert not set(HELDOUT161_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("straggler", 558, 558, 753, 0.2288), Event("leak", 1628, 1901, 2041, 0.0735),
                 Event("drop", 2359, 2359, 2941, 0.1138)]
PINNED_SUM = 19982247.049577683
PINNED_PAUSES = [(0, 10), (48, 56), (128, 135)]
PINNED_CHANGES = [2347]
LISTED_LONG = 16
CHANGES_LINE = "short 19, long 16"
# the path's distortions seen over the first 6 seeds of both sets
ALWAYS_SEEN = h161.PATH_KEYS


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout161, 1612000, 1612001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout161(1612000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout161(1612000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT161_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h161.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_refuses_loses_repeats_holds_trims_and_reclaims():
    """Over both sets' first 6 runs every distortion of the path occurs (XADDs refused in a failover and their
    crops carried, entries lost with a failed-over primary, entries added twice, IDs held behind the last one, clock
    steps, monitor crashes with their open bins lost or their pending entries claimed (some too late), entries
    trimmed unread, late copies, copies in another minute, unread minutes, intervals lost in a crash), and every
    setting of the monitor (bins by ID or by ``ts``, a repeated ``ts`` dropped or counted, ack on read or publish)."""
    total, seen = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT161_SEEDS[:6]):
            p = run.path
            seen |= {("dedup", p.dedup), ("by_id", p.by_id), ("ack_on_publish", p.ack_on_publish)}
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert len(seen) == 6
    assert total["claimed_late"] <= total["claimed"] and total["claimed_late"] <= total["late"]


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's crops per second of one minute's bin, stamped at the minute's end; a minute that
    read nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h161.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h161.TICK)), min(run.nt, int(b // h161.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h161.STEP), min(int(np.ceil(b / h161.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_crops_per_minute():
    """Away from pauses the reads' sum is the job's crops (the path shifts, loses and repeats entries)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_an_entry_counts_at_most_twice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h161._reads(run, 2 * run.J), 2 * h)
        c = run.path.copies
        assert set(np.unique(c)) <= {0, 1, 2}
        assert c.max() <= (1 if run.path.dedup else 2)


def test_windows_clocks_and_the_monitors_closing():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h161._inside(x, win).tolist() == [False, True, True, False, True, False]
    clock = (np.array([-1e9, 100.0]), np.array([0.5, -3.0]))
    assert h161._at(clock, np.array([0.0, 99.0, 100.0, 500.0])).tolist() == [0.5, 0.5, -3.0, -3.0]
    # minute 0 closes at the first arrival whose bin time passes 60 s + grace; index n: never
    arr = np.array([1.0, 2.0, 3.0, 4.0])
    bt = np.array([30.0, 70.0, 95.0, 130.0])
    close = h161._closing(arr, bt, np.ones(4, bool), 30.0, 2)
    assert close.tolist() == [3.0, np.inf, np.inf]
    close = h161._closing(arr, bt, np.array([True, True, False, True]), 30.0, 2)
    assert close.tolist() == [4.0, np.inf, np.inf]
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert 10 <= p.P <= 20 and 200 <= p.maxlen <= 3000 and 10 <= p.grace <= 60
        assert (p.te > p.tp).all() and ((p.bins >= 0) & (p.bins < N)).all()
        for w in (p.down, p.mon_down):
            assert (np.diff(w[:, 0]) >= 0).all() and (w[:, 1] > w[:, 0]).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "width_c": 1.5, "synth_c": 1.4, "cpu": 1e9}
    st = {"gpus": 1, "width": 0, "synth": 0}
    lv = h161._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h161._level(cfg, {**st, "width": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h161._level(cfg, {**st, "gpus": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h161._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h161._next_stage(rng, cfg, st, h161._level(cfg, st))
        ratio = h161._level(cfg, new) / h161._level(cfg, st)
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
    tc.check_event_weights(h161._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout161, HELDOUT161_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout161, 1612000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout161(1612000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
