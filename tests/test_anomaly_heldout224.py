"""The two-hundred-and-twenty-fourth held-out trace family (a banknote fitness sorting model's images/s on 1, 2 or 4
nodes, each node's ROS 2 reporter publishing its images since its last message every 10-30 s, and a monitor node
summing them per minute of the header's stamp or of its receipt): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds at n=6000, no regressions; the "short" row was
measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout224 as h224
import tests.trace_checks as tc
from anomaly.heldout220 import HELDOUT220_SEEDS
from anomaly.heldout224 import HELDOUT224_SEEDS, heldout224_set, make_heldout224
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT224_SEEDS[:4]
SPANS = h224.SPANS

shared_builds = tc.shared_builds(h224)

_set, traces, _full_long = tc.cheap_sets(heldout224_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h224._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h224.K] - C[np.arange(n) * h224.K]) / h224.STEP


def test_seed_range_is_its_own():
    assert HELDOUT224_SEEDS == tuple(range(2242000, 2242012))
    assert not set(HELDOUT224_SEEDS) & set(HELDOUT220_SEEDS)


PINNED_EVENTS = [Event("straggler", 802, 802, 1098, 0.2735), Event("drop", 1933, 1933, 2041, 0.0864),
                 Event("leak", 2157, 2555, 2940, 0.1756)]
PINNED_SUM = 3946116.950572729
PINNED_PAUSES = [(0, 15), (67, 75), (190, 198)]
PINNED_CHANGES = [1142, 1901]
LISTED_LONG = 10
CHANGES_LINE = "short 18, long 10"
# the path's distortions seen over the first 6 seeds of both sets
ALWAYS_SEEN = tuple(k for k in h224.PATH_KEYS if k != "history_overwritten")


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout224, 2242000, 2242001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout224(2242000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout224(2242000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT224_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h224.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)
    assert any(e - s > 60 for t in ts for s, e in t.pauses)


def test_the_full_sets_path_loses_delays_replays_and_doubles():
    """Over both sets' first 6 runs (n=6000) the path's distortions occur: best-effort messages lost and reliable
    ones resent late under congestion, monitor restarts wiping its open minutes, messages lost while unmatched
    (discovery) and replayed by transient-local writers, replayed copies counted twice, copies dropped past their
    minute's close, intervals lost in a crash, clock steps, messages stamped into another minute, unread minutes;
    both reliabilities, both durabilities and both binnings."""
    total, modes = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT224_SEEDS[:6]):
            p = run.path
            modes |= {("reliable", p.reliable), ("transient", p.transient), ("stamp", p.by_stamp)}
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert len(modes) == 6


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum of a minute's messages (images/s), stamped at the minute's end; a minute that
    read nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h224.EPOCH + 60.0 * (np.arange(N) + 1))
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
                s, e = int(a // h224.STEP), min(int(np.ceil(b / h224.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
                if kind != "ramp":
                    i0, i1 = int(np.ceil(a / h224.TICK)), min(run.nt, int(b // h224.TICK))
                    assert not run.J[i0:i1].any(), (a, b, kind)
            seen |= {k for a, b, k in run.pauses_t}
    assert seen >= {"startup", "ramp", "eval", "ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is the job's images (the path shifts, drops and repeats messages)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_only_replays_repeat_a_message():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            p = run.path
            assert np.allclose(h224._reads(run, 2 * run.J), 2 * h)
            assert p.copies.max() <= (1 + p.counts["monitor_restarts"] if p.transient else 1)
            assert 10 <= p.P.min() and p.P.max() <= 30 and 20 <= p.grace <= 60 and 1 <= p.depth <= 10
            assert p.reliable or not p.transient  # a transient-local replay needs a reliable reader
            assert p.reliable or p.counts["history_overwritten"] == p.counts["reliable_delayed"] == 0
            assert not p.reliable or p.counts["best_effort_lost"] == 0


def test_windows():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h224._inside(x, win).tolist() == [False, True, True, False, True, False]
    assert not h224._inside(x, np.zeros((0, 2))).any()
    w = h224._windows(np.random.default_rng(0), 10 * h224.DAY, 3, 60, 1200)
    assert (w[:, 1] > w[:, 0]).all() and (w[1:, 0] > w[:-1, 1]).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "cpu": 1e9}
    st = {"nodes": 1, "shape_g": 1.0, "shape_c": 1.0}
    lv = h224._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h224._level(cfg, {**st, "shape_g": 1.5}) == pytest.approx(lv / 1.5)
    assert h224._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h224._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h224._next_stage(rng, cfg, st, h224._level(cfg, st))
        ratio = h224._level(cfg, new) / h224._level(cfg, st)
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
            assert len(changes) <= len(run.known_t) <= run.counts["relaunches"]
            assert set(run.known_kind) <= {"nodes", "shape"}


def test_weights():
    tc.check_event_weights(h224._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout224, HELDOUT224_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout224, 2242000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout224(2242000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t if kind != "ramp"]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            starts = [a for a, b, kind in run.pauses_t]  # a ramp's paused half may run into a pause due 60 s on
            assert starts == sorted(starts)
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
