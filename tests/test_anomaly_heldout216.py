"""The two-hundred-and-sixteenth held-out trace family (a seed germination scoring model's training images/s on 1, 2
or 4 nodes, each node a Blynk device whose reporter writes its images since its last write to a virtual pin, read by
a monitor from each device's datastream history once a minute and summed per minute of the server's time):
generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds at 6,000 points, no regressions; the "short" row
was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout216 as h216
import tests.trace_checks as tc
from anomaly.heldout216 import HELDOUT216_SEEDS, heldout216_set, make_heldout216
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT216_SEEDS[:4]
SPANS = h216.SPANS
HELDOUT215_SEEDS = tuple(range(2152000, 2152012))  # generator 215's range by the rule (its module is not here)

shared_builds = tc.shared_builds(h216)

_set, traces, _full_long = tc.cheap_sets(heldout216_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h216._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h216.K] - C[np.arange(n) * h216.K]) / h216.STEP


def test_seed_range_is_its_own():
    assert HELDOUT216_SEEDS == tuple(range(2162000, 2162012))
    assert not set(HELDOUT216_SEEDS) & set(HELDOUT215_SEEDS)


PINNED_EVENTS = [Event("straggler", 534, 534, 854, 0.2382), Event("leak", 1380, 1657, 1895, 0.2039),
                 Event("drop", 2437, 2437, 2919, 0.3178)]
PINNED_SUM = 1365608.9508877925
PINNED_PAUSES = [(0, 8), (96, 102), (192, 197)]
PINNED_CHANGES = [1944]
LISTED_LONG = 15
CHANGES_LINE = "short 18, long 15"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout216, 2162000, 2162001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout216(2162000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout216(2162000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT216_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h216.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_refuses_delays_loses_and_repeats():
    """Over both sets' first 6 runs every distortion of the path occurs (refusals while the server restarts, in
    flood episodes and while a device is offline; refused writes carried or lost; writes stored twice and cropped at
    the datastream's max; values stored after the monitor read their minute; unread minutes; intervals lost in a
    crash; values stamped in another minute; server, network and monitor restarts), and both write modes, both
    reporter behaviours on a refusal and both history aggregations."""
    total, modes, carry, avg = {}, set(), set(), set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT216_SEEDS[:6]):
            modes.add(run.path.mode)
            carry.add(run.path.carry)
            avg.add(run.path.avg)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h216.PATH_KEYS:
        assert total[k] > 0, k
    assert modes == {"http", "library"} and carry == {True, False} and avg == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is a server-time minute's reads, stamped at the minute's end; a minute that read nothing is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h216.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h216.TICK)), min(run.nt, int(b // h216.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h216.STEP), min(int(np.ceil(b / h216.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Where the history keeps raw values and the monitor's clock is within its settle time, the reads' sum away
    from pauses is the job's images (the path shifts, drops and repeats writes); the minute's average reads less."""
    checked = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert (h >= 0).all()
            if run.path.avg:
                assert ratio < 0.7, (setting, ratio)
            elif abs(run.path.off0) < run.path.settle - 1:
                assert 0.93 < ratio < 1.07, (setting, ratio)
                checked += 1
    assert checked >= 2


def test_the_reads_are_linear_but_for_the_crop():
    for run, h, spans, live, changes in _builds("short") + _builds("long"):
        if np.isfinite(run.path.cmax):
            assert (h216._write_counts(run, 3 * run.J) <= run.path.cmax).all()
        else:
            assert np.allclose(h216._reads(run, 2 * run.J), 2 * h)


def test_the_writes_fates():
    """On the first 4 seeds at 3,000 points: writes lie in their process's life, one every ``P`` s (a round timer);
    a refused write lies in a server restart, a flood episode or a blip; only an HTTP reporter carries a refused
    write's images into its next one or sends a write twice; a counted value was stored before its minute was read."""
    for run, h, spans, live, changes in _builds("short") + _builds("long"):
        p = run.path
        assert set(np.unique(p.P)) <= {10.0, 12.0, 15.0, 20.0, 30.0}
        assert (p.t_hi > p.t_lo).all() and (p.t_from <= p.t_lo).all()
        refused = ~p.ok
        why = h216._inside(p.t_hi, p.down) | h216._inside(p.t_hi, p.flood) | h216._inside(p.t_hi, p.blips)
        assert why[refused].all()
        if not p.carry:
            assert np.array_equal(p.t_from, p.t_lo)
        if p.mode == "library":
            assert p.counts["doubled"] == 0 and not p.carry
        assert p.counted.sum() == len(p.w_idx) and (p.minute < N).all()


def test_windows():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h216._inside(x, win).tolist() == [False, True, True, False, True, False]


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "cpu": 1e9, "eff": 0.9, "gpu_px": 2.0, "cpu_px": 1.0, "big": 1.1}
    st = {"nodes": 1, "res": 0, "big": False}
    lv = h216._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h216._level(cfg, {**st, "res": 2}) == pytest.approx(lv / (512 / 384) ** 2)
    assert h216._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h216._level(cfg, {**st, "big": True}) == pytest.approx(1.1 * lv)
    assert h216._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h216._next_stage(rng, cfg, st, h216._level(cfg, st))
        ratio = h216._level(cfg, new) / h216._level(cfg, st)
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
    tc.check_event_weights(h216._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout216, HELDOUT216_SEEDS[:1], changes=True, n=6000)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout216, 2162000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout216(2162000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
