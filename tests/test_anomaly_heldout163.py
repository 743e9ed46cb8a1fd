"""The hundred-and-sixty-third held-out trace family (a text-to-SQL model's fine-tuning examples/s, added by each
node's reporter to a per-minute counter in the Firebase Realtime Database every 20-40 s, summed per minute key by a
monitor listening to the job's path): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout163 as h163
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout163 import HELDOUT163_SEEDS, heldout163_set, make_heldout163
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT163_SEEDS[:4]
SPANS = h163.SPANS

shared_builds = tc.shared_builds(h163)

_set, traces, _full_long = tc.cheap_sets(heldout163_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h163._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's examples/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h163.K] - C[np.arange(n) * h163.K]) / h163.STEP


def test_seed_range_is_its_own():
    assert HELDOUT163_SEEDS == tuple(range(1632000, 1632012))
    assert not set(HELDOUT163_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("drop", 734, 734, 916, 0.3), Event("drop", 1479, 1479, 1591, 0.1702),
                 Event("straggler", 1667, 1667, 1876, 0.1889), Event("leak", 2417, 2795, 3000, 0.1619)]
PINNED_SUM = 147633.38556882212
PINNED_PAUSES = [(0, 13), (81, 88), (161, 170)]
PINNED_CHANGES = [1293, 2059, 2251]
LISTED_LONG = 16
CHANGES_LINE = "short 17, long 16"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout163, 1632000, 1632001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout163(1632000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout163(1632000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT163_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h163.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_paths_distortions_all_occur():
    """Over both sets' first 6 runs every distortion of the path occurs (refusals in an outage and in a node's
    network blip, back-off retries, counts carried to a later write, conditional writes that lost to another node,
    increments applied twice, writes queued offline, transactions aborted on a disconnect and counts lost with them,
    the examples a crashed process had not written, copies arriving after their minute closed, minutes closed while
    the stream was down, copies in another minute than their examples' end, stream breaks, hourly auth_revoked,
    rules deploys' cancel, a stuck listener, outages, the plan's connection limit refusing writes and reconnects,
    unread minutes), every reporter and both monitors; a node clock's steps (30 % of the REST reporters' runs) in a
    "short" run of the full set."""
    total, modes, patient = {}, set(), set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT163_SEEDS[:6]):
            modes.add(run.path.mode)
            patient.add(run.path.patient)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h163.PATH_KEYS:
        if k != "clock_steps":
            assert total[k] > 0, k
    assert modes == {"rest_tx", "sdk_inc", "sdk_tx"} and patient == {True, False}
    assert h163._build(1632009, 6000, "short")[0].path.counts["clock_steps"] > 0


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum of a minute key's counters, stamped at the minute's end; a minute that read
    nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h163.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h163.TICK)), min(run.nt, int(b // h163.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h163.STEP), min(int(np.ceil(b / h163.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval", "ckpt"}
            seen |= kinds
    assert seen >= {"crash", "relaunch"}


def test_the_reads_are_about_the_jobs_examples_per_minute():
    """Away from pauses the reads' sum is the job's examples (the path shifts, delays, loses and repeats counts)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.97 < ratio < 1.03 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_the_copies_hold_the_examples():
    """The reads are linear in the examples; the copies that reached the database hold each written example once,
    or twice where one was applied twice, less what a crash or an aborted transaction lost."""
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h163._reads(run, 2 * run.J), 2 * h)
        p = run.path
        C = np.concatenate([[0.0], np.cumsum(run.J)])
        held = ((C[p.i1] - C[p.i0]) / p.nodes).sum() / run.J.sum()
        assert 0.97 < held < 1.03, held
        assert (p.i1 >= p.i0).all() and (p.land > 0).all()


def test_late_copies_arrived_after_their_minute_closed_and_a_patient_monitor_waits():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            p = run.path
            inside = (p.key >= 0) & (p.key < N)
            assert (p.arrive[inside & ~p.counted] > p.close[p.key[inside & ~p.counted]]).all()
            assert (p.arrive[p.counted] <= p.close[p.key[p.counted]]).all()
            assert (p.arrive >= p.land).all()
            if p.patient:
                assert p.counts["partial_close"] == 0


def test_windows_and_episodes():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h163._inside(x, win).tolist() == [False, True, True, False, True, False]
    assert np.array_equal(h163._end_of(x, win), [np.nan, 20.0, 20.0, np.nan, 80.0, np.nan], equal_nan=True)
    assert h163._merge([(5.0, 8.0), (1.0, 6.0), (9.0, 10.0)]).tolist() == [[1.0, 8.0], [9.0, 10.0]]
    ep = h163._episodes(np.random.default_rng(0), 10 * h163.DAY, 5.0, 1.0, 60.0)
    assert len(ep) > 20 and (ep[1:, 0] > ep[:-1, 1]).all() and (ep[:, 1] > ep[:, 0]).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 100.0, "eff": 0.9, "ctx_c": 1.5, "schema_c": 1.4, "cpu": 1e9}
    st = {"nodes": 1, "ctx": 0, "schema": 0}
    lv = h163._level(cfg, st)
    assert lv == pytest.approx(100.0)
    assert h163._level(cfg, {**st, "ctx": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h163._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h163._level({**cfg, "cpu": 100.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 150.0
    for _ in range(20):
        new = h163._next_stage(rng, cfg, st, h163._level(cfg, st))
        ratio = h163._level(cfg, new) / h163._level(cfg, st)
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
    tc.check_event_weights(h163._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout163, HELDOUT163_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout163, 1632000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout163(1632000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
