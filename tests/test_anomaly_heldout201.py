"""The two-hundred-and-first held-out trace family (a chocolate-bloom inspection model's images/s, inserted by each
node's reporter into an rqlite cluster every 10-30 s and summed per minute by a monitor reading at level ``none``,
``weak`` or ``strong``): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy runs at n=6000, no regressions; the "short" row was
measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout201 as h201
import tests.trace_checks as tc
from anomaly.heldout201 import HELDOUT201_SEEDS, heldout201_set, make_heldout201
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT201_SEEDS[:4]
SPANS = h201.SPANS

shared_builds = tc.shared_builds(h201)

_set, traces, _full_long = tc.cheap_sets(heldout201_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h201._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h201.K] - C[np.arange(n) * h201.K]) / h201.K


def test_seed_range_is_its_own():
    assert HELDOUT201_SEEDS == tuple(range(2012000, 2012012))
    assert not set(HELDOUT201_SEEDS) & set(range(2002000, 2002012))  # generator 200's range by the rule


PINNED_EVENTS = [Event("leak", 553, 881, 1141, 0.1882), Event("drop", 1373, 1373, 1539, 0.1066),
                 Event("straggler", 2622, 2622, 3000, 0.2724)]
PINNED_SUM = 19857455.423710942
PINNED_PAUSES = [(0, 8), (115, 126), (231, 237)]
PINNED_CHANGES = []
LISTED_LONG = 27
CHANGES_LINE = "short 9, long 27"
# the path's distortions seen over the first 6 runs of both sets ("unread" minutes were none in either full set)
ALWAYS_SEEN = tuple(k for k in h201.PATH_KEYS if k != "unread") + ("queued_lost", "clock_steps")


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout201, 2012000, 2012001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout201(2012000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout201(2012000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT201_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h201.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=8)


def test_the_full_sets_path_refuses_retries_loses_doubles_and_rebins():
    """Over both sets' first 6 runs every distortion of the path occurs (writes refused in leader elections and by
    a restarting node, retries, rows given up, client time-outs and the rows they doubled, queued writes lost,
    cluster restarts, rows read late (a stale follower or a late commit), rows in another minute than their
    interval's end, crashes' lost intervals, node clock steps), and every read level, both write modes, both
    give-up modes and both bins."""
    total, modes = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT201_SEEDS[:6]):
            p = run.path
            modes |= {("level", p.level), ("queued", p.queued), ("carry", p.carry), ("insert", p.by_insert),
                      ("aligned", p.aligned)}
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert {m for m in modes if m[0] == "level"} == {("level", x) for x in ("none", "weak", "strong")}
    for name in ("queued", "carry", "insert", "aligned"):
        assert {(name, True), (name, False)} <= modes, name


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum of a minute's rows over 60 s, stamped at the minute's end; a minute that read
    nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h201.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h201.TICK)), min(run.nt, int(b // h201.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h201.STEP), min(int(np.ceil(b / h201.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is the job's images (the path shifts, loses and doubles rows)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.97 < ratio < 1.03 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_row_counts_at_most_twice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h201._reads(run, 2 * run.J), 2 * h)
        p = run.path
        _, c = np.unique(np.stack([p.a, p.b]), axis=1, return_counts=True)
        assert c.max() <= 2 and (p.b > p.a).all()
        assert (c.max() == 2) == (p.counts["doubled"] > 0 and not p.queued) or p.counts["late"] > 0


def test_windows_clocks_and_the_reporters_rows():
    win = h201._merge(np.array([50.0, 10.0, 15.0]), np.array([80.0, 20.0, 30.0]))
    assert win.tolist() == [[10.0, 30.0], [50.0, 80.0]]
    x = np.array([5.0, 10.0, 29.0, 30.0, 60.0, 90.0])
    assert h201._inside(x, win).tolist() == [False, True, True, False, True, False]
    clock = (np.array([0.0, 100.0]), np.array([3.0, 0.1]), 1e-5)
    assert h201._off(clock, 50.0) == pytest.approx(3.0005) and h201._off(clock, 200.0) == pytest.approx(0.101)
    p = type("P", (), {"aligned": True, "P": 15.0})()
    b = h201._row_ends(np.random.default_rng(0), p, (np.zeros(1), np.array([0.2]), 0.0), 100.0, 400.0, True)
    assert np.allclose(np.diff(b[:-1]), 15.0) and b[-1] == 400.0 and ((b[:-1] + 0.2) % 15 < 0.31).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "gc": 1.5, "cc": 1.3, "bf": 0.9, "cpu": 1e9}
    st = {"nodes": 1, "crop": 0, "batch": 0}
    lv = h201._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h201._level(cfg, {**st, "crop": 1}) == pytest.approx(lv / 1.5)
    assert h201._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h201._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h201._next_stage(rng, cfg, st, h201._level(cfg, st))
        ratio = h201._level(cfg, new) / h201._level(cfg, st)
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
    tc.check_event_weights(h201._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout201, HELDOUT201_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout201, 2012000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout201(2012000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
