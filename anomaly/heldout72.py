"""The seventy-second held-out throughput family: an accelerated-MRI reconstruction model's (fastMRI-style E2E-VarNet on
multi-coil k-space) training slices/s on a hospital research GPU cluster, each rank's OpenTelemetry counter exported
over OTLP, stored by SigNoz in ClickHouse and read per minute by a query-builder panel (rate, sum over ranks, step 60).

Written blind (the project's rules for a data author, as the brief gave them): no detector, forecaster, benchmark or doc
read, no log of any branch read, and no detector run on these traces.

Public sources (found with the search tools, as stored there). The path: SigNoz's query-builder code for cumulative
metrics (``pkg/query-service/app/metrics/v4/cumulative/timeseries.go``: per series (fingerprint) and step the ``max``
of the samples in ``toStartOfInterval(unix_milli / 1000, step)``, the max preferred to the last value because a restart
resets the counter; a rate is the difference to the series' previous row (``lagInFrame`` over the fingerprint) over
the seconds between the rows; a negative difference is ``nan``, and so is a series' first row (its previous time
defaults to 1970, ``>= 86400`` s away); ``nan`` rows are dropped before the spatial ``sum``; an
``EXPERIMENTAL_RATE_WITHOUT_NEGATIVE`` variant exists, not modelled); SigNoz PR #4166 (the interval max and the
difference of maxima, drawn out), issue #2151 and PR #2449 (counter resets: ``nan`` at a series' start and at a
restart), issue #6973 (frequent restarts give inaccurate rates: send delta), issue #3240 (a restarted app's counter
starts from zero), issue #3829 and docs PR #276 (the panels' "Fill gaps": no data drawn as zero), issue #4377; SigNoz's
"Querying metrics" and "Metric types and aggregation" pages (a counter's temporal aggregation Rate or Increase, then a
spatial Sum; a counter resets to zero when the process restarts); the OpenTelemetry periodic reader (the SDK config
model: interval 60000 ms and timeout 30000 ms by default; the Rust SDK's docs: the export time is not counted in the
interval); the collector's ``exporterhelper`` README (``retry_on_failure``: 5 s first, times 1.5, at most 30 s,
``max_elapsed_time`` 300 s, then the data is dropped); a SigNoz collector config (``batch``: ``send_batch_size`` 10000,
``timeout`` 10 s); Datadog's OTLP temporality guide (with cumulative counters a restart may lose points). The job:
fastMRI's ``fastmri_examples/varnet/varnet_reproduce_20201111/varnet_brain_leaderboard.py`` (12 cascades, ``chans``
18, ``sens_chans`` 8, ``batch_size`` 1 on 32 GPUs with DDP, 50 epochs; equispaced masks, centre fractions 0.08 / 0.04,
accelerations 4 / 8; random masks per training slice (``use_seed=False``), fixed ones for validation;
``replace_sampler_ddp=False`` "for volume dispatch during val") and its README (train and val splits combined); the
fastMRI dataset summaries (multi-coil knee: 1,594 volumes, one 15-channel array; brain: 6,970 volumes, T1, T1 post, T2,
FLAIR, other coil counts); the E2E-VarNet abstract.

Chosen (the path): every rank (``nodes x GPUs``, batch 1: one slice a step) adds its slices to an OpenTelemetry
counter; its periodic reader exports the cumulative value every ``I`` = 10, 15, 30 or 60 s (``OTEL_METRIC_EXPORT_
INTERVAL``; 60 s, the default, in 40 % of runs), the next export ``I`` + the export's own time (median 50 ms) later, so
the phase drifts; the first export 10-40 s after a launch, one more at a graceful stop (the SDK's shutdown), none from a
crashed or aborted process. A sample reaches ClickHouse 0.1-2 s plus the collector's batch wait (``timeout`` 10 s, 30 %
of runs 1-5 s) after its collection. ClickHouse has slow episodes (first after 8-30 h, then every 15-40 h, 3-15 min)
where inserts fail: a batch is retried on the exporter's backoff and visible at the first retry after the episode, or
dropped after 300 s. The series: in 40 % of runs the resource holds a per-process ``service.instance.id`` (a launch
makes new series, whose first rows count nothing), else the series is the rank's and a restarted process's counter
starts again at 0 on it (its first row is negative: ``nan``). The panel: rate, sum over the ranks, step 60 s; it
refreshes every 30 or 60 s, and a recorder keeps each minute once, from the first refresh ``H`` = 5-40 s after the
minute's end: per series the max of the samples visible then, minus the previous row's max (samples visible by this
read), over ``60 x`` the minutes between. A minute where no series has a row is 0 with "Fill gaps" (40 % of runs), else
it has no point (a skipped minute).

Assumed without checking (not read: the Python SDK's reader loop, SigNoz's current rate query (PR #10299 rewrote it in
2026), a hospital cluster's failure rates, VarNet's speed): the reader waits ``I`` after each export; rows that the
regressions alter keep the healthy run's validity (which rows were ``nan``); a slice's cost 1.6-3.2 slices/s a GPU on
15-coil knee data, the brain data 1.0-1.35 times slower (more coils, larger matrices; a mixed set 1.0-1.2); per second
times ``exp(N(0, 0.03-0.1))`` (the random mix of coil counts and matrix sizes a step's slowest rank waits for), a slow
OU of the log (sd 0.5-2 %, 5-30 min), cold reads of the HDF5 k-space files on the shared NFS (every 3-15 min, 5-25 s at
50-85 %); an in-house training set of 150k-600k slices; the team's NCCL timeout 3-8 min ("long": the default 30 min).

The job (my own picture, beyond the sources): E2E-VarNet on 2-8 nodes of 4 or 8 GPUs, slices/s ``W x`` the per-GPU
rate times 0.93-0.99 a doubling of ``W`` (a 30M-parameter all-reduce). The undersampling masks are drawn per slice in
the loader and cost the GPUs nothing (VarNet works on the full k-space grid); a step waits for its slowest slice.

What is modelled
----------------
Pauses: an epoch's end (the sampler's reshuffle, non-persistent loader workers re-made) 10-40 s ("long": 20-90 s); a
validation pass over whole volumes (SSIM, NMSE, PSNR per volume, gathered across ranks; ModelCheckpoint on the SSIM)
every ``k`` epochs, ``k`` set for 40-100 min of training ("long": 60-150), 2-6 min ("long": 12-30); a time-based
checkpoint (60 % of runs, every 30-60 min of training) 0.5-2 min ("long": 3-8); a start-up (launch, the slice index over
the HDF5 files, NCCL) 3-8 min ("long": 8-20); each times ``exp(N(0, 0.12))``, clipped. After a start-up the rate ramps
from 50-80 % over 60-240 s, after another pause from 80-95 % over 20-60 s. Node failures (Poisson, mean 10-30 h, at
least 20 min after a launch): the others hang until the NCCL timeout, the job is down 2-8 min ("long": 10-35) and
resumes from its last checkpoint (at every epoch end and time-based checkpoint). Planned relaunches (1-3, at 10-85 % of
``60 n`` s, after the next checkpoint or epoch end: a graceful stop, down 2-6 min ("long": 5-20), a start-up) on 1-3
nodes more or fewer, or (30 %, once) onto another anatomy / coil mix (the level times ``exp(-U(0.12, 0.3))``, 30 %:
``exp(+U)``), listed at that pause span's end. A point is paused when its rate window (from ``I`` + 2 s before its
minute to 2 s after) touches a pause or half the ramp after it, when the panel has no row for it, and next to such a
point or a skipped minute.

Labelled regressions multiply every rank's steps/s by ``1 - a w(t)`` from their onset; a counter loses the whole steps
not done since its process started (the total rounded down to whole steps where the regression ends): ``drop`` (one
node's GPUs power-capped by the machine room's cooling, or an InfiniBand link down-trained: every synchronous step
slows; ``w = min(1, (s + 1) / tau)``, ``tau`` 3-60 s), ``straggler`` (another group's jobs reading the shared NFS that
holds the k-space files: bursts of mean 30-200 s at 1, calm of mean 60-400 s at 0.1-0.3), ``leak`` (the loader
workers' memory grows, copy-on-read of the slice index's Python lists, until the host swaps: ``w = (s / ramp) ** p``,
``p`` 0.7-2.0, a ramp of 250-1800 points, then held; it ends with its process). Onsets: 35 % in a pause's second half or
up to 60 s after it, else anywhere in the slot; ``a`` solved (linear) for a loss of 8-35 % over the event's live points
(``a <= 0.8``); an event holds no listed change; its points are those whose value changed; kept where the measured depth
is 7-35 % and shows (80 draws a slot).

Counts over ``heldout72_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     30      11    11         8     0.110-0.329  18              1-26 (1430, 0 >60)           3
long      33      11    12         10    0.101-0.329  27              2-91 (1500, 20 >60)          3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are left
out. ``changes``: short 22, long 22 (planned relaunches). Within the whole simulated runs (short / long, 12 runs each,
1.25 / 1.5 times ``60 n`` s plus 1 h): 400 and 376 GPUs at the start (on 67 and 64 nodes); 827 and 659 validations, 714
and 1116 time-based checkpoints, 139 and 457 epoch ends without validation; 104 and 77 node failures; 8338558 and
8296916 exported samples, 17459 and 16465 of them visible only after their minute was read, 27641 and 16718 dropped in
53 and 64 slow episodes of ClickHouse; 2480 and 1472 negative rows (a restarted process on its rank's series). Within
the traces: 68 and 81 skipped minutes, 437 and 580 minutes with no row drawn as 0 ("Fill gaps"). Runs: export interval
10 / 15 / 30 / 60 s: 2/2/4/4 (short), 2/4/2/4 (long); knee / brain / mixed data: 6/3/3 (short), 7/4/1 (long); a
per-process instance id: 5 (short), 5 (long); Fill gaps: 6 (short), 4 (long). Paused share of the points: 7.9-15.1 %
short, 16.0-39.2 % long. The healthy series' median absolute step of log over steady live points (10 after a span left
out): 0.55-1.63 % (short), 0.60-2.36 % (long). Building both full sets takes about 6 s on one core.

Opened
------
``anomaly/heldout71.py`` lines 1-127 (its docstring and ``HELDOUT71_SEEDS``) and 532-554 (``make_heldout71`` /
``heldout71_set``); ``tests/test_anomaly_heldout71.py`` (all); ``anomaly/heldout_common.py`` (all);
``tests/trace_checks.py`` (all); ``anomaly/traces.py`` lines 1-80; ``tests/test_architecture.py`` lines 1-110; the first
3 lines of every ``anomaly/heldout*.py`` (no SigNoz and no MRI reconstruction job among them). Slips: ``git worktree
add`` printed main's head commit id and subject (not sought); an ``ls tests/ | grep -c .`` printed the number of files
there (no names); a ``grep -n heldout71 tests/test_architecture.py`` ran over the whole file, past line 110 (it printed
nothing); tracebacks of my own scripts printed lines of ``anomaly/heldout_common.py`` (a listed file). Outside the
project: the search tool's README. Nothing else opened.

Size: over 520 lines because this docstring (the blind author's record: sources, choices, assumptions, counts and what
was opened) takes over 100 of them."""

from __future__ import annotations

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT72_SEEDS = tuple(range(722000, 722012))
CODE = 72
EPOCH = 1_767_225_600  # 2026-01-01 00:00 UTC, a whole minute
KIND_P = (0.35, 0.35, 0.30)  # drop, straggler, leak
RETRY = np.cumsum(np.minimum(5.0 * 1.5 ** np.arange(20), 30.0))  # the exporter's backoff: 5 s, x1.5, at most 30 s
RETRY = RETRY[RETRY <= 300.0]  # max_elapsed_time 300 s: a batch still failing then is dropped


class _Run:
    """One simulated run: the job's schedule and per-second rate, every rank's exported samples, the panel's rows."""


def _u(rng, lo_hi, setting: str | None = None):
    lo, hi = lo_hi if setting is None else lo_hi[setting]
    return float(rng.uniform(lo, hi))


VAL_MIN = {"short": (2.0, 6.0), "long": (12.0, 30.0)}  # a validation pass (whole volumes, SSIM / NMSE / PSNR)
CKPT_MIN = {"short": (0.5, 2.0), "long": (3.0, 8.0)}  # a time-based checkpoint to the NFS home
STARTUP_MIN = {"short": (3.0, 8.0), "long": (8.0, 20.0)}  # launch, the slice index over the HDF5 files, NCCL
EPOCH_MIN = {"short": (0.17, 0.67), "long": (0.33, 1.5)}  # an epoch's end without validation: loaders re-made
DOWN_FAIL_MIN = {"short": (2.0, 8.0), "long": (10.0, 35.0)}  # after a node failure: requeue and node allocation
DOWN_PLAN_MIN = {"short": (2.0, 6.0), "long": (5.0, 20.0)}  # a planned relaunch


def _dur(rng, table, setting):
    return int(round(60 * _u(rng, table, setting) * np.exp(np.clip(rng.normal(0, 0.12), -0.3, 0.3))))


def _schedule(rng, n: int, pauses: str) -> _Run:
    """The job's timeline (seconds from the first launch) and its slices/s on a one-second grid."""
    run = _Run()
    long = pauses == "long"
    T = int((1.5 if long else 1.25) * 60 * n + 3600)
    gpn = int(rng.choice([4, 8]))
    nodes = int(rng.integers(2, 9))
    data = str(rng.choice(["knee", "brain", "mixed"], p=[0.35, 0.4, 0.25]))
    per_gpu = _u(rng, (1.6, 3.2)) / {"knee": 1.0, "brain": _u(rng, (1.0, 1.35)), "mixed": _u(rng, (1.0, 1.2))}[data]
    jit = {"knee": _u(rng, (0.03, 0.06)), "brain": _u(rng, (0.05, 0.1)), "mixed": _u(rng, (0.05, 0.09))}[data]
    eff = _u(rng, (0.93, 0.99))
    train_slices = _u(rng, (150e3, 600e3))
    ck_every = _u(rng, (30, 60)) * 60 if rng.random() < 0.6 else np.inf
    val_gap = _u(rng, {"short": (40, 100), "long": (60, 150)}, pauses) * 60  # check_val_every_n_epoch set for it
    fail_mean = _u(rng, (10, 30)) * 3600
    hang = (lambda: int(_u(rng, (180, 480)))) if not long else (lambda: 1800 + int(_u(rng, (0, 30))))
    plan = sorted(rng.uniform(0.1, 0.85, int(rng.integers(1, 4))) * 60 * n)
    switched = False

    def level(nd, sc):
        w = nd * gpn
        return w * per_gpu * eff ** np.log2(w / 4) * sc

    pauses_t, segs, procs, known_t, known_kind = [], [], [], [], []
    counts = {"eval": 0, "ckpt": 0, "epochs": 0, "failures": 0, "relaunches": 0}
    val_k = max(1, int(round(val_gap / (train_slices / level(nodes, 1.0)))))
    scale = 1.0

    def launch(t):
        d = _dur(rng, STARTUP_MIN, pauses)
        pauses_t.append((t, t + d, "startup"))
        procs.append({"t0": t, "W": nodes * gpn, "nodes": nodes, "t1": None, "graceful": False, "failed": -1,
                      "fail_t": None, "level": level(nodes, scale)})
        return t + d

    t = launch(0)
    ramp = (_u(rng, (0.5, 0.8)), int(_u(rng, (60, 240))))
    epoch_left, saved_left, ck_left = train_slices, train_slices, ck_every
    next_fail = t + 1200 + rng.exponential(fail_mean)
    ri = 0
    while t < T:
        L = level(nodes, scale)
        to_epoch, to_fail = int(np.ceil(epoch_left / L)), int(max(next_fail - t, 1))
        to_ck = int(ck_left) if np.isfinite(ck_left) else 10 ** 9
        dt = max(min(to_epoch, to_ck, to_fail), 1)
        segs.append((t, t + dt, L, nodes * gpn, ramp))
        epoch_left -= dt * L
        ck_left -= dt
        t += dt
        if dt == to_fail and to_fail < min(to_epoch, to_ck):  # a node fails: the others hang until the timeout
            counts["failures"] += 1
            p = procs[-1]
            p.update(failed=int(rng.integers(nodes)), fail_t=t)
            h = hang()
            pauses_t.append((t, t + h, "hang"))
            t += h
            p["t1"] = t
            d = _dur(rng, DOWN_FAIL_MIN, pauses)
            pauses_t.append((t, t + d, "down"))
            t = launch(t + d)
            ramp = (_u(rng, (0.5, 0.8)), int(_u(rng, (60, 240))))
            epoch_left, ck_left = saved_left, ck_every  # resumes from the last checkpoint
            next_fail = t + 1200 + rng.exponential(fail_mean)
            continue
        if to_epoch <= to_ck:
            counts["epochs"] += 1
            kind = "eval" if counts["epochs"] % val_k == 0 else "epoch"
            counts[kind] = counts.get(kind, 0) + 1
            d = _dur(rng, VAL_MIN if kind == "eval" else EPOCH_MIN, pauses)
            pauses_t.append((t, t + d, kind))
            epoch_left = saved_left = train_slices
        else:
            counts["ckpt"] += 1
            d = _dur(rng, CKPT_MIN, pauses)
            pauses_t.append((t, t + d, "ckpt"))
            saved_left = epoch_left
        t += d
        ck_left = ck_every
        ramp = (_u(rng, (0.8, 0.95)), int(_u(rng, (20, 60))))
        if ri < len(plan) and plan[ri] <= t and t < 60 * n:  # a planned relaunch after this checkpoint
            counts["relaunches"] += 1
            procs[-1].update(t1=t, graceful=True)
            d = _dur(rng, DOWN_PLAN_MIN, pauses)
            pauses_t.append((t, t + d, "down"))
            if not switched and rng.random() < 0.3:  # onto the other anatomy / the in-house coil mix
                switched = True
                scale *= float(np.exp(rng.choice([-1, 1], p=[0.7, 0.3]) * rng.uniform(0.12, 0.3)))
                known_kind.append("data")
            else:
                moves = [k for k in (-3, -2, -1, 1, 2, 3) if 2 <= nodes + k <= 8]
                nodes += int(rng.choice(moves))
                known_kind.append("world")
            t = launch(t + d)
            known_t.append(t)
            ramp = (_u(rng, (0.5, 0.8)), int(_u(rng, (60, 240))))
            epoch_left, ck_left = saved_left, ck_every
            next_fail = max(next_fail, t + 1200)
            ri += 1
            while ri < len(plan) and plan[ri] < t + 900:
                ri += 1
    if procs[-1]["t1"] is None:
        procs[-1]["t1"] = t
    run.T, run.n, run.gpn, run.pauses_t, run.segs, run.procs = T, n, gpn, pauses_t, segs, procs
    run.known_t, run.known_kind, run.counts = known_t, known_kind, counts
    run.meta = {"data": data, "gpn": gpn, "nodes": procs[0]["nodes"], "switched": switched}
    _rates(rng, run, jit)
    return run


def _rates(rng, run, jit: float) -> None:
    """``run.rate`` (the job's slices/s per second), ``run.step`` (a rank's steps/s: batch 1) and ``run.S`` (a rank's
    cumulative steps at each whole second)."""
    T = run.T
    drift = np.exp(np.repeat(hc.ou_path(rng, T, _u(rng, (0.005, 0.02)), _u(rng, (300, 1800))), 60)[:T])
    noise = np.exp(rng.normal(0, jit, T))
    io = np.ones(T)  # cold reads of the HDF5 k-space files on the shared NFS
    t, gap = 0.0, _u(rng, (180, 900))
    while True:
        t += rng.exponential(gap)
        if t >= T:
            break
        io[int(t):int(t + _u(rng, (5, 25)))] = _u(rng, (0.5, 0.85))
    rate, step = np.zeros(T), np.zeros(T)
    for t0, t1, L, W, (r0, rl) in run.segs:
        t1 = min(t1, T)
        if t0 >= T:
            break
        k = np.arange(t1 - t0)
        r = L * np.minimum(1.0, r0 + (1 - r0) * k / rl) * drift[t0:t1] * noise[t0:t1] * io[t0:t1]
        rate[t0:t1], step[t0:t1] = r, r / W
    run.rate, run.step = rate, step
    run.S = np.concatenate([[0.0], np.cumsum(step)])


def _collect(rng, run, pauses: str) -> None:
    """Every rank's exports (the periodic reader), their arrival in ClickHouse and the panel's rows per minute."""
    T = run.T
    interval = int(rng.choice([10, 15, 30, 60], p=[0.1, 0.2, 0.3, 0.4]))
    inst = bool(rng.random() < 0.4)  # a per-process service.instance.id in the resource: a new series per launch
    batch = 10.0 if rng.random() < 0.7 else _u(rng, (1, 5))
    refresh = int(rng.choice([30, 60]))
    phase, H = _u(rng, (0, refresh)), _u(rng, (5, 40))
    fill0 = bool(rng.random() < 0.4)
    slow, t = [], _u(rng, (8, 30)) * 3600  # ClickHouse slow episodes (merges, too many parts): inserts fail
    while t < T:
        d = _u(rng, (180, 900))
        slow.append((t, t + d))
        t += d + _u(rng, (15, 40)) * 3600
    parts, fp, ranks = [], 0, max(p["W"] for p in run.procs)
    for r in range(ranks):
        for p in run.procs:
            if r >= p["W"] or p["t0"] >= T - 60:
                continue
            first = p["t0"] + _u(rng, (10, 40))
            dead = p["fail_t"] if r // run.gpn == p["failed"] else p["t1"]
            m = int((dead - first) / interval) + 3
            ts = first + np.concatenate([[0.0], np.cumsum(interval + rng.lognormal(np.log(0.05), 0.8, m))])
            ts = ts[ts < min(dead, T - 1)]
            if p["graceful"] and dead < T - 1:
                ts = np.append(ts, dead)  # the SDK's shutdown flushes once more
            parts.append((fp, ts, p["t0"]))
            fp += 1 if inst else 0
        fp += 0 if inst else 1
    lens = [len(ts) for _, ts, _ in parts]
    f = np.repeat([a for a, _, _ in parts], lens)
    st = np.concatenate([ts for _, ts, _ in parts])
    s0t = np.repeat([float(c) for _, _, c in parts], lens)
    sS0 = np.repeat([run.S[int(c)] for _, _, c in parts], lens)  # launches are on whole seconds
    i = st.astype(int)
    sS = run.S[i] + (st - i) * run.step[i]
    sv = np.floor(sS) - np.floor(sS0)
    arrive = st + rng.lognormal(np.log(0.4), 0.5, len(st)) + rng.uniform(0, batch, len(st))  # RPC, batch, insert
    vis = arrive.copy()
    for e0, e1 in slow:
        inside = (arrive >= e0) & (arrive < e1)
        k = np.searchsorted(RETRY, e1 - arrive[inside])
        vis[inside] = np.where(k < len(RETRY), arrive[inside] + RETRY[np.minimum(k, len(RETRY) - 1)], np.inf)
    M = T // 60
    b = (st // 60).astype(int)
    read = phase + np.ceil((60.0 * (np.arange(M + 2) + 1) + H - phase) / refresh) * refresh
    idx = np.arange(len(st))
    key = f * (M + 2) + b
    starts = np.flatnonzero(np.concatenate([[True], key[1:] != key[:-1]]))
    gb, gf = b[starts], f[starts]
    sizes = np.diff(np.append(starts, len(st)))
    own_ok = vis <= read[b]
    own = np.maximum.reduceat(np.where(own_ok, sv, -1.0), starts)
    own_i = np.maximum.reduceat(np.where(own_ok & (sv == np.repeat(own, sizes)), idx, -1), starts)
    nxt = np.append(gb[1:], M + 1)  # the next group's minute (of this series when it is the same)
    prev_ok = vis <= read[np.repeat(nxt, sizes)]
    prv = np.maximum.reduceat(np.where(prev_ok, sv, -1.0), starts)
    prv_i = np.maximum.reduceat(np.where(prev_ok & (sv == np.repeat(prv, sizes)), idx, -1), starts)
    same = np.concatenate([[False], gf[1:] == gf[:-1]])
    p_own, p_prv = own, np.concatenate([[-1.0], prv[:-1]])
    gap = np.concatenate([[1], gb[1:] - gb[:-1]])
    diff = p_own - p_prv
    valid = same & (p_own >= 0) & (p_prv >= 0) & (diff >= 0) & (gap < 1440) & (gb < M)
    row = np.flatnonzero(valid)
    order = np.argsort(gb[row], kind="stable")
    row = row[order]
    run.rb, run.r_own, run.r_prev = gb[row], own_i[row], np.concatenate([[-1], prv_i[:-1]])[row]
    run.r_gap = gap[row].astype(float)
    run.st, run.sS, run.s0t, run.sS0, run.sv = st, sS, s0t, sS0, sv
    value = np.bincount(run.rb, weights=diff[row] / (60.0 * run.r_gap), minlength=M)
    has = np.bincount(run.rb, minlength=M) > 0
    seen_late = np.isfinite(vis) & (vis > read[b])
    run.interval, run.fill0, run.read = interval, fill0, read
    run.meta.update(interval=interval, inst=inst, batch=batch, refresh=refresh, H=round(H, 1), fill0=fill0,
                    series=int(f.max()) + 1, samples=len(st), late=int(seen_late.sum()),
                    dropped=int((~np.isfinite(vis)).sum()), resets=int((same & (p_own >= 0) & (p_prv >= 0)
                                                                        & (diff < 0)).sum()),
                    slow=len([s for s in slow if s[0] < T]))
    run.value_all, run.has = value, has


def _points(run, n: int) -> None:
    """The kept minutes (a minute without a row is 0 with "Fill gaps", else not a point), their values and which are
    paused: the minute's rate window (from a rank's last export of the minute before, ``interval`` + 2 s earlier, to
    its end) touches a pause or half the ramp after it, or the panel has no row for it (and its neighbours)."""
    M = len(run.value_all)
    keep = np.ones(M, bool) if run.fill0 else run.has.copy()
    km = np.flatnonzero(keep)
    if len(km) < n:
        raise RuntimeError("run too short for n points")  # not reached with the run lengths above
    km = km[:n]
    paused_min = ~run.has
    lo_w = 60.0 * np.arange(M) - run.interval - 2
    hi_w = 60.0 * np.arange(M) + 62
    ramp_after = {}
    for t0, t1, L, W, (r0, rl) in run.segs:
        ramp_after[t0] = rl
    for a, b, kind in run.pauses_t:
        e = b + ramp_after.get(b, 0) / 2
        m0, m1 = max(int((a - 62) // 60), 0), min(int((e + run.interval + 2) // 60) + 1, M - 1)
        sl = slice(m0, m1 + 1)
        paused_min[sl] |= (lo_w[sl] < e) & (hi_w[sl] > a)
    p = paused_min[km]
    gaps = np.flatnonzero(np.diff(km) > 1)
    p[gaps] = True
    p[gaps + 1] = True
    nrow = np.flatnonzero(~run.has[km])
    p[np.maximum(nrow - 1, 0)] = True
    p[np.minimum(nrow + 1, n - 1)] = True
    run.km, run.ws = km, 60 * km
    run.pt_of = np.full(M, -1)
    run.pt_of[km] = np.arange(n)
    run.paused_pts = p


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed (deterministic)."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    _collect(rng, run, pauses)
    _points(run, n)
    healthy = run.value_all[run.km].copy()
    spans = []
    for i in np.flatnonzero(run.paused_pts):
        hc.add_span(spans, int(i), int(i) + 1)
    live = hc.live_mask(spans, n)
    at = [int(np.searchsorted(run.ws, t)) for t in run.known_t]
    changes = hc.change_points(at, spans, n)
    run.meta.update(skipped=int(np.sum(np.diff(run.km) > 1)), norow=int((~run.has[run.km]).sum()))
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight over its ``length`` seconds: a drop ramps in over ``tau`` 3-60 s and holds; a straggler
    is 1 in bursts (mean 30-200 s) and 0.1-0.3 between them (mean 60-400 s); a leak grows as ``(s / ramp) ** p``."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(3, 60))
    if kind == "straggler":
        edges = hc.twostate(rng, 0.0, float(length), rng.uniform(30, 200), rng.uniform(60, 400))
        bad = (np.searchsorted(edges, s, side="right") - 1) % 2 == 0
        return np.where(bad, 1.0, rng.uniform(0.1, 0.3))
    return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.7, 2.0)


def _effect(run, t0: float, t1: float, w: np.ndarray, a: float, to_end: bool):
    """``(at, d)``: the panel's loss per point from ``at`` when a rank's steps/s is times ``1 - a w`` over seconds
    ``[t0, t1)``. Each exported counter loses the whole steps not done since its process started (the total lost
    rounded down to whole steps where the regression ends, so later minutes read as before); the rows the panel
    drew (valid, previous row) are the healthy run's. None when no whole step is lost."""
    T = run.T
    s0, s1 = int(t0), min(T, int(t1) if not to_end else T)
    if s1 - s0 < 60:
        return None
    ww = np.zeros(s1 - s0)
    ww[:min(len(w), s1 - s0)] = w[:s1 - s0]  # a leak that ends with its process before the trace does
    lost = run.step[s0:s1] * a * ww
    Lc = np.concatenate([[0.0], np.cumsum(lost)])
    if not to_end:
        K = np.floor(Lc[-1])
        if K < 1:
            return None
        Lc *= K / Lc[-1]
    grid = np.arange(s0, s1 + 1)

    def D(i):
        lt = np.interp(run.st[i], grid, Lc)
        l0 = np.interp(run.s0t[i], grid, Lc)
        return run.sv[i] - (np.floor(run.sS[i] - lt) - np.floor(run.sS0[i] - l0))

    M = len(run.value_all)
    mb0, mb1 = s0 // 60, (M if to_end else min(M, s1 // 60 + 12))
    i0, i1 = np.searchsorted(run.rb, [mb0, mb1])
    rb = run.rb[i0:i1]
    dmin = np.bincount(rb - mb0, weights=(D(run.r_own[i0:i1]) - D(run.r_prev[i0:i1])) / (60.0 * run.r_gap[i0:i1]),
                       minlength=mb1 - mb0)
    pts = run.pt_of[mb0:mb1]
    ok = pts >= 0
    if not ok.any():
        return None
    return int(pts[ok][0]), dmin[ok]


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in the slot ``[lo, hi)``: an ``(Event, (at, d))`` pair or None (80 draws)."""
    n = len(healthy)
    tp = run.ws.astype(float)
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.35:  # at the end of a pause: a relaunch, an evaluation or a checkpoint brings it
            cand = [(a, b) for a, b, _ in run.pauses_t if tp[lo] <= a and b < tp[last]]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.5 * (b - a), b + 60)
        else:
            t0 = rng.uniform(tp[lo], tp[last])
        onset = int(np.searchsorted(tp, t0, side="right")) - 1
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t1 = float(run.T) if stop >= n else tp[stop]
        tr = t0 + 60.0 * ramp
        if kind == "leak":  # the leaking loader workers go with their process
            t1 = min([t1] + [p["t0"] for p in run.procs if p["t0"] > t0])
            if tr >= t1 - 600:
                continue
        w = _weight(rng, kind, int(t1 - t0) + 2, int(tr - t0))
        got = _effect(run, t0, t1, w, 1.0, to_end)
        if got is None:
            continue
        at, d = got
        lv = live[onset:stop]
        hs = healthy[onset:stop][lv].sum()
        dd = np.zeros(n)
        dd[at:at + len(d)] = d[:n - at]
        loss1 = dd[onset:stop][lv].sum() / hs if hs > 0 else 0.0
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        if loss1 <= 0 or target / loss1 > 0.8:
            continue
        at, d = _effect(run, t0, t1, w, target / loss1, to_end)
        d = d[:n - at]
        v = healthy.copy()
        v[at:at + len(d)] -= d
        v = np.maximum(v, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int(np.searchsorted(tp, tr)), n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (at, d)
    return None


def make_heldout72(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE,
                           lambda run: EPOCH + run.ws.astype(float), stream=(2,))


def heldout72_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT72_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout72, seeds, n, pauses)
