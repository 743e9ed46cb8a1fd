"""The hundred-and-twelfth held-out trace family (a surgical-video phase-recognition model's training clips/s, each
node's memcached ``incr`` of a per-minute key on a consistently hashed pool, the monitor's ``get`` of the previous
minute's key): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's losses and duplicates (with the "short" runs' healthy builds, no regressions; the "short" row was
measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout112 as h112
import tests.trace_checks as tc
from anomaly.heldout110 import HELDOUT110_SEEDS
from anomaly.heldout112 import HELDOUT112_SEEDS, heldout112_set, make_heldout112
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT112_SEEDS[:4]
PINNED_EVENTS = [Event("straggler", 302, 302, 618, 0.2533), Event("drop", 984, 984, 1322, 0.0849),
                 Event("leak", 1797, 2065, 2241, 0.1381), Event("leak", 2462, 2792, 2941, 0.1044)]
PINNED_SUM = 1075739.9966408256
PINNED_PAUSES = [(0, 6), (46, 51), (93, 98)]
PINNED_CHANGES = [1577]
SPANS = h112.SPANS
LISTED_LONG = 11
CHANGES_LINE = "short 15, long 11"

shared_builds = tc.shared_builds(h112)

_set, traces, _full_long = tc.cheap_sets(heldout112_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h112._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's clips/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h112.K] - C[np.arange(n) * h112.K]) / h112.STEP


def test_seed_range_is_its_own():
    assert HELDOUT112_SEEDS == tuple(range(1122000, 1122012))
    assert not set(HELDOUT112_SEEDS) & set(HELDOUT110_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout112, 1122001, 1122002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout112(1122000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout112(1122000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT112_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h112.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_and_duplicates():
    """Over both sets' runs: clips unlogged at a crash, incrs that failed (sent again, dropped or carried: twice
    counted where the first was applied), counts lost with a restarted server, rehashed away from the read's server,
    late, evicted or expired, failed reads; and the three ways a client meets a failed incr all occur."""
    total, seen = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT112_SEEDS):
            seen.add(run.path.policy)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h112.PATH_KEYS:
        assert total[k] > 0, k
    assert seen == {"retry", "drop", "carry"}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is one minute's key as the monitor read it; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h112.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h112.TICK)), min(run.nt, int(b // h112.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h112.STEP) + 1, min(int(b // h112.STEP), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "ramp", "valid", "ckpt"}


def test_the_reads_are_about_the_jobs_clips_per_minute():
    """Away from pauses a read is about the job's clips/s (lost, rehashed, evicted and twice-counted incrs aside)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.9 < ratio < 1.03 and (h >= 0).all(), (setting, ratio)


def test_a_counted_incr_is_in_its_minute_and_applied_before_the_read():
    """Each counted copy lies in a minute that was read (not failed), was applied before the read, covers a stretch
    of one node's clips near its minute (the clocks' offsets and a carried incr aside)."""
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert p.k.min() >= 0 and p.k.max() < N and (p.t1 > p.t0).all() and (np.diff(p.k) >= 0).all()
        assert (p.tapp < p.reads[p.k]).all() and not p.failed[p.k].any()
        assert (np.abs(p.t1 - (p.k + 0.5) * h112.STEP) < 0.5 * h112.STEP + p.maxoff + 1).all()
        assert set(np.unique(p.mult)) <= {1, 2}


def test_only_an_applied_failed_incr_counts_twice():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT112_SEEDS[:6]):
            c = run.path.counts
            if run.path.policy != "carry":
                assert c["carried"] == 0
            if run.path.policy != "retry":
                assert c["retried"] == 0
            if run.path.policy == "drop":
                assert c["dup"] == 0
            assert c["dup"] <= c["carried"] + c["retried"] <= c["incr_failed"]


def test_episodes_and_the_cumulative_clips():
    rng = np.random.default_rng(0)
    ep = h112._episodes(rng, 1e6, (0, 10), (5, 20), (300, 1800))
    assert ep and all(a < 1e6 and 300 <= b - a <= 1800 for a, b in ep)
    assert all(b1 <= a2 for (a1, b1), (a2, b2) in zip(ep, ep[1:]))
    rate = np.ones((1, 10))
    cum = np.concatenate([[[0.0]], np.cumsum(rate, axis=1)], axis=1)
    got = h112._cum_at(cum, rate, np.array([0, 0]), np.array([7.5, 12.5]))
    assert got == pytest.approx([1.5, 2.5])
    assert h112.K == 12 and h112.TICK * h112.K == h112.STEP and h112.EPOCH % 60 == 0


def test_stages_change_the_rate():
    cfg = {"gpus": 8, "gpu": 20.0, "eff": 0.9, "clip": 2.0, "res": 2.5, "big": 3.0, "io": None, "io_clip": 1.8,
           "io_res": 2.0, "hosp": 1.1, "maxnodes": 8}
    st = {"clip": 0, "res": 0, "big": 0, "hosp": 0, "nodes": 1}
    assert h112._level(cfg, {**st, "clip": 1}) == pytest.approx(h112._level(cfg, st) / 2)
    assert h112._level(cfg, {**st, "res": 1}) == pytest.approx(h112._level(cfg, st) / 2.5)
    assert h112._level(cfg, {**st, "big": 1}) == pytest.approx(h112._level(cfg, st) / 3)
    assert h112._level(cfg, {**st, "hosp": 2}) == pytest.approx(h112._level(cfg, st))  # GPU-bound
    assert h112._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * h112._level(cfg, st))
    slow = {**cfg, "io": 1.0}  # the decoders give clips as fast as the GPUs train them
    assert h112._level(slow, st) < 0.95 * h112._level(cfg, st)
    assert h112._level(slow, {**st, "hosp": 1}) < h112._level(slow, st)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h112._next_stage(rng, slow, st, h112._level(slow, st))
        ratio = h112._level(slow, new) / h112._level(slow, st)
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
    tc.check_event_weights(h112._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout112, HELDOUT112_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout112, 1122000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout112(1122000, n_events=9)
