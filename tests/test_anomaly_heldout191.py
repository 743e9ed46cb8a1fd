"""The hundred-and-ninety-first held-out trace family (a game-chat toxicity classifier's messages/s, reported by each
node every 15-30 s as a Gearman background job, inserted into MySQL by workers and summed per minute of the job's or
the insert's time by a monitor): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout191 as h191
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout191 import HELDOUT191_SEEDS, heldout191_set, make_heldout191
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT191_SEEDS[:4]
SPANS = h191.SPANS

shared_builds = tc.shared_builds(h191)

_set, traces, _full_long = tc.cheap_sets(heldout191_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h191._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's messages/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h191.K] - C[np.arange(n) * h191.K]) / h191.STEP


def test_seed_range_is_its_own():
    assert HELDOUT191_SEEDS == tuple(range(1912000, 1912012))
    assert not set(HELDOUT191_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("leak", 501, 955, 1141, 0.1044), Event("straggler", 1556, 1556, 1820, 0.2009),
                 Event("drop", 2698, 2698, 3000, 0.1025)]
PINNED_SUM = 1271121.5832354794
PINNED_PAUSES = [(0, 11), (53, 60), (121, 127)]
PINNED_CHANGES = []
LISTED_LONG = 14
CHANGES_LINE = "short 19, long 14"
# the path's distortions seen over the first 6 seeds of both sets (no queued job was lost in a restart there)
ALWAYS_SEEN = tuple(k for k in h191.PATH_KEYS if k != "lost_in_restart")


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout191, 1912000, 1912001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout191(1912000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout191(1912000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT191_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h191.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_refuses_repeats_delays_and_loses():
    """Over both sets' first 6 runs every distortion of the path but a queued job lost in a restart occurs, and
    every setting of the path (one or two servers, queue in memory or persistent, carry or drop, unique id or UUID,
    the job's time or the insert time) is drawn."""
    total, modes = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT191_SEEDS[:6]):
            p = run.path
            modes |= {("G", p.G), ("persistent", p.persistent), ("carry", p.carry), ("unique", p.unique),
                      ("by_job", p.by_job)}
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert len(modes) == 10


def test_the_gearman_laws_hold_per_run():
    """A persistent queue loses no queued job, an in-memory one replays none; a carrying reporter drops nothing;
    only a unique id coalesces; a timeout makes a second row unless coalesced; only the job's time is ever late."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT191_SEEDS[:6]):
            p, c = run.path, run.path.counts
            assert c["lost_in_restart"] == 0 if p.persistent else c["replayed"] == 0
            assert c["dropped_refused"] == 0 if p.carry else c["carried"] == 0
            assert p.unique or c["coalesced"] == 0
            assert c["twice_timeout"] + c["coalesced"] <= c["timeouts"]
            assert p.by_job or c["late_rows"] == 0
            assert p.G == 2 or c["failover"] == 0
            assert c["twice_worker"] <= c["worker_deaths"]


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is a minute's messages / 60, stamped at the minute's end; a minute that read nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h191.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h191.TICK)), min(run.nt, int(b // h191.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h191.STEP), min(int(np.ceil(b / h191.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_messages_per_minute():
    """Away from pauses the reads' sum is the job's messages (the path shifts, drops and repeats rows)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_report_counts_at_most_three_times():
    """A report is read 0-3 times: lost, once, or also as a timeout's second row and a dead worker's committed row."""
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h191._reads(run, 2 * run.J), 2 * h)
        assert set(np.unique(run.path.copies)) <= {0, 1, 2, 3} and (run.path.copies == 1).mean() > 0.9


def test_stages_change_the_rate():
    cfg = {"nodes": 1, "gpu": 1000.0, "eff": 0.9, "ctx_c": 1.5, "lang_c": 1.4, "cpu": 1e9}
    st = {"gpus": 1, "ctx": 0, "lang": 0}
    lv = h191._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h191._level(cfg, {**st, "ctx": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h191._level(cfg, {**st, "gpus": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h191._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h191._next_stage(rng, cfg, st, h191._level(cfg, st))
        ratio = h191._level(cfg, new) / h191._level(cfg, st)
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
    tc.check_event_weights(h191._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout191, HELDOUT191_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout191, 1912000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout191(1912000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
