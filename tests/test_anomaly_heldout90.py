"""The ninetieth held-out trace family (a wake-word model's training clips/s, each node's trainer wrapping its steps in
Sentry transactions with the clips as a custom measurement, sampled and sent by the SDK's background worker, summed
per minute by a dashboard's Discover query): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes and its row of the docstring's counts
table (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout90 as h90
import tests.trace_checks as tc
from anomaly.heldout89 import HELDOUT89_SEEDS
from anomaly.heldout90 import HELDOUT90_SEEDS, heldout90_set, make_heldout90
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT90_SEEDS[:4]
PINNED_EVENTS = [Event("straggler", 517, 517, 961, 0.1822), Event("drop", 1226, 1226, 1577, 0.1123),
                 Event("leak", 2249, 2414, 3000, 0.1902)]
PINNED_SUM = 43580563.85800236
PINNED_PAUSES = [(0, 5), (26, 32), (109, 111)]
PINNED_CHANGES = [1096, 1634]
SPANS = {"short": (2, 35), "long": (2, 100)}
LISTED_LONG = 3
CHANGES_LINE = "short 12, long 3"

shared_builds = tc.shared_builds(h90)

_set, traces, _full_long = tc.cheap_sets(heldout90_set, SEEDS, n=N)


def _builds(setting: str) -> list:
    return [h90._build(seed, N, setting) for seed in SEEDS]


def _true(run) -> np.ndarray:
    """The job's clips/s per minute (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J.sum(axis=0)) * h90.TICK])
    return (C[(np.arange(N) + 1) * h90.K] - C[np.arange(N) * h90.K]) / h90.STEP


def test_seed_range_is_its_own():
    assert HELDOUT90_SEEDS == tuple(range(902000, 902012))
    assert not set(HELDOUT90_SEEDS) & set(HELDOUT89_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout90, 902001, 902002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout90(902000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout90(902000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT90_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h90.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_query_minutes(traces):
    """A point is one minute of the Discover query, stamped at its end; a minute with no value reads 0 (paused)."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h90.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h90.TICK)), min(run.nt, int(b // h90.TICK))
                assert not run.J[:, i0:i1].any(), (a, b, kind)
                if b - a >= 3 * h90.STEP:  # a minute wholly inside a pause
                    s, e = int(np.ceil(a / h90.STEP)), int(b // h90.STEP)
                    assert not live[s:min(e, N)].any(), (a, b, kind)
            assert {k for a, b, k in run.pauses_t} >= {"startup", "valid", "ckpt"}


def test_the_dashboard_reads_the_jobs_clips_per_minute():
    """Away from pauses a point is about the job's clips/s in its minute (sampling, a transaction straddling two
    minutes, drops, rate limits, late storage and skewed clocks aside); where the dashboard does not know the sample
    rate it reads that share of the level."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            true = _true(run) * (1.0 if run.cfg["known"] else run.cfg["r"])
            assert 0.9 < h[live].sum() / true[live].sum() < 1.1
            assert np.median(np.abs(h[live] / true[live] - 1)) < 0.1
            assert (h >= 0).all()


def test_the_read_is_linear_and_local():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h90._read(run, 2 * run.J), 2 * h)
        part = np.zeros_like(run.J[:, 6000:9000])
        part[:, 1000:1200] = run.J[:, 7000:7200]
        v = h90._read(run, part, 6000)
        assert not v[:int(7000 * h90.TICK / 60) - 6].any() and not v[int(7200 * h90.TICK / 60) + 6:].any()
        assert set(run.cfg) >= {"r", "known", "D", "R", "outages", "limits", "lags", "clock"}
        assert run.counts["sampled"] > 0


def test_drops_lose_transactions():
    """Refused sends, a hanging egress's timeouts and overflows, rate limits and late storage lose transactions; a
    crash loses the open ones."""
    total = {}
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for k, v in run.counts.items():
                total[k] = total.get(k, 0) + v
    assert total["limited"] > 0 and total["refused"] + total["timed_out"] + total["overflow"] > 0
    assert total["open_lost"] > 0 and total["late"] > 0


def test_stages_change_the_rate():
    cfg = {"gpus": 4, "gpu": 8000.0, "cores": 64, "core": 200.0, "eff": 0.9}
    st = {"kw": 1.0, "neg": 1.0, "qat": 1.0, "far": 1.0, "nodes": 1}
    assert h90._node_rate(cfg, {**st, "neg": 1.3}) < h90._node_rate(cfg, st)
    assert h90._node_rate(cfg, {**st, "far": 1.5}) < h90._node_rate(cfg, st)
    assert h90._node_rate(cfg, {**st, "qat": 2.0}) < h90._node_rate(cfg, st)
    assert h90._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * h90._node_rate(cfg, st))


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
    tc.check_event_weights(h90._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout90, HELDOUT90_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout90, 902000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout90(902000, n_events=9)
