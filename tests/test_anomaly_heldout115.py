"""The hundred-and-fifteenth held-out trace family (an RNA foundation model's training sequences/s, each node's
cumulative count written to its own Consul KV key by a check-and-set PUT, the monitor's minute reads of the prefix,
stale by default, differenced): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes and its row of the docstring's counts
table; the path's counts are summed over both settings' healthy builds (no regressions; the "short" row was measured
on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout115 as h115
import tests.trace_checks as tc
from anomaly.heldout114 import HELDOUT114_SEEDS
from anomaly.heldout115 import HELDOUT115_SEEDS, heldout115_set, make_heldout115
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT115_SEEDS[:4]
PINNED_EVENTS = [Event("straggler", 731, 731, 915, 0.1205), Event("drop", 1153, 1153, 1480, 0.1862),
                 Event("leak", 1784, 2092, 2265, 0.1268), Event("straggler", 2695, 2695, 2868, 0.2655)]
PINNED_SUM = 3096724.082032215
PINNED_PAUSES = [(0, 15), (39, 41), (71, 75)]
PINNED_CHANGES = [1584]
SPANS = h115.SPANS
LISTED_LONG = 14
CHANGES_LINE = "short 13, long 14"

shared_builds = tc.shared_builds(h115)

_set, traces, _full_long = tc.cheap_sets(heldout115_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h115._build(seed, n, setting) for seed in seeds]


def _cum(run) -> np.ndarray:
    return np.concatenate([[0.0], np.cumsum(run.J)])


def _true(run, n: int = N) -> np.ndarray:
    """The job's sequences/s per minute of true time (what a point should be about)."""
    C = _cum(run)
    return (C[(np.arange(n) + 1) * h115.K] - C[np.arange(n) * h115.K]) / h115.STEP


def test_seed_range_is_its_own():
    assert HELDOUT115_SEEDS == tuple(range(1152000, 1152012))
    assert not set(HELDOUT115_SEEDS) & set(HELDOUT114_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout115, 1152001, 1152002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout115(1152000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout115(1152000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT115_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h115.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_fails_writes_lags_and_goes_backwards():
    """Over both sets' runs: writes failed in an election or with the agent down, CAS retries, counts lost at a
    stop, reads going backwards, lagged, re-read consistently and failed; both rebase policies occur."""
    total, seen = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT115_SEEDS):
            seen.add(run.path.policy)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h115.PATH_KEYS:
        assert total[k] > 0, k
    assert seen == {"clip", "hold"}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is one minute's read as the monitor stamped it; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h115.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h115.TICK)), min(run.nt, int(b // h115.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h115.STEP) + 1, min(int(b // h115.STEP), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "ramp", "valid"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_sequences_per_minute():
    """Away from pauses a read is about the job's sequences/s (lost, carried and lagged counts aside)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_a_sum_never_holds_more_than_the_job_trained_by_its_read():
    """The keys' sum at a read is at most the job's count up to the read (a key holds a count when written), and
    at least its count up to a write interval, the server's lag and the outages before it, less the counts lost at
    stops (so a read is late, never early)."""
    for run, h, spans, live, changes in _builds("short"):
        p, C = run.path, _cum(run)
        upto = np.minimum((p.reads // h115.TICK).astype(int), run.nt)
        assert (run.S <= C[upto] + 1e-6).all()
        lost = ((1 - p.counted) * run.share * run.J[None, :]).sum()
        early = np.maximum(((p.reads - p.lag - p.W - 1200) // h115.TICK).astype(int), 0)
        ok = ~p.failed
        assert (run.S[ok] >= C[early][ok] - lost - 1e-6).mean() > 0.98


def test_the_path_counts_add_up():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            c, p = run.path.counts, run.path
            assert c["failed_reads"] == int(p.failed.sum()) and c["lagged_reads"] == int((p.lag > 1).sum())
            assert c["backwards"] <= (~p.failed).sum() and (c["consistent_rereads"] > 0) <= p.stale
            assert ((p.counted == 0).any()) == (c["lost_at_stop"] > 0)


def test_episodes_and_points():
    rng = np.random.default_rng(0)
    ep = h115._episodes(rng, 1e6, (0, 10), (5, 20), (300, 1800))
    assert ep and all(a < 1e6 and 300 <= b - a <= 1800 for a, b in ep)
    assert all(b1 <= a2 for (a1, b1), (a2, b2) in zip(ep, ep[1:]))
    path = type("P", (), {})()
    path.failed, path.clock, path.counts = np.array([False, False, True, False, False]), 60.0 * np.arange(1, 6), {}
    S = np.array([60.0, 120.0, 0.0, 300.0, 240.0])
    path.policy = "clip"
    assert h115._points(path, S) == pytest.approx([1.0, 1.0, 0.0, 1.5, 0.0])
    path.policy = "hold"
    assert h115._points(path, S) == pytest.approx([1.0, 1.0, 0.0, 1.5, 0.0])
    S2 = np.array([60.0, 120.0, 0.0, 100.0, 180.0])
    path.policy = "clip"
    assert h115._points(path, S2) == pytest.approx([1.0, 1.0, 0.0, 0.0, 80 / 60])
    path.policy = "hold"
    assert h115._points(path, S2) == pytest.approx([1.0, 1.0, 0.0, 0.0, 1.0])
    assert h115.K == 12 and h115.TICK * h115.K == h115.STEP and h115.EPOCH % 60 == 0


def test_stages_change_the_rate():
    cfg = {"gpus": 8, "eff": 0.9, "gpu": 100.0, "maxlen": 2.0, "model": 2.5, "fam": 0.8, "head": 1.5}
    st = {"maxlen": 0, "model": 0, "fam": 0, "head": 0, "nodes": 1}
    lv = h115._level(cfg, st)
    assert lv == pytest.approx(800)
    assert h115._level(cfg, {**st, "maxlen": 1}) == pytest.approx(lv / 2)
    assert h115._level(cfg, {**st, "model": 1}) == pytest.approx(lv / 2.5)
    assert h115._level(cfg, {**st, "head": 1}) == pytest.approx(lv / 1.5)
    assert h115._level(cfg, {**st, "fam": 2}) == pytest.approx(lv * 0.64)
    assert h115._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h115._next_stage(rng, cfg, st, lv)
        ratio = h115._level(cfg, new) / lv
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
    tc.check_event_weights(h115._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout115, HELDOUT115_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout115, 1152000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout115(1152000, n_events=9)
