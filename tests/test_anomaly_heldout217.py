"""The two-hundred-and-seventeenth held-out trace family (a weaving-defect detector's images/s on 1, 2 or 4 nodes, each
node's images since its last update held by an OPC UA server's variable and summed per minute by a monitor's client
through a subscription with one monitored item per node): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's laws (with the first 6 "short" healthy builds at n=6000, no regressions; the "short" row was measured
on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout217 as h217
import tests.trace_checks as tc
from anomaly.heldout216 import HELDOUT216_SEEDS
from anomaly.heldout217 import HELDOUT217_SEEDS, heldout217_set, make_heldout217
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT217_SEEDS[:4]
SPANS = h217.SPANS

shared_builds = tc.shared_builds(h217)

_set, traces, _full_long = tc.cheap_sets(heldout217_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h217._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h217.K] - C[np.arange(n) * h217.K]) / h217.STEP


def test_seed_range_is_its_own():
    assert HELDOUT217_SEEDS == tuple(range(2172000, 2172012))
    assert not set(HELDOUT217_SEEDS) & set(HELDOUT216_SEEDS)


PINNED_EVENTS = [Event("drop", 435, 435, 725, 0.1314), Event("leak", 1588, 1806, 2041, 0.1406),
                 Event("straggler", 2815, 2815, 2941, 0.1374)]
PINNED_SUM = 1704638.1183058168
PINNED_PAUSES = [(0, 14), (69, 75), (137, 144)]
PINNED_CHANGES = [1003, 1456, 2563]
LISTED_LONG = 21
CHANGES_LINE = "short 15, long 21"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout217, 2172000, 2172001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout217(2172000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout217(2172000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT217_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h217.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_repeats_and_rebins():
    """Over the full "long" set's runs and the first 6 "short" ones every law of the path acts (updates overwritten
    before their sample, blips, item-queue overflows, messages lost on the wire and republished, messages resent
    after a lost acknowledgement, subscriptions expired, server restarts and the updates missed before the client
    re-created its subscription, the re-created item's first value counted twice or recovering a lost one, copies
    late for their minute dropped or re-binned, copies in another minute than their update's, the
    maxNotificationsPerPublish quota, clock steps), and each of the monitor's and client's choices both ways."""
    total, flags = {}, set()
    runs = _builds("long", 6000, HELDOUT217_SEEDS) + _builds("short", 6000, HELDOUT217_SEEDS[:6])
    for run, h, spans, live, changes in runs:
        p = run.path
        flags |= {("src", p.by_source), ("late_drop", p.late_drop), ("seq", p.dedup_seq), ("init", p.dedup_src),
                  ("republish", p.republish), ("accumulate", p.accumulate), ("sampled", p.S > 0)}
        for k, v in p.counts.items():
            total[k] = total.get(k, 0) + v
    for k in h217.PATH_KEYS:
        assert total[k] > 0, k
    assert len(flags) == 14, sorted(flags)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum of a minute's notifications (images/s), stamped at the minute's end; a minute
    that read nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h217.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h217.TICK)), min(run.nt, int(b // h217.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h217.STEP), min(int(np.ceil(b / h217.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is the job's images (the path loses, shifts and repeats updates)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.9 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_an_update_counts_at_most_twice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h217._reads(run, 2 * run.J), 2 * h)
        for nd in run.path.nodes:
            assert np.bincount(nd.k, minlength=1).max() <= 2 if len(nd.k) else True
            assert (nd.start <= nd.u).all() and (np.diff(nd.u) > 0).all()


def test_the_shares_split_each_ticks_images_over_the_stages_nodes():
    for run, h, spans, live, changes in _builds("short"):
        s = run.shares.sum(axis=0)
        assert np.allclose(s, 1.0)
        for k in (1, 2):
            assert not run.shares[k:, run.nodes == k].any()


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "cpu_x": 1e6, "eff": 0.9, "batch_g": 1.1}
    st = {"nodes": 1, "tile": 0, "batch": 0}
    lv = h217._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h217._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h217._level(cfg, {**st, "batch": 1}) == pytest.approx(1.1 * lv)
    assert h217._level({**cfg, "cpu_x": 1.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu_x"] = 1.5
    for _ in range(20):
        new = h217._next_stage(rng, cfg, st, h217._level(cfg, st))
        ratio = h217._level(cfg, new) / h217._level(cfg, st)
        assert np.log(1.15) - 1e-12 <= abs(np.log(ratio)) <= np.log(3.5) + 1e-12


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
    tc.check_event_weights(h217._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout217, HELDOUT217_SEEDS[:1], changes=True, n=6000)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout217, 2172000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout217(2172000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
