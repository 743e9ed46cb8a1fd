"""The hundred-and-tenth held-out trace family (a plankton and underwater-imaging vision transformer's training
images/s, each node's adds to a per-minute Hazelcast PN counter, read once a minute through a Hazelcast client):
generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's losses and duplicates (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout110 as h110
import tests.trace_checks as tc
from anomaly.heldout109 import HELDOUT109_SEEDS
from anomaly.heldout110 import HELDOUT110_SEEDS, heldout110_set, make_heldout110
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT110_SEEDS[:4]
PINNED_EVENTS = [Event("straggler", 302, 302, 529, 0.119), Event("leak", 1005, 1299, 1591, 0.175),
                 Event("drop", 2156, 2156, 2266, 0.0929), Event("drop", 2546, 2546, 3000, 0.2113)]
PINNED_SUM = 12327654.341004083
PINNED_PAUSES = [(0, 10), (65, 71), (89, 91)]
PINNED_CHANGES = [1979]
SPANS = h110.SPANS  # a relaunch's stop, queue and start-up, or a crash and its restart
LISTED_LONG = 11
CHANGES_LINE = "short 9, long 11"

shared_builds = tc.shared_builds(h110)

_set, traces, _full_long = tc.cheap_sets(heldout110_set, SEEDS, n=N)
PATH_KEYS = ("unlogged", "add_failed", "retried", "dropped", "carried", "dup", "member_lost", "stale", "late",
             "split_hidden", "discarded", "read_failed")


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h110._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h110.K] - C[np.arange(n) * h110.K]) / h110.STEP


def test_seed_range_is_its_own():
    assert HELDOUT110_SEEDS == tuple(range(1102000, 1102012))
    assert not set(HELDOUT110_SEEDS) & set(HELDOUT109_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout110, 1102001, 1102002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout110(1102000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout110(1102000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT110_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h110.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_and_duplicates():
    """Over both sets' runs: crops unlogged at a crash, adds that failed (sent again, dropped or carried: twice
    counted where the first was applied), adds lost with a member before they were replicated, adds not yet seen at
    the read's member (stale) or added after the read (late), hidden by a split-brain or discarded at its merge,
    failed reads; and the three ways a client meets a failed add all occur."""
    total, seen = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT110_SEEDS):
            seen.add((run.path.redo, run.path.carry))
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in PATH_KEYS:
        assert total[k] > 0, k
    assert seen == {(True, False), (False, True), (False, False)}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is one minute's counter as the monitor read it; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h110.EPOCH + 60.0 * (np.arange(N) + 1))
        assert tc.paused_mask(t)[t.healthy <= 0].all()


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert len(t.pauses) >= 15 and t.pauses[0][0] == 0, t.seed
        tc.check_pause_spans(t, lo, hi, n=N, apart=True)


def test_nothing_is_trained_in_a_pause_and_its_points_are_paused():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b, kind in run.pauses_t:
                if kind == "ramp":
                    continue
                i0, i1 = int(np.ceil(a / h110.TICK)), min(run.nt, int(b // h110.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h110.STEP) + 1, min(int(b // h110.STEP), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "ramp", "valid", "ckpt"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses a read is about the job's images/s (stale, lost and twice-counted adds aside)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.75 < ratio < 1.03 and (h >= 0).all(), (setting, ratio)


def test_a_counted_add_is_in_its_minute_and_seen_before_the_read():
    """Each counted copy lies in a minute that was read (the read not failed), reached the read's member before it,
    covers a stretch of one node's crops and holds at most a node's share of the job's."""
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert p.k.min() >= 0 and p.k.max() < N and (p.t1 > p.t0).all() and (np.diff(p.k) >= 0).all()
        assert (p.tapp <= p.reads[p.k]).all() and not p.failed[p.k].any()
        assert (np.abs(p.t1 - (p.k + 0.5) * h110.STEP) < 0.5 * h110.STEP + p.maxoff + 130).all()


def test_only_an_applied_failed_add_counts_twice():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT110_SEEDS[:6]):
            c = run.path.counts
            if not run.path.carry:
                assert c["carried"] == 0
            if not run.path.redo:
                assert c["retried"] == 0
            assert c["dup"] <= c["carried"] + c["retried"] <= c["add_failed"]


def test_episodes_and_client_members():
    """Renewal episodes lie in order; a client leaves a crashed member once the crash is seen, for a live one."""
    rng = np.random.default_rng(0)
    ep = h110._episodes(rng, 1e6, (0, 10), (5, 20), (300, 1800))
    assert ep and all(a < 1e6 and 300 <= b - a <= 1800 for a, b in ep)
    assert all(b1 <= a2 for (a1, b1), (a2, b2) in zip(ep, ep[1:]))
    members = [(0, 100.0, 400.0, 1.0), (1, 100.0, 400.0, 60.0)]
    for _ in range(5):
        seg, fails = h110._client_timeline(rng, members, [], [], 3)
        first = seg[0][1]
        if first == 2:
            assert not fails and len(seg) == 1
        else:
            det = 1.0 if first == 0 else 60.0
            assert fails == [(100.0, 100.0 + det, first, False)] and seg[-1] == (100.0 + det, 2)
    assert h110.K == 12 and h110.TICK * h110.K == h110.STEP and h110.EPOCH % 60 == 0


def test_stages_change_the_rate():
    cfg = {"gpus": 8, "gpu": 1000.0, "eff": 0.9, "crop": 3.0, "big": 2.5, "io": None, "io_crop": 2.0, "cruise": 1.2}
    st = {"crop": 0, "big": 0, "cruises": 0, "nodes": 1}
    assert h110._level(cfg, {**st, "crop": 1}) == pytest.approx(h110._level(cfg, st) / 3)
    assert h110._level(cfg, {**st, "big": 1}) == pytest.approx(h110._level(cfg, st) / 2.5)
    assert h110._level(cfg, {**st, "cruises": 2}) == pytest.approx(h110._level(cfg, st))  # GPU-bound
    assert h110._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * h110._level(cfg, st))
    slow = {**cfg, "io": 1.0}  # the loaders decode crops as fast as the GPUs train
    assert h110._level(slow, st) < 0.95 * h110._level(cfg, st)
    assert h110._level(slow, {**st, "cruises": 1}) < h110._level(slow, st)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h110._next_stage(rng, slow, st, h110._level(slow, st))
        ratio = h110._level(slow, new) / h110._level(slow, st)
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
    tc.check_event_weights(h110._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout110, HELDOUT110_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout110, 1102000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout110(1102000, n_events=9)
