"""The hundred-and-fiftieth held-out trace family (an avalanche-danger forecaster's samples/s, published by its
notifier to an ntfy topic every 15-30 s, 429s retried, and averaged per minute of the server's message time by a
monitor on the topic's JSON stream that reconnects with ``since=``): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout150 as h150
import tests.trace_checks as tc
from anomaly.heldout141 import HELDOUT141_SEEDS
from anomaly.heldout150 import HELDOUT150_SEEDS, heldout150_set, make_heldout150
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT150_SEEDS[:4]
SPANS = h150.SPANS

shared_builds = tc.shared_builds(h150)

_set, traces, _full_long = tc.cheap_sets(heldout150_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h150._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's samples/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h150.K] - C[np.arange(n) * h150.K]) / h150.STEP


def test_seed_range_is_its_own():
    assert HELDOUT150_SEEDS == tuple(range(1502000, 1502012))
    assert not set(HELDOUT150_SEEDS) & set(HELDOUT141_SEEDS)


PINNED_EVENTS = [Event("straggler", 447, 447, 822, 0.2865), Event("drop", 1075, 1075, 1418, 0.1626),
                 Event("leak", 1704, 1982, 2068, 0.2168), Event("straggler", 2775, 2775, 3000, 0.1363)]
PINNED_SUM = 4099279.3984007607
PINNED_PAUSES = [(0, 7), (69, 75), (148, 155)]
PINNED_CHANGES = []
LISTED_LONG = 10
CHANGES_LINE = "short 11, long 10"
# the path's distortions seen over the first 6 seeds of both sets
ALWAYS_SEEN = h150.PATH_KEYS


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout150, 1502000, 1502001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout150(1502000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout150(1502000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT150_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h150.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_refuses_delays_loses_and_repeats():
    """Over both sets' first 6 runs every distortion of the path occurs (429s and refusals while the server is down,
    retries and dropped messages, POSTs stored twice, server restarts and stream blips, replays after a stale
    ``since=`` id and copies counted twice, messages missed after a restart, copies arriving after their minute
    closed, messages moved to another minute, unread minutes, node clock steps, intervals lost in a crash), and
    both dedup settings."""
    total, dedup = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT150_SEEDS[:6]):
            dedup.add(run.path.dedup)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert dedup == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's mean rate of a server-time minute's messages, stamped at the minute's end; a minute
    that read nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h150.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h150.TICK)), min(run.nt, int(b // h150.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h150.STEP), min(int(np.ceil(b / h150.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_samples_per_minute():
    """Away from pauses the reads' sum is the job's samples (the path shifts, drops and repeats messages)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_message_counts_at_most_twice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h150._reads(run, 2 * run.J), 2 * h)
        c = run.path.copies
        assert set(np.unique(c)) <= {0, 1, 2}
        assert c.max() <= (1 if run.path.dedup else 2)


def test_windows_and_the_notifiers_messages():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h150._inside(x, win).tolist() == [False, True, True, False, True, False]
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert 15 <= p.P <= 30 and (p.te > p.ts).all() and (p.dm >= 1).all()
        assert (np.diff(p.down[:, 0]) >= 0).all() and (p.down[:, 1] > p.down[:, 0]).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "ctx_c": 1.5, "trees_c": 1.4, "cpu": 1e9}
    st = {"gpus": 1, "ctx": 0, "trees": 0}
    lv = h150._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h150._level(cfg, {**st, "ctx": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h150._level(cfg, {**st, "gpus": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h150._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h150._next_stage(rng, cfg, st, h150._level(cfg, st))
        ratio = h150._level(cfg, new) / h150._level(cfg, st)
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
    tc.check_event_weights(h150._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout150, HELDOUT150_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout150, 1502000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout150(1502000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
