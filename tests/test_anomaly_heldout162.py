"""The hundred-and-sixty-second held-out trace family (a malaria-parasite detector's fields/s, posted by a script on
each training node to a Discord channel through one incoming webhook every 30-60 s, and summed per minute by a bot that
reads the channel once a minute): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout162 as h162
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout162 import HELDOUT162_SEEDS, heldout162_set, make_heldout162
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT162_SEEDS[:4]
SPANS = h162.SPANS

shared_builds = tc.shared_builds(h162)

_set, traces, _full_long = tc.cheap_sets(heldout162_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h162._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's fields/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h162.K] - C[np.arange(n) * h162.K]) / h162.STEP


def test_seed_range_is_its_own():
    assert HELDOUT162_SEEDS == tuple(range(1622000, 1622012))
    assert not set(HELDOUT162_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("straggler", 816, 816, 916, 0.1255), Event("straggler", 1270, 1270, 1591, 0.2635),
                 Event("drop", 2093, 2093, 2306, 0.1383), Event("straggler", 2566, 2566, 3000, 0.2551)]
PINNED_SUM = 418749.225956236
PINNED_PAUSES = [(0, 11), (15, 17), (84, 93)]
PINNED_CHANGES = [647, 776, 1980]
LISTED_LONG = 18
CHANGES_LINE = "short 21, long 18"
# the path's distortions seen over the first 6 seeds of both sets
ALWAYS_SEEN = ("r429", "retries", "given_up", "carried", "lost_messages", "outage_fails", "ban_fails", "bans", "dups",
               "fault_lost", "bot_downs", "late_dropped", "late_moved", "unread", "other_minute")


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout162, 1622000, 1622001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout162(1622000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout162(1622000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT162_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h162.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_paths_distortions_occur():
    """Over both sets' first 6 runs every distortion of the path occurs (429s and retries, posts given up with the
    count carried or lost, refusals in Discord outages and in a ban, POSTs stored twice, intervals lost in a node
    fault, bot downtimes, late copies dropped or moved to the open minute, unread minutes, messages whose text minute
    is not their snowflake minute), and each of the script's and the bot's modes."""
    total, modes = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT162_SEEDS[:6]):
            p = run.path
            modes |= {("carry", p.carry), ("honour", p.honour), ("text", p.by_text), ("drop", p.late_drop)}
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert len(modes) == 8


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the bot's sum of a minute's fields over 60 s, stamped at the minute's end; a minute that read
    nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h162.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h162.TICK)), min(run.nt, int(b // h162.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h162.STEP), min(int(np.ceil(b / h162.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_fields_per_minute():
    """Away from pauses the reads' sum is the job's fields (the path moves, drops and repeats messages)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_message_is_one_nodes_interval():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h162._reads(run, 2 * run.J), 2 * h)
        p = run.path
        assert (p.b >= p.a).all() and (np.diff(p.created) >= 0).all()
        assert (p.created >= p.b).all() and set(np.unique(p.node)) <= set(range(run.max_nodes))
        assert np.allclose(run.share.sum(axis=0), 1.0)  # the nodes' shares of the job's fields


def test_windows():
    win = ([10.0, 50.0], [20.0, 80.0])
    assert [h162._inside(win, x) for x in (5.0, 10.0, 15.0, 20.0, 60.0, 90.0)] == [-1, 0, 0, -1, 1, -1]
    rng = np.random.default_rng(0)
    w = h162._windows(rng, 40 * h162.DAY, 2.0, 60, 600)
    assert all(a < b <= a2 for (a, b), (a2, b2) in zip(w, w[1:])) and 40 <= len(w) <= 130


def test_stages_change_the_rate():
    cfg = {"gpu": 100.0, "cpu": 1e9, "eff": 0.9, "res_c": 1.5, "aug_c": 1.4}
    st = {"nodes": 1, "res": 0, "aug": 0}
    lv = h162._level(cfg, st)
    assert lv == pytest.approx(100.0)
    assert h162._level(cfg, {**st, "res": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h162._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h162._level({**cfg, "cpu": 100.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 150.0
    for _ in range(20):
        new = h162._next_stage(rng, cfg, st, h162._level(cfg, st))
        ratio = h162._level(cfg, new) / h162._level(cfg, st)
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
    tc.check_event_weights(h162._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout162, HELDOUT162_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout162, 1622000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout162(1622000, n_events=9)


def test_pauses_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
