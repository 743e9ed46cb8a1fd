"""The hundred-and-ninety-second held-out trace family (a salmon-farm fish-welfare model's frames/s, written by each
node's reporter as syslog lines every 10-30 s, forwarded by rsyslog over TLS to Papertrail, and summed per minute by
a monitor querying Papertrail's search API with ``min_id``): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout192 as h192
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout192 import HELDOUT192_SEEDS, heldout192_set, make_heldout192
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT192_SEEDS[:4]
SPANS = h192.SPANS

shared_builds = tc.shared_builds(h192)

_set, traces, _full_long = tc.cheap_sets(heldout192_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h192._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's frames/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h192.K] - C[np.arange(n) * h192.K]) / h192.STEP


def test_seed_range_is_its_own():
    assert HELDOUT192_SEEDS == tuple(range(1922000, 1922012))
    assert not set(HELDOUT192_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("straggler", 684, 684, 874, 0.2702), Event("leak", 1276, 1737, 2041, 0.251),
                 Event("drop", 2272, 2272, 2941, 0.1005)]
PINNED_SUM = 2022247.3039296512
PINNED_PAUSES = [(0, 10), (47, 55), (102, 111)]
PINNED_CHANGES = []
LISTED_LONG = 22
CHANGES_LINE = "short 19, long 22"
# the path's distortions seen over the first 6 seeds of both sets (a full queue and a restart's loss are rarer: the
# docstring gives their counts over the full sets)
ALWAYS_SEEN = tuple(k for k in h192.PATH_KEYS if k not in ("queue_full", "restart_lost"))


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout192, 1922000, 1922001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout192(1922000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout192(1922000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT192_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h192.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_repeats_and_moves_lines():
    """Over both sets' first 6 runs the path's distortions occur (shared outages and TLS resets, lines queued and
    sent at the reconnect, lines lost in a dead socket, rsyslog restarts, lines sent twice, lines dropped past the
    plan's allowance, index lag, failed queries, copies fetched after their minute was emitted, copies in another
    minute than their interval's end, unread minutes, clock steps, intervals lost in a crash), with both binnings
    and both queue types."""
    total, binning, queue = {}, set(), set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT192_SEEDS[:6]):
            binning.add(run.path.by_line_time)
            queue.add(run.path.memory_queue)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert binning == {True, False} and queue == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's frames of a minute over 60 s, stamped at the minute's end; a minute that read
    nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h192.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h192.TICK)), min(run.nt, int(b // h192.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h192.STEP), min(int(np.ceil(b / h192.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_frames_per_minute():
    """Away from pauses the reads' sum is close to the job's frames (the path delays, drops and repeats lines)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.93 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_line_counts_at_most_twice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h192._reads(run, 2 * run.J), 2 * h)
        for (ts, te), (line, b) in zip(run.path.lines, run.path.copies):
            assert (te >= ts).all() and (np.bincount(line, minlength=len(te)) <= 2).all()
            assert ((b >= 0) & (b < N)).all()


def test_windows_and_the_reporters_lines():
    win = np.array([[10.0, 20.0], [15.0, 40.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 25.0, 40.0, 60.0, 90.0])
    assert h192._inside(x, win).tolist() == [False, True, True, False, True, False]
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert ((10 <= p.P) & (p.P <= 30)).all()
        for ts, te in p.lines:
            gaps = te - ts
            assert (gaps >= 0).all() and (gaps <= 30.5).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "res_c": 1.5, "aug_c": 1.4, "cpu": 1e9}
    st = {"nodes": 1, "res": 0, "aug": 0}
    lv = h192._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h192._level(cfg, {**st, "res": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h192._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h192._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h192._next_stage(rng, cfg, st, h192._level(cfg, st))
        ratio = h192._level(cfg, new) / h192._level(cfg, st)
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
    tc.check_event_weights(h192._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout192, HELDOUT192_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout192, 1922000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout192(1922000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
