"""The hundred-and-fourteenth held-out trace family (a dental radiograph model's training images/s, each rank's count
published to NSQ on its host's nsqd, an aggregator's minute buckets by the messages' timestamps, the monitor's read of
the previous minute's bucket): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's losses and duplicates (with the "short" runs' healthy builds, no regressions; the "short" row was
measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout114 as h114
import tests.trace_checks as tc
from anomaly.heldout112 import HELDOUT112_SEEDS
from anomaly.heldout114 import HELDOUT114_SEEDS, heldout114_set, make_heldout114
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT114_SEEDS[:4]
PINNED_EVENTS = [Event("leak", 436, 641, 916, 0.156), Event("straggler", 1175, 1175, 1434, 0.1869),
                 Event("drop", 1853, 1853, 2202, 0.2378), Event("drop", 2635, 2635, 2941, 0.148)]
PINNED_SUM = 9477025.174695667
PINNED_PAUSES = [(0, 11), (37, 41), (90, 94)]
PINNED_CHANGES = []
SPANS = h114.SPANS
LISTED_LONG = 13
CHANGES_LINE = "short 6, long 13"

shared_builds = tc.shared_builds(h114)

_set, traces, _full_long = tc.cheap_sets(heldout114_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h114._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h114.K] - C[np.arange(n) * h114.K]) / h114.STEP


def test_seed_range_is_its_own():
    assert HELDOUT114_SEEDS == tuple(range(1142000, 1142012))
    assert not set(HELDOUT114_SEEDS) & set(HELDOUT112_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout114, 1142001, 1142002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout114(1142000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout114(1142000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT114_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h114.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_and_duplicates():
    """Over both sets' runs: intervals unlogged at a crash, publishes to a down nsqd (dropped, carried or sent
    again), messages lost with an unclean nsqd's memory, delivered after their read, lost with an aggregator's
    restart, counted twice, failed reads; and the three ways a rank meets a down nsqd all occur."""
    total, seen = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT114_SEEDS):
            seen.add(run.path.policy)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h114.PATH_KEYS:
        assert total[k] > 0, k
    assert seen == {"drop", "carry", "resend"}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is one minute's bucket as the monitor read it; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h114.EPOCH + 60.0 * (np.arange(N) + 1))
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
                if kind == "ramp":
                    continue
                i0, i1 = int(np.ceil(a / h114.TICK)), min(run.nt, int(b // h114.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h114.STEP) + 1, min(int(b // h114.STEP), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "ramp", "ckpt"}  # a run checkpoints after every validation, or every other
            seen |= kinds
    assert seen >= {"valid", "crash"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses a read is about the job's images/s (late, lost and twice-counted messages aside)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.9 < ratio < 1.03 and (h >= 0).all(), (setting, ratio)


def test_a_counted_message_is_in_its_minute_and_delivered_before_the_read():
    """Each counted copy lies in a minute that was read (not failed), was first delivered before the read and
    covers a stretch of one node's images near its minute (the clocks' offsets and a carried count aside)."""
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert p.k.min() >= 0 and p.k.max() < N and (p.i1 > p.i0).all()
        assert (p.td[p.mi] <= p.reads[p.k]).all() and not p.failed[p.k].any()
        end = p.i1[p.mi] * h114.TICK
        assert (np.abs(end - (p.k + 0.5) * h114.STEP) < 0.5 * h114.STEP + p.maxoff + h114.TICK + 1).all()
        assert (p.w > 0).all() and (p.w <= 1).all()


def test_the_path_counts_add_up():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT114_SEEDS[:6]):
            c, pol = run.path.counts, run.path.policy
            assert c["dropped"] + c["carried"] + c["resent"] == c["nsqd_failed"]
            assert (c["dropped"] > 0) <= (pol == "drop") and (c["carried"] > 0) <= (pol == "carry")
            assert (c["resent"] > 0) <= (pol == "resend")


def test_episodes_and_reads():
    rng = np.random.default_rng(0)
    ep = h114._episodes(rng, 1e6, (0, 10), (5, 20), (300, 1800))
    assert ep and all(a < 1e6 and 300 <= b - a <= 1800 for a, b in ep)
    assert all(b1 <= a2 for (a1, b1), (a2, b2) in zip(ep, ep[1:]))
    path = type("P", (), {})()
    path.share, path.node, path.i0, path.i1 = np.ones((1, 24)), np.array([0, 0]), np.array([0, 12]), np.array([12, 24])
    path.mi, path.k, path.w = np.array([0, 1, 1]), np.array([0, 1, 1]), np.array([1.0, 1.0, 0.5])
    assert h114._reads(path, np.full(24, 6.0), 2) == pytest.approx([72 / 60, 108 / 60])
    assert h114.K == 12 and h114.TICK * h114.K == h114.STEP and h114.EPOCH % 60 == 0


def test_stages_change_the_rate():
    cfg = {"nodes": 1, "gpus": 8, "eff": 0.9, "gpu": 100.0, "io": None, "patch": 2.0, "io_patch": 1.8, "cbct": 3.0,
           "io_cbct": 3.5, "deep": 1.5, "clin": 1.1}
    st = {"patch": 0, "cbct": 0, "deep": 0, "clin": 0, "nodes": 1}
    lv = h114._level(cfg, st)
    assert h114._level(cfg, {**st, "patch": 1}) == pytest.approx(lv / 2)
    assert h114._level(cfg, {**st, "cbct": 1}) == pytest.approx(lv / 3)
    assert h114._level(cfg, {**st, "deep": 1}) == pytest.approx(lv / 1.5)
    assert h114._level(cfg, {**st, "clin": 2}) == pytest.approx(lv)  # GPU-bound
    assert h114._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    slow = {**cfg, "io": 1.0}  # the augmentation workers give images as fast as the GPUs train them
    assert h114._level(slow, st) < 0.95 * lv
    assert h114._level(slow, {**st, "clin": 1}) < h114._level(slow, st)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h114._next_stage(rng, slow, st, h114._level(slow, st))
        ratio = h114._level(slow, new) / h114._level(slow, st)
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
    tc.check_event_weights(h114._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout114, HELDOUT114_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout114, 1142000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout114(1142000, n_events=9)
