"""The hundred-and-sixty-seventh held-out trace family (a spoken-language identification model's clips/s, each node's
bot sending its clips since its last message every 30-60 s to an XMPP multi-user chat room, and a monitor bot in the
room summing clips per minute of arrival or of the message's time): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (counted on the 12 healthy builds of each setting, no regressions: a build takes about
0.05 s; the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout167 as h167
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout167 import HELDOUT167_SEEDS, heldout167_set, make_heldout167
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT167_SEEDS[:4]
SPANS = h167.SPANS

shared_builds = tc.shared_builds(h167)

_set, traces, _full_long = tc.cheap_sets(heldout167_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h167._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's clips/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h167.K] - C[np.arange(n) * h167.K]) / h167.STEP


def test_seed_range_is_its_own():
    assert HELDOUT167_SEEDS == tuple(range(1672000, 1672012))
    assert not set(HELDOUT167_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("straggler", 457, 457, 592, 0.1478), Event("drop", 1464, 1464, 1591, 0.2545),
                 Event("leak", 1706, 2087, 2266, 0.1707), Event("leak", 2389, 2782, 2941, 0.1454)]
PINNED_SUM = 4448460.107130367
PINNED_PAUSES = [(0, 9), (77, 81), (117, 125)]
PINNED_CHANGES = [1060, 1239, 1361]
LISTED_LONG = 20
CHANGES_LINE = "short 19, long 20"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout167, 1672000, 1672001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout167(1672000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout167(1672000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT167_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h167.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=4)


def test_the_full_sets_path_delays_loses_and_repeats():
    """Over both sets' runs (healthy builds) every distortion of the path occurs (server restarts, the bots' and the
    monitor's lost connections, stanzas resent on a resumed XEP-0198 stream, an unacked stanza resent after a failed
    resumption, duplicates dropped by id, queued messages resent, lost or refused as not from an occupant after a
    restart, the monitor's queue delivered late, gaps lost, history replayed and counted twice, gaps filled from MAM,
    copies late for their minute, messages held behind an evaluation report by the shaper, intervals lost in a crash,
    copies counted in another minute, unread minutes, clock steps), with both binnings and the three rejoin policies."""
    total, modes, policies = {}, set(), set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT167_SEEDS):
            modes.add(run.path.mode)
            policies.add(run.path.policy)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h167.PATH_KEYS:
        assert total[k] > 0, k
    assert modes == {"arrival", "stamp"} and policies == {"history", "ignore", "mam"}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum of a minute's clips (per second), stamped at the minute's end; a minute that read
    nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h167.EPOCH + 60.0 * (np.arange(N) + 1))
        assert tc.paused_mask(t)[t.healthy <= 0].all()


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert len(t.pauses) >= 15 and t.pauses[0][0] == 0, t.seed
        tc.check_pause_spans(t, lo, hi, n=N, apart=True)
    if setting == "long":
        assert any(e - s > 60 for t in ts for s, e in t.pauses)


def test_nothing_is_trained_in_a_pause_and_its_points_are_paused():
    seen = set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b, kind in run.pauses_t:
                i0, i1 = int(np.ceil(a / h167.TICK)), min(run.nt, int(b // h167.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h167.STEP), min(int(np.ceil(b / h167.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval", "ckpt"}
            seen |= kinds
    assert seen >= {"crash", "relaunch"}


def test_the_reads_are_about_the_jobs_clips_per_minute():
    """Away from pauses the reads' sum is the job's clips (the path shifts, drops and repeats messages)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_the_policies_copies():
    """Linear in the clips; a message is counted at most once where the monitor reads MAM and drops repeated ids,
    at most twice where it skips delayed messages (an unacked stanza resent), up to three times where it counts the
    room's history (resent, then replayed)."""
    most = {"mam": 1, "ignore": 2, "history": 3}
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            assert np.allclose(h167._reads(run, 2 * run.J), 2 * h)
            assert run.path.copies.max() <= most[run.path.policy]


def test_a_minute_sums_whole_messages():
    """A steady stretch's minutes hold whole messages of 30-60 s: one node's minute sums swing with their count."""
    swings = []
    for run, h, spans, live, changes in _builds("short", 6000, HELDOUT167_SEEDS[:6]):
        p = run.path
        assert 30 <= p.P <= 60 and (p.c1 > p.c0).all() and set(np.unique(p.nn)) <= {1, 2, 3, 4}
        x = h[live][h[live] > 0]
        swings.append(np.median(np.abs(np.diff(np.log(x)))))
    assert max(swings) > 0.15  # a node or two sending every 30-60 s: 1 or 2 (2 or 3 ...) messages a minute


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "gpn": 4, "eff": 0.9, "crop_c": 1.5, "rev_c": 1.4, "unf_c": 2.0, "cpu": 1e9, "model": "w2v"}
    st = {"nodes": 1, "crop": 0, "rev": 0, "unf": 0}
    lv = h167._level(cfg, st)
    assert lv == pytest.approx(4000 * 0.9 ** 2)
    assert h167._level(cfg, {**st, "crop": 1}) == pytest.approx(lv / 1.5)
    assert h167._level(cfg, {**st, "unf": 1}) == pytest.approx(lv / 2.0)
    assert h167._level({**cfg, "cpu": 4000 * 0.81}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 4000.0
    for _ in range(20):
        new = h167._next_stage(rng, cfg, st, lv)
        if new is not None:
            ratio = h167._level(cfg, new) / lv
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
            assert len(changes) <= len(run.known_t) == run.counts["relaunches"] - run.counts["kept_stage"]


def test_weights():
    tc.check_event_weights(h167._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout167, HELDOUT167_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout167, 1672000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout167(1672000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
