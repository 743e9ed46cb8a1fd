"""The hundred-and-forty-fifth held-out trace family (an automated essay-scoring model's essays/s, sent as 5-minute
email digests through an SMTP relay that queues and retries deferred messages, read by a monitor polling the mailbox
over IMAP once a minute and placing the counts by the bodies' timestamps): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout145 as h145
import tests.trace_checks as tc
from anomaly.heldout141 import HELDOUT141_SEEDS
from anomaly.heldout145 import HELDOUT145_SEEDS, heldout145_set, make_heldout145
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT145_SEEDS[:4]
SPANS = h145.SPANS

shared_builds = tc.shared_builds(h145)

_set, traces, _full_long = tc.cheap_sets(heldout145_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h145._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's essays/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h145.K] - C[np.arange(n) * h145.K]) / h145.STEP


def test_seed_range_is_its_own():
    assert HELDOUT145_SEEDS == tuple(range(1452000, 1452012))
    assert not set(HELDOUT145_SEEDS) & set(HELDOUT141_SEEDS)


PINNED_EVENTS = [Event("drop", 632, 632, 1141, 0.2762), Event("leak", 1277, 1645, 1840, 0.2402),
                 Event("straggler", 2106, 2106, 2248, 0.2028)]
PINNED_SUM = 201652.87550242175
PINNED_PAUSES = [(0, 9), (52, 59), (135, 142)]
PINNED_CHANGES = [1221]
LISTED_LONG = 13
CHANGES_LINE = "short 15, long 13"
# the path's distortions seen over the first 6 seeds of both sets
ALWAYS_SEEN = h145.PATH_KEYS


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout145, 1452000, 1452001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout145(1452000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout145(1452000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT145_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h145.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_defers_loses_and_duplicates():
    """Over both sets' first 6 runs every distortion of the path occurs (deferring windows, deferred and greylisted
    messages, duplicates and duplicates counted, counts lost with a crashed trainer, counts arriving after their
    minute closed, dropped or moved to a later minute, counts moved by a node's clock, unread points), and both dedup
    and both late-count settings."""
    total, dedup, late = {}, set(), set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT145_SEEDS[:6]):
            dedup.add(run.path.dedup)
            late.add(run.path.late_mode)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert dedup == {True, False} and late == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum of a minute's counts (by the bodies' timestamps) over 60 s, stamped at the
    minute's end; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h145.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h145.TICK)), min(run.nt, int(b // h145.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h145.STEP), min(int(np.ceil(b / h145.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_essays_per_minute():
    """Away from pauses the reads' sum is the job's essays (the path shifts, loses and repeats counts)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_count_lands_at_most_twice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h145._reads(run, 2 * run.J), 2 * h)
        c = run.path.copies
        assert set(np.unique(c)) <= {0, 1, 2}
        assert c.max() <= (1 if run.path.dedup else 2)
        tt = (np.arange(run.nt) + 0.5) * h145.TICK
        on = (run.J > 0) & (run.path.b1 >= 0)
        off = run.path.b1[on] - np.floor(tt[on] / 60)
        assert off.min() >= -1  # a node's clock moves a count a minute early at most
        if not run.path.late_mode:
            assert off.max() <= 1  # placed by the body's timestamps: a late count is dropped, not moved


def test_the_relays_retries_back_off():
    """A try inside a deferring window fails; the relay waits its backoff, doubling to 4,000 s."""
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h145._inside(x, win).tolist() == [False, True, True, False, True, False]
    assert h145._retry(0.0, np.array([[0.0, 2500.0]]), 300.0, 4000.0) == (4500.0, 4)
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert (p.arrive >= p.sends).all() and len(p.stalls) == p.counts["defer_windows"]
        assert (p.stalls[:, 1] > p.stalls[:, 0]).all() and (p.stalls[:, 1] - p.stalls[:, 0] <= 1800).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 100.0, "eff": 0.9, "len_c": 1.5, "big_c": 3.0}
    st = {"gpus": 1, "len": 0, "big": 0}
    lv = h145._level(cfg, st)
    assert lv == pytest.approx(100.0)
    assert h145._level(cfg, {**st, "len": 1}) == pytest.approx(lv / 1.5)
    assert h145._level(cfg, {**st, "big": 1}) == pytest.approx(lv / 3.0)
    assert h145._level(cfg, {**st, "gpus": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h145._next_stage(rng, cfg, st, lv)
        ratio = h145._level(cfg, new) / lv
        assert abs(np.log(ratio)) >= np.log(1.15) - 1e-12 and 1 / 3 <= ratio <= 3


def test_an_unsynchronised_node_is_seconds_off():
    offs = [h145._node_clocks(np.random.default_rng(s), 3) for s in range(60)]
    big = [o for c in offs for o, d in c if abs(o) >= 5]
    assert big and all(abs(o) <= 40 for o in big)
    assert all(d == 0 for c in offs for o, d in c if abs(o) < 5)


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
    tc.check_event_weights(h145._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout145, HELDOUT145_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout145, 1452000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout145(1452000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
