"""The forty-fourth held-out trace family (a volumetric segmentation network's training patches/s: a per-rank
Prometheus counter, a per-cluster Prometheus, a global one pulling ``/federate`` and a recording rule
``sum(rate(...[5m]))`` evaluated every minute): generator checks only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes and its row of the docstring's counts table, changes line and run counts (the
"short" row, changes line and run counts were measured on the full sets, and are not re-measured here)."""

import re

import numpy as np
import pytest

import anomaly.heldout44 as h44
import tests.trace_checks as tc
from anomaly.heldout43 import HELDOUT43_SEEDS
from anomaly.heldout44 import HELDOUT44_SEEDS, heldout44_set, make_heldout44
from anomaly.traces import Event

SPANS = {"short": (5, 21), "long": (28, 104)}

N = 3000
SEEDS = HELDOUT44_SEEDS[:4]

shared = tc.shared_builds(h44)  # the sets and the tests build each run once


_set, traces, _full_long = tc.cheap_sets(heldout44_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h44._build(seed, N, setting) for seed in SEEDS]


def _full_long_runs() -> list:
    ts = _full_long()  # builds the runs (memoised): the calls below reuse them
    return [h44._build(seed, 6000, "long")[0] for seed in HELDOUT44_SEEDS], ts


def _run(rate, n=20, I=15.0, phi=30.0, nodes=1, lives=None):
    """A hand-made run: ``rate`` patches/s per second, one process per life (``(start, end, nodes, hosts)``)."""
    rate = np.concatenate([np.full(int(h44._WARM), rate[0]), np.asarray(rate, float)])
    T = len(rate)
    lives = lives or [(0.0, np.inf, nodes, tuple(range(nodes)))]
    run = h44._Run(n=n, T=T, rate=rate, nodes=np.full(T, float(nodes)), pauses_t=[], spans=[], lives=lives,
                   change_kind=[], change_at=[], I=I, phi=phi)
    run.labels = sorted({(h, r) for *_, hosts in lives for h in hosts for r in range(h44._GPUS)})
    run.offs = np.zeros(len(run.labels))
    run.scrape_ok = np.ones((len(run.labels), int(T / I) + 6), bool)
    run.pull_ok = np.ones(int(T / 60) + 2, bool)
    return run


def test_seed_range_is_its_own():
    assert HELDOUT44_SEEDS == tuple(range(442000, 442012))
    assert not set(HELDOUT44_SEEDS) & set(HELDOUT43_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    events = [Event("drop", 367, 367, 1139, 0.1085), Event("straggler", 1629, 1629, 2039, 0.2883),
              Event("leak", 2268, 2602, 2939, 0.1294)]
    tc.check_pinned(make_heldout44, 442004, 442005, events, 51414.33169016725, [(232, 242), (517, 525), (862, 877)],
                    changes=[])


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout44(442000, n=2000, setting="long"), make_heldout44(442000, n=2000, pauses="long"))


def test_full_set_shapes_and_pause_spans():
    tc.check_trace_arrays(_full_long(), HELDOUT44_SEEDS)
    for t in _full_long():  # each long trace's spans at n=6000, as before
        tc.check_family_pauses("long", t, SPANS, min_count=12, starts_paused=False)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_rule_evaluations(traces):
    tc.check_aligned_steps(traces[1], (60.0,))


def test_pause_spans(traces):
    setting, ts = traces
    for t in ts:  # 12 spans a trace at n=6000: 6 at n=3000, in proportion
        tc.check_family_pauses(setting, t, SPANS, min_count=6, n=N)


def test_span_is_every_evaluation_whose_range_holds_paused_seconds():
    """A pause ``(a, b)`` touches exactly the evaluations ``T`` with ``T > a`` and ``T - 300 < b``; the
    rate is positive at every live point but those whose range holds a restart of the per-cluster server (no
    scrapes, no pulls: under two samples read as 0), and 0 inside a long stop of the job."""
    checked = zeros = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            Te = run.t_first + 60.0 * np.arange(run.n)
            touched = np.zeros(run.n, bool)
            for (s, e), (a, b, k) in zip(spans, run.pauses_t):
                hit = (Te > a) & (Te - 300 < b)
                assert np.array_equal(np.nonzero(hit)[0], np.arange(s, e)), (s, e)
                touched |= hit
                checked += 1
                j = int(np.searchsorted(Te - 300, a + 1))  # the old series' samples have left the range
                if k in ("requeue", "switch") and Te[min(j, run.n - 1)] < b - 1:
                    assert h[j] == 0, (s, e, j)
                    zeros += 1
            assert np.array_equal(touched, ~live)
            out = np.zeros(run.n, bool)
            for t0, t1 in run.outages:
                out |= (Te > t0) & (Te - 360 < t1)
            assert (h[live & ~out] > 0).all()
    # > 400 and 3 over the full sets' 24 runs at n=6000: a sixth of the points here (8 runs at n=3000), in proportion
    assert checked > 66 and zeros >= 1


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
    patch = sum(k == "patch" for r in runs for k in r.change_kind)
    listed = sum(len(r.changes) for r in runs)
    line = f"long {listed} ({patch} patch-size switches, {listed - patch} node-count changes)"
    tc.check_counts_and_changes(("long", ts), h44.__doc__, listed, line)


def test_docstring_run_counts_long():
    """The long runs' counts (the second of each pair; the short ones, the first, are not re-measured here)."""
    doc = " ".join(h44.__doc__.split())
    runs = _full_long_runs()[0]

    def said(text):  # ``{short} and {long}...``: the short number any
        assert re.search(text.replace("{s}", r"\S+"), doc), text

    intervals = "/".join(str(sum(r.I == v for r in runs)) for v in (15.0, 30.0))
    said(rf"scrape intervals of 15, 30 s in {{s}} and {intervals}\b")
    b = {k: sum(r.stats[k] for r in runs) for k in ("requeues", "outages", "pull_fail", "scrape_fail", "series")}
    said(rf"{{s}} and {b['requeues']} requeues")
    said(rf"{{s}} and {b['series']} series")
    said(rf"{{s}} and {b['pull_fail']} failed pulls")
    said(rf"{{s}} and {b['outages']} restarts of the per-cluster server")
    said(rf"{{s}} and {b['scrape_fail']} failed scrapes")


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    # 4 checked in the full set (12 traces at n=6000): 1 in a sixth of it (4 traces at n=3000), in proportion
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=1)


def test_changes_follow_requeues_onto_other_node_counts_and_the_patch_switch():
    unlisted = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = {e: k for (s, e), (a, b, k) in zip(spans, run.pauses_t)}
            assert all(ends[c] in ("requeue", "switch") for c in changes)
            assert set(run.change_kind) <= {"patch", "nodes"} and sum(k == "patch" for k in run.change_kind) <= 1
            for (ls, le, nd, hosts), nxt in zip(run.lives, run.lives[1:]):
                kind = next(k for a, b, k in run.pauses_t if a == le)
                e = next(e for (s, e), (a, b, k) in zip(spans, run.pauses_t) if a == le)
                listed = kind == "switch" or nxt[2] != nd
                assert (e in changes) == (listed and e < run.n)
                unlisted += not listed
                assert (run.nodes[int(le) + 1:int(nxt[0])] == 0).all()
    assert unlisted >= 1  # 3 over the full sets' 24 runs at n=6000: a sixth of the points here, in proportion


def test_rule_reads_a_steady_counter_exactly():
    run = _run(np.full(1500, 8.0))  # 2 patches a second a rank, 4 ranks
    v = h44._rule(run, *h44._global_samples(run), 0, 20)
    assert np.allclose(v, 8.0, rtol=0.02)


def test_rule_counts_a_restart_as_a_counter_reset_and_a_new_series_apart():
    rate = np.full(2000, 8.0)
    rate[700:760] = 0
    a, b = h44._WARM + 700, h44._WARM + 760
    same = _run(rate, n=30, lives=[(0.0, a, 1, (0,)), (b - 50, np.inf, 1, (0,))])
    other = _run(rate, n=30, lives=[(0.0, a, 1, (0,)), (b - 50, np.inf, 1, (1,))])
    vs = h44._rule(same, *h44._global_samples(same), 0, 30)
    vo = h44._rule(other, *h44._global_samples(other), 0, 30)
    assert (vs > 0).all() and (vo > 0).all()
    assert not np.array_equal(vs, vo)  # the old series lingers apart in the other case
    assert np.allclose(vs[-3:], 8.0, rtol=0.05) and np.allclose(vo[-3:], 8.0, rtol=0.05)


def test_a_failed_pull_or_a_stale_series_only_touches_its_windows():
    run = _run(np.full(2500, 8.0), n=40)
    base = h44._rule(run, *h44._global_samples(run), 0, 40)
    run.pull_ok[70:72] = False  # pulls at 4230 s and 4290 s
    assert run.phi + 60 * 70 == 4230
    v = h44._rule(run, *h44._global_samples(run), 0, 40)
    Te = run.t_first + 60 * np.arange(40)
    near = (Te > 4230) & (Te - 300 < 4290 + 60)
    assert np.array_equal(v[~near], base[~near]) and not np.array_equal(v[near], base[near])


def test_weights():
    rng = np.random.default_rng(0)
    x = np.arange(5000.0)
    w = h44._weight(rng, "leak", x, 3000.0)
    assert w[0] == 0 and (np.diff(w[:3000]) >= 0).all() and np.allclose(w[3000:], 1)
    assert set(np.unique(h44._weight(rng, "straggler", x, 0))) == {0.1, 1.0}
    w = h44._weight(rng, "drop", x, 0)
    assert w[0] == 0 and (w[60:] == 1).all() and (np.diff(w) >= 0).all()


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout44, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout44, 442000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout44(442000, n_events=9)
