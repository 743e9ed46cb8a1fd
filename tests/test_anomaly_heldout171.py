"""The hundred-and-seventy-first held-out trace family (an echocardiography video model's clips/s, one row per node
every 15-30 s inserted into a SQL Server table with change data capture, the capture job's change table polled once a
minute and summed per minute of the row's time or of its commit time): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout171 as h171
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout171 import HELDOUT171_SEEDS, heldout171_set, make_heldout171
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT171_SEEDS[:4]
SPANS = h171.SPANS

shared_builds = tc.shared_builds(h171)

_set, traces, _full_long = tc.cheap_sets(heldout171_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h171._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's clips/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h171.K] - C[np.arange(n) * h171.K]) / h171.STEP


def test_seed_range_is_its_own():
    assert HELDOUT171_SEEDS == tuple(range(1712000, 1712012))
    assert not set(HELDOUT171_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("drop", 822, 822, 916, 0.3069), Event("straggler", 995, 995, 1406, 0.1324),
                 Event("straggler", 2063, 2063, 2266, 0.1582), Event("straggler", 2604, 2604, 2941, 0.1992)]
PINNED_SUM = 958969.2839323818
PINNED_PAUSES = [(0, 10), (80, 93), (195, 206)]
PINNED_CHANGES = [727, 2052]
LISTED_LONG = 17
CHANGES_LINE = "short 20, long 17"
# the path's distortions seen over the first 6 seeds of both sets
ALWAYS_SEEN = h171.PATH_KEYS


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout171, 1712000, 1712001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout171(1712000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout171(1712000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT171_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h171.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_blocks_delays_loses_and_repeats():
    """Over both sets' first 6 runs every distortion of the path occurs (deadlock victims, blocked inserts and
    command timeouts, retries, abandoned rows and carried clips, rows stored twice, rows lost in an async failover,
    failovers, stopped agents, capture backlogs, an offline DR replica holding the capture, late rows dropped or
    folded, monitor restarts and the rows they skip, rows in another minute than their interval's end, unread
    minutes, intervals lost in a crash, clock steps), and each monitor and reporter variant."""
    total, seen = {}, {}
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT171_SEEDS[:6]):
            for k in ("bin", "close", "fold", "carry", "dedup", "asyncdr", "jobs_ready", "persist", "fixed"):
                seen.setdefault(k, set()).add(getattr(run.path, k))
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert seen["bin"] == {"row", "commit"} and seen["close"] == {"watermark", "wallclock"}
    assert all(v == {True, False} for k, v in seen.items() if k not in ("bin", "close")), seen


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the clips/s of a minute's rows, stamped at the minute's end; a minute that read nothing (0) is
    paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h171.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h171.TICK)), min(run.nt, int(b // h171.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h171.STEP), min(int(np.ceil(b / h171.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "restart", "relaunch"}


def test_the_reads_are_about_the_jobs_clips_per_minute():
    """Away from pauses the reads' sum is the job's clips (the path moves, drops and repeats rows)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_row_counts_at_most_twice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h171._reads(run, 2 * run.J), 2 * h)
        c = run.path.copies
        assert set(np.unique(c)) <= {0, 1, 2}
        assert c.max() <= (1 if run.path.dedup else 2)


def test_rows_are_committed_then_harvested_then_read():
    """A row commits after it is built, the capture job harvests in commit order on its 5-s scans, the monitor
    reads a row at a poll after its harvest; rows late for their closed minute are dropped or folded later."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            p = run.path
            assert (p.commit > p.t1).all() and (p.t1 > p.t0).all()
            assert (p.harvest >= p.commit).all() and (p.read >= p.harvest).all()
            o = np.argsort(p.commit, kind="stable")
            assert (np.diff(p.harvest[o]) >= 0).all()
            assert 15 <= p.P <= 30 and p.ct in (15.0, 30.0, 60.0)
            if p.fold:
                assert (p.copies[p.late] > 0).all()
            else:
                assert not p.copies[p.late].any()


def test_inserts_wait_time_out_retry_and_carry():
    """A blocked insert waits for the lock or times out at the command timeout; 4 tries, backoff 1, 2, 4 s; a
    failover breaks the connection; a troubled row holds back the reporter's next rows."""
    rng = np.random.default_rng(0)
    none = np.zeros((0, 2))
    p = type("P", (), {"ct": 30.0, "pd": 0.0})()
    c = {k: 0 for k in h171.PATH_KEYS}
    ok, t, dup = h171._attempts(rng, 100.0, False, none, np.array([[90.0, 110.0]]), p, c)
    assert ok and 110 < t < 110.05 and c["timeouts"] == 0
    ok, t, dup = h171._attempts(rng, 100.0, False, none, np.array([[90.0, 1000.0]]), p, c)
    assert not ok and c["timeouts"] == 4 and c["retries"] == 3 and c["abandoned"] == 1
    assert 100 + 4 * 30 + 7 <= t <= 100 + 4 * 30 + 7 * 1.5
    ok, t, dup = h171._attempts(rng, 100.0, True, none, none, p, c)
    assert ok and c["deadlocks"] == 1 and 101 < t < 103
    ok, t, dup = h171._attempts(rng, 100.0, False, np.array([[99.0, 104.0]]), none, p, c)
    assert ok and t > 104
    r = 20.0 * np.arange(1, 11)
    tb, commit, ok, dup = h171._inserts(rng, r, none, np.array([[39.0, 100.0]]), p, c)
    assert ok.all() and (commit > tb).all() and tb[1] == 40.0
    assert tb[2] >= commit[1] > 60.0 and (tb[5:] == r[5:]).all()
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h171._inside(x, win).tolist() == [False, True, True, False, True, False]
    assert h171._window_end(60.0, win) == 80.0 and h171._window_end(30.0, win) is None


def test_stages_change_the_rate():
    cfg = {"gpn": 4, "gpu": 10.0, "eff": 0.9, "vit_c": 1.5, "cpu": 1e9}
    st = {"nodes": 1, "frames": 32, "vit": False}
    lv = h171._level(cfg, st)
    assert lv == pytest.approx(4 * 10.0 * 0.9 ** 2)
    assert h171._level(cfg, {**st, "vit": True}) == pytest.approx(lv / 1.5)
    assert h171._level(cfg, {**st, "frames": 64}) == pytest.approx(lv / 2 ** 0.9)
    assert h171._level({**cfg, "cpu": lv}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1.5 * lv
    for _ in range(20):
        new = h171._next_stage(rng, cfg, st, h171._level(cfg, st))
        ratio = h171._level(cfg, new) / h171._level(cfg, st)
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
    tc.check_event_weights(h171._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout171, HELDOUT171_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout171, 1712000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout171(1712000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
