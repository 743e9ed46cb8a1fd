"""The sixty-seventh held-out trace family (a motion-forecasting job's scenes/s, each rank's Prometheus counter
remote-written to M3 and read per minute as ``sum(rate(...[w]))`` through M3 Query): generator checks only (no
detector runs here).

Cost: the full sets (12 seeds, n=6000, both settings) take a few seconds to build, so the laws are checked on the
first 4 seeds of each setting at n=3000 (one of them clean, as in the full set); only the "long" full set is built
here, for its shapes and its row of the docstring's counts table (the "short" row and the run counts were measured
on the full sets by running ``heldout67_set`` and ``_build``, and are not re-measured here)."""

from functools import lru_cache

import numpy as np
import pytest

import anomaly.heldout67 as h67
import tests.trace_checks as tc
from anomaly.heldout66 import HELDOUT66_SEEDS
from anomaly.heldout67 import HELDOUT67_SEEDS, heldout67_set, make_heldout67
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT67_SEEDS[:4]
# evaluations, checkpoints and restarts, merged where they touch (the "long" restarts may reach 100 min)
SPANS = {"short": (4, 50), "long": (15, 170)}

PINNED_EVENTS = [Event("straggler", 800, 800, 919, 0.2698), Event("straggler", 1320, 1320, 1594, 0.2424),
                 Event("drop", 2119, 2119, 2269, 0.2476), Event("drop", 2499, 2499, 2944, 0.2502)]
PINNED_SUM = 2068485.95
PINNED_PAUSES = [(80, 93), (182, 195), (301, 315)]
PINNED_CHANGES = [648, 2013]


@lru_cache(maxsize=2)
def _set(setting: str) -> list:
    return heldout67_set(setting, n=N, seeds=SEEDS)


@lru_cache(maxsize=2)
def _builds(setting: str) -> list:
    return [h67._build(seed, N, setting) for seed in SEEDS[:2]]


@pytest.fixture(scope="module", params=["short", "long"], name="traces")
def traces(request):
    return request.param, _set(request.param)


def test_seed_range_is_its_own():
    assert HELDOUT67_SEEDS == tuple(range(672000, 672012))
    assert not set(HELDOUT67_SEEDS) & set(HELDOUT66_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout67, 672004, 672005, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout67(672000, n=2000, setting="long"), make_heldout67(672000, n=2000, pauses="long"))


@lru_cache(maxsize=1)
def _full_long() -> list:
    return heldout67_set("long")  # the one full set built here (about 2 s)


def test_full_set_shapes():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT67_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))


def test_docstring_counts_table_long():
    ts = _full_long()
    tc.check_counts_table("long", ts, h67.__doc__, max_events=36)
    assert "short 35, long 37 (curriculum switches)" in " ".join(h67.__doc__.split())
    assert sum(len(t.changes) for t in ts) == 37


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_step_by_the_panels_minute():
    for t in _set("short"):
        assert np.allclose(np.diff(t.timestamps), 60.0) and t.timestamps[0] == h67.EPOCH + h67.S0, t.seed
        assert t.timestamps[0] % 60 == 0


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert len(t.pauses) >= 8 and t.pauses[0][0] > 0, t.seed
        tc.check_pause_spans(t, lo, hi, n=N, apart=True)
    if setting == "long":
        assert any(e - s > 60 for t in ts for s, e in t.pauses)


def test_nothing_is_trained_in_a_pause_and_its_points_are_paused():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b, kind in run.pauses_t:
                assert not run.rate[int(np.ceil(a)):int(b)].any(), (a, b, kind)
                inside = (run.t_eval > a) & (run.t_eval - run.w < b)
                assert not live[inside].any(), (a, b, kind)


def test_the_panel_reads_the_jobs_rate_over_its_window():
    """Away from pauses the points are the job's mean scenes/s over their rate window (extrapolation, M3's slow
    episodes and the aggregated namespace's last values aside)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            C = np.concatenate([[0.0], np.cumsum(run.rate)])
            T, w = run.t_eval.astype(int), int(run.w)
            true = (C[T] - C[T - w]) / w
            assert 0.98 < h[live].sum() / true[live].sum() < 1.01
            assert np.median(np.abs(h[live] / true[live] - 1)) < 0.01
            assert (h >= 0).all()


def test_restarts_make_new_series_or_reset_counters():
    runs = [b[0] for s in ("short", "long") for b in _builds(s)]
    for run in runs:
        new_pods = sum(not same for _, _, same in run.restarts)
        assert run.stats["series"] == run.ranks * (1 + new_pods)
    assert any(same for run in runs for _, _, same in run.restarts)
    assert any(not same for run in runs for _, _, same in run.restarts)
    assert {run.agg for run in runs} == {True, False}


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
    rng = np.random.default_rng(0)
    w = h67._weight(rng, "leak", 5000, 3000)
    assert w[0] == 0 and (np.diff(w[:3000]) >= 0).all() and np.allclose(w[3000:], 1)
    w = h67._weight(rng, "straggler", 20000, 0)
    assert len(np.unique(w)) == 2 and w.max() == 1.0 and w.min() <= 0.35 and (w == 1).mean() > 0.05
    w = h67._weight(rng, "drop", 3000, 0)
    assert 0 < w[0] <= 1 and (np.diff(w) >= 0).all() and w[-1] == 1.0


def test_healthy_does_not_depend_on_the_regressions():
    seed = HELDOUT67_SEEDS[0]
    with_events = make_heldout67(seed, n=2000, pauses="long")
    clean = make_heldout67(seed, n=2000, pauses="long", n_events=0)
    assert np.array_equal(with_events.healthy, clean.values) and with_events.pauses == clean.pauses
    assert np.array_equal(with_events.timestamps, clean.timestamps) and with_events.changes == clean.changes


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout67, 672000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout67(672000, n_events=9)
