"""The hundred-and-twenty-ninth held-out trace family (a search reranker's fine-tuning, query-passage pairs/s, each
rank sending a message every 50 steps to a standard Amazon SQS queue, one consumer summing them into per-minute
totals by SentTimestamp and publishing the totals the monitor reads): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout129 as h129
import tests.trace_checks as tc
from anomaly.heldout122 import HELDOUT122_SEEDS
from anomaly.heldout129 import HELDOUT129_SEEDS, heldout129_set, make_heldout129
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT129_SEEDS[:4]
SPANS = h129.SPANS

shared_builds = tc.shared_builds(h129)

_set, traces, _full_long = tc.cheap_sets(heldout129_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h129._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's pairs/s per minute of true time (what a point should be about)."""
    C = h129._cum(run.J)
    return (C[(np.arange(n) + 1) * h129.K] - C[np.arange(n) * h129.K]) / h129.STEP


def test_seed_range_is_its_own():
    assert HELDOUT129_SEEDS == tuple(range(1292000, 1292012))
    assert not set(HELDOUT129_SEEDS) & set(HELDOUT122_SEEDS)


PINNED_EVENTS = [Event("leak", 442, 742, 868, 0.1556), Event("straggler", 1858, 1858, 2018, 0.2694),
                 Event("drop", 2349, 2349, 2941, 0.1863)]
PINNED_SUM = 3890494.7007625317
PINNED_PAUSES = [(0, 6), (68, 75), (152, 156)]
PINNED_CHANGES = [885, 1043, 2224]
LISTED_LONG = 17
CHANGES_LINE = "short 17, long 17"
# the path's distortions seen over the first 6 seeds of both sets
ALWAYS_SEEN = h129.PATH_KEYS


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout129, 1292000, 1292001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout129(1292000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout129(1292000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT129_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h129.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_and_duplicates():
    """Over both sets' first 6 runs every distortion of the path occurs (pairs unsent at a crash, send errors and
    the SDK's retries' second copies, sends failed and carried, SQS's second copies, deduplicated copies, delayed
    receives, failed deletes, late copies dropped or moved, totals lost with the consumer's memory and copies
    received again after it, repeated and unread points), and both late policies and dedup settings."""
    total, late, dedup = {}, set(), set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT129_SEEDS[:6]):
            late.add(run.path.late_open)
            dedup.add(run.path.dedup)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert late == dedup == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's read of a minute's total after its end; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h129.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h129.TICK)), min(run.nt, int(b // h129.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h129.STEP), min(int(np.ceil(b / h129.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval", "mine"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_pairs_per_minute():
    """Away from pauses the reads' sum is the job's pairs (the path shifts, loses and repeats messages)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_the_messages_cover_the_lives():
    """Every message but a relaunch's last reports 50 steps of its life, and the reads are linear in the pairs."""
    for run, h, spans, live, changes in _builds("short"):
        p, rd = run.path, run.path.rounds
        assert np.allclose(h129._reads(run, 2 * run.J), 2 * h)
        C = h129._cum(run.J)
        body = h129._at(C, rd.put) - h129._at(C, rd.prev)
        for k, (a, b, nodes, pairs, flush) in enumerate(run.lives):
            mine = (rd.life == k) & ~rd.last
            assert np.allclose(body[mine], 50 * pairs * 8 * nodes)
            assert (rd.prev[rd.life == k] >= a - 1e-9).all() and (rd.put[rd.life == k] <= b + 1e-9).all()
        assert (rd.put > rd.prev).all() and (p.w > 0).all() and (p.w <= 1).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 400.0, "eff": 0.9, "len_c": 1.5, "model_c": 2.5, "group": 16}
    st = {"len": 0, "model": 0, "nodes": 1}
    lv = h129._level(cfg, st)
    assert h129._level(cfg, {**st, "len": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h129._level(cfg, {**st, "model": 1}) == pytest.approx(lv / 2.5)
    assert h129._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h129._next_stage(rng, cfg, st, lv)
        ratio = h129._level(cfg, new) / lv
        assert abs(np.log(ratio)) >= np.log(1.15) - 1e-12 and 1 / 3 <= ratio <= 3
        assert h129._interval(cfg, new) <= h129.MAX_INTERVAL
    assert h129._queries(400.0, 16) == 4 and 50 * 4 * 16 / 400.0 <= 15


def test_the_consumer_closes_minutes_on_its_clock():
    p = h129.SimpleNamespace(grace=10.0, off0=0.0, step=(100.0, 200.0, 30.0), down=[(500.0, 560.0)])
    assert h129._close(p, 0) == 70.0 and h129._close(p, 1) == 130.0 - 30.0
    assert list(h129._down_at(p, [499.0, 500.0, 559.0, 560.0])) == [-1, 0, 0, -1]


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
    tc.check_event_weights(h129._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout129, HELDOUT129_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout129, 1292000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout129(1292000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
