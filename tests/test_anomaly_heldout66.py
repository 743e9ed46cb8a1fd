"""The sixty-sixth held-out trace family (a time-series foundation model's pretraining windows/s, each node's count
pushed to KairosDB with telnet ``put`` and summed per minute by a Grafana panel): generator checks only (no detector
runs here).

Cost: the full sets (12 seeds, n=6000, both settings) take a few seconds to build, so the laws are checked on the
first 4 seeds of each setting at n=3000 (one of them clean, as in the full set); only the "long" full set is built
here, for its shapes and its row of the docstring's counts table (the "short" row and the run counts were measured
on the full sets by running ``heldout66_set`` and ``_build``, and are not re-measured here)."""

from functools import lru_cache

import numpy as np
import pytest

import anomaly.heldout66 as h66
import tests.trace_checks as tc
from anomaly.heldout65 import HELDOUT65_SEEDS
from anomaly.heldout66 import HELDOUT66_SEEDS, heldout66_set, make_heldout66
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT66_SEEDS[:4]
# evaluations, checkpoints and restarts, merged where they touch
SPANS = {"short": (2, 20), "long": (10, 110)}

PINNED_EVENTS = [Event("drop", 764, 764, 999, 0.1252), Event("straggler", 1369, 1369, 1616, 0.2064),
                 Event("leak", 2304, 2694, 2889, 0.2693)]
PINNED_SUM = 14440141.05
PINNED_PAUSES = [(48, 56), (99, 105), (149, 154)]
PINNED_CHANGES = [415, 1125]


@lru_cache(maxsize=2)
def _set(setting: str) -> list:
    return heldout66_set(setting, n=N, seeds=SEEDS)


@lru_cache(maxsize=2)
def _builds(setting: str) -> list:
    return [h66._build(seed, N, setting) for seed in SEEDS[:2]]


@pytest.fixture(scope="module", params=["short", "long"], name="traces")
def traces(request):
    return request.param, _set(request.param)


def test_seed_range_is_its_own():
    assert HELDOUT66_SEEDS == tuple(range(662000, 662012))
    assert not set(HELDOUT66_SEEDS) & set(HELDOUT65_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout66, 662004, 662005, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout66(662000, n=2000, setting="long"), make_heldout66(662000, n=2000, pauses="long"))


@lru_cache(maxsize=1)
def _full_long() -> list:
    return heldout66_set("long")  # the one full set built here (about 1 s)


def test_full_set_shapes():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT66_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))


def test_docstring_counts_table_long():
    ts = _full_long()
    tc.check_counts_table("long", ts, h66.__doc__, max_events=32)
    assert "short 35, long 37 (mixture re-balances)" in " ".join(h66.__doc__.split())
    assert sum(len(t.changes) for t in ts) == 37


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_step_by_the_minute_from_the_buckets_phase():
    for t in _set("short"):
        d = np.diff(t.timestamps)
        assert np.allclose(d, 60.0) and 0 <= (t.timestamps[0] - h66.T0) < 60, t.seed


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert len(t.pauses) >= 8 and t.pauses[0][0] > 0, t.seed
        tc.check_pause_spans(t, lo, hi, n=N, apart=True)
    if setting == "long":
        assert any(e - s > 60 for t in ts for s, e in t.pauses)


def test_nothing_is_trained_in_a_pause_and_its_minutes_are_paused():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            phi = run.col.phi
            for a, b, kind in run.pauses_t:
                assert not run.rate[int(np.ceil(a)):int(b)].any(), (a, b, kind)
                j = np.arange(run.n)
                inside = (phi + 60.0 * j + 60 > a) & (phi + 60.0 * j < b)
                assert not live[inside].any(), (a, b, kind)


def test_collection_is_close_to_the_jobs_count():
    for run, h, spans, live, changes in _builds("short"):
        phi = int(np.ceil(run.col.phi))
        true = run.rate[phi:phi + 60 * run.n].reshape(run.n, 60).sum(1) / 60.0
        ratio = h[live].sum() / true[live].sum()
        assert 0.97 < ratio < 1.03, ratio
        assert (h >= 0).all()


def test_pushes_tile_each_nodes_process_and_some_are_lost():
    for run, h, spans, live, changes in _builds("long"):
        c = run.col
        for r in range(run.stats["nodes"]):
            m = c.node == r
            assert (c.t[m] > c.prev[m]).all()  # a count from the node's previous push (or its start) on
        assert 0.95 < c.counted.mean() <= 1
    stats = [b[0].stats for s in ("short", "long") for b in _builds(s)]
    assert sum(s["overwritten"] for s in stats) > 0 and sum(s["node_failures"] for s in stats) > 0


def test_events_placement(traces):
    tc.check_event_placement(traces[1], 2, 4, first=N // 10, n=N)
    for k, t in enumerate(traces[1]):
        assert (k + 1) % 4 == 0 or len({e.kind for e in t.events}) >= 2, t.seed


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=2)


def test_weights():
    tc.check_event_weights(h66._weight)


def test_healthy_does_not_depend_on_the_regressions():
    seed = HELDOUT66_SEEDS[0]
    with_events = make_heldout66(seed, n=2000, pauses="long")
    clean = make_heldout66(seed, n=2000, pauses="long", n_events=0)
    assert np.array_equal(with_events.healthy, clean.values) and with_events.pauses == clean.pauses
    assert np.array_equal(with_events.timestamps, clean.timestamps) and with_events.changes == clean.changes


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout66, 662000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout66(662000, n_events=9)

