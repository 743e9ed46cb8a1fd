"""The hundred-and-thirty-ninth held-out trace family (a retail demand forecaster's series-windows/s, pushed as a rate
by the trainer's reporter thread to PRTG's HTTP Push Data Advanced sensor every 30-60 s, stored once per scanning
interval, stamped by the core server's clock and read per minute from PRTG's historic data): generator checks only (no
detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout139 as h139
import tests.trace_checks as tc
from anomaly.heldout135 import HELDOUT135_SEEDS
from anomaly.heldout139 import HELDOUT139_SEEDS, heldout139_set, make_heldout139
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT139_SEEDS[:4]
SPANS = h139.SPANS

shared_builds = tc.shared_builds(h139)

_set, traces, _full_long = tc.cheap_sets(heldout139_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h139._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's windows/s per minute of true time (what a point should be about)."""
    C = h139._cum(run.J)
    return (C[(np.arange(n) + 1) * h139.K] - C[np.arange(n) * h139.K]) / h139.STEP


def test_seed_range_is_its_own():
    assert HELDOUT139_SEEDS == tuple(range(1392000, 1392012))
    assert not set(HELDOUT139_SEEDS) & set(HELDOUT135_SEEDS)


PINNED_EVENTS = [Event("leak", 480, 787, 888, 0.1962), Event("straggler", 1110, 1110, 1349, 0.1049),
                 Event("drop", 1996, 1996, 2216, 0.0852), Event("drop", 2634, 2634, 2941, 0.244)]
PINNED_SUM = 105231184.14488262
PINNED_PAUSES = [(0, 10), (80, 87), (139, 147)]
PINNED_CHANGES = [1574, 1917]
LISTED_LONG = 18
CHANGES_LINE = "short 22, long 18"
# the path's distortions seen over the first 6 seeds of both sets
ALWAYS_SEEN = h139.PATH_KEYS


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout139, 1392000, 1392001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout139(1392000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout139(1392000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT139_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h139.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_and_duplicates():
    """Over both sets' first 6 runs every distortion of the path occurs (pushes overwritten between scans, scans
    repeating the last push, failed, refused, duplicated and delayed pushes, scans lost to probe restarts or with no
    data, scans back-filled after a core disconnect or lost with the probe's buffer, scans reaching the core after
    their minute was read, and unread points)."""
    total = {}
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT139_SEEDS[:6]):
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the historic data's average of a minute's stored values, stamped at the minute's end (the core's
    clock); a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h139.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h139.TICK)), min(run.nt, int(b // h139.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h139.STEP), min(int(np.ceil(b / h139.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_windows_per_minute():
    """Away from pauses the reads' sum is the job's windows (the path samples, repeats and loses pushes)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_the_pushes_follow_the_lives():
    """The reads are linear in the windows; a push's window lies in one life and ends at its send time; a stored
    value is never older than the sensor's timeout."""
    for run, h, spans, live, changes in _builds("short"):
        pa = run.path
        assert np.allclose(h139._reads(run, 2 * run.J), 2 * h)
        assert (pa.P > pa.Q).all() and (pa.R > pa.P).all() and (pa.P - pa.Q < 30 * 60).all()
        for p, q in zip(pa.P[::50], pa.Q[::50]):
            assert any(a <= q and p < b for a, b, nodes in run.lives), (p, q)
        assert (np.bincount(pa.pt, minlength=N)[:N] == pa.cnt).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 400.0, "gpus": 4, "eff": 0.9, "size_c": 1.5, "bb_c": 2.0}
    st = {"size": 0, "bb": 0, "nodes": 1}
    lv = h139._level(cfg, st)
    assert lv == pytest.approx(1600.0)
    assert h139._level(cfg, {**st, "size": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h139._level(cfg, {**st, "bb": 1}) == pytest.approx(lv / 2.0)
    assert h139._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h139._next_stage(rng, cfg, st, lv)
        ratio = h139._level(cfg, new) / lv
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
    tc.check_event_weights(h139._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout139, HELDOUT139_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout139, 1392000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout139(1392000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
