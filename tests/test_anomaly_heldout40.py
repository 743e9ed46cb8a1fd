"""The fortieth held-out trace family (a super-resolution GAN's training patches/s: per-node events every ``K`` steps
to Kafka, rolled up by a Druid Kafka supervisor and read back per 30- or 60-s bucket as ``SUM(patches) / R`` shortly
after the bucket closes): generator checks only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; the
runs are not memoised here, see ``tc.shared_builds``); only the "long" full set is built here, for its shapes and its
row of the docstring's counts table, changes line and run counts (the "short" row, changes line and run counts were
measured on the full sets, and are not re-measured here)."""

import re
from functools import lru_cache

import numpy as np
import pytest

import anomaly.heldout40 as h40
import tests.trace_checks as tc
from anomaly.heldout39 import HELDOUT39_SEEDS
from anomaly.heldout40 import HELDOUT40_SEEDS, heldout40_set, make_heldout40
from anomaly.traces import Event

SPANS = {"short": (6, 22), "long": (30, 110)}

N = 3000
SEEDS = HELDOUT40_SEEDS[:4]


_set, traces, _full_long = tc.cheap_sets(heldout40_set, SEEDS, n=N)  # each built once


@lru_cache(maxsize=2)
def _builds(setting: str) -> list:
    return [h40._build(seed, N, setting)[0] for seed in SEEDS]


@lru_cache(maxsize=1)
def _full_long_runs() -> list:
    return [h40._build(seed, 6000, "long")[0] for seed in HELDOUT40_SEEDS]  # fresh runs: no trace made from them


def _run(rate, R=10, K=1, n=6, procs=None, flush=(), delay=1.0, lost=()):
    run = h40._Run(n=n, R=R, K=K, B=1, rate=np.asarray(rate, float), procs=procs or [(0, len(rate), 1, True)],
                   flush=list(flush), lost=list(lost))
    run.offs, run.delay = np.zeros(6), np.full(len(rate), delay)
    return run


def test_seed_range_is_its_own():
    assert HELDOUT40_SEEDS == tuple(range(402000, 402012))
    assert not set(HELDOUT40_SEEDS) & set(HELDOUT39_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    events = [Event("leak", 706, 974, 1084, 0.2835), Event("drop", 1577, 1577, 1760, 0.2223),
              Event("straggler", 2311, 2311, 2642, 0.2215)]
    tc.check_pinned(make_heldout40, 402001, 402002, events, 1127844.2666666668, [(362, 370), (744, 758), (1083, 1095)],
                    changes=[1498])


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout40(402000, n=2000, setting="long"), make_heldout40(402000, n=2000, pauses="long"))


def test_full_set_shapes_and_pause_spans():
    tc.check_trace_arrays(_full_long(), HELDOUT40_SEEDS)
    for t in _full_long():  # each long trace's spans at n=6000, as before
        tc.check_family_pauses("long", t, SPANS, min_count=8, starts_paused=False)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_query_buckets(traces):
    tc.check_aligned_steps(traces[1], (30.0, 60.0))


def test_pause_spans(traces):
    """The trace starts in training; every pause span lies in the setting's range, with live points between."""
    setting, ts = traces
    for t in ts:
        tc.check_family_pauses(setting, t, SPANS, min_count=8, n=N)


def test_pauses_read_zero(traces):
    """Nothing is trained in a pause's middle: no event is stamped there, the bucket reads 0."""
    for t in traces[1]:
        for s, e in t.pauses:
            if e - s >= 8 and e < len(t.values):
                assert (t.healthy[s + 2:e - 2] == 0).all(), (t.seed, s, e)


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
    runs, ts = _full_long_runs(), _full_long()
    stage = sum(k == "stage" for r in runs for k in r.change_kind)
    listed = sum(len(r.changes) for r in runs)
    line = f"long {listed} ({stage} stage switches, {listed - stage} node-count changes)"
    tc.check_counts_and_changes(("long", ts), h40.__doc__, listed, line)


def test_docstring_run_counts_long():
    """The long runs' counts (the second of each pair; the short ones, the first, are not re-measured here)."""
    doc = " ".join(h40.__doc__.split())
    runs = _full_long_runs()

    def count(what, vals):
        return "/".join(str(sum(getattr(r, what) == v for r in runs)) for v in vals)

    def said(text):  # ``{short} and {long}...``: the short number any
        assert re.search(text.replace("{s}", r"\S+"), doc), text

    said(rf"buckets of 30, 60 s in {{s}} and {count('R', (30, 60))}\b")
    said(rf"an emit every 1, 2 steps in {{s}} and {count('K', (1, 2))}\b")
    said(rf"{{s}} and {sum(k == 'restart' for r in runs for *_, k in r.pauses_t)} node failures simulated")
    st = {k: sum(r.stats[k] for r in runs) for k in ("sent", "lost", "late")}
    said(rf"{{s}} and {st['sent']} events sent")
    said(rf"{{s}} and {st['lost']} lost at leader failovers")
    said(rf"{{s}} and {st['late']} not yet queryable at their bucket's read")


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    # 4 checked in the full set (12 traces at n=6000): 1 in a sixth of it (4 traces at n=3000), in proportion
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=1)


def test_changes_follow_requeues_and_the_stage_switch():
    """A listed change ends the span of a requeue onto another node count or of the (one) GAN stage switch."""
    for setting in ("short", "long"):
        for run in _builds(setting):
            ends = {e for (s, e), (a, b, k) in zip(run.spans, run.pauses_t) if k in ("restart", "stage")}
            assert set(run.changes) <= ends and set(run.change_kind) <= {"stage", "nodes"}
            assert sum(k == "stage" for k in run.change_kind) <= 1
            nodes = [p[2] for p in run.procs]
            assert all(2 <= x <= 5 for x in nodes) and nodes[0] in (3, 4)
            assert sum(a != b for a, b in zip(nodes, nodes[1:])) >= sum(k == "nodes" for k in run.change_kind)


def test_pause_span_is_its_drawn_length_of_buckets():
    """A pause from ``a`` to ``b`` covers the buckets of ``a`` up to that of ``b``; one process a stretch."""
    for run in _builds("long"):
        for (s, e), (a, b, k) in zip(run.spans, run.pauses_t):
            assert s == a // run.R and (e == b // run.R + 1 or e == run.n)
        assert len(run.procs) == 1 + sum(k in ("restart", "stage") for *_, k in run.pauses_t)


def test_schedule_evaluations_failures_and_collection():
    """Evaluations 180-420 points of training apart; a failure at least 3 buckets after the last resume; the lag of
    Kafka to Druid positive, over 20 s only in the minutes after a task rollover; lost windows 2-15 s."""
    for run in _builds("short"):
        for (a0, b0, k0), (a1, b1, k1) in zip(run.pauses_t, run.pauses_t[1:]):
            assert a1 - b0 >= (3 * run.R if k1 == "restart" else 180 * run.R) - 1
            if k1 != "restart":
                assert a1 - b0 <= 420 * run.R
        assert (run.delay > 0).all() and np.median(run.delay) < 3
        assert ((run.delay > 20).mean() < 0.01)
        assert all(2 <= b - a <= 15 for a, b in run.lost)
        assert (run.rate[[t for a, b, k in run.pauses_t for t in range(a, min(b, len(run.rate)))]] == 0).all()


def test_emits_every_k_steps_and_at_flushes():
    c = np.concatenate([[0.0], np.cumsum(np.full(20, 0.5))])  # half a step a second
    times, steps = h40._emits(c, 100, 2, [107], graceful=False)
    assert list(times) == [104.0, 107.0, 108.0, 112.0, 116.0, 120.0] and list(steps) == [2, 1, 1, 2, 2, 2]
    times, steps = h40._emits(c, 100, 2, [], graceful=True)  # a graceful exit logs the last step
    assert times[-1] == 120.0 and steps.sum() == 10
    times, steps = h40._emits(c, 100, 3, [], graceful=False)  # killed at 120: the 10th step is never logged
    assert list(times) == [106.0, 112.0, 118.0] and steps.sum() == 9


def test_bucket_sum_over_r_with_late_and_lost_events():
    run = _run(np.ones(60), R=10, n=6)
    assert np.allclose(h40._series(run), [7.2, 8, 8, 8, 8, 8])  # 8 patches a step, emits at 1..60 s
    run = _run(np.ones(60), R=10, n=6, lost=[(20.5, 25.5)])
    assert np.allclose(h40._series(run), [7.2, 8, 4, 8, 8, 8])  # 21..25 lost
    run = _run(np.ones(60), R=10, n=6)
    run.delay[30:40] = 31.0  # not yet queryable 20 s after bucket 3 closes: read without them
    assert np.allclose(h40._series(run), [7.2, 8, 8, 0, 8, 8])


def test_regression_loses_a_multiple_of_k_steps():
    rate = np.full(400, 0.7)
    run = _run(rate, R=10, K=5, n=40)
    lost = h40._lost(run, 50, np.ones(100), 0.5, to_end=False)
    assert lost[50:150].sum() == pytest.approx(np.ceil(100 * 0.7 / 3 / 5) * 5)
    assert (lost <= rate + 1e-12).all() and (lost >= 0).all() and not lost[150:].any() and not lost[:50].any()
    v, h = h40._series(run, lost), h40._series(run)
    assert np.array_equal(v[16:], h[16:]) and np.array_equal(v[:5], h[:5]) and (v[5:16] <= h[5:16]).all()
    assert h[5:16].sum() - v[5:16].sum() == pytest.approx(lost.sum() * 8 / 10)  # each lost step: 8 patches


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout40, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout40, 402000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout40(402000, n_events=9)
