"""The hundred-and-forty-eighth held-out trace family (a coral-reef segmentation U-Net's tiles/s, reported from a
research vessel in Iridium SBD messages: sessions failed and retried with a backoff, one message at a time, delivered
by DirectIP or e-mail and binned per minute of the gateway's session time): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 4 "short" healthy builds at 6,000 points, no regressions; the "short" row
was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout148 as h148
import tests.trace_checks as tc
from anomaly.heldout141 import HELDOUT141_SEEDS
from anomaly.heldout148 import HELDOUT148_SEEDS, heldout148_set, make_heldout148
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT148_SEEDS[:4]
SPANS = h148.SPANS

shared_builds = tc.shared_builds(h148)

_set, traces, _full_long = tc.cheap_sets(heldout148_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h148._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's tiles/s per minute of true time."""
    return run.J[:n * h148.K].reshape(n, h148.K).sum(1) / h148.STEP


def test_seed_range_is_its_own():
    assert HELDOUT148_SEEDS == tuple(range(1482000, 1482012))
    assert not set(HELDOUT148_SEEDS) & set(HELDOUT141_SEEDS)


PINNED_EVENTS = [Event("straggler", 813, 813, 916, 0.248), Event("leak", 1063, 1409, 1559, 0.106),
                 Event("drop", 1742, 1742, 2265, 0.0951), Event("drop", 2576, 2576, 2941, 0.1888)]
PINNED_SUM = 611761.0161137956
PINNED_PAUSES = [(0, 12), (13, 14), (50, 58)]
PINNED_CHANGES = []
LISTED_LONG = 15
CHANGES_LINE = "short 12, long 15"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout148, 1482000, 1482001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout148(1482000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout148(1482000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT148_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h148.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_path_loses_delays_and_duplicates():
    """Over the first 4 runs of both settings at 6,000 points every distortion of the path occurs (failed sessions,
    degraded sky and outages, duplicates counted twice and dropped, full queues, messages lost in a restart, power
    cycles, late deliveries, messages moved to another minute, unread points), and both dedup settings."""
    total, dedup = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT148_SEEDS[:4]):
            dedup.add(run.path.dedup)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h148.PATH_KEYS:
        assert total[k] > 0, k
    assert dedup == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the minute's tiles over 60 s, stamped at the minute's end; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h148.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h148.TICK)), min(run.nt, int(b // h148.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h148.STEP), min(int(np.ceil(b / h148.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_tiles_per_minute():
    """Over the whole run the reads' sum is the job's tiles (the path shifts, loses and repeats messages); over the
    live points a backlog drained after an outage makes it higher."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            whole = h.sum() / _true(run).sum()
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.9 < whole < 1.05 and 0.95 < ratio < 1.3 and (h >= 0).all(), (setting, whole, ratio)


def test_the_reads_are_linear_and_a_message_counts_at_most_twice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h148._reads(run, 2 * run.J), 2 * h * h148.STEP)
        p = run.path
        assert ((p.c2 < 0) | (p.c1 >= 0)).all()
        if p.dedup:
            assert (p.c2 < 0).all()


def test_windows_and_the_sky():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    assert [h148._inside(x, win) for x in (5.0, 10.0, 15.0, 20.0, 60.0, 90.0)] == [-1, 0, 0, -1, 1, -1]
    w = h148._windows(np.random.default_rng(0), 30 * 86400.0, 2.0, 300, 2400)
    assert len(w) and (w[:, 1] > w[:, 0]).all() and (w[1:, 0] > w[:-1, 1]).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 100.0, "eff": 0.9, "tile_c": 2.0, "enc_c": 1.5, "amp_c": 1.4}
    st = {"gpus": 1, "tile": 0, "enc": 0, "amp": 0}
    lv = h148._level(cfg, st)
    assert lv == pytest.approx(100.0)
    assert h148._level(cfg, {**st, "tile": 2}) == pytest.approx(lv / 4)
    assert h148._level(cfg, {**st, "enc": 1}) == pytest.approx(lv / 1.5)
    assert h148._level(cfg, {**st, "amp": 1}) == pytest.approx(lv * 1.4)
    assert h148._level(cfg, {**st, "gpus": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    rng = np.random.default_rng(0)
    for _ in range(20):
        ratio = h148._level(cfg, h148._next_stage(rng, cfg, st, lv)) / lv
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
    tc.check_event_weights(h148._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout148, HELDOUT148_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout148, 1482000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout148(1482000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1), (a2, b2) in zip(run.lives, run.lives[1:]))
