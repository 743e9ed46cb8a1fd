"""The eighteenth held-out throughput family: a data-driven weather model's samples/s, read from a Prometheus
*histogram* of step durations as ``G / (rate(step_seconds_sum[w]) / rate(step_seconds_count[w]))``.

Written blind, this session: the author read only ``anomaly/traces.py`` (the ``Event``/``Trace`` interface, the
scoring rule and, a wider read than needed, its base generator), the shared helpers (``anomaly/heldout_common.py``,
``tests/trace_checks.py``, ``tests/heldout_sets.py``), the seventeenth generator and its tests as a model of API,
structure and tests, and the first lines of the docstrings of the other families (to model another job and another
collection path); no detector code, and no detector was run on these traces.

What is modelled
----------------
A data-driven medium-range weather model (a GraphCast / FourCastNet-style graph or transformer network on a 0.25
degree global grid, about 80 channels) is trained with PyTorch Lightning and DDP on 2-8 nodes of 8 GPUs of a
Slurm cluster, one sample per GPU and step (the global batch ``G = 8 N``). A sample is two consecutive 6-hourly
atmospheric states of a reanalysis and ``R`` target states: the loss is summed over ``R`` autoregressive steps of
the model (backpropagated through the rollout, activations checkpointed). The states are Zarr chunks on a shared
Lustre filesystem, read and decompressed by the loader workers. The throughput reported is **samples per
second**. A Lightning callback on rank 0 observes, at each ``on_train_batch_end``, the seconds since the previous
batch end in a ``prometheus_client`` *histogram* ``train_step_seconds``; Prometheus scrapes rank 0's exporter
every ``si`` s (10, 15 or 30) and the poller that feeds the monitor queries, one point per ``dt`` (30 or 60 s),

    8 * N / (rate(train_step_seconds_sum[w]) / rate(train_step_seconds_count[w]))

with ``w`` Grafana's ``$__rate_interval`` (``max(4 si, dt + si)``: 40-120 s). ``rate()``'s extrapolation and its
counter-reset rule are the same for ``_sum`` and ``_count`` and cancel in the ratio, so a point is the global
batch over the **mean step observed between the window's first and last scrape**. So:

* **a step-weighted mean, not a rate.** Time that is not in a step's observation does not count: a point reads
  samples per second *of stepping*, its noise the noise of a mean of the steps its window holds (a step takes
  1.4-14 s in the median of a run, so a window holds 3-50; a step's log-sd 3-8 %), and neighbouring points share
  most of their window (``w / dt`` of 1.25-2);
* **NaN in pauses.** Where the window holds under two scrapes, or no step between them, the ratio is ``0 / 0``;
  the poller stores it as 0. A pause's inner points read 0, and its edge points read the steps around it (the
  job starts at the trace's start: its first point reads 0 in 14 of the 24 runs, then a warm-up);
* **the callback's timer.** In 45 % of the runs the callback does not restart its timer after a validation or a
  checkpoint, so the first step after one observes the whole pause: the points whose window holds it read a few
  percent to half of the level (a restart's new process starts its timer afresh);
* **missed scrapes.** 0.2-1 % of the scrapes time out, and half of them while a checkpoint is saved (saving holds
  the GIL, the exporter's thread does not answer): the window's first or last sample moves.

Healthy behaviour (none of it labelled):

* **a step's cost.** The loader path per GPU (reading ``2 + R`` states, decompressing, normalising) against the GPU
  path (``R`` autoregressive forward and backward steps, an optimizer step with an EMA of the weights, the exposed
  gradient all-reduce, per ``log2`` of the GPUs): a step is their soft maximum ``(a^8 + b^8)^(1/8)``; the loader
  costs 50-160 % of the GPU path at ``R = 1``, so it binds in about half the runs that start there and rarely
  at larger ``R`` (8 of the 24 runs are loader-bound over most of their length);
* **the shared filesystem.** A day's load cycle (2-7 % on the loader), a wander (Ornstein-Uhlenbeck, sd 1.5-4 %,
  15-90 min) and, in half the runs, a **nightly policy-engine scan** that slows reads by 1.1-1.35x for 1-3 h
  every night (10-min ramps): where the loader binds the level sags every night (0.82-0.90x against the two hours
  before, in the short set's loader-bound runs), unlisted; metadata-server hiccups (0.3-2 per run on average: 20-180 s
  of stalled reads: dips of a few points) and Python GC stalls (0.5-4 s every 3-15 min);
* **a cold chunk cache (half the runs).** Each node's shard fits its NVMe chunk cache, which a new process
  starts cold: the loader 1.3-2x, warming over 10-40 min of training;
* **requeues.** Node failures and preemptions (Poisson, 0.4-1.5 per run on average, at most 3; never within five
  minutes after a pause): Slurm requeues the job, which resumes from its checkpoint after a warm-up
  (``torch.compile``, cuDNN autotune: the first steps 1.5-4x, 20-120 s). A requeue onto as many nodes brings other
  hosts (the loader's CPUs and disks sd 6 %, GPU clocks sd 3 %, fabric routes sd 10 %; a quarter of the processes
  on the partition's older nodes: the loader 1.1-1.3x, the GPUs 1.05-1.2x): unlisted level moves (0.75-1.28x
  measured over both sets at the 9 such requeues with no listed change within 400 points);
* pauses: a validation every 150-450 points of training (short forecasts scored on held-out dates); every 2nd-5th
  one a 10-day forecast scored and a checkpoint (1.6x longer); in 35 % of the runs a time-based checkpoint every
  2-6 h of training (0.7x); requeues (1.5x). Over both sets: 329 validations, 156 long forecasts with a
  checkpoint, 67 time-based checkpoints, 22 requeues.

Planned level changes, **listed in ``changes``** (the first point after the span of the pause they follow):

* **world-size changes** at a requeue (40 % of them): the job is requeued onto the nodes that are free, at
  0.45-0.67 or 1.5-2.2 times as many;
* **a longer rollout** after a validation (55 % of the runs, once or twice, in the first 80 % of the run): the
  curriculum raises ``R`` (1 to 2, 3, 4, 6, 8, 12: the GPU path ``R`` times, the loader ``2 + R``);
* **bf16 message passing** after a validation (planned in 40 % of the runs): the GPU part 0.5-0.75x, kept only
  where samples/s gains 12 % or more even with the loader 1.4x slower.

Measured at the listed changes (the healthy level's medians, up to 300 live points before and after, the first
100 after left out), over both sets: world-size changes 0.47-0.60x (4) and 1.32-2.01x (5), rollout changes
0.55-0.81x (16), precision switches 1.38-1.73x (4).

A regression changes the step's parts inside its window; the run's clock (steps, pauses, scrapes) stays the
healthy run's, so ``healthy`` (the same run without regressions) aligns point by point and equals ``values``
outside the events. The event's ``end`` is the last point where the regressed series differs from the healthy one
(plus one: a window of ``w`` carries a regression up to two points past its last step). No event holds a point of
``changes``.

Labelled regressions (their causes are a weather-model job's on a shared cluster)
---------------------------------------------------------------------------------
* ``drop``: one node's InfiniBand link flapped and NCCL's ring fell back to the TCP socket transport (the exposed
  all-reduce up to 15x); a failed fan: one node's GPUs heat up over 2-10 min and throttle (compute up to 2.5x,
  swinging 10 %; every rank waits for them); a requeue onto a node whose GPU has its clocks capped (compute up to
  2.5x, from the end of a requeue on as many nodes); a Lustre OST the dataset is striped over rebuilding its RAID
  (the loader up to 6x); a fault of a node or of the process ends at the next requeue, the OST's when the rebuild
  is done; 150-1400 points or to the end;
* ``straggler``: another job's CPU-heavy tasks on a node starve the decompression (bursts of 10-120 s every
  30-300 s, the loader up to 9x, 5 % of that between them), or another job's checkpoint writes saturate the
  filesystem (bursts of 20-90 s every 60-400 s, up to 13x); 80-500 points;
* ``leak``: the loader workers' chunk cache has no bound (memory pressure, the page cache lost: the loader up to
  7x), a callback keeps every step's forecast fields for a plot and concatenates them (the fixed part up to 26x),
  or the caching allocator fragments (``cudaMalloc`` retries: the GPU part up to 3x), each growing as ``r ** q`` of
  the ramp ``r`` (``q`` 0.7-1.5) over 250-1800 points (at most 0.6 of the stretch it is placed in), then held
  80-600 points or to the end, unless a requeue ends it sooner.

Each trace with events holds every kind once, in a random order, and a fourth event of a random kind in 40 % of
them, one per stretch of the trace from point 600 on. A regression's magnitude is set by bisection so that its
noise-free loss of samples/s over its training buckets meets a drawn target (drops 8-33 %, stragglers 10-30 %; a
leak 12-40 % over its plateau, the last tenth of its ramp and its hold). About 35 % of the other onsets are placed
at the end of a pause or inside it. An event is kept only when its measured depth ``1 - sum(values) /
sum(healthy)`` over its unpaused points is 7-34 %, its values lie below the healthy twin on more than 60 % of its
points, it holds no point of ``changes``, and it shows within 60 points of the onset (the first 60 points lose at
least 5 % and half the depth, on at least 8 live points) or, for a leak, along its ramp (its last third loses at
least 5 %); otherwise it is redrawn.

Counts over ``heldout18_set`` (12 seeds ``181800``-``181811``, n=6000; measured from this generator)
-------------------------------------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     31      12    10         9     0.089-0.324  16              7-23 (322 spans, 0 >60)      3
long      33      11    11         11    0.082-0.317  20              32-118 (247 spans, 145 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are
left out of the span ranges. A span holds the points whose rate window touches a pause (requeues included).
``changes`` (planned level changes the monitor knows of): short 21 (7 world-size changes, 10 rollout changes, 4
precision switches), long 10 (3 world-size changes, 7 rollout changes, 0 precision switches); the requeues onto as
many nodes, the cold chunk cache, the warm-ups, the nightly scan and the filesystem's cycle and wander are level
changes it is not told of. Over both sets: 13 runs reset the timer after a pause, 15 have the nightly scan, 9 a
cold chunk cache; ``dt`` / ``si`` 30 / 10 s in 7 runs, 30 / 15 in 7, 60 / 15 in 4, 60 / 30 in 6. Generating both
settings takes about a second.

Usage::

    from anomaly.heldout18 import heldout18_set
    for trace in heldout18_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events

Size: over 500 lines because one blind author's whole model (the job, the histogram and PromQL path, the
regressions) stays in one file, as every held-out family does; nothing imports its internals.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from anomaly.heldout_common import (SETTINGS, add_span, apply_mods, bad_share, calibrate, cause_buckets,
                                    change_points, draw_regression, every_fourth_clean, family_trace, live_mask,
                                    next_stretch, ou_path, restart_pause, seg_buckets, seg_columns, smax, span_len,
                                    twostate)
from anomaly.traces import Trace

HELDOUT18_SEEDS = tuple(range(181800, 181812))

_PAUSE = {"short": (6, 25, 8, 15), "long": (31, 120, 45, 80)}  # span (points) lo, hi; median lo, hi
_P_KIND = (0.36, 0.30, 0.34)
_NODES = (2, 3, 4, 6, 8)  # nodes of 8 GPUs the job may be given
_NEXT_R = {1: 2, 2: 3, 3: 4, 4: 6, 6: 8, 8: 12}  # the rollout curriculum: autoregressive steps in the loss


@dataclass
class _Job:
    """The step-cost model (seconds per step, per part, at one autoregressive step ``R = 1``)."""

    io: float  # the loader path per GPU: read 2 + R states from Zarr chunks on Lustre, decompress, normalise
    gpu: float  # forward and backward of one autoregressive step (activation checkpointing: recomputed)
    fix: float  # optimizer, the EMA of the weights, the loss sync, kernel launches
    ar: float  # the exposed gradient all-reduce, per log2(GPUs)

    def parts(self, N, R, prec, cache=1.0):
        """``(io, gpu, ar, fix)`` per step on ``N`` nodes of 8 GPUs with ``R`` autoregressive steps in the loss,
        the GPU part's precision multiplier ``prec`` and the loader's cache multiplier ``cache``."""
        io = self.io * (2.0 + R) / 3.0 * cache
        gpu = self.gpu * R * prec
        ar = self.ar * np.log2(8.0 * np.asarray(N, float))
        return io, gpu, ar, self.fix + 0.0 * io

    def rate(self, N, R, prec=1.0, io_f=1.0) -> float:
        """Samples/s of the whole job (one sample per GPU and step), noise-free (the loader ``io_f`` times slower)."""
        return float(8 * N / _step(*self.parts(N, R, prec, io_f)))


def _step(io, gpu, ar, fix):
    """Seconds per step: the prefetching loader against the GPU path (a soft maximum: noisy reads make either the
    bottleneck near the crossing)."""
    return smax(io, gpu + ar + fix)


@dataclass
class _Seg:
    """A stretch of training in one process, at one world size, rollout length and precision."""

    t0: float
    t1: float
    val: int  # validations done before it
    proc: int
    N: int
    R: int
    prec: float


@dataclass
class _Run:
    """The healthy run on the grid of scrapes (``K = n * k`` buckets of ``si`` s; sample ``j`` is scraped at the
    end of bucket ``j``); point ``i`` is the query at ``(i + 1) * dt - ph`` over the window ``w``."""

    dt: float  # the poller's query step = one point (s)
    si: float  # Prometheus' scrape interval (s)
    k: int  # scrapes per point
    w: float  # the rate window (Grafana's $__rate_interval: max(4 si, dt + si))
    ph: float  # the queries' phase against the scrapes (s)
    n: int
    reset: bool  # the callback restarts its timer after a pause; else the first step after it observes the pause
    train: np.ndarray  # training seconds in each bucket
    io: np.ndarray  # the step's parts (s), healthy
    gpu: np.ndarray
    ar: np.ndarray
    fix: np.ndarray
    gmul: np.ndarray  # multiplier on the whole step: the warm-up after a process start
    G: np.ndarray  # the global batch (samples per step) in force at each bucket (8 N)
    carry: np.ndarray  # seconds of pause observed with the first step after it (timer not reset; else 0)
    stall: np.ndarray  # seconds of the bucket's training stalled (GC, a Lustre metadata hiccup)
    sig: float  # a step's log-sd
    z: np.ndarray  # the bucket's standard draws (Student-t)
    present: np.ndarray  # the scrape of the bucket's end succeeded
    segs: list
    pauses_t: list  # (t0, t1, kind): "val", "full" (10-day forecast + checkpoint), "ckpt", "restart"
    first: list  # per pause: the end of the first step after it (s)
    restarts: list  # (stop, resume, same world size)
    known_t: list  # resume times after which the level changes by plan
    known_kind: list  # "world", "rollout", "precision"
    hosts: np.ndarray  # per process: the step multiplier of its hosts (noise-free, at the first segment's shape)
    night: tuple | None  # (start hour of day, hours, io multiplier) of the filesystem's nightly scan
    cold: bool  # the loader's NVMe chunk cache starts cold with each process
    day0: float  # the time of day (s) at the run's start
    job: _Job | None = None


def _span_len(rng, setting: str, scale: float = 1.0) -> float:
    return span_len(rng, _PAUSE, setting, scale, 1.5, 2.5)


def _draw_job(rng) -> _Job:
    """A job whose GPU path takes 1-6 s per step at ``R = 1``, the loader at 50-160 % of it."""
    s = np.exp(rng.uniform(np.log(1.0), np.log(6.0)))
    sh = np.array([rng.uniform(0.6, 0.8), rng.uniform(0.04, 0.12), rng.uniform(0.05, 0.15)])
    sh /= sh.sum()
    return _Job(io=rng.uniform(0.5, 1.6) * s, gpu=sh[0] * s, fix=sh[1] * s, ar=sh[2] * s / 5.0)


def _new_size(rng, old: int) -> int:
    """The node count of a resubmission: what is free, at 0.45-0.67 or 1.5-2.2 times the old count."""
    ok = [x for x in _NODES if 0.45 <= x / old <= 0.67 or 1.5 <= x / old <= 2.2]
    return int(rng.choice(ok))


def _schedule(rng, n: int, setting: str) -> _Run:
    dt = float(rng.choice([30.0, 60.0], p=[0.6, 0.4]))
    si = float(rng.choice([10.0, 15.0]) if dt == 30.0 else rng.choice([15.0, 30.0]))
    k, w, ph = int(dt / si), max(4 * si, dt + si), float(rng.uniform(0, si))
    T, K = n * dt, n * int(dt / si)
    N = int(rng.choice(_NODES, p=[0.2, 0.2, 0.3, 0.15, 0.15]))
    R = int(rng.choice([1, 2, 4], p=[0.6, 0.25, 0.15]))
    prec = 1.0
    job = _draw_job(rng)
    reset = rng.random() < 0.55
    cache_fit = rng.random() < 0.5  # each node's shard fits its NVMe chunk cache: cold after a process start
    w_c, tau_c = rng.uniform(0.3, 1.0), rng.uniform(600, 2400)
    ex = w / dt  # a pause's span holds the points whose window touches it: w / dt more than the pause

    val_pts = rng.uniform(150, 450)  # training points between validations (val_check_interval in steps)
    est_val = max(3, int(n / (val_pts * 1.25)))
    n_roll = int(rng.choice([0, 1, 2], p=[0.45, 0.35, 0.2]))
    roll_at = set(int(x) for x in rng.choice(np.arange(1, int(0.8 * est_val) + 1),
                                             size=min(n_roll, int(0.8 * est_val)), replace=False))
    prec_at = int(rng.integers(1, int(0.8 * est_val) + 1)) if rng.random() < 0.4 else -1
    prec_f = rng.uniform(0.5, 0.75)  # bf16 message passing (the GPU part)
    if prec_at in roll_at:
        prec_at = -1
    full_every = int(rng.integers(2, 6))  # every m-th validation: a 10-day forecast scored, then a checkpoint
    ck_T = rng.uniform(7200, 21600) if rng.random() < 0.35 else np.inf  # train_time_interval checkpoints
    n_re = min(3, int(rng.poisson(rng.uniform(0.4, 1.5))))
    re_t = sorted(rng.uniform(0.05, 0.92, n_re) * T)
    t_plan = T - w - 12 * dt  # planned changes only where the trace still shows them

    segs, pauses_t, restarts, known_t, known_kind = [], [], [], [], []
    t, proc, n_val, trained, since_ck = 0.0, 0, 0, 0.0, 0.0
    while t < T + dt:
        which, run = next_stretch(rng, re_t, 0, t, val_pts * dt - trained, ck_T - since_ck, 600, dt)
        segs.append(_Seg(t, t + run, n_val, proc, N, R, prec))
        t += run
        trained += run
        since_ck += run
        if which == 2:  # a node failed or the job was preempted: Slurm requeues it, it resumes from its checkpoint
            re_t.pop(0)
            dur = (_span_len(rng, setting, 1.5) - ex) * dt
            old = N
            if rng.random() < 0.4 and t + dur < t_plan:  # requeued onto the nodes that are free
                N = _new_size(rng, old)
            t = restart_pause(t, dur, N == old, pauses_t, restarts, known_t, known_kind)
            proc += 1
            since_ck = 0.0
            while re_t and re_t[0] < t + 900:
                re_t.pop(0)
        elif which == 0:  # validation: short forecasts scored on held-out dates; every m-th a 10-day one
            n_val += 1
            full = n_val % full_every == 0
            dur = (_span_len(rng, setting, 1.6 if full else 1.0) - ex) * dt
            pauses_t.append((t, t + dur, "full" if full else "val"))
            t += dur
            trained = 0.0
            since_ck = 0.0 if full else since_ck
            if t < t_plan and n_val in roll_at and R in _NEXT_R:  # the curriculum: a longer rollout in the loss
                R = _NEXT_R[R]
                known_t.append(t)
                known_kind.append("rollout")
            elif t < t_plan and n_val == prec_at and job.rate(N, R, prec_f, 1.4) > 1.12 * job.rate(N, R, prec, 1.4):
                prec = prec_f
                known_t.append(t)
                known_kind.append("precision")
        else:  # a time-based checkpoint between validations
            dur = (_span_len(rng, setting, 0.7) - ex) * dt
            pauses_t.append((t, t + dur, "ckpt"))
            t += dur
            since_ck = 0.0

    tb, train, seg_of = seg_buckets(segs, K, si)
    on, (Nb, Rb, pb, precb) = seg_columns(segs, seg_of, "N", "R", "proc", "prec")
    last = np.maximum.accumulate(seg_of)  # the segment in force (the last begun) at each bucket
    G = np.array([8.0 * s.N for s in segs])[np.maximum(last, 0)]

    # the training clock since each process started: a cold chunk cache, the warm-up
    tc = np.cumsum(train)
    tcs, tbe = np.concatenate([[0.0], tc]), np.concatenate([tb, [K * si]])
    start = {}
    for s in segs:
        start.setdefault(s.proc, s.t0)
    proc_c = np.array([np.interp(start.get(x, 0.0), tbe, tcs) for x in range(proc + 1)])
    since = np.maximum(tc - proc_c[pb], 0)
    cache = 1 + w_c * np.exp(-since / tau_c) if cache_fit else np.ones(K)
    io, gpu, ar, fix = job.parts(Nb, Rb, precb, cache)

    # each process's hosts: the nodes' CPUs and local disks, their GPUs' clocks, the fabric's routes; a quarter of
    # the processes land on the partition's older nodes (slower decompression, PCIe gen 3)
    old = rng.random(proc + 1) < 0.25
    h_io = np.clip(np.exp(rng.normal(0, 0.06, proc + 1)) * np.where(old, rng.uniform(1.1, 1.3, proc + 1), 1.0),
                   0.9, 1.25)
    h_gpu = np.exp(rng.normal(0, 0.03, proc + 1)) * np.where(old, rng.uniform(1.05, 1.2, proc + 1), 1.0)
    h_ar = np.exp(rng.normal(0, 0.1, proc + 1))
    io, gpu, ar = io * h_io[pb], gpu * h_gpu[pb], ar * h_ar[pb]
    s0 = segs[0]
    ref = _step(*job.parts(s0.N, s0.R, s0.prec))
    hosts = np.array([_step(*[p * f for p, f in zip(job.parts(s0.N, s0.R, s0.prec), (a, b, c, 1.0))]) / ref
                      for a, b, c in zip(h_io, h_gpu, h_ar)])

    # the shared filesystem: a day's load cycle, a wander, and in half the runs a nightly policy-engine scan
    day0 = rng.uniform(0, 86400)
    tod = (tb + day0) % 86400
    lustre = 1 + rng.uniform(0.02, 0.07) * np.sin(2 * np.pi * tod / 86400 + rng.uniform(0, 6.3))
    ou = ou_path(rng, T, rng.uniform(0.015, 0.04), rng.uniform(900, 5400))
    lustre = lustre * np.exp(ou[(tb / 60).astype(int)])
    night = None
    if rng.random() < 0.5:
        night = (rng.uniform(0, 6), rng.uniform(1, 3), rng.uniform(1.1, 1.35))
        h = (tod / 3600 - night[0]) % 24
        ramp = np.clip(np.minimum(h, night[1] - h) * 6, 0, 1) * (h < night[1])  # 10-min ramps
        lustre = lustre * (1 + (night[2] - 1) * ramp)
    io = io * lustre
    w0, tau_w = rng.uniform(0.5, 3.0), rng.uniform(20, 120)
    gmul = 1 + w0 * np.exp(-since / tau_w)  # the first steps: torch.compile, cuDNN autotune, the allocator
    for arr in (io, gpu, ar, fix, gmul):
        arr[~on] = 1.0
    step0 = _step(io, gpu, ar, fix) * gmul

    # the first step after each pause ends at its end plus a step; without a timer reset it observes the pause
    first, carry = [], np.zeros(K)
    for a, b, kind in pauses_t:
        jb = min(int(b // si), K - 1)
        e = b + float(step0[jb])
        first.append(e)
        if not reset and kind != "restart" and int(e // si) < K:  # a new process starts its timer afresh
            carry[int(e // si)] += b - a

    stall = np.zeros(K)
    gc = rng.random(K) < si / rng.uniform(180, 900)  # Python GC, a slow collate: 0.5-4 s
    stall[gc] = np.exp(rng.uniform(np.log(0.5), np.log(4.0), int(gc.sum())))
    for _ in range(int(rng.poisson(rng.uniform(0.3, 2.0)))):  # a Lustre metadata-server hiccup: 20-180 s
        j, left = int(rng.integers(0, K)), rng.uniform(20, 180)
        while left > 0 and j < K:
            stall[j] += min(si, left)
            left -= si
            j += 1
    stall = np.minimum(stall, 0.9 * train)
    present = rng.random(K) >= rng.uniform(0.002, 0.01)  # a scrape that timed out
    for (a, b, kind) in pauses_t:  # saving a checkpoint holds the GIL: the exporter's thread misses scrapes
        if kind in ("full", "ckpt"):
            j0, j1 = int(a // si), min(K, int(b // si) + 1)
            present[j0:j1] &= rng.random(max(0, j1 - j0)) >= 0.5
    return _Run(dt=dt, si=si, k=k, w=w, ph=ph, n=n, reset=reset, train=train, io=io, gpu=gpu, ar=ar, fix=fix,
                gmul=gmul, G=G, carry=carry, stall=stall, sig=rng.uniform(0.03, 0.08),
                z=np.clip(rng.standard_t(4, K), -6, 6), present=present, segs=segs, pauses_t=pauses_t, first=first,
                restarts=restarts, known_t=known_t, known_kind=known_kind, hosts=hosts, night=night, cold=cache_fit,
                day0=day0, job=job)


@dataclass
class _Mod:
    """A regression: multipliers of the step's parts over buckets ``[b0, b1)``."""

    b0: int
    b1: int
    io: np.ndarray | float = 1.0
    gpu: np.ndarray | float = 1.0
    ar: np.ndarray | float = 1.0
    fix: np.ndarray | float = 1.0


def _steps(run: _Run, mods, b0: int, b1: int) -> np.ndarray:
    """Seconds per step in each bucket of ``[b0, b1)`` with the regressions ``mods`` applied (noise-free)."""
    return _step(*apply_mods(run, mods, b0, b1, ("io", "gpu", "ar", "fix"))) * run.gmul[b0:b1]


def _rates(run: _Run, mods, b0: int, b1: int) -> np.ndarray:
    """The job's noise-free samples/s in each bucket of ``[b0, b1)``."""
    return run.G[b0:b1] / _steps(run, mods, b0, b1)


def _windows(run: _Run):
    """Per point: the scrapes ``j0 < j1`` its window holds first and last (``ok``: two or more)."""
    pres = np.nonzero(run.present)[0]
    q = (pres + 1) * run.si
    tau = (np.arange(run.n) + 1) * run.dt - run.ph
    a = np.searchsorted(q, tau - run.w, side="right")
    b = np.searchsorted(q, tau, side="right") - 1
    ok = b > a
    j0, j1 = pres[np.clip(a, 0, len(pres) - 1)], pres[np.clip(b, 0, len(pres) - 1)]
    return ok, np.where(ok, j0, 0), np.where(ok, j1, 0)


def _series(run: _Run, mods=()) -> np.ndarray:
    """The poller's ``G / (rate(step_seconds_sum[w]) / rate(step_seconds_count[w]))`` per point: the global batch
    over the mean step observed between the window's first and last scrape (no step there, or under two scrapes:
    NaN, stored as 0). Rate's extrapolation and its counter-reset rule cancel in the ratio."""
    K = len(run.train)
    step = _steps(run, mods, 0, K)
    nb = np.maximum(run.train / step, 1.0)
    eff = step * np.exp(run.sig / np.sqrt(nb) * run.z)  # the mean of the bucket's steps
    cnt = np.maximum(run.train - run.stall, 0) / eff  # steps observed (the histogram's _count)
    clk = run.train + run.carry  # seconds observed (its _sum): training, and a pause where the timer runs on
    ok, j0, j1 = _windows(run)
    m = int((j1 - j0).max())
    idx = j0[:, None] + 1 + np.arange(m)[None, :]
    inw = idx <= j1[:, None]
    idx = np.minimum(idx, K - 1)
    dc = np.where(inw, cnt[idx], 0.0).sum(1)
    ds = np.where(inw, clk[idx], 0.0).sum(1)
    good = ok & (dc > 1e-6) & (ds > 0)
    v = np.where(good, run.G[j1] * dc / np.where(good, ds, 1.0), 0.0)
    return np.round(v, 4)


def _spans(run: _Run) -> list[tuple[int, int]]:
    """The points whose window touches a pause: from its start to the end of the first step after it."""
    spans = []
    for (a, b, kind), e in zip(run.pauses_t, run.first):
        s, f = int(np.floor((a + run.ph) / run.dt)), min(run.n, int(np.ceil((e + run.w + run.ph) / run.dt)) - 1)
        if s >= run.n:
            break
        add_span(spans, s, max(f, s + 1))
    return spans


_CAUSES = {"drop": ("ibfall", "thermal", "ost", "badnode"), "straggler": ("cotenant", "fsburst"),
           "leak": ("chunkcache", "metrics", "alloc")}


def _cause(rng, run: _Run, kind: str, name: str, t0: float, t1: float, tr: float):
    """``(mod_of(A), A_max, t1)``: the regression ``name`` over ``[t0, t1)`` (a leak ramps until ``tr``) as a
    function of its magnitude ``A``, and the time it really ends (a fault of a node or of the process ends at the
    next restart)."""
    held = name in ("ibfall", "thermal", "badnode", "chunkcache", "metrics", "alloc")
    t1, b0, b1 = cause_buckets(run, t0, t1, run.si, held)
    tb = np.arange(b0, b1) * run.si
    x = np.maximum(tb - t0, 0)
    if name == "ibfall":  # one node's HCA link flapped: NCCL's ring runs over the TCP socket transport
        return (lambda A: _Mod(b0, b1, ar=np.full(b1 - b0, 1 + A))), 14.0, t1
    if name == "thermal":  # a failed fan: one node's GPUs heat up and throttle; every rank waits for them
        w = np.minimum(1, x / rng.uniform(120, 600)) * (1 + 0.1 * np.sin(2 * np.pi * x / rng.uniform(300, 1200)))
        return (lambda A: _Mod(b0, b1, gpu=1 + A * w)), 1.5, t1
    if name == "badnode":  # requeued onto a node whose GPU has its clocks capped (retired pages, a power fault)
        return (lambda A: _Mod(b0, b1, gpu=np.full(b1 - b0, 1 + A))), 1.5, t1
    if name == "ost":  # a Lustre OST the dataset is striped over rebuilds its RAID: a share of chunk reads is slow
        return (lambda A: _Mod(b0, b1, io=np.full(b1 - b0, 1 + A))), 5.0, t1
    if name in ("cotenant", "fsburst"):
        # another job's CPU-heavy tasks on a node (decompression starved), or its checkpoint writes saturating the
        # filesystem's bandwidth: bursts of slow reads
        bad_m, good_m, a_max = (rng.uniform(10, 120), rng.uniform(30, 300), 8.0) if name == "cotenant" else \
            (rng.uniform(20, 90), rng.uniform(60, 400), 12.0)
        bad = bad_share(twostate(rng, t0, t1, bad_m, good_m, 1e6), tb, run.si)
        f = bad * np.exp(rng.normal(0, 0.3, b1 - b0)) + 0.05 * (1 - bad)
        return (lambda A: _Mod(b0, b1, io=1 + A * f)), a_max, t1
    r = np.clip(x / max(tr - t0, 1e-9), 0, 1) ** rng.uniform(0.7, 1.5)
    if name == "chunkcache":  # the loader workers' chunk cache has no bound: memory pressure, the page cache lost
        return (lambda A: _Mod(b0, b1, io=1 + A * r)), 6.0, t1
    if name == "metrics":  # a callback keeps every step's forecast fields for a plot and concatenates them
        return (lambda A: _Mod(b0, b1, fix=1 + A * r)), 25.0, t1
    # the caching allocator fragments (checkpointed activations of varying rollout depth): cudaMalloc retries
    return (lambda A: _Mod(b0, b1, gpu=1 + A * r)), 2.0, t1


def _calibrate(run: _Run, mod_of, a_max: float, target: float, b0: int, b1: int):
    """The magnitude whose noise-free loss of samples/s over the training buckets ``[b0, b1)`` is ``target``."""
    return calibrate(lambda mods: _rates(run, mods, b0, b1), mod_of, a_max, target, run.train[b0:b1] > 0)


def _draw_event(rng, run: _Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` with onset in ``[lo, hi)``: an ``(Event, _Mod)`` pair, or None after 80
    rejected draws. "badnode" starts at the end of a restart on as many nodes (the job lands on a bad node); else
    35 % start at the end of a pause or inside it."""
    return draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=_P_KIND, causes=_CAUSES,
                           cause=_cause, calib=lambda *a: _calibrate(run, *a),
                           series=lambda mod, lo, b1: (_series(run, [mod]), 0),
                           width=run.si, restart_cause="badnode", p_pause=0.35, max_depth=0.34, stop_at_end=True)


def _point(run: _Run, t: float) -> int:
    """The first point whose query time lies after ``t``."""
    return int(np.floor((t + run.ph) / run.dt))


def _build(seed: int, n: int, pauses: str):
    """The healthy run of ``seed``: ``(run, healthy series, pause spans, live mask, changes)``. A change is the
    first point after the span of a planned change."""
    run = _schedule(np.random.default_rng([seed, SETTINGS[pauses], 181]), n, pauses)
    healthy = _series(run)
    spans = _spans(run)
    changes = change_points([_point(run, t) for t in run.known_t], spans, n)
    return run, healthy, spans, live_mask(spans, n), changes


def make_heldout18(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One weather model's training samples/s (a Prometheus histogram of step durations, read as the ratio of its
    ``_sum`` and ``_count`` rates) with labelled regressions and its planned level changes (deterministic).

    Parameters
    ----------
    seed : random seed.
    n : number of points (>= 2000).
    pauses : ``"short"`` (pause spans of 6-25 points) or ``"long"`` (31-120 points, many over 60).
    n_events : number of regressions to place; ``0`` gives a clean run, ``None`` draws 3 or 4.
    """
    return family_trace(_build, _draw_event, _series, _P_KIND, seed, n, pauses, n_events, 182,
                        lambda run: 1_812_000_000.0 + 86400.0 * (seed % 89) + run.dt * (np.arange(n) + 1))


def heldout18_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT18_SEEDS) -> list[Trace]:
    """The family's traces, one per seed; every fourth trace is a clean run."""
    return every_fourth_clean(make_heldout18, seeds, n, pauses)
