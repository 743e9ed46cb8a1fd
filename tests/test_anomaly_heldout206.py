"""The two-hundred-and-sixth held-out trace family (a varroa-mite counting model's images/s, reported by each node's
reporter to its own ThingSpeak channel every 10-30 s, rate-limited, buffered and bulk-written after outages, and summed
per minute of ``created_at`` or of first sight by a monitor reading each channel's feed once a minute): generator
checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); the path's laws on those runs, or on the first 6 runs of each setting at n=6000 where a
distortion is rare; only the "long" full set is built here, for its shapes and its row of the docstring's counts
table (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout206 as h206
import tests.trace_checks as tc
from anomaly.heldout206 import HELDOUT206_SEEDS, heldout206_set, make_heldout206
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT206_SEEDS[:4]
SPANS = h206.SPANS

shared_builds = tc.shared_builds(h206)

_set, traces, _full_long = tc.cheap_sets(heldout206_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h206._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    return np.add.reduceat(run.J[:n * h206.K], np.arange(0, n * h206.K, h206.K)) / h206.STEP


def test_seed_range_is_its_own():
    assert HELDOUT206_SEEDS == tuple(range(2062000, 2062012))
    assert not set(HELDOUT206_SEEDS) & set(range(2052000, 2052012))  # generator 205's range by the rule


PINNED_EVENTS = [Event("straggler", 396, 396, 881, 0.1211), Event("drop", 1315, 1315, 1500, 0.217),
                 Event("leak", 2278, 2775, 2915, 0.1782)]
PINNED_SUM = 403796.75935918104
PINNED_PAUSES = [(0, 9), (49, 58), (77, 78)]
PINNED_CHANGES = []
LISTED_LONG = 13
CHANGES_LINE = "short 15, long 13"
ALWAYS_SEEN = ("refused_rate", "timeouts", "stored_twice", "retries", "retry_refused", "outage_attempts",
               "bulk_writes", "outages", "lost_at_stop", "read_failures", "late_rebinned", "late_lost", "clock_steps")


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout206, 2062000, 2062001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout206(2062000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout206(2062000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT206_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h206.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_paths_distortions_occur():
    """Over both settings' first 6 runs (n=6000) every common distortion of the path occurs (updates answered 0 by
    the rate limit, client timeouts, entries stored twice, retries and retries refused, updates failing in an outage
    and bulk-written after it, images lost when a reporter dies with its process, failed feed reads, late entries
    re-binned and lost, node clock steps, minutes read 0 while the job trained), and both binnings of the monitor."""
    total, modes = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT206_SEEDS[:6]):
            modes.add(run.path.mode)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert modes == {"created", "seen"}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h206.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h206.TICK)), min(run.nt, int(b // h206.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h206.STEP), min(int(np.ceil(b / h206.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            seen |= {k for a, b, k in run.pauses_t}
    assert seen >= {"startup", "eval", "ckpt", "crash", "restart"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is the job's images (the path moves, drops and doubles updates)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h206._reads(run, 2 * run.J), 2 * h)


def test_the_rate_limit_and_whole_second_created_at():
    """A channel stores at most one update (a single write or a bulk write) per limit (15 s free, 1 s paid; the
    insert times carry 0.1-1.5 s of latency); created_at is whole seconds; a timed-out update stored by the server
    is sent again (some ticks' images are in two stored entries)."""
    doubled = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            p = run.path
            limit = 15.0 if p.free else 1.0
            assert np.array_equal(p.created, np.floor(p.created))
            for j in range(4):
                ins = np.unique(p.ins[p.node == j])
                assert (np.diff(ins) >= limit - 1.4 - 1e-9).all(), (run, j)
                m = p.node == j
                cover = np.zeros(run.nt + 1)
                np.add.at(cover, np.minimum(p.s[m], run.nt), 1)
                np.add.at(cover, np.minimum(p.e[m], run.nt), -1)
                doubled += int((np.cumsum(cover) > 1).sum())
            assert 10 <= p.P <= 30
    assert doubled > 0


def test_the_monitors_binnings_and_the_results_cap():
    """Missed entries (the feed's ``results`` cap) only where a read is capped at 100; late entries only when binning
    by ``created_at``; an entry that is read lands in its first-sight minute in the "seen" binning."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT206_SEEDS[:6]):
            p, c = run.path, run.path.counts
            if p.R == 8000:
                assert c["missed_by_cap"] == 0
            if p.mode == "seen":
                assert c["late_rebinned"] == c["late_lost"] == 0
                ok = p.point >= 0
                assert (p.point[ok] * h206.STEP + 60 >= p.ins[ok]).all()
            else:
                assert c["late_lost" if p.rebin else "late_rebinned"] == 0


def test_windows():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h206._inside(x, win).tolist() == [False, True, True, False, True, False]
    assert not h206._inside(x, np.zeros((0, 2))).any()


def test_stages_change_the_rate():
    cfg = {"gpu": 100.0, "eff": 0.9, "cpu": 1e9}
    st = {"nodes": 1, "shape": 1}
    lv = h206._level(cfg, st)
    assert lv == pytest.approx(100.0)
    assert h206._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h206._level(cfg, {**st, "shape": 3}) == pytest.approx(lv / 2.3)
    assert h206._level({**cfg, "cpu": 100.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 150.0
    for _ in range(20):
        new = h206._next_stage(rng, cfg, st, h206._level(cfg, st))
        ratio = h206._level(cfg, new) / h206._level(cfg, st)
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
            assert len(changes) <= len(run.known_t) <= run.counts["relaunches"] - run.counts.get("kept_stage", 0)


def test_weights():
    tc.check_event_weights(h206._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout206, HELDOUT206_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout206, 2062000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout206(2062000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
