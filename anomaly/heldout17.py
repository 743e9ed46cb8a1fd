"""The seventeenth held-out throughput family: a graph neural network's seed nodes/s under neighbour sampling,
set as a StatsD gauge (last value per flush) and read back from Graphite as ``summarize(..., "avg")``.

Written blind: the author read only ``anomaly/traces.py``'s ``Event``/``Trace`` interface and scoring rule, the
shared helpers (``anomaly/heldout_common.py``, ``tests/trace_checks.py``), the fifteenth generator and its tests
as a model of API, structure and tests, the sixteenth's docstring and the first lines of the other families'
docstrings (to model another job and another collection path); never a detector, and never ran a detector on
these traces.

What is modelled
----------------
A graph neural network (GraphSAGE / GAT-style, 2-3 hops) is trained with PyTorch Lightning and DDP on 1-4 nodes
of 8 GPUs on a large graph held in host memory, with **neighbour sampling**: each step takes a mini-batch of
``B`` seed nodes per GPU (512-2048; the training nodes of a node-classification job, or the edges of a temporal
link-prediction job) and samples a fixed fanout of neighbours per hop. The throughput reported is **seed nodes
per second** of the whole job. A Lightning callback on rank 0 sets a StatsD *gauge*
``gnn.train.seeds_per_sec`` every ``L`` steps (``log_every_n_steps``: 1, 10, 25 or 50; 50 where the window
stays short), the seeds of those ``L`` steps times the world size over their wall time. A central StatsD
daemon flushes every 10 s to Graphite (carbon); a gauge's flushed value is the **last value set** before the
flush, not an average. The poller that feeds the monitor reads, one point per ``dt`` (20, 30 or 60 s),

    transformNull(summarize(gnn.train.seeds_per_sec, "<dt>s", "avg", alignToFrom=false), 0)

so a point is the mean of the 2-6 flushed values in its bucket (nulls left out; all null reads 0). So:

* **snapshots, not counts.** A flushed value is one window of ``L`` steps, the last before the flush: its noise
  is the step's over ``L`` steps (a single step's with ``L = 1``: neighbouring points differ by up to 8 % in
  the median, from the sampled subgraphs alone), nothing between the windows is counted, and a stall (a GC pass, a page-fault storm: 0.5-5 s
  every 3-15 min) shows only when it falls into a flushed window;
* **unset gauges.** While training stops nothing is set. Half the runs keep StatsD's default (``deleteGauges:
  false``): the last value is flushed again and again, so a pause (or a restart, however long) reads as a flat
  line at the last window's rate, and the first points after it mix the held value with fresh ones. The
  others set ``deleteGauges: true`` (and log often enough that a 10-s flush normally holds a set): a pause's
  inner points read 0 and its edge points average only the flushes that hold a set, so they read near the full
  level. With ``deleteGauges`` off a window may be longer than a flush (up to 15 s): a value is flushed twice;
* **the callback's timer.** In 40 % of the runs the callback does not restart its timer after a pause, so the
  first window after it also divides by the pause: where that set is the last before a flush (long windows),
  one flushed value is a few percent of the level (0-28 such flushes in a trace, 77 over both sets).

Healthy behaviour (none of it labelled):

* **a step's cost.** The loader workers' sampling (CPU, per sampled edge) against the GPU path: gathering the
  sampled nodes' features from pinned host memory over PCIe (per unique node: the neighbourhoods overlap, so the
  unique nodes grow as ``(B x fanouts) ** (0.7-0.9)``), message passing (per edge), and a fixed part (optimizer,
  launches, the gradient all-reduce, which crosses the network on more than one node). A step is the soft
  maximum of the two (``(a^8 + b^8)^(1/8)``); sampling is at 40-130 % of the GPU path, so it binds in about a
  third of the runs; 30 % of the runs sample on the GPU (a CUDA sampler in the GPU path at 0.3 of its CPU cost);
* **temporal link prediction (35 % of the runs).** The seed edges come in time order and a node's sampled
  neighbours must precede it, so the neighbourhoods (and the step's cost) grow over each epoch, fast at first:
  the rate starts each epoch high and settles (its first 8 points 5-21 % above points 100-150 of the epoch,
  10th-90th percentile), a saw-tooth whose rise follows every epoch-end pause, unlisted (the step noise is 1.5x larger there: activity is bursty);
* **a dynamic GPU feature cache (half the runs).** The hot nodes' features are cached on the GPU by recency: a
  new process starts cold (the gather 1.3-2x), warming over 5-20 min of training;
* **restarts.** Pod evictions (node maintenance, preemption; Poisson, 0.4-1.5 per run on average, never within
  five minutes after a pause): the job reloads the graph into shared memory and resumes from its last checkpoint
  (the epoch since is replayed); the first steps are 1.3-2.5x slower (CUDA context, allocator, 20-120 s). A
  restart onto as many nodes brings other hosts (sampling CPUs, sd 5 %; memory bandwidth, sd 4 %; in a quarter
  of the processes the loader workers land on the far NUMA node: sampling 1.1-1.25x): unlisted level moves of
  up to about 30 % where sampling binds (13 such restarts in the two sets, their level moves 0.86-1.30x);
* a wander of the host's memory bandwidth (Ornstein-Uhlenbeck, sd 1-3 %, 15-90 min) on sampling and gather,
  the step's log-normal noise (Student-t, 4 degrees of freedom, 4-10 % per step, 6-15 % in temporal runs);
* pauses: at every epoch's end (an epoch is 150-450 points of training) a sampled validation; every 2nd-5th
  epoch instead a layer-wise full-graph inference for the test metrics and a checkpoint (1.6x longer); in 35 %
  of the runs a time-based checkpoint every 2-6 h of training (``train_time_interval``; 0.7x); restarts (1.5x).
  Over both sets: 304 validations, 164 full inferences, 117 time-based checkpoints, 25 restarts.

Planned level changes, **listed in ``changes``** (the first point after the span of the pause they follow):

* **world-size changes** at a restart (40 % of them): the job is resubmitted on the nodes that are free, one
  more or fewer, or twice or half as many (within 1-4);
* **larger fanouts** at an epoch's end (25 % of the runs, in the first 70 % of the run): the fanout of a hop
  raised, or a third hop added (the sampled subgraph 1.15-3x), kept only where seed nodes/s falls 8 % or more;
* **a doubled batch** at an epoch's end (20 %): the per-step fixed cost and the neighbourhoods' overlap
  amortised, kept only where it gains 8 % or more.

Measured at the listed changes (the healthy level's medians, up to 300 live points before and after, the first
100 after left out), over both sets: world-size changes 0.44-0.64x (5) and 1.41-2.10x (7), fanout changes
0.39-0.72x (5), batch steps 1.11-1.17x (6).

A regression changes the step's parts inside its window; the run's clock (steps, pauses, epochs, gauge sets,
flushes) stays the healthy run's, so ``healthy`` (the same run without regressions) aligns point by point and
equals ``values`` outside the events. The event's ``end`` is the last point where the regressed series differs
from the healthy one (plus one; with ``deleteGauges`` off a held value can carry it through a following pause).
No event holds a point of ``changes``.

Labelled regressions (their causes are a neighbour-sampled GNN job's)
---------------------------------------------------------------------
* ``drop``: another pod scheduled onto one node steals its loader workers' cores (sampling up to 5x, ramping in
  over 20-120 s, swinging 15 %; every rank waits for that node, so it bites where sampling binds), one GPU's
  PCIe link retrained at a lower width (the gather up to 4x, ramping in), or a restarted process that could not
  pin the feature tensor (``cudaHostRegister`` failed: pageable copies, the gather up to 7x; from a restart on
  as many nodes, onset inside its span); a fault of the process or its node ends at the next restart;
  150-1400 points or to the end;
* ``straggler``: a co-tenant's memory-bandwidth bursts on one node (10-90 s every 20-200 s: sampling and gather
  up to 9x, 5 % of that between them) or a remote feature-store partition server with GC pauses (bursts of 5-60 s
  every 30-240 s in which the gather is up to 15x, 8 % of that between them); 80-500 points;
* ``leak``: the sampler's memo of neighbour lists growing without bound (the workers swap: sampling up to 7x),
  a callback that registers a hook every step and never removes it (the fixed part up to 16x), or the caching
  allocator fragmenting under the variable subgraph shapes (``cudaMalloc`` retries: gather and message passing
  up to 4x), each growing as ``r ** q`` of the ramp ``r`` (``q`` 0.7-1.5) over 250-1800 points (at most 0.6 of
  the stretch it is placed in), then held 80-600 points or to the end, unless a restart ends it sooner.

Each trace with events holds every kind once, in a random order, and a fourth event of a random kind in 40 % of
them, one per stretch of the trace from point 600 on. A regression's magnitude is set by bisection so that its
noise-free loss of seed nodes/s over its training buckets meets a drawn target (drops 8-33 %, stragglers
10-30 %; a leak 12-40 % over its plateau, the last tenth of its ramp and its hold). About 35 % of the other
onsets are placed at the end of a pause or inside it. An event is kept only when its measured depth ``1 -
sum(values) / sum(healthy)`` over its unpaused points is 7-34 %, its values lie below the healthy twin on more
than 60 % of its points, it holds no point of ``changes``, and it shows within 60 points of the onset (the
first 60 points lose at least 5 % and half the depth, on at least 8 live points) or, for a leak, along its ramp
(its last third loses at least 5 %); otherwise it is redrawn.

Counts over ``heldout17_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     30      11    9          10    0.089-0.318  10              7-23 (345 spans, 0 >60)      3
long      31      12    9          10    0.092-0.324  15              32-118 (261 spans, 151 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end
are left out of the span ranges. Pause spans include restarts. ``changes`` (planned level changes the monitor
knows of): short 11 (7 world-size changes, 2 fanout changes, 2 batch steps), long 12 (5 world-size changes, 3
fanout changes, 4 batch steps); the temporal saw-tooth, the cold feature cache after a restart, the restarts
onto as many nodes and the memory wander are level changes it is not told of. Over both sets: 14 runs keep
held gauges (``deleteGauges`` off), 11 leave the timer running over pauses, 9 are temporal, 7 sample on the
GPU; ``L`` = 1 in 8 runs, 10 in 8, 25 in 3, 50 in 5. Generating both settings takes under a second.

Usage::

    from anomaly.heldout17 import heldout17_set
    for trace in heldout17_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events

Size: over 500 lines because one blind author's whole model (the job, the StatsD and Graphite path, the
regressions) stays in one file, as every held-out family does; nothing imports its internals.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import numpy as np

from anomaly.heldout_common import (apply_mods, bad_share, calibrate, cause_buckets, draw_regression,
                                    every_fourth_clean, family_trace, next_stretch, ou_path, restart_pause,
                                    rollup_build, seg_buckets, seg_columns, smax, span_len, twostate, wobble)
from anomaly.traces import Trace

HELDOUT17_SEEDS = tuple(range(171700, 171712))

_PAUSE = {"short": (6, 25, 8, 15), "long": (31, 120, 45, 80)}  # span (points) lo, hi; median lo, hi
_FLUSH = 10.0  # StatsD's flushInterval (s): one stored gauge value per flush
_P_KIND = (0.36, 0.30, 0.34)
_EPOCHS = 200  # epochs drawn (more than a trace ever reaches)


@dataclass
class _Job:
    """The step-cost model of a neighbour-sampled GNN (seconds per step and GPU, per part, at the first batch
    size ``B0`` and fanouts)."""

    smp: float  # neighbour sampling in the loader workers (CPU), grows with the sampled edges
    gat: float  # feature gathering of the sampled nodes (host memory over PCIe / a GPU cache), the unique nodes
    gpu: float  # message passing and the node MLPs on the GPU, grows with the sampled edges
    fix: float  # optimizer step, kernel launches, the loss sync
    ar: float  # the gradient all-reduce across nodes, per log2(GPUs)
    gamma: float  # the unique nodes grow as (batch x fanouts) ** (1 - gamma): neighbourhoods overlap
    gs: bool  # sampling on the GPU (a CUDA sampler): in the GPU path, 0.3 of its CPU cost; the loader only collates
    B0: float

    def parts(self, N, B, fm, c, cache):
        """``(sample, gather, gpu, fixed)`` per step on ``N`` nodes of 8 GPUs, per-GPU batch ``B``, fanout size
        multiplier ``fm``, temporal multiplier ``c`` (neighbourhoods growing within an epoch) and the gather's
        cache multiplier ``cache``."""
        b = B / self.B0
        smp = self.smp * b * fm * c
        gat = self.gat * (b * fm * c) ** (1 - self.gamma) * cache
        gpu = self.gpu * b * fm * c
        fix = self.fix + self.ar * np.log2(8.0 * N) * (np.asarray(N) > 1)
        return smp, gat, gpu, fix + 0.0 * b

    def rate(self, N, B, fm, c=1.0, cache=1.0) -> float:
        return float(np.mean(8 * N * B / _step(self.gs, *self.parts(N, B, fm, c, cache))))


# a step waits for the slower of the loader and the GPU path (a soft maximum: near the crossing, noisy batches make
# either the bottleneck)
_smax = smax


def _step(gs, smp, gat, gpu, fix):
    """Seconds per step from the parts: the loader (CPU sampling, or only the collate when sampling runs on the
    GPU) against the GPU path (gather, message passing, the fixed part, and the GPU sampler)."""
    if gs:
        return _smax(0.2 * (gat + gpu + fix), gat + gpu + fix + 0.3 * smp)
    return _smax(smp, gat + gpu + fix)


@dataclass
class _Seg:
    """A stretch of training in one process, epoch, world size, batch and fanout."""

    t0: float
    t1: float
    ep: int
    proc: int
    N: int
    B: float
    fm: float
    p0: float  # the epoch's progress at t0 and t1 (0-1; a restart replays from the last checkpoint)
    p1: float


@dataclass
class _Run:
    """The healthy run on the grid of 10-s flushes (``K = n * k`` buckets)."""

    dt: float  # the poller's summarize interval = one point (s)
    k: int  # flushes per point
    n: int
    L: int  # steps per gauge set (the callback's logging interval)
    hold: bool  # StatsD keeps an unset gauge (deleteGauges false): the last value repeats; else no value (null)
    reset: bool  # the callback restarts its timer after a pause; else the first set after it spans the pause
    gs: bool
    train: np.ndarray  # training seconds in each flush bucket
    smp: np.ndarray  # the step's parts (s), healthy
    gat: np.ndarray
    gpu: np.ndarray
    fix: np.ndarray
    gmul: np.ndarray  # multiplier on the whole step: warm-up, wander, the process's hardware
    seeds: np.ndarray  # seed nodes per step, the whole job (8 N B)
    has_set: np.ndarray  # the bucket holds a gauge set (the last set before its flush)
    first: np.ndarray  # its last set is the first after a pause: seconds of that pause (0 elsewhere)
    sigma: np.ndarray  # log-sd of the flushed set's window (the step's noise over L steps)
    z: np.ndarray  # the window's standard draws (Student-t)
    stall: np.ndarray  # stall seconds inside the flushed set's window (a GC pass, a page-fault storm)
    segs: list
    pauses_t: list  # (t0, t1, kind): "eval", "full" (full-graph inference + checkpoint), "ckpt", "restart"
    restarts: list  # (stop, resume, same world size)
    known_t: list  # resume times after which the level changes by plan
    known_kind: list  # "world", "fanout", "batch"
    temporal: bool
    job: _Job | None = None


def _span_len(rng, setting: str, scale: float = 1.0) -> float:
    return span_len(rng, _PAUSE, setting, scale, 1.5, 2.5)


def _draw_job(rng, B0: float) -> _Job:
    """A job whose step takes 0.05-0.6 s, with the parts' shares drawn: sampling at 40-130 % of the GPU path
    (it binds in about a third of the CPU-sampling runs)."""
    s = np.exp(rng.uniform(np.log(0.05), np.log(0.6)))
    sh = np.array([rng.uniform(0.3, 0.55), rng.uniform(0.25, 0.5), rng.uniform(0.08, 0.2)])
    sh /= sh.sum()
    gs = rng.random() < 0.3
    rho = rng.uniform(0.4, 1.3)
    return _Job(smp=rho * s, gat=sh[0] * s, gpu=sh[1] * s, fix=sh[2] * s, ar=rng.uniform(0.01, 0.04) * s / 6,
                gamma=rng.uniform(0.1, 0.3), gs=gs, B0=B0)


def _schedule(rng, n: int, setting: str) -> _Run:
    dt = float(rng.choice([20.0, 30.0, 60.0], p=[0.35, 0.45, 0.2]))
    k = int(dt / _FLUSH)
    T = n * dt
    K = n * k
    N = int(rng.choice([1, 2, 3, 4], p=[0.2, 0.35, 0.15, 0.3]))
    B = float(rng.choice([512.0, 1024.0, 2048.0]))
    job = _draw_job(rng, B)
    temporal = rng.random() < 0.35  # temporal link prediction: batches in time order, neighbourhoods grow
    a_t, tau_t = rng.uniform(0.1, 0.25), rng.uniform(0.08, 0.3)
    dyn_cache = rng.random() < 0.5  # a dynamic (LRU) GPU feature cache: warms up after every process start
    w_c, tau_c = rng.uniform(0.3, 1.0), rng.uniform(300, 1200)
    hold = rng.random() < 0.5
    reset = rng.random() < 0.6

    ep_pts = rng.uniform(150, 450)
    fm = 1.0
    r0 = job.rate(N, B, fm)
    n_ep = ep_pts * dt * r0  # seeds in an epoch (the training nodes or edges, a fixed set)

    # planned changes at an epoch's end: larger fanouts (or a third hop), a doubled batch
    est_ep = max(2, int(n / (ep_pts * 1.25)))
    fan_ep = int(rng.integers(1, max(2, int(0.7 * est_ep) + 1))) if rng.random() < 0.25 else -1
    bat_ep = int(rng.integers(1, max(2, int(0.7 * est_ep) + 1))) if rng.random() < 0.2 else -1
    if bat_ep == fan_ep:
        bat_ep = -1
    fan_mult = 1.0
    if fan_ep > 0:
        for _ in range(20):
            c = float(rng.choice([1.15, 1.25, 1.5, 2.0, 2.5, 3.0]))  # e.g. [10, 10] -> [12, 10], or a third hop
            if job.rate(N, B, c) < 0.92 * job.rate(N, B, 1.0):
                fan_mult = c
                break
        else:
            fan_ep = -1
    fm_b = fan_mult if 0 < fan_ep < bat_ep else 1.0
    if bat_ep > 0 and job.rate(N, 2 * B, fm_b) < 1.08 * job.rate(N, B, fm_b):
        bat_ep = -1  # the team doubles the batch only where it pays

    full_every = int(rng.integers(2, 6))  # every m-th epoch end: full-graph (layer-wise) inference + checkpoint
    ck_T = rng.uniform(7200, 21600) if rng.random() < 0.35 else np.inf  # ModelCheckpoint(train_time_interval)
    n_re = int(rng.poisson(rng.uniform(0.4, 1.5)))
    re_t = sorted(rng.uniform(0.05, 0.92, n_re) * T)

    segs, pauses_t, restarts, known_t, known_kind = [], [], [], [], []
    t, ep, proc = 0.0, 0, 0
    prog, since_ck, ck_prog = 0.0, 0.0, 0.0
    while t < T + dt:
        r = job.rate(N, B, fm)
        # a checkpoint due just before the epoch's end waits for the epoch-end one
        which, run = next_stretch(rng, re_t, 0, t, (1 - prog) * n_ep / r, ck_T - since_ck, 600, dt)
        p1 = min(1.0, prog + run * r / n_ep)
        segs.append(_Seg(t, t + run, ep, proc, N, B, fm, prog, p1))
        t += run
        prog = p1
        since_ck += run
        if which == 2:  # the pod evicted (node maintenance, a preemption): the job restarts from its checkpoint
            re_t.pop(0)
            prog = ck_prog
            dur = (_span_len(rng, setting, 1.5) - 1.0) * dt
            old = N
            if rng.random() < 0.4:  # the operator resubmits it on the nodes that are free: one more or fewer,
                N = int(rng.choice(sorted({x for x in (old - 1, old + 1, 2 * old, old // 2) if 1 <= x <= 4})))
            t = restart_pause(t, dur, N == old, pauses_t, restarts, known_t, known_kind)
            proc += 1
            since_ck = 0.0
            while re_t and re_t[0] < t + 900:
                re_t.pop(0)
        elif which == 0:  # the epoch is done: validation (sampled), every m-th one full inference + checkpoint
            full = (ep + 1) % full_every == 0
            dur = (_span_len(rng, setting, 1.6 if full else 1.0) - 1.0) * dt
            pauses_t.append((t, t + dur, "full" if full else "eval"))
            t += dur
            ep += 1
            prog = 0.0
            since_ck = 0.0 if full else since_ck
            ck_prog = 0.0 if full else ck_prog
            if ep == fan_ep:
                fm = fan_mult
                known_t.append(t)
                known_kind.append("fanout")
            if ep == bat_ep:
                B *= 2  # the epoch is the same set of seeds: half as many steps
                known_t.append(t)
                known_kind.append("batch")
        else:  # a time-based checkpoint in the middle of an epoch
            dur = (_span_len(rng, setting, 0.7) - 1.0) * dt
            pauses_t.append((t, t + dur, "ckpt"))
            t += dur
            since_ck = 0.0
            ck_prog = prog

    # the flush buckets
    prg = np.zeros(K)

    def progress(i, s, b0, b1, tbs, ov):  # the epoch's progress at each bucket's end
        mid = np.clip((tbs + _FLUSH - s.t0) / (s.t1 - s.t0), 0, 1)
        prg[b0:b1] = np.where(ov > 0, s.p0 + (s.p1 - s.p0) * mid, prg[b0:b1])

    tb, train, seg_of = seg_buckets(segs, K, _FLUSH, progress)
    on, (Nb, Bb, fmb, pb) = seg_columns(segs, seg_of, "N", "B", "fm", "proc")
    c = 1 - a_t * np.exp(-prg / tau_t) if temporal else np.ones(K)
    tc = np.cumsum(train)  # the training clock
    first_proc = {}
    for s in segs:
        first_proc.setdefault(s.proc, s.t0)
    tcs = np.concatenate([[0.0], tc])
    tbe = np.concatenate([tb, [K * _FLUSH]])
    proc_c = np.array([np.interp(first_proc.get(x, 0.0), tbe, tcs) for x in range(proc + 1)])
    since_proc = np.maximum(tc - proc_c[pb], 0)
    cache = 1 + w_c * np.exp(-since_proc / tau_c) if dyn_cache else np.ones(K)
    smp, gat, gpu, fix = job.parts(Nb, Bb, fmb, c, cache)

    # healthy texture: each process's hosts (CPU, memory, NUMA placement of the workers), warm-up, wander
    sp_c = np.exp(rng.normal(0, 0.05, proc + 1)) * np.where(rng.random(proc + 1) < 0.25,
                                                            rng.uniform(1.1, 1.25, proc + 1), 1.0)
    sp_m = np.exp(rng.normal(0, 0.04, proc + 1))
    sp_g = np.exp(rng.normal(0, 0.012, proc + 1))
    smp = smp * sp_c[pb]
    gat = gat * sp_m[pb]
    ou_m = ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(900, 5400))
    g60 = (tb / 60).astype(int)
    smp = smp * np.exp(ou_m[g60])
    gat = gat * np.exp(ou_m[g60])
    w0, tau_w = rng.uniform(0.3, 1.5), rng.uniform(20, 120)
    gmul = sp_g[pb] * (1 + w0 * np.exp(-since_proc / tau_w))  # the first steps: CUDA context, cuDNN, allocator
    for arr in (smp, gat, gpu, fix, gmul):
        arr[~on] = 1.0
    step0 = _step(job.gs, smp, gat, gpu, fix) * gmul

    # the gauge: set every L steps (the callback's window); a flush stores the last set of its bucket
    med = float(np.median(step0[on]))
    opts = np.array([1, 10, 25, 50, 100])
    wts = np.array([0.15, 0.2, 0.15, 0.4, 0.1]) * (opts * med <= (15.0 if hold else 9.0))
    L = int(rng.choice(opts, p=wts / wts.sum())) if wts.sum() > 0 else 1
    W = L * step0  # seconds per gauge window
    has_set = np.zeros(K, bool)
    first = np.zeros(K)
    prev_end = None
    for i, s in enumerate(segs):  # sets from each resume on, every W seconds of training
        b0, b1 = int(s.t0 // _FLUSH), min(K, int(np.ceil(s.t1 / _FLUSH)))
        if b0 >= K:
            break
        w = float(np.median(W[b0:b1])) if b1 > b0 else L * med
        lo_t = np.maximum(tb[b0:b1], s.t0)
        hi_t = np.minimum(tb[b0:b1] + _FLUSH, s.t1)
        base = s.t0  # every segment follows a pause: the callback's windows start with it
        n_hi = np.floor((hi_t - base) / w)
        n_lo = np.floor((lo_t - base) / w)
        got = (n_hi > n_lo) & (n_hi >= 1)
        has_set[b0:b1] |= got
        if not reset and i > 0:  # the first set's window spans the pause before it
            pause = s.t0 - prev_end
            firsts = got & (n_hi == 1)
            first[b0:b1] = np.where(firsts, pause, first[b0:b1])
        prev_end = s.t1
    sig_s = rng.uniform(0.04, 0.1) * (1.5 if temporal else 1.0)  # a step's log-sd: the sampled subgraphs vary
    sigma = sig_s / np.sqrt(L)
    sigma = np.full(K, sigma)
    z = np.clip(rng.standard_t(4, K), -6, 6)
    lam = 1 / rng.uniform(180, 900)
    st = np.where(rng.random(K) < lam * _FLUSH, np.exp(rng.uniform(np.log(0.5), np.log(5.0), K)), 0.0)
    seen = rng.random(K) < np.minimum(1.0, W / _FLUSH + 0.1)  # the stall lies in the flushed set's window
    stall = np.where(seen & on, st, 0.0)
    return _Run(dt=dt, k=k, n=n, L=L, hold=hold, reset=reset, gs=job.gs, train=train, smp=smp, gat=gat, gpu=gpu,
                fix=fix, gmul=gmul, seeds=8 * Nb * Bb, has_set=has_set, first=first, sigma=sigma, z=z, stall=stall,
                segs=segs, pauses_t=pauses_t, restarts=restarts, known_t=known_t, known_kind=known_kind,
                temporal=temporal, job=job)


@dataclass
class _Mod:
    """A regression: multipliers of the step's parts over flush buckets ``[b0, b1)``."""

    b0: int
    b1: int
    smp: np.ndarray | float = 1.0
    gat: np.ndarray | float = 1.0
    gpu: np.ndarray | float = 1.0
    fix: np.ndarray | float = 1.0


def _steps(run: _Run, mods, b0: int, b1: int) -> np.ndarray:
    """Seconds per step in each bucket of ``[b0, b1)`` with the regressions ``mods`` applied (noise-free)."""
    return _step(run.gs, *apply_mods(run, mods, b0, b1, ("smp", "gat", "gpu", "fix"))) * run.gmul[b0:b1]


def _rates(run: _Run, mods, b0: int, b1: int) -> np.ndarray:
    """The job's noise-free seed nodes/s in each bucket of ``[b0, b1)``."""
    return run.seeds[b0:b1] / _steps(run, mods, b0, b1)


def _series(run: _Run, mods=()) -> np.ndarray:
    """The poller's ``summarize(gnn.train.seeds_per_sec, "<dt>s", "avg")``: per point the mean of the flushed
    gauge values it holds (null flushes left out; a point of nulls reads 0, ``transformNull(0)``)."""
    K = run.n * run.k
    step = _steps(run, mods, 0, K)
    W = run.L * step
    # the flushed set: seeds of its L steps over their wall time (a stall or, without a timer reset, the pause)
    val = run.seeds * run.L / (W * np.exp(run.sigma * run.z) + run.stall + run.first)
    v = np.where(run.has_set, val, np.nan)
    if run.hold:  # deleteGauges false: an unset gauge is flushed with its last value
        idx = np.where(run.has_set, np.arange(K), 0)
        np.maximum.accumulate(idx, out=idx)
        v = np.where(np.maximum.accumulate(run.has_set), val[idx], np.nan)
    v = v.reshape(run.n, run.k)
    cnt = np.isfinite(v).sum(-1)
    tot = np.where(np.isfinite(v), v, 0.0).sum(-1)
    return np.round(tot / np.maximum(cnt, 1), 2)


_CAUSES = {"drop": ("steal", "pcie", "unpinned"), "straggler": ("membw", "store"),
           "leak": ("memo", "hooks", "frag")}


def _bad_share(edges: np.ndarray, tb: np.ndarray) -> np.ndarray:
    """The share of each flush bucket starting at ``tb`` that lies in a bad phase of ``edges``."""
    return bad_share(edges, tb, _FLUSH)


def _cause(rng, run: _Run, kind: str, name: str, t0: float, t1: float, tr: float):
    """``(mod_of(A), A_max, t1)``: the regression ``name`` over ``[t0, t1)`` (a leak ramps until ``tr``) as a
    function of its magnitude ``A``, and the time it really ends (a fault of the process or its node ends at the
    next restart)."""
    t1, b0, b1 = cause_buckets(run, t0, t1, _FLUSH, name in ("steal", "pcie", "unpinned", "memo", "hooks", "frag"))
    tb = np.arange(b0, b1) * _FLUSH
    x = np.maximum(tb - t0, 0)
    if name == "steal":  # another pod on one node steals its loader workers' cores: every rank waits for it
        w = wobble(rng, x, 0.15, 900)
        sc = 0.3 if run.gs else 1.0
        return (lambda A: _Mod(b0, b1, smp=1 + A * w * sc, gat=1 + 0.2 * A * w)), 4.0, t1
    if name == "pcie":  # one GPU's PCIe link retrained at a lower width: its feature gather is slower
        w = np.minimum(1, x / rng.uniform(20, 120))
        return (lambda A: _Mod(b0, b1, gat=1 + A * w)), 3.0, t1
    if name == "unpinned":  # the restarted process could not pin the feature tensor: pageable copies
        return (lambda A: _Mod(b0, b1, gat=np.full(b1 - b0, 1 + A))), 6.0, t1
    if name == "membw":  # a co-tenant's memory-bandwidth bursts on one node: sampling and gather slow down
        bad = _bad_share(twostate(rng, t0, t1, rng.uniform(10, 90), rng.uniform(20, 200), 1e6), tb)
        g = np.exp(rng.normal(0, 0.3, b1 - b0))
        f = bad * g + 0.05 * (1 - bad)
        return (lambda A: _Mod(b0, b1, smp=1 + A * f, gat=1 + A * f)), 8.0, t1
    if name == "store":  # a remote feature-store partition server with GC pauses: bursts of slow fetches
        bad = _bad_share(twostate(rng, t0, t1, rng.uniform(5, 60), rng.uniform(30, 240), 1e6), tb)
        g = np.exp(rng.normal(0, 0.4, b1 - b0))
        return (lambda A: _Mod(b0, b1, gat=1 + A * (bad * g + 0.08 * (1 - bad)))), 14.0, t1
    r = np.clip(x / max(tr - t0, 1e-9), 0, 1) ** rng.uniform(0.7, 1.5)
    if name == "memo":  # the sampler's memo of neighbour lists grows without bound: the workers swap
        return (lambda A: _Mod(b0, b1, smp=1 + A * r * (0.3 if run.gs else 1.0))), 6.0, t1
    if name == "hooks":  # a callback registers a hook every step and never removes it: per-step work grows
        return (lambda A: _Mod(b0, b1, fix=1 + A * r)), 15.0, t1
    # the caching allocator fragments under variable subgraph shapes: cudaMalloc retries and cache flushes
    return (lambda A: _Mod(b0, b1, gat=1 + A * r, gpu=1 + A * r)), 3.0, t1


def _calibrate(run: _Run, mod_of, a_max: float, target: float, b0: int, b1: int):
    """The magnitude whose noise-free loss of seed nodes/s over the live buckets ``[b0, b1)`` is ``target``
    (bisection), or None if even ``a_max`` loses less."""
    return calibrate(lambda mods: _rates(run, mods, b0, b1), mod_of, a_max, target, run.train[b0:b1] > 0)


def _draw_event(rng, run: _Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` with onset in ``[lo, hi)`` ending before ``hi`` (or running to the end)
    and holding no known change: an ``(Event, _Mod)`` pair, or None after 80 rejected draws (after 50, of any
    kind)."""
    # "unpinned": from a restart on the same nodes (a new world size is a known change); else 35 % at the end of a
    # pause (or inside it): the first batches after it are slow
    return draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=_P_KIND, causes=_CAUSES,
                           cause=_cause, calib=partial(_calibrate, run),
                           series=lambda mod, lo, b1: (_series(run, [mod]), 0),
                           width=_FLUSH, restart_cause="unpinned", p_pause=0.35, max_depth=0.34, stop_at_end=True)


def _build(seed: int, n: int, pauses: str):
    """The healthy run of ``seed``: ``(run, healthy series, pause spans, live mask, changes)``. A span holds the
    points whose summarize window touches a stretch without training; a change is the first point after the span
    of a planned change."""
    return rollup_build(_schedule, _series, seed, n, pauses, 171)


def make_heldout17(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One GNN job's seed nodes/s (a StatsD gauge, its flushes stored in Graphite, ``summarize(..., "avg")`` read
    back by a poller) with labelled regressions and its planned level changes (deterministic in ``seed``).

    Parameters
    ----------
    seed : random seed.
    n : number of points (>= 2000).
    pauses : ``"short"`` (pauses of 6-25 points) or ``"long"`` (31-120 points, many over 60).
    n_events : number of regressions to place; ``0`` gives a clean run, ``None`` draws 3 or 4.
    """
    return family_trace(_build, _draw_event, _series, _P_KIND, seed, n, pauses, n_events, 172,
                        lambda run: 1_810_000_800.0 + 86400.0 * (seed % 89) + run.dt * np.arange(n))


def heldout17_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT17_SEEDS) -> list[Trace]:
    """The family's traces, one per seed; every fourth trace is a clean run."""
    return every_fourth_clean(make_heldout17, seeds, n, pauses)
