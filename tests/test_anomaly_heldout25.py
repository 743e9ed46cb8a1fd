"""The twenty-fifth held-out trace family (a machine-translation Transformer's target tokens/s, written per node to
InfluxDB 2 as a cumulative count and rolled up by a downsampling task's ``derivative(nonNegative: true)`` and
``aggregateWindow``): generator checks only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes, every kind placed, its pause spans per trace, its row of the docstring's
counts table and changes line and the long half of the 24 runs' summary (the "short" row, changes line and half of
the summary were measured on the full sets, and are not re-measured here)."""

from functools import lru_cache
from types import SimpleNamespace

import numpy as np
import pytest

import anomaly.heldout25 as h25
from anomaly.heldout24 import HELDOUT24_SEEDS
from anomaly.heldout25 import HELDOUT25_SEEDS, heldout25_set, make_heldout25
from anomaly.traces import Event
from tests.trace_checks import (check_changes_move_the_level, check_counts_and_changes, check_depths_visible,
                                check_event_placement, check_every_kind_placed, check_family_bad_arguments,
                                check_family_healthy_independent, check_family_pauses, check_healthy_outside_events,
                                check_pinned, check_planned_changes, check_trace_arrays, shared_builds)

N = 3000
SEEDS = HELDOUT25_SEEDS[:4]
SPANS = {"short": (6, 24), "long": (33, 118)}
# the long set's listed changes: all, world-size changes, length curriculum stages, back-translation mixed in
CHANGES_LONG = (11, 7, 3, 1)
# the short set's half of the docstring's summary of the 24 runs, measured on its 12 runs at n=6000 (not re-measured
# here): runs per ``every`` of 30, 60, 120 s, per offset of 0, 5, 10, 30 s, per flush interval of 1, 5, 10 s, with
# second precision, on one node at the start, with 8 GPUs a node, tokenising on the fly; restarts (onto as many
# nodes); the server's slow spells (runs with one), outages (runs with one); rows dropped, written; the latest row (s)
SHORT_RUNS = {"dt": (2, 7, 3), "offset": (2, 3, 3, 4), "fi": (5, 5, 2), "prec_s": 4, "one_node": 3, "g8": 11, "fly": 4,
              "restarts": 12, "same": 7, "busy": (23, 11), "outages": (7, 7), "dropped": 608, "written": 2830379,
              "max_delay": 166.30973035225907}

# the sets and the tests build each run once; checked as for generators 34-66: the sets made through the memo are
# byte-identical to those made without it, and no run changes once built
shared = shared_builds(h25)


@lru_cache(maxsize=2)
def _set(setting: str) -> list:
    return heldout25_set(setting, n=N, seeds=SEEDS)


def _builds(setting: str) -> list:
    """The healthy runs of ``setting``'s sample: ``(run, healthy, spans, live, changes)`` per seed (memoised)."""
    return [h25._build(seed, N, setting) for seed in SEEDS]


@pytest.fixture(scope="module", params=["short", "long"], name="traces")
def traces(request):
    return request.param, _set(request.param)


@pytest.fixture(scope="module", name="builds")
def builds():
    """The healthy runs of both settings' samples, ``(run, healthy, spans, live, changes)`` per seed (4 seeds each
    at n=3000, where the law tests took the 12 "short" runs at n=6000 before)."""
    return _builds("short") + _builds("long")


@lru_cache(maxsize=1)
def _full_long() -> list:
    return heldout25_set("long")  # the one full set built here


def _full_long_builds() -> list:
    _full_long()
    return [h25._build(seed, 6000, "long") for seed in HELDOUT25_SEEDS]  # memoised: the set's own runs


def test_seed_range_is_its_own():
    assert HELDOUT25_SEEDS == tuple(range(252000, 252012))
    assert not set(HELDOUT25_SEEDS) & set(HELDOUT24_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    check_pinned(make_heldout25, 252001, 252002, [Event("drop", 574, 574, 1140, 0.2443),
                 Event("straggler", 1385, 1385, 1884, 0.139), Event("leak", 2437, 2750, 2940, 0.1497)],
                 946988370.8142515, [(326, 337), (650, 666), (1022, 1038)], changes=[2278])


def test_full_set_shapes_and_pause_spans():
    ts = _full_long()
    check_trace_arrays(ts, HELDOUT25_SEEDS)
    check_every_kind_placed(ts)  # every kind in each trace with events
    for t in ts:  # each long trace's spans at n=6000, as before
        check_family_pauses("long", t, SPANS, min_count=8)  # the trace starts with training


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], SEEDS, n=N)


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
    for t, (run, *_) in zip(ts, _builds(setting)):
        # the trace starts with training; 8 spans a trace at n=6000: 4 at n=3000, in proportion
        check_family_pauses(setting, t, SPANS, min_count=4, n=N)
        for a, b, kind in run.pauses_t:
            i0, i1 = int(np.ceil((a + 1) / run.dt)), min(int((b - 1) // run.dt), N)
            assert (t.healthy[i0:i1] == 0).all(), (t.seed, a, b, kind)
            checked += i1 > i0
    assert checked > 16  # > 100 over the 12 traces at n=6000: a sixth of the points


def test_events_placement(traces):
    # every kind in each regressed trace: checked on the full "long" set (at n=3000 a trace may miss one)
    check_event_placement(traces[1], 3, 4, first=N // 10, n=N)  # the slots start at n // 10


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    check_depths_visible(traces[1])


def test_docstring_counts_table_long():
    listed, world, length, bt = CHANGES_LONG
    line = f"long {listed} ({world} world-size changes, {length} curriculum stages, {bt} back-translation starts)"
    check_counts_and_changes(("long", _full_long()), h25.__doc__, listed, line)


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    """A listed change is the first point after a pause span, lies in no event, and the healthy level really moves
    there (5 % or more, medians over up to 300 live points on each side, the first 100 after it left out)."""
    check_changes_move_the_level(traces[1], n=N, min_checked=2)  # 8 over 12 traces at n=6000: a sixth of the points


def test_changes_are_the_planned_ones(builds):
    """Each listed change follows a restart onto another number of nodes, or a validation after which the
    curriculum's second stage began or back-translation was mixed in, and moves the noise-free rate by 10 % or more
    on the stream's cost after it; restarts onto as many nodes are not listed (on the samples and the full long
    set's runs, built anyway: the samples hold no back-translation start)."""
    def check_change(run, kind, a, b):
        assert (a.N != b.N, a.lr != b.lr, a.bt != b.bt) == (kind == "world", kind == "length", kind == "bt")
        assert (b.proc == a.proc + 1) == (kind == "world")
        t, dt = b.t0, run.dt
        new = h25._level(run.job, run.mix, b.N, b.lr, b.bt, t + 100 * dt, t + 400 * dt)
        old = h25._level(run.job, run.mix, a.N, a.lr, a.bt, t + 100 * dt, t + 400 * dt)
        assert abs(np.log(new / old)) >= h25._MIN_MOVE, (kind, new / old)

    check_planned_changes(builds + _full_long_builds(), check_change, min_same=2)


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
    rs, sh = [b[0] for b in _full_long_builds()], SHORT_RUNS  # the long half measured, the short half as before

    def both(key, f):  # the short half's count and the long runs'
        return sh[key] + sum(f(r) for r in rs)

    dts = [k + sum(r.dt == d for r in rs) for k, d in zip(sh["dt"], (30.0, 60.0, 120.0))]
    offs = [k + sum(r.offset == o for r in rs) for k, o in zip(sh["offset"], (0.0, 5.0, 10.0, 30.0))]
    fis = [k + sum(r.fi == f for r in rs) for k, f in zip(sh["fi"], (1.0, 5.0, 10.0))]
    busy = [k + sum(f(r.busy) for r in rs) for k, f in zip(sh["busy"], (len, bool))]
    outages = [k + sum(f(r.outages) for r in rs) for k, f in zip(sh["outages"], (len, bool))]
    line = (f"``every`` 30 s in {dts[0]} runs, 1 minute in {dts[1]}, 2 minutes in {dts[2]}; an offset of 0, 5, 10 "
            f"and 30 s in {', '.join(map(str, offs[:3]))} and {offs[3]}; the client flushing every 1, 5 and 10 s in "
            f"{fis[0]}, {fis[1]} and {fis[2]}; {both('prec_s', lambda r: r.prec_s)} writing with second precision; "
            f"{both('one_node', lambda r: r.segs[0].N == 1)} of the 24 runs on one node at the start, "
            f"{both('g8', lambda r: r.job.G == 8)} with 8 GPUs a node, {both('fly', lambda r: r.job.fly)} tokenising "
            f"on the fly; {both('restarts', lambda r: len(r.restarts))} restarts "
            f"({both('same', lambda r: sum(s for _, _, s in r.restarts))} onto as many nodes); "
            f"{busy[0]} slow spells of the server in {busy[1]} runs, {outages[0]} outages in {outages[1]}; "
            f"{both('dropped', lambda r: r.dropped)} rows dropped of {both('written', lambda r: r.written)}; "
            f"rows up to {max([r.max_delay for r in rs] + [sh['max_delay']]):.0f} s late")
    assert line in " ".join(h25.__doc__.split()), line


def test_configuration_changes(builds):
    """The curriculum only moves on and back-translation only starts, each at a validation's end within a process;
    the number of nodes changes only at a restart (on the samples and the full long set's runs, built anyway: the
    samples hold no back-translation start)."""
    for run, *_ in builds + _full_long_builds():
        for a, b in zip(run.segs, run.segs[1:]):
            assert b.lr >= a.lr and b.bt >= a.bt
            if (a.lr, a.bt) != (b.lr, b.bt):
                assert b.ev == a.ev + 1 and b.proc == a.proc
                assert (a.lr != b.lr) + (a.bt != b.bt) == 1
            if b.N != a.N:
                assert b.proc == a.proc + 1


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout25, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    check_family_bad_arguments(make_heldout25, 252000)
