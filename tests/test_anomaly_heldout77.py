"""The seventy-seventh held-out trace family (a learned image-compression model's training patches/s, each node's
cumulative patch counter read by a munin-node plugin, polled every 5 minutes by munin-update into DERIVE RRDs and
summed over the nodes' finest AVERAGE rows by a watcher): generator checks only (no detector here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes and its row of the docstring's counts
table (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout77 as h77
import tests.trace_checks as tc
from anomaly.heldout76 import HELDOUT76_SEEDS
from anomaly.heldout77 import HELDOUT77_SEEDS, heldout77_set, make_heldout77
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT77_SEEDS[:4]
PINNED_EVENTS = [Event("leak", 425, 677, 916, 0.2969), Event("straggler", 1414, 1414, 1591, 0.1039),
                 Event("drop", 2139, 2139, 2266, 0.3001), Event("drop", 2411, 2411, 3000, 0.1569)]
PINNED_SUM = 10564689.470251739
PINNED_PAUSES = [(0, 2), (6, 8), (13, 15)]
PINNED_CHANGES = [1090, 1694]
SPANS = {"short": (2, 20), "long": (2, 30)}
LISTED_LONG = 23
CHANGES_LINE = "short 20, long 23 (planned relaunches)"

shared_builds = tc.shared_builds(h77)

_set, traces, _full_long = tc.cheap_sets(heldout77_set, SEEDS, n=N)


def _builds(setting: str) -> list:
    return [h77._build(seed, N, setting) for seed in SEEDS]


def test_seed_range_is_its_own():
    assert HELDOUT77_SEEDS == tuple(range(772000, 772012))
    assert not set(HELDOUT77_SEEDS) & set(HELDOUT76_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout77, 772001, 772002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout77(772000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout77(772000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT77_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h77.__doc__, LISTED_LONG, CHANGES_LINE)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_row_ends_and_a_row_without_a_value_leaves_no_point():
    """A point is one 300 s row, stamped at its end; a row where every node's RRD is unknown is skipped, and the
    points next to it are paused."""
    skipped = 0
    for setting in ("short", "long"):
        for t, (run, h, spans, live, changes) in zip(_set(setting), _builds(setting)):
            assert np.all(t.timestamps % 300 == 0)
            assert np.array_equal(t.timestamps, h77.EPOCH + 300 * (run.km + 1))
            d = np.diff(t.timestamps)
            paused = tc.paused_mask(t)
            assert paused[h <= 0].all() and paused[0], t.seed
            for i in np.flatnonzero(d > 300):
                assert paused[i] and paused[i + 1], (t.seed, i)
            skipped += int((d > 300).sum())
    assert skipped >= 4


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert len(t.pauses) >= 20 and t.pauses[0][0] == 0, t.seed
        tc.check_pause_spans(t, lo, hi, n=N, apart=True)


def test_nothing_is_trained_in_a_pause_and_its_rows_are_paused():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            row = run.km * h77.STEP
            for a, b, kind in run.pauses:
                assert not run.rate[a:b].any(), (a, b, kind)
                if (b - a) * h77.TICK >= h77.STEP:  # a row wholly inside a pause
                    inside = (row >= a * h77.TICK) & (row + h77.STEP <= b * h77.TICK)
                    assert not live[inside].any(), (a, b, kind)
            assert {k for a, b, k in run.pauses} >= {"startup", "eval", "ckpt", "respawn"}


def test_the_watcher_reads_the_jobs_patches_per_row():
    """Away from pauses a point is about the job's patches/s in its row (a poll interval straddles the row's
    edges by a few seconds, the counter file is up to ``W`` s old)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            C = np.concatenate([[0.0], run.J])
            k = h77.STEP // h77.TICK
            true = (C[(run.km + 1) * k] - C[run.km * k]) / h77.STEP
            assert 0.97 < h[live].sum() / true[live].sum() < 1.03
            assert np.median(np.abs(h[live] / true[live] - 1)) < 0.05
            assert (h >= 0).all()


def test_rrd_updates_follow_munin_and_rrdtool():
    """Updates are strictly increasing in time (rrdtool refuses others); an interval over the heartbeat or with a
    falling counter (a new process starting from 0) is unknown; no update while the master is down."""
    resets = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for up, kn in zip(run.upd, run.mask):
                assert (np.diff(up.u) > 0).all()
                c = h77._counter(run, run.J, up)
                du, dc = np.diff(up.u), np.diff(c)
                assert np.array_equal(kn, (du <= h77.HEARTBEAT) & (dc >= 0))
                resets += int((dc < 0).sum())
                for a, b in run.outages:
                    assert not ((up.fetch >= a) & (up.fetch < b)).any()
    assert resets >= 4


def test_events_placement(traces):
    tc.check_event_placement(traces[1], 2, 4, first=N // 10, n=N)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=2)


def test_changes_are_the_planned_relaunches():
    relaunches = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for q, p in zip(run.procs, run.procs[1:]):
                moved = (p["nodes"], p["stage"]) != (q["nodes"], q["stage"])
                assert moved == q["graceful"], (p, q)
            relaunches += len(changes)
    assert relaunches >= 4


def test_weights():
    tc.check_event_weights(h77._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout77, HELDOUT77_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout77, 772000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout77(772000, n_events=9)
