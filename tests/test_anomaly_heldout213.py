"""The two-hundred-and-thirteenth held-out trace family (a wind-turbine blade inspection model's images/s, each node a
thing in Eclipse Ditto whose reporter modifies a feature property every 10-30 s over HTTP or an MQTT or AMQP
connection, summed per minute by a monitor on the things' change events): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's laws over its 12 runs (the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout213 as h213
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout213 import HELDOUT213_SEEDS, heldout213_set, make_heldout213
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT213_SEEDS[:4]
SPANS = h213.SPANS

shared_builds = tc.shared_builds(h213)

_set, traces, _full_long = tc.cheap_sets(heldout213_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h213._build(seed, n, setting) for seed in seeds]


def _long_runs() -> list:
    """The full "long" set's runs (built once, by the set)."""
    _full_long()
    return _builds("long", 6000, HELDOUT213_SEEDS)


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h213.K] - C[np.arange(n) * h213.K]) / h213.STEP


def test_seed_range_is_its_own():
    assert HELDOUT213_SEEDS == tuple(range(2132000, 2132012))
    assert not set(HELDOUT213_SEEDS) & (set(range(2122000, 2122012)) | set(HELDOUT150_SEEDS))  # not 212's nor 150's


PINNED_EVENTS = [Event("leak", 476, 758, 906, 0.1067), Event("drop", 1378, 1378, 1591, 0.2051),
                 Event("straggler", 1942, 1942, 2066, 0.2906), Event("leak", 2518, 2724, 2751, 0.152)]
PINNED_SUM = 333754.9801194517
PINNED_PAUSES = [(0, 10), (67, 83), (133, 144)]
PINNED_CHANGES = [932, 1276]
LISTED_LONG = 20
CHANGES_LINE = "short 18, long 20"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout213, 2132000, 2132001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout213(2132000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout213(2132000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT213_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h213.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_paths_laws_all_occur_over_the_long_set():
    """Over the full "long" set's 12 runs every distortion of the path occurs (503s and 429s, retries, images carried
    to the next cut, re-sent modifications counted twice or dropped, cluster restarts, connection breaks, bursts on
    reconnection, redeliveries, QoS 0 losses, the monitor's breaks and its missed events, late copies, copies moved to
    another minute, unread minutes, intervals lost in a crash), every transport, both binnings and both dedup
    settings."""
    total, seen = {}, set()
    for run, h, spans, live, changes in _long_runs():
        p = run.path
        seen |= {p.transport, ("update", p.by_update), ("dedup", p.dedup), ("qos0", p.qos0)}
        for k, v in p.counts.items():
            total[k] = total.get(k, 0) + v
    for k in h213.PATH_KEYS:
        if k != "lost_at_stop":  # a graceful stop's last cut refused five times: rare, not asked for
            assert total[k] > 0, k
    assert seen >= {"http", "mqtt", "amqp", ("update", True), ("update", False), ("dedup", True),
                    ("dedup", False), ("qos0", True)}


def test_each_transports_own_laws():
    """Per run of the long set: HTTP runs have no connection breaks, bursts or QoS 0 losses; a reporter with
    ``If-Match`` re-sends nothing; connection runs refuse nothing and carry nothing; QoS 0 runs burst nothing; a
    monitor binning by its receipt time has no late copies; a deduping monitor counts nothing twice."""
    for run, h, spans, live, changes in _long_runs():
        p, c = run.path, run.path.counts
        if p.transport == "http":
            assert c["conn_breaks"] == c["burst"] == c["qos0_lost"] == c["redelivered"] == 0
            assert not p.cond or c["resent"] == 0
        else:
            assert c["refused_503"] == c["refused_429"] == c["carried"] == c["retries"] == 0
            assert not p.qos0 or c["burst"] == c["redelivered"] == 0
        assert p.by_update or c["late"] == 0
        assert not p.dedup or c["counted_twice"] == 0


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum of a minute's images over 60 s, stamped at the minute's end; a minute that read
    nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h213.EPOCH + 60.0 * (np.arange(N) + 1))
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
                s, e = int(a // h213.STEP), min(int(np.ceil(b / h213.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
                if kind != "ramp":
                    i0, i1 = int(np.ceil(a / h213.TICK)), min(run.nt, int(b // h213.TICK))
                    assert not run.J[i0:i1].any(), (a, b, kind)
            seen |= {k for a, b, k in run.pauses_t}
    assert seen >= {"startup", "ramp", "eval", "ckpt", "crash"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is the job's images (the path shifts, loses and doubles some)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.97 < ratio < 1.03 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_cuts_tile_each_life():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h213._reads(run, 2 * run.J), 2 * h)
        p = run.path
        assert (p.tb >= p.ta).all() and set(np.unique(p.share)) <= {1.0, 0.5, 0.25}
        assert np.bincount(p.ru).max() <= 2  # a cut's images are read at most twice


def test_windows():
    win = np.array([[10.0, 20.0], [50.0, 80.0], [75.0, 90.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 85.0, 95.0])
    assert h213._inside(x, win).tolist() == [False, True, True, False, True, True, False]
    assert h213._window_end(x, win).tolist() == [5.0, 20.0, 20.0, 20.0, 90.0, 90.0, 95.0]


def test_stages_change_the_rate():
    cfg = {"gpu": 50.0, "gpn": 8, "eff": 0.9, "cpu": 1e9}
    st = {"nodes": 1, "tile": 1.0}
    lv = h213._level(cfg, st)
    assert lv == pytest.approx(400.0)
    assert h213._level(cfg, {**st, "tile": 1.5}) == pytest.approx(lv / 1.5)
    assert h213._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h213._level({**cfg, "cpu": 1.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1.5
    for _ in range(20):
        new = h213._next_stage(rng, cfg, st, h213._level(cfg, st))
        ratio = h213._level(cfg, new) / h213._level(cfg, st)
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
    tc.check_event_weights(h213._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout213, HELDOUT213_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout213, 2132000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout213(2132000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 + 1e-9 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
