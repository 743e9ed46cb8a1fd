"""The hundred-and-forty-fourth held-out trace family (a tropical-cyclone intensity CNN's patches/s, written by the
trainer's gateway thread into two 16-bit holding registers of a Modbus TCP server, polled by a SCADA HMI, stored by its
historian through a deadband and read back as the historian's per-minute averages): generator checks only (no
detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions, and the "long" set's runs; the
"short" row was measured on the full set, and is not re-measured here)."""

from types import SimpleNamespace

import numpy as np
import pytest

import anomaly.heldout144 as h144
import tests.trace_checks as tc
from anomaly.heldout141 import HELDOUT141_SEEDS
from anomaly.heldout144 import HELDOUT144_SEEDS, heldout144_set, make_heldout144
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT144_SEEDS[:4]
SPANS = h144.SPANS

shared_builds = tc.shared_builds(h144)

_set, traces, _full_long = tc.cheap_sets(heldout144_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h144._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's patches/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h144.K] - C[np.arange(n) * h144.K]) / h144.STEP


def test_seed_range_is_its_own():
    assert HELDOUT144_SEEDS == tuple(range(1442000, 1442012))
    assert not set(HELDOUT144_SEEDS) & set(HELDOUT141_SEEDS)


PINNED_EVENTS = [Event("drop", 1001, 1001, 1145, 0.2015), Event("leak", 1635, 1891, 2041, 0.181),
                 Event("straggler", 2585, 2585, 3000, 0.173)]
PINNED_SUM = 4869028.489990746
PINNED_PAUSES = [(0, 11), (62, 71), (153, 163)]
PINNED_CHANGES = [596, 1435, 1590]
LISTED_LONG = 21
CHANGES_LINE = "short 15, long 21"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout144, 1442000, 1442001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout144(1442000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout144(1442000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT144_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h144.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_fails_tears_saturates_and_delays():
    """Over the "short" set's first 6 runs and the "long" set's 12 (built by the full set) every distortion of the
    path occurs (failed and timed-out polls, stretched poll cycles, torn reads, saturated writes, changes held back
    by the deadband, stale records, records forwarded after their minute was read, records moved to another minute
    by the historian's clock, points reading 0), with both stale policies and both scalings."""
    total, policy, scaling = {}, set(), set()
    for setting, seeds in (("short", HELDOUT144_SEEDS[:6]), ("long", HELDOUT144_SEEDS)):
        for run, h, spans, live, changes in _builds(setting, 6000, seeds):
            policy.add(run.path.include_stale)
            scaling.add(run.path.span_scaled)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h144.PATH_KEYS:
        assert total[k] > 0, k
    assert policy == {True, False} and scaling == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_historians_minutes(traces):
    """A point is the historian's average over a minute of its own clock, stamped at the minute's end; a read of
    nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h144.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h144.TICK)), min(run.nt, int(b // h144.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h144.STEP), min(int(np.ceil(b / h144.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_patches_per_minute():
    """Away from pauses the reads' sum is the job's patches (the deadband, the held values and the clock move it
    little)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.97 < ratio < 1.03 and (h >= 0).all(), (setting, ratio)


def test_registers_scale_saturate_and_tear():
    """A write is the rate times the scale saturated at the signed 32-bit range; a torn read joins one word of the new
    write with the other word of the old one; a fresh server reads 0; a stale change holds the last good value."""
    p = SimpleNamespace(w_tick=np.arange(4), scale=1000.0, hi_first=True, c_w=np.array([-1, 0, 1, 2, 3, 3]),
                        c_torn=np.array([False, False, False, True, False, False]),
                        c_good=np.array([True, True, True, True, True, False]))
    J = np.array([10.0, 70.0, 200.0, 1e7]) * h144.TICK
    x, sat = h144._values(p, J)
    assert sat == 1 and x[0] == 0 and x[1] == 10.0 and x[2] == 70.0
    assert x[4] == pytest.approx(h144.I32 / 1000) and x[5] == x[4]
    new, old = 200000, 70000
    assert x[3] == ((new >> 16) << 16 | (old & 0xFFFF)) / 1000
    assert not any(x[3] == v for v in (70.0, 200.0))


def test_the_deadband_stores_quality_changes_and_moves_over_it():
    p = SimpleNamespace(c_good=np.array([True, True, True, True, False, True]), db=1.0)
    x = np.array([10.0, 10.5, 11.2, 11.0, 11.0, 11.0])
    stored, last, q = h144._deadband(p, x)
    assert stored.tolist() == [True, False, True, False, True, True]
    assert last.tolist() == [10.0, 10.0, 11.2, 11.2, 11.0, 11.0]


def test_minute_averages_are_time_weighted_and_late_records_are_missed():
    p = SimpleNamespace(c_h=np.array([0.0, 30.0, 90.0]), c_good=np.array([True, True, True]),
                        c_vis=np.array([0, 0, 2]), include_stale=True)
    out = h144._minutes(p, 3, np.array([10.0, 20.0, 40.0]), np.array([True, True, True]))
    assert out.tolist() == [15.0, 20.0, 40.0]  # minute 1 was read before the record at 90 s was forwarded


def test_the_windowed_reads_equal_the_full_ones():
    run, h, spans, live, changes = _builds("short")[0]
    mod = SimpleNamespace(b0=6000, b1=7000, f=np.full(1000, 0.8))
    J = h144._apply(run.J, [mod])
    c0 = max(0, int(np.searchsorted(run.path.c_t, mod.b0 * h144.TICK)) - 2)
    c1 = int(np.searchsorted(run.path.c_t, (mod.b1 + 1) * h144.TICK + 1))
    assert np.array_equal(h144._reads(run, J, c0, c1), h144._reads(run, J))


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "cpu": 1e9, "eff": 0.9, "res_c": 1.5, "bb_c": 2.5}
    st = {"gpus": 1, "res": 0, "bb": 0}
    g, c = h144._level(cfg, st)
    assert g == pytest.approx(1000.0)
    assert h144._level(cfg, {**st, "res": 2})[0] == pytest.approx(g / 1.5 ** 2)
    assert h144._level(cfg, {**st, "bb": 1})[0] == pytest.approx(g / 2.5)
    assert h144._level(cfg, {**st, "gpus": 4})[0] == pytest.approx(4 * 0.9 ** 2 * g)
    rng = np.random.default_rng(0)
    lv = h144._nominal(cfg, st)
    for _ in range(20):
        ratio = h144._nominal(cfg, h144._next_stage(rng, cfg, st)) / lv
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
    tc.check_event_weights(h144._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout144, HELDOUT144_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout144, 1442000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout144(1442000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1), (a2, b2) in zip(run.lives, run.lives[1:]))
