"""The seventy-third held-out trace family (a world model's training sequences/s, one JSON log line per node's ranks and
logging interval, shipped by the Falcon LogScale Collector or Fluent Bit to LogScale and read per minute from a
dashboard widget as ``timeChart(span=1m, function=sum(sequences))`` / 60): generator checks only (no detector here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long" full set
is built here, for its shapes and its row of the docstring's counts table (the "short" row and the run counts of the
"short" set were measured on the full sets, and are not re-measured here). The pinned trace and the independence check
use seeds and settings of the law sets, so they reuse those runs."""

import re

import numpy as np
import pytest

import anomaly.heldout73 as h73
import tests.trace_checks as tc
from anomaly.heldout72 import HELDOUT72_SEEDS
from anomaly.heldout73 import HELDOUT73_SEEDS, heldout73_set, make_heldout73
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT73_SEEDS[:4]
SPANS = {"short": (1, 40), "long": (1, 130)}

PINNED_EVENTS = [Event("leak", 455, 727, 916, 0.1728), Event("straggler", 1334, 1334, 1591, 0.2377),
                 Event("drop", 1981, 1981, 2266, 0.2608), Event("leak", 2412, 2688, 2941, 0.2623)]
PINNED_SUM = 4155722.666666667
PINNED_PAUSES = [(0, 11), (39, 41), (48, 50)]
PINNED_CHANGES = [951, 1231, 1593]
LISTED_LONG = 28
CHANGES_LINE = "short 29, long 28 (planned relaunches)"

shared_builds = tc.shared_builds(h73)


_set, traces, _full_long = tc.cheap_sets(heldout73_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h73._build(seed, N, setting) for seed in SEEDS]


def test_seed_range_is_its_own():
    assert HELDOUT73_SEEDS == tuple(range(732000, 732012))
    assert not set(HELDOUT73_SEEDS) & set(HELDOUT72_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout73, 732001, 732002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout73(732000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout73(732000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_counts_table_and_runs_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT73_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h73.__doc__, LISTED_LONG, CHANGES_LINE)
    doc = " ".join(h73.__doc__.split())
    meta = [h73._build(seed, 6000, "long")[0].meta for seed in HELDOUT73_SEEDS]  # memoised: the set's own runs
    rows = {"a logger thread / every K steps": "/".join(str(sum(m["mode"] == k for m in meta))
                                                        for k in ("time", "steps")),
            "LogScale Collector / Fluent Bit": "/".join(str(sum(m["collector"] == k for m in meta))
                                                        for k in ("logscale", "fluentbit")),
            "the line's own timestamp parsed": sum(m["parsed"] for m in meta),
            "RSSM / video model": "/".join(str(sum(m["model"] == k for m in meta)) for k in ("rssm", "video"))}
    for label, value in rows.items():
        assert re.search(rf"{label}: \S+ \(short\), {value} \(long\)", doc), (label, value)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_whole_minutes_and_skipped_reads_are_paused():
    """The widget's ``timeChart(span=1m)`` buckets start on whole UTC minutes; a minute whose read failed (the live
    query canceled while LogScale's digest lags) has no point, and its neighbours are paused; a minute that read 0 is
    paused."""
    skipped = 0
    assert h73.EPOCH % 60 == 0
    for setting in ("short", "long"):
        for t, (run, h, spans, live, changes) in zip(_set(setting), _builds(setting)):
            assert np.all(t.timestamps % 60 == 0) and t.timestamps[0] == h73.EPOCH, t.seed
            d = np.diff(t.timestamps)
            assert (d >= 60).all(), t.seed
            paused = tc.paused_mask(t)
            assert paused[h <= 0].all(), t.seed
            for i in np.flatnonzero(d > 60):
                assert paused[i] and paused[i + 1], (t.seed, i)
            skipped += int((d > 60).sum())
    assert skipped >= 1


def test_pause_spans(traces):
    tc.check_set_pause_spans(traces, SPANS, N, apart=True)


def test_nothing_is_trained_in_a_pause_and_its_points_are_paused():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b, kind in run.pauses_t:
                assert not run.rate[int(np.ceil(a)):min(int(b), run.T)].any(), (a, b, kind)
                inside = (run.km * 60 + 60 > a) & (run.km * 60 < b)
                assert not live[inside].any(), (a, b, kind)
            assert {k for a, b, k in run.pauses_t} >= {"startup", "eval", "ckpt", "refresh"}


def test_the_widget_reads_the_jobs_sequences_per_minute():
    """Away from pauses a point is about the job's mean sequences/s over its minute (the lines' counts reach back one
    logging interval; whole steps, late and lost lines aside)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            C = np.concatenate([[0.0], np.cumsum(run.rate)])
            T = run.km * 60
            true = (C[T + 60] - C[T]) / 60
            assert 0.93 < h[live].sum() / true[live].sum() < 1.02
            assert np.median(np.abs(h[live] / true[live] - 1)) < 0.05
            assert (h >= 0).all()


def test_lines_lost_and_late():
    """Lines the recorder's read did not see: lost (a Fluent Bit restart without its offsets DB, or a batch dropped
    after Retry_Limit 1) or late (the collector's queue retrying a refused ingest, LogScale's digest lagging)."""
    metas = []
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            metas.append(run.meta)
            assert len(run.bkt) == run.nodes_max and all(b.max() < run.M for b in run.bkt)
    assert sum(m["late"] for m in metas) > 0
    assert {m["collector"] for m in metas} == {"logscale", "fluentbit"}  # (the law seeds all log from a thread)


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
    """A listed change is a planned relaunch's resume (after a checkpoint or evaluation, on other nodes or another
    sequence / model setting); a restart after a node failure resumes on the same level and is not listed."""
    relaunches = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            resumes = {b for a, b, k in run.pauses_t if k == "startup"}
            assert set(run.known_t) <= resumes and len(changes) <= len(run.known_t)
            for p, q in zip(run.procs[1:], run.procs):
                moved = (p["nodes"], p["mix"]) != (q["nodes"], q["mix"])
                assert moved == q["graceful"], (p, q)
            relaunches += len(changes)
    assert relaunches >= 4


def test_weights():
    tc.check_event_weights(h73._weight)


def test_healthy_does_not_depend_on_the_regressions():
    # the law set's run (memoised), regressions placed on it or not
    tc.check_family_healthy_independent(make_heldout73, HELDOUT73_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout73, 732000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout73(732000, n_events=9)
