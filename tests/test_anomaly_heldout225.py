"""The two-hundred-and-twenty-fifth held-out trace family (a wool fibre grading model's images/s, sent by each node's
KNX reporter as a 4-byte counter group telegram every 10-30 s and summed per minute of its receipt by a monitor on a
KNXnet/IP tunnel): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout225 as h225
import tests.trace_checks as tc
from anomaly.heldout224 import HELDOUT224_SEEDS
from anomaly.heldout225 import HELDOUT225_SEEDS, heldout225_set, make_heldout225
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT225_SEEDS[:4]
SPANS = h225.SPANS

shared_builds = tc.shared_builds(h225)

_set, traces, _full_long = tc.cheap_sets(heldout225_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h225._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h225.K] - C[np.arange(n) * h225.K]) / h225.STEP


def test_seed_range_is_its_own():
    assert HELDOUT225_SEEDS == tuple(range(2252000, 2252012))
    assert not set(HELDOUT225_SEEDS) & set(HELDOUT224_SEEDS)


PINNED_EVENTS = [Event("straggler", 726, 726, 916, 0.1499), Event("leak", 1007, 1407, 1591, 0.1433),
                 Event("drop", 1894, 1894, 2266, 0.1257), Event("drop", 2529, 2529, 2941, 0.0984)]
PINNED_SUM = 14559497.133333333
PINNED_PAUSES = [(0, 14), (87, 101), (102, 111)]
PINNED_CHANGES = [2339]
LISTED_LONG = 24
CHANGES_LINE = "short 14, long 24"
# the path's distortions seen over the first 6 seeds of both sets (late copies are rare: not required)
ALWAYS_SEEN = tuple(k for k in h225.PATH_KEYS if k != "late_lost")


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout225, 2252000, 2252001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout225(2252000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout225(2252000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT225_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h225.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_repeats_and_rebins():
    """Over both sets' first 6 runs every distortion of the path occurs (telegrams lost on the bus, repeats with the
    R flag dropped or counted twice, a coupler's restart and the interface's queue losing telegrams, tunnel repeats
    and their copies counted twice, broken tunnels and full slots, monitor restarts, reporter reboots, clock steps,
    copies in another minute than their send's, load episodes), and both settings of each monitor switch."""
    total, suppress, dedup = {}, set(), set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT225_SEEDS[:6]):
            suppress.add(run.path.suppress_r)
            dedup.add(run.path.seq_dedup)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert suppress == dedup == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the counts a minute of the monitor's clock received, stamped at its end; a minute that read
    nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h225.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h225.TICK)), min(run.nt, int(b // h225.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h225.STEP), min(int(np.ceil(b / h225.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch", "queued"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is the job's images (the path loses, delays and repeats telegrams)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.9 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_whole_images_and_a_telegram_counts_at_most_twice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h * 60, np.round(h * 60))
        c = np.bincount(run.path.tel)  # an R-flag repeat and a tunnel repeat: at most 4 copies
        assert c.max() <= (1 + (not run.path.suppress_r)) * (1 + (not run.path.seq_dedup))


def test_windows_and_the_reporters_telegrams():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h225._inside(x, win).tolist() == [False, True, True, False, True, False]
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert ((10 <= p.P) & (p.P <= 30)).all() and (p.hi >= p.lo).all()
        for k in range(h225.NODES):  # a reporter's windows follow each other (a reboot skips a stretch)
            mine = p.ti == k
            assert (p.lo[mine][1:] >= p.hi[mine][:-1]).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "cpu": 1e9}
    st = {"nodes": 1, "gc": 1.0, "cc": 1.0}
    lv = h225._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h225._level(cfg, {**st, "gc": 1.5}) == pytest.approx(lv / 1.5)
    assert h225._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h225._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h225._next_stage(rng, cfg, st, h225._level(cfg, st))
        ratio = h225._level(cfg, new) / h225._level(cfg, st)
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
            assert run.counts["relaunches"] <= 3


def test_weights():
    tc.check_event_weights(h225._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout225, HELDOUT225_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout225, 2252000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout225(2252000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
