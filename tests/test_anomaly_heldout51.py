"""The fifty-first held-out trace family (a pathology tile encoder's training tiles/s: a per-pod Prometheus counter,
``rate()`` served by prometheus-adapter through the custom metrics API, read by an HPA-style poller): generator checks
only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes, every kind placed and its pause spans per trace, its row of the docstring's
counts table, its changes line and run counts (the "short" row, changes line and run counts were measured on the full
sets, and are not re-measured here)."""


import numpy as np
import pytest

import anomaly.heldout51 as h51
import tests.trace_checks as tc
from anomaly.heldout50 import HELDOUT50_SEEDS
from anomaly.heldout51 import HELDOUT51_SEEDS, heldout51_set, make_heldout51
from anomaly.traces import Event

# a validation pause plus the rate window is short; a slide-level benchmark or a requeue is long
SPANS = {"short": (1, 160), "long": (1, 420)}

N = 3000
SEEDS = HELDOUT51_SEEDS[:4]

shared = tc.shared_builds(h51)  # the sets and the tests build each run once

PINNED_EVENTS = [Event("straggler", 510, 510, 784, 0.2404), Event("drop", 1335, 1335, 1549, 0.2124),
                 Event("leak", 1674, 1937, 2277, 0.2133), Event("leak", 2475, 2777, 2877, 0.1526)]
PINNED_SUM = 2815691.491
PINNED_PAUSES = [(207, 235), (345, 367), (507, 530)]
PINNED_CHANGES = [1602, 2897]


_set, traces, _full_long = tc.cheap_sets(heldout51_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h51._build(seed, N, setting) for seed in SEEDS]


def _full_long_builds() -> list:
    _full_long()
    return [h51._build(seed, 6000, "long") for seed in HELDOUT51_SEEDS]  # memoised: the set's own runs


def test_seed_range_is_its_own():
    assert HELDOUT51_SEEDS == tuple(range(512000, 512012))
    assert not set(HELDOUT51_SEEDS) & set(HELDOUT50_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout51, 512001, 512002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout51(512000, n=2000, setting="long"), make_heldout51(512000, n=2000, pauses="long"))


def test_full_set_shapes_kinds_and_pause_spans_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT51_SEEDS)
    tc.check_every_kind_placed(ts, first=600)
    for t in ts:  # each long trace's spans at n=6000, as before
        tc.check_family_pauses("long", t, SPANS, min_count=6, starts_paused=False)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_poller_ticks(traces):
    tc.check_aligned_steps(traces[1], (15.0, 30.0))


def test_pause_spans(traces):
    setting, ts = traces
    for t in ts:  # 12 (short) and 6 (long) spans or more a trace at n=6000: 6 and 3 at n=3000, in proportion
        tc.check_family_pauses(setting, t, SPANS, min_count=6 if setting == "short" else 3, starts_paused=False, n=N)


def test_every_point_whose_rate_window_sees_a_pause_lies_in_a_span():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            q = np.arange(run.n) * run.dt + run.col["lat"] + run.col["jit"]
            for a, b, kind in run.pauses_t:
                assert not live[(q - run.col["W"] < b - 1) & (q > a + 1)].any(), (a, b, kind)


def test_extrapolated_rate_of_a_steady_counter_is_its_rate():
    """A counter rising by a constant rate: Prometheus' extrapolated rate is that rate, but for whole steps between
    two scrapes and the extrapolation to the window's edges (a few %)."""
    run = _builds("short")[0][0]
    rate = np.where(run.rate > 0, 2.0, 0.0)
    v = h51._values(run, rate)
    per_pod = 2.0 * 8 * run.stats["bpg"]
    steady = hc_steady(run, v)
    expect = per_pod * (run.stats["N"] if run.stats["mode"] == "sum" else 1)
    assert np.allclose(v[steady], expect, rtol=0.08)
    assert abs(np.median(v[steady]) / expect - 1) < 0.005


def hc_steady(run, v):
    live = tc.steady_mask(h51._spans(run), run.n, after=20)
    return live & ~run.col["fails"] & (np.arange(run.n) * run.dt < run.lives[0][2])


def test_a_requeue_reads_zero_until_the_job_resumes():
    """Once the old pods' samples have left the rate window (and the pods the API's listing) the poller reads 0
    (no series discovered, or the new pods' flat counters) until the job resumes; all of it lies in a span."""
    seen = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            c = run.col
            q = np.arange(run.n) * run.dt + c["lat"] + c["jit"]
            for a, b, kind in run.pauses_t:
                inside = (q > a + c["W"] + 2 * c["S"] + c["grace"]) & (q < b)
                if kind == "requeue" and inside.any():
                    assert (h[inside] == 0).all() and not live[inside].any()
                    seen += 1
    assert seen >= 3


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
    line = f"long {listed} ({stage} stage switches, {listed - stage} requeues onto other nodes)"
    tc.check_counts_and_changes(("long", _full_long()), h51.__doc__, listed, line)


def test_docstring_run_counts_long():
    doc = " ".join(h51.__doc__.split())
    runs = [b[0] for b in _full_long_builds()]
    b = {k: sum(r.stats[k] for r in runs) for k in ("requeues", "rotations")}
    assert f" and {b['requeues']} requeues" in doc
    assert f" and {b['rotations']} shard rotations" in doc


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=2)  # 4 on the full sets, with 6 times the points


def test_weights():
    rng = np.random.default_rng(0)
    x = np.arange(5000.0)
    w = h51._weight(rng, "leak", x, 3000.0)
    assert w[0] == 0 and (np.diff(w[:3000]) >= 0).all() and np.allclose(w[3000:], 1)
    w = h51._weight(rng, "straggler", x, 0)
    assert set(np.unique(w)) == {0.15, 1.0} and (w == 1).mean() > 0.05
    w = h51._weight(rng, "drop", x, 0)
    assert w[0] == 0 and (w[60:] >= 0.95).all() and (w <= 1.05).all()


def test_lost_steps_are_whole_and_the_run_rejoins_the_healthy_one():
    run, h = _builds("short")[1][:2]
    t0 = 25000  # s, 56 % into the run (50000 s into the full run, n=6000, before)
    k0 = int(t0 + h51.LEAD)
    mod = (k0, np.full(3000, 0.8))
    v = h51._series(run, [mod])
    i0 = int(t0 // run.dt)
    assert np.array_equal(v[:i0 - 1], h[:i0 - 1]) and (v[i0 + 10:i0 + 100] < h[i0 + 10:i0 + 100]).all()
    late = int((t0 + 3000 + run.col["W"] + 2 * run.col["S"]) // run.dt) + 2
    assert np.array_equal(v[late:], h[late:])


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout51, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout51, 512000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout51(512000, n_events=9)
