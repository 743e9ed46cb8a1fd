"""The forty-third held-out trace family (a weather model's training samples/s: one libhoney event per rank and step,
sampled 1 in ``S``, read back as Honeycomb's ``SUM(samples)`` per 30- or 60-s granularity bucket over its seconds):
generator checks only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes and its row of the docstring's counts table, changes line and run counts (the
"short" row, changes line and run counts were measured on the full sets, and are not re-measured here)."""

import re

import numpy as np
import pytest

import anomaly.heldout43 as h43
import tests.trace_checks as tc
from anomaly.heldout42 import HELDOUT42_SEEDS
from anomaly.heldout43 import HELDOUT43_SEEDS, heldout43_set, make_heldout43
from anomaly.traces import Event

SPANS = {"short": (5, 21), "long": (28, 104)}

N = 3000
SEEDS = HELDOUT43_SEEDS[:4]

shared = tc.shared_builds(h43)  # the sets and the tests build each run once


_set, traces, _full_long = tc.cheap_sets(heldout43_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h43._build(seed, N, setting) for seed in SEEDS]


def _full_long_runs() -> list:
    ts = _full_long()  # builds the runs (memoised): the calls below reuse them
    return [h43._build(seed, 6000, "long")[0] for seed in HELDOUT43_SEEDS], ts


def _run(rate, nodes=2, G=10, n=6, sampler="fixed", S=1, goal=1.0, z=None, ok=None):
    """A hand-made run of ``n`` buckets of ``G`` s."""
    rate = np.asarray(rate, float)
    T = len(rate)
    z = np.zeros((8, T)) if z is None else z
    ok = np.ones((8, T), bool) if ok is None else ok
    return h43._Run(n=n, G=G, Q=10.0, rate=rate, nodes=np.full(T, float(nodes)), sampler=sampler, S=S, goal=goal,
                    z=z, ok=ok)


def test_seed_range_is_its_own():
    assert HELDOUT43_SEEDS == tuple(range(432000, 432012))
    assert not set(HELDOUT43_SEEDS) & set(HELDOUT42_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    events = [Event("straggler", 604, 604, 890, 0.2459), Event("leak", 979, 1358, 1610, 0.2876),
              Event("drop", 2206, 2206, 2285, 0.2355), Event("drop", 2718, 2718, 2960, 0.2408)]
    tc.check_pinned(make_heldout43, 432004, 432005, events, 65329.21398638825, [(254, 266), (438, 446), (591, 611)],
                    changes=[1691, 2697])


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout43(432000, n=2000, setting="long"), make_heldout43(432000, n=2000, pauses="long"))


def test_full_set_shapes_and_pause_spans():
    tc.check_trace_arrays(_full_long(), HELDOUT43_SEEDS)
    for t in _full_long():  # each long trace's spans at n=6000, as before
        tc.check_family_pauses("long", t, SPANS, min_count=12, starts_paused=False)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_granularity_buckets(traces):
    tc.check_aligned_steps(traces[1], (30.0, 60.0))


def test_pause_spans(traces):
    """The trace starts in training; every pause span lies in the setting's range, with live points between."""
    setting, ts = traces
    for t in ts:  # 12 spans a trace at n=6000: 6 at n=3000, in proportion
        tc.check_family_pauses(setting, t, SPANS, min_count=6, n=N)


def test_pauses_read_zero_and_span_is_the_touched_points():
    """A pause's middle reads 0 (no training events); its span's first and last points hold training and paused
    seconds, and the points just outside it hold no other pause's."""
    checked = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for (s, e), (a, b, _) in zip(spans, run.pauses_t):
                G = run.G
                assert s == a // G and s * G < a
                if e < run.n:
                    assert (e - 1) * G < b < e * G
                    assert (h[s + 1:e - 1] == 0).all(), (s, e)
                    assert not any(a2 < e * G + G and b2 > s * G - G for a2, b2, _ in run.pauses_t if a2 != a)
                    checked += 1
    assert checked > 66  # > 400 over the full sets' 24 runs at n=6000: a sixth of that in 8 runs at n=3000


def test_events_placement(traces):
    tc.check_event_placement(traces[1], 3, 4, first=N // 10, n=N)  # the slots start at n // 10


def test_events_placement_every_kind_full_long():
    """Every kind in each regressed trace, checked at n=6000 (at n=3000 a slot's kind may give way to another)."""
    tc.check_every_kind_placed(_full_long(), first=600)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_docstring_counts_table_long():
    runs, ts = _full_long_runs()
    roll = sum(k == "rollout" for r in runs for k in r.change_kind)
    listed = sum(len(r.changes) for r in runs)
    line = f"long {listed} ({roll} rollout switches, {listed - roll} node-count changes)"
    tc.check_counts_and_changes(("long", ts), h43.__doc__, listed, line)


def test_docstring_run_counts_long():
    """The long runs' counts (the second of each pair; the short ones, the first, are not re-measured here)."""
    doc = " ".join(h43.__doc__.split())
    runs = _full_long_runs()[0]

    def count(what, vals):
        return "/".join(str(sum(getattr(r, what) == v for r in runs)) for v in vals)

    def said(text):  # ``{short} and {long}...``: the short number any
        assert re.search(text.replace("{s}", r"\S+"), doc), text

    said(rf"granularities of 30, 60 s in {{s}} and {count('G', (30, 60))}\b")
    said(rf"a fixed, dynamic sampler in {{s}} and {count('sampler', ('fixed', 'dynamic'))}\b")
    b = {k: sum(r.stats[k] for r in runs) for k in ("requeues", "events", "kept", "late", "lost", "drops")}
    said(rf"{{s}} and {b['requeues']} requeues simulated")
    said(rf"{{s}} and {b['events']} events emitted, of which {{s}} and {b['kept']} kept")
    said(rf"{{s}} and {b['late']} kept ones too late for the query")
    said(rf"{{s}} and {b['lost']} lost in {{s}} and {b['drops']} send failures")


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    # 4 checked in the full set (12 traces at n=6000): 1 in a sixth of it (4 traces at n=3000), in proportion
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=1)


def test_changes_follow_requeues_onto_other_node_counts_and_the_rollout_switch():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = {e for (s, e), (a, b, k) in zip(spans, run.pauses_t) if k in ("requeue", "switch")}
            assert set(changes) <= ends and set(run.change_kind) <= {"rollout", "nodes"}
            assert sum(k == "rollout" for k in run.change_kind) <= 1
            assert set(np.unique(run.nodes)) <= {0.0, 4.0, 6.0, 8.0}
            kind_of = dict(zip(changes, run.change_kind))
            for (s, e), (a, b, k) in zip(spans, run.pauses_t):
                if k in ("requeue", "switch") and b < len(run.rate) - 2 and e < run.n:
                    moved = run.nodes[a - 1] != run.nodes[b + 1]
                    assert moved == (kind_of.get(e) == "nodes"), (s, e, k)  # unlisted requeues keep the count
                    assert (k == "switch") == (kind_of.get(e) == "rollout")


def test_schedule_evaluations_and_stopped_job():
    """Pauses 140-320 points of training apart (a requeue 20 or more); the rate is 0 in every pause; the job is
    stopped (node count 0) only in requeues and rollout switches; under 2 % of kept events are late or lost."""
    for run, h, spans, live, changes in _builds("long"):
        for (s0, e0), (s1, e1), (*_, k1) in zip(spans, spans[1:], run.pauses_t[1:]):
            assert 19 <= s1 - e0 <= 322 and (k1 in ("requeue", "switch") or s1 - e0 >= 139), (s0, e0, s1, k1)
        for a, b, k in run.pauses_t:
            assert (run.rate[a:b] == 0).all()
            assert (run.nodes[a:b] == 0).all() == (k in ("requeue", "switch"))
        assert (run.rate[run.nodes == 0] == 0).all()
        assert run.stats["lost"] + run.stats["late"] < 0.02 * run.stats["kept"]


def test_sum_weights_kept_events_by_the_sample_rate():
    rate = np.full(60, 8.0)  # two nodes, 4 events/s each
    assert np.allclose(h43._series(_run(rate), rate), 8.0)
    z = np.zeros((8, 60))
    z[0, 15] = 1.0
    # fixed S=3: a node-second of E=4 events keeps 4/3 on average, each weighted 3: noise sd sqrt(4 * 2)
    v = h43._series(_run(rate, S=3, z=z), rate)
    assert np.allclose(v, [8, 8 + np.sqrt(8) / 10, 8, 8, 8, 8])
    ok = np.ones((8, 60), bool)
    ok[1, 40:45] = False  # node 1's events of 40-44 s arrived after the query (or were lost)
    v = h43._series(_run(rate, ok=ok), rate)
    assert np.allclose(v, [8, 8, 8, 8, 8 - 5 * 4 / 10, 8])


def test_dynamic_sample_rate_follows_the_last_window():
    rate = np.concatenate([np.full(60, 12.0), np.full(60, 3.0)])  # 6 then 1.5 events/s a node
    run = _run(rate, n=12, sampler="dynamic", goal=2.0)
    s = h43._sample_rates(run, rate)
    assert (s[:30] == 1).all() and (s[30:90] == 3).all() and (s[90:] == 1).all()  # round(0.75) = 1


def test_late_and_lost_events_only_touch_their_buckets():
    touched = 0
    for run, h, spans, live, changes in _builds("short"):
        ok = run.ok
        run.ok = np.ones_like(ok)
        full = h43._series(run, run.rate)
        run.ok = ok
        T = run.n * run.G
        near = (~ok[:, :T]).any(0).reshape(run.n, run.G).any(1)
        assert np.array_equal(h[~near], full[~near])
        assert (h[near] <= full[near] + 1e-12).all()
        touched += int((h != full).sum())
    assert touched > 10


def test_weights():
    rng = np.random.default_rng(0)
    x = np.arange(5000.0)
    w = h43._weight(rng, "leak", x, 3000.0)
    assert w[0] == 0 and (np.diff(w[:3000]) >= 0).all() and np.allclose(w[3000:], 1)
    assert set(np.unique(h43._weight(rng, "straggler", x, 0))) == {0.2, 1.0}
    w = h43._weight(rng, "drop", x, 0)
    assert w[0] == 0 and (w[40:] == 1).all() and (np.diff(w) >= 0).all()


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout43, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout43, 432000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout43(432000, n_events=9)
