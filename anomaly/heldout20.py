"""The twentieth held-out throughput family: a recommendation model's samples/s with its embeddings on a sharded
parameter server, pushed to a Prometheus Pushgateway every few steps and read back as ``avg_over_time``.

Written blind, this session: the author read only ``anomaly/traces.py`` (the ``Event``/``Trace`` interface and
scoring rule), the shared helpers (``anomaly/heldout_common.py``, ``tests/trace_checks.py``), the seventeenth
generator and its tests as a model of API, structure and tests, and the first lines of the eighteenth and
nineteenth generators' docstrings (to take another job and another collection path); never a detector, and never
ran a detector on these traces.

What is modelled
----------------
A DLRM-style click-through model is trained with PyTorch Lightning on ``N`` trainer nodes of 8 GPUs (1-4): the
dense towers under DDP on the GPUs, the sparse embedding tables on ``S`` CPU **parameter-server shards** (4-16)
that every trainer queries for its batch's ids and updates after the backward pass. A step waits for the slower
of the input pipeline (Parquet reads and feature hashing) and the model path: the parameter-server round trip,
overlapped with the dense compute by prefetching (a soft maximum), plus a fixed part (optimizer, the dense
all-reduce). The round trip is **gated by the slowest shard**: each shard's share of the lookups follows the
ids' popularity, so the hottest shard's load sets it. A Lightning callback on rank 0 pushes the gauge
``dlrm_train_samples_per_second`` (the samples of the last ``L`` steps over their wall time; ``L`` 10-200) to a
**Pushgateway** with ``push_to_gateway``; Prometheus scrapes the Pushgateway every 15 s, and the monitor's
poller reads, one point per ``dt`` (30, 60 or 120 s, aligned),

    avg_over_time(dlrm_train_samples_per_second{job="dlrm"}[<dt>s])

so a point is the mean of the 2-8 scraped values in its window; a window without samples reads 0. So:

* **stale series.** A Pushgateway never expires a group: every scrape returns the last pushed value. While
  training stops, nothing is pushed; in half the runs the value stays (a pause or a restart reads as a flat line
  at the last window's rate), in the others the callback deletes its group when training stops
  (``delete_from_gateway`` in ``on_train_epoch_end`` / teardown) and the pause reads 0; the points at a pause's
  edges mix the two. A push that times out (1-5 % of them) leaves the previous value to be scraped again;
* **pushes slower than scrapes.** Where ``L`` steps take longer than 15 s the same value is scraped twice or more.

Healthy behaviour (none of it labelled):

* **the slowest shard.** The data comes in daily partitions (a "day" is 150-450 points of training, followed by
  an evaluation on the next day's first hours); each day's id popularity moves the hottest shard's load (log-sd
  6-12 %), so where the parameter server binds the level steps at every day's boundary (unlisted);
* **shard snapshots (60 % of the runs).** Each shard writes an incremental snapshot every 15-40 min, one shard
  after another: during each (40-150 s) its lookups are slower, the round trip up to 1.3-2x (less with many
  shards), a periodic dip of a few percent;
* **restarts.** Spot preemptions of trainer nodes (Poisson, 0.6-1.8 per run): the trainers reload and resume where
  they stopped (the reader's offsets are checkpointed); the first steps are 1.3-2.5x slower (CUDA context, a
  cold id-to-row cache, 20-150 s) and the new hosts read and hash at other speeds (sd 6 %; a quarter of them
  on a slower instance type, 1.1-1.3x);
* a wander of the object store's read bandwidth (Ornstein-Uhlenbeck, sd 1-4 %, 15-90 min) on the input pipeline,
  the step's noise (Student-t, 4 degrees of freedom, 3-9 % per step) and rare stalls of 1-8 s;
* pauses: an evaluation at every day's end; every 2nd-4th day a checkpoint of the tables as well (1.7x longer);
  restarts (1.5x).

Planned level changes, **listed in ``changes``** (the first point after the span of the pause they follow):

* **world-size changes** at a restart (50 % of them): the job resumes on the spot nodes there are, one more or
  fewer, or twice or half as many (1-4); where the parameter server binds, the rate moves less than the nodes;
* **resharding** at a day's end (50 % of the runs): the tables spread over 1.5-2x as many shards, kept only where
  samples/s gains 8 % or more;
* **a doubled batch** at a day's end (45 %): kept only where it gains 8 % or more.

A regression changes the step's parts inside its window; the run's clock (steps, pauses, pushes, scrapes) stays
the healthy run's, so ``healthy`` (the same run without regressions) aligns point by point and equals ``values``
outside the events. No event holds a point of ``changes``.

Labelled regressions (their causes are a parameter-server job's)
----------------------------------------------------------------
* ``drop``: a shard host's NIC renegotiated at a lower speed (its lookups up to 4x, ramping in over 20-120 s,
  swinging 15 %: every trainer waits for it), a trainer node's reads throttled by the object store (the input
  pipeline up to 5x, until the next restart), or a restarted trainer whose id-to-row cache failed to load (every
  lookup remote, up to 6x; from a restart on as many nodes, onset inside its span); 150-1400 points or to the end;
* ``straggler``: a shard with long garbage-collection pauses (bursts of 5-60 s every 30-240 s, lookups up to 12x,
  6 % of that between them) or a hot-key storm from a viral item (bursts of 20-120 s every 60-300 s, up to 8x);
  80-500 points;
* ``leak``: a shard's optimizer state for new ids growing until it swaps (lookups up to 6x), a callback that
  registers a hook every step (the fixed part up to 15x), or the GPU allocator fragmenting (the dense compute up
  to 4x), each growing as ``r ** q`` of its ramp (``q`` 0.7-1.5) over 250-1800 points, then held 80-600 points.

Each trace with events holds every kind once, in a random order, and a fourth of a random kind in 40 % of them,
one per stretch from point 600 on. A regression's magnitude is set by bisection to a drawn noise-free loss (drops
8-33 %, stragglers 10-30 %, a leak 12-40 % over its plateau); about 35 % of the other onsets lie at the end of a
pause or inside it. An event is kept only when its measured depth is 7-35 %, its values lie below the healthy twin
on more than 60 % of its points, it holds no listed change, and it shows within 60 points (a leak: along its ramp).

Counts over ``heldout20_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     30      11    9          10    0.085-0.325  9               7-23 (233 spans, 0 >60)      3
long      30      10    9          11    0.084-0.323  16              32-118 (178 spans, 126 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end
are left out of the span ranges. Pause spans include restarts. ``changes`` (planned level changes the monitor
knows of): short 11 (5 world-size changes, 1 reshardings, 5 batch steps), long 10 (7 world-size changes, 2
reshardings, 1 batch steps). Measured at them (the healthy level's medians, 300 live points before, points
100-400 after): world-size changes 0.46-1.73x (12), reshardings 1.07-1.11x (3), batch steps 1.06-1.27x (6). The
day-to-day moves of the slowest shard, the snapshots, the new hosts after a restart onto as many nodes, the
warm-ups and the read-bandwidth wander are level changes the monitor is not told of. Over both sets: 12 runs keep
the group through pauses, 14 have shard snapshots; ``L`` 10 in 7 runs, 20 in 8, 50 in 5, 100 in 1, 200 in 3.
Generating both settings takes under a second.

Usage::

    from anomaly.heldout20 import heldout20_set
    for trace in heldout20_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import numpy as np

from anomaly.heldout_common import (apply_mods, bad_share, calibrate, cause_buckets, draw_regression,
                                    every_fourth_clean, family_trace, next_stretch, ou_path, restart_pause,
                                    rollup_build, seg_buckets, seg_columns, smax, span_len, twostate, wobble)
from anomaly.traces import Trace

HELDOUT20_SEEDS = tuple(range(202000, 202012))

_PAUSE = {"short": (6, 25, 8, 15), "long": (31, 120, 45, 80)}  # span (points) lo, hi; median lo, hi
_SCRAPE = 15.0  # Prometheus scrapes the Pushgateway every 15 s: one stored sample per scrape
_P_KIND = (0.36, 0.30, 0.34)


@dataclass
class _Job:
    """The step-cost model (seconds per step, per part, at ``N0`` nodes, batch ``B0`` and ``S0`` shards)."""

    inp: float  # the input pipeline per trainer (Parquet reads, feature hashing): per sample
    ps: float  # the parameter-server round trip: the hottest shard's share of all the trainers' lookups
    gpu: float  # the dense towers' compute
    fix: float  # the optimizer step and launches
    ar: float  # the dense all-reduce across nodes, per log2(GPUs)
    N0: float
    B0: float
    S0: float

    def parts(self, N, B, S, skew=1.0):
        """``(inp, ps, gpu, fix)`` per step on ``N`` nodes, per-GPU batch ``B``, ``S`` shards, hot-shard ``skew``."""
        b = np.asarray(B) / self.B0
        inp = self.inp * b
        ps = self.ps * (np.asarray(N) / self.N0) * b ** 0.85 * (self.S0 / np.asarray(S)) * skew
        gpu = self.gpu * b
        fix = self.fix + self.ar * np.log2(8.0 * np.asarray(N)) * (np.asarray(N) > 1)
        return inp, ps, gpu, fix + 0.0 * b

    def rate(self, N, B, S, skew=1.0) -> float:
        return float(np.mean(8 * N * B / _step(*self.parts(N, B, S, skew))))


def _step(inp, ps, gpu, fix):
    """Seconds per step: the input pipeline against the model path (lookups prefetched over the dense compute)."""
    return smax(inp, smax(ps, gpu) + fix)


@dataclass
class _Seg:
    """A stretch of training in one process, day, world size, batch and shard count."""

    t0: float
    t1: float
    ep: int
    proc: int
    N: int
    B: float
    S: float


@dataclass
class _Run:
    """The healthy run on the grid of 15-s scrapes (``K = n * k`` buckets)."""

    dt: float
    k: int
    n: int
    L: int  # steps per push
    hold: bool  # the group stays on the Pushgateway through pauses; else it is deleted when training stops
    train: np.ndarray
    inp: np.ndarray
    ps: np.ndarray
    gpu: np.ndarray
    fix: np.ndarray
    gmul: np.ndarray
    samples: np.ndarray  # samples per step, the whole job (8 N B)
    pushed: np.ndarray  # the bucket holds a push that arrived
    seg_b0: np.ndarray  # the first bucket of the bucket's segment
    scr_on: np.ndarray  # the scrape at the bucket's end falls in training
    sigma: np.ndarray
    z: np.ndarray
    stall: np.ndarray
    segs: list
    pauses_t: list  # (t0, t1, kind): "eval", "ckpt", "restart"
    restarts: list
    known_t: list
    known_kind: list  # "world", "reshard", "batch"
    snap: bool
    job: _Job | None = None


def _span_len(rng, setting: str, scale: float = 1.0) -> float:
    return span_len(rng, _PAUSE, setting, scale, 1.5, 2.5)


def _draw_job(rng, N0: float, B0: float, S0: float) -> _Job:
    """A job whose step takes 0.04-0.5 s; the parameter server at 50-140 % of the dense path, the input pipeline
    at 40-110 %."""
    s = np.exp(rng.uniform(np.log(0.04), np.log(0.5)))
    sh = np.array([rng.uniform(0.4, 0.7), rng.uniform(0.1, 0.25)])
    sh /= sh.sum() / 0.9
    return _Job(inp=rng.uniform(0.4, 1.1) * s, ps=rng.uniform(0.5, 1.4) * s * sh[0], gpu=sh[0] * s, fix=sh[1] * s,
                ar=rng.uniform(0.01, 0.04) * s / 6, N0=N0, B0=B0, S0=S0)


def _schedule(rng, n: int, setting: str) -> _Run:
    dt = float(rng.choice([30.0, 60.0, 120.0], p=[0.4, 0.4, 0.2]))
    k = int(dt / _SCRAPE)
    T = n * dt
    K = n * k
    N = int(rng.choice([1, 2, 3, 4], p=[0.2, 0.35, 0.15, 0.3]))
    B = float(rng.choice([1024.0, 2048.0, 4096.0]))
    S = float(rng.choice([4, 6, 8, 12, 16]))
    job = _draw_job(rng, N, B, S)
    hold = rng.random() < 0.5
    snap = rng.random() < 0.6
    day_pts = rng.uniform(150, 450)
    est = max(2, int(n / (day_pts * 1.25)))
    sh_ep = int(rng.integers(1, max(2, int(0.7 * est) + 1))) if rng.random() < 0.5 else -1
    bat_ep = int(rng.integers(1, max(2, int(0.7 * est) + 1))) if rng.random() < 0.45 else -1
    if bat_ep == sh_ep:
        bat_ep = -1
    S_new = float(np.round(S * rng.uniform(1.5, 2.0)))
    if sh_ep > 0 and job.rate(N, B, S_new) < 1.08 * job.rate(N, B, S):
        sh_ep = -1
    S_b = S_new if 0 < sh_ep < bat_ep else S
    if bat_ep > 0 and job.rate(N, 2 * B, S_b) < 1.08 * job.rate(N, B, S_b):
        bat_ep = -1
    ck_every = int(rng.integers(2, 5))
    n_re = int(rng.poisson(rng.uniform(0.6, 1.8)))
    re_t = sorted(rng.uniform(0.05, 0.92, n_re) * T)

    segs, pauses_t, restarts, known_t, known_kind = [], [], [], [], []
    t, ep, proc, left = 0.0, 0, 0, day_pts * dt
    while t < T + dt:
        which, run = next_stretch(rng, re_t, 0, t, left, np.inf, 0, dt)
        segs.append(_Seg(t, t + run, ep, proc, N, B, S))
        t += run
        left -= run
        if which == 2:  # a spot preemption: the trainers resume at the reader's checkpointed offsets
            re_t.pop(0)
            dur = (_span_len(rng, setting, 1.5) - 1.0) * dt
            old = N
            if rng.random() < 0.5:
                N = int(rng.choice(sorted({x for x in (old - 1, old + 1, 2 * old, old // 2) if 1 <= x <= 4})))
            t = restart_pause(t, dur, N == old, pauses_t, restarts, known_t, known_kind)
            proc += 1
            left = max(left, 4 * dt)
            while re_t and re_t[0] < t + 900:
                re_t.pop(0)
        else:  # the day's partition is done: evaluation, every ck_every-th day a checkpoint of the tables too
            ck = (ep + 1) % ck_every == 0
            dur = (_span_len(rng, setting, 1.7 if ck else 1.0) - 1.0) * dt
            pauses_t.append((t, t + dur, "ckpt" if ck else "eval"))
            t += dur
            ep += 1
            left = day_pts * dt * np.exp(rng.normal(0, 0.15))
            if ep == sh_ep:
                S = S_new
                known_t.append(t)
                known_kind.append("reshard")
            if ep == bat_ep:
                B *= 2
                known_t.append(t)
                known_kind.append("batch")

    tb, train, seg_of = seg_buckets(segs, K, _SCRAPE)
    on, (Nb, Bb, Sb, pb, eb) = seg_columns(segs, seg_of, "N", "B", "S", "proc", "ep")
    skew_d = np.exp(rng.normal(0, rng.uniform(0.06, 0.12), ep + 2))  # each day's hottest shard
    skew = skew_d[eb]
    if snap:  # shard snapshots one after another: a slow phase every period / S
        per, dur, f = rng.uniform(900, 2400), rng.uniform(40, 150), rng.uniform(1.3, 2.0)
        ph = (tb + rng.uniform(0, per)) % (per / Sb)
        skew = skew * np.where(ph < dur, 1 + (f - 1) / np.maximum(1.0, 0.5 * Sb / 4), 1.0)
    inp, ps, gpu, fix = job.parts(Nb, Bb, Sb, skew)
    tc = np.cumsum(train)
    first_proc = {}
    for s in segs:
        first_proc.setdefault(s.proc, s.t0)
    tcs = np.concatenate([[0.0], tc])
    tbe = np.concatenate([tb, [K * _SCRAPE]])
    proc_c = np.array([np.interp(first_proc.get(x, 0.0), tbe, tcs) for x in range(proc + 1)])
    since = np.maximum(tc - proc_c[pb], 0)
    hw = np.exp(rng.normal(0, 0.06, proc + 1)) * np.where(rng.random(proc + 1) < 0.25,
                                                         rng.uniform(1.1, 1.3, proc + 1), 1.0)
    inp = inp * hw[pb] * np.exp(ou_path(rng, T, rng.uniform(0.01, 0.04), rng.uniform(900, 5400))[(tb / 60).astype(int)])
    w0, tau_w = rng.uniform(0.3, 1.5), rng.uniform(20, 150)
    gmul = 1 + w0 * np.exp(-since / tau_w)
    for arr in (inp, ps, gpu, fix, gmul):
        arr[~on] = 1.0
    step0 = _step(inp, ps, gpu, fix) * gmul

    med = float(np.median(step0[on]))
    opts = np.array([10, 20, 50, 100, 200])
    wts = np.array([0.2, 0.25, 0.3, 0.15, 0.1]) * (opts * med <= 45.0)
    L = int(rng.choice(opts, p=wts / wts.sum())) if wts.sum() > 0 else 10
    W = L * step0
    pushed = np.zeros(K, bool)
    seg_b0 = np.zeros(K, int)
    for s in segs:  # pushes every W seconds of training from each resume on
        b0, b1 = int(s.t0 // _SCRAPE), min(K, int(np.ceil(s.t1 / _SCRAPE)))
        if b0 >= K:
            break
        w = float(np.median(W[b0:b1])) if b1 > b0 else L * med
        lo_t = np.maximum(tb[b0:b1], s.t0)
        hi_t = np.minimum(tb[b0:b1] + _SCRAPE, s.t1)
        n_hi, n_lo = np.floor((hi_t - s.t0) / w), np.floor((lo_t - s.t0) / w)
        pushed[b0:b1] |= (n_hi > n_lo) & (n_hi >= 1)
        seg_b0[b0:b1] = b0
    pushed &= rng.random(K) >= rng.uniform(0.01, 0.05)  # a push that timed out
    ends = tb + _SCRAPE
    scr_on = np.zeros(K, bool)
    for s in segs:
        b0, b1 = int(s.t0 // _SCRAPE), min(K, int(np.ceil(s.t1 / _SCRAPE)) + 1)
        scr_on[b0:b1] |= (ends[b0:b1] > s.t0) & (ends[b0:b1] <= s.t1)
    sig = rng.uniform(0.03, 0.09)
    sigma = np.full(K, sig / np.sqrt(L))
    z = np.clip(rng.standard_t(4, K), -6, 6)
    st = np.where(rng.random(K) < _SCRAPE / rng.uniform(300, 1200), np.exp(rng.uniform(0, np.log(8.0), K)), 0.0)
    stall = np.where(on & (rng.random(K) < np.minimum(1.0, W / _SCRAPE + 0.1)), st, 0.0)
    return _Run(dt=dt, k=k, n=n, L=L, hold=hold, train=train, inp=inp, ps=ps, gpu=gpu, fix=fix, gmul=gmul,
                samples=8 * Nb * Bb, pushed=pushed, seg_b0=seg_b0, scr_on=scr_on, sigma=sigma, z=z, stall=stall,
                segs=segs, pauses_t=pauses_t, restarts=restarts, known_t=known_t, known_kind=known_kind, snap=snap,
                job=job)


@dataclass
class _Mod:
    """A regression: multipliers of the step's parts over scrape buckets ``[b0, b1)``."""

    b0: int
    b1: int
    inp: np.ndarray | float = 1.0
    ps: np.ndarray | float = 1.0
    gpu: np.ndarray | float = 1.0
    fix: np.ndarray | float = 1.0


def _steps(run: _Run, mods, b0: int, b1: int) -> np.ndarray:
    return _step(*apply_mods(run, mods, b0, b1, ("inp", "ps", "gpu", "fix"))) * run.gmul[b0:b1]


def _rates(run: _Run, mods, b0: int, b1: int) -> np.ndarray:
    """The job's noise-free samples/s in each bucket of ``[b0, b1)``."""
    return run.samples[b0:b1] / _steps(run, mods, b0, b1)


def _series(run: _Run, mods=()) -> np.ndarray:
    """``avg_over_time(dlrm_train_samples_per_second[<dt>s])``: per point the mean of the scraped values (the last
    push before each scrape; none where the group was deleted or nothing was pushed yet), 0 where none."""
    K = run.n * run.k
    W = run.L * _steps(run, mods, 0, K)
    val = run.samples * run.L / (W * np.exp(run.sigma * run.z) + run.stall)
    idx = np.where(run.pushed, np.arange(K), -1)
    np.maximum.accumulate(idx, out=idx)
    ok = idx >= 0
    if not run.hold:  # the group is deleted when training stops: only this segment's pushes, scraped in training
        ok &= run.scr_on & (idx >= run.seg_b0)
    v = np.where(ok, val[np.maximum(idx, 0)], np.nan).reshape(run.n, run.k)
    cnt = np.isfinite(v).sum(-1)
    tot = np.where(np.isfinite(v), v, 0.0).sum(-1)
    return np.round(tot / np.maximum(cnt, 1), 2)


_CAUSES = {"drop": ("nic", "throttle", "nocache"), "straggler": ("gc", "hotkey"), "leak": ("optstate", "hooks", "frag")}


def _cause(rng, run: _Run, kind: str, name: str, t0: float, t1: float, tr: float):
    """``(mod_of(A), A_max, t1)`` of the regression ``name`` over ``[t0, t1)`` (a leak ramps until ``tr``); a
    trainer-side fault ends at the next restart."""
    t1, b0, b1 = cause_buckets(run, t0, t1, _SCRAPE, name in ("throttle", "nocache", "hooks", "frag"))
    tb = np.arange(b0, b1) * _SCRAPE
    x = np.maximum(tb - t0, 0)
    if name == "nic":  # a shard host's NIC at a lower speed: every trainer waits for that shard
        w = wobble(rng, x, 0.15, 900)
        return (lambda A: _Mod(b0, b1, ps=1 + A * w)), 3.0, t1
    if name == "throttle":  # the object store throttles one trainer's reads
        w = np.minimum(1, x / rng.uniform(20, 120))
        return (lambda A: _Mod(b0, b1, inp=1 + A * w)), 4.0, t1
    if name == "nocache":  # the restarted trainer's id-to-row cache failed to load: every lookup remote
        return (lambda A: _Mod(b0, b1, ps=np.full(b1 - b0, 1 + A))), 5.0, t1
    if name in ("gc", "hotkey"):  # bursts on one shard: GC pauses, or a viral item's hot keys
        bm, gm, amax, base = ((5, 60), (30, 240), 11.0, 0.06) if name == "gc" else ((20, 120), (60, 300), 7.0, 0.05)
        bad = bad_share(twostate(rng, t0, t1, rng.uniform(*bm), rng.uniform(*gm), 1e6), tb, _SCRAPE)
        g = np.exp(rng.normal(0, 0.3, b1 - b0))
        f = bad * g + base * (1 - bad)
        return (lambda A: _Mod(b0, b1, ps=1 + A * f)), amax, t1
    r = np.clip(x / max(tr - t0, 1e-9), 0, 1) ** rng.uniform(0.7, 1.5)
    if name == "optstate":  # a shard's optimizer state for new ids grows until the host swaps
        return (lambda A: _Mod(b0, b1, ps=1 + A * r)), 5.0, t1
    if name == "hooks":  # a callback registers a hook every step and never removes it
        return (lambda A: _Mod(b0, b1, fix=1 + A * r)), 14.0, t1
    return (lambda A: _Mod(b0, b1, gpu=1 + A * r)), 3.0, t1  # the GPU allocator fragments


def _draw_event(rng, run: _Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` with onset in ``[lo, hi)``: an ``(Event, _Mod)`` pair, or None."""
    return draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=_P_KIND, causes=_CAUSES,
                           cause=_cause,
                           calib=lambda mod_of, a, tgt, b0, b1: calibrate(lambda m: _rates(run, m, b0, b1), mod_of,
                                                                          a, tgt, run.train[b0:b1] > 0),
                           series=lambda mod, lo, b1: (_series(run, [mod]), 0),
                           width=_SCRAPE, restart_cause="nocache", p_pause=0.35, max_depth=0.35, stop_at_end=True)


def _build(seed: int, n: int, pauses: str):
    """The healthy run of ``seed``: ``(run, healthy series, pause spans, live mask, changes)``."""
    return rollup_build(_schedule, _series, seed, n, pauses, 201)


def make_heldout20(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One recommendation job's samples/s (pushed to a Pushgateway, scraped, ``avg_over_time`` per point) with
    labelled regressions and its planned level changes (deterministic in ``seed``).

    Parameters
    ----------
    seed : random seed.
    n : number of points (>= 2000).
    pauses : ``"short"`` (pauses of 6-25 points) or ``"long"`` (31-120 points, many over 60).
    n_events : number of regressions to place; ``0`` gives a clean run, ``None`` draws 3 or 4.
    """
    return family_trace(_build, _draw_event, _series, _P_KIND, seed, n, pauses, n_events, 202,
                        lambda run: 1_819_999_920.0 + 86400.0 * (seed % 89) + run.dt * np.arange(n))


def heldout20_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT20_SEEDS) -> list[Trace]:
    """The family's traces, one per seed; every fourth trace is a clean run."""
    return every_fourth_clean(make_heldout20, seeds, n, pauses)
