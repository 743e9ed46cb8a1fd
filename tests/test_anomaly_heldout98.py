"""The ninety-eighth held-out trace family (a chest X-ray report-generation model's fine-tuning studies/s, one Pub/Sub
message per node and logging interval, written as rows by a BigQuery subscription and summed per minute by the
dashboard's query): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes and its row of the docstring's counts
table (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout98 as h98
import tests.trace_checks as tc
from anomaly.heldout97 import HELDOUT97_SEEDS
from anomaly.heldout98 import HELDOUT98_SEEDS, heldout98_set, make_heldout98
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT98_SEEDS[:4]
PINNED_EVENTS = [Event("drop", 438, 438, 616, 0.3142), Event("leak", 1707, 1889, 2041, 0.2063),
                 Event("straggler", 2514, 2514, 2881, 0.1572)]
PINNED_SUM = 482022.00418655
PINNED_PAUSES = [(0, 6), (70, 72), (98, 102)]
PINNED_CHANGES = [2090]
SPANS = {"short": (2, 45), "long": (2, 90)}  # reads of nothing (a long subscription backlog) may outlast a pause
LISTED_LONG = 16
CHANGES_LINE = "short 12, long 16"

shared_builds = tc.shared_builds(h98)

_set, traces, _full_long = tc.cheap_sets(heldout98_set, SEEDS, n=N)


def _builds(setting: str) -> list:
    return [h98._build(seed, N, setting) for seed in SEEDS]


def _true(run) -> np.ndarray:
    """The job's studies/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(N) + 1) * h98.K] - C[np.arange(N) * h98.K]) / h98.STEP


def test_seed_range_is_its_own():
    assert HELDOUT98_SEEDS == tuple(range(982000, 982012))
    assert not set(HELDOUT98_SEEDS) & set(HELDOUT97_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout98, 982001, 982002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout98(982000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout98(982000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT98_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h98.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the minute the dashboard's query summed; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h98.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h98.TICK)), min(run.nt, int(b // h98.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h98.STEP) + 1, min(int(b // h98.STEP), N)
                assert not live[s:e].any(), (a, b, kind)
            assert {k for a, b, k in run.pauses_t} >= {"startup", "valid", "ramp"}


def test_the_dashboard_reads_the_jobs_studies_per_minute():
    """Away from pauses a read is about the job's studies/s (the intervals' phase, lost, late and duplicated rows
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
    for k in ("killed", "outage_late", "outage_lost", "sub_dup", "backlog_late", "late_for_read", "read_failed"):
        assert total[k] > 0, k


def test_stages_change_the_rate():
    cfg = {"gpus": 8, "gpu": 20.0, "workers": 64, "core": 30.0, "eff": 0.9}
    st = {"res": 1.0, "views": 1, "tokens": 1.0, "decoder": 1.0, "reward": 1.0, "nodes": 1}
    for key in ("res", "tokens", "decoder", "views"):
        assert h98._level(cfg, {**st, key: 2}) < h98._level(cfg, st)
    assert h98._level(cfg, {**st, "reward": 0.3}) < h98._level(cfg, st)
    assert h98._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * h98._level(cfg, st))
    dicom = {**cfg, "core": 1.0}  # DICOM decoded on the loader workers: the CPUs bound the rate
    assert h98._level(dicom, st) < 0.5 * h98._level(cfg, st)


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
    tc.check_event_weights(h98._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout98, HELDOUT98_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout98, 982000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout98(982000, n_events=9)
