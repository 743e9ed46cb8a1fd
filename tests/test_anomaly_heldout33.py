"""The thirty-third held-out trace family (a document model's training pages/s: per-node Prometheus counters read by
tcollector with dedup, sent to OpenTSDB and read back per minute as ``sum:1m-avg:rate{counter}``): generator checks
only (no detector runs here).

Cost: ``_build`` is memoised for the module's life (``shared_builds``: its teardown checks that no trace or test
changed a run), so the sets, the ``builds`` fixture, ``_runs`` and the tests build each of the 24 runs once; the
healthy-run check takes seeds 332000-332001 at n=6000 (their runs in the sets) rather than building them at n=4000.
The "short" set's laws are checked on its first 4 traces (one of them clean, as in the full set), at n=6000: all 24
runs are built anyway for the docstring's summary over both sets and the laws over the runs, so only those 4 traces'
regressions are placed; the "long" set is made whole and checked as before. The "short" row of the docstring's counts
table was measured on the full set, and is not re-measured here (its changes line is: from the 12 runs)."""

from functools import lru_cache
from types import SimpleNamespace

import numpy as np
import pytest

import anomaly.heldout33 as h33
from anomaly.heldout32 import HELDOUT32_SEEDS
from anomaly.heldout33 import HELDOUT33_SEEDS, heldout33_set, make_heldout33
from tests.trace_checks import (builds_fixture, check_aligned_steps, check_changes_move_the_level,
                                check_counts_and_changes, check_depths_visible, check_every_kind_placed,
                                check_family_bad_arguments, check_family_healthy_independent, check_family_pauses,
                                check_healthy_outside_events, check_planned_changes, check_same_trace,
                                check_trace_arrays, shared_builds)

SPANS = {"short": (6, 22), "long": (30, 110)}
# listed changes: all, world-size changes, resolution stages, new corpora
CHANGES = {"short": (10, 6, 2, 2), "long": (8, 3, 4, 1)}

SEEDS = {"short": HELDOUT33_SEEDS[:4], "long": HELDOUT33_SEEDS}  # the traces checked: a third of the short set

builds = builds_fixture(lambda *a: h33._build(*a), HELDOUT33_SEEDS)  # the memoised _build, looked up per call
shared = shared_builds(h33)  # the set and the tests build each run once


@lru_cache(maxsize=2)
def _set(setting: str) -> list:
    return heldout33_set(setting, seeds=SEEDS[setting])


@pytest.fixture(scope="module", params=["short", "long"], name="traces")
def traces(request):
    return request.param, _set(request.param)


@lru_cache(maxsize=2)
def _runs(setting: str) -> list:
    return [h33._build(seed, 6000, setting)[0] for seed in HELDOUT33_SEEDS]


def _expected(run) -> np.ndarray:
    """Per point the job's pages done in its window over the window's seconds (from its steps per bucket)."""
    K = run.n * run.k
    steps = np.where(run.train > 0, run.eff / h33._steps(run, [], 0, K) * run.eps, 0.0)
    Cw = np.r_[0.0, np.cumsum(steps * run.nodes * run.F)]
    i = np.arange(run.n) * run.k
    return (Cw[i + run.k] - Cw[i]) / run.dt


def test_seed_range_is_its_own():
    assert HELDOUT33_SEEDS == tuple(range(332000, 332012))
    assert not set(HELDOUT33_SEEDS) & set(HELDOUT32_SEEDS)


def test_deterministic_and_seed_dependent():
    a, b = make_heldout33(332001, n=3000), make_heldout33(332001, n=3000)
    check_same_trace(a, b)
    assert not np.array_equal(a.healthy, make_heldout33(332002, n=3000).healthy)


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], SEEDS[traces[0]])


def test_timestamps_are_the_windows(traces):
    check_aligned_steps(traces[1], (60.0,))


def test_pause_spans(traces):
    setting, ts = traces
    for t in ts:
        check_family_pauses(setting, t, SPANS, min_count=8, starts_paused=True)


def test_events_placement(traces):
    check_every_kind_placed(traces[1])


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    check_depths_visible(traces[1])


def _changes_line(setting: str) -> str:
    listed, world, stages, corpora = CHANGES[setting]
    change = "change" if world == 1 else "changes"
    stage = "stage" if stages == 1 else "stages"
    corpus = "corpus" if corpora == 1 else "corpora"
    return f"{setting} {listed} ({world} world-size {change}, {stages} resolution {stage}, {corpora} new {corpus})"


def test_docstring_counts_table_long():
    check_counts_and_changes(("long", _set("long")), h33.__doc__, CHANGES["long"][0], _changes_line("long"))


def test_docstring_changes_short(builds):
    """The short set's changes, counted on its 12 runs (a trace lists its run's changes)."""
    assert sum(len(b[4]) for b in builds) == CHANGES["short"][0]
    assert _changes_line("short") in " ".join(h33.__doc__.split())


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    """The "long" set lists 8 changes, so fewer than the helper's default 8 have room on both sides: 7 there; 8 in
    the full short set, so 3 in its first 4 traces (a third), in proportion."""
    check_changes_move_the_level(traces[1], min_checked=3 if traces[0] == "short" else 7)


def test_changes_are_the_planned_ones(builds):
    def check_change(run, kind, a, b):
        assert (a.N != b.N, a.sf != b.sf, a.mf != b.mf) == (kind == "world", kind == "stage", kind == "corpus")
        t, dt = b.t0, run.dt
        new = h33._level(run.job, run.mix, (b.N, b.sf, b.mf * b.lf), t + 100 * dt, t + 400 * dt)
        old = h33._level(run.job, run.mix, (a.N, a.sf, a.mf * a.lf), t + 100 * dt, t + 400 * dt)
        assert abs(np.log(new / old)) >= h33._MIN_MOVE, (kind, new / old)

    check_planned_changes(builds, check_change, min_same=3)


def test_dedup_rule():
    """A repeated value is held back until 300 s passed since the last sent one; the last held-back line goes out
    before a changed value; a series' trailing repeats are not sent."""
    t = np.arange(0.0, 1000.0, 10.0)
    v = np.r_[np.arange(10.0), np.full(59, 9.0), np.arange(10.0, 41.0)]
    keep = h33._dedup(t, v, 300.0)
    assert keep[:10].all() and keep[69:].all()
    assert t[10:69][keep[10:69]].tolist() == [390.0, 680.0]  # 300 s after the last sent, then the held-back line
    tail = h33._dedup(t[:20], np.r_[np.arange(10.0), np.full(10, 9.0)], 300.0)
    assert not tail[10:].any()


def test_counter_fall_reads_zero():
    tr, r = h33._series_rates(np.array([0.0, 10.0, 20.0, 30.0]), np.array([100.0, 200.0, 5.0, 105.0]), 1e7)
    assert tr.tolist() == [10.0, 20.0, 30.0] and r.tolist() == [10.0, 0.0, 10.0]


def _toy(real, chart, n=10):
    ins = SimpleNamespace(period=10.0, dedup=300.0)
    real = np.asarray(real, float)
    return SimpleNamespace(real=real, chart=np.asarray(chart), stream=np.asarray(chart), ins=ins, dt=60.0, n=n)


def test_read_rule():
    """Summed over the series per minute; a series' gap bridged linearly; a minute none has reads 0."""
    t = np.arange(5.0, 600.0, 10.0)
    gap = (t < 180) | (t >= 300)  # series 1 loses minutes 3-4
    real = np.r_[t, t[gap]]
    chart = np.r_[np.zeros(len(t), int), np.ones(int(gap.sum()), int)]
    v = np.r_[10.0 * t, 5.0 * t[gap]]
    out = h33._read(_toy(real, chart), v)
    assert np.allclose(out[:10], 15.0)
    out = h33._read(_toy(real, chart, n=12), v)
    assert (out[10:] == 0).all()


def test_a_point_is_the_rate(builds):
    """On steady training a point is the job's pages in its window over the window's seconds, within the lines'
    whole steps and the collector's interval."""
    for run, h, spans, live, changes in builds:
        want = _expected(run)
        ok = live.copy()
        for s, e in spans:
            ok[max(0, s - 3):e + 3] = False
        for a, down in run.ins.agent:
            ok[max(0, int(a // run.dt) - 1):int((a + down) // run.dt) + 3] = False
        ok &= want > 0
        r = h[ok] / want[ok]
        assert abs(np.median(r) - 1) < 0.03, np.median(r)
        assert np.mean(np.abs(r - 1) < 0.15) > 0.9, np.mean(np.abs(r - 1) < 0.15)


def test_pauses_read_low():
    """Inside an evaluation the counters stand still: away from its first and last 6 minutes (the bridges down to
    the first repeated line and up from the last one) the points read (nearly) 0."""
    for run in _runs("short")[:4]:
        h = h33._series(run)
        level = np.median(h[h > 0])
        for a, b, kind in [p for p in run.pauses_t if p[2] in ("eval", "ckpt") and p[1] < run.n * run.dt]:
            i = np.arange(int((a + 360.0) // run.dt) + 1, int((b - 360.0) // run.dt))
            assert (h[i] < 0.05 * level).all(), (a, kind)


def test_regressions_make_whole_steps_late(builds):
    run = builds[0][0]
    b0 = run.n * run.k // 3
    md = h33._Mod(b0, b0 + 200, gpu=1.8)
    cnt, base = h33._counts(run, [md]), h33._counts(run)
    same = run.stream[1:] == run.stream[:-1]
    assert (np.diff(cnt)[same] >= 0).all() and (cnt <= base).all() and cnt.sum() < base.sum()
    lost = (base - cnt)[(run.real > (b0 + 200) * h33._W + 1) & (run.s0 < b0 * h33._W)]
    assert np.array_equal(lost, np.round(lost)) and lost.max() > 10


def test_docstring_over_both_sets():
    rs = _runs("short") + _runs("long")
    ps = [sum(r.ins.period == p for r in rs) for p in h33._PERIODS]
    ends = [e for r in rs for e in r.ends]
    line = (f"collector intervals of 10, 15 and 30 s in {ps[0]}, {ps[1]} and {ps[2]} runs; "
            f"{sum(r.segs[0].N == 1 for r in rs)} of the 24 runs on one node at the start, "
            f"{sum(r.job.G == 8 for r in rs)} with 8 GPUs a node; {len(ends)} restarts "
            f"({ends.count('preempt')} preemptions, {ends.count('node')} node failures, {ends.count('nccl')} NCCL "
            f"timeouts restarted in place, {ends.count('resubmit')} resubmissions); "
            f"{sum(len(r.ins.agent) for r in rs)} collector deaths in {sum(len(r.ins.agent) > 0 for r in rs)} "
            f"runs; {sum(len(r.real) for r in rs)} collections in {sum(len(np.unique(r.chart)) for r in rs)} series")
    assert line in " ".join(h33.__doc__.split()), line


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout33, HELDOUT33_SEEDS[:2], changes=True, n=6000)


def test_bad_arguments():
    check_family_bad_arguments(make_heldout33, 332000)
