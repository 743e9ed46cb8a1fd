"""The two-hundred-and-second held-out trace family (a railway pantograph and catenary inspection model's images/s,
put by each node's reporter through a Zenoh client session, stored by the router's storage manager and summed per
minute by a monitor's time-range gets): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (its 12 memoised runs; the "short" row was measured on the full set, and is not re-measured
here). The path's laws one by one (congestion control, reliability, the reporter's re-sends, the storage's backend and
history, the monitor's binning) are checked on those same runs, not on others."""

import numpy as np
import pytest

import anomaly.heldout202 as h202
import tests.trace_checks as tc
from anomaly.heldout201 import HELDOUT201_SEEDS
from anomaly.heldout202 import HELDOUT202_SEEDS, heldout202_set, make_heldout202
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT202_SEEDS[:4]
SPANS = h202.SPANS

shared_builds = tc.shared_builds(h202)

_set, traces, _full_long = tc.cheap_sets(heldout202_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h202._build(seed, n, setting) for seed in seeds]


def _long_builds() -> list:
    _full_long()  # the runs the full "long" set built (memoised)
    return _builds("long", 6000, HELDOUT202_SEEDS)


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h202.K] - C[np.arange(n) * h202.K]) / h202.STEP


def test_seed_range_is_its_own():
    assert HELDOUT202_SEEDS == tuple(range(2022000, 2022012))
    assert not set(HELDOUT202_SEEDS) & set(HELDOUT201_SEEDS)


PINNED_EVENTS = [Event("drop", 768, 768, 1134, 0.289), Event("leak", 1289, 1691, 1826, 0.1861),
                 Event("straggler", 2500, 2500, 3000, 0.2603)]
PINNED_SUM = 1167451.072952634
PINNED_PAUSES = [(0, 15), (54, 63), (106, 113)]
PINNED_CHANGES = [1878]
LISTED_LONG = 15
CHANGES_LINE = "short 11, long 15"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout202, 2022000, 2022001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout202(2022000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout202(2022000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT202_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h202.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_doubles_and_rebins():
    """Over the full "long" set's runs every distortion of the path occurs (puts dropped or delayed under congestion,
    best-effort losses, puts lost while the session is disconnected, re-sent and doubled puts, router restarts and
    link drops, values wiped from a memory storage, failed gets, values no get read, late values re-binned or dropped,
    values in another minute than their interval's end, puts lost in a crash, a node's clock off), and both congestion
    controls, both backends, both binnings and a latest-value view."""
    total, seen = {}, set()
    for run, h, spans, live, changes in _long_builds():
        p = run.path
        seen |= {p.cc, p.backend, ("reporter" if p.by_reporter else "storage"), ("latest" if p.latest else "all")}
        for k, v in p.counts.items():
            total[k] = total.get(k, 0) + v
    for k in h202.PATH_KEYS:
        assert total[k] > 0, k
    assert seen == {"drop", "block", "memory", "rocksdb", "reporter", "storage", "latest", "all"}


def test_each_path_law_acts_only_where_its_setting_is():
    """Per run (the full "long" set's): congestion drops only with ``drop``, delays only with ``block``; best-effort
    losses only when unreliable; re-sends only from a reporter that carries its backlog; wipes only in a memory
    storage; a latest-value view leaves most values unread."""
    for run, h, spans, live, changes in _long_builds():
        p, c = run.path, run.path.counts
        assert c["cc_dropped"] == 0 if p.cc == "block" else c["cc_delayed"] == 0
        assert not p.reliable or c["be_lost"] == 0
        assert p.carry or c["resent"] == c["doubled"] == 0
        assert p.backend == "memory" or c["wiped"] == 0
        assert (c["unread"] > 0.3 * c["puts"]) == p.latest, run.path.counts


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum of a minute's images per second, stamped at the minute's end; a minute that read
    nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h202.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h202.TICK)), min(run.nt, int(b // h202.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h202.STEP), min(int(np.ceil(b / h202.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is the job's images (the path shifts, drops and doubles puts), except in a
    latest-value view, which reads one value per key and get (a share of them)."""
    for run, h, spans, live, changes in _long_builds():
        ratio = h[live].sum() / _true(run, 6000)[live].sum()
        assert (h >= 0).all() and (0.1 < ratio < 0.7 if run.path.latest else 0.95 < ratio < 1.05), ratio


def test_the_reads_are_linear_and_a_copy_counts_once():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h202._reads(run, 2 * run.J), 2 * h)
        p = run.path
        assert (p.i1 >= p.i0).all() and (p.w > 0).all() and (p.w <= 1).all()
        assert ((p.pt >= 0) & (p.pt < N)).all()


def test_windows_and_the_reporters_puts():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h202._inside(x, win).tolist() == [False, True, True, False, True, False]
    assert h202._merge(np.array([[50.0, 60.0], [10.0, 20.0], [15.0, 30.0]])).tolist() == [[10, 30], [50, 60]]
    for run, h, spans, live, changes in _builds("short"):
        assert 10 <= run.path.P <= 30


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "cpu_x": 1e6, "eff": 0.9, "crop_c": 1.5}
    st = {"nodes": 1, "crop": 0}
    lv = h202._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h202._level(cfg, {**st, "crop": 1}) == pytest.approx(lv / 1.5)
    assert h202._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h202._level({**cfg, "cpu_x": 1.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu_x"] = 1.5
    for _ in range(20):
        new = h202._next_stage(rng, cfg, st, h202._level(cfg, st))
        ratio = h202._level(cfg, new) / h202._level(cfg, st)
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
            assert len(changes) <= len(run.known_t) == run.counts["relaunches"]


def test_weights():
    tc.check_event_weights(h202._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout202, HELDOUT202_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout202, 2022000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout202(2022000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
