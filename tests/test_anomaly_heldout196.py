"""The hundred-and-ninety-sixth held-out trace family (a tyre X-ray inspection model's tiles/s, each node's
reporter sending a device-to-cloud message to Azure IoT Hub every 10-30 s, the hub routing the messages to Avro blobs
in Blob Storage every 60-720 s, a monitor summing the blobs' tiles per minute): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds at 6,000 points, no regressions; the "short" row
was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout196 as h196
import tests.trace_checks as tc
from anomaly.heldout195 import HELDOUT195_SEEDS
from anomaly.heldout196 import HELDOUT196_SEEDS, heldout196_set, make_heldout196
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT196_SEEDS[:4]
SPANS = h196.SPANS

shared_builds = tc.shared_builds(h196)

_set, traces, _full_long = tc.cheap_sets(heldout196_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h196._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's tiles/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h196.K] - C[np.arange(n) * h196.K]) / h196.STEP


def test_seed_range_is_its_own():
    assert HELDOUT196_SEEDS == tuple(range(1962000, 1962012))
    assert not set(HELDOUT196_SEEDS) & set(HELDOUT195_SEEDS)


PINNED_EVENTS = [Event("straggler", 313, 313, 753, 0.2393), Event("drop", 1645, 1645, 2041, 0.105),
                 Event("leak", 2313, 2514, 2687, 0.1982)]
PINNED_SUM = 2028194.7308990955
PINNED_PAUSES = [(0, 13), (109, 117), (201, 207)]
PINNED_CHANGES = [2262]
LISTED_LONG = 20
CHANGES_LINE = "short 17, long 20"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout196, 1962000, 1962001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout196(1962000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout196(1962000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT196_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h196.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=4)


def test_the_paths_laws_all_occur():
    """Over the first 6 runs of both settings (6,000 points) every distortion of the path occurs (throttled sends
    and their retries, dropped connections and the messages waiting for the reconnect, sends timed out, messages
    refused for the day's quota, messages re-sent after a lost acknowledgement, blobs delayed by a storage outage,
    monitor restarts with blobs never read or read twice, copies too late for their minute, messages counted twice,
    messages in another minute than their interval's end, unread minutes, a node's clock off, intervals lost in a
    crash), and both the
    monitor's binnings and dedup settings."""
    total, dedup, by_enq = {}, set(), set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT196_SEEDS[:6]):
            dedup.add(run.path.dedup)
            by_enq.add(run.path.by_enq)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h196.PATH_KEYS:
        assert total[k] > 0, k
    assert dedup == {True, False} and by_enq == {True, False}
    assert total["retried"] >= total["throttled"]


def test_a_spent_quota_reads_nothing_till_midnight():
    """A minute 3 minutes or more inside a quota window (to the UTC midnight) reads nothing: every send is refused
    there; the windows end at a UTC midnight (first 4 seeds of both settings)."""
    seen = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b in run.path.quota[1:]:
                assert (b + run.t0) % h196.DAY == 0
                lo, hi = int(a // 60) + 3, min(int(b // 60), N)
                if hi > lo:
                    assert not h[lo:hi].any() and not live[lo:hi].any()
                    seen += 1
    assert seen >= 1


def test_windows():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h196._inside(x, win).tolist() == [-1, 0, 0, -1, 1, -1]
    rng = np.random.default_rng(0)
    w = h196._windows(rng, 10 * h196.DAY, 5, 60, 900)
    assert (w[:, 1] > w[:, 0]).all() and (w[1:, 0] > w[:-1, 1]).all() and len(w) > 20
    assert h196._windows(rng, 100.0, 0, 1, 2).tolist() == [[-2.0, -1.0]]


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point sums a minute (UTC-aligned, from a drawn minute of 2027-01-01) and is stamped at its end; a minute that
    read nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert t.timestamps[0] - 60 >= h196.EPOCH and t.timestamps[0] < h196.EPOCH + h196.DAY + 60
        assert tc.paused_mask(t)[t.healthy <= 0].all()


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert len(t.pauses) >= 15 and t.pauses[0][0] == 0, t.seed
        tc.check_pause_spans(t, lo, hi, n=N, apart=True)


def test_nothing_is_trained_in_a_pause_and_its_points_are_paused():
    seen = set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b, kind in run.pauses_t:
                i0, i1 = int(np.ceil(a / h196.TICK)), min(run.nt, int(b // h196.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h196.STEP), min(int(np.ceil(b / h196.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            seen |= {k for a, b, k in run.pauses_t}
    assert seen >= {"startup", "eval", "ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_tiles_per_minute():
    """Away from pauses the reads' sum is the job's tiles (the path shifts, drops and repeats messages)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_message_counts_at_most_thrice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h196._reads(run, 2 * run.J), 2 * h)
        c = run.path.copies
        assert c.max() <= (1 if run.path.dedup else 3)
        p = run.path
        assert 10 <= p.P <= 30 and (p.te > p.ts).all() and ((p.share > 0) & (p.share <= 1)).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "g_f": 2.0, "c_f": 1.5, "cpu": 1e9}
    st = {"nodes": 1, "tile": 0}
    lv = h196._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h196._level(cfg, {**st, "tile": 2}) == pytest.approx(lv / 4)
    assert h196._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h196._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h196._next_stage(rng, cfg, st, h196._level(cfg, st))
        ratio = h196._level(cfg, new) / h196._level(cfg, st)
        assert abs(np.log(ratio)) >= np.log(1.15) - 1e-12 and 1 / 3 <= ratio <= 3


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
            assert len(changes) <= len(run.known_t) <= run.counts["relaunches"] - run.counts["kept_stage"]


def test_weights():
    tc.check_event_weights(h196._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout196, HELDOUT196_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout196, 1962000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout196(1962000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
