"""The hundred-and-ninety-fifth held-out trace family (a sawmill log-grading model's logs/s on 1, 2 or 4 DJL nodes,
a cumulative JMX counter per node read through Jolokia every 15-60 s and turned into a rate per minute of the
monitor's clock): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and its listed changes; the path's laws are checked on the first 6 healthy runs of each setting (no regressions; the
"short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout195 as h195
import tests.trace_checks as tc
from anomaly.heldout195 import HELDOUT195_SEEDS, heldout195_set, make_heldout195
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT195_SEEDS[:4]
SPANS = h195.SPANS

shared_builds = tc.shared_builds(h195)

_set, traces, _full_long = tc.cheap_sets(heldout195_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h195._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's logs/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h195.K] - C[np.arange(n) * h195.K]) / h195.K


def test_seed_range_is_its_own():
    assert HELDOUT195_SEEDS == tuple(range(1952000, 1952012))
    assert not set(HELDOUT195_SEEDS) & set(range(1942000, 1942012))  # generator 194's range


PINNED_EVENTS = [Event("straggler", 303, 303, 780, 0.1503), Event("drop", 1449, 1449, 1591, 0.3151),
                 Event("straggler", 2004, 2004, 2119, 0.1697), Event("drop", 2360, 2360, 2896, 0.3032)]
PINNED_SUM = 1944.4890185019756
PINNED_PAUSES = [(0, 13), (67, 70), (71, 81)]
PINNED_CHANGES = [1912]
LISTED_LONG = 19
CHANGES_LINE = "short 14, long 19"
# the path's distortions seen over the first 6 runs of both settings (a missed reset is not among them)
ALWAYS_SEEN = tuple(k for k in h195.PATH_KEYS if k != "resets_missed")


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout195, 1952000, 1952001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout195(1952000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout195(1952000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT195_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h195.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_paths_laws_all_occur_over_six_runs():
    """Over both settings' first 6 healthy runs (6,000 points) every distortion of the path occurs (GC and busy-thread
    timeouts, unreachable spells, refused and not-yet-registered reads, retries, late copies, a skipped cycle, monitor
    restarts and the pairs they cost, resets seen, stale pairs, dropped samples, clock steps, carried and unread
    minutes, pairs over a minute), and both choices of each of the monitor's settings."""
    total, seen = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT195_SEEDS[:6]):
            p = run.path
            seen |= {("retry", p.retry), ("late", p.late), ("jolokia", p.jolokia_dt), ("persist", p.persist),
                     ("start_time", p.start_time), ("hold", p.hold > 0)}
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert len(seen) == 12


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's rate over the pairs of polls ending in a minute of its clock, stamped at the minute's
    end; a minute that read nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h195.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h195.TICK)), min(run.nt, int(b // h195.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h195.STEP), min(int(np.ceil(b / h195.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            seen |= {k for a, b, k in run.pauses_t}
    assert seen >= {"startup", "eval", "ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_logs_per_minute():
    """Away from pauses the reads' sum is the job's logs (the path shifts, loses and repeats them)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_the_samples_ordered():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h195._reads(run, 2 * run.J), 2 * h)
        for sm in run.path.samples:
            assert (np.diff(sm.stamp) >= 0).all() and (sm.dt[sm.pair] > 0).all()
            assert (sm.dt[sm.pair] <= run.path.max_gap).all()
            assert not (sm.detected & ~sm.reset).any()  # a reset is only seen where the JVM restarted
            if run.path.jolokia_dt:  # Jolokia's timestamps are whole seconds
                assert np.array_equal(sm.dt[sm.pair], np.round(sm.dt[sm.pair]))
            if run.path.start_time:  # the bulk read's StartTime sees every restart
                assert np.array_equal(sm.detected, sm.reset)


def test_spells_clocks_and_windows():
    iv = np.array([[50.0, 80.0], [10.0, 20.0], [15.0, 30.0]])
    m = h195._merge(iv)
    assert m.tolist() == [[10.0, 30.0], [50.0, 80.0]]
    inside, end = h195._inside(np.array([5.0, 10.0, 29.0, 30.0, 60.0]), m)
    assert inside.tolist() == [False, True, True, False, True] and end.tolist() == [5.0, 30.0, 30.0, 30.0, 80.0]
    at, off = h195._steps(np.random.default_rng(0), 10 * h195.DAY, 2 / h195.DAY, 3.0, 0.5)
    assert len(off) == len(at) + 1 and off[0] == 0.5 and (np.diff(at) >= 0).all()
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert 15 <= p.P <= 60 and 3 <= p.T_o <= 15 and 2 <= p.U <= 10 and 0 <= p.hold <= 3


def test_stages_change_the_rate():
    cfg = {"gpu": 2.0, "eff": 0.9, "cpu": 1e9, "shapes": [(1.0, 1.0), (1.5, 1.0)]}
    st = {"nodes": 1, "shape": 0}
    lv = h195._level(cfg, st)
    assert lv == pytest.approx(2.0)
    assert h195._level(cfg, {**st, "shape": 1}) == pytest.approx(lv / 1.5)
    assert h195._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h195._level({**cfg, "cpu": 2.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 3.0
    for _ in range(20):
        new = h195._next_stage(rng, cfg, st, h195._level(cfg, st))
        ratio = h195._level(cfg, new) / h195._level(cfg, st)
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
    tc.check_event_weights(h195._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout195, HELDOUT195_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout195, 1952000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout195(1952000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(a <= r <= b <= a2 for (a, r, b), (a2, *_) in zip(run.lives, run.lives[1:]))
