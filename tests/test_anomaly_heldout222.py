"""The two-hundred-and-twenty-second held-out trace family (a blueberry sorting model's images/s on 1, 2 or 4 nodes,
each node's reporter a gNMI target whose leaf holds its images since its last update, sampled by a STREAM/SAMPLE
subscription per node and summed per minute by a gnmic- or Telegraf-like collector): generator checks only (no
detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's laws (with the first 6 "short" healthy runs at 6,000 points, no regressions; the "short" row was
measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout222 as h222
import tests.trace_checks as tc
from anomaly.heldout222 import HELDOUT222_SEEDS, heldout222_set, make_heldout222
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT222_SEEDS[:4]
SPANS = h222.SPANS

shared_builds = tc.shared_builds(h222)

_set, traces, _full_long = tc.cheap_sets(heldout222_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h222._build(seed, n, setting) for seed in seeds]


def _six(setting: str) -> list:
    """Both sets' first 6 healthy runs at 6,000 points (the "long" ones are the full set's, memoised)."""
    return _builds(setting, 6000, HELDOUT222_SEEDS[:6])


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h222.K] - C[np.arange(n) * h222.K]) / h222.STEP


def test_seed_range_is_its_own():
    assert HELDOUT222_SEEDS == tuple(range(2222000, 2222012))
    assert not set(HELDOUT222_SEEDS) & set(range(2212000, 2212012))  # generator 221's range by the rule


PINNED_EVENTS = [Event("straggler", 854, 854, 1141, 0.1277), Event("leak", 1574, 1873, 2041, 0.1523),
                 Event("drop", 2613, 2613, 2941, 0.3076)]
PINNED_SUM = 29633932.99503419
PINNED_PAUSES = [(0, 12), (80, 88), (154, 163)]
PINNED_CHANGES = [623, 2289]
LISTED_LONG = 12
CHANGES_LINE = "short 20, long 12"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout222, 2222000, 2222001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout222(2222000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout222(2222000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT222_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h222.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_paths_laws_all_occur():
    """Over both sets' first 6 runs every law of the path occurs (updates coalesced, initial syncs re-sent,
    heartbeats, repeats dropped by the collector, agent restarts and redials, notifications dropped by a slow
    collector, copies after their minute closed, copies in another minute than their update's, images lost in a
    crash, node clock steps), and both values of each setting of the subscription and the collector."""
    total, conf = {}, set()
    _full_long()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _six(setting):
            p = run.path
            conf |= {("suppress", p.suppress), ("dedup", p.dedup), ("stamp", p.stamp_update), ("bin", p.by_stamp)}
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h222.PATH_KEYS:
        if k != "unread":
            assert total[k] > 0, k
    assert len(conf) == 8


def test_the_subscriptions_settings():
    """``S`` from the subscription's choices, at most ``1.2 U``; a run without ``suppress_redundant`` has update
    stamps and a collector that drops repeats, and neither heartbeats nor re-sends reach its sums twice."""
    for run, h, spans, live, changes in _six("short"):
        p = run.path
        assert p.S in (5, 10, 15, 30) and 5 <= p.U <= 20 and p.S <= 1.2 * p.U + 1e-9
        if not p.suppress:
            assert p.dedup and p.stamp_update and p.counts["heartbeats"] == 0
        if p.dedup and p.stamp_update:  # one copy per update kept
            keys = p.node * 10 ** 8 + p.b
            assert len(np.unique(keys)) >= 0.99 * len(keys)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the collector's sum over a minute's notifications, stamped at the minute's end; a minute that read
    nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h222.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h222.TICK)), min(run.nt, int(b // h222.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h222.STEP), min(int(np.ceil(b / h222.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is the job's images (coalescing where ``S > U`` loses up to a sixth;
    heartbeats and re-sends add little away from pauses)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.8 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_copies_lie_in_a_process():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h222._reads(run, 2 * run.J), 2 * h)
        p = run.path
        assert (p.a <= p.b).all() and (p.m >= 0).all() and (p.m < N).all()
        assert (p.node < 4).all() and (p.b <= run.nt).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "res_g": 1.5, "res_c": 1.2, "cpu": 1e9}
    st = {"nodes": 1, "res": 0}
    lv = h222._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h222._level(cfg, {**st, "res": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h222._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h222._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h222._next_stage(rng, cfg, st, h222._level(cfg, st))
        ratio = h222._level(cfg, new) / h222._level(cfg, st)
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
    tc.check_event_weights(h222._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout222, HELDOUT222_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout222, 2222000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout222(2222000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
