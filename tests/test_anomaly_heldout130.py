"""The hundred-and-thirtieth held-out trace family (a side-scan sonar target classifier's training, snippets/s, each
rank sending a GELF message over UDP every 5 s to a Graylog input, a saved search summing the counts per minute by
the messages' own timestamps, the monitor reading the sums): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout130 as h130
import tests.trace_checks as tc
from anomaly.heldout129 import HELDOUT129_SEEDS
from anomaly.heldout130 import HELDOUT130_SEEDS, heldout130_set, make_heldout130
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT130_SEEDS[:4]
SPANS = h130.SPANS

shared_builds = tc.shared_builds(h130)

_set, traces, _full_long = tc.cheap_sets(heldout130_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h130._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's snippets/s per minute of true time (what a point should be about)."""
    C = h130._cum(run.J)
    return (C[(np.arange(n) + 1) * h130.K] - C[np.arange(n) * h130.K]) / h130.STEP


def test_seed_range_is_its_own():
    assert HELDOUT130_SEEDS == tuple(range(1302000, 1302012))
    assert not set(HELDOUT130_SEEDS) & set(HELDOUT129_SEEDS)


PINNED_EVENTS = [Event("leak", 465, 987, 1141, 0.2467), Event("straggler", 1246, 1246, 1607, 0.1667),
                 Event("drop", 2237, 2237, 3000, 0.1561)]
PINNED_SUM = 6338761.848857833
PINNED_PAUSES = [(0, 11), (33, 37), (62, 67)]
PINNED_CHANGES = [1804]
LISTED_LONG = 20
CHANGES_LINE = "short 25, long 20"
# the path's distortions seen over the first 6 seeds of both sets
ALWAYS_SEEN = h130.PATH_KEYS


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout130, 1302000, 1302001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout130(1302000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout130(1302000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT130_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h130.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_and_duplicates():
    """Over both sets' first 6 runs every distortion of the path occurs (snippets unsent at a crash, datagrams lost
    one by one or a chunk of a chunked message, messages lost while Graylog is down, journaled late, replayed after a
    restart or processed twice, counted in another minute by a rank's clock, searches caught up or held for the
    journal, repeated and unread points), and both search policies (waiting for the journal or not)."""
    total, wait = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT130_SEEDS[:6]):
            wait.add(run.path.wait)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert wait == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's read of a minute's sum after its end; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h130.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h130.TICK)), min(run.nt, int(b // h130.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h130.STEP), min(int(np.ceil(b / h130.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval", "ckpt"}
            seen |= kinds
    assert seen >= {"recut", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_snippets_per_minute():
    """Away from pauses the reads' sum is the job's snippets (the path shifts, loses and repeats messages)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_the_messages_cover_the_processes():
    """Each counted copy reports its rank's share of the snippets since the rank's previous message, inside one
    process's life, and the reads are linear in the snippets."""
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert np.allclose(h130._reads(run, 2 * run.J), 2 * h)
        assert (p.s > p.prev).all() and (p.s - p.prev <= h130.TICK + 1e-9).all()
        assert (p.share > 0).all() and (p.share <= 1).all() and (np.diff(p.s) >= 0).all()
        starts = np.array([a for a, b, clean, r in run.procs])
        assert (p.prev >= starts[np.searchsorted(starts, p.s, side="right") - 1] - 1e-9).all()


def test_stages_change_the_rate():
    cfg = {"gpus": 4, "eff": 0.9, "gpu": 500.0, "size_c": 2.0, "model_c": 2.0, "rot_c": 1.5, "cpu": 1e9}
    st = {"nodes": 1, "size": 0, "model": 0, "rot": False}
    lv = h130._level(cfg, st)
    assert lv == pytest.approx(2000.0)
    assert h130._level(cfg, {**st, "size": 1}) == pytest.approx(lv / 2.0)
    assert h130._level(cfg, {**st, "nodes": 2}) == pytest.approx(2 * 0.9 * lv)
    assert h130._level({**cfg, "cpu": 1000.0}, st) < 1000.0  # the CPU workers cap the rate
    rng = np.random.default_rng(0)
    for _ in range(20):
        ratio = h130._level(cfg, h130._next_stage(rng, cfg, st, lv)) / lv
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
    tc.check_event_weights(h130._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout130, HELDOUT130_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout130, 1302000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout130(1302000, n_events=9)


def test_pauses_and_processes_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.procs, run.procs[1:]))
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.stretches, run.stretches[1:]))
