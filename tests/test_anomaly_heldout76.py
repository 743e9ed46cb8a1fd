"""The seventy-sixth held-out trace family (a sign-language recognition model's training clips/s, each node's sender
thread POSTing one JSON record per ``K`` s to OpenObserve's ``_json`` log ingestion, read per minute by a watcher's
poller as ``SELECT histogram(_timestamp, '1 minute'), SUM(clips) / 60``): generator checks only (no detector here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long" full set
is built here, for its shapes and its row of the docstring's counts table (the "short" row was measured on the full
set, and is not re-measured here). The pinned trace and the independence check use seeds and settings of the law sets,
so they reuse those runs. The poller's points are checked against a brute-force re-reading of the stored records on 60
minutes of one run per setting."""

import re

import numpy as np
import pytest

import anomaly.heldout76 as h76
import tests.trace_checks as tc
from anomaly.heldout75 import HELDOUT75_SEEDS
from anomaly.heldout76 import HELDOUT76_SEEDS, heldout76_set, make_heldout76
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT76_SEEDS[:4]
SPANS = {"short": (3, 30), "long": (3, 90)}

PINNED_EVENTS = [Event("straggler", 477, 477, 671, 0.1983), Event("drop", 1851, 1851, 2041, 0.3277),
                 Event("leak", 2494, 2760, 2941, 0.2882)]
PINNED_SUM = 429320.3898270506
PINNED_PAUSES = [(0, 9), (25, 29), (68, 72)]
PINNED_CHANGES = [363, 2484]
LISTED_LONG = 27
CHANGES_LINE = "short 28, long 27 (planned relaunches)"

shared_builds = tc.shared_builds(h76)


_set, traces, _full_long = tc.cheap_sets(heldout76_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h76._build(seed, N, setting) for seed in SEEDS]


def _counts(run) -> np.ndarray:
    """Each stored record's clips (its node's share of the job's clips since the node's previous record)."""
    r = run.rec
    C = np.concatenate([[0.0], np.cumsum(run.rate)])
    grid = np.arange(len(C), dtype=float)
    return (np.interp(r["t"], grid, C) - np.interp(r["prev"], grid, C)) * r["share"]


def test_seed_range_is_its_own():
    assert HELDOUT76_SEEDS == tuple(range(762000, 762012))
    assert not set(HELDOUT76_SEEDS) & set(HELDOUT75_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout76, 762001, 762002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout76(762000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout76(762000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_counts_table_and_runs_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT76_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h76.__doc__, LISTED_LONG, CHANGES_LINE)
    doc = " ".join(h76.__doc__.split())
    meta = [h76._build(seed, 6000, "long")[0].meta for seed in HELDOUT76_SEEDS]  # memoised: the set's own runs
    rows = {"sender period 10 / 15 / 20 / 30 s": "/".join(str(sum(m["K"] == k for m in meta)) for k in h76.PERIODS),
            "pose / pose on the fly / RGB": "/".join(str(sum(m["model"] == k for m in meta)) for k in h76.MODELS),
            "stamped at ingestion": sum(m["stamp"] == "ingest" for m in meta)}
    for label, value in rows.items():
        assert re.search(rf"{label}: \S+ \(short\), {value} \(long\)", doc), (label, value)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_whole_minutes_and_a_bucket_without_rows_leaves_no_point():
    """A point is one ``histogram(_timestamp, '1 minute')`` bucket, stamped at its start; a minute is skipped when no
    record of it was stored (the job down) or when the poller had already recorded a later bucket before its records
    were seen (a failed query, late records); the points next to a skipped minute are paused, as is a point of 0."""
    skipped = 0
    for setting in ("short", "long"):
        for t, (run, h, spans, live, changes) in zip(_set(setting), _builds(setting)):
            assert np.all(t.timestamps % 60 == 0) and 0 <= t.timestamps[0] - h76.EPOCH <= 120, t.seed
            d = np.diff(t.timestamps)
            paused = tc.paused_mask(t)
            assert paused[h <= 0].all() and paused[0], t.seed
            for i in np.flatnonzero(d > 60):
                assert paused[i] and paused[i + 1], (t.seed, i)
                for m in range(run.km[i] + 1, run.km[i + 1]):
                    assert run.first[m] > run.first[m + 1:].min(), (t.seed, m)
            skipped += int((d > 60).sum())
    assert skipped >= 4


def test_pause_spans(traces):
    tc.check_set_pause_spans(traces, SPANS, N, apart=True)


def test_nothing_is_trained_in_a_pause_and_its_points_are_paused():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b, kind in run.pauses_t:
                assert not run.rate[a:b].any(), (a, b, kind)
                inside = (run.km * 60 + 60 > a) & (run.km * 60 < b)
                assert not live[inside].any(), (a, b, kind)
            assert {k for a, b, k in run.pauses_t} >= {"startup", "eval", "ckpt", "respawn"}


def test_the_watcher_reads_the_jobs_clips_per_minute():
    """Away from pauses a point is about the job's clips/s in its minute (the records stamped in it cover the
    ``K`` s before each one, so a minute's sum is shifted by up to ``K`` s and a record's latency)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            C = np.concatenate([[0.0], np.cumsum(run.rate)])
            T = run.km * 60
            true = (C[T + 60] - C[T]) / 60
            assert 0.97 < h[live].sum() / true[live].sum() < 1.03
            assert np.median(np.abs(h[live] / true[live] - 1)) < 0.05
            assert (h >= 0).all()


def _brute_read(run, counts, m: int) -> float:
    """Minute ``m``'s point re-read from scratch: the first successful read after the minute at which one of its
    records is visible (arrived, and not hidden by its ingester's WAL replay); its visible records' clips / 60."""
    r = run.rec
    mine = np.flatnonzero(np.floor(r["ts"] / 60) == m)
    for k in range(m, min(m + 30, len(run.R))):
        if not run.ok[k]:
            continue
        vis = r["arr"][mine] <= run.R[k]
        for i, a, b, det in run.restarts:
            vis &= ~((r["ing"][mine] == i) & (r["arr"][mine] >= a - h76.RETAIN) & (r["arr"][mine] < a)
                     & (a <= run.R[k]) & (run.R[k] < b))
        if vis.any():
            return float(counts[mine][vis].sum()) / 60
    return float("nan")


def test_points_match_a_brute_force_reading_of_the_stored_records():
    rng = np.random.default_rng(76)
    for setting in ("short", "long"):
        run, h = _builds(setting)[0][:2]
        counts = _counts(run)
        rows = rng.choice(np.arange(5, N - 5), 60, replace=False)
        for i in rows:
            assert h[i] == pytest.approx(_brute_read(run, counts, run.km[i]), rel=1e-9, abs=1e-9), (setting, i)


def test_a_hung_job_posts_zeros_and_a_dead_one_nothing():
    """While the job hangs (a node lost, NCCL not yet timed out) each node's sender thread still posts, records of 0
    clips; while it is down no process runs, so no record is made; at a graceful stop the teardown flushes one last
    record within 3 s."""
    hung = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            counts = _counts(run)
            t = run.rec["t"]
            for a, b, kind in run.pauses_t:
                if kind == "down":
                    assert not ((t >= a) & (t < b)).any(), (a, b)
                elif kind == "stop":
                    assert not ((t >= a + 3) & (t < b)).any(), (a, b)
                elif kind == "hang":
                    inside = (run.rec["prev"] >= a) & (t < b)
                    assert (counts[inside] == 0).all()
                    hung += int(inside.sum())
    assert hung > 0


def test_outages_retry_records_past_them_and_ingest_stamps_follow_arrival():
    """No record is stored during an ingestion outage (every POST refused) or on an ingester while it restarts; a
    record the sender retried lands after the outage. Runs whose records carry no ``_timestamp`` are stamped at
    ingestion (the record's arrival), others at the sender's clock (within 0.1 s of the tick)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            r = run.rec
            for a, b in run.outages:
                assert not ((r["arr"] >= a) & (r["arr"] < b)).any(), (a, b)
            for i, a, b, det in run.restarts:
                assert not ((r["ing"] == i) & (r["arr"] >= a) & (r["arr"] < b)).any(), (i, a, b)
            if run.stamp == "ingest":
                assert np.array_equal(r["ts"], r["arr"])
            else:
                assert np.abs(r["ts"] - r["t"]).max() < 0.1
            assert (r["arr"] > r["t"]).all()
    assert len(run.outages) >= 1


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
    """A listed change is a planned relaunch's training start (after a checkpoint, on other nodes or at the next
    training stage); a restart after a node failure resumes on the same nodes and stage and is not listed."""
    relaunches = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            starts = {p["train"] for p in run.procs}
            assert set(run.known_t) <= starts and len(changes) <= len(run.known_t)
            for q, p in zip(run.procs, run.procs[1:]):
                moved = (p["nodes"], p["stage"]) != (q["nodes"], q["stage"])
                assert moved == q["graceful"], (p, q)
            relaunches += len(changes)
    assert relaunches >= 4


def test_weights():
    tc.check_event_weights(h76._weight)


def test_healthy_does_not_depend_on_the_regressions():
    # the law set's run (memoised), regressions placed on it or not
    tc.check_family_healthy_independent(make_heldout76, HELDOUT76_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout76, 762000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout76(762000, n_events=9)
