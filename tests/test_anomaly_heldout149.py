"""The hundred-and-forty-ninth held-out trace family (a railway track-defect detector's frames/s, appended as CSV lines
to each node's log file, pulled by a systemd-timed rsync over SSH with ``--append``, and summed per minute of the lines'
own timestamps by a monitor that parses the collected files once a minute): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout149 as h149
import tests.trace_checks as tc
from anomaly.heldout141 import HELDOUT141_SEEDS
from anomaly.heldout149 import HELDOUT149_SEEDS, heldout149_set, make_heldout149
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT149_SEEDS[:4]
SPANS = h149.SPANS

shared_builds = tc.shared_builds(h149)

_set, traces, _full_long = tc.cheap_sets(heldout149_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h149._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's frames/s per minute of true time (what a point should be about)."""
    return run.J[:n * h149.K].reshape(n, h149.K).sum(1) / h149.STEP


def test_seed_range_is_its_own():
    assert HELDOUT149_SEEDS == tuple(range(1492000, 1492012))
    assert not set(HELDOUT149_SEEDS) & set(HELDOUT141_SEEDS)


PINNED_EVENTS = [Event("drop", 984, 984, 1141, 0.2347), Event("straggler", 1917, 1917, 2041, 0.2546),
                 Event("drop", 2544, 2544, 3000, 0.1081)]
PINNED_SUM = 15069658.294948382
PINNED_PAUSES = [(0, 7), (51, 59), (119, 127)]
PINNED_CHANGES = [797, 1452]
LISTED_LONG = 22
CHANGES_LINE = "short 17, long 22"
# the path's distortions seen over the first 6 seeds of both sets
ALWAYS_SEEN = h149.PATH_KEYS


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout149, 1492000, 1492001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout149(1492000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout149(1492000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT149_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h149.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_and_duplicates():
    """Over both sets' first 6 runs every distortion of the path occurs (failed and hung pulls, SSH drops, rotations
    seen late, rotated tails lost, lines duplicated and counted twice, lines lost with a crash, partial lines left for
    the next flush, lines pulled after their minute was read, lines moved by a node's clock, unread points), and
    every setting of the path (dedup, the pulled names, late rotations, buffering)."""
    total, seen = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT149_SEEDS[:6]):
            p = run.path
            seen |= {("dedup", p.dedup), ("glob", p.glob), ("late", p.late), ("buffered", p.buffered)}
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert len(seen) == 8


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum of a minute's lines (by their own timestamps) over 60 s, stamped at the minute's
    end; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h149.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h149.TICK)), min(run.nt, int(b // h149.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h149.STEP), min(int(np.ceil(b / h149.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_frames_per_minute():
    """Away from pauses the reads' sum is the job's frames (the path shifts, loses and repeats lines)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_line_counts_at_most_twice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h149._reads(run, 2 * run.J), 2 * h)
        c = run.path.copies
        assert set(np.unique(c)) <= {0, 1, 2}
        assert c.max() <= (1 if run.path.dedup else 2)
        tick = run.path.tick
        off = run.path.bucket - np.floor((tick + 0.5) * h149.TICK / 60)
        assert np.abs(off).max() <= 1  # a node's clock moves a line by a minute at most


def test_pull_windows_and_the_next_pull():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h149._inside(x, win).tolist() == [False, True, True, False, True, False]
    S = np.array([10.0, 20.0, 30.0])
    assert h149._first_at(S, np.array([0.0, 10.0, 10.5, 30.0, 31.0])).tolist() == [10, 10, 20, 30, np.inf]
    for run, h, spans, live, changes in _builds("short"):
        assert 60 <= run.path.P <= 300 and run.path.W > run.path.P


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "crop_c": 1.5, "bb_c": 2.5}
    st = {"gpus": 1, "crop": 0, "bb": 0, "nn": 1}
    lv = h149._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h149._level(cfg, {**st, "crop": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h149._level(cfg, {**st, "bb": 1}) == pytest.approx(lv / 2.5)
    assert h149._level(cfg, {**st, "gpus": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h149._next_stage(rng, cfg, st, lv)
        ratio = h149._level(cfg, new) / lv
        assert abs(np.log(ratio)) >= np.log(1.15) - 1e-12 and 1 / 3 <= ratio <= 3


def test_an_unsynchronised_node_is_seconds_off():
    offs = [h149._node_clocks(np.random.default_rng(s), 3) for s in range(60)]
    big = [o for c in offs for o, d in c if abs(o) >= 2]
    assert big and all(abs(o) <= 20 for o in big)
    assert all(d == 0 for c in offs for o, d in c if abs(o) < 2)


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
    tc.check_event_weights(h149._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout149, HELDOUT149_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout149, 1492000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout149(1492000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
