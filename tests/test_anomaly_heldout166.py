"""The hundred-and-sixty-sixth held-out trace family (a building-footprint segmenter's tiles/s, sent by each node's
reporter as a Celery task every 15-30 s through a Redis broker to a small worker pool that adds the tiles to a
per-minute total, read once a minute by the monitor): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions, and one more "short" build for a
Redis restart that lost queued tasks; the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout166 as h166
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout166 import HELDOUT166_SEEDS, heldout166_set, make_heldout166
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT166_SEEDS[:4]
SPANS = h166.SPANS

shared_builds = tc.shared_builds(h166)

_set, traces, _full_long = tc.cheap_sets(heldout166_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h166._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's tiles/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h166.K] - C[np.arange(n) * h166.K]) / h166.STEP


def test_seed_range_is_its_own():
    assert HELDOUT166_SEEDS == tuple(range(1662000, 1662012))
    assert not set(HELDOUT166_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("drop", 355, 355, 810, 0.1605), Event("straggler", 1482, 1482, 1591, 0.1744),
                 Event("leak", 1691, 2073, 2266, 0.1825), Event("straggler", 2558, 2558, 2941, 0.1155)]
PINNED_SUM = 302737.73445967166
PINNED_PAUSES = [(0, 13), (52, 60), (104, 105)]
PINNED_CHANGES = [842, 922, 2285]
LISTED_LONG = 23
CHANGES_LINE = "short 19, long 23"
# the path's distortions seen over the first 6 seeds of both sets (the rarest two are checked on their own seeds)
RARE = {"queue_lost_restart": ("short", 1662011), "eta_copies": ("short", 1662006)}
ALWAYS_SEEN = tuple(k for k in h166.PATH_KEYS if k not in RARE)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout166, 1662000, 1662001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout166(1662000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout166(1662000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT166_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h166.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_paths_refusals_delays_losses_and_repeats():
    """Over both sets' first 6 runs every distortion of the path occurs (publishes refused while Redis is down or out
    of memory, retried, carried or dropped; stalls and worker pools down, tasks held past the visibility timeout and
    run twice, hung workers killed with tasks lost or restored late, tasks evicted, database errors retried with a
    countdown and given up, reads too late, tiles moved to another minute, unread minutes, clock steps, intervals
    lost in a crash), with both binnings, both ``acks_late`` settings, both reporters and every memory policy; a
    Redis restart losing queued tasks and an ETA task run twice each occur on their own seed."""
    total, seen = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT166_SEEDS[:6]):
            p = run.path
            seen.add((p.by_worker, p.acks_late, p.carry, p.policy))
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    for i in range(3):
        assert {s[i] for s in seen} == {True, False}
    assert {s[3] for s in seen} == {"noeviction", "allkeys-lru", "none"}
    for k, (setting, seed) in RARE.items():
        assert h166._build(seed, 6000, setting)[0].path.counts[k] > 0, k


def test_the_paths_laws_follow_its_settings():
    """Refusals for memory only under ``noeviction``, evictions only under ``allkeys-lru``, tasks lost with a killed
    worker only with ``acks_late`` off, queued tasks lost in a Redis restart only without persistence, a task run
    twice only with a visibility timeout under the default hour, and a dropped interval only where the reporter
    does not carry its count (or at a process's end)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT166_SEEDS[:6]):
            p, c = run.path, run.path.counts
            assert c["refused_oom"] == 0 or p.policy == "noeviction"
            assert c["evicted"] == 0 or p.policy == "allkeys-lru"
            assert c["lost_on_kill"] == 0 or not p.acks_late
            assert c["queue_lost_restart"] == 0 or not p.persist
            assert p.copies.max() <= 1 or p.vt < 900
            if p.carry:  # a refused task's count is lost only where no task of its node's process follows
                for i in np.nonzero(p.dest < 0)[0]:
                    after = (p.node == p.node[i]) & (p.life == p.life[i]) & (np.arange(len(p.c)) > i)
                    assert not (after & p.ok).any(), i
            assert c["eta_copies"] == 0 or p.vt < h166.ETA


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the minute's total read by the monitor, stamped at the minute's end; a minute that read nothing
    (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h166.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h166.TICK)), min(run.nt, int(b // h166.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h166.STEP), min(int(np.ceil(b / h166.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_tiles_per_minute():
    """Away from pauses the reads' sum is the job's tiles (the path shifts, drops and repeats tasks)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_tasks_count_at_most_four_times():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h166._reads(run, 2 * run.J), 2 * h)
        assert run.path.copies.max() <= 4


def test_windows_and_the_reporters_tasks():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h166._inside(x, win).tolist() == [-1, 0, 0, -1, 1, -1]
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert 15 <= p.P <= 30 and (p.c > p.prev).all() and (p.G >= 1).all()
        for w in (p.down, p.oom, p.stall, p.dberr, p.pool_down):
            assert (np.diff(w[:, 0]) >= 0).all() and (w[:, 1] > w[:, 0]).all()


def test_stages_change_the_rate():
    cfg = {"gpn": 4, "gpu": 100.0, "eff": 0.9, "tile_c": 1.6, "head_c": 1.4, "cpuw_c": 1.5, "tile_cc": 1.5,
           "cpu": 1e9}
    st = {"nodes": 1, "tile": 0, "head": 0, "cpuw": 0}
    lv = h166._level(cfg, st)
    assert lv == pytest.approx(400.0 * 0.9 ** 2)
    assert h166._level(cfg, {**st, "tile": 1}) == pytest.approx(lv / 1.6)
    assert h166._level({**cfg, "cpu": 324.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 500.0
    for _ in range(20):
        new = h166._next_stage(rng, cfg, st, h166._level(cfg, st))
        if new is not None:
            ratio = h166._level(cfg, new) / h166._level(cfg, st)
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
    tc.check_event_weights(h166._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout166, HELDOUT166_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout166, 1662000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout166(1662000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
