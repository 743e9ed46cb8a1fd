"""The hundred-and-fifty-first held-out trace family (a heart-sound murmur classifier's recordings/s, POSTed every
30 s by a script on the training node to Home Assistant's REST API as a sensor state, kept by HA's recorder, and read
once a minute through HA's history API as the time-weighted mean of the minute's states): generator checks only (no
detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout151 as h151
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout151 import HELDOUT151_SEEDS, heldout151_set, make_heldout151
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT151_SEEDS[:4]
SPANS = h151.SPANS

shared_builds = tc.shared_builds(h151)

_set, traces, _full_long = tc.cheap_sets(heldout151_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h151._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's recordings/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h151.K] - C[np.arange(n) * h151.K]) / h151.STEP


def test_seed_range_is_its_own():
    assert HELDOUT151_SEEDS == tuple(range(1512000, 1512012))
    assert not set(HELDOUT151_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("straggler", 468, 468, 916, 0.2228), Event("straggler", 1483, 1483, 1592, 0.2835),
                 Event("drop", 1717, 1717, 2266, 0.3293), Event("leak", 2497, 2769, 2941, 0.2199)]
PINNED_SUM = 301238.1947944256
PINNED_PAUSES = [(0, 11), (58, 63), (111, 116)]
PINNED_CHANGES = [1163, 1427, 2384]
LISTED_LONG = 18
CHANGES_LINE = "short 20, long 18"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout151, 1512000, 1512001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout151(1512000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout151(1512000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT151_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h151.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_fails_holds_delays_and_resets():
    """Over both sets' first 6 runs every distortion of the path occurs (posts refused while HA is down, lost to
    network blips and to a revoked token, stale-file zeros, skipped posts, counter resets, unchanged states that
    write no row, HA restarts and updates, a schema migration, backup locks and nightly purges holding commits,
    minutes read late, minutes read before their rows were committed, minutes with no row of their own)."""
    total = {}
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT151_SEEDS[:6]):
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h151.PATH_KEYS:
        assert total[k] > 0, k


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's time-weighted mean of a minute's states, stamped at the minute's end; a minute
    that reads nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h151.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h151.TICK)), min(run.nt, int(b // h151.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h151.STEP), min(int(np.ceil((b + h151.LAG) / h151.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"fold", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_recordings_per_minute():
    """Away from pauses the reads' sum is the job's recordings (the path holds, delays and loses states)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h151._reads(run, 2 * run.J), 2 * h)
        p = run.path
        assert (np.diff(p.post_t) > 30).all() and (np.diff(p.commit) >= 0).all() and (p.commit >= p.row_t).all()
        assert (np.diff(p.vis) >= 0).all()  # a read sees a prefix of the rows, growing with time


def _toy(row_t, commit, q, n=3):
    """A run of ``n`` minutes whose rows (states 10, 20, 30 ...) are at ``row_t`` and committed at ``commit``."""
    k = len(row_t)
    nt = n * h151.K
    J = np.zeros(nt)
    post_t = np.asarray(row_t, float)
    path = h151.Path(post_t=post_t, rec=np.zeros(k), rec_prev=np.zeros(k), is_rate=np.zeros(k, bool),
                     row_t=post_t, row_of=np.arange(k), commit=np.asarray(commit, float), q=np.asarray(q, float),
                     vis=np.searchsorted(np.asarray(commit, float), np.asarray(q, float), side="right"),
                     down=np.zeros((0, 2)))
    run = h151.Run(n=n, nt=nt, J=J, pauses_t=[], known_t=[], lives=[(0.0, nt * h151.TICK)], ramps=[], path=path)
    return run, 10.0 * (np.arange(k) + 1)


def test_a_point_is_the_time_weighted_mean_of_the_rows_its_read_saw(monkeypatch):
    """Rows at 0, 30, 90 and 100 s: minute 0 holds 10 then 20; minute 1 holds 20 for 30 s, 30 for 10 s and 40;
    minute 2 holds 40. Read late enough every row counts; read before the last two were committed (a backup lock)
    minute 1 holds the last committed state, 20, and minute 2 as well; a minute with no row holds the last one."""
    row_t = [0.0, 30.0, 90.0, 100.0]
    run, vals = _toy(row_t, [1.0, 31.0, 91.0, 101.0], [70.0, 130.0, 190.0])
    monkeypatch.setattr(h151, "_row_values", lambda run, J: vals)
    got = h151._reads(run, run.J)
    assert np.allclose(got, [15.0, (20 * 30 + 30 * 10 + 40 * 20) / 60, 40.0])
    run, vals = _toy(row_t, [1.0, 31.0, 400.0, 400.0], [70.0, 130.0, 190.0])
    got = h151._reads(run, run.J)
    assert np.allclose(got, [15.0, 20.0, 20.0])


def test_windows_and_the_scripts_posts():
    win = np.array([[10.0, 20.0], [50.0, 80.0], [55.0, 60.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 70.0, 90.0])
    assert h151._inside(x, win).tolist() == [False, True, True, False, True, True, False]
    C = np.array([0.0, 10.0, 10.0, 30.0])
    assert np.allclose(h151._record_time(C, np.array([0.0, 5.0, 10.0, 20.0])), [-1.0, 2.5, 5.0, 12.5])
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        r = p.is_rate
        assert (p.rec[r] > p.rec_prev[r]).all() and (p.rec[r] <= p.post_t[r]).all()
        assert (np.diff(p.down[:, 0]) >= 0).all() and (p.down[:, 1] > p.down[:, 0]).all()


def test_stages_change_the_rate():
    cfg = {"cpu": 100.0, "gpu": 1e9, "scales_c": 1.5, "win_c": 1.2, "width_c": 2.0, "wing_c": 1.5}
    st = {"scales": 0, "win": 0, "width": 0}
    lv = h151._level(cfg, st)
    assert lv == pytest.approx(100.0)
    assert h151._level(cfg, {**st, "scales": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h151._level(cfg, {**st, "width": 2}) == pytest.approx(lv)  # the GPU has room: the CPU side sets it
    assert h151._level({**cfg, "gpu": 100.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["gpu"] = 250.0
    for _ in range(20):
        new = h151._next_stage(rng, cfg, st, h151._level(cfg, st))
        ratio = h151._level(cfg, new) / h151._level(cfg, st)
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
    tc.check_event_weights(h151._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout151, HELDOUT151_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout151, 1512000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout151(1512000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1), (a2, b2) in zip(run.lives, run.lives[1:]))
