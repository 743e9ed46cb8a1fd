"""The hundred-and-eightieth held-out trace family (a bird-sound classifier's clips/s, inserted by each node's reporter
as a RethinkDB document every 15-30 s and summed per minute by a monitor on the table's changefeed): generator checks
only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds at n=6000, no regressions; the "short" row was
measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout180 as h180
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout180 import HELDOUT180_SEEDS, heldout180_set, make_heldout180
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT180_SEEDS[:4]
SPANS = h180.SPANS

shared_builds = tc.shared_builds(h180)

_set, traces, _full_long = tc.cheap_sets(heldout180_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h180._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's clips/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h180.K] - C[np.arange(n) * h180.K]) / h180.STEP


def test_seed_range_is_its_own():
    assert HELDOUT180_SEEDS == tuple(range(1802000, 1802012))
    assert not set(HELDOUT180_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("leak", 328, 580, 674, 0.1008), Event("drop", 1099, 1099, 1591, 0.1815),
                 Event("straggler", 1669, 1669, 2028, 0.1865), Event("drop", 2367, 2367, 2941, 0.2698)]
PINNED_SUM = 3380423.4428915232
PINNED_PAUSES = [(0, 7), (75, 84), (134, 145)]
PINNED_CHANGES = [751]
LISTED_LONG = 21
CHANGES_LINE = "short 15, long 21"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout180, 1802000, 1802001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout180(1802000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout180(1802000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT180_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h180.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_refuses_loses_delays_and_repeats():
    """Over the "long" set and the first 6 "short" runs every distortion of the path occurs (inserts refused while
    the table is unavailable or a node's connection is down, outcomes unknown, documents stored but not
    acknowledged and duplicate-key answers, failovers and their hand-backs, rebalances, one-server restarts,
    monitor blips and feed breaks, changes lost in a gap, replayed after one and counted twice, stalls and queue
    overflows, copies too late for their minute, copies in another minute, unread minutes, clock steps, clips
    lost in a crash), and every mode of the reporters and the monitor."""
    total, modes = {}, set()
    runs = _builds("long", 6000, HELDOUT180_SEEDS) + _builds("short", 6000, HELDOUT180_SEEDS[:6])
    for run, h, spans, live, changes in runs:
        p = run.path
        modes |= {("cluster", p.cluster), ("carry", p.carry), ("server_ids", p.server_ids), ("by_doc", p.by_doc),
                  ("reread", p.reread), ("dedup", p.dedup), ("squash", p.squash > 0)}
        for k, v in p.counts.items():
            total[k] = total.get(k, 0) + v
    for k in h180.PATH_KEYS:
        assert total[k] > 0, k
    assert len(modes) == 14, modes


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the clips the monitor summed in a minute (per s), stamped at the minute's end; a minute that
    read nothing is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h180.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h180.TICK)), min(run.nt, int(b // h180.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h180.STEP), min(int(np.ceil(b / h180.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert "startup" in kinds and kinds & {"eval", "ckpt"}  # an evaluation merged with its checkpoint
            seen |= kinds
    assert seen >= {"eval", "ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_clips_per_minute():
    """Away from pauses the reads' sum is the job's clips (the path shifts, drops and repeats documents)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_document_counts_at_most_thrice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h180._reads(run, 2 * run.J), 2 * h)
        c = run.path.copies
        assert c.max() <= 3
        if run.path.dedup or not run.path.reread:
            assert c.max() == 1


def test_the_changefeed_is_not_resumable():
    """A plain reopen never delivers a document stored while the feed was down; a re-read delivers those at the
    reopen; by the time received no copy is late, by the document's time none arrives after its minute closed."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            p = run.path
            gap = h180._inside(p.stored, p.feed_down)
            if not p.reread:
                assert not gap.any()
            else:
                assert np.isin(p.delivered[gap], p.feed_down[:, 1] + 0.1).all()
            if p.by_doc:
                assert (p.delivered <= (p.minute + 1) * h180.STEP + p.grace).all()
            else:
                assert np.array_equal(p.minute, np.floor(p.delivered / h180.STEP).astype(int))


def test_the_unavailable_table_refuses_inserts():
    """While the table has no primary, the only documents stored are the inserts in flight when it went (one per
    node); with client ids no document is stored unacknowledged, with server ids no duplicate key answers."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            p = run.path
            for a, b in p.tab:
                inside = np.unique(p.sent[(p.sent >= a) & (p.sent < b)])
                assert len(inside) <= 4, (a, b)
            assert p.counts["stored_unacked"] == 0 if not p.server_ids else p.counts["dup_key_conflicts"] == 0


def test_windows_and_merges():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h180._inside(x, win).tolist() == [False, True, True, False, True, False]
    assert h180._merge([(5, 9), (1, 3), (2, 4)]).tolist() == [[1, 4], [5, 9]]
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert 15 <= p.P <= 30 and (np.diff(p.feed_down[:, 0]) > 0).all()
        assert (p.feed_down[:, 1] > p.feed_down[:, 0]).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "mel_c": 1.5, "aug_c": 1.4, "cpu": 1e9}
    st = {"nodes": 1, "mel": 0, "aug": 0}
    lv = h180._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h180._level(cfg, {**st, "mel": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h180._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h180._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h180._next_stage(rng, cfg, st, h180._level(cfg, st))
        ratio = h180._level(cfg, new) / h180._level(cfg, st)
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
    tc.check_event_weights(h180._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout180, HELDOUT180_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout180, 1802000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout180(1802000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
