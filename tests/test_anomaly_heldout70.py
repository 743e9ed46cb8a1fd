"""The seventieth held-out trace family (a text-to-video diffusion job's clips/s, each node's per-interval clip count
written to GreptimeDB over its InfluxDB line-protocol endpoint and read per minute as ``sum(clips) RANGE '1m' ...
ALIGN '1m' BY ()``): generator checks only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes and its row of the docstring's counts table (the "short" row and the run counts
were measured on the full sets, and are not re-measured here)."""


import numpy as np
import pytest

import anomaly.heldout70 as h70
import tests.trace_checks as tc
from anomaly.heldout69 import HELDOUT69_SEEDS
from anomaly.heldout70 import HELDOUT70_SEEDS, heldout70_set, make_heldout70
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT70_SEEDS[:4]
SPANS = {"short": (1, 40), "long": (1, 100)}

PINNED_EVENTS = [Event("drop", 526, 526, 1141, 0.2983), Event("straggler", 1372, 1372, 1483, 0.2935),
                 Event("leak", 2289, 2743, 2941, 0.1215)]
PINNED_SUM = 76297.73
PINNED_PAUSES = [(0, 2), (30, 34), (63, 67)]
PINNED_CHANGES = [1522, 1955]

shared_builds = tc.shared_builds(h70)


_set, traces, _full_long = tc.cheap_sets(heldout70_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h70._build(seed, N, setting) for seed in SEEDS]


def test_seed_range_is_its_own():
    assert HELDOUT70_SEEDS == tuple(range(702000, 702012))
    assert not set(HELDOUT70_SEEDS) & set(HELDOUT69_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout70, 702004, 702005, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout70(702000, n=2000, setting="long"), make_heldout70(702000, n=2000, pauses="long"))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT70_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_table("long", ts, h70.__doc__, max_events=36)
    assert "short 29, long 28 (curriculum stages)" in " ".join(h70.__doc__.split())
    assert sum(len(t.changes) for t in ts) == 28


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_whole_minutes_and_empty_windows_are_skipped():
    """``ALIGN '1m'`` aligns to the client's time zone (UTC): the windows start on whole minutes; a minute with no row
    (every process down or starting) returns no row without FILL, and its neighbours are paused."""
    skipped = 0
    assert h70.EPOCH % 60 == 0
    for setting in ("short", "long"):
        for t in _set(setting):
            assert np.all(t.timestamps % 60 == 0), t.seed
            d = np.diff(t.timestamps)
            assert (d >= 60).all(), t.seed
            paused = tc.paused_mask(t)
            for i in np.flatnonzero(d > 60):
                assert paused[i] and paused[i + 1], (t.seed, i)
            skipped += int((d > 60).sum())
    assert skipped > 3


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert len(t.pauses) >= 8, t.seed
        tc.check_pause_spans(t, lo, hi, n=N, apart=False)
    if setting == "long":
        assert any(e - s > 30 for t in ts for s, e in t.pauses)


def test_nothing_is_trained_in_a_pause_and_its_points_are_paused():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            end = run.ws[-1] + 60
            for a, b, kind in run.pauses_t:
                assert not run.rate[a:min(b, run.T)].any(), (a, b, kind)
                if a < end:
                    inside = (run.ws + 60 > a) & (run.ws < b)
                    assert not live[inside].any(), (a, b, kind)


def test_the_panel_reads_the_jobs_clips_per_window():
    """Away from pauses a point is the clips the rows stamped in its minute carry, over 60 s: about the job's mean
    rate over that minute (shifted by the rows' interval; whole clips, replaced, retried and late rows aside)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            C = np.concatenate([[0.0], np.cumsum(run.rate)])
            T = run.ws.astype(int)
            true = (C[T + 60] - C[T]) / 60
            assert 0.97 < h[live].sum() / true[live].sum() < 1.03
            assert np.median(np.abs(h[live] / true[live] - 1)) < 0.1
            assert (h >= 0).all()


def test_rows_replaced_retried_late_and_lost():
    """last_non_null keeps one row per (job, node, ts): a retried request or a same-second flush replaces the earlier
    row; an append-only table keeps both (a retry counts twice). A row that lands after the recorder read its minute
    is not counted; a failed node's clips since its last row are lost."""
    runs = [b[0] for s in ("short", "long") for b in _builds(s)]
    doubled = 0
    for run in runs:
        r, st = run.rows, run.meta
        ok = r["counted"]
        keys = len(np.unique(np.stack([r["node"][ok], r["key"][ok]]), axis=1)[0])
        if st["append"]:
            assert st["replaced"] == 0 and np.isinf(r["gone"]).all()
            doubled += int(ok.sum()) - keys
        else:  # one counted row per (job, node, ts): restarts' jobs never overlap in time
            assert keys == ok.sum() and st["replaced"] >= st["retried"]
        assert st["retried"] + st["replaced"] + st["late"] < 0.02 * st["rows"]
        assert (r["vis"][ok] >= r["to"][ok]).all() and (r["fr"] <= r["to"]).all()
        assert st["skipped"] >= st["restarts"]
    assert doubled > 0 and sum(run.meta["lost"] for run in runs) > 0 and sum(run.meta["late"] for run in runs) > 0
    assert {run.meta["append"] for run in runs} == {True, False}
    assert {run.meta["seconds"] for run in runs} == {True, False}


def test_events_placement(traces):
    tc.check_event_placement(traces[1], 2, 4, first=N // 10, n=N)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=2)


def test_weights():
    tc.check_event_weights(h70._weight)


def test_healthy_does_not_depend_on_the_regressions():
    seed = HELDOUT70_SEEDS[0]
    with_events = make_heldout70(seed, n=2000, pauses="long")
    clean = make_heldout70(seed, n=2000, pauses="long", n_events=0)
    assert np.array_equal(with_events.healthy, clean.values) and with_events.pauses == clean.pauses
    assert np.array_equal(with_events.timestamps, clean.timestamps) and with_events.changes == clean.changes


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout70, 702000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout70(702000, n_events=9)

