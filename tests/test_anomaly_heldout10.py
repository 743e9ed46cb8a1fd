"""The tenth held-out trace family (a PPO job's samples/s as a Pushgateway last value): generator
checks only (no detector runs here)."""

import numpy as np

import anomaly.heldout10 as h10
from anomaly.heldout10 import HELDOUT10_SEEDS, heldout10_set, make_heldout10
from anomaly.traces import Event
from tests.trace_checks import (check_counts_table, check_depths_visible, check_event_placement,
                                check_family_bad_arguments, check_family_healthy_independent, check_family_pauses,
                                check_healthy_outside_events, check_pinned, check_trace_arrays, paused_mask,
                                traces_fixture)

SPANS = {"short": (3, 25), "long": (31, 120)}


traces = traces_fixture(heldout10_set)


def test_seed_range_is_its_own():
    assert HELDOUT10_SEEDS == tuple(range(101840, 101852))


def test_deterministic_pinned_and_seed_dependent():
    check_pinned(make_heldout10, 101841, 101842, [Event("drop", 1046, 1046, 1164, 0.2007),
                 Event("leak", 1211, 1528, 1787, 0.2908), Event("drop", 2252, 2252, 2678, 0.0875)],
                 27260.94, [(0, 9), (201, 209), (366, 379)])


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], HELDOUT10_SEEDS)


def test_scrape_intervals_and_missed_scrapes(traces):
    _, ts = traces
    gaps = [np.diff(t.timestamps) for t in ts]
    med = [float(np.median(g)) for g in gaps]
    assert all(min(abs(m - s) for s in (5, 10, 15)) < 0.2 for m in med)
    assert len({round(m) for m in med}) >= 2  # scrape intervals differ between runs
    assert all(1 <= (g > 1.5 * m).sum() <= 60 for g, m in zip(gaps, med))  # a few missed scrapes


def test_pause_spans(traces):
    setting, ts = traces
    for t in ts:
        check_family_pauses(setting, t, SPANS, starts_paused=True)  # the job starts with a rollout


def test_events_placement(traces):
    check_event_placement(traces[1], 3, 4, first=600)


def test_depths_are_measured_and_visible(traces):
    for t in traces[1]:
        check_healthy_outside_events(t, below=0.6)
    check_depths_visible(traces[1])


def test_docstring_counts_table(traces):
    check_counts_table(*traces, h10.__doc__, min_kind=1, min_near=0)


def test_healthy_behaviours_are_present():
    """Stale repeats between pushes differ between runs; some runs dip right after each rollout."""
    repeats, dips = [], []
    for t in heldout10_set("short")[:8]:
        live = ~paused_mask(t)
        h = t.healthy
        repeats.append(np.mean((h[1:] == h[:-1])[live[1:] & live[:-1]]))
        after = np.array([h[e] for s, e in t.pauses if e < len(h)])
        dips.append(np.mean(after < 0.5 * np.median(h[live])))
    assert min(repeats) < 0.1 and max(repeats) > 0.4
    assert min(dips) < 0.2 and max(dips) > 0.9


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout10, HELDOUT10_SEEDS[:4])


def test_bad_arguments():
    check_family_bad_arguments(make_heldout10, 101840, n_events=False)
