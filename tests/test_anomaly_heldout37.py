"""The thirty-seventh held-out trace family (a neural audio codec's training clips/s: per-node gauges announced with
gmetric to Ganglia's gmond, summed by gmetad at each poll into a summary RRD read one row per step): generator
checks only (no detector runs here)."""

from functools import lru_cache

import numpy as np
import pytest

import anomaly.heldout37 as h37
from anomaly.heldout36 import HELDOUT36_SEEDS
from anomaly.heldout37 import HELDOUT37_SEEDS, heldout37_set, make_heldout37
from anomaly.traces import Event
from tests.trace_checks import (check_changes_move_the_level, check_counts_and_changes, check_depths_visible,
                                check_event_placement, check_family_bad_arguments, check_family_healthy_independent,
                                check_family_pauses, check_healthy_outside_events, check_pinned, check_trace_arrays,
                                shared_builds, traces_fixture)

SPANS = {"short": (6, 22), "long": (30, 110)}

traces = traces_fixture(heldout37_set)
shared = shared_builds(h37)  # the set and the tests build each run once


@lru_cache(maxsize=2)
def _builds(setting: str) -> list:
    return [h37._build(seed, 6000, setting)[0] for seed in HELDOUT37_SEEDS]


def test_seed_range_is_its_own():
    assert HELDOUT37_SEEDS == tuple(range(372000, 372012))
    assert not set(HELDOUT37_SEEDS) & set(HELDOUT36_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    events = [Event("leak", 449, 958, 1161, 0.1505), Event("straggler", 1726, 1726, 2020, 0.1402),
              Event("drop", 2397, 2397, 2673, 0.2133)]
    check_pinned(make_heldout37, 372001, 372002, events, 9868891.343280429, [(44, 56), (353, 364), (616, 631)],
                 changes=[1508, 2202])


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], HELDOUT37_SEEDS)


def test_timestamps_are_the_rrd_rows(traces):
    for t in traces[1]:
        d = np.diff(t.timestamps)
        assert d[0] in (15.0, 20.0, 30.0) and np.allclose(d, d[0]), t.seed


def test_pause_spans(traces):
    """The trace starts in training; every pause span lies in the setting's range."""
    setting, ts = traces
    for t in ts:
        check_family_pauses(setting, t, SPANS, min_count=8, starts_paused=False)


def test_events_placement(traces):
    check_event_placement(traces[1], 2, 4, first=600)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    check_depths_visible(traces[1])


def test_docstring_counts_table(traces):
    setting = traces[0]
    runs = _builds(setting)
    gan = sum(k == "gan" for r in runs for k in r.change_kind)
    listed = sum(len(r.changes) for r in runs)
    line = f"{setting} {listed} ({gan} discriminators switched on, {listed - gan} segment changes)"
    check_counts_and_changes(traces, h37.__doc__, listed, line)


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    check_changes_move_the_level(traces[1], min_checked=5)


def test_rrd_rows_are_time_weighted_means_of_the_updates():
    """An update holds its value over the time since the update before; a missed poll's gap is spanned by the next."""
    polls = np.array([0.0, 10.0, 20.0, 30.0, 40.0])
    vals = np.array([9.0, 1.0, 3.0, 5.0, 7.0])
    # rows of 10 s from 5 s: [5,10) holds 1; [10,15) 3 then... each row half one update, half the next
    assert np.allclose(h37._rrd_steps(polls, vals, 5.0, 10.0, 3), [2.0, 4.0, 6.0])
    keep = np.array([True, True, False, True, True])  # the poll at 20 s missed: 5 covers (10, 30]
    assert np.allclose(h37._rrd_steps(polls[keep], vals[keep], 10.0, 10.0, 3), [5.0, 5.0, 7.0])


def test_gmond_keeps_the_last_value_until_dmax():
    times, vals = np.array([10.0, 20.0]), np.array([4.0, 6.0])
    polls = np.array([5.0, 12.0, 25.0, 70.0, 90.0])
    assert np.allclose(h37._gmond_sum(polls, [(times, vals)], 0.0), [0, 4, 6, 6, 6])  # dmax 0: kept for ever
    assert np.allclose(h37._gmond_sum(polls, [(times, vals)], 60.0), [0, 4, 6, 6, 0])  # deleted 60 s after 20 s
    two = [(times, vals), (np.array([11.0]), np.array([1.0]))]
    assert np.allclose(h37._gmond_sum(polls, two, 60.0), [0, 5, 7, 7, 0])  # the second deleted at 71 s


def test_announced_values_count_whole_steps_since_the_basis():
    cum = np.array([0.0, 0.5, 1.2, 2.9, 3.1, 4.0])  # steps done at each second
    cps = np.full(5, 10.0)
    out = h37._node_values(cum, cps, np.array([2.0, 5.0]), np.array([0.0, 2.0]))
    assert np.allclose(out, [1 * 10 / 2.0, 3 * 10 / 3.0])


def test_announcements_every_period_and_after_pauses():
    """Announced at the end of a training cell once ``G`` s have passed; a pause leaves none, the first after it
    comes at once (its basis the last before the pause); a new process restarts the timer (plus its phase)."""
    train = np.ones(100, bool)
    train[30:50] = False
    base = np.zeros(100)
    base[50:] = 45.0  # a new process from 50 s (started at 45 s)
    t, b = h37._report_times(train, base, 10.0, 2.0)
    assert list(t[:2]) == [12.0, 22.0] and list(b[:2]) == [0.0, 12.0]  # the first process, its phase 2 s
    assert list(t[2:]) == [57.0, 67.0, 77.0, 87.0, 97.0] and b[2] == 45.0  # the one due at 32 s never came
    base[50:] = 0.0  # the same process (an evaluation): the first after the pause at once
    t, b = h37._report_times(train, base, 10.0, 2.0)
    assert list(t[:4]) == [12.0, 22.0, 51.0, 61.0] and b[2] == 22.0


def test_rows_reach_zero_only_with_dmax():
    """In a long pause the summary falls to 0 where gmond deletes the stale gauges, and holds them where it never
    does."""
    for run, seed in zip(_builds("long"), HELDOUT37_SEEDS):
        t = make_heldout37(seed, n_events=0, pauses="long")
        longest = max(t.pauses, key=lambda p: p[1] - p[0])
        inside = t.values[longest[0] + 2:longest[1] - 6]
        if run.dmax > 0:
            assert (inside == 0).any(), t.seed
        else:
            assert (inside > 0).all(), t.seed


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout37, HELDOUT37_SEEDS[:2], changes=True, n=6000)


def test_bad_arguments():
    check_family_bad_arguments(make_heldout37, 372000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout37(372000, n_events=9)
