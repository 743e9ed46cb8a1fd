"""The forty-seventh held-out trace family (a NeRF / 3-D Gaussian-splatting trainer's rays/s: each rank's rolling rate
logged with ``wandb.log`` to its own W&B run, uploaded by the client's file stream and read back per poll through the
W&B public API, summed over the group's runs): generator checks only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes and its row of the docstring's counts table, changes line and run counts (the
"short" row, changes line and run counts were measured on the full sets, and are not re-measured here); the pinned
full-length runs are built as before."""

import re

import numpy as np
import pytest

import anomaly.heldout47 as h47
import tests.trace_checks as tc
from anomaly.heldout46 import HELDOUT46_SEEDS
from anomaly.heldout47 import HELDOUT47_SEEDS, heldout47_set, make_heldout47
from anomaly.traces import Event

SPANS = {"short": (3, 60), "long": (3, 160)}

N = 3000
SEEDS = HELDOUT47_SEEDS[:4]

shared = tc.shared_builds(h47)  # the sets and the tests build each run once

PINNED_EVENTS = [Event("drop", 677, 677, 914, 0.1186), Event("straggler", 1204, 1204, 1309, 0.2185),
                 Event("leak", 1688, 1985, 2220, 0.1992), Event("straggler", 2382, 2382, 3000, 0.147)]
PINNED_SUM = 85711120.41023165
PINNED_PAUSES = [(118, 122), (218, 226), (358, 361)]
PINNED_CHANGES = []


_set, traces, _full_long = tc.cheap_sets(heldout47_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h47._build(seed, N, setting) for seed in SEEDS]


def _full_long_runs() -> list:
    ts = _full_long()  # builds the runs (memoised): the calls below reuse them
    return [h47._build(seed, 6000, "long")[0] for seed in HELDOUT47_SEEDS], ts


def test_seed_range_is_its_own():
    assert HELDOUT47_SEEDS == tuple(range(472000, 472012))
    assert not set(HELDOUT47_SEEDS) & set(HELDOUT46_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout47, 472004, 472005, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_pinned_full_runs():
    """A full-length run per setting: its listed changes, span count and collection draws."""
    for setting, changes, count, draws in (("short", [156, 3394, 3894], 74, (2, 25, 1, 30.0)),
                                           ("long", [3973], 53, (6, 25, 1, 15.0))):
        run, h, spans, live, got = h47._build(HELDOUT47_SEEDS[1], 6000, setting)
        assert got == changes and len(spans) == count and (run.R0, run.K, run.Wb, run.F) == draws


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout47(472000, n=2000, setting="long"), make_heldout47(472000, n=2000, pauses="long"))


def test_full_set_shapes_and_pause_spans():
    tc.check_trace_arrays(_full_long(), HELDOUT47_SEEDS)
    for t in _full_long():  # each long trace's spans at n=6000, as before
        tc.check_family_pauses("long", t, SPANS, min_count=12, starts_paused=False)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_polls(traces):
    tc.check_aligned_steps(traces[1], (30.0,))


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:  # tc.check_family_pauses(setting, t, SPANS, min_count=12), with n=3000
        assert len(t.pauses) >= 12 and t.pauses[0][0] > 0, t.seed
        tc.check_pause_spans(t, lo, hi, n=N, apart=True)
    if setting == "long":  # a span over 60 points in each trace at n=6000: in 2 of the 4 at n=3000, in proportion
        assert sum(any(e - s > 60 for s, e in t.pauses) for t in ts) >= 2


def test_span_holds_every_poll_that_reads_a_paused_or_tainted_row():
    """Rows logged in a pause or whose rolling window holds pause time (or a warm-up block, or rows the resumed
    W&B run dropped) are read only by polls inside a span, unless their upload was late."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            bad = np.zeros(len(run.t), bool)
            for a, b, kind in run.pauses_t:
                bad |= (run.t > a) & (run.t <= b)
            on_time = run.arr <= run.t + run.F + 2.0
            read = np.zeros(run.n, bool)
            np.logical_or.at(read, run.pt, bad[run.row] & on_time[run.row])
            assert not (read & live).any(), np.nonzero(read & live)[0][:5]


def test_a_resumed_run_drops_the_steps_it_already_has():
    dropped = sum(b[0].stats["dropped"] for s in ("short", "long") for b in _builds(s))
    assert dropped > 0
    for s in ("short", "long"):
        for run, *_ in _builds(s):
            for r in np.unique(run.run_id):
                t = run.t[run.run_id == r]
                assert (np.diff(t) > 0).all() and (np.diff(run.arr[run.run_id == r]) >= 0).all()


def test_events_placement(traces):
    tc.check_event_placement(traces[1], 3, 4, first=N // 10, n=N)  # the slots start at n // 10


def test_events_placement_every_kind_full_long():
    """Every kind in each regressed trace, checked at n=6000 (at n=3000 a slot's kind may give way to another)."""
    tc.check_every_kind_placed(_full_long(), first=600)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_docstring_counts_table_long():
    runs, ts = _full_long_runs()
    stage = sum(k == "stage" for r in runs for k in r.change_kind)
    listed = sum(len(t.changes) for t in ts)
    line = f"long {listed} ({stage} stage switches, {listed - stage} rank-count changes)"
    tc.check_counts_and_changes(("long", ts), h47.__doc__, listed, line)


def test_docstring_run_counts_long():
    """The long runs' counts (the second of each pair; the short ones, the first, are not re-measured here)."""
    doc = " ".join(h47.__doc__.split())
    b = {k: sum(r.stats[k] for r in _full_long_runs()[0])
         for k in ("requeues", "world", "incidents", "outages", "dropped")}
    assert re.search(rf"\S+ and {b['requeues']} requeues \(\S+ and {b['world']} onto", doc)
    assert f" and {b['incidents']} W&B upload incidents" in doc
    assert f" and {b['outages']} poller outages" in doc
    assert f" and {b['dropped']} rows dropped" in doc


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    # 4 checked in the full set (12 traces at n=6000): 1 in a sixth of it (4 traces at n=3000), in proportion
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=1)


def test_weights():
    rng = np.random.default_rng(0)
    x = np.arange(5000.0)
    w = h47._weight(rng, "leak", x, 3000.0)
    assert w[0] == 0 and (np.diff(w[:3000]) >= 0).all() and np.allclose(w[3000:], 1)
    w = h47._weight(rng, "straggler", x, 0)
    assert w.min() >= 0.05 and w.max() <= 1 and (w >= 0.5).mean() > 0.05
    w = h47._weight(rng, "drop", x, 0)
    assert w[0] == 0 and w.max() > 1.1 and abs(w[-1] - 1) < 0.01


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout47, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout47, 472000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout47(472000, n_events=9)
