"""The sixty-fifth held-out trace family (a code-completion model's fine-tuning tokens/s, each rank's tokens as an
Elastic APM custom counter sent through an APM Server to Elasticsearch and summed per minute by a Grafana panel):
generator checks only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes, its row of the docstring's counts table and its changes and run counts (the
"short" row, changes line and run counts were measured on the full sets, and are not re-measured here)."""


import numpy as np
import pytest

import anomaly.heldout65 as h65
import tests.trace_checks as tc
from anomaly.heldout64 import HELDOUT64_SEEDS
from anomaly.heldout65 import HELDOUT65_SEEDS, heldout65_set, make_heldout65
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT65_SEEDS[:4]
# evaluations on the sandbox pool, checkpoints and restarts, merged where they touch
SPANS = {"short": (1, 30), "long": (1, 160)}

shared = tc.shared_builds(h65)  # the sets and the tests build each run once

PINNED_EVENTS = [Event("leak", 351, 768, 1001, 0.1746), Event("drop", 1934, 1934, 2041, 0.2759),
                 Event("straggler", 2594, 2594, 2823, 0.1093)]
PINNED_SUM = 5798911315.733334
PINNED_PAUSES = [(92, 98), (149, 153), (253, 259)]
PINNED_CHANGES = [2224, 2367]


_set, traces, _full_long = tc.cheap_sets(heldout65_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h65._build(seed, N, setting) for seed in SEEDS]


def _full_long_builds() -> list:
    _full_long()
    return [h65._build(seed, 6000, "long") for seed in HELDOUT65_SEEDS]  # memoised: the set's own runs


def test_seed_range_is_its_own():
    assert HELDOUT65_SEEDS == tuple(range(652000, 652012))
    assert not set(HELDOUT65_SEEDS) & set(HELDOUT64_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout65, 652004, 652005, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout65(652000, n=2000, setting="long"), make_heldout65(652000, n=2000, pauses="long"))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT65_SEEDS)
    tc.check_every_kind_placed(ts, first=600)
    for t in ts:  # over 60 points in each long trace: at n=3000 a trace may have none
        tc.check_family_pauses("long", t, SPANS, min_count=12, starts_paused=False)
    listed = sum(len(b[4]) for b in _full_long_builds())
    tc.check_counts_and_changes(("long", ts), h65.__doc__, listed, f"long {listed} (context-length moves)")


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_aligned_minutes(traces):
    tc.check_aligned_steps(traces[1], (60.0,))


def test_pause_spans(traces):
    setting, ts = traces
    for t in ts:
        # the full traces' 12 spans or more, halved for half the points
        assert len(t.pauses) >= 6 and t.pauses[0][0] > 0, t.seed
        tc.check_pause_spans(t, *SPANS[setting], n=N, apart=True)
    if setting == "long":  # each full long trace has one: checked on the full set
        assert any(e - s > 60 for t in ts for s, e in t.pauses)


def test_no_token_is_trained_in_a_pause_and_its_minutes_are_paused():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting)[:4]:
            for a, b, kind in run.pauses_t:
                assert not run.base[int(np.ceil(a)):int(b)].any(), (a, b, kind)
                j = np.arange(run.n)
                inside = (60.0 * j + 60 > a) & (60.0 * j < b)
                assert not live[inside].any(), (a, b, kind)


def test_collection_is_close_to_the_jobs_count():
    for run, h, spans, live, changes in _builds("short")[:4]:
        slow = np.ones(run.T)
        true = sum(h65._rank_tokens(run, slow, r) for r in range(run.col.R))[:run.n * 60]
        true = np.add.reduceat(true, np.arange(0, run.n * 60, 60)) / 60.0
        ratio = h[live].sum() / true[live].sum()
        assert 0.97 < ratio < 1.03, ratio
        assert (h >= 0).all()


def test_documents_are_deltas_that_tile_each_ranks_life():
    lost = 0
    for run, h, spans, live, changes in _builds("short")[:3]:
        rk, st, en, bucket, keep = run.col.docs
        for r in range(run.col.R):
            m = rk == r
            assert (en[m] >= st[m]).all()  # an empty delta adds nothing
            assert (st[m][1:] >= en[m][:-1]).all()  # a rank's documents never overlap
        assert 0.97 < keep.mean() <= 1  # a few read late
        lost += run.stats["lost"]
    assert lost > 0  # some lost to kills (in each full run; a run of 3000 points may have no kill)


def test_events_placement(traces):
    # every kind in each regressed trace: checked on the full "long" set (at n=3000 a trace may miss one)
    tc.check_event_placement(traces[1], 3, 4, first=N // 10, n=N)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=2)  # 4 on the full sets


def test_weights():
    rng = np.random.default_rng(0)
    w = h65._weight(rng, "leak", 5000, 3000)
    assert w[0] == 0 and (np.diff(w[:3000]) >= 0).all() and np.allclose(w[3000:], 1)
    w = h65._weight(rng, "straggler", 20000, 0)
    assert len(np.unique(w)) == 2 and w.max() == 1.0 and w.min() <= 0.35 and (w == 1).mean() > 0.05
    w = h65._weight(rng, "drop", 3000, 0)
    assert 0 < w[0] <= 1 and (np.diff(w) >= 0).all() and w[-1] == 1.0


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout65, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout65, 652000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout65(652000, n_events=9)


def test_docstring_run_counts_long():
    doc = " ".join(h65.__doc__.split())
    b = {k: sum(r[0].stats[k] for r in _full_long_builds()) for k in ("checkpoints", "restarts", "docs")}
    assert f" and {b['checkpoints']} checkpoints" in doc
    assert f" and {b['restarts']} restarts" in doc
    assert f" and {b['docs']} metric documents" in doc
