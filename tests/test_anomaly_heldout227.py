"""The two-hundred-and-twenty-seventh held-out trace family (a marble slab grading model's images/s on 1, 2 or 4
nodes, each node's reporter publishing CloudEvents to an Azure Event Grid topic every 10-30 s, Event Grid pushing them
at least once to the monitor's webhook, which sums the images per minute of the event's ``time`` or of its receipt):
generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds at 6,000 points, no regressions; the "short" row
was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout227 as h227
import tests.trace_checks as tc
from anomaly.heldout227 import HELDOUT227_SEEDS, heldout227_set, make_heldout227
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT227_SEEDS[:4]
SPANS = h227.SPANS

shared_builds = tc.shared_builds(h227)

_set, traces, _full_long = tc.cheap_sets(heldout227_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h227._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h227.K] - C[np.arange(n) * h227.K]) / h227.STEP


def test_seed_range_is_its_own():
    assert HELDOUT227_SEEDS == tuple(range(2272000, 2272012))
    assert not set(HELDOUT227_SEEDS) & set(range(2262000, 2262012))  # generator 226's range


PINNED_EVENTS = [Event("straggler", 315, 315, 785, 0.1289), Event("leak", 1253, 1580, 1986, 0.2679),
                 Event("drop", 2424, 2424, 2804, 0.1013)]
PINNED_SUM = 1513920.1666420298
PINNED_PAUSES = [(0, 8), (59, 64), (127, 135)]
PINNED_CHANGES = [956]
LISTED_LONG = 17
CHANGES_LINE = "short 12, long 17"
# the path's distortions seen over the first 6 seeds of both sets (a reporter's dropped events are not: see the doc)
ALWAYS_SEEN = tuple(k for k in h227.PATH_KEYS if k != "client_dropped")


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout227, 2272000, 2272001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout227(2272000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout227(2272000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT227_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h227.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_throttles_retries_loses_and_repeats():
    """Over both sets' first 6 runs every distortion of the path occurs (429s and the SDK's retries, publishes
    batched after a refusal, a client's resends of the same id, 503s while the webhook restarts and Event Grid's
    retries, dead-lettered and dropped events, duplicates after a slow response, repeated ids counted, copies after
    their minute closed, copies in another minute than their interval's end, unread minutes, clock steps, intervals
    lost in a crash), with both dedup settings and both binnings."""
    total, dedup, modes = {}, set(), set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT227_SEEDS[:6]):
            dedup.add(run.path.dedup)
            modes.add(run.path.mode)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert dedup == {True, False} and modes == {"time", "receipt"}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the images/s the monitor summed over a minute, stamped at the minute's end; a minute that read
    nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h227.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h227.TICK)), min(run.nt, int(b // h227.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h227.STEP), min(int(np.ceil(b / h227.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
            assert run.lives[-1][3] == "end" and run.lives[-1][1] == run.T
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is the job's images (the path moves, loses and repeats copies)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_dedup_counts_an_id_once_between_restarts():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h227._reads(run, 2 * run.J), 2 * h)
        p = run.path
        ids, k = np.unique(p.ev, return_counts=True)
        if p.dedup and not len(p.down):
            assert k.max() == 1
        assert k.max() <= 4


def test_windows_and_the_reporters_events():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h227._inside(x, win).tolist() == [False, True, True, False, True, False]
    assert h227._merged([(5, 8), (0, 3), (3, 4), (9, 12)]) == [(0, 4), (5, 8), (9, 12)]
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert 10 <= p.P <= 30 and (p.t1 > p.t0 - 1e-9).all() and set(np.unique(p.share)) <= {1.0, 2.0, 4.0}
        assert (np.diff(p.down[:, 0]) > 0).all() and (p.down[:, 1] > p.down[:, 0]).all()


def test_event_grids_retries_follow_its_schedule():
    """One copy that meets a 10-minute outage is retried after 10, 30, 60, 300 and 600 s (each +-10 %) and arrives
    after the outage; with 3 attempts at most, or a 5-minute time-to-live, it is dead-lettered (or dropped)."""
    rng = np.random.default_rng(0)
    down, none = np.array([[100.0, 700.0]]), np.zeros((0, 2))
    c = dict.fromkeys(h227.PATH_KEYS, 0)
    ev, r = h227._deliver(rng, np.array([0]), np.array([100.0]), down, none, 0.0, 86400.0, 30, True, 0.0, c)
    assert len(ev) == 1 and 100 + 0.9 * 1000 <= r[0] <= 100 + 1.1 * 1000 + 20 and c["eg_retries"] == 5
    for ttl, att, dead, key in ((86400.0, 3, True, "dead_lettered"), (300.0, 30, False, "eg_dropped")):
        c = dict.fromkeys(h227.PATH_KEYS, 0)
        ev, r = h227._deliver(rng, np.array([0]), np.array([100.0]), down, none, 0.0, ttl, att, dead, 0.0, c)
        assert len(ev) == 0 and c[key] == 1


def test_a_refused_publish_is_retried_then_batched():
    rng = np.random.default_rng(1)
    c = dict.fromkeys(h227.PATH_KEYS, 0)
    ts = np.array([10.0, 30.0, 50.0, 400.0])
    got = h227._publish(rng, ts, np.inf, np.array([[0.0, 45.0]]), 1.0, c)
    assert [j for j, s in got] == [0, 1, 2, 3] and c["throttled_429"] == 8 and c["sdk_retries"] == 6
    assert c["batched_publishes"] == 1 and all(s >= ts[2] for j, s in got[:3])


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "cpu": 1e9}
    st = {"nodes": 1, "gtile": 1.0, "ctile": 1.0, "batch": 1.0}
    lv = h227._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h227._level(cfg, {**st, "gtile": 1.5}) == pytest.approx(lv / 1.5)
    assert h227._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h227._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h227._next_stage(rng, cfg, st, h227._level(cfg, st))
        ratio = h227._level(cfg, new) / h227._level(cfg, st)
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
    tc.check_event_weights(h227._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout227, HELDOUT227_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout227, 2272000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout227(2272000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
