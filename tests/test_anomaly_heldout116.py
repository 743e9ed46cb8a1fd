"""The hundred-and-sixteenth held-out trace family (a fisheries electronic-monitoring video model's training images/s,
each node's passive check result sent through send_nsca and NSCA to Nagios's command file, bulk perfdata spooled for
npcd into per-node PNP4Nagios RRDs, the monitor summing the nodes' last complete steps): generator checks only (no
detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's losses and duplicates (with the "short" runs' healthy builds, no regressions; the "short" row was
measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout116 as h116
import tests.trace_checks as tc
from anomaly.heldout114 import HELDOUT114_SEEDS
from anomaly.heldout116 import HELDOUT116_SEEDS, heldout116_set, make_heldout116
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT116_SEEDS[:4]
PINNED_EVENTS = [Event("drop", 641, 641, 860, 0.2744), Event("leak", 990, 1233, 1335, 0.2153),
                 Event("straggler", 1677, 1677, 1939, 0.1014), Event("straggler", 2499, 2499, 2934, 0.2718)]
PINNED_SUM = 1864977.1437110151
PINNED_PAUSES = [(0, 13), (49, 52), (99, 103)]
PINNED_CHANGES = [1366, 2058]
SPANS = h116.SPANS
LISTED_LONG = 12
CHANGES_LINE = "short 17, long 12"

shared_builds = tc.shared_builds(h116)

_set, traces, _full_long = tc.cheap_sets(heldout116_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h116._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h116.K] - C[np.arange(n) * h116.K]) / h116.STEP


def test_seed_range_is_its_own():
    assert HELDOUT116_SEEDS == tuple(range(1162000, 1162012))
    assert not set(HELDOUT116_SEEDS) & set(HELDOUT114_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout116, 1162001, 1162002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout116(1162000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout116(1162000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT116_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h116.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_and_duplicates():
    """Over both sets' runs every distortion of the path occurs (intervals unlogged at a crash, results to a down
    NSCA daemon, lost, sent again, dropped or kept over a Nagios restart, cut off a perfdata file, refused by
    rrdupdate, files handled out of order, unknown steps, steps read twice or skipped, stale nodes, failed and late
    reads), and both ways of meeting a down NSCA daemon and a restarting Nagios."""
    total, seen = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT116_SEEDS):
            seen |= {run.path.policy, run.path.keep}
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h116.PATH_KEYS:
        assert total[k] > 0, k
    assert seen == {"drop", "retry", True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's read after a minute's end; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h116.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h116.TICK)), min(run.nt, int(b // h116.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h116.STEP), min(int(np.ceil(b / h116.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "ramp", "valid", "ckpt"}
            seen |= kinds
    assert seen >= {"crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is the job's images (the path subsamples, shifts and repeats steps)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_a_read_is_each_nodes_last_complete_step():
    """Each point sums at most one step per node (a step's weights add up to 1), made only of reports sent before
    the read, and the reads are linear in the job's images."""
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        M = p.M.tocoo()
        assert (p.t[M.col] <= p.reads[M.row]).all() and (M.data > 0).all()
        per = np.zeros((N, h116.MAXN))
        np.add.at(per, (M.row, p.node[M.col]), M.data)
        assert np.allclose(per[per > 0], 1.0)
        assert not per[p.failed].any()
        assert np.allclose(h116._reads(run, 2 * run.J), 2 * h)


def test_the_path_counts_add_up():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT116_SEEDS[:6]):
            c, p = run.path.counts, run.path
            assert c["resent"] <= c["nsca_down"] and (c["resent"] > 0) <= (p.policy == "retry")
            assert (c["nagios_kept"] > 0) <= p.keep and (c["nagios_dropped"] > 0) <= (not p.keep)
            assert c["nsca_lost"] + c["nagios_dropped"] + c["file_cut"] == (~p.ok).sum()


def test_episodes_and_inside():
    rng = np.random.default_rng(0)
    ep = h116._episodes(rng, 1e6, (0, 10), (5, 20), (300, 1800))
    assert ep and all(a < 1e6 and 300 <= b - a <= 1800 for a, b in ep)
    assert all(b1 <= a2 for (a1, b1), (a2, b2) in zip(ep, ep[1:]))
    x = np.array([ep[0][0] - 1, ep[0][0] + 1, ep[0][1] + 0.5])
    assert list(h116._inside(x, ep)) == [-1, 0, -1] and list(h116._inside(x, [])) == [-1, -1, -1]
    assert h116.K == 12 and h116.TICK * h116.K == h116.STEP and h116.EPOCH % 60 == 0


def test_stages_change_the_rate():
    cfg = {"nodes": 1, "gpus": 8, "eff": 0.9, "gpu": 100.0, "io": None, "frame_g": 2.0, "frame_l": 1.8, "bb": 1.5,
           "fleet": 1.1}
    st = {"frames": 0, "fleets": 0, "bb": 0, "nodes": 1}
    lv = h116._level(cfg, st)
    assert h116._level(cfg, {**st, "frames": 1}) == pytest.approx(lv / 2)
    assert h116._level(cfg, {**st, "bb": 1}) == pytest.approx(lv / 1.5)
    assert h116._level(cfg, {**st, "fleets": 2}) == pytest.approx(lv)  # GPU-bound
    assert h116._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    slow = {**cfg, "io": 1.0}  # the loaders give frames as fast as the GPUs train them
    assert h116._level(slow, st) < 0.95 * lv
    assert h116._level(slow, {**st, "fleets": 1}) < h116._level(slow, st)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h116._next_stage(rng, slow, st, h116._level(slow, st))
        ratio = h116._level(slow, new) / h116._level(slow, st)
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
    tc.check_event_weights(h116._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout116, HELDOUT116_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout116, 1162000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout116(1162000, n_events=9)
