"""The eighty-fourth held-out trace family (a mammography screening model's training images/s, each node's syslog
line forwarded by rsyslog to a Graylog syslog input, indexed in OpenSearch and summed per minute by a dashboard
widget): generator checks only (no detector here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes and its row of the docstring's counts
table (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout84 as h84
import tests.trace_checks as tc
from anomaly.heldout83 import HELDOUT83_SEEDS
from anomaly.heldout84 import HELDOUT84_SEEDS, heldout84_set, make_heldout84
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT84_SEEDS[:4]
PINNED_EVENTS = [Event("drop", 1021, 1021, 1138, 0.3053), Event("leak", 1262, 1412, 1503, 0.3347),
                 Event("straggler", 2637, 2637, 2920, 0.2299)]
PINNED_SUM = 511304.4312120654
PINNED_PAUSES = [(0, 9), (78, 83), (156, 160)]
PINNED_CHANGES = [943]
SPANS = {"short": (2, 40), "long": (2, 100)}
LISTED_LONG = 6
CHANGES_LINE = "short 12, long 6 (planned continuations)"

shared_builds = tc.shared_builds(h84)

_set, traces, _full_long = tc.cheap_sets(heldout84_set, SEEDS, n=N)


def _builds(setting: str) -> list:
    return [h84._build(seed, N, setting) for seed in SEEDS]


def _true(run) -> np.ndarray:
    """The job's images/s per minute (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J) * h84.TICK])
    return (C[(np.arange(N) + 1) * h84.K] - C[np.arange(N) * h84.K]) / h84.STEP


def test_seed_range_is_its_own():
    assert HELDOUT84_SEEDS == tuple(range(842000, 842012))
    assert not set(HELDOUT84_SEEDS) & set(HELDOUT83_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout84, 842001, 842002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout84(842000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout84(842000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT84_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h84.__doc__, LISTED_LONG, CHANGES_LINE)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_widgets_minutes(traces):
    """A point is one 1-minute bucket of the widget (lines keyed by their syslog ``timestamp``), keyed by its start;
    a bucket with no seen line reads 0 (and is paused), so no minute is skipped."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h84.EPOCH + 60.0 * np.arange(N))
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
            for a, b, kind in run.pauses:
                assert not run.J[a:b].any(), (a, b, kind)
                if (b - a) * h84.TICK >= 2 * h84.STEP + run.cfg["E"]:  # a minute wholly inside a pause
                    s, e = int(np.ceil((a * h84.TICK + run.cfg["E"]) / h84.STEP)), int(b * h84.TICK // h84.STEP)
                    assert not live[s:min(e, N)].any(), (a, b, kind)
            assert {k.split("+")[0] for a, b, k in run.pauses} >= {"startup", "valid"}


def test_the_widget_reads_the_jobs_images_per_minute():
    """Away from pauses a point is about the job's images/s in its minute (lines late for the watcher's read, lost
    in a crashed input's TCP buffer, or stamped by a node clock that is off, move or leave its minutes)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            true = _true(run)
            assert 0.97 < h[live].sum() / true[live].sum() < 1.03
            assert np.median(np.abs(h[live] / true[live] - 1)) < 0.05
            assert (h >= 0).all()


def test_the_read_is_linear_and_follows_the_collection_path():
    """The read is linear in the job's rate (log times, stamps, delivery and the watcher's reads do not depend on it);
    a logged line never spans two processes; the watcher saw nearly all lines stamped in the trace."""
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h84._read(run, 2 * run.J), 2 * h)
        rw = run.rw
        assert (rw.i1 < rw.i2).all() and ((rw.b >= 0) & (rw.b < N)).all() and (rw.coef > 0).all()
        assert (run.life[rw.i1] == run.life[rw.i2 - 1]).all()
        assert 0.95 < rw.seen_share <= 1.0
        assert set(run.cfg) >= {"E", "L", "gpu", "cpu", "eff", "epoch", "cold"}


def test_dicom_decoding_can_bound_a_node():
    """A node's rate is the softer minimum of its GPUs' and its loader workers' rates, and falls with the pixels."""
    cfg = {"gpu": 5.0, "cpu": 20.0, "eff": 0.9}
    p = {"res": 1.0, "site": 1.0, "nodes": 1}
    assert h84._node_rate(cfg, p) < 20.0
    assert h84._node_rate(cfg, {**p, "res": 1.4}) < h84._node_rate(cfg, p)
    assert h84._level(cfg, {**p, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * h84._node_rate(cfg, p))


def test_events_placement(traces):
    tc.check_event_placement(traces[1], 2, 4, first=N // 10, n=N)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=1)


def test_changes_are_the_planned_continuations():
    continued = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for q, p in zip(run.procs, run.procs[1:]):
                moved = (p["nodes"], p["res"], p["site"]) != (q["nodes"], q["res"], q["site"])
                assert moved == q["graceful"] == (p["change"] is not None), (p, q)
            continued += len(changes)
    assert continued >= 2


def test_weights():
    tc.check_event_weights(h84._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout84, HELDOUT84_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout84, 842000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout84(842000, n_events=9)
