"""The eighteenth held-out trace family (a weather model's samples/s, read from a Prometheus histogram of step
durations as ``G / (rate(_sum) / rate(_count))``): generator checks only (no detector runs here)."""

import numpy as np

import anomaly.heldout18 as h18
from anomaly.heldout18 import HELDOUT18_SEEDS, heldout18_set, make_heldout18
from anomaly.traces import Event
from tests.trace_checks import (builds_fixture, check_aligned_steps, check_changes_move_the_level,
                                check_counts_and_changes, check_depths_visible, check_every_kind_placed,
                                check_family_bad_arguments, check_family_healthy_independent, check_family_pauses,
                                check_healthy_outside_events, check_pinned, check_planned_changes, check_trace_arrays,
                                traces_fixture)

SPANS = {"short": (6, 25), "long": (31, 120)}
# listed changes: all, world-size changes, rollout changes, precision switches
CHANGES = {"short": (21, 7, 10, 4), "long": (10, 3, 7, 0)}


traces = traces_fixture(heldout18_set)
#: the healthy runs of the "short" setting: ``(run, healthy, spans, live, changes)`` per seed
builds = builds_fixture(h18._build, HELDOUT18_SEEDS)


def _level(t):
    live = np.ones(len(t.values), bool)
    for s, e in t.pauses:
        live[s:e] = False
    return float(np.median(t.healthy[live]))


def test_seed_range_is_its_own():
    assert HELDOUT18_SEEDS == tuple(range(181800, 181812))


def test_deterministic_pinned_and_seed_dependent():
    check_pinned(make_heldout18, 181801, 181802, [Event("straggler", 477, 477, 661, 0.1265),
                 Event("drop", 1228, 1228, 1505, 0.3138), Event("leak", 2312, 2601, 2732, 0.1904)],
                 26958.9272, [(228, 240), (259, 270), (475, 484)], changes=[1706])


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], HELDOUT18_SEEDS)


def test_query_steps(traces):
    check_aligned_steps(traces[1], (30.0, 60.0))  # the poller's query_range step


def test_pause_spans(traces):
    """A span holds the points whose rate window touches a pause. Where the window holds no step (under two
    scrapes, or no step between them) the ratio is NaN, stored as 0: a long span's middle reads 0. With the timer
    reset after a pause the span's last points that read a step read the steps after it (near the full level);
    without it the first step after the pause observes the pause too, so one of them reads far below."""
    setting, ts = traces
    last = {True: [], False: []}
    for t in ts:
        check_family_pauses(setting, t, SPANS, min_count=8)  # the trace starts with training
        run = h18._build(t.seed, 6000, setting)[0]
        level = _level(t)
        for s, e in t.pauses:
            if e < 6000 and e - s >= 2 * run.w / run.dt + 4:
                assert t.healthy[(s + e) // 2] == 0, (t.seed, s, e)
                nz = t.healthy[(s + e) // 2:e]
                if (nz > 0).any():
                    last[run.reset].append(nz[nz > 0].min() / level)
    assert len(last[True]) > 50 and len(last[False]) > 50
    assert np.mean(np.array(last[True]) > 0.5) > 0.7
    assert np.mean(np.array(last[False]) < 0.5) > 0.7


def test_events_placement(traces):
    check_every_kind_placed(traces[1])  # every kind in each trace with events


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    check_depths_visible(traces[1])


def test_docstring_counts_table(traces):
    setting = traces[0]
    listed, world, rollout, prec = CHANGES[setting]
    line = f"{setting} {listed} ({world} world-size changes, {rollout} rollout changes, {prec} precision switches)"
    check_counts_and_changes(traces, h18.__doc__, listed, line)


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    """A listed change is the first point after a pause span (the job resumed on another number of nodes, with a
    longer rollout in the loss or in bf16), lies in no event, and the healthy level really moves there (by 5 % or
    more, medians over up to 300 live points on each side, the first 100 points after it left out)."""
    check_changes_move_the_level(traces[1])


def test_changes_are_the_planned_ones(builds):
    """Each listed change follows a requeue onto another node count, or a validation after which the rollout grew
    or the GPU part switched to bf16; requeues onto as many nodes (other hosts, a cold chunk cache: level changes
    the monitor is not told of) are not listed, and some of them land in the set."""
    def check_change(run, kind, a, b):
        assert (a.N != b.N, a.R != b.R, a.prec != b.prec) == (kind == "world", kind == "rollout",
                                                               kind == "precision")
        if kind != "world":
            assert b.val == a.val + 1
        ratio = run.job.rate(b.N, b.R, b.prec) / run.job.rate(a.N, a.R, a.prec)
        assert 0.4 <= ratio <= 2.2 and abs(np.log(ratio)) >= 0.1, (kind, ratio)

    check_planned_changes(builds, check_change)


def test_a_point_is_the_mean_step_of_its_window(builds):
    """On steady training a point is the global batch over the mean step the histogram observed between the
    window's first and last scrape: the noise-free rate's step-weighted mean, within the noise of a mean of that
    many steps."""
    for run, h, spans, live, changes in builds:
        K = len(run.train)
        step = h18._steps(run, [], 0, K)
        ok, j0, j1 = h18._windows(run)
        m = int((j1 - j0).max())
        idx = np.minimum(j0[:, None] + 1 + np.arange(m)[None, :], K - 1)
        inw = idx <= j1[:, None]
        tr = np.where(inw, run.train[idx], 0).sum(1)
        steps = np.where(inw, (run.train / step)[idx], 0).sum(1)
        clean = np.where(inw, (run.stall + run.carry)[idx], 0).sum(1) == 0
        full = ok & live & clean & (tr == (j1 - j0) * run.si)
        r = h[full] / (run.G[j1][full] * steps[full] / tr[full])
        sd = run.sig / np.sqrt(np.median(steps[full]))
        assert abs(np.median(r) - 1) < 0.01, (run.dt, np.median(r))
        assert 0.5 * sd < np.std(np.log(r)) < 2 * sd + 0.01, (np.std(np.log(r)), sd)


def test_unreset_timer_observes_the_pause(builds):
    """Without a timer reset the first step after a validation or a checkpoint observes the pause (a restart's
    new process starts its timer afresh): the histogram's ``_sum`` grows by the pause there."""
    seen = 0
    for run, h, spans, live, changes in builds:
        if run.reset:
            assert (run.carry == 0).all()
            continue
        pauses = [b - a for a, b, kind in run.pauses_t if kind != "restart" and b < run.n * run.dt - 120]
        assert abs(run.carry.sum() - sum(pauses)) < 1e-6 * run.carry.sum()
        seen += 1
    assert seen >= 2


def test_requeues_onto_as_many_nodes_move_the_level_unlisted(builds):
    """A requeue onto as many nodes brings other hosts (CPUs and disks for the loader, GPU clocks, fabric
    routes; a quarter of the processes on the partition's older nodes): an unlisted level move."""
    moves = []
    for run, h, spans, live, changes in builds:
        for p, (a, b, same) in enumerate(run.restarts):
            if same:
                moves.append(run.hosts[p] / run.hosts[p + 1])
    assert len(moves) >= 3
    assert all(0.8 <= x <= 1.3 for x in moves) and max(abs(np.log(moves))) > 0.05


def test_nightly_scan_slows_the_loader_unlisted(builds):
    """In half the runs the filesystem's nightly policy-engine scan slows reads for 1-3 h: the loader's part of the
    step rises by its factor every night (against the two hours before, on the same job shape), and where the
    loader binds the healthy level sags (not labelled, not listed)."""
    runs, sags = 0, []
    for run, h, spans, live, changes in builds:
        if run.night is None:
            continue
        runs += 1
        start, hours, mult = run.night
        tb = np.arange(len(run.train)) * run.si
        day = np.floor((tb + run.day0 - start * 3600) / 86400)
        hod = ((tb + run.day0) / 3600 - start) % 24  # hours since the scan began
        got = []
        for d in np.unique(day):
            inside = (day == d) & (run.train > 0) & (hod > 0.2) & (hod < hours - 0.2)
            before = (day == d - 1) & (run.train > 0) & (hod > 21.5) & (hod < 23.5)
            if inside.sum() < 20 or before.sum() < 20 or np.ptp(run.gpu[inside | before]) > 0:
                continue  # another process or job shape
            got.append(np.median(run.io[inside]) / np.median(run.io[before]) / mult)
        assert not got or abs(np.median(got) - 1) < 0.08, (run.night, got)
        if np.median(run.io[run.train > 0]) > np.median((run.gpu + run.ar + run.fix)[run.train > 0]):
            pd = np.floor(((np.arange(run.n) + 1) * run.dt - run.ph + run.day0 - start * 3600) / 86400)
            ph = (((np.arange(run.n) + 1) * run.dt - run.ph + run.day0) / 3600 - start) % 24
            for d in np.unique(pd):
                pin, pbe = live & (pd == d) & (ph > 0.3) & (ph < hours - 0.3), live & (pd == d - 1) & (ph > 21.5)
                if pin.sum() < 20 or pbe.sum() < 20:
                    continue
                lo, hi = np.nonzero(pbe)[0][0], np.nonzero(pin)[0][-1]
                if not any(lo <= c <= hi for c in changes):
                    sags.append(np.median(h[pin]) / np.median(h[pbe]))
    assert 3 <= runs <= 9
    assert len(sags) >= 3 and np.median(sags) < 0.95, sags


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout18, HELDOUT18_SEEDS[:2], changes=True)


def test_bad_arguments():
    check_family_bad_arguments(make_heldout18, 181800)
