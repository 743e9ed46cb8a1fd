"""The eleventh held-out trace family (an MoE job's tokens/s as a one-minute EWMA meter): generator checks only
(no detector runs here)."""

import numpy as np

import anomaly.heldout11 as h11
from anomaly.heldout11 import HELDOUT11_SEEDS, heldout11_set, make_heldout11
from anomaly.traces import Event
from tests.trace_checks import (builds_fixture, check_counts_table, check_depths_visible, check_event_placement,
                                check_family_bad_arguments, check_family_healthy_independent, check_family_pauses,
                                check_healthy_outside_events, check_pinned, check_trace_arrays, median_over,
                                traces_fixture)

SPANS = {"short": (3, 25), "long": (31, 120)}


traces = traces_fixture(heldout11_set)
#: the healthy runs of the "short" setting: ``(run, healthy, spans, live)`` per seed
builds = builds_fixture(h11._build, HELDOUT11_SEEDS)


def test_seed_range_is_its_own():
    assert HELDOUT11_SEEDS == tuple(range(111840, 111852))


def test_deterministic_pinned_and_seed_dependent():
    check_pinned(make_heldout11, 111841, 111842, [Event("drop", 646, 646, 1047, 0.1442),
                 Event("straggler", 1426, 1426, 1649, 0.1204), Event("leak", 2133, 2578, 2907, 0.1912)],
                 3441445314.14, [(251, 259), (509, 520), (771, 788)])


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], HELDOUT11_SEEDS)


def test_scrape_intervals(traces):
    med = [float(np.median(np.diff(t.timestamps))) for t in traces[1]]
    assert all(min(abs(m - s) for s in (10, 15, 20)) < 0.2 for m in med)
    assert len({round(m) for m in med}) >= 2  # scrape intervals differ between runs


def test_pause_spans(traces):
    setting, ts = traces
    for t in ts:
        check_family_pauses(setting, t, SPANS)  # the job starts training


def test_events_placement(traces):
    check_event_placement(traces[1], 3, 4, first=600)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    check_depths_visible(traces[1])


def test_docstring_counts_table(traces):
    check_counts_table(*traces, h11.__doc__)


def test_routing_imbalance_is_clipped_by_capacity_and_balances_over_training(builds):
    """Healthy and unlabelled (in the clean runs too): the busiest rank's load sets the step; capacity factors
    clip it, dropless runs are not clipped; the router's imbalance is higher early in every run than in its
    second half."""
    caps, dropless = 0, 0
    for seed, (run, *_) in zip(HELDOUT11_SEEDS, builds):
        imb, J = run.imbalance, len(run.imbalance)
        assert imb.min() >= 1 - 1e-9 and imb.max() <= run.cf + 1e-12, seed
        assert np.median(imb[:J // 30]) > np.median(imb[J // 2:]) + 0.05, seed
        if np.isfinite(run.cf):
            caps += bool((imb == run.cf).any())
        else:
            dropless += bool(imb.max() > 2.0)
        assert np.allclose(run.dur, run.fixed + (run.dense + run.expert * imb) * run.mult)
    assert caps >= 4 and dropless >= 2


def test_sequence_length_stages_step_the_healthy_rate_down_unlabelled(builds):
    """Planned sequence-length switches lower the healthy live level by a few per cent; batch-ramp switches
    raise it; some of the step-downs lie in the clean runs (every fourth: never labelled)."""
    downs, ups, unlabelled = [], [], 0
    for k, (run, h, spans, live) in enumerate(builds):
        ok = live.copy()
        for s, e in spans:
            ok[e:e + 30] = False  # the meter's climb back after a pause
        for t0, kind in run.stages:
            i = int(np.searchsorted(run.ts, t0))
            if i < 250 or i > 5750:
                continue
            change = median_over(h, ok, i + 15, i + 215) / median_over(h, ok, i - 200, i) - 1
            (downs if kind == "seq" else ups).append(change)
            unlabelled += kind == "seq" and change < -0.02 and (k + 1) % 4 == 0
    assert len(downs) >= 15 and np.median(downs) < -0.015 and sum(d < -0.03 for d in downs) >= 4
    assert len(ups) >= 4 and min(ups) > 0.05
    assert unlabelled >= 2


def test_meter_decays_in_pauses_and_climbs_back():
    """No tokens are marked in a pause: the gauge decays by exp(-5/60) a tick; after the pause it is still low."""
    for seed in HELDOUT11_SEEDS[:3]:
        run, h, spans, live = h11._build(seed, 6000, "long")
        level = float(np.median(h[live]))
        for s, e in spans:
            if e + 3 >= len(h):
                continue
            v, gap = h[s + 2:e], np.diff(run.ts[s + 2:e])
            r = v[1:] / v[:-1]
            assert (r >= np.exp(-(gap + 5) / 60) * (1 - 1e-5)).all(), (seed, s, e)
            assert (r <= np.exp(-(gap - 5) / 60) * (1 + 1e-5)).all(), (seed, s, e)
            assert h[e] < 0.5 * level and h[e + 3] > h[e], (seed, s, e)


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout11, HELDOUT11_SEEDS[:2])


def test_bad_arguments():
    check_family_bad_arguments(make_heldout11, 111840, n_events=False)
