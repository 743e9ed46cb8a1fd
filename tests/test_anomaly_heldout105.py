"""The hundred-and-fifth held-out trace family (a gravitational-wave detection network's training segments/s, logged
by every rank to its node's syslog, forwarded by rsyslog over UDP to a central rsyslog whose ompgsql action inserts
the lines into PostgreSQL, summed per minute by the monitor's query): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's losses and duplicates (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout105 as h105
import tests.trace_checks as tc
from anomaly.heldout103 import HELDOUT103_SEEDS
from anomaly.heldout105 import HELDOUT105_SEEDS, heldout105_set, make_heldout105
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT105_SEEDS[:4]
PINNED_EVENTS = [Event("straggler", 592, 592, 786, 0.2933), Event("leak", 994, 1195, 1277, 0.1465),
                 Event("drop", 2021, 2021, 2264, 0.0828), Event("leak", 2387, 2638, 2888, 0.1913)]
PINNED_SUM = 62294313.23922926
PINNED_PAUSES = [(0, 8), (82, 87), (165, 172)]
PINNED_CHANGES = [1345]
SPANS = {"short": (2, 60), "long": (2, 100)}  # a long start-up after a relaunch, or PostgreSQL down for 20 min
LISTED_LONG = 9
CHANGES_LINE = "short 8, long 9"

shared_builds = tc.shared_builds(h105)

_set, traces, _full_long = tc.cheap_sets(heldout105_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h105._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's segments/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h105.K] - C[np.arange(n) * h105.K]) / h105.STEP


def test_seed_range_is_its_own():
    assert HELDOUT105_SEEDS == tuple(range(1052000, 1052012))
    assert not set(HELDOUT105_SEEDS) & set(HELDOUT103_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout105, 1052001, 1052002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout105(1052000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout105(1052000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT105_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h105.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_and_duplicates():
    """Over the long set's runs (built for the table): UDP datagrams lost, lines lost while a node's or the central
    rsyslog restarts or while the ompgsql action is suspended, batches inserted twice after an outage, rows committed
    after their minute's read (late) and reads that failed."""
    total = {}
    for run, h, spans, live, changes in _builds("long", 6000, HELDOUT105_SEEDS):
        for k, v in run.path.counts.items():
            total[k] = total.get(k, 0) + v
    for k in ("local_lost", "udp_lost", "central_lost", "susp_lost", "dup", "late", "read_failed"):
        assert total[k] > 0, k


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is one minute's sum as the monitor's query read it; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h105.EPOCH + 60.0 * (np.arange(N) + 1))
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
            for a, b, kind in run.pauses_t:
                if kind == "ramp":
                    continue
                i0, i1 = int(np.ceil(a / h105.TICK)), min(run.nt, int(b // h105.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h105.STEP) + 1, min(int(b // h105.STEP), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "ramp"} and kinds & {"valid", "ckpt"}


def test_the_query_reads_the_jobs_segments_per_minute():
    """Away from pauses a read is about the job's segments/s (lost, late and duplicated lines aside), within 5 %
    where no node's clock is 5 s behind; a node's clock far behind (its TIMESTAMP the row's minute) makes its rows
    land in minutes already read."""
    skewed = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            p, ratio = run.path, h[live].sum() / _true(run)[live].sum()
            assert 0.7 < ratio < 1.05 and (h >= 0).all()
            behind = p.off[:int(run.nodes.max())].min()
            if behind > -5 or not p.reported:
                assert ratio > 0.95
            elif behind < -20:
                skewed += 1
                assert ratio < 0.95
    assert skewed >= 1


def test_the_path_loses_delays_and_duplicates():
    total = {}
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ("local_lost", "udp_lost", "central_lost", "susp_lost", "dup", "late", "read_failed"):
        assert total[k] > 0, k


def test_outage_lookup_and_the_defaults():
    """``_inside`` finds the interval holding a time; rsyslog's action resume interval."""
    iv = np.array([[10.0, 20.0], [30.0, 40.0]])
    assert h105._inside(np.array([5.0, 10.0, 19.9, 20.0, 35.0, 50.0]), iv).tolist() == [-1, 0, 0, -1, 1, -1]
    assert h105._inside(np.array([1.0]), np.empty((0, 2))).tolist() == [-1]
    assert h105.RESUME == 30.0 and h105.K == 12


def test_a_minute_is_read_after_its_commits():
    """Each counted row is sorted by its first tick, covers ticks of one process, carries its ranks' share, and was
    committed before the query read its minute; a line is counted at most three times (a batch inserted again)."""
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert p.k.min() >= 0 and p.k.max() < N and (p.E > p.S).all()
        assert (p.C <= p.D[p.k]).all()
        assert (p.m > 0).all() and (p.m <= 1 / run.nodes.min() + 1e-12).all()
        _, copies = np.unique(np.stack([p.S, p.E, p.node]), axis=1, return_counts=True)
        assert copies.max() <= 3


def test_stages_change_the_rate():
    cfg = {"gpus": 8, "gpu": 1000.0, "io": None, "eff": 0.9}
    st = {"sec": 1.0, "rate": 1.0, "det": 2.0, "model": 1.0, "approx": 1.0, "nodes": 1}
    for key, value in (("sec", 2.0), ("rate", 2.0), ("det", 3.0), ("model", 2.0)):
        assert h105._level(cfg, {**st, key: value}) < h105._level(cfg, st)
    assert h105._level(cfg, {**st, "model": 2.0}) == pytest.approx(h105._level(cfg, st) / 2)
    assert h105._level(cfg, {**st, "approx": 3.0}) == h105._level(cfg, st)  # no loader limit
    assert h105._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * h105._level(cfg, st))
    slow = {**cfg, "io": 8 * 1000.0}  # the loaders make waveforms as fast as the GPUs train on them
    assert h105._level(slow, st) < 0.95 * h105._level(cfg, st)
    assert h105._level(slow, {**st, "approx": 2.0}) < 0.6 * h105._level(slow, st)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h105._next_stage(rng, slow, st, h105._level(slow, st))
        ratio = h105._level(slow, new) / h105._level(slow, st)
        assert abs(np.log(ratio)) >= np.log(1.15) - 1e-12 and 0.5 <= ratio <= 3


def test_events_placement(traces):
    tc.check_event_placement(traces[1], 2, 4, first=N // 10, n=N)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_changes_are_the_planned_relaunches():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            assert len(changes) <= len(run.known_t) == run.counts["relaunches"] == len(run.stages) - 1


def test_weights():
    tc.check_event_weights(h105._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout105, HELDOUT105_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout105, 1052000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout105(1052000, n_events=9)
