"""The hundred-and-fifty-sixth held-out trace family (a pollen-grain classifier's images/s, appended by a script on the
training node as rows of an Excel table through Microsoft Graph every 30-60 s, and summed per minute of the rows'
timestamps by a monitor that reads the table once a minute): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout156 as h156
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout156 import HELDOUT156_SEEDS, heldout156_set, make_heldout156
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT156_SEEDS[:4]
SPANS = h156.SPANS

shared_builds = tc.shared_builds(h156)

_set, traces, _full_long = tc.cheap_sets(heldout156_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h156._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h156.K] - C[np.arange(n) * h156.K]) / h156.STEP


def test_seed_range_is_its_own():
    assert HELDOUT156_SEEDS == tuple(range(1562000, 1562012))
    assert not set(HELDOUT156_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("straggler", 558, 558, 762, 0.2639), Event("drop", 993, 993, 1499, 0.3183),
                 Event("leak", 1686, 2080, 2266, 0.1594), Event("straggler", 2345, 2345, 2437, 0.2093)]
PINNED_SUM = 9630354.002422873
PINNED_PAUSES = [(0, 12), (50, 55), (98, 104)]
PINNED_CHANGES = []
LISTED_LONG = 17
CHANGES_LINE = "short 14, long 17"
# the path's distortions seen over the first 6 seeds of both sets
ALWAYS_SEEN = h156.PATH_KEYS


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout156, 1562000, 1562001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout156(1562000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout156(1562000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT156_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h156.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_refuses_delays_repeats_and_loses():
    """Over both sets' first 6 runs every distortion of the path occurs (429s, 503s, 409 locks and token failures,
    retries and rows given up, 504s and rows stored twice, sessions recreated, 401s, failed reads, late rows, rows
    stamped in another minute, unread minutes, clock steps, rows lost in a crash), and both settings of each of the
    script's and the monitor's choices (fold or drop a row given up, a session or none, dedup or not)."""
    total, seen = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT156_SEEDS[:6]):
            p = run.path
            seen |= {("fold", p.fold), ("session", p.session), ("dedup", p.dedup)}
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert len(seen) == 6


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the images of the rows stamped in a minute, per second, stamped at the minute's end; a minute
    that read nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h156.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h156.TICK)), min(run.nt, int(b // h156.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h156.STEP), min(int(np.ceil(b / h156.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is near the job's images (rows carry a neighbour's images, are folded into
    later rows, stored twice or lost)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.1 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_deduplicating_monitor_counts_a_row_once():
    for run, h, spans, live, changes in _builds("short") + _builds("long"):
        assert np.allclose(h156._reads(run, 2 * run.J), 2 * h)
        p = run.path
        assert ((p.p >= 0) & (p.p < N)).all() and (p.b >= p.a).all() and (p.mult == 1).all()
        if p.dedup:
            assert len({(a, b) for a, b in zip(p.a, p.b) if b > a}) == int((p.b > p.a).sum())


def test_windows_and_the_writers_rows():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h156._inside(x, win).tolist() == [False, True, True, False, True, False]
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert 30 <= p.P <= 60
        ep = np.array([(a, b) for a, b, *_ in p.episodes])
        assert (np.diff(ep[:, 0]) >= 0).all() and (ep[:, 1] > ep[:, 0]).all()
        assert all(kind in ("429", "503", "409", "auth") for *_, kind, q in p.episodes)


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "planes_g": 1.5, "crop_g": 1.4, "planes_c": 1.4, "crop_c": 1.2, "cpu": 1e9}
    st = {"gpus": 1, "planes": 0, "crop": 0}
    lv = h156._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h156._level(cfg, {**st, "planes": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h156._level(cfg, {**st, "gpus": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h156._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h156._next_stage(rng, cfg, st, h156._level(cfg, st))
        ratio = h156._level(cfg, new) / h156._level(cfg, st)
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
    tc.check_event_weights(h156._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout156, HELDOUT156_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout156, 1562000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout156(1562000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
