"""The twenty-eighth held-out trace family (a LiDAR 3-D detector's frames/s: a per-pod gauge scraped by an HA pair of
vmagents into VictoriaMetrics with deduplication, read back by instant queries of ``sum(rate(...[W]))``): generator
checks only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes, every kind placed, its pause spans per trace, its row of the docstring's
counts table and changes line and the long half of the 24 runs' summary (the "short" row, changes line and half of
the summary were measured on the full sets, and are not re-measured here); the laws that read the 24 full runs
before take the samples and the full long set's runs."""

from functools import lru_cache

import numpy as np
import pytest

import anomaly.heldout28 as h28
from anomaly.heldout27 import HELDOUT27_SEEDS
from anomaly.heldout28 import HELDOUT28_SEEDS, heldout28_set, make_heldout28
from anomaly.traces import Event
from tests.trace_checks import (check_aligned_steps, check_changes_move_the_level, check_counts_and_changes,
                                check_depths_visible, check_event_placement, check_every_kind_placed,
                                check_family_bad_arguments, check_family_healthy_independent, check_family_pauses,
                                check_healthy_outside_events, check_pinned, check_planned_changes, check_trace_arrays,
                                shared_builds)

N = 3000
SEEDS = HELDOUT28_SEEDS[:4]
SPANS = {"short": (5, 22), "long": (30, 110)}
# the long set's listed changes: all, world-size changes, second stages, fades of GT-sampling
CHANGES_LONG = (15, 5, 7, 3)
# the short set's half of the docstring's summary of the 24 runs, measured on its 12 runs at n=6000 (not re-measured
# here): runs per step of 30, 60 s, per window of one, two steps, per scrape interval of 10, 15, 30 s, with an HA pair
# (with distinct cluster names), with staleness markers, on one node at the start, with 8 GPUs a node; restarts by end
# (all, preemptions, node failures, OOM kills, resubmissions); VictoriaMetrics' restarts (runs with one), a replica's;
# scrapes due, timed out, skipped; intervals a staleness marker replaced; points read before their samples came
SHORT_RUNS = {"dt": (5, 7), "window": (6, 6), "period": (3, 7, 2), "ha": (10, 3), "stale": 9, "one_node": 4, "g8": 10,
              "ends": (23, 8, 2, 9, 4), "outages": (6, 4), "down": 26, "ticks": 948802, "failed": 11756,
              "skipped": 298, "replaced": 1561, "slow": 22}

# the sets and the tests build each run once; checked as for generators 34-66: the sets made through the memo are
# byte-identical to those made without it, and no run changes once built
shared = shared_builds(h28)


@lru_cache(maxsize=2)
def _set(setting: str) -> list:
    return heldout28_set(setting, n=N, seeds=SEEDS)


def _builds(setting: str) -> list:
    """The healthy runs of ``setting``'s sample: ``(run, healthy, spans, live, changes)`` per seed (memoised)."""
    return [h28._build(seed, N, setting) for seed in SEEDS]


@pytest.fixture(scope="module", params=["short", "long"], name="traces")
def traces(request):
    return request.param, _set(request.param)


@pytest.fixture(scope="module", name="builds")
def builds():
    """The healthy runs of both settings' samples, ``(run, healthy, spans, live, changes)`` per seed (4 seeds each
    at n=3000, where the law tests took the 12 "short" runs at n=6000 before)."""
    return _builds("short") + _builds("long")


@lru_cache(maxsize=1)
def _full_long() -> list:
    return heldout28_set("long")  # the one full set built here


def _full_long_runs() -> list:
    _full_long()
    return [h28._build(seed, 6000, "long")[0] for seed in HELDOUT28_SEEDS]  # memoised: the set's own runs


def _law_runs(builds) -> list:
    """The samples' runs and the full long set's (built anyway), for the laws that read the 24 full runs before
    (two thirds of their points: the counts hold unchanged)."""
    return [b[0] for b in builds] + _full_long_runs()


def _groups(run) -> int:
    """The deduplication intervals of the run's series that hold a value (not only staleness markers)."""
    key = (run.tsm + int(round(run.vm.period * 1000)) - 1) // int(round(run.vm.period * 1000))
    ok = ~run.stale
    return len(np.unique(run.sid[ok] * 10 ** 9 + key[ok]))


def test_seed_range_is_its_own():
    assert HELDOUT28_SEEDS == tuple(range(282000, 282012))
    assert not set(HELDOUT28_SEEDS) & set(HELDOUT27_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    check_pinned(make_heldout28, 282001, 282002, [Event("leak", 401, 918, 1073, 0.16),
                 Event("straggler", 1648, 1648, 1800, 0.192), Event("drop", 2499, 2499, 2916, 0.1462)],
                 256182.64, [(0, 16), (350, 362), (696, 711)], changes=[1088, 2257])


def test_full_set_shapes_and_pause_spans():
    ts = _full_long()
    check_trace_arrays(ts, HELDOUT28_SEEDS)
    check_every_kind_placed(ts)  # every kind in each trace with events
    for t in ts:  # each long trace's spans at n=6000, as before
        check_family_pauses("long", t, SPANS, min_count=8, starts_paused=True)


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_query_times(traces):
    """One point per instant query, stamped with its time: even steps of 30 s or 1 minute, aligned to them."""
    check_aligned_steps(traces[1], (30.0, 60.0))


def test_pause_spans(traces):
    """The trace starts with the pods' start-up. While the job validates or checkpoints, a pod's gauge stands still
    and a point whose rate lies inside the pause reads 0 (or keeps the point before it where no series answered);
    no pod is scraped before its exporter is up or after it is gone."""
    setting, ts = traces
    for t, (run, *_) in zip(ts, _builds(setting)):
        # 8 spans a trace at n=6000: 4 at n=3000, in proportion
        check_family_pauses(setting, t, SPANS, min_count=4, starts_paused=True, n=N)
        vals = h28._values(run)
        same = run.stream[1:] == run.stream[:-1]
        W, dt = run.vm.window, run.dt
        for a, b, kind in [p for p in run.pauses_t if p[2] in ("eval", "ckpt") and p[1] < run.n * dt]:
            # (a step's end is placed within its 5-s bucket)
            inside = same & (run.real[:-1] > a + h28._W) & (run.real[1:] < b - h28._W)
            assert (np.diff(vals)[inside] == 0).all(), (t.seed, a, kind)
            i = np.arange(int(np.ceil((a + W + dt + h28._W) / dt)), int((b - h28._W) // dt))  # the rate's samples
            assert ((t.healthy[i] == 0) | (t.healthy[i] == t.healthy[i - 1])).all(), (t.seed, a, kind)
        for p, (up, down, s0, _, _) in enumerate(run.procs):
            mine = run.s0 == s0
            assert mine.any() and (run.ts[mine] >= up).all() and (run.ts[mine] <= down).all(), (t.seed, p)


def test_events_placement(traces):
    # every kind in each regressed trace: checked on the full "long" set (at n=3000 a trace may miss one)
    check_event_placement(traces[1], 3, 4, first=N // 10, n=N)  # the slots start at n // 10


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    check_depths_visible(traces[1])


def test_docstring_counts_table_long():
    listed, world, stage, fade = CHANGES_LONG
    line = f"long {listed} ({world} world-size changes, {stage} second stages, {fade} fades of GT-sampling)"
    check_counts_and_changes(("long", _full_long()), h28.__doc__, listed, line)


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    """A listed change is the first point after a pause span, lies in no event, and the healthy level really moves
    there (5 % or more, medians over up to 300 live points on each side, the first 100 after it left out)."""
    check_changes_move_the_level(traces[1], n=N, min_checked=2)  # 8 over 12 traces at n=6000: a sixth of the points


def test_changes_are_the_planned_ones(builds):
    """Each listed change follows a restart onto another number of nodes, the second stage's resubmission or the
    fade of GT-sampling (in the process, after a checkpoint), and moves the noise-free rate by 10 % or more on the
    loader's cost after it; restarts onto as many nodes with the same configuration are not listed."""
    def check_change(run, kind, a, b):
        assert (a.N != b.N, a.st != b.st, a.fd != b.fd) == (kind == "world", kind == "stage", kind == "fade")
        assert b.proc == a.proc + (kind != "fade") and b.st >= a.st and b.fd >= a.fd
        t, dt = b.t0, run.dt
        new = h28._level(run.job, run.mix, b.N, b.st, b.fd, t + 100 * dt, t + 400 * dt)
        old = h28._level(run.job, run.mix, a.N, a.st, a.fd, t + 100 * dt, t + 400 * dt)
        assert abs(np.log(new / old)) >= h28._MIN_MOVE, (kind, new / old)

    check_planned_changes(builds, check_change, min_same=3)


def test_dedup_rule():
    """VictoriaMetrics' deduplication: per series and interval ``(j P, (j + 1) P]`` the sample with the latest
    timestamp stays; of equal timestamps the one merged last, unless an earlier one is larger; a staleness marker
    that comes last wins (and is dropped by rate()), one that comes earlier loses."""
    sid = np.array([0, 0, 0, 0, 0, 0, 1, 1])
    tsm = np.array([1000, 9000, 12000, 12000, 25000, 25000, 5000, 10000])
    u = np.array([0.1, 0.2, 0.3, 0.4, 0.6, 0.5, 0.0, 0.0])
    stale = np.array([False, False, False, False, True, False, False, False])
    vals = np.array([1.0, 2.0, 7.0, 5.0, np.nan, 9.0, 3.0, 4.0])
    kept, partner = h28._dedup(sid, tsm, u, stale, 10000)
    num = np.where(stale, -np.inf, vals)
    assert kept.tolist() == [1, 3, 7] and np.maximum(num[kept], num[partner]).tolist() == [2.0, 7.0, 4.0]
    u[4] = 0.4  # the staleness marker merged first: the value stays
    kept, partner = h28._dedup(sid, tsm, u, stale, 10000)
    assert kept.tolist() == [1, 3, 5, 7]


def test_rate_rule():
    """MetricsQL's rate() at instant queries: the last sample in ``(T - W, T]`` against the last one before it
    where that lies within ``step`` of the window, else against the window's first (two needed); an empty window
    gives NaN; a fall of under an eighth is a partial reset (added back), a larger one a reset."""
    t = np.array([10.0, 20.0, 30.0, 40.0, 100.0, 110.0])
    v = np.array([0.0, 10.0, 20.0, 30.0, 50.0, 60.0])
    r = h28._rate_at(t, v, np.array([40.0, 70.0, 110.0, 25.0]), 20.0, 20.0)
    assert r[0] == 1.0 and np.isnan(r[1]) and r[2] == 10.0 / 10.0 and r[3] == 1.0
    r = h28._rate_at(t, v, np.array([110.0]), 20.0, 100.0)  # the sample at 40 s lies within the step
    assert r[0] == 30.0 / 70.0
    v2 = np.array([100.0, 110.0, 120.0, 115.0, 125.0, 135.0])  # a fall of 5 from 120: partial
    assert h28._rate_at(t, v2, np.array([100.0]), 75.0, 10.0)[0] == (125.0 - 110.0 + 5.0) / 80.0
    v3 = np.array([100.0, 110.0, 120.0, 15.0, 25.0, 35.0])  # a fall of 105: a reset
    assert h28._rate_at(t, v3, np.array([100.0]), 75.0, 10.0)[0] == (25.0 - 110.0 + 120.0) / 80.0


def test_polls_and_late_samples():
    """A query fails while the database restarts; the next one answered reads every point since. A point whose
    query was answered before one of the samples it reaches was ingested is read again from what was there."""
    vm = h28._VM(period=15.0, replicas=2, distinct=True, stale=True, window=60.0, delay=30.0, p_fail=0.0, down=[[], []],
                 outages=[(150.0, 260.0)])
    poll, read = h28._polls(np.random.default_rng(0), 5, 60.0, vm)
    assert (poll >= np.arange(1, 6) * 60.0 + 30).all() and (poll < np.arange(1, 6) * 60.0 + 31.1).all()
    assert np.array_equal(read, [poll[0], poll[3], poll[3], poll[3], poll[4]])  # polls 1 and 2 in the outage
    ts = np.array([100.0, 170.0, 230.0])
    arr = np.array([101.0, 300.0, 290.0])
    assert h28._slow(ts, arr, read, 60.0, 150.0).tolist() == [2, 3]


def test_scrapes(builds):
    """Each replica scrapes a pod on its own grid of the scrape interval while the pod's exporter is up (on the same
    grid as the other replica where their cluster names are equal), none while it is down; every scrape due is
    done, timed out or skipped."""
    for run, h, spans, live, changes in builds:
        P = run.vm.period
        for s in np.unique(run.stream):
            t = run.ts[run.stream == s]
            assert np.allclose(np.diff(t) / P, np.round(np.diff(t) / P)), run.dt
            assert not h28._within(run.vm.down[run.rep[run.stream == s][0]], t).any()
        if run.vm.replicas == 2 and not run.vm.distinct:
            for sid in np.unique(run.sid):
                t = [run.ts[(run.sid == sid) & (run.rep == r)] for r in (0, 1)]
                assert np.allclose(t[0][0] % P, t[1][0] % P)
        done = len(run.ts) - (run.stale.sum() if run.vm.stale else 0)
        assert done + run.failed + run.skipped == run.ticks
    for run, *_ in _builds("short"):  # the short runs, as before (the long setting's long checkpoints time out more)
        assert run.failed < 0.05 * run.ticks


def test_a_point_is_the_rate(builds):
    """On steady training (no pause or restart near, every sample ingested) a point is the job's frames over the
    window between the samples it reads, within a step's quantisation and the jitter."""
    for run, h, spans, live, changes in builds:
        K = run.n * run.k
        Cw = np.r_[0.0, np.cumsum(np.where(run.train > 0, run.eff / h28._steps(run, [], 0, K), 0.0))]
        T = (np.arange(run.n) + 1.0) * run.dt
        lo = np.clip(((T - run.vm.window) / h28._W).astype(int), 0, K)
        want = run.job.samples(run.nodes[np.minimum(lo, K - 1)]) * (Cw[(T / h28._W).astype(int)] - Cw[lo]) \
            / run.vm.window
        steady = live.copy()
        for s, e in spans:
            steady[max(0, s - 3):e + 3] = False
        steady[run.slow] = False
        r = h[steady] / want[steady]
        assert abs(np.median(r) - 1) < 0.02, np.median(r)
        assert np.mean(np.abs(r - 1) < 0.15) > 0.95, np.mean(np.abs(r - 1) < 0.15)


def test_regressions_make_whole_steps_late(builds):
    """A regression takes whole steps off its process's gauge (which never falls within a process); after it every
    increase is the healthy one again."""
    run = builds[0][0]
    b0 = run.n * run.k // 3
    md = h28._Mod(b0, b0 + 200, gpu=1.8)
    v, base = h28._values(run, [md]), h28._values(run)
    t1 = (b0 + 200) * h28._W
    same = run.stream[1:] == run.stream[:-1]
    assert (np.diff(v)[same] >= 0).all() and (v <= base).all() and v.sum() < base.sum()
    after = (run.real > t1 + 1) & (run.s0 < b0 * h28._W)
    lost = (base - v)[after] / run.F
    assert np.array_equal(lost, np.round(lost)) and lost.max() > 10 and len(np.unique(lost[lost > 0])) <= 3
    assert np.array_equal(v[run.real < b0 * h28._W], base[run.real < b0 * h28._W])


def test_restored_gauge(builds):
    """A restart in place keeps its pods' series, and its gauge starts again from the checkpoint's step (below the
    last value: a fall); a rescheduled pod or a resubmitted job starts new series (the latter from 0)."""
    seen = 0
    for run in _law_runs(builds):
        for p in range(1, len(run.procs)):
            inplace, job = run.procs[p][3], run.procs[p][4]
            assert (run.sids[p] == run.sids[p - 1]) == inplace
            assert (run.base[p] == 0) or job == run.procs[p - 1][4]
            if inplace:
                seen += 1
                old = run.idx[run.s0 == run.procs[p - 1][2]].max() + run.base[p - 1]
                assert run.base[p] <= old
    assert seen >= 5


def test_collection_artefacts(builds):
    """Scrapes time out now and then, a staleness marker wins an interval over the other replica's value in runs of
    an HA pair, VictoriaMetrics restarts (samples held in vmagent's queue, points read before they arrive); a live
    point reads 0 only where it keeps a 0 from before."""
    runs = _law_runs(builds)
    assert all(r.failed > 0 for r in runs) and sum(len(r.slow) > 0 for r in runs) >= 6
    assert sum(_groups(r) > len(r.kept) for r in runs if r.vm.replicas == 2) >= 6
    for run, h, spans, live, changes in builds:
        z = np.nonzero((h == 0) & live)[0]
        assert all(i == 0 or h[i - 1] == 0 for i in z), run.dt


def test_slowest_rank():
    """Every rank draws its own frames (their points log-normal): the step waits for the slowest batch, the more
    ranks the slower, the larger the batch the closer to the mean; the draws' mean is the expected slowest."""
    assert h28._rankmax(32, 4, 0.35)[2] > h28._rankmax(8, 4, 0.35)[2] > h28._rankmax(8, 8, 0.35)[2] > 1.0
    F, s, E = h28._rankmax(16, 4, 0.35)
    rho = np.exp(s * np.interp(np.random.default_rng(0).random(200000), F, h28._ZS) - 0.5 * s * s) / E
    assert abs(rho.mean() - 1) < 0.01 and rho.std() > 0.02


def test_docstring_over_both_sets():
    """The docstring's summary of the 24 runs (the collection's settings, nodes, restarts, the database's restarts,
    the scrapes and samples) is what they measure."""
    rs, sh = _full_long_runs(), SHORT_RUNS  # the long half measured, the short half as measured before

    def both(key, f):  # the short half's count and the long runs'
        return sh[key] + sum(f(r) for r in rs)

    dts = [k + sum(r.dt == d for r in rs) for k, d in zip(sh["dt"], (30.0, 60.0))]
    ws = [k + sum(r.vm.window == m * r.dt for r in rs) for k, m in zip(sh["window"], (1, 2))]
    ps = [k + sum(r.vm.period == p for r in rs) for k, p in zip(sh["period"], h28._PERIODS)]
    ha = [r for r in rs if r.vm.replicas == 2]
    ha = [sh["ha"][0] + len(ha), sh["ha"][1] + sum(r.vm.distinct for r in ha)]
    ends = [e for r in rs for e in r.ends]
    counts = [len(ends)] + [ends.count(e) for e in ("preempt", "node", "oom", "resubmit")]
    ends = [k + c for k, c in zip(sh["ends"], counts)]
    outages = [k + sum(f(r.vm.outages) for r in rs) for k, f in zip(sh["outages"], (len, bool))]
    line = (f"steps of 30 s in {dts[0]} runs, 1 minute in {dts[1]}; windows of one step in {ws[0]}, two in {ws[1]}; "
            f"scrape intervals of 10, 15 and 30 s in {ps[0]}, {ps[1]} and {ps[2]}; an HA pair of vmagents in "
            f"{ha[0]} runs ({ha[1]} with distinct cluster names), staleness markers in "
            f"{both('stale', lambda r: r.vm.stale)}; {both('one_node', lambda r: r.segs[0].N == 1)} of the 24 runs "
            f"on one node at the start, {both('g8', lambda r: r.job.G == 8)} with 8 GPUs a node; {ends[0]} restarts "
            f"({ends[1]} preemptions, {ends[2]} node failures, {ends[3]} OOM kills restarted in place, {ends[4]} "
            f"resubmissions); {outages[0]} restarts of VictoriaMetrics in {outages[1]} runs, "
            f"{both('down', lambda r: sum(len(d) for d in r.vm.down))} of a replica; "
            f"{both('ticks', lambda r: r.ticks)} scrapes due, {both('failed', lambda r: r.failed)} of them timed out "
            f"and {both('skipped', lambda r: r.skipped)} skipped; "
            f"{both('replaced', lambda r: _groups(r) - len(r.kept))} intervals whose value a staleness marker "
            f"replaced; {both('slow', lambda r: len(r.slow))} points read before all their samples were ingested")
    assert line in " ".join(h28.__doc__.split()), line


def test_configuration_changes(builds):
    """The second stage comes only with a resubmission, the fade only in the process (each once, before or after
    the other but the stage never after the fade), the number of nodes only at a rescheduling restart."""
    for run in _law_runs(builds):
        for a, b in zip(run.segs, run.segs[1:]):
            assert b.st >= a.st and b.fd >= a.fd and not (b.st > a.st and a.fd)
            if a.st != b.st:
                assert b.proc == a.proc + 1 and run.ends[a.proc] == "resubmit" and a.N == b.N
            if a.fd != b.fd:
                assert b.proc == a.proc and a.N == b.N
            if a.N != b.N:
                assert b.proc == a.proc + 1 and run.ends[a.proc] in ("preempt", "node")


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout28, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    check_family_bad_arguments(make_heldout28, 282000)
