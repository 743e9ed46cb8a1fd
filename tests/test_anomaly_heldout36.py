"""The thirty-sixth held-out trace family (a time-series foundation model's training windows/s: per-node counters that
the trainers insert into ClickHouse, read back per bucket as the sum of ``v - lagInFrame(v)`` over the hosts):
generator checks only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes, every kind placed and its pause spans per trace, its row of the docstring's
counts table and its changes line (the "short" row and changes line were measured on the full sets, and are not
re-measured here)."""

from functools import lru_cache

import numpy as np
import pytest

import anomaly.heldout36 as h36
from anomaly.heldout35 import HELDOUT35_SEEDS
from anomaly.heldout36 import HELDOUT36_SEEDS, heldout36_set, make_heldout36
from tests.trace_checks import (check_aligned_steps, check_changes_move_the_level, check_counts_and_changes,
                                check_depths_visible, check_event_placement, check_every_kind_placed,
                                check_family_bad_arguments, check_family_healthy_independent, check_family_pauses,
                                check_healthy_outside_events, check_trace_arrays, shared_builds)

SPANS = {"short": (6, 22), "long": (30, 110)}

N = 3000
SEEDS = HELDOUT36_SEEDS[:4]

shared = shared_builds(h36)  # the sets and the tests build each run once


@lru_cache(maxsize=2)
def _set(setting: str) -> list:
    return heldout36_set(setting, n=N, seeds=SEEDS)


def _builds(setting: str) -> list:
    return [h36._build(seed, N, setting) for seed in SEEDS]


@pytest.fixture(scope="module", params=["short", "long"], name="traces")
def traces(request):
    return request.param, _set(request.param)


@lru_cache(maxsize=1)
def _full_long() -> list:
    return heldout36_set("long")  # the one full set built here


def _full_long_builds() -> list:
    _full_long()
    return [h36._build(seed, 6000, "long") for seed in HELDOUT36_SEEDS]  # memoised: the set's own runs


def test_seed_range_is_its_own():
    assert HELDOUT36_SEEDS == tuple(range(362000, 362012))
    assert not set(HELDOUT36_SEEDS) & set(HELDOUT35_SEEDS)


def test_deterministic_and_seed_dependent():
    a, b = make_heldout36(362001, n=3000), make_heldout36(362001, n=3000)
    assert np.array_equal(a.values, b.values) and a.events == b.events and a.pauses == b.pauses
    assert not np.array_equal(a.values, make_heldout36(362002, n=3000).values)
    assert not np.array_equal(a.healthy, make_heldout36(362001, n=3000, pauses="long").healthy)


def test_full_set_shapes_kinds_and_pause_spans_long():
    ts = _full_long()
    check_trace_arrays(ts, HELDOUT36_SEEDS)
    check_every_kind_placed(ts)
    for t in ts:  # each long trace's spans at n=6000, as before
        check_family_pauses("long", t, SPANS, min_count=8, starts_paused=True)


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_buckets(traces):
    check_aligned_steps(traces[1], (30.0, 60.0))


def test_pause_spans(traces):
    """The trace starts with the start-up; every pause span lies in the setting's range."""
    setting, ts = traces
    for t in ts:  # 8 spans or more a trace at n=6000: 4 at n=3000, in proportion
        check_family_pauses(setting, t, SPANS, min_count=4, starts_paused=True, n=N)


def test_events_placement(traces):
    # every kind in each regressed trace: checked on the full "long" set (at n=3000 a trace may miss one)
    check_event_placement(traces[1], 3, 4, first=N // 10, n=N)  # the slots start at n // 10


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    check_depths_visible(traces[1])


def test_docstring_counts_table_long():
    builds = _full_long_builds()
    world = sum(k == "world" and int(t // r.dt) < 6000 for r, *_ in builds for t, k in zip(r.known_t, r.known_kind))
    listed = sum(len(b[4]) for b in builds)
    line = f"long {listed} ({world} world-size changes, {listed - world} stages)"
    check_counts_and_changes(("long", _full_long()), h36.__doc__, listed, line)


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    check_changes_move_the_level(traces[1], n=N, min_checked=2)  # 5 on the full sets, with 6 times the points


def test_read_sums_the_lag_differences():
    """A row adds its change over the host's previous row; a fall (a reset) and a host's first row add nothing; a
    row that arrives after its bucket was read is left out and the next row's change is over the row before it."""
    ts = np.array([5.0, 15.0, 25.0, 35.0, 45.0, 55.0, 65.0, 75.0, 10.0, 30.0, 50.0, 70.0])
    host = np.array([0] * 8 + [1] * 4)
    v = np.array([0.0, 60.0, 120.0, 30.0, 90.0, 150.0, 210.0, 270.0, 100.0, 160.0, 220.0, 280.0])
    arr = ts + 1.0
    out = h36._read(ts, host, v, arr, 60.0, 10.0, 2)
    # bucket 0: host 0 adds 60 at 15, 25, 45 and 55 s (35 s is a reset), host 1 60 at 30 and 50 s; bucket 1: 3 x 60
    assert np.allclose(out, [360 / 60.0, 180 / 60.0])
    arr[2] = 200.0  # the row at 25 s arrives after bucket 0 was read (at 70 s): 35 s is over 15 s, a fall
    assert np.allclose(h36._read(ts, host, v, arr, 60.0, 10.0, 2), [300 / 60.0, 180 / 60.0])
    assert np.allclose(h36._read(ts[:1], host[:1], v[:1], arr[:1], 60.0, 10.0, 3), 0.0)


def test_arrivals_follow_the_client_flush_and_the_outages():
    rng = np.random.default_rng(3)
    t = np.arange(0.0, 3000.0, 10.0)
    arr = h36._arrivals(rng, t, 15.0, [(1000.0, 1100.0)])
    assert (arr >= t).all() and (arr - t < 16.0)[(t < 980) | (t > 1100)].all()
    down = (t > 1000) & (t < 1080)
    assert (arr[down] >= 1101.0).all() and (arr[down] <= 1131.0).all()


def test_writes_every_period_after_boot():
    t = h36._writes(np.random.default_rng(2), 100.0, 5000.0, 10.0)
    assert 120.0 <= t[0] <= 144.0 and t[-1] < 5000.0 and np.median(np.diff(t)) == np.float64(np.median(np.diff(t)))
    assert np.abs(np.diff(t) - 10.0).max() < 3.5 and np.median(np.abs(np.diff(t) - 10.0)) < 0.05


def test_counters_whole_steps_and_never_falling():
    run = _builds("short")[0][0]
    r = run.rows
    base = h36._counts(run)
    assert np.array_equal(base % r["b"], np.zeros(len(base)))
    lost = np.zeros(len(run.steps))
    lost[2000:2400] = 0.3 * run.steps[2000:2400]
    cnt = h36._counts(run, [lost])
    assert (cnt <= base).all() and cnt.sum() < base.sum()
    o = np.lexsort((r["t"], r["host"] * 1000 + r["proc"]))
    same = (np.diff((r["host"] * 1000 + r["proc"])[o]) == 0)
    assert (np.diff(cnt[o])[same] >= 0).all()
    after = (r["t"] > 2500 * h36._W) & (r["proc"] == r["proc"][np.searchsorted(r["t"], 2000 * h36._W)])
    assert len(np.unique(((base - cnt) / r["b"])[after])) == 1


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout36, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    check_family_bad_arguments(make_heldout36, 362000)
