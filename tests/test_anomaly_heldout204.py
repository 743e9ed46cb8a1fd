"""The two-hundred-and-fourth held-out trace family (a zebrafish larva phenotyping model's images/s on 1, 2 or 4
nodes, each node's reporter appending lines to its own CSV file in a Syncthing-shared folder, summed per minute by a
monitor reading the synced copies once a minute): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes and its row of the docstring's counts
table; the path's distortions are counted over the first 6 seeds of both settings at n=6000 (healthy builds, no
regressions; the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout204 as h204
import tests.trace_checks as tc
from anomaly.heldout204 import HELDOUT204_SEEDS, heldout204_set, make_heldout204
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT204_SEEDS[:4]
SPANS = h204.SPANS
HELDOUT203_SEEDS = tuple(range(2032000, 2032012))  # generator 203's seeds by the project's rule (its module unseen)

shared_builds = tc.shared_builds(h204)

_set, traces, _full_long = tc.cheap_sets(heldout204_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h204._build(seed, n, setting) for seed in seeds]


def test_seed_range_is_its_own():
    assert HELDOUT204_SEEDS == tuple(range(2042000, 2042012))
    assert not set(HELDOUT204_SEEDS) & set(HELDOUT203_SEEDS)


PINNED_EVENTS = [Event("straggler", 804, 804, 1141, 0.2298), Event("leak", 1655, 1906, 2041, 0.097),
                 Event("drop", 2767, 2767, 2941, 0.2277)]
PINNED_SUM = 1780844.6749716736
PINNED_PAUSES = [(0, 11), (88, 96), (126, 143)]
PINNED_CHANGES = [1650, 2503]
LISTED_LONG = 13
CHANGES_LINE = "short 22, long 13"
# the path's distortions seen over the first 6 seeds of both settings (not "conflict_twice": no run of the sets has
# both conflicts and a monitor counting a conflict copy's lines again)
ALWAYS_SEEN = tuple(k for k in h204.PATH_KEYS if k != "conflict_twice")


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout204, 2042000, 2042001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout204(2042000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout204(2042000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT204_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h204.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_paths_distortions_all_occur():
    """Over both settings' first 6 runs every distortion of the path but a conflict copy counted again occurs, and
    both binnings (by the line's time, by the time the monitor first read it) and both file-following monitors."""
    total, modes = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT204_SEEDS[:6]):
            modes.add((run.path.by_line, run.path.today_only))
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert {b for b, _ in modes} == {True, False} and {d for _, d in modes} == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h204.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h204.TICK)), min(run.nt, int(b // h204.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h204.STEP), min(int(np.ceil(b / h204.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            seen |= {k for a, b, k in run.pauses_t}
    assert seen >= {"startup", "eval", "ckpt", "crash", "relaunch"}


def test_the_lines_cover_the_jobs_images_once():
    """Each node's lines cover its lives without overlap; the images outside them are the intervals a crash lost
    (the reporter dies with the trainer), so the lines hold at most the job's images and, less the crashes, all."""
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        for j in range(4):
            mine = p.node == j
            assert (p.t1[mine] > p.t0[mine]).all() and (p.t0[mine][1:] >= p.t1[mine][:-1] - 1e-9).all()
        v = h204._reads(run, run.J)
        assert np.allclose(h204._reads(run, 2 * run.J), 2 * v) and (v >= 0).all()
        C = np.concatenate([[0.0], np.cumsum(run.J)])
        edges = np.arange(len(C)) * h204.TICK
        covered = ((np.interp(p.t1, edges, C) - np.interp(p.t0, edges, C)) * p.share).sum()
        assert covered <= C[-1] * (1 + 1e-9) and covered >= 0.9 * C[-1]


def test_syncthing_detects_transfers_and_holds():
    """A watched node's line reaches the monitor's copy after the watcher's delay, an unwatched one at a rescan;
    a node's lines arrive in order (the file's versions), none inside a window that held the sync, and each copy
    counts once or twice (a monitor restart's re-read); the monitor reads once a minute."""
    for run, h, spans, live, changes in _builds("long"):
        p = run.path
        assert (p.ar >= p.t1 + 0.05).all()
        for j in range(4):
            mine = p.node == j
            assert (np.diff(p.ar[mine]) >= 0).all()
        assert set(np.unique(p.copies)) <= {0, 1, 2}
        assert p.counts["lines"] == len(p.t1)


def test_windows_and_reads():
    w = h204._merge(np.array([[50.0, 80.0], [10.0, 20.0], [15.0, 30.0]]))
    assert w.tolist() == [[10.0, 30.0], [50.0, 80.0]]
    x = np.array([5.0, 10.0, 25.0, 30.0, 60.0, 90.0])
    assert h204._inside(x, w).tolist() == [-1, 0, 0, -1, 1, -1]
    assert h204._next_read(np.array([0.0, 7.0, 8.0, 70.0]), 7.0).tolist() == [7.0, 7.0, 67.0, 127.0]


def test_binning_laws_on_the_first_runs():
    """By the line's time, a copy counts in its node clock's minute; by the time first read, in the monitor's."""
    seen = set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            p = run.path
            if p.by_line:
                assert np.array_equal(p.copy_bin, np.floor(p.lt[p.copy_line] / h204.STEP).astype(int))
            seen.add(p.by_line)
            assert (p.copy_bin >= 0).all() and (p.copy_bin < N).all()
    assert seen == {True, False}


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "crop_g": 1.5, "crop_c": 1.3, "cpu": 1e9}
    st = {"nodes": 1, "crop": 0}
    lv = h204._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h204._level(cfg, {**st, "crop": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h204._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h204._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h204._next_stage(rng, cfg, st, h204._level(cfg, st))
        ratio = h204._level(cfg, new) / h204._level(cfg, st)
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
    tc.check_event_weights(h204._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout204, HELDOUT204_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout204, 2042000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout204(2042000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
