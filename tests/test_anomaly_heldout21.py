"""The twenty-first held-out trace family (a reinforcement-learning learner's env frames/s, from its JSON log lines
shipped to Loki and read back as ``sum_over_time(... | unwrap frames [dt]) / dt``): generator checks only (no
detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes, every kind placed, its pause spans per trace and its row of the docstring's
counts table and changes line (the "short" row and changes line were measured on the full sets, and are not
re-measured here); the curriculum's unlisted moves are counted over the samples and the full long set's runs."""

from functools import lru_cache

import numpy as np
import pytest

import anomaly.heldout21 as h21
from anomaly.heldout21 import HELDOUT21_SEEDS, heldout21_set, make_heldout21
from anomaly.traces import Event
from tests.trace_checks import (check_aligned_steps, check_changes_move_the_level, check_counts_and_changes,
                                check_depths_visible, check_event_placement, check_every_kind_placed,
                                check_family_bad_arguments, check_family_healthy_independent, check_family_pauses,
                                check_healthy_outside_events, check_pinned, check_planned_changes, check_trace_arrays,
                                shared_builds)

N = 3000
SEEDS = HELDOUT21_SEEDS[:4]
SPANS = {"short": (6, 25), "long": (31, 120)}
# the long set's listed changes: all, learner GPU-count changes, actor-fleet resizes, batch steps
CHANGES_LONG = (13, 6, 6, 1)

# the sets and the tests build each run once; checked as for generators 34-66: the sets made through the memo are
# byte-identical to those made without it, and no run changes once built
shared = shared_builds(h21)


@lru_cache(maxsize=2)
def _set(setting: str) -> list:
    return heldout21_set(setting, n=N, seeds=SEEDS)


def _builds(setting: str) -> list:
    """The healthy runs of ``setting``'s sample: ``(run, healthy, spans, live, changes)`` per seed (memoised)."""
    return [h21._build(seed, N, setting) for seed in SEEDS]


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
    return heldout21_set("long")  # the one full set built here


def _full_long_builds() -> list:
    _full_long()
    return [h21._build(seed, 6000, "long") for seed in HELDOUT21_SEEDS]  # memoised: the set's own runs


def test_seed_range_is_its_own():
    assert HELDOUT21_SEEDS == tuple(range(212000, 212012))


def test_deterministic_pinned_and_seed_dependent():
    check_pinned(make_heldout21, 212000, 212001, [Event("straggler", 747, 747, 916, 0.1019),
                 Event("drop", 1499, 1499, 1591, 0.3047), Event("leak", 1713, 2115, 2266, 0.1831),
                 Event("drop", 2577, 2577, 2941, 0.1676)],
                 37367000.7, [(303, 313), (554, 571), (881, 904)], changes=[1203])


def test_full_set_shapes_and_pause_spans():
    ts = _full_long()
    check_trace_arrays(ts, HELDOUT21_SEEDS)
    check_every_kind_placed(ts)  # every kind in each trace with events
    for t in ts:  # each long trace's spans at n=6000, as before
        check_family_pauses("long", t, SPANS, min_count=8)  # the trace starts with training


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], SEEDS, n=N)


def test_sum_over_time_steps(traces):
    check_aligned_steps(traces[1], (30.0, 60.0, 120.0))  # the poller's aligned query steps


def test_pause_spans(traces):
    """No frames are logged while the learner waits or is down: a window wholly inside a restart, a checkpoint or
    an evaluation that takes every actor reads 0; where only part of the actors evaluate, the learner trains on
    and a window inside the evaluation reads more than 0."""
    setting, ts = traces
    modes = set()
    for t, (run, *_) in zip(ts, _builds(setting)):
        # the trace starts with training; 8 spans a trace at n=6000: 4 at n=3000, in proportion
        check_family_pauses(setting, t, SPANS, min_count=4, n=N)
        modes.add(run.share == 1.0)
        for a, b, kind in run.pauses_t:
            i0, i1 = int(np.ceil((a + run.P + 3 * h21._W) / run.dt)), min(int(b // run.dt), N)
            inner = t.healthy[i0:i1]
            if kind == "restart" or run.share == 1.0:
                assert (inner == 0).all(), (t.seed, a, b, kind)
            elif kind == "eval":
                assert (inner > 0).all(), (t.seed, a, b, kind)
    assert modes == {True, False}


def test_events_placement(traces):
    # every kind in each regressed trace: checked on the full "long" set (at n=3000 a trace may miss one)
    check_event_placement(traces[1], 3, 4, first=N // 10, n=N)  # the slots start at n // 10


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    check_depths_visible(traces[1])


def test_docstring_counts_table_long():
    listed, gpus, actors, batch = CHANGES_LONG
    line = f"long {listed} ({gpus} GPU-count changes, {actors} fleet resizes, {batch} batch steps)"
    check_counts_and_changes(("long", _full_long()), h21.__doc__, listed, line)


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    """A listed change is the first point after a pause span, lies in no event, and the healthy level really moves
    there (5 % or more, medians over up to 300 live points on each side, the first 100 after it left out)."""
    check_changes_move_the_level(traces[1], n=N, min_checked=2)  # 8 over 12 traces at n=6000: a sixth of the points


def test_changes_are_the_planned_ones():
    """Each listed change follows a restart onto another GPU count, or an evaluation after which the actor fleet
    was resized or the batch doubled, and moves the noise-free rate by 10 % or more on the level mix after it;
    restarts onto as many GPUs (another node: level changes the monitor is not told of) are not listed (on the
    short sample and the full long set's runs: in two long runs at n=3000 one evaluation both resizes the fleet and
    steps the batch, a single listed change)."""
    def check_change(run, kind, a, b):
        assert (a.G != b.G, a.A != b.A, a.B != b.B) == (kind == "gpus", kind == "actors", kind == "batch")
        t, dt = b.t0, run.dt
        new = h21._level(run.job, run.env, b.G, b.B, b.A, t + 100 * dt, t + 400 * dt)
        old = h21._level(run.job, run.env, a.G, a.B, a.A, t + 100 * dt, t + 400 * dt)
        assert abs(np.log(new / old)) >= h21._MIN_MOVE, (kind, new / old)

    check_planned_changes(_builds("short") + _full_long_builds(), check_change)


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
    times that are not listed changes (over the samples and the full long set's runs, built anyway: more points than
    the 12 short runs before; learner-bound runs too, at least 3 as before)."""
    moves, actor_bound = [], 0
    runs = builds + _full_long_builds()
    for run, h, spans, live, changes in runs:
        on = run.train > 0
        actor_bound += np.mean(run.fill[on] > (np.maximum(run.inp, run.gpu) + run.fix)[on]) > 0.5
        moves += [abs(m) for _, _, m in run.stages]
    moves = np.array(moves)
    assert len(moves) > 50 and np.mean(moves > 0.05) > 0.3
    assert 3 <= actor_bound <= len(runs) - 3  # learner-bound runs too (9 of the 12 before)


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout21, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    check_family_bad_arguments(make_heldout21, 212000)
