"""The forty-first held-out trace family (an OCR recogniser's training text lines/s: a per-pod cumulative counter
reported by the Wavefront SDK every ``I`` s through per-node proxies, read back per 30- or 60-s bucket as
``default(0, rawsum(align(R, mean, rate(ts(...)))))``): generator checks only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes, every kind placed and its pause spans per trace, the buckets of its runs'
pauses, its row of the docstring's counts table, its changes line and the long half of the run counts (the "short"
row, changes line and run counts were measured on the full sets, and are not re-measured here)."""

import re

import numpy as np
import pytest

import anomaly.heldout41 as h41
import tests.trace_checks as tc
from anomaly.heldout40 import HELDOUT40_SEEDS
from anomaly.heldout41 import HELDOUT41_SEEDS, heldout41_set, make_heldout41
from anomaly.traces import Event

SPANS = {"short": (6, 22), "long": (30, 110)}

N = 3000
SEEDS = HELDOUT41_SEEDS[:4]

shared = tc.shared_builds(h41)  # the sets and the tests build each run once


_set, traces, _full_long = tc.cheap_sets(heldout41_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h41._build(seed, N, setting)[0] for seed in SEEDS]


def _full_long_runs() -> list:
    _full_long()
    return [h41._build(seed, 6000, "long")[0] for seed in HELDOUT41_SEEDS]  # memoised: the set's own runs


def _run(rate, rep, R=10, n=6, B=1, procs=None, miss=None):
    """A hand-made run: ``rep`` rows ``(second, pod, process)``."""
    rate = np.asarray(rate, float)
    rep = np.asarray(rep, np.int64)
    return h41._Run(n=n, R=R, I=5, B=B, rate=rate, procs=procs or [(0.0, float(len(rate)), 1)], rep=rep,
                    miss=np.zeros(len(rep), bool) if miss is None else np.asarray(miss, bool))


def test_seed_range_is_its_own():
    assert HELDOUT41_SEEDS == tuple(range(412000, 412012))
    assert not set(HELDOUT41_SEEDS) & set(HELDOUT40_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    events = [Event("leak", 427, 960, 1141, 0.1148), Event("drop", 1246, 1246, 2038, 0.2423),
              Event("straggler", 2523, 2523, 2941, 0.2509)]
    tc.check_pinned(make_heldout41, 412004, 412005, events, 14915684.938094376, [(181, 188), (446, 453), (706, 718)],
                    changes=[1245, 2305])


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout41(412000, n=2000, setting="long"), make_heldout41(412000, n=2000, pauses="long"))


def test_full_set_shapes_kinds_and_pause_spans_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT41_SEEDS)
    tc.check_every_kind_placed(ts, first=600)
    for t in ts:  # each long trace's spans at n=6000, as before
        tc.check_family_pauses("long", t, SPANS, min_count=8, starts_paused=False)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_align_buckets(traces):
    tc.check_aligned_steps(traces[1], (30.0, 60.0))


def test_pause_spans(traces):
    """The trace starts in training; every pause span lies in the setting's range, with live points between."""
    setting, ts = traces
    for t in ts:  # 8 spans or more a trace at n=6000: 4 at n=3000, in proportion
        tc.check_family_pauses(setting, t, SPANS, min_count=4, starts_paused=False, n=N)


def test_pauses_read_zero():
    """Nothing is trained in a pause's middle: the frozen counter's rate is 0, a dead gang reports nothing (read as
    0), unless a proxy outage just before made the first rate after it span training seconds."""
    checked = 0
    for setting in ("short", "long"):
        for run in _builds(setting):
            h = h41._series(run)
            missed = run.rep[run.miss, 0]
            for (s, e), (a, b, _) in zip(run.spans, run.pauses_t):
                if e - s >= 8 and e < run.n and not ((missed > a - 400) & (missed < b)).any():
                    assert (h[s + 2:e - 2] == 0).all(), (s, e)
                    checked += 1
    assert checked > 50  # over 300 in the full sets (24 runs at n=6000): a sixth of the points here, in proportion


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
    line = f"long {listed} ({stage} stage switches, {listed - stage} pod-count changes)"
    tc.check_counts_and_changes(("long", _full_long()), h41.__doc__, listed, line)


def test_docstring_run_counts_long():
    """The long runs' counts (the second of each pair; the short ones, the first, are not re-measured here)."""
    doc = " ".join(h41.__doc__.split())
    runs = _full_long_runs()

    def count(what, vals):
        return "/".join(str(sum(getattr(r, what) == v for r in runs)) for v in vals)

    def said(text):  # ``{short} and {long}...``: the short number any
        assert re.search(text.replace("{s}", r"\S+"), doc), text

    said(rf"buckets of 30, 60 s in {{s}} and {count('R', (30, 60))}\b")
    said(rf"a report every 10, 15 s in {{s}} and {count('I', (10, 15))}\b")
    pre = sum(k == "restart" for r in runs for *_, k in r.pauses_t)
    said(rf"{{s}} and {pre} preemptions simulated")
    st = {k: sum(r.stats[k] for r in runs) for k in ("sent", "missed", "outages")}
    said(rf"{{s}} and {st['sent']} points reported")
    said(rf"{{s}} and {st['missed']} missed the read")
    said(rf"in {{s}} and {st['outages']} proxy outages")


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=2)  # 4 on the full sets, with 6 times the points


def test_changes_follow_readmissions_and_the_stage_switch():
    """A listed change ends the span of a re-admission onto another pod count or of the (one) stage switch."""
    for setting in ("short", "long"):
        for run in _builds(setting):
            ends = {e for (s, e), (a, b, k) in zip(run.spans, run.pauses_t) if k in ("restart", "stage")}
            assert set(run.changes) <= ends and set(run.change_kind) <= {"stage", "pods"}
            assert sum(k == "stage" for k in run.change_kind) <= 1
            pods = [p[2] for p in run.procs]
            assert all(x in (4, 6, 8) for x in pods) and pods[0] in (4, 6)
            assert sum(a != b for a, b in zip(pods, pods[1:])) >= sum(k == "pods" for k in run.change_kind)


def test_pause_span_is_its_drawn_length_of_buckets():
    """A pause from ``a`` to ``b`` covers the buckets of ``a`` up to that of ``b``, ending ``I + 6`` s or more before
    that bucket closes; one process a stretch."""
    for run in _full_long_runs():  # the full long set's runs, as before
        for (s, e), (a, b, k) in zip(run.spans, run.pauses_t):
            assert s == a // run.R and (e == b // run.R + 1 or e == run.n)
            assert b % run.R <= run.R - run.I - 6
        assert len(run.procs) == 1 + sum(k in ("restart", "stage") for *_, k in run.pauses_t)


def test_schedule_evaluations_preemptions_and_reports():
    """Evaluations 160-400 points of training apart, any pause 3 buckets or more after the last; no step while
    paused; reports every ``I`` s, 0-few s late, only while their process lives; outages hit few points."""
    for run in _builds("short"):
        for (a0, b0, k0), (a1, b1, k1) in zip(run.pauses_t, run.pauses_t[1:]):
            assert a1 - b0 >= 3 * run.R
            if k1 in ("eval", "ckpt"):
                assert a1 - b0 <= 400 * run.R
        for a, b, k in run.pauses_t:
            assert (run.rate[int(a) + 1:int(b)] == 0).all()
        for p, (s, e, pods) in enumerate(run.procs):
            mine = run.rep[run.rep[:, 2] == p]
            assert set(mine[:, 1]) == set(range(pods)) and (mine[:, 0] > s).all() and (mine[:, 0] < e).all()
            for j in range(pods):
                gaps = np.diff(np.sort(mine[mine[:, 1] == j, 0]))
                assert np.median(gaps) == run.I and gaps.min() >= run.I - 3 and gaps.max() <= run.I + 3
        assert run.miss.mean() < 0.01


def test_counter_is_whole_steps_and_falls_behind_by_whole_steps():
    rate = np.full(100, 2.5)
    run = _run(rate, [[1, 0, 0]], n=10)
    h = h41._counter(run)
    assert np.array_equal(h, np.floor(np.cumsum(rate)))
    v = h41._counter(run, [(20, 60, np.ones(40), 1.0)])  # half speed for 40 s
    assert np.array_equal(v[:20], h[:20]) and (v[20:60] < h[20:60]).all()
    assert np.array_equal(h[60:] - v[60:], np.full(40, h[59] - v[59])) and h[59] - v[59] == 50
    assert (np.diff(v) >= 0).all() and (v == np.floor(v)).all()


def test_rate_align_mean_and_rawsum():
    rate = np.ones(60)  # one step a second; pod 0 reports every 5 s, pod 1 every 10 s
    rep = [[t, 0, 0] for t in range(5, 60, 5)] + [[t, 1, 0] for t in range(10, 60, 10)]
    run = _run(rate, rep, R=10, n=6, B=3)
    assert np.allclose(h41._series(run), [0, 3, 6, 6, 6, 6])  # a series' first point has no rate; 3 lines a step
    miss = [t == 25 for t in range(5, 60, 5)] + [False] * 5  # pod 0's point at 25 s missed: 30 s spans 10 s
    assert np.allclose(h41._series(_run(rate, rep, R=10, n=6, B=3, miss=miss)), [0, 3, 6, 6, 6, 6])
    rate[20:40] = 0  # an evaluation: the frozen counter's rate is 0; align averages a pod's points, rawsum adds
    run = _run(rate, rep, R=10, n=6, B=3)
    assert np.allclose(h41._series(run), [0, 3, 3 * (0.4 + 0.9), 0, 3 * (0.6 + 0.1), 6])


def test_counter_reset_gives_no_rate():
    """A killed process's pod comes back with its counter at 0: the point where it fell gives no rate."""
    rate = np.ones(60)
    rate[28:32] = 0
    procs = [(0.0, 28.0, 1), (32.0, 60.0, 1)]
    rep = [[t, 0, 0] for t in (5, 10, 15, 20, 25)] + [[t, 0, 1] for t in (35, 40, 45, 50, 55)]
    assert np.allclose(h41._series(_run(rate, rep, R=10, n=6, procs=procs)), [0, 1, 1, 0, 1, 1])
    assert np.allclose(h41._series(_run(rate, rep[:5], R=10, n=6, procs=procs)), [0, 1, 1, 0, 0, 0])


def test_outages_only_touch_the_buckets_of_their_missed_points():
    """Clearing the missed points changes the healthy series only in the buckets that held them or the next rate
    point after them (a pod's reports are at most ``I + 3`` s apart)."""
    for run in _builds("short"):
        h = h41._series(run)
        miss, run.miss = run.miss, np.zeros(len(run.miss), bool)
        full = h41._series(run)
        run.miss = miss
        near = np.zeros(run.n, bool)
        for t in run.rep[miss, 0]:
            near[t // run.R:(t + run.I + 3) // run.R + 1] = True
        assert np.array_equal(h[~near], full[~near]) and (h != full).any()


def test_weights():
    rng = np.random.default_rng(0)
    w = h41._weight(rng, "leak", 1000, 600)
    assert w[0] == 0 and (np.diff(w[:600]) >= 0).all() and (w[600:] == 1).all()
    w = h41._weight(rng, "straggler", 5000, 0)
    assert set(np.unique(w)) == {0.1, 1.0}
    w = h41._weight(rng, "drop", 5000, 0)
    assert w[0] == 0 and w.max() == 2 and (w[100:] >= 1).all()


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout41, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout41, 412000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout41(412000, n_events=9)
