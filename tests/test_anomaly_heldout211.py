"""The two-hundred-and-eleventh held-out trace family (a solar-module crack detector's images/s, counted by each node's
DNP3 outstation in a counter frozen every 10-30 s, the frozen-counter events polled (or sent unsolicited) by a SCADA
master, and summed per minute of the freeze time or of the master's receive time by a monitor): generator checks only
(no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds at 6000 points, no regressions; the "short" row was
measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout211 as h211
import tests.trace_checks as tc
from anomaly.heldout210 import HELDOUT210_SEEDS
from anomaly.heldout211 import HELDOUT211_SEEDS, heldout211_set, make_heldout211
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT211_SEEDS[:4]
SPANS = h211.SPANS

shared_builds = tc.shared_builds(h211)

_set, traces, _full_long = tc.cheap_sets(heldout211_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h211._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h211.K] - C[np.arange(n) * h211.K]) / h211.STEP


def test_seed_range_is_its_own():
    assert HELDOUT211_SEEDS == tuple(range(2112000, 2112012))
    assert not set(HELDOUT211_SEEDS) & set(HELDOUT210_SEEDS)


PINNED_EVENTS = [Event("drop", 458, 458, 1141, 0.2042), Event("leak", 1562, 1908, 2041, 0.0832),
                 Event("straggler", 2630, 2630, 2787, 0.1256)]
PINNED_SUM = 921884.148714397
PINNED_PAUSES = [(0, 12), (138, 148), (266, 277)]
PINNED_CHANGES = [1376]
LISTED_LONG = 14
CHANGES_LINE = "short 10, long 14"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout211, 2112000, 2112001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout211(2112000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout211(2112000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT211_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h211.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_doubles_and_rebins():
    """Over both sets' first 6 runs (6000 points) every distortion of the path occurs (freezes and polls, link
    drop-outs, a buffer overflow's dropped events and its integrity poll, lost confirmations and the events sent
    again, events counted twice, responses cut by the per-poll quota, outstation restarts and the events they lose,
    events stamped before the clock was set, late events moved to the minute they were read, events in another
    minute than their freeze, unread minutes outside pauses, clock syncs, intervals merged by the counter's
    increments), and every binning, counter mode and unsolicited setting."""
    total, cfg = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT211_SEEDS[:6]):
            pc = run.path.cfg
            cfg |= {("bin", pc["bin"]), ("mode", pc["mode"]), ("unsol", pc["unsol"])}
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h211.PATH_KEYS:
        assert total[k] > 0, k
    assert cfg == {("bin", "freeze"), ("bin", "receive"), ("mode", "delta"), ("mode", "clear"),
                   ("unsol", True), ("unsol", False)}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum of a minute's increments (images/s), stamped at the minute's end; a minute that
    read nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h211.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h211.TICK)), min(run.nt, int(b // h211.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h211.STEP), min(int(np.ceil(b / h211.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is the job's images (the path shifts, drops and repeats events)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h211._reads(run, 2 * run.J), 2 * h)
        p = run.path
        assert (p.b > p.a).all() and ((p.m >= 0) & (p.m < N)).all() and set(np.unique(p.w)) <= {1.0, 0.5, 0.25}


def test_windows_and_periods():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h211._inside(x, win).tolist() == [False, True, True, False, True, False]
    rng = np.random.default_rng(0)
    w = h211._windows(rng, 86400.0 * 5, 10, 60.0, 900.0)
    assert (w[:, 1] > w[:, 0]).all() and (w[1:, 0] > w[:-1, 1]).all() and (w[:, 1] - w[:, 0] <= 900.0 * 3).all()
    for _ in range(20):
        pc = h211._path_config(rng)
        assert 10 <= pc["P"] <= 30 and 10 <= pc["Q"] <= 60 and pc["bin"] in ("freeze", "receive")


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "cpu": 1e9}
    st = {"nodes": 1, "g": 1.0, "c": 1.0}
    lv = h211._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h211._level(cfg, {**st, "g": 1.5}) == pytest.approx(lv / 1.5)
    assert h211._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h211._level({**cfg, "cpu": 1.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1.5
    for _ in range(20):
        new = h211._next_stage(rng, cfg, st, h211._level(cfg, st))
        ratio = h211._level(cfg, new) / h211._level(cfg, st)
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
    tc.check_event_weights(h211._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout211, HELDOUT211_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout211, 2112000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout211(2112000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
