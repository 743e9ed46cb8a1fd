"""The twenty-fifth held-out throughput family: a machine-translation Transformer's target tokens/s, written by each
node to InfluxDB 2 as a cumulative count and rolled up by a downsampling task's ``derivative(nonNegative: true)``
and ``aggregateWindow``.

Written blind, this session: the author read only ``/work/HELPERS.md``, the shared helpers
(``anomaly/heldout_common.py``, ``tests/trace_checks.py``), the twenty-fourth generator and its tests as a model of
API, structure and tests, the first 15 lines of generators 3-23 (to take another job and another collection path:
no earlier one is a translation model or InfluxDB), the first 110 lines of ``tests/test_architecture.py``, lines
36-80 of ``anomaly/traces.py`` (the ``Event``/``Trace`` definitions, and with them the first lines of its
``make_trace``) and InfluxData's public documentation (Flux's ``derivative()``, the task options ``every`` and
``offset``, the client libraries' ``WriteOptions``) and an InfluxDB issue on task catch-up after a restart; never a
detector, and never ran a detector on these traces.

Size: over 500 lines because the docstring (its table and the measured counts the tests check) is nearly a
quarter of it.

What is modelled
----------------
A Transformer (big) for machine translation is trained with fairseq-style dynamic batching on a Slurm cluster:
DDP on ``N`` nodes (1-4) of ``G`` GPUs (4 or 8), ``--max-tokens`` 4096, 8192 or 16384 a GPU and micro-batch,
``--update-freq`` 1, 2, 4 or 8, fp16 with fused Adam. The sentences are batched by length (length buckets pad
little: 82-95 % of a batch's tokens are real target tokens), so an update carries nearly the same number of tokens
while its cost per token grows with the sentences' length (the attention's share, 15-35 % at the start). The
loader collates binarized data (10-35 % of the GPU path) or, in 35 % of the runs, tokenises with SentencePiece on
the fly (40-140 %: then it can bind). An update waits for the slower of the loader and the GPU path (the ``u``
micro-batches' forward and backward, the optimizer, the all-reduce) -- a soft maximum; 0.3-2.5 s at the start.

A callback on each node's rank 0 writes, every ``li`` updates (1-100: every 3 s to a fifth of ``dt``; 8 s to a
quarter of ``dt``, at least 10 s, with second precision; every update where one takes longer), one row
``mt_train,host=<node> target_tokens=<count>i <time>`` -- the node's target tokens since its process started,
stamped with the node's clock at the update's end -- through the Python client's batching write API to InfluxDB 2
(``flush_interval`` 1, 5 or 10 s, ``jitter_interval`` 0 or 2 s; ms precision, or ``WritePrecision.S`` in 40 % of the
runs). A downsampling task (``every`` = ``dt``: 30 s, 1 or 2 minutes; ``offset`` 0, 5, 10 or 30 s) runs
``derivative(unit: 1s, nonNegative: true)`` and ``aggregateWindow(fn: mean)`` over ``range(start: -task.every)``,
sums the hosts by ``_time`` and writes the sum to a rollup bucket; a point is one row of that bucket, stamped with
its window's stop, read back with a missing row written 0. So:

* **the window's own rows**: a run's range is its window, so the derivative starts at the window's second row of
  each host (no rate across windows, none across a pause); the rate is the plain mean of the derivatives, not
  weighted by their intervals: a window holding a stretch of training before a pause reads the training's rate;
* **second precision**: with ``WritePrecision.S`` a row's time is cut to the second, so the derivatives' intervals
  are whole seconds and their plain mean reads a little high (by up to about 1 %); a later row of the same host
  and second overwrites the earlier (one series, one time);
* **rows the run did not see**: a row is seen when it has arrived by the time its window's run queries (the window's
  stop + ``offset`` + up to 0.5 s): the client flushes every ``flush_interval``, so with a small offset the last
  rows of a window often miss it (fewer derivatives; a host with under two rows left out of the sum); the server is
  slow to take writes now and then (Poisson 0.5-2.5 a run, 5-40 min, the client's retries putting rows up to 5-60 s
  late, rising and falling);
* **the server down** (an upgrade, Poisson 0.2-1 a run, 1-8 min): the client retries a batch 5, 10, 20, 40 and 80 s
  on (``max_retries`` 5, base 2) and drops it when the server is not back by then; the task's missed runs are
  caught up when it is back (as InfluxDB 2.0 was reported to do, influxdata/influxdb#21689), over the rows that
  have arrived by then;
* **restarts**: a new process counts from 0; ``nonNegative`` takes a fall as a count from 0 (a restart's pause is
  longer than a window, so no window holds both).

Healthy behaviour (none of it labelled):

* **the token stream**: the cost per token wanders with the shuffled batches' length mix (Ornstein-Uhlenbeck,
  log-sd 1.5-4 %, 20-120 min); the batches' tokens and lengths make the noise of a point;
* **shards**: the data is split in shards, one an epoch (fairseq's ``data-bin/shard0:shard1:...``), each with its
  own length mix (1-3 % steps of the level at every epoch's end); loading the next shard and building its batches
  by length stalls the job 5-25 s; rare garbage-collection or NFS stalls (1-6 s): a rhythm of small dips;
* **the shared fabric's day**: the all-reduce of multi-node runs slows with the cluster's traffic (up to 1.5x);
* **validation** (the dev set's loss and the BLEU of a beam search, sacrebleu on rank 0) every 150-450 points of
  training, every 2nd-4th one with a checkpoint as well (1.5x longer);
* **restarts** (Slurm preempts and requeues the job, a node fails; Poisson 0.5-2 a run; 1.5x a pause): the job
  resumes from ``checkpoint_last.pt`` on other nodes (3 % faster or slower: unlisted level steps), the loader's
  workers start (1.5-3x slower, decaying over 10-30 s) and the GPU path warms up (the caching allocator meeting the
  batches' many shapes, NCCL's communicators: 1.4-2.5x, decaying over 20-90 s); the same at the run's start.

Planned level changes, **listed in ``changes``** (the first point after the span of the pause they follow), each
made only where it moves the rate by 10 % or more on the stream's cost after it and the level seen 8 % or more:

* **world-size changes** at a restart (tried at half of them): the job is requeued on 1-4 nodes, another number;
* **curriculum stages** (45 % of the runs start with short sentences only): after the 2nd-6th validation the
  maximum length is raised (``--max-source-positions``/``--max-target-positions``), the mean length 1.6-2.4x;
* **back-translation** (tried in 35 % of the runs, at a validation 30-80 % of the way through): tagged
  back-translated data mixed in, noised on the fly by the loader (its cost 2-4x: it binds or comes close).

A regression changes the update's parts inside its window; the run's clock (updates, pauses, rows' times) stays
the healthy run's, so ``healthy`` (the same run without regressions) aligns point by point and equals ``values``
outside the events (the rows inside a regression keep the healthy run's times and carry fewer tokens; each
regression's lost tokens are taken off the counts after it, so only the windows it overlaps change). No event
holds a point of ``changes``.

Labelled regressions (their causes are a Slurm GPU cluster's)
-------------------------------------------------------------
* ``drop``: a node's GPUs held at low clocks (a power brake after a PSU fault, a stuck P-state: the GPU path up to
  3.5x); another job's all-to-all congesting the shared InfiniBand spine (the all-reduce up to about 11x, swinging 20 %,
  not ended by a restart); or a restart where NCCL cannot open the HCA and falls back to TCP sockets (the
  all-reduce up to 31x; from a restart onto as many nodes, until the next one); 150-1400 points or to the end;
* ``straggler``: a neighbour's CPU bursts throttling a node's loader (CFS; bursts of 20-180 s every 60-600 s, the
  loader up to 6x, 5 % of that between them), or a GPU's hardware slowdown in bursts of 5-60 s every 30-300 s (the
  GPU path up to 6x); 80-500 points;
* ``leak``: the loader workers' copy-on-write of the dataset's index lists until the node swaps (the loader up to
  7x), a debugging hook left on that keeps every update's attention maps on the host (the fixed part up to 31x), or
  the batches' many shapes fragmenting the caching allocator (``cudaMalloc`` retries: the GPU path up to 3x), each
  growing as ``r ** q`` of its ramp (``q`` 0.7-1.5) over 250-1800 points, then held 80-600 points; a node's or
  process's fault ends at the next restart (the job gets other nodes).

Each trace with events holds every kind once, in a random order, and a fourth of a random kind in 40 % of them,
one per stretch from point 600 on. A regression's magnitude is set by bisection to a drawn noise-free loss (drops
8-33 %, stragglers 10-30 %, a leak 12-40 % over its plateau); about 35 % of the other onsets lie at the end of a
pause or inside it. An event is kept only when its measured depth is 7-35 %, its values lie below the healthy twin
on more than 60 % of its points, it holds no listed change, and it shows within 60 points (a leak: along its ramp).
A fault on the side that does not bind needs a large magnitude to show, and is redrawn where even its largest
does not.

Counts over ``heldout25_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     30      10    11         9     0.091-0.325  17              6-24 (262 spans, 0 >60)      3
long      32      12    11         9     0.081-0.322  20              33-118 (200 spans, 138 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are
left out of the span ranges. Pause spans include restarts. ``changes`` (planned level changes the monitor knows
of): short 13 (5 world-size changes, 6 curriculum stages, 2 back-translation starts), long 11 (7 world-size
changes, 3 curriculum stages, 1 back-translation starts). Measured at them (the healthy level's medians, 300 live
points before, points 100-400 after): world-size changes 0.27-3.61x (12), curriculum stages 0.47-0.83x (9),
back-translation starts 0.44-0.87x (3). The token stream, the shards, the fabric's day, the other nodes after a
restart and the warm-ups are level changes the monitor is not told of. Over both sets: ``every`` 30 s in 4 runs, 1
minute in 16, 2 minutes in 4; an offset of 0, 5, 10 and 30 s in 5, 5, 7 and 7; the client flushing every 1, 5 and 10
s in 11, 7 and 6; 8 writing with second precision; 5 of the 24 runs on one node at the start, 20 with 8 GPUs a node,
8 tokenising on the fly; 23 restarts (11 onto as many nodes); 35 slow spells of the server in 17 runs, 12 outages in
12; 766 rows dropped of 4200856; rows up to 166 s late. Steady training points 30 % or more short (a host's share
left out): up to 0.6 % of them in a run of the short set, 2.1 % of the long; live points that read 0 (mostly windows
whose rows a slow server took after the task's run): 0-33 a run of the short set, 0-92 of the long. Generating both
settings takes about 2 s.

Usage::

    from anomaly.heldout25 import heldout25_set
    for trace in heldout25_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from anomaly.heldout_common import (apply_mods, bad_share, calibrate, cause_buckets, draw_regression,
                                    every_fourth_clean, family_trace, next_stretch, ou_path, restart_pause,
                                    rollup_build, seg_buckets, seg_columns, smax, span_len, twostate, wobble)
from anomaly.traces import Trace

HELDOUT25_SEEDS = tuple(range(252000, 252012))

_PAUSE = {"short": (6, 24, 8, 15), "long": (33, 118, 44, 80)}  # span (points) lo, hi; median lo, hi
_W = 5.0  # the simulation grid: 5-s buckets
_RETRIES = np.cumsum([5.0, 10.0, 20.0, 40.0, 80.0])  # the client's retries after a failed write (5 s, base 2, 5 tries)
_LOG_EVERY = (1, 2, 5, 10, 20, 25, 50, 100)  # the callback's log interval (updates)
_P_KIND = (0.34, 0.33, 0.33)
_MIN_MOVE = 0.1  # a planned change is made only where it moves the rate by 10 % or more


@dataclass
class _Job:
    """An update's parts (seconds, per node) at a length ratio ``lr`` (the mean length against the first stage's)
    with tagged back-translation on or off (``bt``)."""

    G: int  # GPUs per node
    mt: int  # --max-tokens per GPU and micro-batch
    u: int  # --update-freq: micro-batches per update
    fill: float  # non-padding target tokens per token of a batch (length-bucketed batches pad little)
    cpu: float  # the loader's collate (and, with on-the-fly tokenisation, the SentencePiece encoding) per update
    gpu: float  # forward and backward of the u micro-batches at the first stage's lengths
    att: float  # the share of ``gpu`` that grows with the sentences' length (self- and cross-attention)
    fix: float  # the optimizer step (fused Adam) and the loss scaler
    ar: float  # the gradient all-reduce, per (1 + log2(N) / 2)
    rl: float  # the mean length's ratio after the curriculum raises --max-source/target-positions
    btc: float  # the loader's cost with back-translation's on-the-fly noising against without it
    fly: bool  # the loader tokenises on the fly (SentencePiece with subword sampling) instead of binarized data

    def tokens(self, N):
        """Target tokens per update (all nodes)."""
        return self.G * self.u * self.mt * self.fill * np.asarray(N, float)

    def parts(self, N, lr, bt):
        """``(cpu, gpu, fix, ar)`` of a node's update."""
        lr, bt = np.asarray(lr, float), np.asarray(bt, bool)
        cpu = self.cpu * np.where(bt, self.btc, 1.0)
        gpu = self.gpu * (1 - self.att + self.att * lr)
        ar = self.ar * (1 + 0.5 * np.log2(np.asarray(N, float)))
        return cpu, gpu, self.fix + 0.0 * cpu, ar + 0.0 * cpu


def _step(cpu, gpu, fix, ar, gm):
    """Seconds per update: the loader's supply against the GPU path (``gm`` its warm-up: the caching allocator
    meeting the batches' many shapes and NCCL's communicators being set up)."""
    return smax(cpu, (gpu + fix + ar) * gm)


@dataclass
class _Seg:
    """A stretch of training in one process with one configuration."""

    t0: float
    t1: float
    ev: int  # validations done before it
    proc: int
    N: int
    lr: float  # the length ratio (1, or ``job.rl`` after the curriculum's second stage)
    bt: bool  # tagged back-translation mixed in


@dataclass
class _Run:
    """The healthy run on the grid of 5-s buckets (``K = n * k``) and its hosts' points."""

    dt: float  # the downsampling task's every (one point each)
    offset: float  # the task's offset
    fi: float  # the client's flush interval
    prec_s: bool  # points written with second precision (else ms)
    li: int  # the callback's log interval (updates)
    k: int
    n: int
    train: np.ndarray
    cpu: np.ndarray
    gpu: np.ndarray
    fix: np.ndarray
    ar: np.ndarray
    gmul: np.ndarray
    tpn: np.ndarray  # target tokens per node-update
    nodes: np.ndarray
    eff: np.ndarray  # effective training seconds (less stalls and the shards' loading)
    noise: np.ndarray
    fr_h: np.ndarray  # the healthy run's tokens per bucket
    edges: np.ndarray
    hx: list  # per host and process: the true times of the points that reached the server
    ht: list  # their timestamps as written (whole seconds with second precision; duplicates overwritten)
    ha: list  # their arrival times at the server
    hc: list  # the healthy count each point carries (the node's target tokens since its process started)
    cutoff: np.ndarray  # per point: the time its task run queried the data (a catch-up run after an outage)
    segs: list
    pauses_t: list  # (t0, t1, kind): "eval", "ckpt", "restart"
    restarts: list
    known_t: list
    known_kind: list  # "world", "length", "bt"
    mix: np.ndarray  # log cost per token (the stream's length mix) on a 60-s grid
    busy: list  # (t0, t1, largest extra delay): the server slow to take writes
    outages: list  # (t0, t1): the server down: writes retried or dropped, task runs caught up
    written: int  # points the callbacks wrote
    dropped: int  # points dropped after the client's retries ran out
    max_delay: float  # the largest arrival delay (s)
    job: _Job | None = None


def _span_len(rng, setting: str, scale: float = 1.0) -> float:
    return span_len(rng, _PAUSE, setting, scale)


def _draw_job(rng, N: int, G: int, fly: bool) -> _Job:
    """An update of 0.3-2.5 s at the start; the loader 10-35 % of the GPU path on binarized data, 40-140 % with
    on-the-fly tokenisation (``fly``)."""
    s = np.exp(rng.uniform(np.log(0.3), np.log(2.5)))
    gpu, fix, ar = rng.uniform(0.75, 0.88) * s, rng.uniform(0.02, 0.06) * s, rng.uniform(0.03, 0.1) * s
    lpath = gpu + fix + ar * (1 + 0.5 * np.log2(N))
    cpu = lpath * (np.exp(rng.uniform(np.log(0.4), np.log(1.4))) if fly else rng.uniform(0.1, 0.35))
    return _Job(G=G, mt=int(rng.choice([4096, 8192, 16384])), u=int(rng.choice([1, 2, 4, 8])),
                fill=rng.uniform(0.82, 0.95), cpu=cpu, gpu=gpu, att=rng.uniform(0.15, 0.35), fix=fix, ar=ar,
                rl=rng.uniform(1.6, 2.4), btc=rng.uniform(2.0, 4.0), fly=fly)


def _level(job: _Job, mix, N, lr, bt, t0: float, t1: float) -> float:
    """The noise-free rate's median over ``[t0, t1)`` (warm, on the stream's cost of that time)."""
    i0 = min(int(max(t0, 0) // 60), len(mix) - 1)
    i1 = max(min(int(t1 // 60), len(mix)), i0 + 1)
    cpu, gpu, fix, ar = job.parts(N, lr, bt)
    m = np.exp(mix[i0:i1])
    return float(np.median(job.tokens(N) / _step(cpu * m, gpu * m, fix, ar, 1.0)))


def _moves(job, mix, old, new, t: float, dt: float) -> bool:
    """The configuration ``new`` moves the rate by ``_MIN_MOVE`` or more on the stream's cost after ``t``, and the
    level seen (300 points before against points 100-400 after) moves 8 % or more the same way."""
    after = _level(job, mix, *new, t + 100 * dt, t + 400 * dt)
    own = np.log(after / _level(job, mix, *old, t + 100 * dt, t + 400 * dt))
    seen = np.log(after / _level(job, mix, *old, t - 300 * dt, t))
    return abs(own) >= _MIN_MOVE and own * seen > 0 and abs(seen) >= 0.08


def _schedule(rng, n: int, setting: str) -> _Run:
    dt = float(rng.choice([30.0, 60.0, 120.0], p=[0.3, 0.45, 0.25]))  # option task = {every: 30s / 1m / 2m}
    offset = float(rng.choice([0.0, 5.0, 10.0, 30.0], p=[0.35, 0.2, 0.25, 0.2]))
    fi = float(rng.choice([1.0, 5.0, 10.0], p=[0.5, 0.3, 0.2]))  # WriteOptions(flush_interval=...)
    jit = float(rng.choice([0.0, 2.0], p=[0.6, 0.4]))  # WriteOptions(jitter_interval=...)
    prec_s = bool(rng.random() < 0.4)  # WritePrecision.S
    k = int(dt / _W)
    T, K = n * dt, n * k
    N = int(rng.choice([1, 2, 3, 4], p=[0.2, 0.35, 0.15, 0.3]))
    G = int(rng.choice([4, 8], p=[0.3, 0.7]))
    job = _draw_job(rng, N, G, bool(rng.random() < 0.35))
    mix = ou_path(rng, T, rng.uniform(0.015, 0.04), rng.uniform(1200, 7200))
    iv_pts = rng.uniform(150, 450)
    est = max(2, int(n / (iv_pts * 1.25)))
    lr = 1.0
    cur_ev = int(rng.integers(2, 7)) if rng.random() < 0.45 else -1  # a length curriculum: a second stage
    bt_ev = int(rng.integers(max(1, int(0.3 * est)), max(2, int(0.8 * est)) + 1)) if rng.random() < 0.35 else -1
    bt = False
    ck_every = int(rng.integers(2, 5))
    n_re = int(rng.poisson(rng.uniform(0.5, 2.0)))
    re_t = sorted(rng.uniform(0.05, 0.92, n_re) * T)

    segs, pauses_t, restarts, known_t, known_kind = [], [], [], [], []
    t, ev, proc, left = 0.0, 0, 0, iv_pts * dt
    while t < T + dt:
        which, run = next_stretch(rng, re_t, 0, t, left, np.inf, 0, dt)
        segs.append(_Seg(t, t + run, ev, proc, N, lr, bt))
        t += run
        left -= run
        if which == 2:  # Slurm preempts the job (or a node fails): it is requeued, resumes from checkpoint_last.pt
            re_t.pop(0)  # and now and then gets another number of nodes
            dur = (_span_len(rng, setting, 1.5) - 1.0) * dt
            old = N
            if rng.random() < 0.5 and t + dur + 400 * dt < T:
                new = int(rng.choice([m for m in (1, 2, 3, 4) if m != N]))
                if _moves(job, mix, (N, lr, bt), (new, lr, bt), t + dur, dt):
                    N = new
            t = restart_pause(t, dur, N == old, pauses_t, restarts, known_t, known_kind)
            proc += 1
            left = max(left, 4 * dt)
            while re_t and re_t[0] < t + 900:
                re_t.pop(0)
        else:  # validation: the loss and BLEU of a beam search on the dev set (sacrebleu on rank 0); a checkpoint
            ck = (ev + 1) % ck_every == 0  # every ck_every-th one as well
            dur = (_span_len(rng, setting, 1.5 if ck else 1.0) - 1.0) * dt
            pauses_t.append((t, t + dur, "ckpt" if ck else "eval"))
            t += dur
            ev += 1
            left = iv_pts * dt * np.exp(rng.normal(0, 0.1))
            if t + 400 * dt >= T:
                continue
            if lr == 1.0 and ev == cur_ev:  # the curriculum's second stage: longer sentences allowed
                if _moves(job, mix, (N, 1.0, bt), (N, job.rl, bt), t, dt):
                    lr = job.rl
                    known_t.append(t)
                    known_kind.append("length")
            elif not bt and ev == bt_ev:  # tagged back-translation mixed in, noised on the fly by the loader
                if _moves(job, mix, (N, lr, False), (N, lr, True), t, dt):
                    bt = True
                    known_t.append(t)
                    known_kind.append("bt")

    tb, train, seg_of = seg_buckets(segs, K, _W)
    on, (Nb, lrb, btb, pb) = seg_columns(segs, seg_of, "N", "lr", "bt", "proc")
    cpu, gpu, fix, ar = job.parts(Nb, lrb, btb)
    m = np.exp(mix[(tb / 60).astype(int)])
    cpu, gpu = cpu * m, gpu * m
    tc = np.cumsum(train)
    idx = np.nonzero(on)[0]
    first = np.zeros(K, bool)
    first[idx[np.r_[True, pb[idx][1:] != pb[idx][:-1]]]] = True
    at = np.maximum.accumulate(np.where(first, np.arange(K), 0))
    since_p = np.maximum(tc - (tc - train)[at], 0.0)  # training seconds since the process started
    cpu = cpu * (1 + rng.uniform(0.5, 2.0) * np.exp(-since_p / rng.uniform(10, 30)))  # the workers start
    day = np.maximum(0, np.sin(2 * np.pi * tb / 86400 + rng.uniform(0, 6.3)))  # the shared fabric's day
    ar = ar * np.where(Nb > 1, np.exp(rng.uniform(0, 0.4) * day), 1.0)
    node = np.exp(rng.normal(0, 0.03, (2, int(pb.max()) + 1)))  # other nodes after a restart
    gpu, cpu = gpu * node[0][pb], cpu * node[1][pb]
    gmul = 1 + rng.uniform(0.4, 1.5) * np.exp(-since_p / rng.uniform(20, 90))
    for arr in (cpu, gpu, fix, ar, gmul):
        arr[~on] = 1.0
    step0 = _step(cpu, gpu, fix, ar, gmul)
    med = float(np.median(step0[on]))
    # the data's shards (one a epoch, fairseq's data-bin/shard0:shard1:...) differ in their length mix; an
    # epoch's end loads the next shard and builds its batches by length (a stall of 5-25 s)
    steps = np.cumsum(np.where(on, train / step0, 0.0))
    its = max(200, int(iv_pts * dt * rng.uniform(0.5, 3.0) / med))
    ep = (steps // its).astype(int)
    shard = np.exp(rng.normal(0, rng.uniform(0.01, 0.03), (2, int(ep.max()) + 2)))
    gpu, cpu = np.where(on, gpu * shard[0][ep], 1.0), np.where(on, cpu * shard[1][ep], 1.0)
    step0 = _step(cpu, gpu, fix, ar, gmul)
    sigma = rng.uniform(0.02, 0.05) / np.sqrt(max(1.0, _W / med))
    noise = np.exp(sigma * np.clip(rng.standard_t(3, K), -6, 6))
    stall = np.where(rng.random(K) < _W / rng.uniform(900, 3600), rng.uniform(1.0, 6.0, K), 0.0)  # GC, NFS
    stall += np.r_[0, np.diff(ep)] * rng.uniform(5.0, 25.0, K)
    eff = np.where(on, np.maximum(train - stall, 0.0), 0.0)
    tpn = job.tokens(1) + 0.0 * Nb
    fr_h = tpn * Nb * eff / (step0 * noise)
    edges = np.arange(K + 1) * _W
    Cs, Cn = np.r_[0.0, np.cumsum(fr_h / (tpn * Nb))], np.r_[0.0, np.cumsum(fr_h / Nb)]
    xp = Cs + 1e-9 * np.arange(K + 1)  # strictly increasing: its inverse is the first time a count is reached
    # the log interval: every 3 s or more (every 8 s or more with second precision), at most a fifth of ``dt``
    want = rng.uniform(8.0, max(10.0, 0.25 * dt)) if prec_s else rng.uniform(3.0, 0.2 * dt)
    li = max([v for v in _LOG_EVERY if v * med <= max(want, med)])

    # the server: slow to take writes now and then (timeouts, 503s under compaction: the client retries), and
    # down for an upgrade (writes retried 5, 10, 20, 40, 80 s on, then dropped; the task's runs caught up after)
    busy = [(a, a + rng.uniform(300, 2400), rng.uniform(5, 60))
            for a in rng.uniform(0, T, int(rng.poisson(rng.uniform(0.5, 2.5))))]
    outages = [(a, a + rng.uniform(60, 480)) for a in rng.uniform(0, T, int(rng.poisson(rng.uniform(0.2, 1.0))))]
    e = (np.arange(n) + 1.0) * dt
    cutoff = e + offset + rng.uniform(0.02, 0.5, n)  # the scheduler's delay and the query's own time
    for a, b in outages:
        cutoff = np.where((cutoff >= a) & (cutoff < b), b + rng.uniform(1.0, 5.0), cutoff)  # caught up
    procs = {}
    for s in segs:
        procs.setdefault(s.proc, [s.t0, s.t1, s.N])[1] = s.t1
    hx, ht, ha, hc = [], [], [], []
    written = dropped = 0
    max_delay = 0.0
    for p, (s0, s1, Np) in sorted(procs.items()):
        k0, k1 = np.interp([s0, min(s1, T)], edges, Cs)
        xs = np.interp(k0 + li * np.arange(1, int((k1 - k0) / li) + 1), xp, edges)  # every li-th update's end
        if len(xs) < 3:
            continue
        cs = np.round(np.interp(xs, edges, Cn) - np.interp(s0, edges, Cn))
        for _ in range(Np):
            x = xs + rng.normal(0, 0.004) + rng.exponential(0.002, len(xs))  # the node's clock, the callback
            stamp = np.floor(x) if prec_s else np.round(x, 3)
            keep = np.r_[stamp[1:] != stamp[:-1], True]  # the same series and time: the later point overwrites
            ph = rng.uniform(0, fi)
            arr = np.ceil((x - ph) / fi) * fi + ph + rng.uniform(0, jit, len(x))  # the batch's flush, its jitter
            for a, b, dmax in busy:
                arr += np.where((arr >= a) & (arr < b), dmax * np.sin(np.pi * (arr - a) / (b - a)), 0.0)
            for a, b in outages:
                down = (arr >= a) & (arr < b)
                tries = arr[:, None] + _RETRIES[None, :] + rng.uniform(0, 0.2)
                got = np.where(tries >= b, tries, np.inf).min(1)
                keep &= ~(down & ~np.isfinite(got))
                arr = np.where(down, got, arr)
            arr = arr + rng.uniform(0.01, 0.2, len(x))  # the write's own time
            written += len(x)
            dropped += int(np.sum(np.isinf(arr)))
            keep &= np.isfinite(arr)
            max_delay = max(max_delay, float((arr[keep] - x[keep]).max()))
            hx.append(x[keep])
            ht.append(stamp[keep])
            ha.append(arr[keep])
            hc.append(cs[keep])
    return _Run(dt=dt, offset=offset, fi=fi, prec_s=prec_s, li=li, k=k, n=n, train=train, cpu=cpu, gpu=gpu, fix=fix,
                ar=ar, gmul=gmul, tpn=tpn, nodes=Nb * 1.0, eff=eff, noise=noise, fr_h=fr_h, edges=edges, hx=hx,
                ht=ht, ha=ha, hc=hc, cutoff=cutoff, segs=segs, pauses_t=pauses_t, restarts=restarts,
                known_t=known_t, known_kind=known_kind, mix=mix, busy=busy, outages=outages, written=written,
                dropped=dropped, max_delay=max_delay, job=job)


@dataclass
class _Mod:
    """A regression: multipliers of the step's parts over buckets ``[b0, b1)``."""

    b0: int
    b1: int
    cpu: np.ndarray | float = 1.0
    gpu: np.ndarray | float = 1.0
    fix: np.ndarray | float = 1.0
    ar: np.ndarray | float = 1.0


def _steps(run: _Run, mods, b0: int, b1: int) -> np.ndarray:
    return _step(*apply_mods(run, mods, b0, b1, ("cpu", "gpu", "fix", "ar")), run.gmul[b0:b1])


def _rates(run: _Run, mods, b0: int, b1: int) -> np.ndarray:
    """The job's noise-free tokens/s in each bucket of ``[b0, b1)``."""
    return run.tpn[b0:b1] * run.nodes[b0:b1] / _steps(run, mods, b0, b1)


def _derivative(t: np.ndarray, c: np.ndarray) -> np.ndarray:
    """Flux's ``derivative(unit: 1s, nonNegative: true)`` over one series' rows ``(t, c)``: one row fewer; where a
    value is below the previous one, the previous is taken as 0."""
    dc = np.diff(c)
    return np.where(dc >= 0, dc, c[1:]) / np.diff(t)


def _task(run, counts) -> np.ndarray:
    """The downsampling task, one run per window ``[i dt, (i + 1) dt)``::

        option task = {name: "mt_tokens_rate", every: <dt>, offset: <offset>}
        from(bucket: "training") |> range(start: -task.every)
            |> filter(fn: (r) => r._measurement == "mt_train" and r._field == "target_tokens")
            |> derivative(unit: 1s, nonNegative: true)
            |> aggregateWindow(every: task.every, fn: mean, createEmpty: false)
            |> group(columns: ["_time"]) |> sum() |> to(bucket: "training_rollup")

    Per host the rows of the window that had arrived when its run queried (``run.cutoff``); the derivative within
    them (the window's first row has no previous one), their plain mean; the hosts' sum. A window where no host has
    two rows writes nothing: read back as 0."""
    n, dt = run.n, run.dt
    tot, any_known = np.zeros(n), np.zeros(n, bool)
    for t, a, c in zip(run.ht, run.ha, counts):
        w = (t // dt).astype(int)
        ok = (w < n) & (a <= run.cutoff[np.minimum(w, n - 1)])
        t, c, w = t[ok], c[ok], w[ok]
        if len(t) < 2:
            continue
        same = w[1:] == w[:-1]
        d, ww = _derivative(t, c)[same], w[1:][same]
        cnt = np.bincount(ww, minlength=n)
        tot += np.bincount(ww, d, minlength=n) / np.maximum(cnt, 1)
        any_known |= cnt > 0
    return np.where(any_known, tot, 0.0)


def _series(run: _Run, mods=()) -> np.ndarray:
    """The rolled-up series, one value per point. A regression changes the count each node's points carry from
    its onset on by the tokens it cost the node there, so only the windows it overlaps change (the points keep the
    healthy run's times)."""
    counts = run.hc
    if mods:
        shift = [np.zeros(len(x)) for x in run.hx]
        for md in mods:  # each regression's own tokens lost
            lo, hi = md.b0, md.b1
            fr = run.tpn[lo:hi] * run.nodes[lo:hi] * run.eff[lo:hi] / (_steps(run, [md], lo, hi) * run.noise[lo:hi])
            D = np.zeros(len(run.edges))
            D[lo + 1:hi + 1] = np.cumsum((fr - run.fr_h[lo:hi]) / run.nodes[lo:hi])
            D[hi + 1:] = D[hi]
            for sh, x in zip(shift, run.hx):
                sh += np.round(np.interp(x, run.edges, D))
        counts = [np.maximum.accumulate(c + sh) for c, sh in zip(run.hc, shift)]
    return _task(run, counts)


_CAUSES = {"drop": ("clocks", "fabric", "sockets"), "straggler": ("cfs", "slowdown"),
           "leak": ("cow", "hook", "frag")}


def _cause(rng, run: _Run, kind: str, name: str, t0: float, t1: float, tr: float):
    """``(mod_of(A), A_max, t1)`` of the regression ``name`` over ``[t0, t1)`` (a leak ramps until ``tr``); a
    fault of the nodes or of the training process ends at its next restart (Slurm gives the job other nodes)."""
    t1, b0, b1 = cause_buckets(run, t0, t1, _W, name != "fabric")
    tb = np.arange(b0, b1) * _W
    x = np.maximum(tb - t0, 0)
    if name == "clocks":  # a node's GPUs held at low clocks (a power brake after a PSU fault, a stuck P-state)
        w = np.minimum(1, x / rng.uniform(5, 60)) * (1 + 0.03 * np.sin(2 * np.pi * x / rng.uniform(120, 900)))
        return (lambda A: _Mod(b0, b1, gpu=1 + A * w)), 2.5, t1
    if name == "fabric":  # another job's all-to-all congests the shared InfiniBand spine
        w = wobble(rng, x, 0.2, 1800)
        return (lambda A: _Mod(b0, b1, ar=1 + A * w)), 10.0, t1
    if name == "sockets":  # a restart where NCCL cannot open the HCA and falls back to TCP sockets
        return (lambda A: _Mod(b0, b1, ar=np.full(b1 - b0, 1 + A))), 30.0, t1
    if name in ("cfs", "slowdown"):  # a neighbour's CPU bursts (CFS throttling); a GPU's HW slowdown
        bm, gm, amax = ((20, 180), (60, 600), 5.0) if name == "cfs" else ((5, 60), (30, 300), 5.0)
        bad = bad_share(twostate(rng, t0, t1, rng.uniform(*bm), rng.uniform(*gm), 1e6), tb, _W)
        f = bad * np.exp(rng.normal(0, 0.25, b1 - b0)) + 0.05 * (1 - bad)
        if name == "cfs":
            return (lambda A: _Mod(b0, b1, cpu=1 + A * f)), amax, t1
        return (lambda A: _Mod(b0, b1, gpu=1 + A * f)), amax, t1
    r = np.clip(x / max(tr - t0, 1e-9), 0, 1) ** rng.uniform(0.7, 1.5)
    if name == "cow":  # the loader workers' copy-on-write of the dataset's index lists: the node swaps
        return (lambda A: _Mod(b0, b1, cpu=1 + A * r)), 6.0, t1
    if name == "hook":  # a debugging hook left on keeps every update's attention maps on the host: GC grows
        return (lambda A: _Mod(b0, b1, fix=1 + A * r)), 30.0, t1
    return (lambda A: _Mod(b0, b1, gpu=1 + A * r)), 2.0, t1  # the many shapes fragment the caching allocator


def _draw_event(rng, run: _Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` with onset in ``[lo, hi)``: an ``(Event, _Mod)`` pair, or None."""
    return draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=_P_KIND, causes=_CAUSES,
                           cause=_cause,
                           calib=lambda mod_of, a, tgt, b0, b1: calibrate(lambda m: _rates(run, m, b0, b1), mod_of,
                                                                          a, tgt, run.train[b0:b1] > 0),
                           series=lambda mod, lo, b1: (_series(run, [mod]), 0),
                           width=_W, restart_cause="sockets", p_pause=0.35, max_depth=0.35, stop_at_end=True)


def _build(seed: int, n: int, pauses: str):
    """The healthy run of ``seed``: ``(run, healthy series, pause spans, live mask, changes)``."""
    return rollup_build(_schedule, _series, seed, n, pauses, 251)


def make_heldout25(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One machine-translation job's target tokens/s (per-node cumulative counts written to InfluxDB 2, rolled up
    by a downsampling task's ``derivative`` and ``aggregateWindow``) with labelled regressions and its planned
    level changes (deterministic in ``seed``).

    Parameters
    ----------
    seed : random seed.
    n : number of points (>= 2000).
    pauses : ``"short"`` (pauses of 6-24 points) or ``"long"`` (33-118 points, many over 60).
    n_events : number of regressions to place; ``0`` gives a clean run, ``None`` draws 3 or 4.
    """
    return family_trace(_build, _draw_event, _series, _P_KIND, seed, n, pauses, n_events, 252,
                        lambda run: 1_893_456_000.0 + 86400.0 * (seed % 83) + run.dt * (np.arange(n) + 1.0))


def heldout25_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT25_SEEDS) -> list[Trace]:
    """The family's traces, one per seed; every fourth trace is a clean run."""
    return every_fourth_clean(make_heldout25, seeds, n, pauses)
