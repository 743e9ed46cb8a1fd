"""The eighty-third held-out trace family (a traffic-forecasting graph network's training samples/s, each node's
``experiment.log_metric`` sent by the Comet SDK in batches and read back per minute by a watcher through Comet's REST
API, summed over the experiments): generator checks only (no detector here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes and its row of the docstring's counts
table (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout83 as h83
import tests.trace_checks as tc
from anomaly.heldout82 import HELDOUT82_SEEDS
from anomaly.heldout83 import HELDOUT83_SEEDS, heldout83_set, make_heldout83
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT83_SEEDS[:4]
PINNED_EVENTS = [Event("leak", 785, 939, 1029, 0.206), Event("straggler", 1696, 1696, 1824, 0.1652),
                 Event("drop", 2593, 2593, 2941, 0.2254)]
PINNED_SUM = 3687282.7400756488
PINNED_PAUSES = [(0, 12), (72, 75), (135, 139)]
PINNED_CHANGES = [1932, 2351]
SPANS = {"short": (2, 40), "long": (2, 100)}
LISTED_LONG = 15
CHANGES_LINE = "short 18, long 15 (planned continuations)"

shared_builds = tc.shared_builds(h83)

_set, traces, _full_long = tc.cheap_sets(heldout83_set, SEEDS, n=N)


def _builds(setting: str) -> list:
    return [h83._build(seed, N, setting) for seed in SEEDS]


def _true(run) -> np.ndarray:
    """The job's samples/s per minute (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J) * h83.TICK])
    return (C[(np.arange(N) + 1) * h83.K] - C[np.arange(N) * h83.K]) / h83.STEP


def test_seed_range_is_its_own():
    assert HELDOUT83_SEEDS == tuple(range(832000, 832012))
    assert not set(HELDOUT83_SEEDS) & set(HELDOUT82_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout83, 832001, 832002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout83(832000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout83(832000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT83_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h83.__doc__, LISTED_LONG, CHANGES_LINE)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_watchers_minutes(traces):
    """A point is one minute of the chart (values keyed by their Comet ``timestamp``), keyed by its start; a minute
    with no seen value reads 0 (and is paused), so no minute is skipped."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h83.EPOCH + 60.0 * np.arange(N))
        assert tc.paused_mask(t)[t.healthy <= 0].all()


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert len(t.pauses) >= 20 and t.pauses[0][0] == 0, t.seed
        tc.check_pause_spans(t, lo, hi, n=N, apart=True)


def test_nothing_is_trained_in_a_pause_and_its_points_are_paused():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b, kind in run.pauses:
                assert not run.J[a:b].any(), (a, b, kind)
                if (b - a) * h83.TICK >= 2 * h83.STEP + run.cfg["E"]:  # a minute wholly inside a pause
                    s, e = int(np.ceil((a * h83.TICK + run.cfg["E"]) / h83.STEP)), int(b * h83.TICK // h83.STEP)
                    assert not live[s:min(e, N)].any(), (a, b, kind)
            assert {k.split("+")[0] for a, b, k in run.pauses} >= {"startup", "valid"}


def test_the_chart_reads_the_jobs_samples_per_minute():
    """Away from pauses a point is about the job's samples/s in its minute (a node whose values were lost, offline or
    late, is missing from its minutes, which read low)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            true = _true(run)
            assert 0.97 < h[live].sum() / true[live].sum() < 1.03
            assert np.median(np.abs(h[live] / true[live] - 1)) < 0.05
            assert (h >= 0).all()


def test_the_read_is_linear_and_follows_the_collection_path():
    """The read is linear in the job's rate (log times, stamps, delivery and the watcher's reads do not depend on it);
    a logged value never spans two processes; the watcher saw nearly all values it could."""
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h83._read(run, 2 * run.J), 2 * h)
        rw = run.rw
        assert (rw.t1 <= rw.t2).all() and ((rw.b >= 0) & (rw.b < N)).all() and (rw.coef >= 0).all()
        i1 = np.minimum((rw.t1 // h83.TICK).astype(int), run.T - 1)
        i2 = np.minimum(((rw.t2 - 1e-9) // h83.TICK).astype(int), run.T - 1)
        assert (run.life[i1] == run.life[i2]).all()
        assert 0.95 < rw.seen <= 1.0
        assert set(run.cfg) >= {"E", "reset", "resume", "L", "R", "dec", "stair"}


def test_the_horizon_curriculum_slows_the_first_stage():
    """Where the decoder unrolls the curriculum's horizon, the first stair trains faster than the full horizon."""
    seen = 0
    for seed in HELDOUT83_SEEDS:
        run = h83._schedule(np.random.default_rng([seed, 0, h83.CODE]), N, "short")
        if run.cfg["dec"] <= 0:
            continue
        p = run.procs[0]
        lvl = h83._level(run.cfg, p)
        first = run.J[p["ramp"][1]:p["ramp"][1] + int(run.cfg["stair"] // h83.TICK) // 2]
        first = first[first > 0]
        want = 1 / (1 - run.cfg["dec"] + run.cfg["dec"] / 12)
        assert abs(np.median(first) / lvl / want - 1) < 0.1, seed
        seen += 1
    assert seen >= 2


def test_events_placement(traces):
    tc.check_event_placement(traces[1], 2, 4, first=N // 10, n=N)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=1)


def test_changes_are_the_planned_continuations():
    continued = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for q, p in zip(run.procs, run.procs[1:]):
                moved = (p["nodes"], p["region"], p["history"]) != (q["nodes"], q["region"], q["history"])
                assert moved == q["graceful"] == (p["change"] is not None), (p, q)
            continued += len(changes)
    assert continued >= 2


def test_weights():
    tc.check_event_weights(h83._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout83, HELDOUT83_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout83, 832000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout83(832000, n_events=9)
