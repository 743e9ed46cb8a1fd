"""The hundred-and-eighth held-out trace family (an AbLang / AntiBERTy-style antibody language model's training
sequences/s, each node's count added with the Couchbase SDK's binary ``increment`` to a per-minute counter document,
summed by a SQL++ query once a minute): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's losses and duplicates (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout108 as h108
import tests.trace_checks as tc
from anomaly.heldout106 import HELDOUT106_SEEDS
from anomaly.heldout108 import HELDOUT108_SEEDS, heldout108_set, make_heldout108
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT108_SEEDS[:4]
PINNED_EVENTS = [Event("leak", 670, 871, 1113, 0.2023), Event("straggler", 1670, 1670, 1786, 0.2612),
                 Event("drop", 2598, 2598, 2941, 0.0866)]
PINNED_SUM = 4588327.697816911
PINNED_PAUSES = [(0, 11), (60, 65), (112, 118)]
PINNED_CHANGES = [1661, 2181]
SPANS = {"short": (2, 45), "long": (2, 100)}  # a relaunch's stop, queue and start-up, or an indexer stall
LISTED_LONG = 12
CHANGES_LINE = "short 12, long 12"

shared_builds = tc.shared_builds(h108)

_set, traces, _full_long = tc.cheap_sets(heldout108_set, SEEDS, n=N)
PATH_KEYS = ("unlogged", "timeouts", "timeout_lost", "carried", "dup", "failover_lost", "late", "unindexed",
             "read_failed")


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h108._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's sequences/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h108.K] - C[np.arange(n) * h108.K]) / h108.STEP


def test_seed_range_is_its_own():
    assert HELDOUT108_SEEDS == tuple(range(1082000, 1082012))
    assert not set(HELDOUT108_SEEDS) & set(HELDOUT106_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout108, 1082001, 1082002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout108(1082000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout108(1082000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT108_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h108.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_and_duplicates():
    """Over the long set's runs (built for the table): the sequences since the last increment at a crash, increments
    timed out (dropped, or carried into the next one: twice counted where the ambiguous one was applied after all),
    mutations lost at a failover, increments applied after their minute's query (late), documents the stalled index
    did not show, failed queries."""
    total = {}
    for run, h, spans, live, changes in _builds("long", 6000, HELDOUT108_SEEDS):
        for k, v in run.path.counts.items():
            total[k] = total.get(k, 0) + v
    for k in PATH_KEYS:
        assert total[k] > 0, k


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is one minute's sum as the monitor's query read it; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h108.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h108.TICK)), min(run.nt, int(b // h108.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h108.STEP) + 1, min(int(b // h108.STEP), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "ramp", "valid"}


def test_the_query_reads_the_jobs_sequences_per_minute():
    """Away from pauses a read is about the job's sequences/s (lost, late and twice-counted increments aside), within
    5 % where no node's clock is 5 s or more behind."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.7 < ratio < 1.05 and (h >= 0).all()
            if run.path.off.min() > -5:
                assert ratio > 0.95, (run.n, ratio)


def test_a_minute_is_read_after_its_increments_are_applied():
    """Each counted increment is read in its document's minute, after it was applied, by a query that did not fail;
    it covers ticks of one process and carries its node's share."""
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert p.k.min() >= 0 and p.k.max() < N and (p.E > p.S).all()
        assert (p.t <= p.reads[p.k]).all() and not p.failed[p.k].any()
        assert (p.m > 0).all() and (p.m <= 1 / min(st["nodes"] for st in run.stages) + 1e-12).all()
        assert set(np.unique(p.c)) <= {1.0}


def test_only_a_carrying_trainer_counts_twice():
    """A trainer that drops a timed-out increment's delta never counts it twice; one that carries it into the next
    increment never loses it unless its process ends first."""
    seen = set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT108_SEEDS):
            c = run.path.counts
            seen.add(run.path.carry)
            if not run.path.carry:
                assert c["carried"] == 0 and c["dup"] == 0
            else:
                assert 0 < c["carried"] + c["timeout_lost"] <= c["timeouts"]
    assert seen == {True, False}


def test_episodes_and_the_defaults():
    """Renewal episodes lie in order before their horizon; the tick grid and the SDK's KV timeout."""
    rng = np.random.default_rng(0)
    ep = h108._episodes(rng, 1e6, (0, 10), (5, 20), (5, 30))
    assert ep and all(a < 1e6 and 300 <= b - a <= 1800 for a, b in ep)
    assert all(b1 <= a2 for (a1, b1), (a2, b2) in zip(ep, ep[1:]))
    assert h108.K == 12 and h108.TICK * h108.K == h108.STEP and h108.KV_TIMEOUT == 2.5


def test_stages_change_the_rate():
    cfg = {"gpus": 8, "gpu": 200.0, "io": None, "eff": 0.9, "sc": 2.0, "sio": 3.0}
    st = {"len": 1.0, "struct": 0, "nodes": 1}
    assert h108._level(cfg, {**st, "len": 1.9}) == pytest.approx(h108._level(cfg, st) / 1.9)  # paired chains
    assert h108._level(cfg, {**st, "struct": 1}) == pytest.approx(h108._level(cfg, st) / 2)
    assert h108._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * h108._level(cfg, st))
    slow = {**cfg, "io": 1600.0}  # the loaders feed as fast as the GPUs train
    assert h108._level(slow, st) < 0.95 * h108._level(cfg, st)
    assert h108._level(slow, {**st, "struct": 1}) < h108._level(cfg, {**st, "struct": 1})
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h108._next_stage(rng, slow, st, h108._level(slow, st))
        ratio = h108._level(slow, new) / h108._level(slow, st)
        assert abs(np.log(ratio)) >= np.log(1.15) - 1e-12 and 1 / 3 <= ratio <= 3


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
    tc.check_event_weights(h108._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout108, HELDOUT108_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout108, 1082000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout108(1082000, n_events=9)
