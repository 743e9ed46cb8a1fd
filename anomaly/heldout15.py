"""The fifteenth held-out throughput family: a recommender (CTR) model's examples/s, counted over DogStatsD and
read back from Datadog as ``sum:...as_rate().rollup(avg, dt)``.

Written blind: the author read only ``anomaly/traces.py`` (the ``Event``/``Trace`` interface, the scoring
rule and, a wider read than needed, its base generator), the shared test helpers, the fourteenth generator
as a model of API and tests and the other families' docstrings (to model another job and another collection
path), never a detector, and never ran a detector on these traces.

What is modelled
----------------
A DLRM-style click-through-rate model (TorchRec-like: sparse id features pooled by embedding tables sharded
over every GPU, the pooled embeddings exchanged by all-to-all, the dense MLPs data-parallel) is trained on
2-8 hosts of 8 GPUs of a Kubernetes cluster (a PyTorchJob-style operator), global batch 16k, 32k or 64k
examples, one pass over daily partitions of impression logs (Parquet on object storage), day after day; a
partition takes about 250-900 points of training. After each step, local rank 0 of every host sends
``recsys.train.examples:<G / H>|c`` over UDP to its node's Datadog Agent (DogStatsD); the Agent sums a
counter per 10-s flush and stores it as a rate (``count / 10``), one series per host (pod). The panel, and
the poller that feeds the monitor one point per interval shortly after the interval closes, read

    sum:recsys.train.examples{job:ctr}.as_rate().rollup(avg, dt)        (dt 20, 30 or 60 s)

Datadog aggregates in time first (per host series: the average of the flushes it holds in the interval)
and then in space (the sum over the hosts' series). So:

* **counter expiry.** After its last increment the Agent keeps flushing a counter as 0 for 300 s
  (``dogstatsd_expiry_seconds``), then flushes nothing until the next increment. A pause under five
  minutes reads 0 and dilutes its edge points; after a longer one the point where training resumes averages
  only the flushes that hold data, so it reads near the full rate (median 0.7 of the level at a span's last
  point) instead of a partial one. A restarted job's pods are new series that start at their first
  increment;
* **a missing host leaves the sum.** 0.05-0.3 % of a host's flushes, and backlogs of 30-180 s after an
  intake hiccup (every 6-24 h per host), reach Datadog after the poll: a host that holds no flush of the
  interval is missing from the sum (a ``1 / H`` dip of one to a few points), one that misses some of them is
  not (the average of those it holds);
* **UDP loss.** 0-0.2 % of a host's packets are dropped; up to a further 0.5-4 % while the input pipeline
  saturates the host's CPUs (its loader at more than 0.85 of the GPU part) and 5-40 % in bursts of one to
  three flushes when the Agent is starved (every 1-6 h per host);
* a sample rate (``|@0.5``, the Agent scales the count by 2) in the runs where it keeps the binomial noise
  under 1.5-4 % per point (40 % of the runs consider it, fast multi-host ones qualify: two runs of the short set, one
  of the long);
  otherwise a point counts whole steps (per flush ``floor(steps + u)``).

Healthy behaviour (none of it labelled); all of it is new to this family:

* **a step waits for the GPUs or the input pipeline.** The GPU part is the dense MLPs, the embedding
  lookups (per id: they grow with the pooling factor of the day's logs and with the embedding cache's
  misses), the exposed all-to-all (bandwidth over the hosts' NICs plus a latency part) and a fixed part
  (dense optimizer, launches, the loss sync); the host's input pipeline (Parquet decode, hashing and
  bucketizing ids, collate, copy) costs per batch and per id. A step is the soft maximum of the two
  (``(a^8 + b^8)^(1/8)``); the input pipeline is at 45-112 % of the GPU part at the start, the bottleneck in
  about a fifth of the runs and near it in many;
* **day partitions with a weekly rhythm.** Weekend logs carry id lists 3-10 % longer, a holiday (5 % of
  the days) 20 %, every day its own 2 %, and a slow trend of up to 0.4 % a day; the partitions' sizes follow
  the traffic (weekends 0.9-1.2 of a weekday, 6 % noise). So the level steps at every day-end pause,
  unlisted: by 1.5 % in the median, 4-5 % at the 90th percentile, up to about 10 % (a holiday);
* **an embedding cache (UVM caching, half the runs).** A share of the embedding rows lives in host memory
  behind a GPU cache (2-8 % misses at steady state, a miss 2-6x a hit): at every partition switch the miss
  rate jumps by 4-15 % (x1.5 at a weekday / weekend flip) and decays over 2-15 min of training (a dip after
  every day-end pause), and a restarted process starts cold (15-45 % misses, decaying over 5-20 min);
* **node drains and restarts.** A node is drained now and then (Poisson, 0.4-1.6 per run on average; never
  within five minutes of a pause): the job restarts from its last checkpoint (the day's data since it is
  replayed) after a wait that includes the drain, the queue, the checkpoint load and the first step's
  compilation; the first steps are 1.5-3x slower, decaying over 30-180 s of training. In half the restarts
  the operator starts the job on 1-2 hosts more or fewer (within 2-8), a planned world-size change that is
  **listed in ``changes``**; every restart also brings other GPUs (clocks, sd 1.2 %), other hosts' CPUs (sd
  3 %) and other racks (the all-to-all, log sd 0.1): level changes the monitor is not told of;
* **an asynchronous checkpoint upload** (60 % of the runs): for 5-20 min after a checkpoint the input
  pipeline is 1.1-1.4x slower (the upload shares the NIC and the CPUs), which shows where it binds;
* pauses: an evaluation every 150-400 points of training, in 40 % of the runs every 2nd-4th one with a
  checkpoint (1.3x longer); at a partition's end the next day's evaluation and the daily checkpoint (1.5x);
  restarts (1.4x);
* a wander of the step (Ornstein-Uhlenbeck, sd 0.8-2 %, 15-90 min) and of the fabric (the all-to-all, sd
  8-20 %, 10-60 min), step jitter (Student-t, 3 degrees of freedom, 3-8 % per step, averaged over a flush),
  input-pipeline noise (2 % per flush), hiccups (a GC pass, a slow read the prefetch did not hide: 0.5-5 s,
  once every 3-15 min of training: a dip of a point).

Planned level changes, **listed in ``changes``** (the first point after the span of the pause they follow):
the world-size changes above; a global-batch step (35 % of the runs, at a day boundary in the first half of
the run, kept only where it gains 6 % or more: the batch doubles, examples/s rises 6-20 % as the fixed costs
and the all-to-all's latency are amortised); a schema change of the logs (35 %: from a given log date a
user-history feature is twice as long, the pooling factor grows 1.2-1.7x, kept only where examples/s falls
6 % or more).

A regression changes the step's parts inside its window; the run's clock (steps, pauses, partitions,
flushes) stays the healthy run's, so ``healthy`` (the same run without regressions) aligns point by point and
equals ``values`` outside the events. The event's ``end`` is the last point where the regressed series
differs from the healthy one (plus one). No event holds a point of ``changes``.

Labelled regressions (their causes are a recommender job's on a shared cluster)
-------------------------------------------------------------------------------
* ``drop``: another pod scheduled onto one host steals its input pipeline's cores (that host's loader up to
  5x, swinging 15 %; every rank waits in the all-to-all, so it bites where that loader becomes the
  bottleneck; the saturated host drops more packets), a host brought in by a restart without GPUDirect RDMA
  (``nvidia-peermem`` not loaded: the all-to-all staged through host memory, up to 9x; from the restart on,
  onset inside its span), a bad day of logs (an upstream logging bug floods a feature with junk ids: the
  embedding work and the input pipeline's per-id work grow, and with UVM caching the misses; from that
  partition's first read, inside the day-end pause, to its end), or one host's GPUs held at low clocks
  (power brake, a failed fan: up to 2.5x, ramping in over 20-120 s, swinging 20 %); a host's fault ends at
  the next restart; 150-1400 points or to the end;
* ``straggler``: object-store throttling of one host's reads (``503 SlowDown``, retries with backoff: bursts
  of 20-120 s every 20-150 s on average in which its loader is up to 13x slower, 12 % of that between them)
  or another job's all-to-all bursts on the shared spine switches (10-90 s every 20-200 s, the all-to-all up
  to 21x); 80-500 points;
* ``leak``: a collisionless (dynamic) embedding table that grows with every new id while its eviction is
  off (the embedding work up to 6x), loader workers leaking Arrow buffers (the page cache shrinks, reads go
  remote: the input pipeline up to 6x), or a training-AUC callback recomputed over a prediction buffer capped
  far too high (the per-step fixed part up to 11x), each growing as ``r ** q`` of the ramp ``r`` (``q``
  0.7-1.5) over 250-1800 points (at most 0.6 of the stretch it is placed in), then held 80-600 points or to
  the end, unless a restart ends it sooner.

Each trace with events holds every kind once, in a random order, and a fourth event of a random kind in
40 % of them, one per stretch of the trace from point 600 on. A regression's magnitude is set by bisection
so that its noise-free loss of steps over its live flushes meets a drawn target (drops 8-33 %, stragglers
10-30 %; a leak 12-40 % over its plateau, the last tenth of its ramp and its hold). About 30 % of the other
onsets are placed at the end of a pause or inside it. An event is kept only when its measured depth
``1 - sum(values) / sum(healthy)`` over its unpaused points is 7-33 %, its values lie below the healthy twin
on more than 60 % of its points, it holds no point of ``changes``, and it shows within 60 points of the onset
(the first 60 points lose at least 5 % and half the depth, on at least 8 live points) or, for a leak, along
its ramp (its last third loses at least 5 %); otherwise it is redrawn.

Counts over ``heldout15_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     31      10    10         11    0.084-0.323  16              7-23 (312 spans, 0 >60)      3
long      31      12    9          10    0.077-0.310  18              33-118 (210 spans, 145 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's
end are left out of the span ranges. Pause spans include restarts. ``changes`` (planned level changes the
monitor knows of): short 11 (3 world-size changes, 3 batch steps, 5 schema changes), long 11 (4 world-size
changes, 4 batch steps, 3 schema changes); the day partitions, the cache's dips, the restarts onto as many
hosts and the upload's slowdowns are level changes it is not told of. Generating both settings takes about
a second.

Usage::

    from anomaly.heldout15 import heldout15_set
    for trace in heldout15_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events

Size: over 500 lines because one blind author's whole model (the job, the DogStatsD and Datadog path, the
regressions) stays in one file, as every held-out family does; nothing imports its internals.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import numpy as np

from anomaly.heldout_common import (apply_mods, bad_share, calibrate, cause_buckets, draw_regression, eval_pause,
                                    every_fourth_clean, family_trace, next_stretch, ou_path, restart_pause,
                                    rollup_build, seg_buckets, seg_columns, skip_restarts, smax, span_len, twostate,
                                    wobble)
from anomaly.traces import Trace

HELDOUT15_SEEDS = tuple(range(151500, 151512))

_PAUSE = {"short": (6, 25, 8, 15), "long": (31, 120, 45, 80)}  # span (points) lo, hi; median lo, hi
_FLUSH = 10.0  # the Agent's DogStatsD flush interval (s): one stored point per host and flush
_EXPIRY = 300.0  # dogstatsd_expiry_seconds: a counter with no update is flushed as 0 this long, then dropped
_SLOTS = 8  # host slots (the job runs on 2-8 hosts of 8 GPUs)
_P_KIND = (0.36, 0.30, 0.34)
_DAYS = 80  # day partitions drawn (more than a trace ever reaches)


@dataclass
class _Job:
    """The step-cost model of a DLRM-style job (seconds per step, per part)."""

    a_d: float  # dense MLP forward/backward per example per GPU
    a_e: float  # embedding lookups (and their backward) per example per GPU at pooling factor 1
    a_c: float  # the all-to-all of pooled embeddings, bandwidth part, per example per GPU crossing hosts
    lat: float  # the all-to-all's latency part per log2(ranks)
    fixed: float  # dense optimizer, gradient all-reduce of the MLPs, launches, the loss sync
    l_fix: float  # the input pipeline's per-batch cost on a host (collate, pin, copy to GPU, input dist)
    l_ex: float  # its per-example cost (Parquet decode, hashing, bucketizing ids) at pooling factor 1
    kappa: float  # an embedding-cache miss costs this much more than a hit (UVM caching: host memory over PCIe)

    def parts(self, H, G, ell, m):
        """``(dense, emb, a2a, fixed, loader)`` per step on ``H`` hosts, global batch ``G``, pooling factor
        ``ell``, cache miss rate ``m``."""
        e = G / (8.0 * H)
        dense = self.a_d * e
        emb = self.a_e * e * ell * (1.0 + self.kappa * m)
        a2a = self.a_c * e * (H - 1.0) / H + self.lat * np.log2(8.0 * H)
        loader = self.l_fix + self.l_ex * (G / H) * (0.55 + 0.45 * ell)
        return dense, emb, a2a, self.fixed + 0.0 * e, loader

    def rate(self, H, G, ell, m) -> float:
        dense, emb, a2a, fixed, loader = self.parts(H, G, ell, m)
        return float(G / _smax(dense + emb + a2a + fixed, loader))


# a step waits for the slower of the GPU part and the input pipeline (a soft maximum: near the crossing, noisy
# batches make either the bottleneck)
_smax = smax


@dataclass
class _Seg:
    """A stretch of training in one process, day partition, world size, batch and schema."""

    t0: float
    t1: float
    day: int
    proc: int
    H: int
    G: float
    schema: float  # pooling-factor multiplier of the data's logging schema (1 before a planned schema change)


@dataclass
class _Run:
    """The healthy run on the grid of 10-s flushes (``B = n * k`` buckets)."""

    dt: float  # the rollup interval = one point (s)
    k: int  # flushes per point
    n: int
    H0: int
    p: float  # DogStatsD sample rate of the increment
    train: np.ndarray  # training seconds in each flush bucket
    stall: np.ndarray  # seconds of those lost to hiccups (GC, a slow read the prefetch did not hide)
    dense: np.ndarray  # the step's parts (s), healthy
    emb: np.ndarray
    a2a: np.ndarray
    fixed: np.ndarray
    loader: np.ndarray
    gmul: np.ndarray  # multiplier on the GPU part: warm-up, jitter, wander, the process's GPUs
    share: np.ndarray  # examples per host and step (G / H)
    ell: np.ndarray  # the pooling factor of the data read in each bucket (day partition, schema)
    hosts: np.ndarray  # hosts in the process of each bucket (0 while paused between processes)
    u: np.ndarray  # the step-count dither of each bucket
    zs: np.ndarray  # (slots, B) normal draws of the sampled packets
    zl: np.ndarray  # (slots, B) normal draws of the UDP losses
    q0: np.ndarray  # (slots, B) base UDP loss (socket buffer overruns, the Agent starved now and then)
    q1: float  # extra loss when the host's CPUs are saturated by the input pipeline
    present: np.ndarray  # (slots, B) the host's series has this flush at poll time (exists, not late)
    segs: list
    pauses_t: list  # (t0, t1, kind) without training: "eval", "day" (eval + checkpoint), "restart"
    day_t: list  # per day reached: (first training time, last training time)
    restarts: list  # (stop, resume, same world size)
    known_t: list  # resume times after which the level changes by plan
    known_kind: list  # "world", "batch", "schema"
    job: _Job | None = None


def _span_len(rng, setting: str, scale: float = 1.0) -> float:
    return span_len(rng, _PAUSE, setting, scale, 1.5, 2.5)


_ou = ou_path


def _draw_job(rng, H: int, G: float) -> tuple[_Job, float]:
    """A job whose GPU step at ``H`` hosts and batch ``G`` takes 0.08-0.35 s, with its parts' shares and
    an input pipeline at 45-112 % of the GPU step (the loader binds in about a fifth of the runs)."""
    s = rng.uniform(0.08, 0.35)
    sh = np.array([rng.uniform(0.35, 0.5), rng.uniform(0.15, 0.3), rng.uniform(0.1, 0.22), rng.uniform(0.12, 0.25)])
    sh /= sh.sum()
    e = G / (8.0 * H)
    kappa = rng.uniform(2.0, 6.0)
    bw = 0.8 * sh[2] * s
    job = _Job(a_d=sh[0] * s / e, a_e=sh[1] * s / e, a_c=bw / (e * (H - 1.0) / H),
               lat=0.2 * sh[2] * s / np.log2(8.0 * H), fixed=sh[3] * s, l_fix=0.0, l_ex=0.0, kappa=kappa)
    rho, fs = rng.uniform(0.45, 1.12), rng.uniform(0.1, 0.2)
    job.l_fix = rho * s * fs
    job.l_ex = rho * s * (1 - fs) / (G / H)
    return job, rho


def _schedule(rng, n: int, setting: str) -> _Run:
    dt = float(rng.choice([20.0, 30.0, 60.0], p=[0.35, 0.45, 0.2]))
    k = int(dt / _FLUSH)
    T = n * dt
    B = n * k
    H = int(rng.integers(2, 9))
    H0 = H
    G = float(rng.choice([16384.0, 32768.0, 65536.0]))
    job, _ = _draw_job(rng, H, G)
    uvm = rng.random() < 0.5  # UVM-cached embedding tables: part of the rows in host memory behind a GPU cache
    if not uvm:
        job.kappa = 0.0
    m_ss = rng.uniform(0.02, 0.08) if uvm else 0.0
    tau_c, tau_cold, m_cold = rng.uniform(120, 900), rng.uniform(300, 1200), rng.uniform(0.15, 0.45)

    # day partitions: a weekly rhythm of the logs (longer id lists on weekends), a slow trend, rare holidays
    dow = (int(rng.integers(7)) + np.arange(_DAYS)) % 7
    weekend = dow >= 5
    ell = (1 + rng.uniform(0, 0.004) * np.arange(_DAYS)) * np.exp(rng.normal(0, 0.02, _DAYS))
    ell *= np.where(weekend, rng.uniform(1.03, 1.10), 1.0) * np.where(rng.random(_DAYS) < 0.05, 1.2, 1.0)
    traffic = np.where(weekend, rng.uniform(0.9, 1.2), 1.0) * np.exp(rng.normal(0, 0.06, _DAYS))
    jump = rng.uniform(0.04, 0.15, _DAYS) * np.where(np.diff(weekend, prepend=weekend[0]) != 0, 1.5, 1.0)
    day_pts = rng.uniform(250, 900)
    N = day_pts * dt * job.rate(H, G, 1.0, m_ss) * traffic  # examples in each day's partition

    # planned changes at day boundaries: a global-batch step, a schema change of the logs
    est_days = max(2, int(n / (day_pts * 1.2)))
    batch_day = int(rng.integers(1, max(2, est_days // 2 + 1))) if rng.random() < 0.35 else -1
    schema_day = int(rng.integers(2, max(3, int(0.75 * est_days) + 1))) if rng.random() < 0.35 else -1
    if schema_day == batch_day:
        schema_day = -1
    schema_mult = 1.0
    if schema_day > 0:  # the logs' user-history list lengthened: keep it only where it costs 6 % or more
        for _ in range(20):
            c = rng.uniform(1.2, 1.7)
            if job.rate(H, G, ell[schema_day] * c, m_ss) < 0.94 * job.rate(H, G, ell[schema_day], m_ss):
                schema_mult = c
                break
        else:
            schema_day = -1
    if batch_day > 0 and job.rate(H, 2 * G, ell[batch_day], m_ss) < 1.06 * job.rate(H, G, ell[batch_day], m_ss):
        batch_day = -1  # the team doubles the batch only where it pays

    E = rng.uniform(150, 400) * dt  # an evaluation every E seconds of training
    ck_every = int(rng.choice([0, 2, 3, 4], p=[0.6, 0.15, 0.15, 0.1]))  # also a checkpoint every k-th one
    n_re = int(rng.poisson(rng.uniform(0.4, 1.6)))
    re_t = sorted(rng.uniform(0.05, 0.92, n_re) * T)

    segs, pauses_t, restarts, known_t, known_kind = [], [], [], [], []
    t, d, proc, schema = 0.0, 0, 0, 1.0
    left, since_eval, ck_train, n_eval, ri = N[0], 0.0, 0.0, 0, 0
    while t < T + dt:
        r = job.rate(H, G, ell[d] * schema, m_ss)
        # an evaluation due just before the day's end waits for the day-end one
        which, run = next_stretch(rng, re_t, ri, t, left / r, E - since_eval, 0.25 * E, dt)
        segs.append(_Seg(t, t + run, d, proc, H, G, schema))
        t += run
        left -= run * r
        since_eval += run
        ck_train += run
        if which == 2:  # a node drained (maintenance): the job restarts from its last checkpoint
            left = min(N[d], left + ck_train * r)
            dur = (_span_len(rng, setting, 1.4) - 1.0) * dt
            old = H
            if rng.random() < 0.5:  # the operator restarts it on the nodes that are free
                H = int(np.clip(H + rng.choice([-2, -1, 1, 2]), 2, 8))
            t = restart_pause(t, dur, H == old, pauses_t, restarts, known_t, known_kind)
            proc += 1
            since_eval = ck_train = 0.0
            ri = skip_restarts(re_t, ri, t)
        elif which == 0:  # the day's partition is done: evaluation on the next day, checkpoint, next partition
            dur = (_span_len(rng, setting, 1.5) - 1.0) * dt
            pauses_t.append((t, t + dur, "day"))
            t += dur
            d += 1
            left, since_eval, ck_train = N[d], 0.0, 0.0
            if d == batch_day:
                G *= 2
                known_t.append(t)
                known_kind.append("batch")
            if d == schema_day:
                schema = schema_mult
                known_t.append(t)
                known_kind.append("schema")
        else:
            n_eval, ck, t = eval_pause(rng, _span_len, setting, n_eval, ck_every, 1.3, t, dt, pauses_t)
            since_eval = 0.0
            if ck:
                ck_train = 0.0

    # the flush buckets
    tb, train, seg_of = seg_buckets(segs, B, _FLUSH)
    on, (Hb, Gb, db, pb, sch) = seg_columns(segs, seg_of, "H", "G", "day", "proc", "schema")
    ellb = ell[db] * sch
    tc = np.cumsum(train)  # the training clock
    first_day = {}
    first_proc = {}
    for s in segs:
        first_day.setdefault(s.day, s.t0)
        first_proc.setdefault(s.proc, s.t0)
    clock_at = np.interp  # training clock at a wall time (linear in the bucket)
    tcs = np.concatenate([[0.0], tc])
    tbe = np.concatenate([tb, [B * _FLUSH]])
    day_c = np.array([clock_at(first_day.get(x, 0.0), tbe, tcs) for x in range(_DAYS)])
    proc_c = np.array([clock_at(first_proc.get(x, 0.0), tbe, tcs) for x in range(proc + 1)])
    since_day = np.maximum(tc - day_c[db], 0)
    since_proc = np.maximum(tc - proc_c[pb], 0)
    m = m_ss + (jump[db] * np.exp(-since_day / tau_c) + m_cold * np.exp(-since_proc / tau_cold) if uvm else 0.0)
    dense, emb, a2a, fixed, loader = job.parts(Hb, Gb, ellb, m)

    # healthy texture: per process hardware, warm-up, wander, jitter, the asynchronous checkpoint upload
    sp_g = np.exp(rng.normal(0, 0.012, proc + 1))[pb]
    sp_l = np.exp(rng.normal(0, 0.03, proc + 1))[pb]
    rack = np.exp(rng.normal(0, 0.1, proc + 1))[pb]
    w0, tau_w = rng.uniform(0.5, 2.0), rng.uniform(30, 180)
    ou_s = _ou(rng, T, rng.uniform(0.008, 0.02), rng.uniform(900, 5400))
    ou_f = _ou(rng, T, rng.uniform(0.08, 0.2), rng.uniform(600, 3600))
    g60 = (tb / 60).astype(int)
    a2a = a2a * rack * np.exp(ou_f[g60])
    loader = loader * sp_l * np.exp(rng.normal(0, 0.02, B))
    up_f = rng.uniform(1.1, 1.4) if rng.random() < 0.6 else 1.0  # asynchronous upload after a checkpoint
    for a, b, kind in pauses_t:
        if kind in ("day", "ckpt") and up_f > 1:
            lo_b = int(b // _FLUSH)
            hi_b = int((b + rng.uniform(300, 1200)) // _FLUSH)
            loader[lo_b:hi_b] *= up_f
    gpu0 = dense + emb + a2a + fixed
    step0 = _smax(gpu0, loader)
    sj = rng.uniform(0.03, 0.08) / np.sqrt(np.maximum(1.0, _FLUSH / step0))
    jit = np.exp(sj * np.clip(rng.standard_t(3, B), -6, 6))
    gmul = sp_g * np.exp(ou_s[g60]) * jit * (1 + w0 * np.exp(-since_proc / tau_w))
    lam = 1 / rng.uniform(180, 900)
    stall = np.where(rng.random(B) < lam * _FLUSH, np.exp(rng.uniform(np.log(0.5), np.log(5.0), B)), 0.0)
    stall = np.minimum(stall, train)
    for arr in (dense, emb, a2a, fixed, loader, gmul):
        arr[~on] = 1.0

    # the path: DogStatsD (sampled increments over UDP), the Agent's flushes, the poll of Datadog's API
    steps_pt = dt / float(np.median(step0[on]))
    p = 1.0
    if rng.random() < 0.4:  # a sample rate picked to keep the hot path cheap: 1.5-4 % noise per point
        target = rng.uniform(0.015, 0.04)
        for c in (0.5, 0.25, 0.1, 0.05, 0.02, 0.01):
            if np.sqrt((1 - c) / (H0 * steps_pt * c)) <= target:
                p = c
    q0 = np.repeat(rng.uniform(0, 0.002, (_SLOTS, 1)), B, axis=1)
    for h in range(_SLOTS):  # the Agent starved for a moment: a burst of dropped packets
        nb = rng.poisson(T / rng.uniform(3600, 21600))
        for b in rng.integers(0, B, nb):
            q0[h, b:b + int(rng.integers(1, 4))] += rng.uniform(0.05, 0.4)
    q1 = rng.uniform(0.005, 0.04)
    late = rng.random((_SLOTS, B)) < rng.uniform(0.0005, 0.003)
    for h in range(_SLOTS):  # the forwarder's retries after an intake hiccup: a backlog past the poll
        nb = rng.poisson(T / rng.uniform(21600, 86400))
        for b in rng.integers(0, B, nb):
            late[h, b:b + int(rng.integers(3, 19))] = True
    u = rng.random(B)
    zs = rng.normal(0, 1, (_SLOTS, B))
    zl = rng.normal(0, 1, (_SLOTS, B))

    # which host series has a flush: from a process's first increment; after the last one of a stretch of
    # training, zeros until the counter expires, then nothing until training resumes
    x0 = np.maximum(train - stall, 0) / _smax(gpu0 * gmul, loader)
    cnt = np.floor(x0 + u)
    exist = np.zeros(B, bool)
    hosts = np.zeros(B, int)
    for i, s in enumerate(segs):
        b0, b1 = int(s.t0 // _FLUSH), min(B, int(np.ceil(s.t1 / _FLUSH)))
        if b0 >= B:
            break
        got = np.nonzero(cnt[b0:b1] >= 1)[0]
        if len(got) == 0:
            continue
        same = i + 1 == len(segs) or segs[i + 1].proc == s.proc  # a new process: the old series' zeros add nothing
        tail = min(B, b1 + int(_EXPIRY / _FLUSH) if same else b1)
        exist[b0 + got[0]:tail] = True
        hosts[b0:tail] = s.H
    present = exist[None, :] & (np.arange(_SLOTS)[:, None] < hosts[None, :]) & ~late

    days = sorted(first_day)
    day_t = [(min(s.t0 for s in segs if s.day == x), max(s.t1 for s in segs if s.day == x)) for x in days]
    return _Run(dt=dt, k=k, n=n, H0=H0, p=p, train=train, stall=stall, dense=dense, emb=emb, a2a=a2a, fixed=fixed,
                loader=loader, gmul=gmul, share=Gb / Hb, ell=ellb, hosts=hosts, u=u, zs=zs, zl=zl, q0=q0, q1=q1,
                present=present, segs=segs, pauses_t=pauses_t, day_t=day_t, restarts=restarts, known_t=known_t,
                known_kind=known_kind, job=job)


@dataclass
class _Mod:
    """A regression: multipliers of the step's parts over flush buckets ``[b0, b1)`` and extra stall seconds;
    ``host`` >= 0: the loader factor is one host's (the others' CPUs are not saturated)."""

    b0: int
    b1: int
    dense: np.ndarray | float = 1.0
    emb: np.ndarray | float = 1.0
    a2a: np.ndarray | float = 1.0
    fixed: np.ndarray | float = 1.0
    loader: np.ndarray | float = 1.0
    host: int = -1


def _parts(run: _Run, mods, b0: int, b1: int):
    """The step's parts over buckets ``[b0, b1)`` with the regressions ``mods`` applied, and per host slot the
    factor by which its own loader pressure is below the step's loader (a one-host fault)."""
    hp = np.ones((_SLOTS, b1 - b0))

    def host(md, sl, ml):
        if md.host >= 0 and isinstance(md.loader, np.ndarray):
            others = np.arange(_SLOTS) != md.host
            hp[others, sl] /= md.loader[ml]

    return apply_mods(run, mods, b0, b1, ("dense", "emb", "a2a", "fixed", "loader"), host), hp


def _steps(run: _Run, mods, b0: int, b1: int):
    """Expected steps in each bucket of ``[b0, b1)`` and the loader pressure (loader / GPU part) per host."""
    (dense, emb, a2a, fixed, loader), hp = _parts(run, mods, b0, b1)
    gpu = (dense + emb + a2a + fixed) * run.gmul[b0:b1]
    x = np.maximum(run.train[b0:b1] - run.stall[b0:b1], 0) / _smax(gpu, loader)
    return x, (loader / gpu)[None, :] * hp


def _series(run: _Run, mods=(), lo: int = 0, hi: int | None = None) -> np.ndarray:
    """The dashboard's ``sum:recsys.train.examples{job}.as_rate().rollup(avg, dt)`` at points ``[lo, hi)``
    as the poller read it: per host the mean of the flushes its series holds in the point, summed."""
    hi = run.n if hi is None else hi
    k = run.k
    b0, b1 = lo * k, hi * k
    x, press = _steps(run, mods, b0, b1)
    nb = np.floor(x + run.u[b0:b1])[None, :]
    p = run.p
    if p < 1:  # each step's packet is sent with probability p (the Agent scales it by 1 / p)
        sent = np.clip(np.round(nb * p + run.zs[:, b0:b1] * np.sqrt(nb * p * (1 - p))), 0, nb)
    else:
        sent = np.repeat(nb, _SLOTS, axis=0)
    q = np.clip(run.q0[:, b0:b1] + run.q1 * np.clip((press - 0.85) / 0.3, 0, 1), 0, 0.6)
    lost = np.clip(np.round(sent * q + run.zl[:, b0:b1] * np.sqrt(sent * q * (1 - q))), 0, sent)
    rate = (sent - lost) * run.share[b0:b1][None, :] / p / _FLUSH
    pres = run.present[:, b0:b1]
    r = np.where(pres, rate, 0.0).reshape(_SLOTS, hi - lo, k).sum(-1)
    c = pres.reshape(_SLOTS, hi - lo, k).sum(-1)
    return np.round((r / np.maximum(c, 1)).sum(0), 3)


def _twostate(rng, t0: float, t1: float, bad_mean: float, good_mean: float) -> np.ndarray:
    """Alternating bad / good phase edges from ``t0`` (starting bad) up to ``t1``."""
    return twostate(rng, t0, t1, bad_mean, good_mean, 1e6)


def _bad_share(edges: np.ndarray, tb: np.ndarray) -> np.ndarray:
    """The share of each flush bucket starting at ``tb`` that lies in a bad phase of ``edges``."""
    return bad_share(edges, tb, _FLUSH)


_CAUSES = {"drop": ("neighbour", "rdma", "partition", "clocks"), "straggler": ("throttle", "spine"),
           "leak": ("table", "worker", "metric")}


def _cause(rng, run: _Run, kind: str, name: str, t0: float, t1: float, tr: float):
    """``(mod_of(A), A_max, t1)``: the regression ``name`` over ``[t0, t1)`` (a leak ramps until ``tr``) as a
    function of its magnitude ``A``, and the time it really ends (a host's fault leaves with the process)."""
    held = name in ("neighbour", "clocks", "rdma", "table", "worker", "metric")
    t1, b0, b1 = cause_buckets(run, t0, t1, _FLUSH, held)
    tb = np.arange(b0, b1) * _FLUSH
    x = np.maximum(tb - t0, 0)
    if name == "neighbour":  # another pod scheduled onto one host steals its input pipeline's cores
        host = int(rng.integers(0, max(1, int(run.hosts[min(b0, len(run.hosts) - 1)]))))
        w = wobble(rng, x, 0.15, 900)
        return (lambda A: _Mod(b0, b1, loader=1 + A * w, host=host)), 4.0, t1
    if name == "rdma":  # a new host without GPUDirect RDMA (nvidia-peermem not loaded): all-to-all via host memory
        return (lambda A: _Mod(b0, b1, a2a=np.full(b1 - b0, 1 + A))), 8.0, t1
    if name == "partition":  # a day's logs with one feature flooded by junk ids (a logging bug upstream)
        job, sh, ell = run.job, run.share[b0:b1], run.ell[b0:b1]
        add = job.l_ex * sh * 0.45 * ell / (job.l_fix + job.l_ex * sh * (0.55 + 0.45 * ell))
        miss = 0.3 if job.kappa > 0 else 0.0  # junk ids also miss the embedding cache
        return (lambda A: _Mod(b0, b1, emb=np.full(b1 - b0, (1 + A) * (1 + miss * A)), loader=1 + A * add)), 3.0, t1
    if name == "clocks":  # one host's GPUs held at low clocks (power brake, a failed fan): every rank waits
        w = wobble(rng, x, 0.2, 600)
        return (lambda A: _Mod(b0, b1, dense=1 + A * w, emb=1 + A * w)), 1.5, t1
    if name == "throttle":  # object-store throttling (503 SlowDown) of one host's reads: retries with backoff
        host = int(rng.integers(0, max(1, int(run.hosts[min(b0, len(run.hosts) - 1)]))))
        bad = _bad_share(_twostate(rng, t0, t1, rng.uniform(20, 120), rng.uniform(20, 150)), tb)
        g = np.exp(rng.normal(0, 0.3, b1 - b0))
        return (lambda A: _Mod(b0, b1, loader=1 + A * (bad * g + 0.12 * (1 - bad)), host=host)), 12.0, t1
    if name == "spine":  # another job's all-to-all bursts on the shared spine switches
        bad = _bad_share(_twostate(rng, t0, t1, rng.uniform(10, 90), rng.uniform(20, 200)), tb)
        g = np.exp(rng.normal(0, 0.3, b1 - b0))
        return (lambda A: _Mod(b0, b1, a2a=1 + A * (bad * g + 0.04 * (1 - bad)))), 20.0, t1
    r = np.clip(x / max(tr - t0, 1e-9), 0, 1) ** rng.uniform(0.7, 1.5)
    if name == "table":  # a collisionless (dynamic) embedding table that outgrows its GPU cache: eviction off
        return (lambda A: _Mod(b0, b1, emb=1 + A * r)), 5.0, t1
    if name == "worker":  # loader workers leak Arrow buffers: the page cache shrinks, reads go remote
        return (lambda A: _Mod(b0, b1, loader=1 + A * r)), 5.0, t1
    # a training-AUC callback recomputing over a prediction buffer that grows up to a cap set far too high
    return (lambda A: _Mod(b0, b1, fixed=1 + A * r)), 10.0, t1


def _calibrate(run: _Run, mod_of, a_max: float, target: float, b0: int, b1: int):
    """The magnitude whose noise-free loss of steps over the live buckets ``[b0, b1)`` is ``target`` (bisection),
    or None if even ``a_max`` loses less."""
    return calibrate(lambda mods: _steps(run, mods, b0, b1)[0], mod_of, a_max, target, run.train[b0:b1] > 0)


def _draw_event(rng, run: _Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` with onset in ``[lo, hi)`` ending before ``hi`` (or running to the end)
    and holding no known change: an ``(Event, _Mod)`` pair, or None after 80 rejected draws (after 50, of any
    kind)."""
    def partition(rng, t_lo, t_last, hi, to_end):  # from the first read of the bad day's partition to its end
        cand = [(a, b) for a, b in run.day_t[1:] if t_lo <= a and (b < hi * run.dt - 60 * run.dt or to_end)]
        return cand[int(rng.integers(len(cand)))] if cand else None

    def series(mod, lo, b1):  # the points the regression can touch
        return _series(run, [mod], lo, min(run.n, -(-b1 // run.k) + 1)), lo

    # "rdma": from a restart onto a new host (same world size: a new one is a known change); else 30 % at the end
    # of a pause (or inside it): the first batches after it are slow
    return draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=_P_KIND, causes=_CAUSES,
                           cause=_cause, calib=partial(_calibrate, run), series=series,
                           width=_FLUSH, restart_cause="rdma", special={"partition": partition})


def _build(seed: int, n: int, pauses: str):
    """The healthy run of ``seed``: ``(run, healthy series, pause spans, live mask, changes)``. A span holds the
    points whose rollup window touches a stretch without training; a change is the first point after the span
    of a planned change."""
    return rollup_build(_schedule, _series, seed, n, pauses, 151)


def make_heldout15(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One recommender job's examples/s (DogStatsD counts, the Datadog Agent, a rollup read back from Datadog's
    API) with labelled regressions and its planned level changes (deterministic in ``seed``).

    Parameters
    ----------
    seed : random seed.
    n : number of points (>= 2000).
    pauses : ``"short"`` (pauses of 6-25 points) or ``"long"`` (31-120 points, many over 60).
    n_events : number of regressions to place; ``0`` gives a clean run, ``None`` draws 3 or 4.
    """
    return family_trace(_build, _draw_event, _series, _P_KIND, seed, n, pauses, n_events, 152,
                        lambda run: 1_800_000_000.0 + 86400.0 * (seed % 97) + run.dt * np.arange(n))


def heldout15_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT15_SEEDS) -> list[Trace]:
    """The family's traces, one per seed; every fourth trace is a clean run."""
    return every_fourth_clean(make_heldout15, seeds, n, pauses)
