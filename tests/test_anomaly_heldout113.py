"""The hundred-and-thirteenth held-out trace family (a sea-ice charting model's training tiles/s, each rank's count
written with a conditional ``setData`` to its own ZooKeeper znode, the monitor's ``getChildren`` and ``getData`` once a
minute): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's losses and duplicates (with the "short" runs' healthy builds, no regressions; the "short" row was
measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout113 as h113
import tests.trace_checks as tc
from anomaly.heldout112 import HELDOUT112_SEEDS
from anomaly.heldout113 import HELDOUT113_SEEDS, heldout113_set, make_heldout113
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT113_SEEDS[:4]
PINNED_EVENTS = [Event("leak", 443, 862, 1141, 0.1087), Event("drop", 1771, 1771, 2041, 0.1191),
                 Event("straggler", 2298, 2298, 2701, 0.2339)]
PINNED_SUM = 225624.35110307095
PINNED_PAUSES = [(0, 11), (46, 52), (89, 97)]
PINNED_CHANGES = [1733]
SPANS = h113.SPANS
LISTED_LONG = 9
CHANGES_LINE = "short 13, long 9"

shared_builds = tc.shared_builds(h113)

_set, traces, _full_long = tc.cheap_sets(heldout113_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h113._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's tiles/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h113.K] - C[np.arange(n) * h113.K]) / h113.STEP


def test_seed_range_is_its_own():
    assert HELDOUT113_SEEDS == tuple(range(1132000, 1132012))
    assert not set(HELDOUT113_SEEDS) & set(HELDOUT112_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout113, 1132001, 1132002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout113(1132000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout113(1132000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT113_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h113.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_and_duplicates():
    """Over both sets' runs: tiles unlogged at a crash, connection losses, twice-counted writes, stalled reporters,
    expired sessions, writes never counted or lost to a base line, lagging, late and failed reads; both ways of
    writing and both ways of taking a rank that was not listed occur."""
    total, policies, monitors = {}, set(), set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT113_SEEDS):
            policies.add(run.path.policy)
            monitors.add(run.path.monitor)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h113.PATH_KEYS:
        assert total[k] > 0, k
    assert policies == {"total", "delta"} and monitors == {"carry", "reset"}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is one minute's reads; a failed read (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h113.EPOCH + 60.0 * (np.arange(N) + 1))
        assert tc.paused_mask(t)[t.healthy <= 0].all()


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert len(t.pauses) >= 15 and t.pauses[0][0] == 0, t.seed
        tc.check_pause_spans(t, lo, hi, n=N, apart=True)


def test_nothing_is_trained_in_a_pause_and_its_points_are_paused():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b, kind in run.pauses_t:
                if kind == "ramp":
                    continue
                i0, i1 = int(np.ceil(a / h113.TICK)), min(run.nt, int(b // h113.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h113.STEP) + 1, min(int(b // h113.STEP), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "ramp", "valid", "ckpt"}


def test_the_reads_are_about_the_jobs_tiles_per_minute():
    """Away from pauses the reads sum to about the job's tiles (moved between minutes, rarely lost or doubled)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.97 < ratio < 1.03 and (h >= 0).all(), (setting, ratio)


def test_a_counted_write_was_applied_and_seen_by_its_read():
    """Each counted write lies in a read that did not fail, was applied by the time the read's server had seen,
    covers tiles trained before it was sent, and is its rank's."""
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        c = (p.k >= 0) & (p.k < N)
        assert c.any() and not p.failed[p.k[c]].any()
        assert (p.tapp[c] <= p.view[p.k[c]]).all() and (p.view[p.k[c]] <= p.reads[p.k[c]]).all()
        assert (p.c0 <= p.c1).all() and (p.c1 <= p.t).all() and (p.tapp >= p.t).all()
        assert set(np.unique(p.mult)) <= {0.0, 1.0} and (np.diff(p.view[~p.failed]) >= 0).all()


def test_only_delta_runs_count_twice_and_only_reset_runs_lose_to_a_base_line():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT113_SEEDS[:6]):
            c = run.path.counts
            if run.path.policy == "total":
                assert c["dup"] == 0
            if run.path.monitor == "carry":
                assert c["lost_reset"] == 0
            assert c["dup"] <= c["conn_loss"]


def test_episodes_and_their_lookup():
    rng = np.random.default_rng(0)
    ep = h113._episodes(rng, 1e6, (0, 10), (5, 20), (300, 1800))
    assert ep and all(a < 1e6 and 300 <= b - a <= 1800 for a, b in ep)
    assert all(b1 <= a2 for (a1, b1), (a2, b2) in zip(ep, ep[1:]))
    got = h113._in(np.array([0.0, 5.0, 15.0, 25.0]), [(4.0, 10.0), (20.0, 30.0)])
    assert got.tolist() == [-1, 0, -1, 1]
    assert h113.K == 12 and h113.TICK * h113.K == h113.STEP and h113.EPOCH % 60 == 0


def test_stages_change_the_rate():
    cfg = {"gpus": 8, "gpu": 100.0, "eff": 0.9, "tile": 4.0, "chan": 1.2, "enc": 2.5, "io": None, "io_tile": 3.0,
           "io_chan": 1.5, "season": 1.1, "maxnodes": 8}
    st = {"tile": 0, "chan": 0, "enc": 0, "season": 0, "nodes": 1}
    assert h113._level(cfg, {**st, "tile": 1}) == pytest.approx(h113._level(cfg, st) / 4)
    assert h113._level(cfg, {**st, "chan": 1}) == pytest.approx(h113._level(cfg, st) / 1.2)
    assert h113._level(cfg, {**st, "enc": 1}) == pytest.approx(h113._level(cfg, st) / 2.5)
    assert h113._level(cfg, {**st, "season": 2}) == pytest.approx(h113._level(cfg, st))  # GPU-bound
    assert h113._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * h113._level(cfg, st))
    slow = {**cfg, "io": 1.0}  # the loaders give tiles as fast as the GPUs train them
    assert h113._level(slow, st) < 0.95 * h113._level(cfg, st)
    assert h113._level(slow, {**st, "season": 1}) < h113._level(slow, st)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h113._next_stage(rng, slow, st, h113._level(slow, st))
        ratio = h113._level(slow, new) / h113._level(slow, st)
        assert abs(np.log(ratio)) >= np.log(1.15) - 1e-12 and 1 / 3 <= ratio <= 3


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
    tc.check_event_weights(h113._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout113, HELDOUT113_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout113, 1132000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout113(1132000, n_events=9)
