"""The twenty-third held-out trace family (a 3-D segmentation job's patches/s, counted per node, sent to collectd every
10 s, stored in RRD files as DERIVE and read back with ``rrdtool xport`` summed by ``ADDNAN``): generator checks only
(no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes, every kind placed, its pause spans per trace, its row of the docstring's
counts table and changes line and the long half of the 24 runs' summary (the "short" row, changes line and half of
the summary were measured on the full sets, and are not re-measured here)."""

from functools import lru_cache

import numpy as np
import pytest

import anomaly.heldout23 as h23
from anomaly.heldout22 import HELDOUT22_SEEDS
from anomaly.heldout23 import HELDOUT23_SEEDS, heldout23_set, make_heldout23
from anomaly.traces import Event
from tests.trace_checks import (check_aligned_steps, check_changes_move_the_level, check_counts_and_changes,
                                check_depths_visible, check_event_placement, check_every_kind_placed,
                                check_family_bad_arguments, check_family_healthy_independent, check_family_pauses,
                                check_healthy_outside_events, check_pinned, check_planned_changes, check_trace_arrays,
                                shared_builds)

N = 3000
SEEDS = HELDOUT23_SEEDS[:4]
SPANS = {"short": (6, 24), "long": (33, 118)}
# the long set's listed changes: all, partition moves, patch-size steps, node-local copies
CHANGES_LONG = (11, 2, 8, 1)
# the short set's half of the docstring's summary of the 24 runs, measured on its 12 runs at n=6000 (not re-measured
# here): runs per dt of 30, 60, 120 s, on one node, with 8 GPUs a node, whose cases fit the page cache; requeues (onto
# the same partition); updates lost per run (fewest, most, largest share), refused; drifting host clocks (runs with
# one), the largest offset (s)
SHORT_RUNS = {"dt": (4, 4, 4), "one_node": 2, "g8": 6, "fits": 7, "restarts": 11, "same": 7, "lost": (7, 1070),
              "lost_share": 0.010742912275493543, "rejected": 0, "skewed": (12, 8), "max_off": 10.234823378251685}

# the sets and the tests build each run once; checked as for generators 34-66: the sets made through the memo are
# byte-identical to those made without it, and no run changes once built
shared = shared_builds(h23)


@lru_cache(maxsize=2)
def _set(setting: str) -> list:
    return heldout23_set(setting, n=N, seeds=SEEDS)


def _builds(setting: str) -> list:
    """The healthy runs of ``setting``'s sample: ``(run, healthy, spans, live, changes)`` per seed (memoised)."""
    return [h23._build(seed, N, setting) for seed in SEEDS]


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
    return heldout23_set("long")  # the one full set built here


def _full_long_builds() -> list:
    _full_long()
    return [h23._build(seed, 6000, "long") for seed in HELDOUT23_SEEDS]  # memoised: the set's own runs


def test_seed_range_is_its_own():
    assert HELDOUT23_SEEDS == tuple(range(232000, 232012))
    assert not set(HELDOUT23_SEEDS) & set(HELDOUT22_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    check_pinned(make_heldout23, 232001, 232002, [Event("drop", 341, 341, 1141, 0.1702),
                 Event("straggler", 1891, 1891, 2041, 0.2661), Event("leak", 2248, 2538, 2712, 0.1648)],
                 47699.36779964077, [(349, 357), (718, 725), (1110, 1125)], changes=[1853, 2213])


def test_full_set_shapes_and_pause_spans():
    ts = _full_long()
    check_trace_arrays(ts, HELDOUT23_SEEDS)
    check_every_kind_placed(ts)  # every kind in each trace with events
    for t in ts:  # each long trace's spans at n=6000, as before
        check_family_pauses("long", t, SPANS, min_count=8)  # the trace starts with training


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], SEEDS, n=N)


def test_xport_steps(traces):
    check_aligned_steps(traces[1], (30.0, 60.0, 120.0))  # the archive's rows, aligned to them


def test_pause_spans(traces):
    """The counter stands still while the job validates or checkpoints (rate 0) and nothing is sent while it is
    down (unknown, written 0): a point whose period lies inside a pause, clear of its edges by the heartbeat and the
    largest clock offset of the run, reads 0."""
    setting, ts = traces
    checked = 0
    for t, (run, *_) in zip(ts, _builds(setting)):
        # the trace starts with training; 8 spans a trace at n=6000: 4 at n=3000, in proportion
        check_family_pauses(setting, t, SPANS, min_count=4, n=N)
        m = 2 * h23._HB + run.max_off
        for a, b, kind in run.pauses_t:
            i0, i1 = int(np.ceil((a + m) / run.dt)), min(int((b - m) // run.dt), N)
            assert (t.healthy[i0:i1] == 0).all(), (t.seed, a, b, kind)
            checked += i1 > i0
    assert checked > 16  # > 100 over the 12 traces at n=6000: a sixth of the points


def test_events_placement(traces):
    # every kind in each regressed trace: checked on the full "long" set (at n=3000 a trace may miss one)
    check_event_placement(traces[1], 3, 4, first=N // 10, n=N)  # the slots start at n // 10


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    check_depths_visible(traces[1])


def test_docstring_counts_table_long():
    listed, part, patch, loc = CHANGES_LONG
    line = f"long {listed} ({part} partition moves, {patch} patch-size steps, {loc} node-local copies)"
    check_counts_and_changes(("long", _full_long()), h23.__doc__, listed, line)


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    """A listed change is the first point after a pause span, lies in no event, and the healthy level really moves
    there (5 % or more, medians over up to 300 live points on each side, the first 100 after it left out)."""
    # 8 over 12 traces at n=6000: 2 on the short sample, a sixth of the points; the long sample lists no change (the
    # long set's are checked on the full set, 8 as before)
    check_changes_move_the_level(traces[1], n=N, min_checked=2 if traces[0] == "short" else 0)


def test_changes_are_level_changes_full_long():
    check_changes_move_the_level(_full_long())


def test_changes_are_the_planned_ones(builds):
    """Each listed change follows a requeue onto another partition, or a validation after which the curriculum took
    its next patch size or the loader moved to the node-local copy, and moves the noise-free rate by 10 % or more
    on the case mix after it; requeues onto the same partition are not listed (on the samples and the full long set's
    runs, built anyway: the samples hold no node-local copy)."""
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

    check_planned_changes(builds + _full_long_builds(), check_change, min_same=2)


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
    rs, sh = [b[0] for b in _full_long_builds()], SHORT_RUNS  # the long half measured, the short half as before

    def both(key, f):  # the short half's count and the long runs'
        return sh[key] + sum(f(r) for r in rs)

    dts = [k + sum(r.dt == d for r in rs) for k, d in zip(sh["dt"], (30.0, 60.0, 120.0))]
    lost = [r.lost for r in rs] + list(sh["lost"])
    skewed = [k + sum(f(r.skewed) for r in rs) for k, f in zip(sh["skewed"], (int, bool))]
    line = (f"``dt`` 30 s in {dts[0]} runs, 60 s in {dts[1]}, 120 s in {dts[2]}; "
            f"{both('one_node', lambda r: r.segs[0].N == 1)} of the 24 runs on one node, "
            f"{both('g8', lambda r: r.job.G == 8)} with 8 GPUs a node, {both('fits', lambda r: r.fits)} whose cases "
            f"fit the page cache; {both('restarts', lambda r: len(r.restarts))} requeues "
            f"({both('same', lambda r: sum(s for _, _, s in r.restarts))} onto the same partition); "
            f"{min(lost)}-{max(lost)} updates lost per run "
            f"(at most {100 * max([r.lost / r.sent for r in rs] + [sh['lost_share']]):.1f} %), "
            f"{both('rejected', lambda r: r.rejected)} refused; {skewed[0]} drifting host clocks in {skewed[1]} runs "
            f"(at most {max([r.max_off for r in rs] + [sh['max_off']]):.0f} s off)")
    assert line in " ".join(h23.__doc__.split()), line


def test_curriculum_and_local_copy(builds):
    """The patch size only grows, one stage at a validation's end within a process; the node-local copy is used only
    in runs whose cases do not fit the page cache, and only where it is faster; a requeue keeps both (on the samples
    and the full long set's runs, built anyway: the samples hold no node-local copy)."""
    for run, *_ in builds + _full_long_builds():
        for a, b in zip(run.segs, run.segs[1:]):
            assert b.st >= a.st and b.local >= a.local
            if b.st != a.st:
                assert b.st == a.st + 1 and b.ev == a.ev + 1 and b.proc == a.proc
            if b.local != a.local:
                assert not run.fits and run.job.rate(b.N, b.st, b.part, True) > run.job.rate(b.N, b.st, b.part, False)
            if b.part != a.part:
                assert b.proc == a.proc + 1


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout23, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    check_family_bad_arguments(make_heldout23, 232000)
