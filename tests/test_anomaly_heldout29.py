"""The twenty-ninth held-out trace family (a dense retriever's training queries/s: a per-node Prometheus counter that
Thanos' compactor downsampled to 5m, read back as ``sum(rate(...[W]))`` with ``max_source_resolution=5m``):
generator checks only (no detector runs here)."""

from functools import lru_cache
from types import SimpleNamespace

import numpy as np

import anomaly.heldout29 as h29
from anomaly.heldout28 import HELDOUT28_SEEDS
from anomaly.heldout29 import HELDOUT29_SEEDS, heldout29_set, make_heldout29
from anomaly.traces import Event
from tests.trace_checks import (builds_fixture, check_aligned_steps, check_changes_move_the_level,
                                check_counts_and_changes, check_depths_visible, check_every_kind_placed,
                                check_family_bad_arguments, check_family_healthy_independent, check_family_pauses,
                                check_healthy_outside_events, check_pinned, check_planned_changes, check_trace_arrays,
                                shared_builds, traces_fixture)

SPANS = {"short": (8, 26), "long": (30, 112)}
# listed changes: all, world-size changes, more hard negatives, longer passages
CHANGES = {"short": (13, 4, 4, 5), "long": (9, 1, 4, 4)}


traces = traces_fixture(heldout29_set)
#: the healthy runs of the "short" setting: ``(run, healthy, spans, live, changes)`` per seed
builds = builds_fixture(lambda *args: h29._build(*args), HELDOUT29_SEEDS)  # late-bound: through the memo
# the sets and the tests build each run once; checked as for generators 34-66: the sets made through the memo are
# byte-identical to those made without it, and no run changes once built
shared = shared_builds(h29)


@lru_cache(maxsize=2)
def _runs(setting: str) -> list:
    """The healthy runs of ``setting``, one per seed (built once for the tests that read them)."""
    return [h29._build(seed, 6000, setting)[0] for seed in HELDOUT29_SEEDS]


def _expected(run) -> np.ndarray:
    """Per point the job's queries over its window ``(T - W, T]`` divided by ``W`` (from its steps per bucket)."""
    K = run.n * run.k
    steps = np.where(run.train > 0, run.eff / h29._steps(run, [], 0, K) * run.eps, 0.0)
    Cw = np.r_[0.0, np.cumsum(steps * run.nodes * run.F)]
    T = (np.arange(run.n) + 1.0) * run.dt
    lo = np.clip(((T - run.prom.window) / h29._W).astype(int), 0, K)
    return (Cw[(T / h29._W).astype(int)] - Cw[lo]) / run.prom.window


def _boundary_points(run, reach: bool = True) -> np.ndarray:
    """The points whose window holds a chunk's first raw sample (after the series' first chunk); without ``reach``
    only the first of them (the step right after the sample)."""
    first = np.nonzero(np.r_[False, run.chunk[1:] != run.chunk[:-1]] & np.r_[False, run.sid[1:] == run.sid[:-1]])[0]
    t = run.ts[first] / 1000.0
    out = np.zeros(run.n, bool)
    for w in range(int(run.prom.window // run.dt) + 1 if reach else 1):
        i = np.minimum((t // run.dt).astype(int) + w, run.n - 1)
        out[i] = True
    return out


def test_seed_range_is_its_own():
    assert HELDOUT29_SEEDS == tuple(range(292000, 292012))
    assert not set(HELDOUT29_SEEDS) & set(HELDOUT28_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    check_pinned(make_heldout29, 292001, 292002, [Event("leak", 702, 962, 1142, 0.0828),
                 Event("drop", 1523, 1523, 2042, 0.2776), Event("straggler", 2736, 2736, 3000, 0.1592)],
                 2155286.6721, [(0, 9), (159, 170), (307, 318)], changes=[672])


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], HELDOUT29_SEEDS)


def test_timestamps_are_the_query_steps(traces):
    """One point per step of the range query: even steps of 5 minutes, aligned to them (and to the 5m windows)."""
    check_aligned_steps(traces[1], (300.0,))


def test_pause_spans(traces):
    """The trace starts with the pods' start-up. While the job refreshes its negatives or checkpoints, a pod's
    counter stands still and a point whose window lies inside the pause reads 0 (or keeps the point before it where
    no series answered); no pod is scraped before its exporter is up or after it is gone."""
    setting, ts = traces
    for t, run in zip(ts, _runs(setting)):
        check_family_pauses(setting, t, SPANS, min_count=8, starts_paused=True)
        vals = h29._values(run)
        same = run.stream[1:] == run.stream[:-1]
        W, dt = run.prom.window, run.dt
        for a, b, kind in [p for p in run.pauses_t if p[2] in ("refresh", "ckpt") and p[1] < run.n * dt]:
            inside = same & (run.real[:-1] > a + h29._W) & (run.real[1:] < b - h29._W)
            assert (np.diff(vals)[inside] == 0).all(), (t.seed, a, kind)
            i = np.arange(int(np.ceil((a + W + h29._W) / dt)), int((b - h29._W) // dt))  # the windows inside it
            assert ((t.healthy[i] == 0) | (t.healthy[i] == t.healthy[i - 1])).all(), (t.seed, a, kind)
        for p, (up, down, s0, _, _) in enumerate(run.procs):
            mine = (run.s0 == s0) & np.isin(run.sid, run.sids[p])
            assert mine.any() and (run.real[mine] >= up).all() and (run.real[mine] <= down + 1).all(), (t.seed, p)


def test_events_placement(traces):
    check_every_kind_placed(traces[1])  # every kind in each trace with events


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    check_depths_visible(traces[1])


def test_docstring_counts_table(traces):
    setting = traces[0]
    listed, world, neg, length = CHANGES[setting]
    change = "change" if world == 1 else "changes"
    line = f"{setting} {listed} ({world} world-size {change}, {neg} more hard negatives, {length} longer passages)"
    check_counts_and_changes(traces, h29.__doc__, listed, line)


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    """A listed change is the first point after a pause span, lies in no event, and the healthy level really moves
    there (5 % or more, medians over up to 300 live points on each side, the first 100 after it left out)."""
    check_changes_move_the_level(traces[1])


def test_changes_are_the_planned_ones(builds):
    """Each listed change follows a restart onto another number of nodes, a refresh that writes more negatives a
    query (in the process) or the resubmission with longer passages, and moves the noise-free rate by 10 % or more
    on the loader's cost after it; restarts onto as many nodes with the same configuration are not listed."""
    def check_change(run, kind, a, b):
        assert (a.N != b.N, a.h != b.h, a.L != b.L) == (kind == "world", kind == "negatives", kind == "length")
        assert b.proc == a.proc + (kind != "negatives")
        t, dt = b.t0, run.dt
        new = h29._level(run.job, run.mix, (b.N, b.h, b.L, b.lf), t + 100 * dt, t + 400 * dt)
        old = h29._level(run.job, run.mix, (a.N, a.h, a.L, a.lf), t + 100 * dt, t + 400 * dt)
        assert abs(np.log(new / old)) >= h29._MIN_MOVE, (kind, new / old)

    check_planned_changes(builds, check_change, min_same=3)


def test_chunking_rule():
    """Thanos' ``DownsampleRaw``: a 2-day block of 15-s samples goes into 5 chunks (``targetChunkCount``: under
    140 windows each), batches of ``len // 5 + 1`` samples, each extended to the end of its last 5m window; a short
    series is one chunk."""
    t = (np.arange(11520) * 15000 + 7000).astype(np.int64)
    ch = h29._chunks(t, 0)
    assert len(ch) == 5 and ch[0] == (0, 2304 + 1 + (20 - (2305 % 20)) % 20) and ch[-1][1] == 11520
    for a, b in ch[:-1]:
        assert t[b - 1] // h29._RES != t[b] // h29._RES and b - a >= 2305
    assert h29._chunks(t[:200], 0) == [(0, 200)]


def test_counter_aggregate_rule():
    """The counter aggregate of a chunk: its first raw value at its time, per 5m window the aggregator's counter
    (a fall adds the new value) at the window's end less 1 ms -- the last window at the last raw sample's time --
    and the last raw value again at that time."""
    t = np.array([10_000, 200_000, 310_000, 500_000, 610_000, 650_000], np.int64)
    chunk, src, tt, kind, cut = h29._aggregate_plan(t, np.zeros(6, int), 0.0)
    assert chunk.tolist() == [0] * 6 and cut == [(0, 5)]
    assert tt.tolist() == [10_000, 299_999, 599_999, 650_000, 650_000] and kind.tolist() == [0, 1, 1, 1, 2]
    run = SimpleNamespace(chunk=chunk, seq_src=src, seq_kind=kind)
    v = np.array([5.0, 20.0, 30.0, 4.0, 10.0, 16.0])  # a reset to 0 between 310 s and 500 s
    assert h29._counter_seq(run, v).tolist() == [5.0, 20.0, 34.0, 46.0, 16.0]


def test_iterator_rule():
    """``ApplyCounterResetsSeriesIterator``: a sample at the time of the one before it (a chunk's last raw value) is
    not emitted but gives the value the next chunk's first is compared with, so a reset at a chunk boundary is found
    even where the next chunk's counter is above the last one (Thanos #1568, PR #1709)."""
    t = np.array([5, 15, 15, 25, 35, 35], np.int64)
    v = np.array([95.0, 100.0, 100.0, 97.0, 107.0, 107.0])
    ts, tot = h29._apply_resets(t, v)
    assert ts.tolist() == [0.005, 0.015, 0.025, 0.035] and tot.tolist() == [95.0, 100.0, 197.0, 207.0]


def test_rate_rule():
    """PromQL's extrapolated rate(): the samples in ``(T - W, T]``, extrapolated to the window's edges within 1.1
    average intervals (else half an interval), not below the counter's zero; NaN with fewer than two samples."""
    t = np.array([0.0, 300.0, 600.0])
    v = np.array([1000.0, 1300.0, 1600.0])
    r = h29._rate_at(t, v, np.array([600.0, 900.0, 1000.0, 1400.0, 1600.0]), 900.0)
    assert r[0] == 1.0 and r[1] == 1.0 and r[2] == 300.0 * (650.0 / 300.0) / 900.0  # the end: half an interval
    assert np.isnan(r[3]) and np.isnan(r[4])  # one sample, none
    assert h29._rate_at(t, v - 1000.0, np.array([700.0]), 900.0)[0] == 600.0 * (700.0 / 600.0) / 900.0  # from 0
    t2 = np.array([300.0, 580.0, 610.0, 900.0])  # a chunk's first raw sample in the window: the average falls
    r2 = h29._rate_at(t2, t2 + 1e4, np.array([900.0]), 900.0)[0]  # (the counter grows by 1 a second)
    assert abs(r2 - 600.0 * (700.0 / 600.0) / 900.0) < 1e-12 and r2 < 0.8


def test_scrapes(builds):
    """Prometheus scrapes each pod on its own grid of the scrape interval while its exporter is up, none while
    Prometheus is down; every scrape due is done, timed out or skipped."""
    for run, h, spans, live, changes in builds:
        P = run.prom.period
        for s in np.unique(run.stream):
            t = run.ts[run.stream == s] / 1000.0
            assert np.allclose(np.diff(t) / P, np.round(np.diff(t) / P)), run.dt
            assert not h29._within(run.prom.outages, t).any()
        assert len(run.ts) + run.failed + run.skipped == run.ticks and run.failed < 0.05 * run.ticks


def test_a_point_is_the_rate(builds):
    """On steady training (no pause near, no chunk boundary in the window, no Prometheus restart) a point is the
    job's queries over its window, within the scrapes' lag and the jitter."""
    for run, h, spans, live, changes in builds:
        want = _expected(run)
        steady = live & ~_boundary_points(run)
        for s, e in spans:
            steady[max(0, s - 3):e + 3] = False
        for a, b in run.prom.outages:
            steady[max(0, int(a // run.dt) - 1):int((b + run.prom.window) // run.dt) + 2] = False
        r = h[steady] / want[steady]
        assert abs(np.median(r) - 1) < 0.02, np.median(r)
        assert np.mean(np.abs(r - 1) < 0.1) > 0.95, np.mean(np.abs(r - 1) < 0.1)


def test_chunk_boundaries_read_low(builds):
    """Where a chunk's first raw sample enters a point's window the extrapolation falls short: the step right after
    it reads low in healthy training (by up to about a third)."""
    lows = []
    for run, h, spans, live, changes in builds:
        want = _expected(run)
        at = live & _boundary_points(run, reach=False)
        for s, e in spans:
            at[max(0, s - 3):e + 3] = False
        r = h[at] / want[at]
        lows.append(np.min(r))
        assert np.median(r) < 0.9 and np.min(r) > 0.55, (np.median(r), np.min(r))
    assert min(lows) < 0.75


def test_regressions_make_whole_steps_late(builds):
    """A regression takes whole steps off its process's counter (which never falls within a process); after it every
    increase is the healthy one again."""
    run = builds[0][0]
    b0 = run.n * run.k // 3
    md = h29._Mod(b0, b0 + 200, gpu=1.8)
    v, base = h29._values(run, [md]), h29._values(run)
    t1 = (b0 + 200) * h29._W
    same = run.stream[1:] == run.stream[:-1]
    assert (np.diff(v)[same] >= 0).all() and (v <= base).all() and v.sum() < base.sum()
    after = (run.real > t1 + 1) & (run.s0 < b0 * h29._W)
    lost = (base - v)[after] / run.F
    assert np.array_equal(lost, np.round(lost)) and lost.max() > 10 and len(np.unique(lost[lost > 0])) <= 3
    assert np.array_equal(v[run.real < b0 * h29._W], base[run.real < b0 * h29._W])


def test_counter_restarts():
    """A restart in place keeps its pods' series, whose counter starts again from 0 (a reset); a rescheduled pod or
    a resubmitted job starts new series. Each process's counter reads 0 until it trains."""
    seen = 0
    for run in _runs("short") + _runs("long"):
        vals = h29._values(run)
        for p in range(1, len(run.procs)):
            inplace = run.procs[p][3]
            assert (run.sids[p] == run.sids[p - 1]) == inplace
            if inplace:
                seen += 1
            mine = (run.s0 == run.procs[p][2]) & np.isin(run.sid, run.sids[p])
            early = mine & (run.real < run.procs[p][2])
            assert early.any() and (vals[early] == 0).all()
    assert seen >= 5


def test_collection_artefacts(builds):
    """Scrapes time out now and then and Prometheus restarts in some runs; a live point never reads 0."""
    runs = _runs("short") + _runs("long")
    assert all(r.failed > 0 for r in runs) and sum(len(r.prom.outages) > 0 for r in runs) >= 6
    for run, h, spans, live, changes in builds:
        assert not ((h == 0) & live).any(), run.prom


def test_docstring_over_both_sets():
    """The docstring's summary of the 24 runs (the collection's settings, nodes, restarts, Prometheus' restarts, the
    scrapes and chunks) is what they measure."""
    rs = _runs("short") + _runs("long")
    ps = [sum(r.prom.period == p for r in rs) for p in h29._PERIODS]
    ws = [sum(r.prom.window == w for r in rs) for w in h29._WINDOWS]
    ends = [e for r in rs for e in r.ends]
    line = (f"scrape intervals of 15, 30 and 60 s in {ps[0]}, {ps[1]} and {ps[2]} runs; windows of 10, 15 and 20 "
            f"minutes in {ws[0]}, {ws[1]} and {ws[2]}; {sum(r.segs[0].N == 1 for r in rs)} of the 24 runs on one "
            f"node at the start, {sum(r.job.G == 8 for r in rs)} with 8 GPUs a node; {len(ends)} restarts "
            f"({ends.count('preempt')} preemptions, {ends.count('node')} node failures, {ends.count('oom')} OOM "
            f"kills restarted in place, {ends.count('resubmit')} resubmissions); "
            f"{sum(len(r.prom.outages) for r in rs)} restarts of Prometheus in "
            f"{sum(len(r.prom.outages) > 0 for r in rs)} runs; {sum(r.ticks for r in rs)} scrapes due, "
            f"{sum(r.failed for r in rs)} of them timed out and {sum(r.skipped for r in rs)} skipped; "
            f"{sum(int(r.chunk.max()) + 1 for r in rs)} chunks of the counter aggregate over "
            f"{sum(len(r.seq_cut) for r in rs)} series")
    assert line in " ".join(h29.__doc__.split()), line


def test_configuration_changes():
    """More negatives come only in the process, longer passages only with a resubmission (each once), the number of
    nodes only at a rescheduling restart."""
    for run in _runs("short") + _runs("long"):
        for a, b in zip(run.segs, run.segs[1:]):
            assert b.h >= a.h and b.L >= a.L
            if a.h != b.h:
                assert b.proc == a.proc and a.N == b.N and a.L == b.L
            if a.L != b.L:
                assert b.proc == a.proc + 1 and run.ends[a.proc] == "resubmit" and a.N == b.N
            if a.N != b.N:
                assert b.proc == a.proc + 1 and run.ends[a.proc] in ("preempt", "node")


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout29, HELDOUT29_SEEDS[:2], changes=True)


def test_bad_arguments():
    check_family_bad_arguments(make_heldout29, 292000)
