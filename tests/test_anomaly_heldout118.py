"""The hundred-and-eighteenth held-out trace family (a gait-recognition model's training sequences/s, each node's
trainer incrementing a bin of a per-minute Aerospike record, the monitor reading the previous minute's record):
generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the "short" runs' healthy builds, no regressions; the "short" row was measured on the
full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout118 as h118
import tests.trace_checks as tc
from anomaly.heldout116 import HELDOUT116_SEEDS
from anomaly.heldout118 import HELDOUT118_SEEDS, heldout118_set, make_heldout118
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT118_SEEDS[:4]
PINNED_EVENTS = [Event("leak", 681, 913, 1096, 0.2809), Event("straggler", 1489, 1489, 1617, 0.2554),
                 Event("drop", 2157, 2157, 2941, 0.1662)]
PINNED_SUM = 1153219.161527752
PINNED_PAUSES = [(0, 8), (32, 38), (100, 104)]
PINNED_CHANGES = [1136]
SPANS = h118.SPANS
LISTED_LONG = 13
CHANGES_LINE = "short 20, long 13"

shared_builds = tc.shared_builds(h118)

_set, traces, _full_long = tc.cheap_sets(heldout118_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h118._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's sequences/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h118.K] - C[np.arange(n) * h118.K]) / h118.STEP


def test_seed_range_is_its_own():
    assert HELDOUT118_SEEDS == tuple(range(1182000, 1182012))
    assert not set(HELDOUT118_SEEDS) & set(HELDOUT116_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout118, 1182001, 1182002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout118(1182000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout118(1182000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT118_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h118.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_and_duplicates():
    """Over both sets' runs every distortion of the path occurs (counts unlogged at a crash, timed-out writes,
    retries, increments applied twice or never, applied after their record's read, reads split by a migration,
    evictions, expired records, failed and late reads), and every read mode and retry policy."""
    total, modes, retries = {}, set(), set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT118_SEEDS):
            modes.add(run.path.mode)
            retries.add(run.path.retries)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h118.PATH_KEYS:
        assert total[k] > 0, k
    assert modes == {"one", "generation", "lut"} and retries == {0, 1, 2}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's read of a minute's record; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h118.EPOCH + 60.0 * (np.arange(N) + 1))
        assert tc.paused_mask(t)[t.healthy <= 0].all()


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert len(t.pauses) >= 15 and t.pauses[0][0] == 0, t.seed
        tc.check_pause_spans(t, lo, hi, n=N, apart=True)


def test_nothing_is_trained_in_a_pause_and_its_points_are_paused():
    seen = set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b, kind in run.pauses_t:
                if kind == "ramp":
                    continue
                i0, i1 = int(np.ceil(a / h118.TICK)), min(run.nt, int(b // h118.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h118.STEP), min(int(np.ceil(b / h118.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "ramp", "valid", "ckpt"}
            seen |= kinds
    assert seen >= {"crash", "relaunch"}


def test_the_reads_are_about_the_jobs_sequences_per_minute():
    """Away from pauses the reads' sum is the job's sequences (the path shifts, loses and repeats increments)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_a_read_is_the_increments_of_its_minutes_record():
    """Each point reads only increments keyed to its record and applied before its read (at most once per attempt,
    never on a failed read), and the reads are linear in the job's sequences."""
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert (p.t_app <= p.reads[p.row]).all() and not p.failed[p.row].any()
        assert (np.bincount(p.col) <= p.retries + 1).all()
        assert np.allclose(h118._reads(run, 2 * run.J), 2 * h)


def test_the_path_counts_add_up():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT118_SEEDS[:6]):
            c, p = run.path.counts, run.path
            assert (c["applied_twice"] > 0) <= (p.retries > 0) and (c["retried"] > 0) <= (p.retries > 0)
            assert c["applied_twice"] <= c["timeouts"] and c["lost_writes"] <= c["timeouts"]


def test_episodes_and_inside():
    rng = np.random.default_rng(0)
    ep = h118._episodes(rng, 1e6, (0, 10), (5, 20), (300, 1800))
    assert ep and all(a < 1e6 and 300 <= b - a <= 1800 for a, b in ep)
    assert all(b1 <= a2 for (a1, b1), (a2, b2) in zip(ep, ep[1:]))
    x = np.array([ep[0][0] - 1, ep[0][0] + 1, ep[0][1] + 0.5])
    assert list(h118._inside(x, ep)) == [-1, 0, -1] and list(h118._inside(x, [])) == [-1, -1, -1]
    assert h118.K == 12 and h118.TICK * h118.K == h118.STEP and h118.EPOCH % 60 == 0


def test_stages_change_the_rate():
    cfg = {"gpus": 8, "gpu": 100.0, "eff": 0.9, "io": None, "seq_g": 2.0, "seq_l": 1.8, "bb": 1.5, "view": 1.1}
    st = {"seq": 0, "bb": 0, "views": 0, "nodes": 1}
    lv = h118._level(cfg, st)
    assert h118._level(cfg, {**st, "seq": 1}) == pytest.approx(lv / 2)
    assert h118._level(cfg, {**st, "bb": 1}) == pytest.approx(lv / 1.5)
    assert h118._level(cfg, {**st, "views": 2}) == pytest.approx(lv)  # GPU-bound
    assert h118._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    slow = {**cfg, "io": 1.0}  # the loaders give sequences as fast as the GPUs train them
    assert h118._level(slow, st) < 0.95 * lv
    assert h118._level(slow, {**st, "views": 1}) < h118._level(slow, st)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h118._next_stage(rng, slow, st, h118._level(slow, st))
        ratio = h118._level(slow, new) / h118._level(slow, st)
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
    tc.check_event_weights(h118._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout118, HELDOUT118_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout118, 1182000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout118(1182000, n_events=9)
