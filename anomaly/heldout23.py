"""The twenty-third held-out throughput family: a 3-D medical-image segmentation job's patches/s, sent by each
node to collectd every 10 s, stored in RRD files (DERIVE, heartbeat, xff) and read back with ``rrdtool xport``.

Written blind, this session: the author read only the shared helpers (``anomaly/heldout_common.py``,
``tests/trace_checks.py``), the twenty-second generator and its tests as a model of API, structure and tests, the
first 15 lines of generators 3-21 (to take another job and another collection path: the suggested recommender over
DogStatsD was generator 15's) and the first 110 lines of ``tests/test_architecture.py``; never a detector, never
``anomaly/traces.py`` (its ``Event``/``Trace`` used as the helpers and generator 22 use them), and never ran a
detector on these traces.

Size: over 500 lines because the docstring (its table and the measured counts the tests check) is a third of it.

What is modelled
----------------
A 3-D U-Net (nnU-Net-style: deep supervision, AMP, SGD with Nesterov and a poly schedule) is trained for organ and
tumour segmentation of CT volumes with PyTorch Lightning and DDP on ``N`` nodes (1-4) of ``G`` GPUs (4 or 8) of a
university Slurm cluster, ``b`` random 3-D patches per GPU and step (``96**3``, 4 per GPU, at the start). The
preprocessed cases are uncompressed arrays on GPFS, memory-mapped by the loader; a patch's voxel rows lie scattered
through its case, so a read is many small reads (fast once the case sits in the page cache). Each GPU's augmentation
workers crop, rotate, scale, deform and mirror the patches on the CPU. A step waits for the slower of the augmenter's
supply (the workers' CPU work or the reads) and the GPU path (forward and backward, the optimizer, the all-reduce over
InfiniBand) -- a soft maximum; a run is CPU-bound, read-bound or GPU-bound (a step of 0.3-1.5 s at the start; the
augmentation 50-160 % of the GPU path, the cold reads 20-150 %). All nodes step together. Every node's rank 0 keeps
a counter of the patches its node trained (whole steps, ``G b`` at a time), and a thread of the trainer ``PUTVAL``s
it every 10 s (stamped with the host's clock) to the node's collectd (unixsock), which sends it over UDP to the
cluster's central collectd; its rrdtool plugin writes one RRD file per host: a DERIVE data source (minimum 0) with
a step of 10 s, a heartbeat of 20 s and an AVERAGE archive of ``dt / 10`` steps a row (``dt`` 30, 60 or 120 s, xff
0.1). The poller reads ``rrdtool xport --step dt`` of ``CDEF:sum=<host>,<host>,...,ADDNAN`` over the job's hosts;
an unknown point is written as 0. So:

* **DERIVE**: a host's rate between two updates is the counter's rise over the time between their stamps, spread
  over the 10-s steps they span; a gap over the heartbeat, or a counter that went back (a new process), is unknown;
  a step unknown for over half its time is unknown; a row with over 10 % unknown steps is unknown and drops that
  host's share (ADDNAN), or the whole point (0) where every host's is unknown;
* **lost updates**: UDP loss (0.01-0.2 %), network incidents (Poisson 0.3-2 a run, 2-30 min, 10-60 % lost), in
  half the runs the server's nightly backup of its RRD directory (10-40 min a day, 5-30 % lost), and the nodes'
  collectd restarts (about one every two days a host, 5-40 s): one lost update only stretches an interval to 20 s,
  two or more make a step unknown;
* **host clocks**: stamped within 10 ms, except on hosts whose chronyd is stopped (a host in 10-40 % of a run's
  host-processes): the clock drifts 5-60 ppm either way, and in 60 % of them is stepped back to time later (a gap,
  or updates that rrdtool refuses: not after the last one); a drifting host's rates land seconds off the others';
* **whole steps**: a send holds whole steps (a host's median 2-35 a send); the trainer's own work delays a send now
  and then (0.5-4 s, the GIL);
* pauses read 0 inside: the counter stands still while the job validates or checkpoints, and nothing is sent while
  it is down (unknown).

Healthy behaviour (none of it labelled):

* **the case mix**: the patches' augmentation cost wanders (Ornstein-Uhlenbeck, log-sd 2-5 %, 20-120 min); where the
  workers bind, the rate moves with it;
* **an epoch's end** every 250 or 500 steps: 50 validation batches (forward only), the log and the progress plot, a
  few seconds; rare GPFS token stalls (1-10 s): a rhythm of small dips;
* **validation** of the held-out fold by sliding windows with mirroring every 150-450 points of training, every
  2nd-4th one with a checkpoint as well (1.5x longer);
* **the page cache**: where the cases fit the nodes' memory (half the runs) the reads start cold after every start
  and warm up over 0.5-3 h of training (to 10-30 % of their cost): a level that rises where the reads bind; the
  cluster's GPFS load follows the day (the cold reads up to 1.65x slower);
* **requeues** (preemption in a requeue QOS, node failures; Poisson 0.5-2 a run; 1.5x a pause): the job resumes
  from its checkpoint on other nodes (their GPUs and CPUs 3 % faster or slower: unlisted level steps), the
  augmentation workers start (2-4x slower, decaying over 10-40 s) and cuDNN autotunes the 3-D convolutions (1.5-4x,
  decaying over 20-120 s; again after each patch-size change); the same at the run's start.

Planned level changes, **listed in ``changes``** (the first point after the span of the pause they follow), each
made only where it moves the rate by 10 % or more on the case mix after it and the level seen 8 % or more:

* **partition moves** at a requeue (tried at half of them): the job resumes on another GPU generation (V100, A100
  or H100 nodes: the GPU path 0.27-1 of the V100's, the augmentation 0.45-1 with more and faster cores);
* **patch-size curriculum** (30 % of the runs, every 4-10 validations, at most twice): progressive growth of the
  patch, ``96**3`` x 4, then ``128**3`` x 2, then ``160**3`` x 2 per GPU: fewer patches a step for as many voxels or
  more, the rate about halved;
* **the node-local copy** (tried in 60 % of the runs whose cases do not fit the page cache): the staged copy of the
  cases on the nodes' NVMe is complete at a validation's end and the loader reads from it (3-10x faster reads), kept
  only where the rate goes up; a requeue's prolog stages it on the new nodes.

A regression changes the step's parts inside its window; the run's clock (steps, pauses, sends) stays the healthy
run's, so ``healthy`` (the same run without regressions) aligns point by point and equals ``values`` outside the
events (only the rates whose interval overlaps a regression change: the counters after it are lower by whole
patches). No event holds a point of ``changes``.

Labelled regressions (their causes are a GPU cluster's)
-------------------------------------------------------
* ``drop``: a failed fan in a node, its GPUs heating up over 5-20 min and clocking down (the GPU path up to 3.5x);
  a GPFS disk failure, the declustered array rebuilding (the reads up to 9x, swinging 15 %); or a requeue onto a
  node whose BIOS update re-enabled PCIe ACS, NCCL's intra-node rings going through host memory (the all-reduce up
  to 26x; from a restart onto the same partition, until the next one); 150-1400 points or to the end;
* ``straggler``: a runaway daemon eating a node's cores in bursts of 20-180 s every 60-600 s (the augmentation up
  to 5x, 5 % of that between them), or a node's power supply asserting the GPUs' power brake in bursts of 5-60 s
  every 30-300 s (the GPU path up to 6x); 80-500 points;
* ``leak``: the augmentation workers leaking until the node swaps (the augmentation up to 5x), the loader mapping
  every case it opens and never unmapping it (page faults and GPFS tokens: the reads up to 9x), or a callback that
  keeps every step's CUDA timers and scans them (the fixed part up to 26x), each growing as ``r ** q`` of its ramp
  (``q`` 0.7-1.5) over 250-1800 points, then held 80-600 points; a node's or process's fault ends at the next
  requeue (the job gets other nodes), the file system's does not.

Each trace with events holds every kind once, in a random order, and a fourth of a random kind in 40 % of them,
one per stretch from point 600 on. A regression's magnitude is set by bisection to a drawn noise-free loss (drops
8-33 %, stragglers 10-30 %, a leak 12-40 % over its plateau); about 35 % of the other onsets lie at the end of a
pause or inside it. An event is kept only when its measured depth is 7-35 %, its values lie below the healthy twin
on more than 60 % of its points, it holds no listed change, and it shows within 60 points (a leak: along its ramp).
A fault on the side that does not bind needs a large magnitude to show, and is redrawn where even its largest
does not.

Counts over ``heldout23_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     29      10    9          10    0.095-0.311  14              6-24 (268 spans, 0 >60)      3
long      30      10    10         10    0.097-0.306  11              34-118 (217 spans, 135 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are
left out of the span ranges. Pause spans include requeues. ``changes`` (planned level changes the monitor knows of):
short 10 (4 partition moves, 6 patch-size steps, 0 node-local copies), long 11 (2 partition moves, 8 patch-size
steps, 1 node-local copies). Measured at them (the healthy level's medians, 300 live points before, points 100-400
after): partition moves 0.56-1.73x (6), patch-size steps 0.31-0.58x (14), the node-local copy 1.76x (1). The case
mix, the other nodes after a requeue, the warm-ups, the page cache and the file system's day are level changes the
monitor is not told of. Over both sets: ``dt`` 30 s in 5 runs, 60 s in 12, 120 s in 7; 6 of the 24 runs on one
node, 12 with 8 GPUs a node, 13 whose cases fit the page cache; 17 requeues (11 onto the same partition); 7-1070
updates lost per run (at most 1.1 %), 0 refused; 27 drifting host clocks in 15 runs (at most 24 s off). Steady
training points 30 % or more short (a host's share lost to an unknown row, or 0): up to 4.5 % of them in a run;
live points that read 0: 0-74 a run. Generating both settings takes about 3 s.

Usage::

    from anomaly.heldout23 import heldout23_set
    for trace in heldout23_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from anomaly.heldout_common import (apply_mods, bad_share, calibrate, cause_buckets, draw_regression,
                                    every_fourth_clean, family_trace, next_stretch, ou_path, restart_pause,
                                    rollup_build, seg_buckets, seg_columns, smax, span_len, twostate, wobble)
from anomaly.traces import Trace

HELDOUT23_SEEDS = tuple(range(232000, 232012))

_PAUSE = {"short": (6, 24, 8, 15), "long": (33, 118, 44, 80)}  # span (points) lo, hi; median lo, hi
_W = 5.0  # the simulation grid: 5-s buckets
_STEP, _HB, _XFF = 10.0, 20.0, 0.1  # collectd's Interval (the RRD's step), the heartbeat (2 intervals), the xff
_STAGES = ((96, 4), (128, 2), (160, 2))  # the patch-size curriculum: (patch edge in voxels, patches per GPU)
_GPU = (1.0, 0.47, 0.27)  # a step's GPU time on the V100, A100 and H100 partitions
_CPU = (1.0, 0.62, 0.45)  # the augmentation's time per node-step there (more and faster cores per node)
_P_KIND = (0.34, 0.33, 0.33)
_MIN_MOVE = 0.1  # a planned change is made only where it moves the rate by 10 % or more


@dataclass
class _Job:
    """A node-step's parts (seconds) at the curriculum stage ``st``, on partition ``part``, reading from the
    node-local copy (``local``) or from GPFS."""

    G: int  # GPUs per node
    p0: int  # the partition the job started on (its parts are drawn there)
    aug: float  # the node's augmentation workers' time to supply one node-step (stage 0, on the case mix)
    io: float  # reading the node-step's patches from the memory-mapped cases on GPFS (page cache cold)
    gpu: float  # forward and backward of the 3-D U-Net (deep supervision, AMP)
    fix: float  # the optimizer step (SGD, Nesterov) and the poly learning rate
    ar: float  # the gradient all-reduce over InfiniBand, per (1 + log2(N) / 2)
    loc: float  # the node-local NVMe copy's speed-up of the reads

    def patches(self, N, st):
        """Patches per (global) step."""
        b = np.array([s[1] for s in _STAGES])[np.asarray(st)]
        return self.G * b * np.asarray(N, float)

    def parts(self, N, st, part, local):
        """``(aug, io, gpu, fix, ar)``: a stage's voxels per GPU-step (``b p ** 3``) against stage 0's."""
        vol = np.array([b * p ** 3 / (4 * 96 ** 3) for p, b in _STAGES])[np.asarray(st)]
        g, c = np.array(_GPU)[np.asarray(part)] / _GPU[self.p0], np.array(_CPU)[np.asarray(part)] / _CPU[self.p0]
        aug = self.aug * vol * c
        io = self.io * vol / np.where(np.asarray(local, bool), self.loc, 1.0)
        ar = self.ar * (1 + 0.5 * np.log2(np.asarray(N, float)))
        return aug, io, self.gpu * vol ** 0.9 * g, self.fix * g + 0.0 * aug, ar + 0.0 * aug

    def rate(self, N, st, part, local, mix=1.0) -> float:
        aug, io, gpu, fix, ar = self.parts(N, st, part, local)
        return float(np.mean(self.patches(N, st) / _step(aug * mix, io, gpu, fix, ar, 1.0)))


def _step(aug, io, gpu, fix, ar, gm):
    """Seconds per step: the augmenter's supply (the workers' CPU work or the reads, overlapped) against the GPU
    path (``gm`` its warm-up: cuDNN's autotuning of the 3-D convolutions for a new patch shape)."""
    return smax(smax(aug, io), (gpu + fix + ar) * gm)


@dataclass
class _Seg:
    """A stretch of training in one process with one configuration."""

    t0: float
    t1: float
    ev: int  # validations done before it
    proc: int
    N: int
    st: int
    part: int
    local: bool


@dataclass
class _Run:
    """The healthy run on the grid of 5-s buckets (``K = n * k``) and its hosts' collectd updates."""

    dt: float
    k: int
    n: int
    fits: bool  # the cases fit the nodes' page cache (the reads warm up after each start)
    train: np.ndarray
    aug: np.ndarray
    io: np.ndarray
    gpu: np.ndarray
    fix: np.ndarray
    ar: np.ndarray
    gmul: np.ndarray
    pps: np.ndarray  # patches per step
    nodes: np.ndarray
    eff: np.ndarray  # effective training seconds (less stalls and the epochs' ends)
    noise: np.ndarray
    fr_h: np.ndarray  # the healthy run's patches per bucket
    edges: np.ndarray
    hx: list  # per host and process: the send times of the updates the RRD took
    hu: list  # their timestamps (the host's clock)
    hc: list  # the healthy counter they carry (the node's patches, whole steps)
    segs: list
    pauses_t: list  # (t0, t1, kind): "eval", "ckpt", "restart"
    restarts: list
    known_t: list
    known_kind: list  # "partition", "patch", "local"
    mix: np.ndarray  # log augmentation cost per patch (the case mix) on a 60-s grid
    incidents: list
    sent: int  # updates sent
    lost: int  # lost on the way (UDP, collectd restarts)
    rejected: int  # refused by rrdtool (a timestamp not after the last one)
    skewed: int  # hosts whose clock drifted (chronyd stopped)
    max_off: float  # the largest clock offset seen (s)
    job: _Job | None = None


def _span_len(rng, setting: str, scale: float = 1.0) -> float:
    return span_len(rng, _PAUSE, setting, scale)


def _draw_job(rng, N: int, G: int, part: int) -> _Job:
    """A step of 0.3-1.5 s at the start; the augmenter's supply 50-160 % of the GPU path, the reads (a patch's
    voxel rows are scattered through a memory-mapped case: many small reads) 20-150 % of it with a cold cache."""
    s = np.exp(rng.uniform(np.log(0.3), np.log(1.5)))
    gpu, fix, ar = rng.uniform(0.7, 0.85) * s, rng.uniform(0.02, 0.06) * s, rng.uniform(0.02, 0.07) * s
    lpath = gpu + fix + ar * (1 + 0.5 * np.log2(N))
    aug = lpath * np.exp(rng.uniform(np.log(0.5), np.log(1.6)))
    return _Job(G=G, p0=part, aug=aug, io=lpath * np.exp(rng.uniform(np.log(0.2), np.log(1.5))), gpu=gpu, fix=fix, ar=ar,
                loc=rng.uniform(3.0, 10.0))


def _level(job: _Job, mix, N, st, part, local, t0: float, t1: float) -> float:
    """The noise-free rate's median over ``[t0, t1)`` (warm, on the case mix of that time)."""
    i0 = min(int(max(t0, 0) // 60), len(mix) - 1)
    i1 = max(min(int(t1 // 60), len(mix)), i0 + 1)
    aug, io, gpu, fix, ar = job.parts(N, st, part, local)
    return float(np.median(job.patches(N, st) / _step(aug * np.exp(mix[i0:i1]), io, gpu, fix, ar, 1.0)))


def _moves(job, mix, old, new, t: float, dt: float) -> bool:
    """The configuration ``new`` moves the rate by ``_MIN_MOVE`` or more on the case mix after ``t``, and the level
    seen (300 points before against points 100-400 after) moves 8 % or more the same way."""
    after = _level(job, mix, *new, t + 100 * dt, t + 400 * dt)
    own = np.log(after / _level(job, mix, *old, t + 100 * dt, t + 400 * dt))
    seen = np.log(after / _level(job, mix, *old, t - 300 * dt, t))
    return abs(own) >= _MIN_MOVE and own * seen > 0 and abs(seen) >= 0.08


def _schedule(rng, n: int, setting: str) -> _Run:
    dt = float(rng.choice([30.0, 60.0, 120.0], p=[0.3, 0.45, 0.25]))
    k = int(dt / _W)
    T, K = n * dt, n * k
    N = int(rng.choice([1, 2, 3, 4], p=[0.2, 0.35, 0.15, 0.3]))
    G = int(rng.choice([4, 8], p=[0.35, 0.65]))
    part = int(rng.integers(0, 3))
    job = _draw_job(rng, N, G, part)
    mix = ou_path(rng, T, rng.uniform(0.02, 0.05), rng.uniform(1200, 7200))
    iv_pts = rng.uniform(150, 450)
    est = max(2, int(n / (iv_pts * 1.25)))
    cur = rng.random() < 0.3  # a progressive patch-size curriculum
    cur_ev = int(rng.integers(4, 11))
    st, local = 0, False
    fits = bool(rng.random() < 0.5)  # the cases fit the nodes' page cache (else they are staged to NVMe, maybe)
    loc_ev = int(rng.integers(1, max(2, int(0.7 * est) + 1))) if rng.random() < 0.6 and not fits else -1
    ck_every = int(rng.integers(2, 5))
    n_re = int(rng.poisson(rng.uniform(0.5, 2.0)))
    re_t = sorted(rng.uniform(0.05, 0.92, n_re) * T)

    segs, pauses_t, restarts, known_t, known_kind = [], [], [], [], []
    t, ev, proc, left = 0.0, 0, 0, iv_pts * dt
    while t < T + dt:
        which, run = next_stretch(rng, re_t, 0, t, left, np.inf, 0, dt)
        segs.append(_Seg(t, t + run, ev, proc, N, st, part, local))
        t += run
        left -= run
        if which == 2:  # preempted (a requeue QOS) or a node failed: Slurm requeues the job, it resumes from its
            re_t.pop(0)  # checkpoint, now and then on another partition
            dur = (_span_len(rng, setting, 1.5) - 1.0) * dt
            old = part
            if rng.random() < 0.5 and t + dur + 400 * dt < T:
                new = int(rng.choice([p for p in range(3) if p != part]))
                if _moves(job, mix, (N, st, part, local), (N, st, new, local), t + dur, dt):
                    part = new
            t = restart_pause(t, dur, part == old, pauses_t, restarts, known_t, known_kind)
            if part != old:
                known_kind[-1] = "partition"
            proc += 1
            left = max(left, 4 * dt)
            while re_t and re_t[0] < t + 900:
                re_t.pop(0)
        else:  # the validation fold, by sliding windows with mirroring; every ck_every-th a checkpoint as well
            ck = (ev + 1) % ck_every == 0
            dur = (_span_len(rng, setting, 1.5 if ck else 1.0) - 1.0) * dt
            pauses_t.append((t, t + dur, "ckpt" if ck else "eval"))
            t += dur
            ev += 1
            left = iv_pts * dt * np.exp(rng.normal(0, 0.1))
            if t + 400 * dt >= T:
                continue
            if cur and ev % cur_ev == 0 and st < len(_STAGES) - 1:  # the curriculum's next patch size
                if _moves(job, mix, (N, st, part, local), (N, st + 1, part, local), t, dt):
                    st += 1
                    known_t.append(t)
                    known_kind.append("patch")
            elif ev == loc_ev and not local:  # the staged copy on the nodes' NVMe is complete: read from it
                if (_moves(job, mix, (N, st, part, local), (N, st, part, True), t, dt)
                        and job.rate(N, st, part, True) > job.rate(N, st, part, False)):
                    local = True
                    known_t.append(t)
                    known_kind.append("local")

    tb, train, seg_of = seg_buckets(segs, K, _W)
    on, (Nb, stb, pb, partb, locb) = seg_columns(segs, seg_of, "N", "st", "proc", "part", "local")
    aug, io, gpu, fix, ar = job.parts(Nb, stb, partb, locb)
    aug = aug * np.exp(mix[(tb / 60).astype(int)])
    tc = np.cumsum(train)

    def since(key):  # training seconds since the first training bucket of each value of ``key`` (none recurs)
        idx = np.nonzero(on)[0]
        first = np.zeros(K, bool)
        first[idx[np.r_[True, key[idx][1:] != key[idx][:-1]]]] = True
        at = np.maximum.accumulate(np.where(first, np.arange(K), 0))
        return np.maximum(tc - (tc - train)[at], 0.0)

    since_p = since(pb)
    since_s = since(pb * 10 + stb)  # a new process or a new patch shape: cuDNN autotunes again
    aug = aug * (1 + rng.uniform(1.0, 3.0) * np.exp(-since_p / rng.uniform(10, 40)))  # the workers start
    if fits:  # the cases fit the page cache: the reads warm up as the random patches touch them
        hit = rng.uniform(0.1, 0.3)
        io = io * np.where(locb, 1.0, hit + (1 - hit) * np.exp(-since_p / rng.uniform(1800, 10800)))
    day = np.maximum(0, np.sin(2 * np.pi * tb / 86400 + rng.uniform(0, 6.3)))  # the cluster's GPFS load
    io = io * np.where(locb, 1.0, np.exp(rng.uniform(0, 0.5) * day))
    node = np.exp(rng.normal(0, 0.03, (2, proc + 1)))  # other nodes after a requeue: a little faster or slower
    gpu, aug = gpu * node[0][pb], aug * node[1][pb]
    gmul = 1 + rng.uniform(0.5, 3.0) * np.exp(-since_s / rng.uniform(20, 120))
    for arr in (aug, io, gpu, fix, ar, gmul):
        arr[~on] = 1.0
    step0 = _step(aug, io, gpu, fix, ar, gmul)
    med = float(np.median(step0[on]))
    sigma = rng.uniform(0.03, 0.08) / np.sqrt(max(1.0, _W / med))
    noise = np.exp(sigma * np.clip(rng.standard_t(3, K), -6, 6))
    stall = np.where(rng.random(K) < _W / rng.uniform(600, 3600), rng.uniform(1.0, 10.0, K), 0.0)  # GPFS tokens
    # an epoch's end every ``its`` steps: 50 validation batches forward only, the log and the progress plot
    its = int(rng.choice([250, 500]))
    steps = np.cumsum(np.where(on, train / step0, 0.0))
    s_ep = 50 * rng.uniform(0.25, 0.4) * med + rng.uniform(1.0, 3.0)
    stall += np.r_[0, np.diff(np.floor(steps / its))] * s_ep * rng.uniform(0.9, 1.1, K)
    eff = np.where(on, np.maximum(train - stall, 0.0), 0.0)
    pps = job.patches(Nb, stb)
    fr_h = pps * eff / (step0 * noise)
    edges = np.arange(K + 1) * _W
    Cs, Cn = np.r_[0.0, np.cumsum(fr_h / pps)], np.r_[0.0, np.cumsum(fr_h / Nb)]

    def counted(x):  # the patches a node had counted at ``x``: whole steps only
        return np.round(np.interp(np.floor(np.interp(x, edges, Cs)), Cs, Cn))

    # collectd: each node's trainer thread PUTVALs its count every 10 s to the local daemon (unixsock), which
    # sends it over UDP to the central server's rrdtool plugin
    p_base = 10 ** rng.uniform(-4, -2.7)
    incidents = [(a, a + rng.uniform(120, 1800), rng.uniform(0.1, 0.6))
                 for a in rng.uniform(0, T, int(rng.poisson(rng.uniform(0.3, 2.0))))]
    if rng.random() < 0.5:  # the server's nightly backup of its RRD directory: its receive buffer overflows
        b0, blen, bp = rng.uniform(0, 86400), rng.uniform(600, 2400), rng.uniform(0.05, 0.3)
        incidents += [(b0 + d, b0 + d + blen, bp) for d in np.arange(0, T, 86400)]
    p_skew = rng.uniform(0.1, 0.4)
    procs = {}
    for s in segs:
        procs.setdefault(s.proc, [s.t0, s.t1, s.N])[1] = s.t1
    hx, hu, hc = [], [], []
    sent = lost = rejected = skewed = 0
    max_off = 0.0
    for p, (s0, s1, Np) in sorted(procs.items()):
        for _ in range(Np):
            x0 = max(0.0, s0 - rng.uniform(15, 60)) + rng.uniform(0, _STEP)
            m = int((min(s1, T) - x0) / _STEP) + 1
            if m < 2:
                continue
            late = np.where(rng.random(m) < 0.003, rng.uniform(0.5, 4.0, m), 0.0)  # the GIL held by the trainer
            x = x0 + _STEP * np.arange(m) + rng.exponential(0.004, m) + late
            x = x[x < min(s1, T)]
            if len(x) < 2:
                continue
            off = rng.normal(0, 0.01) + np.zeros(len(x))
            if rng.random() < p_skew:  # chronyd stopped on this host: the clock drifts, maybe stepped back later
                off += rng.choice([-1, 1]) * rng.uniform(5e-6, 6e-5) * (x - x0)
                if rng.random() < 0.6:
                    off[x > rng.uniform(x0, x0 + 1.5 * (x[-1] - x0))] = rng.normal(0, 0.01)
                skewed += 1
            u = x + off
            p_loss = np.full(len(x), p_base)
            for a, b, q in incidents:
                p_loss = np.where((x >= a) & (x < b), np.maximum(p_loss, q), p_loss)
            for a in rng.uniform(x0, x[-1], int(rng.poisson(len(x) * _STEP / 172800))):
                p_loss[(x >= a) & (x < a + rng.uniform(5, 40))] = 1.0  # the node's collectd restarted
            got = rng.random(len(x)) >= p_loss
            keep = got & (u > np.maximum.accumulate(np.r_[-np.inf, np.where(got, u, -np.inf)[:-1]]))
            sent += int((x < T).sum())
            lost += int((~got).sum())
            rejected += int((got & ~keep).sum())
            max_off = max(max_off, float(np.abs(off).max()))
            hx.append(x[keep])
            hu.append(u[keep])
            hc.append(counted(x[keep]))
    return _Run(dt=dt, k=k, n=n, fits=fits, train=train, aug=aug, io=io, gpu=gpu, fix=fix, ar=ar, gmul=gmul,
                pps=pps, nodes=Nb * 1.0, eff=eff, noise=noise, fr_h=fr_h, edges=edges, hx=hx, hu=hu, hc=hc,
                segs=segs, pauses_t=pauses_t, restarts=restarts, known_t=known_t, known_kind=known_kind, mix=mix,
                incidents=incidents, sent=sent, lost=lost, rejected=rejected, skewed=skewed, max_off=max_off,
                job=job)


@dataclass
class _Mod:
    """A regression: multipliers of the step's parts over buckets ``[b0, b1)``."""

    b0: int
    b1: int
    aug: np.ndarray | float = 1.0
    io: np.ndarray | float = 1.0
    gpu: np.ndarray | float = 1.0
    fix: np.ndarray | float = 1.0
    ar: np.ndarray | float = 1.0


def _steps(run: _Run, mods, b0: int, b1: int) -> np.ndarray:
    return _step(*apply_mods(run, mods, b0, b1, ("aug", "io", "gpu", "fix", "ar")), run.gmul[b0:b1])


def _rates(run: _Run, mods, b0: int, b1: int) -> np.ndarray:
    """The job's noise-free patches/s in each bucket of ``[b0, b1)``."""
    return run.pps[b0:b1] / _steps(run, mods, b0, b1)


def _rrd(u: np.ndarray, c: np.ndarray, n: int, k10: int) -> np.ndarray:
    """One host's RRD file: a DERIVE data source (min 0, step 10 s, heartbeat 20 s) fed ``(u, c)``, consolidated
    by AVERAGE over ``k10`` primary points with xff 0.1: per point its value, NaN where unknown."""
    P = n * k10
    pdp = np.full(P, np.nan)
    if len(u) >= 2:
        du, dc = np.diff(u), np.diff(c)
        known = (du <= _HB) & (dc >= 0)  # a longer gap, or a counter that went back: unknown
        F = np.r_[0.0, np.cumsum(np.where(known, dc, 0.0))]  # whole patches: exact
        Kt = np.r_[0.0, np.cumsum(np.where(known, du, 0.0))]
        i0, i1 = max(0, int(u[0] // _STEP)), min(P, int(np.ceil(u[-1] / _STEP)))
        if i1 > i0:
            e = _STEP * np.arange(i0, i1 + 1)
            j = np.clip(np.searchsorted(u, e, side="right"), 1, len(u) - 1) - 1  # the update interval of each edge
            into = np.clip(e - u[j], 0.0, du[j])
            kin = np.where(known[j], into, 0.0)
            rin = np.where(known[j], dc[j] / du[j], 0.0) * into
            kn = np.diff(Kt[j]) + np.diff(kin)
            val = (np.diff(F[j]) + np.diff(rin)) / np.maximum(kn, 1e-9)  # the counts' part exact, then the ends'
            pdp[i0:i1] = np.where(kn >= _STEP / 2, val, np.nan)  # unknown over half the step: unknown
    g = pdp.reshape(n, k10)
    unk = np.isnan(g).sum(1)
    mean = np.where(np.isnan(g), 0.0, g).sum(1) / np.maximum(k10 - unk, 1)
    return np.where(unk <= _XFF * k10, mean, np.nan)


def _series(run: _Run, mods=()) -> np.ndarray:
    """``rrdtool xport --step dt`` of ``CDEF:sum=<host 1>,<host 2>,...,ADDNAN`` over every host's RRD (the job's
    nodes in each of its processes), an unknown point written as 0. A regression changes the counters the hosts
    send from its onset on by the patches it cost their node there (whole patches), so only the rates whose
    interval overlaps it change."""
    k10 = int(run.dt / _STEP)
    D = None
    if mods:
        lo, hi = min(m.b0 for m in mods), max(m.b1 for m in mods)
        fr = run.pps[lo:hi] * run.eff[lo:hi] / (_steps(run, mods, lo, hi) * run.noise[lo:hi])
        D = np.zeros(len(run.edges))
        D[lo + 1:hi + 1] = np.cumsum((fr - run.fr_h[lo:hi]) / run.nodes[lo:hi])
        D[hi + 1:] = D[hi]
    tot, any_known = np.zeros(run.n), np.zeros(run.n, bool)
    for x, u, c in zip(run.hx, run.hu, run.hc):
        if D is not None:
            c = np.maximum.accumulate(c + np.round(np.interp(x, run.edges, D)))
        v = _rrd(u, c, run.n, k10)
        ok = ~np.isnan(v)
        tot[ok] += v[ok]
        any_known |= ok
    return np.where(any_known, tot, 0.0)


_CAUSES = {"drop": ("thermal", "rebuild", "acs"), "straggler": ("daemon", "brake"),
           "leak": ("swap", "mmap", "timers")}


def _cause(rng, run: _Run, kind: str, name: str, t0: float, t1: float, tr: float):
    """``(mod_of(A), A_max, t1)`` of the regression ``name`` over ``[t0, t1)`` (a leak ramps until ``tr``); a
    fault of the nodes or of the training process ends at its next restart (the requeued job gets other nodes)."""
    t1, b0, b1 = cause_buckets(run, t0, t1, _W, name != "rebuild")
    tb = np.arange(b0, b1) * _W
    x = np.maximum(tb - t0, 0)
    if name == "thermal":  # a failed fan in one node: its GPUs heat up over minutes and clock down
        w = np.minimum(1, x / rng.uniform(300, 1200)) * (1 + 0.05 * np.sin(2 * np.pi * x / rng.uniform(200, 900)))
        return (lambda A: _Mod(b0, b1, gpu=1 + A * w)), 2.5, t1
    if name == "rebuild":  # a GPFS disk failed: the declustered array rebuilds, the file system's reads slow down
        w = wobble(rng, x, 0.15, 1800)
        return (lambda A: _Mod(b0, b1, io=1 + A * w)), 8.0, t1
    if name == "acs":  # a requeue onto a node whose BIOS update re-enabled PCIe ACS: no GPU peer-to-peer, NCCL's
        return (lambda A: _Mod(b0, b1, ar=np.full(b1 - b0, 1 + A))), 25.0, t1  # intra-node rings go through RAM
    if name in ("daemon", "brake"):  # a runaway daemon eating a node's cores in bursts; the PSU's power brake
        bm, gm, amax = ((20, 180), (60, 600), 4.0) if name == "daemon" else ((5, 60), (30, 300), 5.0)
        bad = bad_share(twostate(rng, t0, t1, rng.uniform(*bm), rng.uniform(*gm), 1e6), tb, _W)
        f = bad * np.exp(rng.normal(0, 0.25, b1 - b0)) + 0.05 * (1 - bad)
        if name == "daemon":
            return (lambda A: _Mod(b0, b1, aug=1 + A * f)), amax, t1
        return (lambda A: _Mod(b0, b1, gpu=1 + A * f)), amax, t1
    r = np.clip(x / max(tr - t0, 1e-9), 0, 1) ** rng.uniform(0.7, 1.5)
    if name == "swap":  # the augmentation workers leak (a resampling cache), the node swaps
        return (lambda A: _Mod(b0, b1, aug=1 + A * r)), 4.0, t1
    if name == "mmap":  # the loader maps each case it opens and never unmaps it: page faults and GPFS tokens grow
        return (lambda A: _Mod(b0, b1, io=1 + A * r)), 8.0, t1
    return (lambda A: _Mod(b0, b1, fix=1 + A * r)), 25.0, t1  # a callback keeps every step's CUDA timers, scanned


def _draw_event(rng, run: _Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` with onset in ``[lo, hi)``: an ``(Event, _Mod)`` pair, or None."""
    return draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=_P_KIND, causes=_CAUSES,
                           cause=_cause,
                           calib=lambda mod_of, a, tgt, b0, b1: calibrate(lambda m: _rates(run, m, b0, b1), mod_of,
                                                                          a, tgt, run.train[b0:b1] > 0),
                           series=lambda mod, lo, b1: (_series(run, [mod]), 0),
                           width=_W, restart_cause="acs", p_pause=0.35, max_depth=0.35, stop_at_end=True)


def _build(seed: int, n: int, pauses: str):
    """The healthy run of ``seed``: ``(run, healthy series, pause spans, live mask, changes)``."""
    return rollup_build(_schedule, _series, seed, n, pauses, 231)


def make_heldout23(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One 3-D segmentation job's patches/s (per-node collectd counters in RRD files, summed by ``rrdtool xport``)
    with labelled regressions and its planned level changes (deterministic in ``seed``).

    Parameters
    ----------
    seed : random seed.
    n : number of points (>= 2000).
    pauses : ``"short"`` (pauses of 6-24 points) or ``"long"`` (33-118 points, many over 60).
    n_events : number of regressions to place; ``0`` gives a clean run, ``None`` draws 3 or 4.
    """
    return family_trace(_build, _draw_event, _series, _P_KIND, seed, n, pauses, n_events, 232,
                        lambda run: 1_870_000_800.0 + 86400.0 * (seed % 97) + run.dt * np.arange(n))


def heldout23_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT23_SEEDS) -> list[Trace]:
    """The family's traces, one per seed; every fourth trace is a clean run."""
    return every_fourth_clean(make_heldout23, seeds, n, pauses)
