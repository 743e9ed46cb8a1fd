"""The hundred-and-fifty-eighth held-out trace family (a road-pothole detector's images/s, each rank's cell written to
Google Cloud Bigtable every 15-30 s in a row keyed by the minute of its node's clock, a monitor summing each minute
row's cells): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout158 as h158
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout158 import HELDOUT158_SEEDS, heldout158_set, make_heldout158
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT158_SEEDS[:4]
SPANS = h158.SPANS

shared_builds = tc.shared_builds(h158)

_set, traces, _full_long = tc.cheap_sets(heldout158_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h158._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h158.K] - C[np.arange(n) * h158.K]) / h158.STEP


def test_seed_range_is_its_own():
    assert HELDOUT158_SEEDS == tuple(range(1582000, 1582012))
    assert not set(HELDOUT158_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("straggler", 664, 664, 1096, 0.1967), Event("leak", 1346, 1615, 1969, 0.2552),
                 Event("drop", 2672, 2672, 2941, 0.1273)]
PINNED_SUM = 1307296.3280101423
PINNED_PAUSES = [(0, 9), (77, 87), (160, 169)]
PINNED_CHANGES = [1969, 2475, 2604]
LISTED_LONG = 22
CHANGES_LINE = "short 16, long 22"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout158, 1582000, 1582001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout158(1582000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout158(1582000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT158_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h158.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_fails_retries_masks_and_lags():
    """Over both sets' first 6 runs every distortion of the path occurs (failed attempts on the hot tablet, retries
    and cells given up, attempts applied though they failed, carried images counted twice, same-timestamp cells
    masked, versions hidden by the scan's limit, replication lag episodes and cells read late, late scans, unread
    minutes, clock steps, intervals lost in a crash), and every switch of the path takes both values."""
    total, flags = {}, {k: set() for k in ("server_ts", "carry", "host_q", "vfilter", "multi", "onprem")}
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT158_SEEDS[:6]):
            for k in flags:
                flags[k].add(getattr(run.path, k))
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
            c = run.path.counts
            if run.path.server_ts:  # not idempotent: the client does not retry it
                assert c["retries"] == 0 and c["cells_given_up"] == c["attempts_failed"]
            assert c["counted_twice"] <= min(c["carried"], c["ghost_applied"])
    for k in h158.PATH_KEYS:
        assert total[k] > 0, k
    assert all(v == {True, False} for v in flags.values()), flags


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the sum of a minute row's cells over 60 s, stamped at the minute's end; a minute that read nothing
    (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h158.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h158.TICK)), min(run.nt, int(b // h158.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h158.STEP), min(int(np.ceil(b / h158.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is the job's images (within 5 %), except where the scan's cells-per-column
    limit hides a minute's oldest versions: those read less (up to 40 % less), never more."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            lo = 0.6 if run.path.vfilter else 0.95
            assert lo < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_the_cells_obey_bigtable():
    """The reads are linear in the images (a window gives the same reads as the whole run); a kept cell's row,
    column and timestamp are unique (a later write at the same timestamp masks the earlier); a scan with the
    versions limit keeps at most ``V`` cells of a row's column."""
    for run, h, spans, live, changes in _builds("short") + _builds("long"):
        assert np.allclose(h158._reads(run, 2 * run.J), 2 * h)
        J = np.zeros(run.nt)
        J[6000:9000] = run.J[6000:9000]
        assert np.allclose(h158._reads(run, J), h158._reads(run, J, (6000, 9000)))
        p = run.path
        key = np.stack([p.row, p.col, p.ts], 1)
        if p.host_q:
            assert len(np.unique(key, axis=0)) == len(key)
        if p.vfilter:
            _, k = np.unique(key[:, :2], axis=0, return_counts=True)
            assert k.max() <= p.V
        assert 15 <= p.P <= 30 and (p.b > p.a).all()


def test_windows():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h158._inside(x, win).tolist() == [False, True, True, False, True, False]
    w = h158._windows(np.random.default_rng(0), 30 * 86400.0, 2.0, 600.0)
    assert (w[:, 1] > w[:, 0]).all() and (w[1:, 0] >= w[:-1, 1]).all() and 30 <= len(w) <= 90


def test_stages_change_the_rate():
    cfg = {"g": 100.0, "eff": 0.9, "cpu": 1e9, "mos": 0.5}
    st = {"R": 4, "img": 1.0, "img_c": 1.0, "aug": 1.0, "big": 0, "n_aug": 0, "mosaic": True}
    lv = h158._level(cfg, st)
    assert lv == pytest.approx(400 * 0.9 ** 2)
    assert h158._level(cfg, {**st, "img": 2.0}) == pytest.approx(lv / 2)
    assert h158._level(cfg, {**st, "R": 8}) == pytest.approx(800 * 0.9 ** 3)
    slow_cpu = {**cfg, "cpu": 0.2}  # the CPU workers bound: closing mosaic speeds the job up
    assert h158._level(slow_cpu, {**st, "mosaic": False}) > 1.5 * h158._level(slow_cpu, st)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h158._next_stage(rng, cfg, st, lv)
        ratio = h158._level(cfg, new) / lv
        assert abs(np.log(ratio)) >= np.log(1.15) - 1e-12 and 1 / 3 <= ratio <= 3


def test_events_placement(traces):
    tc.check_event_placement(traces[1], 2, 4, first=N // 10, n=N)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_changes_are_the_planned_relaunches_and_the_mosaic_close():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            stage = run.counts["relaunches"] - run.counts["kept_stage"]
            assert len(changes) <= len(run.known_t) <= stage + run.counts["mosaic_closed"]


def test_weights():
    tc.check_event_weights(h158._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout158, HELDOUT158_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout158, 1582000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout158(1582000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
