"""The fifteenth held-out trace family (a recommender job's examples/s, DogStatsD counts read back from Datadog as
``sum:...as_rate().rollup(avg, dt)``): generator checks only (no detector runs here)."""

import numpy as np

import anomaly.heldout15 as h15
from anomaly.heldout15 import HELDOUT15_SEEDS, heldout15_set, make_heldout15
from anomaly.traces import Event
from tests.trace_checks import (builds_fixture, check_aligned_steps, check_changes_move_the_level,
                                check_counts_and_changes, check_depths_visible, check_every_kind_placed,
                                check_family_bad_arguments, check_family_healthy_independent, check_family_pauses,
                                check_healthy_outside_events, check_pinned, check_planned_changes, check_trace_arrays,
                                paused_mask, traces_fixture, unlisted_moves)

SPANS = {"short": (6, 25), "long": (31, 120)}
# listed changes: all, world-size changes, batch steps, schema changes
CHANGES = {"short": (11, 3, 3, 5), "long": (11, 4, 4, 3)}


traces = traces_fixture(heldout15_set)
#: the healthy runs of the "short" setting: ``(run, healthy, spans, live, changes)`` per seed
builds = builds_fixture(h15._build, HELDOUT15_SEEDS)


def _expected(run) -> np.ndarray:
    """Per point: the examples/s the job's steps make (every host's share of its steps, summed, over ``dt``)."""
    x, _ = h15._steps(run, [], 0, run.n * run.k)
    return (x * run.share * run.hosts).reshape(run.n, run.k).sum(-1) / run.dt


def test_seed_range_is_its_own():
    assert HELDOUT15_SEEDS == tuple(range(151500, 151512))


def test_deterministic_pinned_and_seed_dependent():
    check_pinned(make_heldout15, 151501, 151502, [Event("leak", 565, 988, 1140, 0.282),
                 Event("straggler", 1670, 1670, 1969, 0.1638), Event("drop", 2688, 2688, 2940, 0.1246)],
                 1087389813.04, [(158, 166), (201, 220), (377, 389)], changes=[547, 1318])


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], HELDOUT15_SEEDS)


def test_rollup_steps(traces):
    check_aligned_steps(traces[1], (20.0, 30.0, 60.0))  # Datadog aligns its rollup buckets


def test_pause_spans(traces):
    """Training stops: the points inside a span read 0 (the counter flushes zeros, then expires); after an
    expiry the point where training resumes averages only the flushes that hold data, so most last points of a
    span read over half the level."""
    setting, ts = traces
    last = []
    for t in ts:
        check_family_pauses(setting, t, SPANS, min_count=8)  # the trace starts with training
        level = np.median(t.healthy[~paused_mask(t)])
        for s, e in t.pauses:
            assert (t.healthy[s + 1:e - 1] == 0).all(), (t.seed, s, e)
            if e < 6000:
                last.append(t.healthy[e - 1] / level)
    assert np.mean(np.array(last) > 0.5) > 0.5


def test_events_placement(traces):
    check_every_kind_placed(traces[1])  # every kind in each trace with events


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    check_depths_visible(traces[1])


def test_docstring_counts_table(traces):
    setting = traces[0]
    listed, world, batch, schema = CHANGES[setting]
    line = f"{setting} {listed} ({world} world-size changes, {batch} batch steps, {schema} schema changes)"
    check_counts_and_changes(traces, h15.__doc__, listed, line)


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    """A listed change is the first point after a pause span (the job resumed on other hosts, with a doubled
    batch or on the logs of the new schema), lies in no event, and the healthy level really moves there (by 5 %
    or more, medians over up to 300 live points on each side, the first 100 points after it left out)."""
    check_changes_move_the_level(traces[1])


def test_changes_are_the_planned_ones(builds):
    """Each listed change follows a restart onto another host count, a batch step or a schema change at a day
    boundary; restarts onto as many hosts (other GPUs, CPUs and racks, a cold cache: level changes the monitor
    is not told of) are not listed, and some of them land in the set."""
    def check_change(run, kind, a, b):
        assert (a.H != b.H, a.G != b.G, a.schema != b.schema) == (kind == "world", kind == "batch",
                                                                  kind == "schema")
        if kind != "world":
            assert b.day == a.day + 1
        ratio = run.job.rate(b.H, b.G, b.schema, 0.05) / run.job.rate(a.H, a.G, a.schema, 0.05)
        assert abs(np.log(ratio)) >= 0.05, (kind, ratio)

    check_planned_changes(builds, check_change)


def test_a_point_is_the_hosts_summed_rate(builds):
    """On steady training a point is the examples/s the steps make, every host's share summed: within a few
    percent (whole steps per flush, a sample rate's noise, up to 5 % packets lost where the input pipeline
    saturates the CPUs); a host that holds no flush of the point (late at the poll) leaves the sum, a ``1 / H``
    dip."""
    dips = 0
    for run, h, spans, live, changes in builds:
        exp = _expected(run)
        pres = run.present.reshape(h15._SLOTS, run.n, run.k)
        hosts = run.hosts.reshape(run.n, run.k)
        full = live & (hosts.min(-1) == hosts.max(-1)) & (exp > 0)
        n_in = np.array([pres[:hosts[i, 0], i].any(-1).sum() for i in range(run.n)])
        whole = full & (n_in == hosts[:, 0])
        r = h[whole] / exp[whole]
        mid = np.median(r)
        assert 0.95 < mid < 1.01, (run.dt, mid)
        assert (np.abs(r / mid - 1) < (0.05 if run.p == 1 else 0.1)).mean() > 0.9, run.dt
        one = full & (n_in == hosts[:, 0] - 1)
        if one.sum():
            share = h[one] / exp[one] / mid * hosts[one, 0] / (hosts[one, 0] - 1)
            assert abs(np.median(share) - 1) < 0.02, run.dt
            dips += int(one.sum())
    assert dips >= 200


def test_day_partitions_move_the_level_unlisted(builds):
    """The day partitions' pooling factors (a weekly rhythm, holidays) move the healthy level by a few percent
    at day-end pauses that are not listed; in runs with a UVM-cached embedding table the first points after a
    partition switch are slower than the day's level (the cache's misses)."""
    dips = []

    def dip(run, h, live, c, after):
        if run.job.kappa > 0:
            first = h[c:c + 5][live[c:c + 5]]
            if len(first) and len(after) > 100:
                dips.append(np.median(first) / np.median(after))

    moves = unlisted_moves(builds, "day_t", dip)  # two whole days without a listed change
    assert len(moves) >= 40 and 0.005 < np.median(moves) < 0.05 and (moves > 0.03).sum() >= 5 and moves.max() < 0.15
    assert len(dips) >= 20 and np.median(dips) < 0.98


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout15, HELDOUT15_SEEDS[:2], changes=True)


def test_bad_arguments():
    check_family_bad_arguments(make_heldout15, 151500)
