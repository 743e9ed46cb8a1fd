"""The ninety-sixth held-out trace family (a Lean 4 prover's fine-tuning tokens/s in expert-iteration rounds, one Pulsar
message per rank and logging interval, summed by a Pulsar Function in processing-time tumbling windows, read once a
minute from its output topic): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes and its row of the docstring's counts
table (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout96 as h96
import tests.trace_checks as tc
from anomaly.heldout94 import HELDOUT94_SEEDS
from anomaly.heldout96 import HELDOUT96_SEEDS, heldout96_set, make_heldout96
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT96_SEEDS[:4]
PINNED_EVENTS = [Event("leak", 334, 732, 1141, 0.1955), Event("drop", 1422, 1422, 2041, 0.119),
                 Event("straggler", 2409, 2409, 2544, 0.2841)]
PINNED_SUM = 38042108.53149569
PINNED_PAUSES = [(0, 13), (60, 66), (116, 121)]
PINNED_CHANGES = []
SPANS = {"short": (2, 45), "long": (2, 120)}
LISTED_LONG = 13
CHANGES_LINE = "short 9, long 13"

shared_builds = tc.shared_builds(h96)

_set, traces, _full_long = tc.cheap_sets(heldout96_set, SEEDS, n=N)


def _builds(setting: str) -> list:
    return [h96._build(seed, N, setting) for seed in SEEDS]


def _true(run) -> np.ndarray:
    """The job's tokens/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J) * h96.TICK])
    return (C[(np.arange(N) + 1) * h96.K] - C[np.arange(N) * h96.K]) / h96.STEP


def test_seed_range_is_its_own():
    assert HELDOUT96_SEEDS == tuple(range(962000, 962012))
    assert not set(HELDOUT96_SEEDS) & set(HELDOUT94_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout96, 962001, 962002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout96(962000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout96(962000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT96_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h96.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the window the dashboard read at its minute's end; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h96.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h96.TICK)), min(run.nt, int(b // h96.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int((a + 130) // h96.STEP), min(int(b // h96.STEP) - 1, N)  # reads lag 0-130 s
                assert not live[s:e].any(), (a, b, kind)
            assert {k for a, b, k in run.pauses_t} >= {"startup", "valid", "ckpt"}


def test_the_dashboard_reads_the_jobs_tokens_per_minute():
    """Away from pauses a read is about the job's tokens/s (the window's phase, lost, late, redelivered and
    duplicated messages aside)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            true = _true(run)
            assert 0.85 < h[live].sum() / true[live].sum() < 1.1
            ok = live & (true > 0)
            assert np.median(np.abs(h[ok] / true[ok] - 1)) < 0.12
            assert (h >= 0).all()


def test_the_path_loses_delays_and_redelivers():
    total = {}
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    assert total["crash_lost"] > 0 and total["broker"] > 0 and total["fn_restarts"] > 0
    assert total["late_outage"] > 0 and total["gaps"] > 0


def test_stages_change_the_rate():
    cfg = {"gpus": 8, "gpu": 3000.0, "eff": 0.9}
    st = {"context": 1.0, "model": 1.0, "rl": 1.0, "mix": 1.0, "nodes": 1}
    for key in ("context", "model"):
        assert h96._level(cfg, {**st, key: 2.0}) < h96._level(cfg, st)
    assert h96._level(cfg, {**st, "rl": 0.3}) < h96._level(cfg, st)
    assert h96._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * h96._level(cfg, st))


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
            assert len(changes) <= len(run.known_t) == len(relaunches) <= len(run.stages) - 1


def test_weights():
    tc.check_event_weights(h96._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout96, HELDOUT96_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout96, 962000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout96(962000, n_events=9)
