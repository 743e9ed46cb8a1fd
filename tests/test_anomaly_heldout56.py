"""The fifty-sixth held-out trace family (a DeepVariant-style variant caller's training pileup images/s: a JSON log line
per rank every ``K`` steps, a node's logging agent, Cloud Logging, a distribution log-based metric read per minute from
Cloud Monitoring with ALIGN_DELTA and REDUCE_SUM): generator checks only (no detector runs here)."""

from functools import lru_cache

import numpy as np
import pytest

import anomaly.heldout56 as h56
import tests.trace_checks as tc
from anomaly.heldout54 import HELDOUT54_SEEDS
from anomaly.heldout56 import HELDOUT56_SEEDS, heldout56_set, make_heldout56
from anomaly.traces import Event

# validations (with checkpoints and reshards) and VM failures; the long setting's spans reach about 100 minutes
SPANS = {"short": (1, 15), "long": (1, 130)}

traces = tc.traces_fixture(heldout56_set)
shared = tc.shared_builds(h56)  # the set and the tests build each run once

PINNED_EVENTS = [Event("straggler", 512, 512, 983, 0.2829), Event("leak", 1536, 1877, 2040, 0.1817),
                 Event("drop", 2647, 2647, 2933, 0.1249)]
PINNED_SUM = 9618845.008114886
PINNED_PAUSES = [(12, 16), (68, 72), (104, 107)]
PINNED_CHANGES = [1400, 2326]


@lru_cache(maxsize=2)
def _builds(setting: str) -> list:
    return [h56._build(seed, 6000, setting) for seed in HELDOUT56_SEEDS]


def test_seed_range_is_its_own():
    assert HELDOUT56_SEEDS == tuple(range(562000, 562012))
    assert not set(HELDOUT56_SEEDS) & set(HELDOUT54_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout56, 562004, 562005, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout56(562000, n=2000, setting="long"), make_heldout56(562000, n=2000, pauses="long"))


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], HELDOUT56_SEEDS)


def test_timestamps_are_the_aligned_minutes(traces):
    tc.check_aligned_steps(traces[1], (60.0,))


def test_pause_spans(traces):
    setting, ts = traces
    for t in ts:
        tc.check_family_pauses(setting, t, SPANS, min_count=12, starts_paused=False)
    lengths = np.array([e - s for t in ts for s, e in t.pauses if e < 6000])
    if setting == "long":
        assert np.mean(lengths >= 20) > 0.5
    else:
        assert np.mean(lengths <= 6) > 0.9


def test_every_bin_that_meets_a_pause_lies_in_a_span_and_no_line_is_written_in_one():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting)[:4]:
            j = np.arange(run.n)
            for a, b, kind in run.pauses_t:
                assert not live[(60.0 * j + 60 > a) & (60.0 * j < b)].any(), (a, b, kind)
                assert not ((run.tl > a) & (run.tl < b)).any(), (a, b, kind)


def test_lines_carry_k_steps_but_the_first_after_a_restart():
    for run, h, spans, live, changes in _builds("short")[:6]:
        full = run.col["K"] * run.col["B"] * run.col["g"]
        assert (run.ex <= full).all() and (run.ex % (run.col["B"] * run.col["g"]) == 0).all()
        short = run.tl[run.ex < full]
        resumes = np.array([0.0] + [b for a, b, same in run.restarts])
        # each short line is a node's first line after a (re)start
        assert all(((t - resumes) > 0).any() and np.min((t - resumes)[t - resumes > 0]) < 60 * 30 for t in short)
        assert len(short) <= 8 * len(resumes)


def test_late_entries_count_in_the_minute_they_are_received():
    late = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting)[:6]:
            b0 = np.floor(run.tl / 60).astype(int)
            k = run.keep
            assert (run.cb[k] >= b0[k]).all()
            moved = k & (run.cb > b0)
            assert (run.r[moved] > 60.0 * (b0[moved] + 1) + run.W[b0[moved]]).all()
            assert (run.cb[moved] == np.floor(run.r[moved] / 60)).all()
            ontime = k & (run.cb == b0)
            assert (run.r[ontime] <= 60.0 * (b0[ontime] + 1) + run.W[b0[ontime]]).all()
            late += int(moved.sum())
    assert late > 100


def test_a_point_not_yet_written_when_read_shows_zero():
    seen = 0
    for run, h, spans, live, changes in _builds("short"):
        assert np.array_equal(run.missing, run.W[:run.n] > run.col["O"])
        assert (h[run.missing] == 0).all()
        seen += int(run.missing.sum())
    assert seen > 10


def test_only_entries_held_past_the_retry_horizon_are_dropped():
    dropped = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            gone = ~run.keep & (run.cb < run.n)
            for i in np.nonzero(gone)[0][:50]:
                t = run.tl[i]
                # an agent stall may have held it first
                assert any(a - run.col["F"] - 920 <= t < b for a, b in run.col["errs"]), (run.col["errs"], t)
            dropped += int(gone.sum())
    assert dropped > 0


def test_series_sums_the_counted_entries():
    run, h, spans, live, changes = _builds("short")[0]
    k = run.keep
    v = np.bincount(run.cb[k], weights=run.ex[k], minlength=run.n)[:run.n] / 60.0
    v[run.missing] = 0
    assert np.allclose(v, h)
    i0, i1 = (int(i) for i in np.searchsorted(run.tl, [120000.0, 150000.0]))
    w = h56._series(run, [(i0, i1, np.full(i1 - i0, 0.75))])
    assert np.array_equal(w[:1990], h[:1990]) and np.array_equal(w[2600:], h[2600:])
    assert w[2010:2490].sum() < 0.8 * h[2010:2490].sum()


def test_events_placement(traces):
    tc.check_every_kind_placed(traces[1], first=600)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_docstring_counts_table(traces):
    setting = traces[0]
    runs = [b[0] for b in _builds(setting)]
    data = sum(k == "data" for r in runs for k in r.known_kind)
    listed = sum(len(b[4]) for b in _builds(setting))
    line = f"{setting} {listed} ({data} data switches, {listed - data} VM-count changes)"
    tc.check_counts_and_changes(traces, h56.__doc__, listed, line)


def test_docstring_run_counts():
    doc = " ".join(h56.__doc__.split())
    short, long_ = [[b[0] for b in _builds(s)] for s in ("short", "long")]
    keys = ("failures", "validations", "checkpoints", "lost_steps", "dropped", "late", "unwritten")
    a, b = [{k: sum(r.stats[k] for r in runs) for k in keys} for runs in (short, long_)]
    assert f"{a['failures']} and {b['failures']} VM failures" in doc
    assert f"{a['validations']} and {b['validations']} validations" in doc
    assert f"{a['checkpoints']} and {b['checkpoints']} checkpoints" in doc
    assert f"{a['lost_steps']} and {b['lost_steps']} steps lost" in doc
    assert f"{a['dropped']} and {b['dropped']} entries dropped" in doc
    assert f"{a['late']} and {b['late']} entries counted late" in doc
    assert f"{a['unwritten']} and {b['unwritten']} minutes not yet written" in doc


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], min_checked=4)


def test_changes_are_data_switches_and_restarts_onto_other_vm_counts():
    unlisted = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            assert len(changes) == len(run.known_t) and sum(k == "data" for k in run.known_kind) <= 2
            for a, b, same in run.restarts:
                if b < run.T:
                    assert (b in run.known_t) == (not same)
                    unlisted += same
    assert unlisted >= 2


def test_weights():
    rng = np.random.default_rng(0)
    x = np.arange(5000.0)
    w = h56._weight(rng, "leak", x, 3000.0)
    assert w[0] == 0 and (np.diff(w[:3000]) >= 0).all() and np.allclose(w[3000:], 1)
    w = h56._weight(rng, "straggler", x, 0)
    assert len(np.unique(w)) == 2 and w.max() == 1.0 and w.min() <= 0.3 and (w == 1).mean() > 0.05
    w = h56._weight(rng, "drop", x, 0)
    assert w[0] == 0 and (w[90:] >= 0.96).all() and (w <= 1.03).all()


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout56, HELDOUT56_SEEDS[:2], changes=True, n=6000)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout56, 562000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout56(562000, n_events=9)
