"""The hundred-and-seventy-second held-out trace family (a face-forgery video detector's clips/s, each node's reporter
uploading a file every 20-60 s into a shared Dropbox folder, 429s retried after ``Retry-After``, a monitor following
the folder with ``list_folder/longpoll`` and summing clips per minute of a file's time): generator checks only (no
detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout172 as h172
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout172 import HELDOUT172_SEEDS, heldout172_set, make_heldout172
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT172_SEEDS[:4]
SPANS = h172.SPANS

shared_builds = tc.shared_builds(h172)

_set, traces, _full_long = tc.cheap_sets(heldout172_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h172._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's clips/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h172.K] - C[np.arange(n) * h172.K]) / h172.STEP


def test_seed_range_is_its_own():
    assert HELDOUT172_SEEDS == tuple(range(1722000, 1722012))
    assert not set(HELDOUT172_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("drop", 746, 746, 1141, 0.1561), Event("straggler", 1655, 1655, 1821, 0.1323),
                 Event("straggler", 2565, 2565, 2934, 0.159)]
PINNED_SUM = 126482.02669148766
PINNED_PAUSES = [(0, 10), (67, 73), (133, 143)]
PINNED_CHANGES = [681, 2529]
LISTED_LONG = 14
CHANGES_LINE = "short 12, long 14"
# the path's distortions seen over the first 6 seeds of both sets
ALWAYS_SEEN = h172.PATH_KEYS + ("clock_steps", "missed_while_down", "overwritten_unread", "reset_recounted")


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout172, 1722000, 1722001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout172(1722000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout172(1722000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT172_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h172.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_refuses_delays_loses_and_repeats():
    """Over both sets' first 6 runs every distortion of the path occurs (write contention and rate-limit 429s,
    refusals in outages, reports merged while an upload retried, files stored twice, uploads lost in a crash, reads
    after a longpoll ``backoff``, cursor resets, monitor restarts (files missed with a fresh cursor), revisions
    overwritten before they were listed, a relisted revision counted again, files read after their minute closed,
    files in another minute than their clips' end, unread minutes, node clock steps), both write modes and the
    three time keys."""
    total, modes, keys = {}, set(), set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT172_SEEDS[:6]):
            modes.add(run.path.mode)
            keys.add(run.path.key)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert modes == {"add", "overwrite"} and keys == {"server", "client", "content"}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the clips a minute's files hold over 60 s, stamped at the minute's end; a minute that read nothing
    (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h172.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h172.TICK)), min(run.nt, int(b // h172.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h172.STEP), min(int(np.ceil(b / h172.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_clips_per_minute():
    """Away from pauses the reads' sum is the job's clips (the path shifts, drops and repeats files)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_report_counts_at_most_twice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h172._reads(run, 2 * run.J), 2 * h)
        c = run.path.copies
        assert set(np.unique(c)) <= {1, 2}
        twice = run.path.mode == "add" or not run.path.rev_tracked
        assert c.max() <= (2 if twice else 1)


def test_windows_and_the_reporters_files():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h172._inside(x, win).tolist() == [False, True, True, False, True, False]
    assert h172._win_of(x, win).tolist() == [-1, 0, 0, -1, 1, -1]
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert 20 <= p.P <= 60 and (p.c1 > p.c0).all() and (p.u >= p.c1).all()
        assert (p.read > p.u).all() and np.allclose(p.share, 1.0 / h172._nodes_at(run, p.c0 + 1e-6))
        assert (p.bin[p.counted] >= 0).all()


def test_stages_change_the_rate():
    cfg = {"gpn": 8, "gpu": 10.0, "eff": 0.9, "frames_g": 1.9, "frames_c": 1.8, "res_g": 1.8, "res_c": 1.2,
           "cpu": 1e9}
    st = {"nodes": 1, "fr": 0, "res": 0}
    lv = h172._level(cfg, st)
    assert lv == pytest.approx(80.0 * 0.9 ** 3)
    assert h172._level(cfg, {**st, "fr": 2}) == pytest.approx(lv / 1.9 ** 2)
    assert h172._level(cfg, {**st, "nodes": 2}) == pytest.approx(2 * 0.9 * lv)
    assert h172._level({**cfg, "cpu": lv}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1.5 * lv
    for _ in range(20):
        new = h172._next_stage(rng, cfg, st, h172._level(cfg, st))
        ratio = h172._level(cfg, new) / h172._level(cfg, st)
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
    tc.check_event_weights(h172._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout172, HELDOUT172_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout172, 1722000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout172(1722000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
