"""The hundred-and-seventy-fourth held-out trace family (a glacier calving-front segmenter's tiles/s, posted by each
node's bot to a Zulip topic every 20-60 s, 429s and a down server retried, and summed per minute by a monitor bot on an
event queue that re-registers and fetches the topic's history when its queue is gone): generator checks only (no
detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the 12 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout174 as h174
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout174 import HELDOUT174_SEEDS, heldout174_set, make_heldout174
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT174_SEEDS[:4]
SPANS = h174.SPANS

shared_builds = tc.shared_builds(h174)

_set, traces, _full_long = tc.cheap_sets(heldout174_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h174._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's tiles/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h174.K] - C[np.arange(n) * h174.K]) / h174.STEP


def test_seed_range_is_its_own():
    assert HELDOUT174_SEEDS == tuple(range(1742000, 1742012))
    assert not set(HELDOUT174_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("leak", 302, 706, 916, 0.0845), Event("drop", 1280, 1280, 1591, 0.1708),
                 Event("straggler", 2085, 2085, 2232, 0.2788), Event("drop", 2701, 2701, 3000, 0.121)]
PINNED_SUM = 239867.8441404083
PINNED_PAUSES = [(0, 10), (78, 85), (119, 126)]
PINNED_CHANGES = [1825]
LISTED_LONG = 7
CHANGES_LINE = "short 10, long 7"
ALWAYS_SEEN = h174.PATH_KEYS


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout174, 1742000, 1742001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout174(1742000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout174(1742000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT174_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h174.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_refuses_delays_loses_and_repeats():
    """Over both full sets every distortion of the path occurs (429s and refusals while the server is down,
    retries and dropped messages, POSTs stored twice, server restarts, queues lost with the server or expired while
    the monitor was away, anchors fetched again, copies late for their minute (lost or folded into a later one),
    messages counted in another minute than their interval's end, unread minutes, node clock steps, intervals lost in
    a crash), and every setting of the bots and the monitor."""
    total, seen = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT174_SEEDS):
            p = run.path
            seen |= {("dedup", p.dedup), ("carry", p.carry), ("key", p.key), ("late", p.late)}
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert seen == {("dedup", True), ("dedup", False), ("carry", True), ("carry", False), ("key", "server"),
                    ("key", "text"), ("late", "drop"), ("late", "fold")}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the tiles the monitor summed for a minute, per second, stamped at the minute's end; a minute that
    read nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h174.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h174.TICK)), min(run.nt, int(b // h174.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h174.STEP), min(int(np.ceil(b / h174.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_tiles_per_minute():
    """Away from pauses the reads' sum is the job's tiles (the path moves, drops and repeats messages)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_message_counts_at_most_three_times():
    """A message counts once, twice where the server stored a timed-out POST twice, and once more where a monitor that
    does not drop repeated ids fetched it again as its anchor."""
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h174._reads(run, 2 * run.J), 2 * h)
        c = run.path.copies
        assert c.max() <= (2 if run.path.dedup else 3)


def test_windows_and_the_bots_messages():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h174._inside(x, win).tolist() == [False, True, True, False, True, False]
    assert h174._after_down(x, win).tolist() == [5.0, 21.0, 21.0, 20.0, 81.0, 90.0]
    for run, h, spans, live, changes in _builds("short"):
        for nd in run.path.nodes:
            assert 20 <= nd.P <= 60 and (np.diff(nd.comp) > 0).all()
            assert nd.g.max() < len(nd.comp)


def test_stages_change_the_rate():
    cfg = {"gpu": 100.0, "eff": 0.9, "tile_g": 2.0, "tile_c": 1.8, "bb_c": 1.5, "opt_c": 1.4, "cpu": 1e9}
    st = {"gpus": 1, "tile": 0, "bb": 0, "opt": 0}
    lv = h174._level(cfg, st)
    assert lv == pytest.approx(100.0)
    assert h174._level(cfg, {**st, "bb": 1}) == pytest.approx(lv / 1.5)
    assert h174._level(cfg, {**st, "gpus": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h174._level({**cfg, "cpu": 100.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 150.0
    for _ in range(20):
        new = h174._next_stage(rng, cfg, st, h174._level(cfg, st))
        ratio = h174._level(cfg, new) / h174._level(cfg, st)
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
            assert len(changes) <= len(run.known_t) <= run.counts["relaunches"] - run.counts["kept_stage"]


def test_weights():
    tc.check_event_weights(h174._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout174, HELDOUT174_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout174, 1742000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout174(1742000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
