"""The fifty-fourth held-out trace family (a symbolic-music Transformer's training MIDI tokens/s on preemptible GPU VMs:
one row per rank and step sent to QuestDB over ILP/HTTP by the Python client, a WAL table, read per minute by a
dashboard's ``SAMPLE BY 1m FILL(...) ALIGN TO CALENDAR`` query): generator checks only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes and its row of the docstring's counts table, changes line and run counts (the
"short" row, changes line and run counts were measured on the full sets, and are not re-measured here)."""


import numpy as np
import pytest

import anomaly.heldout54 as h54
import tests.trace_checks as tc
from anomaly.heldout52 import HELDOUT52_SEEDS
from anomaly.heldout54 import HELDOUT54_SEEDS, heldout54_set, make_heldout54
from anomaly.traces import Event

# validations (with checkpoints and sampled pieces) and preemptions: short; the long setting's validations with sampled
# pieces last up to 110 min
SPANS = {"short": (1, 20), "long": (1, 130)}

N = 3000
SEEDS = HELDOUT54_SEEDS[:4]

shared = tc.shared_builds(h54)  # the sets and the tests build each run once

PINNED_EVENTS = [Event("leak", 495, 852, 944, 0.1227), Event("drop", 1857, 1857, 2040, 0.1427),
                 Event("straggler", 2826, 2826, 2940, 0.2662)]
PINNED_SUM = 596821093.3833333
PINNED_PAUSES = [(33, 35), (67, 72), (101, 104)]
PINNED_CHANGES = [965, 2337]


_set, traces, _full_long = tc.cheap_sets(heldout54_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h54._build(seed, N, setting) for seed in SEEDS]


def _full_long_runs() -> list:
    ts = _full_long()  # builds the runs (memoised): the calls below reuse them
    return [h54._build(seed, 6000, "long")[0] for seed in HELDOUT54_SEEDS], ts


def _toy(fill: str, vis, s, tok, n: int = 4, o: float = 5.0) -> h54.Run:
    run = h54.Run(n=n, T=60.0 * n)
    run.s, run.tok, run.vis = np.array(s, float), np.array(tok, float), np.array(vis, float)
    run.dup, run.dvis = np.zeros(len(s)), np.full(len(s), np.inf)
    run.read = 60.0 * (np.arange(n) + 1) + o
    run.qfail = np.array([], int)
    run.col = {"fill": fill}
    return run


def test_seed_range_is_its_own():
    assert HELDOUT54_SEEDS == tuple(range(542000, 542012))
    assert not set(HELDOUT54_SEEDS) & set(HELDOUT52_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout54, 542004, 542005, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout54(542000, n=2000, setting="long"), make_heldout54(542000, n=2000, pauses="long"))


def test_full_set_shapes_and_pause_spans():
    tc.check_trace_arrays(_full_long(), HELDOUT54_SEEDS)
    for t in _full_long():  # each long trace's spans at n=6000, as before
        tc.check_family_pauses("long", t, SPANS, min_count=12, starts_paused=False)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_query_bins(traces):
    tc.check_aligned_steps(traces[1], (60.0,))


def test_pause_spans(traces):
    setting, ts = traces
    for t in ts:  # 12 spans a trace at n=6000: 6 at n=3000, in proportion
        tc.check_family_pauses(setting, t, SPANS, min_count=6, n=N)
    lengths = np.array([e - s for t in ts for s, e in t.pauses if e < N])
    if setting == "long":
        assert np.mean(lengths >= 25) > 0.3
    else:
        assert np.mean(lengths <= 10) > 0.9


def test_every_bin_that_meets_a_pause_lies_in_a_span():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            j = np.arange(run.n)
            for a, b, kind in run.pauses_t:
                assert not live[(60.0 * j + 60 > a) & (60.0 * j < b)].any(), (a, b, kind)
            inside = [b for a, b, kind in run.pauses_t if b < run.s[-1]]
            k = np.searchsorted(run.s, [a for a, b, kind in run.pauses_t if b < run.s[-1]])
            assert (run.s[k] >= np.array(inside)).all()  # no step inside a pause


def test_a_bin_holds_only_the_rows_visible_when_it_was_read():
    # three rows in minute 0 (one visible only after the read at 65 s), none in minute 1, one in minute 2
    s, tok = [10.0, 30.0, 59.0, 150.0], [600.0, 600.0, 600.0, 1200.0]
    run = _toy("NULL", [11.0, 31.0, 70.0, 151.0], s, tok)
    v = h54._series(run)
    assert v[0] == 20.0 and v[1] == 0.0 and v[2] == 20.0 and v[3] == 0.0
    # minute 1 is empty, but the query at 125 s already sees a row of minute 2: FILL(PREV) repeats minute 0 as the
    # query then saw it (all three rows), FILL(LINEAR) draws a line to minute 2's partial sum
    run = _toy("PREV", [11.0, 31.0, 70.0, 121.0], s, tok)
    assert h54._series(run)[1] == 30.0
    run = _toy("LINEAR", [11.0, 31.0, 70.0, 121.0], s, tok)
    assert h54._series(run)[1] == pytest.approx(25.0)
    run = _toy("PREV", [11.0, 31.0, 70.0, 130.0], s, tok)  # nothing after minute 1 yet: no row, the panel shows 0
    assert h54._series(run)[1] == 0.0


def test_the_client_flushes_only_on_a_row_and_never_before_the_row():
    for run, h, spans, live, changes in _builds("short"):  # 4 runs at n=3000 (6 at n=6000 before)
        fin = np.isfinite(run.fl)
        assert (run.fl[fin] >= run.s[fin]).all() and (run.vis[fin] >= run.fl[fin]).all()
        assert np.isin(run.fl[fin], run.s).all()  # a flush happens when a row is added
        stuck = 0
        for a, b, kind in run.pauses_t:
            k = np.searchsorted(run.s, a) - 1
            stuck += bool(run.fl[k] > b)  # the last rows before a pause wait for the first row after it
        if run.col["I"] >= 5:
            assert stuck > 0.3 * len(run.pauses_t)


def test_an_outage_longer_than_the_retry_timeout_loses_the_batch():
    seen = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b in run.col["outages"]:
                k = (run.fl >= a) & (run.fl < b)
                if not k.any():
                    continue
                seen += 1
                ok = k & (b - run.fl <= run.col["retry"])
                assert (run.vis[ok] >= b).all() and np.isinf(run.vis[k & ~ok]).all()
    assert seen >= 5


def test_duplicates_only_without_dedup_keys():
    dups = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            if run.col["dedup"]:
                assert not run.dup.any()
            dups += int((run.dup > 0).sum())
            assert (run.dup <= run.tok).all()
    assert dups > 0


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
    stage = sum(k == "stage" for r in runs for k in r.known_kind)
    listed = sum(len(t.changes) for t in ts)
    line = f"long {listed} ({stage} context lengthenings, {listed - stage} VM-count changes)"
    tc.check_counts_and_changes(("long", ts), h54.__doc__, listed, line)


def test_docstring_run_counts_long():
    """The long runs' counts (the second of each pair; the short ones, the first, are not re-measured here)."""
    doc = " ".join(h54.__doc__.split())
    keys = ("preemptions", "evals", "checkpoints", "lost_crash", "dropped", "duplicates", "failed_reads")
    b = {k: sum(r.stats[k] for r in _full_long_runs()[0]) for k in keys}
    assert f" and {b['preemptions']} preemptions" in doc
    assert f" and {b['evals']} validations" in doc
    assert f" and {b['checkpoints']} checkpoints" in doc
    assert f" and {b['lost_crash']} steps' rows lost" in doc
    assert f" and {b['dropped']} steps' rows dropped" in doc
    assert f" and {b['duplicates']} duplicated batches" in doc
    assert f" and {b['failed_reads']} failed queries" in doc


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=4)


def test_changes_are_context_lengthenings_and_restarts_onto_other_vm_counts():
    unlisted = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            assert len(changes) == len(run.known_t) and sum(k == "stage" for k in run.known_kind) <= 2
            for a, b, same in run.restarts:
                if b < run.T:
                    assert (b in run.known_t) == (not same)
                    unlisted += same
    assert unlisted >= 2


def test_weights():
    rng = np.random.default_rng(0)
    x = np.arange(5000.0)
    w = h54._weight(rng, "leak", x, 3000.0)
    assert w[0] == 0 and (np.diff(w[:3000]) >= 0).all() and np.allclose(w[3000:], 1)
    w = h54._weight(rng, "straggler", x, 0)
    assert len(np.unique(w)) == 2 and w.max() == 1.0 and w.min() <= 0.3 and (w == 1).mean() > 0.05
    w = h54._weight(rng, "drop", x, 0)
    assert w[0] == 0 and (w[90:] >= 0.96).all() and (w <= 1.03).all()


def test_a_regression_thins_the_steps_and_the_run_rejoins_the_healthy_one():
    run, h, spans, live, changes = _builds("short")[1]
    k0, k1 = (int(k) for k in np.searchsorted(run.s, [120000.0, 150000.0]))
    keep = h54._keep(run, [(k0, k1, np.full(k1 - k0, 0.75))], 0, len(run.s))
    assert keep[:k0].all() and keep[k1:].all() and abs(keep[k0:k1].mean() - 0.75) < 0.01
    v = h54._series(run, [(k0, k1, np.full(k1 - k0, 0.75))])
    assert np.array_equal(v[:1995], h[:1995]) and np.array_equal(v[2540:], h[2540:])
    assert v[2010:2490].sum() < 0.8 * h[2010:2490].sum()


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout54, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout54, 542000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout54(542000, n_events=9)
