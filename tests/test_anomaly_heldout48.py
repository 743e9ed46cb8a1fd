"""The forty-eighth held-out trace family (a speaker-verification model's training utterances/s: each node's counter
file read by an Icinga 2 service check whose plugin keeps the previous value in a state file, written by the
GraphiteWriter and read back per minute as ``sumSeries(keepLastValue(...))``): generator checks only (no detector
runs here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
healthy runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long"
full set is built here, for its shapes, its row of the docstring's counts table and its changes and run counts (the
"short" row, changes line and run counts were measured on the full sets, and are not re-measured here)."""


import numpy as np
import pytest

import anomaly.heldout48 as h48
import tests.trace_checks as tc
from anomaly.heldout46 import HELDOUT46_SEEDS
from anomaly.heldout48 import HELDOUT48_SEEDS, heldout48_set, make_heldout48
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT48_SEEDS[:4]
# a value whose rate window covers a pause (after a disconnect or a timeout) is a span of its own: 1 point or more
SPANS = {"short": (1, 30), "long": (1, 110)}

shared = tc.shared_builds(h48)  # the sets and the tests build each run once

PINNED_EVENTS = [Event("leak", 351, 764, 1141, 0.1003), Event("straggler", 1893, 1893, 2041, 0.1447),
                 Event("drop", 2698, 2698, 2941, 0.1798)]
PINNED_SUM = 9096303.3
PINNED_PAUSES = [(38, 45), (111, 120), (184, 194)]
PINNED_CHANGES = [2518, 2605]


_set, traces, _full_long = tc.cheap_sets(heldout48_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h48._build(seed, N, setting) for seed in SEEDS]


def _full_long_builds() -> list:
    _full_long()
    return [h48._build(seed, 6000, "long") for seed in HELDOUT48_SEEDS]  # memoised: the set's own runs


def test_seed_range_is_its_own():
    assert HELDOUT48_SEEDS == tuple(range(482000, 482012))
    assert not set(HELDOUT48_SEEDS) & set(HELDOUT46_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout48, 482004, 482005, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout48(482000, n=2000, setting="long"), make_heldout48(482000, n=2000, pauses="long"))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT48_SEEDS)
    tc.check_every_kind_placed(ts, first=600)
    for t in ts:
        tc.check_family_pauses("long", t, SPANS, min_count=12, starts_paused=False)
    builds = _full_long_builds()
    stage = sum(k == "stage" for b in builds for k in b[0].known_kind)
    listed = sum(len(b[4]) for b in builds)
    line = f"long {listed} ({stage} fine-tuning switches, {listed - stage} node-count changes)"
    tc.check_counts_and_changes(("long", ts), h48.__doc__, listed, line)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_whisper_minutes(traces):
    tc.check_aligned_steps(traces[1], (60.0,))


def test_pause_spans(traces):
    setting, ts = traces
    for t in ts:
        # the full traces' 12 spans or more, halved for half the points
        assert len(t.pauses) >= 6 and t.pauses[0][0] > 0, t.seed
        tc.check_pause_spans(t, *SPANS[setting], n=N, apart=True)
    if setting == "long":  # each full long trace has one: checked on the full set
        assert any(e - s > 60 for t in ts for s, e in t.pauses)
    lengths = np.array([e - s for t in ts for s, e in t.pauses if e < N])
    if setting == "long":  # the evaluations themselves are 30 minutes or more
        assert np.mean(lengths >= 30) > 0.8
    else:
        assert np.mean((lengths >= 4) & (lengths <= 24)) > 0.9


def test_every_paused_minute_and_every_value_over_a_pause_lies_in_a_span():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting)[:3]:
            m0 = h48.T0 + 60.0 * np.arange(run.n)
            for a, b, kind in run.pauses_t:
                assert not live[(m0 < b) & (m0 + 60 > a)].any(), (a, b, kind)
                for life in run.lives:  # no step ends inside a pause
                    ends = life[4]
                    assert not ((ends > a + 1e-6) & (ends < b - 1e-6)).any()
            for k, ch in enumerate(run.checks):
                if ch is None:
                    continue
                v, w0, w1 = h48._node_slots(run, k, {})
                over = np.zeros(run.n, bool)
                for a, b, _ in run.pauses_t:
                    over |= ~np.isnan(v) & (w0 < b) & (w1 > a)
                assert not live[over].any()


def test_the_scheduler_follows_update_next_check():
    """``next = now - adj + interval``, ``adj`` at most ``0.5 + fmod(offset, 5 interval) / 100``; the retry interval
    while soft; the next check starts at or after its planned time."""
    run = _builds("short")[0][0]
    seen_retry = False
    for ch in run.checks:
        if ch is None:
            continue
        iv, nxt, end = ch["interval"], ch["next"], ch["end"]
        cap = 0.5 + np.fmod(ch["offset"], iv * 5) / 100.0
        gap = nxt - (end + 0.002)
        assert (gap <= iv + 1e-9).all() and (gap >= iv - cap - 1e-9).all()
        assert (ch["start"][1:] >= nxt[:-1] - 1e-9).all()
        seen_retry |= bool((iv == run.RI).any()) and run.RI != run.CI
    assert seen_retry


def test_a_relaunch_reads_unknown_first_and_writes_no_value():
    """The counter went back: the plugin writes its state file and prints no performance data (kind 1)."""
    checked = 0
    for run, h, spans, live, changes in _builds("long")[:4]:
        for prev, life in zip(run.lives, run.lives[1:]):
            for node in set(life[2]) & set(prev[2]):
                ch = run.checks[node]
                i = int(np.searchsorted(ch["start"], life[0]))
                kinds = ch["kind"][i:i + 20]
                assert kinds[kinds != 2][0] == 1
                checked += 1
    assert checked >= 3


def test_events_placement(traces):
    # every kind in each regressed trace: checked on the full "long" set (at n=3000 a trace may miss one)
    tc.check_event_placement(traces[1], 3, 4, first=N // 10, n=N)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_docstring_run_counts_long():
    doc = " ".join(h48.__doc__.split())
    runs = [b[0] for b in _full_long_builds()]
    intervals = "/".join(str(sum(r.CI == v for r in runs)) for v in (30.0, 60.0, 120.0))
    assert f" and {intervals};" in doc and "check intervals of 30, 60, 120 s in " in doc
    b = {k: sum(r.stats[k] for r in runs) for k in ("requeues", "timeouts", "disconnects", "outages")}
    assert f" and {b['requeues']} requeues" in doc
    assert f" and {b['timeouts']} check timeouts" in doc
    assert f" and {b['disconnects']} agent disconnects" in doc
    assert f" and {b['outages']} carbon outages" in doc


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=2)  # 4 on the full sets


def test_changes_are_the_switch_and_requeues_onto_other_node_counts():
    unlisted = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            assert len(changes) == len(run.known_t) and sum(k == "stage" for k in run.known_kind) <= 1
            for prev, nxt in zip(run.lives, run.lives[1:]):
                listed = nxt[0] in run.known_t
                assert listed == (nxt[3] != prev[3] or len(nxt[2]) != len(prev[2]))
                unlisted += not listed
    assert unlisted >= 3


def test_weights():
    rng = np.random.default_rng(0)
    x = np.arange(5000.0)
    w = h48._weight(rng, "leak", x, 3000.0)
    assert w[0] == 0 and (np.diff(w[:3000]) >= 0).all() and np.allclose(w[3000:], 1)
    w = h48._weight(rng, "straggler", x, 0)
    assert set(np.unique(w)) == {0.15, 1.0} and (w == 1).mean() > 0.05
    w = h48._weight(rng, "drop", x, 0)
    assert w[0] == 0 and (w[60:] >= 0.94).all() and (w <= 1.06).all()


def test_lost_utterances_are_whole_counter_writes_and_held():
    run = _builds("short")[0][0]
    li = 0
    f = np.full(500, 0.137)
    lost = h48._lost(run, [(li, 100, f)])[li]
    assert (lost[:100] == 0).all() and np.allclose(lost % run.K, 0) and (lost[600:] == lost[599]).all()


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout48, SEEDS[:2], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout48, 482000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout48(482000, n_events=9)
