"""The hundred-and-thirty-third held-out trace family (a HiFi-GAN-style vocoder's training audio seconds/s, each rank
adding its audio seconds every 20 s to one shard of a per-minute Cloud Firestore distributed counter, the monitor
summing the shards with a query every 30 s): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout133 as h133
import tests.trace_checks as tc
from anomaly.heldout129 import HELDOUT129_SEEDS
from anomaly.heldout133 import HELDOUT133_SEEDS, heldout133_set, make_heldout133
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT133_SEEDS[:4]
SPANS = h133.SPANS

shared_builds = tc.shared_builds(h133)

_set, traces, _full_long = tc.cheap_sets(heldout133_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h133._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's audio seconds/s per minute of true time (what a point should be about)."""
    C = h133._cum(run.J)
    return (C[(np.arange(n) + 1) * h133.K] - C[np.arange(n) * h133.K]) / h133.STEP


def test_seed_range_is_its_own():
    assert HELDOUT133_SEEDS == tuple(range(1332000, 1332012))
    assert not set(HELDOUT133_SEEDS) & set(HELDOUT129_SEEDS)


PINNED_EVENTS = [Event("drop", 785, 785, 916, 0.2405), Event("leak", 1164, 1438, 1591, 0.2016),
                 Event("straggler", 2096, 2096, 2266, 0.1566), Event("drop", 2566, 2566, 2941, 0.1016)]
PINNED_SUM = 825634.9453523381
PINNED_PAUSES = [(0, 9), (28, 31), (53, 57)]
PINNED_CHANGES = [1077]
LISTED_LONG = 14
CHANGES_LINE = "short 16, long 14"
# the path's distortions seen over the first 6 seeds of both sets (a crash while offline is rare: not required)
ALWAYS_SEEN = tuple(k for k in h133.PATH_KEYS if k != "lost_offline")


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout133, 1332000, 1332001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout133(1332000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout133(1332000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT133_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h133.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_and_duplicates():
    """Over both sets' first 6 runs every distortion of the path occurs (audio unsent at a crash, queued and aborted
    writes, failed writes and carried ones, second copies from retries and from writes in flight at a disconnect,
    offline queues, writes committed after their minute's read, stepped clocks, failed queries, deferred and missing
    reads), and both write modes and carry policies."""
    total, modes, carry = {}, set(), set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT133_SEEDS[:6]):
            modes.add(run.path.tx)
            carry.add(run.path.carry)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert modes == carry == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's read of a minute's counter after its end; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h133.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h133.TICK)), min(run.nt, int(b // h133.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h133.STEP), min(int(np.ceil(b / h133.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval", "ckpt"}
            seen |= kinds
    assert seen >= {"crash", "relaunch"}


def test_the_reads_are_about_the_jobs_audio_per_minute():
    """Away from pauses the reads' sum is the job's audio (the path shifts, loses and repeats increments)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_the_increments_cover_the_lives():
    """Every increment carries audio of one life, the reads are linear in the audio, and a minute keeps whole
    increments (a point is the sum of its counted increments' audio over R ranks and 60 s)."""
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert np.allclose(h133._reads(run, 2 * run.J), 2 * h)
        assert (p.put > p.prev).all() and (p.idx >= 0).all() and (p.idx < N).all()
        starts, ends = np.array([a for a, b, f in run.lives]), np.array([b for a, b, f in run.lives])
        k = np.searchsorted(starts, p.prev, side="right") - 1
        assert (p.put <= ends[k] + 1e-9).all()
        assert set(np.round(1 / (p.wt * h133.STEP)).astype(int)) <= {8, 16, 32}


def test_stages_change_the_rate():
    cfg = {"gpu": 30.0, "eff": 0.9, "seg_c": 0.8, "disc_c": 1.4, "ft_c": 1.2}
    st = {"nodes": 1, "seg": 0, "disc": 0, "ft": 0}
    lv = h133._level(cfg, st)
    assert lv == pytest.approx(240.0)
    assert h133._level(cfg, {**st, "seg": 2}) == pytest.approx(lv * 0.8 ** 2)
    assert h133._level(cfg, {**st, "disc": 1}) == pytest.approx(lv / 1.4)
    assert h133._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    rng = np.random.default_rng(0)
    for _ in range(20):
        ratio = h133._level(cfg, h133._next_stage(rng, cfg, st, lv)) / lv
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
            assert len(changes) <= len(run.known_t) <= run.counts["relaunches"] - run.counts["kept_stage"]


def test_weights():
    tc.check_event_weights(h133._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout133, HELDOUT133_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout133, 1332000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout133(1332000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
