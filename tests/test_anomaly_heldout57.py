"""The fifty-seventh held-out trace family (a bird-song classifier's training clips/s on a shared Slurm cluster, added
per node with RedisTimeSeries ``TS.INCRBY``, compacted into 60 s ``range`` buckets and read by Grafana's ``TS.MRANGE
... GROUPBY ... REDUCE sum``): generator checks only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes, its pause spans, every kind placed and its row of the docstring's counts table,
changes line and run counts (the "short" row, changes line and run counts were measured on the full sets, and are not
re-measured here)."""


import numpy as np
import pytest

import anomaly.heldout57 as h57
import tests.trace_checks as tc
from anomaly.heldout56 import HELDOUT56_SEEDS
from anomaly.heldout57 import HELDOUT57_SEEDS, heldout57_set, make_heldout57
from anomaly.traces import Event

# validations (with checkpoints), requeues and the resubmission with the second data mix
SPANS = {"short": (1, 25), "long": (1, 130)}

N = 3000
SEEDS = HELDOUT57_SEEDS[:4]

shared = tc.shared_builds(h57)  # the sets and the tests build each run once

PINNED_EVENTS = [Event("leak", 315, 683, 915, 0.2148), Event("drop", 1023, 1023, 1349, 0.2288),
                 Event("straggler", 1951, 1951, 2121, 0.2797), Event("drop", 2611, 2611, 3000, 0.1125)]
PINNED_SUM = 1719139.302617941
PINNED_PAUSES = [(23, 28), (50, 53), (75, 79)]
PINNED_CHANGES = [1363, 1848]


_set, traces, _full_long = tc.cheap_sets(heldout57_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h57._build(seed, N, setting) for seed in SEEDS]


def _full_long_runs() -> list:
    ts = _full_long()  # builds the runs (memoised): the calls below reuse them
    return [h57._build(seed, 6000, "long")[0] for seed in HELDOUT57_SEEDS], ts


def test_seed_range_is_its_own():
    assert HELDOUT57_SEEDS == tuple(range(572000, 572012))
    assert not set(HELDOUT57_SEEDS) & set(HELDOUT56_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout57, 572004, 572005, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout57(572000, n=2000, setting="long"), make_heldout57(572000, n=2000, pauses="long"))


def test_full_set_shapes_and_pause_spans():
    tc.check_trace_arrays(_full_long(), HELDOUT57_SEEDS)
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


def test_every_bin_that_meets_a_pause_lies_in_a_span_and_only_a_reconnect_flushes_in_one():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            j = np.arange(run.n)
            for a, b, kind in run.pauses_t:
                assert not live[(60.0 * j + 60 > a - 15) & (60.0 * j < b + 3)].any(), (a, b, kind)
                sent = (run.col.t > a + 0.1) & (run.col.t < b)
                assert run.col.flush[sent].all(), (a, b, kind)


def test_incrby_refuses_a_timestamp_older_than_the_keys_latest():
    rejected = 0
    for run, h, spans, live, changes in _builds("short"):  # 4 runs at n=3000 (6 at n=6000 before)
        c = run.col
        for i in np.unique(c.node):
            k = c.node == i
            acc, ms = c.acc[k], np.floor(c.clock[k] * 1000.0)
            order = np.argsort(c.t[k], kind="stable")
            acc, ms = acc[order], ms[order]
            assert (np.diff(ms[acc]) >= 0).all()
            latest = np.maximum.accumulate(np.where(acc, ms, -np.inf))
            assert (ms[~acc] < np.concatenate([[-np.inf], latest[:-1]])[~acc]).all()
            rejected += int((~acc).sum())
    assert rejected > 0


def test_range_compaction_drops_each_buckets_first_increment_and_open_buckets_are_missing():
    missing = 0
    for run, h, spans, live, changes in _builds("short")[:3]:
        c, n = run.col, run.n
        for i in np.unique(c.node)[:6]:
            k = np.nonzero((c.node == i) & c.acc)[0]
            k = k[np.argsort(c.t[k], kind="stable")]
            b, t = c.b[k], c.t[k]
            for j in np.unique(b[(b >= 0) & (b < n)])[:400]:
                inb = k[b == j]
                later = t[b > j]
                closed = len(later) > 0 and later.min() <= c.read[j]
                want = c.add[inb][1:].sum() if closed else 0.0  # range = last - first of the cumulative value
                assert c.add[inb][c.use[inb]].sum() == pytest.approx(want), (i, j)
                missing += not closed
    assert missing > 0


def test_series_sums_the_counted_increments():
    run, h, spans, live, changes = _builds("short")[0]
    c = run.col
    u = c.use & (c.b >= 0) & (c.b < run.n)
    assert np.allclose(np.bincount(c.b[u], weights=c.add[u], minlength=run.n)[:run.n] / 60.0, h)
    i0, i1 = (int(i) for i in np.searchsorted(c.t, [120000.0, 150000.0]))
    w = h57._series(run, [(i0, i1, np.full(i1 - i0, 0.75))])
    assert np.array_equal(w[:1990], h[:1990]) and np.array_equal(w[2600:], h[2600:])
    assert w[2010:2490].sum() < 0.8 * h[2010:2490].sum()


def test_a_dropped_connection_flushes_its_increments_as_one():
    flushed = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            st = run.stats
            flushed += st["merged"]
            assert st["drops"] > 0 and run.col.flush.sum() <= st["merged"]
            f = run.col.flush
            assert (run.col.add[f] >= run.col.add[~f].min()).all()  # a flush carries one increment or more
    assert flushed > 0


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
    data = sum(k == "data" for r in runs for k in r.job.known_kind)
    listed = sum(len(t.changes) for t in ts)
    line = f"long {listed} ({data} data switches, {listed - data} node-count changes)"
    tc.check_counts_and_changes(("long", ts), h57.__doc__, listed, line)


def test_docstring_run_counts_long():
    """The long runs' counts (the second of each pair; the short ones, the first, are not re-measured here)."""
    doc = " ".join(h57.__doc__.split())
    keys = ("requeues", "preemptions", "validations", "checkpoints", "drops", "rejected", "open_node_minutes")
    b = {k: sum(r.stats[k] for r in _full_long_runs()[0]) for k in keys}
    assert f" and {b['requeues']} time-limit requeues" in doc
    assert f" and {b['preemptions']} preemptions" in doc
    assert f" and {b['validations']} validations" in doc
    assert f" and {b['checkpoints']} checkpoints" in doc
    assert f" and {b['drops']} connection drops" in doc
    assert f" and {b['rejected']} INCRBY calls refused" in doc
    assert f" and {b['open_node_minutes']} node-minutes still open" in doc


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=4)


def test_changes_are_data_switches_and_requeues_onto_other_node_counts():
    """Every planned change is listed: on the full long set's runs (n=6000) all of them, as before; at n=3000 two long
    runs plan their last change in the 900 s the run goes on past the trace's end, which ``change_points`` leaves out
    (it keeps changes inside the trace only), so there the ones inside the trace."""
    unlisted = 0
    _full_long()  # builds the full long set's runs (memoised): the calls below reuse them
    full_long = [h57._build(seed, 6000, "long") for seed in HELDOUT57_SEEDS]
    for run, h, spans, live, changes in _builds("short") + _builds("long") + full_long:
        planned = run.job.known_t if run.n == 6000 else [t for t in run.job.known_t if t < 60.0 * run.n]
        assert len(changes) == len(planned) and sum(k == "data" for k in run.job.known_kind) <= 1
        for a, b in run.restarts:
            if b < 60.0 * run.n:
                unlisted += b not in run.job.known_t
    assert unlisted >= 2


def test_weights():
    rng = np.random.default_rng(0)
    x = np.arange(5000.0)
    w = h57._weight(rng, "leak", x, 3000.0)
    assert w[0] == 0 and (np.diff(w[:3000]) >= 0).all() and np.allclose(w[3000:], 1)
    w = h57._weight(rng, "straggler", x, 0)
    assert len(np.unique(w)) == 2 and w.max() == 1.0 and w.min() <= 0.3 and (w == 1).mean() > 0.05
    w = h57._weight(rng, "drop", x, 0)
    assert w[0] == 0 and (w[90:] >= 0.96).all() and (w <= 1.03).all()


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout57, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout57, 572000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout57(572000, n_events=9)
