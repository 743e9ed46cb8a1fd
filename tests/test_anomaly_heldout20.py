"""The twentieth held-out trace family (a recommendation model's samples/s with its embeddings on a sharded parameter
server, pushed to a Pushgateway and read back as ``avg_over_time``): generator checks only (no detector runs
here)."""

import numpy as np

import anomaly.heldout20 as h20
from anomaly.heldout20 import HELDOUT20_SEEDS, heldout20_set, make_heldout20
from anomaly.traces import Event
from tests.trace_checks import (builds_fixture, check_aligned_steps, check_changes_move_the_level,
                                check_counts_and_changes, check_depths_visible, check_every_kind_placed,
                                check_family_bad_arguments, check_family_healthy_independent, check_family_pauses,
                                check_healthy_outside_events, check_pinned, check_planned_changes, check_trace_arrays,
                                traces_fixture)

SPANS = {"short": (6, 25), "long": (31, 120)}
# listed changes: all, world-size changes, reshardings, batch steps
CHANGES = {"short": (11, 5, 1, 5), "long": (10, 7, 2, 1)}


traces = traces_fixture(heldout20_set)
#: the healthy runs of the "short" setting: ``(run, healthy, spans, live, changes)`` per seed
builds = builds_fixture(h20._build, HELDOUT20_SEEDS)


def test_seed_range_is_its_own():
    assert HELDOUT20_SEEDS == tuple(range(202000, 202012))


def test_deterministic_pinned_and_seed_dependent():
    check_pinned(make_heldout20, 202001, 202002, [Event("straggler", 653, 653, 915, 0.1759),
                 Event("drop", 1268, 1268, 1590, 0.1204), Event("leak", 1762, 2128, 2265, 0.1258),
                 Event("drop", 2723, 2723, 2940, 0.1375)],
                 992154380.11, [(279, 287), (552, 569), (737, 753)], changes=[])


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], HELDOUT20_SEEDS)


def test_avg_over_time_steps(traces):
    check_aligned_steps(traces[1], (30.0, 60.0, 120.0))  # the poller's aligned query steps


def test_pause_spans(traces):
    """Nothing is pushed while training stops: where the group stays on the Pushgateway a span's inner points all
    read the last pushed value (a stale series); where the callback deletes it they read 0."""
    setting, ts = traces
    modes = set()
    for t in ts:
        check_family_pauses(setting, t, SPANS, min_count=8)  # the trace starts with training
        run = h20._build(t.seed, 6000, setting)[0]
        modes.add(run.hold)
        for s, e in t.pauses:
            inner = t.healthy[s + 1:e - 1]
            if run.hold:
                assert (inner == inner[0]).all() and inner[0] > 0, (t.seed, s, e)
            else:
                assert (inner == 0).all(), (t.seed, s, e)
    assert modes == {True, False}


def test_events_placement(traces):
    check_every_kind_placed(traces[1])  # every kind in each trace with events


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    check_depths_visible(traces[1])


def test_docstring_counts_table(traces):
    setting = traces[0]
    listed, world, shard, batch = CHANGES[setting]
    line = f"{setting} {listed} ({world} world-size changes, {shard} reshardings, {batch} batch steps)"
    check_counts_and_changes(traces, h20.__doc__, listed, line)


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    """A listed change is the first point after a pause span, lies in no event, and the healthy level really moves
    there (5 % or more, medians over up to 300 live points on each side, the first 100 after it left out)."""
    check_changes_move_the_level(traces[1])


def test_changes_are_the_planned_ones(builds):
    """Each listed change follows a restart onto another node count, or a day's end with more shards or a doubled
    batch; restarts onto as many nodes (other hosts: level changes the monitor is not told of) are not listed."""
    def check_change(run, kind, a, b):
        assert (a.N != b.N, a.S != b.S, a.B != b.B) == (kind == "world", kind == "reshard", kind == "batch")
        if kind != "world":
            assert b.ep == a.ep + 1
        ratio = run.job.rate(b.N, b.B, b.S) / run.job.rate(a.N, a.B, a.S)
        assert abs(np.log(ratio)) >= 0.05, (kind, ratio)

    check_planned_changes(builds, check_change)


def test_a_point_is_the_mean_of_scraped_pushes(builds):
    """On steady training a point is the job's samples/s within the push window's noise of the noise-free rate."""
    for run, h, spans, live, changes in builds:
        K = run.n * run.k
        rate = h20._rates(run, [], 0, K).reshape(run.n, run.k).mean(-1)
        full = live & (run.train.reshape(run.n, run.k).min(-1) == h20._SCRAPE)
        full &= run.gmul.reshape(run.n, run.k).max(-1) < 1.01
        full &= run.stall.reshape(run.n, run.k).max(-1) == 0
        r = h[full] / rate[full]
        assert abs(np.median(r) - 1) < 0.05, (run.L, np.median(r))


def test_slowest_shard_moves_the_level_at_day_ends(builds):
    """Each day's ids load the shards differently: where the parameter server binds, the healthy rate steps at
    day boundaries that are not listed changes."""
    moves = []
    for run, h, spans, live, changes in builds:
        for a, b in zip(run.segs, run.segs[1:]):
            if b.ep == a.ep + 1 and (a.N, a.B, a.S) == (b.N, b.B, b.S):
                i, j = int(a.t1 // h20._SCRAPE), int(b.t0 // h20._SCRAPE) + 1
                if j < len(run.ps):
                    moves.append(run.ps[j] / run.ps[i - 1])
    moves = np.array(moves)
    assert len(moves) > 50 and np.mean(np.abs(np.log(moves)) > 0.05) > 0.3


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout20, HELDOUT20_SEEDS[:2], changes=True)


def test_bad_arguments():
    check_family_bad_arguments(make_heldout20, 202000)
