"""The ninety-third held-out trace family (a precipitation nowcasting model's training sequences/s, one Snowpipe
Streaming row per node and ``Kst`` steps, summed per minute by a SQL query on a Snowflake warehouse): generator checks
only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes and its row of the docstring's counts
table (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout93 as h93
import tests.trace_checks as tc
from anomaly.heldout92 import HELDOUT92_SEEDS
from anomaly.heldout93 import HELDOUT93_SEEDS, heldout93_set, make_heldout93
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT93_SEEDS[:4]
PINNED_EVENTS = [Event("drop", 477, 477, 653, 0.181), Event("straggler", 1076, 1076, 1383, 0.1121),
                 Event("leak", 1759, 2006, 2265, 0.0959), Event("straggler", 2804, 2804, 3000, 0.2148)]
PINNED_SUM = 38219.82787628576
PINNED_PAUSES = [(0, 9), (47, 49), (75, 77)]
PINNED_CHANGES = [1713]
SPANS = {"short": (2, 40), "long": (2, 100)}
LISTED_LONG = 12
CHANGES_LINE = "short 11, long 12"

shared_builds = tc.shared_builds(h93)

_set, traces, _full_long = tc.cheap_sets(heldout93_set, SEEDS, n=N)


def _builds(setting: str) -> list:
    return [h93._build(seed, N, setting) for seed in SEEDS]


def _true(run) -> np.ndarray:
    """The job's sequences/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J * run.nodes) * h93.TICK])
    return (C[(np.arange(N) + 1) * h93.K] - C[np.arange(N) * h93.K]) / h93.STEP


def test_seed_range_is_its_own():
    assert HELDOUT93_SEEDS == tuple(range(932000, 932012))
    assert not set(HELDOUT93_SEEDS) & set(HELDOUT92_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout93, 932001, 932002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout93(932000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout93(932000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT93_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h93.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is one query's value for the last whole minute, stamped at its end; a read of 0 is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h93.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h93.TICK)), min(run.nt, int(b // h93.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                if b - a >= 2 * h93.STEP:
                    s, e = int(a // h93.STEP), int(np.ceil(b / h93.STEP))
                    assert not live[s:min(e, N)].any(), (a, b, kind)
            assert {k for a, b, k in run.pauses_t} >= {"startup", "valid", "ckpt"}


def test_the_dashboard_reads_the_jobs_sequences_per_minute():
    """Away from pauses a read is about the job's sequences/s in its minute (rows quantised to ``Kst`` steps, late,
    lost or skipped rows and node clocks aside)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            true = _true(run)
            assert 0.9 < h[live].sum() / true[live].sum() < 1.02
            assert np.median(np.abs(h[live] / true[live] - 1)) < 0.12
            assert (h >= 0).all()


def test_the_read_is_linear_and_local():
    """A regression's reads computed locally (``_read_mod``) are the whole path's reads with each row's sequences
    scaled at its tick, and the rows' sum over the shown points is the healthy run."""
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(np.bincount(run.rp[run.rp >= 0], run.rq[run.rp >= 0], minlength=N)[:N] / 60, h)
        rng = np.random.default_rng(0)
        k0, L = int(rng.integers(1000, run.nt - 4000)), 3000
        f = rng.uniform(0.1, 0.5, L)
        v, p0 = h93._read_mod(run, k0, f)
        rq = run.rq.copy()
        m = (run.rt >= k0 * h93.TICK) & (run.rt < (k0 + L) * h93.TICK)
        rq[m] *= 1 - f[(run.rt[m] // h93.TICK).astype(int) - k0]
        ok = run.rp >= 0
        full = np.bincount(run.rp[ok], rq[ok], minlength=N)[:N] / 60
        loc = h.copy()
        loc[p0:p0 + len(v)] = v
        assert np.allclose(full, loc, rtol=1e-9, atol=1e-9 * h.max())
        assert set(run.cfg) >= {"F", "base", "replay", "step_token", "d0", "p_susp"}


def test_the_path_delays_loses_and_skips_rows():
    total = {}
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for k, v in run.counts.items():
                total[k] = total.get(k, 0) + v
    assert total["late_rows"] > 0 and total["crashes"] > 0 and total["invalidations"] > 0
    assert total["resumes"] > 0 and total["busy"] > 0


def test_stages_change_the_rate():
    cfg = {"gpus": 8, "gpu": 5.0, "cores": 64, "core": 0.8, "eff": 0.9, "reject": 1.5}
    st = {"area": 1.0, "frames": 1.0, "gan": 1.0, "domains": 1.0, "nodes": 1}
    for key in ("area", "frames", "gan", "domains"):
        assert h93._node_rate(cfg, {**st, key: 2.0}) < h93._node_rate(cfg, st)
    assert h93._node_rate({**cfg, "reject": 3.0}, st) < h93._node_rate(cfg, st)
    assert h93._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * h93._node_rate(cfg, st))


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
    tc.check_event_weights(h93._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout93, HELDOUT93_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout93, 932000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout93(932000, n_events=9)
