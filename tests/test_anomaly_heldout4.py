"""The fourth held-out generator (``anomaly/heldout4.py``) keeps its promises; no detector runs here.

Known exceptions, checked as such: a pause span may be shorter than its setting's minimum where the
trace ends inside it or where a preemption (the ``restart`` span that follows) cut it short.
"""

from __future__ import annotations

import numpy as np
import pytest

from anomaly.heldout4 import (
    EVENT_START,
    HELDOUT4_SEEDS,
    PAUSE_KINDS,
    PAUSE_POINTS,
    heldout4_set,
    make_heldout4,
    make_heldout4_detail,
)
from anomaly.traces import Event, Trace

SETTINGS = ("short", "long")


@pytest.fixture(scope="module")
def sets():
    """Per setting: the held-out set (as the benchmark builds it) and each trace's pause kinds."""
    out = {}
    for pauses in SETTINGS:
        traces = heldout4_set(pauses)
        kinds = [make_heldout4_detail(s, 6000, pauses, 0 if (i + 1) % 4 == 0 else None)[1]
                 for i, s in enumerate(HELDOUT4_SEEDS)]
        out[pauses] = list(zip(traces, kinds))
    return out


def _outside(trace: Trace) -> np.ndarray:
    mask = np.ones(trace.values.size, bool)
    for e in trace.events:
        mask[e.onset:e.end] = False
    return mask


def test_seeds_are_twelve_and_their_own():
    assert len(HELDOUT4_SEEDS) == 12
    taken = [range(9000, 9101), range(70000, 70101), range(90000, 90101), range(301000, 301101)]
    assert not any(s in r for s in HELDOUT4_SEEDS for r in taken)


@pytest.mark.parametrize("pauses", SETTINGS)
def test_deterministic_in_the_seed(pauses):
    a, b = make_heldout4(46215, 3000, pauses), make_heldout4(46215, 3000, pauses)
    assert np.array_equal(a.values, b.values) and np.array_equal(a.timestamps, b.timestamps)
    assert np.array_equal(a.healthy, b.healthy)
    assert a.events == b.events and a.pauses == b.pauses and a.seed == b.seed == 46215
    other = make_heldout4(46216, 3000, pauses)
    assert not np.array_equal(a.values, other.values)


@pytest.mark.parametrize("pauses", SETTINGS)
def test_shapes_values_and_timestamps(sets, pauses):
    medians = []
    for trace, _ in sets[pauses]:
        assert isinstance(trace, Trace)
        for arr in (trace.values, trace.timestamps, trace.healthy):
            assert arr.shape == (6000,) and np.isfinite(arr).all()
        assert (trace.values >= 0).all() and (trace.healthy >= 0).all()
        gaps = np.diff(trace.timestamps)
        assert (gaps > 0).all()
        medians.append(np.median(gaps))
        assert gaps.min() >= 0.85 * medians[-1]
        assert trace.timestamps[0] > 1.6e9  # unix seconds
    assert all(4.9 <= m <= 15.1 for m in medians) and len(set(np.round(medians))) >= 3  # 5-15 s, jittered
    # missed scrapes: some gaps are about two or three intervals
    assert sum((np.diff(t.timestamps) > 1.8 * m).any() for (t, _), m in zip(sets[pauses], medians)) >= 6


def test_other_lengths_and_many_seeds_stay_sound():
    for seed in range(46300, 46330):
        for pauses in SETTINGS:
            trace = make_heldout4(seed, 1500, pauses)
            assert trace.values.size == trace.timestamps.size == 1500
            assert np.isfinite(trace.values).all() and (trace.values >= 0).all()
            assert (np.diff(trace.timestamps) > 0).all()
            _check_events(trace, 1500)


def _check_events(trace: Trace, n: int) -> None:
    assert 1 <= len(trace.events) <= 3
    last = -1
    for e in trace.events:
        assert isinstance(e, Event) and e.kind in ("drop", "leak", "straggler")
        assert e.onset >= 400 and e.onset > last and e.onset < e.end <= n
        assert e.onset <= e.ramp_end < e.end
        assert e.ramp_end == e.onset or e.kind == "leak"
        last = e.end - 1


@pytest.mark.parametrize("pauses", SETTINGS)
def test_events_and_clean_traces(sets, pauses):
    for i, (trace, _) in enumerate(sets[pauses]):
        if (i + 1) % 4 == 0:
            assert trace.events == []
            assert np.array_equal(trace.values, trace.healthy)
        else:
            _check_events(trace, 6000)
            assert all(e.onset >= EVENT_START - 4 for e in trace.events)
    events = [e for t, _ in sets[pauses] for e in t.events]
    assert {e.kind for e in events} == {"drop", "leak", "straggler"}
    assert any(e.end == 6000 for e in events) and any(e.end < 6000 for e in events)


def test_heldout4_set_marks_every_nth_clean():
    traces = heldout4_set("short", n=1500, seeds=range(46300, 46306), clean_every=3)
    assert [bool(t.events) for t in traces] == [True, True, False, True, True, False]
    with pytest.raises(ValueError, match="clean_every"):
        heldout4_set("short", clean_every=0)


@pytest.mark.parametrize("bad", [dict(pauses="medium"), dict(n=200), dict(n_events=4)])
def test_bad_arguments_are_refused(bad):
    with pytest.raises(ValueError):
        make_heldout4(46210, **{"n": 6000, "pauses": "short", **bad})


@pytest.mark.parametrize("pauses", SETTINGS)
def test_healthy_equals_values_outside_events_and_depth_is_measured(sets, pauses):
    for trace, _ in sets[pauses]:
        out = _outside(trace)
        assert np.array_equal(trace.values[out], trace.healthy[out])
        for e in trace.events:
            v, h = trace.values[e.onset:e.end], trace.healthy[e.onset:e.end]
            assert not np.array_equal(v, h)
            measured = 1 - v.sum() / h.sum()
            assert measured == pytest.approx(e.depth, abs=0.03), (trace.seed, e)
            bounds = {"drop": (0.07, 0.41), "leak": (0.04, 0.41), "straggler": (0.07, 0.36)}[e.kind]
            assert bounds[0] <= e.depth <= bounds[1]
            if e.kind == "leak":  # the plateau after the ramp is 10-40 % below healthy
                plateau = 1 - trace.values[e.ramp_end:e.end].sum() / trace.healthy[e.ramp_end:e.end].sum()
                assert 0.08 <= plateau <= 0.42 and plateau > measured - 0.01


@pytest.mark.parametrize("pauses", SETTINGS)
def test_straggler_phases_are_burstier_than_the_run(sets, pauses):
    seen = 0
    for trace, _ in sets[pauses]:
        for e in (e for e in trace.events if e.kind == "straggler"):
            v, h = trace.values[e.onset:e.end], trace.healthy[e.onset:e.end]
            ok = h > 0.5 * np.median(trace.healthy)
            assert np.std(v[ok] / h[ok]) > 0.05
            seen += 1
    assert seen >= 2


@pytest.mark.parametrize("pauses", SETTINGS)
def test_pause_spans(sets, pauses):
    lo, hi = PAUSE_POINTS[pauses]
    for trace, kinds in sets[pauses]:
        assert len(trace.pauses) == len(kinds) >= 3
        end = 0
        for k, ((a, b), kind) in enumerate(zip(trace.pauses, kinds)):
            assert kind in PAUSE_KINDS
            assert end <= a < b <= 6000
            end = b
            cut = b == 6000 or (k + 1 < len(kinds) and kinds[k + 1] == "restart" and trace.pauses[k + 1][0] == b)
            assert b - a <= hi and (b - a >= lo or cut), (trace.seed, kind, a, b)


@pytest.mark.parametrize("pauses", SETTINGS)
def test_every_pause_kind_appears_and_looks_its_part(sets, pauses):
    seen = {kind: 0 for kind in PAUSE_KINDS}
    looks = {kind: [] for kind in PAUSE_KINDS}
    lowest = {"epoch_end": [], "restart": []}  # both pass through zero, then ramp up
    for trace, kinds in sets[pauses]:
        level = np.median(trace.healthy)
        for (a, b), kind in zip(trace.pauses, kinds):
            seen[kind] += 1
            if b - a >= 6:  # the middle third of a pause, away from windows only partly inside it
                looks[kind].append(np.median(trace.healthy[a + (b - a) // 3: b - (b - a) // 3]) / level)
                if kind in lowest:
                    lowest[kind].append(trace.healthy[a:b].min() / level)
    assert all(seen.values()), seen
    if pauses == "long":
        assert all(looks.values()), {k: len(v) for k, v in looks.items()}
    med = {k: np.median(v) for k, v in looks.items() if v}
    assert med.get("val_zero", 0) < 0.05 and med.get("ckpt_sync", 0) < 0.05
    assert 0.2 < med.get("val_partial", 0.5) < 0.8
    assert med.get("val_rising", 2) > 1.15
    assert 0.3 < med.get("ckpt_async", 0.5) < 0.95
    if pauses == "long":  # short ones are smeared by the rate() window
        assert all(np.median(v) < 0.1 for v in lowest.values())


@pytest.mark.parametrize("pauses", SETTINGS)
def test_restarts_leave_a_scrape_gap(sets, pauses):
    seen = 0
    for trace, kinds in sets[pauses]:
        step = np.median(np.diff(trace.timestamps))
        for (a, _), kind in zip(trace.pauses, kinds):
            if kind == "restart":
                assert trace.timestamps[a] - trace.timestamps[a - 1] > 3 * step
                seen += 1
    assert seen >= 3


@pytest.mark.parametrize("pauses", SETTINGS)
def test_some_onsets_fall_inside_or_just_before_a_pause(sets, pauses):
    events = [(e, t.pauses) for t, _ in sets[pauses] for e in t.events]
    near = [e for e, spans in events if any(a - 5 <= e.onset < b for a, b in spans)]
    inside = [e for e, spans in events if any(a <= e.onset < b for a, b in spans)]
    assert len(near) >= 4 and len(inside) >= 2 and len(near) < len(events)
