"""The third held-out generator (anomaly/heldout3.py) produces what it documents.

These tests check the generator only (labels, pauses, determinism, that each regression lowers the
rate against the healthy run); no detector runs on these traces here.
"""

from __future__ import annotations

import numpy as np
import pytest

from anomaly.heldout3 import HELDOUT3_SEEDS, SETTINGS, _draw_run, _schedule, heldout3_set, make_heldout3
from anomaly.traces import EVENT_KINDS


@pytest.fixture(scope="module")
def sets():
    return {fam: heldout3_set(fam) for fam in ("short", "long")}


def _all(sets):
    return [tr for fam in sets for tr in sets[fam]]


def test_deterministic_for_a_seed():
    a, b = make_heldout3(90_003, 3000, "long"), make_heldout3(90_003, 3000, "long")
    assert np.array_equal(a.values, b.values) and np.array_equal(a.timestamps, b.timestamps)
    assert np.array_equal(a.healthy, b.healthy)
    assert a.events == b.events and a.pauses == b.pauses
    assert not np.array_equal(a.values, make_heldout3(90_004, 3000, "long").values)
    assert not np.array_equal(a.values, make_heldout3(90_003, 3000, "short").values)


def test_set_shape_seeds_and_clean_quarter(sets):
    for fam, traces in sets.items():
        assert len(traces) == len(HELDOUT3_SEEDS) == 12
        assert [t.seed for t in traces] == list(HELDOUT3_SEEDS)
        clean = [t for t in traces if not t.events]
        assert [t.seed for t in clean] == [90_003, 90_007, 90_011]
        assert all(len(t.values) == 6000 for t in traces)


def test_clean_traces_have_no_events_and_equal_their_healthy_run():
    for fam in SETTINGS:
        tr = make_heldout3(90_050, 4000, fam, clean=True)
        assert tr.events == []
        assert np.array_equal(tr.values, tr.healthy)
        assert make_heldout3(90_050, 4000, fam, n_events=0).events == []


def test_values_positive_finite_and_timestamps_increasing(sets):
    for tr in _all(sets):
        assert np.all(np.isfinite(tr.values)) and np.all(tr.values > 0)
        assert np.all(np.isfinite(tr.healthy)) and np.all(tr.healthy > 0)
        gaps = np.diff(tr.timestamps)
        assert np.all(gaps > 0)
        assert tr.meta["scrape_s"] * 0.85 <= np.median(gaps) <= tr.meta["scrape_s"] * 1.15


def test_labels_inside_the_trace_and_never_overlapping(sets):
    kinds = set()
    for tr in _all(sets):
        n = len(tr.values)
        for e in tr.events:
            kinds.add(e.kind)
            assert e.kind in EVENT_KINDS
            assert 0 < e.onset <= e.ramp_end < e.end <= n
            assert e.end - e.onset >= 150
            if e.kind == "leak":
                assert 150 <= e.ramp_end - e.onset <= 1200
                assert 0.10 <= e.depth <= 0.40
            elif e.kind == "drop":
                assert e.ramp_end == e.onset and 0.10 <= e.depth <= 0.45
            else:
                assert e.ramp_end == e.onset and 0.08 <= e.depth <= 0.45
        for a, b in zip(tr.events, tr.events[1:]):
            assert a.end <= b.onset
    assert kinds == set(EVENT_KINDS)


def test_pause_spans_inside_sorted_and_of_the_documented_length(sets):
    for fam, traces in sets.items():
        lo, hi = SETTINGS[fam]["val"]
        for tr in traces:
            n = len(tr.values)
            assert tr.pauses, tr.name
            for a, b in tr.pauses:
                assert 0 <= a < b <= n
            for (_, b), (a, _) in zip(tr.pauses, tr.pauses[1:]):
                assert b < a
            vals = [length for kind, length in tr.meta["pause_lengths"] if kind == "validation"]
            assert vals and all(lo <= v <= hi for v in vals)
            assert any(kind == "checkpoint" for kind, _ in tr.meta["pause_lengths"]) or tr.meta["ckpt_mode"] == "steps"


def test_outside_events_the_trace_is_its_healthy_run(sets):
    for tr in _all(sets):
        same = np.ones(len(tr.values), bool)
        for e in tr.events:
            same[e.onset:e.end + tr.meta["smooth"]] = False  # the rate() window carries an event a few points on
        assert np.array_equal(tr.values[same], tr.healthy[same]), tr.name


def test_each_regression_lowers_the_rate_against_the_healthy_run(sets):
    seen = set()
    for tr in _all(sets):
        busy = np.zeros(len(tr.values), bool)
        for a, b in tr.pauses:
            busy[a:b] = True
        for e in tr.events:
            start = e.ramp_end if e.kind == "leak" else e.onset + 5
            idx = np.arange(start, e.end - 6)
            idx = idx[~busy[idx]]
            if len(idx) < 30:
                continue
            ratio = tr.values[idx] / tr.healthy[idx]
            assert np.all(ratio <= 1.0 + 1e-9), (tr.name, e)
            assert np.mean(ratio) <= 1.0 - 0.7 * e.depth, (tr.name, e, np.mean(ratio))
            seen.add(e.kind)
    assert seen == set(EVENT_KINDS)


def test_some_onsets_fall_inside_or_just_before_a_pause(sets):
    near = 0
    for tr in _all(sets):
        for e in tr.events:
            near += any(a - 10 <= e.onset < b for a, b in tr.pauses)
    assert near >= 3


def test_the_schedule_is_walked_in_steps_so_a_slower_rate_spaces_pauses_out():
    rng = np.random.default_rng(5)
    for fam in SETTINGS:
        run = _draw_run(rng, 20_000, fam)
        run.update(val_mode="steps", ckpt_mode="steps", ckpt_steps=10**12)  # validations only
        rate = np.full(20_000, run["base_rate"])
        fast = [s for kind, s, _ in _schedule(rate, run)[0] if kind == "validation"]
        slow = [s for kind, s, _ in _schedule(rate * 0.5, run)[0] if kind == "validation"]
        gap = run["val_steps"] / run["steps_per_point"]
        assert np.diff(fast).mean() == pytest.approx(gap + np.mean(run["val_len"][1:len(fast)]), rel=0.05)
        assert np.diff(slow).mean() == pytest.approx(2 * gap + np.mean(run["val_len"][1:len(slow)]), rel=0.05)


@pytest.mark.parametrize("kwargs, text", [({"pauses": "medium"}, "pauses must be"), ({"n": 100}, "n must be"),
                                          ({"n_events": -1}, "n_events")])
def test_bad_arguments_name_the_input(kwargs, text):
    with pytest.raises(ValueError, match=text):
        make_heldout3(1, **{"n": 3000, **kwargs})
