"""The hundred-and-ninetieth held-out trace family (an IVF embryo-grading model's sequences/s, triggered by each node's
reporter as Pusher Channels events every 10-30 s, retried once and dropped or carried over, and summed per minute of
the event's time or of its receipt by a monitor subscribed over a WebSocket that drops and misses events): generator
checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout190 as h190
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout190 import HELDOUT190_SEEDS, heldout190_set, make_heldout190
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT190_SEEDS[:4]
SPANS = {"short": (2, 200), "long": (2, 240)}  # a quota night, unread until UTC midnight, is up to 3 h

shared_builds = tc.shared_builds(h190)

_set, traces, _full_long = tc.cheap_sets(heldout190_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h190._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's sequences/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h190.K] - C[np.arange(n) * h190.K]) / h190.STEP


def test_seed_range_is_its_own():
    assert HELDOUT190_SEEDS == tuple(range(1902000, 1902012))
    assert not set(HELDOUT190_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("straggler", 655, 655, 899, 0.2484), Event("leak", 1415, 1767, 2041, 0.2065),
                 Event("drop", 2783, 2783, 2941, 0.1426)]
PINNED_SUM = 57247.74013895615
PINNED_PAUSES = [(0, 14), (64, 73), (138, 146)]
PINNED_CHANGES = [1274, 2214]
LISTED_LONG = 18
CHANGES_LINE = "short 19, long 18"
ALWAYS_SEEN = h190.PATH_KEYS


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout190, 1902000, 1902001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout190(1902000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout190(1902000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT190_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h190.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=4)


def test_the_full_sets_path_fails_drops_carries_repeats_and_misses():
    """Over both sets' first 6 runs every distortion of the path occurs (random and incident failures, quota
    refusals, retries, dropped and carried events, events delivered twice, incidents and quota nights, blips, half-open
    sockets and server closes, events missed while disconnected, late copies, unread minutes, intervals lost in a
    crash), and both binnings and both reporter kinds."""
    total, modes = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT190_SEEDS[:6]):
            modes.add((run.path.by_event, run.path.carry))
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert {m[0] for m in modes} == {True, False} and {m[1] for m in modes} == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the minute's summed sequences over 60 s, stamped at the minute's end; a minute that read nothing
    (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h190.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h190.TICK)), min(run.nt, int(b // h190.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h190.STEP), min(int(np.ceil(b / h190.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval", "ckpt"}
            seen |= kinds
    assert seen >= {"crash", "relaunch"}


def test_the_reads_are_about_the_jobs_sequences_per_minute():
    """Away from pauses the reads' sum is the job's sequences (the path moves, drops, carries and repeats events)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.97 < ratio < 1.03 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_copies_are_the_monitors():
    """Linear reads; each kept copy arrived while the socket was up, by event time before its minute closed (or in
    the minute of its receipt), and none of an event refused through a quota night's two tries."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            p = run.path
            assert np.allclose(h190._reads(run, 2 * run.J), 2 * h)
            assert (p.copies == 1).all() and not h190._inside(p.recv, p.down).any()
            if p.by_event:
                assert (p.recv <= (p.bin + 1) * h190.STEP + p.grace).all()
            else:
                assert np.array_equal(p.bin, np.floor(p.recv / h190.STEP).astype(int))
            assert not (h190._inside(p.te, p.quota) & h190._inside(p.te + 5.0, p.quota)).any()
            assert (p.ref < p.te).all() and 10 <= p.P <= 30


def test_windows():
    win = h190._merge([(50.0, 80.0), (10.0, 20.0), (15.0, 30.0)])
    assert win.tolist() == [[10.0, 30.0], [50.0, 80.0]]
    x = np.array([5.0, 10.0, 25.0, 30.0, 60.0, 90.0])
    assert h190._inside(x, win).tolist() == [False, True, True, False, True, False]
    assert not h190._inside(x, h190._merge([])).any()


def test_stages_change_the_rate():
    cfg = {"gpu": 100.0, "eff": 0.9, "frames_c": 1.5, "res_c": 1.4, "cpu": 1e9}
    st = {"nodes": 1, "frames": 0, "res": 0}
    lv = h190._level(cfg, st)
    assert lv == pytest.approx(100.0)
    assert h190._level(cfg, {**st, "frames": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h190._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h190._level({**cfg, "cpu": 100.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 150.0
    for _ in range(20):
        new = h190._next_stage(rng, cfg, st, h190._level(cfg, st))
        ratio = h190._level(cfg, new) / h190._level(cfg, st)
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
    tc.check_event_weights(h190._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout190, HELDOUT190_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout190, 1902000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout190(1902000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
