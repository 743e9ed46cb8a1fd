"""The two-hundred-and-fourteenth held-out trace family (a camera-trap wildlife classifier's images/s at a remote field
station, each node's reporter sending a text message every 10-30 s through its Meshtastic LoRa radio over the mesh to
the station's gateway radio, whose host's monitor sums the images per minute): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds at n=6000, no regressions; the "short" row was
measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout214 as h214
import tests.trace_checks as tc
from anomaly.heldout214 import HELDOUT214_SEEDS, heldout214_set, make_heldout214
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT214_SEEDS[:4]
SPANS = h214.SPANS

shared_builds = tc.shared_builds(h214)

_set, traces, _full_long = tc.cheap_sets(heldout214_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h214._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h214.K] - C[np.arange(n) * h214.K]) / h214.STEP


def test_seed_range_is_its_own():
    assert HELDOUT214_SEEDS == tuple(range(2142000, 2142012))
    assert not set(HELDOUT214_SEEDS) & set(range(2132000, 2132012))  # generator 213's, by the rule (not on main)


PINNED_EVENTS = [Event("drop", 654, 654, 1133, 0.3135), Event("straggler", 1775, 1775, 1872, 0.2231),
                 Event("leak", 2239, 2750, 3000, 0.097)]
PINNED_SUM = 698270.2763785694
PINNED_PAUSES = [(0, 9), (123, 139), (206, 211)]
PINNED_CHANGES = [1386]
LISTED_LONG = 20
CHANGES_LINE = "short 22, long 20"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout214, 2142000, 2142001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout214(2142000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout214(2142000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT214_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h214.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_paths_distortions_all_occur():
    """Over both sets' first 6 runs (n=6000) every distortion of the path occurs (duty-cycle refusals and the counts
    carried past them, messages lost on the air, retransmissions, delivered but unacknowledged messages counted again,
    repeats let through, repeats dropped by the monitor, gateway reboots and the messages lost in them, uplink
    outages and the radio's queue overflowing, store-and-forward replays, copies arriving after their minute closed,
    intervals lost in a crash, clock syncs, messages in another minute than their interval's end, unread minutes),
    and both settings of each of the path's switches."""
    total, seen = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT214_SEEDS[:6]):
            p = run.path
            seen |= {("dedup", p.dedup), ("dm", p.dm_mode), ("text", p.by_text), ("sf", p.sf), ("eu", p.eu)}
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h214.PATH_KEYS:
        assert total[k] > 0, k
    assert len(seen) == 10


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's images/s of a minute, stamped at the minute's end; a minute that read nothing (0) is
    paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h214.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h214.TICK)), min(run.nt, int(b // h214.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h214.STEP), min(int(np.ceil(b / h214.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is near the job's images: the path loses (air, reboots, a full queue, late
    copies) and counts twice (repeats, unacknowledged messages), within 35 % per run on the first 4 seeds."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.65 < ratio < 1.35 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_deduplicating_monitor_counts_a_message_once():
    for run, h, spans, live, changes in _builds("short") + _builds("long"):
        assert np.allclose(h214._reads(run, 2 * run.J), 2 * h)
        p = run.path
        assert (p.lo <= p.hi).all() and (p.hi <= run.nt).all()
        if p.dedup:
            assert p.copies.max() == 1
        assert 10 <= p.P.min() and p.P.max() <= 30


def test_windows():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h214._inside(x, win).tolist() == [False, True, True, False, True, False]
    w = h214._windows(np.random.default_rng(0), 86400 * 10, (2, 2), (60, 600))
    assert len(w) > 5 and ((w[:, 1] - w[:, 0] >= 60 - 1e-9) & (w[:, 1] - w[:, 0] <= 600 + 1e-9)).all()


def test_stages_change_the_rate():
    job = {"gpu": 300.0, "g": 1, "eff": 0.9, "shape_c": 1.4, "cpu_x": 100.0}
    st = {"nodes": 1, "shape": 0}
    lv = h214._level(job, st)
    assert lv == pytest.approx(300.0, rel=1e-6)
    assert h214._level(job, {**st, "shape": 1}) == pytest.approx(lv / 1.4, rel=1e-6)
    assert h214._level(job, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv, rel=1e-6)
    assert h214._level({**job, "cpu_x": 1.0}, st) < 0.9 * lv  # balanced sides overlap badly
    rng = np.random.default_rng(0)
    job["cpu_x"] = 1.5
    for _ in range(20):
        new = h214._next_stage(rng, job, st)
        ratio = h214._level(job, new) / h214._level(job, st)
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
    tc.check_event_weights(h214._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout214, HELDOUT214_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout214, 2142000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout214(2142000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
