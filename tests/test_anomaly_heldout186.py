"""The hundred-and-eighty-sixth held-out trace family (a building-damage assessment model's tiles/s, sent by each
node's reporter as Matrix message events into one room of a Synapse homeserver, 429s and refusals retried, and summed
per minute by a monitor that follows the room with ``/sync``): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout186 as h186
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout186 import HELDOUT186_SEEDS, heldout186_set, make_heldout186
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT186_SEEDS[:4]
SPANS = h186.SPANS

shared_builds = tc.shared_builds(h186)

_set, traces, _full_long = tc.cheap_sets(heldout186_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h186._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's tiles/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h186.K] - C[np.arange(n) * h186.K]) / h186.STEP


def test_seed_range_is_its_own():
    assert HELDOUT186_SEEDS == tuple(range(1862000, 1862012))
    assert not set(HELDOUT186_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("straggler", 939, 939, 1100, 0.1372), Event("straggler", 1406, 1406, 1501, 0.1966),
                 Event("drop", 2313, 2313, 2844, 0.1303)]
PINNED_SUM = 536879.8196135846
PINNED_PAUSES = [(0, 12), (81, 87), (144, 153)]
PINNED_CHANGES = []
LISTED_LONG = 16
CHANGES_LINE = "short 15, long 16"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout186, 1862000, 1862001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout186(1862000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout186(1862000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT186_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h186.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=4)


def test_the_full_sets_path_refuses_delays_loses_and_repeats():
    """Over both sets' first 6 runs every distortion of ``PATH_KEYS`` occurs (refusals while Synapse or a node's
    network is down, 429s, restarts, PostgreSQL stalls and client timeouts, duplicated events, validation images in
    the bucket, worker lag, federation delay, sync breaks, limited timelines paged back, late copies, copies in another
    minute, unread minutes, intervals and queued messages lost in a crash, copies counted twice, clock steps), and each
    setting of the monitor and the reporter both ways."""
    total, seen = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT186_SEEDS[:6]):
            p = run.path
            seen |= {("dedup", p.dedup), ("fresh", p.fresh), ("backpage", p.backpage), ("server", p.by_server),
                     ("exempt", p.exempt), ("fed", p.fed), ("workers", p.workers), ("aligned", p.aligned)}
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h186.PATH_KEYS:
        assert total[k] > 0, k
    assert len(seen) == 16


def test_the_paths_laws_hold_per_run():
    """No 429 where the user is exempt; duplicates only with a new txnId per retry, and never counted twice by a
    deduplicating monitor; worker lag and federation delay only where the run has them; a gap's events lost only where
    the monitor does not page back."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            p, c = run.path, run.path.counts
            assert not (p.exempt and c["rate_limited"])
            assert p.fresh or not c["duplicates"]
            assert not (p.dedup and c["counted_twice"])
            assert p.workers or not c["worker_lagged"]
            assert p.fed or not c["fed_delayed"]
            assert not (p.backpage and c["gap_lost"]) and not (not p.backpage and c["backpaginated"])


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's tiles of a minute / 60, stamped at the minute's end; a minute that read nothing (0)
    is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h186.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h186.TICK)), min(run.nt, int(b // h186.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h186.STEP), min(int(np.ceil(b / h186.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_tiles_per_minute():
    """Away from pauses the reads' sum is the job's tiles (the path shifts, delays, drops and repeats messages)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_message_counts_at_most_four_times():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h186._reads(run, 2 * run.J), 2 * h)
        r = run.path.reads
        assert (r["i1"] >= r["i0"]).all() and ((r["m"] >= 0) & (r["m"] < N)).all()
        assert set(np.round(1 / r["w"]).astype(int)) <= {1, 2, 3, 4}


def test_windows_and_the_bucket():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h186._inside(x, win).tolist() == [-1, 0, 0, -1, 1, -1]
    assert [h186._end_of(v, *h186._lists(win)) for v in x] == [-1.0, 20.0, 20.0, -1.0, 80.0, -1.0]
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert 15 <= p.P <= 60 and ((p.rate, p.burst) == (0.2, 10.0) or (0.5 <= p.rate <= 2 and p.burst >= 20))
        for w in [p.down, p.stall, p.blips, p.lag, p.outage] + p.net:
            assert (w[:, 1] > w[:, 0]).all() and (w[1:, 0] > w[:-1, 1]).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 100.0, "eff": 0.9, "tile_c": 2.0, "enc_c": 1.5, "aug_c": 1.4, "cpu": 1e9}
    st = {"nodes": 1, "tile": 0, "enc": 0, "aug": 0}
    lv = h186._level(cfg, st)
    assert lv == pytest.approx(100.0)
    assert h186._level(cfg, {**st, "tile": 1, "enc": 1}) == pytest.approx(lv / 3.0)
    assert h186._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h186._level({**cfg, "cpu": 100.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 150.0
    for _ in range(20):
        new = h186._next_stage(rng, cfg, st, h186._level(cfg, st))
        ratio = h186._level(cfg, new) / h186._level(cfg, st)
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
    tc.check_event_weights(h186._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout186, HELDOUT186_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout186, 1862000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout186(1862000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
