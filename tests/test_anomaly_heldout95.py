"""The ninety-fifth held-out trace family (a RETFound-style retinal MAE's pretraining images/s, one MongoDB time-series
document per node and logging interval, read per minute by a ``$dateTrunc`` aggregation): generator checks only (no
detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes and its row of the docstring's counts
table (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout95 as h95
import tests.trace_checks as tc
from anomaly.heldout94 import HELDOUT94_SEEDS
from anomaly.heldout95 import HELDOUT95_SEEDS, heldout95_set, make_heldout95
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT95_SEEDS[:4]
PINNED_EVENTS = [Event("straggler", 587, 587, 916, 0.2234), Event("drop", 1266, 1266, 1591, 0.2306),
                 Event("leak", 1713, 2017, 2266, 0.1085), Event("leak", 2375, 2631, 3000, 0.0969)]
PINNED_SUM = 2158007.2853680626
PINNED_PAUSES = [(0, 10), (37, 41), (102, 107)]
PINNED_CHANGES = [1692]
SPANS = {"short": (2, 40), "long": (2, 100)}
LISTED_LONG = 10
CHANGES_LINE = "short 14, long 10"

shared_builds = tc.shared_builds(h95)

_set, traces, _full_long = tc.cheap_sets(heldout95_set, SEEDS, n=N)


def _builds(setting: str) -> list:
    return [h95._build(seed, N, setting) for seed in SEEDS]


def _true(run) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J) * h95.TICK])
    return (C[(np.arange(N) + 1) * h95.K] - C[np.arange(N) * h95.K]) / h95.STEP


def test_seed_range_is_its_own():
    assert HELDOUT95_SEEDS == tuple(range(952000, 952012))
    assert not set(HELDOUT95_SEEDS) & set(HELDOUT94_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout95, 952001, 952002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout95(952000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout95(952000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT95_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h95.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is one $dateTrunc minute of documents, stamped at the minute's end; a read of 0 is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h95.EPOCH + 60.0 * (np.arange(N) + 1))
        assert tc.paused_mask(t)[t.healthy <= 0].all()


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert len(t.pauses) >= 20 and t.pauses[0][0] == 0, t.seed
        tc.check_pause_spans(t, lo, hi, n=N, apart=True)


def test_nothing_is_trained_in_a_pause_and_its_points_are_paused():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b, kind in run.pauses_t:
                if kind == "ramp":
                    continue
                i0, i1 = int(np.ceil(a / h95.TICK)), min(run.nt, int(b // h95.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h95.STEP), int(np.ceil(b / h95.STEP))
                assert not live[s:min(e, N)].any(), (a, b, kind)
            assert {k for a, b, k in run.pauses_t} >= {"startup", "valid", "ckpt"}


def test_the_dashboard_reads_the_jobs_images_per_minute():
    """Away from pauses a read is about the job's images/s (lost buffers, rolled-back and late documents aside; a
    panel that keeps the newest minute misses the documents flushed after its read)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            true = _true(run)
            assert 0.8 < h[live].sum() / true[live].sum() < 1.05
            assert np.median(np.abs(h[live] / true[live] - 1)) < 0.2
            assert (h >= 0).all()


def test_the_path_loses_delays_and_rolls_back():
    """Over the "long" full set's runs (memoised): buffers lost in crashes, failovers, retried or re-sent inserts,
    rolled-back w:1 documents and documents that came after their minute's read."""
    total = {}
    for seed in HELDOUT95_SEEDS:
        for k, v in h95._build(seed, 6000, "long")[0].path.counts.items():
            total[k] = total.get(k, 0) + v
    assert total["crash_lost"] > 0 and total["elections"] > 0 and total["retried"] + total["resent"] > 0
    assert total["late"] > 0 and total["rolled_back"] > 0


def test_the_reads_follow_the_minutes():
    """A minute is read once, after its end (the newest minute 5-22 s after it, a settled one a minute later; a read
    that fell in an election a minute later still), and every counted tick lands in a point of the trace."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            p = run.path
            lag = p.reads[:N] - h95.STEP * (np.arange(N) + 1)
            assert (lag >= 5).all() and (lag <= 2 * h95.STEP + 17 + h95.STEP * len(p.elections)).all()
            assert p.idx.min() >= 0 and p.idx.max() < N and (p.wt >= 0).all()


def test_stages_change_the_rate():
    cfg = {"gpus": 8, "gpu": 200.0, "cores": 64, "core": 25.0, "oct": 3.0, "eff": 0.9}
    st = {"mask": 0.75, "res": 224, "oct": 0.0, "ft": 1.0, "nodes": 1}
    assert h95._node_rate(cfg, {**st, "res": 384}) < h95._node_rate(cfg, st)
    assert h95._node_rate(cfg, {**st, "ft": 3.0}) < h95._node_rate(cfg, st)
    assert h95._node_rate(cfg, {**st, "mask": 0.9}) > h95._node_rate(cfg, {**st, "mask": 0.5})
    assert h95._node_rate(cfg, {**st, "oct": 1.0}) > h95._node_rate(cfg, st)
    assert h95._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * h95._node_rate(cfg, st))


def test_events_placement(traces):
    tc.check_event_placement(traces[1], 2, 4, first=N // 10, n=N)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_changes_are_the_planned_relaunches():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            relaunches = [q for q in run.procs if q["why"] == "relaunch"]
            assert len(changes) <= len(run.known_t) == len(relaunches) <= len(run.stages) - 1


def test_weights():
    tc.check_event_weights(h95._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout95, HELDOUT95_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout95, 952000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout95(952000, n_events=9)
