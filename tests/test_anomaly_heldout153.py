"""The hundred-and-fifty-third held-out trace family (a wind-turbine drivetrain fault detector's spectra/s, a CoAP
resource observed by the site's monitor: notifications on every update or past a dead band, mostly
non-confirmable, lost in bursts, reordered, the observation re-registered when Max-Age runs out; one point a minute
from the notifications kept): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout153 as h153
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout153 import HELDOUT153_SEEDS, heldout153_set, make_heldout153
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT153_SEEDS[:4]
SPANS = h153.SPANS

shared_builds = tc.shared_builds(h153)

_set, traces, _full_long = tc.cheap_sets(heldout153_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h153._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's spectra/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h153.K] - C[np.arange(n) * h153.K]) / h153.K


def test_seed_range_is_its_own():
    assert HELDOUT153_SEEDS == tuple(range(1532000, 1532012))
    assert not set(HELDOUT153_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("straggler", 482, 482, 823, 0.1857), Event("leak", 1277, 1793, 2041, 0.2259),
                 Event("drop", 2475, 2475, 2943, 0.1353)]
PINNED_SUM = 2603137.6555616744
PINNED_PAUSES = [(0, 11), (21, 34), (64, 71)]
PINNED_CHANGES = [1035, 2395]
LISTED_LONG = 17
CHANGES_LINE = "short 18, long 17"
# the path's distortions seen over the first 6 seeds of both sets
ALWAYS_SEEN = h153.PATH_KEYS


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout153, 1532000, 1532001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout153(1532000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout153(1532000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT153_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h153.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_reorders_holds_and_reregisters():
    """Over both sets' first 6 runs every distortion of the path occurs (lost and delayed notifications, CON
    retransmissions, failures and duplicates, copies refused by the Observe order, registrations refused, timed out
    and replacing an old entry, minutes read from a held value and unread minutes, updates inside a dead band,
    states folded into a retransmission, processes ending unannounced), and every notification, message-type and
    monitor setting."""
    total, modes = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT153_SEEDS[:6]):
            p = run.path
            modes |= {("deadband", p.deadband), ("con_all", p.con_all), ("mean", p.mean_mode)}
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert modes == {(k, b) for k in ("deadband", "con_all", "mean") for b in (True, False)}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is what the monitor wrote for a minute, stamped at the minute's end; a minute that read nothing (0)
    is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h153.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h153.TICK)), min(run.nt, int(b // h153.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h153.STEP), min(int(np.ceil(b / h153.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_spectra_per_minute():
    """Away from pauses the reads' sum is the job's spectra (the path samples, holds and drops notifications)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.97 < ratio < 1.03 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h153._reads(run, 2 * run.J), 2 * h)


def test_a_kept_notification_is_read_only_within_its_max_age():
    """A minute reads the notifications kept in it, or the newest kept one not older than Max-Age; the kept ones
    come in order of receipt; a dead band holds one value over many minutes."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            p = run.path
            ends = 60.0 * (np.arange(N) + 1)
            assert (np.diff(p.acc_recv) >= 0).all() and (p.acc_tval <= p.acc_recv + 1e-9).all()
            held = p.held >= 0
            assert (ends[held] - p.acc_recv[p.held[held]] <= p.ma + 1e-9).all()
            assert (p.acc_recv[p.held[held]] <= ends[held]).all()
            assert ((p.hi == p.lo) | p.mean_mode).all()
            if p.deadband:
                assert p.counts["held_minutes"] > N // 5 and p.ma > p.pmax


def test_windows_and_the_loss_bursts():
    J = np.array([0.0, 10.0, 20.0, 0.0])
    assert h153._cum_at(J, [0.0, 5.0, 7.5, 20.0]).tolist() == [0.0, 0.0, 25.0, 150.0]
    assert h153._rate_at(J, 10.0, 10.0) == pytest.approx(5.0)
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert (np.diff(p.b_start) >= 0).all() and (p.b_end > p.b_start).all()
        for a, b, f in zip(p.b_start, p.b_end, p.b_loss):
            assert h153._lossp(p, 0.5 * (a + b)) in set(p.b_loss)
        assert h153._lossp(p, -1.0) == p.p0 and (p.life_up >= [a for a, b in run.lives]).all()


def test_stages_change_the_rate():
    cfg = {"cpu": 1000.0, "gpu": 1e9}
    st = {"cpu": 1.0, "gpu": 1.0, "workers": 0, "orders": 0, "env": 0}
    lv = h153._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h153._level(cfg, {**st, "cpu": 2.0}) == pytest.approx(lv / 2)
    assert h153._level({**cfg, "gpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["gpu"] = 1500.0
    for _ in range(20):
        new = h153._next_stage(rng, cfg, st, lv)
        ratio = h153._level(cfg, new) / h153._level(cfg, st)
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
    tc.check_event_weights(h153._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout153, HELDOUT153_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout153, 1532000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout153(1532000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
