"""The hundred-and-thirty-eighth held-out trace family (a tokamak plasma-disruption predictor's windows/s, served as an
EPICS process variable by the trainer's soft IOC with a monitor deadband, archived by the EPICS Archiver Appliance
over Channel Access and fetched as per-minute bins): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (on its runs; the "short" row was measured on the full set, and is not re-measured
here)."""

import numpy as np
import pytest

import anomaly.heldout138 as h138
import tests.trace_checks as tc
from anomaly.heldout135 import HELDOUT135_SEEDS
from anomaly.heldout138 import HELDOUT138_SEEDS, heldout138_set, make_heldout138
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT138_SEEDS[:4]
SPANS = h138.SPANS

shared_builds = tc.shared_builds(h138)

_set, traces, _full_long = tc.cheap_sets(heldout138_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h138._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's windows/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)]) * h138.TICK
    return (C[(np.arange(n) + 1) * h138.K] - C[np.arange(n) * h138.K]) / h138.STEP


def test_seed_range_is_its_own():
    assert HELDOUT138_SEEDS == tuple(range(1382000, 1382012))
    assert not set(HELDOUT138_SEEDS) & set(HELDOUT135_SEEDS)


PINNED_EVENTS = [Event("drop", 990, 990, 1140, 0.2714), Event("leak", 1449, 1708, 1935, 0.2442),
                 Event("straggler", 2676, 2676, 2941, 0.116)]
PINNED_SUM = 5584827.614138503
PINNED_PAUSES = [(0, 7), (30, 36), (46, 47)]
PINNED_CHANGES = [1950, 2479]
LISTED_LONG = 21
CHANGES_LINE = "short 13, long 21"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout138, 1382000, 1382001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout138(1382000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout138(1382000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT138_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h138.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_path_loses_delays_and_repeats():
    """Over the "long" full set's runs every distortion of the path occurs (late
    updates, the deadband's skipped updates, events dropped by the archiver's buffer, by SCAN mode or for a stamp
    not newer than the last, the values sent at each connection, CA circuit drops, engine pauses, events written
    after their bin was fetched, failed fetches, carried and empty bins), and every mode and operator."""
    total, modes = {}, set()
    _full_long()  # its runs, memoised
    runs = _builds("long", 6000, HELDOUT138_SEEDS)
    for run, h, spans, live, changes in runs:
        modes |= {run.path.mode, run.path.op}
        for k, v in run.path.counts.items():
            total[k] = total.get(k, 0) + v
    for k in h138.PATH_KEYS:
        assert total[k] > 0, k
    assert modes == {"monitor", "scan", "mean", "first"}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_bins_ends(traces):
    """A point is the monitor's read of a minute's bin, stamped at the bin's end; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h138.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h138.TICK)), min(run.nt, int(b // h138.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h138.STEP), min(int(np.ceil(b / h138.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_windows_per_minute():
    """Away from pauses the reads' sum is near the job's windows (a mean of the posted events over-weights the
    moving stretches a deadband lets through; a first sample is one update's rate)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.9 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_updates_tile_the_lives():
    """The reads are linear in the windows; an update covers the time since the one before it (its weights over the
    ticks sum to 1), and the first update of each life is posted."""
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h138._reads(run, 2 * run.J), 2 * h)
        assert np.allclose(run.path.wts.sum(1), 1.0)
        assert (run.path.ent_b >= 0).all() and (run.path.ent_b < N).all() and not run.path.failed[run.path.ent_b].any()


def test_stages_change_the_rate():
    cfg = {"gpu": 400.0, "eff": 0.9, "win_c": 1.5, "ch_c": 1.4, "net_c": 2.0}
    st = {"gpus": 1, "win": 0, "ch": 0, "net": 0}
    lv = h138._level(cfg, st)
    assert lv == pytest.approx(400.0)
    assert h138._level(cfg, {**st, "win": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h138._level(cfg, {**st, "ch": 1, "net": 1}) == pytest.approx(lv / 2.8)
    assert h138._level(cfg, {**st, "gpus": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h138._next_stage(rng, cfg, st, lv)
        ratio = h138._level(cfg, new) / lv
        assert abs(np.log(ratio)) >= np.log(1.15) - 1e-12 and 1 / 3 <= ratio <= 3


def test_a_drifting_clock_is_stepped_back():
    rng = np.random.default_rng(1)
    clock = h138._clock(rng, 1e5, True)
    t = np.arange(0, 1e5, 60.0)
    skew = clock(t) - t
    assert 0 < np.ptp(skew) < 2.0 and np.abs(np.diff(skew)).max() > 50 * np.median(np.abs(np.diff(skew)))
    still = h138._clock(rng, 1e5, False)
    assert np.ptp(still(np.arange(0, 1e5, 60.0)) - np.arange(0, 1e5, 60.0)) < 1e-6


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
    tc.check_event_weights(h138._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout138, HELDOUT138_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout138, 1382000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout138(1382000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1), (a2, b2) in zip(run.lives, run.lives[1:]))
