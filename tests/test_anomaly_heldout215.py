"""The two-hundred-and-fifteenth held-out trace family (a histopathology tumour-grading model's images/s on 1, 2 or 4
nodes, each node's cumulative image count and clock time written to its AWS IoT device shadow every 10-30 s over
MQTT, and a monitor reading every shadow once a minute and differencing the counts): generator checks only (no
detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the 4 "short" runs at n=3000; the "short" row was measured on the full set, and is
not re-measured here). The monitor's rules (holds, the clock rule, restarts in both modes) are checked on small
hand-made message lists, since a clock step back or a stale copy read as a restart is rare in the sets."""

import numpy as np
import pytest

import anomaly.heldout215 as h215
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout215 import HELDOUT215_SEEDS, heldout215_set, make_heldout215
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT215_SEEDS[:4]
SPANS = h215.SPANS

shared_builds = tc.shared_builds(h215)

_set, traces, _full_long = tc.cheap_sets(heldout215_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h215._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h215.K] - C[np.arange(n) * h215.K]) / h215.STEP


def test_seed_range_is_its_own():
    assert HELDOUT215_SEEDS == tuple(range(2152000, 2152012))
    assert not set(HELDOUT215_SEEDS) & set(range(2142000, 2142012))  # generator 214's range by the rule
    assert not set(HELDOUT215_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("leak", 369, 728, 912, 0.159), Event("drop", 1314, 1314, 1554, 0.2282),
                 Event("straggler", 1708, 1708, 2182, 0.1086), Event("leak", 2454, 2710, 2940, 0.2295)]
PINNED_SUM = 970429.1238271664
PINNED_PAUSES = [(0, 10), (102, 114), (208, 220)]
PINNED_CHANGES = []
LISTED_LONG = 8
CHANGES_LINE = "short 15, long 8"
# the path's distortions seen over the full "long" set and the 4 "short" runs (a clock hold and a stale copy read
# as a restart are rare: checked on hand-made messages below)
ALWAYS_SEEN = tuple(k for k in h215.PATH_KEYS if k not in ("held_clock", "false_restarts"))


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout215, 2152000, 2152001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout215(2152000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout215(2152000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT215_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h215.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_path_loses_queues_throttles_and_holds():
    """Over the full "long" set and the 4 "short" runs every common distortion of the path occurs, both QoS
    levels, versioned and unversioned updates and both restart rules of the monitor; each run's counts agree with
    its settings (QoS 0: nothing queued or re-sent; unversioned: no 409)."""
    _full_long()
    total, seen = {}, set()
    for setting, n, seeds in (("long", 6000, HELDOUT215_SEEDS), ("short", N, SEEDS)):
        for run, h, spans, live, changes in _builds(setting, n, seeds):
            p = run.path
            seen |= {("qos", p.qos), ("versioned", p.versioned), ("mode", p.mode)}
            if p.qos == 0:
                assert p.counts["queued_qos1"] == p.counts["inflight_429"] == p.counts["resent_stale"] == 0
            if not p.versioned:
                assert p.counts["version_409"] == 0
            assert p.counts["inflight_429"] <= p.counts["queued_qos1"]
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert seen == {("qos", 0), ("qos", 1), ("versioned", True), ("versioned", False), ("mode", "reset"),
                    ("mode", "clamp")}


def _mon(j, fail, msgs, mode):
    """The monitor over hand-made updates ``msgs`` = (tick, life, first tick, clock) each."""
    c = {k: 0 for k in h215.PATH_KEYS}
    tick, life, st0, clk = (list(x) for x in zip(*msgs))
    hi, lo = h215._monitor(j, fail, tick, life, st0, clk, mode, c)
    return hi.tolist(), lo.tolist(), c


def test_the_monitor_holds_a_failed_read_and_an_unchanged_shadow_then_catches_up():
    msgs = [(10, 0, 0, 50.0), (22, 0, 0, 110.0), (34, 0, 0, 170.0)]
    hi, lo, c = _mon([-1, 0, 0, 1, 2], [False, False, False, True, False], msgs, "reset")
    assert (hi, lo) == ([0, 10, 0, 0, 34], [0, 0, 0, 0, 10])  # first read from zero, a hold, a failed read, catch-up
    assert c["held_same_version"] == 1 and c["read_failed"] == 1


def test_the_monitor_ignores_an_update_whose_clock_is_not_newer():
    """A node clock stepped back (or a stale copy re-sent): the reading is ignored until the clock passes."""
    msgs = [(10, 0, 0, 500.0), (22, 0, 0, 480.0), (34, 0, 0, 540.0)]
    hi, lo, c = _mon([0, 1, 2], [False] * 3, msgs, "reset")
    assert (hi, lo) == ([10, 0, 34], [0, 0, 10]) and c["held_clock"] == 1


def test_the_monitor_reads_a_lower_count_as_a_restart_in_both_modes():
    msgs = [(10, 0, 0, 50.0), (22, 0, 0, 110.0), (40, 1, 30, 170.0), (35, 1, 30, 230.0), (60, 1, 30, 290.0)]
    hi, lo, c = _mon([0, 1, 2, 3, 4], [False] * 5, msgs, "reset")
    assert (hi, lo) == ([10, 22, 40, 35, 60], [0, 10, 30, 30, 35])  # a new life: its count from its first tick
    assert c["restarts_seen"] == 2 and c["false_restarts"] == 1  # an older count of the same life: a false restart
    hi, lo, c = _mon([0, 1, 2, 3, 4], [False] * 5, msgs, "clamp")
    assert (hi, lo) == ([10, 22, 0, 0, 60], [0, 10, 0, 0, 35])  # the clamp monitor drops what a restart read


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h215.EPOCH + 60.0 * (np.arange(N) + 1))


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert len(t.pauses) >= 15 and t.pauses[0][0] == 0, t.seed
        tc.check_pause_spans(t, lo, hi, n=N, apart=True)


def test_nothing_is_trained_in_a_pause_but_a_ramps_first_half_and_its_points_are_paused():
    seen = set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            in_ramp = np.zeros(run.nt, bool)  # a start-up's pause holds the first half of its ramp
            for a, b in run.ramps:
                in_ramp[int(a // h215.TICK):int(np.ceil((a + 0.5 * (b - a)) / h215.TICK))] = True
            for a, b, kind in run.pauses_t:
                i0, i1 = int(np.ceil(a / h215.TICK)), min(run.nt, int(b // h215.TICK))
                assert not (run.J[i0:i1] > 0)[~in_ramp[i0:i1]].any(), (a, b, kind)
                s, e = int(a // h215.STEP), min(int(np.ceil(b / h215.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            seen |= {k for a, b, k in run.pauses_t}
    assert seen >= {"startup", "eval", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is the job's images (the path holds, moves and drops counts)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_the_tick_pairs_ordered():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h215._reads(run, 2 * run.J), 2 * h)
        for hi, lo in zip(run.path.hi, run.path.lo):
            assert (hi >= lo).all() and (lo >= 0).all() and (hi <= run.nt).all()
        assert ((10 <= run.path.P) & (run.path.P <= 30)).all()


def test_windows_clocks_and_episodes():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h215._inside(x, win).tolist() == [False, True, True, False, True, False]
    rng = np.random.default_rng(0)
    ep = h215._episodes(rng, 10 * h215.DAY, 5.0, 20, 400)
    assert 20 < len(ep) < 90 and ((ep[:, 1] - ep[:, 0]) >= 20).all() and ((ep[:, 1] - ep[:, 0]) <= 400).all()
    ts, off = h215._clock(rng, 10 * h215.DAY, False)
    assert len(ts) == 1 and abs(off[0]) < 1
    ts, off = h215._clock(rng, 10 * h215.DAY, True)
    assert len(ts) > 3 and (np.diff(ts) >= 0).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 300.0, "gpn": 4, "eff": 0.9, "cpu": 1e9, "cost": [1.0, 1.5, 2.0], "aug": [1.0, 1.2, 1.6]}
    st = {"nodes": 1, "shape": 0}
    lv = h215._level(cfg, st)
    assert lv == pytest.approx(1200.0)
    assert h215._level(cfg, {**st, "shape": 2}) == pytest.approx(lv / 2.0)
    assert h215._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h215._level({**cfg, "cpu": 300.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 450.0
    for _ in range(20):
        new = h215._next_stage(rng, cfg, st, h215._level(cfg, st))
        ratio = h215._level(cfg, new) / h215._level(cfg, st)
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
            assert len(changes) <= len(run.known_t) <= run.counts["relaunches"] - run.counts.get("kept_stage", 0)


def test_weights():
    tc.check_event_weights(h215._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout215, HELDOUT215_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout215, 2152000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout215(2152000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
