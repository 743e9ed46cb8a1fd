"""The eighth held-out trace family: generator checks only (no detector runs here)."""

import numpy as np
import pytest

from anomaly.heldout8 import HELDOUT8_SEEDS, heldout8_set, make_heldout8
from anomaly.traces import Event
from tests.trace_checks import check_pause_spans, check_trace_arrays

SPANS = {"short": (2, 12), "long": (20, 120)}


@pytest.fixture(scope="module", params=["short", "long"])
def traces(request):
    return request.param, heldout8_set(request.param)


def _paused(t):
    mask = np.zeros(len(t.values), bool)
    for s, e in t.pauses:
        mask[s:e] = True
    return mask


def test_seed_range_is_its_own():
    assert HELDOUT8_SEEDS == tuple(range(81840, 81852))


def test_deterministic_and_seed_dependent():
    for p in ("short", "long"):
        a, b = make_heldout8(81843, n=3000, pauses=p), make_heldout8(81843, n=3000, pauses=p)
        assert np.array_equal(a.values, b.values) and np.array_equal(a.timestamps, b.timestamps)
        assert np.array_equal(a.healthy, b.healthy) and a.events == b.events and a.pauses == b.pauses
        assert not np.array_equal(a.values, make_heldout8(81844, n=3000, pauses=p).values)


def test_shapes_values_and_quantisation(traces):
    _, ts = traces
    check_trace_arrays(ts, HELDOUT8_SEEDS)
    for t in ts:
        live = t.healthy[~_paused(t)]
        assert np.median(live) > 0
        # values are whole steps times a batch over the scrape interval: few distinct levels
        assert len(np.unique(np.round(t.values, 6))) < 200
    gaps = {round(float(np.median(np.diff(t.timestamps)))) for t in ts}
    assert len(gaps) >= 2 and all(9 <= g <= 31 for g in gaps)


def test_counts_kinds_and_clean_share(traces):
    _, ts = traces
    events = [e for t in ts for e in t.events]
    assert 25 <= len(events) <= 36
    kinds = [e.kind for e in events]
    assert all(kinds.count(k) >= 5 for k in ("drop", "leak", "straggler"))
    for k, t in enumerate(ts):
        if (k + 1) % 4 == 0:
            assert t.events == [] and np.array_equal(t.values, t.healthy)
        else:
            assert 2 <= len(t.events) <= 4


def test_event_placement_and_depth(traces):
    _, ts = traces
    depths = []
    for t in ts:
        paused = _paused(t)
        for e in t.events:
            assert isinstance(e, Event) and 400 < e.onset <= e.ramp_end < e.end <= 6000
            assert (e.ramp_end > e.onset) == (e.kind == "leak")
            sl = slice(e.onset, e.end)
            live = ~paused[sl]
            measured = 1 - t.values[sl][live].sum() / t.healthy[sl][live].sum()
            assert abs(measured - e.depth) < 1e-3, (t.seed, e)
            assert (0.05 if e.kind == "leak" else 0.07) <= e.depth <= 0.36, (t.seed, e)
            assert (t.values[sl] <= t.healthy[sl]).all()
            depths.append(e.depth)
        for a, b in zip(t.events, t.events[1:]):
            assert a.end <= b.onset
    assert min(depths) < 0.12 and max(depths) > 0.28


def test_every_event_visible_in_its_catch_window(traces):
    _, ts = traces
    for t in ts:
        paused = _paused(t)
        for e in t.events:
            if e.kind == "leak":
                idx = np.flatnonzero(~paused[e.ramp_end:e.end])[:60] + e.ramp_end
            else:
                w = np.arange(e.onset, e.onset + 60)
                assert (~paused[w]).mean() >= 0.6, (t.seed, e)
                idx = w[~paused[w]]
            assert 1 - t.values[idx].sum() / t.healthy[idx].sum() >= 0.05, (t.seed, e)


def test_onsets_near_pauses(traces):
    _, ts = traces
    events = [(t, e) for t in ts for e in t.events]
    near = sum(any(s - 10 <= e.onset < end + 10 for s, end in t.pauses) for t, e in events)
    assert near >= len(events) // 3


def test_pause_spans_and_phase(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert len(t.pauses) >= 6
        check_pause_spans(t, lo, hi)
        paused = _paused(t)  # the phase is real: paused points run far below the live level
        level = np.median(t.healthy[~paused])
        assert np.median(t.healthy[paused]) < 0.6 * level


def test_healthy_does_not_depend_on_the_regressions():
    for seed in HELDOUT8_SEEDS[:3]:
        for p in ("short", "long"):
            with_events = make_heldout8(seed, n=4000, pauses=p)
            clean = make_heldout8(seed, n=4000, pauses=p, n_events=0)
            assert np.array_equal(with_events.healthy, clean.values) and clean.events == []
            assert with_events.pauses == clean.pauses


def test_bad_arguments():
    with pytest.raises(ValueError, match="pauses"):
        make_heldout8(81840, pauses="medium")
    with pytest.raises(ValueError, match="n must"):
        make_heldout8(81840, n=100)
