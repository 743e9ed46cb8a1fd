"""The sixty-eighth held-out trace family (a Casanovo-style peptide-sequencing job's spectra/s, each node's
per-interval count written through taosAdapter's line protocol to TDengine and read per minute as
``sum(spectra) / 60 ... interval(1m)`` without ``fill``): generator checks only (no detector runs here).

Cost: a full set (12 seeds, n=6000) takes about 1-2 s to build, so the laws are checked on the first 4 seeds of each
setting at n=3000 (one of them clean, as in the full set); only the "long" full set is built here, for its shapes
and its row of the docstring's counts table (the "short" row and the run counts were measured on the full sets by
running ``heldout68_set`` and ``_build``, and are not re-measured here)."""

from functools import lru_cache

import numpy as np
import pytest

import anomaly.heldout68 as h68
import tests.trace_checks as tc
from anomaly.heldout67 import HELDOUT67_SEEDS
from anomaly.heldout68 import HELDOUT68_SEEDS, heldout68_set, make_heldout68
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT68_SEEDS[:4]
# evaluations, checkpoints and restarts (hang, down, start-up), merged where they touch
SPANS = {"short": (3, 40), "long": (8, 140)}

PINNED_EVENTS = [Event("drop", 820, 820, 916, 0.1217), Event("drop", 1460, 1460, 1591, 0.1284),
                 Event("straggler", 1757, 1757, 2118, 0.2146), Event("drop", 2421, 2421, 2659, 0.2937)]
PINNED_SUM = 522520.77
PINNED_PAUSES = [(55, 63), (149, 153), (167, 176)]
PINNED_CHANGES = [565, 1252]


_set, traces, _full_long = tc.cheap_sets(heldout68_set, SEEDS, n=N)  # each built once


@lru_cache(maxsize=2)
def _builds(setting: str) -> list:
    return [h68._build(seed, N, setting) for seed in SEEDS[:2]]


def test_seed_range_is_its_own():
    assert HELDOUT68_SEEDS == tuple(range(682000, 682012))
    assert not set(HELDOUT68_SEEDS) & set(HELDOUT67_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout68, 682004, 682005, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout68(682000, n=2000, setting="long"), make_heldout68(682000, n=2000, pauses="long"))


def test_full_set_shapes():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT68_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))


def test_docstring_counts_table_long():
    ts = _full_long()
    tc.check_counts_table("long", ts, h68.__doc__, max_events=36)
    assert "short 37, long 36 (curriculum switches)" in " ".join(h68.__doc__.split())
    assert sum(len(t.changes) for t in ts) == 36


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_returned_minutes():
    """No ``fill``: a minute with no row is not returned, so the points step by whole minutes, and skip the ones
    in which no process wrote (a restart's down time)."""
    skipped = 0
    for setting in ("short", "long"):
        for t in _set(setting):
            d = np.diff(t.timestamps)
            assert (d % 60 == 0).all() and (d >= 60).all() and t.timestamps[0] % 60 == 0, t.seed
            assert t.timestamps[0] == h68.EPOCH + h68.S0 or t.timestamps[0] > h68.EPOCH + h68.S0
            skipped += int((d > 60).sum())
            paused = tc.paused_mask(t)
            for i in np.flatnonzero(d > 60):  # a skipped minute lies in a pause span, or it is a rare late read
                assert paused[i] and paused[i + 1] or d[i] == 120, (t.seed, i)
    assert skipped > 10


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert len(t.pauses) >= 8 and t.pauses[0][0] > 0, t.seed
        tc.check_pause_spans(t, lo, hi, n=N, apart=True)
    if setting == "long":
        assert any(e - s > 60 for t in ts for s, e in t.pauses)


def test_nothing_is_trained_in_a_pause_and_its_points_are_paused():
    for setting in ("short", "long"):
        for run, h, spans, live, changes, counts in _builds(setting):
            end = run.ws[-1] + 60
            for a, b, kind in run.pauses_t:
                assert not run.rate[int(np.ceil(a)):int(b)].any(), (a, b, kind)
                if a < end:
                    inside = (run.ws + 60 > a) & (run.ws < b)
                    assert not live[inside].any(), (a, b, kind)


def test_the_panel_reads_the_jobs_spectra_per_minute():
    """Away from pauses a point is the spectra the nodes' rows stamped in its minute carry, over 60 s: the job's
    mean rate over about that minute (the flush interval's aliasing, lost and late rows aside)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes, counts in _builds(setting):
            C = np.concatenate([[0.0], np.cumsum(run.rate)])
            T = run.ws.astype(int)
            true = (C[T + 60] - C[T]) / 60
            assert 0.97 < h[live].sum() / true[live].sum() < 1.01
            assert np.median(np.abs(h[live] / true[live] - 1)) < 0.05
            assert (h >= 0).all() and (counts >= 0).all()


def test_rows_lost_late_and_overwritten():
    """The collection path's losses: the same (child table, second) written twice keeps the later row, a row
    written after the recorder's read is not in its window, a failed write is dropped; restarts onto other hosts
    add child tables."""
    runs = [b[0] for s in ("short", "long") for b in _builds(s)]
    for run in runs:
        st = run.stats
        assert st["written"] <= st["rows"] and st["overwritten"] + st["late"] < 0.01 * st["written"]
        assert st["tables"] >= run.nodes
        if run.precision == "ms":
            assert st["overwritten"] == 0
    assert any(r.stats["overwritten"] > 0 for r in runs) or not any(r.precision == "s" for r in runs)
    assert any(r.stats["tables"] > r.nodes for r in runs)


def test_events_placement(traces):
    tc.check_event_placement(traces[1], 2, 4, first=N // 10, n=N)
    for k, t in enumerate(traces[1]):
        assert (k + 1) % 4 == 0 or len({e.kind for e in t.events}) >= 2, t.seed


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=2)


def test_weights():
    rng = np.random.default_rng(0)
    w = h68._weight(rng, "leak", 5000, 3000)
    assert w[0] == 0 and (np.diff(w[:3000]) >= 0).all() and np.allclose(w[3000:], 1)
    w = h68._weight(rng, "straggler", 20000, 0)
    assert len(np.unique(w)) == 2 and w.max() == 1.0 and w.min() <= 0.35 and (w == 1).mean() > 0.05
    w = h68._weight(rng, "drop", 3000, 0)
    assert 0 < w[0] <= 1 and (np.diff(w) >= 0).all() and w[-1] == 1.0


def test_healthy_does_not_depend_on_the_regressions():
    seed = HELDOUT68_SEEDS[0]
    with_events = make_heldout68(seed, n=2000, pauses="long")
    clean = make_heldout68(seed, n=2000, pauses="long", n_events=0)
    assert np.array_equal(with_events.healthy, clean.values) and with_events.pauses == clean.pauses
    assert np.array_equal(with_events.timestamps, clean.timestamps) and with_events.changes == clean.changes


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout68, 682000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout68(682000, n_events=9)
