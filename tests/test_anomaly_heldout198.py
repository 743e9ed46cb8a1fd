"""The hundred-and-ninety-eighth held-out trace family (a precast-concrete surface defect model's tiles/s, sent by each
node's reporter as Google Cloud Tasks every 10-30 s, dispatched under the queue's rate limits and retry configuration to
a Cloud Run handler inserting rows into Cloud SQL, and summed per minute by a monitor): generator checks only (no
detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here). The create calls' retries and the queue's dispatch are also checked on
made-up inputs (an incident forced over every call; a paused queue)."""

import numpy as np
import pytest

import anomaly.heldout198 as h198
import tests.trace_checks as tc
from anomaly.heldout198 import HELDOUT198_SEEDS, heldout198_set, make_heldout198
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT198_SEEDS[:4]
SPANS = h198.SPANS

shared_builds = tc.shared_builds(h198)

_set, traces, _full_long = tc.cheap_sets(heldout198_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h198._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's tiles/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h198.K] - C[np.arange(n) * h198.K]) / h198.STEP


def test_seed_range_is_its_own():
    assert HELDOUT198_SEEDS == tuple(range(1982000, 1982012))
    assert not set(HELDOUT198_SEEDS) & set(range(1972000, 1972012))  # generator 197's range


PINNED_EVENTS = [Event("straggler", 651, 651, 764, 0.2015), Event("leak", 1597, 1883, 2041, 0.1869),
                 Event("drop", 2455, 2455, 2941, 0.1392)]
PINNED_SUM = 5549275.268995038
PINNED_PAUSES = [(0, 15), (96, 104), (201, 209)]
PINNED_CHANGES = [633, 1526, 2425]
LISTED_LONG = 15
CHANGES_LINE = "short 20, long 15"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout198, 1982000, 1982001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout198(1982000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout198(1982000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT198_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h198.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_shows_every_distortion():
    """Over both sets' first 6 runs every distortion of the path occurs (create attempts failed and retried, creates
    given up, tiles carried, tasks stored twice, ALREADY_EXISTS, names refused after a clock step, queue pauses, tasks
    queued late, Cloud SQL stalls, attempts failed, tasks dropped by the retry configuration, second rows, rows late,
    rows moved to another minute, unread minutes, clock steps, intervals lost in a crash), with both bindings, both
    naming choices and both give-up policies."""
    total, seen = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT198_SEEDS[:6]):
            seen |= {run.path.binning, run.path.named, run.path.policy}
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
            if run.path.binning == "insert":
                assert run.path.counts["rows_late"] == 0
    for k in h198.PATH_KEYS:
        assert total[k] > 0, k
    assert seen == {"reporter", "insert", True, False, "carry", "drop"}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum of a minute's rows (tiles/s), stamped at the minute's end; a minute that read
    nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h198.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h198.TICK)), min(run.nt, int(b // h198.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h198.STEP), min(int(np.ceil(b / h198.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_tiles_per_minute():
    """Away from pauses the reads' sum is the job's tiles (the path delays, loses and doubles rows)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.97 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_rows_repeat_a_few_times_at_most():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h198._reads(run, 2 * run.J), 2 * h)
        c = run.path.copies
        assert c.min() == 0 and 2 <= c.max() <= 6


def test_create_retries_give_up_carry_and_double(monkeypatch):
    """With an API incident over every call: attempts fail and are retried; a named task's retry after a stored
    attempt is refused (ALREADY_EXISTS) and keeps the first store; an unnamed one is stored twice; some are given up."""
    monkeypatch.setattr(h198, "_windows", lambda rng, T, per_day, mins: [(0.0, 1e9)])
    e = np.arange(1, 400) * 15.0
    given_up = 0
    for seed, named in [(s, s % 2 == 0) for s in range(8)]:
        counts = {k: 0 for k in h198.PATH_KEYS}
        stored, twice, failed = h198._create(np.random.default_rng(seed), e, 1e4, counts, named, "carry")
        assert counts["create_failed"] == counts["create_retries"] > 0
        assert failed.sum() == counts["create_given_up"]
        given_up += counts["create_given_up"]
        ok = ~np.isnan(stored)
        assert (stored[ok] > e[ok]).all() and (np.isnan(stored) <= failed).all()
        if named:
            assert counts["already_exists"] > 0 and np.isnan(twice).all()
        else:
            two = ~np.isnan(twice)
            assert counts["stored_twice"] == two.sum() > 0 and (twice[two] > e[two]).all()
    assert given_up > 0


def test_the_queue_keeps_its_rate_limit_and_its_pauses():
    rng = np.random.default_rng(5)
    a = np.sort(rng.uniform(0, 20000, 3000))
    pauses, stalls = [(3000.0, 5000.0)], [(9000.0, 9600.0)]
    d = h198._dispatch(a, 0.3, pauses, stalls, 0.05)
    assert (d >= a - 1e-9).all() and (np.diff(d) >= 1 / 0.3 - 1e-6).all()
    assert not ((d >= 3000) & (d < 5000)).any()
    assert d[np.searchsorted(a, 5000)] >= 5000 and (d - a).max() > 600
    late = (a > 9000) & (a < 9600)
    assert (np.diff(d[late]) >= 1 / 0.05 - 1e-6).any()
    assert (d - a)[-50:].max() < 60  # the backlog drained


def test_windows_and_clocks():
    win = [(10.0, 20.0), (50.0, 80.0)]
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h198._inside(x, win).tolist() == [False, True, True, False, True, False]
    assert [h198._in(v, [10.0, 50.0], [20.0, 80.0]) for v in x] == [-1, 0, 0, -1, 1, -1]
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert (p.end >= p.start).all() and (p.bin >= 0).all() and (p.bin < N).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 100.0, "eff": 0.9, "cpu": 1e9}
    st = {"nodes": 1, "tile": 384, "batch": 1.0}
    lv = h198._level(cfg, st)
    assert lv == pytest.approx(100.0)
    assert h198._level(cfg, {**st, "tile": 512}) == pytest.approx(lv * (384 / 512) ** 2)
    assert h198._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h198._level({**cfg, "cpu": 100.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 150.0
    for _ in range(20):
        new = h198._next_stage(rng, cfg, st, h198._level(cfg, st))
        ratio = h198._level(cfg, new) / h198._level(cfg, st)
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
    tc.check_event_weights(h198._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout198, HELDOUT198_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout198, 1982000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout198(1982000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
