"""The twenty-second held-out trace family (a video model's clips/s, counted per node, sent to CloudWatch with
``PutMetricData`` and read back as ``FILL(SUM(SEARCH(...)), 0) / PERIOD``): generator checks only (no detector runs
here)."""

import time
from functools import lru_cache

import numpy as np

import anomaly.heldout22 as h22
from anomaly.heldout22 import HELDOUT22_SEEDS, heldout22_set, make_heldout22
from anomaly.traces import Event
from tests.trace_checks import (builds_fixture, check_aligned_steps, check_changes_move_the_level,
                                check_counts_and_changes, check_depths_visible, check_every_kind_placed,
                                check_family_bad_arguments, check_family_healthy_independent, check_family_pauses,
                                check_healthy_outside_events, check_pinned, check_planned_changes, check_trace_arrays,
                                traces_fixture)

SPANS = {"short": (6, 24), "long": (33, 118)}
# listed changes: all, node-count changes, multigrid phase switches, decoder switches
CHANGES = {"short": (30, 6, 21, 3), "long": (18, 10, 8, 0)}


traces = traces_fixture(heldout22_set)
#: the healthy runs of the "short" setting: ``(run, healthy, spans, live, changes)`` per seed
builds = builds_fixture(h22._build, HELDOUT22_SEEDS)


@lru_cache(maxsize=2)
def _runs(setting: str) -> list:
    """The healthy runs of ``setting``, one per seed (built once for the tests that read them)."""
    return [h22._build(seed, 6000, setting)[0] for seed in HELDOUT22_SEEDS]


def test_seed_range_is_its_own():
    assert HELDOUT22_SEEDS == tuple(range(222000, 222012))


def test_deterministic_pinned_and_seed_dependent():
    check_pinned(make_heldout22, 222002, 222003, [Event("straggler", 489, 489, 593, 0.239),
                 Event("drop", 1059, 1059, 1590, 0.2606), Event("leak", 1687, 1968, 2087, 0.1791),
                 Event("straggler", 2800, 2800, 2940, 0.1575)],
                 7182931.833333334, [(317, 328), (702, 714), (1023, 1031)], changes=[2100, 2556])


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], HELDOUT22_SEEDS)


def test_cloudwatch_periods(traces):
    check_aligned_steps(traces[1], (60.0, 120.0, 180.0))  # the poller's periods, aligned to them


def test_pause_spans(traces):
    """No clips are counted while the job validates, checkpoints or is down: a period that starts 70 s or more
    into a pause and ends 70 s or more before its end reads 0 (no send stamped there holds training; an aligned
    send stamps the minute before it), unless an API brown-out lets a carried count land there."""
    setting, ts = traces
    checked = 0
    for t, run in zip(ts, _runs(setting)):
        check_family_pauses(setting, t, SPANS, min_count=8)  # the trace starts with training
        for a, b, kind in run.pauses_t:
            if any(a - 1800 < y and x < b for x, y in run.brownouts):
                continue
            i0, i1 = int(np.ceil((a + 70) / run.dt)), min(int((b - 70) // run.dt), 6000)
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
    listed, nodes, mg, dec = CHANGES[setting]
    line = f"{setting} {listed} ({nodes} node-count changes, {mg} multigrid phase switches, {dec} decoder switches)"
    check_counts_and_changes(traces, h22.__doc__, listed, line)


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    """A listed change is the first point after a pause span, lies in no event, and the healthy level really moves
    there (5 % or more, medians over up to 300 live points on each side, the first 100 after it left out)."""
    check_changes_move_the_level(traces[1])


def test_changes_are_the_planned_ones(builds):
    """Each listed change follows a restart onto another node count, or a validation after which the multigrid
    cycle moved to its next phase or the loader moved to hardware decoding, and moves the noise-free rate by 10 % or
    more on the source mix after it; restarts onto as many nodes (a replaced node) are not listed."""
    def check_change(run, kind, a, b):
        assert (a.N != b.N, a.m != b.m, a.nv != b.nv) == (kind == "nodes", kind == "multigrid", kind == "decoder")
        if kind == "multigrid":
            assert b.m == h22._MG[(h22._MG.index(a.m) + 1) % 3]
        t, dt = b.t0, run.dt
        new = h22._level(run.job, run.mix, b.N, b.m, b.nv, t + 100 * dt, t + 400 * dt)
        old = h22._level(run.job, run.mix, a.N, a.m, a.nv, t + 100 * dt, t + 400 * dt)
        assert abs(np.log(new / old)) >= h22._MIN_MOVE, (kind, new / old)

    check_planned_changes(builds, check_change, min_same=2)


def test_a_point_is_the_counts_of_its_sends(builds):
    """On steady training a point is the job's clips/s within the step noise and the sends' beat: a period holds
    ``N dt / 60`` sends; where the publisher drifts (60 s plus its work) a node's send now and then skips a period."""
    modes = set()
    for run, h, spans, live, changes in builds:
        K = run.n * run.k
        rate = h22._rates(run, [], 0, K).reshape(run.n, run.k).mean(-1)
        full = live & (run.train.reshape(run.n, run.k).min(-1) == h22._W)
        full &= run.gmul.reshape(run.n, run.k).max(-1) < 1.01
        full &= (run.eff == run.train).reshape(run.n, run.k).all(-1)  # no stall
        r = h[full] / rate[full]
        assert abs(np.median(r) - 1) < 0.04, (run.mode, np.median(r))
        per = np.bincount(run.pub_win, minlength=run.n)[full] / run.nodes.reshape(run.n, run.k)[full, 0]
        assert abs(np.median(per) - run.dt / 60) < 1e-9
        if run.mode == "drift":
            assert per.min() < run.dt / 60, run.dt
        modes.add(run.mode)
    assert modes == {"drift", "aligned"}


def test_a_send_holds_whole_steps(builds):
    """A node's counter moves in whole steps (``8 b m`` clips): in a run with one clip shape every count is a
    multiple of it."""
    checked = 0
    for run, h, spans, live, changes in builds:
        ms = {s.m for s in run.segs}
        if len(ms) == 1:
            q = 8 * run.job.b * ms.pop()
            assert (run.pub_h % q == 0).all(), run.job.b
            checked += 1
    assert checked >= 4


def test_collection_artefacts(builds):
    """Sends are lost (failed in a brown-out, or late for the poller) in some runs and counted twice in others;
    both publishers and both retry policies occur."""
    runs = [b[0] for b in builds]
    assert sum(r.lost > 0 for r in runs) >= 3 and sum(r.dups > 0 for r in runs) >= 6
    assert {r.carry for r in runs} == {True, False} and {r.persistent for r in runs} == {True, False}
    assert all(r.lost < 0.02 * r.sent for r in runs)


def test_docstring_over_both_sets():
    """The docstring's summary of the 24 runs (periods, publishers, restarts, lost and doubled sends) is what they
    measure."""
    rs = _runs("short") + _runs("long")
    dts = [sum(r.dt == d for r in rs) for d in (60.0, 120.0, 180.0)]
    same = sum(s for r in rs for _, _, s in r.restarts)
    line = (f"``dt`` 60 s in {dts[0]} runs, 120 s in {dts[1]}, 180 s in {dts[2]}; {sum(r.mode == 'drift' for r in rs)} "
            f"of the 24 runs send on a drifting loop, {sum(r.carry for r in rs)} carry a failed count, "
            f"{sum(r.persistent for r in rs)} keep their loader workers; {sum(len(r.restarts) for r in rs)} restarts "
            f"({same} onto as many nodes); {min(r.lost for r in rs)}-{max(r.lost for r in rs)} sends lost per run "
            f"(at most {100 * max(r.lost / r.sent for r in rs):.1f} %), {min(r.dups for r in rs)}-"
            f"{max(r.dups for r in rs)} counted twice")
    assert line in " ".join(h22.__doc__.split()), line


def test_decoder_switches_pay_and_multigrid_cycles():
    """A decoder switch is kept only where hardware decoding is faster; a multigrid run's clip shapes follow the
    long cycle 4, 2, 1 (and round again) and change only at a validation's end."""
    for run in _runs("short") + _runs("long"):
        for a, b in zip(run.segs, run.segs[1:]):
            if b.nv != a.nv:
                assert b.nv and run.job.rate(b.N, b.m, True) > run.job.rate(b.N, b.m, False)
            if b.m != a.m:
                assert b.m == h22._MG[(h22._MG.index(a.m) + 1) % 3] and b.ev == a.ev + 1 and b.proc == a.proc


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout22, HELDOUT22_SEEDS[:2], changes=True)


def test_bad_arguments():
    check_family_bad_arguments(make_heldout22, 222000)


def test_both_settings_are_quick():
    t0 = time.perf_counter()
    heldout22_set("short", n=3000, seeds=HELDOUT22_SEEDS[:4])
    assert time.perf_counter() - t0 < 10.0
