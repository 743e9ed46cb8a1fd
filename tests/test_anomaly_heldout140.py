"""The hundred-and-fortieth held-out trace family (a whale-call detector's spectrogram clips/s, each rank's message
per k steps sent to an Azure Service Bus queue with duplicate detection, summed per minute into a table by a
peek-lock consumer function and read a fixed delay after each minute): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes and its row of the docstring's counts
table (the "short" row was measured on the full set, and is not re-measured here); the path's distortions are
checked over the 3,000-point runs of both settings."""

import numpy as np
import pytest

import anomaly.heldout140 as h140
import tests.trace_checks as tc
from anomaly.heldout135 import HELDOUT135_SEEDS
from anomaly.heldout140 import HELDOUT140_SEEDS, heldout140_set, make_heldout140
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT140_SEEDS[:4]
SPANS = h140.SPANS

shared_builds = tc.shared_builds(h140)

_set, traces, _full_long = tc.cheap_sets(heldout140_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h140._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's clips/s per minute of true time (what a point should be about)."""
    C = h140._cum(run.J)
    return (C[(np.arange(n) + 1) * h140.K] - C[np.arange(n) * h140.K]) / h140.STEP


def test_seed_range_is_its_own():
    assert HELDOUT140_SEEDS == tuple(range(1402000, 1402012))
    assert not set(HELDOUT140_SEEDS) & set(HELDOUT135_SEEDS)


PINNED_EVENTS = [Event("straggler", 654, 654, 915, 0.2472), Event("leak", 1021, 1367, 1522, 0.1622),
                 Event("drop", 1926, 1926, 2090, 0.1384), Event("drop", 2589, 2589, 2808, 0.2653)]
PINNED_SUM = 4022243.654205368
PINNED_PAUSES = [(0, 10), (70, 75), (105, 113)]
PINNED_CHANGES = [1876, 2260, 2447]
LISTED_LONG = 14
CHANGES_LINE = "short 21, long 14"
# the path's distortions seen over both settings' first 4 runs at 3,000 points
ALWAYS_SEEN = ("timeouts", "retries_deduped", "throttled", "resent_at_restart", "unsent_at_crash", "cold_starts",
               "locks_lost", "counted_again", "late_for_the_read", "unread_points")


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout140, 1402000, 1402001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout140(1402000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout140(1402000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT140_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h140.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_path_loses_delays_and_duplicates():
    """Over both settings' first runs the path's distortions occur (timed-out sends retried, their duplicates
    dropped by the queue, throttled sends, resends after a crash, clips never sent, the consumer's cold starts,
    locks lost and messages counted again, writes after the read, minutes reading nothing), and both of the
    reporter's policies for a throttled send."""
    total, policy = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            policy.add(run.path.buffer)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert policy == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the table's sum of a minute, stamped at the minute's end; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h140.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h140.TICK)), min(run.nt, int(b // h140.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h140.STEP), min(int(np.ceil(b / h140.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_clips_per_minute():
    """Away from pauses the reads' sum is the job's clips (the path shifts, loses and repeats messages)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_the_messages_cover_the_clips():
    """The reads are linear in the clips; each message spans ticks, is summed into a row of the run, and is
    counted at most once per delivery (and once more for a resend after a crash)."""
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h140._reads(run, 2 * run.J), 2 * h)
        p = run.path
        assert (p.b > p.a).all() and (p.w >= 0).all()
        assert ((p.cnt >= 0) & (p.cnt <= p.max_delivery + 1)).all() and (p.cnt == 1).mean() > 0.9
        assert ((p.row >= 0) & (p.row < N)).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 400.0, "gpus": 4, "eff": 0.9, "mel_c": 1.5, "bb_c": 2.5}
    st = {"mel": 0, "bb": 0, "nodes": 1}
    lv = h140._level(cfg, st)
    assert lv == pytest.approx(1600.0)
    assert h140._level(cfg, {**st, "mel": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h140._level(cfg, {**st, "bb": 1}) == pytest.approx(lv / 2.5)
    assert h140._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h140._next_stage(rng, cfg, st, lv)
        ratio = h140._level(cfg, new) / lv
        assert abs(np.log(ratio)) >= np.log(1.15) - 1e-12 and 1 / 3 <= ratio <= 3


def test_episodes_and_inside():
    rng = np.random.default_rng(1)
    ep = h140._episodes(rng, 86400 * 10, (1, 1), (5, 5))
    assert len(ep) > 2 and (ep[:, 1] > ep[:, 0]).all()
    j = h140._inside(np.array([ep[0, 0] + 1, ep[0, 0] - 1]), ep)
    assert j[0] == 0 and (j[1] == -1 or j[1] >= 0)


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
    tc.check_event_weights(h140._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout140, HELDOUT140_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout140, 1402000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout140(1402000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
