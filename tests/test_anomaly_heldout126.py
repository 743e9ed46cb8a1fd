"""The hundred-and-twenty-sixth held-out trace family (an end-to-end diarization model's training chunks/s, each rank
``incr``-ing a per-minute memcached key every 30 steps, the monitor ``get``-ting the last complete minute's key):
generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout126 as h126
import tests.trace_checks as tc
from anomaly.heldout122 import HELDOUT122_SEEDS
from anomaly.heldout126 import HELDOUT126_SEEDS, heldout126_set, make_heldout126
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT126_SEEDS[:4]
SPANS = h126.SPANS

shared_builds = tc.shared_builds(h126)

_set, traces, _full_long = tc.cheap_sets(heldout126_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h126._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's chunks/s per minute of true time (what a point should be about)."""
    C = h126._cum(run.J)
    return (C[(np.arange(n) + 1) * h126.K] - C[np.arange(n) * h126.K]) / h126.STEP


def test_seed_range_is_its_own():
    assert HELDOUT126_SEEDS == tuple(range(1262000, 1262012))
    assert not set(HELDOUT126_SEEDS) & set(HELDOUT122_SEEDS)


PINNED_EVENTS = [Event("straggler", 342, 342, 494, 0.2105), Event("leak", 1425, 1869, 2041, 0.2507),
                 Event("drop", 2351, 2351, 2890, 0.0951)]
PINNED_SUM = 464982.1727204952
PINNED_PAUSES = [(0, 10), (115, 123), (224, 231)]
PINNED_CHANGES = [961, 1130]
LISTED_LONG = 11
CHANGES_LINE = "short 15, long 11"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout126, 1262001, 1262002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout126(1262000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout126(1262000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT126_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h126.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_and_duplicates():
    """Over both sets' first 6 runs every distortion of the path occurs (raced adds, lost or not, duplicated and late
    incrs, incrs lost to a restarted server's timeouts or split by the client's failover, keys emptied by a restart,
    evicted by the LRU or expired, failed gets, samples unlogged at a stop), and both race policies."""
    total, policy = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT126_SEEDS[:6]):
            policy.add(run.path.drop_race)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h126.PATH_KEYS:
        assert total[k] > 0, k
    assert policy == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's get of a minute's key, stamped at the minute's end; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h126.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h126.TICK)), min(run.nt, int(b // h126.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h126.STEP), min(int(np.ceil(b / h126.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_samples_per_minute():
    """Away from pauses the reads' sum is the job's chunks within 10 % (the path shifts, loses and repeats incrs;
    a run dropping its raced adds loses up to 6 % on these seeds)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.9 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_the_incrs_cover_the_lives():
    """Every incr reports 30 steps of its node (the healthy run's), and the reads are linear in the job's chunks."""
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert np.allclose(h126._reads(run, 2 * run.J), 2 * h)
        assert (p.put > p.prev).all() and (p.w >= 0).all() and (p.w <= 2).all()
        C = h126._cum(run.J)
        body = h126._at(C, p.put) - h126._at(C, p.prev)
        qs = [h126.EVERY * h126._batch(lv / (h126.GPUS * nodes)) * h126.GPUS * nodes for a, b, lv, nodes in run.lives]
        assert np.isin(np.round(body), np.round(qs)).all()  # 30 steps' chunks of the whole job each
        for a, b, lv, nodes in run.lives:
            inside = (p.put > a) & (p.put <= b)
            assert (p.prev[inside] >= a - 1e-9).all()


def test_episodes_and_inside():
    rng = np.random.default_rng(0)
    ep = h126._episodes(rng, 1e6, (0, 10), (5, 20), (300, 1800))
    assert ep and all(a < 1e6 and 300 <= b - a <= 1800 for a, b in ep)
    assert all(b1 <= a2 for (a1, b1), (a2, b2) in zip(ep, ep[1:]))
    x = np.array([ep[0][0] - 1, ep[0][0] + 1, ep[0][1] + 0.5])
    assert list(h126._inside(x, ep)) == [-1, 0, -1] and list(h126._inside(x, [])) == [-1, -1, -1]
    assert h126.K == 12 and h126.TICK * h126.K == h126.STEP and h126.EPOCH % 60 == 0


def test_stages_change_the_rate():
    cfg = {"gpu": 40.0, "eff": 0.9, "dur_p": 1.0, "spk_c": 1.25}
    st = {"nodes": 1, "dur": 5, "spk": 0}
    lv = h126._level(cfg, st)
    assert lv == pytest.approx(320.0)
    assert h126._level(cfg, {**st, "dur": 10}) == pytest.approx(lv / 2)
    assert h126._level(cfg, {**st, "spk": 2}) == pytest.approx(lv / 1.25 ** 2)
    assert h126._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h126._next_stage(rng, cfg, st, lv)
        ratio = h126._level(cfg, new) / lv
        assert abs(np.log(ratio)) >= np.log(1.15) - 1e-12 and 1 / 3 <= ratio <= 3
    assert h126._batch(12.0) == 4 and h126._batch(90.0) == 16 and 30 * h126._batch(40.0) / 40.0 <= 10


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
    tc.check_event_weights(h126._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout126, HELDOUT126_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout126, 1262000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout126(1262000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
