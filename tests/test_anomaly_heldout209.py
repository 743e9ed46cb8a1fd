"""The two-hundred-and-ninth held-out trace family (a cork stopper grading model's images/s, each node's adapter
sending its count over SHDR every 10-30 s to an MTConnect agent's ring buffer, polled once a minute with ``sample``
from the next sequence and summed per minute of the observation's time or of the poll): generator checks only (no
detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes and its row of the docstring's counts
table; the path's laws are checked over the first 6 seeds of both settings at 6,000 points (healthy builds, no
regressions; the "long" ones are the full set's); the "short" row was measured on the full set, and is not re-measured
here."""

import numpy as np
import pytest

import anomaly.heldout209 as h209
import tests.trace_checks as tc
from anomaly.heldout209 import HELDOUT209_SEEDS, heldout209_set, make_heldout209
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT209_SEEDS[:4]
SPANS = h209.SPANS

shared_builds = tc.shared_builds(h209)

_set, traces, _full_long = tc.cheap_sets(heldout209_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h209._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h209.K] - C[np.arange(n) * h209.K]) / h209.STEP


def test_seed_range_is_its_own():
    assert HELDOUT209_SEEDS == tuple(range(2092000, 2092012))
    assert not set(HELDOUT209_SEEDS) & set(range(2082000, 2082012))  # generator 208's range


PINNED_EVENTS = [Event("straggler", 548, 548, 804, 0.1523), Event("leak", 1516, 1772, 2041, 0.1686),
                 Event("drop", 2730, 2730, 2941, 0.1548)]
PINNED_SUM = 4539753.763896506
PINNED_PAUSES = [(0, 7), (80, 85), (175, 177)]
PINNED_CHANGES = [2234]
LISTED_LONG = 13
CHANGES_LINE = "short 17, long 13"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout209, 2092000, 2092001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout209(2092000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout209(2092000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT209_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h209.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=4)


def test_the_paths_laws_all_occur():
    """Over both settings' first 6 runs (6,000 points) every distortion of the path occurs, and every switch of
    the path (carry or lose while disconnected, re-send on reconnection, FilterDuplicates, IgnoreTimestamps, binning by
    the observation's time or by the poll) takes both values."""
    total, flags = {}, {k: set() for k in ("carry", "resend", "dedup", "ignore_ts", "by_read")}
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT209_SEEDS[:6]):
            for k in flags:
                flags[k].add(bool(getattr(run.path, k)))
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h209.PATH_KEYS:
        assert total[k] > 0, k
    assert all(v == {True, False} for v in flags.values()), flags


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum of a minute's counts (images/s), stamped at the minute's end; a minute that read
    nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h209.EPOCH + 60.0 * (np.arange(N) + 1))
        assert tc.paused_mask(t)[t.healthy <= 0].all()


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert len(t.pauses) >= 15 and t.pauses[0][0] == 0, t.seed
        tc.check_pause_spans(t, lo, hi, n=N, apart=True)


def test_nothing_is_trained_in_a_pause_and_a_live_point_reads_no_pause():
    """No images in a pause; a live point reads at least 97 % of what the run without pauses reads there (a point
    inside a pause may be live where the path delivers it images from before the pause)."""
    seen = set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b, kind in run.pauses_t:
                i0, i1 = int(np.ceil(a / h209.TICK)), min(run.nt, int(b // h209.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
            rb, rf = h209._reads(run, run.base), h209._reads(run, run.full)
            assert (rb[live] >= 0.97 * rf[live]).all() and (rf[live] > 0).all()
            seen |= {k for a, b, k in run.pauses_t}
    assert seen >= {"startup", "eval", "ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is the job's images within 8 % (the path moves, loses and repeats counts)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.92 < ratio < 1.08 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear():
    for run, h, spans, live, changes in _builds("short", seeds=SEEDS[:2]):
        assert np.allclose(h209._reads(run, 2 * run.J), 2 * h)


def test_adapter_intervals_tile_each_life_and_counts_are_images():
    """Each node's reported intervals follow one another (a carried count spans the disconnection; a re-sent one
    repeats an earlier interval), and a count is the node's share of the images in its interval."""
    for run, h, spans, live, changes in _builds("short", seeds=SEEDS[:2]):
        rd = run.rd
        assert (rd.ib > rd.ia).all() and (rd.pt >= 0).all() and (rd.pt < N).all()
        cnt = h209._counts(run, run.J, rd.ia, rd.ib)
        assert (cnt >= 0).all()
        assert np.isclose(np.bincount(rd.pt, cnt, minlength=N)[:N].sum() / 60, h.sum())


def test_windows_and_inside():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h209._inside(x, win).tolist() == [False, True, True, False, True, False]
    w = h209._windows(np.random.default_rng(0), 5.0, (10, 20), 10 * 86400.0)
    assert 20 < len(w) < 90 and ((w[:, 1] - w[:, 0] >= 10) & (w[:, 1] - w[:, 0] <= 20)).all()


def test_ring_buffer_and_restart_losses_on_a_small_buffer():
    """The agent's restarts flush what the client had not read (a new instanceId); a client behind by more than the
    buffer loses the overwritten observations: both seen over the first 6 "long" runs."""
    lost = {"flushed_lost": 0, "ring_lost": 0}
    for run, h, spans, live, changes in _builds("long", 6000, HELDOUT209_SEEDS[:6]):
        for k in lost:
            lost[k] += run.path.counts[k]
        assert run.path.C > run.path.F0  # the client's count keeps up with the factory's mean rate
    assert all(v > 0 for v in lost.values()), lost


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "cpu": 1e9, "eff": 0.9, "crop_g": 1.5, "crop_c": 1.2}
    st = {"nodes": 1, "crop": 0}
    lv = h209._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h209._level(cfg, {**st, "crop": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h209._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h209._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h209._next_stage(rng, cfg, st, h209._level(cfg, st))
        ratio = h209._level(cfg, new) / h209._level(cfg, st)
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
    tc.check_event_weights(h209._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout209, HELDOUT209_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout209, 2092000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout209(2092000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
