"""The hundred-and-ninety-seventh held-out trace family (a bat echolocation call classifier's call sequences/s on 1, 2
or 4 nodes; each node's reporter posts its count since its last post to ThingsBoard every 10-30 s, and a monitor sums
the stored counts per minute through the timeseries API, agg=SUM, interval=60000): generator checks only (no
detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's laws (with the first 6 "short" healthy builds at 6,000 points, no regressions; the "short" row was
measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout197 as h197
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout195 import HELDOUT195_SEEDS
from anomaly.heldout197 import HELDOUT197_SEEDS, heldout197_set, make_heldout197
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT197_SEEDS[:4]
SPANS = h197.SPANS

shared_builds = tc.shared_builds(h197)

_set, traces, _full_long = tc.cheap_sets(heldout197_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h197._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's call sequences/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h197.K] - C[np.arange(n) * h197.K]) / h197.STEP


def test_seed_range_is_its_own():
    assert HELDOUT197_SEEDS == tuple(range(1972000, 1972012))
    assert not set(HELDOUT197_SEEDS) & (set(HELDOUT195_SEEDS) | set(HELDOUT150_SEEDS) | set(range(1962000, 1962012)))


PINNED_EVENTS = [Event("leak", 384, 919, 1141, 0.2339), Event("straggler", 1625, 1625, 1718, 0.2683),
                 Event("drop", 2555, 2555, 2941, 0.1171)]
PINNED_SUM = 106133.28279289181
PINNED_PAUSES = [(0, 13), (69, 75), (142, 146)]
PINNED_CHANGES = [1832, 2505]
LISTED_LONG = 16
CHANGES_LINE = "short 15, long 16"
# the path's laws seen over the first 6 seeds of both settings (a minute no query answered never occurs: unread)
ALWAYS_SEEN = tuple(k for k in h197.PATH_KEYS if k != "unread")


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout197, 1972000, 1972001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout197(1972000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout197(1972000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT197_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h197.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_paths_laws_all_occur_and_every_mode_is_drawn():
    """Over both settings' first 6 runs (6,000 points) every law of the path occurs (refusals by the rate limits and
    while the server is down, retries, posts dropped, MQTT posts acknowledged and dropped, posts stored twice, rows
    rewritten with the same content or overwritten by another post's count under the same ts, messages skipped or
    retried by the rule engine, lost in a restart of the in-memory queue, saved after the monitor read their minute,
    counted in another minute than they were posted in, node clock steps, intervals lost in a crash, restarts, slow
    spells), and every mode of the path (transport, ts, device, carry, queue, strategy, alignment) both ways."""
    total, modes = {}, {}
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT197_SEEDS[:6]):
            p = run.path
            for k in ("transport", "ts_mode", "shared_device", "carry", "kafka", "skip", "aligned"):
                modes.setdefault(k, set()).add(getattr(p, k))
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert modes.pop("ts_mode") == {"ms", "s", "server"} and modes.pop("transport") == {"http", "mqtt"}
    assert all(v == {True, False} for v in modes.values()), modes


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum of a minute's stored counts, per second, stamped at the minute's end; a minute
    that read nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h197.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h197.TICK)), min(run.nt, int(b // h197.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h197.STEP), min(int(np.ceil(b / h197.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_sequences_per_minute():
    """Away from pauses the reads' sum is the job's sequences, less what the path loses (rows overwritten by another
    node's post in the same second or ms on a shared device, dropped posts, skipped messages) and plus what it
    counts twice (posts without a ts stored twice)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.8 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_rows_cover_each_post_once():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h197._reads(run, 2 * run.J), 2 * h)
        p = run.path
        assert (p.rec_i1 >= p.rec_i0).all() and (p.rec_point >= 0).all() and (p.rec_point < N).all()
        assert set(np.unique(p.rec_share)) <= {1.0, 0.5, 0.25}


def test_windows_and_episodes():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h197._inside(x, win).tolist() == [False, True, True, False, True, False]
    assert not h197._inside(x, np.zeros((0, 2))).any()
    ep = h197._episodes(np.random.default_rng(0), 30 * 86400.0, 3.0, 60, 600)
    assert len(ep) > 20 and (ep[1:, 0] > ep[:-1, 1]).all() and (ep[:, 1] > ep[:, 0]).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 100.0, "eff": 0.9, "cpu": 1e9}
    st = {"nodes": 1, "batch": 1.0}
    lv = h197._level(cfg, st)
    assert lv == pytest.approx(100.0)
    assert h197._level(cfg, {**st, "batch": 1.5}) == pytest.approx(1.5 * lv)
    assert h197._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h197._level({**cfg, "cpu": 100.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 150.0
    for _ in range(20):
        new = h197._next_stage(rng, cfg, st, h197._level(cfg, st))
        ratio = h197._level(cfg, new) / h197._level(cfg, st)
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
            assert len(changes) <= len(run.known_t) <= run.counts["relaunches"]


def test_weights():
    tc.check_event_weights(h197._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout197, HELDOUT197_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout197, 1972000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout197(1972000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
