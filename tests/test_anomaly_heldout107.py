"""The hundred-and-seventh held-out trace family (a MusicGen-style text-to-music model's training clips/s, each node's
count sent to an Amazon SQS standard queue, summed per minute by polling workers into one S3 object per worker and
minute, listed and summed by the monitor once a minute): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's losses and duplicates (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout107 as h107
import tests.trace_checks as tc
from anomaly.heldout106 import HELDOUT106_SEEDS
from anomaly.heldout107 import HELDOUT107_SEEDS, heldout107_set, make_heldout107
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT107_SEEDS[:4]
PINNED_EVENTS = [Event("drop", 359, 359, 914, 0.324), Event("straggler", 1171, 1171, 1382, 0.1002),
                 Event("leak", 1662, 2054, 2260, 0.2135), Event("drop", 2338, 2338, 3000, 0.138)]
PINNED_SUM = 26252.470829272534
PINNED_PAUSES = [(0, 10), (42, 47), (81, 86)]
PINNED_CHANGES = [1642]
SPANS = {"short": (2, 45), "long": (2, 140)}  # a crash at a validation's end, then a relaunch
LISTED_LONG = 10
CHANGES_LINE = "short 9, long 10"

shared_builds = tc.shared_builds(h107)

_set, traces, _full_long = tc.cheap_sets(heldout107_set, SEEDS, n=N)
PATH_KEYS = ("unlogged", "send_failed", "worker_lost", "redelivered", "dup", "sqs_dup", "dlq", "late", "read_failed",
             "buffered")


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h107._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's clips/s per minute of true time (what a point should be about)."""
    C = run.C
    return (C[(np.arange(n) + 1) * h107.K] - C[np.arange(n) * h107.K]) / h107.STEP


def test_seed_range_is_its_own():
    assert HELDOUT107_SEEDS == tuple(range(1072000, 1072012))
    assert not set(HELDOUT107_SEEDS) & set(HELDOUT106_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout107, 1072001, 1072002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout107(1072000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout107(1072000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT107_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h107.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_and_duplicates():
    """Over the long set's runs (built for the table): the interval under way at a crash never sent, sends failed
    in an outage (dropped) or buffered until its end, a worker's unwritten minute lost (early deletes) or received
    again after the visibility timeout (late deletes), a message held past the visibility timeout counted twice, the
    queue's own second copies, messages moved to the dead-letter queue, objects written after the list (late) and
    failed lists."""
    total = {}
    for run, h, spans, live, changes in _builds("long", 6000, HELDOUT107_SEEDS):
        for k, v in run.path.counts.items():
            total[k] = total.get(k, 0) + v
    for k in PATH_KEYS:
        assert total[k] > 0, k


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is one minute's sum as the monitor's list read it; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h107.EPOCH + 60.0 * (np.arange(N) + 1))
        assert tc.paused_mask(t)[t.healthy <= 0].all()


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert len(t.pauses) >= 15 and t.pauses[0][0] == 0, t.seed
        tc.check_pause_spans(t, lo, hi, n=N, apart=True)


def test_nothing_is_trained_in_a_pause_and_its_points_are_paused():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b, kind in run.pauses_t:
                if kind == "ramp":
                    continue
                i0, i1 = int(np.ceil(a / h107.TICK)), min(run.nt, int(b // h107.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h107.STEP) + 1, min(int(b // h107.STEP), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "ramp", "valid"}


def test_the_list_reads_the_jobs_clips_per_minute():
    """Away from pauses a read is about the job's clips/s (lost, late, shifted and duplicated messages aside),
    within 5 % where no worker's clock is 5 s off, deletes are early (no duplicates) and no send was dropped."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            p, ratio = run.path, h[live].sum() / _true(run)[live].sum()
            assert 0.6 < ratio < 1.2 and (h >= 0).all()
            if np.abs(p.off).max() < 5 and not p.ack_late and not p.counts["send_failed"]:
                assert abs(ratio - 1) < 0.05, (run.n, ratio)


def test_a_minute_is_read_after_its_objects_are_written():
    """Each counted message is sorted by its minute, covers a positive interval, carries its node's share, and its
    object was written before the list read its minute; a message is counted at most ``maxReceiveCount`` times."""
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert p.k.min() >= 0 and p.k.max() < N and (np.diff(p.k) >= 0).all() and (p.E > p.S).all()
        assert (p.C <= p.D[p.k]).all() and not p.failed[p.k].any()
        assert (p.m > 0).all() and (p.m <= 1 / run.nodes.min() + 1e-12).all()
        _, copies = np.unique(np.stack([p.S, p.E, p.node]), axis=1, return_counts=True)
        assert copies.max() <= 2 * p.max_rc  # the queue's own second copy too


def test_early_deletes_never_duplicate_by_timeout():
    """With the delete right after the receive a message is never received again after its visibility timeout
    (a worker's crash loses it); with the delete after the write it comes back (none lost to a worker crash)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT107_SEEDS):
            c = run.path.counts
            if run.path.ack_late:
                assert c["worker_lost"] == 0
            else:
                assert c["dup"] == 0 and c["redelivered"] == 0 and c["dlq"] == 0


def test_outage_lookup_and_the_defaults():
    """``_inside`` finds the interval holding a time; the grid."""
    iv = np.array([[10.0, 20.0], [30.0, 40.0]])
    assert h107._inside(np.array([5.0, 10.0, 19.9, 20.0, 35.0, 50.0]), iv).tolist() == [-1, 0, 0, -1, 1, -1]
    assert h107._inside(np.array([1.0]), np.empty((0, 2))).tolist() == [-1]
    assert h107.K == 12 and h107.TICK * h107.K == h107.STEP


def test_stages_change_the_rate():
    cfg = {"gpus": 8, "gpu": 2.0, "io": 1e9, "eff": 0.9}
    st = {"dur": 30, "size": "medium", "stereo": 0, "codec": 0, "nodes": 1}
    for key, value in (("dur", 10), ("size", "small"), ("nodes", 2)):
        assert h107._level(cfg, {**st, key: value}) > h107._level(cfg, st)
    for key, value in (("size", "large"), ("stereo", 1), ("codec", 1)):
        assert h107._level(cfg, {**st, key: value}) < h107._level(cfg, st)
    assert h107._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * h107._level(cfg, st), rel=1e-6)
    slow = {**cfg, "io": 12.8}  # the loaders decode audio as fast as the GPUs train (codec on the fly)
    on = {**st, "codec": 1}
    assert h107._level(slow, on) < 0.95 * h107._level(cfg, on)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h107._next_stage(rng, slow, on, h107._level(slow, on))
        ratio = h107._level(slow, new) / h107._level(slow, on)
        assert abs(np.log(ratio)) >= np.log(1.15) - 1e-12 and 0.5 <= ratio <= 3


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
            assert len(changes) <= len(run.known_t) == run.counts["relaunches"] == len(run.stages) - 1


def test_weights():
    tc.check_event_weights(h107._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout107, HELDOUT107_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout107, 1072000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout107(1072000, n_events=9)
