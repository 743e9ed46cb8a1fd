"""The thirty-fourth held-out trace family (a satellite-image MAE's training tiles/s: per-node Prometheus counters
scraped by Splunk OpenTelemetry Collectors, sent to Splunk Observability Cloud as cumulative counters and read back by a
SignalFlow ``rate`` rollup summed over the hosts): generator checks only (no detector runs here).

Cost: the "short" set's laws are checked on its first 4 traces (one of them clean, as in the full set), at n=6000:
their healthy runs, like all 24 runs, are built anyway for the docstring's summary over both sets and the laws over
the runs, memoised with ``shared_builds``, so only those 4 traces' regressions are placed; the "long" set is built
whole and checked as before. The "short" row of the docstring's counts table was measured on the full set, and is
not re-measured here (its changes line is: from the 12 runs)."""

from functools import lru_cache
from types import SimpleNamespace

import numpy as np
import pytest

import anomaly.heldout34 as h34
from anomaly.heldout32 import HELDOUT32_SEEDS
from anomaly.heldout34 import HELDOUT34_SEEDS, heldout34_set, make_heldout34
from anomaly.traces import Event
from tests.trace_checks import (check_aligned_steps, check_changes_move_the_level, check_counts_and_changes,
                                check_depths_visible, check_every_kind_placed, check_family_bad_arguments,
                                check_family_healthy_independent, check_family_pauses, check_healthy_outside_events,
                                check_pinned, check_trace_arrays, shared_builds)

SPANS = {"short": (6, 22), "long": (30, 110)}
# listed changes: all, world-size changes, mask-ratio stages, new inputs
CHANGES = {"short": (18, 6, 7, 5), "long": (12, 1, 5, 6)}

SEEDS = {"short": HELDOUT34_SEEDS[:4], "long": HELDOUT34_SEEDS}  # the traces checked: a third of the short set

shared = shared_builds(h34)  # the sets and the tests build each run once


@lru_cache(maxsize=2)
def _set(setting: str) -> list:
    return heldout34_set(setting, seeds=SEEDS[setting])


@pytest.fixture(scope="module", params=["short", "long"], name="traces")
def traces(request):
    return request.param, _set(request.param)


@lru_cache(maxsize=2)
def _builds(setting: str) -> list:
    """The healthy runs of ``setting``: ``(run, healthy, spans, live, changes)`` per seed (built once)."""
    return [h34._build(seed, 6000, setting) for seed in HELDOUT34_SEEDS]


def _runs() -> list:
    return [b[0] for s in ("short", "long") for b in _builds(s)]


def test_seed_range_is_its_own():
    assert HELDOUT34_SEEDS == tuple(range(342000, 342012))
    assert not set(HELDOUT34_SEEDS) & set(HELDOUT32_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    check_pinned(make_heldout34, 342001, 342002, [Event("leak", 306, 594, 916, 0.156),
                 Event("straggler", 1066, 1066, 1490, 0.1822), Event("drop", 1793, 1793, 1970, 0.1358),
                 Event("straggler", 2757, 2757, 2940, 0.1406)], 2156714.666666667, [(0, 11), (303, 315), (592, 609)],
                 changes=[1990, 2523])


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], SEEDS[traces[0]])


def test_timestamps_are_the_intervals(traces):
    """One point per rollup interval of the program (30 or 60 s), aligned to it."""
    check_aligned_steps(traces[1], (30.0, 60.0))


def test_pause_spans(traces):
    """The trace starts with the start-up; the spans are the pauses' intervals (the one holding the pause's start to
    the one after the resume). While the job evaluates its counters stand still, so the intervals inside an
    evaluation read exactly 0."""
    setting, ts = traces
    inner = 0
    for t, (run, h, spans, live, changes) in zip(ts, _builds(setting)):
        check_family_pauses(setting, t, SPANS, min_count=8, starts_paused=True)
        assert t.pauses == spans and np.array_equal(t.healthy, h)
        for a, b, kind in run.pauses_t:
            if kind != "eval" or b > run.n * run.dt:
                continue
            i = np.arange(int(a // run.dt) + 2, int(b // run.dt))
            assert (h[i] == 0).all(), (t.seed, a)
            inner += len(i)
    assert inner > (500 if setting == "long" else 166)  # over 500 in 12 traces; a third of it in the short set's 4


def test_events_placement(traces):
    check_every_kind_placed(traces[1])  # every kind in each trace with events


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    check_depths_visible(traces[1])


def _changes_line(setting: str) -> str:
    listed, world, masks, inputs = CHANGES[setting]
    change = "change" if world == 1 else "changes"
    stage = "stage" if masks == 1 else "stages"
    inp = "input" if inputs == 1 else "inputs"
    return f"{setting} {listed} ({world} world-size {change}, {masks} mask-ratio {stage}, {inputs} new {inp})"


def test_docstring_counts_table_long():
    check_counts_and_changes(("long", _set("long")), h34.__doc__, CHANGES["long"][0], _changes_line("long"))


def test_docstring_changes_short():
    """The short set's changes, counted on its 12 runs (a trace lists its run's changes)."""
    assert sum(len(b[4]) for b in _builds("short")) == CHANGES["short"][0]
    assert _changes_line("short") in " ".join(h34.__doc__.split())


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    # 8 checked in each full set (the helper's default); 3 in the short set's first 4 traces, in proportion
    check_changes_move_the_level(traces[1], min_checked=8 if traces[0] == "long" else 3)


def test_changes_are_the_planned_ones():
    """Each listed change is a resume after which the configuration differs as its kind says (another number of nodes
    after a spot preemption, another mask ratio in the process, other inputs after a resubmission) and the
    noise-free rate moves by 12 % or more; restarts onto as many nodes with the same configuration are not listed."""
    same = moved = 0
    for run in _runs():
        segs = run.cfgs
        starts = [run.pauses_t[0][1]] + [b for a, b, kind in run.pauses_t[1:]]
        rate = run.tiles / h34._steps(run, [], 0, len(run.train))  # the noise-free tiles/s per bucket
        assert len(segs) == len(starts)
        for t, kind in zip(run.known_t, run.known_kind):
            j = starts.index(t)
            a, b = segs[j - 1], segs[j]
            assert (a.N != b.N, a.mask != b.mask, a.cf != b.cf) == (kind == "world", kind == "mask", kind == "input")
            assert (b.proc == a.proc) == (kind == "mask")
            full = run.train >= h34._W
            prev = max([0.0] + [x for x in run.known_t if x < t])  # up to the changes before and after it
            nxt = min([run.n * run.dt] + [x for x in run.known_t if x > t])
            r0, r1 = int(max(prev, t - 300 * run.dt) // h34._W), int(t // h34._W)
            a0, a1 = int((t + 100 * run.dt) // h34._W), int(min(nxt, t + 400 * run.dt) // h34._W)
            if a1 - a0 > 100 and full[a0:a1].any():
                before, after = rate[r0:r1][full[r0:r1]], rate[a0:a1][full[a0:a1]]
                assert abs(np.log(after.mean() / before.mean())) >= 0.1, (kind, after.mean() / before.mean())
                moved += 1
        for stop, resume, same_size in run.restarts:
            if same_size and resume < run.n * run.dt:
                same += 1
                assert all(abs(t - resume) > 1 for t in run.known_t)
    assert same >= 10 and moved >= 20


def test_rate_rollup_rule():
    """Per MTS: the change of the latest datapoint of an interval from the latest of the last interval with data,
    over R; the first interval gives none; a fall is a reset from 0 (the change is the value); an interval after
    empty ones spans them; ``last_value`` repeats a rate over up to M empty intervals, also after the last data."""
    t = np.array([5.0, 15.0, 25.0, 35.0, 45.0, 55.0, 95.0, 105.0])
    v = np.array([0.0, 100.0, 200.0, 300.0, 400.0, 50.0, 450.0, 550.0])
    q, r = h34._mts_rates(t, v, 20.0, "null")
    assert q.tolist() == [1, 2, 4, 5] and np.allclose(r, [10.0, 2.5, 20.0, 5.0])
    q, r = h34._mts_rates(t, v, 20.0, "last_value", M=3)
    rate = dict(zip(q.tolist(), r.tolist()))
    assert sorted(rate) == [1, 2, 3, 4, 5, 6, 7, 8]
    assert rate[3] == rate[2] == 2.5 and rate[4] == 20.0  # the empty interval 3 repeats interval 2's rate
    assert rate[6] == rate[7] == rate[8] == 5.0  # three intervals after the last data, no more
    assert h34._mts_rates(t[:2], v[:2], 20.0, "last_value")[0].size == 0  # one interval: no rate
    q, r = h34._mts_rates(np.array([5.0, 15.0, 25.0, 35.0]), np.array([10.0, 20.0, 70.0, 110.0]), 20.0, "null")
    assert q.tolist() == [1] and np.allclose(r, [(110.0 - 20.0) / 20.0])  # the latest of each interval counts


def _toy(t, mts, late, n=6, dt=20.0, extrap="null"):
    return SimpleNamespace(t=np.asarray(t, float), mts=np.asarray(mts), late=np.asarray(late, bool), n=n, dt=dt,
                           extrap=extrap)


def test_read_sums_hosts_and_drops_late_datapoints():
    """The points sum the hosts' rates (a host without data left out: ``null``; a point with none reads 0); a
    datapoint that came after the max delay is left out and the next interval's change spans it."""
    t = np.array([5.0, 25.0, 45.0, 65.0, 85.0, 5.0, 25.0, 45.0, 65.0, 85.0])
    v = np.array([0.0, 20.0, 40.0, 60.0, 80.0, 0.0, 40.0, 80.0, 120.0, 160.0])
    mts = np.array([0] * 5 + [1] * 5)
    out = h34._read(_toy(t, mts, np.zeros(10)), v)
    assert np.allclose(out, [0.0, 3.0, 3.0, 3.0, 3.0, 0.0])
    late = np.zeros(10, bool)
    late[7] = True  # host 1's datapoint at 45 s arrives too late
    out = h34._read(_toy(t, mts, late), v)
    assert np.allclose(out, [0.0, 3.0, 1.0, 5.0, 3.0, 0.0])  # a dip of host 1's share, then its change doubled
    out = h34._read(_toy(t, mts, late, extrap="last_value"), v)
    assert np.allclose(out, [0.0, 3.0, 3.0, 5.0, 3.0, 3.0])  # host 1's last rate repeated; both linger after the end


def test_scrapes_at_the_targets_phase():
    """A target is scraped every P s at its phase (plus the scrape's < 0.2 s), only while its process is up; failed
    scrapes leave gaps of whole intervals, many of them while the process writes a checkpoint."""
    rng = np.random.default_rng(3)
    t = h34._scrapes(rng, 100.0, 20000.0, 4.0, 10.0, 0.01, [(5000.0, 6000.0)], 0.5)
    assert (t >= 100.0).all() and (t < 20000.0).all() and (np.diff(t) > 0).all()
    off = (t - 4.0) % 10.0
    assert (off <= 0.2 + 1e-9).all()
    gaps = np.round(np.diff(t - off) / 10.0)
    assert (gaps >= 1).all() and np.mean(gaps == 1) > 0.95 and (gaps >= 2).any()
    in_ck = ((t >= 5000.0) & (t < 6000.0)).sum()
    assert 20 < in_ck < 80  # about half of the 100 scrapes in the checkpoint


def test_a_point_is_the_rate():
    """On steady training (live points away from pauses, collector restarts and outages) a point is the job's tiles
    in its interval over R, within the scrapes' shift and whole steps."""
    for run, h, spans, live, changes in _builds("short")[:4]:
        K = len(run.train)
        steps = run.train * run.jit / h34._steps(run, [], 0, K)
        C = np.r_[0.0, np.cumsum(steps * run.tiles)]
        i = np.arange(run.n + 1) * run.k
        want = (C[i[1:]] - C[i[:-1]]) / run.dt
        ok = live.copy()
        for s, e in spans:
            ok[max(0, s - 2):e + 3] = False
        for a, b in run.outages + [(a, a + d) for a, d, _ in run.agents]:
            ok[max(0, int(a // run.dt) - 2):int(b // run.dt) + 4] = False
        r = h[ok] / want[ok]
        assert abs(np.median(r) - 1) < 0.02, np.median(r)
        assert np.mean(np.abs(r - 1) < 0.15) > 0.95, np.mean(np.abs(r - 1) < 0.15)


def test_outages_read_zero_then_spike():
    """An ingest outage's datapoints miss the live computation: the intervals inside it read 0 (``null``) or the
    last rate for up to 3 (``last_value``), and the first interval after it holds the whole outage's tiles."""
    seen = 0
    for run in _runs():
        h = h34._series(run)
        for o0, o1 in run.outages:
            i0, i1 = int(o0 // run.dt) + 1, int(o1 // run.dt)
            if i1 - i0 < 5 or i1 + 2 > run.n or not (run.train[i0 * run.k:(i1 + 2) * run.k] > 0).all():
                continue
            seen += 1
            skip = h34._MAX_X if run.extrap == "last_value" else 0
            assert (h[i0 + skip:i1] == 0).all()
            assert h[i1:i1 + 2].max() > 2.5 * np.median(h[max(0, i0 - 30):i0])
    assert seen >= 2


def test_regressions_make_whole_steps_late():
    """A regression takes whole steps off its process's count (never falling within a process); after it every
    change between scrapes is the healthy one again."""
    run = _builds("short")[0][0]
    b0 = len(run.train) // 3
    md = h34._Mod(b0, b0 + 300, gpu=1.8)
    cnt, base = h34._counts(run, [md]), h34._counts(run)
    same = run.stream[1:] == run.stream[:-1]
    assert (np.diff(cnt)[same] >= 0).all() and (cnt <= base).all() and cnt.sum() < base.sum()
    after = (run.t > (b0 + 301) * h34._W) & (run.s0 < b0 * h34._W)
    lost = (base - cnt)[after] / run.F[after]
    assert np.array_equal(lost, np.round(lost)) and lost.max() > 5 and len(np.unique(lost[lost > 0])) <= 2
    later = after[1:] & after[:-1] & same
    assert np.array_equal(np.diff(cnt)[later], np.diff(base)[later])


def test_mts_follow_the_hosts():
    """A process restarted in place (an Xid error, an NCCL timeout) writes to its predecessor's MTS (its counter's
    fall a reset); a rescheduled or resubmitted one to new MTS."""
    kept = moved = 0
    for run in _runs():
        for p, (up, down, s0, hosts, why) in enumerate(run.procs[:-1]):
            nxt = run.procs[p + 1][3]
            if why in ("xid", "nccl"):
                kept += 1
                assert nxt == hosts
            else:
                moved += 1
                assert not set(nxt) & set(hosts)
    assert kept >= 10 and moved >= 10


def test_docstring_over_both_sets():
    """The docstring's summary of the 24 runs is what they measure."""
    rs = _runs()
    ends = [p[4] for r in rs for p in r.procs[:-1]]
    line = (f"resolution of 30 and 60 s in {sum(r.dt == 30 for r in rs)} and {sum(r.dt == 60 for r in rs)} runs; "
            f"scrapes every 10 and 15 s in {sum(r.scrape == 10 for r in rs)} and {sum(r.scrape == 15 for r in rs)}; "
            f"extrapolation last_value in {sum(r.extrap == 'last_value' for r in rs)}; "
            f"{sum(r.cfgs[0].N == 1 for r in rs)} of the 24 runs on one node at the start, "
            f"{sum(r.job.G == 8 for r in rs)} with 8 GPUs a node; {len(ends)} restarts ({ends.count('spot')} spot "
            f"preemptions, {ends.count('xid')} GPU Xid errors and {ends.count('nccl')} NCCL timeouts restarted in "
            f"place, {ends.count('resubmit')} resubmissions); {sum(len(r.agents) for r in rs)} collector restarts in "
            f"{sum(len(r.agents) > 0 for r in rs)} runs; {sum(len(r.outages) for r in rs)} ingest outages in "
            f"{sum(len(r.outages) > 0 for r in rs)} runs; {sum(len(r.t) for r in rs)} datapoints in "
            f"{sum(len(np.unique(r.mts)) for r in rs)} MTS")
    assert line in " ".join(h34.__doc__.split()), line


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout34, HELDOUT34_SEEDS[:2], changes=True, n=6000)


def test_bad_arguments():
    check_family_bad_arguments(make_heldout34, 342000)
