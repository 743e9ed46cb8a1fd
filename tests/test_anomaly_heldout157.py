"""The hundred-and-fifty-seventh held-out trace family (a mosquito-species classifier's clips/s, kept by a Telegram
bot in one channel message that it edits every 10-30 s with the job's cumulative clip count, and read once a minute
by a user-client monitor that turns the counts' differences into rates): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout157 as h157
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout157 import HELDOUT157_SEEDS, heldout157_set, make_heldout157
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT157_SEEDS[:4]
SPANS = h157.SPANS

shared_builds = tc.shared_builds(h157)

_set, traces, _full_long = tc.cheap_sets(heldout157_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h157._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's clips/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h157.K] - C[np.arange(n) * h157.K]) / h157.STEP


def test_seed_range_is_its_own():
    assert HELDOUT157_SEEDS == tuple(range(1572000, 1572012))
    assert not set(HELDOUT157_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("drop", 349, 349, 900, 0.299), Event("straggler", 1384, 1384, 1538, 0.1245),
                 Event("leak", 2132, 2604, 2941, 0.1927)]
PINNED_SUM = 14076427.226919685
PINNED_PAUSES = [(0, 6), (16, 17), (38, 42)]
PINNED_CHANGES = [1920]
LISTED_LONG = 21
CHANGES_LINE = "short 17, long 21"
# the path's distortions seen over the first 6 seeds of both sets
ALWAYS_SEEN = h157.PATH_KEYS


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout157, 1572000, 1572001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout157(1572000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout157(1572000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT157_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h157.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_floods_fails_resends_and_loses_reads():
    """Over both sets' first 6 runs every distortion of the path occurs (edits skipped in 429 flood waits, edits
    failed in outages, "message is not modified" answers, new messages, edit time-outs, unread minutes, a
    monitor's difference dropped across two message ids, a count rolled back by a crash, node clock steps, failed
    and stale reads), and every variant of the bot and the monitor."""
    total, variants = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT157_SEEDS[:6]):
            p = run.path
            variants |= {("naive", p.naive), ("by_id", p.by_id), ("edit_date", p.edit_date)}
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert len(variants) == 6


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's read at a minute's end, stamped there; a minute that read nothing new (0) is
    paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h157.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h157.TICK)), min(run.nt, int(b // h157.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h157.STEP), min(int(np.ceil(b / h157.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"} or kinds >= {"startup", "ckpt"}
            seen |= kinds
    assert seen >= {"eval", "ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_clips_per_minute():
    """Away from pauses the reads' sum is the job's clips (the path shifts the intervals, quantises them and
    steps the node's clock)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.98 < ratio < 1.02 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_point_is_a_difference_of_two_reads():
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert np.allclose(h157._reads(run, 2 * run.J), 2 * h)
        ok = p.cur >= 0
        assert (p.cur[ok] > p.prev[ok]).all() and (p.dT[ok] > 0).all()
        assert not h[~ok].any() and (h[ok] >= 0).all()  # no point where nothing new was read
        if p.by_id:  # a difference never spans two messages
            assert (p.op_id[p.cur[ok]] == p.op_id[p.prev[ok]]).all()


def test_windows_and_the_bots_messages():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h157._inside(x, win).tolist() == [False, True, True, False, True, False]
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert 10 <= p.P <= 30 and (np.diff(p.op_vis) > 0).all() and (np.diff(p.op_id) >= 0).all()
        for w in p.windows.values():
            assert (np.diff(w[:, 0]) > 0).all() and (w[:, 1] > w[:, 0]).all()
        # no edit or message is sent in a flood wait or an outage: the bot slept or failed there
        for name in ("tg_out", "bot_api", "flood"):
            assert not h157._inside(p.op_sent, p.windows[name]).any(), name
        assert (p.op_vis > p.op_sent).all() and (p.op_x <= p.op_sent).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "net_c": 1.5, "feat_c": 1.4, "cpu": 1e9}
    st = {"gpus": 1, "net": 0, "feat": 0}
    lv = h157._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h157._level(cfg, {**st, "net": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h157._level(cfg, {**st, "gpus": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h157._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h157._next_stage(rng, cfg, st, h157._level(cfg, st))
        ratio = h157._level(cfg, new) / h157._level(cfg, st)
        assert abs(np.log(ratio)) >= np.log(1.15) - 1e-12 and 1 / 3 <= ratio <= 3


def test_a_crash_rolls_the_count_back_to_its_checkpoint():
    for run, h, spans, live, changes in _builds("short"):
        for L, (s, e, crashed) in enumerate(run.lives[:-1]):
            if not crashed:
                continue
            before = h157._counts(run, run.J, np.array([e]), np.array([L]))[0]
            after = h157._counts(run, run.J, np.array([run.lives[L + 1][0]]), np.array([L + 1]))[0]
            ck = run.ckpts[run.ckpts <= e]
            assert after <= before + 1e-6
            if len(ck) and ck.max() < e - 60:
                assert after < before


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
    tc.check_event_weights(h157._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout157, HELDOUT157_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout157, 1572000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout157(1572000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
