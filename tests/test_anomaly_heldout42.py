"""The forty-second held-out trace family (a seismic phase picker's training waveforms/s: per-node delta events sent
by riemann clients every ``I`` s, summed by a Riemann ``rate`` stream per 15- or 30-s interval and divided by it):
generator checks only (no detector runs here)."""

from functools import lru_cache

import numpy as np
import pytest

import anomaly.heldout42 as h42
import tests.trace_checks as tc
from anomaly.heldout41 import HELDOUT41_SEEDS
from anomaly.heldout42 import HELDOUT42_SEEDS, heldout42_set, make_heldout42
from anomaly.traces import Event

SPANS = {"short": (6, 22), "long": (30, 110)}

traces = tc.traces_fixture(heldout42_set)
shared = tc.shared_builds(h42)  # the set and the tests build each run once


@lru_cache(maxsize=2)
def _builds(setting: str) -> list:
    return [h42._build(seed, 6000, setting) for seed in HELDOUT42_SEEDS]


def _run(rate, sends, R=10, n=6, nodes=None):
    """A hand-made run: ``sends`` per node ``(send seconds, arrival seconds, kept)``."""
    rate = np.asarray(rate, float)
    nodes = np.full(len(rate), float(len(sends))) if nodes is None else np.asarray(nodes, float)
    out = []
    for j, (t, arr, kept) in enumerate(sends):
        out.append((np.asarray(t, int), (np.asarray(arr, float) // R).astype(int), np.asarray(kept, bool), j))
    return h42._Run(n=n, R=R, I=5, rate=rate, nodes=nodes, sends=out)


def test_seed_range_is_its_own():
    assert HELDOUT42_SEEDS == tuple(range(422000, 422012))
    assert not set(HELDOUT42_SEEDS) & set(HELDOUT41_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    events = [Event("straggler", 544, 544, 705, 0.243), Event("leak", 1058, 1375, 1591, 0.1548),
              Event("drop", 2072, 2072, 2266, 0.133), Event("straggler", 2762, 2762, 3000, 0.1335)]
    tc.check_pinned(make_heldout42, 422004, 422005, events, 29874024.65927542, [(161, 171), (432, 438), (704, 724)],
                    changes=[724, 2064])


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout42(422000, n=2000, setting="long"), make_heldout42(422000, n=2000, pauses="long"))


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], HELDOUT42_SEEDS)


def test_timestamps_are_the_rate_intervals(traces):
    tc.check_aligned_steps(traces[1], (15.0, 30.0))


def test_pause_spans(traces):
    """The trace starts in training; every pause span lies in the setting's range, with live points between."""
    setting, ts = traces
    for t in ts:
        tc.check_family_pauses(setting, t, SPANS, min_count=12, starts_paused=False)


def test_pauses_read_zero_and_span_is_the_touched_points():
    """A pause's middle reads 0 (zero deltas, or no client); the points just before and after its span are
    untouched by it: the span's first and last points hold training and paused seconds."""
    checked = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for (s, e), (a, b, _) in zip(spans, run.pauses_t):
                assert s == int(a // run.R)
                if e < run.n:
                    assert b + run.I + 1 < e * run.R
                    assert (h[s + 2:e - 2] == 0).all(), (s, e)
                    assert h[s] > 0 and h[e] > 0
                    checked += 1
    assert checked > 400


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
    win = sum(k == "window" for r in runs for k in r.change_kind)
    listed = sum(len(r.changes) for r in runs)
    line = f"{setting} {listed} ({win} window switches, {listed - win} node-count changes)"
    tc.check_counts_and_changes(traces, h42.__doc__, listed, line)


def test_docstring_run_counts():
    doc = " ".join(h42.__doc__.split())
    short, long_ = [[b[0] for b in _builds(s)] for s in ("short", "long")]

    def count(runs, what, vals):
        return "/".join(str(sum(getattr(r, what) == v for r in runs)) for v in vals)

    assert f"intervals of 15, 30 s in {count(short, 'R', (15, 30))} and {count(long_, 'R', (15, 30))}" in doc
    assert f"a send every 5, 10 s in {count(short, 'I', (5, 10))} and {count(long_, 'I', (5, 10))}" in doc
    req = [sum(k == "requeue" for r in runs for *_, k in r.pauses_t) for runs in (short, long_)]
    assert f"{req[0]} and {req[1]} requeues simulated" in doc
    st = [{k: sum(r.stats[k] for r in runs) for k in ("sent", "lost", "drops")} for runs in (short, long_)]
    assert f"{st[0]['sent']} and {st[1]['sent']} events sent by live clients" in doc
    assert f"of which {st[0]['lost']} and {st[1]['lost']} were lost" in doc
    assert f"in {st[0]['drops']} and {st[1]['drops']} dropped connections" in doc


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], min_checked=4)


def test_changes_follow_requeues_onto_other_node_counts_and_the_window_switch():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = {e for (s, e), (a, b, k) in zip(spans, run.pauses_t) if k in ("requeue", "switch")}
            assert set(changes) <= ends and set(run.change_kind) <= {"window", "nodes"}
            assert sum(k == "window" for k in run.change_kind) <= 1
            assert set(np.unique(run.nodes)) <= {0.0, 2.0, 3.0, 4.0}
            kind_of = dict(zip(changes, run.change_kind))
            for (s, e), (a, b, k) in zip(spans, run.pauses_t):
                if k in ("requeue", "switch") and b < len(run.rate) - 2:
                    moved = run.nodes[int(a) - 1] != run.nodes[int(np.ceil(b)) + 1]
                    assert moved == (kind_of.get(e) == "nodes"), (s, e, k)  # unlisted requeues keep the count
                    assert (k == "switch") == (kind_of.get(e) == "window") or e >= run.n


def test_schedule_evaluations_and_dead_clients():
    """Pauses 150-350 points of training apart; the rate is 0 in every pause; the clients are dead (node count 0)
    only in requeues and window switches."""
    for run, h, spans, live, changes in _builds("long"):
        for (s0, e0), (s1, e1), (*_, k1) in zip(spans, spans[1:], run.pauses_t[1:]):
            assert 20 <= s1 - e0 <= 350 and (k1 == "requeue" or s1 - e0 >= 150)
        for a, b, k in run.pauses_t:
            mid = slice(int(a) + 1, int(b))
            assert (run.rate[mid] == 0).all()
            assert (run.nodes[mid] == 0).all() == (k in ("requeue", "switch"))
        assert (run.rate[run.nodes == 0] == 0).all()
        assert run.stats["lost"] < 0.01 * run.stats["sent"]


def test_riemann_rate_sums_arrived_deltas_over_the_interval():
    rate = np.full(60, 4.0)  # two nodes, 2 waveforms/s each
    t0, t1 = np.arange(5, 65, 5), np.arange(2, 62, 10)
    run = _run(rate, [(t0, t0 + 0.5, np.ones(len(t0))), (t1, t1 + 0.2, np.ones(len(t1)))])
    v = h42._series(run, np.ones(60))
    # node 0 sends 10 a send (but its first holds seconds 0-4); node 1 sends 20 (its first only 4)
    assert np.allclose(v, [(10 + 4) / 10, (20 + 20) / 10, 4, 4, 4, 4])  # node 1's seconds after 52 s are never sent
    lost = np.ones(len(t0))
    lost[3] = 0  # node 0's send at 20 s is lost: its 10 waveforms never arrive
    v2 = h42._series(_run(rate, [(t0, t0 + 0.5, lost), (t1, t1 + 0.2, np.ones(len(t1)))]), np.ones(60))
    assert np.allclose(v2 - v, [0, 0, -1, 0, 0, 0])


def test_lost_events_only_touch_their_buckets():
    touched = 0
    for run, h, spans, live, changes in _builds("short")[:6]:
        sends = run.sends
        run.sends = [(t, bk, np.ones(len(t), bool), j) for t, bk, kept, j in sends]
        full = h42._series(run, np.ones(len(run.rate)))
        run.sends = sends
        near = np.zeros(run.n, bool)
        for t, bk, kept, j in sends:
            near[bk[~kept & (bk < run.n)]] = True
        assert np.array_equal(h[~near], full[~near])
        touched += int((h != full).sum())
    assert touched > 10


def test_weights():
    rng = np.random.default_rng(0)
    x = np.arange(5000.0)
    w = h42._weight(rng, "leak", x, 3000.0)
    assert w[0] == 0 and (np.diff(w[:3000]) >= 0).all() and (w[3000:] == 1).all()
    assert set(np.unique(h42._weight(rng, "straggler", x, 0))) == {0.15, 1.0}
    w = h42._weight(rng, "drop", x, 0)
    assert w[0] == 0 and (w[60:] == 1).all() and (np.diff(w) >= 0).all()


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout42, HELDOUT42_SEEDS[:2], changes=True, n=6000)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout42, 422000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout42(422000, n_events=9)
