"""The two-hundred-and-twenty-eighth held-out trace family (a sugarcane consignment quality model's images/s, each
node's count written into a CANopen TPDO on a CAN bus, forwarded by a CAN-Ethernet gateway and summed per minute by
a monitor): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the laws' runs; the "short" row was measured on the full set, and is not re-measured
here). The inhibit-time law (writes overwritten, the reads well under the job's images) is also checked on one run
outside the set (seed 2282151, n=2000, "short")."""

import numpy as np
import pytest

import anomaly.heldout228 as h228
import tests.trace_checks as tc
from anomaly.heldout228 import HELDOUT228_SEEDS, heldout228_set, make_heldout228
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT228_SEEDS[:4]
SPANS = h228.SPANS
INHIBIT_SEED = 2282151

shared_builds = tc.shared_builds(h228)

_set, traces, _full_long = tc.cheap_sets(heldout228_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h228._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h228.K] - C[np.arange(n) * h228.K]) / h228.STEP


def test_seed_range_is_its_own():
    assert HELDOUT228_SEEDS == tuple(range(2282000, 2282012))
    assert not set(HELDOUT228_SEEDS) & set(range(2272000, 2272012))  # generator 227's range by the rule
    assert INHIBIT_SEED not in HELDOUT228_SEEDS


PINNED_EVENTS = [Event("straggler", 463, 463, 634, 0.2082), Event("drop", 1463, 1463, 2041, 0.1789),
                 Event("leak", 2279, 2556, 2782, 0.1916)]
PINNED_SUM = 9618918.134825077
PINNED_PAUSES = [(0, 10), (55, 66), (86, 98)]
PINNED_CHANGES = []
LISTED_LONG = 18
CHANGES_LINE = "short 15, long 18"
# the path's distortions seen over the laws' runs and the full "long" set
ALWAYS_SEEN = h228.PATH_KEYS


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout228, 2282000, 2282001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout228(2282000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout228(2282000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT228_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h228.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_long_sets_path_loses_delays_doubles_and_moves():
    """Over the laws' runs (both settings) and the full "long" set, every distortion of the path occurs (lumps after
    a stretch without SYNC or writes, event-timer resends, writes lost while pre-operational, heartbeat misses, NMT
    master outages, error bursts, bus-offs and frames lost in them, frames received twice, gateway restarts and its
    lost and dropped frames, frames after their minute closed, frames in another minute than their write's, unread
    minutes, counts lost in a crash, writes overwritten under an inhibit time), both modes (SYNC and event-driven)
    and both bin clocks."""
    total, modes, clocks = {}, set(), set()
    _full_long()  # its runs are memoised: the builds below take them
    runs = _builds("short") + _builds("long") + _builds("long", 6000, HELDOUT228_SEEDS)
    for run, h, spans, live, changes in runs:
        modes.add(run.path.mode)
        clocks.add(run.path.time_pdo)
        for k, v in run.path.counts.items():
            total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert modes == {"sync", "event"} and clocks == {True, False}


def test_an_inhibit_time_over_the_write_period_overwrites_writes():
    """One event-driven run outside the set whose inhibit time is over the write period: most writes are overwritten
    (their images lost), so the reads sum well under the job's images."""
    run, h, spans, live, changes = h228._build(INHIBIT_SEED, 2000, "short")
    assert run.path.mode == "event" and run.path.counts["overwritten"] > 1000
    ratio = h[live].sum() / _true(run, 2000)[live].sum()
    assert 0.2 < ratio < 0.9, ratio


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum of a minute's counts per second, stamped at the minute's end; a minute that
    read nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h228.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h228.TICK)), min(run.nt, int(b // h228.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h228.STEP), min(int(np.ceil(b / h228.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is the job's images (the path moves, drops and doubles frames), where the
    inhibit time does not overwrite writes (one of these 8 runs: it reads less)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert (h >= 0).all()
            if run.path.counts["overwritten"]:
                assert ratio < 0.95, (setting, ratio)
            else:
                assert 0.97 < ratio < 1.03, (setting, ratio)


def test_the_reads_are_linear_and_windowed():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h228._reads(run, 2 * run.J), 2 * h)
        Jw = np.zeros(run.nt)
        Jw[5000:9000] = run.J[5000:9000]
        assert np.allclose(h228._reads(run, Jw, 5000 * h228.TICK, 9000 * h228.TICK), h228._reads(run, Jw))
        p = run.path
        assert (np.diff(p.wb) >= 0).all() and (p.wb >= p.wa).all() and (np.diff(p.fw) >= 0).all()


def test_windows_and_episodes():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h228._inside(x, win).tolist() == [False, True, True, False, True, False]
    assert h228._merge(np.array([[5.0, 9.0], [1.0, 6.0], [12.0, 13.0]])).tolist() == [[1.0, 9.0], [12.0, 13.0]]
    e = h228._episodes(np.random.default_rng(0), 100 * h228.DAY, 2.0, 10, 20)
    assert 120 < len(e) < 280 and ((e[:, 1] - e[:, 0] >= 10) & (e[:, 1] - e[:, 0] <= 20)).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "cpu": 1e9}
    st = {"nodes": 1, "crop_g": 1.0, "crop_c": 1.0, "batch": 1.0}
    lv = h228._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h228._level(cfg, {**st, "crop_g": 1.5}) == pytest.approx(lv / 1.5)
    assert h228._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h228._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h228._next_stage(rng, cfg, st, h228._level(cfg, st))
        ratio = h228._level(cfg, new) / h228._level(cfg, st)
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
            assert len(changes) <= len(run.known_t) == run.counts["relaunches"]


def test_weights():
    tc.check_event_weights(h228._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout228, HELDOUT228_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout228, 2282000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout228(2282000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
