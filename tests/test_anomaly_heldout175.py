"""The hundred-and-seventy-fifth held-out trace family (a music source-separation model's audio seconds/s, inserted
by each node's reporter as rows of a Spanner table in read-write transactions every 15-30 s, and summed per minute of
the commit timestamp or of the row's own time by a monitor reading the table's change stream): generator checks only
(no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout175 as h175
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout175 import HELDOUT175_SEEDS, heldout175_set, make_heldout175
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT175_SEEDS[:4]
SPANS = h175.SPANS

shared_builds = tc.shared_builds(h175)

_set, traces, _full_long = tc.cheap_sets(heldout175_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h175._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's audio seconds/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h175.K] - C[np.arange(n) * h175.K]) / h175.STEP


def test_seed_range_is_its_own():
    assert HELDOUT175_SEEDS == tuple(range(1752000, 1752012))
    assert not set(HELDOUT175_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("straggler", 1037, 1037, 1141, 0.1956), Event("straggler", 1931, 1931, 2041, 0.1238),
                 Event("drop", 2684, 2684, 2941, 0.3148)]
PINNED_SUM = 14193069.308337543
PINNED_PAUSES = [(0, 10), (45, 54), (129, 137)]
PINNED_CHANGES = [731, 1750, 2441]
LISTED_LONG = 17
CHANGES_LINE = "short 19, long 17"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout175, 1752000, 1752001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout175(1752000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout175(1752000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT175_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h175.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_paths_transactions_and_reads_distort():
    """Over the full "long" set and the first 6 "short" runs every distortion of the path occurs (aborted attempts
    and retried rows, rows given up at the deadline and their seconds carried, rows committed twice, late rows lost
    and moved, child partitions started late, reader restarts and rows lost on a resume from the watermark, rows in
    another minute than their interval's end, node clock steps, intervals lost in a crash), with every setting of
    the reporter and the monitor."""
    _full_long()  # its runs are the memoised long builds below
    total, flags = {}, {}
    for setting, seeds in (("long", HELDOUT175_SEEDS), ("short", HELDOUT175_SEEDS[:6])):
        for run, h, spans, live, changes in _builds(setting, 6000, seeds):
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
            for k in ("bin_by", "carry", "uuid_keys", "own_loop", "late_moves", "resume_at_watermark"):
                flags.setdefault(k, set()).add(getattr(run.path, k))
    for k in h175.PATH_KEYS:
        assert total[k] > 0, k
    assert flags["bin_by"] == {"commit", "row"} and all(len(v) == 2 for v in flags.values())


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum of a minute's rows (per second), stamped at the minute's end; a minute that read
    nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h175.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h175.TICK)), min(run.nt, int(b // h175.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h175.STEP), min(int(np.ceil(b / h175.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval", "ckpt"}
            seen |= kinds
    assert seen >= {"crash", "relaunch"}


def test_the_reads_are_about_the_jobs_audio_seconds_per_minute():
    """Away from pauses the reads' sum is the job's audio seconds (the path delays, moves, repeats and loses rows)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_rows_count_once_or_not():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h175._reads(run, 2 * run.J), 2 * h)
        p = run.path
        assert set(np.unique(p.keep)) <= {0.0, 1.0}
        assert (p.e_idx >= p.s_idx).all() and (p.commit >= p.create).all()


def test_commit_binning_sums_each_committed_row_in_its_commit_minute():
    """Where the monitor bins by commit timestamp, a row that was not late sits in the minute of its commit."""
    checked = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            p = run.path
            if p.bin_by != "commit":
                continue
            on_time = p.keep > 0
            same = p.bins[on_time] == np.floor(p.commit[on_time] / h175.STEP)
            assert same.mean() > 0.999, run.path.counts
            checked += 1
    assert checked >= 2


def test_given_up_rows_lose_or_carry_their_seconds():
    """A reporter that resets its counter only on a commit carries a given-up row's seconds into its next row (whose
    interval starts where the given-up one's did); one that resets on every attempt loses them (the next row starts
    where the given-up one ended). Either way, a life's first row starts at the life's start."""
    seen = set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT175_SEEDS[:6]):
            p = run.path
            rows = np.nonzero(~p.repeat)[0]
            g, s, e = p.group[rows], p.s_idx[rows], p.e_idx[rows]
            for i in np.nonzero(p.given_up[rows][:-1] & (g[:-1] == g[1:]))[0]:
                assert s[i + 1] <= s[i] if p.carry else s[i + 1] == e[i], (run.path.counts, i)
                seen.add(p.carry)
    assert seen == {True, False}


def test_windows():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h175._inside(x, win).tolist() == [False, True, True, False, True, False]
    ep = h175._episodes(np.random.default_rng(0), 10 * h175.DAY, (2, 2), (60, 900))
    assert 5 <= len(ep) <= 40 and (np.diff(ep[:, 0]) >= 0).all() and (ep[:, 1] > ep[:, 0]).all()


def test_stages_change_the_rate():
    cfg = {"gpus": 8, "gpu": 100.0, "eff": 0.9, "seg_c": 1.3, "aug_c": 1.5, "cpu": 1e9}
    st = {"nodes": 1, "seg": 0, "aug": 0}
    lv = h175._level(cfg, st)
    assert lv == pytest.approx(800.0)
    assert h175._level(cfg, {**st, "seg": 2}) == pytest.approx(lv / 1.3 ** 2)
    assert h175._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h175._level({**cfg, "cpu": 800.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1000.0
    for _ in range(20):
        new = h175._next_stage(rng, cfg, st, h175._level(cfg, st))
        ratio = h175._level(cfg, new) / h175._level(cfg, st)
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
    tc.check_event_weights(h175._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout175, HELDOUT175_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout175, 1752000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout175(1752000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
