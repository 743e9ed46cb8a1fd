"""The sixty-third held-out trace family (an AlphaZero-style self-play learner's training positions/s, each learner
node's cumulative count read by a Sensu Go metric check, sent to Sumo Logic and summed per minute from ``rate
counter | quantize to 1m | sum``): generator checks only (no detector runs here)."""

from functools import lru_cache

import numpy as np
import pytest

import anomaly.heldout63 as h63
import tests.trace_checks as tc
from anomaly.heldout62 import HELDOUT62_SEEDS
from anomaly.heldout63 import HELDOUT63_SEEDS, heldout63_set, make_heldout63
from anomaly.traces import Event

# checkpoints, promotions (actors' reload), gating matches (long) and learner restarts
SPANS = {"short": (1, 25), "long": (1, 128)}

traces = tc.traces_fixture(heldout63_set)
shared = tc.shared_builds(h63)  # the set and the tests build each run once

PINNED_EVENTS = [Event("straggler", 969, 969, 1073, 0.119), Event("leak", 1379, 1676, 2041, 0.2126),
                 Event("drop", 2692, 2692, 2941, 0.1913)]
PINNED_SUM = 14303800.44961396
PINNED_PAUSES = [(69, 72), (155, 158), (236, 243)]
PINNED_CHANGES = [1188, 2510]


@lru_cache(maxsize=2)
def _builds(setting: str) -> list:
    return [h63._build(seed, 6000, setting) for seed in HELDOUT63_SEEDS]


def test_seed_range_is_its_own():
    assert HELDOUT63_SEEDS == tuple(range(632000, 632012))
    assert not set(HELDOUT63_SEEDS) & set(HELDOUT62_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout63, 632004, 632005, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout63(632000, n=2000, setting="long"), make_heldout63(632000, n=2000, pauses="long"))


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], HELDOUT63_SEEDS)


def test_timestamps_are_the_aligned_minutes(traces):
    tc.check_aligned_steps(traces[1], (60.0,))


def test_pause_spans(traces):
    setting, ts = traces
    for t in ts:
        tc.check_family_pauses(setting, t, SPANS, min_count=12, starts_paused=False)


def test_no_position_is_trained_in_a_pause_and_its_minutes_are_paused():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting)[:4]:
            for a, b, kind in run.pauses_t:
                assert not run.x[int(np.ceil(a)):int(b)].any(), (a, b, kind)
                j = np.arange(run.n)
                inside = (60.0 * j >= a) & (60.0 * j + 60 <= b)
                assert not live[inside].any(), (a, b, kind)


def test_collection_is_close_to_the_learners_count():
    for run, h, spans, live, changes in _builds("short")[:4]:
        true = np.add.reduceat(run.x[:run.n * 60], np.arange(0, run.n * 60, 60)) / 60.0
        ratio = h[live].sum() / true[live].sum()
        assert 0.9 < ratio < 1.05, ratio
        assert (h >= 0).all()


def test_docstring_counts_table(traces):
    setting = traces[0]
    listed = sum(len(b[4]) for b in _builds(setting))
    line = f"{setting} {listed} (promotions that moved the game length)"
    tc.check_counts_and_changes(traces, h63.__doc__, listed, line)


def test_events_placement(traces):
    tc.check_every_kind_placed(traces[1], first=600)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], min_checked=4)


def test_weights():
    rng = np.random.default_rng(0)
    w = h63._weight(rng, "leak", 5000, 3000)
    assert w[0] == 0 and (np.diff(w[:3000]) >= 0).all() and np.allclose(w[3000:], 1)
    w = h63._weight(rng, "straggler", 20000, 0)
    assert len(np.unique(w)) == 2 and w.max() == 1.0 and w.min() <= 0.3 and (w == 1).mean() > 0.05
    w = h63._weight(rng, "drop", 3000, 0)
    assert 0 < w[0] <= 1 and (np.diff(w) >= 0).all() and w[-1] == 1.0


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout63, HELDOUT63_SEEDS[:2], changes=True, n=6000)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout63, 632000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout63(632000, n_events=9)


def test_docstring_run_counts():
    doc = " ".join(h63.__doc__.split())
    a, b = [{k: sum(r[0].stats[k] for r in _builds(s)) for k in ("checkpoints", "promotions", "restarts", "new_hosts")}
            for s in ("short", "long")]
    assert f"{a['checkpoints']} and {b['checkpoints']} checkpoints" in doc
    assert f"{a['promotions']} and {b['promotions']} promotions" in doc
    assert f"{a['restarts']} and {b['restarts']} learner restarts, {a['new_hosts']} and {b['new_hosts']}" in doc
