"""The hundred-and-seventy-eighth held-out trace family (an optical music recognition model's crops/s, each node's
reporter inserting a row every 10-30 s through a Hasura GraphQL mutation into Postgres, a monitor summing the rows per
minute from a Hasura streaming subscription with a cursor): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout178 as h178
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout178 import HELDOUT178_SEEDS, heldout178_set, make_heldout178
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT178_SEEDS[:4]
SPANS = h178.SPANS

shared_builds = tc.shared_builds(h178)

_set, traces, _full_long = tc.cheap_sets(heldout178_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h178._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's crops/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h178.K] - C[np.arange(n) * h178.K]) / h178.STEP


def test_seed_range_is_its_own():
    assert HELDOUT178_SEEDS == tuple(range(1782000, 1782012))
    assert not set(HELDOUT178_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("drop", 1026, 1026, 1141, 0.2665), Event("straggler", 1670, 1670, 1854, 0.1539),
                 Event("straggler", 2803, 2803, 2941, 0.1902)]
PINNED_SUM = 2098923.272806788
PINNED_PAUSES = [(0, 12), (64, 70), (108, 115)]
PINNED_CHANGES = [626, 955, 1632]
LISTED_LONG = 16
CHANGES_LINE = "short 21, long 16"
# the path's distortions seen over the first 6 seeds of both sets
ALWAYS_SEEN = h178.PATH_KEYS


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout178, 1782000, 1782001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout178(1782000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout178(1782000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT178_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h178.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=4)


def test_the_full_sets_path_refuses_retries_skips_repeats_and_delays():
    """Over both sets' first 6 runs every distortion of the path occurs (mutations refused while the engine or
    Postgres is down and on pool timeouts, retried, dropped or carried into the next row; rows stored twice, or
    refused by the unique constraint; engine restarts, failovers and websocket blips, streams left idle; rows the
    cursor skipped, rows behind a reconnect's new cursor, rows after their minute closed or in another minute, a
    backlog drained by the batch size; unread minutes, node clock steps, intervals lost in a crash), and each of
    the monitors' settings (cursor column, binning time, resume, constraint, carry, idle stream)."""
    total, modes = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT178_SEEDS[:6]):
            p = run.path
            modes |= {("cursor", p.cursor), ("key", p.key), ("resume", p.resume), ("unique", p.unique),
                      ("carry", p.carry), ("idle", p.idle)}
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert len(modes) == 12


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is a minute's summed crops per second, stamped at the minute's end; a minute that read nothing is
    paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h178.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h178.TICK)), min(run.nt, int(b // h178.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h178.STEP), min(int(np.ceil(b / h178.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_crops_per_minute():
    """Away from pauses the reads' sum is the job's crops (the path shifts, skips and repeats rows)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h178._reads(run, 2 * run.J), 2 * h)
        p = run.path
        assert (p.b >= p.a).all() and len(p.minute) <= p.rows and 10 <= p.P <= 30


def test_the_cursor_skips_rows_committed_behind_it_and_windows():
    # cursor values 1, 2, 3; row 1 commits late (seen by the poll at 5 s), rows 2 and 3 by the poll at 3 s
    assert h178._cursor_seen(np.array([1.0, 2.0, 3.0]), np.array([5.0, 3.0, 3.0])).tolist() == [False, True, True]
    assert h178._cursor_seen(np.array([3.0, 1.0, 2.0]), np.array([4.0, 2.0, 4.0])).tolist() == [True, True, True]
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h178._inside(x, win).tolist() == [False, True, True, False, True, False]
    assert h178._window_end(x, win).tolist() == [5.0, 20.0, 20.0, 20.0, 80.0, 90.0]


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "seq_c": 1.5, "res_c": 1.3, "synth_c": 1.4, "cpu": 1e9}
    st = {"nodes": 1, "seq": 0, "res": 0, "synth": 0}
    lv = h178._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h178._level(cfg, {**st, "seq": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h178._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 3 * lv)
    assert h178._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h178._next_stage(rng, cfg, st, h178._level(cfg, st))
        ratio = h178._level(cfg, new) / h178._level(cfg, st)
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
    tc.check_event_weights(h178._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout178, HELDOUT178_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout178, 1782000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout178(1782000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
