"""The hundred-and-twenty-first held-out trace family (a chip macro-placement policy's PPO training placements/s, one
stdout line per optimizer step kept by journald, a ``journalctl -f`` follower summing them per minute into a gauge the
monitor scrapes): generator checks only (no detector).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean; runs memoised with
``tc.shared_builds``); only the "long" full set is built here, for its shapes, its row of the docstring's counts table
and the path's distortions (with its first 6 healthy runs and the 4 "short" runs of the laws; the "short" row was
measured on the full set, and is not re-measured here)."""

import numpy as np
import pytest

import anomaly.heldout121 as h121
import tests.trace_checks as tc
from anomaly.heldout120 import HELDOUT120_SEEDS
from anomaly.heldout121 import HELDOUT121_SEEDS, heldout121_set, make_heldout121
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT121_SEEDS[:4]
SPANS = h121.SPANS

shared_builds = tc.shared_builds(h121)

_set, traces, _full_long = tc.cheap_sets(heldout121_set, SEEDS, n=N)


def _builds(setting: str, n: int = N, seeds=SEEDS) -> list:
    return [h121._build(seed, n, setting) for seed in seeds]


def _true(run, n: int = N) -> np.ndarray:
    """The job's placements/s per minute of true time (what a point should be about)."""
    C = np.concatenate([[0.0], np.cumsum(run.J)])
    return (C[(np.arange(n) + 1) * h121.K] - C[np.arange(n) * h121.K]) / h121.STEP


def test_seed_range_is_its_own():
    assert HELDOUT121_SEEDS == tuple(range(1212000, 1212012))
    assert not set(HELDOUT121_SEEDS) & set(HELDOUT120_SEEDS)


PINNED_EVENTS = [Event("drop", 435, 435, 634, 0.206), Event("leak", 1320, 1845, 2041, 0.2791),
                 Event("straggler", 2557, 2557, 2846, 0.2174)]
PINNED_SUM = 118560.81411530294
PINNED_PAUSES = [(0, 13), (34, 44), (63, 68)]
PINNED_CHANGES = [989, 2174]
LISTED_LONG = 16
CHANGES_LINE = "short 12, long 16"
# the path's counts seen over the "long" set's first 6 runs and the 4 "short" runs of the laws
ALWAYS_SEEN = tuple(k for k in h121.PATH_KEYS if k not in ())


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout121, 1212001, 1212002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES,
                    changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout121(1212000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout121(1212000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_and_counts_table_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT121_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h121.__doc__, LISTED_LONG, CHANGES_LINE)
    tc.check_changes_move_the_level(ts, min_checked=2)


def test_the_paths_distortions_occur():
    """Over the "long" set's first 6 runs and the laws' 4 "short" runs every distortion of the path occurs (lines
    lost in the stdout buffer at a crash, journald's rate limit, lines delayed by a journald restart, lines lost or
    read twice at a follower restart without its cursor, open minutes lost, late lines folded or dropped, repeated
    and skipped reads, failed scrapes), and both of each policy (buffered stdout, folding, a kept cursor)."""
    total, pol = {}, {"buffered": set(), "fold": set(), "cursor": set()}
    for run, h, spans, live, changes in _builds("long", 6000, HELDOUT121_SEEDS[:6]) + _builds("short"):
        for k in pol:
            pol[k].add(getattr(run.path, k))
        for k, v in run.path.counts.items():
            total[k] = total.get(k, 0) + v
    for k in ALWAYS_SEEN:
        assert total[k] > 0, k
    assert all(v == {True, False} for v in pol.values()), pol


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_the_minutes_ends(traces):
    """A point is the monitor's scrape of the gauge after a minute; a read of nothing (0) is paused."""
    tc.check_aligned_steps(traces[1], (60,))
    for t in traces[1]:
        assert np.array_equal(t.timestamps, h121.EPOCH + 60.0 * (np.arange(N) + 1))
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
                i0, i1 = int(np.ceil(a / h121.TICK)), min(run.nt, int(b // h121.TICK))
                assert not run.J[i0:i1].any(), (a, b, kind)
                s, e = int(a // h121.STEP), min(int(np.ceil(b / h121.STEP)), N)
                assert not live[s:e].any(), (a, b, kind)
            kinds = {k for a, b, k in run.pauses_t}
            assert kinds >= {"startup", "eval", "ckpt"}
            seen |= kinds
    assert seen >= {"crash", "relaunch"}


def test_the_reads_are_about_the_jobs_placements_per_minute():
    """Away from pauses the reads' sum is the job's placements (the path shifts, loses and repeats lines)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            ratio = h[live].sum() / _true(run)[live].sum()
            assert 0.95 < ratio < 1.05 and (h >= 0).all(), (setting, ratio)


def test_the_reads_are_linear_and_the_iterations_cover_the_lives():
    """An iteration holds B placements (a power of 2; a life's first one spans a part-tick), and the reads are
    linear in the job's placements."""
    for run, h, spans, live, changes in _builds("short"):
        p = run.path
        assert np.allclose(h121._reads(run, 2 * run.J), 2 * h)
        C = np.concatenate([[0.0], np.cumsum(run.J)])
        body = h121._at(C, run.J, p.it_t1) - h121._at(C, run.J, p.it_t0)
        assert np.isclose(body, 2.0 ** np.round(np.log2(body))).mean() > 0.9  # B placements, a power of 2
        assert (p.it_t1 > p.it_t0).all() and (p.cw > 0).all()
        assert (np.diff(p.cit * p.nb + p.cbin) > 0).all()


def test_episodes_and_inside():
    rng = np.random.default_rng(0)
    ep = h121._episodes(rng, 1e6, (0, 10), (5, 20), (300, 1800))
    assert ep and all(a < 1e6 and 300 <= b - a <= 1800 for a, b in ep)
    assert all(b1 <= a2 for (a1, b1), (a2, b2) in zip(ep, ep[1:]))
    x = np.array([ep[0][0] - 1, ep[0][0] + 1, ep[0][1] + 0.5])
    assert list(h121._inside(x, ep)) == [-1, 0, -1] and list(h121._inside(x, [])) == [-1, -1, -1]
    assert h121.K == 12 and h121.TICK * h121.K == h121.STEP and h121.EPOCH % 60 == 0


def test_stages_change_the_rate():
    cfg = {"workers": 128, "per_worker": 0.2, "eff": 0.9, "cost_g": 2.0}
    st = {"size": 0, "pool": 1.0}
    lv = h121._level(cfg, st)
    assert lv == pytest.approx(128 * 0.2)
    assert h121._level(cfg, {**st, "size": 1}) == pytest.approx(lv / 2)
    assert h121._level(cfg, {**st, "pool": 4.0}) == pytest.approx(4 * 0.9 ** 2 * lv)
    rng = np.random.default_rng(0)
    for _ in range(20):
        new = h121._next_stage(rng, cfg, st, lv)
        ratio = h121._level(cfg, new) / lv
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
            assert len(changes) <= len(run.known_t) == run.counts["relaunches"] == len(run.stages) - 1


def test_weights():
    tc.check_event_weights(h121._weight)


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout121, HELDOUT121_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout121, 1212000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout121(1212000, n_events=9)
