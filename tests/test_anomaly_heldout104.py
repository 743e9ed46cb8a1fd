"""The hundred-and-fourth held-out trace family (a DiffDock-style docking model's training complexes/s, one Kinesis
record per node and interval, a Lambda function on an event source mapping adding each batch's counts to a per-minute
DynamoDB item, read once a minute by the monitor): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the duplicates, discarded batches and late clocks of its path (the "short" row was measured on the full set, and
is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout104 as h104
import tests.trace_checks as tc
from anomaly.heldout103 import HELDOUT103_SEEDS
from anomaly.heldout104 import HELDOUT104_SEEDS, heldout104_set, make_heldout104
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT104_SEEDS[:4]
PINNED_EVENTS = [Event("drop", 591, 591, 916, 0.1362), Event("straggler", 1245, 1245, 1519, 0.261),
                 Event("leak", 1752, 1995, 2266, 0.1263), Event("leak", 2630, 2781, 3000, 0.2525)]
PINNED_SUM = 136324.0267362
PINNED_PAUSES = [(0, 13), (24, 26), (34, 37)]
PINNED_CHANGES = [988]
SPANS = {"short": (2, 60), "long": (2, 100)}
LISTED_LONG = 9
CHANGES_LINE = "short 8, long 9"

shared_builds = tc.shared_builds(h104)

_set, traces, _full_long = tc.cheap_sets(heldout104_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h104._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's complexes/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h104.K] - C[np.arange(n) * h104.K]) / h104.STEP


def test_seed_range_is_its_own():
    assert HELDOUT104_SEEDS == tuple(range(1042000, 1042012))
    assert not set(HELDOUT104_SEEDS) & set(HELDOUT103_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout104, 1042001, 1042002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout104(1042000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout104(1042000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT104_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h104.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_duplicates_and_late_clocks():
    """Over the long set's runs (built for the table): a batch retried after a throttled UpdateItem adds what it had
    written before the error again, a PutRecords sent again after its time-out is a second record, batches whose
    retries are spent are discarded, and a node whose clock is further behind than the monitor's lag has its records
    land in minute items already read."""
    total, skewed = {}, 0
    for run, h, spans, live, changes in _builds("long", 6000, HELDOUT104_SEEDS):
        for k, v in run.path.counts.items():
            total[k] = total.get(k, 0) + v
        if run.path.off.min() < -run.path.lag - 5:
            skewed += 1
            assert h[live].sum() / _true(run, 6000)[live].sum() < 0.97
    assert total["retry_dup"] > 0 and total["put_dup"] > 0 and total["retry_lost"] > 0 and skewed > 0
    assert total["expired"] > 0


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is one minute's DynamoDB item as the monitor read it; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h104.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h104.TICK)), min(run.nt, int(b // h104.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h104.STEP) + 1, min(int(b // h104.STEP), N)
                assert not live[s:e].any(), (a, b, kind)
            assert {k for a, b, k in run.pauses_t} >= {"startup", "valid", "infer", "ramp"}


def test_the_monitor_reads_the_jobs_complexes_per_minute():
    """Away from pauses a read is about the job's complexes/s (record boundaries, lost, late and duplicated records
    and a backlog aside), within 3 % where no node's clock is behind by more than the monitor's lag."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            p, ratio = run.path, h[live].sum() / _true(run)[live].sum()
            assert 0.7 < ratio < 1.05 and (h >= 0).all()
            if p.off.min() > -p.lag + 2:
                assert 0.97 < ratio < 1.03


def test_the_path_loses_delays_and_duplicates():
    total = {}
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ("killed", "put_lost", "put_dup", "backlog", "retry_dup", "retry_lost", "late", "unseen",
              "read_failed"):
        assert total[k] > 0, k


def test_windows_and_the_defaults():
    """``_inside`` finds the window holding a time; botocore's read time-out and the assumed retry backoff."""
    iv = np.array([[10.0, 20.0], [30.0, 40.0]])
    assert h104._inside(np.array([5.0, 10.0, 19.9, 20.0, 35.0, 50.0]), iv).tolist() == [-1, 0, 0, -1, 1, -1]
    assert h104._inside(np.array([1.0]), np.empty((0, 2))).tolist() == [-1]
    assert (h104.PUT_TIMEOUT, h104.BACKOFF0, h104.BACKOFF_CAP, h104.PUT_TRIES) == (60.0, 1.0, 60.0, 3)


def test_a_minute_is_read_after_its_commits():
    """Each counted copy is sorted by its first tick, covers at most one record interval of ticks (or the interval
    up to a relaunch's stop), carries its node's share, and was committed before the monitor read its minute; a
    record is counted at most a few times (a PutRecords copy and the retries of its batch)."""
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert (np.diff(p.S) >= 0).all() and p.k.min() >= 0 and p.k.max() < N
        assert (p.E > p.S).all()
        assert np.isin(np.round(1 / p.f), [1, 2, 4, 8]).all()
        assert (p.C <= p.D[p.k]).all()
        _, copies = np.unique(np.stack([p.S, p.E, p.node]), axis=1, return_counts=True)
        assert copies.max() <= 2 * (max(p.R, 10) + 1)


def test_stages_change_the_rate():
    cfg = {"gpus": 8, "gpu": 20.0, "io": None, "eff": 0.9, "bound": False, "nodes": 1}
    st = {"atoms": 1.0, "model": 1.0, "tor": 1.0, "data": 1.0, "nodes": 1}
    for key in ("atoms", "model", "tor"):
        assert h104._level(cfg, {**st, key: 2.0}) < h104._level(cfg, st)
    assert h104._level(cfg, {**st, "model": 2.0}) == pytest.approx(h104._level(cfg, st) / 2)
    assert h104._level(cfg, {**st, "data": 2.0}) == h104._level(cfg, st)  # no loader limit
    assert h104._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * h104._level(cfg, st))
    slow = {**cfg, "io": 8 * 20.0}  # complexes featurised as fast as the GPUs train them
    assert h104._level(slow, st) < 0.95 * h104._level(cfg, st)
    assert h104._level(slow, {**st, "data": 2.0}) < 0.6 * h104._level(slow, st)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h104._next_stage(rng, slow, st)
        assert abs(np.log(h104._level(slow, new) / h104._level(slow, st))) >= np.log(1.15) - 1e-12


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
    tc.check_event_weights(h104._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout104, HELDOUT104_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout104, 1042000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout104(1042000, n_events=9)
