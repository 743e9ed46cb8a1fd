"""The hundred-and-twenty-second held-out trace family (a text-to-video latent diffusion model's training clips/s, each
rank inserting a row every 20 steps into a node-local SQLite WAL database, a sidecar per node summing the last complete
minute into a gauge the monitor scrapes and sums): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout122 as h122
import tests.trace_checks as tc
from anomaly.heldout120 import HELDOUT120_SEEDS
from anomaly.heldout122 import HELDOUT122_SEEDS, heldout122_set, make_heldout122
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT122_SEEDS[:4]
SPANS = h122.SPANS

shared_builds = tc.shared_builds(h122)

_set, traces, _full_long = tc.cheap_sets(heldout122_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h122._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's clips/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h122.K] - C[np.arange(n) * h122.K]) / h122.K


def test_seed_range_is_its_own():
    assert HELDOUT122_SEEDS == tuple(range(1222000, 1222012))
    assert not set(HELDOUT122_SEEDS) & set(HELDOUT120_SEEDS)


PINNED_EVENTS = [Event("drop", 704, 704, 916, 0.1869), Event("straggler", 1425, 1425, 1566, 0.2291),
                 Event("leak", 1674, 1954, 2266, 0.2309), Event("leak", 2457, 2772, 2941, 0.1624)]
PINNED_SUM = 174759.83658323163
PINNED_PAUSES = [(0, 11), (117, 122), (227, 231)]
PINNED_CHANGES = [1326, 2451]
LISTED_LONG = 11
CHANGES_LINE = "short 10, long 11"
# the path's distortions seen over the first 6 seeds of both sets
ALWAYS_SEEN = h122.PATH_KEYS


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout122, 1222001, 1222002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout122(1222000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout122(1222000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT122_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h122.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_and_duplicates():
    """Over both sets' first 6 runs every distortion of the path occurs (unlogged samples at a stop, inserts failed on
    SQLITE_BUSY and carried, duplicate rows, rows committed after the read began, rows rolled back by a host crash,
    reads skipped or failed, repeated reads and skipped minutes, failed scrapes), and both carry policies."""
    total, carry = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT122_SEEDS[:6]):
            carry.add(run.path.carry)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert carry == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's scrape of the gauges after a minute; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h122.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h122.TICK)), min(run.nt, int(b // h122.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h122.STEP), min(int(np.ceil(b / h122.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "preview"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch", "restart"}


def test_the_reads_are_about_the_jobs_samples_per_minute():
    """Away from pauses the reads' sum is the job's samples (the path shifts, loses and repeats rows)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_the_rows_cover_the_lives():
    """Every row reports 20 steps of its life (the healthy run's), and the reads are linear in the job's samples."""
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert np.allclose(h122._reads(run, 2 * run.J), 2 * h)
        C = h122._cum(run.J)
        body = h122._at(C, p.put) - h122._at(C, p.prev)
        assert np.isin(np.round(body), [round(bg) for a, b, bg, nodes in run.lives]).all()  # 20 steps' clips each
        assert (p.put > p.prev).all() and (p.w > 0).all()
        for a, b, bg, nodes in run.lives:
            inside = (p.put > a) & (p.put <= b)
            assert (p.prev[inside] >= a - 1e-9).all()


def test_episodes_and_inside():
    rng = np.random.default_rng(0)
    ep = h122._episodes(rng, 1e6, (0, 10), (5, 20), (300, 1800))
    assert ep and all(a < 1e6 and 300 <= b - a <= 1800 for a, b in ep)
    assert all(b1 <= a2 for (a1, b1), (a2, b2) in zip(ep, ep[1:]))
    x = np.array([ep[0][0] - 1, ep[0][0] + 1, ep[0][1] + 0.5])
    assert list(h122._inside(x, ep)) == [-1, 0, -1] and list(h122._inside(x, [])) == [-1, -1, -1]
    assert h122.K == 12 and h122.TICK * h122.K == h122.STEP and h122.EPOCH % 60 == 0


def test_stages_change_the_rate():
    cfg = {"gpu": 2.0, "eff": 0.9, "len_c": 2.0, "res_c": 1.8}
    st = {"len": 0, "res": 0, "nodes": 1}
    lv = h122._level(cfg, st)
    assert h122._level(cfg, {**st, "len": 1}) == pytest.approx(lv / 2)
    assert h122._level(cfg, {**st, "res": 2}) == pytest.approx(lv / 1.8 ** 2)
    assert h122._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h122._next_stage(rng, cfg, st, lv)
        ratio = h122._level(cfg, new) / lv
        assert abs(np.log(ratio)) >= np.log(1.15) - 1e-12 and 1 / 3 <= ratio <= 3
    assert h122._batch(1.2) == 1 and h122._batch(8.0) == 4 and 20 * h122._batch(3.0) / 3.0 <= 16


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
    tc.check_event_weights(h122._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout122, HELDOUT122_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout122, 1222000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout122(1222000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
