"""The hundred-and-twenty-third held-out trace family (a long-document legal summarization model's fine-tuning,
documents/s, each node's client script sending a Xymon status message with its documents since the last report,
xymond_rrd writing them as RRD rows, the monitor summing the nodes' 300-s steps): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with the first 6 "short" healthy builds, no regressions; the "short" row was measured on
the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout123 as h123
import tests.trace_checks as tc
from anomaly.heldout122 import HELDOUT122_SEEDS
from anomaly.heldout123 import HELDOUT123_SEEDS, heldout123_set, make_heldout123
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT123_SEEDS[:4]
SPANS = h123.SPANS

shared_builds = tc.shared_builds(h123)

_set, traces, _full_long = tc.cheap_sets(heldout123_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h123._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's documents/s per 300-s step of true time (what a point should be about)."""
    C = h123._cum(run.J)
    return (C[(np.arange(n) + 1) * h123.K] - C[np.arange(n) * h123.K]) / h123.STEP


def test_seed_range_is_its_own():
    assert HELDOUT123_SEEDS == tuple(range(1232000, 1232012))
    assert not set(HELDOUT123_SEEDS) & set(HELDOUT122_SEEDS)


PINNED_EVENTS = [Event("drop", 869, 869, 1141, 0.2007), Event("leak", 1218, 1555, 2041, 0.1766),
                 Event("straggler", 2193, 2193, 3000, 0.1889)]
PINNED_SUM = 45587.850767119104
PINNED_PAUSES = [(0, 5), (53, 57), (106, 113)]
PINNED_CHANGES = []
LISTED_LONG = 15
CHANGES_LINE = "short 16, long 15"


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout123, 1232001, 1232002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout123(1232000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout123(1232000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT123_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h123.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_full_sets_path_loses_delays_and_duplicates():
    """Over both sets' first 6 runs every distortion of the path occurs (documents unreported at a stop, sends failed
    and carried or dropped, duplicates, clock steps, host gaps and purple columns, cached rows lost, unknown steps),
    and both carry policies."""
    total, carry = {}, set()
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting, 6000, HELDOUT123_SEEDS[:6]):
            carry.add(run.path.carry)
            for k, v in run.path.counts.items():
                total[k] = total.get(k, 0) + v
    for k in h123.PATH_KEYS:
        assert total[k] > 0, k
    assert carry == {True, False}


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_steps_ends(traces):
    """A point is the summed RRD step, stamped at its end; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (300,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h123.EPOCH + 300.0 * (np.arange(N) + 1))
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
                if kind == "ramp":
                    continue
                i0, i1 = int(np.ceil(a / h123.TICK)), min(run.nt, int(b // h123.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
            for a, b, kind in run.pauses_t:
                s, e = int(a // h123.STEP), min(int(np.ceil(b / h123.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            seen |= {k for a, b, k in run.pauses_t}
    assert seen >= {"startup", "ramp", "eval", "ckpt", "crash", "relaunch"}


def test_the_reads_are_about_the_jobs_documents_per_step():
    """Away from pauses the reads' sum is the job's documents (the path loses, repeats and stretches reports)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_the_reports_cover_the_lives():
    """Each report differences two counter reads of one life, and the reads are linear in the job's documents."""
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert np.allclose(h123._reads(run, 2 * run.J), 2 * h)
        assert (p.B >= p.A).all() and (p.coef > 0).all() and (p.NN >= 1).all()
        starts = np.array([int(lv[0] // h123.TICK) for lv in run.lives] + [run.nt + 1])
        life = np.searchsorted(starts, p.A, side="right")
        assert ((p.A == p.B) | (p.B < starts[life])).all()  # both reads in one life (or an empty report)


def test_episodes_and_inside():
    rng = np.random.default_rng(0)
    ep = h123._episodes(rng, 1e6, 5e4, (60, 360))
    assert ep and all(a < 1e6 and 60 <= b - a <= 360 for a, b in ep)
    assert all(b1 <= a2 for (a1, b1), (a2, b2) in zip(ep, ep[1:]))
    x = np.array([ep[0][0] - 1, ep[0][0] + 1, ep[0][1] + 0.5])
    assert list(h123._inside(x, ep)) == [-1, 0, -1] and list(h123._inside(x, [])) == [-1, -1, -1]
    assert h123.K == 30 and h123.TICK * h123.K == h123.STEP and h123.EPOCH % 300 == 0


def test_stages_change_the_rate():
    cfg = {"gpu": 1.0, "eff": 0.9, "len_c": 1.8}
    st = {"len": 0, "nodes": 1}
    lv = h123._level(cfg, st)
    assert h123._level(cfg, {**st, "len": 2}) == pytest.approx(lv / 1.8 ** 2)
    assert h123._level(cfg, {**st, "nodes": 4}) == pytest.approx(4 * 0.9 ** 2 * lv)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h123._next_stage(rng, cfg, st, lv)
        ratio = h123._level(cfg, new) / lv
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
            assert len(changes) <= len(run.known_t) == run.counts["relaunches"] - run.counts["kept_stage"]


def test_weights():
    tc.check_event_weights(h123._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout123, HELDOUT123_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout123, 1232000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout123(1232000, n_events=9)


def test_pauses_and_lives_are_ordered_and_disjoint():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ends = [(a, b) for a, b, kind in run.pauses_t if kind != "ramp"]  # a ramp's half may hold a pause
            assert all(a < b <= a2 + 1e-6 for (a, b), (a2, b2) in zip(ends, ends[1:])), run.pauses_t
            assert all(b1 <= a2 for (a1, b1, *_), (a2, *_) in zip(run.lives, run.lives[1:]))
