"""The sixty-fourth held-out trace family (a sparse mixture-of-experts language model's pretraining tokens/s, each
rank's tokens per interval sent to Kafka, consumed by an Apache Pinot real-time table and summed per minute by a Grafana
panel): generator checks only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes, its pause spans, every kind placed and its row of the docstring's counts table,
changes line and run counts (the "short" row, changes line and run counts were measured on the full sets, and are not
re-measured here)."""


import numpy as np
import pytest

import anomaly.heldout64 as h64
import tests.trace_checks as tc
from anomaly.heldout63 import HELDOUT63_SEEDS
from anomaly.heldout64 import HELDOUT64_SEEDS, heldout64_set, make_heldout64
from anomaly.traces import Event

# evaluations, checkpoints and restarts ("long": downstream benchmarks and remote checkpoints), merged where they touch
SPANS = {"short": (1, 25), "long": (1, 150)}

N = 3000
SEEDS = HELDOUT64_SEEDS[:4]

shared = tc.shared_builds(h64)  # the sets and the tests build each run once

PINNED_EVENTS = [Event("straggler", 660, 660, 915, 0.1883), Event("drop", 1151, 1151, 1395, 0.1532),
                 Event("leak", 2056, 2177, 2265, 0.1622), Event("straggler", 2802, 2802, 2940, 0.1538)]
PINNED_SUM = 4127454809.6088543
PINNED_PAUSES = [(84, 88), (139, 153), (184, 189)]
PINNED_CHANGES = [1926, 2295]


_set, traces, _full_long = tc.cheap_sets(heldout64_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h64._build(seed, N, setting) for seed in SEEDS]


def _full_long_runs() -> list:
    ts = _full_long()  # builds the runs (memoised): the calls below reuse them
    return [h64._build(seed, 6000, "long")[0] for seed in HELDOUT64_SEEDS], ts


def test_seed_range_is_its_own():
    assert HELDOUT64_SEEDS == tuple(range(642000, 642012))
    assert not set(HELDOUT64_SEEDS) & set(HELDOUT63_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout64, 642004, 642005, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout64(642000, n=2000, setting="long"), make_heldout64(642000, n=2000, pauses="long"))


def test_full_set_shapes_and_pause_spans():
    tc.check_trace_arrays(_full_long(), HELDOUT64_SEEDS)
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


def test_no_token_is_trained_in_a_pause_and_its_minutes_are_paused():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b, kind in run.pauses_t:
                assert not run.x[int(np.ceil(a)):int(b)].any(), (a, b, kind)
                if kind == "shard":  # a loader stall of seconds: not a pause span
                    continue
                j = np.arange(run.n)
                inside = (60.0 * j + 60 > a) & (60.0 * j < b)
                assert not live[inside].any(), (a, b, kind)


def test_collection_is_close_to_the_jobs_count():
    for run, h, spans, live, changes in _builds("short"):
        true = np.add.reduceat(run.x[:run.n * 60], np.arange(0, run.n * 60, 60)) / 60.0
        ratio = h[live].sum() / true[live].sum()
        assert 0.97 < ratio < 1.03, ratio
        assert (h >= 0).all()


def test_duplicates_count_twice_and_rows_cover_the_training():
    for run, h, spans, live, changes in _builds("short"):
        col = run.col
        assert set(np.unique(col.w)) <= {0.0, 1.0, 2.0} and (col.w == 2).sum() > 0
        assert (col.i1 >= col.i0).all() and 0.99 < (col.w > 0).mean() <= 1


def test_docstring_counts_table_long():
    ts = _full_long()
    listed = sum(len(t.changes) for t in ts)
    line = f"long {listed} (sequence-length switches)"
    tc.check_counts_and_changes(("long", ts), h64.__doc__, listed, line)


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
    tc.check_event_weights(h64._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout64, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout64, 642000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout64(642000, n_events=9)


def test_docstring_run_counts_long():
    """The long runs' counts (the second of each pair; the short ones, the first, are not re-measured here)."""
    doc = " ".join(h64.__doc__.split())
    b = {k: sum(r.stats[k] for r in _full_long_runs()[0]) for k in ("checkpoints", "restarts", "stalls")}
    assert f" and {b['checkpoints']} checkpoints" in doc
    assert f" and {b['restarts']} restarts" in doc
    assert f" and {b['stalls']} loader stalls" in doc
