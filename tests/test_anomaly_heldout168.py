"""The hundred-and-sixty-eighth held-out trace family (a weed-detection model's images/s, each node's reporter inserting
a row every 15-30 s through Supabase's REST API, a monitor summing the rows' images per minute from the table's
Realtime INSERT events): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout168 as h168
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout168 import HELDOUT168_SEEDS, heldout168_set, make_heldout168
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT168_SEEDS[:4]
SPANS = h168.SPANS

shared_builds = tc.shared_builds(h168)

_set, traces, _full_long = tc.cheap_sets(heldout168_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h168._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    return np.bincount(np.arange(run.nt) // h168.K, weights=run.J, minlength=n)[:n] / h168.STEP


def test_seed_range_is_its_own():
    assert HELDOUT168_SEEDS == tuple(range(1682000, 1682012))
    assert not set(HELDOUT168_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("drop", 675, 675, 1141, 0.0848), Event("leak", 1284, 1558, 1785, 0.1146),
                 Event("straggler", 2748, 2748, 2941, 0.2109)]
PINNED_SUM = 1564408.4010110546
PINNED_PAUSES = [(0, 14), (67, 71), (127, 132)]
PINNED_CHANGES = [1160, 1836]
LISTED_LONG = 21
CHANGES_LINE = "short 17, long 21"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout168, 1682000, 1682001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout168(1682000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout168(1682000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT168_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h168.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_refuses_delays_loses_and_repeats():
    """Over both sets' first 6 runs every distortion of the path occurs (see ``PATH_KEYS``: 429s, refusals while the
    database is down, statement timeouts, retries, rows given up and rows stored twice, restarts and the rows their
    slot gaps lose, blips, quota kicks and expired tokens, rows missed while disconnected, re-read, counted twice or
    late, rows in another minute than their own, unread minutes, intervals lost in a crash, clock steps), and each
    way of the path (re-read or not, dedup or not, bins of the commit time or the row's, carry-over or not, a timer or
    a sleep loop)."""
    total, modes = {}, {k: set() for k in ("refetch", "dedup", "by_commit", "carry")}
    loops = set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT168_SEEDS[:6]):
            for k in modes:
                modes[k].add(getattr(run.path, k))
            loops.add(run.path.work > 0)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h168.PATH_KEYS + ("clock_steps",):
        assert total[k] > 0, k
    assert all(v == {True, False} for v in modes.values()), modes
    assert loops == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's images/s of a minute's rows, stamped at the minute's end; a minute that read nothing
    (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h168.EPOCH + 60.0 * (np.arange(N) + 1))
        assert tc.paused_mask(t)[t.healthy <= 0].all()


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert len(t.pauses) >= 15 and t.pauses[0][0] == 0, t.seed
        tc.check_pause_spans(t, lo, hi, n=N, apart=True)


def test_nothing_is_trained_in_a_pause_and_its_points_are_paused():
    """No images in a pause (but a ramp's first half), and the points it touches, and their neighbours, paused."""
    seen = set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b, kind in run.pauses_t:
                i0, i1 = int(np.ceil(a / h168.TICK)), min(run.nt, int(b // h168.TICK))
                assert kind == "ramp" or not run.J[i0:i1].any(), (a, b, kind)
                s, e = max(int(a // h168.STEP) - 1, 0), min(int(np.ceil(b / h168.STEP)) + 1, N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "ramp", "eval", "ckpt"}
            seen |= kinds
    assert seen >= {"crash", "restart", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is the job's images (the path shifts, loses and repeats rows)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.97 < ratio < 1.03 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_copy_counts_at_most_twice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h168._reads(run, 2 * run.J), 2 * h)
        c = run.path.cp_cnt
        assert set(np.unique(c)) <= {1, 2} and c.max() <= (1 if run.path.dedup else 2)


def test_the_reporters_rows():
    """Rows P s apart on a timer (a little late) or P plus the reporter's work on a sleep loop; a stored row commits
    after it was made; the rows given up are those never committed."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            p = run.path
            assert p.P in (15.0, 20.0, 30.0)
            same = (np.diff(p.rows_node) == 0) & (np.diff(p.rows_life) == 0)
            gaps = np.diff(p.rows_t)[same]
            body = gaps[gaps < p.P + 0.6 + 2 * p.work]  # a graceful stop's last row comes early
            assert (gaps > 0).all() and len(body) >= 0.98 * len(gaps)
            assert np.median(body) >= p.P - 0.3 and np.median(body) <= p.P + 0.3 + 2 * p.work
            stored = ~np.isnan(p.rows_commit)
            assert (p.rows_commit[stored] > p.rows_t[stored]).all()
            assert (~stored).sum() == p.counts["rows_given_up"]


def test_windows():
    win = h168._merge([(50.0, 80.0), (10.0, 20.0), (15.0, 30.0)])
    assert win.tolist() == [[10.0, 30.0], [50.0, 80.0]]
    x = np.array([5.0, 10.0, 25.0, 30.0, 60.0, 90.0])
    assert h168._inside(x, win).tolist() == [False, True, True, False, True, False]
    assert not h168._inside(x, h168._merge([])).any()


def test_stages_change_the_rate():
    cfg = {"gpus": 1, "gpu": 100.0, "eff": 0.9, "size0": 1, "aug_c": 1.4, "cpu": 1e9}
    st = {"nodes": 1, "size": 1, "model": 1, "aug": 0}
    lv = h168._level(cfg, st)
    assert lv == pytest.approx(100.0)
    assert h168._level(cfg, {**st, "size": 3}) == pytest.approx(lv / 1.6 ** 2)
    assert h168._level(cfg, {**st, "model": 2}) == pytest.approx(lv / 2.1)
    assert h168._level(cfg, {**st, "nodes": 2}) == pytest.approx(2 * 0.9 * lv)
    assert h168._level({**cfg, "cpu": 100.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 150.0
    for _ in range(20):
        new = h168._next_stage(rng, cfg, st, h168._level(cfg, st))
        ratio = h168._level(cfg, new) / h168._level(cfg, st)
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
            ends = {e for s, e in spans}
            assert all(c in ends for c in changes)


def test_weights():
    tc.check_event_weights(h168._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout168, HELDOUT168_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout168, 1682000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout168(1682000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    """Pauses start in order and, but for a ramp's first half (a crash may end it), do not overlap; lives follow
    each other."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            assert all(a < b and a <= a2 for (a, b, k), (a2, b2, k2) in zip(run.pauses_t, run.pauses_t[1:]))
            ends = [(a, b) for a, b, kind in run.pauses_t if kind != "ramp"]  # a crash may come in a ramp
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
