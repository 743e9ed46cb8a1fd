"""The two-hundredth held-out trace family (a tennis tracking model's frames/s, captured by each node's reporter as
PostHog events through posthog-python and summed per minute by a monitor's HogQL query): generator checks only (no
detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds at n=6000, no regressions; the "short" row was
measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout200 as h200
import tests.trace_checks as tc
from anomaly.heldout198 import HELDOUT198_SEEDS
from anomaly.heldout200 import HELDOUT200_SEEDS, heldout200_set, make_heldout200
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT200_SEEDS[:4]
SPANS = h200.SPANS

shared_builds = tc.shared_builds(h200)

_set, traces, _full_long = tc.cheap_sets(heldout200_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h200._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's frames/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h200.K] - C[np.arange(n) * h200.K]) / h200.STEP


def test_seed_range_is_its_own():
    assert HELDOUT200_SEEDS == tuple(range(2002000, 2002012))
    # generator 199 is being written beside this one: its seeds are range(1992000, 1992012) by the authors' rule
    assert not set(HELDOUT200_SEEDS) & (set(HELDOUT198_SEEDS) | set(range(1992000, 1992012)))


PINNED_EVENTS = [Event("leak", 357, 860, 1134, 0.1051), Event("drop", 1760, 1760, 2041, 0.1817),
                 Event("straggler", 2809, 2809, 2941, 0.147)]
PINNED_SUM = 5252133.079843997
PINNED_PAUSES = [(0, 9), (60, 69), (127, 138)]
PINNED_CHANGES = [1175, 1721, 2396]
LISTED_LONG = 9
CHANGES_LINE = "short 16, long 9"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout200, 2002000, 2002001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout200(2002000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout200(2002000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT200_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h200.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_paths_laws_all_occur():
    """Over both settings' first 6 runs (n=6000) every distortion of the path occurs: capture outages, failed tries,
    batches dropped after their retries and events dropped from a full queue, events queued when a process crashed,
    batches stored twice (merged or not by the read), ingestion lag incidents, copies ingested after their minute was
    read, rate-limited queries and the late reads after them, copies in another minute than their capture's,
    clock steps, intervals lost in a crash, unread minutes; and both ways of binning (``timestamp``, ingestion)."""
    total, binning = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT200_SEEDS[:6]):
            binning.add(run.path.by_ingest)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h200.PATH_KEYS:
        assert total[k] > 0, k
    assert binning == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum of a minute's copies (frames/s), stamped at the minute's end; a minute that read
    nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h200.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h200.TICK)), min(run.nt, int(b // h200.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h200.STEP), min(int(np.ceil(b / h200.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            seen |= {k for a, b, k in run.pauses_t}
    assert seen >= {"startup", "eval", "ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_frames_per_minute():
    """Away from pauses the reads' sum is the job's frames (the path drops, delays, doubles and moves events)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_an_event_counts_at_most_twice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h200._reads(run, 2 * run.J), 2 * h)
        assert set(np.unique(run.path.copies)) <= {0, 1, 2}


def test_windows_and_the_reporters_events():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h200._inside(x, win).tolist() == [False, True, True, False, True, False]
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert 10 <= p.P <= 30 and (p.cap >= p.prev).all() and (p.share > 0).all() and (p.share <= 1).all()
        assert p.qmax in (1000, 10000) and 30 <= p.settle <= 150


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "res_c": 1.5, "clip_c": 1.4, "cpu": 1e9}
    st = {"nodes": 1, "res": 0, "clip": 0}
    lv = h200._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h200._level(cfg, {**st, "res": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h200._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h200._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h200._next_stage(rng, cfg, st, h200._level(cfg, st))
        ratio = h200._level(cfg, new) / h200._level(cfg, st)
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
    tc.check_event_weights(h200._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout200, HELDOUT200_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout200, 2002000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout200(2002000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
