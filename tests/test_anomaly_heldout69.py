"""The sixty-ninth held-out trace family (a CFD neural-operator surrogate's snapshots/s, each node's per-interval count
written as IoTDB tablet rows and read per window as ``sum(snapshots) ... group by ([$from, $to), 1m)``): generator
checks only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set);
only the "long" full set is built here, for its shapes and its row of the docstring's counts table (the "short" row
and the run counts were measured on the full sets, and are not re-measured here)."""

from functools import lru_cache

import numpy as np
import pytest

import anomaly.heldout69 as h69
import tests.trace_checks as tc
from anomaly.heldout68 import HELDOUT68_SEEDS
from anomaly.heldout69 import HELDOUT69_SEEDS, heldout69_set, make_heldout69
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT69_SEEDS[:4]
SPANS = {"short": (2, 40), "long": (2, 90)}

PINNED_EVENTS = [Event("straggler", 783, 783, 1023, 0.128), Event("leak", 1613, 1965, 2037, 0.2474),
                 Event("drop", 2588, 2588, 2941, 0.1859)]
PINNED_SUM = 539407.85
PINNED_PAUSES = [(0, 3), (86, 94), (171, 180)]
PINNED_CHANGES = [1416, 1607, 2481]


_set, traces, _full_long = tc.cheap_sets(heldout69_set, SEEDS, n=N)  # each built once


@lru_cache(maxsize=2)
def _builds(setting: str) -> list:
    return [h69._build(seed, N, setting) for seed in SEEDS[:2]]


def test_seed_range_is_its_own():
    assert HELDOUT69_SEEDS == tuple(range(692000, 692012))
    assert not set(HELDOUT69_SEEDS) & set(HELDOUT68_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout69, 692004, 692005, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout69(692000, n=2000, setting="long"), make_heldout69(692000, n=2000, pauses="long"))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT69_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_table("long", ts, h69.__doc__, max_events=36)
    assert "short 30, long 24 (curriculum moves)" in " ".join(h69.__doc__.split())
    assert sum(len(t.changes) for t in ts) == 24


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_returned_windows():
    """The windows start at ``$from``'s sub-minute phase and step by whole minutes; a window with no row in any
    series (every process dead in a restart's down time) returns null and is no point."""
    skipped = 0
    for setting in ("short", "long"):
        for t in _set(setting):
            rel = t.timestamps - h69.EPOCH
            d = np.diff(rel)
            assert np.allclose(d % 60, 0, atol=1e-6) or np.allclose((d + 1e-6) % 60, 1e-6, atol=1e-5), t.seed
            assert (d >= 60 - 1e-6).all() and 0 <= rel[0] < 60, t.seed
            paused = tc.paused_mask(t)
            for i in np.flatnonzero(d > 60 + 1e-6):
                assert paused[i] and paused[i + 1], (t.seed, i)
            skipped += int((d > 60 + 1e-6).sum())
    assert skipped > 3


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert len(t.pauses) >= 8, t.seed
        tc.check_pause_spans(t, lo, hi, n=N, apart=False)
    if setting == "long":
        assert any(e - s > 30 for t in ts for s, e in t.pauses)


def test_nothing_is_trained_in_a_pause_and_its_points_are_paused():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            end = run.ws[-1] + 60
            for a, b, kind in run.pauses_t:
                assert not run.rate[int(np.ceil(a)):int(b)].any(), (a, b, kind)
                if a < end:
                    inside = (run.ws + 60 > a) & (run.ws < b)
                    assert not live[inside].any(), (a, b, kind)


def test_the_panel_reads_the_jobs_snapshots_per_window():
    """Away from pauses a point is the snapshots the rows stamped in its window carry, over 60 s: about the job's
    mean rate over that window (the row interval's aliasing, lost, late and overwritten rows aside)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            C = np.concatenate([[0.0], np.cumsum(run.rate)])
            T = np.round(run.ws).astype(int)
            true = (C[T + 60] - C[T]) / 60
            assert 0.97 < h[live].sum() / true[live].sum() < 1.02
            assert np.median(np.abs(h[live] / true[live] - 1)) < 0.1
            assert (h >= 0).all()


def test_rows_lost_and_overwritten_and_new_devices():
    runs = [b[0] for s in ("short", "long") for b in _builds(s)]
    for run in runs:
        st = run.meta.stats
        assert st["lost"] + st["overwritten"] < 0.01 * st["rows"]
        assert st["devices"] == run.nodes * (len(run.restarts) + 1)  # a restart writes under a new job id
        unsent = run.rows["kept"] & np.isinf(run.rows["sent"])  # only the last process's tablet at the run's end
        assert (run.rows["stamp"][unsent] > run.ws[-1] + 60).all()
    assert any(r.restarts for r in runs)


def test_events_placement(traces):
    tc.check_event_placement(traces[1], 2, 4, first=N // 10, n=N)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=2)


def test_weights():
    tc.check_event_weights(h69._weight)


def test_healthy_does_not_depend_on_the_regressions():
    seed = HELDOUT69_SEEDS[0]
    with_events = make_heldout69(seed, n=2000, pauses="long")
    clean = make_heldout69(seed, n=2000, pauses="long", n_events=0)
    assert np.array_equal(with_events.healthy, clean.values) and with_events.pauses == clean.pauses
    assert np.array_equal(with_events.timestamps, clean.timestamps) and with_events.changes == clean.changes


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout69, 692000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout69(692000, n_events=9)
