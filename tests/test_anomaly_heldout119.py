"""The hundred-and-nineteenth held-out trace family (a docking pose-scoring model's training molecules/s, a munin-node
plugin's DERIVE counter polled by munin-update once a minute into RRD rows, read back with ``rrdtool fetch``):
generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the "short" runs' healthy builds, no regressions; the "short" row was measured on the
full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout119 as h119
import tests.trace_checks as tc
from anomaly.heldout118 import HELDOUT118_SEEDS
from anomaly.heldout119 import HELDOUT119_SEEDS, heldout119_set, make_heldout119
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT119_SEEDS[:4]
PINNED_EVENTS = [Event("leak", 548, 904, 1111, 0.23), Event("straggler", 1826, 1826, 2034, 0.2145),
                 Event("drop", 2271, 2271, 3000, 0.125)]
PINNED_SUM = 3428940.2282444257
PINNED_PAUSES = [(0, 12), (82, 90), (143, 150)]
PINNED_CHANGES = []
SPANS = h119.SPANS
LISTED_LONG = 17
CHANGES_LINE = "short 10, long 17"

shared_builds = tc.shared_builds(h119)

_set, traces, _full_long = tc.cheap_sets(heldout119_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h119._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's molecules/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h119.K] - C[np.arange(n) * h119.K]) / h119.STEP


def test_seed_range_is_its_own():
    assert HELDOUT119_SEEDS == tuple(range(1192000, 1192012))
    assert not set(HELDOUT119_SEEDS) & set(HELDOUT118_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout119, 1192001, 1192002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout119(1192000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout119(1192000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT119_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h119.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_skips_loses_and_rejects():
    """Over both sets' runs every distortion of the path occurs (skipped polls, plugin timeouts, stamps rrdupdate
    refuses, counters gone back at a restart, heartbeat gaps, stale counters read in a stop, unknown rows), and every
    stamping, counter and flush policy."""
    total, modes = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT119_SEEDS):
            p = run.path
            modes.add((p.stamped, p.reset))
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h119.PATH_KEYS:
        assert total[k] > 0, k
    assert modes == {(True, True), (True, False), (False, True), (False, False)}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_rows_ends(traces):
    """A point is the RRD's 60-s row, stamped at its end; an unknown row (read as 0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h119.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h119.TICK)), min(run.nt, int(b // h119.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                # the row holding the pause's end may read only after it (a node's clock ahead, stamped mode)
                s, e = int(a // h119.STEP), min(int(b // h119.STEP), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "ramp", "valid", "ckpt"}
            seen |= kinds
    assert seen >= {"crash", "relaunch"}


def test_the_reads_are_about_the_jobs_molecules_per_minute():
    """Away from pauses the rows' sum is the job's molecules (the path shifts and spreads them over rows)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_rrd_keeps_only_legal_known_updates_and_reads_are_linear():
    """rrdupdate's stamps rise by a second at least; an interval is known only within the heartbeat and with the
    counter not gone back (DERIVE, min 0); the reads are linear in the job's molecules."""
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        du = np.diff(p.u)
        assert (du >= 1).all()
        dc = np.diff(h119._counter(run, run.J))
        assert (du[run.known] <= p.hb).all() and (dc[run.known] >= -1e-9).all()
        assert (~run.known).any()
        assert np.allclose(h119._reads(run, 2 * run.J), 2 * h)


def test_episodes_and_inside():
    rng = np.random.default_rng(0)
    ep = h119._episodes(rng, 1e6, (0, 10), (5, 20), (300, 1800))
    assert ep and all(a < 1e6 and 300 <= b - a <= 1800 for a, b in ep)
    assert all(b1 <= a2 for (a1, b1), (a2, b2) in zip(ep, ep[1:]))
    x = np.array([ep[0][0] - 1, ep[0][0] + 1, ep[0][1] + 0.5])
    assert list(h119._inside(x, ep)) == [-1, 0, -1] and list(h119._inside(x, [])) == [-1, -1, -1]
    assert h119.K == 12 and h119.TICK * h119.K == h119.STEP and h119.EPOCH % 60 == 0


def test_stages_and_buckets_change_the_rate():
    cfg = {"gpus": 8, "gpu": 100.0, "eff": 0.9, "io": None, "pocket": 1.5, "conf": 1.8, "lmax": 2.0}
    st = {"pocket": 0, "conf": 0, "lmax": 0, "nodes": 1}
    lv = h119._level(cfg, st)
    assert h119._level(cfg, {**st, "pocket": 1}) == pytest.approx(lv / 1.5)
    assert h119._level(cfg, {**st, "lmax": 1}) == pytest.approx(lv / 2)
    assert h119._level(cfg, {**st, "conf": 2}) == pytest.approx(lv)  # GPU-bound
    assert h119._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    slow = {**cfg, "io": 1.0}  # the loaders make conformers as fast as the GPUs score poses
    assert h119._level(slow, st) < 0.95 * lv
    assert h119._level(slow, {**st, "conf": 1}) < h119._level(slow, st)
    assert h119._level(slow, st, 3) < h119._level(slow, st, 1) < h119._level(slow, st, 0)  # larger ligands
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h119._next_stage(rng, slow, st, h119._level(slow, st))
        ratio = h119._level(slow, new) / h119._level(slow, st)
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
    tc.check_event_weights(h119._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout119, HELDOUT119_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout119, 1192000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout119(1192000, n_events=9)
