"""The hundred-and-third held-out trace family (a wildfire spread forecasting model's training tiles/s, published by
each node's trainer to its local nsqd, consumed by one NSQ Reader that upserts per-minute sums into a CockroachDB
table, read once a minute by the dashboard): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the duplicates, dropped batches and late clocks of its path (the "short" row was measured on the full set, and is
not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout103 as h103
import tests.trace_checks as tc
from anomaly.heldout102 import HELDOUT102_SEEDS
from anomaly.heldout103 import HELDOUT103_SEEDS, heldout103_set, make_heldout103
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT103_SEEDS[:4]
PINNED_EVENTS = [Event("leak", 809, 967, 1141, 0.1835), Event("straggler", 1911, 1911, 2041, 0.15),
                 Event("drop", 2326, 2326, 2759, 0.3217)]
PINNED_SUM = 951137.2772128
PINNED_PAUSES = [(0, 8), (114, 121), (218, 226)]
PINNED_CHANGES = [1833]
SPANS = {"short": (2, 60), "long": (2, 100)}  # a consumer down for up to 45 min reads nothing
LISTED_LONG = 7
CHANGES_LINE = "short 9, long 7"

shared_builds = tc.shared_builds(h103)

_set, traces, _full_long = tc.cheap_sets(heldout103_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h103._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's tiles/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h103.K] - C[np.arange(n) * h103.K]) / h103.STEP


def test_seed_range_is_its_own():
    assert HELDOUT103_SEEDS == tuple(range(1032000, 1032012))
    assert not set(HELDOUT103_SEEDS) & set(HELDOUT102_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout103, 1032001, 1032002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout103(1032000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout103(1032000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT103_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h103.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_duplicates_and_late_clocks():
    """Over the long set's runs (built for the table): nsqd redelivers messages whose FIN came too late or never
    (counted twice), a clean nsqd restart delivers its in-flight messages again, consumers that give up on a batch
    after their retries drop it, and a node whose clock is 20 s or more behind has its messages come after the read."""
    total, skewed = {}, 0
    for run, h, spans, live, changes in _builds("long", 6000, HELDOUT103_SEEDS):
        for k, v in run.path.counts.items():
            total[k] = total.get(k, 0) + v
        if run.path.off.min() < -20:
            skewed += 1
            assert h[live].sum() / _true(run, 6000)[live].sum() < 0.95
    assert total["dup"] > 0 and total["nsqd_dup"] > 0 and total["retry_lost"] > 0 and skewed > 0


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the CockroachDB row of one minute as the dashboard read it; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h103.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h103.TICK)), min(run.nt, int(b // h103.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h103.STEP) + 1, min(int(b // h103.STEP), N)
                assert not live[s:e].any(), (a, b, kind)
            assert {k for a, b, k in run.pauses_t} >= {"startup", "valid", "ramp"}


def test_the_dashboard_reads_the_jobs_tiles_per_minute():
    """Away from pauses a read is about the job's tiles/s (the publish phase, lost, late and duplicated messages and a
    backlog drained into the minutes after a consumer outage aside), within 5 % where no node's clock is 2 s behind
    and the dashboard reads after the consumer's flush; a node's clock far behind makes its messages late."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            p, ratio = run.path, h[live].sum() / _true(run)[live].sum()
            assert 0.7 < ratio < 1.05 and (h >= 0).all()
            if p.off.min() > -2 and p.lag > p.F:
                assert ratio > 0.95


def test_the_path_loses_delays_and_duplicates():
    total = {}
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ("killed", "pub_lost", "nsqd_late", "outage_late", "dup", "retry_late", "retry_lost", "late",
              "read_failed"):
        assert total[k] > 0, k


def test_outage_lookup_and_the_defaults():
    """``_inside`` finds the outage holding a time; nsqd's message timeout and pynsq's requeue delay and tries."""
    iv = np.array([[10.0, 20.0], [30.0, 40.0]])
    assert h103._inside(np.array([5.0, 10.0, 19.9, 20.0, 35.0, 50.0]), iv).tolist() == [-1, 0, 0, -1, 1, -1]
    assert h103._inside(np.array([1.0]), np.empty((0, 2))).tolist() == [-1]
    assert (h103.MSG_TIMEOUT, h103.REQ_DELAY, h103.MAX_TRIES) == (60.0, 90.0, 5)


def test_a_minute_is_read_after_its_commits():
    """Each counted copy is sorted by its first tick, inside the run, covers at most one publish interval of ticks,
    carries its node's share, and was committed before the dashboard read its minute; a message is counted at most
    a few times (nsqd's redeliveries)."""
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert (np.diff(p.S) >= 0).all() and p.k.min() >= 0 and p.k.max() < N
        assert (p.E > p.S).all() and (p.E - p.S <= p.P / h103.TICK + 1).all()
        assert np.isin(np.round(p.w * h103.STEP * run.nodes.max()), [1, 2, 4, 8]).all()
        assert (p.C <= p.D[p.k]).all()
        _, copies = np.unique(np.stack([p.S, p.E, p.k]), axis=1, return_counts=True)
        assert copies.max() <= int(run.nodes.max()) * h103.MAX_TRIES


def test_stages_change_the_rate():
    cfg = {"gpus": 8, "gpu": 300.0, "io": None, "eff": 0.9, "bound": False}
    st = {"px": 1.0, "days": 1.0, "ch": 1.0, "model": 1.0, "data": 1.0, "nodes": 1}
    for key in ("px", "days", "model"):
        assert h103._level(cfg, {**st, key: 2.0}) < h103._level(cfg, st)
    assert h103._level(cfg, {**st, "px": 2.0}) == pytest.approx(h103._level(cfg, st) / 4)
    assert h103._level(cfg, {**st, "data": 2.0}) == h103._level(cfg, st)  # no loader limit
    assert h103._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * h103._level(cfg, st))
    slow = {**cfg, "io": 8 * 300.0}  # tiles read from object storage as fast as the GPUs train them
    assert h103._level(slow, st) < 0.95 * h103._level(cfg, st)
    assert h103._level(slow, {**st, "ch": 2.0}) < 0.6 * h103._level(slow, st)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h103._next_stage(rng, slow, st)
        assert abs(np.log(h103._level(slow, new) / h103._level(slow, st))) >= np.log(1.15) - 1e-12


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
    tc.check_event_weights(h103._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout103, HELDOUT103_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout103, 1032000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout103(1032000, n_events=9)
