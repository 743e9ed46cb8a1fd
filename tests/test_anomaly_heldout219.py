"""The two-hundred-and-nineteenth held-out trace family (a shrimp grading model's images/s on 1, 2 or 4 nodes, sent by
each node's reporter as GA4 Measurement Protocol events every 10-30 s and summed per minute by a monitor reading the
property's realtime report through the Data API): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds at 6,000 points, no regressions; the "short" row
was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout219 as h219
import tests.trace_checks as tc
from anomaly.heldout216 import HELDOUT216_SEEDS
from anomaly.heldout219 import HELDOUT219_SEEDS, heldout219_set, make_heldout219
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT219_SEEDS[:4]
SPANS = h219.SPANS

shared_builds = tc.shared_builds(h219)

_set, traces, _full_long = tc.cheap_sets(heldout219_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h219._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h219.K] - C[np.arange(n) * h219.K]) / h219.STEP


def test_seed_range_is_its_own():
    assert HELDOUT219_SEEDS == tuple(range(2192000, 2192012))
    assert not set(HELDOUT219_SEEDS) & set(HELDOUT216_SEEDS)
    assert not set(HELDOUT219_SEEDS) & set(range(2182000, 2182012))  # generator 218's range


PINNED_EVENTS = [Event("drop", 364, 364, 534, 0.2333), Event("straggler", 1513, 1513, 1655, 0.2014),
                 Event("leak", 2302, 2785, 3000, 0.1589)]
PINNED_SUM = 14868927.087105906
PINNED_PAUSES = [(0, 14), (50, 54), (97, 103)]
PINNED_CHANGES = [1135]
LISTED_LONG = 12
CHANGES_LINE = "short 14, long 12"
# the path's distortions seen over the first 6 seeds of both sets (a queue lost in a crash is rare: not required)
ALWAYS_SEEN = tuple(k for k in h219.PATH_KEYS if k != "queued_lost")


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout219, 2192000, 2192001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout219(2192000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout219(2192000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT219_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h219.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_repeats_and_rebins():
    """Over both sets' first 6 runs (6,000 points) every distortion of the path occurs: events, uplink outages and
    failed POSTs, queued events, second copies, events dropped for a stale clock, intervals lost in a crash, copies
    visible after their minute's read, latency episodes, quota gaps and monitor restarts, back-filled and unread
    minutes, withheld rows, events read in another minute than their interval's end."""
    total = {}
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT219_SEEDS[:6]):
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the images/s of one minute of Google's receipt time, stamped at the minute's end; a minute that
    read nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h219.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h219.TICK)), min(run.nt, int(b // h219.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h219.STEP), min(int(np.ceil(b / h219.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is near the job's images (the path drops, repeats, delays and re-bins)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.97 < ratio < 1.04 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_an_event_counts_at_most_twice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h219._reads(run, 2 * run.J), 2 * h)
        c = run.path.copies
        assert set(np.unique(c)) <= {0, 1, 2}
        assert (h[run.path.seen == 0] == 0).all()  # unread and withheld minutes read nothing


def test_windows_periods_and_episodes():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h219._inside(x, win).tolist() == [False, True, True, False, True, False]
    ep = h219._episodes(np.random.default_rng(0), 10 * h219.DAY, (1, 5), (15, 600))
    assert len(ep) > 5 and (np.diff(ep[:, 0]) >= 0).all() and ((ep[:, 1] - ep[:, 0]) <= 600).all()
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert ((p.P >= 10) & (p.P <= 30)).all() and (p.b > p.a).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "cpu": 1e9, "eff": 0.9, "bfx": 1.1}
    st = {"nodes": 1, "img": 0, "batch": 0}
    lv = h219._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h219._level(cfg, {**st, "img": 4}) == pytest.approx(lv / (384 / 224) ** 2)
    assert h219._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h219._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h219._next_stage(rng, cfg, st, h219._level(cfg, st))
        ratio = h219._level(cfg, new) / h219._level(cfg, st)
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
    tc.check_event_weights(h219._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout219, HELDOUT219_SEEDS[:1], changes=True, n=6000)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout219, 2192000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout219(2192000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
