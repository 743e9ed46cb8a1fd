"""The hundred-and-eighty-fifth held-out trace family (an airport baggage X-ray threat detector's images/s, written by
each node's reporter every 15-30 s into Neo4j in managed, retried write transactions and summed per minute by a Cypher
query on a follower, a secondary or the leader): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

from types import SimpleNamespace

import numpy as np
import pytest

import anomaly.heldout185 as h185
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout185 import HELDOUT185_SEEDS, heldout185_set, make_heldout185
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT185_SEEDS[:4]
SPANS = h185.SPANS

shared_builds = tc.shared_builds(h185)

_set, traces, _full_long = tc.cheap_sets(heldout185_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h185._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h185.K] - C[np.arange(n) * h185.K]) / h185.STEP


def test_seed_range_is_its_own():
    assert HELDOUT185_SEEDS == tuple(range(1852000, 1852012))
    assert not set(HELDOUT185_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("leak", 728, 1007, 1141, 0.0755), Event("drop", 1703, 1703, 2041, 0.0967),
                 Event("straggler", 2549, 2549, 2661, 0.2637)]
PINNED_SUM = 2214662.1599345934
PINNED_PAUSES = [(0, 10), (87, 95), (173, 182)]
PINNED_CHANGES = []
LISTED_LONG = 18
CHANGES_LINE = "short 16, long 18"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout185, 1852000, 1852001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout185(1852000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout185(1852000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT185_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h185.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_retries_duplicates_delays_and_misses():
    """Over both sets' first 6 runs every distortion of the path occurs (elections, GC pauses and the elections they
    start, retried and given-up writes, ambiguous commits stored twice or kept once by a MERGE, nodes a lagging read
    did not see, nodes in another minute than their report's, reads delayed by a GC pause, follower lag episodes,
    writes slowed by a checkpoint, clock steps, intervals lost in a crash), and every setting of the path's choices."""
    total, modes = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT185_SEEDS[:6]):
            p = run.path
            modes.add((p.key_server, p.merge, p.carry, p.leader_reads, run.persistent))
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h185.PATH_KEYS:
        assert total[k] > 0, k
    for i in range(5):
        assert {m[i] for m in modes} == {True, False}, i


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum of a minute's images / 60, stamped at the minute's end; a minute that read nothing
    (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h185.EPOCH + 60.0 * (np.arange(N) + 1))
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
            starts = iter(r[0] for r in run.ramps)
            for a, b, kind in run.pauses_t:
                if kind in ("startup", "restart"):
                    b = next(starts)  # training starts with the ramp; the pause holds its first half
                i0, i1 = int(np.ceil(a / h185.TICK)), min(run.nt, int(b // h185.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h185.STEP), min(int(np.ceil(b / h185.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            seen |= {k for a, b, k in run.pauses_t}
    assert seen >= {"startup", "eval", "ckpt", "crash", "relaunch", "restart"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is the job's images (the path shifts, drops and repeats reports)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.97 < ratio < 1.03 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_the_reports_tile_each_life():
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert np.allclose(h185._reads(run, 2 * run.J), 2 * h)
        assert (p.S < p.F).all() and (p.copies <= (1 if p.merge else 3)).all()
        first = np.r_[True, (np.diff(p.node) != 0)]
        for k in np.flatnonzero(~first):
            if p.S[k] != p.F[k - 1]:  # a new life, or (carry) after a write that gave up
                assert p.S[k] in [lv[0] for lv in run.lives] or (p.carry and not p.ok[k - 1]), k


def _cluster(**kw):
    c = SimpleNamespace(b0=[], b1=[], g0=[], g1=[], gtrig=[], ck0=np.zeros(0), ck1=np.zeros(0), ck_extra=0.0,
                        lat0=0.01)
    c.__dict__.update(kw)
    return c


def _write(c, a, amb=False, merge=False):
    counts = {"ambiguous_commits": 0, "kept_once_by_merge": 0}
    return h185._attempts(np.random.default_rng(0), c, a, amb, merge, counts) + (counts,)


def test_a_managed_write_retries_waits_out_gc_and_gives_up():
    copies, fin, ok, retried, _ = _write(_cluster(b0=[100.0], b1=[110.0]), 100.0)  # no leader for 10 s
    assert ok and retried >= 3 and len(copies) == 1 and copies[0][0] >= 110.0 and fin > copies[0][0]
    gc = _cluster(g0=[200.0, 300.0], g1=[205.0, 325.0], gtrig=[False, True])
    copies, fin, ok, retried, _ = _write(gc, 201.0)  # a short GC pause: waits, stamped and committed at its end
    assert ok and retried == 0 and copies[0][0] == 205.0 and copies[0][1] > 205.0
    copies, fin, ok, retried, _ = _write(gc, 301.0)  # a long one started an election: fails when it ends, retried
    assert ok and retried == 1 and copies[0][0] > 325.0
    copies, fin, ok, retried, _ = _write(_cluster(b0=[0.0], b1=[100.0]), 10.0)  # a quorum loss: gives up
    assert not ok and copies == [] and fin - 10.0 >= h185.MAX_RETRY
    copies, fin, ok, retried, counts = _write(_cluster(), 50.0, amb=True)  # stored, reply lost, retried: two nodes
    assert ok and len(copies) == 2 and counts["ambiguous_commits"] == 1 and copies[1][0] > copies[0][1]
    copies, fin, ok, retried, counts = _write(_cluster(), 50.0, amb=True, merge=True)  # a MERGE keeps one
    assert ok and len(copies) == 1 and counts["kept_once_by_merge"] == 1


def test_windows():
    assert h185._inside([5.0, 10.0, 15.0, 20.0, 60.0, 90.0], [10.0, 50.0], [20.0, 80.0]).tolist() == [
        False, True, True, False, True, False]
    assert h185._merge([10.0, 15.0, 40.0], [20.0, 30.0, 50.0]) == ([10.0, 40.0], [30.0, 50.0])


def test_stages_change_the_rate():
    cfg = {"gpn": 4, "per_gpu": 100.0, "eff": 0.9, "res_c": 1.5, "tip_c": 1.4, "cpu": 1e9}
    st = {"nodes": 1, "res": 0, "tip": 0}
    lv = h185._level(cfg, st)
    assert lv == pytest.approx(400.0)
    assert h185._level(cfg, {**st, "res": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h185._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h185._level({**cfg, "cpu": 400.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 600.0
    for _ in range(20):
        new = h185._next_stage(rng, cfg, st, h185._level(cfg, st))
        ratio = h185._level(cfg, new) / h185._level(cfg, st)
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
    tc.check_event_weights(h185._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout185, HELDOUT185_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout185, 1852000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout185(1852000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
