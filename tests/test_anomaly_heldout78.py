"""The seventy-eighth held-out trace family (a speech-enhancement model's training audio-seconds/s, one JSON document
per node and interval sent to Quickwit's ingest API, searchable once its split is committed, and read per minute by a
watcher as a ``date_histogram`` sum / 60): generator checks only (no detector here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes and its row of the docstring's counts
table (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout78 as h78
import tests.trace_checks as tc
from anomaly.heldout77 import HELDOUT77_SEEDS
from anomaly.heldout78 import HELDOUT78_SEEDS, heldout78_set, make_heldout78
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT78_SEEDS[:4]
PINNED_EVENTS = [Event("leak", 587, 810, 817, 0.2015), Event("drop", 1571, 1571, 2041, 0.256),
                 Event("straggler", 2755, 2755, 2941, 0.2453)]
PINNED_SUM = 21174107.917574313
PINNED_PAUSES = [(0, 9), (59, 67), (120, 126)]
PINNED_CHANGES = [830]
SPANS = {"short": (2, 30), "long": (2, 90)}
LISTED_LONG = 20
CHANGES_LINE = "short 23, long 20 (planned relaunches)"

shared_builds = tc.shared_builds(h78)

_set, traces, _full_long = tc.cheap_sets(heldout78_set, SEEDS, n=N)


def _builds(setting: str) -> list:
    return [h78._build(seed, N, setting) for seed in SEEDS]


def test_seed_range_is_its_own():
    assert HELDOUT78_SEEDS == tuple(range(782000, 782012))
    assert not set(HELDOUT78_SEEDS) & set(HELDOUT77_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout78, 782001, 782002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout78(782000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout78(782000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT78_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h78.__doc__, LISTED_LONG, CHANGES_LINE)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_buckets_keys(traces):
    """A point is one 1-minute bucket of the date_histogram, keyed by its start; empty buckets read 0 (and are
    paused), so no minute is skipped."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h78.EPOCH + 60.0 * np.arange(N))
        assert tc.paused_mask(t)[t.healthy <= 0].all()


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert len(t.pauses) >= 20 and t.pauses[0][0] == 0, t.seed
        tc.check_pause_spans(t, lo, hi, n=N, apart=True)


def test_nothing_is_trained_in_a_pause_and_its_points_are_paused():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b, kind in run.pauses:
                assert not run.J[a:b].any(), (a, b, kind)
                if (b - a) * h78.TICK >= 2 * h78.STEP + run.interval:  # a bucket wholly inside a pause
                    s, e = int(np.ceil((a * h78.TICK + run.interval) / h78.STEP)), int(b * h78.TICK // h78.STEP)
                    assert not live[s:min(e, N)].any(), (a, b, kind)
            assert {k for a, b, k in run.pauses} >= {"startup", "valid", "ckpt", "respawn"}


def test_the_watcher_reads_the_jobs_audio_per_bucket():
    """Away from pauses a point is about the job's audio-seconds/s in its minute (a document carries up to ``I`` s
    of work into the bucket of its stamp; rate-limited, dropped or late-committed documents are missed)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            C = np.concatenate([[0.0], np.cumsum(run.J) * h78.TICK])
            k = h78.STEP // h78.TICK
            true = (C[(np.arange(N) + 1) * k] - C[np.arange(N) * k]) / h78.STEP
            assert 0.97 < h[live].sum() / true[live].sum() < 1.03
            assert np.median(np.abs(h[live] / true[live] - 1)) < 0.08
            assert (h >= 0).all()


def test_documents_follow_quickwits_commits_and_the_watchers_reads():
    """The read is linear in the job's rate (the documents' times do not depend on it); every document the watcher
    saw was committed before it read that bucket; a document covers its node's work since its previous one."""
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h78._read(run, 2 * run.J), 2 * h)
        assert (run.dp <= run.d).all() and ((run.bk >= 0) & (run.bk < N)).all()
        assert 0.9 < run.seen <= 1.0 and len(run.d) < run.sent
        assert set(run.cfg) >= {"I", "tc", "lag", "own", "python", "storms", "outs", "clocks"}


def test_events_placement(traces):
    tc.check_event_placement(traces[1], 2, 4, first=N // 10, n=N)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=2)


def test_changes_are_the_planned_relaunches():
    relaunches = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for q, p in zip(run.procs, run.procs[1:]):
                moved = (p["nodes"], p["stage"]) != (q["nodes"], q["stage"])
                assert moved == q["graceful"], (p, q)
            relaunches += len(changes)
    assert relaunches >= 4


def test_weights():
    tc.check_event_weights(h78._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout78, HELDOUT78_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout78, 782000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout78(782000, n_events=9)
