"""The hundred-and-first held-out trace family (an FNO-style CFD surrogate's training snapshots/s, one Azure Event Hubs
event per node and logging interval, summed per minute by a Stream Analytics tumbling window into a Cosmos DB document,
read once a minute by the dashboard): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes and its row of the docstring's counts
table (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout101 as h101
import tests.trace_checks as tc
from anomaly.heldout100 import HELDOUT100_SEEDS
from anomaly.heldout101 import HELDOUT101_SEEDS, heldout101_set, make_heldout101
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT101_SEEDS[:4]
PINNED_EVENTS = [Event("drop", 978, 978, 1141, 0.1817), Event("straggler", 1338, 1338, 1647, 0.1883),
                 Event("leak", 2497, 2652, 3000, 0.1397)]
PINNED_SUM = 1048378.9133107
PINNED_PAUSES = [(0, 9), (112, 118), (214, 221)]
PINNED_CHANGES = [1736]
SPANS = {"short": (2, 45), "long": (2, 100)}  # a Stream Analytics restart reads nothing for up to 30 points
LISTED_LONG = 13
CHANGES_LINE = "short 14, long 13"

shared_builds = tc.shared_builds(h101)

_set, traces, _full_long = tc.cheap_sets(heldout101_set, SEEDS, n=N)


def _builds(setting: str) -> list:
    return [h101._build(seed, N, setting) for seed in SEEDS]


def _true(run) -> np.ndarray:
    """The job's snapshots/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(N) + 1) * h101.K] - C[np.arange(N) * h101.K]) / h101.STEP


def test_seed_range_is_its_own():
    assert HELDOUT101_SEEDS == tuple(range(1012000, 1012012))
    assert not set(HELDOUT101_SEEDS) & set(HELDOUT100_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout101, 1012001, 1012002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout101(1012000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout101(1012000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT101_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h101.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_windows_ends(traces):
    """A point is the tumbling window's document the dashboard read; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h101.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h101.TICK)), min(run.nt, int(b // h101.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h101.STEP) + 1, min(int(b // h101.STEP), N)
                assert not live[s:e].any(), (a, b, kind)
            assert {k for a, b, k in run.pauses_t} >= {"startup", "valid", "ramp"}


def test_the_dashboard_reads_the_jobs_snapshots_per_minute():
    """Away from pauses a read is about the job's snapshots/s (the intervals' phase, lost, late, adjusted, dropped
    and duplicated events and a node's clock aside)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            true = _true(run)
            assert 0.5 < h[live].sum() / true[live].sum() < 1.05
            assert (h >= 0).all()


def test_the_path_loses_delays_and_duplicates():
    total = {}
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ("killed", "buffer_lost", "cut_lost", "late_sent", "busy_late", "busy_lost", "dup_sent", "lost",
              "late_adjusted", "late_dropped", "ooo_adjusted", "asa_delayed", "read_failed", "late"):
        assert total[k] > 0, k


def test_stream_analytics_event_ordering_policies():
    """The docs' example (late-arrival tolerance 15 s, out-of-order 5 s): an event 40 s late is set to its arrival
    less 15 s; one 11 s late kept; then one behind the watermark (the largest time seen less 5 s) set to it, or
    dropped with the "drop" policy; the watermark runs on with arrival time less 15 s."""
    arr = np.array([640.0, 641.0, 642.0, 643.0])
    tev = np.array([600.0, 630.0, 642.0, 636.0])
    t, good, wm, late, ooo = h101._asa(arr, tev, 15.0, 5.0, drop=False)
    assert t.tolist() == [625.0, 630.0, 642.0, 637.0] and good.all()
    assert late.tolist() == [True, False, False, False] and ooo.tolist() == [False, False, False, True]
    assert wm.tolist() == [625.0, 626.0, 637.0, 637.0]
    t, good, wm, late, ooo = h101._asa(arr, tev, 15.0, 5.0, drop=True)
    assert good.tolist() == [False, True, True, False]


def test_a_window_is_read_after_the_watermark_passes_it():
    """The dashboard's delay is over the late-arrival tolerance (else it would read each window before its
    document is written) and every point a read counts lies in the run."""
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert (np.diff(p.k) >= 0).all() and p.k.min() >= 0 and p.k.max() < N
        assert (p.E > p.S).all() and (p.w > 0).all()
        assert p.D > (p.late_tol if p.event_time else 0.0)


def test_stages_change_the_rate():
    cfg = {"dim": 2, "gpus": 8, "gpu": 20.0, "io": 400.0, "hist": 2, "eff": 0.9}
    st = {"res": 1.0, "modes": 1.0, "roll": 1, "data": 1.0, "nodes": 1, "fast": 1.0}
    for key in ("res", "modes", "roll"):
        assert h101._level(cfg, {**st, key: 2}) < h101._level(cfg, st)
    assert h101._level(cfg, {**st, "fast": 2.0}) > h101._level(cfg, st)
    assert h101._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * h101._level(cfg, st))
    slow = {**cfg, "io": 40.0}  # HDF5 reads from the parallel file system bound the rate
    assert h101._level(slow, st) < 0.5 * h101._level(cfg, st)
    assert h101._level(slow, {**st, "data": 2.0}) < 0.6 * h101._level(slow, st)
    assert h101._level({**cfg, "dim": 3}, {**st, "res": 1.5}) < h101._level(cfg, {**st, "res": 1.5})


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
            assert len(changes) <= len(run.known_t) == run.counts["relaunches"] == len(run.stages) - 1


def test_weights():
    tc.check_event_weights(h101._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout101, HELDOUT101_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout101, 1012000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout101(1012000, n_events=9)
