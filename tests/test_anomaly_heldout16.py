"""The sixteenth held-out trace family (an ASR job's audio-seconds/s on a TPU slice, per-host cumulative counters in
Cloud Monitoring read back with ``ALIGN_RATE`` + ``REDUCE_SUM``): generator checks only (no detector runs here)."""

import numpy as np

import anomaly.heldout16 as h16
from anomaly.heldout16 import HELDOUT16_SEEDS, heldout16_set, make_heldout16
from anomaly.traces import Event
from tests.trace_checks import (builds_fixture, check_aligned_steps, check_changes_move_the_level,
                                check_counts_and_changes, check_depths_visible, check_every_kind_placed,
                                check_family_bad_arguments, check_family_healthy_independent, check_family_pauses,
                                check_healthy_outside_events, check_pinned, check_planned_changes, check_trace_arrays,
                                live_median, paused_mask, traces_fixture, unlisted_moves)

SPANS = {"short": (6, 25), "long": (31, 120)}
# listed changes: all, world-size changes, halvings, doublings, curriculum stages, batch steps
CHANGES = {"short": (10, 4, 2, 2, 3, 3), "long": (12, 8, 4, 4, 3, 1)}


traces = traces_fixture(heldout16_set)
#: the healthy runs of the "short" setting: ``(run, healthy, spans, live, changes)`` per seed
builds = builds_fixture(h16._build, HELDOUT16_SEEDS)


def _expected(run) -> np.ndarray:
    """Per point: the audio seconds per second the job's steps make over the point's alignment period."""
    return run.x.reshape(run.n, run.k).sum(-1) / run.dt


def _change_sizes(t) -> list[float]:
    """The healthy level's ratio at each listed change (medians over up to 300 live points before it and after
    it, the first 100 after it left out)."""
    out = []
    for k, c in enumerate(t.changes):
        prev = t.changes[k - 1] if k else 0
        nxt = t.changes[k + 1] if k + 1 < len(t.changes) else len(t.values)
        before, _ = live_median(t, max(prev, c - 300), c)
        after, _ = live_median(t, c + 100, min(nxt, c + 400))
        out.append(after / before)
    return out


def test_seed_range_is_its_own():
    assert HELDOUT16_SEEDS == tuple(range(161600, 161612))


def test_deterministic_pinned_and_seed_dependent():
    check_pinned(make_heldout16, 161601, 161602, [Event("drop", 386, 386, 916, 0.0858),
                 Event("straggler", 1346, 1346, 1591, 0.2015), Event("leak", 1800, 2112, 2266, 0.1708),
                 Event("leak", 2333, 2703, 3000, 0.3043)],
                 28713312.284, [(374, 386), (759, 775), (1148, 1164)], changes=[1244])


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], HELDOUT16_SEEDS)


def test_alignment_periods(traces):
    check_aligned_steps(traces[1], (60.0, 120.0))  # Cloud Monitoring's alignment periods: 60 s at least


def test_pause_spans(traces):
    """Training stops: the cumulative counters stay flat, so the points inside a span read 0, but for the few
    an export gap (a failed write, an API outage) smears; a span's edge points read a part of the level (the
    interpolation at the period's edges)."""
    setting, ts = traces
    inner, last = [], []
    for t in ts:
        check_family_pauses(setting, t, SPANS, min_count=8)  # the trace starts with training
        level = np.median(t.healthy[~paused_mask(t)])
        for s, e in t.pauses:
            inner += list(t.healthy[s + 1:e - 1] / level)
            if e < 6000:
                last.append(t.healthy[e - 1] / level)
    inner = np.array(inner)
    assert (inner == 0).mean() > 0.9 and inner.max() < 0.8
    assert 0.15 < np.median(last) < 0.85


def test_events_placement(traces):
    check_every_kind_placed(traces[1])  # every kind in each trace with events


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    check_depths_visible(traces[1])


def test_docstring_counts_table(traces):
    setting = traces[0]
    listed, world, halve, double, stage, batch = CHANGES[setting]
    line = (f"{setting} {listed} ({world} world-size changes: {halve} halvings, {double} doublings; {stage} "
            f"curriculum stages, {batch} batch step")
    check_counts_and_changes(traces, h16.__doc__, listed, line)


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    """A listed change is the first point after a pause span (the job resumed on another slice size, or at an
    epoch's end with a curriculum stage or a larger batch), lies in no event, and the healthy level really moves
    there (by 5 % or more, medians over up to 300 live points on each side, the first 100 points after it left
    out)."""
    check_changes_move_the_level(traces[1])


def test_changes_span_a_wide_range(traces):
    """The listed changes run from world-size halvings (about 0.5x) and doublings (about 2x) down to small
    planned steps of 5-16 %, in both directions."""
    setting, ts = traces
    _, world, halve, double, stage, batch = CHANGES[setting]
    sizes = np.array([r for t in ts for r in _change_sizes(t)])
    halvings, doublings = sizes[sizes < 0.75], sizes[sizes > 1.4]
    small = sizes[(sizes >= 0.75) & (sizes <= 1.4)]
    assert len(halvings) == halve and len(doublings) == double and len(small) == stage + batch
    assert ((0.45 < halvings) & (halvings < 0.65)).all() and ((1.6 < doublings) & (doublings < 2.2)).all()
    assert ((np.abs(np.log(small)) > 0.05) & (np.abs(np.log(small)) < 0.17)).all()
    assert (small < 1).any() and (small > 1).any()


def test_changes_are_the_planned_ones(builds):
    """Each listed change follows a restart onto half or twice the slice, or an epoch's end with a curriculum
    stage or a larger batch; restarts onto a slice of the same size (other chips, hosts and links: level changes
    the monitor is not told of) are not listed, and some of them land in the set."""
    def check_change(run, kind, a, b):
        assert (a.H != b.H, a.bm != b.bm, a.stage != b.stage) == (kind == "world", kind == "batch",
                                                                  kind == "stage")
        ratio = run.job.rate(b.H, b.bm, b.stage) / run.job.rate(a.H, a.bm, a.stage)
        if kind == "world":
            assert b.H in (2 * a.H, a.H // 2) and b.proc == a.proc + 1
            assert 0.45 < ratio < 0.6 or 1.65 < ratio < 2.1, ratio
        else:
            assert b.epoch == a.epoch + 1 and b.proc == a.proc
            assert 0.06 < abs(np.log(ratio)) < 0.18, (kind, ratio)

    check_planned_changes(builds, check_change)


def test_a_point_is_the_hosts_summed_rate(builds):
    """On steady training a point is the audio seconds per second the steps make over its period (the
    interpolation at its edges mixes in a little of its neighbours'); where a host's export after the period's
    end was late at the poll the point reads low; over a run the series holds the audio trained, less what the
    late points and the restarts lost."""
    for run, h, spans, live, changes in builds:
        exp = _expected(run)
        hosts = run.hosts.reshape(run.n, run.k)
        steady = live.copy()
        steady[1:] &= live[:-1]
        steady[:-1] &= live[1:]
        late = run.late.any(0)
        ok = steady & (hosts.min(-1) == hosts.max(-1)) & (exp > 0) & ~late
        r = h[ok] / exp[ok]
        assert 0.99 < np.median(r) < 1.01, run.dt
        assert (np.abs(r - 1) < 0.05).mean() > 0.95, (run.dt, run.E)
        low = steady & late & (exp > 0)
        assert np.median(h[low] / exp[low]) < np.median(r)
        assert 0.99 < h.sum() / exp.sum() < 1.0


def test_exports_and_series(builds):
    """Each process is its own series per host, from its start (a restart's resume) to its stop, exported
    every 15, 30 or 60 s with a few points missing (failed writes, API outages)."""
    for run, h, spans, live, changes in builds:
        assert run.E in (15.0, 30.0, 60.0)
        starts = [p[0] for p in run.procs]
        assert starts[0] == 0.0 and starts[1:] == [b for a, b, same in run.restarts][:len(starts) - 1]
        for (start, stop, H), per in zip(run.procs, run.exports):
            assert all(len(per[k]) == 0 for k in range(H, h16._SLOTS))
            for e in per[:H]:
                assert (e >= start).all() and (e < stop).all()
                gaps = np.diff(e)
                assert np.median(gaps) == run.E and (gaps > 1.5 * run.E).mean() < 0.05


def test_epochs_move_the_level_unlisted(builds):
    """Every epoch's shards shift the corpus mix: the healthy level moves by a percent or so at epoch ends that
    are not listed (two whole epochs without a listed change compared)."""
    moves = unlisted_moves(builds, "epoch_t")
    assert len(moves) >= 20 and 0.003 < np.median(moves) < 0.03 and (moves > 0.02).sum() >= 3
    assert moves.max() < 0.08


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout16, HELDOUT16_SEEDS[:2], changes=True)


def test_bad_arguments():
    check_family_bad_arguments(make_heldout16, 161600)
