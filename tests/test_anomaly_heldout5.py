"""The fifth held-out trace family: generator checks only (no detector runs here)."""

import numpy as np
import pytest

from anomaly.heldout5 import HELDOUT5_SEEDS, heldout5_set, make_heldout5
from tests.trace_checks import check_event_placement, check_pause_spans, check_same_trace, check_trace_arrays

SPANS = {"short": (1, 12), "long": (15, 120)}


@pytest.fixture(scope="module", params=["short", "long"])
def traces(request):
    return request.param, heldout5_set(request.param)


def test_seed_range_is_its_own():
    seeds = list(HELDOUT5_SEEDS)
    assert len(seeds) == 12 and all(10000 <= s <= 99999 for s in seeds)
    taken = [range(9000, 9101), range(46210, 46223), range(70000, 70101), range(90000, 90101)]
    taken.append(range(300000, 301101))
    assert not any(s in r for s in seeds for r in taken)


def test_deterministic_and_seed_dependent():
    a = make_heldout5(58313, n=3000)
    check_same_trace(a, make_heldout5(58313, n=3000))
    assert not np.array_equal(a.values, make_heldout5(58314, n=3000).values)


def test_shapes_and_values(traces):
    _, ts = traces
    check_trace_arrays(ts, HELDOUT5_SEEDS)


def test_scrape_intervals_are_realistic(traces):
    _, ts = traces
    gaps = [np.median(np.diff(t.timestamps)) for t in ts]
    assert all(4.5 <= g <= 66 for g in gaps)
    assert len({round(g) for g in gaps}) >= 2  # scrape intervals differ between runs


def test_events_placement(traces):
    check_event_placement(traces[1], 1, 3, first=401)


def test_every_kind_and_small_drops_occur(traces):
    events = [e for t in traces[1] for e in t.events]
    assert {e.kind for e in events} == {"drop", "leak", "straggler"}
    drops = [e.depth for e in events if e.kind == "drop"]
    assert any(d < 0.15 for d in drops) and any(d > 0.25 for d in drops)
    assert any(e.end == 6000 for e in events) and any(e.end < 6000 for e in events)


def test_some_onsets_near_a_pause():
    near = 0
    for p in SPANS:
        for t in heldout5_set(p):
            for e in t.events:
                near += any(s - 5 <= e.onset < end for s, end in t.pauses)
    assert near >= 3


def test_healthy_equals_values_outside_events(traces):
    _, ts = traces
    for t in ts:
        inside = np.zeros(len(t.values), bool)
        for e in t.events:
            inside[e.onset:e.end] = True
        assert np.array_equal(t.values[~inside], t.healthy[~inside])
        for e in t.events:  # the regression really changes the series
            assert (t.values[e.onset:e.end] < t.healthy[e.onset:e.end]).mean() > 0.5


def test_measured_reduction_matches_depth(traces):
    _, ts = traces
    for t in ts:
        paused = np.zeros(len(t.values), bool)
        for s, e in t.pauses:
            paused[s:e] = True
        for e in t.events:
            sl = slice(e.onset, e.end)
            live = ~paused[sl]
            ratio = 1 - t.values[sl][live].sum() / t.healthy[sl][live].sum()
            assert abs(ratio - e.depth) < 0.04, (t.seed, e)
            lo, hi = {"drop": (0.07, 0.41), "leak": (0.05, 0.36), "straggler": (0.06, 0.45)}[e.kind]
            assert lo <= e.depth <= hi, (t.seed, e)
            if e.kind == "leak":  # the decline is held after the ramp, 10-40 % down
                held = slice(e.ramp_end, e.end)
                final = 1 - np.median(t.values[held] / np.maximum(t.healthy[held], 1e-9))
                assert 0.09 <= final <= 0.42, (t.seed, e, final)


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert len(t.pauses) >= 3
        check_pause_spans(t, lo, hi)


def test_healthy_does_not_depend_on_the_regressions():
    for seed in HELDOUT5_SEEDS[:4]:
        with_events = make_heldout5(seed, n=4000, pauses="long")
        clean = make_heldout5(seed, n=4000, pauses="long", n_events=0)
        assert np.array_equal(with_events.healthy, clean.values)
        assert len(make_heldout5(seed, n=4000, n_events=3).events) >= 2


def test_bad_pause_setting():
    with pytest.raises(ValueError, match="pauses"):
        make_heldout5(58310, pauses="medium")
