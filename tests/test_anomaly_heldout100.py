"""The hundredth held-out trace family (a SAM 2-style video object segmentation model's fine-tuning frames/s, one NATS
JetStream message per node and logging interval, summed per minute by a pull-consumer service into a key-value bucket,
read once a minute by the dashboard): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes and its row of the docstring's counts
table (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout100 as h100
import tests.trace_checks as tc
from anomaly.heldout99 import HELDOUT99_SEEDS
from anomaly.heldout100 import HELDOUT100_SEEDS, heldout100_set, make_heldout100
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT100_SEEDS[:4]
PINNED_EVENTS = [Event("straggler", 731, 731, 1135, 0.288), Event("leak", 1243, 1624, 1808, 0.2017),
                 Event("drop", 2136, 2136, 2941, 0.2247)]
PINNED_SUM = 1851976.3405900104
PINNED_PAUSES = [(0, 13), (52, 57), (89, 91)]
PINNED_CHANGES = [1882]
SPANS = {"short": (2, 70), "long": (2, 90)}  # a service's crash loop reads nothing for up to 45 points
LISTED_LONG = 10
CHANGES_LINE = "short 8, long 10"

shared_builds = tc.shared_builds(h100)

_set, traces, _full_long = tc.cheap_sets(heldout100_set, SEEDS, n=N)


def _builds(setting: str) -> list:
    return [h100._build(seed, N, setting) for seed in SEEDS]


def _true(run) -> np.ndarray:
    """The job's frames/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(N) + 1) * h100.K] - C[np.arange(N) * h100.K]) / h100.K


def test_seed_range_is_its_own():
    assert HELDOUT100_SEEDS == tuple(range(1002000, 1002012))
    assert not set(HELDOUT100_SEEDS) & set(HELDOUT99_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout100, 1002001, 1002002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout100(1002000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout100(1002000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT100_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h100.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the minute key the dashboard read; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h100.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h100.TICK)), min(run.nt, int(b // h100.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h100.STEP) + 1, min(int(b // h100.STEP), N)
                assert not live[s:e].any(), (a, b, kind)
            assert {k for a, b, k in run.pauses_t} >= {"startup", "valid", "ramp"}


def test_the_dashboard_reads_the_jobs_frames_per_minute():
    """Away from pauses a read is about the job's frames/s (the intervals' phase, lost, late and duplicated messages
    and a node's clock aside)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            true = _true(run)
            assert 0.3 < h[live].sum() / true[live].sum() < 1.05
            assert (h >= 0).all()


def test_the_path_loses_delays_and_duplicates():
    total = {}
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ("killed", "socket_lost", "late_sent", "dup_publish", "service_lost", "late", "read_failed"):
        assert total[k] > 0, k


def test_stages_change_the_rate():
    cfg = {"gpus": 8, "gpu": 20.0, "workers": 64, "core": 20.0, "eff": 0.9}
    st = {"res": 1.0, "mem": 1.0, "dom": 1.0, "enc": 1.0, "fast": 1.0, "nodes": 1}
    for key in ("res", "mem", "dom", "enc"):
        assert h100._level(cfg, {**st, key: 2.0}) < h100._level(cfg, st)
    assert h100._level(cfg, {**st, "fast": 2.0}) > h100._level(cfg, st)
    assert h100._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * h100._level(cfg, st))
    slow = {**cfg, "core": 1.0}  # videos decoded on few loader workers: the CPUs bound the rate
    assert h100._level(slow, st) < 0.5 * h100._level(cfg, st)


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
    tc.check_event_weights(h100._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout100, HELDOUT100_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout100, 1002000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout100(1002000, n_events=9)
