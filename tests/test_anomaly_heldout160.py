"""The hundred-and-sixtieth held-out trace family (a crop-yield forecaster's samples/s, printed as stdout lines,
carried by Heroku's Logplex to an HTTPS log drain and summed per minute of the lines' syslog timestamps by the
monitor behind the drain): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout160 as h160
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout160 import HELDOUT160_SEEDS, heldout160_set, make_heldout160
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT160_SEEDS[:4]
SPANS = h160.SPANS

shared_builds = tc.shared_builds(h160)

_set, traces, _full_long = tc.cheap_sets(heldout160_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h160._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's samples/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h160.K] - C[np.arange(n) * h160.K]) / h160.STEP


def test_seed_range_is_its_own():
    assert HELDOUT160_SEEDS == tuple(range(1602000, 1602012))
    assert not set(HELDOUT160_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("drop", 632, 632, 916, 0.1458), Event("straggler", 1127, 1127, 1235, 0.1021),
                 Event("leak", 1828, 2133, 2266, 0.1372), Event("leak", 2423, 2693, 2941, 0.2514)]
PINNED_SUM = 1398406.3317903455
PINNED_PAUSES = [(0, 12), (94, 100), (107, 110)]
PINNED_CHANGES = [1813, 2401]
LISTED_LONG = 13
CHANGES_LINE = "short 18, long 13"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout160, 1602000, 1602001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout160(1602000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout160(1602000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT160_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h160.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_drops_delays_moves_and_repeats():
    """Over both sets' first 6 runs every distortion of the path occurs (drain outages and the receiver's restarts,
    lines displaced from Logplex's buffer (L10) and lost in flight, backlogs delivered late, 5xx episodes, retries
    and dropped frames, repeated frames and lines counted twice, late lines dropped or moved, open minutes lost at a
    restart, unflushed intervals at a crash, lines stamped in another minute, unread minutes), with both line modes,
    both late-line policies and both dedup settings."""
    total, seen = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT160_SEEDS[:6]):
            p = run.path
            seen |= {("timer", p.timer), ("late", p.late), ("dedup", p.dedup)}
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h160.PATH_KEYS:
        assert total[k] > 0, k
    assert seen == {(k, v) for k, vs in (("timer", (True, False)), ("late", ("drop", "current")),
                                         ("dedup", (True, False))) for v in vs}


def test_logplex_buffer_keeps_the_newest_lines_and_delivers_them_after_the_outage():
    """No counted line arrives while the drain is down; a line written during an outage and still delivered was
    among the newest 1024 lines of the channel, and the backlog arrives after the outage in the order written (but for
    a 5xx retry's 1-2 s)."""
    for run, h, spans, live, changes in _builds("short", 6000, HELDOUT160_SEEDS[:6]):
        p = run.path
        for o0, o1, restart in p.outages:
            assert not ((p.mult > 0) & (p.arrive >= o0) & (p.arrive < o1)).any()
            back = (p.t >= o0) & (p.t < o1) & (p.arrive >= o1) & (p.arrive < o1 + 60)
            assert (p.vt * (o1 - p.t[back]) <= h160.BUF + 1e-6).all()
            assert (np.diff(p.arrive[back][np.argsort(p.t[back])]) >= -2.0).all()


def test_the_monitor_closes_minutes():
    """A counted line lies in the minute of its syslog timestamp, arrived before that minute closed; or (the
    "current" policy) arrived later and lies in the first minute still open when it arrived."""
    for run, h, spans, live, changes in _builds("short") + _builds("long"):
        p = run.path
        on = p.mult > 0
        minute = np.floor(p.stamp / h160.STEP).astype(int)
        timely = on & (p.arrive <= h160.STEP * (minute + 1) + p.close)
        assert (p.dest[timely] == minute[timely]).all()
        moved = on & ~timely
        if p.late == "drop":
            assert not moved.any()
        else:
            assert (p.dest[moved] == np.floor((p.arrive[moved] - p.close) / h160.STEP)).all()


def test_daily_cycling_bounds_a_process_life():
    """Heroku cycles a dyno every 24 h plus up to 216 min (a cycle waits for a validation pass under way)."""
    cycles = 0
    for run, h, spans, live, changes in _builds("long", 6000, HELDOUT160_SEEDS[:6]):
        for a, b, graceful in run.lives[:-1]:
            assert b - a <= 86400 + 216 * 60 + 31 * 60, (a, b)
        cycles += run.counts["cycles"]
    assert cycles >= 6


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum of a minute's samples per second, stamped at the minute's end; a minute that
    read nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h160.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h160.TICK)), min(run.nt, int(b // h160.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h160.STEP), min(int(np.ceil(b / h160.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch", "cycle"}


def test_the_reads_are_about_the_jobs_samples_per_minute():
    """Away from pauses the reads' sum is the job's samples (the path drops, moves and repeats lines)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_line_counts_at_most_twice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h160._reads(run, 2 * run.J), 2 * h)
        m = run.path.mult
        assert set(np.unique(m)) <= {0, 1, 2} and m.max() <= (1 if run.path.dedup else 2)
        assert ((m == 0) == (run.path.dest < 0)).all()


def test_the_lines_cover_each_process_life():
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert (p.hi >= p.lo).all() and (np.diff(p.t) > 0).all()
        assert 10 <= p.P <= 30 and (not p.timer or 60 % p.P == 0)


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "win_c": 1.5, "band_c": 1.4, "model_c": 1.6, "cpu": 1e9}
    st = {"gpus": 1, "win": 0, "bands": 0, "model": 0}
    lv = h160._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h160._level(cfg, {**st, "model": 2}) == pytest.approx(lv / 1.6 ** 2)
    assert h160._level(cfg, {**st, "gpus": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h160._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h160._next_stage(rng, cfg, st, h160._level(cfg, st))
        ratio = h160._level(cfg, new) / h160._level(cfg, st)
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
    tc.check_event_weights(h160._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout160, HELDOUT160_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout160, 1602000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout160(1602000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
