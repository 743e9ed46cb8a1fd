"""The twenty-seventh held-out trace family (a text-to-speech model's utterances/s: a per-node Prometheus counter
scraped by Metricbeat with ``rate_counters`` into Elasticsearch, read back per ``date_histogram`` bucket with a
``rate`` aggregation): generator checks only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``shared_builds``, its teardown checking that no trace or test changed a run, so the sets
and the law checks build each run once); only the "long" full set is built here, for its shapes, every kind placed,
its pause spans per trace, its row of the docstring's counts table and changes line and the long half of the 24 runs'
summary (the "short" row, changes line and half of the summary were measured on the full sets, and are not
re-measured here); the collection's run counts are taken over the samples and the full long set's runs."""

from functools import lru_cache
from types import SimpleNamespace

import numpy as np
import pytest

import anomaly.heldout27 as h27
from anomaly.heldout26 import HELDOUT26_SEEDS
from anomaly.heldout27 import HELDOUT27_SEEDS, heldout27_set, make_heldout27
from anomaly.traces import Event
from tests.trace_checks import (check_changes_move_the_level, check_counts_and_changes, check_depths_visible,
                                check_event_placement, check_every_kind_placed, check_family_bad_arguments,
                                check_family_healthy_independent, check_family_pauses, check_healthy_outside_events,
                                check_pinned, check_planned_changes, check_trace_arrays, shared_builds)

N = 3000
SEEDS = HELDOUT27_SEEDS[:4]
SPANS = {"short": (5, 22), "long": (30, 110)}
# the long set's listed changes: all, world-size changes, fine-tuning stages, segment-size changes
CHANGES_LONG = (10, 2, 5, 3)
# the short set's half of the docstring's summary of the 24 runs, measured on its 12 runs at n=6000 (not re-measured
# here): runs per bucket of 30, 60, 120 s, per Metricbeat period of 10, 15, 30 s, on one node at the start, with 8
# GPUs a node; restarts by end (all, preemptions, node failures, NCCL timeouts, resubmissions); the cluster's slow
# spells, outages and read-only blocks (runs with one); documents, searchable late, dropped; scrapes timed out, blocked
SHORT_RUNS = {"dt": (3, 6, 3), "period": (6, 3, 3), "one_node": 2, "g8": 7, "ends": (23, 9, 2, 4, 8), "busy": (13, 8),
              "outages": (4, 3), "floods": (2, 2), "docs": 873423, "late": 1483, "dropped": 372, "failed": 7606,
              "blocked": 440}

shared = shared_builds(h27)  # the sets and the tests build each run once


@lru_cache(maxsize=2)
def _set(setting: str) -> list:
    return heldout27_set(setting, n=N, seeds=SEEDS)


def _builds(setting: str) -> list:
    """The healthy runs of ``setting``'s sample: ``(run, healthy, spans, live, changes)`` per seed (memoised)."""
    return [h27._build(seed, N, setting) for seed in SEEDS]


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
    return heldout27_set("long")  # the one full set built here


def _full_long_runs() -> list:
    _full_long()
    return [h27._build(seed, 6000, "long")[0] for seed in HELDOUT27_SEEDS]  # memoised: the set's own runs


def test_seed_range_is_its_own():
    assert HELDOUT27_SEEDS == tuple(range(272000, 272012))
    assert not set(HELDOUT27_SEEDS) & set(HELDOUT26_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    check_pinned(make_heldout27, 272001, 272002, [Event("straggler", 549, 549, 749, 0.1291),
                 Event("drop", 1368, 1368, 1898, 0.2509), Event("leak", 2345, 2689, 3000, 0.0958)],
                 1057528.0, [(174, 182), (343, 353), (524, 534)], changes=[761])


def test_full_set_shapes_and_pause_spans():
    ts = _full_long()
    check_trace_arrays(ts, HELDOUT27_SEEDS)
    check_every_kind_placed(ts)  # every kind in each trace with events
    for t in ts:  # each long trace's spans at n=6000, as before
        check_family_pauses("long", t, SPANS, min_count=8)  # the trace starts with training


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], SEEDS, n=N)


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
    for t, (run, *_) in zip(ts, _builds(setting)):
        # the trace starts with training; 8 spans a trace at n=6000: 4 at n=3000, in proportion
        check_family_pauses(setting, t, SPANS, min_count=4, n=N)
        inc = h27._increments(run)  # its 5-s bucket)
        prev = np.r_[-np.inf, np.where(run.hid[1:] == run.hid[:-1], run.ts[:-1], -np.inf)]
        for a, b, kind in [p for p in run.pauses_t if p[1] < run.n * run.dt]:  # (a step's end is placed within
            still = (prev >= a + h27._W) & (run.ts < b - h27._W)
            assert kind in ("restart", "resubmit") or still.any(), (t.seed, a, kind)
            assert (inc[still] == 0).all(), (t.seed, a, kind)
        for (up, down, s0), (up2, _, _) in zip(run.procs, run.procs[1:]):
            assert not ((run.ts > down) & (run.ts < up2)).any(), t.seed


def test_events_placement(traces):
    # every kind in each regressed trace: checked on the full "long" set (at n=3000 a trace may miss one)
    check_event_placement(traces[1], 3, 4, first=N // 10, n=N)  # the slots start at n // 10


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    check_depths_visible(traces[1])


def test_docstring_counts_table_long():
    listed, world, stage, seg = CHANGES_LONG
    line = f"long {listed} ({world} world-size changes, {stage} fine-tuning stages, {seg} segment-size changes)"
    check_counts_and_changes(("long", _full_long()), h27.__doc__, listed, line)


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    """A listed change is the first point after a pause span, lies in no event, and the healthy level really moves
    there (5 % or more, medians over up to 300 live points on each side, the first 100 after it left out)."""
    check_changes_move_the_level(traces[1], n=N, min_checked=2)  # 8 over 12 traces at n=6000: a sixth of the points


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
    runs = [b[0] for b in builds] + _full_long_runs()  # the counts of the 24 full runs hold on these unchanged
    assert all(r.failed > 0 for r in runs) and sum(r.late > 0 for r in runs) >= 6
    assert sum(r.dropped > 0 for r in runs) >= 3 and sum(r.blocked > 0 for r in runs) >= 3
    assert all(r.dropped < 0.02 * len(r.ts) for r in runs)
    for run, h, spans, live, changes in builds:
        z = np.nonzero((h == 0) & live)[0]
        assert all(i == 0 or h[i - 1] == 0 for i in z), run.dt


def test_stage_raises_the_buckets():
    """The fine-tuning corpus' longer utterances need the sampler's boundaries raised (to 1500 frames); every rank
    draws its own batch and the step waits for the slowest, so the more ranks the longer its batch."""
    job = _builds("short")[0][0].job
    p, x = job.probs(False)
    pf, xf = job.probs(True)
    assert len(p) == 8 and len(pf) == 10 and np.isclose(p.sum(), 1) and np.isclose(pf.sum(), 1)
    assert x[-1] == 2.0 and xf[-1] == 3.0 and pf @ xf > p @ x
    pmax, cost = job.buckets(4, False, 1.0)
    assert pmax @ x > job.buckets(1, False, 1.0)[0] @ x > p @ x and (np.diff(cost) > 0).all()


def test_docstring_over_both_sets():
    """The docstring's summary of the 24 runs (the collection's settings, nodes, restarts, the cluster's troubles,
    the scrapes and documents) is what they measure."""
    rs, sh = _full_long_runs(), SHORT_RUNS  # the long half measured, the short half as measured before

    def both(key, f):  # the short half's count and the long runs'
        return sh[key] + sum(f(r) for r in rs)

    dts = [k + sum(r.dt == d for r in rs) for k, d in zip(sh["dt"], (30.0, 60.0, 120.0))]
    ps = [k + sum(r.es.period == p for r in rs) for k, p in zip(sh["period"], h27._PERIODS)]
    ends = [e for r in rs for e in r.ends]
    counts = [len(ends)] + [ends.count(e) for e in ("preempt", "node", "nccl", "resubmit")]
    ends = [k + c for k, c in zip(sh["ends"], counts)]
    es = {key: [k + sum(f(getattr(r.es, key)) for r in rs) for k, f in zip(sh[key], (len, bool))]
          for key in ("busy", "outages", "floods")}
    line = (f"buckets of 30 s in {dts[0]} runs, 1 minute in {dts[1]}, 2 minutes in {dts[2]}; Metricbeat's period "
            f"10, 15 and 30 s in {ps[0]}, {ps[1]} and {ps[2]}; {both('one_node', lambda r: r.segs[0].N == 1)} of the "
            f"24 runs on one node at the start, {both('g8', lambda r: r.job.G == 8)} with 8 GPUs a node; {ends[0]} "
            f"restarts ({ends[1]} preemptions, {ends[2]} node failures, {ends[3]} NCCL timeouts, {ends[4]} "
            f"resubmissions); {es['busy'][0]} slow spells of the cluster in {es['busy'][1]} runs, "
            f"{es['outages'][0]} outages in {es['outages'][1]}, {es['floods'][0]} read-only blocks in "
            f"{es['floods'][1]}; {both('docs', lambda r: len(r.ts))} documents, {both('late', lambda r: r.late)} of "
            f"them searchable only after their bucket was read and {both('dropped', lambda r: r.dropped)} dropped; "
            f"{both('failed', lambda r: r.failed)} scrapes timed out and {both('blocked', lambda r: r.blocked)} "
            f"blocked")
    assert line in " ".join(h27.__doc__.split()), line


def test_configuration_changes(builds):
    """The corpus and the segment size change only at a resubmission (each once, one at a time), the number of
    nodes only at a restart."""
    for run, *_ in builds:
        for a, b in zip(run.segs, run.segs[1:]):
            assert b.ft >= a.ft and (a.sg == b.sg or a.sg == 1.0)
            if (a.N, a.ft, a.sg) != (b.N, b.ft, b.sg):
                assert b.proc == a.proc + 1 and (a.N != b.N) + (a.ft != b.ft) + (a.sg != b.sg) == 1
                assert run.ends[a.proc] == "resubmit" or a.N != b.N


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout27, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    check_family_bad_arguments(make_heldout27, 272000)
