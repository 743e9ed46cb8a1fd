"""The eighty-ninth held-out trace family (an RF signal classifier's training frames/s, each node's frames counter
exposed by a net-snmp ``pass_persist`` script as a Counter32 or Counter64, polled over SNMP v2c by OpenNMS collectd,
stored as a COUNTER in RRD/JRobin or in Newts and summed by a dashboard from the Measurements API): generator checks
only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes and its row of the docstring's counts
table (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout89 as h89
import tests.trace_checks as tc
from anomaly.heldout88 import HELDOUT88_SEEDS
from anomaly.heldout89 import HELDOUT89_SEEDS, heldout89_set, make_heldout89
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT89_SEEDS[:4]
PINNED_EVENTS = [Event("leak", 593, 986, 1141, 0.1799), Event("straggler", 1537, 1537, 1767, 0.2602),
                 Event("drop", 2374, 2374, 3000, 0.1681)]
PINNED_SUM = 148798454.53509378
PINNED_PAUSES = [(0, 13), (68, 70), (75, 79)]
PINNED_CHANGES = []
SPANS = {"short": (2, 35), "long": (2, 100)}
LISTED_LONG = 9
CHANGES_LINE = "short 4, long 9"

shared_builds = tc.shared_builds(h89)

_set, traces, _full_long = tc.cheap_sets(heldout89_set, SEEDS, n=N)


def _builds(setting: str) -> list:
    return [h89._build(seed, N, setting) for seed in SEEDS]


def _true(run) -> np.ndarray:
    """The job's frames/s per step (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J) * h89.TICK])
    return (C[(np.arange(N) + 1) * h89.K] - C[np.arange(N) * h89.K]) / h89.STEP


def test_seed_range_is_its_own():
    assert HELDOUT89_SEEDS == tuple(range(892000, 892012))
    assert not set(HELDOUT89_SEEDS) & set(HELDOUT88_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout89, 892001, 892002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout89(892000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout89(892000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT89_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h89.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=4)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_rrd_steps(traces):
    """A point is one step of the store (60 s, the collection interval), stamped at its end; a row with no value
    reads 0 (and is paused)."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h89.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h89.TICK)), min(run.nt, int(b // h89.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                if b - a >= 3 * h89.STEP:  # a step wholly inside a pause, with the interval before it
                    s, e = int(np.ceil(a / h89.STEP)) + 1, int(b // h89.STEP)
                    assert not live[s:min(e, N)].any(), (a, b, kind)
            assert {k for a, b, k in run.pauses_t} >= {"startup", "valid", "ckpt"}


def test_the_dashboard_reads_the_jobs_frames_per_step():
    """Away from pauses a point is about the job's frames/s in its step (a missed poll spreads a rate over two
    steps, a node without a value is left out or empties the row, a Counter32 misread after a trainer's restart
    spikes where no ``maxval`` holds it)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            true = _true(run)
            assert 0.9 < h[live].sum() / true[live].sum() < 1.1
            assert np.median(np.abs(h[live] / true[live] - 1)) < 0.03
            assert (h >= 0).all()


def test_the_read_is_linear_but_for_the_wrap_corrections():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h89._read(run, 2 * run.J, const=False), 2 * h89._read(run, run.J, const=False))
        if not any(w.any() for w in run.wrap):
            assert np.allclose(h89._read(run, run.J, const=False), h)
        assert set(run.cfg) >= {"width", "persist", "store", "dash", "retries", "maxval", "U"}


def test_counter32_wraps_are_read_through_and_restarts_are_not():
    """Within one trainer process a Counter32's wrap adds 2**32 and nothing else (the rate is the frames'); a raw
    counter that restarted at zero is corrected as a wrap (a spike) or left unknown (over ``maxval``)."""
    run = h89._build(892000, N, "short")[0]
    run2 = h89.SimpleNamespace(**vars(run))
    run2.cfg = {**run.cfg, "width": 32, "maxval": None}
    h89._calibrate(run2)
    wrapped = restarted = 0
    for k, w in enumerate(run2.wrap):
        c, dc, gap = h89._intervals(run2, run2.J, k)
        same = np.diff(run.pl.proc[k]) == 0
        assert np.allclose(w[same & run2.known[k]], 0.0, atol=1.0)
        wrapped += int((np.diff(np.floor(c / 2.0 ** 32))[same] > 0).sum())
        restarted += int((w[~same] > 0).sum())
    assert wrapped > 0 and (restarted > 0 or run.cfg["persist"])


def test_stages_change_the_rate():
    cfg = {"gpus": 8, "gpu": 10000.0, "cpu": 1.5, "cls_cost": 0.05, "eff": 0.9}
    st = {"frame": 1.0, "classes": 1.0, "sim": 1.0, "ota": 1.0, "nodes": 1}
    assert h89._node_rate(cfg, {**st, "frame": 2.0}) < h89._node_rate(cfg, st)
    assert h89._node_rate(cfg, {**st, "classes": 2.0}) < h89._node_rate(cfg, st)
    assert h89._node_rate(cfg, {**st, "sim": 3.0}) < h89._node_rate(cfg, st)
    assert h89._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * h89._node_rate(cfg, st))


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
            assert len(run.known_t) == len(relaunches) and len(changes) <= len(run.known_t)
            for q, p in zip(run.procs, run.procs[1:]):
                assert (p["st"] != q["st"]) == (p["how"] == "relaunch")


def test_weights():
    tc.check_event_weights(h89._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout89, HELDOUT89_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout89, 892000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout89(892000, n_events=9)
