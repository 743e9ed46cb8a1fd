"""The sixty-first held-out trace family (an OpenFold-style protein-structure model's training crops/s on an
on-premises cluster, each node's counter file read by a Checkmk local check that computes the rate, stored by the CMC
in RRD files and summed per minute by a recorder): generator checks only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes, its pause spans, every kind placed and its row of the docstring's counts table,
changes line and run counts (the "short" row, changes line and run counts were measured on the full sets, and are not
re-measured here)."""

import re

import numpy as np
import pytest

import anomaly.heldout61 as h61
import tests.trace_checks as tc
from anomaly.heldout60 import HELDOUT60_SEEDS
from anomaly.heldout61 import HELDOUT61_SEEDS, heldout61_set, make_heldout61
from anomaly.traces import Event

# validations (with checkpoints), crop-phase relaunches and node-failure restarts
SPANS = {"short": (1, 20), "long": (1, 130)}

N = 3000
SEEDS = HELDOUT61_SEEDS[:4]

shared = tc.shared_builds(h61)  # the sets and the tests build each run once

PINNED_EVENTS = [Event("leak", 501, 888, 1134, 0.2313), Event("straggler", 1490, 1490, 1580, 0.1799),
                 Event("drop", 2269, 2269, 2879, 0.2694)]
PINNED_SUM = 11957.616416447772
PINNED_PAUSES = [(55, 63), (111, 118), (189, 197)]
PINNED_CHANGES = [309, 1585, 2246]


_set, traces, _full_long = tc.cheap_sets(heldout61_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h61._build(seed, N, setting) for seed in SEEDS]


def _full_long_runs() -> list:
    ts = _full_long()  # builds the runs (memoised): the calls below reuse them
    return [h61._build(seed, 6000, "long")[0] for seed in HELDOUT61_SEEDS], ts


def test_seed_range_is_its_own():
    assert HELDOUT61_SEEDS == tuple(range(612000, 612012))
    assert not set(HELDOUT61_SEEDS) & set(HELDOUT60_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout61, 612004, 612005, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout61(612000, n=2000, setting="long"), make_heldout61(612000, n=2000, pauses="long"))


def test_full_set_shapes_and_pause_spans():
    tc.check_trace_arrays(_full_long(), HELDOUT61_SEEDS)
    for t in _full_long():  # each long trace's spans at n=6000, as before
        tc.check_family_pauses("long", t, SPANS, min_count=12, starts_paused=False)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_aligned_minutes(traces):
    tc.check_aligned_steps(traces[1], (60.0,))


def test_pause_spans(traces):
    setting, ts = traces
    for t in ts:  # 12 spans a trace at n=6000: 6 at n=3000, in proportion
        tc.check_family_pauses(setting, t, SPANS, min_count=6, n=N)


def test_no_step_is_run_in_a_pause_and_its_minutes_are_paused():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b, kind in run.pauses_t:
                assert not run.c[int(np.ceil(a)):int(b)].any(), (a, b, kind)
                j = np.arange(run.n)
                assert not live[(60.0 * j + 60 > a) & (60.0 * j < b)].any(), (a, b, kind)


def test_script_skips_the_first_run_and_a_counter_that_goes_down():
    run, h, spans, live, changes = _builds("short")[0]
    P = h61._executed(run, [])
    for k in range(len(run.hosts)):
        u, r = h61._updates(run, P, k)
        assert (r >= 0).all() and (np.diff(u) > 0).all()
        t = run.checks[k][run.checks[k] >= run.hosts[k].joins[0][0]]
        assert len(u) < len(t)  # the first run after the trainer's start only stores the count
    assert run.fails  # a resume rolls the counter back: that run prints no metric
    t_f, t_ck, b = run.fails[0]
    assert h61._counter(run, P, np.array([b + 1.0]))[0] < h61._counter(run, P, np.array([t_f]))[0]


def test_collection_reads_what_the_nodes_counted():
    from dataclasses import replace

    run, h, spans, live, changes = _builds("short")[1]
    quiet = h61._series(replace(run, L=1e9), [])  # a recorder that waits for every update: nothing read as null
    assert (quiet >= h - 1e-9).all()
    assert 0 < 60 * quiet.sum() <= 8 * run.stats["nodes"] * run.c.sum() * 1.001


def test_docstring_counts_table_long():
    runs, ts = _full_long_runs()
    crop = sum(k == "crop" for r in runs for k in r.known_kind)
    listed = sum(len(t.changes) for t in ts)
    line = f"long {listed} ({crop} crop-phase relaunches, {listed - crop} world-size changes)"
    tc.check_counts_and_changes(("long", ts), h61.__doc__, listed, line)


def test_events_placement(traces):
    tc.check_event_placement(traces[1], 3, 4, first=N // 10, n=N)  # the slots start at n // 10


def test_events_placement_every_kind_full_long():
    """Every kind in each regressed trace, checked at n=6000 (at n=3000 a slot's kind may give way to another)."""
    tc.check_every_kind_placed(_full_long(), first=600)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=4)


def test_weights():
    rng = np.random.default_rng(0)
    w = h61._weight(rng, "leak", 5000, 3000)
    assert w[0] == 0 and (np.diff(w[:3000]) >= 0).all() and np.allclose(w[3000:], 1)
    w = h61._weight(rng, "straggler", 20000, 0)
    assert len(np.unique(w)) == 2 and w.max() == 1.0 and w.min() <= 0.25 and (w == 1).mean() > 0.05
    w = h61._weight(rng, "drop", 3000, 0)
    assert 0.6 <= w[0] <= 1 and (np.diff(w) >= 0).all() and w[-1] == 1.0


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout61, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout61, 612000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout61(612000, n_events=9)


def test_docstring_run_counts_long():
    """The long runs' counts (the second of each pair; the short ones, the first, are not re-measured here)."""
    doc = " ".join(h61.__doc__.split())
    b = {k: sum(r.stats[k] for r in _full_long_runs()[0]) for k in ("validations", "failures", "spares", "switches")}
    assert f" and {b['validations']} validations" in doc
    assert re.search(rf"\S+ and {b['failures']} node failures, of which \S+ and {b['spares']} took a spare", doc)
    assert f" and {b['switches']} crop-phase relaunches" in doc
