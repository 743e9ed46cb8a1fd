"""The twenty-fifth held-out trace family (a machine-translation Transformer's target tokens/s, written per node to
InfluxDB 2 as a cumulative count and rolled up by a downsampling task's ``derivative(nonNegative: true)`` and
``aggregateWindow``): generator checks only (no detector runs here)."""

import time
from functools import lru_cache
from types import SimpleNamespace

import numpy as np

import anomaly.heldout25 as h25
from anomaly.heldout24 import HELDOUT24_SEEDS
from anomaly.heldout25 import HELDOUT25_SEEDS, heldout25_set, make_heldout25
from anomaly.traces import Event
from tests.trace_checks import (builds_fixture, check_changes_move_the_level, check_counts_and_changes,
                                check_depths_visible, check_every_kind_placed, check_family_bad_arguments,
                                check_family_healthy_independent, check_family_pauses, check_healthy_outside_events,
                                check_pinned, check_planned_changes, check_trace_arrays, traces_fixture)

SPANS = {"short": (6, 24), "long": (33, 118)}
# listed changes: all, world-size changes, length curriculum stages, back-translation mixed in
CHANGES = {"short": (13, 5, 6, 2), "long": (11, 7, 3, 1)}


traces = traces_fixture(heldout25_set)
#: the healthy runs of the "short" setting: ``(run, healthy, spans, live, changes)`` per seed
builds = builds_fixture(h25._build, HELDOUT25_SEEDS)


@lru_cache(maxsize=2)
def _runs(setting: str) -> list:
    """The healthy runs of ``setting``, one per seed (built once for the tests that read them)."""
    return [h25._build(seed, 6000, setting)[0] for seed in HELDOUT25_SEEDS]


def test_seed_range_is_its_own():
    assert HELDOUT25_SEEDS == tuple(range(252000, 252012))
    assert not set(HELDOUT25_SEEDS) & set(HELDOUT24_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    check_pinned(make_heldout25, 252001, 252002, [Event("drop", 574, 574, 1140, 0.2443),
                 Event("straggler", 1385, 1385, 1884, 0.139), Event("leak", 2437, 2750, 2940, 0.1497)],
                 946988370.8142515, [(326, 337), (650, 666), (1022, 1038)], changes=[2278])


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], HELDOUT25_SEEDS)


def test_timestamps_are_the_windows_stops(traces):
    """One point per run of the downsampling task, stamped with its window's stop: even steps of ``every``, aligned
    to it (a task's ``every`` schedule runs on whole multiples of it)."""
    for t in traces[1]:
        d = np.diff(t.timestamps)
        assert d[0] in (30.0, 60.0, 120.0) and (d == d[0]).all(), t.seed
        assert t.timestamps[0] % d[0] == 0, t.seed


def test_pause_spans(traces):
    """No point is written while the job validates, checkpoints or restarts: a window that lies inside a pause (a
    second clear of its ends) has no rows and reads 0, whatever the server did."""
    setting, ts = traces
    checked = 0
    for t, run in zip(ts, _runs(setting)):
        check_family_pauses(setting, t, SPANS, min_count=8)  # the trace starts with training
        for a, b, kind in run.pauses_t:
            i0, i1 = int(np.ceil((a + 1) / run.dt)), min(int((b - 1) // run.dt), 6000)
            assert (t.healthy[i0:i1] == 0).all(), (t.seed, a, b, kind)
            checked += i1 > i0
    assert checked > 100


def test_events_placement(traces):
    check_every_kind_placed(traces[1])  # every kind in each trace with events


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    check_depths_visible(traces[1])


def test_docstring_counts_table(traces):
    setting = traces[0]
    listed, world, length, bt = CHANGES[setting]
    line = (f"{setting} {listed} ({world} world-size changes, {length} curriculum stages, {bt} back-translation "
            f"starts)")
    check_counts_and_changes(traces, h25.__doc__, listed, line)


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    """A listed change is the first point after a pause span, lies in no event, and the healthy level really moves
    there (5 % or more, medians over up to 300 live points on each side, the first 100 after it left out)."""
    check_changes_move_the_level(traces[1])


def test_changes_are_the_planned_ones(builds):
    """Each listed change follows a restart onto another number of nodes, or a validation after which the
    curriculum's second stage began or back-translation was mixed in, and moves the noise-free rate by 10 % or more
    on the stream's cost after it; restarts onto as many nodes are not listed."""
    def check_change(run, kind, a, b):
        assert (a.N != b.N, a.lr != b.lr, a.bt != b.bt) == (kind == "world", kind == "length", kind == "bt")
        assert (b.proc == a.proc + 1) == (kind == "world")
        t, dt = b.t0, run.dt
        new = h25._level(run.job, run.mix, b.N, b.lr, b.bt, t + 100 * dt, t + 400 * dt)
        old = h25._level(run.job, run.mix, a.N, a.lr, a.bt, t + 100 * dt, t + 400 * dt)
        assert abs(np.log(new / old)) >= h25._MIN_MOVE, (kind, new / old)

    check_planned_changes(builds, check_change, min_same=2)


def test_derivative_non_negative():
    """Flux's ``derivative(nonNegative: true)``: the rise over the time between rows; where a value is below the
    previous one (a new process), the previous is taken as 0."""
    t = np.array([0.0, 10.0, 20.0, 30.0])
    c = np.array([0.0, 100.0, 300.0, 50.0])
    assert np.allclose(h25._derivative(t, c), [10.0, 20.0, 5.0])


def test_task_mean_of_derivatives_per_window_summed_over_hosts():
    """Per window and host the plain mean of the derivatives between its rows in the window (the window's first row
    has no previous one in the task's range), summed over the hosts; a host with fewer than two rows is left out,
    rows that arrive after the task's run are not seen, and a window with no host reads 0."""
    x = 1.0 + 10.0 * np.arange(30)  # rows every 10 s from 1 s to 291 s: 8 tokens/s
    run = SimpleNamespace(n=10, dt=30.0, cutoff=(np.arange(10) + 1.0) * 30.0,
                          ht=[x, x[:10]], ha=[x + 0.5, x[:10] + 0.5])  # the second host stops at 91 s
    v = h25._task(run, [80.0 * np.arange(30), 160.0 * np.arange(10)])
    assert np.allclose(v[:3], 24.0) and np.allclose(v[3:], 8.0)  # window 3 holds one row of the second host
    late = SimpleNamespace(**{**vars(run), "ha": [x + 25.0, x[:10] + 0.5]})  # rows after 5 s of a window come late
    v = h25._task(late, [80.0 * np.arange(30), 160.0 * np.arange(10)])
    assert v[0] == 16.0 and np.allclose(v[4:], 0.0)  # one row a window seen of the first host: left out
    reset = SimpleNamespace(**{**vars(run), "ht": [x[:3]], "ha": [x[:3]]})
    assert h25._task(reset, [np.array([500.0, 100.0, 180.0])])[0] == 9.0  # a new process's count: (10 + 8) / 2


def test_a_point_is_the_sum_of_its_hosts(builds):
    """On steady training a point is the job's tokens/s within the batches' noise and the derivatives' spread
    (with second precision the rows' times are whole seconds: a plain mean of rates over shorter and longer
    intervals reads a little high): every node's host adds its share. Where a host's rows come late (the server
    slow, a flush after the task ran) its share is left out: points fall short, a few of them."""
    for run, h, spans, live, changes in builds:
        K = run.n * run.k
        rate = h25._rates(run, [], 0, K).reshape(run.n, run.k).mean(-1)
        full = live & (run.train.reshape(run.n, run.k).min(-1) == h25._W)
        full &= run.gmul.reshape(run.n, run.k).max(-1) < 1.01
        full &= (run.eff == run.train).reshape(run.n, run.k).all(-1)  # no stall, no shard loaded
        r = h[full] / rate[full]
        assert abs(np.median(r) - 1) < 0.02, (run.dt, np.median(r))
        assert np.mean(np.abs(r - 1) < 0.3) > 0.95 and r.max() < 1.3, (np.mean(np.abs(r - 1) < 0.3), r.max())


def test_a_hosts_rows(builds):
    """A host's rows carry whole token counts that start from 0 in each process and never fall; their times
    increase (whole seconds with second precision, a later row of the same second having overwritten the earlier)
    and come every ``li`` updates."""
    for run, h, spans, live, changes in builds:
        for x, t, a, c in zip(run.hx, run.ht, run.ha, run.hc):
            assert (c == np.round(c)).all() and c[0] >= 0 and (np.diff(c) >= 0).all()
            assert (np.diff(t) > 0).all() and (a >= x).all()
            assert (t == np.floor(t)).all() == run.prec_s or len(t) < 3
        assert run.li in h25._LOG_EVERY


def test_collection_artefacts(builds):
    """The server is slow now and then (rows arrive late) and down now and then (rows retried, some dropped after
    the client's retries ran out, the task's runs caught up); a window with no rows on live points in some runs,
    never many."""
    runs = [b[0] for b in builds]
    assert sum(r.dropped > 0 for r in runs) >= 3 and all(r.dropped < 0.01 * r.written for r in runs)
    assert sum(len(r.busy) > 0 for r in runs) >= 6 and sum(len(r.outages) > 0 for r in runs) >= 3
    zeros = [int(((h == 0) & live).sum()) for run, h, spans, live, changes in builds]
    assert sum(z > 0 for z in zeros) >= 3 and max(zeros) < 60


def test_docstring_over_both_sets():
    """The docstring's summary of the 24 runs (the task's and the client's settings, nodes, configurations,
    restarts, the server's slow and down times, the rows) is what they measure."""
    rs = _runs("short") + _runs("long")
    dts = [sum(r.dt == d for r in rs) for d in (30.0, 60.0, 120.0)]
    offs = [sum(r.offset == o for r in rs) for o in (0.0, 5.0, 10.0, 30.0)]
    fis = [sum(r.fi == f for r in rs) for f in (1.0, 5.0, 10.0)]
    same = sum(s for r in rs for _, _, s in r.restarts)
    line = (f"``every`` 30 s in {dts[0]} runs, 1 minute in {dts[1]}, 2 minutes in {dts[2]}; an offset of 0, 5, 10 "
            f"and 30 s in {', '.join(map(str, offs[:3]))} and {offs[3]}; the client flushing every 1, 5 and 10 s in "
            f"{fis[0]}, {fis[1]} and {fis[2]}; {sum(r.prec_s for r in rs)} writing with second precision; "
            f"{sum(r.segs[0].N == 1 for r in rs)} of the 24 runs on one node at the start, "
            f"{sum(r.job.G == 8 for r in rs)} with 8 GPUs a node, {sum(r.job.fly for r in rs)} tokenising on the "
            f"fly; {sum(len(r.restarts) for r in rs)} restarts ({same} onto as many nodes); "
            f"{sum(len(r.busy) for r in rs)} slow spells of the server in {sum(len(r.busy) > 0 for r in rs)} runs, "
            f"{sum(len(r.outages) for r in rs)} outages in {sum(len(r.outages) > 0 for r in rs)}; "
            f"{sum(r.dropped for r in rs)} rows dropped of {sum(r.written for r in rs)}; "
            f"rows up to {max(r.max_delay for r in rs):.0f} s late")
    assert line in " ".join(h25.__doc__.split()), line


def test_configuration_changes():
    """The curriculum only moves on and back-translation only starts, each at a validation's end within a process;
    the number of nodes changes only at a restart."""
    for run in _runs("short") + _runs("long"):
        for a, b in zip(run.segs, run.segs[1:]):
            assert b.lr >= a.lr and b.bt >= a.bt
            if (a.lr, a.bt) != (b.lr, b.bt):
                assert b.ev == a.ev + 1 and b.proc == a.proc
                assert (a.lr != b.lr) + (a.bt != b.bt) == 1
            if b.N != a.N:
                assert b.proc == a.proc + 1


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout25, HELDOUT25_SEEDS[:2], changes=True)


def test_bad_arguments():
    check_family_bad_arguments(make_heldout25, 252000)


def test_both_settings_are_quick():
    t0 = time.perf_counter()
    heldout25_set("short", n=3000, seeds=HELDOUT25_SEEDS[:4])
    assert time.perf_counter() - t0 < 10.0
