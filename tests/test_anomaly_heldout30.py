"""The thirtieth held-out trace family (a robot policy's training samples/s: per-node OpenTelemetry delta points sent
by the Azure Monitor exporter to Application Insights, read back as ``make-series sum(valueSum)`` per 5 minutes):
generator checks only (no detector runs here)."""

from functools import lru_cache
from types import SimpleNamespace

import numpy as np

import anomaly.heldout30 as h30
from anomaly.heldout29 import HELDOUT29_SEEDS
from anomaly.heldout30 import HELDOUT30_SEEDS, heldout30_set, make_heldout30
from anomaly.traces import Event
from tests.trace_checks import (builds_fixture, check_aligned_steps, check_changes_move_the_level,
                                check_counts_and_changes, check_depths_visible, check_every_kind_placed,
                                check_family_bad_arguments, check_family_healthy_independent, check_family_pauses,
                                check_healthy_outside_events, check_pinned, check_planned_changes, check_trace_arrays,
                                shared_builds, traces_fixture)

SPANS = {"short": (7, 24), "long": (28, 104)}
# listed changes: all, world-size changes, new data mixtures, wrist cameras
CHANGES = {"short": (13, 6, 2, 5), "long": (11, 5, 2, 4)}


traces = traces_fixture(heldout30_set)
#: the healthy runs of the "short" setting: ``(run, healthy, spans, live, changes)`` per seed
builds = builds_fixture(lambda *args: h30._build(*args), HELDOUT30_SEEDS)  # late-bound: through the memo
# the sets and the tests build each run once; checked as for generators 34-66: the sets made through the memo are
# byte-identical to those made without it, and no run changes once built
shared = shared_builds(h30)


@lru_cache(maxsize=2)
def _runs(setting: str) -> list:
    """The healthy runs of ``setting``, one per seed (built once for the tests that read them)."""
    return [h30._build(seed, 6000, setting)[0] for seed in HELDOUT30_SEEDS]


def _expected(run) -> np.ndarray:
    """Per point the job's samples done in its bin divided by the bin's seconds (from its steps per bucket)."""
    K = run.n * run.k
    steps = np.where(run.train > 0, run.eff / h30._steps(run, [], 0, K) * run.eps, 0.0)
    Cw = np.r_[0.0, np.cumsum(steps * run.nodes * run.F)]
    i = np.arange(run.n)
    return (Cw[(i + 1) * run.k] - Cw[i * run.k]) / run.dt


def _steady(run, spans, live) -> np.ndarray:
    """Live points away from pauses (3 points) and from ingestion incidents (their points may be re-timed)."""
    ok = live.copy()
    for s, e in spans:
        ok[max(0, s - 3):e + 3] = False
    for a, b in run.ins.outages:
        ok[max(0, int(a // run.dt) - 1):int(b // run.dt) + 2] = False
    return ok


def test_seed_range_is_its_own():
    assert HELDOUT30_SEEDS == tuple(range(302000, 302012))
    assert not set(HELDOUT30_SEEDS) & set(HELDOUT29_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    check_pinned(make_heldout30, 302001, 302002, [Event("drop", 787, 787, 1141, 0.1536),
                 Event("straggler", 1769, 1769, 2041, 0.1403), Event("drop", 2591, 2591, 3000, 0.1611)],
                 7760208.2133, [(0, 13), (289, 301), (614, 631)], changes=[1196])


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], HELDOUT30_SEEDS)


def test_timestamps_are_the_query_steps(traces):
    """One point per bin of the make-series: even steps of 5 minutes from the run's start, aligned to them."""
    check_aligned_steps(traces[1], (300.0,))


def test_pause_spans(traces):
    """The trace starts with the pods' start-up. While the job evaluates or checkpoints, every delta point whose
    period lies in the pause is 0 and a bin inside it (after its first period) reads 0; no node collects before its
    process's exporter is up or after it is gone."""
    setting, ts = traces
    for t, run in zip(ts, _runs(setting)):
        check_family_pauses(setting, t, SPANS, min_count=8, starts_paused=True)
        vals = h30._values(run)
        first = np.r_[True, run.stream[1:] != run.stream[:-1]]
        for a, b, kind in [p for p in run.pauses_t if p[2] in ("eval", "ckpt") and p[1] < run.n * run.dt]:
            prev = np.r_[0.0, run.real[:-1]]
            inside = ~first & (prev > a + h30._W) & (run.real < b - h30._W)
            assert (vals[inside] == 0).all(), (t.seed, a, kind)
            late = a + run.ins.period + h30._REACH  # (a point collected early in the pause holds steps before it)
            i = np.arange(int(np.ceil(late / run.dt)), int((b - h30._W) // run.dt))  # the bins inside it
            assert (t.healthy[i] == 0).all(), (t.seed, a, kind)
        for p, (up, down, s0, end, _) in enumerate(run.procs):
            mine = run.s0 == s0
            assert mine.any() and (run.real[mine] >= up).all() and (run.real[mine] <= down).all(), (t.seed, p)


def test_events_placement(traces):
    check_every_kind_placed(traces[1])  # every kind in each trace with events


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    check_depths_visible(traces[1])


def test_docstring_counts_table(traces):
    setting = traces[0]
    listed, world, mixture, cams = CHANGES[setting]
    change = "change" if world == 1 else "changes"
    mixtures = "mixture" if mixture == 1 else "mixtures"
    cameras = "camera" if cams == 1 else "cameras"
    line = (f"{setting} {listed} ({world} world-size {change}, {mixture} new data {mixtures}, {cams} wrist "
            f"{cameras})")
    check_counts_and_changes(traces, h30.__doc__, listed, line)


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    """A listed change is the first point after a pause span, lies in no event, and the healthy level really moves
    there (5 % or more, medians over up to 300 live points on each side, the first 100 after it left out)."""
    check_changes_move_the_level(traces[1])


def test_changes_are_the_planned_ones(builds):
    """Each listed change follows a restart onto another number of nodes, an evaluation after which the data
    mixture changes (in the process) or the resubmission with a wrist camera, and moves the noise-free rate by 10 %
    or more on the loader's cost after it; restarts onto as many nodes with the same configuration are not listed."""
    def check_change(run, kind, a, b):
        assert (a.N != b.N, a.mf != b.mf, a.cams != b.cams) == (kind == "world", kind == "mixture",
                                                                 kind == "cameras")
        assert b.proc == a.proc + (kind != "mixture")
        t, dt = b.t0, run.dt
        new = h30._level(run.job, run.mix, (b.N, b.cams, b.mf * b.lf), t + 100 * dt, t + 400 * dt)
        old = h30._level(run.job, run.mix, (a.N, a.cams, a.mf * a.lf), t + 100 * dt, t + 400 * dt)
        assert abs(np.log(new / old)) >= h30._MIN_MOVE, (kind, new / old)

    check_planned_changes(builds, check_change, min_same=3)


def test_export_timing_rule():
    """The reader waits the export interval, then collects and exports: each period is the interval and the export's
    duration (10-30 s where it fails); every export in an incident fails; a graceful exit collects once more."""
    ins = h30._Ins(period=60.0, lat=0.2, p_fail=0.0, outages=[(3000.0, 3600.0)])
    c, fail, stored = h30._export_times(np.random.default_rng(1), ins, 10.0, 7200.0, True)
    gap = np.diff(c[:-1])
    took = (stored - c)[:-2]
    assert np.allclose(gap, 60.0 + took) and c[0] == 70.0 and c[-1] == 7200.0 and c[-2] < 7200.0
    assert np.array_equal(fail, (c >= 3000.0) & (c < 3600.0)) and fail.sum() >= 6
    assert ((took[fail[:-2]] >= 10.0) & (took[fail[:-2]] <= 30.0)).all() and (took[~fail[:-2]] < 5.0).all()
    c2, _, _ = h30._export_times(np.random.default_rng(1), ins, 10.0, 7200.0, False)
    assert c2[-1] < 7200.0 and len(c2) == len(c) - 1


def test_delivery_rule():
    """A failed export is stored, leased for 60 s, and sent after the first successful export that ends once the
    lease has run out; one still stored when the process ends is lost."""
    c = np.array([0.0, 15.0, 30.0, 45.0, 60.0, 75.0, 90.0, 105.0])
    fail = np.array([False, True, False, False, True, True, False, True])
    stored = c + np.where(fail, 10.0, 0.2)
    sent = h30._delivered(c, fail, stored)
    assert sent.tolist() == [True, True, True, True, False, False, True, False]  # 25 s + 60 s <= 90.2 s; 70 s not


def test_bins_rule():
    """A point is the sum of the delivered delta points stamped in its 5-minute bin over the bin's seconds."""
    run = SimpleNamespace(real=np.array([10.0, 299.0, 300.0, 650.0, 100.0, 900.0]), dt=300.0, n=3,
                          sent=np.array([True, True, True, False, True, True]))
    v = h30._read(run, np.array([300.0, 600.0, 900.0, 1e6, 30.0, 1e6]))
    assert v.tolist() == [3.1, 3.0, 0.0]


def test_a_point_is_the_rate(builds):
    """On steady training (no pause near, no ingestion incident) a point is the job's samples in its bin over the
    bin's seconds, within the collections' whole periods and the jitter."""
    for run, h, spans, live, changes in builds:
        want = _expected(run)
        ok = _steady(run, spans, live)
        r = h[ok] / want[ok]
        assert abs(np.median(r) - 1) < 0.02, np.median(r)
        assert np.mean(np.abs(r - 1) < 0.1) > 0.95, np.mean(np.abs(r - 1) < 0.1)


def test_bins_with_one_collection_fewer_read_low(builds):
    """Where a node's collections drift past a bin's edge the bin holds one fewer of them and reads low (by up to
    a fifth of that node's share), in healthy training."""
    lows = []
    for run, h, spans, live, changes in builds:
        want = _expected(run)
        ok = _steady(run, spans, live)
        b = (run.real // run.dt).astype(int)
        fewer = np.zeros(run.n, bool)
        for s in np.unique(run.stream):
            bs = b[run.stream == s]
            bs = bs[bs < run.n]
            cnt = np.bincount(bs, minlength=run.n)
            k = int(round(run.dt / run.ins.period))
            fewer |= (cnt == k - 1) & (cnt[np.maximum(np.arange(run.n) - 1, 0)] == k)
        r = h / np.where(want > 0, want, 1.0)
        lo, rest = r[ok & fewer], r[ok & ~fewer]
        assert len(lo) > 10 and np.median(lo) < np.median(rest) - 0.01 and lo.min() > 0.7, (np.median(lo), len(lo))
        lows.append(lo.min())
    assert min(lows) < 0.85


def test_regressions_make_whole_steps_late(builds):
    """A regression takes whole steps off its process's count (which never falls within a process); after it every
    delta point is the healthy one again."""
    run = builds[0][0]
    b0 = run.n * run.k // 3
    md = h30._Mod(b0, b0 + 200, gpu=1.8)
    cnt, base = h30._counts(run, [md]), h30._counts(run)
    t1 = (b0 + 200) * h30._W
    same = run.stream[1:] == run.stream[:-1]
    assert (np.diff(cnt)[same] >= 0).all() and (cnt <= base).all() and cnt.sum() < base.sum()
    after = (run.real > t1 + 1) & (run.s0 < b0 * h30._W)
    lost = (base - cnt)[after]
    assert np.array_equal(lost, np.round(lost)) and lost.max() > 10 and len(np.unique(lost[lost > 0])) <= 3
    v, hv = h30._values(run, [md]), h30._values(run)
    later = after & np.r_[False, after[:-1]] & np.r_[False, same]
    assert np.array_equal(v[later], hv[later]) and np.array_equal(v[run.real < b0 * h30._W],
                                                                   hv[run.real < b0 * h30._W])


def test_counter_restarts():
    """Each process's nodes have their own streams whose delta points start from 0 (the first holds the samples
    since the process started and reads 0 until it trains); a preempted or resubmitted process collects once more
    as it exits, a killed one does not."""
    graceful = killed = 0
    for run in _runs("short") + _runs("long"):
        vals = h30._values(run)
        for p, (up, down, s0, end, _) in enumerate(run.procs[:-1]):
            mine = run.s0 == s0
            early = mine & (run.real < s0)
            assert early.any() and (vals[early] == 0).all()
            last = run.real[mine].max()
            if end in h30._GRACEFUL:
                graceful += 1
                assert last == down
            else:
                killed += 1
                assert down - last > 0
    assert graceful >= 5 and killed >= 5


def test_collection_artefacts(builds):
    """Exports fail in every run, ingestion incidents come in some; failed points are nearly all sent later; a live
    point never reads 0."""
    runs = _runs("short") + _runs("long")
    assert all(r.failed_at.sum() > 0 for r in runs) and sum(len(r.ins.outages) > 0 for r in runs) >= 6
    failed = sum(int(r.failed_at.sum()) for r in runs)
    assert sum(int((r.failed_at & r.sent).sum()) for r in runs) > 0.99 * failed
    for run, h, spans, live, changes in builds:
        assert not ((h == 0) & live).any(), run.ins


def test_docstring_over_both_sets():
    """The docstring's summary of the 24 runs (the export intervals, nodes, restarts, ingestion incidents, the
    collections and their failures) is what they measure."""
    rs = _runs("short") + _runs("long")
    ps = [sum(r.ins.period == p for r in rs) for p in h30._PERIODS]
    ends = [e for r in rs for e in r.ends]
    line = (f"export intervals of 15, 30 and 60 s in {ps[0]}, {ps[1]} and {ps[2]} runs; "
            f"{sum(r.segs[0].N == 1 for r in rs)} of the 24 runs on one node at the start, "
            f"{sum(r.job.G == 8 for r in rs)} with 8 GPUs a node; {len(ends)} restarts "
            f"({ends.count('preempt')} preemptions, {ends.count('node')} node failures, {ends.count('oom')} OOM "
            f"kills restarted in place, {ends.count('resubmit')} resubmissions); "
            f"{sum(len(r.ins.outages) for r in rs)} ingestion incidents in {sum(len(r.ins.outages) > 0 for r in rs)} "
            f"runs; {sum(len(r.real) for r in rs)} collections, {sum(int(r.failed_at.sum()) for r in rs)} of their "
            f"exports failed, {sum(int((r.failed_at & r.sent).sum()) for r in rs)} of them sent later from the local "
            f"storage and {sum(int((~r.sent).sum()) for r in rs)} lost")
    assert line in " ".join(h30.__doc__.split()), line


def test_configuration_changes():
    """A new data mixture comes only in the process, a wrist camera only with a resubmission (each once), the number
    of nodes only at a rescheduling restart."""
    for run in _runs("short") + _runs("long"):
        for a, b in zip(run.segs, run.segs[1:]):
            assert b.cams >= a.cams
            if a.mf != b.mf:
                assert b.proc == a.proc and a.N == b.N and a.cams == b.cams
            if a.cams != b.cams:
                assert b.proc == a.proc + 1 and run.ends[a.proc] == "resubmit" and a.N == b.N
            if a.N != b.N:
                assert b.proc == a.proc + 1 and run.ends[a.proc] in ("preempt", "node")


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout30, HELDOUT30_SEEDS[:2], changes=True)


def test_bad_arguments():
    check_family_bad_arguments(make_heldout30, 302000)
