"""The hundred-and-seventy-seventh held-out trace family (a crop-disease classifier's images/s, each node's rows
INSERTed into a ScyllaDB table with CDC enabled, write timeouts carried or retried, and summed per minute by a monitor
that reads the CDC log behind a confidence window): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout177 as h177
import tests.trace_checks as tc
from anomaly.heldout175 import HELDOUT175_SEEDS
from anomaly.heldout177 import HELDOUT177_SEEDS, heldout177_set, make_heldout177
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT177_SEEDS[:4]
SPANS = h177.SPANS

shared_builds = tc.shared_builds(h177)

_set, traces, _full_long = tc.cheap_sets(heldout177_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h177._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h177.K] - C[np.arange(n) * h177.K]) / h177.STEP


def test_seed_range_is_its_own():
    assert HELDOUT177_SEEDS == tuple(range(1772000, 1772012))
    assert not set(HELDOUT177_SEEDS) & set(HELDOUT175_SEEDS)


PINNED_EVENTS = [Event("drop", 616, 616, 916, 0.3116), Event("leak", 1084, 1408, 1591, 0.202),
                 Event("straggler", 2124, 2124, 2266, 0.2674), Event("straggler", 2794, 2794, 2936, 0.2331)]
PINNED_SUM = 4295048.634851226
PINNED_PAUSES = [(0, 13), (69, 79), (136, 147)]
PINNED_CHANGES = []
LISTED_LONG = 20
CHANGES_LINE = "short 15, long 20"
ALWAYS_SEEN = tuple(k for k in h177.PATH_KEYS if k not in ("reread", "closed_lost"))


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout177, 1772000, 1772001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout177(1772000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout177(1772000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT177_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h177.__doc__, LISTED_LONG, CHANGES_LINE)
    moves = _change_moves(ts)
    assert len(moves) >= 2 and min(moves) >= 0.04 and sum(m < 0.05 for m in moves) <= 1, moves


def _change_moves(ts, n: int = 6000) -> list:
    """``tc.check_changes_move_the_level`` but for its 5 % bound: each listed change is the first point after a pause
    span and lies in no event; the ``|log|`` level moves of those with 40 live points on each side (the docstring says
    one "long" change moves 4.5 %)."""
    moves = []
    for t in ts:
        assert t.changes == sorted(set(t.changes)) and all(0 < c < n for c in t.changes), t.seed
        ends = {e for s, e in t.pauses}
        for k, c in enumerate(t.changes):
            assert c in ends and not tc.paused_mask(t)[c], (t.seed, c)
            assert not any(e.onset <= c < e.end for e in t.events), (t.seed, c)
            prev = t.changes[k - 1] if k else 0
            nxt = t.changes[k + 1] if k + 1 < len(t.changes) else n
            before, nb = tc.live_median(t, max(prev, c - 300), c)
            after, na = tc.live_median(t, c + 100, min(nxt, c + 400))
            if nb >= 40 and na >= 40:
                moves.append(float(abs(np.log(after / before))))
    return moves


def test_the_full_sets_path_times_out_carries_retries_and_loses():
    """Over both sets' first 6 runs every distortion of the path occurs (write timeouts, landed and late; rows
    carried; driver retries and duplicate entries; entries behind the confidence window; CDC generations and entries
    lost to one not yet fetched; reader restarts, the age limit and open minutes lost; clock steps; entries moved to
    another minute; unread minutes; intervals lost in a crash), with both dedup settings and both timestamp
    sources; reads again after a restart and entries read after their minute closed occur in the "long" set."""
    total, seen = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT177_SEEDS[:6]):
            seen |= {("dedup", run.path.dedup), ("server", run.path.server_ts), ("row", run.path.bin_row)}
            for k, v in run.path.counts.items():
                total[(setting, k)] = total.get((setting, k), 0) + v
    for k in ALWAYS_SEEN:
        assert total[("short", k)] + total[("long", k)] > 0, k
    assert total[("long", "reread")] > 0 and total[("long", "closed_lost")] > 0
    assert seen == {(a, b) for a in ("dedup", "server", "row") for b in (True, False)}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's images of a minute over 60 s, stamped at the minute's end; a minute that read
    nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h177.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h177.TICK)), min(run.nt, int(b // h177.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h177.STEP), min(int(np.ceil(b / h177.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval", "ckpt"}
            seen |= kinds
    assert seen >= {"crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is the job's images, give or take what the path loses and counts twice."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.9 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_row_counts_at_most_twice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h177._reads(run, 2 * run.J), 2 * h)
        c = run.path.copies
        assert set(np.unique(c)) <= {0, 1, 2}
        assert c.max() <= (1 if run.path.dedup else 2)


def test_a_carried_row_counts_a_landed_timeout_twice():
    """Where the driver rethrows a write timeout the next row carries its images: entries' intervals overlap."""
    hit = 0
    for run, h, spans, live, changes in _builds("short", 6000, HELDOUT177_SEEDS[:6]):
        p = run.path
        if p.idem or not p.counts["timeout_landed"]:
            continue
        order = np.lexsort((p.a, p.b))
        a, b = p.a[order], p.b[order]
        hit += int((a[1:] < b[:-1] - 1e-9).sum())
    assert hit > 0


def test_windows():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h177._inside(x, win).tolist() == [False, True, True, False, True, False]
    assert h177._merge([[50, 80], [10, 20], [15, 30]]).tolist() == [[10, 30], [50, 80]]
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert 15 <= p.P <= 30 and 10 <= p.W <= 60 and 5 <= p.Q <= 30 and (p.b >= p.a).all()


def test_stages_change_the_rate():
    cfg = {"nodes": 1, "gpu": 500.0, "eff": 0.9, "cpu_ratio": 1e6, "field_c": 4.0, "f0": 0.5, "res_c": 1.5,
           "unf_c": 1.8, "aug_c": 1.4, "gpn0": 4}
    st = {"gpn": 4, "res": 0, "unfrozen": False, "aug": 0}
    lv = h177._level(cfg, st)
    assert lv == pytest.approx(2000 * 0.9 ** 2)
    assert h177._level(cfg, {**st, "res": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h177._level(cfg, {**st, "unfrozen": True}) == pytest.approx(lv / 1.8)
    cfg["cpu_ratio"] = 1.0
    assert h177._level(cfg, st) < 0.95 * lv  # both sides near: the step waits for the slower
    assert h177._level(cfg, st, 0.9) < h177._level(cfg, st, 0.1)  # field photos are dearer to decode
    rng = np.random.default_rng(0)
    cfg["cpu_ratio"] = 1.5
    for _ in range(20):
        new = h177._next_stage(rng, cfg, st, h177._level(cfg, st))
        ratio = h177._level(cfg, new) / h177._level(cfg, st)
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
    tc.check_event_weights(h177._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout177, HELDOUT177_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout177, 1772000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout177(1772000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
