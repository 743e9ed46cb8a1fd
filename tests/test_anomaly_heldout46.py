"""The forty-sixth held-out trace family (a TabPFN-style tabular foundation model's prior-fitting datasets/s: each
node's StatsD counter flushed by the local Instana host agent, rolled up by Instana and read back per minute through
its infrastructure metrics REST API, summed over the job's hosts): generator checks only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes, its row of the docstring's counts table and its changes and run counts (the
"short" row, changes line and run counts were measured on the full sets, and are not re-measured here)."""

import copy

import numpy as np
import pytest

import anomaly.heldout46 as h46
import tests.trace_checks as tc
from anomaly.heldout45 import HELDOUT45_SEEDS
from anomaly.heldout46 import HELDOUT46_SEEDS, heldout46_set, make_heldout46
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT46_SEEDS[:4]
SPANS = {"short": (5, 20), "long": (30, 100)}

shared = tc.shared_builds(h46)  # the sets and the tests build each run once

PINNED_EVENTS = [Event("drop", 525, 525, 769, 0.1074), Event("straggler", 1181, 1181, 1543, 0.1742),
                 Event("leak", 1668, 1962, 2219, 0.2078), Event("leak", 2505, 2674, 2941, 0.2559)]
PINNED_SUM = 178130.29333333333
PINNED_PAUSES = [(117, 124), (260, 270), (522, 533)]
PINNED_CHANGES = [788]


_set, traces, _full_long = tc.cheap_sets(heldout46_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h46._build(seed, N, setting) for seed in SEEDS]


def _full_long_builds() -> list:
    _full_long()
    return [h46._build(seed, 6000, "long") for seed in HELDOUT46_SEEDS]  # memoised: the set's own runs


def test_seed_range_is_its_own():
    assert HELDOUT46_SEEDS == tuple(range(462000, 462012))
    assert not set(HELDOUT46_SEEDS) & set(HELDOUT45_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout46, 462004, 462005, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout46(462000, n=2000, setting="long"), make_heldout46(462000, n=2000, pauses="long"))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT46_SEEDS)
    tc.check_every_kind_placed(ts, first=600)
    for t in ts:
        tc.check_family_pauses("long", t, SPANS, min_count=12, starts_paused=False)
    builds = _full_long_builds()
    stage = sum(k == "stage" for b in builds for k in b[0].change_kind)
    listed = sum(len(b[4]) for b in builds)
    line = f"long {listed} ({stage} curriculum switches, {listed - stage} node-count changes)"
    tc.check_counts_and_changes(("long", ts), h46.__doc__, listed, line)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_poller_minutes(traces):
    tc.check_aligned_steps(traces[1], (60.0,))


def test_pause_spans(traces):
    setting, ts = traces
    for t in ts:
        # the full traces' 12 spans or more, halved for half the points
        assert len(t.pauses) >= 6 and t.pauses[0][0] > 0, t.seed
        tc.check_pause_spans(t, *SPANS[setting], n=N, apart=True)
    if setting == "long":  # each full long trace has one: checked on the full set
        assert any(e - s > 60 for t in ts for s, e in t.pauses)


def test_span_holds_every_minute_that_reads_a_paused_second():
    """No step ends inside a pause, and every point whose flushes cover a paused second lies in a span."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting)[:4]:
            for a, b, kind in run.pauses_t:
                assert run.k[int(np.ceil(a)):int(b)].sum() == 0
                s, e = int((a - run.TS) // 60), int((b - run.TS) // 60) + 1
                if 0 <= s < run.n:
                    assert not live[s:min(e, run.n)].any(), (s, e)


def test_events_placement(traces):
    # every kind in each regressed trace: checked on the full "long" set (at n=3000 a trace may miss one)
    tc.check_event_placement(traces[1], 3, 4, first=N // 10, n=N)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_docstring_run_counts_long():
    doc = " ".join(h46.__doc__.split())
    runs = [b[0] for b in _full_long_builds()]
    flush = "/".join(str(sum(r.F == v for r in runs)) for v in (5, 10, 20))
    assert f" and {flush}; " in doc and "flush intervals of 5, 10, 20 s in " in doc
    b = {k: sum(r.stats[k] for r in runs) for k in ("requeues", "agent_restarts", "lags", "outages", "backfill300")}
    assert f" and {b['requeues']} requeues" in doc
    assert f" and {b['agent_restarts']} agent restarts" in doc
    assert f" and {b['lags']} ingest lags" in doc
    assert f" and {b['outages']} poller outages (" in doc and f" and {b['backfill300']} backfilled" in doc


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=2)  # 4 on the full sets


def test_changes_follow_the_switch_and_requeues_onto_other_node_counts():
    unlisted = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            assert len(changes) == len(run.change_t) and sum(k == "stage" for k in run.change_kind) <= 1
            for prev, nxt in zip(run.lives, run.lives[1:]):
                a, b, kind = next(p for p in run.pauses_t if p[0] == prev[1])
                listed = kind == "switch" or nxt[2] != prev[2]
                assert (b in run.change_t) == listed or b >= run.TS + 60 * run.n
                assert nxt[4] == (2 if kind == "switch" else prev[4])
                unlisted += not listed
    assert unlisted >= 3


def test_a_late_flush_only_lowers_its_own_minute_by_a_little():
    # a copy: the test changes the run, and the module's runs are shared (tc.shared_builds)
    run, h, spans, live, changes = copy.deepcopy(h46._build(462001, 2000, "short"))
    run.coll = dict(run.coll)
    host = int(np.nonzero(run.host_on[:, run.TS + 600])[0][0])
    j = (run.TS + 600 - run.coll["phase"][host]) // run.F
    run.coll["late"] = run.coll["late"].copy()
    run.coll["late"][host, j] = True
    run.coll["delay"] = run.coll["delay"].copy()
    run.coll["delay"][host, j] = 300.0
    v = h46._values(run)
    diff = np.nonzero(v != h)[0]
    assert len(diff) <= 1 and all(abs(v[i] / h[i] - 1) < 0.1 for i in diff)


def test_weights():
    rng = np.random.default_rng(0)
    x = np.arange(5000.0)
    w = h46._weight(rng, "leak", x, 3000.0)
    assert w[0] == 0 and (np.diff(w[:3000]) >= 0).all() and np.allclose(w[3000:], 1)
    w = h46._weight(rng, "straggler", x, 0)
    assert w.min() == 0.1 and w.max() <= 1 and (w >= 0.6).mean() > 0.05
    w = h46._weight(rng, "drop", x, 0)
    assert w[0] == 0 and (w[90:] == 1).all() and (np.diff(w) >= 0).all()


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout46, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout46, 462000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout46(462000, n_events=9)
