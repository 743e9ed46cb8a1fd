"""The hundred-and-seventy-sixth held-out trace family (a virtual try-on model's training pairs/s, each node's reporter
putting a persistent message with its pairs every 10-30 s on an IBM MQ queue over a reconnectable client channel, a
monitor getting them under syncpoint and summing pairs per minute of the put time or the payload's time): generator
checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and its listed changes; the path's distortions are counted on the first 6 healthy builds of both settings (the "short"
row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout176 as h176
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout176 import HELDOUT176_SEEDS, heldout176_set, make_heldout176
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT176_SEEDS[:4]
SPANS = h176.SPANS

shared_builds = tc.shared_builds(h176)

_set, traces, _full_long = tc.cheap_sets(heldout176_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h176._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's pairs/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h176.K] - C[np.arange(n) * h176.K]) / h176.STEP


def test_seed_range_is_its_own():
    assert HELDOUT176_SEEDS == tuple(range(1762000, 1762012))
    assert not set(HELDOUT176_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("straggler", 965, 965, 1058, 0.2045), Event("leak", 1244, 1594, 2041, 0.1511),
                 Event("drop", 2420, 2420, 2941, 0.21)]
PINNED_SUM = 55329.898230438295
PINNED_PAUSES = [(0, 8), (74, 85), (153, 164)]
PINNED_CHANGES = [541, 2341, 2415]
LISTED_LONG = 22
CHANGES_LINE = "short 22, long 22"
# the path's distortions seen over the first 6 seeds of both sets (queue-full refusals and late copies are modelled
# but did not occur in these sets: the docstring says so)
ALWAYS_SEEN = tuple(k for k in h176.PATH_KEYS if k not in ("queue_full_refusals", "late_copies"))


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout176, 1762000, 1762001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout176(1762000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout176(1762000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT176_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h176.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=4)


def test_the_paths_breaks_refusals_backouts_and_clocks():
    """Over both sets' first 6 runs the queue manager fails over and switches over (its clock moving with the
    host), client channels break, puts block while the client reconnects, some end with their outcome unknown (and
    a few of those were stored: their pairs come twice), the reporters' timers miss runs, the monitor stops, messages
    expire, units of work are backed out (and counted twice by an eager monitor), poison messages send batches to
    the backout queue, a crash loses the pairs not yet sent; both bin clocks and both monitor kinds occur."""
    total, kinds = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT176_SEEDS[:6]):
            kinds.add((run.path.by_put, run.path.eager))
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert {b for b, e in kinds} == {True, False} and {e for b, e in kinds} == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum of a minute's pairs (per second), stamped at the minute's end; a minute that read
    nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h176.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h176.TICK)), min(run.nt, int(b // h176.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h176.STEP), min(int(np.ceil(b / h176.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_pairs_per_minute():
    """Away from pauses the reads' sum is the job's pairs (the path moves, loses and repeats messages), but where a
    node's clock is behind the others by more than the monitor's grace and the monitor bins by the payload's time:
    then that node's copies come after their minute closed and are dropped (seed 1762000 "short" at 3,000 points)."""
    late = []
    for setting in ("short", "long"):
        for seed, (run, h, spans, live, changes) in zip(SEEDS, _builds(setting)):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert (h >= 0).all()
            if run.path.counts["late_copies"] > 100:
                assert not run.path.by_put and 0.5 < ratio < 0.95, (setting, ratio)
                late.append((setting, seed))
            else:
                assert 0.95 < ratio < 1.05, (setting, ratio)
    assert late == [("short", 1762000)]


def test_the_reads_are_linear_and_a_message_counts_at_most_twice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h176._reads(run, 2 * run.J), 2 * h)
        c = run.path.copies
        assert set(np.unique(c)) <= {0, 1, 2}
        assert c.max() <= (2 if run.path.eager else 1)


def test_reconnect_times_follow_the_delays():
    rng = np.random.default_rng(0)
    for gap in (0.5, 3.0, 20.0, 100.0):
        back = h176._reconnect(rng, 0.0, gap)
        assert gap <= back <= gap + 25.2 + 2.0
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert (10 <= p.P).all() and (p.P <= 30).all() and (p.put >= p.cre).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 100.0, "cpu": 1e9, "res_g": 0.4, "res_c": 0.5, "enc_g": 0.7, "cache_g": 1.2, "parse_c": 0.6,
           "bs_g": 1.1}
    st = {"res": 0, "enc": 0, "parse": 0, "cache": 0, "bs": 0}
    lv = h176._level(cfg, st)
    assert lv == pytest.approx(100.0)
    assert h176._level(cfg, {**st, "res": 1}) == pytest.approx(40.0)
    assert h176._level({**cfg, "cpu": 100.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 150.0
    for _ in range(20):
        new = h176._next_stage(rng, cfg, st, h176._level(cfg, st))
        ratio = h176._level(cfg, new) / h176._level(cfg, st)
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
    tc.check_event_weights(h176._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout176, HELDOUT176_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout176, 1762000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout176(1762000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
