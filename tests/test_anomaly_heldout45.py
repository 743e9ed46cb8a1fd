"""The forty-fifth held-out trace family (a vision-language model's fine-tuning samples/s: each node's trainer posts
its samples to the local AppDynamics Machine Agent's HTTP listener, SUM a minute, COLLECTIVE over the tier, read back
per minute through the Controller's metric-data REST API): generator checks only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes and its row of the docstring's counts table and run counts (the "short" row,
the short changes and the short run counts were measured on the full sets, and are not re-measured here)."""

import copy

import numpy as np
import pytest

import anomaly.heldout45 as h45
import tests.trace_checks as tc
from anomaly.heldout44 import HELDOUT44_SEEDS
from anomaly.heldout45 import HELDOUT45_SEEDS, heldout45_set, make_heldout45
from anomaly.traces import Event

SPANS = {"short": (5, 20), "long": (30, 100)}

N = 3000
SEEDS = HELDOUT45_SEEDS[:4]

shared = tc.shared_builds(h45)  # the sets and the tests build each run once

PINNED_EVENTS = [Event("leak", 686, 989, 1141, 0.1586), Event("straggler", 1303, 1303, 1561, 0.2385),
                 Event("drop", 2344, 2344, 3000, 0.2645)]
PINNED_SUM = 379590.5166666667
PINNED_PAUSES = [(160, 170), (431, 437), (492, 505)]
PINNED_CHANGES = [505]


_set, traces, _full_long = tc.cheap_sets(heldout45_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h45._build(seed, N, setting) for seed in SEEDS]


def test_seed_range_is_its_own():
    assert HELDOUT45_SEEDS == tuple(range(452000, 452012))
    assert not set(HELDOUT45_SEEDS) & set(HELDOUT44_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout45, 452004, 452005, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout45(452000, n=2000, setting="long"), make_heldout45(452000, n=2000, pauses="long"))


def test_full_set_shapes_and_pause_spans():
    tc.check_trace_arrays(_full_long(), HELDOUT45_SEEDS)
    for t in _full_long():  # each long trace's spans at n=6000, as before
        tc.check_family_pauses("long", t, SPANS, min_count=12, starts_paused=False)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_controller_minutes(traces):
    tc.check_aligned_steps(traces[1], (60.0,))


def test_pause_spans(traces):
    setting, ts = traces
    for t in ts:
        tc.check_family_pauses(setting, t, SPANS, min_count=12, n=N)


def test_span_holds_every_minute_whose_posts_carry_paused_seconds():
    """A pause ``(a, b)`` spans the minutes from the one holding ``a`` to the one holding ``b + P`` (the last post
    that can carry pre-resume samples); the job trains no step inside it."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b, kind in run.pauses_t:
                s, e = int((a - run.t_s) // 60), int(np.ceil((b + run.P + 2 - run.t_s) / 60))
                if s < run.n:
                    assert not live[s:min(e, run.n)].any(), (s, e)
                assert run.k[int(np.ceil(a)):int(b)].sum() == 0


def test_events_placement(traces):
    tc.check_event_placement(traces[1], 3, 4, first=N // 10, n=N)  # the slots start at n // 10


def test_events_placement_every_kind_full_long():
    """Every kind in each regressed trace holds at n=6000 (at n=3000 a slot's kind may give way to another)."""
    tc.check_every_kind_placed(_full_long(), first=600)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def _full_long_runs() -> list:
    ts = _full_long()  # builds the runs (memoised): the calls below reuse them
    return [h45._build(seed, 6000, "long")[0] for seed in HELDOUT45_SEEDS], ts


def test_docstring_counts_table_long():
    runs, ts = _full_long_runs()
    stage = sum(k == "stage" for r in runs for k in r.change_kind)
    listed = sum(len(t.changes) for t in ts)
    line = f"long {listed} ({stage} stage switches, {listed - stage} node-count changes)"
    tc.check_counts_and_changes(("long", ts), h45.__doc__, listed, line)


def test_docstring_run_counts_long():
    doc = " ".join(h45.__doc__.split())
    runs = _full_long_runs()[0]
    intervals = "/".join(str(sum(r.P == v for r in runs)) for v in (5, 10, 15))
    assert "post intervals of 5, 10, 15 s in " in doc and f" and {intervals}; " in doc
    b = {k: sum(r.stats[k] for r in runs) for k in ("requeues", "late", "lost", "agent_restarts", "zero_points")}
    assert f" and {b['requeues']} requeues" in doc
    assert f" and {b['late']} late uploads" in doc
    assert f" and {b['lost']} lost uploads" in doc
    assert f" and {b['agent_restarts']} Machine Agent restarts" in doc
    assert f" and {b['zero_points']} points read as 0" in doc


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=4)


def test_changes_follow_the_stage_switch_and_requeues_onto_other_node_counts():
    unlisted = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            assert len(changes) == len(run.change_t) and sum(k == "stage" for k in run.change_kind) <= 1
            for prev, nxt in zip(run.lives, run.lives[1:]):
                a, b, kind = next(p for p in run.pauses_t if p[0] == prev[2])
                listed = kind == "switch" or nxt[3] != prev[3]
                assert (b in run.change_t) == listed
                assert nxt[5] == (2 if kind == "switch" else prev[5])
                unlisted += not listed
    assert unlisted >= 3


def test_a_late_upload_only_drops_its_own_minute():
    # a copy: the test changes the run, and the module's runs are shared (tc.shared_builds)
    run, h, spans, live, changes = copy.deepcopy(h45._build(452001, 2000, "short"))
    host = next(iter(run.post))
    m = run.t_s // 60 + int(np.nonzero(live & (h > 0))[0][50])
    run.ok[host] = run.ok[host].copy()
    was = run.ok[host][m]
    run.ok[host][m] = False
    v = h45._values(run)
    diff = np.nonzero(v != h)[0]
    assert (not was and len(diff) == 0) or (list(diff) == [m - run.t_s // 60] and v[diff[0]] < h[diff[0]])


def test_values_are_whole_samples_a_minute():
    for run, h, spans, live, changes in _builds("short")[:3]:
        assert np.allclose(h * 60, np.rint(h * 60))


def test_weights():
    rng = np.random.default_rng(0)
    x = np.arange(5000.0)
    w = h45._weight(rng, "leak", x, 3000.0)
    assert w[0] == 0 and (np.diff(w[:3000]) >= 0).all() and np.allclose(w[3000:], 1)
    w = h45._weight(rng, "straggler", x, 0)
    assert w.min() == 0.05 and w.max() <= 1 and (w >= 0.5).mean() > 0.05
    w = h45._weight(rng, "drop", x, 0)
    assert w[0] == 0 and (w[40:] == 1).all() and (np.diff(w) >= 0).all()


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout45, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout45, 452000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout45(452000, n_events=9)
