"""The twenty-first held-out trace family (a reinforcement-learning learner's env frames/s, from its JSON log lines
shipped to Loki and read back as ``sum_over_time(... | unwrap frames [dt]) / dt``): generator checks only (no
detector runs here)."""

import time

import numpy as np

import anomaly.heldout21 as h21
from anomaly.heldout21 import HELDOUT21_SEEDS, heldout21_set, make_heldout21
from anomaly.traces import Event
from tests.trace_checks import (builds_fixture, check_aligned_steps, check_changes_move_the_level,
                                check_counts_and_changes, check_depths_visible, check_every_kind_placed,
                                check_family_bad_arguments, check_family_healthy_independent, check_family_pauses,
                                check_healthy_outside_events, check_pinned, check_planned_changes, check_trace_arrays,
                                traces_fixture)

SPANS = {"short": (6, 25), "long": (31, 120)}
# listed changes: all, learner GPU-count changes, actor-fleet resizes, batch steps
CHANGES = {"short": (9, 3, 4, 2), "long": (13, 6, 6, 1)}


traces = traces_fixture(heldout21_set)
#: the healthy runs of the "short" setting: ``(run, healthy, spans, live, changes)`` per seed
builds = builds_fixture(h21._build, HELDOUT21_SEEDS)


def test_seed_range_is_its_own():
    assert HELDOUT21_SEEDS == tuple(range(212000, 212012))


def test_deterministic_pinned_and_seed_dependent():
    check_pinned(make_heldout21, 212000, 212001, [Event("straggler", 747, 747, 916, 0.1019),
                 Event("drop", 1499, 1499, 1591, 0.3047), Event("leak", 1713, 2115, 2266, 0.1831),
                 Event("drop", 2577, 2577, 2941, 0.1676)],
                 37367000.7, [(303, 313), (554, 571), (881, 904)], changes=[1203])


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], HELDOUT21_SEEDS)


def test_sum_over_time_steps(traces):
    check_aligned_steps(traces[1], (30.0, 60.0, 120.0))  # the poller's aligned query steps


def test_pause_spans(traces):
    """No frames are logged while the learner waits or is down: a window wholly inside a restart, a checkpoint or
    an evaluation that takes every actor reads 0; where only part of the actors evaluate, the learner trains on
    and a window inside the evaluation reads more than 0."""
    setting, ts = traces
    modes = set()
    for t in ts:
        check_family_pauses(setting, t, SPANS, min_count=8)  # the trace starts with training
        run = h21._build(t.seed, 6000, setting)[0]
        modes.add(run.share == 1.0)
        for a, b, kind in run.pauses_t:
            i0, i1 = int(np.ceil((a + run.P + 3 * h21._W) / run.dt)), min(int(b // run.dt), 6000)
            inner = t.healthy[i0:i1]
            if kind == "restart" or run.share == 1.0:
                assert (inner == 0).all(), (t.seed, a, b, kind)
            elif kind == "eval":
                assert (inner > 0).all(), (t.seed, a, b, kind)
    assert modes == {True, False}


def test_events_placement(traces):
    check_every_kind_placed(traces[1])  # every kind in each trace with events


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    check_depths_visible(traces[1])


def test_docstring_counts_table(traces):
    setting = traces[0]
    listed, gpus, actors, batch = CHANGES[setting]
    line = f"{setting} {listed} ({gpus} GPU-count changes, {actors} fleet resizes, {batch} batch steps)"
    check_counts_and_changes(traces, h21.__doc__, listed, line)


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    """A listed change is the first point after a pause span, lies in no event, and the healthy level really moves
    there (5 % or more, medians over up to 300 live points on each side, the first 100 after it left out)."""
    check_changes_move_the_level(traces[1])


def test_changes_are_the_planned_ones(builds):
    """Each listed change follows a restart onto another GPU count, or an evaluation after which the actor fleet
    was resized or the batch doubled, and moves the noise-free rate by 10 % or more on the level mix after it;
    restarts onto as many GPUs (another node: level changes the monitor is not told of) are not listed."""
    def check_change(run, kind, a, b):
        assert (a.G != b.G, a.A != b.A, a.B != b.B) == (kind == "gpus", kind == "actors", kind == "batch")
        t, dt = b.t0, run.dt
        new = h21._level(run.job, run.env, b.G, b.B, b.A, t + 100 * dt, t + 400 * dt)
        old = h21._level(run.job, run.env, a.G, a.B, a.A, t + 100 * dt, t + 400 * dt)
        assert abs(np.log(new / old)) >= h21._MIN_MOVE, (kind, new / old)

    check_planned_changes(builds, check_change)


def test_a_point_is_the_frames_of_its_lines(builds):
    """On steady training a point is the learner's frames/s within the step noise and the lines' beat against the
    window (a window holds ``dt / P`` lines give or take one)."""
    for run, h, spans, live, changes in builds:
        K = run.n * run.k
        rate = h21._rates(run, [], 0, K).reshape(run.n, run.k).mean(-1)
        full = live & (run.train.reshape(run.n, run.k).min(-1) == h21._W)
        full &= run.gmul.reshape(run.n, run.k).max(-1) < 1.01
        full &= (run.fnum == run.fstep * run.train).reshape(run.n, run.k).all(-1)  # no stall
        r = h[full] / rate[full]
        assert abs(np.median(r) - 1) < 0.03, (run.P, np.median(r))
        per_win = np.bincount(run.line_win, minlength=run.n)[full]
        assert abs(np.median(per_win) * run.P / run.dt - 1) < 0.05 and per_win.min() < per_win.max(), run.P


def test_curriculum_moves_the_level_unlisted(builds):
    """The curriculum's stages change the env cost per frame: where the actors bind, the healthy rate moves at
    times that are not listed changes."""
    moves, actor_bound = [], 0
    for run, h, spans, live, changes in builds:
        on = run.train > 0
        actor_bound += np.mean(run.fill[on] > (np.maximum(run.inp, run.gpu) + run.fix)[on]) > 0.5
        moves += [abs(m) for _, _, m in run.stages]
    moves = np.array(moves)
    assert len(moves) > 50 and np.mean(moves > 0.05) > 0.3
    assert 3 <= actor_bound <= 9  # learner-bound runs too


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout21, HELDOUT21_SEEDS[:2], changes=True)


def test_bad_arguments():
    check_family_bad_arguments(make_heldout21, 212000)


def test_both_settings_are_quick():
    t0 = time.perf_counter()
    heldout21_set("short", n=3000, seeds=HELDOUT21_SEEDS[:4])
    assert time.perf_counter() - t0 < 10.0
