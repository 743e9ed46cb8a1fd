"""The fiftieth held-out trace family (a face-recognition model's training images/s: one JSON event per ``K`` steps per
node posted to Splunk's HTTP Event Collector, read back per minute from a scheduled ``timechart span=1m
per_second(images)`` over a window ending ``D`` minutes before the run): generator checks only (no detector runs
here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes, every kind placed, its pause spans per trace, its row of the docstring's
counts table, its changes line and run counts, and a queue-full episode's law (on its fourth run, as before). The
"short" row, changes line and run counts were measured on the full sets, and are not re-measured here."""


import numpy as np
import pytest

import anomaly.heldout50 as h50
import tests.trace_checks as tc
from anomaly.heldout48 import HELDOUT48_SEEDS
from anomaly.heldout50 import HELDOUT50_SEEDS, heldout50_set, make_heldout50
from anomaly.traces import Event

# a centre refresh or a skipped search's repeat is a short span of its own; the IJB-style benchmarks are long
SPANS = {"short": (1, 30), "long": (1, 130)}

N = 3000
SEEDS = HELDOUT50_SEEDS[:4]

shared = tc.shared_builds(h50)  # the sets and the tests build each run once

PINNED_EVENTS = [Event("leak", 564, 937, 1140, 0.2082), Event("straggler", 1592, 1592, 1950, 0.1884),
                 Event("drop", 2467, 2467, 2739, 0.2377)]
PINNED_SUM = 3482685440.0
PINNED_PAUSES = [(41, 49), (88, 116), (157, 162)]
PINNED_CHANGES = [116]


_set, traces, _full_long = tc.cheap_sets(heldout50_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h50._build(seed, N, setting) for seed in SEEDS]


def _full_long_builds() -> list:
    _full_long()
    return [h50._build(seed, 6000, "long") for seed in HELDOUT50_SEEDS]  # memoised: the set's own runs


def test_seed_range_is_its_own():
    assert HELDOUT50_SEEDS == tuple(range(502000, 502012))
    assert not set(HELDOUT50_SEEDS) & set(HELDOUT48_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout50, 502004, 502005, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout50(502000, n=2000, setting="long"), make_heldout50(502000, n=2000, pauses="long"))


def test_full_set_shapes_kinds_and_pause_spans_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT50_SEEDS)
    tc.check_every_kind_placed(ts, first=600)
    for t in ts:  # each long trace's spans at n=6000, as before
        tc.check_family_pauses("long", t, SPANS, min_count=12, starts_paused=False)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_timechart_minutes(traces):
    tc.check_aligned_steps(traces[1], (60.0,))


def test_pause_spans(traces):
    setting, ts = traces
    for t in ts:  # 12 spans or more a trace at n=6000: 6 at n=3000, in proportion
        tc.check_family_pauses(setting, t, SPANS, min_count=6, starts_paused=False, n=N)
    lengths = np.array([e - s for t in ts for s, e in t.pauses if e < N])
    if setting == "long":  # the IJB-style benchmarks are 25 minutes or more
        assert np.mean(lengths >= 25) > 0.3
    else:
        assert np.mean(lengths <= 20) > 0.95


def test_every_paused_minute_and_every_repeat_of_one_lies_in_a_span():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            shown = 60.0 * run.src
            for a, b, kind in run.pauses_t:
                assert not live[(shown < b) & (shown + 60 > a)].any(), (a, b, kind)
            assert (h[~live] >= 0).all()


def test_the_search_counts_only_what_was_indexed_before_it_ran():
    """An event indexed after its minute's search never counts: a run's values lie at or below the count of every
    event posted (duplicates aside), and a later search window (a larger ``D``) reads at least as much."""
    run, h, spans, live, changes = _builds("short")[0]
    p, c = run.stats, run.col
    img = p["K"] * 8 * p["bpg"] / (60.0 if p["mode"] == "per_second" else 1.0)
    full = np.zeros(run.n + 2)
    for t0, t1, nodes, stage in run.lives:
        e = run.job[(run.job >= t0) & (run.job < t1)]
        for k in nodes:
            b = np.floor((e + c["clock"][k]) / 60).astype(int)
            full += np.bincount(b[b < run.n + 2], minlength=run.n + 2)[:run.n + 2]
    assert (h <= full[run.src] * img + 3 * img * len(run.lives[0][2])).all()
    d0 = c["D"]
    c["D"] = d0 + 3
    try:
        later, _ = h50._values(run, run.job)
    finally:
        c["D"] = d0
    assert later.sum() >= h.sum()


def test_a_full_queue_loses_or_delays_events():
    run = _full_long_builds()[3][0]  # the full long set's run (n=6000), as before
    c = run.col
    assert c["full"]
    a, b, drain = c["full"][0]
    e = np.arange(a - 100, drain + 100, 0.5)
    tm, vis = h50._arrivals(run, 0, e)
    k = len(e)
    inside = (e[:k] >= a) & (e[:k] < b - c["backoff"].sum() - c["F"])
    assert np.isinf(vis[:k][inside]).all()  # the client gave up after its retries
    assert np.isfinite(vis[:k][~inside & (e < a - c["F"])]).all()


def test_events_placement(traces):
    # every kind in each regressed trace: checked on the full "long" set (at n=3000 a trace may miss one)
    tc.check_event_placement(traces[1], 3, 4, first=N // 10, n=N)  # the slots start at n // 10


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_docstring_counts_table_long():
    builds = _full_long_builds()
    stage = sum(k == "stage" for b in builds for k in b[0].known_kind)
    listed = sum(len(b[4]) for b in builds)
    line = f"long {listed} ({stage} stage switches, {listed - stage} node-count changes)"
    tc.check_counts_and_changes(("long", _full_long()), h50.__doc__, listed, line)


def test_docstring_run_counts_long():
    doc = " ".join(h50.__doc__.split())
    runs = [b[0] for b in _full_long_builds()]
    b = {k: sum(r.stats[k] for r in runs) for k in ("requeues", "refreshes", "full", "skipped", "deferred")}
    assert f" and {b['requeues']} requeues" in doc
    assert f" and {b['refreshes']} centre refreshes" in doc
    assert f" and {b['full']} queue-full episodes" in doc
    assert f" and {b['skipped']} skipped searches" in doc
    assert f" and {b['deferred']} deferred searches" in doc


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=4)


def test_changes_are_the_stage_switch_and_requeues_onto_other_node_counts():
    unlisted = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            assert len(changes) == len(run.known_t) and sum(k == "stage" for k in run.known_kind) <= 1
            for prev, nxt in zip(run.lives, run.lives[1:]):
                listed = nxt[0] in run.known_t
                assert listed == (nxt[3] != prev[3] or len(nxt[2]) != len(prev[2]))
                unlisted += not listed
    assert unlisted >= 2


def test_weights():
    rng = np.random.default_rng(0)
    x = np.arange(5000.0)
    w = h50._weight(rng, "leak", x, 3000.0)
    assert w[0] == 0 and (np.diff(w[:3000]) >= 0).all() and np.allclose(w[3000:], 1)
    w = h50._weight(rng, "straggler", x, 0)
    assert set(np.unique(w)) == {0.2, 1.0} and (w == 1).mean() > 0.05
    w = h50._weight(rng, "drop", x, 0)
    assert w[0] == 0 and (w[60:] >= 0.94).all() and (w <= 1.06).all()


def test_lost_steps_are_whole_events_and_the_run_rejoins_the_healthy_one():
    run = _builds("short")[1][0]
    t0, t1 = 150000.0, 153000.0  # minute 2500 of 3000 (300000 s, minute 5000 of 6000, on the full run)
    mod = h50._mod(run, t0, t1, np.ones(3000), 0.25, True)
    i0, i1, d = mod
    assert np.isclose(d.sum() % run.stats["K"], 0) or np.isclose(d.sum() % run.stats["K"], run.stats["K"])
    v = h50._series(run, [mod])
    h, _ = h50._values(run, run.job)
    assert np.array_equal(v[:int(t0 // 60) - 1], h[:int(t0 // 60) - 1])  # a clock offset: one minute early
    late = int(t1 // 60) + run.col["D"] + 30
    assert np.array_equal(v[late:], h[late:])


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout50, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout50, 502000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout50(502000, n_events=9)
