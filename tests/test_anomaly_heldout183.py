"""The hundred-and-eighty-third held-out trace family (a football player-tracking model's frames/s, each node's
reporter uploading a small CSV file by SFTP every 15-60 s, a monitor listing the drop directory once a minute and
summing the frames per minute of the time in the file or of its mtime): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here). The monitor's rules are checked on hand-made files."""

from types import SimpleNamespace

import numpy as np
import pytest

import anomaly.heldout183 as h183
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout183 import HELDOUT183_SEEDS, heldout183_set, make_heldout183
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT183_SEEDS[:4]
SPANS = h183.SPANS

shared_builds = tc.shared_builds(h183)

_set, traces, _full_long = tc.cheap_sets(heldout183_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h183._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's frames/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h183.K] - C[np.arange(n) * h183.K]) / h183.STEP


def test_seed_range_is_its_own():
    assert HELDOUT183_SEEDS == tuple(range(1832000, 1832012))
    assert not set(HELDOUT183_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("drop", 531, 531, 804, 0.2492), Event("straggler", 1231, 1231, 1419, 0.1669),
                 Event("leak", 2251, 2596, 3000, 0.1119)]
PINNED_SUM = 8807369.691598184
PINNED_PAUSES = [(0, 7), (76, 81), (170, 175)]
PINNED_CHANGES = [910]
LISTED_LONG = 22
CHANGES_LINE = "short 19, long 22"
ALWAYS_SEEN = h183.PATH_KEYS  # over the first 6 seeds of both sets


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout183, 1832000, 1832001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout183(1832000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout183(1832000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT183_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h183.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_refuses_loses_delays_and_repeats():
    """Over both sets' first 6 runs every distortion of the path occurs (MaxStartups refusals, a server down, blips
    and dead kept connections, a full disk, queue overflows, files lost at a crash, resets after and before the
    write, zero-byte and half-written files, files lost to the name memory or skipped by the mtime mark, overwrites
    and second names read twice, late files, unread minutes, clock steps), and every setting of the path."""
    total, seen = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT183_SEEDS[:6]):
            p = run.path
            seen |= {p.conn, p.upload, p.memory, "bin-" + p.bin_by, ("p" if p.preserve else "no-p"),
                     ("new-name" if p.new_name else "same-name")}
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert seen == {"persistent", "per-upload", "direct", "temp-posix", "temp-plain", "name", "mtime", "bin-time",
                    "bin-mtime", "p", "no-p", "new-name", "same-name"}


def _p(**kw):
    base = dict(o_s=0.0, phase=0.0, memory="name", preserve=False, new_name=False, bin_by="time", grace=30.0,
                counts={k: 0 for k in h183.PATH_KEYS})
    return SimpleNamespace(**{**base, **kw})


def _f(c, z=None, b1=None, b2=None):
    c = np.asarray(c, float)
    nan = np.full(len(c), np.nan)
    return {"prev": c - 30, "c": c, "stamp": c.copy(), "share": np.ones(len(c)),
            "z": nan.copy() if z is None else np.asarray(z, float),
            "b1": c + 1 if b1 is None else np.asarray(b1, float),
            "b2": nan.copy() if b2 is None else np.asarray(b2, float)}


def test_the_monitor_by_name_loses_a_file_listed_empty_and_ignores_an_overwrite():
    # file 0 listed empty at 120 (opened at 110, written at 130); file 1 empty at 125, rewritten at 128 (no listing
    # between); file 2 overwritten after a reset (second version at 200): read once
    f = _f([100.0, 100.0, 100.0], z=[110.0, 125.0, np.nan], b1=[130.0, 128.0, 101.0], b2=[np.nan, np.nan, 200.0])
    got = h183._monitor(_p(), f, 10)
    assert got["copies"].tolist() == [0, 1, 1]
    got = h183._monitor(_p(new_name=True, grace=600.0), f, 20)  # a retry under a new name is a second file
    assert got["copies"].tolist() == [0, 1, 2]


def test_the_monitor_by_mtime_mark_rereads_an_overwrite_and_skips_a_preserved_late_file():
    # file 0 written at 101 and again at 200 (a reset after the write); file 1 made at 150, uploaded at 400, after
    # file 2 (made at 300, uploaded at 301) was listed
    f = _f([100.0, 150.0, 300.0], b1=[101.0, 400.0, 301.0], b2=[200.0, np.nan, np.nan])
    got = h183._monitor(_p(memory="mtime", bin_by="mtime", grace=600.0), f, 20)
    assert got["copies"].tolist() == [2, 1, 1]
    got = h183._monitor(_p(memory="mtime", bin_by="mtime", grace=600.0, preserve=True), f, 20)
    assert got["copies"].tolist() == [1, 0, 1]  # -p: the old mtimes lie below the mark


def test_the_monitor_loses_a_file_read_after_its_minute_closed():
    # minute 1 (60-120 s) closes at the listing at 180 s (grace 30): a file of minute 1 uploaded at 170 counts,
    # one uploaded at 185 is late
    f = _f([100.0, 110.0], b1=[170.0, 185.0])
    got = h183._monitor(_p(), f, 10)
    assert got["copies"].tolist() == [1, 0] and got["bin"].tolist() == [1]
    got = h183._monitor(_p(bin_by="mtime"), f, 10)  # binned by the upload's mtime: both count, in minutes 2 and 3
    assert got["copies"].tolist() == [1, 1] and got["bin"].tolist() == [2, 3]


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the frames the monitor summed for a minute, per second, stamped at the minute's end; a minute that
    read nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h183.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h183.TICK)), min(run.nt, int(b // h183.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h183.STEP), min(int(np.ceil(b / h183.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_frames_per_minute():
    """Away from pauses the reads' sum is the job's frames (the path delays, drops and repeats files)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.97 < ratio < 1.03 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_file_counts_at_most_twice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h183._reads(run, 2 * run.J), 2 * h)
        assert set(np.unique(run.path.copies)) <= {0, 1, 2}


def test_windows_and_episodes():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h183._inside(x, win).tolist() == [False, True, True, False, True, False]
    assert np.allclose(h183._after(np.array([0.0, 10.0, 95.0]), np.array([10.0, 50.0]), side="right"),
                       [10.0, 50.0, np.nan], equal_nan=True)
    ep = h183._episodes(np.random.default_rng(0), 86400 * 20, 5, 60, 600)
    assert (ep[1:, 0] > ep[:-1, 1]).all() and (ep[:, 1] > ep[:, 0]).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "res_c": 1.5, "fps_c": 1.4, "cpu": 1e9}
    st = {"nodes": 1, "res": 0, "fps": 0}
    lv = h183._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h183._level(cfg, {**st, "res": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h183._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h183._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    st["nodes"] = 2
    for _ in range(20):
        new = h183._next_stage(rng, cfg, st, h183._level(cfg, st))
        ratio = h183._level(cfg, new) / h183._level(cfg, st)
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
    tc.check_event_weights(h183._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout183, HELDOUT183_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout183, 1832000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout183(1832000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
