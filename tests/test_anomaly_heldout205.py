"""The two-hundred-and-fifth held-out trace family (an oyster grading model's images/s on 1, 2 or 4 nodes, each node's
reporter calling EventBridge ``PutEvents`` every 10-30 s, a rule routing the events to an SQS queue or a CloudWatch
Logs group, a monitor summing them per minute of the event's ``Time`` or of their receipt): generator checks only (no
detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and its listed changes; the path's distortions are checked over the runs already built (the "long" full set's and
the first 4 "short" ones at n=3000); the "short" row was measured on the full set, and is not re-measured here."""

import numpy as np
import pytest

import anomaly.heldout205 as h205
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout205 import HELDOUT205_SEEDS, heldout205_set, make_heldout205
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT205_SEEDS[:4]
SPANS = h205.SPANS

shared_builds = tc.shared_builds(h205)

_set, traces, _full_long = tc.cheap_sets(heldout205_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h205._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h205.K] - C[np.arange(n) * h205.K]) / h205.STEP


def test_seed_range_is_its_own():
    assert HELDOUT205_SEEDS == tuple(range(2052000, 2052012))
    assert not set(HELDOUT205_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("drop", 919, 919, 1140, 0.0921), Event("straggler", 1520, 1520, 1603, 0.1023),
                 Event("leak", 2608, 2826, 2941, 0.1604)]
PINNED_SUM = 2800348.973298739
PINNED_PAUSES = [(0, 9), (55, 60), (106, 112)]
PINNED_CHANGES = [1795, 1883, 2273]
LISTED_LONG = 22
CHANGES_LINE = "short 20, long 22"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout205, 2052000, 2052001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout205(2052000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout205(2052000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT205_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h205.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_paths_laws_all_occur():
    """Over the "long" full set's runs and the first 4 "short" runs at n=3000 (both memoised) every distortion of the
    path occurs (throttled calls, the SDK's and
    the reporter's retries, entries dropped, failed alone or stored twice, target outages with late, dead-lettered
    and dropped deliveries, deliveries made twice, archive replays, monitor restarts and reads made again, repeated
    ids dropped, copies read after their minute closed, copies in another minute than their interval's end, unread
    minutes, clock steps, intervals lost in a crash), and both settings of each switch of the monitor."""
    total, seen = {}, set()
    _full_long()
    for setting, n, seeds in (("short", N, SEEDS), ("long", 6000, HELDOUT205_SEEDS)):
        for run, h, spans, live, changes in _builds(setting, n, seeds):
            seen |= {("dedup", run.dedup), ("by_time", run.by_time), ("dlq", run.dlq), ("archive", run.archive)}
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h205.PATH_KEYS:
        assert total[k] > 0, k
    assert len(seen) == 8


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum of a minute's images (per s), stamped at the minute's end; a minute that read
    nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h205.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h205.TICK)), min(run.nt, int(b // h205.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h205.STEP), min(int(np.ceil(b / h205.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is the job's images (the path shifts, loses, repeats and replays events)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_follow_the_copies():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h205._reads(run, 2 * run.J), 2 * h)
        p = run.path
        assert len(p.ev) == p.copies.sum() and (p.m >= 0).all() and (p.m < N).all()
        if run.dedup:  # a repeated id is read once: only re-sends and replays (new ids) count twice
            assert p.copies.max() <= 1 + run.path.counts["stored_twice"] + run.path.counts["replays"]


def test_windows_episodes_and_the_reporters_events():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h205._inside(x, win).tolist() == [False, True, True, False, True, False]
    ep = h205._episodes(np.random.default_rng(1), 30 * h205.DAY, 3.0, 60, 1200)
    assert len(ep) > 30 and (ep[:, 1] > ep[:, 0]).all() and (ep[1:, 0] > ep[:-1, 1]).all()
    periods = set()
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert 10 <= run.P <= 30 and (p.te > p.ts).all()
        assert np.abs(p.time - p.te).max() < 60  # the node's clock: seconds off, not minutes
        periods.add(run.P in (10.0, 12.0, 15.0, 20.0, 30.0))
    assert periods == {True, False}


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "cpu_x": 1e6, "res_c": 1.5, "res_cpu": 1.2, "batch_g": 1.1}
    st = {"nodes": 1, "res": 0, "batch": 0}
    lv = h205._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h205._level(cfg, {**st, "res": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h205._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h205._level({**cfg, "cpu_x": 1.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu_x"] = 1.5
    for _ in range(20):
        new = h205._next_stage(rng, cfg, st, h205._level(cfg, st))
        ratio = h205._level(cfg, new) / h205._level(cfg, st)
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
    tc.check_event_weights(h205._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout205, HELDOUT205_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout205, 2052000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout205(2052000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
            assert len(run.lives) == len(run.life_nodes) and set(run.life_nodes) <= {1, 2, 4}
