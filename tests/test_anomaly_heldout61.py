"""The sixty-first held-out trace family (an OpenFold-style protein-structure model's training crops/s on an
on-premises cluster, each node's counter file read by a Checkmk local check that computes the rate, stored by the CMC
in RRD files and summed per minute by a recorder): generator checks only (no detector runs here)."""

from functools import lru_cache

import numpy as np
import pytest

import anomaly.heldout61 as h61
import tests.trace_checks as tc
from anomaly.heldout60 import HELDOUT60_SEEDS
from anomaly.heldout61 import HELDOUT61_SEEDS, heldout61_set, make_heldout61
from anomaly.traces import Event

# validations (with checkpoints), crop-phase relaunches and node-failure restarts
SPANS = {"short": (1, 20), "long": (1, 130)}

traces = tc.traces_fixture(heldout61_set)
shared = tc.shared_builds(h61)  # the set and the tests build each run once

PINNED_EVENTS = [Event("leak", 501, 888, 1134, 0.2313), Event("straggler", 1490, 1490, 1580, 0.1799),
                 Event("drop", 2269, 2269, 2879, 0.2694)]
PINNED_SUM = 11957.616416447772
PINNED_PAUSES = [(55, 63), (111, 118), (189, 197)]
PINNED_CHANGES = [309, 1585, 2246]


@lru_cache(maxsize=2)
def _builds(setting: str) -> list:
    return [h61._build(seed, 6000, setting) for seed in HELDOUT61_SEEDS]


def test_seed_range_is_its_own():
    assert HELDOUT61_SEEDS == tuple(range(612000, 612012))
    assert not set(HELDOUT61_SEEDS) & set(HELDOUT60_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout61, 612004, 612005, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout61(612000, n=2000, setting="long"), make_heldout61(612000, n=2000, pauses="long"))


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], HELDOUT61_SEEDS)


def test_timestamps_are_the_aligned_minutes(traces):
    tc.check_aligned_steps(traces[1], (60.0,))


def test_pause_spans(traces):
    setting, ts = traces
    for t in ts:
        tc.check_family_pauses(setting, t, SPANS, min_count=12, starts_paused=False)


def test_no_step_is_run_in_a_pause_and_its_minutes_are_paused():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting)[:4]:
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


def test_docstring_counts_table(traces):
    setting = traces[0]
    runs = [b[0] for b in _builds(setting)]
    crop = sum(k == "crop" for r in runs for k in r.known_kind)
    listed = sum(len(b[4]) for b in _builds(setting))
    line = f"{setting} {listed} ({crop} crop-phase relaunches, {listed - crop} world-size changes)"
    tc.check_counts_and_changes(traces, h61.__doc__, listed, line)


def test_events_placement(traces):
    tc.check_every_kind_placed(traces[1], first=600)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], min_checked=4)


def test_weights():
    rng = np.random.default_rng(0)
    w = h61._weight(rng, "leak", 5000, 3000)
    assert w[0] == 0 and (np.diff(w[:3000]) >= 0).all() and np.allclose(w[3000:], 1)
    w = h61._weight(rng, "straggler", 20000, 0)
    assert len(np.unique(w)) == 2 and w.max() == 1.0 and w.min() <= 0.25 and (w == 1).mean() > 0.05
    w = h61._weight(rng, "drop", 3000, 0)
    assert 0.6 <= w[0] <= 1 and (np.diff(w) >= 0).all() and w[-1] == 1.0


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout61, HELDOUT61_SEEDS[:2], changes=True, n=6000)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout61, 612000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout61(612000, n_events=9)


def test_docstring_run_counts():
    doc = " ".join(h61.__doc__.split())
    a, b = [{k: sum(r[0].stats[k] for r in _builds(s)) for k in ("validations", "failures", "spares", "switches")}
            for s in ("short", "long")]
    assert f"{a['validations']} and {b['validations']} validations" in doc
    assert f"{a['failures']} and {b['failures']} node failures, of which {a['spares']} and {b['spares']}" in doc
    assert f"{a['switches']} and {b['switches']} crop-phase relaunches" in doc
