"""The fifty-fifth held-out trace family (a BEVFormer-style perception model's training samples/s: every rank's
``Logger.report_scalar`` through the ClearML SDK's batching thread, read back per minute from the server's
downsampled scalar histogram and summed over the ranks): generator checks only (no detector runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes and its row of the docstring's counts table (the "short" row and its changes
line were measured on the full sets, and are not re-measured here)."""


import numpy as np
import pytest

import anomaly.heldout55 as h55
import tests.trace_checks as tc
from anomaly.heldout53 import HELDOUT53_SEEDS
from anomaly.heldout55 import HELDOUT55_SEEDS, heldout55_set, make_heldout55
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT55_SEEDS[:4]
# a validation with its checkpoint, or a restart (with the iter key: and its replay)
SPANS = {"short": (1, 100), "long": (1, 150)}

shared = tc.shared_builds(h55)  # the sets and the tests build each run once

PINNED_EVENTS = [Event("straggler", 479, 479, 620, 0.168), Event("leak", 1522, 1829, 1960, 0.0735),
                 Event("drop", 2132, 2132, 3000, 0.1494)]
PINNED_SUM = 80933.282
PINNED_PAUSES = [(48, 55), (109, 115), (168, 176)]
PINNED_CHANGES = [822]


_set, traces, _full_long = tc.cheap_sets(heldout55_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h55._build(seed, N, setting) for seed in SEEDS]


def test_seed_range_is_its_own():
    assert HELDOUT55_SEEDS == tuple(range(552000, 552012))
    assert not set(HELDOUT55_SEEDS) & set(HELDOUT53_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout55, 552004, 552005, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout55(552000, n=2000, setting="long"), make_heldout55(552000, n=2000, pauses="long"))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT55_SEEDS)
    tc.check_every_kind_placed(ts, first=600)
    for t in ts:
        tc.check_family_pauses("long", t, SPANS, min_count=6, starts_paused=False)
    builds = [h55._build(seed, 6000, "long") for seed in HELDOUT55_SEEDS]  # memoised: the set's own runs
    unfreeze = sum(k == "unfreeze" for b in builds for k in b[0].known_kind)
    listed = sum(len(b[4]) for b in builds)
    line = f"long {listed} ({unfreeze} backbone unfreezes, {listed - unfreeze} restarts on another node count)"
    tc.check_counts_and_changes(("long", ts), h55.__doc__, listed, line)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minute_steps(traces):
    tc.check_aligned_steps(traces[1], (60.0,))


def test_pause_spans(traces):
    setting, ts = traces
    for t in ts:
        # the full traces' 12 (short) and 6 (long) spans or more, halved for half the points
        assert len(t.pauses) >= (6 if setting == "short" else 3) and t.pauses[0][0] > 0, t.seed
        tc.check_pause_spans(t, *SPANS[setting], n=N, apart=True)
        if setting == "long":
            assert any(e - s > 60 for s, e in t.pauses), t.seed


def test_every_minute_that_overlaps_a_pause_lies_in_a_span():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting)[:4]:
            t = run.lead + h55.DT * np.arange(run.n)
            for a, b, kind in run.pauses_t:
                assert not live[(t < b - 0.5) & (t + h55.DT > a + 0.5)].any(), (a, b, kind)


def test_equal_reports_sum_to_the_ranks():
    """Every rank reports the same value ``c``: a live minute whose reports all arrived reads ``c`` times the
    ranks of the world size (the bucket means of a rank are all ``c``; the poller sums the ranks' series)."""
    checked = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            v = _values_const(run)
            assert (np.diff(run.t) >= 0).all()  # sorted: a minute's reports are one slice
            for m in np.nonzero(live)[0][::97]:
                p = run.lead + h55.DT * (m + 1) + run.col["lag"]
                k = slice(*np.searchsorted(run.t, [run.lead + h55.DT * m, run.lead + h55.DT * (m + 1)]))
                if k.start >= k.stop or not np.isfinite(run.vis[k][:, :run.nr[k][0]]).all():
                    continue
                if (run.vis[k][:, :run.nr[k][0]] > p).any() or len(set(run.nr[k])) > 1:
                    continue
                if v[m] == 0:  # the iter key: the series did not move on (a replay)
                    continue
                assert v[m] == pytest.approx(3.0 * run.nr[k][0]), (m, v[m], run.nr[k][0])
                checked += 1
    assert checked > 66  # 200 on 6 runs of each setting at n=6000: a third of the minutes here


def _values_const(run):
    return h55._values(run, np.full(len(run.v), 3.0))


def test_the_iter_key_reads_zero_through_a_replay():
    """With the ``iter`` x axis, after a requeue the job replays the steps since its last checkpoint: the
    poller sees no step past the last one each series showed, the minutes lie in the restart's span and, on the
    same node count, read 0 (ranks that are new to the series show the replay at once)."""
    seen = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            if run.col["key"] != "iter":
                continue
            for stop, resume, former, same in run.restarts:
                j = np.searchsorted(run.t, resume)
                k = np.nonzero(run.it[j:] > former)[0]
                if len(k) == 0 or run.t[j + k[0]] > run.lead + h55.DT * run.n or stop < run.lead:
                    continue
                m0 = int((resume - run.lead) // h55.DT) + 1
                m1 = int((run.t[j + k[0]] - run.lead) // h55.DT) - 1
                if m1 > m0:  # in the span; on the same ranks (same node count) the series read nothing new
                    assert not live[m0:m1].any() and ((h[m0:m1] == 0).all() or not same)
                    seen += same
    assert seen >= 2


def test_timestamp_buckets_widen_as_the_history_grows():
    """The server keeps at most ``samples`` buckets: with the timestamp key a bucket is ``ceil(range / samples)`` ms,
    so late in a long history a minute in which no bucket starts reads the running mean of the bucket that began
    before it (reports valued at their own time: the mean of the bucket's reports so far), while early on (buckets
    under a minute) a minute reads only its own reports."""
    late = early = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            if run.col["key"] != "timestamp":
                continue
            v = h55._values(run, run.t.copy())
            base = (h55.T0 - run.lead) * 1000.0
            assert (np.diff(run.t) >= 0).all()  # sorted: the reports of a time range are one slice
            for m in np.nonzero(live & (v > 0))[0]:
                a = run.lead + h55.DT * m
                w = np.ceil((a + h55.DT + run.col["lag"] - run.t[0]) * 1000.0 / run.col["samples"])
                k = slice(*np.searchsorted(run.t, [a, a + h55.DT]))
                if k.start >= k.stop or len(set(run.nr[k])) > 1:
                    continue
                a_ms = base + a * 1000.0
                key = (np.floor(a_ms / w) * w - base) / 1000.0
                if np.floor((a_ms + 59999.0) / w) == np.floor(a_ms / w) and key < a:
                    j = slice(*np.searchsorted(run.t, [key, a + h55.DT]))
                    vis = run.vis[j][:, :run.nr[k][0]]
                    if len(set(run.nr[j])) > 1 or (vis > a + h55.DT + run.col["lag"]).any():
                        continue
                    assert v[m] == pytest.approx(run.nr[k][0] * run.t[j].mean()), (m, w)
                    late += run.t[j].min() < a - 30  # the minute shows reports from before it
                elif w < 60000:
                    assert v[m] <= run.nr[k][0] * (a + h55.DT)
                    early += 1
    # 1000 and 100 over the 24 full runs (n=6000): a sixth of the run-minutes here
    assert late > 166 and early > 16


def test_events_placement(traces):
    tc.check_event_placement(traces[1], 3, 4, first=N // 10, n=N)
    for k, t in enumerate(traces[1]):
        assert (k + 1) % 4 == 0 or {e.kind for e in t.events} == {"drop", "straggler", "leak"}, t.seed


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=2)  # 4 on the full sets


def test_weights():
    rng = np.random.default_rng(0)
    x = np.arange(5000.0)
    w = h55._weight(rng, "leak", x, 3000.0)
    assert w[0] == 0 and (np.diff(w[:3000]) >= 0).all() and np.allclose(w[3000:], 1)
    w = h55._weight(rng, "straggler", x, 0)
    assert len(np.unique(w)) == 2 and w.max() == 1 and w.min() < 0.16
    w = h55._weight(rng, "drop", x, 0)
    assert w[0] == 0 and (w[130:] >= 0.9).all() and (w <= 1.1).all()


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout55, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout55, 552000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout55(552000, n_events=9)
