"""The forty-fourth held-out trace family (a volumetric segmentation network's training patches/s: a per-rank
Prometheus counter, a per-cluster Prometheus, a global one pulling ``/federate`` and a recording rule
``sum(rate(...[5m]))`` evaluated every minute): generator checks only (no detector runs here)."""

from functools import lru_cache

import numpy as np
import pytest

import anomaly.heldout44 as h44
import tests.trace_checks as tc
from anomaly.heldout43 import HELDOUT43_SEEDS
from anomaly.heldout44 import HELDOUT44_SEEDS, heldout44_set, make_heldout44
from anomaly.traces import Event

SPANS = {"short": (5, 21), "long": (28, 104)}

traces = tc.traces_fixture(heldout44_set)
shared = tc.shared_builds(h44)  # the set and the tests build each run once


@lru_cache(maxsize=2)
def _builds(setting: str) -> list:
    return [h44._build(seed, 6000, setting) for seed in HELDOUT44_SEEDS]


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


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], HELDOUT44_SEEDS)


def test_timestamps_are_the_rule_evaluations(traces):
    tc.check_aligned_steps(traces[1], (60.0,))


def test_pause_spans(traces):
    setting, ts = traces
    for t in ts:
        tc.check_family_pauses(setting, t, SPANS, min_count=12, starts_paused=False)


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
    assert checked > 400 and zeros >= 3


def test_events_placement(traces):
    tc.check_every_kind_placed(traces[1], first=600)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_docstring_counts_table(traces):
    setting = traces[0]
    runs = [b[0] for b in _builds(setting)]
    patch = sum(k == "patch" for r in runs for k in r.change_kind)
    listed = sum(len(r.changes) for r in runs)
    line = f"{setting} {listed} ({patch} patch-size switches, {listed - patch} node-count changes)"
    tc.check_counts_and_changes(traces, h44.__doc__, listed, line)


def test_docstring_run_counts():
    doc = " ".join(h44.__doc__.split())
    short, long_ = [[b[0] for b in _builds(s)] for s in ("short", "long")]
    assert "scrape intervals of 15, 30 s in " + " and ".join(
        "/".join(str(sum(r.I == v for r in runs)) for v in (15.0, 30.0)) for runs in (short, long_)) in doc
    a, b = [{k: sum(r.stats[k] for r in runs) for k in ("requeues", "outages", "pull_fail", "scrape_fail", "series")}
            for runs in (short, long_)]
    assert f"{a['requeues']} and {b['requeues']} requeues" in doc
    assert f"{a['series']} and {b['series']} series" in doc
    assert f"{a['pull_fail']} and {b['pull_fail']} failed pulls" in doc
    assert f"{a['outages']} and {b['outages']} restarts of the per-cluster server" in doc
    assert f"{a['scrape_fail']} and {b['scrape_fail']} failed scrapes" in doc


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], min_checked=4)


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
    assert unlisted >= 3


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
    tc.check_family_healthy_independent(make_heldout44, HELDOUT44_SEEDS[:2], changes=True, n=6000)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout44, 442000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout44(442000, n_events=9)
