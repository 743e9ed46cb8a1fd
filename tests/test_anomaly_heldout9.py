"""The ninth held-out trace family (elastic training): generator checks only (no detector runs here)."""

import numpy as np
import pytest

from anomaly.heldout9 import HELDOUT9_SEEDS, SETTINGS, _healthy, heldout9_set, make_heldout9
from anomaly.traces import Event
from tests.trace_checks import (check_healthy_outside_events, check_pause_spans, check_trace_arrays, live_loss,
                                paused_mask)

SPANS = {"short": (2, 20), "long": (2, 120)}


@pytest.fixture(scope="module", params=["short", "long"])
def traces(request):
    return request.param, heldout9_set(request.param)


def _rendezvous(seed, setting, n=6000):
    k = list(SETTINGS).index(setting)
    return _healthy(np.random.default_rng([seed, k, 0]), n, SETTINGS[setting])[3]


def test_seed_range_is_its_own():
    assert HELDOUT9_SEEDS == tuple(range(91840, 91852))


def test_deterministic_and_seed_dependent():
    a, b = make_heldout9(91843, n=3000), make_heldout9(91843, n=3000)
    assert np.array_equal(a.values, b.values) and np.array_equal(a.timestamps, b.timestamps)
    assert np.array_equal(a.healthy, b.healthy) and a.events == b.events and a.pauses == b.pauses
    assert not np.array_equal(a.values, make_heldout9(91844, n=3000).values)
    t = make_heldout9(91842)
    assert [(e.kind, e.onset, e.ramp_end, e.end) for e in t.events] == PINNED_EVENTS
    assert round(float(t.values.sum()), -2) == PINNED_SUM


def test_shapes_and_values(traces):
    _, ts = traces
    check_trace_arrays(ts, HELDOUT9_SEEDS)
    gaps = {round(float(np.median(np.diff(t.timestamps)))) for t in ts}
    assert gaps <= {10, 15, 30} and len(gaps) >= 2


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert len(t.pauses) >= 8
        check_pause_spans(t, lo, hi, apart=True)
    longest = max(e - s for t in ts for s, e in t.pauses)
    assert longest > 60 if setting == "long" else longest <= 20


def test_every_fourth_trace_is_clean_and_equals_healthy(traces):
    _, ts = traces
    for k, t in enumerate(ts):
        if (k + 1) % 4 == 0:
            assert t.events == [] and np.array_equal(t.values, t.healthy)
        else:
            assert 1 <= len(t.events) <= 3


def test_events_kinds_placement_and_depths(traces):
    _, ts = traces
    for t in ts:
        paused = paused_mask(t)
        for e in t.events:
            assert isinstance(e, Event) and e.kind in {"drop", "straggler", "leak"}
            assert 450 <= e.onset <= e.ramp_end < e.end <= 6000
            assert (e.ramp_end > e.onset) == (e.kind == "leak")
            depth = live_loss(t, e.onset, e.end, paused)
            assert abs(depth - e.depth) < 1e-3 and 0.07 <= e.depth <= 0.35, (t.seed, e)
            if e.kind == "leak":  # visible by the end of the ramp
                r = e.ramp_end - 1
                assert t.values[r] / t.healthy[r] <= 0.93, (t.seed, e)
            else:  # visible within 60 points of the onset
                live = (~paused[e.onset:e.onset + 60]).sum()
                assert live >= 10 and live_loss(t, e.onset, e.onset + 60, paused) >= 0.06, (t.seed, e)
        for a, b in zip(t.events, t.events[1:]):
            assert a.end + 100 <= b.onset


def test_values_equal_healthy_outside_events(traces):
    _, ts = traces
    for t in ts:
        check_healthy_outside_events(t)


def test_every_kind_and_onsets_near_pauses_occur():
    events = [(t, e) for p in SPANS for t in heldout9_set(p) for e in t.events]
    assert {e.kind for _, e in events} == {"drop", "straggler", "leak"}
    near = sum(any(s - 10 <= e.onset < end + 10 for s, end in t.pauses) for t, e in events)
    assert near >= 10
    depths = [e.depth for _, e in events]
    assert min(depths) < 0.12 and max(depths) > 0.25


def test_healthy_does_not_depend_on_the_regressions():
    for seed in HELDOUT9_SEEDS[:4]:
        for p in SPANS:
            with_events = make_heldout9(seed, n=4000, pauses=p)
            clean = make_heldout9(seed, n=4000, pauses=p, n_events=0)
            assert np.array_equal(with_events.healthy, clean.values)
            assert np.array_equal(with_events.timestamps, clean.timestamps) and with_events.pauses == clean.pauses
        assert len(make_heldout9(seed, n=4000, n_events=3).events) >= 2


def test_world_size_steps_are_healthy_unlabelled_pauses(traces):
    """Every re-formation is a reported near-zero pause; nodes leaving or joining step the healthy
    level by roughly the world-size ratio, leaks never outlive a restart, and some regressions start at a
    rendezvous end or end at the next one."""
    setting, ts = traces
    steps = compared = starts_at = ends_at = 0
    for t in ts:
        rdzv = _rendezvous(t.seed, setting)
        starts_at += sum(ev.onset in {e for _, e, _, _ in rdzv} for ev in t.events)
        ends_at += sum(ev.end in {s for s, _, _, _ in rdzv} for ev in t.events)
        assert rdzv and {k for _, _, _, k in rdzv} <= {"leave", "join", "restart"}
        w_before, live = None, ~paused_mask(t)
        for s, e, w, kind in rdzv:
            after = t.healthy[e + 20:e + 300][live[e + 20:e + 300]]
            assert (s, e) in t.pauses and t.healthy[s:e].max() <= 0.03 * np.median(after)
            assert not any(ev.kind == "leak" and ev.onset < s < ev.end for ev in t.events)
            if kind != "restart" and w_before is not None and e + 400 < len(t.values):
                before = np.median(t.healthy[s - 200:s - 20][live[s - 200:s - 20]])
                after = np.median(t.healthy[e + 200:e + 400][live[e + 200:e + 400]])
                ratio, nodes = after / before, w / w_before
                assert (ratio - 1) * (nodes - 1) > 0 and abs(np.log(ratio / nodes)) < 0.25, (t.seed, s, ratio, nodes)
                steps += abs(np.log(ratio)) > 0.1
                compared += 1
            w_before = w
    assert steps >= 5 and compared >= 15, (steps, compared)
    assert starts_at >= 2 and ends_at >= 2, (starts_at, ends_at)  # came back degraded; cleared by a restart


def test_bad_arguments():
    with pytest.raises(ValueError, match="pauses"):
        make_heldout9(91840, pauses="medium")
    with pytest.raises(ValueError, match="n must"):
        make_heldout9(91840, n=100)


PINNED_EVENTS = [("leak", 1201, 1571, 1832), ("straggler", 3376, 3376, 3741), ("drop", 4973, 4973, 5310)]
PINNED_SUM = 132896000.0  # sum of make_heldout9(91842).values, to the hundred
