"""The hundred-and-fifty-fifth held-out trace family (an aircraft-trajectory predictor's tracks/s, each step a span
sampled 1 in ``S`` by a parent-based ratio sampler, exported by the OpenTelemetry SDK's batch span processor to Zipkin,
and estimated once a minute by a monitor from ``/api/v2/traces`` with its limit and lookback): generator checks only
(no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout155 as h155
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout155 import HELDOUT155_SEEDS, heldout155_set, make_heldout155
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT155_SEEDS[:4]
SPANS = h155.SPANS

shared_builds = tc.shared_builds(h155)

_set, traces, _full_long = tc.cheap_sets(heldout155_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h155._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's tracks/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h155.K] - C[np.arange(n) * h155.K]) / h155.STEP


def test_seed_range_is_its_own():
    assert HELDOUT155_SEEDS == tuple(range(1552000, 1552012))
    assert not set(HELDOUT155_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("drop", 890, 890, 1140, 0.1997), Event("leak", 1361, 1731, 2040, 0.2582),
                 Event("straggler", 2344, 2344, 2463, 0.2552)]
PINNED_SUM = 4664564.0930320155
PINNED_PAUSES = [(0, 12), (45, 51), (87, 92)]
PINNED_CHANGES = [482]
LISTED_LONG = 13
CHANGES_LINE = "short 22, long 13"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout155, 1552000, 1552001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout155(1552000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout155(1552000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT155_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h155.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_refuses_wipes_delays_and_cuts():
    """Over both sets' first 6 runs every distortion of the path occurs (batches refused while the server is down,
    spans wiped by its restarts, export timeouts, lost or stored late, exports blocked behind them, spans queued in a
    crashed process, spans stored after their window's query, a tick's spans split over two windows, minutes cut at
    the limit, unread minutes, clock steps, server restarts and slow spells), and both monitors and clocks."""
    total, kinds = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT155_SEEDS[:6]):
            kinds.add((run.path.naive, run.path.synced))
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h155.PATH_KEYS:
        assert total[k] > 0, k
    assert {a for a, b in kinds} == {True, False} and {b for a, b in kinds} == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's estimate for one minute, stamped at the minute's end; a minute read as 0 is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h155.EPOCH + 60.0 * (np.arange(N) + 1))
        assert tc.paused_mask(t)[t.healthy <= 0].all()


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert len(t.pauses) >= 15 and t.pauses[0][0] == 0, t.seed
        tc.check_pause_spans(t, lo, hi, n=N, apart=True)


def test_nothing_is_trained_in_a_pause_and_its_points_are_paused():
    seen = set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b, kind in run.pauses_t:
                i0, i1 = int(np.ceil(a / h155.TICK)), min(run.nt, int(b // h155.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h155.STEP), min(int(np.ceil(b / h155.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            seen |= {k for a, b, k in run.pauses_t}
    assert seen >= {"startup", "eval", "ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_tracks_per_minute():
    """Away from pauses the reads' sum is the job's tracks, less what the path loses (a naive monitor misses the
    spans exported after its query: up to 20 %)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert (0.78 if run.path.naive else 0.93) < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_below_the_limit_and_cut_at_it():
    for run, h, spans, live, changes in _builds("short") + _builds("long"):
        assert np.allclose(h155._uncapped(run, 2 * run.J), 2 * run.U)
        assert (h <= run.cap + 1e-9).all()
        assert np.array_equal(h == run.cap, (run.U >= run.cap) & ~run.unread)
        assert run.path.S in (2, 5, 10, 20, 50, 100) and run.path.L in h155.NICE_LIMITS


def test_windows_and_the_exporters_arrivals():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h155._inside(x, win).tolist() == [False, True, True, False, True, False]
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert (np.diff(p.q) > 0).all() and (p.q >= p.E).all() and (np.abs(p.off) <= 25).all()
        assert (p.down[:, 1] > p.down[:, 0]).all() and (p.down[1:, 0] > p.down[:-1, 1]).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "ctx_c": 1.5, "smooth_c": 1.4, "cpu": 1e9}
    st = {"gpus": 1, "ctx": 0, "smooth": 0}
    lv = h155._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h155._level(cfg, {**st, "ctx": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h155._level(cfg, {**st, "gpus": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h155._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h155._next_stage(rng, cfg, st, h155._level(cfg, st))
        ratio = h155._level(cfg, new) / h155._level(cfg, st)
        assert new == st or (abs(np.log(ratio)) >= np.log(1.15) - 1e-12 and 1 / 3 <= ratio <= 3)


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
            assert len(changes) <= len(run.known_t) <= run.counts["relaunches"] - run.counts["kept_stage"]


def test_weights():
    tc.check_event_weights(h155._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout155, HELDOUT155_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout155, 1552000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout155(1552000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
