"""The two-hundred-and-twenty-third held-out trace family (a solder-joint inspection model's images/s, sent by each
node's reporter as Matomo tracking requests, bulked, queued in Redis by QueuedTracking, and summed per minute by a
monitor reading ``Live.getLastVisitsDetails``): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's laws (with the first 6 "short" healthy builds at 6,000 points, no regressions; the "short" row was
measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout223 as h223
import tests.trace_checks as tc
from anomaly.heldout223 import HELDOUT223_SEEDS, heldout223_set, make_heldout223
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT223_SEEDS[:4]
SPANS = {"short": (1, 25), "long": (1, 90)}

shared_builds = tc.shared_builds(h223)

_set, traces, _full_long = tc.cheap_sets(heldout223_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h223._build(seed, n, setting) for seed in seeds]


def _full_builds() -> list:
    """Both settings' first 6 healthy runs at 6,000 points (the "long" ones are the full set's)."""
    return [b for setting in ("short", "long") for b in _builds(setting, 6000, HELDOUT223_SEEDS[:6])]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h223.K] - C[np.arange(n) * h223.K]) / h223.STEP


def test_seed_range_is_its_own():
    assert HELDOUT223_SEEDS == tuple(range(2232000, 2232012))
    assert not set(HELDOUT223_SEEDS) & set(range(2222000, 2222012))  # generator 222's range


PINNED_EVENTS = [Event("straggler", 847, 847, 1138, 0.2405), Event("drop", 1523, 1523, 2041, 0.2132),
                 Event("leak", 2531, 2819, 2941, 0.139)]
PINNED_SUM = 5514968.523742986
PINNED_PAUSES = [(0, 8), (82, 88), (181, 186)]
PINNED_CHANGES = [2404]
LISTED_LONG = 15
CHANGES_LINE = "short 15, long 15"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout223, 2232000, 2232001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout223(2232000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout223(2232000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT223_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h223.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_refuses_loses_repeats_and_rebins():
    """Over both settings' first 6 runs (6,000 points) every distortion of the path occurs (POSTs refused while the
    server restarts, retries and dropped bulks, bulks stored twice after a client time-out, queue-worker lags, Redis
    flushes, copies closed late or outside the Live window, failed fetches, re-binned copies, unread minutes, clock
    steps, intervals and bulks lost in a crash), and both binnings."""
    total, modes = {}, set()
    for run, h, spans, live, changes in _full_builds():
        modes.add(run.path_cfg["mode"])
        for k, v in run.path_counts.items():
            total[k] = total.get(k, 0) + v
    for k in h223.PATH_KEYS:
        assert total[k] > 0, k
    assert modes == {"action", "seen"}


def test_the_monitors_binning_and_the_reporters_clock():
    """By the action's time a copy lands in its ``cdt``'s minute; by first sight never before its images' last
    second's minute; a synchronised node's ``cdt`` is within 2 s of true time; the period and a bulk's span divide
    the minute (first 6 "short" runs at 6,000 points)."""
    for run, h, spans, live, changes in _builds("short", 6000, HELDOUT223_SEEDS[:6]):
        pc = run.path_cfg
        cdt, te = run.req_cdt[run.copy_req], run.req_te[run.copy_req]
        if pc["mode"] == "action":
            assert np.array_equal(run.copy_bin, np.floor(cdt / h223.STEP).astype(int))
        else:
            assert (run.copy_bin >= np.floor(te / h223.STEP) - 1).all()
        if pc["synced"]:
            assert np.abs(run.req_cdt - run.req_te).max() < 2.0
        assert 60 % pc["P"] == 0 and 60 % (pc["P"] * pc["B"]) == 0 and 2 <= pc["W"] <= 10


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum of a minute's images (per second), stamped at the minute's end; a minute that
    read nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h223.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h223.TICK)), min(len(run.J), int(b // h223.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h223.STEP), min(int(np.ceil(b / h223.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is the job's images (the path shifts, drops and doubles requests)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.08 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_request_counts_at_most_twice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h223._reads(run, 2 * run.J), 2 * h)
        assert np.bincount(run.copy_req).max() <= 2


def test_windows():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h223._inside(x, win).tolist() == [False, True, True, False, True, False]
    w = h223._windows(np.random.default_rng(0), 30 * h223.DAY, (1.0, 2.0), (60, 720))
    assert len(w) > 10 and (w[:, 1] > w[:, 0]).all() and (w[1:, 0] > w[:-1, 1]).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "eff": 0.9, "crop_c": 1.5, "batch_c": 1.2, "cpu": 1e9}
    st = {"nodes": 1, "crop": 0, "batch": 0}
    lv = h223._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h223._level(cfg, {**st, "crop": 1}) == pytest.approx(lv / 1.5)
    assert h223._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h223._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h223._next_stage(rng, cfg, st, h223._level(cfg, st))
        ratio = h223._level(cfg, new) / h223._level(cfg, st)
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
    tc.check_event_weights(h223._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout223, HELDOUT223_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout223, 2232000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout223(2232000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
