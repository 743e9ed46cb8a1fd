"""The hundred-and-twenty-fifth held-out trace family (a malware classifier's training binaries/s, each rank adding its
count to a per-minute FoundationDB key in a transaction every 20 steps, the monitor reading the last complete minutes'
keys at a read version a few seconds behind): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout125 as h125
import tests.trace_checks as tc
from anomaly.heldout122 import HELDOUT122_SEEDS
from anomaly.heldout125 import HELDOUT125_SEEDS, heldout125_set, make_heldout125
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT125_SEEDS[:4]
SPANS = h125.SPANS

shared_builds = tc.shared_builds(h125)

_set, traces, _full_long = tc.cheap_sets(heldout125_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h125._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's binaries/s per minute of true time (what a point should be about)."""
    C = h125._cum(run.J)
    return (C[(np.arange(n) + 1) * h125.K] - C[np.arange(n) * h125.K]) / h125.STEP


def test_seed_range_is_its_own():
    assert HELDOUT125_SEEDS == tuple(range(1252000, 1252012))
    assert not set(HELDOUT125_SEEDS) & set(HELDOUT122_SEEDS)


PINNED_EVENTS = [Event("straggler", 498, 498, 681, 0.2801), Event("drop", 1329, 1329, 1591, 0.2462),
                 Event("drop", 2060, 2060, 2266, 0.2464), Event("drop", 2497, 2497, 2870, 0.1602)]
PINNED_SUM = 409465.3002514688
PINNED_PAUSES = [(0, 12), (74, 79), (144, 150)]
PINNED_CHANGES = [1254, 1772]
LISTED_LONG = 15
CHANGES_LINE = "short 21, long 15"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout125, 1252001, 1252002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout125(1252000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout125(1252000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT125_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h125.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_and_duplicates():
    """Over both sets' first 6 runs every distortion of the path occurs (samples unlogged at a stop, conflicts,
    commit_unknown_result and its duplicate ADDs, timed-out commits carried, ADDs after the monitor's read version,
    keys of a node's clock ahead, monitor restarts and their catch-up reads), and both carry policies and both
    places of the key's clock read."""
    total, carry, inside = {}, set(), set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT125_SEEDS[:6]):
            carry.add(run.path.carry)
            inside.add(run.path.key_in_body)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h125.PATH_KEYS:
        assert total[k] > 0, k
    assert carry == inside == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's read of a minute's key, stamped at the minute's end; a read of nothing is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h125.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h125.TICK)), min(run.nt, int(b // h125.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h125.STEP), min(int(np.ceil(b / h125.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "val"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_samples_per_minute():
    """Away from pauses the reads' sum is the job's binaries (the path shifts, loses and repeats ADDs)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_the_rows_cover_the_lives():
    """Every commit reports 20 steps of its life (the healthy run's, or more where a timed-out commit's count was
    carried), and the reads are linear in the job's binaries."""
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert np.allclose(h125._reads(run, 2 * run.J), 2 * h)
        C = h125._cum(run.J)
        body = h125._at(C, p.put) - h125._at(C, p.prev)
        steps = body / np.array([bg for a, b, bg, nodes in run.lives]).min()
        assert (p.put > p.prev).all() and (p.w >= 0).all() and (steps > 0.99).all()
        for a, b, bg, nodes in run.lives:
            inside = (p.put > a) & (p.put <= b)
            assert (p.prev[inside] >= a - 1e-9).all()
            whole = body[inside] / bg
            assert np.allclose(whole, np.round(whole), atol=1e-6)  # whole commits of 20 steps


def test_episodes_and_inside():
    rng = np.random.default_rng(0)
    ep = h125._episodes(rng, 1e6, (0, 10), (5, 20), (300, 1800))
    assert ep and all(a < 1e6 and 300 <= b - a <= 1800 for a, b in ep)
    assert all(b1 <= a2 for (a1, b1), (a2, b2) in zip(ep, ep[1:]))
    x = np.array([ep[0][0] - 1, ep[0][0] + 1, ep[0][1] + 0.5])
    assert list(h125._inside(x, ep)) == [-1, 0, -1] and list(h125._inside(x, [])) == [-1, -1, -1]
    assert h125.K == 12 and h125.TICK * h125.K == h125.STEP and h125.EPOCH % 60 == 0


def test_stages_change_the_rate():
    cfg = {"gpu": 10.0, "cpu": 1e9, "eff": 0.9, "len_c": 2.0, "feat_c": 1.5}
    st = {"bytes": 0, "feats": 0, "nodes": 1}
    lv = h125._level(cfg, st)
    assert h125._level(cfg, {**st, "bytes": 1}) == pytest.approx(lv / 2)
    assert h125._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    cpu = {**cfg, "gpu": 1e9, "cpu": 30.0}
    assert h125._level(cpu, {**st, "feats": 1}) == pytest.approx(h125._level(cpu, st) / 1.5)
    rng = np.random.default_rng(0)
    cfg["cpu"] = 80.0
    for _ in range(20):
        new = h125._next_stage(rng, cfg, st, h125._level(cfg, st))
        ratio = h125._level(cfg, new) / h125._level(cfg, st)
        assert abs(np.log(ratio)) >= np.log(1.15) - 1e-12 and 1 / 3 <= ratio <= 3
    assert h125._batch(1.0) == 1 and h125._batch(40.0) == 16 and 20 * h125._batch(10.0) / 10.0 <= 12


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
            assert len(changes) <= len(run.known_t) == run.counts["relaunches"] - run.counts["kept_stage"]


def test_weights():
    tc.check_event_weights(h125._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout125, HELDOUT125_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout125, 1252000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout125(1252000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
