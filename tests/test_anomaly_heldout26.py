"""The twenty-sixth held-out trace family (a protein-structure model's crops/s: Lightning's ``ThroughputMonitor``
logged to an MLflow tracking server, read back by a poller of ``metrics/get-history``): generator checks only (no
detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes, every kind placed, its pause spans per trace, its row of the docstring's
counts table and changes line and the long half of the 24 runs' summary (the "short" row, changes line and half of
the summary were measured on the full sets, and are not re-measured here); the collection's and the logging path's
run counts are taken over the samples and the full long set's runs."""

from functools import lru_cache
from types import SimpleNamespace

import numpy as np
import pytest

import anomaly.heldout26 as h26
from anomaly.heldout25 import HELDOUT25_SEEDS
from anomaly.heldout26 import HELDOUT26_SEEDS, heldout26_set, make_heldout26
from anomaly.traces import Event
from tests.trace_checks import (check_changes_move_the_level, check_counts_and_changes, check_depths_visible,
                                check_event_placement, check_every_kind_placed, check_family_bad_arguments,
                                check_family_healthy_independent, check_family_pauses, check_healthy_outside_events,
                                check_pinned, check_planned_changes, check_trace_arrays, paused_mask, shared_builds)

N = 3000
SEEDS = HELDOUT26_SEEDS[:4]
SPANS = {"short": (5, 22), "long": (30, 110)}
# the long set's listed changes: all, world-size changes, fine-tuning stages, switches to bf16
CHANGES_LONG = (10, 6, 2, 2)
# the short set's half of the docstring's summary of the 24 runs, measured on its 12 runs at n=6000 (not re-measured
# here): runs per poll interval of 30, 60, 120 s, per window of 10, 20, 50, 100 batches, logging synchronously, the
# others per buffer of 0, 5, 10, 30 s, on one node at the start, with 8 GPUs a node, with 2 crops a GPU; restarts by
# end (all, preemptions, node failures, ended by the tracking server, resubmissions); the server's slow spells and
# outages (runs with one); rows dropped, passed over, written; the latest row (s); a row's window (the least 5th
# percentile of a run's, the largest 95th, s)
SHORT_RUNS = {"dt": (3, 8, 1), "W": (1, 1, 4, 6), "sync": 4, "buf": (5, 1, 2, 0), "one_node": 2, "g8": 7, "b2": 4,
              "ends": (24, 9, 6, 2, 7), "busy": (15, 10), "outages": (7, 6), "dropped": 11, "skipped": 28,
              "written": 165284, "max_delay": 252.84826780448202, "win": (16.332705485628686, 1414.9822841879445)}

# the sets and the tests build each run once; checked as for generators 34-66: the sets made through the memo are
# byte-identical to those made without it, and no run changes once built
shared = shared_builds(h26)


@lru_cache(maxsize=2)
def _set(setting: str) -> list:
    return heldout26_set(setting, n=N, seeds=SEEDS)


def _builds(setting: str) -> list:
    """The healthy runs of ``setting``'s sample: ``(run, healthy, spans, live, changes)`` per seed (memoised)."""
    return [h26._build(seed, N, setting) for seed in SEEDS]


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
    return heldout26_set("long")  # the one full set built here


def _full_long_runs() -> list:
    _full_long()
    return [h26._build(seed, 6000, "long")[0] for seed in HELDOUT26_SEEDS]  # memoised: the set's own runs


def _law_runs(builds) -> list:
    """The samples' runs and the full long set's (built anyway), for run counts that the samples alone fall short
    of (more points than the 12 short runs', two thirds of the 24 full runs' the tests read before: the counts hold
    unchanged)."""
    return [b[0] for b in builds] + _full_long_runs()


def test_seed_range_is_its_own():
    assert HELDOUT26_SEEDS == tuple(range(262000, 262012))
    assert not set(HELDOUT26_SEEDS) & set(HELDOUT25_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    check_pinned(make_heldout26, 262001, 262002, [Event("leak", 316, 715, 1066, 0.2532),
                 Event("straggler", 1893, 1893, 2044, 0.2181), Event("drop", 2457, 2457, 3000, 0.0834)],
                 20580.64344135636, [(311, 321), (580, 593), (919, 928)], changes=[1213])


def test_full_set_shapes_and_pause_spans():
    ts = _full_long()
    check_trace_arrays(ts, HELDOUT26_SEEDS)
    check_every_kind_placed(ts)  # every kind in each trace with events
    for t in ts:  # each long trace's spans at n=6000, as before
        check_family_pauses("long", t, SPANS, min_count=8)  # the trace starts with training


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_polls(traces):
    """One point per poll, stamped with its time: even steps of the poller's interval, aligned to it."""
    for t in traces[1]:
        d = np.diff(t.timestamps)
        assert d[0] in (30.0, 60.0, 120.0) and (d == d[0]).all(), t.seed
        assert t.timestamps[0] % d[0] == 0, t.seed


def test_pause_spans(traces):
    """No row is logged while the job validates, checkpoints or restarts; a poll that takes no row keeps the last
    point, so a pause reads flat (the last value of training, or of rows that came late)."""
    setting, ts = traces
    for t, (run, *_) in zip(ts, _builds(setting)):
        # the trace starts with training; 8 spans a trace at n=6000: 4 at n=3000, in proportion
        check_family_pauses(setting, t, SPANS, min_count=4, n=N)
        for a, b, kind in run.pauses_t:  # (a step's end is placed within its 5-s bucket)
            assert not ((run.rx > a + h26._W) & (run.rx < b - h26._W)).any(), (t.seed, a, b, kind)
        took = np.zeros(N, bool)
        took[run.poll[run.poll >= 0]] = True
        held = ~took & (np.arange(N) > 0)
        assert np.array_equal(t.healthy[1:][held[1:]], t.healthy[:-1][held[1:]]), t.seed
        inner = paused_mask(t)
        inner[[s for s, e in t.pauses] + [e - 1 for s, e in t.pauses]] = False  # rows before and after it
        assert took[inner].mean() < 0.05, t.seed  # rows that came late, now and then


def test_events_placement(traces):
    # every kind in each regressed trace: checked on the full "long" set (at n=3000 a trace may miss one)
    check_event_placement(traces[1], 3, 4, first=N // 10, n=N)  # the slots start at n // 10


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    check_depths_visible(traces[1])


def test_docstring_counts_table_long():
    listed, world, stage, bf16 = CHANGES_LONG
    line = f"long {listed} ({world} world-size changes, {stage} fine-tuning stages, {bf16} switches to bf16)"
    check_counts_and_changes(("long", _full_long()), h26.__doc__, listed, line)


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    """A listed change is the first point after a pause span, lies in no event, and the healthy level really moves
    there (5 % or more, medians over up to 300 live points on each side, the first 100 after it left out)."""
    check_changes_move_the_level(traces[1], n=N, min_checked=2)  # 8 over 12 traces at n=6000: a sixth of the points


def test_changes_are_the_planned_ones(builds):
    """Each listed change follows a restart onto another number of nodes or a resubmission with the fine-tuning
    preset or bf16, and moves the noise-free rate by 10 % or more on the loader's cost after it; restarts onto as
    many nodes with the same preset are not listed."""
    def check_change(run, kind, a, b):
        assert (a.N != b.N, a.ft != b.ft, a.bf != b.bf) == (kind == "world", kind == "stage", kind == "bf16")
        assert b.proc == a.proc + 1 and b.ft >= a.ft and b.bf >= a.bf
        t, dt = b.t0, run.dt
        new = h26._level(run.job, run.mix, b.N, b.ft, b.bf, t + 100 * dt, t + 400 * dt)
        old = h26._level(run.job, run.mix, a.N, a.ft, a.bf, t + 100 * dt, t + 400 * dt)
        assert abs(np.log(new / old)) >= h26._MIN_MOVE, (kind, new / old)

    check_planned_changes(builds, check_change, min_same=3)


def test_retries_follow_urllib3_backoff():
    """The client's retries (7, backoff factor 2): the first at once, then waits of 2 * 2 ** (errors - 1) s, at most
    120 s; the last attempt about 4 minutes after the first."""
    waits = [0.0] + [min(120.0, 2.0 * 2 ** (e - 1)) for e in range(2, 8)]
    assert np.array_equal(h26._RETRIES, np.cumsum(waits)) and h26._RETRIES[-1] == 244.0


def test_poller_keeps_rows_after_the_newest_seen():
    """A poll takes the rows that have arrived and are stamped after the newest row taken before; a row that
    arrives after a later-stamped one was taken is passed over; a poll while the server is down takes nothing."""
    rng = np.random.default_rng(0)
    ts = np.array([10.0, 20.0, 30.0, 40.0, 50.0, 130.0])
    arr = np.array([11.0, 95.0, 31.0, 41.0, np.inf, 131.0])  # the second row late, the fifth dropped
    poll, skipped = h26._poller(rng, 4, 60.0, ts, arr, [(110.0, 125.0)])
    assert poll.tolist() == [0, -1, 0, 0, -1, 2] and skipped == 1  # poll 1 (at 120 s) fails: the server is down
    run = SimpleNamespace(n=4, poll=poll)
    assert h26._read(run, np.array([1.0, 9.0, 2.0, 3.0, 9.0, 5.0])).tolist() == [2.0, 2.0, 5.0, 5.0]
    assert h26._read(SimpleNamespace(n=3, poll=np.array([1, 1])), np.array([1.0, 3.0])).tolist() == [0.0, 2.0, 2.0]


def test_window_leaves_out_validation_but_not_its_tail(builds):
    """A row's window is its ``W - 1`` steps on the monitor's clock: the wall time between the steps' ends, less
    the part of each validation the monitor takes out (``on_validation_end`` moves its start by the time from the
    last training step to the last validation batch); the validation's end and a checkpoint saved after the hook
    stay in (so the rows after a checkpoint read low); windows never span a restart."""
    spanned = 0
    for run, h, spans, live, changes in builds:
        out = np.zeros(len(run.rx))
        tail = {b: b - a for a, b in run.tails}
        for a, b, kind in run.pauses_t:
            inside = (run.rx0 < a + h26._W) & (run.rx > b - h26._W)
            assert kind in ("eval", "ckpt") or not inside.any()
            out += np.where(inside, (b - a) - tail.get(b, 0.0), 0.0)
            spanned += int(inside.sum())
        # (steps and pauses meet within 5-s buckets: a window's seconds are exact to a bucket at each end)
        assert np.abs(run.win - (run.rx - run.rx0 - out)).max() <= 2 * h26._W
        nodes = run.scale / ((run.W - 1) * run.job.b * run.job.G)  # the world size of the row's process
        assert np.array_equal(nodes, run.nodes[((run.rx - 1e-6) // h26._W).astype(int)])
    assert spanned > 100


def test_a_point_is_the_rolling_rate(builds):
    """On steady training a row is the job's crops/s (``(W - 1)`` batches of ``b`` crops a rank, times the world
    size, over the window's seconds) within the recycling depth's noise."""
    for run, h, spans, live, changes in builds:
        K = run.n * run.k
        rate = h26._rates(run, [], 0, K)
        b = (run.rx / h26._W).astype(int)
        b0 = (run.rx0 / h26._W).astype(int)
        cum = np.r_[0, np.cumsum(run.eff < 0.98 * run.train)]  # no stall, no wait for a slow server
        steady = (cum[b + 1] == cum[b0]) & (run.gmul[b] < 1.01) & (run.gmul[b0] < 1.01) & (run.train[b] == h26._W)
        steady &= np.isclose(run.rx - run.rx0, run.win) & (run.nodes[b] == run.nodes[b0])
        r = (run.scale / run.win)[steady] / rate[b[steady]]
        assert abs(np.median(r) - 1) < 0.03, (run.W, np.median(r))
        assert np.mean(np.abs(r - 1) < 0.3) > 0.95, np.mean(np.abs(r - 1) < 0.3)


def test_rows(builds):
    """The rows: stamped in whole milliseconds, increasing, a full window after each process's start, every
    ``li`` steps; with synchronous logging 10 s or more apart."""
    for run, h, spans, live, changes in builds:
        assert np.abs(run.ts * 1000 - np.round(run.ts * 1000)).max() < 1e-3 and (np.diff(run.ts) > 0).all()
        assert (run.ts >= run.rx).all() and (run.ts < run.rx + 0.04).all() and (run.rx0 < run.rx).all()
        starts = np.array(sorted({s.proc: s.t0 for s in reversed(run.segs)}.values()))  # each process's start
        assert (np.searchsorted(starts, run.rx0, "right") == np.searchsorted(starts, run.rx, "right")).all()
        assert run.li in h26._LOG_EVERY and run.W in h26._WINDOWS
        assert (run.arr >= run.ts).all()


def test_collection_artefacts(builds):
    """The server is slow now and then (rows arrive late, a few passed over by the poller's cursor) and down now
    and then (rows retried, some dropped); a poll that takes nothing keeps the last point; live points read 0
    only before the first row."""
    runs = _law_runs(builds)
    assert sum(r.dropped > 0 for r in runs) >= 2 and all(r.dropped < 0.01 * r.written for r in runs)
    assert sum(r.skipped > 0 for r in runs) >= 2
    assert sum(len(r.busy) > 0 for r in runs) >= 6 and sum(len(r.outages) > 0 for r in runs) >= 3
    for run, h, spans, live, changes in builds:
        z = np.nonzero(h == 0)[0]
        assert len(z) == 0 or z.max() < run.poll[run.poll >= 0].min(), run.dt


def test_logging_path(builds):
    """With synchronous logging every row's call holds the steps (a little; more in a slow spell: the monitor
    measures it), and only such a run is ended by the tracking server; with the async queue the logging never slows
    the steps (they lose only the rare stalls) and its rows arrive late in a slow spell."""
    for run in _law_runs(builds):
        on = run.train > 0
        waits = (run.eff < run.train)[on].mean()
        assert waits > 0.99 if run.sync else waits < 0.02, (run.sync, waits)
        assert run.sync or "mlflow" not in run.ends
        ok = np.isfinite(run.arr)
        late = (run.arr - run.ts)[ok]
        if run.busy and not run.sync:
            assert late.max() > 0.3 + np.median(late), run.busy
    assert sum("mlflow" in r.ends for r in _law_runs(builds)) >= 2


def test_docstring_over_both_sets():
    """The docstring's summary of the 24 runs (the poller's, the monitor's and the client's settings, nodes,
    restarts, the server's slow and down times, the rows) is what they measure."""
    rs, sh = _full_long_runs(), SHORT_RUNS  # the long half measured, the short half as measured before

    def both(key, f):  # the short half's count and the long runs'
        return sh[key] + sum(f(r) for r in rs)

    dts = [k + sum(r.dt == d for r in rs) for k, d in zip(sh["dt"], (30.0, 60.0, 120.0))]
    ws = [k + sum(r.W == w for r in rs) for k, w in zip(sh["W"], h26._WINDOWS)]
    bufs = [k + sum(r.buf == b and not r.sync for r in rs) for k, b in zip(sh["buf"], (0.0, 5.0, 10.0, 30.0))]
    ends = [e for r in rs for e in r.ends]
    counts = [len(ends)] + [ends.count(e) for e in ("preempt", "node", "mlflow", "resubmit")]
    ends = [k + c for k, c in zip(sh["ends"], counts)]
    busy = [k + sum(f(r.busy) for r in rs) for k, f in zip(sh["busy"], (len, bool))]
    outages = [k + sum(f(r.outages) for r in rs) for k, f in zip(sh["outages"], (len, bool))]
    win = (min([np.percentile(r.win, 5) for r in rs] + [sh["win"][0]]),
           max([np.percentile(r.win, 95) for r in rs] + [sh["win"][1]]))
    line = (f"polls every 30 s in {dts[0]} runs, 1 minute in {dts[1]}, 2 minutes in {dts[2]}; a window of 10, 20, 50 "
            f"and 100 batches in {', '.join(map(str, ws[:3]))} and {ws[3]}; {both('sync', lambda r: r.sync)} logging "
            f"synchronously, the others buffering 0, 5, 10 and 30 s in {', '.join(map(str, bufs[:3]))} and {bufs[3]}; "
            f"{both('one_node', lambda r: r.segs[0].N == 1)} of the 24 runs on one node at the start, "
            f"{both('g8', lambda r: r.job.G == 8)} with 8 GPUs a node, {both('b2', lambda r: r.job.b == 2)} with 2 "
            f"crops a GPU; {ends[0]} restarts ({ends[1]} preemptions, {ends[2]} node failures, {ends[3]} ended by the "
            f"tracking server, {ends[4]} resubmissions); {busy[0]} slow spells of the server in {busy[1]} runs, "
            f"{outages[0]} outages in {outages[1]}; {both('dropped', lambda r: r.dropped)} rows dropped and "
            f"{both('skipped', lambda r: r.skipped)} passed over of {both('written', lambda r: r.written)}; rows up to "
            f"{max([r.max_delay for r in rs] + [sh['max_delay']]):.0f} s late; a row's window {win[0]:.0f} s to "
            f"{win[1] / 60:.0f} minutes")
    assert line in " ".join(h26.__doc__.split()), line


def test_configuration_changes(builds):
    """The preset and the precision change only at a resubmission (each once, one at a time), the number of nodes
    only at a restart."""
    for run, *_ in builds:
        for a, b in zip(run.segs, run.segs[1:]):
            assert b.ft >= a.ft and b.bf >= a.bf
            if (a.N, a.ft, a.bf) != (b.N, b.ft, b.bf):
                assert b.proc == a.proc + 1 and (a.N != b.N) + (a.ft != b.ft) + (a.bf != b.bf) == 1
                assert run.ends[a.proc] == "resubmit" or a.N != b.N


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout26, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    check_family_bad_arguments(make_heldout26, 262000)
