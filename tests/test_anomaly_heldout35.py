"""The thirty-fifth held-out trace family (a motion-forecasting model's training scenarios/s: per-node counters that the
trainers insert into a TimescaleDB hypertable, read back from a continuous aggregate of ``counter_agg`` as
``sum(rate(summary))`` over the hosts): generator checks only (no detector runs here).

Cost: the "short" set's laws are checked on its first 4 traces (one of them clean, as in the full set), at n=6000:
their healthy runs, like all 24 runs, are built anyway for the docstring's summary over both sets and the laws over
the runs, memoised with ``shared_builds``, so only those 4 traces' regressions are placed; the "long" set is built
whole and checked as before. The "short" row of the docstring's counts table was measured on the full set, and is
not re-measured here (its changes line is: from the 12 runs)."""

from functools import lru_cache

import numpy as np
import pytest

import anomaly.heldout35 as h35
from anomaly.heldout34 import HELDOUT34_SEEDS
from anomaly.heldout35 import HELDOUT35_SEEDS, heldout35_set, make_heldout35
from anomaly.traces import Event
from tests.trace_checks import (check_aligned_steps, check_changes_move_the_level, check_counts_and_changes,
                                check_depths_visible, check_every_kind_placed, check_family_bad_arguments,
                                check_family_healthy_independent, check_family_pauses, check_healthy_outside_events,
                                check_pinned, check_trace_arrays, shared_builds)

SPANS = {"short": (6, 22), "long": (30, 110)}
CHANGES = {"short": (8, 2, 6), "long": (12, 5, 7)}  # listed changes: all, world-size changes, stages

SEEDS = {"short": HELDOUT35_SEEDS[:4], "long": HELDOUT35_SEEDS}  # the traces checked: a third of the short set

shared = shared_builds(h35)  # the sets and the tests build each run once


@lru_cache(maxsize=2)
def _set(setting: str) -> list:
    return heldout35_set(setting, seeds=SEEDS[setting])


@pytest.fixture(scope="module", params=["short", "long"], name="traces")
def traces(request):
    return request.param, _set(request.param)


@lru_cache(maxsize=2)
def _builds(setting: str) -> list:
    """The healthy runs of ``setting``: ``(run, healthy, spans, live, changes)`` per seed (built once)."""
    return [h35._build(seed, 6000, setting) for seed in HELDOUT35_SEEDS]


def _runs() -> list:
    return [b[0] for s in ("short", "long") for b in _builds(s)]


def test_seed_range_is_its_own():
    assert HELDOUT35_SEEDS == tuple(range(352000, 352012))
    assert not set(HELDOUT35_SEEDS) & set(HELDOUT34_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    check_pinned(make_heldout35, 352001, 352002, [Event("leak", 415, 666, 1140, 0.3035),
                 Event("straggler", 1849, 1849, 2033, 0.2369), Event("drop", 2722, 2722, 2940, 0.1648)],
                 1325875.4831342255, [(0, 10), (318, 329), (543, 556)], changes=[2317])


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], SEEDS[traces[0]])


def test_timestamps_are_the_buckets(traces):
    """One point per bucket of the continuous aggregate (30 or 60 s), aligned to it."""
    check_aligned_steps(traces[1], (30.0, 60.0))


def test_pause_spans(traces):
    """The trace starts with the start-up; the spans are the buckets a pause touches. While the job evaluates its
    counters stand still, so the buckets inside an evaluation read exactly 0."""
    setting, ts = traces
    inner = 0
    for t, (run, h, spans, live, changes) in zip(ts, _builds(setting)):
        check_family_pauses(setting, t, SPANS, min_count=8, starts_paused=True)
        assert t.pauses == spans and np.array_equal(t.healthy, h)
        for a, b, kind in run.pauses_t:
            if kind not in ("eval", "ckpt") or b > run.n * run.dt:
                continue
            i = np.arange(int(a // run.dt) + 1, int(b // run.dt))
            assert (h[i] == 0).all(), (t.seed, a)
            inner += len(i)
    assert inner > (500 if setting == "long" else 166)  # over 500 in 12 traces; a third of it in the short set's 4


def test_events_placement(traces):
    check_every_kind_placed(traces[1])


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    check_depths_visible(traces[1])


def _changes_line(setting: str) -> str:
    listed, world, stages = CHANGES[setting]
    return f"{setting} {listed} ({world} world-size change{'s' * (world != 1)}, {stages} stage{'s' * (stages != 1)})"


def test_docstring_counts_table_long():
    check_counts_and_changes(("long", _set("long")), h35.__doc__, CHANGES["long"][0], _changes_line("long"))


def test_docstring_changes_short():
    """The short set's changes, counted on its 12 runs (a trace lists its run's changes)."""
    assert sum(len(b[4]) for b in _builds("short")) == CHANGES["short"][0]
    assert _changes_line("short") in " ".join(h35.__doc__.split())


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    # 8 checked in each full set (the helper's default); 3 in the short set's first 4 traces, in proportion
    check_changes_move_the_level(traces[1], min_checked=8 if traces[0] == "long" else 3)


def test_changes_are_the_planned_ones():
    """Each listed change is a resume whose configuration differs as its kind says (another number of nodes, or the
    second stage after a resubmission) and moves the level by 12 % or more; restarts onto as many nodes with the same
    stage are not listed."""
    same = 0
    for run in _runs():
        resumes = [b for a, b, why in run.pauses_t if why not in ("eval", "ckpt")][1:]
        assert len(resumes) == len(run.cfgs) - 1
        for t, kind in zip(run.known_t, run.known_kind):
            j = resumes.index(t) + 1
            a, b = run.cfgs[j - 1], run.cfgs[j]
            assert (a.N != b.N, b.stage > a.stage) == (kind == "world", kind == "stage")
        for j, t in enumerate(resumes):
            a, b = run.cfgs[j], run.cfgs[j + 1]
            if a.N == b.N and a.stage == b.stage and t < run.n * run.dt:
                same += 1
                assert t not in run.known_t
    assert same >= 10


def test_rate_of_a_counter_agg():
    """Per host and bucket: the change from the first to the last row over their time span; a fall is a reset from 0
    (the new value counts); a host with one row gives NULL and is left out of the sum; a bucket without rates reads
    0; rows that missed the materialization are not there."""
    t = np.array([1.0, 11.0, 21.0, 31.0, 41.0, 51.0, 61.0, 5.0, 25.0, 45.0, 65.0])
    key = np.array([0] * 7 + [1] * 4)
    v = np.array([0.0, 100.0, 200.0, 50.0, 150.0, 250.0, 0.0, 0.0, 20.0, 40.0, 60.0])
    vis = np.ones(len(t), bool)
    out = h35._read(t, key, v, vis, 60.0, 3)
    host0 = (100 + 100 + 50 + 100 + 100) / 50.0  # a reset at 31 s: 50 counts
    assert np.allclose(out, [host0 + 40.0 / 40.0, 0.0, 0.0])  # bucket 1: one row each, NULL: 0
    vis[[1, 2, 3, 4]] = False  # host 0 keeps rows at 1 and 51 s
    assert np.allclose(h35._read(t, key, v, vis, 60.0, 3), [250.0 / 50.0 + 1.0, 0.0, 0.0])
    vis[5] = False  # host 0 has one row left: left out
    assert np.allclose(h35._read(t, key, v, vis, 60.0, 3), [1.0, 0.0, 0.0])
    assert np.allclose(h35._read(t[:1], key[:1], v[:1], vis[:1], 60.0, 3), 0.0)


def test_materialization_waits_for_the_window_and_the_database():
    """A bucket is first materialized by the first refresh at or after its end plus one bucket (``end_offset``),
    never while the database is down; refreshes come every bucket."""
    rng = np.random.default_rng(5)
    mat = h35._mat_times(rng, 200, 60.0, [(3000.0, 3200.0)])
    i = np.arange(200)
    assert (mat >= (i + 2) * 60.0).all() and (mat < (i + 3) * 60.0 + 2.0 + 200.0).all()
    assert not ((mat >= 3000.0) & (mat < 3200.0)).any()
    assert (mat - (i + 2) * 60.0 < 62.0).mean() > 0.95


def test_writer_period_and_lateness():
    """A writer inserts every P s from its process's boot (20-40 s), a few ms late, now and then 1-4 s."""
    t = h35._writes(np.random.default_rng(2), 100.0, 100000.0, 10.0)
    off = (t - t[0]) % 10.0
    assert 120.0 <= t[0] <= 141.0 and (np.diff(t) > 5).all() and t[-1] < 100000.0
    assert np.median(np.minimum(off, 10 - off)) < 0.05 and (np.minimum(off, 10 - off) > 0.9).sum() >= 5


def test_outage_rows_arrive_late_and_miss_their_buckets():
    """Rows written while the database is down arrive after it is back; those of buckets materialized first miss
    them (few: most buckets are materialized a bucket or more after their rows came); all other rows (bar a few stuck
    inserts) make it."""
    seen = 0
    for run in _runs():
        r = run.rows
        out = np.zeros(len(r["t"]), bool)
        for a, b in run.outages:
            out |= (r["t"] >= a) & (r["t"] < b)
        seen += (~r["vis"] & out).sum()
        assert r["vis"][~out].mean() > 0.995
    assert seen >= 5


def test_counts_are_whole_steps_per_process():
    """A row's counter is whole steps times the node's batch, never falling within a process and restarting from 0
    in a new one; a regression takes whole steps off its process's count and after it every change is the healthy
    one."""
    run = _builds("short")[1][0]
    r = run.rows
    base = h35._counts(run)
    assert np.array_equal(base % r["b"], np.zeros(len(base)))
    o = np.lexsort((r["t"], r["key"], r["proc"]))
    same = (r["proc"][o][1:] == r["proc"][o][:-1]) & (r["key"][o][1:] == r["key"][o][:-1])
    assert (np.diff(base[o])[same] >= 0).all()
    K = len(run.train)
    md = h35._Mod(K // 3, K // 3 + 400, gpu=2.0)
    cnt = h35._counts(run, [md])
    assert (cnt <= base).all() and cnt.sum() < base.sum()
    after = (r["t"] > (K // 3 + 401) * h35._W) & (r["proc"] == r["proc"][np.searchsorted(r["t"], K // 3 * h35._W)])
    lost = (base - cnt)[after] / r["b"][after]
    assert len(np.unique(lost)) == 1 and lost[0] > 5


def test_a_point_is_the_rate():
    """On steady training a point is the job's scenarios/s in its bucket, within the rows' span and whole steps."""
    for run, h, spans, live, changes in _builds("short")[:4]:
        K = len(run.train)
        rate = np.zeros(K)
        for p, (s, e, hosts, why) in enumerate(run.procs):
            c = run.cfgs[p]
            m = (np.arange(K) * h35._W >= s) & (np.arange(K) * h35._W < e)
            rate[m] = run.h_steps[m] / h35._W * c.N * 8 * c.B
        want = rate.reshape(run.n, run.k).mean(1)
        ok = live.copy()
        for s, e in spans:
            ok[max(0, s - 2):e + 3] = False
        for a, b in run.outages:
            ok[max(0, int(a // run.dt) - 2):int(b // run.dt) + 4] = False
        ratio = h[ok] / want[ok]
        assert abs(np.median(ratio) - 1) < 0.02, np.median(ratio)
        assert np.mean(np.abs(ratio - 1) < 0.15) > 0.95


def test_docstring_over_both_sets():
    """The docstring's summary of the 24 runs is what they measure."""
    rs = _runs()
    ends = [p[3] for r in rs for p in r.procs[:-1]]
    line = (f"buckets of 30 and 60 s in {sum(r.dt == 30 for r in rs)} and {sum(r.dt == 60 for r in rs)} runs; "
            f"writes every 10 and 15 s in {sum(r.P == 10 for r in rs)} and {sum(r.P == 15 for r in rs)}; "
            f"{len(ends)} restarts ({ends.count('xid')} GPU Xid errors and {ends.count('nccl')} NCCL timeouts "
            f"restarted in place, {ends.count('preempt')} preemptions and {ends.count('node')} node failures "
            f"requeued, {ends.count('resubmit')} resubmissions); {sum(len(r.outages) for r in rs)} database "
            f"failovers in {sum(len(r.outages) > 0 for r in rs)} runs; {sum(len(r.rows['t']) for r in rs)} rows, "
            f"{sum(int((~r.rows['vis']).sum()) for r in rs)} of them too late for their bucket")
    assert line in " ".join(h35.__doc__.split()), line


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout35, HELDOUT35_SEEDS[:2], changes=True, n=6000)


def test_bad_arguments():
    check_family_bad_arguments(make_heldout35, 352000)
