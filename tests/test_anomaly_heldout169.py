"""The hundred-and-sixty-ninth held-out trace family (an ECG arrhythmia classifier's records/s, sent by each node's
reporter as persistent JMS messages to an ActiveMQ Artemis queue every 15-30 s and summed per minute of the message's
time by a monitor consuming with client acknowledgement): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout169 as h169
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout169 import HELDOUT169_SEEDS, heldout169_set, make_heldout169
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT169_SEEDS[:4]
SPANS = h169.SPANS

shared_builds = tc.shared_builds(h169)

_set, traces, _full_long = tc.cheap_sets(heldout169_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h169._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's records/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h169.K] - C[np.arange(n) * h169.K]) / h169.STEP


def _records(run, J) -> np.ndarray:
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(J)])
    g = np.arange(len(C)) * h169.TICK
    return (np.interp(p.te, g, C) - np.interp(p.ts, g, C)) * p.share


def test_seed_range_is_its_own():
    assert HELDOUT169_SEEDS == tuple(range(1692000, 1692012))
    assert not set(HELDOUT169_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("leak", 314, 714, 881, 0.1646), Event("drop", 1253, 1253, 1432, 0.1515),
                 Event("straggler", 2433, 2433, 2745, 0.1509)]
PINNED_SUM = 7076841.298850051
PINNED_PAUSES = [(0, 8), (60, 67), (122, 130)]
PINNED_CHANGES = [1024, 1527, 2001]
LISTED_LONG = 22
CHANGES_LINE = "short 16, long 22"
# the path's distortions seen over the first 6 seeds of both sets
ALWAYS_SEEN = ("messages", "blocked", "caught_up", "failed_full", "dropped_full", "blip_retries", "stored_twice",
               "deduplicated", "failovers", "failover_resent", "ack_lost_redelivered", "monitor_crashes",
               "redelivered_after_crash", "acked_unflushed_lost", "window_stuck", "skipped_redelivered",
               "late_dropped", "late_added", "crash_lost_intervals", "clock_steps", "moved_minute",
               "unread_minutes")


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout169, 1692000, 1692001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout169(1692000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout169(1692000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT169_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h169.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_blocks_fails_drops_repeats_and_moves():
    """Over both sets' first 6 runs every distortion of the path occurs (sends blocked, failed and dropped while
    the address is full, retries after blips and copies stored twice or deduplicated, failovers, redeliveries after
    lost acknowledgements and monitor crashes, acknowledged copies lost, copies stuck in a dead consumer's window,
    redelivered copies skipped, late copies dropped or added, intervals lost in a crash, clock steps, records moved
    to another minute, unread minutes), with every address-full policy and both stamps."""
    total, seen = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT169_SEEDS[:6]):
            p = run.path
            seen |= {p.policy, p.stamp, ("dedup", p.dedup), ("late_add", p.late_add)}
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert seen >= {"PAGE", "BLOCK", "FAIL", "DROP", "client", "broker", ("dedup", True), ("dedup", False),
                    ("late_add", True), ("late_add", False)}


def test_the_reporters_conserve_records_and_the_policies_lose_them():
    """The messages formed carry the job's records (less the intervals under way at crashes); under FAIL and DROP
    a message sent while the address is full is never counted; with duplicate detection the broker stores each
    message once."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT169_SEEDS[:6]):
            p = run.path
            rec = _records(run, run.J)
            assert (rec >= -1e-6).all()
            assert 0.97 < rec[p.exists].sum() / run.J.sum() <= 1 + 1e-9
            if p.policy in ("FAIL", "DROP"):
                assert not p.copies[h169._inside(p.te, p.full)].any()
            if p.dedup:
                assert len(np.unique(p.copy_msg)) == len(p.copy_msg)
            assert p.copies.max() <= (2 if p.dedup else 3)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's records/s of a minute of the messages' stamps, stamped at the minute's end; a minute
    that read nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h169.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h169.TICK)), min(run.nt, int(b // h169.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h169.STEP), min(int(np.ceil(b / h169.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_records_per_minute():
    """Away from pauses the reads' sum is the job's records (the path shifts, drops and repeats messages)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h169._reads(run, 2 * run.J), 2 * h)


def test_windows_running_maxima_and_the_reporters_messages():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h169._inside(x, win).tolist() == [False, True, True, False, True, False]
    w = h169._cummax_by(np.array([0, 0, 0, 1, 1]), np.array([3.0, 1.0, 5.0, 2.0, 1.0]))
    assert w.tolist() == [-np.inf, 3.0, 3.0, -np.inf, 2.0]
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert 15 <= p.P <= 30 and (p.te >= p.ts).all()
        assert all(b1 <= a2 for (a1, b1, _), (a2, b2, _) in zip(run.lives, run.lives[1:]))


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "hz_g": 2.0, "hz_c": 1.5, "model_c": 1.5, "aug_c": 1.2, "cpu": 1e9}
    st = {"nodes": 1, "hz500": False, "big": False, "aug": 0}
    lv = h169._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h169._level(cfg, {**st, "hz500": True}) == pytest.approx(lv / 2.0)
    assert h169._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h169._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h169._next_stage(rng, cfg, st, h169._level(cfg, st))
        ratio = h169._level(cfg, new) / h169._level(cfg, st)
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
    tc.check_event_weights(h169._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout169, HELDOUT169_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout169, 1692000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout169(1692000, n_events=9)


def test_pauses_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
