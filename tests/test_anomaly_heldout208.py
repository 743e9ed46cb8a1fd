"""The two-hundred-and-eighth held-out trace family (a pearl grading model's images/s on 1, 2 or 4 nodes, logged by each
node's reporter to its syslog-ng, forwarded over TCP to a central syslog-ng that writes files, summed per minute by a
monitor that reads them once a minute): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds at 6,000 points, no regressions; the "short" row
was measured on the full set, and is not re-measured here). The reporter's merged lines under flow control occur in no
run of the sets; they are checked on seed 16 at 2,000 points (the first seed of ``range(40)`` whose run has them)."""

import numpy as np
import pytest

import anomaly.heldout208 as h208
import tests.trace_checks as tc
from anomaly.heldout208 import HELDOUT208_SEEDS, heldout208_set, make_heldout208
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT208_SEEDS[:4]
SPANS = h208.SPANS

shared_builds = tc.shared_builds(h208)

_set, traces, _full_long = tc.cheap_sets(heldout208_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h208._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h208.K] - C[np.arange(n) * h208.K]) / h208.STEP


def test_seed_range_is_its_own():
    assert HELDOUT208_SEEDS == tuple(range(2082000, 2082012))
    assert not set(HELDOUT208_SEEDS) & set(range(2072000, 2072012))  # generator 207's range, by the rule


PINNED_EVENTS = [Event("straggler", 606, 606, 765, 0.2833), Event("drop", 1075, 1075, 1591, 0.0868),
                 Event("straggler", 1787, 1787, 2009, 0.1715), Event("drop", 2793, 2793, 2934, 0.1976)]
PINNED_SUM = 7282148.442447819
PINNED_PAUSES = [(0, 11), (84, 93), (141, 151)]
PINNED_CHANGES = [475, 912, 2479]
LISTED_LONG = 23
CHANGES_LINE = "short 20, long 23"
ALWAYS_SEEN = tuple(k for k in h208.PATH_KEYS if k != "merged")


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout208, 2082000, 2082001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout208(2082000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout208(2082000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT208_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h208.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_queues_drops_resends_and_shifts():
    """Over both sets' first 6 runs every distortion of the path but the merged lines occurs (central outages and
    the lines queued until the node reconnects, a full memory queue dropping lines, lines in flight lost or re-sent
    and doubled, lines lost while the node's syslog-ng restarts, on a full disk or at a file rotation, lines read
    after their minute closed, node clock steps, intervals lost in a crash), both binnings and both buffer kinds."""
    total, modes, disks = {}, set(), set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT208_SEEDS[:6]):
            modes.add(run.path.by_recv)
            disks.add((run.path.disk, run.path.reliable))
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert modes == {True, False} and {(True, True), (True, False), (False, False)} <= disks


def test_flow_control_merges_the_blocked_lines():
    """Seed 16 at 2,000 points: no disk buffer, flow control on; the lines over the memory queue are not sent, and
    the reporter's next line carries their images (the reads still sum to the job's images)."""
    run, h, spans, live, changes = h208._build(16, 2000, "short")
    p = run.path
    assert p.flow and not p.disk and p.counts["merged"] > 0 and p.counts["dropped_full"] == 0
    assert 0.95 < h[live].sum() / _true(run, 2000)[live].sum() < 1.05


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum of a minute's images (per s), stamped at the minute's end; a minute that read
    nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h208.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h208.TICK)), min(run.nt, int(b // h208.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h208.STEP), min(int(np.ceil(b / h208.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            for e0, dur, r0 in run.ramps:  # a ramp's first half is paused
                s, e = int(e0 // h208.STEP), min(int(np.ceil((e0 + dur / 2) / h208.STEP)), N)
                assert not live[s:e].any() and 0.35 <= r0 <= 0.7
            seen |= {k for a, b, k in run.pauses_t}
    assert seen >= {"startup", "eval", "ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is the job's images (the path shifts, drops and repeats lines)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.93 < ratio < 1.07 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_line_counts_at_most_twice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h208._reads(run, 2 * run.J), 2 * h)
        p = run.path
        rows = np.rec.fromarrays([p.ts, p.te, p.share])
        _, k = np.unique(rows, return_counts=True)
        assert k.max() <= (2 if p.reliable else 1)


def test_windows_and_the_reporters_lines():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h208._inside(x, win).tolist() == [False, True, True, False, True, False]
    w = h208._windows(np.random.default_rng(0), 30 * h208.DAY, 2.0, 10, 900)
    assert len(w) > 20 and (w[1:, 0] > w[:-1, 1]).all() and ((w[:, 1] - w[:, 0]) <= 900).all()
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert 10 <= p.P <= 30 and (p.te > p.ts).all() and p.reopen in (10.0, 30.0, 60.0)
        assert p.flow <= (not p.disk) and p.reliable <= p.disk


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "res_c": 1.5, "over_c": 1.3, "cpu": 1e9}
    st = {"nodes": 1, "res": 0, "over": 0}
    lv = h208._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h208._level(cfg, {**st, "res": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h208._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h208._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h208._next_stage(rng, cfg, st, h208._level(cfg, st))
        ratio = h208._level(cfg, new) / h208._level(cfg, st)
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
    tc.check_event_weights(h208._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout208, HELDOUT208_SEEDS[:1], changes=True, n=6000)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout208, 2082000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout208(2082000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
