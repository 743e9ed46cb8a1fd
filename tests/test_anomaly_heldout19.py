"""The nineteenth held-out trace family (a CLIP-style job's images/s, a rolling-window scalar in TensorBoard event
files tailed by a poller): generator checks only (no detector runs here)."""

import numpy as np

import anomaly.heldout19 as h19
from anomaly.heldout19 import HELDOUT19_SEEDS, heldout19_set, make_heldout19
from anomaly.traces import Event
from tests.trace_checks import (builds_fixture, check_aligned_steps, check_changes_move_the_level,
                                check_counts_and_changes, check_depths_visible, check_every_kind_placed,
                                check_family_bad_arguments, check_family_healthy_independent, check_family_pauses,
                                check_healthy_outside_events, check_pinned, check_planned_changes, check_trace_arrays,
                                traces_fixture)

SPANS = {"short": (6, 25), "long": (31, 120)}
# listed changes: all, world-size changes, resolution steps, fp8 switches, batch steps
CHANGES = {"short": (11, 7, 2, 1, 1), "long": (16, 8, 5, 2, 1)}


traces = traces_fixture(heldout19_set)
#: the healthy runs of the "short" setting: ``(run, healthy, spans, live, changes)`` per seed
builds = builds_fixture(h19._build, HELDOUT19_SEEDS)


def test_seed_range_is_its_own():
    assert HELDOUT19_SEEDS == tuple(range(191900, 191912))


def test_deterministic_pinned_and_seed_dependent():
    check_pinned(make_heldout19, 191901, 191902, [Event("leak", 465, 727, 818, 0.1291),
                 Event("drop", 1482, 1482, 1591, 0.2385), Event("straggler", 2068, 2068, 2265, 0.2697),
                 Event("leak", 2392, 2695, 3000, 0.132)],
                 37083263.45, [(184, 192), (283, 290), (382, 392)], changes=[934])


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], HELDOUT19_SEEDS)


def test_poll_steps(traces):
    check_aligned_steps(traces[1], (15.0, 30.0, 60.0))


def test_pause_spans_hold_the_last_value(traces):
    """Nothing is logged while training stops: a span's points read the last value on disk, never 0, and its
    inner points change at most once (when the writer's timer flushes what was pending at the stop)."""
    setting, ts = traces
    for t in ts:
        check_family_pauses(setting, t, SPANS, min_count=8)
        for s, e in t.pauses:
            inner = t.healthy[s + 1:e - 1]
            assert (inner > 0).all() and (np.diff(inner) != 0).sum() <= 1, (t.seed, s, e)


def test_events_placement(traces):
    check_every_kind_placed(traces[1])


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    check_depths_visible(traces[1])


def test_docstring_counts_table(traces):
    setting = traces[0]
    listed, world, res, fp8, batch = CHANGES[setting]
    line = (f"{setting} {listed} ({world} world-size changes, {res} resolution steps, {fp8} fp8 switches, {batch} "
            "batch steps)")
    check_counts_and_changes(traces, h19.__doc__, listed, line)


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    check_changes_move_the_level(traces[1])


def test_changes_are_the_planned_ones(builds):
    """Each listed change follows a restart onto another node count, or a validation after which the resolution,
    the precision or the batch changed; restarts onto as many nodes are not listed, and some land in the set."""
    def check_change(run, kind, a, b):
        moved = (a.N != b.N, a.r != b.r, a.p != b.p, a.b != b.b)
        assert moved == tuple(kind == x for x in ("world", "resolution", "fp8", "batch")), (kind, moved)
        ratio = run.job.rate(b.N, b.b, b.r, b.p) / run.job.rate(a.N, a.b, a.r, a.p)
        assert 0.4 <= ratio <= 2.2 and abs(np.log(ratio)) >= 0.05, (kind, ratio)

    check_planned_changes(builds, check_change)


def test_a_point_is_the_last_value_on_disk(builds):
    """A point is the value of the last log flushed by its poll (the first value carried back); a log reaches the
    file at or after its time, within ``flush_secs``; and in some runs the points form a staircase (runs of equal
    points between flushes)."""
    stairs = 0
    for run, h, spans, live, changes in builds:
        polls = (np.arange(run.n) + 1) * run.dt
        ok = run.vis >= 0
        assert not ok[:np.argmax(ok)].any() and ok[np.argmax(ok):].all()
        assert np.array_equal(h[ok], np.round(run.log_val[run.vis[ok]], 2))
        assert (run.log_flush[run.vis[ok]] <= polls[ok]).all()
        fin = np.isfinite(run.log_flush)
        lag = run.log_flush[fin] - run.log_t[fin]
        assert (lag >= 0).all() and (lag <= run.fs + 1e-6).all(), run.fs
        d = np.diff(h)[live[1:] & live[:-1]]
        stairs += (d == 0).mean() > 0.2
    assert stairs >= 4


def test_flushes_are_queue_or_timer(builds):
    """A log reaches the file on the add call that fills the queue (a log's or a validation's end) or on the
    writer's timer, every ``flush_secs`` from one phase."""
    for run, h, spans, live, changes in builds:
        f = np.unique(run.log_flush[np.isfinite(run.log_flush)])
        ends = np.array([b for a, b, kind in run.pauses_t if kind in ("eval", "zeroshot")])
        other = f[~np.isin(f, run.log_t) & ~np.isin(f, ends)]
        if len(other) > 1:
            ph = np.exp(2j * np.pi * other / run.fs)
            assert np.abs(ph - ph[0]).max() < 1e-6, run.fs


def test_window_holds_a_checkpoint_not_a_validation(builds):
    """The callback leaves validation time out of its window but not a checkpoint save or the zero-shot benchmark:
    where the window is longer than the logging interval, the first values after those read far below the level;
    after a plain validation they do not."""
    after = {"ckpt": [], "zeroshot": [], "eval": []}
    for run, h, spans, live, changes in builds:
        if run.W <= run.L:
            continue
        dt = run.dt
        for a, b, kind in run.pauses_t:
            s0, c = int(a // dt), int(np.ceil(b / dt))
            if kind not in after or s0 < 100 or c + 12 > run.n or not live[c:c + 12].all():
                continue
            if live[s0 - 100:s0].sum() > 50 and not any(s0 - 100 <= x < c + 12 for x in changes):
                after[kind].append(h[c:c + 12].min() / np.median(h[s0 - 100:s0][live[s0 - 100:s0]]))
    held = np.array(after["ckpt"] + after["zeroshot"])
    assert len(held) >= 20 and np.median(held) < 0.8
    assert np.percentile(after["eval"], 10) > 0.8


def test_a_restart_carries_the_old_value(builds):
    """A new process logs only once its window is full (``W`` steps after the resume): the first point after a
    restart's span still reads the old process's last value."""
    seen = 0
    for run, h, spans, live, changes in builds:
        dt = run.dt
        for a, b, same in run.restarts:
            e = int(np.ceil(b / dt))
            if e + 1 < run.n:
                assert h[e] == h[e - 1] and not (run.log_ws[run.log_t > b] < b).any(), (a, b)
                seen += 1
    assert seen >= 8


def test_daily_cycle_where_the_loader_binds(builds):
    """The object store's latency follows the day: in runs where the loader binds, images/s falls when fetching
    is slow (the healthy series anti-correlates with the fetch part's daily sine)."""
    low = 0
    for run, h, spans, live, changes in builds:
        polls = (np.arange(run.n) + 1) * run.dt
        a, ph = run.day
        x = np.sin(2 * np.pi * ((h19._T0 + polls) % 86400) / 86400 + ph)
        low += np.corrcoef(np.log(h[live]), x[live])[0, 1] < -0.35
    assert low >= 4


def test_unlisted_restarts_move_the_level_a_little(builds):
    """A restart onto as many nodes (other hosts, a cold shard cache) moves the level without being listed: by
    0.75-1.35x (medians over up to 300 live points on each side, the first 100 after it left out)."""
    moves = []
    for run, h, spans, live, changes in builds:
        dt = run.dt
        for a, b, same in run.restarts:
            s0, c = int(a // dt), int(np.ceil(b / dt))
            before, after = h[max(0, s0 - 300):s0][live[max(0, s0 - 300):s0]], h[c + 100:c + 400][live[c + 100:c + 400]]
            if same and len(before) > 40 and len(after) > 40:
                moves.append(np.median(after) / np.median(before))
    assert len(moves) >= 3 and 0.75 <= min(moves) and max(moves) <= 1.35 and max(abs(np.log(moves))) > 0.1


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout19, HELDOUT19_SEEDS[:2], changes=True)


def test_bad_arguments():
    check_family_bad_arguments(make_heldout19, 191900)
