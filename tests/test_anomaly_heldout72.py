"""The seventy-second held-out trace family (an E2E-VarNet MRI reconstruction job's slices/s, each rank's OpenTelemetry
counter exported over OTLP to SigNoz's collector, stored in ClickHouse and read per minute by a query-builder panel as
the rate of the counter summed over the ranks, step 60 s): generator checks only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes and its row of the docstring's counts table (the "short" row and the run counts
of the "short" set were measured on the full sets, and are not re-measured here). The pinned trace and the independence
check use seeds and settings of the law sets, so they reuse those runs."""

import re

import numpy as np
import pytest

import anomaly.heldout72 as h72
import tests.trace_checks as tc
from anomaly.heldout71 import HELDOUT71_SEEDS
from anomaly.heldout72 import HELDOUT72_SEEDS, heldout72_set, make_heldout72
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT72_SEEDS[:4]
SPANS = {"short": (1, 40), "long": (1, 130)}

PINNED_EVENTS = [Event("leak", 397, 764, 916, 0.3204), Event("drop", 1166, 1166, 1591, 0.3037),
                 Event("straggler", 1736, 1736, 2180, 0.1695), Event("drop", 2511, 2511, 3000, 0.1162)]
PINNED_SUM = 61775.058333333334
PINNED_PAUSES = [(0, 7), (47, 51), (91, 94)]
PINNED_CHANGES = [2195]
LISTED_LONG = 22
CHANGES_LINE = "short 22, long 22 (planned relaunches)"

shared_builds = tc.shared_builds(h72)


_set, traces, _full_long = tc.cheap_sets(heldout72_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h72._build(seed, N, setting) for seed in SEEDS]


def test_seed_range_is_its_own():
    assert HELDOUT72_SEEDS == tuple(range(722000, 722012))
    assert not set(HELDOUT72_SEEDS) & set(HELDOUT71_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout72, 722001, 722002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout72(722000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout72(722000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_counts_table_and_runs_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT72_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h72.__doc__, LISTED_LONG, CHANGES_LINE)
    doc = " ".join(h72.__doc__.split())
    meta = [h72._build(seed, 6000, "long")[0].meta for seed in HELDOUT72_SEEDS]  # memoised: the set's own runs
    rows = {"export interval 10 / 15 / 30 / 60 s": "/".join(str(sum(m["interval"] == i for m in meta))
                                                           for i in (10, 15, 30, 60)),
            "knee / brain / mixed data": "/".join(str(sum(m["data"] == k for m in meta))
                                                  for k in ("knee", "brain", "mixed")),
            "a per-process instance id": sum(m["inst"] for m in meta), "Fill gaps": sum(m["fill0"] for m in meta)}
    for label, value in rows.items():
        assert re.search(rf"{label}: \S+ \(short\), {value} \(long\)", doc), (label, value)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_whole_minutes_and_empty_minutes_follow_the_fill():
    """The query builder's ``toStartOfInterval(..., 60 s)`` stamps whole UTC minutes; a minute where no series has a
    row is 0 with "Fill gaps" and missing without it, its neighbours paused."""
    skipped = 0
    assert h72.EPOCH % 60 == 0
    for setting in ("short", "long"):
        for t, (run, h, spans, live, changes) in zip(_set(setting), _builds(setting)):
            assert np.all(t.timestamps % 60 == 0), t.seed
            d = np.diff(t.timestamps)
            assert (d >= 60).all(), t.seed
            paused = tc.paused_mask(t)
            if run.meta["fill0"]:
                assert (d == 60).all() and t.timestamps[0] == h72.EPOCH, t.seed
                assert paused[h == 0].all() if (h == 0).any() else True, t.seed
            for i in np.flatnonzero(d > 60):
                assert paused[i] and paused[i + 1], (t.seed, i)
            skipped += int((d > 60).sum())
    assert skipped > 3


def test_pause_spans(traces):
    tc.check_set_pause_spans(traces, SPANS, N, apart=False)


def test_nothing_is_trained_in_a_pause_and_its_points_are_paused():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            end = run.ws[-1] + 60
            for a, b, kind in run.pauses_t:
                assert not run.rate[a:min(b, run.T)].any(), (a, b, kind)
                if a < end:
                    inside = (run.ws + 60 > a) & (run.ws < b)
                    assert not live[inside].any(), (a, b, kind)
            assert {k for a, b, k in run.pauses_t} >= {"startup", "eval", "down"}


def test_the_panel_reads_the_jobs_slices_per_minute():
    """Away from pauses a point is the sum over the ranks of each rank's counter increase between its last exports of
    the minute before and of the minute, over 60 s: about the job's mean rate over that minute (shifted by the export
    interval; whole steps, late and missing rows aside)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            T = run.ws.astype(int) - run.interval // 2
            C = np.concatenate([[0.0], np.cumsum(run.rate)])
            true = (C[T + 60] - C[np.maximum(T, 0)]) / 60
            assert 0.96 < h[live].sum() / true[live].sum() < 1.02
            assert np.median(np.abs(h[live] / true[live] - 1)) < 0.03
            assert (h >= 0).all()


def test_rows_resets_late_and_dropped():
    """SigNoz's cumulative rate: per series and minute the max of the samples visible when the minute was read, minus
    the previous row's max, over the minutes between; a series' first row, a negative difference (a restarted process
    on the same series) and a row with nothing visible count nothing. A batch still failing after the exporter's 300 s
    of retries is dropped."""
    metas = []
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            m = run.meta
            metas.append(m)
            assert (run.sv >= 0).all() and (run.r_gap >= 1).all()
            own, prev = run.r_own, run.r_prev
            assert (run.st[own] // 60 == run.rb).all() and (run.st[prev] // 60 < run.rb).all()
            assert (run.sv[own] >= run.sv[prev]).all()
            value = np.bincount(run.rb, weights=(run.sv[own] - run.sv[prev]) / (60 * run.r_gap),
                                minlength=len(run.value_all))
            assert np.allclose(value, run.value_all)
            assert np.allclose(h, run.value_all[run.km])
            if m["inst"]:
                assert m["resets"] == 0  # a launch makes new series: their first rows count nothing
            assert m["late"] + m["dropped"] < 0.02 * m["samples"]
    assert {m["inst"] for m in metas} == {m["fill0"] for m in metas} == {True, False}
    assert sum(m["resets"] for m in metas) > 0 and sum(m["dropped"] for m in metas) > 0
    assert sum(m["late"] for m in metas) > 0


def test_events_placement(traces):
    tc.check_event_placement(traces[1], 2, 4, first=N // 10, n=N)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=2)


def test_changes_are_the_planned_relaunches():
    """A listed change is a planned relaunch's resume (after a checkpoint or validation, on other nodes or another coil
    mix); a restart after a node failure resumes on the same level and is not listed."""
    relaunches = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            resumes = {b for a, b, k in run.pauses_t if k == "startup"}
            assert set(run.known_t) <= resumes and len(changes) <= len(run.known_t)
            for p, q in zip(run.procs[1:], run.procs):
                assert (p["level"] != q["level"]) == q["graceful"] and (q["failed"] >= 0) != q["graceful"]
            relaunches += len(changes)
    assert relaunches >= 4


def test_weights():
    tc.check_event_weights(h72._weight)


def test_healthy_does_not_depend_on_the_regressions():
    # the law set's run (memoised), regressions placed on it or not
    tc.check_family_healthy_independent(make_heldout72, HELDOUT72_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout72, 722000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout72(722000, n_events=9)
