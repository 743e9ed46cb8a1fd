"""The twenty-seventh held-out trace family (a text-to-speech model's utterances/s: a per-node Prometheus counter
scraped by Metricbeat with ``rate_counters`` into Elasticsearch, read back per ``date_histogram`` bucket with a
``rate`` aggregation): generator checks only (no detector runs here).

Cost: ``_build`` is memoised for the module's life (``shared_builds``: its teardown checks that no trace or test
changed a run), so the ``builds`` fixture, ``_runs`` and the tests take the runs the ``traces`` fixture built; the
healthy-run check takes seeds 272000-272001 at n=6000 (their runs in the set) rather than building them at n=4000."""

import time
from functools import lru_cache
from types import SimpleNamespace

import numpy as np

import anomaly.heldout27 as h27
from anomaly.heldout26 import HELDOUT26_SEEDS
from anomaly.heldout27 import HELDOUT27_SEEDS, heldout27_set, make_heldout27
from anomaly.traces import Event
from tests.trace_checks import (builds_fixture, check_changes_move_the_level, check_counts_and_changes,
                                check_depths_visible, check_every_kind_placed, check_family_bad_arguments,
                                check_family_healthy_independent, check_family_pauses, check_healthy_outside_events,
                                check_pinned, check_planned_changes, check_trace_arrays, shared_builds, traces_fixture)

SPANS = {"short": (5, 22), "long": (30, 110)}
# listed changes: all, world-size changes, fine-tuning stages, segment-size changes
CHANGES = {"short": (13, 5, 5, 3), "long": (10, 2, 5, 3)}


traces = traces_fixture(heldout27_set)
#: the healthy runs of the "short" setting: ``(run, healthy, spans, live, changes)`` per seed
builds = builds_fixture(lambda *a: h27._build(*a), HELDOUT27_SEEDS)  # the memoised _build, looked up per call
shared = shared_builds(h27)  # the set and the tests build each run once


@lru_cache(maxsize=2)
def _runs(setting: str) -> list:
    """The healthy runs of ``setting``, one per seed (built once for the tests that read them)."""
    return [h27._build(seed, 6000, setting)[0] for seed in HELDOUT27_SEEDS]


def test_seed_range_is_its_own():
    assert HELDOUT27_SEEDS == tuple(range(272000, 272012))
    assert not set(HELDOUT27_SEEDS) & set(HELDOUT26_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    check_pinned(make_heldout27, 272001, 272002, [Event("straggler", 549, 549, 749, 0.1291),
                 Event("drop", 1368, 1368, 1898, 0.2509), Event("leak", 2345, 2689, 3000, 0.0958)],
                 1057528.0, [(174, 182), (343, 353), (524, 534)], changes=[761])


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], HELDOUT27_SEEDS)


def test_timestamps_are_the_buckets(traces):
    """One point per ``date_histogram`` bucket, stamped with its key: even steps of the fixed interval, aligned
    to it."""
    for t in traces[1]:
        d = np.diff(t.timestamps)
        assert d[0] in (30.0, 60.0, 120.0) and (d == d[0]).all(), t.seed
        assert t.timestamps[0] % d[0] == 0, t.seed


def test_pause_spans(traces):
    """While the job validates or checkpoints its counter stands still: a document whose increment reaches back
    into the pause only is 0. While it restarts its endpoint is gone: no document between the old process's end
    and the new one's exporter (the poller keeps the last point)."""
    setting, ts = traces
    for t, run in zip(ts, _runs(setting)):
        check_family_pauses(setting, t, SPANS, min_count=8)  # the trace starts with training
        inc = h27._increments(run)  # its 5-s bucket)
        prev = np.r_[-np.inf, np.where(run.hid[1:] == run.hid[:-1], run.ts[:-1], -np.inf)]
        for a, b, kind in [p for p in run.pauses_t if p[1] < run.n * run.dt]:  # (a step's end is placed within
            still = (prev >= a + h27._W) & (run.ts < b - h27._W)
            assert kind in ("restart", "resubmit") or still.any(), (t.seed, a, kind)
            assert (inc[still] == 0).all(), (t.seed, a, kind)
        for (up, down, s0), (up2, _, _) in zip(run.procs, run.procs[1:]):
            assert not ((run.ts > down) & (run.ts < up2)).any(), t.seed


def test_events_placement(traces):
    check_every_kind_placed(traces[1])  # every kind in each trace with events


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    check_depths_visible(traces[1])


def test_docstring_counts_table(traces):
    setting = traces[0]
    listed, world, stage, seg = CHANGES[setting]
    line = f"{setting} {listed} ({world} world-size changes, {stage} fine-tuning stages, {seg} segment-size changes)"
    check_counts_and_changes(traces, h27.__doc__, listed, line)


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    """A listed change is the first point after a pause span, lies in no event, and the healthy level really moves
    there (5 % or more, medians over up to 300 live points on each side, the first 100 after it left out)."""
    check_changes_move_the_level(traces[1])


def test_changes_are_the_planned_ones(builds):
    """Each listed change follows a restart onto another number of nodes or a resubmission on the fine-tuning corpus
    or with another ``segment_size``, and moves the noise-free rate by 10 % or more on the loader's cost after it;
    restarts onto as many nodes with the same configuration are not listed."""
    def check_change(run, kind, a, b):
        assert (a.N != b.N, a.ft != b.ft, a.sg != b.sg) == (kind == "world", kind == "stage", kind == "segment")
        assert b.proc == a.proc + 1 and b.ft >= a.ft and (a.sg == b.sg or a.sg == 1.0)
        t, dt = b.t0, run.dt
        new = h27._level(run.job, run.mix, b.N, b.ft, b.sg, t + 100 * dt, t + 400 * dt)
        old = h27._level(run.job, run.mix, a.N, a.ft, a.sg, t + 100 * dt, t + 400 * dt)
        assert abs(np.log(new / old)) >= h27._MIN_MOVE, (kind, new / old)

    check_planned_changes(builds, check_change, min_same=3)


def test_counter_cache_rule():
    """Metricbeat's counter cache (``NewCounterCache(period * 5)``): a scrape's increment is taken against its
    host's last successful scrape if that lies at most 5 periods back; on a host's first scrape, or after a longer
    silence (the entry expired), it is 0."""
    ts = np.array([0.0, 10.0, 20.0, 70.0, 121.0, 5.0, 15.0])
    hid = np.array([0, 0, 0, 0, 0, 1, 1])
    assert h27._cached(ts, hid, 10.0).tolist() == [False, True, True, True, False, False, True]
    run = SimpleNamespace(idx=np.array([0.0, 3, 7, 20, 30, 0, 2]), scale=np.full(7, 64.0),
                          valid=h27._cached(ts, hid, 10.0))
    assert h27._increments(run).tolist() == [0.0, 192.0, 256.0, 832.0, 0.0, 0.0, 128.0]


def test_poller_reads_searchable_documents():
    """A bucket's point is the increments of its documents searchable when it was read, summed, per second; with
    no such document it keeps the last point (0 before the first). A search while the cluster cannot be reached
    fails; the next one answered reads every bucket since."""
    es = SimpleNamespace(delay=30.0, outages=[(150.0, 260.0)])
    poll, read = h27._polls(np.random.default_rng(0), 5, 60.0, es)
    assert (poll >= np.arange(1, 6) * 60.0 + 30).all() and (poll < np.arange(1, 6) * 60.0 + 31.1).all()
    assert np.array_equal(read, [poll[0], poll[3], poll[3], poll[3], poll[4]])  # polls 1 and 2 in the outage
    run = SimpleNamespace(n=5, dt=60.0, ts=np.array([10.0, 50.0, 130.0, 200.0, 230.0, 250.0]),
                          ok=np.array([True, True, False, True, True, True]))
    rate = np.array([600.0, 600.0, 900.0, 1200.0, 0.0, 1800.0])
    assert h27._read(run, rate).tolist() == [20.0, 20.0, 20.0, 20.0, 30.0]  # bucket 2's document not yet searchable
    run.ok[:2] = False
    assert h27._read(run, rate).tolist() == [0.0, 0.0, 0.0, 20.0, 30.0]


def test_documents_are_indexed_late_or_dropped():
    """A document leaves with the queue's next flush, waits for an unreachable cluster (the output reconnects
    within ``backoff.max`` of its end), is dropped where the index is read-only (flood stage: a 403 Beats do not
    retry) and is searchable at the next refresh."""
    es = SimpleNamespace(flush=5.0, refresh=30.0, phase=7.0, base=0.1, busy=[], outages=[(1000.0, 1600.0)],
                         floods=[(3000.0, 3300.0)])
    ts = np.arange(0.0, 4000.0, 10.0)
    vis, dropped = h27._indexed(np.random.default_rng(1), es, ts)
    gone = ~np.isfinite(vis)
    assert dropped == gone.sum() > 20 and ((ts[gone] > 2990) & (ts[gone] < 3300)).all()
    ok = np.isfinite(vis)
    assert (vis[ok] >= ts[ok]).all() and np.allclose((vis[ok] - 7.0) % 30.0, 0.0)
    held, free = (ts >= 1000) & (ts < 1590), (ts < 990) | (ts >= 1600)  # (a flush of up to 5 s)
    assert (vis[held] >= 1600).all() and (vis[held] <= 1600 + 60 + 5 + 31).all()
    assert (vis[free & ok] - ts[free & ok] < 37).all()


def test_scrapes(builds):
    """Each host is scraped on its Metricbeat's period grid while the job's endpoint is up; no scrape runs while
    the publishing pipeline is blocked (the cluster unreachable for longer than the queue holds); every scrape due
    is either done, timed out or blocked."""
    for run, h, spans, live, changes in builds:
        P = run.es.period
        for hid in np.unique(run.hid):
            t = run.ts[run.hid == hid]
            assert np.allclose(np.diff(t) / P, np.round(np.diff(t) / P)), run.dt
        for a, b in run.es.outages:
            assert not ((run.ts >= a + run.es.fill) & (run.ts < b)).any()
        assert len(run.ts) + run.failed + run.blocked == run.ticks
        assert run.failed < 0.05 * run.ticks
        for up, down, s0 in run.procs:  # each process's nodes, scraped only while its exporter was up
            mine = run.s0 == s0
            assert mine.any() and (run.ts[mine] >= up).all() and (run.ts[mine] <= down).all(), s0


def test_a_point_is_the_rate(builds):
    """On steady training (every document searchable, no pause or restart near) a point is the job's utterances
    (``G b`` a node per step, all nodes) over the bucket, within a step's quantisation and the host's jitter."""
    for run, h, spans, live, changes in builds:
        K = run.n * run.k
        Cw = np.r_[0.0, np.cumsum(np.where(run.train > 0, run.eff / h27._steps(run, [], 0, K), 0.0))]
        i = np.arange(run.n)
        want = run.job.samples(run.nodes[i * run.k]) * (Cw[(i + 1) * run.k] - Cw[i * run.k]) / run.dt
        steady = live.copy()
        for s, e in spans:
            steady[max(0, s - 3):e + 3] = False
        bk = np.floor(run.ts / run.dt).astype(int)
        miss = np.bincount(np.clip(bk[~run.ok], 0, run.n - 1), minlength=run.n) > 0
        steady &= ~miss & ~np.r_[False, miss[:-1]]
        r = h[steady] / want[steady]
        assert abs(np.median(r) - 1) < 0.02, np.median(r)
        assert np.mean(np.abs(r - 1) < 0.15) > 0.95, np.mean(np.abs(r - 1) < 0.15)


def test_regressions_make_whole_steps_late(builds):
    """A regression takes whole steps off its process's counter (which never falls); after it every increment is
    the healthy one again."""
    run = builds[0][0]
    b0 = run.n * run.k // 3
    md = h27._Mod(b0, b0 + 200, gpu=1.8)
    inc, base = h27._increments(run, [md]), h27._increments(run)
    t1 = (b0 + 200) * h27._W
    assert (inc >= 0).all() and inc.sum() < base.sum()
    assert np.array_equal(inc[run.ts > t1 + 2 * run.es.period], base[run.ts > t1 + 2 * run.es.period])
    assert np.array_equal(inc[run.ts < b0 * h27._W], base[run.ts < b0 * h27._W])
    lost = (base.sum() - inc.sum()) / run.scale[0]
    assert lost == int(lost) > 10


def test_collection_artefacts(builds):
    """Scrapes time out now and then; the cluster is slow now and then (documents searchable only after their
    bucket was read), unreachable (documents held, scrapes blocked) or read-only (documents dropped); a live point
    reads 0 only where it holds a 0 from before (no document searchable yet)."""
    runs = _runs("short") + _runs("long")
    assert all(r.failed > 0 for r in runs) and sum(r.late > 0 for r in runs) >= 6
    assert sum(r.dropped > 0 for r in runs) >= 3 and sum(r.blocked > 0 for r in runs) >= 3
    assert all(r.dropped < 0.02 * len(r.ts) for r in runs)
    for run, h, spans, live, changes in builds:
        z = np.nonzero((h == 0) & live)[0]
        assert all(i == 0 or h[i - 1] == 0 for i in z), run.dt


def test_stage_raises_the_buckets():
    """The fine-tuning corpus' longer utterances need the sampler's boundaries raised (to 1500 frames); every rank
    draws its own batch and the step waits for the slowest, so the more ranks the longer its batch."""
    job = _runs("short")[0].job
    p, x = job.probs(False)
    pf, xf = job.probs(True)
    assert len(p) == 8 and len(pf) == 10 and np.isclose(p.sum(), 1) and np.isclose(pf.sum(), 1)
    assert x[-1] == 2.0 and xf[-1] == 3.0 and pf @ xf > p @ x
    pmax, cost = job.buckets(4, False, 1.0)
    assert pmax @ x > job.buckets(1, False, 1.0)[0] @ x > p @ x and (np.diff(cost) > 0).all()


def test_docstring_over_both_sets():
    """The docstring's summary of the 24 runs (the collection's settings, nodes, restarts, the cluster's troubles,
    the scrapes and documents) is what they measure."""
    rs = _runs("short") + _runs("long")
    dts = [sum(r.dt == d for r in rs) for d in (30.0, 60.0, 120.0)]
    ps = [sum(r.es.period == p for r in rs) for p in h27._PERIODS]
    ends = [e for r in rs for e in r.ends]
    docs = sum(len(r.ts) for r in rs)
    line = (f"buckets of 30 s in {dts[0]} runs, 1 minute in {dts[1]}, 2 minutes in {dts[2]}; Metricbeat's period "
            f"10, 15 and 30 s in {ps[0]}, {ps[1]} and {ps[2]}; {sum(r.segs[0].N == 1 for r in rs)} of the 24 runs on "
            f"one node at the start, {sum(r.job.G == 8 for r in rs)} with 8 GPUs a node; {len(ends)} restarts "
            f"({ends.count('preempt')} preemptions, {ends.count('node')} node failures, {ends.count('nccl')} NCCL "
            f"timeouts, {ends.count('resubmit')} resubmissions); {sum(len(r.es.busy) for r in rs)} slow spells of "
            f"the cluster in {sum(len(r.es.busy) > 0 for r in rs)} runs, {sum(len(r.es.outages) for r in rs)} "
            f"outages in {sum(len(r.es.outages) > 0 for r in rs)}, {sum(len(r.es.floods) for r in rs)} read-only "
            f"blocks in {sum(len(r.es.floods) > 0 for r in rs)}; {docs} documents, {sum(r.late for r in rs)} of them "
            f"searchable only after their bucket was read and {sum(r.dropped for r in rs)} dropped; "
            f"{sum(r.failed for r in rs)} scrapes timed out and {sum(r.blocked for r in rs)} blocked")
    assert line in " ".join(h27.__doc__.split()), line


def test_configuration_changes():
    """The corpus and the segment size change only at a resubmission (each once, one at a time), the number of
    nodes only at a restart."""
    for run in _runs("short") + _runs("long"):
        for a, b in zip(run.segs, run.segs[1:]):
            assert b.ft >= a.ft and (a.sg == b.sg or a.sg == 1.0)
            if (a.N, a.ft, a.sg) != (b.N, b.ft, b.sg):
                assert b.proc == a.proc + 1 and (a.N != b.N) + (a.ft != b.ft) + (a.sg != b.sg) == 1
                assert run.ends[a.proc] == "resubmit" or a.N != b.N


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout27, HELDOUT27_SEEDS[:2], changes=True, n=6000)


def test_bad_arguments():
    check_family_bad_arguments(make_heldout27, 272000)


def test_both_settings_are_quick():
    t0 = time.perf_counter()
    heldout27_set("short", n=3000, seeds=HELDOUT27_SEEDS[:4])
    assert time.perf_counter() - t0 < 10.0
