"""The hundred-and-eighty-first held-out trace family (a network-intrusion detector's training flows/s, each node's
reporter a SignalR client sending its flows since its last message every 10-30 s through Azure SignalR Service to a
hub that relays them to the monitor's group; the monitor sums them per minute of the message's own time or of the time
it received it): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout181 as h181
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout181 import HELDOUT181_SEEDS, heldout181_set, make_heldout181
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT181_SEEDS[:4]
SPANS = h181.SPANS

shared_builds = tc.shared_builds(h181)

_set, traces, _full_long = tc.cheap_sets(heldout181_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h181._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's flows/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h181.K] - C[np.arange(n) * h181.K]) / h181.STEP


def test_seed_range_is_its_own():
    assert HELDOUT181_SEEDS == tuple(range(1812000, 1812012))
    assert not set(HELDOUT181_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("drop", 639, 639, 762, 0.327), Event("straggler", 1511, 1511, 1628, 0.2041),
                 Event("leak", 2290, 2653, 2720, 0.0997)]
PINNED_SUM = 182193861.20931232
PINNED_PAUSES = [(0, 11), (48, 56), (93, 99)]
PINNED_CHANGES = [777, 1017, 1118]
LISTED_LONG = 14
CHANGES_LINE = "short 21, long 14"
# the path's distortions seen over the first 6 "short" seeds and the 12 "long" ones
ALWAYS_SEEN = h181.PATH_KEYS


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout181, 1812000, 1812001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout181(1812000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout181(1812000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT181_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h181.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_carries_and_repeats():
    """Over the "short" set's first 6 runs and the "long" set's 12 (built for its counts row) every distortion of the
    path occurs (blips, service drops and app server restarts; stalls delivered late, sends lost in a dead
    connection or resent by stateful reconnect, sends thrown while reconnecting and carried or dropped, duplicates
    after a lost completion, messages lost while the monitor was away or out of its group, copies too late for
    their minute, copies moved to another minute, unread minutes, intervals lost in a crash), a Free unit's daily
    quota, and both ways of binning, sending and carrying."""
    total, seen = {}, set()
    for setting, seeds in (("short", HELDOUT181_SEEDS[:6]), ("long", HELDOUT181_SEEDS)):
        for run, h, spans, live, changes in _builds(setting, 6000, seeds):
            p = run.path
            seen |= {p.mode, p.bins, p.carry, ("stateful", p.stateful), ("free", p.free)}
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert total["quota_blackouts"] > 0
    assert seen >= {"send", "invoke", "stamp", "recv", True, False, ("stateful", True), ("stateful", False),
                    ("free", True), ("free", False)}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum of a minute's flows over 60 s, stamped at the minute's end (UTC minutes: the
    run starts at a whole minute of some day); a minute that read nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert (t.timestamps[0] - h181.EPOCH - 60) % 60 == 0 and 0 <= t.timestamps[0] - h181.EPOCH - 60 < 86400
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
                i0, i1 = int(np.ceil(a / h181.TICK)), min(run.nt, int(b // h181.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h181.STEP), min(int(np.ceil(b / h181.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_flows_per_minute():
    """Away from pauses the reads' sum is the job's flows (the path shifts, drops, carries and repeats messages)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_send_counts_at_most_twice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h181._reads(run, 2 * run.J), 2 * h)
        c = run.path.copies
        assert set(np.unique(c)) <= {0, 1, 2}


def test_the_reconnect_policy_and_the_server_timeout():
    """A clean close is seen within 1 s and retried 0, 2, 10 and 30 s apart; after the fourth attempt the client is
    closed and the app starts anew; a half-open loss is seen 15-30 s after it, or is a stall where the network comes
    back first."""
    rng = np.random.default_rng(0)
    row = h181._outages(rng, [(100.0, True, 105.0)], 45.0)[0]  # back before the third attempt
    assert 100 <= row[1] <= 101
    assert 12.3 <= row[2] - row[1] <= 13.5 and row[3] == 1
    row = h181._outages(rng, [(100.0, True, 1000.0)], 45.0)[0]  # the service gone for 15 min: the app restarts it
    assert row[3] == 0 and 1000 <= row[2] <= 1000 + 45 + 1.5
    row = h181._outages(rng, [(100.0, False, 110.0)], 45.0)[0]  # a 10-s blip: a stall
    assert row[4] == 1 and row[1] == row[2] == 110.0
    row = h181._outages(rng, [(100.0, False, 200.0)], 45.0)[0]
    assert 115 <= row[1] <= 130 and row[4] == 0


def test_a_free_units_quota_blacks_out_the_rest_of_the_utc_day():
    """A Free unit relays 20,000 messages a UTC day (each counted in and out): after the last, nothing is read until
    midnight, and those minutes are paused."""
    found = 0
    for seed in HELDOUT181_SEEDS[:6]:
        run, h, spans, live, changes = h181._build(seed, 6000, "short")
        if not run.path.free:
            continue
        assert 10 <= run.path.P <= 30
        mid = (np.arange(1, 6) * h181.DAY - run.utc0) // h181.STEP  # the first minute of each UTC day
        for m in mid.astype(int):
            if 5 < m < 6000 and h[m - 3:m].sum() == 0:
                found += 1
                assert not live[m - 3:m].any()
    assert found >= 1


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
            assert len(changes) <= len(run.known_t) <= run.counts["relaunches"] - run.counts.get("kept_stage", 0)


def test_weights():
    tc.check_event_weights(h181._weight)


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "seq_c": 1.5, "feat_c": 1.4, "cpu": 1e9}
    st = {"nodes": 1, "seq": 0, "feat": 0}
    lv = h181._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h181._level(cfg, {**st, "seq": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h181._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h181._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h181._next_stage(rng, cfg, st, h181._level(cfg, st))
        ratio = h181._level(cfg, new) / h181._level(cfg, st)
        assert abs(np.log(ratio)) >= np.log(1.15) - 1e-12 and 1 / 3 <= ratio <= 3


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout181, HELDOUT181_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout181, 1812000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout181(1812000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(x.t1 <= y.t0 for x, y in zip(run.lives, run.lives[1:]))


def test_a_message_covers_one_interval_unless_a_failed_call_was_carried():
    """Without carrying, each counted copy covers at most one interval (``P`` + 0.3 s); with it, a call that failed
    while reconnecting hands its flows to the next message, which then covers more (same runs as the path test)."""
    longer = 0
    for setting, seeds in (("short", HELDOUT181_SEEDS[:6]), ("long", HELDOUT181_SEEDS)):
        for run, h, spans, live, changes in _builds(setting, 6000, seeds):
            p = run.path
            span = (p.v - p.u).max()
            if not p.carry:
                assert span <= p.P + 0.3 + 1e-9, (run.n, span, p.P)
            elif p.counts["carried"]:
                assert span > p.P + 0.3
                longer += 1
    assert longer >= 2
