"""The forty-ninth held-out trace family (a molecular generative model's molecules/s: one Kafka event per rank and
step, summed by a Flink job in event-time tumbling windows into a sink table that a dashboard poller reads):
generator checks only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes, its row of the docstring's counts table and its changes, run counts, repeats
and skips (the "short" row, changes line, run counts, repeats and skips were measured on the full sets, and are not
re-measured here); the pinned full-length runs are the second seed's (its short run built for that alone)."""


import numpy as np
import pytest

import anomaly.heldout49 as h49
import anomaly.heldout_common as hc
import tests.trace_checks as tc
from anomaly.heldout47 import HELDOUT47_SEEDS
from anomaly.heldout49 import HELDOUT49_SEEDS, heldout49_set, make_heldout49
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT49_SEEDS[:4]
SPANS = {"short": (1, 40), "long": (1, 180)}

shared = tc.shared_builds(h49)  # the sets and the tests build each run once

PINNED_EVENTS = [Event("straggler", 716, 716, 950, 0.2414), Event("leak", 1282, 1530, 1825, 0.2139),
                 Event("drop", 2143, 2143, 3000, 0.2863)]
PINNED_SUM = 5195947.270236975
PINNED_PAUSES = [(0, 6), (69, 73), (88, 91)]
PINNED_CHANGES = [1891]


_set, traces, _full_long = tc.cheap_sets(heldout49_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h49._build(seed, N, setting) for seed in SEEDS]


def _full_long_builds() -> list:
    _full_long()
    return [h49._build(seed, 6000, "long") for seed in HELDOUT49_SEEDS]  # memoised: the set's own runs


def test_seed_range_is_its_own():
    assert HELDOUT49_SEEDS == tuple(range(492000, 492012))
    assert not set(HELDOUT49_SEEDS) & set(HELDOUT47_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout49, 492004, 492005, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_pinned_full_runs():
    """A full-length run per setting: its listed changes, span count and collection draws."""
    for setting, changes, count, draws in (("short", [3551], 64, (8, 20.0)),
                                           ("long", [2488, 4642], 92, (8, 30.0))):
        run, h, spans, live, got = h49._build(HELDOUT49_SEEDS[1], 6000, setting)
        assert got == changes and len(spans) == count and (run.R0, run.dt) == draws


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout49(492000, n=2000, setting="long"), make_heldout49(492000, n=2000, pauses="long"))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT49_SEEDS)
    tc.check_every_kind_placed(ts, first=600)
    for t in ts:
        tc.check_family_pauses("long", t, SPANS, min_count=12, starts_paused=True)
    builds = _full_long_builds()
    listed = sum(len(b[4]) for b in builds)
    world = 0
    for run, h, spans, live, changes in builds:
        at = [int(t // run.dt) for t, k in zip(run.known_t, run.known_kind) if k == "world"]
        world += sum(c in changes for c in hc.change_points(at, spans, run.n))
    line = f"long {listed} ({listed - world} curriculum advances, {world} rank-count changes)"
    tc.check_counts_and_changes(("long", ts), h49.__doc__, listed, line)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_windows(traces):
    tc.check_aligned_steps(traces[1], (20.0, 30.0))


def test_pause_spans(traces):
    setting, ts = traces
    for t in ts:
        # the full traces' 12 spans or more, halved for half the points
        assert len(t.pauses) >= 6 and t.pauses[0][0] == 0, t.seed
        tc.check_pause_spans(t, *SPANS[setting], n=N, apart=True)
    if setting == "long":  # each full long trace has one: checked on the full set
        assert any(e - s > 60 for t in ts for s, e in t.pauses)


def test_a_point_reading_pause_time_or_nothing_is_paused():
    """A point whose window holds pause or warm-up time, or that reads no row (stale), lies in a span."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting)[:4]:
            W = run.dt
            assert not (live & (run.shown < 0)).any()
            ws = run.shown * W
            for a, b, kind in run.pauses_t:
                hit = (run.shown >= 0) & (ws < b) & (ws + W > a)
                assert not (hit & live).any(), (kind, a, b)


def test_windows_sum_the_events_seen_by_the_poll():
    """A live point is its window's molecule count (late events within the lateness included, later ones not)
    over the window length, and never more than every event of that window."""
    run, h, spans, live, changes = _builds("short")[0]
    win = np.floor(run.t / run.dt).astype(int)
    full = np.bincount(win, weights=run.c, minlength=run.shown.max() + 1)
    k = np.nonzero(live)[0]
    assert (h[k] * run.dt <= full[run.shown[k]] + 1e-6).all()
    assert np.median(h[k] * run.dt / full[run.shown[k]]) == pytest.approx(1.0)


def test_collection_quirks_happen():
    for setting in ("short", "long"):
        stats = [b[0].stats for b in _builds(setting)]
        assert sum(s["late"] for s in stats) > 0 and sum(s["dropped"] for s in stats) > 0
        assert sum(s["stalls"] for s in stats) > 0 and sum(s["failovers"] for s in stats) > 0


def test_events_placement(traces):
    # every kind in each regressed trace: checked on the full "long" set (at n=3000 a trace may miss one)
    tc.check_event_placement(traces[1], 3, 4, first=N // 10, n=N)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_docstring_run_counts_long():
    doc = " ".join(h49.__doc__.split())
    b = {k: sum(r[0].stats[k] for r in _full_long_builds()) for k in ("requeues", "world", "late", "dropped",
                                                                      "stalls", "failovers")}
    assert f" and {b['requeues']} requeues (" in doc and f" and {b['world']} onto" in doc
    assert f" and {b['late']} late events re-fired" in doc
    assert f" and {b['dropped']} dropped" in doc
    assert f" and {b['stalls']} partition stalls" in doc
    assert f" and {b['failovers']} Flink failovers" in doc


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=2)  # 4 on the full sets


def test_weights():
    rng = np.random.default_rng(0)
    x = np.arange(5000.0)
    w = h49._weight(rng, "leak", x, 3000.0)
    assert w[0] == 0 and (np.diff(w[:3000]) >= 0).all() and np.allclose(w[3000:], 1)
    w = h49._weight(rng, "straggler", x, 0)
    assert w.min() >= 0 and w.max() <= 1 and (w >= 0.6).mean() > 0.05
    w = h49._weight(rng, "drop", x, 0)
    assert w[0] == 0 and w.max() == 1 and w[-1] == 1


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout49, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout49, 492000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout49(492000, n_events=9)


def test_docstring_repeats_and_skips():
    """The poller reads a window twice, or skips one, as often as the docstring says."""
    doc = " ".join(h49.__doc__.split())
    r2 = s2 = n2 = 0
    for run, h, spans, live, changes in _full_long_builds():  # the long set's (the short's not re-measured)
        ok = live[1:] & live[:-1]
        d = np.diff(run.shown)
        r2, s2 = r2 + int(((d == 0) & ok).sum()), s2 + int(((d >= 2) & ok).sum())
        n2 += int(ok.sum())
    assert f" and {r2} (of " in doc and f" and {n2}) read the same window twice and " in doc
    assert f" and {s2} skip one" in doc
