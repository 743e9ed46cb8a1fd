"""The twenty-fourth held-out throughput family: an object detector's images/s, read by each node's Zabbix agent
from a counter file, turned into a rate by Zabbix's "Change per second" and summed by a calculated item.

Written blind, this session: the author read only the shared helpers (``anomaly/heldout_common.py``,
``tests/trace_checks.py``), the twenty-third generator and its tests as a model of API, structure and tests, the
first 15 lines of generators 3-23 (to take another job and another collection path: the suggested speech
recogniser was generator 16's, an OpenTelemetry path generator 13's), the first 110 lines of
``tests/test_architecture.py``, lines 36-80 of ``anomaly/traces.py`` (the ``Event``/``Trace`` definitions, and with
them the first lines of its ``make_trace``) and Zabbix's public documentation of aggregate calculations; never a
detector, and never ran a detector on these traces.

Size: over 500 lines because the docstring (its table and the measured counts the tests check) is nearly a
quarter of it.

What is modelled
----------------
A real-time object detector (YOLOX-style: a CSP backbone, a decoupled head, SimOTA assignment, an EMA copy of the
weights) is trained on a company's own detection data with PyTorch Lightning and DDP on ``N`` nodes (1-4) of ``G``
GPUs (4 or 8) of an on-prem Kubernetes cluster with gang scheduling (Volcano), ``b`` images per GPU and step (8, 16
or 32). The JPEGs lie on a NAS; each GPU's loader workers decode four of them for every mosaic sample, mix them up
and warp them on the CPU. With multi-scale training (60 % of the runs) the ranks take a new input size every 10
steps (480-800 px by 32, resized on the GPU). A step waits for the slower of the loader's supply and the GPU path
(forward and backward, the optimizer and the EMA, the all-reduce) -- a soft maximum; a run is loader-bound or
GPU-bound (a step of 0.25-1.2 s at the start, the loader 50-160 % of the GPU path). All nodes step together.

The trainer's rank 0 on each node writes the images its node trained (whole steps, ``G b`` at a time, from 0 in
each process) to a file on the node after every step. The company monitors its servers with Zabbix, so the count
is an item of the node's Zabbix agent 2 (an active check, ``vfs.file.contents``, every ``ui`` = 10, 15, 20, 30 or
60 s, at most ``dt``), stamped with the agent's clock and sent with the agent's buffer every 5 s; the server's
preprocessing turns it into a rate ("Change per second"), and a calculated item of the server,
``sum(last_foreach(/*/train.images.rate?[group="<pool>"], period))`` (period 2 minutes in 60 % of the runs, else 5
minutes), is evaluated every ``dt`` (30, 60 or 120 s): one point each, read back from its history
(``history.get``), a missing value written 0. So:

* **Change per second**: a host's value is the count's rise over its clocks' difference since its previous value:
  one item interval, not the point's ``dt``, so a point samples ``ui`` of every ``dt`` and carries the quantisation
  of whole steps in ``ui`` seconds; the first value of each process's host has no usable previous one (a new node's
  item was unsupported until the file appeared; a reused node's previous count is higher) and is discarded;
* **last values**: the calculated item takes each host's last value that has reached the server; a host whose
  last value is older than the period is left out (its share missing), and with no host left there is no value;
* **late values**: the agent sends its buffer every 5 s; the server's history syncers fall behind now and then
  (Poisson 0.5-3 a run, 5-40 min, values up to 5-90 s late, rising and falling), and the server is down for an
  upgrade or a restart (Poisson 0.2-1 a run, 1-8 min: no evaluations, the agents keep their values and send them
  when it is back);
* **checks not made**: an agent restarts when its configuration is pushed (about once every two days a host,
  5-40 s without checks): the next value's rate covers the longer interval; a check now and then 0.5-3 s late;
* pauses read 0 inside: the count stands still while the job validates or checkpoints, and the file of a stopped
  process keeps its last count until the next process starts (a rate of 0).

Healthy behaviour (none of it labelled):

* **the image stream**: the loader's cost per image wanders with the JPEGs' sizes in the shuffled stream
  (Ornstein-Uhlenbeck, log-sd 2-5 %, 20-120 min) and with the NAS's load over the day (up to 1.35x); where the
  loader binds, the rate moves with them;
* **multi-scale**: the GPU path's cost follows the input size (``(s / 640) ** 1.9``) in blocks of 10 steps;
* **an epoch's end** 1-3 times per validation interval: the sampler reshuffles and the loader's workers are
  spawned again (3-20 s); rare NAS or garbage-collection stalls (1-8 s): a rhythm of small dips;
* **validation** (COCO mAP: forward, NMS and pycocotools on rank 0) every 150-450 points of training, every 2nd-4th
  one with a checkpoint as well (1.5x longer);
* **restarts** (preemption by a higher-priority gang, a node failure; Poisson 0.5-2 a run; 1.5x a pause): the job
  resumes from its last checkpoint on other nodes (their GPUs and CPUs 3 % faster or slower: unlisted level
  steps), the loader's workers start (2-4x slower, decaying over 10-40 s) and cuDNN's benchmark mode autotunes
  each new input shape (1.5-3.5x, decaying over 15-60 s, 60-300 s with multi-scale); the same at the run's start.

Planned level changes, **listed in ``changes``** (the first point after the span of the pause they follow), each
made only where it moves the rate by 10 % or more on the loader's cost after it and the level seen 8 % or more:

* **world-size changes** at a restart (tried at half of them): the gang is scheduled on 1-4 nodes, another number;
* **unfreezing** (40 % of the runs start with the backbone frozen, transfer learning): after the 2nd-6th
  validation the backward runs through the backbone (the GPU path 1.33-1.8x, its all-reduce 1.4-2.5x);
* **mosaic stops** (tried in 40 % of the runs, at a validation 40-90 % of the way through): the last epochs
  without mosaic (one JPEG a sample, the loader's cost 0.3-0.5 of it).

A regression changes the step's parts inside its window; the run's clock (steps, pauses, checks) stays the healthy
run's, so ``healthy`` (the same run without regressions) aligns point by point and equals ``values`` outside the
events (only the values whose interval overlaps a regression change: each regression's lost images are taken off
the counts after it in whole steps). No event holds a point of ``changes``.

Labelled regressions (their causes are an on-prem GPU cluster's)
----------------------------------------------------------------
* ``drop``: the site's power-capping daemon lowering a node's GPU power limit (the GPU path up to 3.5x); the NAS
  degrading (a RAID rebuild, a snapshot replication: the loader up to 5x, swinging 15 %); or a restart onto a node
  whose NIC came up at 25 instead of 100 Gb/s (the all-reduce up to 26x; from a restart onto as many nodes, until
  the next one); 150-1400 points or to the end;
* ``straggler``: a neighbour pod's CPU bursts throttling a node's loader (CFS; bursts of 20-180 s every 60-600 s,
  the loader up to 5x, 5 % of that between them), or a GPU's thermal slowdown in bursts of 5-60 s every 30-300 s
  (the GPU path up to 6x); 80-500 points;
* ``leak``: the loader workers' copy-on-write of the annotation lists until the node swaps (the loader up to 5x),
  a callback that keeps every step's detections for a training mAP and recomputes it (the fixed part up to 26x),
  or the caching allocator fragmenting (``cudaMalloc`` retries: the GPU path up to 3x), each growing as ``r ** q``
  of its ramp (``q`` 0.7-1.5) over 250-1800 points, then held 80-600 points; a node's or process's fault ends at
  the next restart (the job gets other nodes), the NAS's does not.

Each trace with events holds every kind once, in a random order, and a fourth of a random kind in 40 % of them,
one per stretch from point 600 on. A regression's magnitude is set by bisection to a drawn noise-free loss (drops
8-33 %, stragglers 10-30 %, a leak 12-40 % over its plateau); about 35 % of the other onsets lie at the end of a
pause or inside it. An event is kept only when its measured depth is 7-35 %, its values lie below the healthy twin
on more than 60 % of its points, it holds no listed change, and it shows within 60 points (a leak: along its ramp).
A fault on the side that does not bind needs a large magnitude to show, and is redrawn where even its largest
does not.

Counts over ``heldout24_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     32      9     12         11    0.075-0.302  17              6-24 (301 spans, 0 >60)      3
long      30      9     12         9     0.071-0.328  8               34-118 (207 spans, 136 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are
left out of the span ranges. Pause spans include restarts. ``changes`` (planned level changes the monitor knows
of): short 10 (5 world-size changes, 4 unfreezes, 1 mosaic stops), long 14 (6 world-size changes, 7 unfreezes, 1
mosaic stops). Measured at them (the healthy level's medians, 300 live points before, points 100-400 after):
world-size changes 0.25-3.82x (11), unfreezes 0.70-0.90x (11), mosaic stops 2.00x (2). The image stream, the
NAS's day, the other nodes after a restart and the warm-ups are level changes the monitor is not told of. Over both
sets: ``dt`` 30 s in 6 runs, 60 s in 9, 120 s in 9; the hosts' item every 10, 15, 20, 30 and 60 s in 4, 5, 4, 5 and
6; 8 with a 5-minute period; 8 of the 24 runs on one node at the start, 16 with 8 GPUs a node, 15 multi-scale, 14
starting with the backbone frozen; 26 restarts (15 onto as many nodes); 31 slow spells of the server in 16 runs, 8
outages in 8; 178 checks not made of 1143397; values up to 444 s late. Steady training points 30 % or more short (a
host's share left out): up to 1.3 % of them in a run; live points that read 0: 0-8 a run. Generating both
settings takes about 1 s.

Usage::

    from anomaly.heldout24 import heldout24_set
    for trace in heldout24_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from anomaly.heldout_common import (apply_mods, bad_share, calibrate, cause_buckets, draw_regression,
                                    every_fourth_clean, family_trace, next_stretch, ou_path, restart_pause,
                                    rollup_build, seg_buckets, seg_columns, smax, span_len, twostate, wobble)
from anomaly.traces import Trace

HELDOUT24_SEEDS = tuple(range(242000, 242012))

_PAUSE = {"short": (6, 24, 8, 15), "long": (33, 118, 44, 80)}  # span (points) lo, hi; median lo, hi
_W = 5.0  # the simulation grid: 5-s buckets
_SEND = 5.0  # the agent's BufferSend: it sends its buffered values every 5 s
_SIZES = np.arange(480, 801, 32)  # multi-scale training: the input sizes (YOLOX's range 5 around 640)
_P_KIND = (0.34, 0.33, 0.33)
_MIN_MOVE = 0.1  # a planned change is made only where it moves the rate by 10 % or more


def _size_cost(s):
    """The forward and backward's cost at input size ``s`` against 640 px."""
    return (np.asarray(s, float) / 640.0) ** 1.9


@dataclass
class _Job:
    """A node-step's parts (seconds) with the backbone frozen or not (``frz``) and mosaic on or off (``mos``)."""

    G: int  # GPUs per node
    b: int  # images per GPU and step
    aug: float  # the node's loader workers' time to supply one node-step with mosaic (4 JPEGs decoded a sample)
    gpu: float  # forward and backward at 640 px, the backbone trainable (mean over the sizes when multi-scale)
    fix: float  # the optimizer step and the EMA copy of the weights
    ar: float  # the gradient all-reduce, per (1 + log2(N) / 2)
    nomos: float  # the loader's cost without mosaic (one JPEG a sample, letterboxed) against with it
    fgain: float  # the share of the GPU path saved with the backbone frozen (no backward through it)
    far: float  # the share of the all-reduce saved with the backbone frozen (its gradients are not reduced)
    ms: bool  # multi-scale training (a new input size every 10 steps)

    def images(self, N):
        """Images per (global) step."""
        return self.G * self.b * np.asarray(N, float)

    def parts(self, N, frz, mos):
        """``(aug, gpu, fix, ar)`` of a node-step."""
        frz, mos = np.asarray(frz, bool), np.asarray(mos, bool)
        aug = self.aug * np.where(mos, 1.0, self.nomos)
        gpu = self.gpu * np.where(frz, 1 - self.fgain, 1.0)
        ar = self.ar * (1 + 0.5 * np.log2(np.asarray(N, float))) * np.where(frz, 1 - self.far, 1.0)
        return aug, gpu, self.fix + 0.0 * aug, ar


def _step(aug, gpu, fix, ar, gm):
    """Seconds per step: the loader's supply against the GPU path (``gm`` its warm-up: cuDNN's benchmark mode
    autotuning the convolutions of each new input shape)."""
    return smax(aug, (gpu + fix + ar) * gm)


@dataclass
class _Seg:
    """A stretch of training in one process with one configuration."""

    t0: float
    t1: float
    ev: int  # validations done before it
    proc: int
    N: int
    frozen: bool
    mosaic: bool


@dataclass
class _Run:
    """The healthy run on the grid of 5-s buckets (``K = n * k``) and its hosts' agent values."""

    dt: float  # the calculated item's update interval (one point each)
    ui: float  # the hosts' item's update interval
    period: float  # last_foreach's time period (s)
    k: int
    n: int
    train: np.ndarray
    aug: np.ndarray
    gpu: np.ndarray
    fix: np.ndarray
    ar: np.ndarray
    gmul: np.ndarray
    ipn: np.ndarray  # images per node-step
    nodes: np.ndarray
    eff: np.ndarray  # effective training seconds (less stalls and the epochs' ends)
    noise: np.ndarray
    fr_h: np.ndarray  # the healthy run's images per bucket
    edges: np.ndarray
    hx: list  # per host and process: the collection times of the values the server took (the first left out)
    ha: list  # their arrival times at the server
    hc: list  # the healthy count the file held (the node's images, whole steps, from the process's start)
    segs: list
    pauses_t: list  # (t0, t1, kind): "eval", "ckpt", "restart"
    restarts: list
    known_t: list
    known_kind: list  # "world", "unfreeze", "mosaic"
    mix: np.ndarray  # log loader cost per image (the stream's JPEG sizes) on a 60-s grid
    busy: list  # (t0, t1, largest extra delay): the server's history syncers behind
    outages: list  # (t0, t1): the server down: no calculated values
    collected: int  # values the agents collected
    skipped: int  # checks not made (agent restarts)
    max_delay: float  # the largest arrival delay (s)
    job: _Job | None = None


def _span_len(rng, setting: str, scale: float = 1.0) -> float:
    return span_len(rng, _PAUSE, setting, scale)


def _draw_job(rng, N: int, G: int, b: int, ms: bool) -> _Job:
    """A step of 0.25-1.2 s at the start; the loader's supply (with mosaic) 50-160 % of the GPU path."""
    s = np.exp(rng.uniform(np.log(0.25), np.log(1.2)))
    gpu, fix, ar = rng.uniform(0.7, 0.85) * s, rng.uniform(0.03, 0.08) * s, rng.uniform(0.02, 0.07) * s
    lpath = gpu + fix + ar * (1 + 0.5 * np.log2(N))
    aug = lpath * np.exp(rng.uniform(np.log(0.5), np.log(1.6)))
    msf = float(np.mean(_size_cost(_SIZES))) if ms else 1.0
    return _Job(G=G, b=b, aug=aug, gpu=gpu * msf, fix=fix, ar=ar, nomos=rng.uniform(0.3, 0.5),
                fgain=rng.uniform(0.25, 0.45), far=rng.uniform(0.3, 0.6), ms=ms)


def _level(job: _Job, mix, N, frz, mos, t0: float, t1: float) -> float:
    """The noise-free rate's median over ``[t0, t1)`` (warm, on the loader's cost of that time)."""
    i0 = min(int(max(t0, 0) // 60), len(mix) - 1)
    i1 = max(min(int(t1 // 60), len(mix)), i0 + 1)
    aug, gpu, fix, ar = job.parts(N, frz, mos)
    return float(np.median(job.images(N) / _step(aug * np.exp(mix[i0:i1]), gpu, fix, ar, 1.0)))


def _moves(job, mix, old, new, t: float, dt: float) -> bool:
    """The configuration ``new`` moves the rate by ``_MIN_MOVE`` or more on the loader's cost after ``t``, and the
    level seen (300 points before against points 100-400 after) moves 8 % or more the same way."""
    after = _level(job, mix, *new, t + 100 * dt, t + 400 * dt)
    own = np.log(after / _level(job, mix, *old, t + 100 * dt, t + 400 * dt))
    seen = np.log(after / _level(job, mix, *old, t - 300 * dt, t))
    return abs(own) >= _MIN_MOVE and own * seen > 0 and abs(seen) >= 0.08


def _schedule(rng, n: int, setting: str) -> _Run:
    dt = float(rng.choice([30.0, 60.0, 120.0], p=[0.3, 0.45, 0.25]))
    uis = [(u, w) for u, w in ((10.0, 0.15), (15.0, 0.1), (20.0, 0.15), (30.0, 0.3), (60.0, 0.3)) if u <= dt]
    ui = float(rng.choice([u for u, _ in uis], p=np.array([w for _, w in uis]) / sum(w for _, w in uis)))
    period = 120.0 if rng.random() < 0.6 else 300.0  # last_foreach(..., 2m) or (..., 5m)
    k = int(dt / _W)
    T, K = n * dt, n * k
    N = int(rng.choice([1, 2, 3, 4], p=[0.2, 0.35, 0.15, 0.3]))
    G = int(rng.choice([4, 8], p=[0.35, 0.65]))
    b = int(rng.choice([8, 16, 32]))
    ms = bool(rng.random() < 0.6)
    job = _draw_job(rng, N, G, b, ms)
    mix = ou_path(rng, T, rng.uniform(0.02, 0.05), rng.uniform(1200, 7200))
    iv_pts = rng.uniform(150, 450)
    est = max(2, int(n / (iv_pts * 1.25)))
    frozen = bool(rng.random() < 0.4)  # transfer learning: the backbone frozen for the first validations
    unf_ev = int(rng.integers(2, 7))
    mos_ev = int(rng.integers(max(1, int(0.4 * est)), max(2, int(0.9 * est)) + 1)) if rng.random() < 0.4 else -1
    mosaic = True
    ck_every = int(rng.integers(2, 5))
    n_re = int(rng.poisson(rng.uniform(0.5, 2.0)))
    re_t = sorted(rng.uniform(0.05, 0.92, n_re) * T)

    segs, pauses_t, restarts, known_t, known_kind = [], [], [], [], []
    t, ev, proc, left = 0.0, 0, 0, iv_pts * dt
    while t < T + dt:
        which, run = next_stretch(rng, re_t, 0, t, left, np.inf, 0, dt)
        segs.append(_Seg(t, t + run, ev, proc, N, frozen, mosaic))
        t += run
        left -= run
        if which == 2:  # preempted by a higher-priority gang (Volcano) or a node failed: the job is rescheduled
            re_t.pop(0)  # and resumes from its last checkpoint, now and then on another number of nodes
            dur = (_span_len(rng, setting, 1.5) - 1.0) * dt
            old = N
            if rng.random() < 0.5 and t + dur + 400 * dt < T:
                new = int(rng.choice([m for m in (1, 2, 3, 4) if m != N]))
                if _moves(job, mix, (N, frozen, mosaic), (new, frozen, mosaic), t + dur, dt):
                    N = new
            t = restart_pause(t, dur, N == old, pauses_t, restarts, known_t, known_kind)
            proc += 1
            left = max(left, 4 * dt)
            while re_t and re_t[0] < t + 900:
                re_t.pop(0)
        else:  # validation: COCO mAP on the validation set (forward, NMS, pycocotools on rank 0); a checkpoint
            ck = (ev + 1) % ck_every == 0  # every ck_every-th one as well
            dur = (_span_len(rng, setting, 1.5 if ck else 1.0) - 1.0) * dt
            pauses_t.append((t, t + dur, "ckpt" if ck else "eval"))
            t += dur
            ev += 1
            left = iv_pts * dt * np.exp(rng.normal(0, 0.1))
            if t + 400 * dt >= T:
                continue
            if frozen and ev == unf_ev:  # the backbone is unfrozen: the backward runs through it
                if _moves(job, mix, (N, True, mosaic), (N, False, mosaic), t, dt):
                    frozen = False
                    known_t.append(t)
                    known_kind.append("unfreeze")
            elif mosaic and ev == mos_ev:  # the last epochs without mosaic (close_mosaic): a cheaper loader
                if _moves(job, mix, (N, frozen, True), (N, frozen, False), t, dt):
                    mosaic = False
                    known_t.append(t)
                    known_kind.append("mosaic")

    tb, train, seg_of = seg_buckets(segs, K, _W)
    on, (Nb, frb, mob, pb) = seg_columns(segs, seg_of, "N", "frozen", "mosaic", "proc")
    aug, gpu, fix, ar = job.parts(Nb, frb, mob)
    aug = aug * np.exp(mix[(tb / 60).astype(int)])
    if ms:  # a new input size every 10 steps (shared by the ranks): the GPU path's cost per 5-s bucket
        blk = 10 * float(np.median(_step(aug[on], gpu[on], fix[on], ar[on], 1.0)))  # 10 steps at the median step
        sizes = rng.choice(_SIZES, int(T / blk) + 2)
        per_s = _size_cost(sizes)[(np.arange(int(K * _W)) / blk).astype(int)]
        gpu = gpu * per_s.reshape(K, int(_W)).mean(1) / float(np.mean(_size_cost(_SIZES)))
    tc = np.cumsum(train)
    idx = np.nonzero(on)[0]
    first = np.zeros(K, bool)
    first[idx[np.r_[True, pb[idx][1:] != pb[idx][:-1]]]] = True
    at = np.maximum.accumulate(np.where(first, np.arange(K), 0))
    since_p = np.maximum(tc - (tc - train)[at], 0.0)  # training seconds since the process started
    aug = aug * (1 + rng.uniform(1.0, 3.0) * np.exp(-since_p / rng.uniform(10, 40)))  # the workers start
    day = np.maximum(0, np.sin(2 * np.pi * tb / 86400 + rng.uniform(0, 6.3)))  # the NAS's load over the day
    aug = aug * np.exp(rng.uniform(0, 0.3) * day)
    node = np.exp(rng.normal(0, 0.03, (2, int(pb.max()) + 1)))  # other nodes after a restart
    gpu, aug = gpu * node[0][pb], aug * node[1][pb]
    tune = rng.uniform(60, 300) if ms else rng.uniform(15, 60)  # every new input shape is autotuned once
    gmul = 1 + rng.uniform(0.5, 2.5) * np.exp(-since_p / tune)
    for arr in (aug, gpu, fix, ar, gmul):
        arr[~on] = 1.0
    step0 = _step(aug, gpu, fix, ar, gmul)
    med = float(np.median(step0[on]))
    sigma = rng.uniform(0.02, 0.06) / np.sqrt(max(1.0, _W / med))
    noise = np.exp(sigma * np.clip(rng.standard_t(3, K), -6, 6))
    stall = np.where(rng.random(K) < _W / rng.uniform(600, 3600), rng.uniform(1.0, 8.0, K), 0.0)  # NFS, GC
    # an epoch's end 1-3 times per validation interval: the sampler reshuffles, the workers are spawned again
    its = max(50, int(iv_pts * dt / (int(rng.integers(1, 4)) * med)))
    steps = np.cumsum(np.where(on, train / step0, 0.0))
    s_ep = rng.uniform(3.0, 20.0)
    stall += np.r_[0, np.diff(np.floor(steps / its))] * s_ep * rng.uniform(0.9, 1.1, K)
    eff = np.where(on, np.maximum(train - stall, 0.0), 0.0)
    ipn = job.G * job.b + 0.0 * Nb
    fr_h = ipn * Nb * eff / (step0 * noise)
    edges = np.arange(K + 1) * _W
    Cs, Cn = np.r_[0.0, np.cumsum(fr_h / (ipn * Nb))], np.r_[0.0, np.cumsum(fr_h / Nb)]

    def counted(x):  # the images a node had counted at ``x``: whole steps only
        return np.round(np.interp(np.floor(np.interp(x, edges, Cs)), Cs, Cn))

    # the server: its history syncers fall behind now and then (values arrive late), and it is down for an
    # upgrade or a restart (the agents buffer their values, nothing is calculated)
    busy = [(a, a + rng.uniform(300, 2400), rng.uniform(5, 90))
            for a in rng.uniform(0, T, int(rng.poisson(rng.uniform(0.5, 3.0))))]
    outages = [(a, a + rng.uniform(60, 480)) for a in rng.uniform(0, T, int(rng.poisson(rng.uniform(0.2, 1.0))))]
    procs = {}
    for s in segs:
        procs.setdefault(s.proc, [s.t0, s.t1, s.N])[1] = s.t1
    starts = sorted(v[0] for v in procs.values()) + [T + dt]
    hx, ha, hc = [], [], []
    collected = skipped = 0
    max_delay = 0.0
    for p, (s0, s1, Np) in sorted(procs.items()):
        stop = min(starts[starts.index(s0) + 1], T + dt)  # the file keeps its last count until the next process
        for _ in range(Np):
            x0 = s0 + rng.uniform(0, ui)
            m = int((stop - x0) / ui) + 1
            if m < 3:
                continue
            late = np.where(rng.random(m) < 0.002, rng.uniform(0.5, 3.0, m), 0.0)  # the agent's plugin busy
            x = x0 + ui * np.arange(m) + rng.exponential(0.003, m) + late
            ok = x < stop
            for a in rng.uniform(x0, x[-1], int(rng.poisson(m * ui / 172800))):
                ok &= ~((x >= a) & (x < a + rng.uniform(5, 40)))  # the agent restarted (its config pushed)
            collected += int(ok.sum())
            skipped += int((~ok & (x < stop)).sum())
            x = x[ok]
            if len(x) < 3:
                continue
            ph = rng.uniform(0, _SEND)
            arr = np.ceil((x - ph) / _SEND) * _SEND + ph + rng.uniform(0.02, 0.3, len(x))
            for a, e, dmax in busy:
                arr += np.where((x >= a) & (x < e), dmax * np.sin(np.pi * (x - a) / (e - a)), 0.0)
            for a, e in outages:
                arr = np.where((arr >= a) & (arr < e), e + rng.uniform(0, _SEND, len(x)), arr)
            arr = np.maximum.accumulate(arr)
            max_delay = max(max_delay, float((arr - x).max()))
            c = counted(x) - counted(np.array([s0]))[0]
            hx.append(x)
            ha.append(arr)
            hc.append(c)
    return _Run(dt=dt, ui=ui, period=period, k=k, n=n, train=train, aug=aug, gpu=gpu, fix=fix, ar=ar, gmul=gmul,
                ipn=ipn, nodes=Nb * 1.0, eff=eff, noise=noise, fr_h=fr_h, edges=edges, hx=hx, ha=ha, hc=hc,
                segs=segs, pauses_t=pauses_t, restarts=restarts, known_t=known_t, known_kind=known_kind, mix=mix,
                busy=busy, outages=outages, collected=collected, skipped=skipped, max_delay=max_delay, job=job)


@dataclass
class _Mod:
    """A regression: multipliers of the step's parts over buckets ``[b0, b1)``."""

    b0: int
    b1: int
    aug: np.ndarray | float = 1.0
    gpu: np.ndarray | float = 1.0
    fix: np.ndarray | float = 1.0
    ar: np.ndarray | float = 1.0


def _steps(run: _Run, mods, b0: int, b1: int) -> np.ndarray:
    return _step(*apply_mods(run, mods, b0, b1, ("aug", "gpu", "fix", "ar")), run.gmul[b0:b1])


def _rates(run: _Run, mods, b0: int, b1: int) -> np.ndarray:
    """The job's noise-free images/s in each bucket of ``[b0, b1)``."""
    return run.ipn[b0:b1] * run.nodes[b0:b1] / _steps(run, mods, b0, b1)


def _per_second(x: np.ndarray, c: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Zabbix's "Change per second" over one item's values ``(x, c)`` (clock, count): ``(keep, rate)`` for every
    value after the first (which has no previous one and is discarded); a count below the previous one is
    discarded too (``keep`` False)."""
    dc, dx = np.diff(c), np.diff(x)
    return dc >= 0, np.maximum(dc, 0.0) / dx


def _calculated(run: _Run, counts) -> np.ndarray:
    """The calculated item ``sum(last_foreach(/*/train.images.rate?[group="<pool>"], period))`` evaluated at the
    end of each point's ``dt`` window: per host the last value that had reached the server, where its clock lies
    within the period (else the host is left out); with no host left, or the server down, no value: written 0."""
    e = (np.arange(run.n) + 1.0) * run.dt
    tot, any_known = np.zeros(run.n), np.zeros(run.n, bool)
    for x, a, c in zip(run.hx, run.ha, counts):
        keep, r = _per_second(x, c)
        xs, a_s, rs = x[1:][keep], a[1:][keep], r[keep]
        if len(xs) == 0:
            continue
        j = np.searchsorted(a_s, e, side="right") - 1
        ok = (j >= 0) & (xs[np.maximum(j, 0)] >= e - run.period)
        tot[ok] += rs[j[ok]]
        any_known |= ok
    for a, b in run.outages:
        any_known &= ~((e >= a) & (e < b))
    return np.where(any_known, tot, 0.0)


def _series(run: _Run, mods=()) -> np.ndarray:
    """The calculated item's history, one value per point. A regression changes the count each node's file holds
    from its onset on by the images it cost the node there (whole steps), so only the rates whose interval
    overlaps it change."""
    counts = run.hc
    if mods:
        q = run.job.G * run.job.b
        shift = [np.zeros(len(x)) for x in run.hx]
        for md in mods:  # each regression's own images lost, in whole steps
            lo, hi = md.b0, md.b1
            fr = run.ipn[lo:hi] * run.nodes[lo:hi] * run.eff[lo:hi] / (_steps(run, [md], lo, hi) * run.noise[lo:hi])
            D = np.zeros(len(run.edges))
            D[lo + 1:hi + 1] = np.cumsum((fr - run.fr_h[lo:hi]) / run.nodes[lo:hi])
            D[hi + 1:] = D[hi]
            for sh, x in zip(shift, run.hx):
                sh += q * np.round(np.interp(x, run.edges, D) / q)
        counts = [np.maximum.accumulate(c + sh) for c, sh in zip(run.hc, shift)]
    return _calculated(run, counts)


_CAUSES = {"drop": ("powercap", "nas", "nic"), "straggler": ("cfs", "slowdown"),
           "leak": ("cow", "metric", "frag")}


def _cause(rng, run: _Run, kind: str, name: str, t0: float, t1: float, tr: float):
    """``(mod_of(A), A_max, t1)`` of the regression ``name`` over ``[t0, t1)`` (a leak ramps until ``tr``); a
    fault of the nodes or of the training process ends at its next restart (the job gets other nodes)."""
    t1, b0, b1 = cause_buckets(run, t0, t1, _W, name != "nas")
    tb = np.arange(b0, b1) * _W
    x = np.maximum(tb - t0, 0)
    if name == "powercap":  # the site's power-capping daemon lowers a node's GPU power limit (a demand response)
        w = np.minimum(1, x / rng.uniform(10, 60)) * (1 + 0.04 * np.sin(2 * np.pi * x / rng.uniform(120, 900)))
        return (lambda A: _Mod(b0, b1, gpu=1 + A * w)), 2.5, t1
    if name == "nas":  # the NAS holding the images degrades (a RAID rebuild, a snapshot replication)
        w = wobble(rng, x, 0.15, 1800)
        return (lambda A: _Mod(b0, b1, aug=1 + A * w)), 4.0, t1
    if name == "nic":  # a restart onto a node whose NIC came up at 25 instead of 100 Gb/s: the all-reduce crawls
        return (lambda A: _Mod(b0, b1, ar=np.full(b1 - b0, 1 + A))), 25.0, t1
    if name in ("cfs", "slowdown"):  # a neighbour pod's CPU bursts (CFS throttling); a GPU's thermal slowdown
        bm, gm, amax = ((20, 180), (60, 600), 4.0) if name == "cfs" else ((5, 60), (30, 300), 5.0)
        bad = bad_share(twostate(rng, t0, t1, rng.uniform(*bm), rng.uniform(*gm), 1e6), tb, _W)
        f = bad * np.exp(rng.normal(0, 0.25, b1 - b0)) + 0.05 * (1 - bad)
        if name == "cfs":
            return (lambda A: _Mod(b0, b1, aug=1 + A * f)), amax, t1
        return (lambda A: _Mod(b0, b1, gpu=1 + A * f)), amax, t1
    r = np.clip(x / max(tr - t0, 1e-9), 0, 1) ** rng.uniform(0.7, 1.5)
    if name == "cow":  # the loader workers' copy-on-write of the annotation lists: their memory grows, the node
        return (lambda A: _Mod(b0, b1, aug=1 + A * r)), 4.0, t1  # swaps
    if name == "metric":  # a callback keeps every step's detections for a training mAP and recomputes it
        return (lambda A: _Mod(b0, b1, fix=1 + A * r)), 25.0, t1
    return (lambda A: _Mod(b0, b1, gpu=1 + A * r)), 2.0, t1  # the allocator fragments: cudaMalloc retries grow


def _draw_event(rng, run: _Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` with onset in ``[lo, hi)``: an ``(Event, _Mod)`` pair, or None."""
    return draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=_P_KIND, causes=_CAUSES,
                           cause=_cause,
                           calib=lambda mod_of, a, tgt, b0, b1: calibrate(lambda m: _rates(run, m, b0, b1), mod_of,
                                                                          a, tgt, run.train[b0:b1] > 0),
                           series=lambda mod, lo, b1: (_series(run, [mod]), 0),
                           width=_W, restart_cause="nic", p_pause=0.35, max_depth=0.35, stop_at_end=True)


def _build(seed: int, n: int, pauses: str):
    """The healthy run of ``seed``: ``(run, healthy series, pause spans, live mask, changes)``."""
    return rollup_build(_schedule, _series, seed, n, pauses, 241)


def make_heldout24(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One object detector's images/s (per-node counter files read by Zabbix agents, "Change per second", summed
    by a calculated item) with labelled regressions and its planned level changes (deterministic in ``seed``).

    Parameters
    ----------
    seed : random seed.
    n : number of points (>= 2000).
    pauses : ``"short"`` (pauses of 6-24 points) or ``"long"`` (33-118 points, many over 60).
    n_events : number of regressions to place; ``0`` gives a clean run, ``None`` draws 3 or 4.
    """
    return family_trace(_build, _draw_event, _series, _P_KIND, seed, n, pauses, n_events, 242,
                        lambda run: 1_870_000_800.0 + 86400.0 * (seed % 89) + (seed % 7) * 4.0
                        + run.dt * (np.arange(n) + 1.0))


def heldout24_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT24_SEEDS) -> list[Trace]:
    """The family's traces, one per seed; every fourth trace is a clean run."""
    return every_fourth_clean(make_heldout24, seeds, n, pauses)
