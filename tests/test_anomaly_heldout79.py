"""The seventy-ninth held-out trace family (a reward model's training comparisons/s, each node's counter or rate
checked by Nagios Core through NRPE or submitted passively by NSCA / NRDP, written as perfdata, shipped by Nagflux to
InfluxDB and summed per minute over the hosts by a Grafana panel that a watcher reads once per bucket): generator
checks only (no detector here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes and its row of the docstring's counts
table (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout79 as h79
import tests.trace_checks as tc
from anomaly.heldout78 import HELDOUT78_SEEDS
from anomaly.heldout79 import HELDOUT79_SEEDS, heldout79_set, make_heldout79
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT79_SEEDS[:4]
PINNED_EVENTS = [Event("straggler", 348, 348, 604, 0.15), Event("drop", 1077, 1077, 1450, 0.2746),
                 Event("leak", 1679, 1804, 1848, 0.1469), Event("straggler", 2552, 2552, 2864, 0.1026)]
PINNED_SUM = 1581157.9391229749
PINNED_PAUSES = [(0, 13), (72, 79), (160, 164)]
PINNED_CHANGES = [1470, 1861, 2144]
SPANS = {"short": (2, 30), "long": (2, 100)}
LISTED_LONG = 26
CHANGES_LINE = "short 25, long 26 (planned relaunches)"

shared_builds = tc.shared_builds(h79)

_set, traces, _full_long = tc.cheap_sets(heldout79_set, SEEDS, n=N)


def _builds(setting: str) -> list:
    return [h79._build(seed, N, setting) for seed in SEEDS]


def _true(run) -> np.ndarray:
    """The job's comparisons/s per minute (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J) * h79.TICK])
    return (C[(np.arange(N) + 1) * h79.K] - C[np.arange(N) * h79.K]) / h79.STEP


def test_seed_range_is_its_own():
    assert HELDOUT79_SEEDS == tuple(range(792000, 792012))
    assert not set(HELDOUT79_SEEDS) & set(HELDOUT78_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout79, 792001, 792002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout79(792000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout79(792000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT79_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h79.__doc__, LISTED_LONG, CHANGES_LINE)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_panels_buckets(traces):
    """A point is one 1-minute bucket of the panel's ``GROUP BY time(1m)``, keyed by its start; a bucket no host
    filled reads 0 (and is paused), so no minute is skipped."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h79.EPOCH + 60.0 * np.arange(N))
        assert tc.paused_mask(t)[t.healthy <= 0].all()


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert len(t.pauses) >= 20 and t.pauses[0][0] == 0, t.seed
        tc.check_pause_spans(t, lo, hi, n=N, apart=True)


def test_nothing_is_trained_in_a_pause_and_its_points_are_paused():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b, kind in run.pauses:
                assert not run.J[a:b].any(), (a, b, kind)
                if (b - a) * h79.TICK >= 2 * h79.STEP + run.cfg["C"]:  # a bucket wholly inside a pause
                    s, e = int(np.ceil((a * h79.TICK + run.cfg["C"]) / h79.STEP)), int(b * h79.TICK // h79.STEP)
                    assert not live[s:min(e, N)].any(), (a, b, kind)
            assert {k for a, b, k in run.pauses} >= {"startup", "valid", "ckpt"}


def test_the_panel_reads_the_jobs_comparisons_per_bucket():
    """Away from pauses a point is about the job's comparisons/s in its minute (a counter's difference or a rate
    covers the check interval before its stamp; checks lost to timeouts, reloads or late files read low)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            true = _true(run)
            assert 0.97 < h[live].sum() / true[live].sum() < 1.03
            assert np.median(np.abs(h[live] / true[live] - 1)) < 0.08
            assert (h >= 0).all()


def test_the_read_is_linear_and_follows_the_collection_path():
    """The read is linear in the job's rate (check times, stamps and visibility do not depend on it); a host's
    counter difference never spans a restart of the trainer; the watcher saw nearly all it was sent."""
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h79._read(run, 2 * run.J), 2 * h)
        pr = run.pr
        assert (pr.t1 <= pr.t2).all() and ((pr.b >= 0) & (pr.b < N)).all() and (pr.coef >= 0).all()
        i1 = np.minimum((pr.t1 // h79.TICK).astype(int), run.T - 1)
        i2 = np.minimum((pr.t2 // h79.TICK).astype(int), run.T - 1)
        assert (run.life[i1][pr.coef > 0] == run.life[i2][pr.coef > 0]).all()
        assert 0.9 < pr.seen <= 1.0
        assert set(run.cfg) >= {"C", "passive", "counter", "P", "L", "retained", "outs", "timeouts", "gaps"}


def test_events_placement(traces):
    tc.check_event_placement(traces[1], 2, 4, first=N // 10, n=N)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=2)


def test_changes_are_the_planned_relaunches():
    relaunches = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for q, p in zip(run.procs, run.procs[1:]):
                moved = (p["nodes"], p["stage"]) != (q["nodes"], q["stage"])
                assert moved == q["graceful"], (p, q)
            relaunches += len(changes)
    assert relaunches >= 4


def test_weights():
    tc.check_event_weights(h79._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout79, HELDOUT79_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout79, 792000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout79(792000, n_events=9)
