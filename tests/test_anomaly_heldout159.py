"""The hundred-and-fifty-ninth held-out trace family (a table-structure recognition model's pages/s, each node
publishing its pages since its previous publish to an Amazon SNS topic every 20-40 s, SNS delivering to the monitor's
HTTPS endpoint under its delivery policy, the monitor summing per-node rates per minute of SNS ``Timestamp``):
generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the changes (the path's distortions are counted on the first 6 healthy builds of each setting, no regressions;
the "short" row was measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout159 as h159
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout159 import HELDOUT159_SEEDS, heldout159_set, make_heldout159
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT159_SEEDS[:4]
SPANS = h159.SPANS

shared_builds = tc.shared_builds(h159)

_set, traces, _full_long = tc.cheap_sets(heldout159_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h159._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's pages/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h159.K] - C[np.arange(n) * h159.K]) / h159.STEP


def test_seed_range_is_its_own():
    assert HELDOUT159_SEEDS == tuple(range(1592000, 1592012))
    assert not set(HELDOUT159_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("leak", 355, 683, 916, 0.1176), Event("drop", 1272, 1272, 1465, 0.2998),
                 Event("straggler", 1903, 1903, 2119, 0.1436), Event("straggler", 2591, 2591, 3000, 0.161)]
PINNED_SUM = 241189.9322114209
PINNED_PAUSES = [(0, 9), (97, 106), (193, 199)]
PINNED_CHANGES = [1570, 1770]
LISTED_LONG = 17
CHANGES_LINE = "short 10, long 17"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout159, 1592000, 1592001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout159(1592000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout159(1592000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT159_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h159.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=4)


def test_the_paths_distortions_all_occur():
    """Over both settings' first 6 runs every distortion of the path occurs (node-side blips losing messages,
    client-retried Publish calls stored twice, intervals lost in a crash, endpoint restarts and outages, attempts
    refused while down, timed out or answered 5xx, retries, messages discarded after the policy, SNS's own
    duplicates, stale copies skipped, copies with no previous time, long intervals, late copies, open minutes
    wiped at a restart, unread minutes, intervals split over two minutes), with both the default and a custom
    delivery policy and with the monitor's state kept in memory and persisted."""
    total, persist, custom = {}, set(), set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT159_SEEDS[:6]):
            persist.add(run.path.persist)
            custom.add(run.path.custom_policy)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h159.PATH_KEYS:
        assert total[k] > 0, k
    assert persist == {True, False} and custom == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the minute of SNS ``Timestamp`` ending at its stamp; a minute that read nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h159.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h159.TICK)), min(run.nt, int(b // h159.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h159.STEP), min(int(np.ceil(b / h159.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval", "ckpt"}
            seen |= kinds
    assert seen >= {"crash", "relaunch"}


def test_the_reads_are_about_the_jobs_pages_per_minute():
    """Away from pauses the reads' sum is near the job's pages (the path loses, delays and skips copies)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_message_counts_once_in_its_timestamps_minute():
    """The node-time guard takes a message at most once (duplicates and stale retries are skipped), in the minute
    of its SNS ``Timestamp``, weighted by 1 over its interval on the node's clock and its node's copies there."""
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h159._reads(run, 2 * run.J), 2 * h)
        p = run.path
        assert p.copies.max() <= 1
        assert np.array_equal(p.cmin, np.floor(p.stamp[p.cmsg] / h159.STEP).astype(int))
        assert (p.cwt > 0).all() and (p.cwt < 1.0).all()  # every interval is over 1 s


def test_windows_and_the_delivery_policy():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h159._inside(x, win).tolist() == [False, True, True, False, True, False]
    for run, h, spans, live, changes in _builds("short") + _builds("long"):
        p = run.path
        assert 20 <= p.P <= 40 and (p.te > p.ts).all()
        assert (np.diff(p.down[:, 0]) > 0).all() and (p.down[:, 1] > p.down[:, 0]).all()
        if not p.custom_policy:  # SNS's HTTP/S default: 3 retries, 20 s apart
            assert p.delays.tolist() == [20.0, 20.0, 20.0]
        else:
            assert 6 <= len(p.delays) <= 12 and (np.diff(p.delays) >= 0).all() and p.delays.sum() < 3600


def test_stages_change_the_rate():
    cfg = {"gpn": 4, "g": 10.0, "ratio": 1e9, "eff": 0.9, "res_g": 1.5, "res_c": 1.2, "aug_c": 1.4, "cold": 1.5}
    st = {"nodes": 1, "res": 0, "aug": 0}
    lv = h159._level(cfg, st)
    assert lv == pytest.approx(40 * 0.9 ** 2)
    assert h159._level(cfg, {**st, "res": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h159._level(cfg, {**st, "nodes": 2}) == pytest.approx(2 * 0.9 * lv)
    near = {**cfg, "ratio": 1.0}
    assert h159._level(near, st) < 0.95 * lv  # both sides near: the step waits for the slower
    assert h159._level(near, st, cold=True) < h159._level(near, st)  # a cold page cache: rasterising again
    rng = np.random.default_rng(0)
    cfg["ratio"] = 1.5
    for _ in range(20):
        new = h159._next_stage(rng, cfg, st)
        ratio = h159._level(cfg, new) / h159._level(cfg, st)
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
    tc.check_event_weights(h159._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout159, HELDOUT159_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout159, 1592000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout159(1592000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
