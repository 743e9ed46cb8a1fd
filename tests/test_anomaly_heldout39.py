"""The thirty-ninth held-out trace family (an optical-flow model's training frame pairs/s: per-node ``count,delta``
pushes to the Dynatrace OneAgent's local ingestion endpoint, read back as ``:splitBy():sum:default(0):rate(1s)`` per
1- or 2-minute bucket): generator checks only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes, every kind placed and its pause spans per trace, its row of the docstring's
counts table, its changes line and the long half of the run counts (the "short" row, changes line and run counts were
measured on the full sets, and are not re-measured here)."""

import re

import numpy as np
import pytest

import anomaly.heldout39 as h39
import tests.trace_checks as tc
from anomaly.heldout38 import HELDOUT38_SEEDS
from anomaly.heldout39 import HELDOUT39_SEEDS, heldout39_set, make_heldout39
from anomaly.traces import Event

SPANS = {"short": (6, 22), "long": (30, 110)}

N = 3000
SEEDS = HELDOUT39_SEEDS[:4]

shared = tc.shared_builds(h39)  # the sets and the tests build each run once


_set, traces, _full_long = tc.cheap_sets(heldout39_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h39._build(seed, N, setting)[0] for seed in SEEDS]


def _full_long_runs() -> list:
    _full_long()
    return [h39._build(seed, 6000, "long")[0] for seed in HELDOUT39_SEEDS]  # memoised: the set's own runs


def test_seed_range_is_its_own():
    assert HELDOUT39_SEEDS == tuple(range(392000, 392012))
    assert not set(HELDOUT39_SEEDS) & set(HELDOUT38_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    events = [Event("straggler", 434, 434, 810, 0.1668), Event("leak", 1457, 1731, 1987, 0.2893),
              Event("drop", 2175, 2175, 3000, 0.1332)]
    tc.check_pinned(make_heldout39, 392001, 392002, events, 1062459.7333333334, [(334, 346), (508, 516), (795, 807)],
                    changes=[])


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout39(392000, n=2000, setting="long")
    b = make_heldout39(392000, n=2000, pauses="long")
    tc.check_same_trace(a, b)


def test_full_set_shapes_kinds_and_pause_spans_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT39_SEEDS)
    tc.check_every_kind_placed(ts, first=600)
    for t in ts:  # each long trace's spans at n=6000, as before
        tc.check_family_pauses("long", t, SPANS, min_count=8, starts_paused=False)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_resolution_buckets(traces):
    tc.check_aligned_steps(traces[1], (60.0, 120.0))


def test_pause_spans(traces):
    """The trace starts in training; every pause span lies in the setting's range, with live points between."""
    setting, ts = traces
    for t in ts:  # 8 spans or more a trace at n=6000: 4 at n=3000, in proportion
        tc.check_family_pauses(setting, t, SPANS, min_count=4, starts_paused=False, n=N)


def test_pauses_read_zero(traces):
    """Nothing is trained in a pause's middle: every delta stamped there is 0, the bucket reads 0."""
    for t in traces[1]:
        for s, e in t.pauses:
            if e - s >= 8 and e < len(t.values):
                assert (t.healthy[s + 3:e - 3] == 0).all(), (t.seed, s, e)


def test_events_placement(traces):
    # every kind in each regressed trace: checked on the full "long" set (at n=3000 a trace may miss one)
    tc.check_event_placement(traces[1], 3, 4, first=N // 10, n=N)  # the slots start at n // 10


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_docstring_counts_table_long():
    runs = _full_long_runs()
    stage = sum(k == "stage" for r in runs for k in r.change_kind)
    listed = sum(len(r.changes) for r in runs)
    line = f"long {listed} ({stage} stage switches, {listed - stage} node-count changes)"
    tc.check_counts_and_changes(("long", _full_long()), h39.__doc__, listed, line)


def test_docstring_run_counts_long():
    """The long runs' counts (the second of each pair; the short ones, the first, are not re-measured here)."""
    doc = " ".join(h39.__doc__.split())
    runs = _full_long_runs()

    def count(what):
        return "/".join(str(sum(getattr(r, what) == v for r in runs)) for v in {"R": (60, 120), "P": (10, 15)}[what])

    def said(text):  # ``{short} and {long}...``: the short number any
        assert re.search(text.replace("{s}", r"\S+"), doc), text

    said(rf"resolutions of 60, 120 s in {{s}} and {count('R')}\b")
    said(rf"pushes every 10, 15 s in {{s}} and {count('P')}\b")
    pre = sum(k == "restart" for r in runs for *_, k in r.pauses_t)
    said(rf"{{s}} and {pre} preemptions simulated")
    refused, pushes = sum(int((~r.keep).sum()) for r in runs), sum(len(r.f) for r in runs)
    said(rf"{{s}} of {{s}} and {refused} of {pushes} pushes refused")


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    # 4 checked in the full set (12 traces at n=6000): 1 in a sixth of it (4 traces at n=3000), in proportion
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=1)


def test_changes_follow_restarts_and_stage_switches():
    """A listed change is the end of the span of a restart or a stage switch (another node count or crop size)."""
    for setting in ("short", "long"):
        for run in _builds(setting):
            ends = {min(run.n, h39._pause_span(a, b, run.R, run.P)[1]) for a, b, k in run.pauses_t
                    if k in ("restart", "stage")}
            assert set(run.changes) <= ends and set(run.change_kind) <= {"stage", "nodes"}
            assert sum(k == "stage" for k in run.change_kind) <= 1
            nodes = [p[2] for p in run.procs]
            assert sum(a != b for a, b in zip(nodes, nodes[1:])) >= sum(k == "nodes" for k in run.change_kind)


def test_pushes_every_interval_from_the_process_start():
    f, prev = h39._pushes(100, 131, 4, 10, graceful=False)
    assert list(f) == [104, 114, 124] and list(prev) == [100, 104, 114]  # killed at 131: 7 s of counts lost
    f, prev = h39._pushes(100, 131, 4, 10, graceful=True)
    assert list(f) == [104, 114, 124, 131] and list(prev) == [100, 104, 114, 124]  # a last push at the exit
    f, prev = h39._pushes(100, 103, 4, 10, graceful=False)
    assert len(f) == len(prev) == 0


def test_pause_span_covers_the_pushes_reaching_into_it():
    assert h39._pause_span(600, 1200, 60, 10) == (10, 21)  # the push at 1209 still covers 1199
    assert h39._pause_span(600, 1191, 60, 10) == (10, 21)
    assert h39._pause_span(600, 1190, 60, 10) == (10, 20)
    assert h39._pause_span(650, 1500, 120, 15) == (5, 13)


def test_rate_of_the_bucketed_sum():
    """``:sum`` adds the deltas stamped in a bucket, ``:rate(1s)`` divides by its seconds, ``:default(0)`` fills."""
    f = np.array([5, 30, 59, 60, 250])
    v = h39._bucket_sum(f, np.array([60.0, 120.0, 60.0, 240.0, 600.0]), 60, 4)
    assert np.allclose(v, [240 / 60, 240 / 60, 0.0, 0.0])  # 250 s lies in bucket 4: beyond n, dropped


def test_deltas_count_whole_steps_times_pairs():
    steps = np.full(40, 0.4)
    run = h39._Run(n=2, R=20, P=10, steps=steps, cum=np.concatenate([[0.0], np.cumsum(steps)]))
    run.f, run.prev = np.array([10, 20, 30, 40]), np.array([0, 10, 20, 30])
    run.pairs, run.keep = np.full(4, 64.0), np.array([True, True, True, False])
    idx = np.arange(4)
    d = h39._deltas(run, idx, 0.0, 0.0)  # 4 steps a push (with float rounding at most 1 off)
    assert d[3] == 0 and d[:3].sum() == pytest.approx(64 * 12, abs=64)
    run.cum = np.arange(41) * 0.25  # exact: 2.5 steps a push, whole steps 2, 3, 2
    assert list(h39._deltas(run, idx, 0.0, 0.0)) == [128.0, 192.0, 128.0, 0.0]
    assert list(h39._deltas(run, idx, np.array([0.0, 1.0, 1.0, 1.0]), np.array([0.0, 0.0, 1.0, 1.0]))) == \
        [128.0, 128.0, 128.0, 0.0]  # one step lost between 10 and 20 s


def test_regression_loses_whole_steps():
    steps = np.full(100, 1.3)
    run = h39._Run(n=2, R=60, P=10, steps=steps, cum=np.concatenate([[0.0], np.cumsum(steps)]))
    md = h39._lost(run, 10, np.full(30, 1.0), 1.0, to_end=False)  # half of 1.3 steps a second for 30 s: 19.5
    assert md.total == 20.0 and md.lc[-1] == 20.0
    assert (np.diff(md.lc) <= steps[10:40] + 1e-12).all() and (np.diff(md.lc) >= 0).all()
    assert list(h39._lost_at(md, np.array([5, 10, 25, 40, 90]))) == [0.0, 0.0, md.lc[15], 20.0, 20.0]


def test_a_refused_push_takes_its_pairs_off_its_bucket_only():
    run = h39._build(HELDOUT39_SEEDS[0], 3000, "short")[0]
    idx = np.arange(len(run.f))
    keep = run.keep
    run.keep = np.ones(len(keep), bool)
    full = h39._bucket_sum(run.f, h39._deltas(run, idx, 0.0, 0.0), run.R, run.n)
    run.keep = keep
    lost = ~keep & (run.f // run.R < 3000)
    assert lost.sum() > 10
    d = (np.floor(run.cum[run.f]) - np.floor(run.cum[run.prev])) * run.pairs
    want = np.bincount(run.f[lost] // run.R, weights=d[lost], minlength=3000) / run.R
    assert np.allclose(full - run.hv, want)


def test_processes_and_nodes():
    """One process a stretch between restarts, with 2, 4 or 8 nodes each pushing every ``P`` s (the first push up to
    ``P`` s after the process's start)."""
    for run in _builds("short"):
        assert all(p[2] in (2, 4, 8) for p in run.procs)
        assert len(run.procs) == 1 + sum(k in ("restart", "stage") for *_, k in run.pauses_t)
        d = run.f - run.prev
        assert (d > 0).all() and (d <= run.P).all() and (np.diff(run.f) >= 0).all()
        assert np.isclose(d, run.P).mean() > 0.95


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout39, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout39, 392000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout39(392000, n_events=9)
