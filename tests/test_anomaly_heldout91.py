"""The ninety-first held-out trace family (a lip-reading model's training video frames/s, one JSON event per node and
``k`` steps to Kafka, summed per one-minute event-time window by a Spark Structured Streaming query with a watermark
into a Delta table that a dashboard reads): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes and its row of the docstring's counts
table (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout91 as h91
import tests.trace_checks as tc
from anomaly.heldout90 import HELDOUT90_SEEDS
from anomaly.heldout91 import HELDOUT91_SEEDS, heldout91_set, make_heldout91
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT91_SEEDS[:4]
PINNED_EVENTS = [Event("drop", 548, 548, 916, 0.2995), Event("leak", 1044, 1245, 1375, 0.1516),
                 Event("straggler", 2038, 2038, 2266, 0.1252), Event("straggler", 2740, 2740, 2867, 0.1831)]
PINNED_SUM = 135218849.13732105
PINNED_PAUSES = [(0, 10), (39, 44), (103, 106)]
PINNED_CHANGES = [1543]
SPANS = {"short": (2, 40), "long": (2, 100)}
LISTED_LONG = 9
CHANGES_LINE = "short 10, long 9"

shared_builds = tc.shared_builds(h91)

_set, traces, _full_long = tc.cheap_sets(heldout91_set, SEEDS, n=N)


def _builds(setting: str) -> list:
    return [h91._build(seed, N, setting) for seed in SEEDS]


def _true(run) -> np.ndarray:
    """The job's frames/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J.sum(axis=0)) * h91.TICK])
    return (C[(np.arange(N) + 1) * h91.K] - C[np.arange(N) * h91.K]) / h91.STEP


def test_seed_range_is_its_own():
    assert HELDOUT91_SEEDS == tuple(range(912000, 912012))
    assert not set(HELDOUT91_SEEDS) & set(HELDOUT90_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout91, 912001, 912002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout91(912000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout91(912000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT91_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h91.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_window_ends(traces):
    """A point is one event-time window of a minute, stamped at its end; a window that reads 0 is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h91.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h91.TICK)), min(run.nt, int(b // h91.TICK))
                assert not run.J[:, i0:i1].any(), (a, b, kind)
                if b - a >= 3 * h91.STEP:
                    s, e = int(np.ceil(a / h91.STEP)), int(b // h91.STEP)
                    assert not live[s:min(e, N)].any(), (a, b, kind)
            assert {k for a, b, k in run.pauses_t} >= {"startup", "valid", "ckpt"}


def test_the_dashboard_reads_the_jobs_frames_per_minute():
    """Away from pauses a point is about the job's frames/s in its minute (events straddling windows, lost,
    duplicated, dropped behind the watermark or committed after the read, and skewed clocks aside)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            true = _true(run)
            assert 0.9 < h[live].sum() / true[live].sum() < 1.1
            assert np.median(np.abs(h[live] / true[live] - 1)) < 0.15
            assert (h >= 0).all()


def test_the_read_is_linear_and_local():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h91._read(run, 2 * run.J), 2 * h)
        part = np.zeros_like(run.J[:, 6000:9000])
        part[:, 1000:1200] = run.J[:, 7000:7200]
        v = h91._read(run, part, 6000)
        lo, hi = int(7000 * h91.TICK / 60), int(7200 * h91.TICK / 60)
        assert not v[:lo - 6].any() and not v[hi + 6:].any()
        assert set(run.cfg) >= {"P", "W", "R", "M", "append", "idem", "clock"}
        assert run.counts["events"] > 0 and run.counts["batches"] > 0


def test_the_path_loses_and_duplicates_events():
    """Expired sends in a broker outage, crashes' open events and windows read before their batch committed lose
    frames; a producer without idempotence duplicates some retried events."""
    total = {}
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for k, v in run.counts.items():
                total[k] = total.get(k, 0) + v
    assert total["expired"] > 0 and total["crash_open"] > 0 and total["unread"] > 0


def test_stages_change_the_rate():
    cfg = {"gpus": 8, "gpu": 2500.0, "cores": 64, "core": 250.0, "eff": 0.9}
    st = {"len": 1.0, "model": 1.0, "av": 1.0, "av_cpu": 1.0, "aug": 1.0, "nodes": 1}
    assert h91._node_rate(cfg, {**st, "len": 1.3}) < h91._node_rate(cfg, st)
    assert h91._node_rate(cfg, {**st, "model": 1.8}) < h91._node_rate(cfg, st)
    assert h91._node_rate(cfg, {**st, "aug": 1.5, "av_cpu": 1.5}) < h91._node_rate(cfg, st)
    assert h91._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * h91._node_rate(cfg, st))


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
            relaunches = [q for q in run.procs if q["how"] == "relaunch"]
            assert len(changes) <= len(run.known_t) <= len(relaunches)
            for q, p in zip(run.procs, run.procs[1:]):
                assert (p["st"] != q["st"]) == (q["how"] == "relaunch")


def test_weights():
    tc.check_event_weights(h91._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout91, HELDOUT91_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout91, 912000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout91(912000, n_events=9)
