"""The two-hundred-and-eighteenth held-out trace family (a saffron grading model's images/s on 1, 2 or 4 nodes, each
node's reporter tracking a Snowplow event every 10-30 s, the emitter's batches POSTed to the collector with retries,
enriched and loaded into a warehouse at least once, and read per minute of ``derived_tstamp`` or ``collector_tstamp``
by a monitor that sums a node's images over its rows' intervals): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here). The path's mechanics (retries and backoff, windows, clocks, the rows'
intervals, deduplication) are checked on those builds or on small hand-made inputs."""

import numpy as np
import pytest

import anomaly.heldout218 as h218
import tests.trace_checks as tc
from anomaly.heldout216 import HELDOUT216_SEEDS
from anomaly.heldout218 import HELDOUT218_SEEDS, heldout218_set, make_heldout218
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT218_SEEDS[:4]
SPANS = h218.SPANS
HELDOUT217_SEEDS = tuple(range(2172000, 2172012))  # generator 217's range (written beside this one)

shared_builds = tc.shared_builds(h218)

_set, traces, _full_long = tc.cheap_sets(heldout218_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h218._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h218.K] - C[np.arange(n) * h218.K]) / h218.STEP


def test_seed_range_is_its_own():
    assert HELDOUT218_SEEDS == tuple(range(2182000, 2182012))
    assert not set(HELDOUT218_SEEDS) & (set(HELDOUT216_SEEDS) | set(HELDOUT217_SEEDS))


PINNED_EVENTS = [Event("leak", 347, 650, 916, 0.2094), Event("drop", 1036, 1036, 1591, 0.092),
                 Event("straggler", 1785, 1785, 2156, 0.1378), Event("drop", 2592, 2592, 3000, 0.29)]
PINNED_SUM = 1087290.3776926636
PINNED_PAUSES = [(0, 11), (27, 28), (54, 55)]
PINNED_CHANGES = []
LISTED_LONG = 20
CHANGES_LINE = "short 16, long 20"
# the path's distortions seen over the first 6 seeds of both sets (an in-memory batch lost in a crash is not)
ALWAYS_SEEN = tuple(k for k in h218.PATH_KEYS if k != "memory_lost")


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout218, 2182000, 2182001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout218(2182000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout218(2182000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT218_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h218.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_retries_delays_loses_and_repeats():
    """Over both sets' first 6 runs every distortion of the path but an in-memory batch lost in a crash occurs (POSTs
    refused and retried, buffers full, batches resent from the disk store, intervals lost in a crash, timeouts'
    resends, enrichment's and the loader's repeats, bad rows, rows loaded after their query, rows counted twice, rows
    in another minute than their creation's, failed queries, outages, backlogs, clock steps, unread minutes), with
    both stamps, both dedup settings and both event stores."""
    total, seen = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT218_SEEDS[:6]):
            seen |= {run.path.bin, run.path.dedup, ("disk", run.path.disk)}
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert seen == {"derived", "collector", True, False, ("disk", True), ("disk", False)}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum over a minute's rows, stamped at the minute's end; a minute that read nothing (0)
    is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h218.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h218.TICK)), min(run.nt, int(b // h218.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h218.STEP), min(int(np.ceil(b / h218.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads are the job's images/s (the path moves, loses and repeats rows)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_dedup_keeps_one_row_per_minute():
    for run, h, spans, live, changes in _builds("short") + _builds("long"):
        assert np.allclose(h218._reads(run, 2 * run.J), 2 * h)
        p = run.path
        key = p.copy_rep.astype(np.int64) * (N + 1) + p.copy_pt
        assert len(key) - len(np.unique(key)) == (0 if p.dedup else p.counts["twice"])
        assert ((p.copy_w >= 0) & (p.copy_w <= 0.2)).all()  # a node's minute: at least 5 s of intervals


def test_retries_back_off_and_windows():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h218._inside(x, win).tolist() == [False, True, True, False, True, False]
    t, refused, tries = h218._retry(np.array([5.0, 10.0, 50.0]), win)
    assert refused.tolist() == [False, True, True]
    assert t.tolist() == [5.0, 25.0, 81.0] and tries.tolist() == [0, 4, 5]  # 50 + 1 + 2 + 4 + 8 + 16
    assert h218._merge(np.array([[0.0, 5.0], [3.0, 9.0], [12.0, 13.0]])).tolist() == [[0.0, 9.0], [12.0, 13.0]]


def test_clocks_and_the_emitters_settings():
    rng = np.random.default_rng(0)
    at, off = h218._clock(rng, 10 * h218.DAY, synced=False)
    assert len(at) > 1 and at[0] == 0 and (np.diff(at) > 0).all()
    assert h218._off((at, off), at + 1e-6).tolist() == off.tolist()
    at, off = h218._clock(rng, 10 * h218.DAY, synced=True)
    assert len(at) == 1 and abs(off[0]) < 3
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert 10 <= p.P <= 30 and (p.B == 1 or p.B * p.P <= 40)
        assert (p.rep[:, 1] > p.rep[:, 0]).all() and set(np.unique(p.rep[:, 2])) <= {1, 2, 4}


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "cpu": 1e9}
    st = {"nodes": 1, "crop_g": 1.0, "crop_c": 1.0, "batch": 1.0}
    lv = h218._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h218._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h218._level(cfg, {**st, "crop_g": 1.8}) == pytest.approx(lv / 1.8)
    assert h218._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h218._next_stage(rng, cfg, st, lv := h218._level(cfg, st))
        ratio = h218._level(cfg, new) / lv
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
    tc.check_event_weights(h218._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout218, HELDOUT218_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout218, 2182000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout218(2182000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
