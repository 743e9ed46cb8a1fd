"""The hundred-and-fifty-second held-out trace family (a solar-flare forecaster's samples/s, pushed by the trainer
with Katib's ``report_metrics`` into the trial's observation log and binned per minute of the rows' timestamps by a
monitor polling ``GetObservationLog``): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout152 as h152
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout152 import HELDOUT152_SEEDS, heldout152_set, make_heldout152
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT152_SEEDS[:4]
SPANS = h152.SPANS

shared_builds = tc.shared_builds(h152)

_set, traces, _full_long = tc.cheap_sets(heldout152_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h152._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's samples/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h152.K] - C[np.arange(n) * h152.K]) / h152.STEP


def test_seed_range_is_its_own():
    assert HELDOUT152_SEEDS == tuple(range(1522000, 1522012))
    assert not set(HELDOUT152_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("straggler", 449, 449, 882, 0.115), Event("leak", 1355, 1876, 2041, 0.2341),
                 Event("drop", 2737, 2737, 2941, 0.1841)]
PINNED_SUM = 70497.4059263558
PINNED_PAUSES = [(0, 9), (70, 75), (138, 145)]
PINNED_CHANGES = [2554]
LISTED_LONG = 28
CHANGES_LINE = "short 39, long 28"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout152, 1522000, 1522001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout152(1522000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout152(1522000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT152_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h152.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=8)


def test_the_full_sets_path_fails_blocks_delays_and_moves():
    """Over both sets' first 6 runs every distortion of the path occurs (reports refused while the DB manager is
    down, reports blocked on a stalled MySQL and timed out, a process killed by an uncaught report, dropped
    reports, rows stored after their minute was emitted, rows stamped in another minute than their call's, unread
    minutes, failed polls, rates over an interval holding a pause), and both kinds of trainer code (a failed report
    caught or not) and both rate clocks (reset after a pause or not)."""
    total, guarded, reset = {}, set(), set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT152_SEEDS[:6]):
            guarded.add(run.path.guarded)
            reset.add(run.path.reset)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h152.PATH_KEYS:
        assert total[k] > 0, k
    assert guarded == {True, False} and reset == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the mean of the rows stamped in its minute, stamped at the minute's end; a minute that read
    nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h152.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h152.TICK)), min(run.nt, int(b // h152.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h152.STEP), min(int(np.ceil(b / h152.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            for a, b in run.blocks:  # a blocking report stalls the training loop
                i0, i1 = int(np.ceil(a / h152.TICK)), min(run.nt, int(b // h152.TICK))
                assert not run.J[i0:i1].any(), (a, b)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_samples_per_minute():
    """Away from pauses the reads' sum is the job's samples (the path moves, drops and delays rows)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_row_is_whole_seconds_of_its_pods_clock():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h152._reads(run, 2 * run.J), 2 * h)
        p = run.path
        assert np.array_equal(p.stamp, np.floor(p.stamp)) and (np.abs(p.stamp - p.call) < 41).all()
        counted = p.minute >= 0
        assert (p.minute[counted] == np.floor(p.stamp[counted] / 60)).all()
        assert np.isfinite(p.stored[counted]).all() and (p.prev < p.call).all()


def test_a_timed_out_report_lands_late_and_an_uncaught_one_kills_the_process():
    """A call on a stalled MySQL blocks the loop up to the 120-s timeout; its INSERT still runs when MySQL resumes
    (after the client gave up). Where the trainer does not catch the failure, a crash pause follows the call."""
    late = killed = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT152_SEEDS[:6]):
            p = run.path
            for a, b in run.blocks:
                assert 0 < b - a <= h152.TIMEOUT + 1e-9
                if b - a >= h152.TIMEOUT - 1e-9:
                    k = int(np.searchsorted(p.call, a))
                    assert p.stored[k] > a + h152.TIMEOUT
                    late += 1
                    if not p.guarded:
                        assert any(abs(s - b) < 1e-6 and kind == "crash" for s, e, kind in run.pauses_t)
                        killed += 1
    assert late > 0 and killed > 0


def test_windows_and_the_reports():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h152._inside(x, win).tolist() == [False, True, True, False, True, False]
    assert h152._cover(win, np.array([0.0, 15.0, 55.0, 100.0])).tolist() == [5.0, 10.0, 25.0]
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert 10 <= p.P <= 40 and (np.diff(p.call) > 0).all()
        assert (np.diff(p.down[:, 0]) >= 0).all() and (p.down[:, 1] > p.down[:, 0]).all()


def test_trials_change_the_rate():
    cfg = {"gpu": 1000.0, "gpus": 1, "eff": 0.9, "cpu": 1e9}
    hp = {"patch": 128, "depth": 1.0, "batch": 64}
    lv = h152._level(cfg, hp)
    assert lv == pytest.approx(1000.0)
    assert h152._level(cfg, {**hp, "depth": 2.4}) == pytest.approx(lv / 2.4)
    assert h152._level({**cfg, "gpus": 4}, hp) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h152._level({**cfg, "cpu": 1000.0}, hp) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(30):
        new, moved = h152._next_trial(rng, cfg, hp)
        ratio = h152._level(cfg, new) / lv
        assert moved == (abs(np.log(ratio)) >= np.log(1.15)) and 1 / 3.5 <= ratio <= 3.5


def test_events_placement(traces):
    tc.check_event_placement(traces[1], 2, 4, first=N // 10, n=N)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_changes_are_the_new_trials_that_moved_the_level():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            assert set(run.known_t) <= set(run.trial_t)
            assert len(changes) <= len(run.known_t) == run.counts["trials"] - 1 - run.counts["kept_level"]


def test_weights():
    tc.check_event_weights(h152._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout152, HELDOUT152_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout152, 1522000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout152(1522000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1), (a2, b2) in zip(run.lives, run.lives[1:]))
