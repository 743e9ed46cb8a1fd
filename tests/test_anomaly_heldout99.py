"""The ninety-ninth held-out trace family (an AstroCLIP-style image-spectrum contrastive model's galaxies/s, one MQTT
message per node and logging interval through Mosquitto to a Node-RED flow summing per minute, read once a minute by
the watcher): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes and its row of the docstring's counts
table (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout99 as h99
import tests.trace_checks as tc
from anomaly.heldout98 import HELDOUT98_SEEDS
from anomaly.heldout99 import HELDOUT99_SEEDS, heldout99_set, make_heldout99
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT99_SEEDS[:4]
PINNED_EVENTS = [Event("leak", 477, 767, 897, 0.1774), Event("straggler", 1788, 1788, 1991, 0.276),
                 Event("drop", 2627, 2627, 3000, 0.3133)]
PINNED_SUM = 11894664.64422406
PINNED_PAUSES = [(0, 11), (77, 80), (160, 163)]
PINNED_CHANGES = [1067, 1406]
SPANS = {"short": (2, 45), "long": (2, 90)}  # a missed minute (a Node-RED restart) is a span of 2
LISTED_LONG = 15
CHANGES_LINE = "short 12, long 15"

shared_builds = tc.shared_builds(h99)

_set, traces, _full_long = tc.cheap_sets(heldout99_set, SEEDS, n=N)


def _builds(setting: str) -> list:
    return [h99._build(seed, N, setting) for seed in SEEDS]


def _true(run) -> np.ndarray:
    """The job's galaxies/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(N) + 1) * h99.K] - C[np.arange(N) * h99.K]) / h99.K


def test_seed_range_is_its_own():
    assert HELDOUT99_SEEDS == tuple(range(992000, 992012))
    assert not set(HELDOUT99_SEEDS) & set(HELDOUT98_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout99, 992001, 992002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout99(992000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout99(992000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT99_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h99.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the minute the flow summed; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h99.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h99.TICK)), min(run.nt, int(b // h99.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h99.STEP) + 1, min(int(b // h99.STEP), N)
                assert not live[s:e].any(), (a, b, kind)
            assert {k for a, b, k in run.pauses_t} >= {"startup", "valid", "ramp"}


def test_the_watcher_reads_the_jobs_galaxies_per_minute():
    """Away from pauses a read is about the job's galaxies/s (the intervals' phase, lost, late and duplicated
    messages and a node's clock aside)."""
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
    for k in ("killed", "qos0_offline", "queued_late", "nr_offline", "context_lost", "read_failed"):
        assert total[k] > 0, k


def test_stages_change_the_rate():
    cfg = {"gpus": 8, "gpu": 200.0, "workers": 64, "core": 40.0, "eff": 0.9}
    st = {"cut": 1.0, "bands": 1.0, "enc": 1.0, "mode": 1.0, "nodes": 1}
    for key in ("cut", "bands", "enc"):
        assert h99._level(cfg, {**st, key: 2}) < h99._level(cfg, st)
    assert h99._level(cfg, {**st, "mode": 2.0}) > h99._level(cfg, st)
    assert h99._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * h99._level(cfg, st))
    slow = {**cfg, "core": 5.0}  # FITS decoded on few loader workers: the CPUs bound the rate
    assert h99._level(slow, st) < 0.5 * h99._level(cfg, st)


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
    tc.check_event_weights(h99._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout99, HELDOUT99_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout99, 992000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout99(992000, n_events=9)
