"""The sixty-second held-out trace family (an E5 / DPR-style dense retriever's training query-passage pairs/s on a
cloud GPU cluster, one row per rank and interval queued to Azure Data Explorer and summed per minute by a Grafana
dashboard's KQL query): generator checks only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes, its pause spans, every kind placed and its row of the docstring's counts table,
changes line and run counts (the "short" row, changes line and run counts were measured on the full sets, and are not
re-measured here)."""

import re

import numpy as np
import pytest

import anomaly.heldout62 as h62
import tests.trace_checks as tc
from anomaly.heldout61 import HELDOUT61_SEEDS
from anomaly.heldout62 import HELDOUT62_SEEDS, heldout62_set, make_heldout62
from anomaly.traces import Event

# validations (with checkpoints), index rebuilds and restarts after a rank's death
SPANS = {"short": (1, 25), "long": (1, 128)}

N = 3000
SEEDS = HELDOUT62_SEEDS[:4]

shared = tc.shared_builds(h62)  # the sets and the tests build each run once

PINNED_EVENTS = [Event("drop", 404, 404, 984, 0.1652), Event("straggler", 1440, 1440, 1597, 0.1146),
                 Event("leak", 2222, 2494, 2885, 0.2278)]
PINNED_SUM = 13911475.200000001
PINNED_PAUSES = [(72, 82), (138, 146), (242, 252)]
PINNED_CHANGES = [1131]


_set, traces, _full_long = tc.cheap_sets(heldout62_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h62._build(seed, N, setting) for seed in SEEDS]


def _full_long_runs() -> list:
    ts = _full_long()  # builds the runs (memoised): the calls below reuse them
    return [h62._build(seed, 6000, "long")[0] for seed in HELDOUT62_SEEDS], ts


def test_seed_range_is_its_own():
    assert HELDOUT62_SEEDS == tuple(range(622000, 622012))
    assert not set(HELDOUT62_SEEDS) & set(HELDOUT61_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout62, 622004, 622005, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout62(622000, n=2000, setting="long"), make_heldout62(622000, n=2000, pauses="long"))


def test_full_set_shapes_and_pause_spans():
    tc.check_trace_arrays(_full_long(), HELDOUT62_SEEDS)
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


def test_no_step_is_run_in_a_pause_and_its_minutes_are_paused():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b, kind in run.pauses_t:
                assert not run.r[int(np.ceil(a)):int(b)].any(), (a, b, kind)
                j = np.arange(run.n)
                assert not live[(60.0 * j + 60 > a) & (60.0 * j < b)].any(), (a, b, kind)


def test_rows_lost_with_a_killed_rank_fall_in_a_pause_span():
    run, h, spans, live, changes = _builds("short")[0]
    assert run.fails and run.stats["lost_blobs"] > 0
    lost = (run.w == 0) & (run.row_c > 0)
    for death, kill, dead in run.fails:
        near = lost & (run.row_t > death - 2 * run.F) & (run.row_t <= kill)
        assert near.any() and not live[run.row_b[near]].any()


def test_collection_reads_at_most_what_the_ranks_counted_twice():
    for run, h, spans, live, changes in _builds("short")[:3]:
        assert ((run.w >= 0) & (run.w <= 2)).all()
        full = np.bincount(run.row_b, weights=run.row_c, minlength=run.n)[:run.n] / 60.0
        assert (h <= 2 * full + 1e-9).all()
        assert 0.95 < h[live].sum() / full[live].sum() < 1.02


def test_docstring_counts_table_long():
    ts = _full_long()
    listed = sum(len(t.changes) for t in ts)
    line = f"long {listed} (curriculum steps at an index rebuild)"
    tc.check_counts_and_changes(("long", ts), h62.__doc__, listed, line)


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


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=4)


def test_weights():
    rng = np.random.default_rng(0)
    w = h62._weight(rng, "leak", 5000, 3000)
    assert w[0] == 0 and (np.diff(w[:3000]) >= 0).all() and np.allclose(w[3000:], 1)
    w = h62._weight(rng, "straggler", 20000, 0)
    assert len(np.unique(w)) == 2 and w.max() == 1.0 and w.min() <= 0.3 and (w == 1).mean() > 0.05
    w = h62._weight(rng, "drop", 3000, 0)
    assert 1 <= w[0] <= 1.3 and (np.diff(w) <= 0).all() and w[-1] == pytest.approx(1.0, abs=1e-6)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout62, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout62, 622000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout62(622000, n_events=9)


def test_docstring_run_counts_long():
    """The long runs' counts (the second of each pair; the short ones, the first, are not re-measured here)."""
    doc = " ".join(h62.__doc__.split())
    runs = _full_long_runs()[0]
    b = {k: sum(r.stats[k] for r in runs) for k in ("validations", "rebuilds", "curriculum", "failures")}
    assert f" and {b['validations']} validations" in doc
    assert re.search(rf"\S+ and {b['rebuilds']} index rebuilds, of which \S+ and {b['curriculum']} took a", doc)
    assert f" and {b['failures']} rank deaths" in doc
