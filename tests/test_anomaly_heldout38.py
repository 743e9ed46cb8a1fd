"""The thirty-eighth held-out trace family (an ECG foundation model's training records/s: per-node counts sent by the
New Relic Telemetry SDK's harvester to the Metric API, read back as NRQL ``rate(sum(...), 1 second) TIMESERIES``):
generator checks only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes, its events' placement and pause spans per trace, its row of the docstring's
counts table and changes line, and the restarts behind its changes (its 12 runs, as before). The "short" row and
changes line were measured on the full sets, and are not re-measured here."""


import numpy as np
import pytest

import anomaly.heldout38 as h38
import tests.trace_checks as tc
from anomaly.heldout37 import HELDOUT37_SEEDS
from anomaly.heldout38 import HELDOUT38_SEEDS, heldout38_set, make_heldout38
from anomaly.traces import Event

SPANS = {"short": (6, 22), "long": (30, 110)}

N = 3000
SEEDS = HELDOUT38_SEEDS[:4]

shared = tc.shared_builds(h38)  # the sets and the tests build each run once


_set, traces, _full_long = tc.cheap_sets(heldout38_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h38._build(seed, N, setting)[0] for seed in SEEDS]


def _full_long_runs() -> list:
    _full_long()
    return [h38._build(seed, 6000, "long")[0] for seed in HELDOUT38_SEEDS]  # memoised: the set's own runs


def test_seed_range_is_its_own():
    assert HELDOUT38_SEEDS == tuple(range(382000, 382012))
    assert not set(HELDOUT38_SEEDS) & set(HELDOUT37_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    events = [Event("leak", 319, 622, 915, 0.1886), Event("drop", 1236, 1236, 1590, 0.1994),
              Event("straggler", 2164, 2164, 2265, 0.2542), Event("drop", 2703, 2703, 3000, 0.2839)]
    tc.check_pinned(make_heldout38, 382001, 382002, events, 13543552.0, [(315, 328), (606, 620), (739, 756)],
                 changes=[])


def test_full_set_shapes_placement_and_pause_spans_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT38_SEEDS)
    tc.check_event_placement(ts, 2, 4, first=600)
    for t in ts:  # each long trace's spans at n=6000, as before
        tc.check_family_pauses("long", t, SPANS, min_count=8, starts_paused=False)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_timeseries_buckets(traces):
    for t in traces[1]:
        d = np.diff(t.timestamps)
        assert d[0] in (20.0, 30.0, 60.0) and np.allclose(d, d[0]), t.seed
        assert t.timestamps[0] % d[0] == 0, t.seed


def test_pause_spans(traces):
    """The trace starts in training; every pause span lies in the setting's range."""
    setting, ts = traces
    for t in ts:  # 8 spans or more a trace at n=6000: 4 at n=3000, in proportion
        tc.check_family_pauses(setting, t, SPANS, min_count=4, starts_paused=False, n=N)


def test_pauses_read_zero(traces):
    """Nothing is trained in a pause's middle: no data point counts records there, the bucket reads 0."""
    for t in traces[1]:
        for s, e in t.pauses:
            if e - s >= 8 and e < len(t.values):
                assert (t.healthy[s + 3:e - 3] == 0).all(), (t.seed, s, e)


def test_events_placement(traces):
    tc.check_event_placement(traces[1], 2, 4, first=N // 10, n=N)  # the slots start at n // 10


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_docstring_counts_table_long():
    runs = _full_long_runs()
    crop = sum(k == "crop" for r in runs for k in r.change_kind)
    listed = sum(len(r.changes) for r in runs)
    line = f"long {listed} ({crop} crop changes, {listed - crop} node-count changes)"
    tc.check_counts_and_changes(("long", _full_long()), h38.__doc__, listed, line)


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=2)  # 4 on the full sets, with 6 times the points


def test_changes_follow_restarts():
    """A listed change is the resume of a restart (another crop length or node count)."""
    for run in _full_long_runs():  # the full long set's runs, as before
        resumes = [b for a, b, _ in run.restarts]
        assert all(c in resumes for c in run.changes)
        assert set(run.change_kind) <= {"crop", "nodes"}


def test_flushes_every_harvest_interval_stamped_with_the_interval_start():
    f, s = h38._flushes(100.0, 131.0, 2.0, 5.0)
    assert list(f) == [107.0, 112.0, 117.0, 122.0, 127.0]
    assert list(s) == [100.0, 107.0, 112.0, 117.0, 122.0]  # the first interval from the process's start
    f, s = h38._flushes(0.0, 4.0, 0.0, 5.0)
    assert len(f) == len(s) == 0  # killed before the first harvest: its counts lost


def test_nrql_rate_of_sum_per_bucket():
    """Each data point's whole steps x records a step, summed into the bucket of its timestamp, over ``W``."""
    steps = np.full(40, 0.5)  # half a step a second
    cum = np.concatenate([[0.0], np.cumsum(steps)])
    run = h38._Run(n=2, W=20.0, H=10.0, steps=steps, cum=cum, pre=0.0)
    run.f = np.array([10.0, 20.0, 30.0, 40.0])
    run.s = np.array([0.0, 10.0, 20.0, 30.0])
    run.r = np.full(4, 8.0)
    run.keep = np.array([True, True, True, False])  # the last batch lost
    # 5 steps an interval -> 40 records; bucket 0 holds stamps 0 and 10, bucket 1 only 20
    assert np.allclose(h38._buckets(run, cum, steps), [80 / 20, 40 / 20])
    run.f[0], run.s[1] = 9.0, 9.0  # floor: 4.5 steps -> 4 counted, the half step in the next interval
    assert np.allclose(h38._buckets(run, cum, steps), [(32 + 48) / 20, 40 / 20])


def test_pause_span_covers_the_intervals_it_touches():
    assert h38._pause_span(100.0, 200.0, 20.0, 10.0) == (4, 10)  # stamps from 90 s count 100 s on
    assert h38._pause_span(100.0, 200.0, 20.0, 5.0) == (4, 10)
    assert h38._pause_span(125.0, 181.0, 30.0, 5.0) == (4, 7)


def test_regression_loses_whole_steps():
    steps = np.full(100, 1.3)
    lost, whole = h38._deficit(steps, 10, np.full(30, 1.0), 1.0)  # half of 1.3 steps a second for 30 s: 19.5
    assert whole == 20.0 and lost.sum() == pytest.approx(whole)
    assert (lost <= steps[10:40]).all()


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout38, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout38, 382000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout38(382000, n_events=9)


def test_a_lost_batch_takes_its_records_off_its_bucket_only():
    run = h38._build(HELDOUT38_SEEDS[0], 3000, "short")[0]
    keep = run.keep
    run.keep = np.ones(len(keep), bool)
    full = h38._buckets(run, run.cum, run.steps)
    run.keep = keep
    b = ((run.s - run.pre) // run.W).astype(int)
    vals = (np.floor(h38._cum_at(run.cum, run.steps, run.f)) - np.floor(h38._cum_at(run.cum, run.steps, run.s))) * run.r
    lost = ~keep & (b >= 0) & (b < 3000)
    assert lost.sum() > 10
    want = np.bincount(b[lost], weights=vals[lost], minlength=3000) / run.W
    assert np.allclose(full - run.hv, want)


def test_processes_send_one_series_a_node():
    """One process a stretch between restarts, each of its nodes sending a count per harvest (the first one from the
    process's start, its phase later); the node count moves only where a node-count change is listed."""
    for run in _builds("short"):
        assert set(run.nodes) <= {2, 3, 4, 6} and len(run.nodes) == len(run.restarts) + 1
        moves = sum(a != b for a, b in zip(run.nodes, run.nodes[1:]))
        listed = sum(k == "nodes" for k in run.change_kind)
        assert listed <= moves <= listed + 1, run.nodes  # one more only where it resumes after the trace's end
        d = run.f - run.s
        assert (np.diff(run.f) >= 0).all() and (d >= run.H - 1e-6).all() and (d < 2 * run.H + 1e-6).all()
        assert np.isclose(d, run.H).mean() > 0.99
