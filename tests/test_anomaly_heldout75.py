"""The seventy-fifth held-out trace family (a monocular depth-estimation model's training images/s, each rank's
OpenMetrics counter turned into a PCP metric by ``pmdaopenmetrics``, logged by each node's ``pmlogger``, loaded into
Valkey by ``pmproxy`` and read per minute by a watcher that rate-converts every series as the Grafana PCP plugin does
and sums them): generator checks only (no detector here).

Cost: the laws are checked on the first 4 seeds of each setting at n=3000 (one of them clean, as in the full set; their
runs memoised with ``tc.shared_builds``, so the sets and the law checks build each run once); only the "long" full set
is built here, for its shapes and its row of the docstring's counts table (the "short" row and the run counts of the
"short" set were measured on the full sets, and are not re-measured here). The pinned trace and the independence check
use seeds and settings of the law sets, so they reuse those runs. The watcher's reads are checked against a brute-force
re-reading of the loaded PCP series on 60 reads of one run per setting."""

import re

import numpy as np
import pytest

import anomaly.heldout75 as h75
import tests.trace_checks as tc
from anomaly.heldout74 import HELDOUT74_SEEDS
from anomaly.heldout75 import HELDOUT75_SEEDS, heldout75_set, make_heldout75
from anomaly.traces import Event

N = 3000
SEEDS = HELDOUT75_SEEDS[:4]
SPANS = {"short": (3, 45), "long": (3, 130)}

PINNED_EVENTS = [Event("leak", 380, 783, 871, 0.2501), Event("drop", 1089, 1089, 1591, 0.1173),
                 Event("straggler", 1980, 1980, 2076, 0.2923), Event("drop", 2777, 2777, 2941, 0.2274)]
PINNED_SUM = 321020.2237898862
PINNED_PAUSES = [(0, 10), (58, 62), (92, 95)]
PINNED_CHANGES = [888, 1769]
LISTED_LONG = 23
CHANGES_LINE = "short 31, long 23 (planned relaunches)"

shared_builds = tc.shared_builds(h75)


_set, traces, _full_long = tc.cheap_sets(heldout75_set, SEEDS, n=N)  # each built once


def _builds(setting: str) -> list:
    return [h75._build(seed, N, setting) for seed in SEEDS]


def _world_images(run) -> np.ndarray:
    """The job's true images/s per second (steps/s times the world size and the per-rank batch)."""
    world = np.zeros(run.T)
    for p in run.procs:
        world[p["start"]:p["end"]] = p["nodes"] * run.gpn
    return run.rate * world * run.B


def test_seed_range_is_its_own():
    assert HELDOUT75_SEEDS == tuple(range(752000, 752012))
    assert not set(HELDOUT75_SEEDS) & set(HELDOUT74_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout75, 752001, 752002, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    a = make_heldout75(752000, n=N, setting="long", n_events=0)
    tc.check_same_trace(a, make_heldout75(752000, n=N, pauses="long", n_events=0))


def test_full_set_shapes_counts_table_and_runs_long():
    ts = _full_long()
    tc.check_trace_arrays(ts, HELDOUT75_SEEDS, n=6000)
    assert all(not ts[k].events for k in (3, 7, 11))
    tc.check_counts_and_changes(("long", ts), h75.__doc__, LISTED_LONG, CHANGES_LINE)
    doc = " ".join(h75.__doc__.split())
    meta = [h75._build(seed, 6000, "long")[0].meta for seed in HELDOUT75_SEEDS]  # memoised: the set's own runs
    rows = {"logging interval 10 / 15 / 30 / 60 s": "/".join(
                str(sum(m["I"] == k for m in meta)) for k in h75.INTERVALS),
            "ViT-S / ViT-B / ViT-L": "/".join(str(sum(m["encoder"] == k for m in meta)) for k in h75.ENCODERS),
            "shards streamed cold": sum(m["cold"] for m in meta)}
    for label, value in rows.items():
        assert re.search(rf"{label}: \S+ \(short\), {value} \(long\)", doc), (label, value)


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], SEEDS, n=N)


def test_timestamps_are_whole_minutes_and_skipped_reads_are_paused():
    """A point is the watcher's read of one whole UTC minute, stamped at its start; a failed query (pmproxy's
    ``/series`` REST call timing out) leaves no point, only within a failure episode, and its neighbours are paused; a
    minute that read 0 is paused."""
    skipped = 0
    assert h75.EPOCH % 60 == 0 and h75.EPOCH % 86400 == 0
    for setting in ("short", "long"):
        for t, (run, h, spans, live, changes) in zip(_set(setting), _builds(setting)):
            assert np.all(t.timestamps % 60 == 0) and t.timestamps[0] == h75.EPOCH, t.seed
            d = np.diff(t.timestamps)
            assert (d >= 60).all(), t.seed
            paused = tc.paused_mask(t)
            assert paused[h <= 0].all(), t.seed
            for i in np.flatnonzero(d > 60):
                assert paused[i] and paused[i + 1], (t.seed, i)
                for m in range(run.km[i] + 1, run.km[i + 1]):
                    assert any(a <= run.R[m] < b for a, b in run.qfail), (t.seed, m)
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


def test_the_watcher_reads_the_jobs_images_per_minute():
    """Away from pauses a point is about the job's images/s in its minute: per node the mean of the rates of the
    samples logged in it (each over the interval since the node's previous sample), summed over the nodes."""
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            C = np.concatenate([[0.0], np.cumsum(_world_images(run))])
            T = run.km * 60
            true = (C[T + 60] - C[T]) / 60
            assert 0.95 < h[live].sum() / true[live].sum() < 1.05
            assert np.median(np.abs(h[live] / true[live] - 1)) < 0.03
            assert (h >= 0).all()


def _brute_read(run, m: int) -> float:
    """Minute ``m``'s point re-read from scratch: per node, the samples Valkey held at the read, in time order; each
    one's rate against the one before (none where the counter fell), those stamped in the minute averaged, times the
    node's ranks and the batch; summed over the nodes."""
    r, total = run.R[m], 0.0
    near = (run.st > 60 * m - 3600) & (run.st < 60 * m + 60) & (run.sd <= r)
    for j in np.unique(run.snode[near]):
        idx = np.flatnonzero(near & (run.snode == j))
        t, c = run.st[idx], run.sc[idx]
        rates = [(c[k] - c[k - 1]) / (t[k] - t[k - 1]) for k in range(1, len(idx))
                 if 60 * m <= t[k] < 60 * m + 60 and c[k] >= c[k - 1]]
        if rates:
            total += float(np.mean(rates)) * run.B * run.gpn
    return total


def test_reads_match_a_brute_force_reading_of_the_loaded_series():
    """A counter series is rate-converted sample by sample (``(v_k - v_{k-1}) / (t_k - t_{k-1})``, no value where it
    fell: a wrap or a reset cannot be told apart), only from what pmproxy had loaded into Valkey when the read ran."""
    rng = np.random.default_rng(75)
    regimes = set()
    for setting in ("short", "long"):
        run = _builds(setting)[0][0]
        reading = h75._read(run, run.sr)
        ms = rng.choice(np.arange(10, run.M - 10), 60, replace=False)
        ms[:2] = [3, 4]  # the start-up: counters stand at 0
        ms[2:2 + len(run.backlog)] = [int(a // 60) + 1 for a, b in run.backlog][:58]  # pmproxy behind: nothing loaded
        for m in ms:
            assert reading[m] == pytest.approx(_brute_read(run, m), rel=1e-9, abs=1e-9), (setting, m)
        regimes |= {bool(reading[m] > 0) for m in ms}
    assert regimes == {False, True}


def test_a_new_process_resets_its_counter_and_gives_no_rate():
    """A relaunched rank's counter starts again from 0: the first sample after it falls below the last one before,
    so it has no rate; within one process a counter never falls; each rank's series starts with no rate."""
    fell = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            has = run.sprev >= 0
            same = has & (run.spid == run.spid[np.maximum(run.sprev, 0)])
            assert run.sok[same].all() and not run.sok[~has].any()
            other = has & ~same
            assert (run.sc[other] < run.sc[run.sprev[other]]).all() and not run.sok[other].any()
            fell += int(other.sum())
    assert fell >= 8


def test_a_hung_job_logs_flat_counters_and_a_dead_one_none():
    """While the job hangs (a node lost, NCCL not yet timed out) the ranks' endpoints still answer and the counters
    stand still; while it is down or stopping no rank answers, so pmlogger logs no value (the instances are gone)."""
    hung = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            for a, b, kind in run.pauses_t:
                inside = (run.st >= a) & (run.st < b)
                if kind in ("down", "stop"):
                    assert not inside.any(), (a, b, kind)
                elif kind == "hang":
                    rated = inside & run.sok & (run.st[np.maximum(run.sprev, 0)] >= a)
                    assert (run.sr[rated] == 0).all()
                    hung += int(rated.sum())
    assert hung > 0


def test_pmlogger_restarts_daily_pmcd_restarts_and_backlogged_samples_load_late():
    """Every node's pmlogger starts a new archive each day at 00:10-00:12 (pmlogger_daily; 2-30 s without samples,
    then a new phase) and its pmcd or openmetrics PMDA is restarted now and then (20-180 s without values): no sample
    lies in such a gap. Samples logged while pmproxy is behind reach Valkey only after the backlog ends."""
    late = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            days = {(j, int(a // 86400)) for j, a, b, k in run.cuts if k == "pmlogger" and 600 <= a % 86400 <= 720}
            assert days == {(j, d) for j in range(h75.MAX_NODES) for d in range(3) if d * 86400 + 720 < run.T}
            for j, a, b, kind in run.cuts:
                assert not ((run.snode == j) & (run.st >= a) & (run.st < b)).any(), (j, a, b, kind)
            assert (run.sd > run.st).all()
            for a, b in run.backlog:
                inside = (run.st >= a) & (run.st < b)
                assert (run.sd[inside] >= b).all()
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
    """A listed change is a planned relaunch's resume (after a checkpoint, on other nodes or at the next training
    stage); a restart after a node failure resumes on the same nodes and stage and is not listed."""
    relaunches = 0
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting):
            resumes = {p["train"] for p in run.procs}
            assert set(run.known_t) <= resumes and len(changes) <= len(run.known_t)
            for q, p in zip(run.procs, run.procs[1:]):
                moved = (p["nodes"], p["mix"]) != (q["nodes"], q["mix"])
                assert moved == q["graceful"], (p, q)
            relaunches += len(changes)
    assert relaunches >= 4


def test_weights():
    tc.check_event_weights(h75._weight)


def test_healthy_does_not_depend_on_the_regressions():
    # the law set's run (memoised), regressions placed on it or not
    tc.check_family_healthy_independent(make_heldout75, HELDOUT75_SEEDS[:1], changes=True, n=N)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout75, 752000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout75(752000, n_events=9)
