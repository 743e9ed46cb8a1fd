"""The hundred-and-ninety-fourth held-out trace family (a leather-hide defect model's tiles/s on 1, 2 or 4 nodes, each
node's JSON log lines shipped by Filebeat to Logstash into Elasticsearch and summed per minute by a monitor's
``date_histogram`` query): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's laws over its first 6 runs (with the first 6 "short" healthy builds at n=6000, no regressions; the
"short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout194 as h194
import tests.trace_checks as tc
from anomaly.heldout194 import HELDOUT194_SEEDS, heldout194_set, make_heldout194
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT194_SEEDS[:4]
SPANS = h194.SPANS

shared_builds = tc.shared_builds(h194)

_set, traces, _full_long = tc.cheap_sets(heldout194_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h194._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's tiles/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h194.K] - C[np.arange(n) * h194.K]) / h194.STEP


def test_seed_range_is_its_own():
    assert HELDOUT194_SEEDS == tuple(range(1942000, 1942012))
    assert not set(HELDOUT194_SEEDS) & set(range(1932000, 1932012))  # generator 193's range


PINNED_EVENTS = [Event("straggler", 616, 616, 862, 0.1313), Event("drop", 1916, 1916, 2041, 0.0858),
                 Event("leak", 2322, 2730, 3000, 0.0974)]
PINNED_SUM = 39165203.06908855
PINNED_PAUSES = [(0, 10), (25, 26), (75, 90)]
PINNED_CHANGES = [1543]
LISTED_LONG = 15
CHANGES_LINE = "short 15, long 15"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout194, 1942000, 1942001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout194(1942000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout194(1942000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT194_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h194.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_paths_laws_all_occur():
    """Over both settings' first 6 runs (n=6000) every law of the path occurs (lines lost in a crash, Filebeat
    restarts delaying and re-sending lines, Logstash stalls holding lines and timed-out batches sent again, Logstash
    restarts losing or replaying its queue, the dead letter queue, rotations losing lines, a reread after
    ``close_inactive``, copies refused by a fingerprint id or counted, documents not yet visible when their minute is
    queried, failed queries, lines counted in another minute than their write's, node clock steps), and both choices
    of the histogram's time field, the document id and Logstash's queue."""
    total, seen = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT194_SEEDS[:6]):
            p = run.path
            seen |= {("own", p.own), ("fp", p.fp), ("pq", p.pq)}
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h194.PATH_KEYS:
        assert total[k] > 0, k
    assert len(seen) == 6


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the tiles the monitor's query summed in a minute, per second, stamped at the minute's end; a
    minute that read nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h194.EPOCH + 60.0 * (np.arange(N) + 1))
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
                s, e = int(a // h194.STEP), min(int(np.ceil(b / h194.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
                if kind != "ramp":  # the ramp's first half trains slowly, and is paused
                    i0, i1 = int(np.ceil(a / h194.TICK)), min(run.nt, int(b // h194.TICK))
                    assert not run.J[i0:i1].any(), (a, b, kind)
            seen |= {k for a, b, k in run.pauses_t}
    assert seen >= {"startup", "ramp", "eval", "ckpt", "crash", "restart"}


def test_the_reads_are_about_the_jobs_tiles_per_minute():
    """Over the live points the reads' sum is the job's tiles (the path shifts, loses and repeats lines)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_fingerprint_refuses_copies():
    for run, h, spans, live, changes in _builds("short") + _builds("long"):
        p = run.path
        assert np.allclose(h194._reads(run, 2 * run.J), 2 * h)
        assert p.copies.min() >= 0 and p.copies.max() <= (1 if p.fp else 4)
        assert ((p.bin >= 0) & (p.bin <= N)).all() and (p.b > p.a).all()
        assert 10 <= p.P <= 30 and p.share.max() <= 1


def test_windows_and_their_ends():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    j = h194._inside(x, win)
    assert j.tolist() == [-1, 0, 0, -1, 1, -1]
    assert h194._ends(win, j)[1:3].tolist() == [20.0, 20.0]
    assert h194._inside(x, np.zeros((0, 2))).tolist() == [-1] * 6
    assert h194._ends(np.zeros((0, 2)), j).tolist() == [0.0] * 6
    w = h194._windows(np.random.default_rng(0), 86400 * 10, (2, 2), (30, 60))
    assert 5 <= len(w) <= 40 and ((w[:, 1] - w[:, 0] >= 30) & (w[:, 1] - w[:, 0] <= 60)).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "cpu_x": 1e6}
    st = {"nodes": 1, "px": 512, "batch": 16}
    lv = h194._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h194._level(cfg, {**st, "px": 1024}) == pytest.approx(lv / 4)
    assert h194._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h194._level({**cfg, "cpu_x": 1.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu_x"] = 1.5
    for _ in range(20):
        new = h194._next_stage(rng, cfg, st, h194._level(cfg, st))
        ratio = h194._level(cfg, new) / h194._level(cfg, st)
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
    tc.check_event_weights(h194._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout194, HELDOUT194_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout194, 1942000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout194(1942000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
