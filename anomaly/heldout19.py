"""The nineteenth held-out throughput family: a CLIP-style image-text model's images/s, a rolling-window throughput
scalar written to TensorBoard event files and read back by a poller that tails them.

Written blind, this session: the author read ``anomaly/traces.py`` (meant: the ``Event``/``Trace`` interface and
the scoring rule; the whole file was printed, its base generator with it), the shared helpers
(``anomaly/heldout_common.py``, ``tests/trace_checks.py``, ``tests/heldout_sets.py``), the seventeenth generator
and its tests as a model of API, structure and tests, and the first lines of the docstrings of the other families
(to model another job and another collection path); no detector code, and no detector was run on these traces.

What is modelled
----------------
A CLIP-style contrastive image-text model (a ViT image tower and a text transformer) is pre-trained with PyTorch
Lightning and DDP on 2-8 nodes of 8 GPUs, ``b`` image-caption pairs per GPU (64, 128 or 256; the global batch
``8 N b``). The pairs stream from WebDataset tar shards on an object store (S3-style), resampled, so there are
no epochs: the loader workers fetch shards, decode the JPEGs and augment them on the CPU. The throughput is
**images per second** of the whole job. The team's throughput callback (like Lightning's ``ThroughputMonitor``)
keeps the wall time and sample count of the last ``W`` steps (20, 50, 100 or 200) and, every ``L`` steps
(``log_every_n_steps``: 10, 25, 50 or 100), logs ``train/images_per_sec`` = the window's images over the window's
time, once its window is full; it leaves validation time out of the window (it shifts the window's times by the
validation's length) but not a checkpoint save or the zero-shot benchmark. The values go, with ``m`` other
scalars per log call (3-12: loss, learning rate, temperature, grad norm...), to a TensorBoard ``SummaryWriter``,
which writes its pending events to the event file when ``max_queue`` (10) are pending or every ``flush_secs`` (30,
60 or 120 s; 120 is the default), whichever comes first; a validation's end adds 2-6 scalars of its own. A poller
tails the event file (TensorBoard's event accumulator, reloaded every ``dt``: 15, 30 or 60 s) and emits, one
point per ``dt``, the **last ``images_per_sec`` value on disk** (before the tag's first value it carries that
first value back). So:

* **a staircase.** A value reaches the file only with a flush: with few scalars per log call and a long
  ``flush_secs`` a point repeats the one before it for up to 120 s, then jumps (a run of 2-8 equal points; in 7
  of the short set's 12 runs over 20 % of the live points equal the one before);
* **a rolling window, not a rate.** Neighbouring logs share ``W - L`` of their steps, so the noise is smooth and
  a regression's onset is smeared over ``W`` steps; a stall (a GC pass, a slow ``list_objects``: 0.5-5 s every
  3-15 min) stays in the window for ``W`` steps;
* **held values in pauses.** Nothing is logged while training stops, so a pause reads the last value flushed
  (its inner points change at most once, when the timer flushes what was pending); after a checkpoint save or a
  zero-shot benchmark the window still holds that time, so where the window is longer than the logging
  interval (13 of the 24 runs) the first values after it read a few percent to half of the level (median 0.40
  of it over 55 such pauses of the short set; unlisted, outside the spans); after a restart the new process
  needs ``W`` steps before it logs, so the old process's last value carries on past the span.

Healthy behaviour (none of it labelled):

* **a step's cost.** The loader (fetch from the object store per image, JPEG decode and augmentation) against
  the GPU path (both towers, the embedding all-gather and the contrastive loss, the gradient all-reduce, fixed
  costs), a soft maximum ``(a^8 + b^8)^(1/8)``; the loader is at 50-130 % of the GPU path at the start, so it
  binds in about half of the runs (14 of the 24) until the shard cache warms;
* **a daily cycle.** The object store's latency follows the region's daily load: the fetch part swings by
  10-35 % with a 24-h period (the run covers 1-4 days), by 1-3 % the GPUs' clocks (the hall's temperature);
* **a warming shard cache.** Each node caches the shards it reads on local NVMe: fetch falls by 30-70 % over
  2-10 h of a process's training (a slow upward trend where the loader binds), cold again after a restart;
* **restarts.** Node failures and preemptions (Poisson, 0.5-1.8 per run, never within 15 min of another): the
  job resumes from its last checkpoint on other nodes; ``torch.compile`` recompiles and the allocator warms (the
  first 20-300 s 1.3-2.5x slower); a restart onto as many nodes brings other hosts (CPU decode sd 6 %, GPU sd
  2 %, network placement sd 8 %) and a cold shard cache: unlisted level moves (11 measured in the two sets,
  0.79-1.26x);
* a wander of the GPU path (Ornstein-Uhlenbeck, sd 1-3 %, 15-90 min), the step's noise (Student-t, 4 degrees of
  freedom, 3-10 % per step, over the window);
* pauses: a validation (retrieval metrics on a held-out set) every 150-450 points of training; every 2nd-5th one
  followed by a zero-shot ImageNet benchmark and a checkpoint (1.6x longer); in 60 % of the runs a checkpoint
  every 2-6 h of training (``every_n_train_steps``; 0.7x); restarts (1.5x). Over both sets: 306 validations,
  130 zero-shot benchmarks, 103 checkpoints, 26 restarts.

Planned level changes, **listed in ``changes``** (the first point after the span of the pause they follow; the
series moves a little later, when the new window reaches the file):

* **world-size changes** at a restart (half of them): resubmitted on one node more or fewer, or twice or half as
  many (within 2-8);
* **a resolution step** at a validation's end (planned in half the runs, in the first 70 % of the run):
  low-resolution pre-training (112 or 160 px, FLIP-style) switched to 224 px, made only where images/s then
  falls to 0.4-0.92x (else the run stays at the low resolution);
* **an fp8 switch** at a validation's end (planned in 40 %): the towers' matmuls in fp8 (Transformer Engine),
  made only where it gains 8 % or more when it is due;
* **a doubled batch** at a validation's end (planned in 40 %), made only where it gains 8 % or more.

Measured at the listed changes (the healthy level's medians, up to 300 live points before and after, the first
100 after left out), over both sets: world-size changes 0.42-1.83x (14), resolution steps 0.46-0.78x (7), fp8
switches 1.23-1.34x (3), batch steps 1.22-1.25x (2).

A regression changes the step's parts inside its window; the run's clock (steps logged, pauses, flushes, polls)
stays the healthy run's, so ``healthy`` aligns point by point and equals ``values`` outside the events. The event's
``end`` is the last point where the regressed series differs from the healthy one (plus one). No event holds a
point of ``changes``.

Labelled regressions (their causes are a streamed image-text job's)
-------------------------------------------------------------------
* ``drop``: the object store throttles the dataset's prefix (503 SlowDown, retries with back-off: fetch up to
  7x, ramping in over 20-120 s, swinging 20 %), one node's GPUs clock down (a failed fan: the towers up to 2.5x,
  ramping in), or NCCL on a restarted process falls back from InfiniBand to TCP sockets (the all-gather and
  all-reduce up to 13x; from a restart on as many nodes, onset inside its span); a fault of the process or its
  node ends at the next restart; 150-1400 points or to the end;
* ``straggler``: a co-tenant of the storage gateway (bursts of 10-90 s every 20-200 s: fetch up to 11x, 5 % of
  that between them) or of one host's CPUs (bursts of 5-60 s every 30-240 s: decode up to 9x); 80-500 points;
* ``leak``: the loader workers' memory grows (a shuffle buffer holding decoded images: swap, decode up to 7x),
  a callback appends every step's logits to a list (the fixed part up to 16x), or the object-store client leaks
  connections (fetch up to 6x), each growing as ``r ** q`` of the ramp ``r`` (``q`` 0.7-1.5) over 250-1800
  points, then held 80-600 points or to the end, unless a restart ends it sooner.

Each trace with events holds every kind once, in a random order, and a fourth event of a random kind in 40 % of
them, one per stretch of the trace from point 600 on. A regression's magnitude is set by bisection so that its
noise-free loss of images/s over its training buckets meets a drawn target (drops 8-33 %, stragglers 10-30 %; a
leak 12-40 % over its plateau). About 35 % of the other onsets are placed at the end of a pause or inside it. An
event is kept only when its measured depth ``1 - sum(values) / sum(healthy)`` over its unpaused points is 7-34 %,
its values lie below the healthy twin on more than 60 % of its points, it holds no point of ``changes``, and it
shows within 60 points of the onset (the first 60 points lose at least 5 % and half the depth, on at least 8 live
points) or, for a leak, along its ramp (its last third loses at least 5 %); otherwise it is redrawn.

Counts over ``heldout19_set`` (12 seeds 191900-191911, n=6000; measured from this generator)
-------------------------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     34      14    9          11    0.080-0.311  14              7-23 (323 spans, 0 >60)      3
long      32      11    10         11    0.085-0.318  13              32-118 (242 spans, 125 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end
are left out of the span ranges. Pause spans include restarts. ``changes`` (planned level changes the monitor
knows of): short 11 (7 world-size changes, 2 resolution steps, 1 fp8 switches, 1 batch steps), long 16 (8
world-size changes, 5 resolution steps, 2 fp8 switches, 1 batch steps); the daily cycle, the warming shard
cache, the restarts onto as many nodes, the compile warm-up and the dips after checkpoints are level changes it
is not told of. Over both sets: ``dt`` = 15 s in 5 runs, 30 s in 11, 60 s in 8; ``W`` = 20 in 5, 50 in 8, 100
in 8, 200 in 3; ``L`` = 10 in 5, 25 in 5, 50 in 12, 100 in 2; ``flush_secs`` = 30 in 3, 60 in 5, 120 in 16.
Generating both settings takes a few seconds.

Usage::

    from anomaly.heldout19 import heldout19_set
    for trace in heldout19_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events

Size: over 500 lines because one blind author's whole model (the job, the TensorBoard writer and poller, the
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

HELDOUT19_SEEDS = tuple(range(191900, 191912))

_PAUSE = {"short": (6, 25, 8, 15), "long": (31, 120, 45, 80)}  # span (points) lo, hi; median lo, hi
_TICK = 5.0  # the simulation's grid (s)
_P_KIND = (0.36, 0.30, 0.34)
_MAX_QUEUE = 10  # SummaryWriter(max_queue=10)
_T0 = 1_900_000_800.0  # the first point's time (a multiple of every dt)
_COUNTED = {"eval": 0.0, "zeroshot": 0.4, "ckpt": 1.0, "restart": 0.0}  # share of a pause the callback counts


@dataclass
class _Job:
    """A step's parts (seconds per step) at the first per-GPU batch ``b0``, 224 px, bf16."""

    fetch: float  # reading the shards from the object store (per image)
    dec: float  # JPEG decode and augmentation on the loader workers' CPUs (per image)
    gpu: float  # the two towers, forward and backward
    comm: float  # the embedding all-gather, the contrastive loss and the gradient all-reduce, per log2(GPUs)
    fix: float  # optimizer, launches
    b0: float

    def parts(self, N, b, r=1.0, p=1.0, fetch_mult=1.0):
        """``(fetch, dec, gpu, comm, fix)`` per step on ``N`` nodes, per-GPU batch ``b``, pixels ``r`` (of 224 px),
        precision multiplier ``p`` (fp8 < 1) and the fetch's multiplier (daily cycle, cache)."""
        x = np.asarray(b) / self.b0
        fetch = self.fetch * x * fetch_mult
        dec = self.dec * x
        gpu = self.gpu * x ** 0.85 * np.asarray(r) ** 1.05 * p
        comm = self.comm * np.log2(8.0 * np.asarray(N)) * (0.6 + 0.4 * x)
        return fetch, dec, gpu, comm, self.fix + 0.0 * x

    def rate(self, N, b, r=1.0, p=1.0) -> float:
        return float(np.mean(8 * N * b / _step(*self.parts(N, b, r, p))))


def _step(fetch, dec, gpu, comm, fix):
    """Seconds per step: the loader against the GPU path (a soft maximum: either binds on noisy batches)."""
    return smax(fetch + dec, gpu + comm + fix)


@dataclass
class _Seg:
    """A stretch of training in one process, world size, batch, resolution and precision."""

    t0: float
    t1: float
    proc: int
    N: int
    b: float
    r: float
    p: float


@dataclass
class _Run:
    """The healthy run on the grid of 5-s ticks (``K = n * k``), its logs, flushes and polls."""

    dt: float  # the poller's interval = one point (s)
    k: int  # ticks per point
    n: int
    W: int  # steps in the callback's window
    L: int  # steps per log
    m: int  # scalars per log call
    fs: float  # flush_secs
    train: np.ndarray  # training seconds in each tick
    fetch: np.ndarray  # the step's parts (s), healthy
    dec: np.ndarray
    gpu: np.ndarray
    comm: np.ndarray
    fix: np.ndarray
    gmul: np.ndarray  # multiplier on the whole step: warm-up, wander
    imgs: np.ndarray  # images per step (8 N b)
    clock: np.ndarray  # the callback's clock at each tick's end (counted seconds, noise and stalls included)
    tend: np.ndarray  # tick ends (s), with 0 first
    log_t: np.ndarray  # the valid logs' times, their process's start and the window's start (healthy)
    log_p0: np.ndarray
    log_val: np.ndarray  # the healthy logged values
    log_ws: np.ndarray  # the healthy window's start time
    log_flush: np.ndarray  # when each log reached the file
    vis: np.ndarray  # per point: the index of the last log on disk (-1: none yet)
    segs: list
    pauses_t: list  # (t0, t1, kind): "eval", "zeroshot", "ckpt", "restart"
    restarts: list  # (stop, resume, same world size)
    known_t: list
    known_kind: list  # "world", "resolution", "fp8", "batch"
    loader_share: float  # the loader's cost over the GPU path's at the start
    day: tuple  # the daily cycle of the fetch part: (amplitude, phase)
    job: _Job | None = None


def _span_len(rng, setting: str, scale: float = 1.0) -> float:
    return span_len(rng, _PAUSE, setting, scale, 1.5, 2.5)


def _draw_job(rng, b0: float) -> tuple[_Job, float]:
    """A job whose GPU path takes 0.2-1.2 s a step, with the parts' shares drawn; the loader at 50-130 % of it."""
    s = np.exp(rng.uniform(np.log(0.2), np.log(1.2)))
    sh = np.array([rng.uniform(0.55, 0.8), rng.uniform(0.08, 0.2), rng.uniform(0.05, 0.12)])
    sh /= sh.sum()
    rho = rng.uniform(0.5, 1.3)
    f = rng.uniform(0.3, 0.7)
    return _Job(fetch=f * rho * s, dec=(1 - f) * rho * s, gpu=sh[0] * s, comm=sh[1] * s / 4.0, fix=sh[2] * s,
                b0=b0), rho


def _nodes_after(rng, old: int) -> int:
    """The world size a resubmitted job gets: one node more or fewer, twice or half as many (2-8)."""
    return int(rng.choice(sorted({x for x in (old - 1, old + 1, 2 * old, old // 2) if 2 <= x <= 8})))


def _plans(rng, est: int) -> tuple[int, float, int, float, int]:
    """The validations after which the resolution steps up, fp8 starts and the batch doubles (-1: none), the
    starting resolution and the fp8 multiplier; the team makes each step only where it moves images/s as planned
    (:func:`_pays`, judged when it is due)."""
    def when(p):
        return int(rng.integers(1, max(2, int(0.7 * est) + 1))) if rng.random() < p else -1

    res_v, fp8_v, bat_v = when(0.5), when(0.4), when(0.4)
    r0 = float(rng.choice([0.25, 0.51]))  # 112 or 160 px of 224
    fp8_v = -1 if fp8_v == res_v else fp8_v
    bat_v = -1 if bat_v in (res_v, fp8_v) else bat_v
    return res_v, (r0 if res_v > 0 else 1.0), fp8_v, rng.uniform(0.55, 0.8), bat_v


def _pays(job: _Job, kind: str, N: int, b: float, r: float, p: float, p8: float) -> bool:
    """A planned step is made where its images/s ratio is 0.4-0.92 (resolution) or at least 1.08 (fp8, batch)."""
    now = job.rate(N, b, r, p)
    if kind == "resolution":
        return 0.4 <= job.rate(N, b, 1.0, p) / now <= 0.92
    if kind == "fp8":
        return job.rate(N, b, r, p8) >= 1.08 * now
    return job.rate(N, 2 * b, r, p) >= 1.08 * now


def _schedule(rng, n: int, setting: str) -> _Run:
    dt = float(rng.choice([15.0, 30.0, 60.0], p=[0.3, 0.45, 0.25]))
    k = int(dt / _TICK)
    T = n * dt
    K = n * k
    N = int(rng.choice([2, 3, 4, 6, 8], p=[0.2, 0.2, 0.3, 0.1, 0.2]))
    b = float(rng.choice([64.0, 128.0, 256.0]))
    job, rho = _draw_job(rng, b)
    val_pts = rng.uniform(150, 450)
    V = val_pts * dt  # training seconds between validations (val_check_interval in steps)
    res_v, r, fp8_v, p8, bat_v = _plans(rng, max(2, int(n / (val_pts * 1.25))))
    p = 1.0
    zs_every = int(rng.integers(2, 6))
    ck_T = rng.uniform(7200, 21600) if rng.random() < 0.6 else np.inf
    n_re = int(rng.poisson(rng.uniform(0.5, 1.8)))
    re_t = sorted(rng.uniform(0.05, 0.92, n_re) * T)

    segs, pauses_t, restarts, known_t, known_kind = [], [], [], [], []
    t, proc, nv, since_v, since_ck = 0.0, 0, 0, 0.0, 0.0
    while t < T + dt:
        which, run = next_stretch(rng, re_t, 0, t, V - since_v, ck_T - since_ck, 600, dt)
        segs.append(_Seg(t, t + run, proc, N, b, r, p))
        t += run
        since_v += run
        since_ck += run
        if which == 2:  # a node failed or was preempted: the job resumes from its last checkpoint
            re_t.pop(0)
            dur = (_span_len(rng, setting, 1.5) - 1.0) * dt
            old = N
            if rng.random() < 0.5:
                N = _nodes_after(rng, old)
            t = restart_pause(t, dur, N == old, pauses_t, restarts, known_t, known_kind)
            proc += 1
            since_ck = 0.0
            while re_t and re_t[0] < t + 900:
                re_t.pop(0)
        elif which == 0:  # validation; every zs_every-th one followed by the zero-shot benchmark (and a save)
            nv += 1
            zs = nv % zs_every == 0
            dur = (_span_len(rng, setting, 1.6 if zs else 1.0) - 1.0) * dt
            pauses_t.append((t, t + dur, "zeroshot" if zs else "eval"))
            t += dur
            since_v = 0.0
            since_ck = 0.0 if zs else since_ck
            for at, kind in ((res_v, "resolution"), (fp8_v, "fp8"), (bat_v, "batch")):
                if nv == at and _pays(job, kind, N, b, r, p, p8):
                    r, p, b = (1.0 if kind == "resolution" else r, p8 if kind == "fp8" else p,
                               2 * b if kind == "batch" else b)
                    known_t.append(t)
                    known_kind.append(kind)
        else:  # a checkpoint save (every_n_train_steps)
            dur = (_span_len(rng, setting, 0.7) - 1.0) * dt
            pauses_t.append((t, t + dur, "ckpt"))
            t += dur
            since_ck = 0.0

    tb, train, seg_of = seg_buckets(segs, K, _TICK)
    on, (Nb, bb, rb, pb, prb) = seg_columns(segs, seg_of, "N", "b", "r", "p", "proc")
    tc = np.cumsum(train)  # the training clock
    first_proc = {}
    for s in segs:
        first_proc.setdefault(s.proc, s.t0)
    tcs = np.concatenate([[0.0], tc])
    tend = np.concatenate([[0.0], tb + _TICK])
    proc_c = np.array([np.interp(first_proc.get(x, 0.0), tend, tcs) for x in range(proc + 1)])
    since = np.maximum(tc - proc_c[prb], 0)
    # the daily cycle of the object store (and of the hall's temperature), the nodes' warming shard caches
    day = 2 * np.pi * ((_T0 + tb) % 86400) / 86400
    ph = rng.uniform(0, 2 * np.pi)
    a_d, a_g = rng.uniform(0.1, 0.35), rng.uniform(0.01, 0.03)
    c_max, tau_c = rng.uniform(0.3, 0.7), rng.uniform(7200, 36000)
    fm = (1 + a_d * np.sin(day + ph)) * (1 - c_max * (1 - np.exp(-since / tau_c)))
    fetch, dec, gpu, comm, fix = job.parts(Nb, bb, rb, pb, fm)
    # each process's hosts, the compile warm-up, the GPU path's wander
    sp_c = np.exp(rng.normal(0, 0.06, proc + 1))
    sp_g = np.exp(rng.normal(0, 0.02, proc + 1))
    sp_n = np.exp(rng.normal(0, 0.08, proc + 1))
    dec = dec * sp_c[prb]
    gpu = gpu * sp_g[prb] * (1 + a_g * np.sin(day + ph + 0.5))
    comm = comm * sp_n[prb]
    ou = ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(900, 5400))
    g60 = (tb / 60).astype(int)
    gpu = gpu * np.exp(ou[g60])
    w0, tau_w = rng.uniform(0.3, 1.5), rng.uniform(20, 300)
    gmul = 1 + w0 * np.exp(-since / tau_w)
    for arr in (fetch, dec, gpu, comm, fix, gmul):
        arr[~on] = 1.0
    imgs = 8.0 * Nb * bb
    step = _step(fetch, dec, gpu, comm, fix) * gmul

    # the callback's clock: training, the counted share of pauses, the steps' noise and stalls
    sig = rng.uniform(0.03, 0.1)
    z = np.clip(rng.standard_t(4, K), -6, 6)
    noise = np.where(on, sig * step * np.sqrt(train / step) * z, 0.0)
    lam = 1 / rng.uniform(180, 900)
    stall = np.where(on & (rng.random(K) < lam * _TICK), np.exp(rng.uniform(np.log(0.5), np.log(5.0), K)), 0.0)
    counted = train + np.maximum(noise, -0.5 * train) + stall
    for a, c, kind in pauses_t:
        b0, b1 = int(a // _TICK), min(K, int(np.ceil(c / _TICK)))
        if b0 < K and _COUNTED[kind]:
            ov = np.minimum(c, tb[b0:b1] + _TICK) - np.maximum(a, tb[b0:b1])
            counted[b0:b1] += _COUNTED[kind] * np.maximum(ov, 0)
    clock = np.concatenate([[0.0], np.cumsum(counted)])

    # the logs: every L steps once the window of W steps is full in the current process
    med = float(np.median(step[on]))
    W = int(rng.choice([20, 50, 100, 200], p=[0.15, 0.3, 0.4, 0.15]))
    opts = np.array([10, 25, 50, 100])
    wts = np.array([0.2, 0.25, 0.4, 0.15]) * (opts * med <= 90)
    L = int(rng.choice(opts, p=wts / wts.sum())) if wts.sum() > 0 else 10
    m = int(rng.integers(3, 13))
    fs = float(rng.choice([30.0, 60.0, 120.0], p=[0.2, 0.25, 0.55]))
    S = _cum_steps(train, step)
    j = np.arange(1, int(S[-1] // L) + 1) * L
    lt = np.interp(j, S, tend)
    p0 = np.array([first_proc[x] for x in range(proc + 1)])[prb[np.minimum((lt // _TICK).astype(int), K - 1)]]
    ok = (j - W >= np.interp(p0, tend, S) + 1e-6) & (lt < T)
    lt, p0 = lt[ok], p0[ok]
    ws = np.interp(np.interp(lt, tend, S) - W, S, tend)
    val = _window_rate(lt, ws, tend, clock, _cum_imgs(train, step, imgs))
    flush = _flushes(rng, lt, [c for a, c, kind in pauses_t if kind in ("eval", "zeroshot")], m, fs, T)
    polls = (np.arange(n) + 1) * dt
    vis = np.searchsorted(flush, polls, side="right") - 1
    return _Run(dt=dt, k=k, n=n, W=W, L=L, m=m, fs=fs, train=train, fetch=fetch, dec=dec, gpu=gpu, comm=comm,
                fix=fix, gmul=gmul, imgs=imgs, clock=clock, tend=tend, log_t=lt, log_p0=p0, log_val=val, log_ws=ws,
                log_flush=flush, vis=vis, segs=segs, pauses_t=pauses_t, restarts=restarts, known_t=known_t,
                known_kind=known_kind, loader_share=rho, day=(a_d, ph), job=job)


def _cum_steps(train, step) -> np.ndarray:
    """Steps done by each tick's end (0 first), strictly increasing (a tiny slope over pauses) for ``np.interp``."""
    return np.concatenate([[0.0], np.cumsum(train / step)]) + 1e-9 * np.arange(len(train) + 1)


def _cum_imgs(train, step, imgs) -> np.ndarray:
    return np.concatenate([[0.0], np.cumsum(train / step * imgs)])


def _window_rate(lt, ws, tend, clock, cimg) -> np.ndarray:
    """Images over the callback's clock between each window's start ``ws`` and its log ``lt``."""
    return (np.interp(lt, tend, cimg) - np.interp(ws, tend, cimg)) / (np.interp(lt, tend, clock)
                                                                      - np.interp(ws, tend, clock))


def _flushes(rng, lt, val_ends, m: int, fs: float, T: float) -> np.ndarray:
    """When each log reaches the event file: the ``SummaryWriter`` writes its pending events when ``max_queue``
    are pending (on the add call that fills it) or at its timer, every ``fs`` s from a random phase."""
    ev = sorted([(float(x), m, i) for i, x in enumerate(lt)]
                + [(float(x), int(rng.integers(2, 7)), -1) for x in val_ends])
    out = np.full(len(lt), np.inf)
    pend, cnt = [], 0
    timer = rng.uniform(0, fs)
    for x, c, i in ev:
        if timer <= x:  # the timer fired since the last add: everything pending went to disk then
            out[pend] = timer
            pend, cnt = [], 0
            timer += fs * (np.floor((x - timer) / fs) + 1)
        if i >= 0:
            pend.append(i)
        cnt += c
        if cnt >= _MAX_QUEUE:
            out[pend] = x
            pend, cnt = [], 0
    if pend:
        out[pend] = timer
    return np.maximum.accumulate(out)


@dataclass
class _Mod:
    """A regression: multipliers of the step's parts over ticks ``[b0, b1)``."""

    b0: int
    b1: int
    fetch: np.ndarray | float = 1.0
    dec: np.ndarray | float = 1.0
    gpu: np.ndarray | float = 1.0
    comm: np.ndarray | float = 1.0
    fix: np.ndarray | float = 1.0


_PARTS = ("fetch", "dec", "gpu", "comm", "fix")


def _steps(run: _Run, mods, b0: int, b1: int) -> np.ndarray:
    """Seconds per step in each tick of ``[b0, b1)`` with the regressions ``mods`` (noise-free)."""
    return _step(*apply_mods(run, mods, b0, b1, _PARTS)) * run.gmul[b0:b1]


def _rates(run: _Run, mods, b0: int, b1: int) -> np.ndarray:
    """The job's noise-free images/s in each tick of ``[b0, b1)``."""
    return run.imgs[b0:b1] / _steps(run, mods, b0, b1)


def _series(run: _Run, mods=()) -> np.ndarray:
    """The poller's series: per point the last ``images_per_sec`` on disk (the first one carried back). With
    regressions only the logs whose window overlaps one are computed afresh, on the regressed steps (the logs'
    times, flushes and polls stay the healthy run's)."""
    val = run.log_val
    if mods:
        K = len(run.train)
        step = _steps(run, mods, 0, K)
        hit = np.zeros(len(val), bool)
        for md in mods:
            hit |= (run.log_t > md.b0 * _TICK) & (run.log_ws < md.b1 * _TICK)
        if hit.any():
            S = _cum_steps(run.train, step)
            lt, p0 = run.log_t[hit], run.log_p0[hit]
            ws = np.maximum(np.interp(np.interp(lt, run.tend, S) - run.W, S, run.tend), p0)
            val = val.copy()
            val[hit] = _window_rate(lt, ws, run.tend, run.clock, _cum_imgs(run.train, step, run.imgs))
    first = int(np.argmax(np.isfinite(run.log_flush)))
    return np.round(val[np.where(run.vis >= 0, run.vis, first)], 2)


_CAUSES = {"drop": ("throttle", "thermal", "tcp"), "straggler": ("gateway", "cpu"),
           "leak": ("shuffle", "logits", "conns")}


def _cause(rng, run: _Run, kind: str, name: str, t0: float, t1: float, tr: float):
    """``(mod_of(A), A_max, t1)``: the regression ``name`` over ``[t0, t1)`` (a leak ramps until ``tr``) as a
    function of its magnitude ``A``, and the time it really ends (a fault of a process or its node ends at the
    next restart)."""
    t1, b0, b1 = cause_buckets(run, t0, t1, _TICK, name not in ("throttle", "gateway"))
    tb = np.arange(b0, b1) * _TICK
    x = np.maximum(tb - t0, 0)
    if name == "throttle":  # 503 SlowDown on the dataset's prefix: retries with back-off
        w = wobble(rng, x, 0.2, 900)
        return (lambda A: _Mod(b0, b1, fetch=1 + A * w)), 6.0, t1
    if name == "thermal":  # one node's GPUs clock down: every rank waits for it
        w = np.minimum(1, x / rng.uniform(20, 120))
        return (lambda A: _Mod(b0, b1, gpu=1 + A * w)), 1.5, t1
    if name == "tcp":  # NCCL fell back to sockets on the restarted process (an InfiniBand port down)
        return (lambda A: _Mod(b0, b1, comm=np.full(b1 - b0, 1 + A))), 12.0, t1
    if name in ("gateway", "cpu"):  # a co-tenant's bursts on the storage gateway or on one host's CPUs
        lo, hi = ((10, 90), (20, 200)) if name == "gateway" else ((5, 60), (30, 240))
        bad = bad_share(twostate(rng, t0, t1, rng.uniform(*lo), rng.uniform(*hi), 1e6), tb, _TICK)
        f = bad * np.exp(rng.normal(0, 0.3, b1 - b0)) + 0.05 * (1 - bad)
        if name == "gateway":
            return (lambda A: _Mod(b0, b1, fetch=1 + A * f)), 10.0, t1
        return (lambda A: _Mod(b0, b1, dec=1 + A * f)), 8.0, t1
    r = np.clip(x / max(tr - t0, 1e-9), 0, 1) ** rng.uniform(0.7, 1.5)
    if name == "shuffle":  # the workers' shuffle buffers hold decoded images: the host swaps
        return (lambda A: _Mod(b0, b1, dec=1 + A * r)), 6.0, t1
    if name == "logits":  # a callback keeps every step's logits: per-step work grows
        return (lambda A: _Mod(b0, b1, fix=1 + A * r)), 15.0, t1
    return (lambda A: _Mod(b0, b1, fetch=1 + A * r)), 5.0, t1  # the object-store client leaks connections


def _calibrate(run: _Run, mod_of, a_max: float, target: float, b0: int, b1: int):
    """The magnitude whose noise-free loss of images/s over the training ticks ``[b0, b1)`` is ``target``."""
    return calibrate(lambda mods: _rates(run, mods, b0, b1), mod_of, a_max, target, run.train[b0:b1] > 0)


def _draw_event(rng, run: _Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` with onset in ``[lo, hi)``: an ``(Event, _Mod)`` pair, or None after 80
    rejected draws. "tcp" starts at the end of a restart on as many nodes; else 35 % at a pause's end (or inside)."""
    return draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=_P_KIND, causes=_CAUSES,
                           cause=_cause, calib=partial(_calibrate, run),
                           series=lambda mod, lo, b1: (_series(run, [mod]), 0),
                           width=_TICK, restart_cause="tcp", p_pause=0.35, max_depth=0.34, stop_at_end=True)


def _build(seed: int, n: int, pauses: str):
    """The healthy run of ``seed``: ``(run, healthy series, pause spans, live mask, changes)``. A span holds the
    points whose interval touches a stretch without training; a change is the first point after the span of a
    planned change."""
    return rollup_build(_schedule, _series, seed, n, pauses, 191)


def make_heldout19(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One CLIP-style job's images/s (a rolling-window scalar in TensorBoard event files, tailed by a poller) with
    labelled regressions and its planned level changes (deterministic in ``seed``).

    Parameters
    ----------
    seed : random seed.
    n : number of points (>= 2000).
    pauses : ``"short"`` (pauses of 6-25 points) or ``"long"`` (31-120 points, many over 60).
    n_events : number of regressions to place; ``0`` gives a clean run, ``None`` draws 3 or 4.
    """
    return family_trace(_build, _draw_event, _series, _P_KIND, seed, n, pauses, n_events, 192,
                        lambda run: _T0 + 86400.0 * (seed % 89) + run.dt * np.arange(n))


def heldout19_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT19_SEEDS) -> list[Trace]:
    """The family's traces, one per seed; every fourth trace is a clean run."""
    return every_fourth_clean(make_heldout19, seeds, n, pauses)
