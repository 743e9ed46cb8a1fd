"""The fourteenth held-out trace family (a latent-diffusion job's samples/s on a Slurm cluster, per-node textfiles
summed in PromQL): generator checks only (no detector runs here)."""

import numpy as np

import anomaly.heldout14 as h14
from anomaly.heldout14 import HELDOUT14_SEEDS, heldout14_set, make_heldout14
from anomaly.traces import Event
from tests.trace_checks import (builds_fixture, check_aligned_steps, check_changes_move_the_level, check_counts_table,
                                check_depths_visible, check_event_placement, check_family_bad_arguments,
                                check_family_healthy_independent, check_family_pauses, check_healthy_outside_events,
                                check_pinned, check_trace_arrays, paused_mask, traces_fixture)

SPANS = {"short": (6, 25), "long": (31, 120)}
CHANGES = {"short": (14, 7, 7), "long": (10, 5, 5)}  # listed changes, resolution stages, world-size changes


traces = traces_fixture(heldout14_set)
#: the healthy runs of the "short" setting: ``(run, healthy, spans, live, changes)`` per seed
builds = builds_fixture(h14._build, HELDOUT14_SEEDS)


def test_seed_range_is_its_own():
    assert HELDOUT14_SEEDS == tuple(range(141840, 141852))


def test_deterministic_pinned_and_seed_dependent():
    check_pinned(make_heldout14, 141840, 141842, [Event("leak", 537, 795, 1143, 0.183),
                 Event("leak", 1285, 1605, 1703, 0.079), Event("straggler", 2197, 2197, 3000, 0.1287)],
                 578200.4, [(326, 338), (671, 683), (1017, 1027)], changes=[1730])


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], HELDOUT14_SEEDS)


def test_panel_steps(traces):
    check_aligned_steps(traces[1], (10.0, 15.0, 30.0))  # Grafana aligns the step


def test_pause_spans(traces):
    """Training stops: the sum holds the nodes' last values for two or three scrapes (the query's freshness
    guard), then reads 0 until the nodes' files are rewritten and scraped."""
    setting, ts = traces
    for t in ts:
        check_family_pauses(setting, t, SPANS, min_count=8)  # the panel starts with training
        paused = paused_mask(t)
        assert t.healthy[paused].mean() < 0.5 * t.healthy[~paused].mean(), t.seed
        zeros = [np.nonzero(t.healthy[s:e] == 0)[0] for s, e in t.pauses]
        assert np.mean([len(z) > 0 for z in zeros]) >= 0.9, t.seed
        assert all(z[0] <= 4 for z in zeros if len(z)), t.seed  # held for at most G = 3 scrapes
        assert all(t.healthy[s] > 0 for s, e in t.pauses), t.seed  # the first point holds the last value


def test_events_placement(traces):
    check_event_placement(traces[1], 3, 4, first=600)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    check_depths_visible(traces[1])


def test_docstring_counts_table(traces):
    check_counts_table(*traces, h14.__doc__, max_events=34)
    setting, ts = traces
    listed, stages, sizes = CHANGES[setting]
    assert sum(len(t.changes) for t in ts) == listed
    assert f"{setting} {listed} ({stages} resolution stages, {sizes} world-size changes)" in " ".join(
        h14.__doc__.split())


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    """A listed change is the first point after a pause span (the job resumed at its new stage or on its new
    nodes), lies in no event, and the healthy level really moves there (by 5 % or more, medians over up to
    300 live points on each side, the first 100 points after it left out)."""
    check_changes_move_the_level(traces[1])


def test_changes_are_the_planned_ones(builds):
    """Each listed change follows a resolution switch or a requeue onto another node count; requeues onto
    as many nodes (other racks, other GPUs, cold caches: level changes the monitor is not told of) are not
    listed, and some of them land in the set."""
    same = 0
    for run, h, spans, live, changes in builds:
        ts = run.ts
        planned = []
        for t in run.known_t:
            j = int(np.searchsorted(run.end, t))  # the first step after the pause
            assert run.stage[j] != run.stage[j - 1] or run.node[j] != run.node[j - 1]
            planned.append(int(np.searchsorted(ts, t)))
        for c in changes:
            assert any(s <= i < e and c == e for i in planned for s, e in spans) or c in planned
        for a, b in zip(run.allocs, run.allocs[1:]):
            if a.nodes == b.nodes and b.t0 < ts[-1]:
                same += 1
                assert all(abs(t - b.t0) > 1 for t in run.known_t)
    assert same >= 3


def test_the_sum_counts_every_fresh_node(builds):
    """On steady training the panel is the nodes' gauge summed: about ``N`` times a node's last written value,
    and a node missing from a scrape (a failed scrape or a half-written file) takes ``1 / N`` away."""
    for run, h, spans, live, changes in builds:
        v = h14._gauge(run)
        i = np.nonzero(live)[0][::7]
        w = np.searchsorted(run.w_t, run.ts[i], side="right") - 1
        n = np.array([run.allocs[a].nodes for a in run.w_a[w]])
        r = h[i] / (n * v[w])
        assert np.median(np.abs(r - 1)) < 0.01, run.dt
        assert ((r > 0.5) & (r < 1.03)).mean() > 0.97


def test_a_stage_switch_cuts_the_rate(builds):
    """The 512-px stage costs 3.2-4.8x per sample: samples/s falls to about 0.2-0.3 of the 256-px level."""
    seen = 0
    for run, h, spans, live, changes in builds:
        if run.stage.max() == 0:
            continue
        rate = run.samp / run.dur
        ratio = np.median(rate[run.stage == 1]) / np.median(rate[run.stage == 0])
        assert 0.15 < ratio < 0.4, ratio
        seen += 1
    assert seen >= 4


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout14, HELDOUT14_SEEDS[:2], changes=True)


def test_bad_arguments():
    check_family_bad_arguments(make_heldout14, 141840)
