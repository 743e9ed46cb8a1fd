"""The twelfth held-out trace family (an elastic vision job's images/s, eight nodes' Telegraf counts summed):
generator checks only (no detector runs here)."""

import numpy as np
import pytest

import anomaly.heldout12 as h12
from anomaly.heldout12 import HELDOUT12_SEEDS, heldout12_set, make_heldout12
from anomaly.traces import Event
from tests.trace_checks import (builds_fixture, check_aligned_steps, check_counts_table, check_depths_visible,
                                check_event_placement, check_family_bad_arguments, check_family_healthy_independent,
                                check_family_pauses, check_healthy_outside_events, check_pinned, check_trace_arrays,
                                median_over, paused_mask, steady_mask, traces_fixture)

SPANS = {"short": (3, 25), "long": (31, 120)}


traces = traces_fixture(heldout12_set)
#: the healthy runs of the "short" setting: ``(run, cum, healthy, spans, live)`` per seed
builds = builds_fixture(h12._build, HELDOUT12_SEEDS)


def test_seed_range_is_its_own():
    assert HELDOUT12_SEEDS == tuple(range(121840, 121852))


def test_deterministic_pinned_and_seed_dependent():
    check_pinned(make_heldout12, 121841, 121842, [Event("drop", 1023, 1023, 1142, 0.0926),
                 Event("straggler", 1332, 1332, 1758, 0.2267), Event("straggler", 2283, 2283, 2674, 0.2418)],
                 55626875.9, [(195, 205), (400, 411), (610, 623)])


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], HELDOUT12_SEEDS)


def test_scrape_intervals(traces):
    # the grouping interval, exactly; buckets aligned to the interval, as GROUP BY time() aligns them
    check_aligned_steps(traces[1], (10.0, 15.0, 20.0))
    assert len({float(t.timestamps[1] - t.timestamps[0]) for t in traces[1]}) >= 2  # intervals differ


def test_pause_spans(traces):
    setting, ts = traces
    for t in ts:
        check_family_pauses(setting, t, SPANS)  # the job starts training
        paused = paused_mask(t)
        assert np.median(t.healthy[paused]) < 0.1 * np.median(t.healthy[~paused]), t.seed  # no training there


def test_events_placement(traces):
    check_event_placement(traces[1], 3, 4, first=600)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    check_depths_visible(traces[1])


def test_docstring_counts_table(traces):
    check_counts_table(*traces, h12.__doc__)


def test_counts_are_conserved_through_skipped_gathers(builds):
    """Without UDP drops the series holds every image the nodes counted up to their last gather: a skipped
    gather moves a node's count to the next point (its share missing from one point, doubled in the next),
    it does not lose it; with the drops a little is lost."""
    merged, doubled = 0, 0
    for run, cum, h, spans, live in builds[:6]:
        total = float(cum[:, -1].sum())
        kept = run.loss.copy()
        run.loss[:] = 0.0
        no_drop = h12._counts(run, cum)
        run.loss[:] = kept
        assert no_drop.sum() * run.dt == total
        assert 0.99 * total < h.sum() * run.dt < total
        c = np.diff(cum, axis=1, prepend=0.0)  # (nodes, n): each node's count per point
        for w in range(len(c)):
            others = np.median(np.delete(c, w, axis=0), axis=0)
            k = np.nonzero((c[w, 1:-1] == 0) & (c[w, :-2] > 0) & live[1:-1] & live[2:] & (others[1:-1] > 0))[0] + 1
            merged += len(k)
            doubled += int((c[w, k + 1] > 1.5 * others[k + 1]).sum())
    assert merged >= 20 and doubled >= 0.9 * merged, (merged, doubled)


def test_world_size_changes_step_the_healthy_rate_unlabelled(builds):
    """A node lost at a checkpoint lowers the healthy level by about an eighth (a node regained raises it);
    none of it is labelled (some fall in the clean runs)."""
    changes, unlabelled = [], 0
    for k, (run, cum, h, spans, live) in enumerate(builds):
        ok = steady_mask(spans, after=20)  # the loader refills, the first step is slow
        prev = h12._NODES
        for t0, kind, w in run.stages:
            i = int(np.searchsorted(run.ts, t0))
            if kind == "world" and 250 < i < 5750:
                if not any(kind == "res" and abs(t1 - t0) < 250 * run.dt for t1, kind, _ in run.stages):
                    change = median_over(h, ok, i, i + 200) / median_over(h, ok, i - 250, i - 30) - 1
                    changes.append((w - prev, change))
                    unlabelled += (k + 1) % 4 == 0
            prev = w if kind == "world" else prev
    downs = [c for d, c in changes if d < 0]
    assert len(downs) >= 4 and all(-0.2 < c < -0.05 for c in downs), changes
    assert all(c > 0.05 for d, c in changes if d > 0), changes
    assert unlabelled >= 1


def test_progressive_resizing_steps_the_healthy_rate_down_unlabelled(builds):
    """Planned resolution rises (apart from world-size changes) lower the healthy level at epoch boundaries:
    little while the loader binds (low resolutions), more once compute does; never labelled."""
    downs = []
    for run, cum, h, spans, live in builds:
        ok = steady_mask(spans, after=20)  # the loader refills, the first step is slow
        for t0, kind, res in run.stages:
            i = int(np.searchsorted(run.ts, t0))
            alone = not any(k2 == "world" and abs(t1 - t0) < 250 * run.dt for t1, k2, _ in run.stages)
            if kind == "res" and 250 < i < 5750 and alone:
                downs.append(median_over(h, ok, i + 10, i + 160) / median_over(h, ok, i - 150, i) - 1)
    assert len(downs) >= 12 and np.median(downs) < -0.01 and sum(d < -0.05 for d in downs) >= 3, downs
    assert max(downs) < 0.03


def test_loader_binds_more_at_low_resolution(builds):
    """The loader's share of bound steps is higher before the first resolution rise than at the end."""
    seen = 0
    for run, *_ in builds:
        rises = [t for t, kind, _ in run.stages if kind == "res"]
        if not rises:
            continue
        bound = run.load > run.comp + run.comm
        first = int(np.searchsorted(run.end, rises[0]))
        assert bound[:first].mean() > bound[-first:].mean(), run.dt
        seen += 1
    assert seen >= 4


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout12, HELDOUT12_SEEDS[:2])


def test_bad_arguments():
    check_family_bad_arguments(make_heldout12, 121840)


def _digest(tr) -> str:
    import hashlib

    h = hashlib.sha256(np.asarray(tr.values, np.float64).tobytes())
    h.update(repr([(e.kind, e.onset, e.ramp_end, e.end, e.depth) for e in tr.events]).encode())
    h.update(repr(tr.pauses).encode())
    return h.hexdigest()[:16]


@pytest.mark.parametrize("seed, pauses, digest, changes", [
    (121840, "short", "f5dee903b1bd98b2", [1388, 2956, 5715]),
    (121843, "long", "ad2c42a55f316cd5", [845, 2702, 3753]),
    (121847, "short", "9cd1a36fbc3455e6", [1200, 1357, 1695, 2232, 2789, 3590, 4360, 5225, 5967]),
])
def test_planned_changes_are_listed_and_values_events_unchanged(seed, pauses, digest, changes):
    """Session 15: ``Trace.changes`` holds every resolution step and world-size change; the values, events and
    pauses are the ones the generator gave before it listed them (digests taken from the previous code)."""
    tr = make_heldout12(seed, pauses=pauses)
    assert _digest(tr) == digest
    assert tr.changes == changes


def test_planned_changes_are_the_schedules_stages(builds):
    for seed, (run, cum, h, spans, live) in zip(HELDOUT12_SEEDS, builds):
        tr = make_heldout12(seed)
        assert len(tr.changes) == len({int(np.searchsorted(run.ts, t, side="right")) for t, _, _ in run.stages
                                       if t < run.ts[-1]})
        for c in tr.changes:  # the first point whose interval holds a step after the change
            t = min(t for t, _, _ in run.stages if np.searchsorted(run.ts, t, side="right") == c)
            assert run.ts[c] > t and (c == 0 or run.ts[c - 1] <= t)
