"""The hundred-and-forty-sixth held-out trace family (a cattle-behaviour classifier's windows/s, reported by the
farm's training box as small LoRaWAN uplinks through The Things Stack, spaced by the fair-use airtime, lost, heard by
several gateways and deduplicated, cut off by gateway outages and reboots with rejoins, and held per minute of the
network server's receive time by a webhook-fed monitor): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and its changes, with the first 6 "short" and "long" healthy builds for the path's distortions (the "short" row was
measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout146 as h146
import tests.trace_checks as tc
from anomaly.heldout141 import HELDOUT141_SEEDS
from anomaly.heldout146 import HELDOUT146_SEEDS, heldout146_set, make_heldout146
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT146_SEEDS[:4]
SPANS = h146.SPANS

shared_builds = tc.shared_builds(h146)

_set, traces, _full_long = tc.cheap_sets(heldout146_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h146._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's windows/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h146.K] - C[np.arange(n) * h146.K]) / h146.STEP


def test_seed_range_is_its_own():
    assert HELDOUT146_SEEDS == tuple(range(1462000, 1462012))
    assert not set(HELDOUT146_SEEDS) & set(HELDOUT141_SEEDS)


PINNED_EVENTS = [Event("straggler", 809, 809, 919, 0.1454), Event("leak", 1065, 1366, 1519, 0.2538),
                 Event("drop", 2135, 2135, 2277, 0.3136), Event("straggler", 2734, 2734, 3000, 0.1427)]
PINNED_SUM = 6220300.013949778
PINNED_PAUSES = [(0, 15), (90, 97), (146, 156)]
PINNED_CHANGES = [1544]
LISTED_LONG = 7
CHANGES_LINE = "short 8, long 7"
# the path's distortions seen over the first 6 seeds of both sets
ALWAYS_SEEN = ("uplinks", "lost_radio", "lost_outage", "multi_gateway", "webhook_lost", "rejoins", "fcnt_dropped",
               "adr_changes", "outages", "stale_points", "unread_points")


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout146, 1462000, 1462001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout146(1462000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout146(1462000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT146_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h146.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_holds_and_drops():
    """Over both sets' first 6 runs every distortion of the path occurs (uplinks lost on the radio and in gateway
    outages, heard by several gateways, lost at the webhook, rejoins, uplinks dropped by a frame-counter guard, ADR
    changes, stale and unread points), and monitors with and without the guard."""
    total, dedup = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT146_SEEDS[:6]):
            dedup.add(run.path.dedup)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert dedup == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's held rate at a minute's end of receive time; a minute that holds nothing (0) is
    paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h146.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h146.TICK)), min(run.nt, int(b // h146.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h146.STEP), min(int(np.ceil(b / h146.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_windows_per_minute():
    """Away from pauses the reads' sum is the job's windows (the path delays, holds and loses uplinks)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_held_after_receipt():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h146._reads(run, 2 * run.J), 2 * h)
        p = run.path
        held = p.held[p.held >= 0]
        ends = (np.nonzero(p.held >= 0)[0] + 1) * h146.STEP
        assert (p.recv[held] <= ends).all() and (ends - p.recv[held] <= p.timeout).all()
        assert (p.recv[held] > p.ends[held]).all()  # received after it was sent (airtime, backhaul)
        assert (p.ends[held] - p.starts[held] > 0).all()


def test_airtime_and_the_fair_use_spacing():
    """A 17-byte PHY payload at 125 kHz: about 51 ms at SF7, doubling per step; 30 s a day gives SF7 one uplink about
    every 148 s."""
    at = [h146.airtime(sf) for sf in range(7, 13)]
    assert at[0] == pytest.approx(0.0515, abs=5e-4)
    assert all(1.6 < b / a < 2.2 for a, b in zip(at, at[1:]))
    assert h146.spacing(7, 1.0, 60.0) == pytest.approx(148, abs=2)
    assert h146.spacing(7, 1.0, 200.0) == 200.0
    assert all(h146.spacing(sf + 1, 0.9, 60) > h146.spacing(sf, 0.9, 60) for sf in range(7, 12))


def test_stages_change_the_rate():
    cfg = {"base": 1000.0, "win_c": 1.5, "wide_c": 2.0, "work_c": 1.4}
    st = {"win": 0, "wide": 0, "workers": 0}
    lv = h146._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h146._level(cfg, {**st, "win": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h146._level(cfg, {**st, "wide": 1}) == pytest.approx(lv / 2.0)
    assert h146._level(cfg, {**st, "workers": 1}) == pytest.approx(lv * 1.4)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h146._next_stage(rng, cfg, st, lv)
        ratio = h146._level(cfg, new) / lv
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
    tc.check_event_weights(h146._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout146, HELDOUT146_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout146, 1462000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout146(1462000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1) in run.lives[:1] for (a2, b2) in run.lives[1:2])
            assert all(b1 <= a2 for (a1, b1), (a2, b2) in zip(run.lives, run.lives[1:]))
