"""The sixtieth held-out trace family (a GraphSAGE fraud-detection model's training seed nodes/s under a batch
scheduler with a wall-time limit, counted with SkyWalking Python agent meters, summed and downsampled to the minute by
the OAP and read per minute by a dashboard): generator checks only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes, its pause spans, every kind placed and its row of the docstring's counts table,
changes line and run counts (the "short" row, changes line and run counts were measured on the full sets, and are not
re-measured here)."""

import re

import numpy as np
import pytest

import anomaly.heldout60 as h60
import tests.trace_checks as tc
from anomaly.heldout59 import HELDOUT59_SEEDS
from anomaly.heldout60 import HELDOUT60_SEEDS, heldout60_set, make_heldout60
from anomaly.traces import Event

# validations (with checkpoints), graph snapshot reloads and wall-time requeues
SPANS = {"short": (1, 20), "long": (1, 110)}

N = 3000
SEEDS = HELDOUT60_SEEDS[:4]

shared = tc.shared_builds(h60)  # the sets and the tests build each run once

PINNED_EVENTS = [Event("straggler", 384, 384, 593, 0.2532), Event("drop", 1049, 1049, 1537, 0.1916),
                 Event("leak", 1809, 2108, 2310, 0.1935), Event("drop", 2715, 2715, 2921, 0.2279)]
PINNED_SUM = 3928218.5487067574
PINNED_PAUSES = [(27, 34), (61, 67), (93, 100)]
PINNED_CHANGES = [605, 742, 851]


_set, traces, _full_long = tc.cheap_sets(heldout60_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h60._build(seed, N, setting) for seed in SEEDS]


def _full_long_runs() -> list:
    ts = _full_long()  # builds the runs (memoised): the calls below reuse them
    return [h60._build(seed, 6000, "long")[0] for seed in HELDOUT60_SEEDS], ts


def test_seed_range_is_its_own():
    assert HELDOUT60_SEEDS == tuple(range(602000, 602012))
    assert not set(HELDOUT60_SEEDS) & set(HELDOUT59_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout60, 602004, 602005, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout60(602000, n=2000, setting="long"), make_heldout60(602000, n=2000, pauses="long"))


def test_full_set_shapes_and_pause_spans():
    tc.check_trace_arrays(_full_long(), HELDOUT60_SEEDS)
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


def test_no_seed_node_is_trained_in_a_pause_and_its_minutes_are_paused():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b, kind in run.pauses_t:
                assert not run.c[int(np.ceil(a)):int(b)].any(), (a, b, kind)
                j = np.arange(run.n)
                assert not live[(60.0 * j + 60 > a - 20) & (60.0 * j < b + 25)].any(), (a, b, kind)


def test_collection_loses_counts_only_where_the_path_drops_them():
    run, h, spans, live, changes = _builds("short")[0]
    total = run.c.sum() / 60.0
    assert h.sum() <= total * (1 + 1e-9)
    assert h.sum() > 0.9 * total
    quiet = h60._series(run.__class__(**{**vars(run), "outs": [], "lost_at": [], "D": 1e9}))
    assert np.isclose(quiet.sum(), total, rtol=1e-4)  # every report counted: nothing lost on the path


def test_docstring_counts_table_long():
    runs, ts = _full_long_runs()
    snaps = sum(k == "snapshot" for r in runs for k in r.known_kind)
    listed = sum(len(t.changes) for t in ts)
    line = f"long {listed} ({snaps} snapshot refreshes, {listed - snaps} requeues onto another GPU type)"
    tc.check_counts_and_changes(("long", ts), h60.__doc__, listed, line)


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
    w = h60._weight(rng, "leak", 5000, 3000)
    assert w[0] == 0 and (np.diff(w[:3000]) >= 0).all() and np.allclose(w[3000:], 1)
    w = h60._weight(rng, "straggler", 20000, 0)
    assert len(np.unique(w)) == 2 and w.max() == 1.0 and w.min() <= 0.25 and (w == 1).mean() > 0.05
    w = h60._weight(rng, "drop", 3000, 0)
    assert 0.6 <= w[0] <= 1 and (np.diff(w) >= 0).all() and w[-1] > 0.99


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout60, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout60, 602000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout60(602000, n_events=9)


def test_docstring_run_counts_long():
    """The long runs' counts (the second of each pair; the short ones, the first, are not re-measured here)."""
    doc = " ".join(h60.__doc__.split())
    b = {k: sum(r.stats[k] for r in _full_long_runs()[0]) for k in ("validations", "requeues", "lost", "oap_restarts")}
    assert f" and {b['validations']} validations" in doc
    assert re.search(rf"\S+ and {b['requeues']} wall-time requeues, of which \S+ and {b['lost']} lost", doc)
    assert f" and {b['oap_restarts']} OAP restarts" in doc
