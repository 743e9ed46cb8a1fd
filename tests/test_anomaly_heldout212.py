"""The two-hundred-and-twelfth held-out trace family (a mushroom harvest-readiness model's images/s on 1, 2 or 4
nodes, tracked to Mixpanel by each node's reporter every 10-30 s in SDK batches, and summed per minute of the events'
``time`` or of the query that first saw them by a monitor querying once a minute): generator checks only (no
detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout212 as h212
import tests.trace_checks as tc
from anomaly.heldout212 import HELDOUT212_SEEDS, heldout212_set, make_heldout212
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT212_SEEDS[:4]
SPANS = {"short": (1, 45), "long": (1, 110)}

shared_builds = tc.shared_builds(h212)

_set, traces, _full_long = tc.cheap_sets(heldout212_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h212._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h212.K] - C[np.arange(n) * h212.K]) / h212.STEP


def test_seed_range_is_its_own():
    assert HELDOUT212_SEEDS == tuple(range(2122000, 2122012))
    assert not set(HELDOUT212_SEEDS) & set(range(2112000, 2112012))  # generator 211's range


PINNED_EVENTS = [Event("leak", 506, 969, 1141, 0.1582), Event("straggler", 1763, 1763, 2012, 0.1482),
                 Event("drop", 2443, 2443, 2941, 0.2501)]
PINNED_SUM = 2864421.2630234985
PINNED_PAUSES = [(0, 16), (80, 88), (155, 161)]
LISTED_LONG = 11
CHANGES_LINE = "short 15, long 11"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout212, 2122000, 2122001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=[])


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout212(2122000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout212(2122000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT212_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h212.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_refuses_delays_loses_and_repeats():
    """Over both sets' first 6 runs every distortion of the path occurs (429s and 5xx answers, retries and dropped
    batches, batches stored twice, buffered events lost in a crash, node clocks reset after a reboot, copies visible
    after their minute's last query, refused queries, copies counted twice, copies in another minute than their
    interval's end, unread minutes, clock steps), and every setting of the path (endpoint, query, binning)."""
    total, modes = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT212_SEEDS[:6]):
            p = run.path
            modes |= {p.endpoint, p.query, p.binning}
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h212.PATH_KEYS:
        assert total[k] > 0, k
    assert modes == {"track", "import", "segmentation", "export", "event", "first"}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is a minute's sum of images over 60 s, stamped at the minute's end; a minute that read nothing (0) is
    paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h212.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h212.TICK)), min(run.nt, int(b // h212.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h212.STEP), min(int(np.ceil(b / h212.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            seen |= {k for a, b, k in run.pauses_t}
    assert seen >= {"startup", "eval", "ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is the job's images (the path shifts, drops and repeats events); binned by the
    query that first saw them, the images of unread (paused) minutes land in the live minute after, up to 30 % more."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            hi = 1.1 if run.path.binning == "event" else 1.3
            assert 0.9 < ratio < hi and (h >= 0).all(), (setting, run.path.binning, ratio)


def test_the_reads_are_linear_and_dedup_follows_the_query():
    """Reads are linear in the images; a second copy of an ``$insert_id`` counts only where nothing dedups it (an
    export read by event time, or ids made at send time); a copy counts at most in one point."""
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h212._reads(run, 2 * run.J), 2 * h)
        p = run.path
        if p.stable_ids and (p.query == "segmentation" or p.binning == "first"):
            assert (p.point[p.dup] == -1).all()
        assert len(p.point) == len(p.src) and p.point.max() < N


def test_track_and_import_limits_and_a_reset_clock():
    """/track drops events older than 5 days and moves a future time to its ingestion time; /import refuses a time
    over an hour ahead (checked on the first 4 seeds at n=3000 with the laws' own arithmetic)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            p = run.path
            now = np.floor(p.seen)
            assert (p.tau <= now + 3600).all()  # nothing stored over an hour ahead
            if p.endpoint == "track":
                assert p.counts["import_refused_future"] == 0
            else:
                assert p.counts["track_refused_old"] == 0 and p.counts["track_time_overwritten"] == 0


def test_windows_batches_and_the_reporters_events():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h212._inside(x, win).tolist() == [False, True, True, False, True, False]
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert 10 <= p.P <= 30 and p.B * p.P <= 40 and 3 <= p.W <= 10
        assert (p.ev_b > p.ev_a).all() and np.isin(p.ev_share, [1.0, 0.5, 0.25]).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "cpu": 1e9}
    st = {"nodes": 1, "crop": 0}
    lv = h212._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h212._level(cfg, {**st, "crop": 2}) == pytest.approx(lv / h212.CROP_PX[2])
    assert h212._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h212._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h212._next_stage(rng, cfg, st, h212._level(cfg, st))
        ratio = h212._level(cfg, new) / h212._level(cfg, st)
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
    tc.check_event_weights(h212._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout212, HELDOUT212_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout212, 2122000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout212(2122000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
