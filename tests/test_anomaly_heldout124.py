"""The hundred-and-twenty-fourth held-out trace family (an air-quality forecasting graph network's training samples/s,
each rank running a NOTIFY of its samples every 50 steps in a short PostgreSQL transaction, one LISTEN process summing
the payloads into per-minute totals the monitor reads): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout124 as h124
import tests.trace_checks as tc
from anomaly.heldout122 import HELDOUT122_SEEDS
from anomaly.heldout124 import HELDOUT124_SEEDS, heldout124_set, make_heldout124
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT124_SEEDS[:4]
SPANS = h124.SPANS

shared_builds = tc.shared_builds(h124)

_set, traces, _full_long = tc.cheap_sets(heldout124_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h124._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's samples/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h124.K] - C[np.arange(n) * h124.K]) / h124.STEP


def test_seed_range_is_its_own():
    assert HELDOUT124_SEEDS == tuple(range(1242000, 1242012))
    assert not set(HELDOUT124_SEEDS) & set(HELDOUT122_SEEDS)


PINNED_EVENTS = [Event("drop", 819, 819, 1141, 0.2676), Event("straggler", 1352, 1352, 1522, 0.2231),
                 Event("leak", 2150, 2544, 2941, 0.1924)]
PINNED_SUM = 419428.0303180027
PINNED_PAUSES = [(0, 9), (81, 86), (135, 141)]
PINNED_CHANGES = [476, 2102]
LISTED_LONG = 17
CHANGES_LINE = "short 16, long 17"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout124, 1242001, 1242002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout124(1242000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout124(1242000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT124_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h124.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_and_duplicates():
    """Over both sets' first 6 runs every distortion of the path occurs (samples lost at a stop, duplicates after a
    client timeout, NOTIFYs failed on a full queue or a server restart and carried, payloads lost while the listener
    is away or restarting, deferred behind its own transaction, late against a node's clock, repeated reads and
    skipped minutes, failed reads), and every policy (carry or drop, retry or not, arrival or payload stamps)."""
    total, pol = dict.fromkeys(h124.PATH_KEYS, 0), set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT124_SEEDS[:6]):
            pol |= {("carry", run.path.carry), ("retry", run.path.retry), ("stamp", run.path.by_stamp)}
            for k, v in run.path.counts.items():
                total[k] += v
    for k in h124.PATH_KEYS:
        assert total[k] > 0, k
    assert len(pol) == 6


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's read of the listener's total for a minute; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h124.EPOCH + 60.0 * (np.arange(N) + 1))
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
                s, e = int(a // h124.STEP), min(int(np.ceil(b / h124.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
                if kind != "ramp":
                    i0, i1 = int(np.ceil(a / h124.TICK)), min(run.nt, int(b // h124.TICK))
                    assert not run.J[i0:i1].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "ramp", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_samples_per_minute():
    """Away from pauses the reads' sum is the job's samples (the path shifts, loses and repeats payloads)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_the_payloads_cover_the_lives():
    """A payload reports its node's share of 50 steps (more where failed ones were carried into it), and the reads
    are linear in the job's samples."""
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert np.allclose(h124._reads(run, 2 * run.J), 2 * h)
        C = h124._cum(run.J)
        body = h124._at(C, p.put) - h124._at(C, p.prev)
        k = body / p.bg
        assert np.allclose(k, np.round(k), atol=1e-6) and (np.round(k) >= 1).all()
        assert (p.put > p.prev).all() and (p.w >= 0).all() and set(np.unique(p.w * 8)) <= {0, 2, 4, 8, 16}
        for a, b, bg, nodes in run.lives:
            inside = (p.put > a) & (p.put <= b)
            assert (p.prev[inside] >= a - 1e-9).all()


def test_episodes_and_inside():
    rng = np.random.default_rng(0)
    ep = h124._episodes(rng, 1e6, (0, 10), (5, 20), (300, 1800))
    assert ep and all(a < 1e6 and 300 <= b - a <= 1800 for a, b in ep)
    assert all(b1 <= a2 for (a1, b1), (a2, b2) in zip(ep, ep[1:]))
    x = np.array([ep[0][0] - 1, ep[0][0] + 1, ep[0][1] + 0.5])
    assert list(h124._inside(x, ep)) == [-1, 0, -1] and list(h124._inside(x, [])) == [-1, -1, -1]
    assert h124.K == 12 and h124.TICK * h124.K == h124.STEP and h124.EPOCH % 60 == 0


def test_stages_change_the_rate():
    cfg = {"gpu": 40.0, "eff": 0.9, "hist_c": 2.0, "stn_c": 1.5, "hor_c": 1.4}
    st = {"hist": 0, "stn": 0, "hor": 0, "nodes": 1}
    lv = h124._level(cfg, st)
    assert lv == pytest.approx(320.0)
    assert h124._level(cfg, {**st, "hist": 1}) == pytest.approx(lv / 2)
    assert h124._level(cfg, {**st, "stn": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h124._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h124._next_stage(rng, cfg, st, lv)
        ratio = h124._level(cfg, new) / lv
        assert abs(np.log(ratio)) >= np.log(1.15) - 1e-12 and 1 / 3 <= ratio <= 3
    for r in (3.0, 20.0, 37.0, 160.0):  # 50 steps last 6-12 s, or longer with a batch of 1
        b = h124._batch(r)
        assert (b == 1 and 50 / r > 12) or 6 < 50 * b / r <= 12, r


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
            assert len(changes) <= len(run.known_t) == run.counts["relaunches"] - run.counts["kept_stage"]


def test_weights():
    tc.check_event_weights(h124._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout124, HELDOUT124_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout124, 1242000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout124(1242000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 + 1e-9 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
