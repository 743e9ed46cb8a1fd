"""The hundred-and-eighty-ninth held-out trace family (a contact-centre speech-emotion model's utterances/s, written
by each Windows training node's reporter as an event every 15-60 s, forwarded by Windows Event Forwarding to a
collector's ForwardedEvents log, and summed per minute of TimeCreated or of the forwarding time by a monitor that
queries the log once a minute): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout189 as h189
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout189 import HELDOUT189_SEEDS, heldout189_set, make_heldout189
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT189_SEEDS[:4]
SPANS = h189.SPANS

shared_builds = tc.shared_builds(h189)

_set, traces, _full_long = tc.cheap_sets(heldout189_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h189._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's utterances/s per minute of true time, all nodes (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J.sum(0))])
    return (C[(np.arange(n) + 1) * h189.K] - C[np.arange(n) * h189.K]) / h189.STEP


def test_seed_range_is_its_own():
    assert HELDOUT189_SEEDS == tuple(range(1892000, 1892012))
    assert not set(HELDOUT189_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("straggler", 973, 973, 1141, 0.1725), Event("leak", 1211, 1593, 2041, 0.0999),
                 Event("drop", 2758, 2758, 2941, 0.152)]
PINNED_SUM = 377954.252842654
PINNED_PAUSES = [(0, 11), (40, 49), (81, 90)]
PINNED_CHANGES = []
LISTED_LONG = 17
CHANGES_LINE = "short 11, long 17"
# the path's distortions seen over the first 6 seeds of both sets (every key of the path's counts)
ALWAYS_SEEN = h189.PATH_KEYS


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout189, 1892000, 1892001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout189(1892000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout189(1892000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT189_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h189.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_delays_loses_and_repeats():
    """Over both sets' first 6 runs every distortion of the path occurs (intervals lost in a crash, collector
    restarts, unclean ones and their re-sent batches, a long absence, WinRM timeouts and their second copies, events
    overwritten in the source log or in ForwardedEvents, copies arriving after their minute was published, spells
    of falling behind, monitor outages, node clock steps, events counted in another minute than their write's,
    minutes reading nothing, second copies), all three delivery modes, both binnings and both dedup settings."""
    total, seen = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT189_SEEDS[:6]):
            p = run.path
            seen |= {p.mode, ("created", p.by_created), ("dedup", p.dedup)}
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert seen >= {"MinLatency", "Custom", "Normal", ("created", True), ("created", False), ("dedup", True),
                    ("dedup", False)}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum of a minute's utterances over 60 s, stamped at the minute's end; a minute that
    read nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h189.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h189.TICK)), min(run.nt, int(b // h189.TICK))
                assert not run.J[:, i0:i1].any(), (a, b, kind)
                s, e = int(a // h189.STEP), min(int(np.ceil(b / h189.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_utterances_per_minute():
    """Away from pauses the reads' sum is the job's utterances (the path shifts, delays, loses and repeats
    events; a flush after a collector's absence can land in a live minute)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.2 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h189._reads(run, 2 * run.J), 2 * h)
        p = run.path
        assert (p.i1 >= p.i0).all() and (p.minute >= 0).all() and (p.minute < N).all()


def test_windows_and_the_paths_settings():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h189._in(x, win).tolist() == [False, True, True, False, True, False]
    assert not h189._in(x, np.zeros((0, 2))).any()
    for run, h, spans, live, changes in _builds("short") + _builds("long"):
        p = run.path
        assert p.P in (15.0, 20.0, 30.0, 45.0, 60.0) and p.mode in ("MinLatency", "Custom", "Normal")
        assert p.by_created or p.mode != "Normal"
        assert 600 <= p.cap <= 3 * 3600 and 900 <= p.cov <= 12 * 3600


def test_stages_change_the_rate():
    cfg = {"gpu": 100.0, "eff": 0.9, "unfreeze_c": 1.5, "aug_c": 1.4, "cpu": 1e9}
    st = {"nodes": 1, "unfreeze": 0, "aug": 0}
    lv = h189._level(cfg, st)
    assert lv == pytest.approx(100.0)
    assert h189._level(cfg, {**st, "unfreeze": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h189._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h189._level({**cfg, "cpu": 100.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 150.0
    for _ in range(20):
        new = h189._next_stage(rng, cfg, st, h189._level(cfg, st))
        ratio = h189._level(cfg, new) / h189._level(cfg, st)
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
    tc.check_event_weights(h189._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout189, HELDOUT189_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout189, 1892000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout189(1892000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
