"""The fourteenth held-out throughput family: a latent-diffusion job's samples/s on a multi-tenant Slurm
cluster, read from per-node node_exporter textfiles and summed in PromQL.

Written blind: the author read only the ``Event``/``Trace`` interface and the scoring rule of
``anomaly/traces.py``, the shared test helpers, the thirteenth generator as a model of API and tests and the
other families' docstrings (to model another job and another collection path), never a detector, and never
ran a detector on these traces.

What is modelled
----------------
A latent-diffusion image model (a UNet or DiT on VAE latents, text-conditioned) is trained data-parallel
(DDP) with bf16 on 3-8 nodes of 8 GPUs of a shared Slurm cluster, in a preemptible QOS, the job submitted
with ``--nodes=3-8 --requeue``. Its latents and caption tokens are pre-computed, stored as memory-mapped
shards on Lustre and copied to a node-local NVMe cache as they are read. After each optimizer step the local
rank 0 of every node updates a ``train_samples_per_second`` gauge: the node's samples over its last ``K``
steps (a window of 20-60 s of steps at 256 px) over those steps' wall time, the window cleared when training
resumes after a pause; a throttled hook rewrites the node's ``.prom`` file for node_exporter's textfile
collector at most every 4-20 s (at the end of the first step in each slot; the file renamed into place, or in
40 % of runs written in place, so a scrape that catches it half-written fails, 0.2-1.2 % of them).
Prometheus scrapes every node's exporter every ``dt`` (10, 15 or 30 s; each target at its own offset; a
failed scrape, 0.05-0.3 %, marks the node's series stale). The panel, at a ``dt`` step, is

    sum(train_samples_per_second and on(instance)
        (time() - node_textfile_mtime_seconds{file="train.prom"} < G)) or vector(0)

with ``G`` two or three scrape intervals: a node whose file was not rewritten for ``G`` seconds leaves the
sum. So a point sums the nodes' last scraped windows, a node missing from a scrape takes ``1 / N`` of the
sum away for a point, and the series holds its last values for ``G`` seconds when training stops, then
reads 0.

Healthy behaviour (none of it labelled); all of it is new to this family:

* **a step is GPU- or loader-bound.** A step costs ``max(GPU, loader) + exposed all-reduce + EMA``: the
  loader (latent fetch, page faults on the mapped shards) costs 25-85 % of the GPU time behind a 2-8-batch
  prefetch queue; the exposed all-reduce 3-8 % of a step at two nodes, growing with the node count, its
  cost wandering with the other tenants' load on the shared fabric (an Ornstein-Uhlenbeck factor, sd
  0.1-0.3 in log, correlation 15-90 min); the EMA copy of the weights is updated every 1, 2, 5 or 10 steps;
* **Lustre stalls.** A read that hangs 2-40 s (0.03-0.15 % of the steps) drains the prefetch queue; what
  the queue cannot hide stalls the step: a dip lasting one window, and a point at 0 when no node rewrote
  its file for ``G`` seconds (a few to ~25 points per trace while training);
* **a planned resolution stage (about half the runs).** At a planned evaluation (and checkpoint), about a
  quarter to two thirds into the run, training moves from 256 to 512 px: a sample costs 3.2-4.8x the GPU
  time, the per-GPU batch halves (60 %) or stays (gradient checkpointing), the latents are 4x larger and
  read through a cold cache, the graphs recompile; samples/s falls to about 0.2-0.3 of its 256-px level,
  and the sampling evaluations take 25 % longer. **Listed in ``changes``** (the first point after that
  evaluation's span);
* **Slurm preemption and requeue.** A higher-priority job preempts this one now and then (Poisson, 0.5-2
  per run on average; never inside a pause): the series stops, Lightning's SLURM requeue handler saves a
  checkpoint on SIGUSR1 (60 % of runs; otherwise the job resumes from its last checkpoint), the job waits
  in the queue (a pause span of the setting's length, about 1.4x an evaluation's) and restarts on the nodes
  that are free: on another node count in about half the requeues (one or two nodes fewer or more, within 3-8), a
  planned world-size change of about ``N' / N`` that is **listed in ``changes``** (the first point after the
  wait's span). Every requeue also lands on other racks and other GPUs (the all-reduce 15 % dearer or
  cheaper in log sd, the clocks 1.5 %) and reads through cold node-local caches (the loader 1.3-2.2x for
  5-25 min, which shows where the loader binds): level changes of a few percent that the monitor is **not**
  told of, on requeues with the same node count too; a new process's first steps are 1.6-3.5x slower,
  decaying over 15-80 steps (torch.compile, cuDNN autotuning, NCCL set-up);
* pauses: an evaluation that samples image grids from the EMA weights every ``E`` steps (150-400 points of
  training at 256 px, 1.6-4.8x as many at 512 px), every 2nd-5th followed by a checkpoint save (a 1.3-1.6x
  longer pause); a pause span runs from the first point after training stops to the first point at which
  every node's last scrape holds a file written after training resumed (the first ``G`` seconds of it hold
  the last values, the rest reads 0);
* heavy-tailed step jitter (Student-t, 3 degrees of freedom, scale 1-3 %), rare 1.5-3.5x step hiccups,
  loader noise (12 %), all-reduce noise (10 %); the windowed gauge smooths them, so the noise of the panel
  is mostly the stalls' dips and the missing nodes' ``1 / N`` dips.

A regression changes the step costs inside its window; the run's clock (steps, pauses, writes, scrapes) stays
the healthy run's and the stretch is accounted in the gauge's window time (a window over steps that cost
``slow`` times their healthy cost reports ``sum(samples) / sum(slow * cost)``), so ``healthy`` (the same run
without regressions) aligns point by point. The event's ``end`` is the last point where the regressed series
differs from the healthy one (plus one). No event holds a point of ``changes``.

Labelled regressions (their causes are a diffusion job's on a shared cluster)
-----------------------------------------------------------------------------
* ``drop``: one node's GPUs stuck at low clocks (a failed fan or a hardware slowdown: its compute 8-50 %
  slower, swinging 20 % over minutes; every rank waits; it ends at the next requeue, which leaves the node
  out), the node-local latent cache purged by another tenant's job prolog (reads go to Lustre: the loader
  1.6-4.5x slower, which bites only where it becomes the bottleneck), or an InfiniBand port that flapped so
  that NCCL fell back to sockets over IPoIB (the all-reduce 2.5-9x longer; the next requeue's communicator
  ends it); held 150-1400 points or to the end of the run;
* ``straggler``: another tenant's all-to-all bursts on the shared leaf switches (bursts of 10-90 s every
  30-300 s on average, the all-reduce 3-14x longer meanwhile) or a slow Lustre OST behind one node's shards
  (reads hang 2-25 s every 20-150 s on average; every rank waits once the prefetch queue runs dry); 80-500
  points;
* ``leak``: the sample-grid callback keeping every grid in host memory (the page cache of the mapped latent
  shards shrinks and the loader's page faults grow: its cost rises to 2-5.5x, as ``x ** q`` of the ramp
  ``x``, ``q`` 0.7-1.5; hidden while the GPU binds) or caching-allocator fragmentation from variable
  caption lengths (``cudaMalloc`` retries and cache flushes every 4-30 steps whose cost grows with the ramp
  to 12-60 % of a typical step on average); the ramp takes 250-1800 points (at most 0.6 of the stretch of
  trace it is placed in), then holds 80-600 points or to the end.

About 30 % of onsets are placed at the end of a pause or a requeue wait (the new allocation comes with the
slow node, the purged cache or the flapping port) or inside the pause before it. An event is kept only when
its measured depth ``1 - sum(values) / sum(healthy)`` over its unpaused points is 7-33 %, its values lie
below the healthy twin on more than 60 % of its points, it holds no point of ``changes``, and it shows within
60 points of the onset (the first 60 points lose at least 5 % and half the depth, on at least 8 live points)
or, for a leak, along its ramp (its last third loses at least 5 %); otherwise it is redrawn.

Counts over ``heldout14_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     28      12    7          9     0.081-0.300  8               6-22 (244 spans, 0 >60)      3
long      29      10    10         9     0.072-0.328  10              32-114 (177 spans, 120 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's
end are left out of the span ranges. Pause spans include requeue waits. ``changes`` (planned level changes
the monitor knows of): short 14 (7 resolution stages, 7 world-size changes), long 10 (5 resolution stages, 5
world-size changes); the requeues on the same node count, the cold caches and the fabric's wander are level
changes it is not told of. Generating both settings takes about five seconds.

Usage::

    from anomaly.heldout14 import heldout14_set
    for trace in heldout14_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events

Size: over 500 lines because one blind author's whole model (the cluster, the textfile path, the panel, the
regressions) stays in one file, as every held-out family does; nothing imports its internals.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import numpy as np

from anomaly.heldout_common import (SETTINGS as _SETTINGS, add_span, change_points, changed_span, check_args,
                                    event_stop, every_fourth_clean, kind_draws, live_loss, live_mask,
                                    onset_time, ou_path, regressed, shown_depth, span_len, twostate)
from anomaly.traces import Event, Trace

HELDOUT14_SEEDS = tuple(range(141840, 141852))

_PAUSE = {"short": (6, 25, 9, 15), "long": (31, 118, 46, 76)}  # span (points) lo, hi; median lo, hi
_GPUS = 8  # GPUs (ranks) per node
_P_KIND = (0.34, 0.32, 0.34)


@dataclass
class _Alloc:
    """One Slurm allocation of the job (a requeue starts a new one): its time range and nodes."""

    t0: float  # the job step starts (s)
    t1: float  # preempted (or the end of the trace)
    nodes: int
    phase: np.ndarray  # per node: the offset of Prometheus' scrapes of its node_exporter (s, in [0, dt))
    ok: np.ndarray  # per node and scrape number: the scrape returned the textfile metrics


@dataclass
class _Run:
    """The healthy run (times in s from the job's start): its steps and their cost parts, the textfile
    writes, the allocations, pauses and planned stage changes."""

    ts: np.ndarray  # the panel's evaluation times (n), multiples of dt
    dt: float  # scrape interval = the panel's step (s)
    guard: float  # the query drops a node whose textfile is older than this (s)
    end: np.ndarray  # step end times (J)
    gpu: np.ndarray  # GPU time per step (s): UNet forward/backward, jitter, warm-up, clocks
    ld: np.ndarray  # the loader's time per step (latent fetch, caption tokens), hidden behind prefetch
    comm: np.ndarray  # exposed gradient all-reduce per step (s)
    extra: np.ndarray  # serial extras: EMA updates, storage stalls the prefetch queue did not hide
    samp: np.ndarray  # samples per node per step (8 GPUs x the per-GPU batch of the stage)
    stage: np.ndarray  # 0: 256 px, 1: 512 px
    node: np.ndarray  # nodes in the allocation of each step
    w_j: np.ndarray  # the step after which each textfile write happens
    w_lo: np.ndarray  # the first step of that write's window
    w_t: np.ndarray  # write times
    w_a: np.ndarray  # the allocation of each write
    allocs: list
    pauses_t: list  # spans (t0, t1) without training: sampling/eval, checkpoints, requeue waits
    deaths: list  # preemption times
    known_t: list  # resume times after which the level changes by plan (stage switch, other node count)

    @property
    def dur(self) -> np.ndarray:
        return np.maximum(self.gpu, self.ld) + self.comm + self.extra

    start: np.ndarray | None = None

    def __post_init__(self):
        self.start = self.end - self.dur


def _span_len(rng, setting: str, scale: float = 1.0) -> float:
    return span_len(rng, _PAUSE, setting, scale, 1.5, 4)


_ou = ou_path


def _schedule(rng, n: int, setting: str) -> _Run:
    dt = float(rng.choice([10.0, 15.0, 30.0], p=[0.3, 0.45, 0.25]))
    guard = dt * float(rng.choice([2, 3]))
    T = dt * (n + 30)
    # the job: a latent-diffusion UNet / DiT on N nodes of 8 GPUs, data parallel
    nodes = int(rng.integers(3, 9))
    b = float(rng.choice([8, 16, 32]))  # per-GPU batch at 256 px
    s0 = rng.uniform(0.5, 1.8)  # GPU time of a 256-px step (s)
    r512 = rng.uniform(3.2, 4.8)  # GPU cost of a 512-px sample over a 256-px one
    b512 = b / 2 if rng.random() < 0.6 else b  # the batch halves to fit, or gradient checkpointing keeps it
    gpu_s = np.array([s0, s0 * r512 * b512 / b])
    samp_s = np.array([_GPUS * b, _GPUS * b512])
    ld0 = rng.uniform(0.25, 0.85)  # the loader's time at 256 px, a share of the GPU time (warm cache)
    ld_s = np.array([s0 * ld0, s0 * ld0 * rng.uniform(2.5, 4.0) * b512 / b])  # 4x the latent bytes per sample
    ar = rng.uniform(0.03, 0.08)  # exposed all-reduce share at 2 nodes

    def comm_of(nn):  # the gradients are as large at either resolution; a ring's exposed part grows with nodes
        return ar * gpu_s[0] * (1 + 0.35 * np.log2(nn / 2))

    ema_k = int(rng.choice([1, 1, 2, 5, 10]))  # EMA update every ema_k optimizer steps
    ema_c = rng.uniform(0.02, 0.07) * s0 * min(ema_k, 3) ** 0.3
    ou = _ou(rng, T + 4e4, rng.uniform(0.1, 0.3), rng.uniform(900, 5400))  # fabric load of other tenants
    sj = rng.uniform(0.01, 0.03)
    warm0, tau_w = rng.uniform(0.6, 2.5), rng.uniform(15, 80)  # torch.compile, cudnn autotune, NCCL set-up
    p_stall, q_pref = rng.uniform(3e-4, 1.5e-3), int(rng.integers(2, 9))  # storage stalls; prefetch depth
    cold_f = rng.uniform(1.3, 2.2)  # the loader on a cold node-local cache (reads go to Lustre)
    s_mean = gpu_s[0] * (1 + ar) + ema_c / ema_k
    E = max(40, int(rng.uniform(150, 400) * dt / s_mean))  # sample images / evaluate every E steps
    K_ck = int(rng.integers(2, 6))  # a checkpoint every K_ck-th evaluation
    period = rng.uniform(4.0, min(20.0, 0.45 * guard))  # the textfile is rewritten at most this often
    Kw = max(4, int(rng.uniform(20, 60) / s_mean))  # the writer's window of steps
    g_switch = -1
    if rng.random() < 0.5:  # a planned 256 -> 512 px stage at an evaluation (and checkpoint)
        est = T * rng.uniform(0.25, 0.6) / (s_mean * 1.1)
        g_switch = max(E, int(round(est / (E * K_ck))) * E * K_ck)
    n_pre = int(rng.poisson(rng.uniform(0.5, 2.0)))
    pre = sorted(rng.uniform(0.05, 0.92, n_pre) * T)
    usr1 = rng.random() < 0.6  # Lightning's SLURM requeue handler saves a checkpoint on SIGUSR1
    p_fail = rng.uniform(0.0005, 0.003)
    p_part = rng.uniform(0.002, 0.012) if rng.random() < 0.4 else 0.0  # files written in place, not renamed

    parts = {k: [] for k in ("end", "gpu", "ld", "comm", "extra", "samp", "stage", "node")}
    allocs, pauses_t, deaths, known_t = [], [], [], []
    t, g, last_ckpt, pi = 0.0, 0, 0, 0
    inst = 1.0
    rack = float(np.exp(rng.normal(0, 0.15)))
    a_t0, cold_until, i_proc, switched = 0.0, rng.uniform(300, 1500), 0, False

    def new_alloc(t0, t1, nn):
        allocs.append(_Alloc(t0, t1, nn, rng.uniform(0.05, dt - 0.05, nn),
                             rng.random((nn, int(T / dt) + 8)) >= p_fail + p_part))

    while t < T:
        if pi < len(pre) and pre[pi] < t + 300:  # no preemption inside a pause or right after it
            pre[pi] = t + rng.uniform(300, 900)
            pre.sort()
        m = (g // E + 1) * E - g
        if m * s_mean < 300 and g + m != g_switch:  # a restarted job skips an evaluation due right away
            m += E
        gg = g + np.arange(m)
        st = ((gg >= g_switch) & (g_switch >= 0)).astype(int)
        ii = i_proc + np.arange(m)
        jit = np.exp(sj * np.clip(rng.standard_t(3, m), -8, 8))
        jit *= np.where(rng.random(m) < 0.002, rng.uniform(1.5, 3.5, m), 1.0)  # a GC pass, a host hiccup
        gpu = gpu_s[st] * inst * jit * (1 + warm0 * np.exp(-ii / tau_w))
        ld = ld_s[st] * np.exp(rng.normal(0, 0.12, m))
        t_est = t + np.cumsum(np.maximum(gpu, ld))
        ld = ld * np.where(t_est < cold_until, cold_f, 1.0)
        comm = comm_of(nodes) * rack * np.exp(ou[np.minimum((t_est / 60).astype(int), len(ou) - 1)])
        comm *= np.exp(rng.normal(0, 0.1, m))
        extra = np.where(gg % ema_k == 0, ema_c, 0.0)  # the EMA costs the same at either resolution
        stall = np.where(rng.random(m) < p_stall, np.exp(rng.uniform(np.log(2), np.log(40), m)), 0.0)
        extra += np.maximum(stall - q_pref * np.maximum(gpu - ld, 0), 0)  # a Lustre stall the queue did not hide
        ends = t + np.cumsum(np.maximum(gpu, ld) + comm + extra)
        died = pi < len(pre) and pre[pi] < ends[-1]
        cut = int(np.searchsorted(ends, pre[pi])) if died else m
        for key, val in (("end", ends), ("gpu", gpu), ("ld", ld), ("comm", comm), ("extra", extra),
                         ("samp", samp_s[st]), ("stage", st), ("node", np.full(m, nodes))):
            parts[key].append(val[:cut])
        if died:
            death = max(pre[pi], t)
            pi += 1
            while pi < len(pre) and pre[pi] < death + 900:
                pi += 1
            new_alloc(a_t0, death, nodes)
            g = g + cut if usr1 else last_ckpt
            gap = _span_len(rng, setting, 1.4) * dt - period - 1.5 * dt
            t = death + max(gap, 2 * dt)
            pauses_t.append((death, t))
            deaths.append(death)
            old = nodes
            if rng.random() < 0.55:  # --nodes=3-8: the requeued job starts on the nodes that are free
                nodes = int(np.clip(nodes + rng.choice([-2, -1, 1, 2]), 3, 8))
            if nodes != old:
                known_t.append(t)
            rack = float(np.exp(rng.normal(0, 0.15)))  # other racks, more or fewer switch hops
            inst = float(np.exp(rng.normal(0, 0.015)))  # other GPUs' clock bins
            a_t0, cold_until, i_proc = t, t + rng.uniform(300, 1500), 0
            continue
        t, g, i_proc = float(ends[-1]), g + m, i_proc + m
        ckpt = (g // E) % K_ck == 0 or g == g_switch
        if ckpt:
            last_ckpt = g
        scale = rng.uniform(1.3, 1.6) if ckpt else 1.0
        if g >= g_switch >= 0:
            scale *= 1.25  # sampling at 512 px takes longer
        pause = _span_len(rng, setting, scale) * dt - period - 1.5 * dt
        pauses_t.append((t, t + max(pause, 2 * dt)))
        t += max(pause, 2 * dt)
        if g == g_switch and not switched:  # the 512-px stage: new latents (a cold cache), recompiled graphs
            switched, i_proc, cold_until = True, 0, t + rng.uniform(300, 1500)
            known_t.append(t)
    new_alloc(a_t0, np.inf, nodes)
    cat = {k: np.concatenate(v) for k, v in parts.items()}
    end = cat["end"]
    # textfile writes: after the first step that ends in each ``period``-s slot (a throttled hook), once the
    # window holds a step since its last reset (it restarts after a pause: on_validation_end, a new process)
    run_start = np.zeros(len(end), bool)
    run_start[0] = True
    starts = np.searchsorted(end - (np.maximum(cat["gpu"], cat["ld"]) + cat["comm"] + cat["extra"]),
                             [r - 1e-6 for _, r in pauses_t], side="left")
    run_start[starts[starts < len(end)]] = True
    seg = np.maximum.accumulate(np.where(run_start, np.arange(len(end)), 0))  # first step since the last reset
    slot = np.floor(end / period)
    wj = np.nonzero((np.diff(slot, prepend=-1.0) > 0) & (np.arange(len(end)) - seg >= 1))[0]
    w_lo = np.maximum(wj - Kw + 1, seg[wj])
    w_t = end[wj] + 0.002
    a_t1 = np.array([a.t1 for a in allocs])
    w_a = np.searchsorted(a_t1, w_t)
    ts0 = dt * np.ceil((w_t[0] + dt) / dt)
    ts = ts0 + dt * np.arange(n)
    return _Run(ts=ts, dt=dt, guard=guard, end=end, gpu=cat["gpu"], ld=cat["ld"], comm=cat["comm"],
                extra=cat["extra"], samp=cat["samp"], stage=cat["stage"].astype(int), node=cat["node"].astype(int),
                w_j=wj, w_lo=w_lo, w_t=w_t, w_a=w_a, allocs=allocs, pauses_t=pauses_t, deaths=deaths,
                known_t=known_t)


def _gauge(run: _Run, slow: np.ndarray | None = None) -> np.ndarray:
    """Each write's per-node ``train_samples_per_second``: the samples of the window over its steps' time
    (steps ``slow`` times their healthy cost; the healthy sums are kept apart so that a window without a slowed
    step gives the very same float)."""
    cd = np.concatenate([[0.0], np.cumsum(run.dur)])
    cs = np.concatenate([[0.0], np.cumsum(run.samp)])
    hi, lo = run.w_j + 1, run.w_lo
    den = cd[hi] - cd[lo]
    if slow is not None and (slow != 1.0).any():
        cx = np.concatenate([[0.0], np.cumsum(run.dur * (slow - 1.0))])
        den = den + (cx[hi] - cx[lo])
    return np.round((cs[hi] - cs[lo]) / den, 2)


def _series(run: _Run, slow: np.ndarray | None = None) -> np.ndarray:
    """The panel's ``sum(train_samples_per_second and on(instance) (time() - node_textfile_mtime_seconds <
    guard)) or vector(0)`` at each point: every node's last scraped textfile value, if fresh."""
    v = _gauge(run, slow)
    ts, dt = run.ts, run.dt
    out = np.zeros(len(ts))
    for a_i, a in enumerate(run.allocs):
        for k in range(a.nodes):
            m = np.floor((ts - a.phase[k]) / dt).astype(int)
            sc = a.phase[k] + m * dt  # this node's last scrape at or before the point
            w = np.searchsorted(run.w_t, sc, side="right") - 1
            ok = (m >= 0) & a.ok[k][np.clip(m, 0, a.ok.shape[1] - 1)] & (sc >= a.t0) & (w >= 0)
            ok &= (run.w_a[np.maximum(w, 0)] == a_i) & (ts - run.w_t[np.maximum(w, 0)] < run.guard)
            out += np.where(ok, v[np.maximum(w, 0)], 0.0)
    return np.round(out, 2)


def _twostate(rng, t0: float, t1: float, bad_mean: float, good_mean: float) -> np.ndarray:
    """Alternating bad / good phase edges from ``t0`` (starting bad) up to ``t1``."""
    return twostate(rng, t0, t1, bad_mean, good_mean, 4e5)


def _slow(rng, run: _Run, kind: str, t0: float, t1: float, tr: float) -> tuple[np.ndarray, float]:
    """Per-step slowdowns (new cost / healthy cost) of one regression over ``[t0, t1)`` (a leak ramps until
    ``tr``), and the time it really ends (a node-bound fault leaves with the allocation)."""
    s = np.ones(len(run.end))
    cause = int(rng.integers(3)) if kind == "drop" else int(rng.integers(2))
    if kind == "drop" and cause in (0, 2):  # a requeue on other nodes / a new communicator ends it
        t1 = min([t1] + [d for d in run.deaths if d > t0])
    st = run.start
    j = slice(int(np.searchsorted(st, t0)), int(np.searchsorted(st, t1)))
    m = j.stop - j.start
    if m <= 0:
        return s, t1
    gpu, ld, comm, extra = run.gpu[j], run.ld[j], run.comm[j], run.extra[j]
    base = np.maximum(gpu, ld) + comm + extra
    typical = float(np.median(base))
    x = st[j] - t0
    if kind == "drop":
        if cause == 0:  # one node's GPUs stuck at low clocks (a failed fan, HW slowdown): every rank waits
            g = rng.uniform(0.08, 0.5) * np.minimum(1, x / rng.uniform(20, 120))
            g = g * (1 + 0.2 * np.sin(2 * np.pi * x / rng.uniform(120, 600) + rng.uniform(0, 6.3)))
            new = np.maximum(gpu * (1 + g), ld) + comm + extra
        elif cause == 1:  # the node-local latent cache purged by another tenant's prolog: reads go to Lustre
            new = np.maximum(gpu, ld * rng.uniform(1.6, 4.5) * np.exp(rng.normal(0, 0.2, m))) + comm + extra
        else:  # an InfiniBand port flapped: NCCL fell back to sockets over IPoIB
            new = np.maximum(gpu, ld) + comm * rng.uniform(2.5, 9.0) + extra
    elif kind == "straggler":
        if cause == 0:  # another tenant's all-to-all bursts on the shared leaf switches
            ed = _twostate(rng, t0, t1, rng.uniform(10, 90), rng.uniform(30, 300))
            bad = np.searchsorted(ed, st[j], side="right") % 2 == 1
            new = base + bad * comm * rng.uniform(3.0, 14.0) * np.exp(rng.normal(0, 0.3, m))
        else:  # a slow Lustre OST behind one node's shards: its reads hang, the prefetch queue runs dry
            rate = 1 / rng.uniform(20, 150)
            k = rng.poisson(rate * max(t1 - t0, 1) if np.isfinite(t1) else rate * (st[j][-1] - t0 + 1))
            at = np.searchsorted(x, rng.uniform(0, x[-1] + 1e-9, k))
            add = np.zeros(m)
            np.add.at(add, np.minimum(at, m - 1), np.exp(rng.uniform(np.log(2), np.log(25), k)))
            new = base + np.maximum(add - 2 * np.maximum(gpu - ld, 0), 0)
    else:
        r = np.clip(x / max(tr - t0, 1e-9), 0, 1)
        if cause == 0:  # the sample-grid callback keeps every grid in host memory: the page cache of the
            # memory-mapped latent shards shrinks, the loader's page faults grow
            new = np.maximum(gpu, ld * (1 + rng.uniform(1.0, 4.5) * r ** rng.uniform(0.7, 1.5))) + comm + extra
        else:  # caching-allocator fragmentation from variable caption lengths: cudaMalloc retries, cache flushes
            p = 1 / rng.uniform(4, 30)
            new = base + (rng.random(m) < p) * rng.uniform(0.12, 0.6) * typical * r / p
    s[j] = np.maximum(new / base, 1.0)
    return s, t1


def _loss(v, h, live, lo: int, hi: int) -> tuple[float, int]:
    """``1 - sum(v) / sum(h)`` over the live points of ``[lo, hi)``, and how many there are."""
    return live_loss(v, h, live, lo, hi, guard=True)


def _draw_event(rng, run: _Run, healthy, live, changes, lo: int, hi: int, to_end: bool):
    """One regression with onset in ``[lo, hi)`` ending before ``hi`` (or running to the end) and holding no
    known change: an ``(Event, slow)`` pair, or None after 80 rejected draws (the kind is drawn once and kept
    for 50 draws)."""
    ts, n = run.ts, len(run.ts)
    for kind in kind_draws(rng, _P_KIND):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))  # a leak's ramp fits before the stretch ends
        # 30 % of onsets at the end of a pause or a requeue (or inside it)
        t0 = onset_time(rng, run.pauses_t, ts, lo, last, run.dt)
        if t0 is None:
            continue
        onset = int(np.searchsorted(ts, t0))
        stop = event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t1 = np.inf if to_end else ts[stop]
        slow, t1 = _slow(rng, run, kind, t0, t1, ts[onset + ramp] if kind == "leak" else t1)
        v = _series(run, slow)
        span = changed_span(v, healthy, onset, lo, hi, n)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = onset + ramp if kind == "leak" else onset
        if ramp_end >= end:
            continue
        depth = shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, ramp // 3, max_depth=0.33, loss=_loss)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), slow
    return None


def _build(seed: int, n: int, pauses: str):
    """The healthy run of ``seed``: ``(run, healthy series, pause spans, live mask, changes)``. A span runs
    from the first point after training stops to the first point at which every node's last scrape holds a
    textfile written after it resumed; a change is the first point after the span of a planned change."""
    run = _schedule(np.random.default_rng([seed, _SETTINGS[pauses], 141]), n, pauses)
    healthy = _series(run)
    ts, dt = run.ts, run.dt
    spans = []
    for a, b in run.pauses_t:
        w = int(np.searchsorted(run.w_t, b))
        if w >= len(run.w_t):
            tw = np.inf
        else:
            al = run.allocs[int(run.w_a[w])]
            tw = float(np.max(al.phase + dt * np.ceil((run.w_t[w] - al.phase) / dt)))
        s, e = int(np.searchsorted(ts, a, side="right")), int(min(np.searchsorted(ts, tw), n))
        if s < n and e > s:
            add_span(spans, s, e)
    live = live_mask(spans, n)
    changes = change_points([int(np.searchsorted(ts, t)) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def make_heldout14(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One latent-diffusion job's samples/s (per-node textfiles, node_exporter, a PromQL sum) with labelled
    regressions and its planned level changes (deterministic in ``seed``).

    Parameters
    ----------
    seed : random seed.
    n : number of points (>= 2000).
    pauses : ``"short"`` (pauses of 6-25 points) or ``"long"`` (31-120 points, many over 60).
    n_events : number of regressions to place; ``0`` gives a clean run, ``None`` draws 3 or 4.
    """
    check_args(pauses, n, n_events, max_events=6)
    run, healthy, spans, live, changes = _build(seed, n, pauses)
    rng = np.random.default_rng([seed, _SETTINGS[pauses], 142])
    draw, series = partial(_draw_event, rng, run, healthy, live, changes), partial(_series, run)
    values, events = regressed(rng, n, n_events, draw, np.ones(len(run.end)), series, healthy, live, _loss,
                               end_ok=lambda lo: not any(c >= lo for c in changes))
    timestamps = 1_789_999_980.0 + 86400.0 * (seed % 89) + run.ts
    return Trace(values=values, timestamps=timestamps, events=events, pauses=spans, seed=seed, healthy=healthy,
                 changes=changes)


def heldout14_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT14_SEEDS) -> list[Trace]:
    """The family's traces, one per seed; every fourth trace is a clean run."""
    return every_fourth_clean(make_heldout14, seeds, n, pauses)
