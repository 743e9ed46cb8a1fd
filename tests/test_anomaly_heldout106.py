"""The hundred-and-sixth held-out trace family (a sign-language translation model's training clips/s, logged by every
rank through the neptune.ai client's asynchronous mode, fetched from the Neptune API once a minute and summed over the
last minute): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's losses and duplicates (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout106 as h106
import tests.trace_checks as tc
from anomaly.heldout105 import HELDOUT105_SEEDS
from anomaly.heldout106 import HELDOUT106_SEEDS, heldout106_set, make_heldout106
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT106_SEEDS[:4]
PINNED_EVENTS = [Event("straggler", 340, 340, 696, 0.2369), Event("drop", 1949, 1949, 2041, 0.1898),
                 Event("leak", 2116, 2385, 2585, 0.2181)]
PINNED_SUM = 88160.90183496242
PINNED_PAUSES = [(0, 13), (39, 46), (68, 72)]
PINNED_CHANGES = [1286, 1710]
SPANS = {"short": (2, 45), "long": (2, 100)}  # a crash's replayed steps rejected, or a long start-up
LISTED_LONG = 11
CHANGES_LINE = "short 8, long 11"

shared_builds = tc.shared_builds(h106)

_set, traces, _full_long = tc.cheap_sets(heldout106_set, SEEDS, n=N)
PATH_KEYS = ("unlogged", "crash_lost", "step_rejected", "dup", "dup_rejected", "late", "read_failed", "retried")


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h106._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's clips/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h106.K] - C[np.arange(n) * h106.K]) / h106.STEP


def test_seed_range_is_its_own():
    assert HELDOUT106_SEEDS == tuple(range(1062000, 1062012))
    assert not set(HELDOUT106_SEEDS) & set(HELDOUT105_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout106, 1062001, 1062002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout106(1062000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout106(1062000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT106_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h106.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_and_duplicates():
    """Over the long set's runs (built for the table): the interval under way at a stop never logged, ops on the
    local disk at a crash, replayed steps rejected by the server, a batch sent again after an outage (appended
    twice without steps, rejected with them), values fetched after their minute's read (late), failed reads and
    sends retried through an outage."""
    total = {}
    for run, h, spans, live, changes in _builds("long", 6000, HELDOUT106_SEEDS):
        for k, v in run.path.counts.items():
            total[k] = total.get(k, 0) + v
    for k in PATH_KEYS:
        assert total[k] > 0, k


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is one minute's sum as the monitor's fetch read it; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h106.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h106.TICK)), min(run.nt, int(b // h106.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h106.STEP) + 1, min(int(b // h106.STEP), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "ramp", "valid"}


def test_the_fetch_reads_the_jobs_clips_per_minute():
    """Away from pauses a read is about the job's clips/s (lost, late and duplicated values aside), within 5 % where no
    node's clock is 5 s behind and no node fell back to offline mode."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            p, ratio = run.path, h[live].sum() / _true(run)[live].sum()
            assert 0.7 < ratio < 1.05 and (h >= 0).all()
            if p.off.min() > -5 and not p.counts["offline"]:
                assert ratio > 0.95, (run.n, ratio)


def test_a_minute_is_read_after_its_values_are_visible():
    """Each counted value is sorted by its minute, covers ticks of one process, carries its node's share, and was
    visible before the fetch read its minute; a value is counted at most twice (a batch sent again)."""
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert p.k.min() >= 0 and p.k.max() < N and (np.diff(p.k) >= 0).all() and (p.E > p.S).all()
        assert (p.C <= p.D[p.k]).all() and not p.failed[p.k].any()
        assert (p.m > 0).all() and (p.m <= 1 / run.nodes.min() + 1e-12).all()
        _, copies = np.unique(np.stack([p.S, p.E, p.node]), axis=1, return_counts=True)
        assert copies.max() <= 2


def test_replayed_steps_are_rejected_only_with_steps():
    """A crash resumes from the last checkpoint: with ``step=`` the server rejects the replayed steps (no duplicate
    is ever appended then), without it they are appended again."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT106_SEEDS):
            c = run.path.counts
            if not run.path.steps:
                assert c["step_rejected"] == 0 and c["dup_rejected"] == 0
            else:
                assert c["dup"] == 0


def test_outage_lookup_and_the_defaults():
    """``_inside`` finds the interval holding a time; the async thread's period and the grid."""
    iv = np.array([[10.0, 20.0], [30.0, 40.0]])
    assert h106._inside(np.array([5.0, 10.0, 19.9, 20.0, 35.0, 50.0]), iv).tolist() == [-1, 0, 0, -1, 1, -1]
    assert h106._inside(np.array([1.0]), np.empty((0, 2))).tolist() == [-1]
    assert h106.SYNC == 5.0 and h106.K == 12 and h106.TICK * h106.K == h106.STEP


def test_stages_change_the_rate():
    cfg = {"gpus": 8, "gpu": 10.0, "io": None, "eff": 0.9}
    st = {"frames": 1.0, "crop": 1, "rgb": 1, "dec": 1.0, "nodes": 1}
    for key, value in (("frames", 2.0), ("crop", 2), ("dec", 2.0)):
        assert h106._level(cfg, {**st, key: value}) < h106._level(cfg, st)
    assert h106._level(cfg, {**st, "rgb": 0}) > 2 * h106._level(cfg, st)  # pose keypoints only: far cheaper
    assert h106._level(cfg, {**st, "dec": 2.0}) == pytest.approx(h106._level(cfg, st) / 2)
    assert h106._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * h106._level(cfg, st))
    slow = {**cfg, "io": 80.0}  # the loaders decode and crop as fast as the GPUs train
    assert h106._level(slow, st) < 0.95 * h106._level(cfg, st)
    assert h106._level(slow, {**st, "dec": 2.0}) > 0.5 * h106._level(slow, st)  # the decoder is not the loaders'
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h106._next_stage(rng, slow, st, h106._level(slow, st))
        ratio = h106._level(slow, new) / h106._level(slow, st)
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
    tc.check_event_weights(h106._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout106, HELDOUT106_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout106, 1062000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout106(1062000, n_events=9)
