"""The hundred-and-seventy-third held-out trace family (a Cell Painting DINO/MAE ViT's training images/s, each node's
reporter POSTing its images every 10-30 s to a Cloudflare Worker that forwards them to the job's Durable Object, which
keeps per-minute counts; a monitor pulls the closed minutes through the Worker, or the object pushes them with an
alarm): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout173 as h173
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout173 import HELDOUT173_SEEDS, heldout173_set, make_heldout173
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT173_SEEDS[:4]
SPANS = h173.SPANS

shared_builds = tc.shared_builds(h173)

_set, traces, _full_long = tc.cheap_sets(heldout173_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h173._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h173.K] - C[np.arange(n) * h173.K]) / h173.STEP


def test_seed_range_is_its_own():
    assert HELDOUT173_SEEDS == tuple(range(1732000, 1732012))
    assert not set(HELDOUT173_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("straggler", 992, 992, 1141, 0.2123), Event("leak", 1607, 1894, 2041, 0.1486),
                 Event("drop", 2608, 2608, 2941, 0.2889)]
PINNED_SUM = 7838546.481769398
PINNED_PAUSES = [(0, 10), (64, 71), (158, 163)]
PINNED_CHANGES = [814, 1480]
LISTED_LONG = 13
CHANGES_LINE = "short 18, long 13"
# the path's distortions seen over the first 6 seeds of both sets
ALWAYS_SEEN = h173.PATH_KEYS


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout173, 1732000, 1732001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout173(1732000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout173(1732000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT173_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h173.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_refuses_delays_loses_and_repeats():
    """Over both sets' first 6 runs every distortion of the path occurs (Worker errors, requests failed by an object's
    reset, 'overloaded' refusals, retries, reports given up and carried, transient errors before a commit and after
    it, reports stored twice, resets, counts lost from the object's memory, pieces written after their minute was
    read, minutes reading nothing, episodes, node clock steps, a reporter's count lost in a crash), and every design:
    pro-rata and arrival binning, pull and push reads, write-behind and awaited writes."""
    total, designs = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT173_SEEDS[:6]):
            p = run.path
            designs |= {("prorata", p.prorata), ("pull", p.pull), ("wb", p.write_behind)}
            assert p.prorata or p.counts["late_pieces"] == 0  # a minute is read after every arrival in it
            assert p.write_behind or p.counts["lost_in_memory"] == 0  # awaited writes survive a reset
            assert p.prorata or p.P in (10.0, 15.0, 20.0, 30.0)
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert len(designs) == 6


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is a minute of the object's counts (images/s), stamped at the minute's end; a minute that read nothing
    (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h173.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h173.TICK)), min(run.nt, int(b // h173.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h173.STEP), min(int(np.ceil(b / h173.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is near the job's images (the path shifts, loses and repeats reports)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_report_is_stored_at_most_twice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h173._reads(run, 2 * run.J), 2 * h)
        c = run.path.copies
        assert set(np.unique(c)) <= {0, 1, 2}


def test_windows_and_the_reporters():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h173._inside(x, win).tolist() == [False, True, True, False, True, False]
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert 10 <= p.P <= 30 and (p.i1 >= p.i0).all() and p.grace >= 3
        assert (np.diff(p.read_t) >= 0).all() and (p.read_t >= (np.arange(len(p.read_t)) + 1) * 60).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 500.0, "gpn": 8, "eff": 0.9, "vit_c": 2.0, "crop_g": 1.25, "crop_c": 1.4, "cpu": 1e9}
    st = {"vit": 0, "crops": 0, "nodes": 1}
    lv = h173._level(cfg, st)
    assert lv == pytest.approx(4000.0)
    assert h173._level(cfg, {**st, "vit": 1}) == pytest.approx(lv / 2.0)
    assert h173._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h173._level({**cfg, "cpu": 4000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 6000.0
    for _ in range(20):
        new = h173._next_stage(rng, cfg, st, h173._level(cfg, st))
        if new is None:
            continue
        ratio = h173._level(cfg, new) / h173._level(cfg, st)
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
    tc.check_event_weights(h173._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout173, HELDOUT173_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout173, 1732000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout173(1732000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
