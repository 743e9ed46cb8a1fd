"""The seventy-first held-out trace family (a Geneformer-style single-cell pretraining job's cells/s, each node's
per-interval cell count sent to Apache Doris by Stream Load or group commit and read per minute by a Grafana panel as
``sum(cells) / 60`` over ``UNIX_TIMESTAMP(ts) DIV 60 * 60``): generator checks only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes and its row of the docstring's counts table (the "short" row and the run counts
of the "short" set were measured on the full sets, and are not re-measured here)."""

import re

import numpy as np
import pytest

import anomaly.heldout71 as h71
import tests.trace_checks as tc
from anomaly.heldout70 import HELDOUT70_SEEDS
from anomaly.heldout71 import HELDOUT71_SEEDS, heldout71_set, make_heldout71
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT71_SEEDS[:4]
SPANS = {"short": (1, 40), "long": (1, 130)}

PINNED_EVENTS = [Event("straggler", 485, 485, 810, 0.2639), Event("drop", 1512, 1512, 1848, 0.1625),
                 Event("leak", 2352, 2789, 2929, 0.2304)]
PINNED_SUM = 1393388.0
PINNED_PAUSES = [(0, 7), (69, 73), (84, 90)]
PINNED_CHANGES = [1877]

shared_builds = tc.shared_builds(h71)


_set, traces, _full_long = tc.cheap_sets(heldout71_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h71._build(seed, N, setting) for seed in SEEDS]


def test_seed_range_is_its_own():
    assert HELDOUT71_SEEDS == tuple(range(712000, 712012))
    assert not set(HELDOUT71_SEEDS) & set(HELDOUT70_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout71, 712004, 712005, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout71(712000, n=2000, setting="long"), make_heldout71(712000, n=2000, pauses="long"))


def test_full_set_shapes_counts_table_and_runs_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT71_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h71.__doc__, 22, "short 24, long 22 (planned relaunches)")
    doc = " ".join(h71.__doc__.split())
    meta = [h71._build(seed, 6000, "long")[0].meta for seed in HELDOUT71_SEEDS]  # memoised: the set's own runs
    rows = {"row interval 10 / 15 / 20 / 30 s": "/".join(str(sum(m["I"] == i for m in meta)) for i in (10, 15, 20, 30)),
            "AGGREGATE / UNIQUE / DUPLICATE KEY tables": "/".join(
                str(sum(m["model"] == k for m in meta)) for k in ("aggregate", "unique", "duplicate")),
            "labelled Stream Loads": sum(m["labelled"] for m in meta), "fill 0": sum(m["fill0"] for m in meta),
            "the 316M model": sum(m["big"] for m in meta)}
    for label, value in rows.items():
        assert re.search(rf"{label}: \S+ \(short\), {value} \(long\)", doc), (label, value)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_whole_minutes_and_empty_minutes_follow_the_fill():
    """``UNIX_TIMESTAMP(ts) DIV 60 * 60`` groups by whole UTC minutes; a minute with no row is filled with 0 by Grafana
    in a panel with ``$__timeGroup(ts, '1m', 0)`` and missing without the fill, its neighbours paused."""
    skipped = 0
    assert h71.EPOCH % 60 == 0
    for setting in ("short", "long"):
        for t, (run, h, spans, live, changes) in zip(_set(setting), _builds(setting)):
            assert np.all(t.timestamps % 60 == 0), t.seed
            d = np.diff(t.timestamps)
            assert (d >= 60).all(), t.seed
            if run.meta["fill0"]:
                assert (d == 60).all() and t.timestamps[0] == h71.EPOCH, t.seed
            paused = tc.paused_mask(t)
            for i in np.flatnonzero(d > 60):
                assert paused[i] and paused[i + 1], (t.seed, i)
            skipped += int((d > 60).sum())
    assert skipped > 3


def test_pause_spans(traces):
    tc.check_set_pause_spans(traces, SPANS, N, apart=False)


def test_nothing_is_trained_in_a_pause_and_its_points_are_paused():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            end = run.ws[-1] + 60
            for a, b, kind in run.pauses_t:
                assert not run.rate[a:min(b, run.T)].any(), (a, b, kind)
                if a < end:
                    inside = (run.ws + 60 > a) & (run.ws < b)
                    assert not live[inside].any(), (a, b, kind)
            assert {k for a, b, k in run.pauses_t} >= {"startup", "eval", "ckpt"}


def test_the_panel_reads_the_jobs_cells_per_minute():
    """Away from pauses a point is the cells the rows stamped in its minute carry, over 60 s: about the job's mean
    rate over that minute (shifted by the rows' interval; whole steps, replaced, resent, rejected and late rows
    aside)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            T = run.ws.astype(int) - run.interval // 2
            true = (run.C[T + 60] - run.C[np.maximum(T, 0)]) / 60
            assert 0.97 < h[live].sum() / true[live].sum() < 1.03
            assert np.median(np.abs(h[live] / true[live] - 1)) < 0.03
            assert (h >= 0).all()


def test_rows_labels_group_commit_unique_keys_late_and_lost():
    """A labelled Stream Load lands at most once (its label makes a resend "Label Already Exists"); a load rejected
    with -235 is retried with backoff, and dropped after 4 tries. Group commit takes no label: a resent load lands
    again. A UNIQUE KEY table keeps one row per (job, host, ts); AGGREGATE KEY (SUM) and DUPLICATE KEY count every
    row. A row visible only after the recorder read its minute is never counted; a failed node's cells since its last
    row are lost."""
    builds = [b for s in ("short", "long") for b in _builds(s)]
    runs = [b[0] for b in builds]
    for run, h, spans, live, changes in builds:
        r, st = run.rows, run.meta
        ok, fin = r["pt"] >= 0, np.isfinite(r["land"])
        assert (r["land"][fin] >= r["to"][fin]).all() and (r["vis"][fin] >= r["land"][fin]).all()
        assert not ok[~fin].any() and not ok[r["vis"] > r["read"]].any()
        if st["labelled"]:
            assert st["dup"] == 0 and not r["dup"].any() and st["dropped"] == (~fin).sum() <= st["rejected"]
        else:  # no label: every resent request is a second row
            assert st["rejected"] == st["dropped"] == 0 and fin.all() and st["dup"] == st["retried"] == r["dup"].sum()
        seen = r["vis"] <= r["read"]  # visible when the recorder read the row's minute
        assert st["late"] == (np.isfinite(r["read"]) & fin & ~seen).sum() and not (ok & ~seen).any()
        if st["model"] == "unique":
            keys = np.stack([r["proc"][ok], r["node"][ok], r["key"][ok]])
            assert len(np.unique(keys, axis=1)[0]) == ok.sum() == seen.sum() - st["replaced"]
        else:
            assert st["replaced"] == 0 and np.array_equal(ok, seen)
        assert np.array_equal(h, np.bincount(r["pt"][ok], weights=r["cells"][ok], minlength=N) / 60)
        assert st["retried"] + st["rejected"] + st["late"] + st["dup"] < 0.03 * st["rows"]
    meta = [run.meta for run in runs]
    assert {m["model"] for m in meta} == {"aggregate", "unique", "duplicate"}
    assert {m["labelled"] for m in meta} == {m["fill0"] for m in meta} == {True, False}
    for k in ("dup", "rejected", "dropped", "replaced", "late", "lost"):
        assert sum(m[k] for m in meta) > 0, k


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
    """A listed change is a planned relaunch's resume (after a checkpoint, on other nodes or the next corpus); a
    restart after a node failure resumes on the same level and is not listed."""
    relaunches = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            resumes = {b for a, b, k in run.pauses_t if k == "startup"}
            assert set(run.known_t) <= resumes and len(changes) <= len(run.known_t)
            for p, q in zip(run.procs[1:], run.procs):
                assert (p.level != q.level) == q.graceful and (q.failed >= 0) != q.graceful
            relaunches += len(changes)
    assert relaunches >= 4


def test_weights():
    tc.check_event_weights(h71._weight)


def test_healthy_does_not_depend_on_the_regressions():
    seed = HELDOUT71_SEEDS[0]
    with_events = make_heldout71(seed, n=2000, pauses="long")
    clean = make_heldout71(seed, n=2000, pauses="long", n_events=0)
    assert np.array_equal(with_events.healthy, clean.values) and with_events.pauses == clean.pauses
    assert np.array_equal(with_events.timestamps, clean.timestamps) and with_events.changes == clean.changes


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout71, 712000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout71(712000, n_events=9)
