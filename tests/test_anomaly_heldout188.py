"""The hundred-and-eighty-eighth held-out trace family (a vineyard yield model's images/s, logged by each node's
reporter as a Serilog event every 10-30 s, shipped by the Seq sink (batching or durable, with its backoff) and summed
per minute of ``@t`` or of Seq's arrival time by a monitor's query): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout188 as h188
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout188 import HELDOUT188_SEEDS, heldout188_set, make_heldout188
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT188_SEEDS[:4]
SPANS = h188.SPANS

shared_builds = tc.shared_builds(h188)

_set, traces, _full_long = tc.cheap_sets(heldout188_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h188._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h188.K] - C[np.arange(n) * h188.K]) / h188.STEP


def test_seed_range_is_its_own():
    assert HELDOUT188_SEEDS == tuple(range(1882000, 1882012))
    assert not set(HELDOUT188_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("leak", 444, 912, 1141, 0.1434), Event("drop", 1256, 1256, 1441, 0.1623),
                 Event("straggler", 2612, 2612, 2698, 0.2687)]
PINNED_SUM = 1024901.3157349951
PINNED_PAUSES = [(0, 9), (61, 68), (161, 167)]
PINNED_CHANGES = []
LISTED_LONG = 18
CHANGES_LINE = "short 13, long 18"
# the path's distortions seen over the first 6 seeds of both sets (a durable replay and a stop while Seq was down
# occurred in neither full set: the docstring says so)
ALWAYS_SEEN = tuple(k for k in h188.PATH_KEYS if k not in ("durable_replayed", "dropped_at_stop"))


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout188, 1882000, 1882001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout188(1882000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout188(1882000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT188_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h188.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_paths_distortions_occur():
    """Over both sets' first 6 runs: Seq restarts, an upgrade and disk pressure, failed posts, late deliveries and the
    batching sink's drops, events lost in a crash, a raised API-key level, copies too late for their query, failed
    queries, unread minutes, node clock steps and events read in another minute; both sinks and both time axes."""
    total, durable, by_arrival = {}, set(), set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT188_SEEDS[:6]):
            durable.add(run.path.durable)
            by_arrival.add(run.path.by_arrival)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert durable == {True, False} and by_arrival == {True, False}


def test_the_batching_sink_drops_and_the_durable_sink_keeps():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT188_SEEDS[:6]):
            c = run.path.counts
            if run.path.durable:
                assert c["dropped_backoff"] == c["lost_in_crash"] == c["dropped_at_stop"] == 0
            else:
                assert c["durable_replayed"] == 0


def test_the_backoff_schedule():
    """Serilog's batching sink: 2 s after the first failure, then 5 s * 2 ** (k - 1) capped at 10 min."""
    assert h188._BACKOFF[:10].tolist() == [0, 2, 12, 32, 72, 152, 312, 632, 1232, 1832]
    assert h188._DROP_FROM == 8


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the images a minute's query read / 60, stamped at the minute's end; a minute read as 0 is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h188.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h188.TICK)), min(run.nt, int(b // h188.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h188.STEP), min(int(np.ceil(b / h188.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is the job's images (the path delays, drops and repeats events)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.97 < ratio < 1.03 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_an_event_counts_at_most_twice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h188._reads(run, 2 * run.J), 2 * h)
        c = run.path.copies
        assert c.max() <= (2 if run.path.durable else 1)
        p = run.path
        assert 10 <= p.P <= 30 and 10 <= p.lag <= 45 and (p.ev_t1 >= p.ev_t0).all()


def test_windows_and_cumulative_images():
    win = [(10.0, 20.0), (50.0, 80.0)]
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h188._inside(x, win).tolist() == [False, True, True, False, True, False]
    J = np.array([5.0, 10.0, 0.0])
    assert h188._cum_at(J, np.array([0.0, 2.5, 5.0, 7.5, 15.0, 99.0])).tolist() == [0, 2.5, 5, 10, 15, 15]


def test_stages_change_the_rate():
    cfg = {"gpus": 4, "gpu": 50.0, "eff": 0.9, "res_c": 1.5, "head_c": 1.2, "aug_c": 1.4, "cpu": 1e9}
    st = {"nodes": 1, "res": 0, "head": 0, "aug": 0}
    lv = h188._level(cfg, st)
    assert lv == pytest.approx(200 * 0.9 ** 2)
    assert h188._level(cfg, {**st, "res": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h188._level({**cfg, "cpu": lv}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 300.0
    for _ in range(20):
        new = h188._next_stage(rng, cfg, st, h188._level(cfg, st))
        ratio = h188._level(cfg, new) / h188._level(cfg, st)
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
    tc.check_event_weights(h188._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout188, HELDOUT188_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout188, 1882000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout188(1882000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
