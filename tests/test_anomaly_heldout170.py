"""The hundred-and-seventieth held-out trace family (a sleep-staging model's epochs/s, each node's reporter publishing
its epochs since its last message to one PubNub channel every 10-30 s, and a monitor on the channel's subscribe
long-poll summing them per minute of the publish timetoken or of the payload's time): generator checks only (no
detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout170 as h170
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout170 import HELDOUT170_SEEDS, heldout170_set, make_heldout170
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT170_SEEDS[:4]
SPANS = h170.SPANS

shared_builds = tc.shared_builds(h170)

_set, traces, _full_long = tc.cheap_sets(heldout170_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h170._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's epochs/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h170.K] - C[np.arange(n) * h170.K]) / h170.STEP


def test_seed_range_is_its_own():
    assert HELDOUT170_SEEDS == tuple(range(1702000, 1702012))
    assert not set(HELDOUT170_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("straggler", 368, 368, 654, 0.234), Event("drop", 1499, 1499, 1591, 0.1801),
                 Event("leak", 1771, 2110, 2266, 0.1708), Event("leak", 2509, 2765, 2941, 0.1693)]
PINNED_SUM = 4059941.187064731
PINNED_PAUSES = [(0, 9), (54, 60), (74, 86)]
PINNED_CHANGES = [717, 1359, 1669]
LISTED_LONG = 17
CHANGES_LINE = "short 21, long 17"
# the path's distortions seen over the first 6 seeds of both sets (the queue's 20-minute expiry is rarer: not always)
ALWAYS_SEEN = tuple(k for k in h170.PATH_KEYS if k != "queue_expired")


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout170, 1702000, 1702001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout170(1702000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout170(1702000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT170_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h170.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_refuses_loses_repeats_and_moves():
    """Over both sets' first 6 runs every distortion of the path occurs (POSTs refused in an egress outage, by a
    429 or otherwise, retries, messages dropped and carried, messages stored twice, subscribe blips, outages and
    monitor restarts, the catch-up queue's overflow and its count signal, messages lost to a fresh resubscribe,
    history fetches and what they recover, late copies, copies in another minute, unread minutes, node clock steps,
    intervals lost in a crash), and every setting of the monitor and the reporter."""
    total, seen = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT170_SEEDS[:6]):
            p = run.path
            seen |= {("dedup", p.dedup), ("policy", p.policy), ("binning", p.binning), ("mode", p.mode),
                     ("history", p.history), ("late", p.late)}
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert seen >= {("dedup", True), ("dedup", False), ("policy", "carry"), ("policy", "drop"), ("binning", "tt"),
                    ("binning", "payload"), ("mode", "restore"), ("mode", "fresh"), ("history", True),
                    ("history", False), ("late", "lost"), ("late", "kept")}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the epochs the monitor summed in a minute, per second, stamped at the minute's end; a minute that
    read nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h170.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h170.TICK)), min(run.nt, int(b // h170.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h170.STEP), min(int(np.ceil(b / h170.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_epochs_per_minute():
    """Away from pauses the reads' sum is the job's epochs (the path moves, loses and repeats messages)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_message_counts_at_most_twice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h170._reads(run, 2 * run.J), 2 * h)
        c = run.path.copies
        assert set(np.unique(c)) <= {0, 1, 2}
        assert c.max() <= (1 if run.path.dedup else 2)


def test_windows_queue_and_the_reporters_messages():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h170._inside(x, win).tolist() == [False, True, True, False, True, False]
    assert h170.QUEUE == 100 and h170.QUEUE_AGE == 1200.0
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert (10 <= p.P).all() and (p.P <= 30).all() and (p.hi >= p.lo).all()
        assert (p.bin >= 0).all() and (p.bin < N).all()
        assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "seq_c": 1.5, "hz_c": 1.4, "cpu": 1e9}
    st = {"nodes": 1, "seq": 0, "hz": 0}
    lv = h170._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h170._level(cfg, {**st, "seq": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h170._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h170._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h170._next_stage(rng, cfg, st, h170._level(cfg, st))
        ratio = h170._level(cfg, new) / h170._level(cfg, st)
        assert abs(np.log(ratio)) >= np.log(1.18) - 1e-12 and 1 / 3 <= ratio <= 3


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
    tc.check_event_weights(h170._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout170, HELDOUT170_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout170, 1702000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout170(1702000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
