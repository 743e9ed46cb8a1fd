"""The hundred-and-eleventh held-out trace family (an autonomous-driving motion-forecasting model's training
scenarios/s, each rank's count in an etcd key bound to a kept-alive lease, one prefix range read a minute): generator
checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's losses and duplicates (the "short" row was measured on the full set, and is not re-measured here; its
runs are built for the path's counts, without their regressions)."""

import numpy as np
import pytest

import anomaly.heldout111 as h111
import tests.trace_checks as tc
from anomaly.heldout110 import HELDOUT110_SEEDS
from anomaly.heldout111 import HELDOUT111_SEEDS, heldout111_set, make_heldout111
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT111_SEEDS[:4]
PINNED_EVENTS = [Event("straggler", 875, 875, 1140, 0.1656), Event("leak", 1209, 1573, 1827, 0.2151),
                 Event("drop", 2668, 2668, 2940, 0.213)]
PINNED_SUM = 1082241.882650468
PINNED_PAUSES = [(0, 7), (35, 39), (84, 90)]
PINNED_CHANGES = [2188, 2230]
SPANS = h111.SPANS  # a relaunch's stop, queue and start-up, or a crash and its restart
LISTED_LONG = 9
CHANGES_LINE = "short 14, long 9"

shared_builds = tc.shared_builds(h111)

_set, traces, _full_long = tc.cheap_sets(heldout111_set, SEEDS, n=N)
PATH_KEYS = ("expired", "elections", "defrags", "stalled_puts", "dropped_puts", "fell", "dup", "failed_reads",
             "late_reads", "net_losses", "clock_steps")


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h111._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's scenarios/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h111.K] - C[np.arange(n) * h111.K]) / h111.STEP


def test_seed_range_is_its_own():
    assert HELDOUT111_SEEDS == tuple(range(1112000, 1112012))
    assert not set(HELDOUT111_SEEDS) & set(HELDOUT110_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout111, 1112001, 1112002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout111(1112000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout111(1112000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT111_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h111.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_and_duplicates():
    """Over both sets' runs: leases expired, elections and defragmentations, stalled puts and puts dropped with
    their lease, keys whose value fell (a stale retried put landing last) and what was counted twice for it, failed
    and late reads, network losses and clock steps; both ways of keeping a lease and of sending puts occur."""
    total, seen = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT111_SEEDS):
            seen.add((run.path.loop_keep, run.path.async_puts))
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in PATH_KEYS:
        assert total[k] > 0, k
    assert {a for a, b in seen} == {True, False} and {b for a, b in seen} == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is one minute's range read, differenced; a failed read (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h111.EPOCH + 60.0 * (np.arange(N) + 1))
        assert tc.paused_mask(t)[t.healthy <= 0].all()


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert len(t.pauses) >= 15 and t.pauses[0][0] == 0, t.seed
        tc.check_pause_spans(t, lo, hi, n=N, apart=True)


def test_nothing_is_trained_in_a_pause_and_its_points_are_paused():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b, kind in run.pauses_t:
                if kind == "ramp":
                    continue
                i0, i1 = int(np.ceil(a / h111.TICK)), min(run.nt, int(b // h111.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h111.STEP) + 1, min(int(b // h111.STEP), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "ramp", "valid", "ckpt"}


def test_the_reads_are_about_the_jobs_scenarios_per_minute():
    """Away from pauses a read is about the job's scenarios/s (lost, late and twice-counted puts aside)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.9 < ratio < 1.03 and (h >= 0).all(), (setting, ratio)


def test_failed_reads_give_nothing_and_reads_follow_the_minutes():
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert (h[p.failed] == 0).all() and not live[p.failed].any()
        nominal = (np.arange(N) + 1) * h111.STEP + p.delay
        assert (p.reads[~p.failed] - nominal[~p.failed] > -20).all()
        assert (p.reads[~p.failed] - nominal[~p.failed] < p.give_up + 21).all()


def test_leases_expire_only_past_their_ttl():
    """An outage of a lease's keepalives expires it only where it outlasts the TTL's rest; the rank grants a new
    one after the outage; a crash's lease outlives the process by at most a TTL, a relaunch's is revoked."""
    rng = np.random.default_rng(0)
    for _ in range(20):
        short = h111._leases(rng, (0.0, 1000.0, "relaunch"), [(100.0, 105.0)], 10.0, 15.0)
        assert len(short) == 1 and short[0][1] == 1000.0
        long = h111._leases(rng, (0.0, 1000.0, "crash"), [(100.0, 160.0)], 10.0, 15.0)
        assert len(long) == 2 and 100 < long[0][1] <= 110 and 160 <= long[1][0] <= 175
        assert 1000.0 < long[1][1] <= 1010.0
    ep = h111._episodes(rng, 1e6, (0, 10), (5, 20), (300, 1800))
    assert ep and all(a < 1e6 and 300 <= b - a <= 1800 for a, b in ep)
    assert all(b1 <= a2 for (a1, b1), (a2, b2) in zip(ep, ep[1:]))
    assert h111.K == 12 and h111.TICK * h111.K == h111.STEP and h111.EPOCH % 60 == 0


def test_stages_change_the_rate():
    cfg = {"gpu": 40.0, "eff": 0.9, "hor": 1.3, "modes": 1.2, "enc": 2.0, "city": 1.1, "io": None,
           "io_city": 1.2, "nodes0": 1, "base": 1.0}
    st = {"hor": 0, "modes": 0, "enc": 0, "city": 0, "nodes": 1}
    assert h111._level(cfg, {**st, "enc": 1}) == pytest.approx(h111._level(cfg, st) / 2)
    assert h111._level(cfg, {**st, "hor": 2}) == pytest.approx(h111._level(cfg, st) / 1.69)
    assert h111._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * h111._level(cfg, st))
    slow = {**cfg, "io": 1.0, "base": h111._level(cfg, st)}  # the loaders as fast as the GPUs
    assert h111._level(slow, st) < 0.95 * h111._level(cfg, st)
    assert h111._level(slow, {**st, "city": 1}) < h111._level(slow, st)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h111._next_stage(rng, slow, st, h111._level(slow, st))
        ratio = h111._level(slow, new) / h111._level(slow, st)
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
            assert len(changes) <= len(run.known_t) == run.counts["relaunches"] == len(run.stages) - 1


def test_weights():
    tc.check_event_weights(h111._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout111, HELDOUT111_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout111, 1112000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout111(1112000, n_events=9)
