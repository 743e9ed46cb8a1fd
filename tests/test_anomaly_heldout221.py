"""The two-hundred-and-twenty-first held-out trace family (an egg-candling crack and blood-spot model's images/s on 1,
2 or 4 nodes, each node an IEC 61850 IED whose buffered report control block a gateway enables, summing the reports
per minute of their timestamp or of their receipt): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout221 as h221
import tests.trace_checks as tc
from anomaly.heldout221 import HELDOUT221_SEEDS, heldout221_set, make_heldout221
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT221_SEEDS[:4]
SPANS = h221.SPANS

shared_builds = tc.shared_builds(h221)

_set, traces, _full_long = tc.cheap_sets(heldout221_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h221._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h221.K] - C[np.arange(n) * h221.K]) / h221.STEP


def test_seed_range_is_its_own():
    assert HELDOUT221_SEEDS == tuple(range(2212000, 2212012))
    assert not set(HELDOUT221_SEEDS) & set(range(2202000, 2202012))  # generator 220's range by the rule
    from anomaly.heldout220 import HELDOUT220_SEEDS
    assert not set(HELDOUT221_SEEDS) & set(HELDOUT220_SEEDS)


PINNED_EVENTS = [Event("drop", 365, 365, 916, 0.1099), Event("leak", 1163, 1466, 1590, 0.1301),
                 Event("straggler", 1729, 1729, 2029, 0.1013), Event("straggler", 2632, 2632, 2799, 0.1314)]
PINNED_SUM = 18194099.62303964
PINNED_PAUSES = [(0, 13), (88, 98), (175, 181)]
PINNED_CHANGES = [1005, 2544]
LISTED_LONG = 16
CHANGES_LINE = "short 16, long 16"
ALWAYS_SEEN = h221.PATH_KEYS


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout221, 2212000, 2212001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout221(2212000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout221(2212000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT221_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h221.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_drops_buffers_loses_repeats_and_rebins():
    """Over both sets' first 6 runs every distortion of the path occurs (association drops and refusals, gateway
    outages, IED restarts cutting an interval and purging the buffer, overflowing buffers, entries resent after a
    reconnection and after a stale entry ID, copies counted twice, general interrogations counted, late copies lost,
    copies in another minute than their update's, unread minutes, clock steps, reports flagged ClockNotSynchronized),
    and both binnings, dedup settings and GI settings."""
    total, kinds = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT221_SEEDS[:6]):
            p = run.path
            kinds |= {("mode", p.mode), ("dedup", p.dedup), ("gi", p.count_gi)}
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert kinds == {("mode", "stamp"), ("mode", "receipt"), ("dedup", True), ("dedup", False), ("gi", True),
                     ("gi", False)}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the sum of a gateway minute's counted report values over 60 s, stamped at the minute's end; a
    minute that read nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h221.EPOCH + 60.0 * (np.arange(N) + 1))
        assert tc.paused_mask(t)[t.healthy <= 0].all()


def test_pause_spans(traces):
    setting, ts = traces
    lo, hi = SPANS[setting]
    for t in ts:
        assert len(t.pauses) >= 15 and t.pauses[0][0] == 0, t.seed
        tc.check_pause_spans(t, lo, hi, n=N, apart=True)


def test_nothing_is_trained_in_a_stop_and_its_points_are_paused():
    seen = set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b, kind in run.stops:
                i0, i1 = int(np.ceil(a / h221.TICK)), min(run.nt, int(b // h221.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h221.STEP), min(int(np.ceil(b / h221.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.stops}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is the job's images within 10 % (the path shifts, loses and repeats reports;
    a receipt-binning gateway sums an outage's resent reports into a live minute while the outage's minutes are
    unread and paused: 1.051 on one of these runs)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.9 < ratio < 1.1 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_an_entry_counts_at_most_three_times():
    """An entry is counted once, once more as a stale resend (without dedup) and once more as a GI's value."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            assert np.allclose(h221._reads(run, 2 * run.J), 2 * h)
            p = run.path
            for k, ea, eb, cent, cbin in p.nodes:
                assert (ea <= eb).all() and (np.diff(eb) > 0).all()
                assert np.bincount(cent).max() <= 1 + p.count_gi + (not p.dedup)


def test_the_paths_counts_agree_with_its_settings():
    """Doubles are the GIs counted and (without dedup) the stale resends; receipt binning loses no copy as late;
    only an unsynchronised IED's clock steps and flags its reports."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            p, c = run.path, run.path.counts
            assert c["doubled"] == c["gi_counted"] + (0 if p.dedup else c["stale_resent"])
            assert p.count_gi or c["gi_counted"] == 0
            assert p.mode == "stamp" or c["late"] == 0
            if p.unsync < 0 or p.unsync not in [k for k, *_ in p.nodes]:
                assert c["clock_steps"] == 0 and c["flagged"] == 0
            assert c["overflow_lost"] == 0 or c["overflows"] > 0


def test_outages_merge_and_clocks_drift():
    o0, o1, r = h221._merge([(50.0, 60.0, -np.inf), (10.0, 20.0, 15.0), (15.0, 30.0, -np.inf)])
    assert o0.tolist() == [10.0, 50.0] and o1.tolist() == [30.0, 60.0] and r[0] == 15.0 and r[1] == -np.inf
    rng = np.random.default_rng(1)
    starts, offs, drift = h221._offsets(rng, 5 * h221.DAY, False)
    assert len(starts) == 1 and drift == 0 and abs(offs[0]) < 0.1
    starts, offs, drift = h221._offsets(rng, 5 * h221.DAY, True)
    assert 2 <= abs(offs[0]) <= 45 and 20e-6 <= abs(drift) <= 200e-6 and (np.abs(offs[1:]) < 0.5).all()


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "cpu": 1e9, "eff": 0.9, "nodes": 1}
    st = {"nodes": 1, "shape": 1.0}
    lv = h221._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h221._level(cfg, {**st, "shape": 1.5}) == pytest.approx(lv / 1.5)
    assert h221._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h221._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h221._next_stage(rng, cfg, st, h221._level(cfg, st))
        ratio = h221._level(cfg, new) / h221._level(cfg, st)
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
    tc.check_event_weights(h221._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout221, HELDOUT221_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout221, 2212000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout221(2212000, n_events=9)


def test_stops_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.stops]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.stops
