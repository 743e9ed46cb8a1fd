"""The hundred-and-seventeenth held-out trace family (a hyperspectral mineral-mapping model's training patches/s,
each node PUTting its cumulative count into its own CouchDB document, the monitor differencing a _sum view's answers
read with stale=update_after): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout117 as h117
import tests.trace_checks as tc
from anomaly.heldout116 import HELDOUT116_SEEDS
from anomaly.heldout117 import HELDOUT117_SEEDS, heldout117_set, make_heldout117
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT117_SEEDS[:4]
PINNED_EVENTS = [Event("leak", 538, 730, 880, 0.2185), Event("drop", 1277, 1277, 1592, 0.2098),
                 Event("straggler", 1771, 1771, 2104, 0.1089), Event("drop", 2442, 2442, 3000, 0.2887)]
PINNED_SUM = 3408220.280997486
PINNED_PAUSES = [(0, 12), (49, 53), (85, 89)]
PINNED_CHANGES = [2128]
SPANS = h117.SPANS
LISTED_LONG = 14
CHANGES_LINE = "short 16, long 14"

shared_builds = tc.shared_builds(h117)

_set, traces, _full_long = tc.cheap_sets(heldout117_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h117._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's patches/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h117.K] - C[np.arange(n) * h117.K]) / h117.STEP


def test_seed_range_is_its_own():
    assert HELDOUT117_SEEDS == tuple(range(1172000, 1172012))
    assert not set(HELDOUT117_SEEDS) & set(HELDOUT116_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout117, 1172001, 1172002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout117(1172000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout117(1172000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_counts_table_and_path_long():
    """The "long" set: shapes, its row of the table, its listed changes, and every distortion of the path over its
    runs (409s, failed and slowed PUTs, counts lost at a crash, copies behind and clamped, failed reads, reads of
    unchanged sums)."""
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT117_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h117.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)
    total = {}
    for run, h, spans, live, changes in _builds("long", 6000, HELDOUT117_SEEDS):
        for k, v in run.path.counts.items():
            total[k] = total.get(k, 0) + v
    for k in h117.PATH_KEYS:
        assert total[k] > 0, k


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's read after a minute's end; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h117.EPOCH + 60.0 * (np.arange(N) + 1))
        assert tc.paused_mask(t)[t.healthy <= 0].all()


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert len(t.pauses) >= 15 and t.pauses[0][0] == 0, t.seed
        tc.check_pause_spans(t, lo, hi, n=N, apart=True)


def test_nothing_is_trained_in_a_pause_and_its_points_are_paused():
    """A pause's points are paused from the second point after its start (a read answers from the index the previous
    read left: the points lag their minute by one)."""
    seen = set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b, kind in run.pauses_t:
                if kind == "ramp":
                    continue
                i0, i1 = int(np.ceil(a / h117.TICK)), min(run.nt, int(b // h117.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h117.STEP) + 2, min(int(np.ceil(b / h117.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "ramp", "valid", "ckpt"}
            seen |= kinds
    assert seen >= {"crash", "relaunch"}


def test_the_reads_are_about_the_jobs_patches_per_minute():
    """Away from pauses the reads' sum is the job's patches (the path delays, shifts and lumps minutes)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_reads_are_linear_and_see_only_landed_puts():
    """A read sees, per document, a PUT landed before the index it answers from was brought up to date, never an
    older one than the read before; a failed read is 0; the reads are linear in the job's patches."""
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        for d, doc in enumerate(p.docs):
            i = p.idx[d]
            assert (np.diff(i) >= 0).all()
            assert (doc.w[i[i >= 0]] <= p.seen[i >= 0]).all()
        assert not h[p.failed].any()
        assert np.allclose(h117._reads(run, 2 * run.J), 2 * h)
        nodes = sum(h117._reads(run, run.J, node) for node in range(h117.MAXN))
        assert np.allclose(nodes, h)


def test_episodes_and_inside():
    rng = np.random.default_rng(0)
    ep = h117._episodes(rng, 1e6, (0, 10), (5, 20), (300, 1800))
    assert ep and all(a < 1e6 and 300 <= b - a <= 1800 for a, b in ep)
    assert all(b1 <= a2 for (a1, b1), (a2, b2) in zip(ep, ep[1:]))
    x = np.array([ep[0][0] - 1, ep[0][0] + 1, ep[0][1] + 0.5])
    assert list(h117._inside(x, ep)) == [-1, 0, -1] and list(h117._inside(x, [])) == [-1, -1, -1]
    assert h117.K == 12 and h117.TICK * h117.K == h117.STEP and h117.EPOCH % 60 == 0


def test_stages_change_the_rate():
    cfg = {"gpus": 8, "eff": 0.9, "gpu": 100.0, "io": None, "band_g": 1.4, "band_l": 1.3, "patch_g": 2.0,
           "patch_l": 1.6, "net": 1.5, "line": 1.1}
    st = {"bands": 0, "patch": 0, "net": 0, "lines": 0, "nodes": 1}
    lv = h117._level(cfg, st)
    assert h117._level(cfg, {**st, "patch": 1}) == pytest.approx(lv / 2)
    assert h117._level(cfg, {**st, "net": 1}) == pytest.approx(lv / 1.5)
    assert h117._level(cfg, {**st, "lines": 2}) == pytest.approx(lv)  # GPU-bound
    assert h117._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    slow = {**cfg, "io": 1.0}  # the loaders give patches as fast as the GPUs train them
    assert h117._level(slow, st) < 0.95 * lv
    assert h117._level(slow, {**st, "lines": 1}) < h117._level(slow, st)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h117._next_stage(rng, slow, st, h117._level(slow, st))
        ratio = h117._level(slow, new) / h117._level(slow, st)
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
    tc.check_event_weights(h117._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout117, HELDOUT117_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout117, 1172000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout117(1172000, n_events=9)
