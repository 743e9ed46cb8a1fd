"""The seventeenth held-out trace family (a GNN job's seed nodes/s under neighbour sampling, a StatsD gauge read back
from Graphite as ``summarize(..., "avg")``): generator checks only (no detector runs here)."""

import numpy as np

import anomaly.heldout17 as h17
from anomaly.heldout17 import HELDOUT17_SEEDS, heldout17_set, make_heldout17
from anomaly.traces import Event
from tests.trace_checks import (builds_fixture, check_aligned_steps, check_changes_move_the_level,
                                check_counts_and_changes, check_depths_visible, check_every_kind_placed,
                                check_family_bad_arguments, check_family_healthy_independent, check_family_pauses,
                                check_healthy_outside_events, check_pinned, check_planned_changes, check_trace_arrays,
                                traces_fixture)

SPANS = {"short": (6, 25), "long": (31, 120)}
# listed changes: all, world-size changes, fanout changes, batch steps
CHANGES = {"short": (11, 7, 2, 2), "long": (12, 5, 3, 4)}


traces = traces_fixture(heldout17_set)
#: the healthy runs of the "short" setting: ``(run, healthy, spans, live, changes)`` per seed
builds = builds_fixture(h17._build, HELDOUT17_SEEDS)


def test_seed_range_is_its_own():
    assert HELDOUT17_SEEDS == tuple(range(171700, 171712))


def test_deterministic_pinned_and_seed_dependent():
    check_pinned(make_heldout17, 171701, 171702, [Event("drop", 514, 514, 915, 0.2094),
                 Event("straggler", 1110, 1110, 1318, 0.2512), Event("leak", 1740, 2069, 2262, 0.1528),
                 Event("drop", 2818, 2818, 2940, 0.297)],
                 70672487.84, [(267, 278), (369, 380), (553, 561)], changes=[380, 1612, 2284])


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], HELDOUT17_SEEDS)


def test_summarize_steps(traces):
    check_aligned_steps(traces[1], (20.0, 30.0, 60.0))  # Graphite aligns its summarize buckets


def test_pause_spans(traces):
    """No gauge is set while training stops: with ``deleteGauges`` StatsD flushes nothing, so a span's inner
    points read 0 (``transformNull(0)``) and its edge points average only the flushes that hold a set (most last
    points of a span read over half the level); without it the last value is flushed again and again, so a
    span's inner points all read the same value."""
    setting, ts = traces
    last, modes = [], set()
    for t in ts:
        check_family_pauses(setting, t, SPANS, min_count=8)  # the trace starts with training
        run = h17._build(t.seed, 6000, setting)[0]
        modes.add(run.hold)
        live = np.ones(6000, bool)
        for s, e in t.pauses:
            live[s:e] = False
        level = np.median(t.healthy[live])
        for s, e in t.pauses:
            inner = t.healthy[s + 1:e - 1]
            if run.hold:
                assert (inner == inner[0]).all() and inner[0] > 0, (t.seed, s, e)
            else:
                assert (inner == 0).all(), (t.seed, s, e)
                if e < 6000:
                    last.append(t.healthy[e - 1] / level)
    assert modes == {True, False}
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
    listed, world, fanout, batch = CHANGES[setting]
    line = f"{setting} {listed} ({world} world-size changes, {fanout} fanout changes, {batch} batch steps)"
    check_counts_and_changes(traces, h17.__doc__, listed, line)


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    """A listed change is the first point after a pause span (the job resumed on another number of nodes, with
    larger fanouts or a doubled batch), lies in no event, and the healthy level really moves there (by 5 % or
    more, medians over up to 300 live points on each side, the first 100 points after it left out)."""
    check_changes_move_the_level(traces[1])


def test_changes_are_the_planned_ones(builds):
    """Each listed change follows a restart onto another node count, or an epoch's end with larger fanouts or a
    doubled batch; restarts onto as many nodes (other hosts, NUMA placement, a cold feature cache: level changes
    the monitor is not told of) are not listed, and some of them land in the set."""
    def check_change(run, kind, a, b):
        assert (a.N != b.N, a.fm != b.fm, a.B != b.B) == (kind == "world", kind == "fanout", kind == "batch")
        if kind != "world":
            assert b.ep == a.ep + 1
        ratio = run.job.rate(b.N, b.B, b.fm) / run.job.rate(a.N, a.B, a.fm)
        assert abs(np.log(ratio)) >= 0.05, (kind, ratio)

    check_planned_changes(builds, check_change)


def test_a_point_is_the_mean_of_flushed_gauge_values(builds):
    """On steady training a point is the job's seed nodes/s: the mean of the flushed sets, each the seeds of its
    window of ``L`` steps over their wall time, so within the window noise (``sigma / sqrt(L)``, averaged over
    the point's flushes) of the noise-free rate; single-step gauges (``L = 1``) are the noisiest."""
    spread = {}
    for run, h, spans, live, changes in builds:
        K = run.n * run.k
        rate = h17._rates(run, [], 0, K).reshape(run.n, run.k).mean(-1)
        full = live & (run.train.reshape(run.n, run.k).min(-1) == h17._FLUSH)
        full &= run.has_set.reshape(run.n, run.k).all(-1) & (run.stall.reshape(run.n, run.k).max(-1) == 0)
        r = h[full] / rate[full]
        sd = run.sigma[0] / np.sqrt(run.k)
        assert abs(np.median(r) - 1) < 0.01 + sd, (run.L, np.median(r))
        assert 0.5 * sd < np.std(np.log(r)) < 2 * sd + 0.015, (run.L, np.std(np.log(r)), sd)  # + the wander
        spread.setdefault(run.L == 1, []).append(np.std(np.log(r)))
    assert min(spread[True]) > max(spread[False])


def test_unreset_timer_dips_after_a_pause(builds):
    """Without a timer reset the callback's first set after a pause divides its window's seeds by the pause as
    well: where that set is the last before a flush, the flushed value is a few percent of the level."""
    seen = 0
    for run, h, spans, live, changes in builds:
        if run.reset:
            assert (run.first == 0).all()
            continue
        for b in np.nonzero(run.first > 0)[0]:
            assert run.has_set[b]
            seen += 1
    assert seen >= 5


def test_temporal_epochs_are_a_saw_tooth(builds):
    """In temporal link-prediction runs the batches come in time order, so the sampled neighbourhoods grow over an
    epoch: the healthy rate is highest just after an epoch-end pause and settles lower (unlisted)."""
    ratios = []
    for run, h, spans, live, changes in builds:
        if not run.temporal:
            continue
        dt = run.dt
        for a, b, kind in run.pauses_t:
            if kind not in ("eval", "full") or b > (run.n - 400) * dt:
                continue
            c = int(np.ceil(b / dt)) + 2
            if any(c - 5 <= x <= c + 200 for x in changes) or not live[c:c + 150].all():
                continue
            ratios.append(np.median(h[c:c + 8]) / np.median(h[c + 100:c + 150]))
    assert len(ratios) >= 10 and np.median(ratios) > 1.05


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout17, HELDOUT17_SEEDS[:2], changes=True)


def test_bad_arguments():
    check_family_bad_arguments(make_heldout17, 171700)
