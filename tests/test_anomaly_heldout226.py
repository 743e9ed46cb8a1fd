"""The two-hundred-and-twenty-sixth held-out trace family (a potato defect sorter's images/s, each node's cumulative
image count sent in wireless M-Bus telegrams to a gateway, differenced per node and summed per minute of the gateway's
time by a monitor): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (its runs and the "short" laws' runs, memoised; the "short" row was measured on the full
set, and is not re-measured here). The path's rarer laws (the duty-cycle budget, the buffer's overflow, a restart in
an outage, the monitor's decisions, late copies) are checked on small made-up inputs."""

from types import SimpleNamespace

import numpy as np
import pytest

import anomaly.heldout226 as h226
import tests.trace_checks as tc
from anomaly.heldout226 import HELDOUT226_SEEDS, heldout226_set, make_heldout226
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT226_SEEDS[:4]
SPANS = h226.SPANS

shared_builds = tc.shared_builds(h226)

_set, traces, _full_long = tc.cheap_sets(heldout226_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h226._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h226.K] - C[np.arange(n) * h226.K]) / h226.K


def test_seed_range_is_its_own():
    assert HELDOUT226_SEEDS == tuple(range(2262000, 2262012))
    assert not set(HELDOUT226_SEEDS) & set(range(2252000, 2252012))  # generator 225's range


PINNED_EVENTS = [Event("leak", 372, 641, 927, 0.0923), Event("drop", 1730, 1730, 2041, 0.1712),
                 Event("straggler", 2316, 2316, 2806, 0.169)]
PINNED_SUM = 458151.510590594
PINNED_PAUSES = [(0, 8), (54, 62), (125, 131)]
PINNED_CHANGES = [970]
LISTED_LONG = 21
CHANGES_LINE = "short 14, long 21"
# the path's distortions seen over the traces' runs (the buffer's losses are checked on made-up inputs)
ALWAYS_SEEN = ("sends", "duty_skipped", "collided", "interfered", "repeats", "repeats_late", "gw_down_lost",
               "late_rebinned", "dups_removed", "stale_ignored", "restarts_seen", "restarts_missed", "gw_restarts",
               "uplink_outages", "clock_behind", "crash_tails")


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout226, 2262000, 2262001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout226(2262000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout226(2262000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT226_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h226.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_repeats_delays_and_rebins():
    """Over the "long" full set's runs and the first 4 "short" runs at 3,000 points (all memoised: the traces'
    runs) every common distortion of the path occurs, and both monitor settings (dedup by access number or not,
    spread or not)."""
    total, dedup, spread = {}, set(), set()
    builds = _builds("long", 6000, HELDOUT226_SEEDS) + _builds("short")
    for run, h, spans, live, changes in builds:
        dedup.add(run.path.dedup)
        spread.add(run.path.spread)
        for k, v in run.path.counts.items():
            total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert dedup == {True, False} and spread == {True, False}


def test_the_uplinks_buffer_drops_the_oldest_and_a_restart_loses_it():
    c = {"restart_buffer_lost": 0, "overflow_lost": 0}
    recv = np.arange(0.0, 1000.0, 2.0)  # 500 copies
    keep, arr = h226._uplink(np.random.default_rng(0), recv, np.array([[100.0, 300.0], [500.0, 700.0]]),
                             np.array([[600.0, 650.0]]), 60, 25.0, c)
    assert c["overflow_lost"] == 40 and not keep[50:90].any() and keep[90:150].all()  # 100 in the first outage
    assert c["restart_buffer_lost"] == 50 and not keep[250:300].any()  # buffered before the restart at 600 s
    assert (arr[90:150] >= 300).all() and np.allclose(np.diff(arr[90:150]), 1 / 25)  # flushed in order
    assert (arr[:50] - recv[:50] >= 0.3).all() and (arr[:50] - recv[:50] <= 3).all()


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's images/s over a gateway-time minute, stamped at the minute's end; a minute that read
    nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h226.EPOCH + 60.0 * (np.arange(N) + 1))
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
                s, e = int(a // h226.STEP), min(int(np.ceil(b / h226.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
                if kind == "ramp":  # the ramp's first half trains, slowly
                    continue
                i0, i1 = int(np.ceil(a / h226.TICK)), min(run.nt, int(b // h226.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
            seen |= {k for a, b, k in run.pauses_t}
    assert seen >= {"startup", "ramp", "eval", "ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Over the live points the reads' sum is near the job's images (cumulative counts survive lost telegrams;
    crash tails, spurious restarts and moved minutes make up the rest)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.9 < ratio < 1.1 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h226._reads(run, 2 * run.J), 2 * h)
        p = run.path
        assert len(p.A1) == len(p.copy_node) and (p.frac > 0).all() and (p.frac <= 1).all()
        assert ((p.mins >= 0) & (p.mins < N)).all()


def test_windows_and_inside():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h226._inside(x, win).tolist() == [False, True, True, False, True, False]
    w = h226._windows(np.random.default_rng(0), 86400 * 10, (2, 2), (60, 600))
    assert len(w) > 5 and (w[:, 1] > w[:, 0]).all() and (np.diff(w[:, 0]) >= 0).all()


def _toy_run(lives, T=7200.0):
    nt = int(T // h226.TICK) + 1
    return SimpleNamespace(lives=lives, T=T, nt=nt, n=int(T // 60), J=np.full(nt, 100.0), nn=np.full(nt, 1))


def test_sends_period_budget_final_telegram_and_access_numbers():
    counts = {"sends": 0, "duty_skipped": 0}
    run = _toy_run([(0.0, 3000.0, 1, False), (3100.0, 5000.0, 1, True)])
    s, st, acc = h226._sends(np.random.default_rng(1), run, 0, 10.0, None, counts)
    assert (np.diff(s) > 0).all() and s[-1] == 5000.0  # a graceful stop sends its count
    assert acc[0] == 0 and acc[np.searchsorted(s, 3100.0)] == 0  # from 0 at each process start
    assert acc.max() == 255  # 8 bits: it wraps
    assert h226._sends(np.random.default_rng(1), run, 1, 20.0, None, counts)[0].size == 0  # node 2 of 1
    s2, _, _ = h226._sends(np.random.default_rng(1), run, 0, 10.0, 100, counts)
    hours = np.floor(s2 / 3600).astype(int)
    assert np.bincount(hours).max() == 100 and counts["duty_skipped"] > 0  # the duty-cycle budget


def _copies(rows):
    """Copies ``(node, recv, send tick, start tick, acc)``."""
    return np.array(rows, float)


def test_the_monitor_removes_repeats_ignores_stale_copies_and_sees_restarts():
    run = _toy_run([(0.0, 70.0, 1, False), (70.0, 7200.0, 1, True)])
    rows = [(0, 20, 4, 0, 0), (0, 21, 4, 0, 0), (0, 40, 8, 0, 1), (0, 60, 12, 0, 2), (0, 65, 8, 0, 1),
            (0, 80, 16, 14, 0)]
    cp = _copies(rows)
    stamp = cp[:, 1].copy()
    c = {k: 0 for k in h226.PATH_KEYS}
    h226._monitor(run, cp, stamp, stamp + 1, True, False, 60.0, c)
    # dedup by access number: the repeat, the stale copy and the restarted process's first telegram (access number
    # 0, still in the memory of the last 8) are dropped
    assert c["dups_removed"] == 3 and c["restarts_seen"] == 0 and c["stale_ignored"] == 0
    c = {k: 0 for k in h226.PATH_KEYS}
    run.path = h226._monitor(run, cp, stamp, stamp + 1, False, False, 60.0, c)
    # without dedup: the repeat counts 0 images, the late stale copy (8 ticks of 12) is ignored, the restart is seen
    assert c["stale_ignored"] == 1 and c["restarts_seen"] == 1 and len(run.path.A1) == 5
    reads = h226._reads(run, run.J) * 60
    assert reads[0] == pytest.approx(8 * 500) and reads[1] == pytest.approx(6 * 500)


def test_late_copies_go_to_the_first_open_minute_and_spread_copies_share():
    run = _toy_run([(0.0, 7200.0, 1, True)])
    c = {k: 0 for k in h226.PATH_KEYS}
    cp = _copies([(0, 30, 6, 0, 0), (0, 150, 30, 0, 1)])
    stamp = cp[:, 1].copy()
    run.path = h226._monitor(run, cp, stamp, np.array([31.0, 400.0]), False, True, 60.0, c)
    reads = h226._reads(run, run.J) * 60
    assert c["late_rebinned"] == 1 and reads[5] == pytest.approx(24 * 500) and reads[:5].sum() == reads[0]
    run.path = h226._monitor(run, cp, stamp, np.array([31.0, 151.0]), False, True, 120.0, c)
    reads = h226._reads(run, run.J) * 60
    assert reads[0] == pytest.approx(6 * 500 + 24 * 500 * 30 / 120) and reads[1] == pytest.approx(24 * 500 / 2)


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "cpu": 1e9}
    st = {"nodes": 1, "g": 1.0, "c": 1.0}
    lv = h226._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h226._level(cfg, {**st, "g": 2.0}) == pytest.approx(lv / 2)
    assert h226._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h226._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h226._next_stage(rng, cfg, st, h226._level(cfg, st))
        ratio = h226._level(cfg, new) / h226._level(cfg, st)
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
    tc.check_event_weights(h226._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout226, HELDOUT226_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout226, 2262000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout226(2262000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
