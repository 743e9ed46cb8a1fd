"""The hundred-and-fifty-fourth held-out trace family (a handwritten-mathematical-expression recogniser's images/s,
appended by each rank as a row every 20-30 s to a Delta table on object storage, and summed per minute of the rows'
own timestamps by a monitor that queries the table with DuckDB's ``delta_scan`` once a minute): generator checks only
(no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout154 as h154
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout154 import HELDOUT154_SEEDS, heldout154_set, make_heldout154
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT154_SEEDS[:4]
SPANS = h154.SPANS

shared_builds = tc.shared_builds(h154)

_set, traces, _full_long = tc.cheap_sets(heldout154_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h154._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h154.K] - C[np.arange(n) * h154.K]) / h154.STEP


def test_seed_range_is_its_own():
    assert HELDOUT154_SEEDS == tuple(range(1542000, 1542012))
    assert not set(HELDOUT154_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("leak", 357, 725, 1081, 0.1218), Event("straggler", 1469, 1469, 1898, 0.2307),
                 Event("drop", 2245, 2245, 3000, 0.1241)]
PINNED_SUM = 1215944.4457226803
PINNED_PAUSES = [(0, 12), (55, 64), (107, 120)]
PINNED_CHANGES = []
LISTED_LONG = 24
CHANGES_LINE = "short 12, long 24"
# the path's distortions seen over the first 6 seeds of both sets (no row arrived after its minute closed: see the
# module's docstring; the law is checked on its own below)
ALWAYS_SEEN = tuple(k for k in h154.PATH_KEYS if k != "late_rows")


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout154, 1542000, 1542001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout154(1542000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout154(1542000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT154_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h154.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_fails_repeats_shifts_and_loses():
    """Over both sets' first 6 runs every distortion of the path but a late row occurs (appends refused in a store
    outage and their images carried, commit-conflict retries, commits reported failed that were made, log
    checkpoints, OPTIMIZE runs, a VACUUM deleting an uncommitted file and the scans failing until the repair, query
    failures, minutes unread past the lookback, rows in another minute than their write's, node clock steps,
    intervals lost in a crash), and both VACUUM settings."""
    total, full = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT154_SEEDS[:6]):
            full.add(run.path.vacuum_full)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert full == {True, False}


def test_a_minute_reads_what_its_closing_snapshot_holds():
    """A row counts in the minute of its node's clock, once the minute's closing query (the first that succeeds from
    the minute's end plus the grace) sees its commit, and only while the minute is inside the query's lookback."""
    for run, h, spans, live, changes in _builds("long"):
        p = run.path
        r = p.rows
        ok = (p.minute >= 0) & (p.minute < N)
        mc = np.clip(p.minute, 0, N - 1)
        assert (r["vis"][p.inc] <= p.close[mc][p.inc]).all()
        assert not p.inc[~ok].any() and not p.unread[mc][p.inc].any()
        assert (p.close[np.isfinite(p.close)] >= (np.arange(N) + 1)[np.isfinite(p.close)] * 60 + p.grace).all()
        late = ok & ~p.unread[mc] & (r["vis"] > p.close[mc])
        assert not p.inc[late].any()
        assert (r["s"] < r["e"]).all() and (r["vis"] > r["e"]).all()


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the images of a minute of the rows' timestamps per second, stamped at the minute's end; a minute
    that read nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h154.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h154.TICK)), min(run.nt, int(b // h154.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h154.STEP), min(int(np.ceil(b / h154.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is the job's images (commits reported failed that were made count twice)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.98 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_failed_append_carries_its_images():
    """A rank's row starts where its last stored row ended (a failed append is not stored and resets nothing), or
    where that row started when its commit was reported failed though made (its images counted again), or at the
    process start."""
    amb = 0
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h154._reads(run, 2 * run.J), 2 * h)
        r = run.path.rows
        for li, (life0, life1, how, w) in enumerate(run.lives):
            for rank in range(w):
                sel = (r["life"] == li) & (r["rank"] == rank)
                s, e, a = r["s"][sel], r["e"][sel], r["amb"][sel]
                if len(s) == 0:
                    continue
                assert s[0] == life0 and (np.diff(e) > 0).all() and (e <= life1).all()
                assert np.array_equal(s[1:], np.where(a[:-1], s[:-1], e[:-1]))
                amb += int(a.sum())
    assert amb > 0


def test_the_ar1_filter():
    x = np.random.default_rng(1).normal(size=300)
    y, prev = np.empty(300), 0.0
    for i, v in enumerate(x):
        prev = y[i] = 0.8 * prev + v
    assert np.allclose(h154._ar1(x, 0.8), y, rtol=1e-10, atol=1e-12)


def test_windows_and_clocks():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h154._inside(x, win).tolist() == [False, True, True, False, True, False]
    assert not h154._inside(x, np.zeros((0, 2))).any()
    rng = np.random.default_rng(0)
    times, off = h154._offsets(rng, 86400.0 * 4, True)
    assert (np.diff(times) > 0).all() and 5 <= abs(off[0]) <= 45
    times, off = h154._offsets(rng, 86400.0, False)
    assert len(off) == 1 and abs(off[0]) < 2
    for run, h, spans, live, changes in _builds("long"):
        p = run.path
        assert (np.diff(p.outages[:, 0]) >= 0).all() and (p.outages[:, 1] > p.outages[:, 0]).all()
        assert np.array_equal(p.minute, np.floor(p.minute).astype(int))


def test_stages_change_the_rate():
    cfg = {"gpu": 50.0, "eff": 0.9, "res_c": 1.5, "aug_c": 1.4, "cpu": 1e9}
    st = {"gpus": 1, "res": 0, "aug": 0}
    lv = h154._level(cfg, st)
    assert lv == pytest.approx(50.0)
    assert h154._level(cfg, {**st, "res": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h154._level(cfg, {**st, "gpus": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h154._level({**cfg, "cpu": 50.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 75.0
    for _ in range(20):
        new = h154._next_stage(rng, cfg, st, h154._level(cfg, st))
        ratio = h154._level(cfg, new) / h154._level(cfg, st)
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
    tc.check_event_weights(h154._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout154, HELDOUT154_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout154, 1542000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout154(1542000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
