"""The hundred-and-ninth held-out trace family (an electricity-load and rooftop-solar forecasting transformer's
training windows/s, each rank's messages through an Apache RocketMQ topic to a consumer group that upserts each
minute's sum per consumer into MySQL, read once a minute by a Grafana MySQL query): generator checks only (no
detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's losses and duplicates (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout109 as h109
import tests.trace_checks as tc
from anomaly.heldout108 import HELDOUT108_SEEDS
from anomaly.heldout109 import HELDOUT109_SEEDS, heldout109_set, make_heldout109
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT109_SEEDS[:4]
PINNED_EVENTS = [Event("leak", 465, 790, 916, 0.342), Event("straggler", 1458, 1458, 1591, 0.1743),
                 Event("drop", 1856, 1856, 2156, 0.3132), Event("drop", 2597, 2597, 3000, 0.1698)]
PINNED_SUM = 6784717.585148038
PINNED_PAUSES = [(0, 10), (36, 39), (67, 71)]
PINNED_CHANGES = [1380, 2231]
SPANS = {"short": (2, 45), "long": (2, 100)}  # a relaunch's stop, queue and start-up, or a crash and its restart
LISTED_LONG = 9
CHANGES_LINE = "short 15, long 9"

shared_builds = tc.shared_builds(h109)

_set, traces, _full_long = tc.cheap_sets(heldout109_set, SEEDS, n=N)
PATH_KEYS = ("unlogged", "timeouts", "send_failed", "timeout_lost", "carried", "dup", "redelivered", "retried",
             "dlq", "memory_lost", "late", "overwritten", "read_failed", "consumer_crashes")


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h109._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's windows/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h109.K] - C[np.arange(n) * h109.K]) / h109.STEP


def test_seed_range_is_its_own():
    assert HELDOUT109_SEEDS == tuple(range(1092000, 1092012))
    assert not set(HELDOUT109_SEEDS) & set(HELDOUT108_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout109, 1092001, 1092002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout109(1092000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout109(1092000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT109_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h109.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_and_duplicates():
    """Over the long set's runs (built for the table): windows unlogged at a crash, sends that failed fast (retried
    on the other broker) or timed out (dropped, or carried into the next message: twice counted where the broker
    stored it after all), messages a crashed consumer consumed again, consume retries through the retry topic and
    dead letters, sums lost in a crashed consumer's memory, messages flushed after their minute's read (late), rows
    overwritten by a restarted consumer, failed reads."""
    total, seen = {}, set()
    for run, h, spans, live, changes in _builds("long", 6000, HELDOUT109_SEEDS):
        seen.add((run.path.carry, run.path.steps))
        for k, v in run.path.counts.items():
            total[k] = total.get(k, 0) + v
    for k in PATH_KEYS:
        assert total[k] > 0, k
    assert {c for c, s in seen} == {True, False} and {s for c, s in seen} == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is one minute's rows as the monitor's query read them; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h109.EPOCH + 60.0 * (np.arange(N) + 1))
        assert tc.paused_mask(t)[t.healthy <= 0].all()


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert len(t.pauses) >= 20 and t.pauses[0][0] == 0, t.seed
        tc.check_pause_spans(t, lo, hi, n=N, apart=True)


def test_nothing_is_trained_in_a_pause_and_its_points_are_paused():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b, kind in run.pauses_t:
                if kind == "ramp":
                    continue
                i0, i1 = int(np.ceil(a / h109.TICK)), min(run.nt, int(b // h109.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h109.STEP) + 1, min(int(b // h109.STEP), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "ramp", "valid"}


def test_the_query_reads_the_jobs_windows_per_minute():
    """Away from pauses a read is about the job's windows/s (lost, late and twice-counted messages aside), within
    5 % where no node's clock drifts."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.7 < ratio < 1.05 and (h >= 0).all()
            if not run.path.drift.any():
                assert ratio > 0.95, (setting, ratio)


def test_a_minute_is_read_after_its_rows_are_written():
    """Each counted copy is read in its message's minute (by its rank's clock), after the flush that wrote it, by
    a query that did not fail; it covers a stretch of one rank and carries that rank's share."""
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert p.k.min() >= 0 and p.k.max() < N and (p.t1 > p.t0).all() and (np.diff(p.k) >= 0).all()
        assert (p.t <= p.reads[p.k]).all() and not p.failed[p.k].any() and (p.g >= 0).all()
        assert (p.m > 0).all() and (p.m <= 1 / run.cfg["gpus"] + 1e-12).all()


def test_only_a_carrying_rank_counts_twice():
    """A rank that drops a failed send's windows never counts them twice."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT109_SEEDS[:6]):
            c = run.path.counts
            if not run.path.carry:
                assert c["carried"] == 0 and c["dup"] == 0
            assert c["dup"] <= c["carried"] and c["timeout_lost"] <= c["timeouts"] + c["send_failed"]


def test_episodes_allocation_and_the_defaults():
    """Renewal episodes lie in order; the averaging allocation; the tick grid and the clients' defaults."""
    rng = np.random.default_rng(0)
    ep = h109._episodes(rng, 1e6, (0, 10), (5, 20), (5, 30))
    assert ep and all(a < 1e6 and 300 <= b - a <= 1800 for a, b in ep)
    assert all(b1 <= a2 for (a1, b1), (a2, b2) in zip(ep, ep[1:]))
    assert list(h109._allocate(3, [True] * 3, [True] * 3)) == [0, 0, 0, 1, 1, 1, 2, 2, 0]
    assert list(h109._allocate(3, [True] * 3, [True, False, True])) == [0, 0, 0, -1, -1, -1, 2, 2, 0]
    assert h109.K == 12 and h109.TICK * h109.K == h109.STEP and h109.SEND_TIMEOUT == 3.0
    assert h109.SEND_TRIES == 3 and h109.MAX_RECONSUME == len(h109.RETRY_DELAYS) == 16


def test_stages_change_the_rate():
    cfg = {"gpus": 8, "gpu": 1000.0, "io": None, "eff": 0.9, "ctx": 2.0, "pv": 1.5, "pv_io": 2.0}
    st = {"ctx": 0, "pv": 0, "nodes": 1}
    assert h109._level(cfg, {**st, "ctx": 1}) == pytest.approx(h109._level(cfg, st) / 2)
    assert h109._level(cfg, {**st, "pv": 1}) == pytest.approx(h109._level(cfg, st) / 1.5)
    assert h109._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * h109._level(cfg, st))
    slow = {**cfg, "io": 8000.0}  # the loaders cut windows as fast as the GPUs train
    assert h109._level(slow, st) < 0.95 * h109._level(cfg, st)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h109._next_stage(rng, slow, st, h109._level(slow, st))
        ratio = h109._level(slow, new) / h109._level(slow, st)
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
    tc.check_event_weights(h109._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout109, HELDOUT109_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout109, 1092000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout109(1092000, n_events=9)
