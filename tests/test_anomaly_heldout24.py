"""The twenty-fourth held-out trace family (an object detector's images/s, counted per node in a file, read by
Zabbix agents, turned into rates by "Change per second" and summed by a calculated item over ``last_foreach``):
generator checks only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes, every kind placed, its pause spans per trace, its row of the docstring's
counts table and changes line and the long half of the 24 runs' summary (the "short" row, changes line and half of
the summary were measured on the full sets, and are not re-measured here)."""

from functools import lru_cache
from types import SimpleNamespace

import numpy as np
import pytest

import anomaly.heldout24 as h24
from anomaly.heldout23 import HELDOUT23_SEEDS
from anomaly.heldout24 import HELDOUT24_SEEDS, heldout24_set, make_heldout24
from anomaly.traces import Event
from tests.trace_checks import (check_changes_move_the_level, check_counts_and_changes, check_depths_visible,
                                check_event_placement, check_every_kind_placed, check_family_bad_arguments,
                                check_family_healthy_independent, check_family_pauses, check_healthy_outside_events,
                                check_pinned, check_planned_changes, check_trace_arrays, shared_builds)

N = 3000
SEEDS = HELDOUT24_SEEDS[:4]
SPANS = {"short": (6, 24), "long": (33, 118)}
# the long set's listed changes: all, world-size changes, unfreezes, mosaic stops
CHANGES_LONG = (14, 6, 7, 1)
# the short set's half of the docstring's summary of the 24 runs, measured on its 12 runs at n=6000 (not re-measured
# here): runs per dt of 30, 60, 120 s, per item interval of 10, 15, 20, 30, 60 s, with a 5-minute period, on one node
# at the start, with 8 GPUs a node, multi-scale, starting frozen; restarts (onto as many nodes); the server's slow
# spells and outages (runs with one); checks not made, checks due; the latest value (s)
SHORT_RUNS = {"dt": (4, 5, 3), "ui": (3, 3, 2, 1, 3), "period": 4, "one_node": 3, "g8": 7, "ms": 8, "frozen": 6,
              "restarts": 13, "same": 8, "busy": (20, 9), "outages": (6, 6), "skipped": 98, "checks": 577809,
              "max_delay": 443.77630494354526}

# the sets and the tests build each run once; checked as for generators 34-66: the sets made through the memo are
# byte-identical to those made without it, and no run changes once built
shared = shared_builds(h24)


@lru_cache(maxsize=2)
def _set(setting: str) -> list:
    return heldout24_set(setting, n=N, seeds=SEEDS)


def _builds(setting: str) -> list:
    """The healthy runs of ``setting``'s sample: ``(run, healthy, spans, live, changes)`` per seed (memoised)."""
    return [h24._build(seed, N, setting) for seed in SEEDS]


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
    return heldout24_set("long")  # the one full set built here


def _full_long_builds() -> list:
    _full_long()
    return [h24._build(seed, 6000, "long") for seed in HELDOUT24_SEEDS]  # memoised: the set's own runs


def test_seed_range_is_its_own():
    assert HELDOUT24_SEEDS == tuple(range(242000, 242012))
    assert not set(HELDOUT24_SEEDS) & set(HELDOUT23_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    check_pinned(make_heldout24, 242001, 242002, [Event("leak", 310, 587, 816, 0.1364),
                 Event("straggler", 1367, 1367, 1590, 0.1334), Event("drop", 2155, 2155, 2265, 0.1847),
                 Event("straggler", 2839, 2839, 2940, 0.1834)],
                 8971778.365008451, [(300, 314), (632, 643), (946, 961)], changes=[1850])


def test_full_set_shapes_and_pause_spans():
    ts = _full_long()
    check_trace_arrays(ts, HELDOUT24_SEEDS)
    check_every_kind_placed(ts)  # every kind in each trace with events
    for t in ts:  # each long trace's spans at n=6000, as before
        check_family_pauses("long", t, SPANS, min_count=8)  # the trace starts with training


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_calculated_items_clock(traces):
    """One point per evaluation of the calculated item: even steps of its update interval, at the item's own offset
    within the interval."""
    for t in traces[1]:
        d = np.diff(t.timestamps)
        assert d[0] in (30.0, 60.0, 120.0) and (d == d[0]).all(), t.seed
        assert (t.timestamps[0] - 1_870_000_800.0) % d[0] == (t.seed % 7) * 4.0, t.seed


def test_pause_spans(traces):
    """The counter stands still while the job validates or checkpoints, and a stopped process's file keeps its last
    count: a point whose last value's interval lies inside a pause reads 0 (checked clear of the pause's start by
    three item intervals and 50 s, away from the server's slow and down times)."""
    setting, ts = traces
    checked = 0
    for t, (run, *_) in zip(ts, _builds(setting)):
        # the trace starts with training; 8 spans a trace at n=6000: 4 at n=3000, in proportion
        check_family_pauses(setting, t, SPANS, min_count=4, n=N)
        bad = [(a - 600, b + 600) for a, b, _ in run.busy] + [(a - 600, b + 600) for a, b in run.outages]
        for a, b, kind in run.pauses_t:
            if any(a < e and s < b for s, e in bad):
                continue
            i0, i1 = int(np.ceil((a + 3 * run.ui + 50) / run.dt)) - 1, min(int(b // run.dt) - 1, N)
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
    listed, world, unf, mos = CHANGES_LONG
    line = f"long {listed} ({world} world-size changes, {unf} unfreezes, {mos} mosaic stops)"
    check_counts_and_changes(("long", _full_long()), h24.__doc__, listed, line)


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    """A listed change is the first point after a pause span, lies in no event, and the healthy level really moves
    there (5 % or more, medians over up to 300 live points on each side, the first 100 after it left out)."""
    check_changes_move_the_level(traces[1], n=N, min_checked=2)  # 8 over 12 traces at n=6000: a sixth of the points


def test_changes_are_the_planned_ones(builds):
    """Each listed change follows a restart onto another number of nodes, or a validation after which the backbone
    was unfrozen or mosaic stopped, and moves the noise-free rate by 10 % or more on the loader's cost after it;
    restarts onto as many nodes are not listed (on the samples and the full long set's runs, built anyway: the
    samples hold no world-size change)."""
    def check_change(run, kind, a, b):
        assert (a.N != b.N, a.frozen != b.frozen, a.mosaic != b.mosaic) == (kind == "world", kind == "unfreeze",
                                                                          kind == "mosaic")
        assert (b.proc == a.proc + 1) == (kind == "world")
        t, dt = b.t0, run.dt
        new = h24._level(run.job, run.mix, b.N, b.frozen, b.mosaic, t + 100 * dt, t + 400 * dt)
        old = h24._level(run.job, run.mix, a.N, a.frozen, a.mosaic, t + 100 * dt, t + 400 * dt)
        assert abs(np.log(new / old)) >= h24._MIN_MOVE, (kind, new / old)

    check_planned_changes(builds + _full_long_builds(), check_change, min_same=2)


def test_change_per_second():
    """Zabbix's "Change per second": the count's rise over the clocks' difference for each value after the first;
    a count below the previous one (a new process) is discarded."""
    x = np.array([3.0, 13.0, 23.5, 33.5, 43.5])
    c = np.array([0.0, 640.0, 1280.0, 128.0, 768.0])
    keep, r = h24._per_second(x, c)
    assert keep.tolist() == [True, True, False, True]
    assert np.allclose(r[keep], [64.0, 640.0 / 10.5, 64.0])


def test_calculated_item_last_values_period_and_outages():
    """The calculated item sums each host's last value that had reached the server by the evaluation, leaves out a
    host whose last value is older than the period, and has no value (0) where no host is left or the server is
    down."""
    x = 2.0 + 10.0 * np.arange(30)  # a host's values every 10 s from 2 s to 292 s: 8 images/s (the first discarded)
    run = SimpleNamespace(n=10, dt=30.0, period=120.0, outages=[(200.0, 260.0)],
                          hx=[x, x[:10]], ha=[x + 4.0, x[:10] + 4.0])  # the second host stops at 92 s
    v = h24._calculated(run, [80.0 * np.arange(30), 160.0 * np.arange(10)])
    assert np.allclose(v[:6], 24.0)  # both hosts: 8 + 16 images/s (the second's last value, 92 s, kept to 212 s)
    assert v[6] == v[7] == 0.0  # the server is down at 210 and 240 s
    assert v[8] == v[9] == 8.0  # the second host is left out: its last value is older than the period
    late = SimpleNamespace(**{**vars(run), "ha": [x + 35.0, x[:10] + 4.0], "outages": []})
    assert h24._calculated(late, [80.0 * np.arange(30), 160.0 * np.arange(10)])[0] == 16.0  # none arrived yet


def test_a_point_is_the_sum_of_its_hosts(builds):
    """On steady training a point is the job's images/s within the step noise, the multi-scale sizes and the
    count's whole steps over one item interval: every node's host adds its share. Where a host's values come late
    (the server behind) its share is left out: points fall short, a few of them."""
    for run, h, spans, live, changes in builds:
        K = run.n * run.k
        rate = h24._rates(run, [], 0, K).reshape(run.n, run.k).mean(-1)
        full = live & (run.train.reshape(run.n, run.k).min(-1) == h24._W)
        full &= run.gmul.reshape(run.n, run.k).max(-1) < 1.01
        full &= (run.eff == run.train).reshape(run.n, run.k).all(-1)  # no stall, no epoch's end
        r = h[full] / rate[full]
        assert abs(np.median(r) - 1) < 0.02, (run.dt, np.median(r))
        assert np.mean(np.abs(r - 1) < 0.3) > 0.95 and r.max() < 1.6, (np.mean(np.abs(r - 1) < 0.3), r.max())


def test_a_count_moves_in_whole_steps(builds):
    """A node's count moves in whole steps (``G b`` images) and starts from 0 in each process."""
    for run, h, spans, live, changes in builds:
        q = run.job.G * run.job.b
        assert all((c % q == 0).all() and c[0] >= 0 and (np.diff(c) >= 0).all() for c in run.hc), q


def test_collection_artefacts(builds):
    """Agents restart now and then (checks not made) in some runs; the server falls behind (late values) and is
    down now and then; a point with no value reads 0 on live points in some runs, never on many of them (the runs'
    counts over the samples and the full long set's runs, built anyway: more points than the 12 short runs before)."""
    runs = [b[0] for b in builds + _full_long_builds()]
    assert sum(r.skipped > 0 for r in runs) >= 3 and all(r.skipped < 0.01 * r.collected for r in runs)
    assert sum(len(r.busy) > 0 for r in runs) >= 6 and sum(len(r.outages) > 0 for r in runs) >= 3
    zeros = [int(((h == 0) & live).sum()) for run, h, spans, live, changes in builds]
    assert sum(z > 0 for z in zeros) >= 3 and max(zeros) < 60


def test_docstring_over_both_sets():
    """The docstring's summary of the 24 runs (intervals, nodes, configurations, restarts, the server's late and
    down times, the agents' values) is what they measure."""
    rs, sh = [b[0] for b in _full_long_builds()], SHORT_RUNS  # the long half measured, the short half as before

    def both(key, f):  # the short half's count and the long runs'
        return sh[key] + sum(f(r) for r in rs)

    dts = [k + sum(r.dt == d for r in rs) for k, d in zip(sh["dt"], (30.0, 60.0, 120.0))]
    uis = [k + sum(r.ui == u for r in rs) for k, u in zip(sh["ui"], (10.0, 15.0, 20.0, 30.0, 60.0))]
    busy = [k + sum(f(r.busy) for r in rs) for k, f in zip(sh["busy"], (len, bool))]
    outages = [k + sum(f(r.outages) for r in rs) for k, f in zip(sh["outages"], (len, bool))]
    line = (f"``dt`` 30 s in {dts[0]} runs, 60 s in {dts[1]}, 120 s in {dts[2]}; the hosts' item every 10, 15, 20, "
            f"30 and 60 s in {', '.join(map(str, uis[:4]))} and {uis[4]}; "
            f"{both('period', lambda r: r.period == 300.0)} with a 5-minute period; "
            f"{both('one_node', lambda r: r.segs[0].N == 1)} of the 24 runs on one node at the start, "
            f"{both('g8', lambda r: r.job.G == 8)} with 8 GPUs a node, {both('ms', lambda r: r.job.ms)} multi-scale, "
            f"{both('frozen', lambda r: r.segs[0].frozen)} starting with the backbone frozen; "
            f"{both('restarts', lambda r: len(r.restarts))} restarts "
            f"({both('same', lambda r: sum(s for _, _, s in r.restarts))} onto as many nodes); "
            f"{busy[0]} slow spells of the server in {busy[1]} runs, {outages[0]} outages in {outages[1]}; "
            f"{both('skipped', lambda r: r.skipped)} checks not made of "
            f"{both('checks', lambda r: r.collected + r.skipped)}; "
            f"values up to {max([r.max_delay for r in rs] + [sh['max_delay']]):.0f} s late")
    assert line in " ".join(h24.__doc__.split()), line


def test_configuration_changes(builds):
    """The backbone is only unfrozen and mosaic only stopped, each at a validation's end within a process; the
    number of nodes changes only at a restart (on the samples and the full long set's runs, built anyway: the samples
    hold no world-size change)."""
    for run, *_ in builds + _full_long_builds():
        for a, b in zip(run.segs, run.segs[1:]):
            assert b.frozen <= a.frozen and b.mosaic <= a.mosaic
            if (a.frozen, a.mosaic) != (b.frozen, b.mosaic):
                assert b.ev == a.ev + 1 and b.proc == a.proc
                assert (a.frozen != b.frozen) + (a.mosaic != b.mosaic) == 1
            if b.N != a.N:
                assert b.proc == a.proc + 1


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout24, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    check_family_bad_arguments(make_heldout24, 242000)
