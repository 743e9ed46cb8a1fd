"""The two-hundred-and-third held-out trace family (a ship-hull fouling segmentation model's frames/s, each node an
MQTT Sparkplug B edge node publishing its frames since its last message at QoS 0, a host application checking each
node's sequence, requesting rebirths and summing per minute): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's laws (over its 12 memoised healthy runs: each of the path's distortions occurs, and each count follows
its run's flags); the "short" row was measured on the full set, and is not re-measured here."""

import numpy as np
import pytest

import anomaly.heldout203 as h203
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout203 import HELDOUT203_SEEDS, heldout203_set, make_heldout203
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT203_SEEDS[:4]
SPANS = h203.SPANS

shared_builds = tc.shared_builds(h203)

_set, traces, _full_long = tc.cheap_sets(heldout203_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h203._build(seed, n, setting) for seed in seeds]


def _long_runs() -> list:
    _full_long()  # the memoised runs of the full "long" set
    return _builds("long", 6000, HELDOUT203_SEEDS)


def _true(run, n: int = N) -> np.ndarray:
    """The job's frames/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h203.K] - C[np.arange(n) * h203.K]) / h203.STEP


def test_seed_range_is_its_own():
    assert HELDOUT203_SEEDS == tuple(range(2032000, 2032012))
    assert not set(HELDOUT203_SEEDS) & set(HELDOUT150_SEEDS)
    assert all(s // 10000 == 203 for s in HELDOUT203_SEEDS)  # not generator 202's range (2022000-2022011)


PINNED_EVENTS = [Event("straggler", 741, 741, 1141, 0.1188), Event("leak", 1428, 1667, 1830, 0.2451),
                 Event("drop", 2344, 2344, 3000, 0.3261)]
PINNED_SUM = 577739.8484755151
PINNED_PAUSES = [(0, 9), (122, 130), (208, 216)]
PINNED_CHANGES = []
LISTED_LONG = 22
CHANGES_LINE = "short 15, long 22"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout203, 2032000, 2032001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout203(2032000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout203(2032000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT203_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h203.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_every_distortion_of_the_path_occurs():
    """Over the full "long" set's 12 runs every count of the path is positive (QoS 0 losses, messages lost before
    the edge noticed a dropped connection, publishes while disconnected, carried, buffered and re-sent, doubled,
    missed by an away host, sequence gaps and data before a birth, rebirths, discarded data, wrap-around gaps,
    stale NDEATHs, late copies, re-binned copies, births counted, broker and host restarts, blips, crash losses,
    unread minutes), and each flag of the path takes both values."""
    total, flags = {}, set()
    for run, h, spans, live, changes in _long_runs():
        p = run.path
        flags |= {("ts", p.bin_by_ts), ("birth", p.birth_counts), ("wrap", p.wrap_bug), ("bdseq", p.bdseq_check),
                  ("primary", p.primary), ("mode", p.mode)}
        for k, v in p.counts.items():
            total[k] = total.get(k, 0) + v
    for k in h203.PATH_KEYS:
        assert total[k] > 0, k
    assert {f for f in flags if f[0] == "mode"} == {("mode", "drop"), ("mode", "carry"), ("mode", "buffer")}
    assert len(flags) == 13


def test_each_count_follows_its_runs_law():
    """Per run (the full "long" set): a discarded message is a gap or data before a birth, and a rebirth follows
    one; wrap-around gaps only with the wrap bug; late copies only when binned by the metric's timestamp; carried,
    buffered and doubled publishes only in their modes; births counted all or none; stale NDEATHs only without the
    bdSeq check; re-sent messages are buffered ones."""
    for run, h, spans, live, changes in _long_runs():
        p, c = run.path, run.path.counts
        assert c["discarded"] == c["gaps"] + c["before_birth"] and c["rebirths"] <= c["discarded"]
        assert c["wrap_gaps"] <= c["gaps"] and (p.wrap_bug or c["wrap_gaps"] == 0)
        assert p.bin_by_ts or c["late"] == 0
        assert p.mode == "carry" or c["carried"] == 0
        assert p.mode == "buffer" or c["buffered"] == c["resent"] == 0
        assert c["doubled"] == (c["buffered"] if p.double else 0) and c["resent"] <= c["buffered"]
        assert c["births_counted"] == (c["births"] if p.birth_counts else 0)
        assert not p.bdseq_check or c["stale_deaths"] == 0
        assert c["unsent"] >= c["carried"] + c["buffered"]


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the host's frames/s of a minute, stamped at the minute's end; a minute that read nothing (0) is
    paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h203.EPOCH + 60.0 * (np.arange(N) + 1))
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
                s, e = int(a // h203.STEP), min(int(np.ceil(b / h203.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
                if kind != "ramp":  # the ramp's first half trains slowly
                    i0, i1 = int(np.ceil(a / h203.TICK)), min(run.nt, int(b // h203.TICK))
                    assert not run.J[i0:i1].any(), (a, b, kind)
            seen |= {k for a, b, k in run.pauses_t}
    assert seen >= {"startup", "ramp", "eval", "ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_frames_per_minute():
    """Away from pauses the reads' sum is the job's frames, less what the path loses (at most a node's share when
    a node's clock is behind by more than the host's grace), and never much more."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.7 < ratio < 1.02 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h203._reads(run, 2 * run.J), 2 * h)
        X = np.zeros(run.nt)
        assert not h203._reads(run, X).any()


def test_a_publish_period_and_its_copies():
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert 10 <= p.P <= 30 and 5 <= p.grace <= 30
        for f0, f1, b in p.copies:
            assert (f1 >= f0).all() and len(f0) == len(f1) == len(b)
            # a copy lands within a minute of its interval's end (clocks off by up to 40 s, late deliveries)
            assert (np.abs(b - f1 // h203.STEP) <= 2).mean() > 0.99


def test_stages_change_the_rate():
    cfg = {"gpus": 8, "pg": 20.0, "eff": 0.9, "cpu": 1e9}
    st = {"nodes": 1, "shape": 1}
    lv = h203._level(cfg, st)
    assert lv == pytest.approx(160.0)
    assert h203._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h203._level(cfg, {**st, "shape": 3}) == pytest.approx(lv / 2.56 ** 0.9)
    assert h203._level({**cfg, "cpu": 160.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 240.0
    for _ in range(20):
        new = h203._next_stage(rng, cfg, st, lv := h203._level(cfg, st))
        ratio = h203._level(cfg, new) / lv
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
    tc.check_event_weights(h203._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout203, HELDOUT203_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout203, 2032000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout203(2032000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 + 1e-6 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
