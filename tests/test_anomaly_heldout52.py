"""The fifty-second held-out trace family (a PyTorch-BigGraph style knowledge-graph embedding job's edges/s: each
trainer machine's cumulative edge count written to Amazon Timestream with ``WriteRecords``, read back per minute by a
scheduled ``bin(time, 1m)`` query with LOCF / linear interpolation, summed over machines): generator checks only (no
detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes, its row of the docstring's counts table and its changes and run counts (the
"short" row, changes line and run counts were measured on the full sets, and are not re-measured here)."""


import numpy as np
import pytest

import anomaly.heldout52 as h52
import tests.trace_checks as tc
from anomaly.heldout50 import HELDOUT50_SEEDS
from anomaly.heldout52 import HELDOUT52_SEEDS, heldout52_set, make_heldout52
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT52_SEEDS[:4]
# a checkpoint is a short span; the filtered link-prediction evaluations of the "long" setting run past an hour
SPANS = {"short": (1, 30), "long": (1, 130)}

shared = tc.shared_builds(h52)  # the sets and the tests build each run once

PINNED_EVENTS = [Event("drop", 909, 909, 1141, 0.1764), Event("straggler", 1778, 1778, 1906, 0.2553),
                 Event("leak", 2288, 2758, 2841, 0.1852)]
PINNED_SUM = 3126493062.3333335
PINNED_PAUSES = [(125, 131), (256, 261), (379, 388)]
PINNED_CHANGES = []


_set, traces, _full_long = tc.cheap_sets(heldout52_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h52._build(seed, N, setting) for seed in SEEDS]


def _full_long_builds() -> list:
    _full_long()
    return [h52._build(seed, 6000, "long") for seed in HELDOUT52_SEEDS]  # memoised: the set's own runs


def test_seed_range_is_its_own():
    assert HELDOUT52_SEEDS == tuple(range(522000, 522012))
    assert not set(HELDOUT52_SEEDS) & set(HELDOUT50_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout52, 522004, 522005, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout52(522000, n=2000, setting="long"), make_heldout52(522000, n=2000, pauses="long"))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT52_SEEDS)
    tc.check_every_kind_placed(ts, first=600)
    for t in ts:
        tc.check_family_pauses("long", t, SPANS, min_count=12, starts_paused=False)
    builds = _full_long_builds()
    stage = sum(k == "stage" for b in builds for k in b[0].known_kind)
    listed = sum(len(b[4]) for b in builds)
    line = f"long {listed} ({stage} switches to more negatives, {listed - stage} machine-count changes)"
    tc.check_counts_and_changes(("long", ts), h52.__doc__, listed, line)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_query_bins(traces):
    tc.check_aligned_steps(traces[1], (60.0,))


def test_pause_spans(traces):
    setting, ts = traces
    for t in ts:
        # the full traces' 12 spans or more, halved for half the points
        assert len(t.pauses) >= 6 and t.pauses[0][0] > 0, t.seed
        tc.check_pause_spans(t, *SPANS[setting], n=N, apart=True)
    if setting == "long":  # each full long trace has one: checked on the full set
        assert any(e - s > 60 for t in ts for s, e in t.pauses)
    lengths = np.array([e - s for t in ts for s, e in t.pauses if e < N])
    if setting == "long":
        assert np.mean(lengths >= 25) > 0.3
    else:
        assert np.mean(lengths <= 20) > 0.95


def test_every_bin_whose_rate_window_meets_a_pause_lies_in_a_span():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting)[:4]:
            j = np.arange(run.n)
            for a, b, kind in run.pauses_t:
                hit = (60.0 * j + 61 > a) & (60.0 * j - run.col["W"] - 61 < b)
                assert not live[hit].any(), (a, b, kind)


def test_the_query_reads_only_what_was_visible_and_never_more_than_was_trained():
    """A machine's bin is built from samples visible when the dashboard read it; the value never exceeds what the
    machines trained over the bins it can span (the counts are whole edges)."""
    run, h, spans, live, changes = _builds("short")[0]
    c = run.col
    assert (c["read"] >= 60.0 * (np.arange(run.n) + 1 + c["L"]) + c["o"]).all()
    total = run.rate.sum(axis=0)
    per_min = np.add.reduceat(total, np.arange(0, run.T, 60)) / 60.0
    bound = np.maximum.reduce([np.roll(per_min, k) for k in range(0, 4)])
    assert (h[live] <= 3.2 * bound[live] + 1).all()


def test_interpolation_locf_leaves_a_zero_and_linear_spreads_the_gap():
    ks, bins = np.array([10, 11, 12, 13]), np.array([4, 4, 7, 8])
    assert h52._cum_at(ks, bins, 4, "locf") == (11, 11, 0.0)
    assert h52._cum_at(ks, bins, 5, "locf") == (11, 11, 0.0)  # a gap: the last value carried forward
    a, b, w = h52._cum_at(ks, bins, 5, "linear")
    assert (a, b) == (11, 12) and w == pytest.approx(1 / 3)


def test_an_ingestion_outage_delays_the_records_to_the_first_flush_after_it():
    run = _builds("long")[1][0]
    c = run.col
    assert c["outages"]
    a, b = c["outages"][0]
    s = np.arange(a - 300, b + 300, 15.0)
    vis = h52._ingest(np.random.default_rng(0), run, 0, s, run.lives)
    fin = np.isfinite(vis)
    assert (vis[fin] >= s[fin]).all()
    assert not ((vis[fin] >= a) & (vis[fin] < b)).any()  # nothing gets written during the outage


def test_events_placement(traces):
    # every kind in each regressed trace: checked on the full "long" set (at n=3000 a trace may miss one)
    tc.check_event_placement(traces[1], 3, 4, first=N // 10, n=N)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_docstring_run_counts_long():
    doc = " ".join(h52.__doc__.split())
    b = {k: sum(r[0].stats[k] for r in _full_long_builds()) for k in ("requeues", "epochs", "evals", "outages",
                                                                      "failed_runs", "rejected", "lost_crash")}
    assert f" and {b['requeues']} crashes" in doc
    assert f" and {b['epochs']} epochs" in doc
    assert f" and {b['evals']} evaluations" in doc
    assert f" and {b['outages']} ingestion outages" in doc
    assert f" and {b['failed_runs']} failed query runs" in doc
    assert f" and {b['rejected']} records rejected" in doc
    assert f" and {b['lost_crash']} records lost" in doc


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=2)  # 4 on the full sets


def test_changes_are_the_negatives_switch_and_restarts_onto_other_machine_counts():
    unlisted = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            assert len(changes) == len(run.known_t) and sum(k == "stage" for k in run.known_kind) <= 1
            for a, b, same in run.restarts:
                if b < run.T:
                    assert (b in run.known_t) == (not same)
                    unlisted += same
    assert unlisted >= 1  # 2 over the 24 full runs: a sixth of the run-minutes here (rounded up)


def test_weights():
    rng = np.random.default_rng(0)
    x = np.arange(5000.0)
    w = h52._weight(rng, "leak", x, 3000.0)
    assert w[0] == 0 and (np.diff(w[:3000]) >= 0).all() and np.allclose(w[3000:], 1)
    w = h52._weight(rng, "straggler", x, 0)
    assert set(np.unique(w)) == {0.15, 1.0} and (w == 1).mean() > 0.05
    w = h52._weight(rng, "drop", x, 0)
    assert w[0] == 0 and (w[60:] >= 0.95).all() and (w <= 1.05).all()


def test_lost_edges_are_whole_and_the_run_rejoins_the_healthy_one():
    t0, t1 = 120000.0, 150000.0
    clear = [b for b in _builds("short") if not any(t0 <= a < t1 + 600 for a, _, same in b[0].restarts)]
    if not clear:
        pytest.skip("a restart in the window")
    run, h, spans, live, changes = clear[0]  # the full set's second run; here the first with no restart in it
    mod = h52._mod(run, t0, t1, np.ones(int(t1 - t0)), np.ones(run.M), 0.3)
    assert np.array_equal(mod[2], np.floor(mod[2]))
    v = h52._series(run, [mod])
    b0 = int(t0 // 60) - 3
    assert np.array_equal(v[:b0], h[:b0])
    late = int(t1 // 60) + run.col["L"] + 8
    assert np.array_equal(v[late:], h[late:])
    assert v[b0 + 5:late - 8].sum() < h[b0 + 5:late - 8].sum()


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout52, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout52, 522000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout52(522000, n_events=9)
