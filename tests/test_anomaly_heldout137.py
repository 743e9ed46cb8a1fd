"""The hundred-and-thirty-seventh held-out trace family (a battery cycle-life forecaster's sequences/s, each node's
per-step rows batched into Parquet files by a writer service, committed to an Iceberg table through a REST catalog
every few minutes, and summed per event minute by the monitor's Trino query): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout137 as h137
import tests.trace_checks as tc
from anomaly.heldout135 import HELDOUT135_SEEDS
from anomaly.heldout137 import HELDOUT137_SEEDS, heldout137_set, make_heldout137
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT137_SEEDS[:4]
SPANS = h137.SPANS

shared_builds = tc.shared_builds(h137)

_set, traces, _full_long = tc.cheap_sets(heldout137_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h137._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's sequences/s per minute of true time (what a point should be about)."""
    C = h137._cum(run.J)
    return (C[(np.arange(n) + 1) * h137.K] - C[np.arange(n) * h137.K]) / h137.STEP


def test_seed_range_is_its_own():
    assert HELDOUT137_SEEDS == tuple(range(1372000, 1372012))
    assert not set(HELDOUT137_SEEDS) & set(HELDOUT135_SEEDS)


PINNED_EVENTS = [Event("leak", 334, 612, 844, 0.1522), Event("drop", 1388, 1388, 1590, 0.1111),
                 Event("straggler", 1807, 1807, 2079, 0.1929), Event("straggler", 2541, 2541, 2770, 0.2077)]
PINNED_SUM = 1153982.4320923374
PINNED_PAUSES = [(0, 14), (73, 82), (159, 164)]
PINNED_CHANGES = [1068, 2099, 2346]
LISTED_LONG = 17
CHANGES_LINE = "short 22, long 17"
ALWAYS_SEEN = h137.PATH_KEYS


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout137, 1372000, 1372001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout137(1372000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout137(1372000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT137_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h137.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_path_conflicts_delays_loses_and_duplicates():
    """Over both settings' first 6 runs every distortion of the path occurs (commit conflicts and retries, exhausted
    retries re-queued, lost responses whose retries add the rows twice and those rows read, writer restarts and lost
    spools, rows committed after their minute was read, failed queries, unread points, compactions)."""
    total = {}
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT137_SEEDS[:6]):
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the query's sum of a minute's rows, stamped at the minute's end; a read of nothing is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h137.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h137.TICK)), min(run.nt, int(b // h137.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h137.STEP), min(int(np.ceil(b / h137.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_sequences_per_minute():
    """Away from pauses the reads' sum is the job's sequences (the path shifts, loses and repeats rows)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_the_rows_follow_the_lives():
    """The reads are linear in the sequences; a row counts 0, 1 or 2 times (a duplicate), and a node idle in a life
    (fewer nodes) trains nothing there; the nodes' shares sum to 1 while the job trains."""
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h137._reads(run, 2 * run.J), 2 * h)
        for nd in run.path.nodes:
            assert set(np.unique(nd.mult)) <= {0.0, 1.0, 2.0}
            assert np.isfinite(nd.land[nd.mult > 0]).all()
        on = run.J > 0
        assert np.allclose(run.share[:, on].sum(0), 1.0)
        for a, b, k in run.lives:
            i0, i1 = int(np.ceil(a / h137.TICK - 0.5)), int(min(b, 1e12) // h137.TICK)
            assert not run.share[k:, i0:i1].any()


def test_stages_change_the_rate():
    cfg = {"gpu": 100.0, "gpus": 4, "eff": 0.9, "ctx_c": 1.5, "wid_c": 2.5}
    st = {"ctx": 0, "wid": 0, "nodes": 1}
    lv = h137._level(cfg, st)
    assert lv == pytest.approx(400.0)
    assert h137._level(cfg, {**st, "ctx": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h137._level(cfg, {**st, "wid": 1}) == pytest.approx(lv / 2.5)
    assert h137._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h137._next_stage(rng, cfg, st, lv)
        ratio = h137._level(cfg, new) / lv
        assert abs(np.log(ratio)) >= np.log(1.15) - 1e-12 and 1 / 3 <= ratio <= 3


def test_a_drifting_clock_is_stepped_back():
    rng = np.random.default_rng(1)
    clock = h137._node_clock(rng, 1e5, True)
    c = clock(np.arange(0, 1e5, 60.0)) - np.arange(0, 1e5, 60.0)
    assert (np.diff(c) != 0).any() and np.ptp(c) < 6.0
    still = h137._node_clock(rng, 1e5, False)
    assert np.ptp(still(np.arange(0, 1e5, 60.0)) - np.arange(0, 1e5, 60.0)) < 1e-6


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
    tc.check_event_weights(h137._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout137, HELDOUT137_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout137, 1372000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout137(1372000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
