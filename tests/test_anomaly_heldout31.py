"""The thirty-first held-out trace family (an interatomic potential's training structures/s: per-node Prometheus
counters scraped by an HA pair of Alloy agents into Grafana Mimir, read back as ``sum(rate(...[W]))`` per minute as
the query-frontend's results cache holds it): generator checks only (no detector runs here).

Cost: ``_build`` is memoised for the module's life (``shared_builds``: its teardown checks that no trace or test
changed a run), so the sets, the ``builds`` fixture, ``_runs`` and the tests build each of the 24 runs once; the
healthy-run check takes seeds 312000-312001 at n=6000 (their runs in the sets) rather than building them at n=4000.
The "short" set's laws are checked on its first 4 traces (one of them clean, as in the full set), at n=6000: all 24
runs are built anyway for the docstring's summary over both sets and the laws over the runs, so only those 4 traces'
regressions are placed; the "long" set is made whole and checked as before. The "short" row of the docstring's counts
table was measured on the full set, and is not re-measured here (its changes line is: from the 12 runs)."""

from functools import lru_cache

import numpy as np
import pytest

import anomaly.heldout31 as h31
from anomaly.heldout30 import HELDOUT30_SEEDS
from anomaly.heldout31 import HELDOUT31_SEEDS, heldout31_set, make_heldout31
from anomaly.traces import Event
from tests.trace_checks import (builds_fixture, check_aligned_steps, check_changes_move_the_level,
                                check_counts_and_changes, check_depths_visible, check_every_kind_placed,
                                check_family_bad_arguments, check_family_healthy_independent, check_family_pauses,
                                check_healthy_outside_events, check_pinned, check_planned_changes, check_trace_arrays,
                                shared_builds)

SPANS = {"short": (7, 24), "long": (28, 104)}
# listed changes: all, world-size changes, new data subsets, precision switches
CHANGES = {"short": (10, 0, 6, 4), "long": (9, 3, 2, 4)}


SEEDS = {"short": HELDOUT31_SEEDS[:4], "long": HELDOUT31_SEEDS}  # the traces checked: a third of the short set

#: the healthy runs of the "short" setting: ``(run, healthy, spans, live, changes)`` per seed
builds = builds_fixture(lambda *a: h31._build(*a), HELDOUT31_SEEDS)  # the memoised _build, looked up per call
shared = shared_builds(h31)  # the set and the tests build each run once


@lru_cache(maxsize=2)
def _set(setting: str) -> list:
    return heldout31_set(setting, seeds=SEEDS[setting])


@pytest.fixture(scope="module", params=["short", "long"], name="traces")
def traces(request):
    return request.param, _set(request.param)


@lru_cache(maxsize=2)
def _runs(setting: str) -> list:
    """The healthy runs of ``setting``, one per seed (built once for the tests that read them)."""
    return [h31._build(seed, 6000, setting)[0] for seed in HELDOUT31_SEEDS]


def _expected(run) -> np.ndarray:
    """Per point the job's structures done in its rate's range ``(t - W, t]`` over ``W`` (from its steps per
    bucket)."""
    K = run.n * run.k
    steps = np.where(run.train > 0, run.eff / h31._steps(run, [], 0, K) * run.eps, 0.0)
    Cw = np.r_[0.0, np.cumsum(steps * run.nodes * run.F)]
    i = np.arange(run.n) * run.k
    w = int(run.ins.window // h31._W)
    return (Cw[i] - Cw[np.maximum(i - w, 0)]) / run.ins.window


def _incident_reach(run) -> np.ndarray:
    """The points an ingestion incident may touch: from its start to a rate's range after its backlog is in."""
    near = np.zeros(run.n, bool)
    for a, b, catch in run.ins.outages:
        near[max(0, int(a // run.dt) - 1):int((b + catch + run.ins.window) // run.dt) + 2] = True
    return near


def _steady(run, spans, live) -> np.ndarray:
    """Live points away from pauses (3 points), from ingestion incidents and from HA failovers."""
    ok = live & ~_incident_reach(run)
    for s, e in spans:
        ok[max(0, s - 3):e + 3] = False
    for a, b in run.ins.gaps:
        ok[max(0, int(a // run.dt) - 1):int((b + run.ins.window) // run.dt) + 2] = False
    return ok


def test_seed_range_is_its_own():
    assert HELDOUT31_SEEDS == tuple(range(312000, 312012))
    assert not set(HELDOUT31_SEEDS) & set(HELDOUT30_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    check_pinned(make_heldout31, 312001, 312002, [Event("leak", 428, 874, 1141, 0.1547),
                 Event("drop", 1674, 1674, 2041, 0.3116), Event("straggler", 2427, 2427, 2565, 0.269)],
                 1138300.2038, [(0, 7), (421, 430), (831, 847)], changes=[])


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], SEEDS[traces[0]])


def test_timestamps_are_the_query_steps(traces):
    """One point per step of the range query: even steps of 1 minute from the run's start, aligned to them."""
    check_aligned_steps(traces[1], (60.0,))


def test_pause_spans(traces):
    """The trace starts with the pods' start-up. While the job evaluates or checkpoints its counters stand still, so
    a point whose rate's range lies inside the pause reads 0; no target is scraped before its process's exporter is
    up or after it is gone."""
    setting, ts = traces
    inner = 0
    for t, run in zip(ts, _runs(setting)):
        check_family_pauses(setting, t, SPANS, min_count=8, starts_paused=True)
        for a, b, kind in [p for p in run.pauses_t if p[2] in ("eval", "ckpt") and p[1] < run.n * run.dt]:
            i = np.arange(int((a + h31._W + run.ins.window) // run.dt) + 1, int((b - h31._W) // run.dt))
            assert (t.healthy[i] == 0).all(), (t.seed, a, kind)
            inner += len(i)
        for p, (up, down, s0, end, _) in enumerate(run.procs):
            mine = run.s0 == s0
            assert mine.any() and (run.real[mine] >= up).all() and (run.real[mine] < down).all(), (t.seed, p)
    assert inner > (100 if setting == "long" else 33)  # over 100 in 12 traces; a third of it in the short set's 4


def test_events_placement(traces):
    check_every_kind_placed(traces[1])  # every kind in each trace with events


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    check_depths_visible(traces[1])


def _changes_line(setting: str) -> str:
    listed, world, subsets, dtypes = CHANGES[setting]
    change = "change" if world == 1 else "changes"
    subset = "subset" if subsets == 1 else "subsets"
    switch = "switch" if dtypes == 1 else "switches"
    return f"{setting} {listed} ({world} world-size {change}, {subsets} new data {subset}, {dtypes} precision {switch})"


def test_docstring_counts_table_long():
    check_counts_and_changes(("long", _set("long")), h31.__doc__, CHANGES["long"][0], _changes_line("long"))


def test_docstring_changes_short(builds):
    """The short set's changes, counted on its 12 runs (a trace lists its run's changes)."""
    assert sum(len(b[4]) for b in builds) == CHANGES["short"][0]
    assert _changes_line("short") in " ".join(h31.__doc__.split())


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    """A listed change is the first point after a pause span, lies in no event, and the healthy level really moves
    there (5 % or more, medians over up to 300 live points on each side, the first 100 after it left out): 8 of them
    or more in a full set (the helper's default), 3 in the short set's first 4 traces (a third), in proportion."""
    check_changes_move_the_level(traces[1], min_checked=8 if traces[0] == "long" else 3)


def test_changes_are_the_planned_ones(builds):
    """Each listed change follows a restart onto another number of nodes, an evaluation after which a data subset
    is added (in the process) or the resubmission in the other precision, and moves the noise-free rate by 10 % or
    more on the loader's cost after it; restarts onto as many nodes with the same configuration are not listed."""
    def check_change(run, kind, a, b):
        assert (a.N != b.N, a.mf != b.mf, a.pf != b.pf) == (kind == "world", kind == "mixture", kind == "dtype")
        assert b.proc == a.proc + (kind != "mixture")
        t, dt = b.t0, run.dt
        new = h31._level(run.job, run.mix, (b.N, b.pf, b.mf * b.lf), t + 100 * dt, t + 400 * dt)
        old = h31._level(run.job, run.mix, (a.N, a.pf, a.mf * a.lf), t + 100 * dt, t + 400 * dt)
        assert abs(np.log(new / old)) >= h31._MIN_MOVE, (kind, new / old)

    check_planned_changes(builds, check_change, min_same=3)


def test_scrape_and_ha_rule():
    """Each replica scrapes a target every interval at its own offset; the HA tracker keeps the elected replica's
    samples only, drops those of a failover's gap, and the samples reach the ingesters in order, after they were
    taken."""
    ins = h31._Ins(period=15.0, window=60.0, phase=0.0, lat=2.0, switches=[(-np.inf, 0), (1000.0, 1), (3000.0, 0)],
                   gaps=[(970.0, 1000.0)], outages=[(3000.0, 3600.0, 100.0)])
    t, r, arr = h31._scrapes(np.random.default_rng(3), ins, 10.0, 7200.0)
    assert (np.diff(t) > 0).all() and (t >= 10.0).all() and (t < 7200.0).all()
    assert np.array_equal(r, np.where((t >= 1000.0) & (t < 3000.0), 1, 0))
    for rep in (0, 1):
        d = np.diff(t[r == rep]) / 15.0
        assert np.allclose(d, np.round(d)) and (d > 0.5).all()
    assert not ((t >= 970.0) & (t < 1000.0)).any()
    assert (arr >= t).all() and (np.diff(arr) >= 0).all()
    held = (t >= 3000.0) & (t < 3600.0)
    assert (arr[held] >= 3600.0).all() and (arr[held] <= 3700.0 + 1e-6).all() and (arr[~held & (t < 3000)] < t[
        ~held & (t < 3000)] + 60).all()


def test_rate_rule():
    """PromQL's rate: the increase over the samples in ``(t - W, t]``, extrapolated to the range's edges where the
    first and last sample lie within 1.1 average intervals of them, else by half an interval; not below the
    counter's zero; no value from fewer than two samples, or from samples that had not arrived."""
    T = np.arange(0.0, 600.0, 15.0) + 5.0
    V = 2.0 * T + 1000.0
    A = T + 1.0
    r = h31._rate(T, V, A, np.array([300.0, 600.0]), np.array([1e9, 1e9]), 60.0)
    assert np.allclose(r, [2.0, 2.0])
    gap = T < 280.0  # the series stops at 275 s: the last sample 25 s before the end, over 1.1 intervals
    r = h31._rate(T[gap], V[gap], A[gap], np.array([300.0]), np.array([1e9]), 60.0)
    assert np.isclose(r[0], 2.0 * (30.0 + 5.0 + 7.5) / 60.0)  # first 5 s in, last extrapolated by 7.5 s
    z = h31._rate(T, 2.0 * (T - 5.0), A, np.array([60.0]), np.array([1e9]), 60.0)  # a counter from 0 at 5 s
    assert np.isclose(z[0], 2.0 * (45.0 + 0.0 + 10.0) / 60.0)  # 20 s to the first sample, but its zero is at 5 s
    late = h31._rate(T, V, A + np.where(T > 270.0, 1e4, 0.0), np.array([300.0]), np.array([1000.0]), 60.0)
    assert np.isclose(late[0], 2.0 * (15.0 + 5.0 + 7.5) / 60.0)
    assert np.isnan(h31._rate(T, V, A, np.array([300.0]), np.array([250.0]), 60.0)[0])


def test_a_point_is_the_rate(builds):
    """On steady training (no pause near, no ingestion incident, no failover) a point is the job's structures in its
    rate's range over the range's seconds, within the samples' whole steps and the jitter."""
    for run, h, spans, live, changes in builds:
        want = _expected(run)
        ok = _steady(run, spans, live) & (want > 0)
        r = h[ok] / want[ok]
        assert abs(np.median(r) - 1) < 0.02, np.median(r)
        assert np.mean(np.abs(r - 1) < 0.1) > 0.95, np.mean(np.abs(r - 1) < 0.1)


def test_cached_gaps_read_zero():
    """Where Mimir's write path was down for longer than the cache's freshness, the steps the dashboard cached
    before the backlog came in read 0 although the job trained; outside incidents no live point reads 0. The
    docstring's count of them is what the 24 runs measure."""
    n_out = hit = 0
    per = {"short": 0, "long": 0}
    sizes = []
    for setting in ("short", "long"):
        for seed, run in zip(HELDOUT31_SEEDS, _runs(setting)):
            _, h, spans, live, _ = h31._build(seed, 6000, setting)
            zero = (h == 0) & live
            assert not (zero & ~_incident_reach(run)).any(), seed
            for a, b, catch in run.ins.outages:
                i = np.arange(int((a + run.ins.window) // run.dt) + 1, int((b - h31._FRESH - 60) // run.dt))
                assert (h[i] == 0).all(), (seed, a)  # no sample of their ranges had arrived when they were cached
                z = int(zero[max(0, int(a // run.dt) - 1):int((b + catch + run.ins.window) // run.dt) + 2].sum())
                n_out += 1
                if z:
                    hit += 1
                    sizes.append(z)
                    per[setting] += z
    line = (f"{hit} of the {n_out} incidents over both sets leave {min(sizes)}-{max(sizes)} such points "
            f"({sum(sizes)} in all; {per['short']} short, {per['long']} long)")
    assert hit >= 3 and line in " ".join(h31.__doc__.split()), line


def test_regressions_make_whole_steps_late(builds):
    """A regression takes whole steps off its process's count (which never falls within a process); after it every
    increase between samples is the healthy one again."""
    run = builds[0][0]
    b0 = run.n * run.k // 3
    md = h31._Mod(b0, b0 + 200, gpu=1.8)
    cnt, base = h31._counts(run, [md]), h31._counts(run)
    t1 = (b0 + 200) * h31._W
    same = run.stream[1:] == run.stream[:-1]
    assert (np.diff(cnt)[same] >= 0).all() and (cnt <= base).all() and cnt.sum() < base.sum()
    after = (run.real > t1 + 1) & (run.s0 < b0 * h31._W)
    lost = (base - cnt)[after]
    assert np.array_equal(lost, np.round(lost)) and lost.max() > 10 and len(np.unique(lost[lost > 0])) <= 3
    v, hv = h31._values(run, [md]), h31._values(run)
    later = after & np.r_[False, after[:-1]] & np.r_[False, same]
    assert np.array_equal(np.diff(v)[later[1:]], np.diff(hv)[later[1:]])
    assert np.array_equal(v[run.real < b0 * h31._W], hv[run.real < b0 * h31._W])


def test_counter_restarts():
    """Each process's nodes are their own series, from 0 (its counter reads 0 until it trains); whatever a process
    did after its last scrape is never seen."""
    n_proc = 0
    for run in _runs("short") + _runs("long"):
        vals = h31._values(run)
        for p, (up, down, s0, end, _) in enumerate(run.procs[:-1]):
            mine = run.s0 == s0
            early = mine & (run.real < s0)
            assert early.any() and (vals[early] == 0).all()
            assert run.real[mine].max() < down
            n_proc += 1
    assert n_proc >= 10


def test_collection_artefacts(builds):
    """Failovers and ingestion incidents come in some runs; after a failover the other replica's samples are kept;
    a failover's gap is the 30-s timeout (a few seconds either way)."""
    runs = _runs("short") + _runs("long")
    assert sum(len(r.ins.gaps) > 0 for r in runs) >= 10 and sum(len(r.ins.outages) > 0 for r in runs) >= 6
    assert sum(len(set(r.replica.tolist())) == 2 for r in runs) >= 10
    for r in runs:
        for a, b in r.ins.gaps:
            assert 20.0 <= b - a <= 40.0


def test_docstring_over_both_sets():
    """The docstring's summary of the 24 runs (scrape intervals, nodes, restarts, failovers, ingestion incidents,
    samples) is what they measure."""
    rs = _runs("short") + _runs("long")
    ps = [sum(r.ins.period == p for r in rs) for p in h31._PERIODS]
    ends = [e for r in rs for e in r.ends]
    line = (f"scrape intervals of 15, 30 and 60 s in {ps[0]}, {ps[1]} and {ps[2]} runs; "
            f"{sum(r.segs[0].N == 1 for r in rs)} of the 24 runs on one node at the start, "
            f"{sum(r.job.G == 8 for r in rs)} with 8 GPUs a node, {sum(r.job.pf0 != 1.0 for r in rs)} in float64 at "
            f"the start; {len(ends)} restarts "
            f"({ends.count('preempt')} preemptions, {ends.count('node')} node failures, {ends.count('oom')} OOM "
            f"kills restarted in place, {ends.count('resubmit')} resubmissions); "
            f"{sum(len(r.ins.gaps) for r in rs)} HA failovers in {sum(len(r.ins.gaps) > 0 for r in rs)} runs; "
            f"{sum(len(r.ins.outages) for r in rs)} ingestion incidents in {sum(len(r.ins.outages) > 0 for r in rs)} "
            f"runs; {sum(len(r.real) for r in rs)} samples kept")
    assert line in " ".join(h31.__doc__.split()), line


def test_configuration_changes():
    """A new data subset comes only in the process, a precision switch only with a resubmission, the number of
    nodes only at a rescheduling restart."""
    for run in _runs("short") + _runs("long"):
        for a, b in zip(run.segs, run.segs[1:]):
            if a.mf != b.mf:
                assert b.proc == a.proc and a.N == b.N and a.pf == b.pf
            if a.pf != b.pf:
                assert b.proc == a.proc + 1 and run.ends[a.proc] == "resubmit" and a.N == b.N
            if a.N != b.N:
                assert b.proc == a.proc + 1 and run.ends[a.proc] in ("preempt", "node")


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout31, HELDOUT31_SEEDS[:2], changes=True, n=6000)


def test_bad_arguments():
    check_family_bad_arguments(make_heldout31, 312000)
