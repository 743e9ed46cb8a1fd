"""The hundred-and-twenty-seventh held-out trace family (a crowd-counting model's training images/s, each node's
reporter putting a 10-s count into Amazon Kinesis Data Streams, a KCL consumer summing per-minute totals by the
records' approximate arrival times, checkpointing in DynamoDB): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout127 as h127
import tests.trace_checks as tc
from anomaly.heldout122 import HELDOUT122_SEEDS
from anomaly.heldout127 import HELDOUT127_SEEDS, heldout127_set, make_heldout127
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT127_SEEDS[:4]
SPANS = h127.SPANS

shared_builds = tc.shared_builds(h127)

_set, traces, _full_long = tc.cheap_sets(heldout127_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h127._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = h127._cum(run.J)
    return (C[(np.arange(n) + 1) * h127.K] - C[np.arange(n) * h127.K]) / h127.STEP


def test_seed_range_is_its_own():
    assert HELDOUT127_SEEDS == tuple(range(1272000, 1272012))
    assert not set(HELDOUT127_SEEDS) & set(HELDOUT122_SEEDS)


PINNED_EVENTS = [Event("straggler", 333, 333, 683, 0.2321), Event("drop", 1358, 1358, 1591, 0.2885),
                 Event("leak", 1804, 2069, 2179, 0.1104), Event("drop", 2810, 2810, 3000, 0.1172)]
PINNED_SUM = 363021.48288949893
PINNED_PAUSES = [(0, 6), (16, 17), (20, 23)]
PINNED_CHANGES = [2208]
LISTED_LONG = 9
CHANGES_LINE = "short 14, long 9"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout127, 1272001, 1272002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout127(1272000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout127(1272000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT127_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h127.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_and_duplicates():
    """Over both sets' first 6 runs every distortion of the path occurs (unlogged counts at a crash, puts throttled,
    resent and dropped, producer duplicates, records processed after the monitor's read, replays from the last
    checkpoint counted, failed reads), and both timer kinds and stop policies."""
    total, drift, flush = {}, set(), set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT127_SEEDS[:6]):
            drift.add(run.path.drift)
            flush.add(run.path.flush)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h127.PATH_KEYS:
        assert total[k] > 0, k
    assert drift == flush == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's read of a minute's total, stamped at the minute's end; a read of nothing is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h127.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h127.TICK)), min(run.nt, int(b // h127.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h127.STEP), min(int(np.ceil(b / h127.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            seen |= {k for a, b, k in run.pauses_t}
    assert seen >= {"startup", "val", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is the job's images (the path shifts, loses and repeats records)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_the_records_cover_the_lives():
    """Every record reports its node's images since its last record within one life; the reads are linear."""
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert np.allclose(h127._reads(run, 2 * run.J), 2 * h)
        assert (p.put >= p.prev).all() and (p.w > 0).all() and (p.put - p.prev <= h127.PERIOD + 0.06).all()
        inside = np.zeros(len(p.put), bool)
        for lf in run.lives:
            inside |= (p.prev >= lf.a - 1e-9) & (p.put <= lf.b + 1e-9)
        assert inside.all()


def test_stages_change_the_rate():
    cfg = {"gpu": 40.0, "gpn": 8, "eff": 0.9, "g": 0.6}
    st = {"mp": 1.0, "crop": 1.0, "nodes": 1}
    lv = h127._level(cfg, st)
    assert lv == pytest.approx(320.0)
    assert h127._level(cfg, {**st, "mp": 2.0}) < lv and h127._level(cfg, {**st, "crop": 1.5}) < lv
    assert h127._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h127._next_stage(rng, cfg, st, lv)
        ratio = h127._level(cfg, new) / lv
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
    tc.check_event_weights(h127._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout127, HELDOUT127_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout127, 1272000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout127(1272000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(l1.b <= l2.a for l1, l2 in zip(run.lives, run.lives[1:]))
