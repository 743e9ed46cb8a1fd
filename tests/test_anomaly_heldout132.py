"""The hundred-and-thirty-second held-out trace family (a SAR ship detector's training chips/s, each rank issuing an
HBase Increment on a per-minute row every 10 s, the monitor scanning the last minutes' rows every 30 s and summing
their columns): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout132 as h132
import tests.trace_checks as tc
from anomaly.heldout129 import HELDOUT129_SEEDS
from anomaly.heldout132 import HELDOUT132_SEEDS, heldout132_set, make_heldout132
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT132_SEEDS[:4]
SPANS = h132.SPANS

shared_builds = tc.shared_builds(h132)

_set, traces, _full_long = tc.cheap_sets(heldout132_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h132._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's chips/s per minute of true time (what a point should be about)."""
    C = h132._cum(run.J)
    return (C[(np.arange(n) + 1) * h132.K] - C[np.arange(n) * h132.K]) / h132.STEP


def test_seed_range_is_its_own():
    assert HELDOUT132_SEEDS == tuple(range(1322000, 1322012))
    assert not set(HELDOUT132_SEEDS) & set(HELDOUT129_SEEDS)


PINNED_EVENTS = [Event("leak", 390, 831, 1141, 0.1492), Event("drop", 1858, 1858, 2041, 0.2305),
                 Event("straggler", 2827, 2827, 2941, 0.1508)]
PINNED_SUM = 1647004.3019027528
PINNED_PAUSES = [(0, 11), (86, 92), (164, 169)]
PINNED_CHANGES = [1559, 2355, 2426]
LISTED_LONG = 27
CHANGES_LINE = "short 31, long 27"
# the path's distortions seen over the first 6 seeds of both sets
ALWAYS_SEEN = h132.PATH_KEYS


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout132, 1322000, 1322001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout132(1322000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout132(1322000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT132_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h132.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_and_duplicates():
    """Over both sets' first 6 runs every distortion of the path occurs (chips unsent at a crash, timed-out
    attempts and the Increments they applied twice, Increments failed, carried or dropped, waits on region
    location, region server crashes and edits lost with an ASYNC_WAL, late and skewed Increments, unread and
    caught-up rows, monitor restarts), and both failure policies."""
    total, carry = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT132_SEEDS[:6]):
            carry.add(run.path.carry)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert carry == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum of a minute's row, stamped at the minute's end; a row not read (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h132.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h132.TICK)), min(run.nt, int(b // h132.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h132.STEP), min(int(np.ceil(b / h132.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval", "ckpt"}
            seen |= kinds
    assert seen >= {"crash", "relaunch"}


def test_the_reads_are_about_the_jobs_chips_per_minute():
    """Away from pauses the reads' sum is the job's chips (the path shifts, loses and doubles Increments)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_the_increments_cover_the_lives():
    """Each applied Increment reports its rank's share of the chips since the rank's last closed Increment, inside
    one life; the reads are linear in the chips."""
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert np.allclose(h132._reads(run, 2 * run.J), 2 * h)
        assert (p.te >= p.ts).all() and (np.diff(p.row) >= 0).all()
        starts = np.array([a for a, *_ in run.lives])
        ends = np.array([b for a, b, *_ in run.lives])
        assert (p.ts >= starts[p.life_of] - 1e-9).all() and (p.te <= ends[p.life_of] + 1e-9).all()
        assert set(np.unique(p.R)) <= {8, 16, 32}


def test_stages_change_the_rate():
    cfg = {"gpu": 100.0, "eff": 0.9, "size_c": 1.5, "mosaic_c": 2.0, "cpu": 8 * 100.0 * 0.7}
    st = {"nodes": 1, "size": 0, "mosaic_off": False}
    lv = h132._level(cfg, st)
    assert lv < min(800.0, 560.0)  # the soft minimum of the GPUs and the CPU workers
    assert h132._level(cfg, {**st, "size": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h132._level(cfg, {**st, "mosaic_off": True}) / lv > 1.15  # the loader no longer cuts 4 chips a sample
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h132._next_stage(rng, cfg, st, lv)
        ratio = h132._level(cfg, new) / lv
        assert abs(np.log(ratio)) >= np.log(1.15) - 1e-12 and 1 / 3 <= ratio <= 3


def test_unread_rows_are_zero_and_paused_and_reads_follow_the_minutes():
    """A row no successful scan read is 0 and paused; a row is read after its minute's end."""
    for run, h, spans, live, changes in _builds("long", 6000, HELDOUT132_SEEDS[:2]):
        p = run.path
        assert (h[p.unread] == 0).all() and not live[p.unread].any()
        ok = np.isfinite(p.read)
        assert (p.read[ok] > h132.STEP * (np.arange(6000)[ok] + 1) - 5).all()


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
            assert len(changes) <= len(run.known_t) <= run.counts["relaunches"] - run.counts["kept_stage"] + 1


def test_weights():
    tc.check_event_weights(h132._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout132, HELDOUT132_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout132, 1322000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout132(1322000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
