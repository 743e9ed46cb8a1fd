"""The thirty-second held-out trace family (a genomic language model's training bases/s: per-node Prometheus counters
collected by Netdata children with the incremental algorithm, streamed to a parent and read back per minute as the sum
of the charts' averages): generator checks only (no detector runs here).

Cost: ``_build`` is memoised for the module's life (``shared_builds``: its teardown checks that no trace or test
changed a run), so the ``builds`` fixture, ``_runs`` and the tests take the runs the ``traces`` fixture built; the
healthy-run check takes seeds 322000-322001 at n=6000 (their runs in the set) rather than building them at n=4000."""

from functools import lru_cache
from types import SimpleNamespace

import numpy as np

import anomaly.heldout32 as h32
from anomaly.heldout31 import HELDOUT31_SEEDS
from anomaly.heldout32 import HELDOUT32_SEEDS, heldout32_set, make_heldout32
from anomaly.traces import Event
from tests.trace_checks import (builds_fixture, check_aligned_steps, check_changes_move_the_level,
                                check_counts_and_changes, check_depths_visible, check_every_kind_placed,
                                check_family_bad_arguments, check_family_healthy_independent, check_family_pauses,
                                check_healthy_outside_events, check_pinned, check_planned_changes, check_trace_arrays,
                                shared_builds, traces_fixture)

SPANS = {"short": (6, 22), "long": (30, 110)}
# listed changes: all, world-size changes, curriculum stages, new corpora
CHANGES = {"short": (10, 4, 5, 1), "long": (9, 6, 3, 0)}


traces = traces_fixture(heldout32_set)
#: the healthy runs of the "short" setting: ``(run, healthy, spans, live, changes)`` per seed
builds = builds_fixture(lambda *a: h32._build(*a), HELDOUT32_SEEDS)  # the memoised _build, looked up per call
shared = shared_builds(h32)  # the set and the tests build each run once


@lru_cache(maxsize=2)
def _runs(setting: str) -> list:
    """The healthy runs of ``setting``, one per seed (built once for the tests that read them)."""
    return [h32._build(seed, 6000, setting)[0] for seed in HELDOUT32_SEEDS]


def _expected(run) -> np.ndarray:
    """Per point the job's bases done in its window over the window's seconds (from its steps per bucket)."""
    K = run.n * run.k
    steps = np.where(run.train > 0, run.eff / h32._steps(run, [], 0, K) * run.eps, 0.0)
    Cw = np.r_[0.0, np.cumsum(steps * run.nodes * run.F)]
    i = np.arange(run.n) * run.k
    return (Cw[i] - Cw[np.maximum(i - run.k, 0)]) / run.dt


def _trouble(run) -> np.ndarray:
    """The points a parent's outage or a child agent's restart may touch."""
    near = np.zeros(run.n, bool)
    for a, b in run.ins.outages:
        near[max(0, int(a // run.dt) - 1):int(b // run.dt) + 2] = True
    for a, down in run.ins.agent:
        near[max(0, int(a // run.dt) - 1):int((a + down) // run.dt) + 3] = True
    return near


def _steady(run, spans, live) -> np.ndarray:
    """Live points away from pauses (3 points), from parent outages and from agents' restarts."""
    ok = live & ~_trouble(run)
    for s, e in spans:
        ok[max(0, s - 3):e + 3] = False
    return ok


def test_seed_range_is_its_own():
    assert HELDOUT32_SEEDS == tuple(range(322000, 322012))
    assert not set(HELDOUT32_SEEDS) & set(HELDOUT31_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    check_pinned(make_heldout32, 322001, 322002, [Event("straggler", 617, 617, 917, 0.273),
                 Event("drop", 1035, 1035, 1546, 0.1408), Event("leak", 1712, 1963, 2230, 0.1543),
                 Event("leak", 2511, 2790, 3000, 0.1232)], 2801956232.086, [(0, 9), (216, 226), (421, 433)],
                 changes=[1560])


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], HELDOUT32_SEEDS)


def test_timestamps_are_the_windows(traces):
    """One point per 60-s window of the poller's query, aligned to the window."""
    check_aligned_steps(traces[1], (60.0,))


def test_pause_spans(traces):
    """The trace starts with the pods' start-up. While the job evaluates or checkpoints its counters stand still, so
    the points whose windows lie inside the pause read 0 (nearly all: a checkpoint's failed scrapes may spread the
    last increment before it over the first seconds); no exporter is collected before it is up or after it is
    gone."""
    setting, ts = traces
    inner = zero = 0
    for t, run in zip(ts, _runs(setting)):
        check_family_pauses(setting, t, SPANS, min_count=8, starts_paused=True)
        level = np.median(t.healthy[t.healthy > 0])
        for a, b, kind in [p for p in run.pauses_t if p[2] in ("eval", "ckpt") and p[1] < run.n * run.dt]:
            i = np.arange(int((a + 60.0) // run.dt) + 2, int(b // run.dt))
            assert (t.healthy[i] < 0.05 * level).all(), (t.seed, a, kind)
            inner += len(i)
            zero += int((t.healthy[i] == 0).sum())
        for p, (up, down, s0, end, _) in enumerate(run.procs):
            mine = run.s0 == s0
            assert mine.any() and (run.real[mine] >= up).all() and (run.real[mine] < down).all(), (t.seed, p)
    assert inner > 100 and zero >= 0.95 * inner


def test_events_placement(traces):
    check_every_kind_placed(traces[1])  # every kind in each trace with events


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    check_depths_visible(traces[1])


def test_docstring_counts_table(traces):
    setting = traces[0]
    listed, world, stages, corpora = CHANGES[setting]
    change = "change" if world == 1 else "changes"
    stage = "stage" if stages == 1 else "stages"
    corpus = "corpus" if corpora == 1 else "corpora"
    line = f"{setting} {listed} ({world} world-size {change}, {stages} curriculum {stage}, {corpora} new {corpus})"
    check_counts_and_changes(traces, h32.__doc__, listed, line)


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    """A listed change is the first point after a pause span, lies in no event, and the healthy level really moves
    there (5 % or more, medians over up to 300 live points on each side, the first 100 after it left out)."""
    check_changes_move_the_level(traces[1])


def test_changes_are_the_planned_ones(builds):
    """Each listed change follows a restart onto another number of nodes, a curriculum stage (in the process) or
    the resubmission with a new corpus, and moves the noise-free rate by 10 % or more on the loader's cost after it;
    restarts onto as many nodes with the same configuration are not listed."""
    def check_change(run, kind, a, b):
        assert (a.N != b.N, a.sf != b.sf, a.mf != b.mf) == (kind == "world", kind == "stage", kind == "corpus")
        assert b.proc == a.proc + (kind != "stage")
        t, dt = b.t0, run.dt
        new = h32._level(run.job, run.mix, (b.N, b.sf, b.mf * b.lf), t + 100 * dt, t + 400 * dt)
        old = h32._level(run.job, run.mix, (a.N, a.sf, a.mf * a.lf), t + 100 * dt, t + 400 * dt)
        assert abs(np.log(new / old)) >= h32._MIN_MOVE, (kind, new / old)

    check_planned_changes(builds, check_change, min_same=3)


def test_ticks_rule():
    """The go.d job ticks every update_every at its offset; a failed scrape keeps it busy for the 10-s timeout and a
    slow one for its latency, so no collection starts in them; collections come after their tick."""
    ins = h32._Ins(period=1.0, tick=0.02, lat=0.01, p_slow=0.01, p_fail=0.01, p_ck=0.0, agent=[], outages=[])
    t = h32._ticks(np.random.default_rng(5), ins, 3.3, 5000.0, [])
    assert (np.diff(t) > 0).all() and (t >= 3.3).all() and (t < 5000.0 + 3.0).all()
    tick = np.floor(t - 0.02 + 1e-9) + 0.02
    assert ((t - tick) >= 0).all()
    gaps = np.diff(tick)
    assert np.allclose(gaps, np.round(gaps)) and (gaps >= 11).any() and np.mean(gaps == 1) > 0.9
    busy = h32._Ins(period=1.0, tick=0.0, lat=0.01, p_slow=0.0, p_fail=0.0, p_ck=1.0, agent=[], outages=[])
    t = h32._ticks(np.random.default_rng(5), busy, 0.0, 600.0, [(100.0, 200.0)])
    assert not ((t >= 100.0) & (t < 200.0)).any() and (t > 200.0).any()


def test_slots_rule():
    """The incremental algorithm: each increment spread evenly over the time since the last collection onto the
    slots, as a rate (flat before the first collection); a collection spanning 3 slots or more stores only its last
    two."""
    t = np.array([0.5, 1.5, 2.5, 6.5, 7.5])
    si, val, ok = h32._slots(t, 10.0 * t, 1.0)
    assert si.tolist() == [1, 2, 3, 4, 5, 6, 7]
    assert np.allclose(val[1:], 10.0) and np.isclose(val[0], 5.0)  # slot 1: half of it after the first collection
    assert ok.tolist() == [True, True, False, False, True, True, True]
    t = np.array([0.2, 2.6, 3.4])  # a collection late by one slot: both slots stored, the increment spread
    si, val, ok = h32._slots(t, np.array([0.0, 24.0, 32.0]), 1.0)
    assert si.tolist() == [1, 2, 3] and ok.all() and np.allclose(val, [8.0, 10.0, 10.0])


def _toy(real, chart, stream, n=10, outages=()):
    ins = SimpleNamespace(period=1.0, outages=list(outages))
    return SimpleNamespace(real=np.asarray(real, float), chart=np.asarray(chart), stream=np.asarray(stream), ins=ins,
                           dt=60.0, n=n)


def test_counter_reset_gives_no_increment():
    """A process restarted in place writes into its hosts' charts: its counter's fall reads as no increment, and its
    later increments add up again."""
    run = _toy([1, 2, 3, 10, 11, 12], [0] * 6, [0, 0, 0, 1, 1, 1])
    order, cnt = h32._chart_counters(run, np.array([100.0, 110.0, 120.0, 5.0, 15.0, 25.0]))
    assert cnt.tolist() == [0.0, 10.0, 20.0, 20.0, 30.0, 40.0]


def test_read_rule():
    """A point is the sum over the charts of each chart's average of its stored slots in the window (a chart with
    none left out, 0 where none has any); slots of a parent's outage older than what the children keep are gone."""
    t = np.arange(0.5, 600.0, 1.0)
    run = _toy(np.r_[t, t[t < 300]], np.r_[np.zeros(len(t), int), np.ones(int((t < 300).sum()), int)],
               np.r_[np.zeros(len(t), int), np.ones(int((t < 300).sum()), int)])
    v = np.r_[10.0 * t, 5.0 * t[t < 300]]
    out = h32._read(run, v)
    assert np.allclose(out[2:5], 15.0) and np.allclose(out[6:10], 10.0) and out[0] == 0.0
    run.ins.outages = [(0.0, h32._KEEP + 240.0)]  # slots before 240 s are not replicated
    out = h32._read(run, v)
    assert (out[:4] == 0).all() and np.isclose(out[4], 15.0) and np.isclose(out[6], 10.0)


def test_a_point_is_the_rate(builds):
    """On steady training (no pause near, no parent outage, no agent's restart) a point is the job's bases in its
    window over the window's seconds, within the collections' whole steps, the slots' shift and the jitter."""
    for run, h, spans, live, changes in builds:
        want = _expected(run)
        ok = _steady(run, spans, live) & (want > 0)
        r = h[ok] / want[ok]
        assert abs(np.median(r) - 1) < 0.02, np.median(r)
        assert np.mean(np.abs(r - 1) < 0.1) > 0.95, np.mean(np.abs(r - 1) < 0.1)


def test_unreplicated_outages_read_zero():
    """Where the parent was unreachable for longer than the children keep, the windows they could not replicate read
    0 although the job trained; outside outages and agents' restarts no live point reads 0. The docstring's count
    of them is what the 24 runs measure."""
    n_out = hit = 0
    per = {"short": 0, "long": 0}
    sizes = []
    for setting in ("short", "long"):
        for seed, run in zip(HELDOUT32_SEEDS, _runs(setting)):
            _, h, spans, live, _ = h32._build(seed, 6000, setting)
            zero = (h == 0) & live
            assert not (zero & ~_trouble(run)).any(), seed
            for a, b in run.ins.outages:
                n_out += 1
                if b - a <= h32._KEEP:
                    continue
                i = np.arange(int(a // run.dt) + 2, int((b - h32._KEEP) // run.dt) - 1)
                assert (h[i] == 0).all(), (seed, a)
                z = int(zero[max(0, int(a // run.dt) - 1):int((b - h32._KEEP) // run.dt) + 2].sum())
                if z:
                    hit += 1
                    sizes.append(z)
                    per[setting] += z
    line = (f"{hit} of the {n_out} outages over both sets leave {min(sizes)}-{max(sizes)} such points "
            f"({sum(sizes)} in all; {per['short']} short, {per['long']} long)")
    assert hit >= 2 and line in " ".join(h32.__doc__.split()), line


def test_regressions_make_whole_steps_late(builds):
    """A regression takes whole steps off its process's count (which never falls within a process); after it every
    increment between collections is the healthy one again."""
    run = builds[0][0]
    b0 = run.n * run.k // 3
    md = h32._Mod(b0, b0 + 200, gpu=1.8)
    cnt, base = h32._counts(run, [md]), h32._counts(run)
    t1 = (b0 + 200) * h32._W
    same = run.stream[1:] == run.stream[:-1]
    assert (np.diff(cnt)[same] >= 0).all() and (cnt <= base).all() and cnt.sum() < base.sum()
    after = (run.real > t1 + 1) & (run.s0 < b0 * h32._W)
    lost = (base - cnt)[after]
    assert np.array_equal(lost, np.round(lost)) and lost.max() > 10 and len(np.unique(lost[lost > 0])) <= 3
    v, hv = h32._values(run, [md]), h32._values(run)
    later = after & np.r_[False, after[:-1]] & np.r_[False, same]
    assert np.array_equal(np.diff(v)[later[1:]], np.diff(hv)[later[1:]])
    assert np.array_equal(v[run.real < b0 * h32._W], hv[run.real < b0 * h32._W])


def test_charts_follow_the_hosts():
    """A process restarted in place (an NCCL timeout) writes into its predecessor's charts; a rescheduled or
    resubmitted one into new charts; each exporter's counter reads 0 until its process trains."""
    kept = moved = 0
    for run in _runs("short") + _runs("long"):
        vals = h32._values(run)
        for p, (up, down, s0, end, _) in enumerate(run.procs[:-1]):
            mine, nxt = run.s0 == s0, run.s0 == run.procs[p + 1][2]
            assert (vals[mine & (run.real < s0)] == 0).all()
            if not nxt.any():
                continue
            shared = set(run.chart[mine].tolist()) & set(run.chart[nxt].tolist())
            if end == "nccl":
                kept += 1
                assert shared, run.procs[p]
            else:
                moved += 1
                assert not shared, run.procs[p]
    assert kept >= 3 and moved >= 10


def test_collection_artefacts():
    """Agents' restarts and parent outages come in some runs; an agent's restart leaves its host's collections out
    while it is down and begins a new chart."""
    runs = _runs("short") + _runs("long")
    assert sum(len(r.ins.agent) > 0 for r in runs) >= 8 and sum(len(r.ins.outages) > 0 for r in runs) >= 3
    hit = 0
    for r in runs:
        first = {c: r.real[r.chart == c].min() for c in np.unique(r.chart)}
        last = {c: r.real[r.chart == c].max() for c in np.unique(r.chart)}
        for a, down in r.ins.agent:  # a chart stops at the restart and another begins after it, on that host
            stop = [c for c in last if a - 15.0 <= last[c] < a]
            begin = [c for c in first if a + down <= first[c] < a + down + 15.0]
            if stop and begin:
                hit += 1
                assert not ((r.real >= a) & (r.real < a + down) & np.isin(r.chart, stop + begin)).any()
        d = np.diff(r.real)[np.diff(r.stream) == 0]
        assert (d > 0).all() and abs(np.median(d) - r.ins.period) < 0.01  # a collection each update_every
    assert hit >= 10


def test_docstring_over_both_sets():
    """The docstring's summary of the 24 runs (update_every, nodes, restarts, agents' restarts, parent outages,
    collections) is what they measure."""
    rs = _runs("short") + _runs("long")
    ps = [sum(r.ins.period == p for r in rs) for p in h32._PERIODS]
    ends = [e for r in rs for e in r.ends]
    line = (f"update_every of 1, 2 and 5 s in {ps[0]}, {ps[1]} and {ps[2]} runs; "
            f"{sum(r.segs[0].N == 1 for r in rs)} of the 24 runs on one node at the start, "
            f"{sum(r.job.G == 8 for r in rs)} with 8 GPUs a node; {len(ends)} restarts "
            f"({ends.count('preempt')} preemptions, {ends.count('node')} node failures, {ends.count('nccl')} NCCL "
            f"timeouts restarted in place, {ends.count('resubmit')} resubmission); "
            f"{sum(len(r.ins.agent) for r in rs)} child agent restarts in {sum(len(r.ins.agent) > 0 for r in rs)} "
            f"runs; {sum(len(r.ins.outages) for r in rs)} parent outages in "
            f"{sum(len(r.ins.outages) > 0 for r in rs)} runs; {sum(len(r.real) for r in rs)} collections in "
            f"{sum(len(np.unique(r.chart)) for r in rs)} charts")
    assert line in " ".join(h32.__doc__.split()), line


def test_configuration_changes():
    """A curriculum stage comes only in the process, a new corpus only with a resubmission, the number of nodes only
    at a rescheduling restart."""
    for run in _runs("short") + _runs("long"):
        for a, b in zip(run.segs, run.segs[1:]):
            if a.sf != b.sf:
                assert b.proc == a.proc and a.N == b.N and a.mf == b.mf
            if a.mf != b.mf:
                assert b.proc == a.proc + 1 and run.ends[a.proc] == "resubmit" and a.N == b.N
            if a.N != b.N:
                assert b.proc == a.proc + 1 and run.ends[a.proc] in ("preempt", "node")


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout32, HELDOUT32_SEEDS[:2], changes=True, n=6000)


def test_bad_arguments():
    check_family_bad_arguments(make_heldout32, 322000)
