"""The fifty-eighth held-out trace family (a drug-target interaction model's training compound-protein pairs/s, one
row per rank every ``K`` steps appended through the BigQuery Storage Write API's default stream, aggregated per minute
by a scheduled query and read per minute from a cached dashboard): generator checks only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes and its row of the docstring's counts table, changes line and run counts (the
"short" row, changes line and run counts were measured on the full sets, and are not re-measured here)."""


import numpy as np
import pytest

import anomaly.heldout58 as h58
import tests.trace_checks as tc
from anomaly.heldout57 import HELDOUT57_SEEDS
from anomaly.heldout58 import HELDOUT58_SEEDS, heldout58_set, make_heldout58
from anomaly.traces import Event

# validations (with checkpoints), restarts and the hard-negative mining refreshes
SPANS = {"short": (1, 20), "long": (1, 110)}

N = 3000
SEEDS = HELDOUT58_SEEDS[:4]

shared = tc.shared_builds(h58)  # the sets and the tests build each run once

PINNED_EVENTS = [Event("drop", 497, 497, 1140, 0.2456), Event("leak", 1209, 1485, 1584, 0.1511),
                 Event("straggler", 2305, 2305, 3000, 0.1826)]
PINNED_SUM = 25269151.672153924
PINNED_PAUSES = [(67, 69), (135, 140), (207, 213)]
PINNED_CHANGES = [1637]


_set, traces, _full_long = tc.cheap_sets(heldout58_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h58._build(seed, N, setting) for seed in SEEDS]


def _full_long_runs() -> list:
    ts = _full_long()  # builds the runs (memoised): the calls below reuse them
    return [h58._build(seed, 6000, "long")[0] for seed in HELDOUT58_SEEDS], ts


def test_seed_range_is_its_own():
    assert HELDOUT58_SEEDS == tuple(range(582000, 582012))
    assert not set(HELDOUT58_SEEDS) & set(HELDOUT57_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout58, 582004, 582005, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout58(582000, n=2000, setting="long"), make_heldout58(582000, n=2000, pauses="long"))


def test_full_set_shapes_and_pause_spans():
    tc.check_trace_arrays(_full_long(), HELDOUT58_SEEDS)
    for t in _full_long():  # each long trace's spans at n=6000, as before
        tc.check_family_pauses("long", t, SPANS, min_count=12, starts_paused=False)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_aligned_minutes(traces):
    tc.check_aligned_steps(traces[1], (60.0,))


def test_pause_spans(traces):
    setting, ts = traces
    for t in ts:  # 12 spans a trace at n=6000: 6 at n=3000, in proportion
        tc.check_family_pauses(setting, t, SPANS, min_count=6, n=N)
    lengths = np.array([e - s for t in ts for s, e in t.pauses if e < N])
    if setting == "long":
        assert np.mean(lengths >= 15) > 0.5
    else:
        assert np.mean(lengths <= 8) > 0.8


def test_every_minute_that_meets_a_pause_lies_in_a_span_and_no_row_is_written_in_one():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting)[:4]:
            j = np.arange(run.n)
            for a, b, kind in run.job.pauses:
                assert not ((run.rt > a) & (run.rt < b)).any(), (a, b, kind)
                if kind != "reshuffle":
                    assert not live[(60.0 * j + 60 > a - 15) & (60.0 * j < b + 5)].any(), (a, b, kind)


def test_a_row_counts_only_where_it_landed_before_the_run_the_dashboard_shows():
    late = 0
    for run, h, spans, live, changes in _builds("short"):  # 4 runs at n=3000 (6 at n=6000 before)
        k = run.m < run.n
        snap = run.snap[run.m[k]]
        assert np.array_equal(run.use[k], run.g[k] <= snap)
        late += int((run.g[k] > snap).sum())
        assert (h[~np.isfinite(run.snap)] == 0).all()  # a minute no successful run wrote reads 0
    assert late > 0


def test_series_sums_the_counted_rows_and_duplicates_inflate_them():
    run, h, spans, live, changes = _builds("short")[0]
    u = run.use & (run.m < run.n)
    assert np.allclose(np.bincount(run.m[u], weights=run.cnt[u], minlength=run.n)[:run.n] / 60.0, h)
    per_rank = run.job.K * run.job.B
    assert np.allclose(run.cnt / per_rank, 8 * run.rn + run.dup) and run.dup.sum() > 0
    i0, i1 = (int(i) for i in np.searchsorted(run.rt, [120000.0, 150000.0]))
    w = h58._series(run, [(i0, i1, np.full(i1 - i0, 0.75))])
    assert np.array_equal(w[:1990], h[:1990]) and np.array_equal(w[2600:], h[2600:])
    assert w[2010:2490].sum() < 0.8 * h[2010:2490].sum()


def test_events_placement(traces):
    tc.check_event_placement(traces[1], 3, 4, first=N // 10, n=N)  # the slots start at n // 10


def test_events_placement_every_kind_full_long():
    """Every kind in each regressed trace, checked at n=6000 (at n=3000 a slot's kind may give way to another)."""
    tc.check_every_kind_placed(_full_long(), first=600)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_docstring_counts_table_long():
    runs, ts = _full_long_runs()
    mining = sum(k == "mining" for r in runs for k in r.job.known_kind)
    listed = sum(len(t.changes) for t in ts)
    line = f"long {listed} ({mining} mining refreshes, {listed - mining} node-count changes)"
    tc.check_counts_and_changes(("long", ts), h58.__doc__, listed, line)


def test_docstring_run_counts_long():
    doc = " ".join(h58.__doc__.split())
    runs = _full_long_runs()[0]
    keys = ("restarts", "validations", "checkpoints", "failed", "late_starts", "spells", "dup_rows", "lost_late")
    b = {k: sum(r.stats[k] for r in runs) for k in keys}
    assert f" and {b['restarts']} restarts" in doc
    assert f" and {b['validations']} validations" in doc
    assert f" and {b['checkpoints']} checkpoints" in doc
    assert f" and {b['failed']} failed scheduled-query runs" in doc
    assert f" and {b['late_starts']} runs started over 5 min late" in doc
    assert f" and {b['spells']} append-retry spells" in doc
    assert f" and {b['dup_rows']} duplicated rank rows" in doc
    assert f" and {b['lost_late']} row groups never counted" in doc


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=4)


def test_changes_are_mining_refreshes_and_restarts_onto_other_node_counts():
    unlisted = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            assert len(changes) == len(run.job.known_t)
            assert set(run.job.known_kind) <= {"mining", "world"}
            for a, b in run.restarts:
                if b < 60.0 * run.n:
                    unlisted += b not in run.job.known_t
    assert unlisted >= 2


def test_weights():
    rng = np.random.default_rng(0)
    x = np.arange(5000.0)
    w = h58._weight(rng, "leak", x, 3000.0)
    assert w[0] == 0 and (np.diff(w[:3000]) >= 0).all() and np.allclose(w[3000:], 1)
    w = h58._weight(rng, "straggler", x, 0)
    assert len(np.unique(w)) == 2 and w.max() == 1.0 and w.min() <= 0.3 and (w == 1).mean() > 0.05
    w = h58._weight(rng, "drop", x, 0)
    assert w[0] == 0 and (w[90:] >= 0.96).all() and (w <= 1.03).all()


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout58, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout58, 582000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout58(582000, n_events=9)
