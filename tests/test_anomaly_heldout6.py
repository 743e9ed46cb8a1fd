"""The sixth held-out trace family (a simulated data-parallel job): generator checks only, no detector."""

import numpy as np
import pytest

from anomaly.heldout6 import (DEPTH_MAX, DEPTH_MIN, HELDOUT6_SEEDS, LEAK_EVENT_MIN, LEAK_HELD_MIN, SPANS,
                              heldout6_set, make_heldout6, measured_depth)
from anomaly.traces import Event
from tests.trace_checks import check_trace_arrays

TAKEN = [range(9000, 9101), range(46210, 46223), range(58310, 58323), range(70000, 70101),
         range(90000, 90101), range(300000, 301101)]


@pytest.fixture(scope="module")
def sets():
    return {p: heldout6_set(p) for p in SPANS}


@pytest.fixture(scope="module", params=sorted(SPANS))
def traces(request, sets):
    return request.param, sets[request.param]


def _mask(n, spans):
    mask = np.zeros(n, bool)
    for a, b in spans:
        mask[a:b] = True
    return mask


def test_seed_range_is_its_own():
    seeds = list(HELDOUT6_SEEDS)
    assert len(seeds) == 12 and seeds == list(range(seeds[0], seeds[0] + 12)) and seeds[0] >= 10000
    assert not any(s in r for s in seeds for r in TAKEN)


def _series(t):
    return t.values, t.timestamps, t.healthy


def test_deterministic_and_seed_dependent():
    a, b, c = (make_heldout6(s, n=3000) for s in (61843, 61843, 61844))
    assert all(np.array_equal(x, y) for x, y in zip(_series(a), _series(b)))
    assert (a.events, a.pauses) == (b.events, b.pauses)
    assert not np.array_equal(a.values, c.values)


def test_shapes_and_values(traces):
    _, ts = traces
    check_trace_arrays(ts, HELDOUT6_SEEDS)
    gaps = {round(float(np.median(np.diff(t.timestamps)))) for t in ts}
    assert len(gaps) >= 2 and all(5 <= g <= 30 for g in gaps)  # scrape intervals differ between runs


def test_clean_every_fourth_and_event_counts(traces):
    _, ts = traces
    for k, t in enumerate(ts):
        if (k + 1) % 4 == 0:
            assert t.events == [] and np.array_equal(t.values, t.healthy)
        else:
            assert 1 <= len(t.events) <= 4
    assert sum(not t.events for t in ts) == 3


def test_healthy_equals_values_outside_events(traces):
    _, ts = traces
    for t in ts:
        out = ~_mask(len(t.values), [(e.onset, e.end) for e in t.events])
        assert np.array_equal(t.values[out], t.healthy[out])
        for e in t.events:  # the onset is where the series first departs from the healthy run
            assert t.values[e.onset] != t.healthy[e.onset]


def test_events_placement(traces):
    _, ts = traces
    for t in ts:
        for e in t.events:
            assert isinstance(e, Event) and e.kind in {"drop", "leak", "straggler"}
            assert 400 <= e.onset <= e.ramp_end < e.end <= 6000
            assert (e.ramp_end > e.onset) == (e.kind == "leak")
        for a, b in zip(t.events, t.events[1:]):
            assert a.end <= b.onset


def test_depth_is_the_documented_measure(traces):
    _, ts = traces
    for t in ts:
        paused = _mask(len(t.values), t.pauses)
        for e in t.events:
            h, v = t.healthy[e.onset:e.end], t.values[e.onset:e.end]
            live = h > 0
            assert e.depth == pytest.approx(np.mean(1 - v[live] / h[live]), abs=1e-12)
            assert e.depth == measured_depth(t.values, t.healthy, e.onset, e.end)
            lost = 1 - v[live].sum() / h[live].sum()  # share of samples lost: a second view
            assert lost >= 0.05, (t.seed, e, lost)
            if e.kind == "leak":
                held = measured_depth(t.values, t.healthy, e.ramp_end, e.end)
                assert LEAK_EVENT_MIN <= e.depth and LEAK_HELD_MIN <= held <= DEPTH_MAX, (t.seed, e, held)
            else:
                assert DEPTH_MIN <= e.depth <= DEPTH_MAX, (t.seed, e)
                first = np.arange(e.onset, min(e.onset + 60, e.end))  # it shows in the catch window
                first = first[~paused[first]]
                assert len(first) >= 40, (t.seed, e)
                assert 1 - t.values[first].sum() / t.healthy[first].sum() >= 0.05, (t.seed, e)


def test_every_kind_and_onsets_near_pauses(sets):
    for ts in sets.values():
        events = [e for t in ts for e in t.events]
        assert {e.kind for e in events} == {"drop", "leak", "straggler"}
        assert any(e.end == 6000 for e in events) and any(e.end < 6000 for e in events)
        near = sum(any(s - 10 <= e.onset < end + 3 for s, end in t.pauses) for t in ts for e in t.events)
        assert near >= len(events) / 5


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        spans = np.asarray(t.pauses)
        assert len(spans) >= 3 and (spans[1:, 0] >= spans[:-1, 1]).all()  # ordered, disjoint
        assert (spans[:, 0] >= 0).all() and (spans[:, 1] <= 6000).all()
        width = spans[:, 1] - spans[:, 0]
        assert ((lo <= width) & (width <= hi) | (spans[:, 1] == 6000)).all(), (t.seed, t.pauses)


def test_healthy_does_not_depend_on_the_regressions():
    for seed in HELDOUT6_SEEDS[:2]:
        with_events = make_heldout6(seed, n=4000, pauses="long")
        clean = make_heldout6(seed, n=4000, pauses="long", n_events=0)
        assert np.array_equal(with_events.healthy, clean.values) and clean.events == []


def test_bad_arguments():
    with pytest.raises(ValueError, match="pauses"):
        make_heldout6(61840, pauses="medium")
    with pytest.raises(ValueError, match="n must"):
        make_heldout6(61840, n=100)
