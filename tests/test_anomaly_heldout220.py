"""The two-hundred-and-twentieth held-out trace family (a tea-leaf plucking-standard model's images/s, each node's
count since its last update held in a BACnet/IP Analog Value, sent by COV notifications to a monitor that holds
SubscribeCOV on each node and sums per minute): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes and its row of the docstring's counts
table; the path's distortions are counted over the first 6 healthy runs of both settings (the "short" row was measured
on the full set, and is not re-measured here); each of the path's laws is checked alone on one device of a short
synthetic run (2,000 minutes, a constant rate, the other laws switched off)."""

from types import SimpleNamespace

import numpy as np
import pytest

import anomaly.heldout220 as h220
import tests.trace_checks as tc
from anomaly.heldout220 import HELDOUT220_SEEDS, heldout220_set, make_heldout220
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT220_SEEDS[:4]
SPANS = h220.SPANS

shared_builds = tc.shared_builds(h220)

_set, traces, _full_long = tc.cheap_sets(heldout220_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h220._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's images/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h220.K] - C[np.arange(n) * h220.K]) / h220.STEP


def test_seed_range_is_its_own():
    assert HELDOUT220_SEEDS == tuple(range(2202000, 2202012))
    for other in range(1, 220):  # the seed ranges of the generators before it (N * 10000 + 2000 ..)
        assert not set(HELDOUT220_SEEDS) & set(range(other * 10000 + 2000, other * 10000 + 2012))


PINNED_EVENTS = [Event("leak", 447, 980, 1140, 0.195), Event("drop", 1260, 1260, 1417, 0.2821),
                 Event("straggler", 2809, 2809, 2941, 0.2743)]
PINNED_SUM = 6884471.080927192
PINNED_PAUSES = [(0, 9), (55, 62), (131, 139)]
PINNED_CHANGES = []
LISTED_LONG = 10
CHANGES_LINE = "short 15, long 10"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout220, 2202000, 2202001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout220(2202000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout220(2202000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT220_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h220.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_repeats_and_rebins():
    """Over both sets' first 6 runs every distortion of the path occurs (updates suppressed by the COV increment or
    sent while unsubscribed, device restarts losing their partial count and their subscriptions, full subscription
    tables refusing the monitor, renewals re-sending the current value, datagrams lost, confirmed notifications
    retried, dropped or repeated, copies counted twice or dropped as repeats, polls and unanswered polls, copies
    re-binned after their minute closed or binned in another minute, BBMD outages, clock synchronisations), and every
    setting of the run's switches."""
    total, flags = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT220_SEEDS[:6]):
            p = run.path
            flags |= {("dedup", p.dedup), ("confirmed", p.confirmed), ("device_time", p.device_time),
                      ("foreign", p.foreign), ("iam", p.iam), ("nodes", int(run.nodes.max()))}
            for k, v in p.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h220.PATH_KEYS:
        assert total[k] > 0, k
    for name in ("dedup", "confirmed", "device_time", "foreign", "iam"):
        assert {(name, True), (name, False)} <= flags, name
    assert {("nodes", 1), ("nodes", 2), ("nodes", 4)} <= flags


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's sum of a minute's counts (per s), stamped at the minute's end; a minute that read
    nothing is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h220.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h220.TICK)), min(run.nt, int(b // h220.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h220.STEP), min(int(np.ceil(b / h220.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_images_per_minute():
    """Away from pauses the reads' sum is near the job's images (lost and suppressed updates, polls recovering
    some, renewals and repeats counted twice where the monitor does not drop them)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.8 < ratio < 1.35 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h220._reads(run, 2 * run.J), 2 * h)


def test_windows_inside():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h220._inside(x, win).tolist() == [False, True, True, False, True, False]
    w = h220._windows(np.random.default_rng(0), 40 * h220.DAY, 2.0, 60, 120)
    assert 40 < len(w) < 130 and (np.diff(w[:, 0]) >= 0).all() and ((w[:, 1] - w[:, 0]) >= 60).all()


def _quiet(**kw):
    """A device's path with every law switched off (no loss, restarts, outages, increment; confirmed, no dedup,
    binned by receipt, renewals every 300 s, polls after 60 s) but those in ``kw``."""
    p = h220._path_config(np.random.default_rng(1), 2000)
    p.counts = {k: 0 for k in h220.PATH_KEYS}
    p.U[:] = 20.0
    p.inc[:] = 0.0
    p.restart_rate, p.p0, p.bursts, p.outages = 0.0, 0.0, np.zeros((0, 2)), np.zeros((0, 2))
    p.confirmed, p.dedup, p.device_time, p.iam, p.full_p = True, False, False, False, 0.0
    p.renew, p.renew_phase, p.poll_after, p.grace, p.apdu = 300.0, 7.0, 60.0, 10.0, 5.0
    for k, v in kw.items():
        setattr(p, k, v)
    return p


def _rate(tk, sk):
    return (tk - sk) * 100.0 * (1 + 0.02 * np.sin(tk / 7.0))


def _device(p):
    return h220._device(np.random.default_rng(2), p, 0, _rate)


def test_path_law_renewals_resend_the_current_value_and_dedup_drops_it():
    d = _device(_quiet())
    c = d.copies
    assert c.max() == 2 and (c >= 1).all() and p_counts_ok(d)
    renewals = int(2000 * 60 / 300)
    assert abs((c == 2).sum() - renewals) <= 2
    d2 = _device(_quiet(dedup=True))
    assert d2.copies.max() == 1


def p_counts_ok(d) -> bool:
    return len(d.k) == len(d.b) and (np.diff(d.tk) > 0).all()


def test_path_law_the_cov_increment_suppresses_small_changes_and_polls_read_the_value():
    p = _quiet(inc=np.full(4, 1e12))
    d = _device(p)
    assert p.counts["suppressed"] == p.counts["updates"] - 1
    assert p.counts["polls"] > 0 and 0 < d.copies.mean() < 0.6  # polls every 60 s read one update of three


def test_path_law_lost_datagrams_unconfirmed_lost_confirmed_retried():
    win = np.array([[10000.0, 13000.0]])
    p = _quiet(bursts=win, burst_loss=1.0, confirmed=False)
    d = _device(p)
    inside = (d.tk > 10000) & (d.tk < 12950)
    assert p.counts["lost"] > 0 and p.counts["retries"] == 0
    assert d.copies[inside].max() <= 1 and (d.copies[inside] == 0).mean() > 0.5  # only polls (lost too) or nothing
    p = _quiet(bursts=win, burst_loss=0.5, confirmed=True)
    d = _device(p)
    assert p.counts["retries"] > 0 and p.counts["ack_repeats"] > 0


def test_path_law_restarts_lose_the_partial_count_and_the_subscription():
    p = _quiet(restart_rate=20.0, full_p=0.5, iam=False)
    d = _device(p)
    assert p.counts["restarts"] > 0 and p.counts["partial_lost"] == p.counts["restarts"]
    assert p.counts["unsubscribed"] > 0 and p.counts["table_full"] > 0 and p.counts["refused"] > 0
    lost = d.sk > np.concatenate([[0.0], d.tk[:-1]])
    assert lost.sum() == p.counts["restarts"]


def test_path_law_device_time_behind_rebins_late_copies_at_receipt():
    p = _quiet(device_time=True, grace=5.0)
    p.clocks = [SimpleNamespace(starts=np.zeros(1), base=np.full(1, -90.0), drift=0.0)] * 4
    d = _device(p)
    assert p.counts["late_rebinned"] > 0.9 * len(d.k)
    p = _quiet(device_time=True, grace=5.0)
    p.clocks = [SimpleNamespace(starts=np.zeros(1), base=np.full(1, 30.0), drift=0.0)] * 4
    d = _device(p)
    assert p.counts["late_rebinned"] == 0 and p.counts["other_minute"] > 0.3 * len(d.k)


def test_path_law_bbmd_outage_loses_every_datagram():
    p = _quiet(outages=np.array([[20000.0, 20600.0]]), confirmed=False)
    d = _device(p)
    inside = (d.tk > 20000) & (d.tk < 20540)
    assert p.counts["lost"] >= inside.sum() - 1 and d.copies[inside].sum() == 0


def test_stages_change_the_rate():
    cfg = {"gpu": 1000.0, "ratio": 1e9, "overlap": 0.9, "eff": 0.9, "cpu_exp": 1.0}
    st = (1, 1)
    lv = h220._level(cfg, st)
    assert lv == pytest.approx(1000.0, rel=1e-6)
    assert h220._level(cfg, (4, 1)) == pytest.approx(4 * 0.81 * lv, rel=1e-6)
    assert h220._level(cfg, (1, 3)) == pytest.approx(lv / (288 / 224) ** 2, rel=1e-6)
    assert h220._level({**cfg, "ratio": 1.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["ratio"] = 1.5
    for _ in range(20):
        new = h220._next_stage(rng, cfg, st, h220._level(cfg, st))
        ratio = h220._level(cfg, new) / h220._level(cfg, st)
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
    tc.check_event_weights(h220._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout220, HELDOUT220_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout220, 2202000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout220(2202000, n_events=9)


def test_pauses_and_segments_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(s[1] <= s2[0] for s, s2 in zip(run.segs, run.segs[1:]))
