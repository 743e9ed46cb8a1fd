"""The twenty-third held-out trace family (a 3-D segmentation job's patches/s, counted per node, sent to collectd every
10 s, stored in RRD files as DERIVE and read back with ``rrdtool xport`` summed by ``ADDNAN``): generator checks only
(no detector runs here)."""

import time
from functools import lru_cache

import numpy as np

import anomaly.heldout23 as h23
from anomaly.heldout22 import HELDOUT22_SEEDS
from anomaly.heldout23 import HELDOUT23_SEEDS, heldout23_set, make_heldout23
from anomaly.traces import Event
from tests.trace_checks import (builds_fixture, check_aligned_steps, check_changes_move_the_level,
                                check_counts_and_changes, check_depths_visible, check_every_kind_placed,
                                check_family_bad_arguments, check_family_healthy_independent, check_family_pauses,
                                check_healthy_outside_events, check_pinned, check_planned_changes, check_trace_arrays,
                                traces_fixture)

SPANS = {"short": (6, 24), "long": (33, 118)}
# listed changes: all, partition moves, patch-size steps, node-local copies
CHANGES = {"short": (10, 4, 6, 0), "long": (11, 2, 8, 1)}


traces = traces_fixture(heldout23_set)
#: the healthy runs of the "short" setting: ``(run, healthy, spans, live, changes)`` per seed
builds = builds_fixture(h23._build, HELDOUT23_SEEDS)


@lru_cache(maxsize=2)
def _runs(setting: str) -> list:
    """The healthy runs of ``setting``, one per seed (built once for the tests that read them)."""
    return [h23._build(seed, 6000, setting)[0] for seed in HELDOUT23_SEEDS]


def test_seed_range_is_its_own():
    assert HELDOUT23_SEEDS == tuple(range(232000, 232012))
    assert not set(HELDOUT23_SEEDS) & set(HELDOUT22_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    check_pinned(make_heldout23, 232001, 232002, [Event("drop", 341, 341, 1141, 0.1702),
                 Event("straggler", 1891, 1891, 2041, 0.2661), Event("leak", 2248, 2538, 2712, 0.1648)],
                 47699.36779964077, [(349, 357), (718, 725), (1110, 1125)], changes=[1853, 2213])


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], HELDOUT23_SEEDS)


def test_xport_steps(traces):
    check_aligned_steps(traces[1], (30.0, 60.0, 120.0))  # the archive's rows, aligned to them


def test_pause_spans(traces):
    """The counter stands still while the job validates or checkpoints (rate 0) and nothing is sent while it is
    down (unknown, written 0): a point whose period lies inside a pause, clear of its edges by the heartbeat and the
    largest clock offset of the run, reads 0."""
    setting, ts = traces
    checked = 0
    for t, run in zip(ts, _runs(setting)):
        check_family_pauses(setting, t, SPANS, min_count=8)  # the trace starts with training
        m = 2 * h23._HB + run.max_off
        for a, b, kind in run.pauses_t:
            i0, i1 = int(np.ceil((a + m) / run.dt)), min(int((b - m) // run.dt), 6000)
            assert (t.healthy[i0:i1] == 0).all(), (t.seed, a, b, kind)
            checked += i1 > i0
    assert checked > 100


def test_events_placement(traces):
    check_every_kind_placed(traces[1])  # every kind in each trace with events


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    check_depths_visible(traces[1])


def test_docstring_counts_table(traces):
    setting = traces[0]
    listed, part, patch, loc = CHANGES[setting]
    line = f"{setting} {listed} ({part} partition moves, {patch} patch-size steps, {loc} node-local copies)"
    check_counts_and_changes(traces, h23.__doc__, listed, line)


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    """A listed change is the first point after a pause span, lies in no event, and the healthy level really moves
    there (5 % or more, medians over up to 300 live points on each side, the first 100 after it left out)."""
    check_changes_move_the_level(traces[1])


def test_changes_are_the_planned_ones(builds):
    """Each listed change follows a requeue onto another partition, or a validation after which the curriculum took
    its next patch size or the loader moved to the node-local copy, and moves the noise-free rate by 10 % or more
    on the case mix after it; requeues onto the same partition are not listed."""
    def check_change(run, kind, a, b):
        assert (a.part != b.part, a.st != b.st, a.local != b.local) == (kind == "partition", kind == "patch",
                                                                         kind == "local")
        assert a.N == b.N
        if kind == "patch":
            assert b.st == a.st + 1
        t, dt = b.t0, run.dt
        new = h23._level(run.job, run.mix, b.N, b.st, b.part, b.local, t + 100 * dt, t + 400 * dt)
        old = h23._level(run.job, run.mix, a.N, a.st, a.part, a.local, t + 100 * dt, t + 400 * dt)
        assert abs(np.log(new / old)) >= h23._MIN_MOVE, (kind, new / old)

    check_planned_changes(builds, check_change, min_same=2)


def test_rrd_derive_heartbeat_and_xff():
    """One host's RRD: a steady counter reads its rate; a gap over the heartbeat or a counter that went back is
    unknown; a row keeps its known steps' mean while at most 10 % of them are unknown."""
    u = 3.0 + 10.0 * np.arange(400)
    c = 50.0 * np.arange(400)  # 5 patches/s
    assert np.allclose(h23._rrd(u, c, 30, 12), 5.0)  # rows of 120 s (the first step known for 7 s of its 10)
    keep = np.ones(400, bool)
    keep[[50, 51]] = False  # two lost updates: a 30-s gap, unknown; its steps are more than 10 % of the row
    v2 = h23._rrd(u[keep], c[keep], 10, 12)
    assert np.isnan(v2[4]) and np.allclose(v2[[3, 5, 6]], 5.0)
    keep[51] = True  # one lost update: a 20-s interval, still known
    assert np.allclose(h23._rrd(u[keep], c[keep], 30, 12), 5.0)
    c3 = c.copy()
    c3[200:] -= 20000  # a new process's counter, below the last: its interval (1993-2003 s) is unknown
    v3 = h23._rrd(u, c3, 60, 6)  # rows of 60 s: one unknown step of six is over 10 %
    assert np.isnan(v3[33]) and np.allclose(np.delete(v3, 33), 5.0)
    assert np.allclose(h23._rrd(u, c3, 30, 12), 5.0)  # rows of 120 s: 1 unknown step of 12 is allowed
    assert np.isnan(h23._rrd(u, c, 60, 12)[-27:]).all()  # after the last update: unknown


def test_a_point_is_the_sum_of_its_hosts(builds):
    """On steady training a point is the job's patches/s within the step noise and the sends' whole steps: every
    node's host adds its share (ADDNAN over the hosts). Where updates were lost a host's row is unknown and its share
    missing: points fall short (a few per cent of them), never over."""
    for run, h, spans, live, changes in builds:
        K = run.n * run.k
        rate = h23._rates(run, [], 0, K).reshape(run.n, run.k).mean(-1)
        full = live & (run.train.reshape(run.n, run.k).min(-1) == h23._W)
        full &= run.gmul.reshape(run.n, run.k).max(-1) < 1.01
        full &= (run.eff == run.train).reshape(run.n, run.k).all(-1)  # no stall, no epoch's end
        r = h[full] / rate[full]
        assert abs(np.median(r) - 1) < 0.04, (run.dt, np.median(r))
        assert np.mean(np.abs(r - 1) < 0.3) > 0.93 and r.max() < 1.15, (np.mean(np.abs(r - 1) < 0.3), r.max())


def test_a_counter_moves_in_whole_steps(builds):
    """A node's counter moves in whole steps (``G b`` patches): in a run with one patch size every count is a
    multiple of it."""
    checked = 0
    for run, h, spans, live, changes in builds:
        sts = {s.st for s in run.segs}
        if len(sts) == 1:
            q = run.job.G * h23._STAGES[sts.pop()][1]
            assert all((c % q == 0).all() for c in run.hc), q
            checked += 1
    assert checked >= 4


def test_collection_artefacts(builds):
    """Updates are lost in every run (UDP, incidents, collectd restarts), a small share of them; some hosts' clocks
    drift; an unknown row of every host reads 0 on live points in some runs, never on most of them."""
    runs = [b[0] for b in builds]
    assert all(r.lost > 0 for r in runs) and all(r.lost < 0.02 * r.sent for r in runs)
    assert sum(r.skewed > 0 for r in runs) >= 3 and {r.fits for r in runs} == {True, False}
    zeros = [int(((h == 0) & live).sum()) for run, h, spans, live, changes in builds]
    assert sum(z > 0 for z in zeros) >= 3 and max(zeros) < 200


def test_docstring_over_both_sets():
    """The docstring's summary of the 24 runs (rows, nodes, page cache, requeues, lost and refused updates, clocks)
    is what they measure."""
    rs = _runs("short") + _runs("long")
    dts = [sum(r.dt == d for r in rs) for d in (30.0, 60.0, 120.0)]
    same = sum(s for r in rs for _, _, s in r.restarts)
    line = (f"``dt`` 30 s in {dts[0]} runs, 60 s in {dts[1]}, 120 s in {dts[2]}; "
            f"{sum(r.segs[0].N == 1 for r in rs)} of the 24 runs on one node, {sum(r.job.G == 8 for r in rs)} with 8 "
            f"GPUs a node, {sum(r.fits for r in rs)} whose cases fit the page cache; "
            f"{sum(len(r.restarts) for r in rs)} requeues ({same} onto the same partition); "
            f"{min(r.lost for r in rs)}-{max(r.lost for r in rs)} updates lost per run "
            f"(at most {100 * max(r.lost / r.sent for r in rs):.1f} %), {sum(r.rejected for r in rs)} refused; "
            f"{sum(r.skewed for r in rs)} drifting host clocks in {sum(r.skewed > 0 for r in rs)} runs "
            f"(at most {max(r.max_off for r in rs):.0f} s off)")
    assert line in " ".join(h23.__doc__.split()), line


def test_curriculum_and_local_copy():
    """The patch size only grows, one stage at a validation's end within a process; the node-local copy is used only
    in runs whose cases do not fit the page cache, and only where it is faster; a requeue keeps both."""
    for run in _runs("short") + _runs("long"):
        for a, b in zip(run.segs, run.segs[1:]):
            assert b.st >= a.st and b.local >= a.local
            if b.st != a.st:
                assert b.st == a.st + 1 and b.ev == a.ev + 1 and b.proc == a.proc
            if b.local != a.local:
                assert not run.fits and run.job.rate(b.N, b.st, b.part, True) > run.job.rate(b.N, b.st, b.part, False)
            if b.part != a.part:
                assert b.proc == a.proc + 1


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout23, HELDOUT23_SEEDS[:2], changes=True)


def test_bad_arguments():
    check_family_bad_arguments(make_heldout23, 232000)


def test_both_settings_are_quick():
    t0 = time.perf_counter()
    heldout23_set("short", n=3000, seeds=HELDOUT23_SEEDS[:4])
    assert time.perf_counter() - t0 < 10.0

