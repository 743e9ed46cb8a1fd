"""The ninety-second held-out trace family (an EEG foundation model's pretraining windows/s, a StatsD counter per rank
sent over UDP to each node's statsd_exporter, scraped by Prometheus and read once a minute as
``sum(rate(eeg_train_windows_total[W]))``): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes and its row of the docstring's counts
table (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout92 as h92
import tests.trace_checks as tc
from anomaly.heldout91 import HELDOUT91_SEEDS
from anomaly.heldout92 import HELDOUT92_SEEDS, heldout92_set, make_heldout92
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT92_SEEDS[:4]
PINNED_EVENTS = [Event("leak", 380, 706, 916, 0.1305), Event("drop", 1132, 1132, 1591, 0.21),
                 Event("straggler", 1720, 1720, 1808, 0.1058), Event("straggler", 2808, 2808, 3000, 0.2417)]
PINNED_SUM = 13866177.865460625
PINNED_PAUSES = [(0, 6), (60, 64), (106, 109)]
PINNED_CHANGES: list = []
SPANS = {"short": (2, 40), "long": (2, 100)}
LISTED_LONG = 12
CHANGES_LINE = "short 7, long 12"

shared_builds = tc.shared_builds(h92)

_set, traces, _full_long = tc.cheap_sets(heldout92_set, SEEDS, n=N)


def _builds(setting: str) -> list:
    return [h92._build(seed, N, setting) for seed in SEEDS]


def _true(run) -> np.ndarray:
    """The job's windows/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J.sum(axis=0)) * h92.TICK])
    return (C[(np.arange(N) + 1) * h92.K] - C[np.arange(N) * h92.K]) / h92.STEP


def test_seed_range_is_its_own():
    assert HELDOUT92_SEEDS == tuple(range(922000, 922012))
    assert not set(HELDOUT92_SEEDS) & set(HELDOUT91_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout92, 922001, 922002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout92(922000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout92(922000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT92_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h92.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is one read of the dashboard, stamped at its minute's end; a read of 0 (no series) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h92.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h92.TICK)), min(run.nt, int(b // h92.TICK))
                assert not run.J[:, i0:i1].any(), (a, b, kind)
                if b - a >= 3 * h92.STEP:
                    s, e = int(np.ceil(a / h92.STEP)) + 1, int(b // h92.STEP)
                    assert not live[s:min(e, N)].any(), (a, b, kind)
            assert {k for a, b, k in run.pauses_t} >= {"startup", "valid", "ckpt"}


def test_the_dashboard_reads_the_jobs_windows_per_minute():
    """Away from pauses a read is about the job's windows/s in its minute (sampled lines, UDP loss, exporter restarts,
    missed scrapes and rate()'s extrapolation aside)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            true = _true(run)
            assert 0.9 < h[live].sum() / true[live].sum() < 1.1
            assert np.median(np.abs(h[live] / true[live] - 1)) < 0.1
            assert (h >= 0).all()


def test_the_read_is_homogeneous_and_local():
    """A regression's reads computed locally (``_read_mod``) are the reads of the whole path with its windows taken
    out, and twice the windows read twice as much."""
    for run, h, spans, live, changes in _builds("short"):
        rng = np.random.default_rng(0)
        k0, L = int(rng.integers(1000, run.nt - 4000)), 3000
        f = rng.uniform(0.1, 0.5, L)
        v, p0 = h92._read_mod(run, k0, f)
        inc = run.inc.copy()
        inc[:, k0:k0 + L] *= 1 - f
        vals = []
        for j, s in enumerate(run.samples):
            cs = np.concatenate([[0.0], np.cumsum(inc[j])])
            vals.append(cs[s.kc] - cs[s.r])
        full, loc = h92._points(run, vals), h.copy()
        loc[p0:p0 + len(v)] = v
        assert np.allclose(full, loc, rtol=1e-9, atol=1e-6 * h.max())
        assert np.allclose(h92._points(run, [2 * s.v for s in run.samples]), 2 * h)
        assert set(run.cfg) >= {"rate", "S", "W", "ttl", "delay", "miss"}


def test_rate_is_prometheus_rate():
    """Extrapolation to the range's edges, a reset added back, fewer than two samples: no result."""
    t = np.array([10.0, 25.0, 40.0, 55.0])
    r = h92._rate(t, np.array([100.0, 115.0, 130.0, 145.0]), np.array([60.0]), 60.0)
    assert r[0] == pytest.approx(1.0)  # 45 over 45 s, extrapolated by 10 s back and 5 s on: 60 over 60 s
    r = h92._rate(t, np.array([100.0, 115.0, 5.0, 20.0]), np.array([60.0]), 60.0)
    assert r[0] == pytest.approx((20 - 100 + 115) * 60 / 45 / 60)
    assert np.isnan(h92._rate(t, np.ones(4), np.array([12.0]), 60.0)[0])


def test_the_path_loses_windows_and_resets_counters():
    total = {}
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for k, v in run.counts.items():
                total[k] = total.get(k, 0) + v
    assert total["exporter_restarts"] > 0 and total["prom_down"] > 0 and total["lost"] > 0


def test_stages_change_the_rate():
    cfg = {"gpus": 8, "gpu": 600.0, "cores": 64, "core": 40.0, "eff": 0.9}
    st = {"win": 1.0, "model": 1.0, "corp": 1.0, "gft": 1.0, "cft": 1.0, "nodes": 1}
    assert h92._node_rate(cfg, {**st, "win": 2.0}) < h92._node_rate(cfg, st)
    assert h92._node_rate(cfg, {**st, "model": 2.0}) < h92._node_rate(cfg, st)
    assert h92._node_rate(cfg, {**st, "corp": 1.5}) < h92._node_rate(cfg, st)
    assert h92._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * h92._node_rate(cfg, st))


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
            assert len(changes) <= len(run.known_t) == len(relaunches) == len(run.stages) - 1


def test_weights():
    tc.check_event_weights(h92._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout92, HELDOUT92_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout92, 922000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout92(922000, n_events=9)
