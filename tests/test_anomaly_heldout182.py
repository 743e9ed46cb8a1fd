"""The hundred-and-eighty-second held-out trace family (a phishing-email classifier's emails/s, added by each node's
reporter as a document to a SolrCloud collection every 15-30 s and summed per minute of the document's time or of the
server's stamp by a monitor that queries the collection once a minute): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout182 as h182
import tests.trace_checks as tc
from anomaly.heldout150 import HELDOUT150_SEEDS
from anomaly.heldout182 import HELDOUT182_SEEDS, heldout182_set, make_heldout182
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT182_SEEDS[:4]
SPANS = h182.SPANS

shared_builds = tc.shared_builds(h182)

_set, traces, _full_long = tc.cheap_sets(heldout182_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h182._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's emails/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h182.K] - C[np.arange(n) * h182.K]) / h182.STEP


def test_seed_range_is_its_own():
    assert HELDOUT182_SEEDS == tuple(range(1822000, 1822012))
    assert not set(HELDOUT182_SEEDS) & set(HELDOUT150_SEEDS)


PINNED_EVENTS = [Event("straggler", 446, 446, 639, 0.1022), Event("leak", 977, 1333, 1591, 0.2517),
                 Event("drop", 2094, 2094, 2266, 0.2223), Event("straggler", 2770, 2770, 3000, 0.2491)]
PINNED_SUM = 860635.4643624139
PINNED_PAUSES = [(0, 9), (66, 73), (124, 132)]
PINNED_CHANGES = [1665]
LISTED_LONG = 15
CHANGES_LINE = "short 15, long 15"
# the path's distortions seen over the long full set and the first 6 short builds (all but one: a PULL replica's
# missing documents, checked on its own law below)
ALWAYS_SEEN = tuple(k for k in h182.PATH_KEYS if k != "pull_replica_missing")


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout182, 1822000, 1822001, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout182(1822000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout182(1822000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT182_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h182.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_path_refuses_retries_duplicates_delays_and_moves():
    """Over the long full set's runs and the first 6 short ones every distortion of the path occurs (leader losses
    and node restarts, slow episodes, failed tries and retries, dropped and carried documents, adds landed twice,
    counted twice, overwritten or refused with a 409, documents not yet visible at their query, failed queries,
    unread minutes, documents in another minute than their interval's end, node clock steps, intervals lost in a
    crash, leader clock changes), and every setting of the path's modes."""
    _full_long()
    total, modes = {}, {}
    runs = _builds("long", 6000, HELDOUT182_SEEDS) + _builds("short", 6000, HELDOUT182_SEEDS[:6])
    for run, h, spans, live, changes in runs:
        for k, v in run.path.counts.items():
            total[k] = total.get(k, 0) + v
        for k in ("key", "field", "give_up", "rf", "replicas"):
            modes.setdefault(k, set()).add(run.path.modes[k])
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert modes == {"key": {"fresh", "overwrite", "occ"}, "field": {"doc", "stamp"}, "give_up": {"carry", "drop"},
                     "rf": {1, 2, 3}, "replicas": {"nrt", "pull"}}


def test_rows_are_counted_when_visible_to_the_replica_that_answers():
    """A row is visible on the leader at the soft commit after it landed (within ``soft`` s), on a PULL replica only
    after a hard commit and the replica's next poll; it is counted when its minute is in the trace, its (last) query
    did not fail and the replica that answered it saw the row. With stable keys a document has one row at most."""
    for run, h, spans, live, changes in _builds("short") + _builds("long"):
        r, m = run.path.rows, run.path.modes
        assert (r["vis_l"] >= r["t"]).all() and (r["vis_l"] <= r["t"] + m["soft"] + 1e-9).all()
        vis = np.where(r["pull"], r["vis_p"], r["vis_l"])
        want = (r["bin"] >= 0) & (r["bin"] < run.n) & ~r["qfail"] & (vis <= r["q"])
        assert np.array_equal(want, r["counted"])
        if m["key"] != "fresh":
            assert len(np.unique(r["doc"])) == len(r["doc"])
        assert (r["vis_p"] >= r["t"] + 0.5).all()  # a hard commit, the next poll and a 0.5-3 s fetch
    rng = np.random.default_rng(0)
    t = np.sort(rng.uniform(0, 600, 200))
    soft = h182._commits(t, 15.0)
    assert (soft >= t).all() and (soft <= t + 15).all() and len(np.unique(soft)) < len(t)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's emails/s of a minute of the time field, stamped at the minute's end; a minute that
    read nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h182.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h182.TICK)), min(run.nt, int(b // h182.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h182.STEP), min(int(np.ceil(b / h182.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval"}
            seen |= kinds
    assert seen >= {"ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_emails_per_minute():
    """Away from pauses the reads' sum is near the job's emails (the path moves, drops, repeats and hides
    documents; a monitor that queries before a soft commit or a PULL replica's poll misses some for good)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.85 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_a_document_counts_at_most_twice():
    for run, h, spans, live, changes in _builds("short"):
        assert np.allclose(h182._reads(run, 2 * run.J), 2 * h)
        c = run.path.copies
        assert set(np.unique(c)) <= {0, 1, 2}
        assert c.max() <= (2 if run.path.modes["key"] == "fresh" else 1)


def test_windows_and_the_reporters_documents():
    win = np.array([[10.0, 20.0], [50.0, 80.0]])
    x = np.array([5.0, 10.0, 15.0, 20.0, 60.0, 90.0])
    assert h182._inside(x, win).tolist() == [False, True, True, False, True, False]
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert 15 <= p.P <= 30 and (p.b > p.a).all() and (p.share > 0).all()
        o = p.outages
        assert (np.diff(o[:, 0]) > 0).all() and (o[:, 1] >= o[:, 0]).all() and (o[:, 2] > o[:, 1]).all()


def test_stages_change_the_rate():
    cfg = {"gpn": 1, "gpu": 1000.0, "eff": 0.9, "cpu": 1e9, "len_c": 1.5, "deb_c": 2.0, "feat_c": 1.4}
    st = {"nodes": 1, "maxlen": 0, "deberta": 0, "feat": 0}
    lv = h182._level(cfg, st)
    assert lv == pytest.approx(1000.0)
    assert h182._level(cfg, {**st, "maxlen": 2}) == pytest.approx(lv / 1.5 ** 2)
    assert h182._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    assert h182._level({**cfg, "cpu": 1000.0}, st) < 0.95 * lv  # both sides near: the step waits for the slower
    rng = np.random.default_rng(0)
    cfg["cpu"] = 1500.0
    for _ in range(20):
        new = h182._next_stage(rng, cfg, st, h182._level(cfg, st))
        ratio = h182._level(cfg, new) / h182._level(cfg, st)
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
    tc.check_event_weights(h182._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout182, HELDOUT182_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout182, 1822000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout182(1822000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t]
            assert all(a < b <= a2 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
