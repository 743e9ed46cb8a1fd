"""The hundred-and-thirty-first held-out trace family (a person re-identification model's training, images/s, each
HTCondor proc chirping its cumulative images into a job ClassAd attribute every 30 s, the monitor's poller
differencing condor_q reads every 60 s): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout131 as h131
import tests.trace_checks as tc
from anomaly.heldout129 import HELDOUT129_SEEDS
from anomaly.heldout131 import HELDOUT131_SEEDS, heldout131_set, make_heldout131
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT131_SEEDS[:4]
SPANS = {"short": (1, 24), "long": (1, 89)}  # the laws' sets' and the full sets' span lengths

shared_builds = tc.shared_builds(h131)

_set, traces, _full_long = tc.cheap_sets(heldout131_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h131._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J * h131.TICK)])
    return (C[(np.arange(n) + 1) * h131.K] - C[np.arange(n) * h131.K]) / h131.STEP


def test_seed_range_is_its_own():
    assert HELDOUT131_SEEDS == tuple(range(1312000, 1312012))
    assert not set(HELDOUT131_SEEDS) & set(HELDOUT129_SEEDS)


PINNED_EVENTS = [Event("leak", 350, 637, 801, 0.1112), Event("drop", 1617, 1617, 1798, 0.1944),
                 Event("straggler", 2272, 2272, 2700, 0.1734)]
PINNED_SUM = 4108535.8083402505
PINNED_PAUSES = [(0, 8), (79, 82), (139, 144)]
PINNED_CHANGES = [914]
LISTED_LONG = 54
CHANGES_LINE = "short 34, long 54"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout131, 1312000, 1312001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout131(1312000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout131(1312000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT131_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h131.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)
    lo, hi = SPANS["long"]
    for t in ts:
        tc.check_pause_spans(t, lo, hi, n=6000, apart=True)


def test_the_path_batches_drops_times_out_and_resets():
    """Over both sets' first 6 runs every distortion of the path occurs (chirps batched after a busy schedd, dropped
    at their timeout or lost, condor_q timeouts, falls at a restart from a checkpoint, the poller's clock steps),
    evictions, holds and rematches on other hardware, and both divisors of a read."""
    total, per_min = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT131_SEEDS[:6]):
            per_min.add(run.path.per_min)
            for k, v in run.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h131.PATH_KEYS:
        assert total[k] > 0, k
    assert per_min == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the poller's read after its minute's end; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h131.EPOCH + 60.0 * (np.arange(N) + 1))
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
            q = run.path.q
            lo = np.concatenate([[0.0], q[:-1]])
            for a, b, kind in run.pauses_t:
                i0, i1 = int(np.ceil(a / h131.TICK)), min(run.nt, int(b // h131.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                touch = (lo < b) & (q > a)
                assert not live[touch].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "evict", "hold", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is the job's images (the path shifts, lumps and drops reads)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_the_counter_resumes_from_checkpoints():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h131._reads(run, 2 * run.J), 2 * h)
        for k, lf in enumerate(run.lives):
            if lf.ck_life >= 0:
                at = h131._counter(run, run.J, np.array([lf.a]), np.array([k]))[0]
                was = h131._counter(run, run.J, np.array([lf.ck]), np.array([lf.ck_life]))[0]
                assert at == pytest.approx(was)


def test_stages_change_the_rate():
    cfg = {"procs": 2, "gpus": 8, "gpu": 600.0, "cpu": 1e9, "eff": 0.9, "in_c": 2.0, "in_cpu": 1.5, "bb_c": 1.6}
    st = {"input": 0, "bb": 0, "hw": 1.0}
    lv = h131._level(cfg, st)
    assert lv == pytest.approx(2 * 0.9 * 8 * 600.0, rel=1e-6)
    assert h131._level(cfg, {**st, "bb": 1}) == pytest.approx(lv / 1.6, rel=1e-6)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h131._other_hw(rng, cfg, st, lv)
        r = h131._level(cfg, new) / lv
        assert abs(np.log(r)) >= np.log(1.15) - 1e-12 and 1 / 3 <= r <= 3


def test_busy_spells_delay_and_time_out():
    busy = np.array([[100.0, 200.0], [500.0, 530.0]])
    assert list(np.nan_to_num(h131._in_busy(busy, [99.0, 100.0, 199.0, 200.0, 510.0]))) == [0, 200, 200, 0, 530]


def test_events_placement(traces):
    tc.check_event_placement(traces[1], 2, 4, first=N // 10, n=N)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_changes_are_the_planned_ones():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            assert len(changes) <= len(run.known_t)
            assert len(run.known_t) == run.counts["other_hardware"] + run.counts["relaunches"] - \
                run.counts["kept_stage"]


def test_weights():
    tc.check_event_weights(h131._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout131, HELDOUT131_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout131, 1312000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout131(1312000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(x.b <= y.a for x, y in zip(run.lives, run.lives[1:]))
