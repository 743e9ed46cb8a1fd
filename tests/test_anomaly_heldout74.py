"""The seventy-fourth held-out trace family (a machine-learned interatomic potential's training structures/s, tracked by
every rank into its own Aim run every ``K`` steps and read back per minute by a watcher through Aim's sampled metric
sequences, summed over the ranks' runs): generator checks only (no detector here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long" full set
is built here, for its shapes and its row of the docstring's counts table (the "short" row and the run counts of the
"short" set were measured on the full sets, and are not re-measured here). The pinned trace and the independence check
use seeds and settings of the law sets, so they reuse those runs. The watcher's reads are checked against a brute-force
re-reading of Aim's sampled sequences on 60 reads of one run per setting."""

import re

import numpy as np
import pytest

import anomaly.heldout74 as h74
import tests.trace_checks as tc
from anomaly.heldout73 import HELDOUT73_SEEDS
from anomaly.heldout74 import HELDOUT74_SEEDS, heldout74_set, make_heldout74
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT74_SEEDS[:4]
SPANS = {"short": (1, 100), "long": (1, 140)}

PINNED_EVENTS = [Event("drop", 648, 648, 916, 0.2493), Event("leak", 1010, 1298, 1590, 0.2461),
                 Event("straggler", 1845, 1845, 2265, 0.1058), Event("straggler", 2420, 2420, 2869, 0.2136)]
PINNED_SUM = 5598746.308073195
PINNED_PAUSES = [(0, 13), (60, 63), (68, 73)]
PINNED_CHANGES = [518, 577]
LISTED_LONG = 25
CHANGES_LINE = "short 24, long 25 (planned relaunches)"

shared_builds = tc.shared_builds(h74)


_set, traces, _full_long = tc.cheap_sets(heldout74_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h74._build(seed, N, setting) for seed in SEEDS]


def _world_structures(run) -> np.ndarray:
    """The job's true structures/s per second (steps/s times the world size and the batch)."""
    world = np.zeros(run.T)
    for p in run.procs:
        world[p["start"]:p["end"]] = p["nodes"] * run.gpn
    return run.rate * world * run.B


def test_seed_range_is_its_own():
    assert HELDOUT74_SEEDS == tuple(range(742000, 742012))
    assert not set(HELDOUT74_SEEDS) & set(HELDOUT73_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout74, 742001, 742002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout74(742000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout74(742000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_counts_table_and_runs_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT74_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h74.__doc__, LISTED_LONG, CHANGES_LINE)
    doc = " ".join(h74.__doc__.split())
    meta = [h74._build(seed, 6000, "long")[0].meta for seed in HELDOUT74_SEEDS]  # memoised: the set's own runs
    rows = {"a new Aim run per launch / the run's hash resumed": "/".join(
                str(sum(m["fresh"] == k for m in meta)) for k in (True, False)),
            "remote tracking server / a shared repository": "/".join(
                str(sum(m["remote"] == k for m in meta)) for k in (True, False)),
            "density 250 / 500 / 1000": "/".join(str(sum(m["p"] == k for m in meta)) for k in h74.DENSITY),
            "neighbour lists built on the fly": sum(m["otf"] for m in meta),
            "MACE / NequIP / Allegro": "/".join(str(sum(m["model"] == k for m in meta)) for k in h74.MODELS)}
    for label, value in rows.items():
        assert re.search(rf"{label}: \S+ \(short\), {value} \(long\)", doc), (label, value)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_whole_minutes_and_skipped_reads_are_paused():
    """A point is the watcher's read of one whole UTC minute, stamped at its start; a failed query (the Aim API
    timing out) leaves no point, and its neighbours are paused; a minute that read 0 is paused."""
    skipped = 0
    assert h74.EPOCH % 60 == 0
    for setting in ("short", "long"):
        for t, (run, h, spans, live, changes) in zip(_set(setting), _builds(setting)):
            assert np.all(t.timestamps % 60 == 0) and t.timestamps[0] == h74.EPOCH, t.seed
            d = np.diff(t.timestamps)
            assert (d >= 60).all(), t.seed
            paused = tc.paused_mask(t)
            assert paused[h <= 0].all(), t.seed
            for i in np.flatnonzero(d > 60):
                assert paused[i] and paused[i + 1], (t.seed, i)
            skipped += int((d > 60).sum())
    assert skipped >= 1


def test_pause_spans(traces):
    tc.check_set_pause_spans(traces, SPANS, N, apart=True)


def test_nothing_is_trained_in_a_pause_and_its_points_are_paused():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b, kind in run.pauses_t:
                assert not run.rate[a:b].any(), (a, b, kind)
                inside = (run.km * 60 + 60 > a) & (run.km * 60 < b)
                assert not live[inside].any(), (a, b, kind)
            assert {k for a, b, k in run.pauses_t} >= {"startup", "eval", "ckpt", "epoch"}


def test_the_watcher_reads_the_jobs_structures_per_minute():
    """Away from pauses a point is about the job's structures/s in its minute: the mean of the lines the sample
    returned in it, or the newest line (tracked by the read, up to a minute later)."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            C = np.concatenate([[0.0], np.cumsum(_world_structures(run))])
            T = run.km * 60
            true = (C[T + 60] - C[T]) / 60
            assert 0.95 < h[live].sum() / true[live].sum() < 1.05
            assert np.median(np.abs(h[live] / true[live] - 1)) < 0.06
            assert (h >= 0).all()


def _brute_read(run, m: int) -> float:
    """Minute ``m``'s point re-read from scratch: per sequence, the lines delivered by the read, each step's newest
    line; the ``p`` steps of smallest hash, the largest of them swapped for the last step; their mean in the minute,
    else the last step's line if fresh, else 0; summed over the sequences."""
    r, total = run.R[m], 0.0
    for q in np.unique(run.lseq):
        idx = np.flatnonzero((run.lseq == q) & (run.ld <= r))
        if not len(idx):
            continue
        newest = {}
        for j in idx:  # delivery order: a later line of a step overwrites it
            newest[int(run.lstep[j])] = j
        steps = np.array(sorted(newest))
        last = int(steps[-1])
        keep = steps[np.argsort(run.lh[[newest[s] for s in steps]], kind="stable")[:run.p]]
        if len(steps) > run.p:
            keep = np.append(keep[keep != keep.max()], last)
        back = [newest[int(s)] for s in set(keep.tolist()) | {last}]
        inside = [j for j in back if 60 * m <= run.lt[j] < 60 * m + 60]
        if inside:
            total += float(np.mean(run.lval[inside]))
        elif r - run.lt[newest[last]] <= run.stale:
            total += float(run.lval[newest[last]])
    return total


def test_reads_match_a_brute_force_reading_of_the_sampled_sequences():
    """Aim (3.11+) keys a metric's values by a hash of the step: a read of ``p`` points returns the ``p`` smallest
    keys (the last step put in place of the largest step), and a step tracked again overwrites its value and time."""
    rng = np.random.default_rng(74)
    regimes = set()
    for setting in ("short", "long"):
        run = _builds(setting)[0 if setting == "short" else 2][0]  # resumed-hash runs, with a node failure
        reading = np.bincount(run.rd_min, run.rd_w * run.lval[run.rd_line], minlength=len(run.R))
        ms = rng.choice(np.arange(10, len(run.R) - 70), 60, replace=False)
        for m in ms:
            assert reading[m] == pytest.approx(_brute_read(run, m), rel=1e-9, abs=1e-9), (setting, m)
        per_min = np.bincount(run.rd_min, minlength=len(run.R))
        regimes |= {int(k) for k in per_min[ms]}
    assert {0, 1} <= regimes and max(regimes) >= 2  # 0: stalled or replaying; 1: one line; 2+: a minute's mean


def test_a_resumed_run_replays_its_steps_and_reads_zero_meanwhile():
    """After a node failure the job resumes from its last checkpoint; where the ranks' Aim runs are resumed (the same
    hash) the steps since that checkpoint are tracked again over their old values, the sequence's last step stays
    the old one until the job passes it, and the watcher, finding it stale, reads 0 (paused) unless the sample
    returns a replayed line in the minute; a new run per launch never tracks a step twice."""
    replays = zeros = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for q in np.unique(run.lseq):
                steps = run.lstep[run.lseq == q]
                assert (len(np.unique(steps)) == len(steps)) == (run.fresh or not np.any(np.diff(steps) < 0))
            if run.fresh:
                continue
            for p, nxt in zip(run.procs, run.procs[1:]):
                if p["graceful"] or nxt["step0"] >= p["steps"]:
                    continue
                replays += 1
                t_pass = run.lt[(run.lt > nxt["train"]) & (run.lstep > p["steps"])]
                if not len(t_pass):
                    continue
                lo, hi = h74._point(run, nxt["train"]), h74._point(run, t_pass[0]) - 2
                zeros += int((h[lo:hi] <= 0).sum())
                assert not live[lo:hi][h[lo:hi] <= 0].any()
    assert replays >= 2 and zeros >= 10


def test_stalled_lines_arrive_late_with_their_track_time():
    late = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            assert (np.diff(run.ld) >= 0).all() and (run.ld > run.lt).all()
            for a, b in run.stalls:
                inside = (run.lt >= a) & (run.lt < b)
                assert (run.ld[inside] >= b).all()
                late += int(inside.sum())
    assert late > 0


def test_events_placement(traces):
    tc.check_event_placement(traces[1], 2, 4, first=N // 10, n=N)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], n=N, min_checked=2)


def test_changes_are_the_planned_relaunches():
    """A listed change is a planned relaunch's resume (after a checkpoint, on other nodes or another model setting);
    a restart after a node failure resumes on the same nodes and setting and is not listed."""
    relaunches = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            resumes = {b for a, b, k in run.pauses_t if k == "startup"}
            assert set(run.known_t) <= resumes and len(changes) <= len(run.known_t)
            for q, p in zip(run.procs, run.procs[1:]):
                moved = (p["nodes"], p["mix"]) != (q["nodes"], q["mix"])
                assert moved == q["graceful"], (p, q)
            relaunches += len(changes)
    assert relaunches >= 4


def test_weights():
    tc.check_event_weights(h74._weight)


def test_healthy_does_not_depend_on_the_regressions():
    # the law set's run (memoised), regressions placed on it or not
    tc.check_family_healthy_independent(make_heldout74, HELDOUT74_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout74, 742000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout74(742000, n_events=9)
