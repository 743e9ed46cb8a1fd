"""The eighty-first held-out trace family (a computational-pathology MIL job's training tiles/s, one JSON line per node
and logging interval tailed by Fluentd's ``in_tail``, buffered and bulk-indexed into OpenSearch, summed per minute by a
Grafana ``date_histogram``): generator checks only (no detector here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes and its row of the docstring's counts
table (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout81 as h81
import tests.trace_checks as tc
from anomaly.heldout80 import HELDOUT80_SEEDS
from anomaly.heldout81 import HELDOUT81_SEEDS, heldout81_set, make_heldout81
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT81_SEEDS[:4]
PINNED_EVENTS = [Event("straggler", 465, 465, 611, 0.1275), Event("drop", 1447, 1447, 1591, 0.1233),
                 Event("leak", 1677, 1900, 1971, 0.2367), Event("straggler", 2353, 2353, 2690, 0.2271)]
PINNED_SUM = 628191566.4827037
PINNED_PAUSES = [(0, 9), (58, 62), (112, 117)]
PINNED_CHANGES = [1078, 1268, 1991]
SPANS = {"short": (2, 40), "long": (2, 100)}
LISTED_LONG = 22
CHANGES_LINE = "short 25, long 22 (planned relaunches)"

shared_builds = tc.shared_builds(h81)

_set, traces, _full_long = tc.cheap_sets(heldout81_set, SEEDS, n=N)


def _builds(setting: str) -> list:
    return [h81._build(seed, N, setting) for seed in SEEDS]


def _true(run) -> np.ndarray:
    """The job's tiles/s per minute (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J) * h81.TICK])
    return (C[(np.arange(N) + 1) * h81.K] - C[np.arange(N) * h81.K]) / h81.STEP


def test_seed_range_is_its_own():
    assert HELDOUT81_SEEDS == tuple(range(812000, 812012))
    assert not set(HELDOUT81_SEEDS) & set(HELDOUT80_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout81, 812001, 812002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout81(812000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout81(812000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT81_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h81.__doc__, LISTED_LONG, CHANGES_LINE)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_panels_minutes(traces):
    """A point is one 1-minute bucket of the date_histogram, keyed by its start; an empty bucket reads 0 (and is
    paused), so no minute is skipped."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h81.EPOCH + 60.0 * np.arange(N))
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
                if (b - a) * h81.TICK >= 2 * h81.STEP + run.cfg["I"]:  # a minute wholly inside a pause
                    s, e = int(np.ceil((a * h81.TICK + run.cfg["I"]) / h81.STEP)), int(b * h81.TICK // h81.STEP)
                    assert not live[s:min(e, N)].any(), (a, b, kind)
            assert {k for a, b, k in run.pauses} >= {"startup", "valid"}


def test_the_panel_reads_the_jobs_tiles_per_minute():
    """Away from pauses a point is about the job's tiles/s in its minute (a line counts the interval before its
    stamp; lines lost on the way, or visible after the watcher's read, read low)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            true = _true(run)
            assert 0.97 < h[live].sum() / true[live].sum() < 1.03
            assert np.median(np.abs(h[live] / true[live] - 1)) < 0.08
            assert (h >= 0).all()


def test_the_read_is_linear_and_follows_the_collection_path():
    """The read is linear in the job's rate (lines, stamps and visibility do not depend on it); a line never spans a
    restart of the trainer; the watcher saw nearly all lines; a windowed read equals the full one."""
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h81._read(run, 2 * run.J), 2 * h)
        X = np.zeros(run.T)
        X[12000:24000] = run.J[12000:24000]
        assert np.allclose(h81._read(run, X, 12000 * h81.TICK, 24000 * h81.TICK), h81._read(run, X))
        rw = run.rw
        assert (rw.t1 <= rw.t2).all() and (rw.t2 - rw.t1 <= run.cfg["I"] + 1e-9).all()
        assert (np.diff(rw.t2) >= 0).all()
        i1 = np.minimum((rw.t1 // h81.TICK).astype(int), run.T - 1)
        i2 = np.minimum(((rw.t2 - 1e-9) // h81.TICK).astype(int), run.T - 1)
        lines = rw.ok & (rw.t2 > rw.t1)
        assert (run.life[i1][lines] == run.life[i2][lines]).all()
        assert 0.98 < rw.seen <= 1.0
        assert set(run.col) >= {"F", "L", "time_key", "file_buffer", "rt", "head", "refresh", "max_times"}


def test_events_placement(traces):
    tc.check_event_placement(traces[1], 2, 4, first=N // 10, n=N)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=1)


def test_changes_are_the_planned_relaunches():
    relaunches = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for q, p in zip(run.procs, run.procs[1:]):
                moved = (p["nodes"], p["stage"], p["cohort"]) != (q["nodes"], q["stage"], q["cohort"])
                assert moved == q["graceful"], (p, q)
            relaunches += len(changes)
    assert relaunches >= 2


def test_weights():
    tc.check_event_weights(h81._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout81, HELDOUT81_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout81, 812000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout81(812000, n_events=9)
