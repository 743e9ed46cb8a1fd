"""The eighty-second held-out trace family (a machine-learned interatomic potential's training structures/s, each
node's OpenTelemetry counter exported by a periodic reader over OTLP to a Collector and Uptrace, read per minute as
``per_min(sum($structures))``): generator checks only (no detector here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes and its row of the docstring's counts
table (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout82 as h82
import tests.trace_checks as tc
from anomaly.heldout80 import HELDOUT80_SEEDS
from anomaly.heldout82 import HELDOUT82_SEEDS, heldout82_set, make_heldout82
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT82_SEEDS[:4]
PINNED_EVENTS = [Event("leak", 697, 905, 1141, 0.2735), Event("straggler", 1318, 1318, 1810, 0.1308),
                 Event("drop", 2645, 2645, 2936, 0.1632)]
PINNED_SUM = 5239966.62427341
PINNED_PAUSES = [(0, 9), (77, 83), (157, 161)]
PINNED_CHANGES = [2415]
SPANS = {"short": (2, 40), "long": (2, 100)}
LISTED_LONG = 17
CHANGES_LINE = "short 20, long 17 (planned continuations)"

shared_builds = tc.shared_builds(h82)

_set, traces, _full_long = tc.cheap_sets(heldout82_set, SEEDS, n=N)


def _builds(setting: str) -> list:
    return [h82._build(seed, N, setting) for seed in SEEDS]


def _true(run) -> np.ndarray:
    """The job's structures/s per minute (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J) * h82.TICK])
    return (C[(np.arange(N) + 1) * h82.K] - C[np.arange(N) * h82.K]) / h82.STEP


def test_seed_range_is_its_own():
    assert HELDOUT82_SEEDS == tuple(range(822000, 822012))
    assert not set(HELDOUT82_SEEDS) & set(HELDOUT80_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout82, 822001, 822002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout82(822000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout82(822000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT82_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h82.__doc__, LISTED_LONG, CHANGES_LINE)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_uptraces_minutes(traces):
    """A point is one minute of Uptrace's per-minute aggregation, keyed by its start; a minute with no visible point
    reads 0 (and is paused), so no minute is skipped."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h82.EPOCH + 60.0 * np.arange(N))
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
                if (b - a) * h82.TICK >= 2 * h82.STEP + run.cfg["E"]:  # a minute wholly inside a pause
                    s, e = int(np.ceil((a * h82.TICK + run.cfg["E"]) / h82.STEP)), int(b * h82.TICK // h82.STEP)
                    assert not live[s:min(e, N)].any(), (a, b, kind)
            assert {k for a, b, k in run.pauses} >= {"startup", "valid"}


def test_the_panel_reads_the_jobs_structures_per_minute():
    """Away from pauses a point is about the job's structures/s in its minute (a point counts the structures since
    the node's last export; dropped deltas, or points visible after the watcher's read, read low)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            true = _true(run)
            assert 0.97 < h[live].sum() / true[live].sum() < 1.03
            assert np.median(np.abs(h[live] / true[live] - 1)) < 0.1
            assert (h >= 0).all()


def test_the_read_is_linear_and_follows_the_collection_path():
    """The read is linear in the job's rate (exports, stamps and visibility do not depend on it); an export row never
    spans two processes (a restarted SDK starts its cumulative counter again); the watcher saw nearly all points."""
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h82._read(run, 2 * run.J), 2 * h)
        rw = run.rw
        assert (rw.t1 <= rw.t2).all() and ((rw.b >= 0) & (rw.b < N)).all() and (rw.coef >= 0).all()
        i1 = np.minimum((rw.t1 // h82.TICK).astype(int), run.T - 1)
        i2 = np.minimum(((rw.t2 - 1e-9) // h82.TICK).astype(int), run.T - 1)
        live_row = (rw.coef > 0) & (rw.t2 > rw.t1)
        assert (run.life[i1][live_row] == run.life[i2][live_row]).all()
        assert 0.95 < rw.seen <= 1.0
        assert set(run.cfg) >= {"E", "cumulative", "batch", "L", "busy", "outs", "slow"}


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
                moved = (p["nodes"], p["model"], p["data"]) != (q["nodes"], q["model"], q["data"])
                assert moved == q["graceful"] == (p["change"] is not None), (p, q)
            continued += len(changes)
    assert continued >= 2


def test_weights():
    tc.check_event_weights(h82._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout82, HELDOUT82_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout82, 822000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout82(822000, n_events=9)
