"""The seventh held-out trace family (tokens/s through Prometheus' rate()): generator checks only.

No detector runs here: the family is scored once, by the integrator.
"""

from collections import Counter

import numpy as np
import pytest

from anomaly.heldout7 import HELDOUT7_SEEDS, _rate, heldout7_set, make_heldout7
from anomaly.traces import Event
from tests.trace_checks import check_pause_spans, check_trace_arrays

SPANS = {"short": (2, 12), "long": (8, 125)}  # routine pauses after the start-up span
DT = {"short": {10.0, 15.0}, "long": {15.0, 30.0}}


@pytest.fixture(scope="module")
def sets():
    return {p: heldout7_set(p) for p in ("short", "long")}


@pytest.fixture(params=["short", "long"])
def traces(request, sets):
    return request.param, sets[request.param]


def _mask(spans):
    mask = np.zeros(6000, bool)
    for a, b in spans:
        mask[a:b] = True
    return mask


def _live(t):
    return ~_mask(t.pauses)


def _loss(t, idx):
    return 1 - t.values[idx].sum() / t.healthy[idx].sum()


def test_seeds_are_its_own():
    assert HELDOUT7_SEEDS == tuple(range(71840, 71852))


def test_deterministic_and_seed_dependent():
    a, b = make_heldout7(71841, pauses="long"), make_heldout7(71841, pauses="long")
    for x, y in ((a.values, b.values), (a.timestamps, b.timestamps), (a.healthy, b.healthy)):
        assert x.dtype == np.float64 and np.array_equal(x, y)
    assert a.events == b.events and a.pauses == b.pauses and a.events
    # pinned: a change of numpy's streams or of the generator shows here (rel 1e-9: SIMD exp/sin
    # may differ in the last bit between CPUs)
    assert a.events[0] == Event("drop", 721, 721, 1545, 0.31) and a.pauses[:2] == [(0, 26), (180, 192)]
    assert float(a.values.sum()) == pytest.approx(801432787.4535043, rel=1e-9)
    assert float(a.timestamps[-1]) == pytest.approx(181074.35575273828, rel=1e-12)
    assert not np.array_equal(a.values, make_heldout7(71842, pauses="long").values)
    assert not np.array_equal(a.values[:500], make_heldout7(71841, pauses="short").values[:500])


def test_shapes_values_scrape_grid_and_restart_gaps(traces):
    setting, ts = traces
    check_trace_arrays(ts, HELDOUT7_SEEDS)
    gaps = np.diff(np.stack([t.timestamps for t in ts]), axis=1)
    assert set(np.median(gaps, axis=1)) == DT[setting]
    restarts = (gaps.max(axis=1) > 300).sum()  # a dead process leaves no points
    if setting == "short":
        assert restarts == 0 and (gaps.max(axis=1) <= 3 * np.median(gaps, axis=1)).all()
    else:
        assert 3 <= restarts <= 11


def test_event_counts_kinds_and_clean_share(traces):
    _, ts = traces
    clean, dirty = ts[3::4], [t for k, t in enumerate(ts) if k % 4 != 3]
    assert all(t.events == [] and np.array_equal(t.values, t.healthy) for t in clean)
    assert {len(t.events) for t in dirty} <= {1, 2, 3, 4}
    events = [e for t in dirty for e in t.events]
    assert all(isinstance(e, Event) for e in events) and 24 <= len(events) <= 32
    kinds = Counter(e.kind for e in events)
    assert set(kinds) == {"drop", "leak", "straggler"} and min(kinds.values()) >= 5
    at = np.array([(e.onset, e.ramp_end, e.end) for e in events])
    assert (at[:, 0] >= 350).all() and (np.diff(at, axis=1) >= 0).all() and (at[:, 2] <= 6000).all()
    assert (at[:, 2] - at[:, 0] >= 30).all() and (at[:, 2] == 6000).any() and (at[:, 2] < 6000).any()
    assert [e.ramp_end > e.onset for e in events] == [e.kind == "leak" for e in events]
    assert all(a.end <= b.onset for t in dirty for a, b in zip(t.events, t.events[1:]))


def test_depths_spread_and_measured(traces):
    _, ts = traces
    depths = []
    for t in ts:
        live = _live(t)
        for e in t.events:
            assert 0.07 <= e.depth <= 0.36, (t.seed, e)
            depths.append(e.depth)
            if e.kind != "leak":  # the label is the loss measured after the rate() smear
                idx = np.arange(e.onset, e.end)[10:]
                idx = idx[live[idx]]
                assert abs(_loss(t, idx) - e.depth) < 0.03, (t.seed, e)
    assert min(depths) < 0.10 and max(depths) > 0.30
    assert np.histogram(depths, bins=[0.07, 0.14, 0.21, 0.28, 0.36])[0].min() >= 3


def test_every_event_is_visible_in_its_catch_window(traces):
    _, ts = traces
    for t in ts:
        live = _live(t)
        for e in t.events:
            if e.kind == "leak":
                lo = e.ramp_end if e.end - e.ramp_end >= 30 else max(e.onset, e.end - 60)
            else:
                lo = e.onset
            win = np.arange(lo, min(lo + 60, e.end))
            assert live[win].mean() >= 0.5, (t.seed, e)
            assert _loss(t, win[live[win]]) >= 0.05, (t.seed, e)


def test_healthy_equals_values_outside_events(traces):
    _, ts = traces
    for t in ts:  # exactly equal outside, never above inside (a regression only slows)
        inside = _mask((e.onset, e.end) for e in t.events)
        assert np.array_equal(t.values[~inside], t.healthy[~inside])
        assert (t.values[inside] <= t.healthy[inside] * (1 + 1e-12)).all()


def test_pause_spans_per_setting(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert t.pauses[0][0] == 0  # the start-up (compile, first steps) is a phase too
        assert len(t.pauses) >= (30 if setting == "short" else 5)
        check_pause_spans(t, lo, hi, first=1, apart=True)


def test_phase_marks_the_pauses(traces):
    _, ts = traces
    for t in ts:
        live = _live(t)
        assert (t.healthy[live] > 0).all()  # a zero rate happens only in a routine pause
        for s, e in t.pauses[1:]:
            around = np.arange(max(s - 40, 0), min(e + 40, 6000))
            ref = np.median(t.healthy[around[live[around]]])
            assert t.healthy[s:e].min() < 0.9 * ref, (t.seed, s, e)  # every span holds a real dip


def test_onsets_near_and_inside_pauses(traces):
    _, ts = traces
    events = [(t, e) for t in ts for e in t.events]
    near = sum(any(s - 10 <= e.onset < b + 10 for s, b in t.pauses) for t, e in events)
    inside = sum(any(s <= e.onset < b for s, b in t.pauses) for t, e in events)
    assert near >= 0.4 * len(events) and inside >= 5


def test_rate_follows_prometheus():
    t = np.array([1.0, 16.0, 31.0, 46.0])
    assert _rate(t, 100 * t, np.array([60.0]), 60.0)[0] == pytest.approx(100.0)
    # a counter reset (a new process) is corrected, not read as a negative rate
    v = np.array([100.0, 1600.0, 500.0, 2000.0])
    assert _rate(t, v, np.array([60.0]), 60.0)[0] == pytest.approx((1500 + 500 + 1500) / 45)
    assert np.isnan(_rate(t, v, np.array([17.0]), 10.0)).all()  # one sample: no rate


def test_bad_pause_setting():
    with pytest.raises(ValueError, match="pauses"):
        make_heldout7(71840, pauses="medium")
