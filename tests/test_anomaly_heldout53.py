"""The fifty-third held-out trace family (a jet-tagging graph network's training jets/s: a per-node Spectator counter
sent through spectatord, published to Atlas on a fixed step and read per minute as ``name,jets,:eq,:sum`` with
``:cf-avg`` / ``:cf-max``): generator checks only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes, its row of the docstring's counts table and its changes and run counts (the
"short" row, changes line and run counts were measured on the full sets, and are not re-measured here)."""


import numpy as np
import pytest

import anomaly.heldout53 as h53
import tests.trace_checks as tc
from anomaly.heldout51 import HELDOUT51_SEEDS
from anomaly.heldout53 import HELDOUT53_SEEDS, heldout53_set, make_heldout53
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT53_SEEDS[:4]
# a validation (with a checkpoint) or a short requeue; a full evaluation or a long requeue
SPANS = {"short": (1, 60), "long": (1, 150)}

shared = tc.shared_builds(h53)  # the sets and the tests build each run once

PINNED_EVENTS = [Event("drop", 612, 612, 916, 0.254), Event("straggler", 1261, 1261, 1509, 0.1853),
                 Event("leak", 1694, 2093, 2176, 0.1428), Event("leak", 2379, 2688, 2871, 0.1286)]
PINNED_SUM = 54640281.083
PINNED_PAUSES = [(40, 47), (101, 106), (163, 172)]
PINNED_CHANGES = [455]


_set, traces, _full_long = tc.cheap_sets(heldout53_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h53._build(seed, N, setting) for seed in SEEDS]


def _full_long_runs() -> list:
    return [h53._build(seed, 6000, "long")[0] for seed in HELDOUT53_SEEDS]  # memoised: the set's own runs


def test_seed_range_is_its_own():
    assert HELDOUT53_SEEDS == tuple(range(532000, 532012))
    assert not set(HELDOUT53_SEEDS) & set(HELDOUT51_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout53, 532004, 532005, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout53(532000, n=2000, setting="long"), make_heldout53(532000, n=2000, pauses="long"))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT53_SEEDS)
    tc.check_every_kind_placed(ts, first=600)
    for t in ts:
        tc.check_family_pauses("long", t, SPANS, min_count=6, starts_paused=False)
    builds = [h53._build(seed, 6000, "long") for seed in HELDOUT53_SEEDS]  # memoised: the set's own runs
    sample = sum(k == "sample" for b in builds for k in b[0].known_kind)
    listed = sum(len(b[4]) for b in builds)
    line = f"long {listed} ({sample} sample switches, {listed - sample} requeues onto other nodes)"
    tc.check_counts_and_changes(("long", ts), h53.__doc__, listed, line)


def test_docstring_run_counts_long():
    doc = " ".join(h53.__doc__.split())
    _full_long()
    b = {k: sum(r.stats[k] for r in _full_long_runs()) for k in ("requeues", "stalls")}
    assert f" and {b['requeues']} requeues before the trace's end" in doc
    assert f" and {b['stalls']} XRootD open stalls" in doc


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minute_steps(traces):
    tc.check_aligned_steps(traces[1], (60.0,))


def test_pause_spans(traces):
    setting, ts = traces
    for t in ts:
        # the full traces' 12 (short) and 6 (long) spans or more, halved for half the points
        assert len(t.pauses) >= (6 if setting == "short" else 3) and t.pauses[0][0] > 0, t.seed
        tc.check_pause_spans(t, *SPANS[setting], n=N, apart=True)
        if setting == "long":
            assert any(e - s > 60 for s, e in t.pauses), t.seed


def test_every_minute_that_overlaps_a_pause_lies_in_a_span():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting)[:4]:
            t = run.lead + h53.DT * np.arange(run.n)
            for a, b, kind in run.pauses_t:
                assert not live[(t < b - 0.5) & (t + h53.DT > a + 0.5)].any(), (a, b, kind)


def test_a_steady_job_reads_its_rate():
    """A job stepping at a constant rate: the minute's value is its jets/s, but for whole steps per publish step
    (cf-avg: within about one step per minute; cf-max: the fullest publish step, never below the rate less a step)."""
    checked = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            if run.stats["buffered"]:
                continue
            checked += 1
            T = np.arange(1.0, run.S, 0.5)  # two steps a second, no pause
            v = h53._values(run, T)
            per = int(h53.DT / run.col["P"])
            good = run.col["ok"].reshape(len(run.lives), run.n, per).all(axis=(0, 2))
            first = run.lives[0][1]  # the first node set only
            ok = good & (run.lead + h53.DT * np.arange(1, run.n + 1) < first)
            N, jets = run.nodesets[0][1], run.stats["G"] * run.stats["B"]
            expect = 2.0 * N * jets
            step = N * jets / run.col["P"]
            assert ok.sum() > 100
            assert np.all(np.abs(v[ok] - expect) <= step + 1e-6), (run.col, v[ok][:5], expect)
    assert checked >= 3  # 8 of the 24 full runs: a third of the runs here


def test_the_line_buffer_moves_whole_flushes_between_publish_steps():
    """With spectator-py's LineBuffer the increments reach spectatord on its flush timer (a little over 5 s): a
    steady job's minutes still average its rate (nothing is lost), but now and then a 5-s publish step gets no
    flush of a node, and its minute holds 11 of that node's flushes instead of 12."""
    seen = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            if not run.stats["buffered"]:
                continue
            T = np.arange(1.0, run.S, 0.5)
            v = h53._values(run, T)
            per = int(h53.DT / run.col["P"])
            good = run.col["ok"].reshape(len(run.lives), run.n, per).all(axis=(0, 2))
            ok = good & (run.lead + h53.DT * np.arange(1, run.n + 1) < run.lives[0][1])
            N, jets = run.nodesets[0][1], run.stats["G"] * run.stats["B"]
            expect = 2.0 * N * jets
            assert np.abs(v[ok] / expect - 1).max() < 0.12
            if run.col["cf"] == "avg":
                assert abs(np.mean(v[ok]) / expect - 1) < 0.002 and v[ok].min() < expect * (1 - 0.06 / N)
                seen += 1
    assert seen >= 2  # 4 of the 24 full runs: a third of the runs here (rounded up)


def test_a_pause_longer_than_the_ttl_reads_zero_and_expires_the_meters():
    """During a pause the meters report 0, and after ``TTL`` without an increment they expire (no value, shown as 0):
    every minute wholly inside a pause reads 0 and lies in a span."""
    seen = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            t = run.lead + h53.DT * np.arange(run.n)
            for a, b, kind in run.pauses_t:
                inside = (t >= a + 6) & (t + h53.DT <= b)  # a buffered flush may come 5 s late
                if inside.any():
                    assert (h[inside] == 0).all() and not live[inside].any()
                    seen += b - a > h53.TTL + 2 * h53.DT
    assert seen >= 20


def test_cf_avg_ignores_missing_publish_steps():
    """``:cf-avg`` averages the publish steps that have a value: a minute whose only value is one full step reads
    that step's rate, not a twelfth of it (the expired meter's steps are NaN, not 0)."""
    run = next(b[0] for s in ("short", "long") for b in _builds(s)
               if b[0].col["P"] == 5.0 and b[0].col["cf"] == "avg" and not b[0].stats["buffered"])
    first = run.lead + 4 * h53.DT - 5.0  # steps only in the last 5 s of the fourth minute
    T = first + np.arange(10) * 0.5
    v = h53._values(run, T)
    N, jets = run.nodesets[0][1], run.stats["G"] * run.stats["B"]
    col_ok = run.col["ok"][:N, 47]
    assert v[3] == pytest.approx(col_ok.sum() * 10 * jets / 5.0) and v[:3].sum() == 0 and v[4] == 0


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
    x = np.arange(5000.0)
    w = h53._weight(rng, "leak", x, 3000.0)
    assert w[0] == 0 and (np.diff(w[:3000]) >= 0).all() and np.allclose(w[3000:], 1)
    w = h53._weight(rng, "straggler", x, 0)
    assert len(np.unique(w)) == 2 and w.max() == 1 and w.min() < 0.21 and (w == 1).mean() > 0.05
    w = h53._weight(rng, "drop", x, 0)
    assert w[0] == 0 and (w[90:] >= 0.95).all() and (w <= 1.05).all()


def test_lost_steps_are_whole_and_the_run_rejoins_the_healthy_one():
    run, h, spans, live = _builds("short")[1][:4]
    s0 = int(run.lead + 50000)
    mod = (s0, s0 + 3000, np.full(3000, 0.8))
    v = h53._series(run, [mod])
    i0 = int(50000 // h53.DT)
    on = live[i0 + 2:i0 + 45]
    assert np.array_equal(v[:i0 - 1], h[:i0 - 1]) and on.sum() > 20
    assert (v[i0 + 2:i0 + 45][on] < h[i0 + 2:i0 + 45][on]).all()
    late = int(53000 // h53.DT) + 3
    assert np.array_equal(v[late:], h[late:])


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout53, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout53, 532000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout53(532000, n_events=9)
