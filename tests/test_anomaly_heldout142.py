"""The hundred-and-forty-second held-out trace family (an exoplanet transit 1-D CNN's light curves/s, a span per
training step head-sampled by a Jaeger sampler, sent over UDP to a jaeger-agent, stored by the collector and summed
per minute of the spans' stamps from the query service, each span scaled by its sampling probability): generator checks
only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout142 as h142
import tests.trace_checks as tc
from anomaly.heldout141 import HELDOUT141_SEEDS
from anomaly.heldout142 import HELDOUT142_SEEDS, heldout142_set, make_heldout142
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT142_SEEDS[:4]
SPANS = h142.SPANS

shared_builds = tc.shared_builds(h142)

_set, traces, _full_long = tc.cheap_sets(heldout142_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h142._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's light curves/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h142.K] - C[np.arange(n) * h142.K]) / h142.STEP


def test_seed_range_is_its_own():
    assert HELDOUT142_SEEDS == tuple(range(1422000, 1422012))
    assert not set(HELDOUT142_SEEDS) & set(HELDOUT141_SEEDS)


PINNED_EVENTS = [Event("drop", 402, 402, 630, 0.1464), Event("leak", 995, 1306, 1442, 0.1802),
                 Event("straggler", 1917, 1917, 2265, 0.2143), Event("drop", 2452, 2452, 2780, 0.0932)]
PINNED_SUM = 479726.78754702245
PINNED_PAUSES = [(0, 14), (86, 92), (170, 177)]
PINNED_CHANGES = [679, 834]
LISTED_LONG = 12
CHANGES_LINE = "short 19, long 12"
ALWAYS_SEEN = h142.PATH_KEYS  # the path's distortions seen over the first 6 seeds of both sets


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout142, 1422000, 1422001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout142(1422000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout142(1422000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT142_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h142.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_and_duplicates():
    """Over both sets' first 6 runs every distortion of the path occurs (UDP batches lost, the agent's queue full,
    the collector's queue dropping spans, storage outages, spans written twice and counted twice, spans stored after
    their minute was read, spans moved to another minute by a node's clock, a restarted tracer's initial sampler,
    unread points), both samplers and both dedup settings."""
    total, dedup, samplers = {}, set(), set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT142_SEEDS[:6]):
            dedup.add(run.path.dedup)
            samplers.add(run.path.sampler)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert dedup == {True, False} and samplers == {"probabilistic", "remote"}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum of a minute's spans over 60 s, stamped at the minute's end; a read of nothing (0)
    is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h142.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h142.TICK)), min(run.nt, int(b // h142.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h142.STEP), min(int(np.ceil(b / h142.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_light_curves_per_minute():
    """Away from pauses the reads' sum is the job's light curves (the path samples, loses, shifts and repeats
    spans)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_span_counts_at_most_twice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h142._reads(run, 2 * run.J), 2 * h)
        c = run.path.copies
        assert set(np.unique(c)) <= {0, 1, 2}
        assert c.max() <= (1 if run.path.dedup else 2)
        off = run.path.bucket - np.floor((run.path.tick + 0.5) * h142.TICK / 60)
        assert np.abs(off).max() <= 1  # a node's clock moves a span by a minute at most


def test_windows_and_episodes():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h142._inside(x, win).tolist() == [False, True, True, False, True, False]
    ep = h142._episodes(np.random.default_rng(1), 50 * h142.DAY, (2, 2), (60, 60))
    assert 60 < len(ep) < 140 and (ep[:, 1] > ep[:, 0]).all() and (np.diff(ep[:, 0]) >= 0).all()


def test_the_sampling_probability_scales_the_kept_spans():
    """A remote sampler's probability follows the traffic, 1e-5 to 1, and a new life starts on the initial
    sampler; a kept span counts ``batch / p`` light curves, so a live minute's read is unbiased but for losses."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            assert run.path.sampler in ("probabilistic", "remote")
            assert (run.path.fac >= 0).all() and np.isfinite(run.path.fac).all()
            if run.path.sampler == "probabilistic":
                assert run.path.counts["cold_sampler"] == 0


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "view_c": 1.5, "model_c": 2.5}
    st = {"gpus": 1, "view": 0, "model": 0}
    lv = h142._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h142._level(cfg, {**st, "view": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h142._level(cfg, {**st, "model": 1}) == pytest.approx(lv / 2.5)
    assert h142._level(cfg, {**st, "gpus": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h142._next_stage(rng, cfg, st, lv)
        ratio = h142._level(cfg, new) / lv
        assert abs(np.log(ratio)) >= np.log(1.15) - 1e-12 and 1 / 3 <= ratio <= 3


def test_an_unsynchronised_node_is_seconds_off():
    offs = [h142._node_clocks(np.random.default_rng(s), 8) for s in range(60)]
    big = [o for c in offs for o, d in c if abs(o) >= 3]
    assert big and all(abs(o) <= 15 for o in big)
    assert all(d == 0 for c in offs for o, d in c if abs(o) < 3)


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
    tc.check_event_weights(h142._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout142, HELDOUT142_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout142, 1422000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout142(1422000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(a < b for a, b, li in run.segs)
            assert all(b1 <= a2 for (a1, b1, _), (a2, _, _) in zip(run.segs, run.segs[1:]))
