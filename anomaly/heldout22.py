"""The twenty-second held-out throughput family: a video model's clips/s, counted by each node and sent to Amazon
CloudWatch with ``PutMetricData`` about once a minute, read back per period as ``SUM(SEARCH(...)) / PERIOD``.

Written blind, this session: the author read only ``anomaly/traces.py`` (meant: the ``Event``/``Trace`` interface
and the scoring rule; the whole file was printed, its base generator with it), the shared helpers
(``anomaly/heldout_common.py``, ``tests/trace_checks.py``), the twenty-first generator and its tests as a model of
API, structure and tests, and the first 15 lines of the docstrings of generators 3-20 (to take another job and
another collection path); never a detector, and never ran a detector on these traces.

Size: over 500 lines because the docstring (its table and the measured counts the tests check) is a third of it.

What is modelled
----------------
A video transformer (a ViT on 16-frame clips at 224 px, VideoMAE-style fine-tuning for action recognition, with an
EMA copy of its weights) is trained with PyTorch Lightning and DDP on ``N`` EC2 instances of 8 GPUs (2-8 at the
start), ``b`` clips per GPU and step (4, 8, 12 or 16). The videos (short user clips, 1080p HEVC, long-form
recordings) live on an FSx for Lustre file system linked to S3; each GPU's loader workers read a video, seek to a
keyframe and decode the clip's span on the CPU (PyAV), then crop and augment it. A step waits for the slower of the
loader's supply (a node-step's clips over the node's decode throughput, or the reads where the file system binds)
and the GPU path (forward and backward, the optimizer and EMA update, the all-reduce over EFA) -- a soft maximum;
a run is decode-bound, GPU-bound or near the balance (the decoders' supply 50-160 % of the GPU path, a step of
0.3-1.5 s at the start). All nodes step together. Each node's rank 0 counts the clips it trained, in whole steps
(``8 b m`` at a time), and a publisher thread sends the count since its last send as ``PutMetricData(clips,
Unit=Count, Dimensions=[Job, Host])``:

* in half the runs on a **drifting loop** (``sleep(60)`` after each send: 60 s plus its own work, 0.05-0.4 s, and
  now and then a GIL wait of 0.5-5 s), stamped with the send's time; in the others **aligned** to the minute (sent
  0.2-3 s after it) and stamped with the minute it covers;
* the poller reads each period of ``dt`` (60, 120 or 180 s, aligned) once, 60-240 s after it closes:
  ``FILL(SUM(SEARCH('{Train,Job,Host} clips', 'Sum', <dt>)), 0) / <dt>``; a period with no data reads 0.

So:

* **the sends' beat.** A period holds ``N dt / 60`` sends; a drifting node's send skips a period now and then (a
  point ``1 / (N dt / 60)`` low, its sends a little over 60 s each); an aligned send stamps the minute before it,
  with the clips of the 0.2-3 s after that minute;
* **API brown-outs** (Poisson 0.3-2.5 a run, 2-30 min each): a send fails after its retries with probability
  0.2-0.9; in half the runs the failed count is carried into the next send (a point low, a later one high), in the
  others it is dropped; sends that get through are ingested 1-7 min late on average and miss the poller's read;
* **duplicates**: a retried send whose first try was accepted counts twice (0.02-0.2 % of the sends, 20 times that
  in a brown-out: a point one node's share high);
* **whole steps**: a send holds whole steps of ``8 b m`` clips (about 40-200 steps a send); a restart loses the clips a
  node counted after its last send;
* pauses read 0 inside: no clips are counted while the job validates or checkpoints, and nothing is sent while it
  is down.

Healthy behaviour (none of it labelled):

* **the source mix**: the shards are shuffled, so the decode cost per clip wanders (Ornstein-Uhlenbeck, log-sd
  2-6 %, 20-120 min); where the decoders bind, the rate moves with it;
* **validation** at each epoch's end, every 150-450 points of training (multi-clip, multi-crop), every 2nd-4th one
  with a checkpoint as well (1.5x longer); where the loader workers are not persistent (about half the runs) they
  are forked again after each validation and the first batches wait for them (the decode 2-5x slower, decaying over
  8-40 s); the first epoch's files come from S3 (FSx's lazy load) in half the runs (the reads 1.5-3x slower), and
  the file system's load from other jobs follows the day (the reads up to 1.5x slower): level moves where the reads
  bind;
* **node failures** (health checks, Xid errors; Poisson 0.5-2 a run; 1.5x a pause): the job resumes from its
  checkpoint on a replacement node (its slowest GPU 3 % faster or slower: unlisted level steps), the first minutes
  slower (torch.compile and cuDNN autotuning: 1.5-3x, decaying over 30-150 s); the same warm-up at the run's start;
* the step's noise (Student-t, 3 degrees of freedom, 3-8 % per step), rare stalls of 0.5-3 s and a logged grid of
  sample predictions (videos) of 2-10 s every 10-30 min of training: a rhythm of small dips.

Planned level changes, **listed in ``changes``** (the first point after the span of the pause they follow), each
made only where it moves the rate by 10 % or more on the source mix after it and the level seen 8 % or more:

* **node-count changes** at a restart (tried at half of them): the job resumes on 1-2 nodes more or fewer (or twice
  as many) as capacity comes or goes;
* **multigrid phase switches** (30 % of the runs, every 5-11 validations): the long cycle of a multigrid schedule
  moves to its next clip shape, ``m`` = 4, 2, 1 and round again, with ``m`` times the clips per step (each decoding
  ``m ** -0.3`` of the frames) for about the same GPU work: the rate moves about ``m`` times where the GPUs bind,
  ``m ** 0.3`` where the decoders do;
* **decoder switches** at a validation's end (tried in 35 % of the runs): the loader moves to hardware decoding
  (DALI, NVDEC: the decode 2-4x faster, the GPU's work 4-15 % more), kept only where the rate goes up.

A regression changes the step's parts inside its window; the run's clock (steps, pauses, sends) stays the healthy
run's, so ``healthy`` (the same run without regressions) aligns point by point and equals ``values`` outside the
events (a send's count changes only where its interval overlaps a regression). No event holds a point of
``changes``.

Labelled regressions (their causes are a video job's)
-----------------------------------------------------
* ``drop``: a refreshed shard set re-encoded to AV1 / 10-bit HEVC, rolling in over 2-15 min as the workers reach it
  (the decode up to 4x); the file system's burst credits running out (the reads throttled, up to 9x, swinging
  10 %); or a replaced node without its EFA provider, NCCL falling back to TCP sockets (the all-reduce up to 31x;
  from a restart onto as many nodes, until the next one); 150-1400 points or to the end;
* ``straggler``: a host process eating a node's decode cores in bursts of 30-240 s every 60-600 s (the decode up
  to 5x, 5 % of that between them), or EFA link flaps, bursts of 10-90 s every 60-400 s (the all-reduce up to
  41x); 80-500 points;
* ``leak``: the workers' decoded-frame segments left in ``/dev/shm`` until the node swaps (the decode up to 5x; it
  outlives a restart), a per-file keyframe index that grows and is scanned every batch (the fixed part up to 26x),
  or the caching allocator fragmenting under the variable clip shapes (the GPU's work up to 4x), each growing as
  ``r ** q`` of its ramp (``q`` 0.7-1.5) over 250-1800 points, then held 80-600 points; the index and the
  allocator end at the next restart.

Each trace with events holds every kind once, in a random order, and a fourth of a random kind in 40 % of them,
one per stretch from point 600 on. A regression's magnitude is set by bisection to a drawn noise-free loss (drops
8-33 %, stragglers 10-30 %, a leak 12-40 % over its plateau); about 35 % of the other onsets lie at the end of a
pause or inside it. An event is kept only when its measured depth is 7-35 %, its values lie below the healthy twin
on more than 60 % of its points, it holds no listed change, and it shows within 60 points (a leak: along its ramp).
A fault on the side that does not bind needs a large magnitude to show, and is redrawn where even its largest
does not.

Counts over ``heldout22_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     32      9     13         10    0.076-0.316  18              7-22 (290 spans, 0 >60)      3
long      32      11    11         10    0.086-0.328  16              34-116 (217 spans, 138 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are
left out of the span ranges. Pause spans include restarts. ``changes`` (planned level changes the monitor knows of):
short 30 (6 node-count changes, 21 multigrid phase switches, 3 decoder switches), long 18 (10 node-count changes, 8
multigrid phase switches, 0 decoder switches). Measured at them (the healthy level's medians, 300 live points
before, points 100-400 after): node-count changes 0.52-2.07x (14), multigrid phase switches 0.52-3.62x (28), decoder
switches 1.10-2.57x (3). The source mix, the replaced nodes, the warm-ups, the workers' forks, the lazy load and the
file system's day are level changes the monitor is not told of. Over both sets: ``dt`` 60 s in 12 runs, 120 s in 9,
180 s in 3; 11 of the 24 runs send on a drifting loop, 13 carry a failed count, 15 keep their loader workers; 27
restarts (11 onto as many nodes); 0-278 sends lost per run (at most 0.6 %), 3-162 counted twice. Generating both
settings takes about 3 s.

Usage::

    from anomaly.heldout22 import heldout22_set
    for trace in heldout22_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from anomaly.heldout_common import (apply_mods, bad_share, calibrate, cause_buckets, draw_regression,
                                    every_fourth_clean, family_trace, next_stretch, ou_path, restart_pause,
                                    rollup_build, seg_buckets, seg_columns, smax, span_len, twostate, wobble)
from anomaly.traces import Trace

HELDOUT22_SEEDS = tuple(range(222000, 222012))

_PAUSE = {"short": (6, 24, 8, 15), "long": (33, 118, 44, 80)}  # span (points) lo, hi; median lo, hi
_W = 5.0  # the simulation grid: 5-s buckets
_MG = (4, 2, 1)  # the multigrid long cycle: clips per step (and per-clip shape) scale of its phases
_P_KIND = (0.34, 0.33, 0.33)
_MIN_MOVE = 0.1  # a planned change is made only where it moves the rate by 10 % or more


@dataclass
class _Job:
    """A node-step's parts (seconds) at ``b`` clips per GPU, the multigrid scale ``m`` and the decoder ``nv``."""

    b: int  # clips per GPU per step at the base shape
    dec: float  # the node's CPU decoders' time to supply one node-step (PyAV, at the reference source mix)
    io: float  # reading the node-step's video bytes from FSx (after its lazy load from S3)
    gpu: float  # forward and backward of the video transformer
    fix: float  # the optimizer step and the EMA update of the weights
    ar: float  # the gradient all-reduce over EFA, per (1 + log2(N) / 2)
    nvf: float  # the hardware decoder's (NVDEC) speed-up of the decode
    nvg: float  # the GPU's extra work with NVDEC (resize, crop and augment on the GPU)

    def clips(self, N, m):
        """Clips per (global) step."""
        return 8.0 * self.b * np.asarray(m) * np.asarray(N)

    def parts(self, N, m, nv):
        """``(dec, io, gpu, fix, ar)``: a smaller clip shape (``m`` > 1) takes ``m`` times the clips per step, each
        decoding ``m ** -0.3`` of the frames, for about the same GPU work per step."""
        m, nv = np.asarray(m, float), np.asarray(nv, bool)
        dec = self.dec * m ** 0.7 / np.where(nv, self.nvf, 1.0)
        gpu = self.gpu * m ** 0.08 * np.where(nv, self.nvg, 1.0)
        ar = self.ar * (1 + 0.5 * np.log2(np.asarray(N, float)))
        return dec, self.io * m ** 0.7 + 0.0 * dec, gpu, self.fix + 0.0 * gpu, ar

    def rate(self, N, m, nv, mix=1.0) -> float:
        dec, io, gpu, fix, ar = self.parts(N, m, nv)
        return float(np.mean(self.clips(N, m) / _step(dec * mix, io, gpu, fix, ar, 1.0)))


def _step(dec, io, gpu, fix, ar, gm):
    """Seconds per step: the loader's supply (decode or reads, overlapped) against the GPU path (``gm`` its
    warm-up: torch.compile and cuDNN autotuning after a (re)start)."""
    return smax(smax(dec, io), (gpu + fix + ar) * gm)


@dataclass
class _Seg:
    """A stretch of training in one process with one configuration."""

    t0: float
    t1: float
    ev: int  # validations done before it
    proc: int
    N: int
    m: int
    nv: bool


@dataclass
class _Run:
    """The healthy run on the grid of 5-s buckets (``K = n * k``) and the nodes' sends."""

    dt: float
    k: int
    n: int
    N0: int
    mode: str  # the publisher: "drift" (sleep(60) after each send) or "aligned" (at each minute)
    carry: bool  # a failed send's count is carried into the next one (else dropped)
    persistent: bool  # persistent loader workers (else they are forked again after every validation)
    train: np.ndarray
    dec: np.ndarray
    io: np.ndarray
    gpu: np.ndarray
    fix: np.ndarray
    ar: np.ndarray
    gmul: np.ndarray
    cps: np.ndarray  # clips per step
    nodes: np.ndarray
    eff: np.ndarray  # effective training seconds (less stalls)
    noise: np.ndarray
    fr_h: np.ndarray  # the healthy run's clips per bucket
    edges: np.ndarray
    pub_t: np.ndarray  # the sends the poller saw: the counter read, the previous cut, the point, weight (2: dup)
    pub_p: np.ndarray
    pub_win: np.ndarray
    pub_w: np.ndarray
    pub_h: np.ndarray  # the healthy count of each send (whole steps)
    segs: list
    pauses_t: list  # (t0, t1, kind): "eval", "ckpt", "restart"
    restarts: list
    known_t: list
    known_kind: list  # "nodes", "multigrid", "decoder"
    mix: np.ndarray  # log decode cost per clip (the source mix) on a 60-s grid
    brownouts: list
    sent: int  # sends tried
    lost: int  # sends lost (failed, or late for the poller)
    dups: int
    job: _Job | None = None


def _span_len(rng, setting: str, scale: float = 1.0) -> float:
    return span_len(rng, _PAUSE, setting, scale, 1.5, 2.5)


def _draw_job(rng, N: int, b: int) -> _Job:
    """A step of 0.3-1.5 s at the start; the decoders' supply 50-160 % of the GPU path."""
    s = np.exp(rng.uniform(np.log(0.3), np.log(1.5)))
    gpu, fix, ar = rng.uniform(0.65, 0.8) * s, rng.uniform(0.04, 0.1) * s, rng.uniform(0.02, 0.06) * s
    lpath = gpu + fix + ar * (1 + 0.5 * np.log2(N))
    dec = lpath * np.exp(rng.uniform(np.log(0.5), np.log(1.6)))
    return _Job(b=b, dec=dec, io=lpath * rng.uniform(0.1, 0.4), gpu=gpu, fix=fix, ar=ar,
                nvf=rng.uniform(2.0, 4.0), nvg=rng.uniform(1.04, 1.15))


def _level(job: _Job, mix, N, m, nv, t0: float, t1: float) -> float:
    """The noise-free rate's median over ``[t0, t1)`` (warm, on the source mix of that time)."""
    i0 = min(int(max(t0, 0) // 60), len(mix) - 1)
    i1 = max(min(int(t1 // 60), len(mix)), i0 + 1)
    dec, io, gpu, fix, ar = job.parts(N, m, nv)
    return float(np.median(job.clips(N, m) / _step(dec * np.exp(mix[i0:i1]), io, gpu, fix, ar, 1.0)))


def _moves(job, mix, old, new, t: float, dt: float) -> bool:
    """The configuration ``new`` moves the rate by ``_MIN_MOVE`` or more on the source mix after ``t``, and the
    level seen (300 points before against points 100-400 after) moves 8 % or more the same way."""
    after = _level(job, mix, *new, t + 100 * dt, t + 400 * dt)
    own = np.log(after / _level(job, mix, *old, t + 100 * dt, t + 400 * dt))
    seen = np.log(after / _level(job, mix, *old, t - 300 * dt, t))
    return abs(own) >= _MIN_MOVE and own * seen > 0 and abs(seen) >= 0.08


def _sends(rng, run_mode: str, s0: float, s1: float, T: float):
    """One node's publisher in one process: ``(counter read times, timestamps)`` of its sends in ``(s0, s1)``."""
    m = int((min(s1, T) - s0) / 60.0) + 3
    if run_mode == "drift":  # sleep(60) after each send: 60 s plus its own work, now and then a GIL wait
        per = 60.0 + rng.uniform(0.05, 0.4) + rng.exponential(0.02, m)
        per += np.where(rng.random(m) < 0.01, rng.uniform(0.5, 5.0, m), 0.0)
        x = s0 + np.cumsum(per)
        ts = x
    else:  # at each minute (plus 0.2-3 s), stamped with the minute it covers
        x = (np.floor(s0 / 60.0) + 1 + np.arange(m)) * 60.0 + rng.uniform(0.2, 3.0) + rng.exponential(0.05, m)
        ts = (np.floor(x / 60.0) - 1) * 60.0
    keep = x < min(s1, T)
    return x[keep], ts[keep]


def _schedule(rng, n: int, setting: str) -> _Run:
    dt = float(rng.choice([60.0, 120.0, 180.0], p=[0.55, 0.3, 0.15]))
    k = int(dt / _W)
    T, K = n * dt, n * k
    N = int(rng.choice([2, 3, 4, 6, 8], p=[0.2, 0.15, 0.3, 0.15, 0.2]))
    N0 = N
    job = _draw_job(rng, N, int(rng.choice([4, 8, 12, 16])))
    mix = ou_path(rng, T, rng.uniform(0.02, 0.06), rng.uniform(1200, 7200))
    iv_pts = rng.uniform(150, 450)
    est = max(2, int(n / (iv_pts * 1.25)))
    mg = rng.random() < 0.3
    mg_ev = int(rng.integers(5, 12))
    ph = int(rng.integers(0, 3)) if mg else 2
    m, nv = _MG[ph], False
    nv_ev = int(rng.integers(1, max(2, int(0.7 * est) + 1))) if rng.random() < 0.35 else -1
    ck_every = int(rng.integers(2, 5))
    n_re = int(rng.poisson(rng.uniform(0.5, 2.0)))
    re_t = sorted(rng.uniform(0.05, 0.92, n_re) * T)

    segs, pauses_t, restarts, known_t, known_kind = [], [], [], [], []
    t, ev, proc, left = 0.0, 0, 0, iv_pts * dt
    while t < T + dt:
        which, run = next_stretch(rng, re_t, 0, t, left, np.inf, 0, dt)
        segs.append(_Seg(t, t + run, ev, proc, N, m, nv))
        t += run
        left -= run
        if which == 2:  # a node fails its health checks: the job resumes from its checkpoint on a replacement
            re_t.pop(0)
            dur = (_span_len(rng, setting, 1.5) - 1.0) * dt
            old = N
            if rng.random() < 0.5 and t + dur + 400 * dt < T:  # capacity came (or went): more or fewer nodes
                new = int(rng.choice([x for x in (N - 2, N - 1, N + 1, N + 2, 2 * N) if 2 <= x <= 12]))
                if _moves(job, mix, (N, m, nv), (new, m, nv), t + dur, dt):
                    N = new
            t = restart_pause(t, dur, N == old, pauses_t, restarts, known_t, known_kind)
            if N != old:
                known_kind[-1] = "nodes"
            proc += 1
            left = max(left, 4 * dt)
            while re_t and re_t[0] < t + 900:
                re_t.pop(0)
        else:  # the epoch ends: validation (multi-clip, multi-crop); every ck_every-th a checkpoint as well
            ck = (ev + 1) % ck_every == 0
            dur = (_span_len(rng, setting, 1.5 if ck else 1.0) - 1.0) * dt
            pauses_t.append((t, t + dur, "ckpt" if ck else "eval"))
            t += dur
            ev += 1
            left = iv_pts * dt * np.exp(rng.normal(0, 0.1))
            if t + 400 * dt >= T:
                continue
            if mg and ev % mg_ev == 0:  # the multigrid long cycle moves to its next phase
                nm = _MG[(_MG.index(m) + 1) % 3]
                if _moves(job, mix, (N, m, nv), (N, nm, nv), t, dt):
                    m = nm
                    known_t.append(t)
                    known_kind.append("multigrid")
            elif ev == nv_ev and not nv:  # the loader moves to hardware decoding (DALI, NVDEC) where that pays
                if _moves(job, mix, (N, m, nv), (N, m, True), t, dt) and job.rate(N, m, True) > job.rate(N, m, False):
                    nv = True
                    known_t.append(t)
                    known_kind.append("decoder")

    tb, train, seg_of = seg_buckets(segs, K, _W)
    on, (Nb, mb, nvb, pb, evb) = seg_columns(segs, seg_of, "N", "m", "nv", "proc", "ev")
    t0b = np.array([s.t0 for s in segs])[np.maximum(seg_of, 0)]
    dec, io, gpu, fix, ar = job.parts(Nb, mb, nvb)
    dec = dec * np.exp(mix[(tb / 60).astype(int)])
    persistent = bool(rng.random() < 0.5)
    tc = np.cumsum(train)
    first = {}
    for i in np.nonzero(on)[0][np.r_[True, np.diff(pb[on]) != 0]]:
        first[int(pb[i])] = tc[i] - train[i]
    since = np.maximum(tc - np.array([first.get(int(p), 0.0) for p in range(proc + 1)])[pb], 0)
    # loader workers forked at each epoch's start (or each process's): the first batches wait for them
    spin_from = since if persistent else np.maximum(tb - t0b, 0)
    dec = dec * (1 + rng.uniform(1.0, 4.0) * np.exp(-spin_from / rng.uniform(8, 40)))
    lazy = rng.uniform(1.5, 3.0) if rng.random() < 0.5 else 1.0  # the first epoch's files come from S3
    io = io * np.where(evb == 0, lazy, 1.0)
    io = io * np.exp(rng.uniform(0, 0.4) * np.maximum(0, np.sin(2 * np.pi * tb / 86400 + rng.uniform(0, 6.3))))
    gpu = gpu * np.exp(rng.normal(0, 0.03, proc + 1))[pb]  # a replaced node: the slowest GPU a little different
    gmul = 1 + rng.uniform(0.5, 2.0) * np.exp(-since / rng.uniform(30, 150))
    for arr in (dec, io, gpu, fix, ar, gmul):
        arr[~on] = 1.0
    step0 = _step(dec, io, gpu, fix, ar, gmul)
    med = float(np.median(step0[on]))
    sigma = rng.uniform(0.03, 0.08) / np.sqrt(max(1.0, _W / med))
    noise = np.exp(sigma * np.clip(rng.standard_t(3, K), -6, 6))
    stall = np.where(rng.random(K) < _W / rng.uniform(300, 1200), rng.uniform(0.5, 3.0, K), 0.0)
    p_viz, s_viz = rng.uniform(600, 1800), rng.uniform(2.0, 10.0)  # sample predictions (a video grid) logged
    stall += np.r_[0, np.diff(np.floor(tc / p_viz))] * s_viz * rng.uniform(0.8, 1.2, K)
    eff = np.where(on, np.maximum(train - stall, 0.0), 0.0)
    cps = job.clips(Nb, mb)
    fr_h = cps * eff / (step0 * noise)
    edges = np.arange(K + 1) * _W
    Cs, Cn = np.r_[0.0, np.cumsum(fr_h / cps)], np.r_[0.0, np.cumsum(fr_h / Nb)]

    # the publishers: each node's rank 0 sends the clips since its last send; the poller reads each period once
    mode = "drift" if rng.random() < 0.5 else "aligned"
    carry = bool(rng.random() < 0.5)
    lag = rng.uniform(60, 240)
    ing = rng.uniform(1, 20)
    p_fail, b_delay = rng.uniform(0.2, 0.9), rng.uniform(60, 400)
    brown = [(a, a + rng.uniform(120, 1800)) for a in rng.uniform(0, T, int(rng.poisson(rng.uniform(0.3, 2.5))))]
    p_dup = 10 ** rng.uniform(-3.7, -2.7)
    procs = {}
    for s in segs:
        procs.setdefault(s.proc, [s.t0, s.t1, s.N])[1] = s.t1
    cols = [[], [], [], [], []]
    sent = lost = dups = 0
    for p, (s0, s1, Np) in sorted(procs.items()):
        for _ in range(Np):
            x, ts = _sends(rng, mode, s0, s1, T)
            inb = np.zeros(len(x), bool)
            for a, b in brown:
                inb |= (x >= a) & (x < b)
            ok = ~(inb & (rng.random(len(x)) < p_fail))
            arrive = x + ing + rng.exponential(5.0, len(x)) + np.where(inb, rng.exponential(b_delay, len(x)), 0.0)
            if carry:  # the count since the last send that got through
                prev = np.maximum.accumulate(np.r_[-1, np.where(ok, np.arange(len(x)), -1)[:-1]])
                cut = np.where(prev >= 0, x[np.maximum(prev, 0)], s0)
            else:
                cut = np.r_[s0, x[:-1]]
            win = np.floor(ts / dt).astype(int)
            seen = ok & (arrive <= (win + 1) * dt + lag) & (win < n)
            w = 1.0 + (rng.random(len(x)) < np.where(inb, 20 * p_dup, p_dup))
            sent += int((win < n).sum())
            lost += int(((win < n) & ~seen).sum())
            dups += int((seen & (w > 1)).sum())
            for c, a in zip(cols, (x, cut, win, w, ok)):
                c.append(a[seen])
    pub_t, pub_p, pub_win, pub_w = (np.concatenate(c) for c in cols[:4])

    def counted(x):  # the clips a node had counted at ``x``: whole steps only
        return np.interp(np.floor(np.interp(x, edges, Cs)), Cs, Cn)

    pub_h = np.maximum(np.round(counted(pub_t) - counted(pub_p)), 0.0)
    return _Run(dt=dt, k=k, n=n, N0=N0, mode=mode, carry=carry, persistent=persistent, train=train, dec=dec, io=io,
                gpu=gpu, fix=fix, ar=ar, gmul=gmul, cps=cps, nodes=Nb * 1.0, eff=eff, noise=noise, fr_h=fr_h,
                edges=edges, pub_t=pub_t, pub_p=pub_p, pub_win=pub_win, pub_w=pub_w, pub_h=pub_h, segs=segs,
                pauses_t=pauses_t, restarts=restarts, known_t=known_t, known_kind=known_kind, mix=mix,
                brownouts=brown, sent=sent, lost=lost, dups=dups, job=job)


@dataclass
class _Mod:
    """A regression: multipliers of the step's parts over buckets ``[b0, b1)``."""

    b0: int
    b1: int
    dec: np.ndarray | float = 1.0
    io: np.ndarray | float = 1.0
    gpu: np.ndarray | float = 1.0
    fix: np.ndarray | float = 1.0
    ar: np.ndarray | float = 1.0


def _steps(run: _Run, mods, b0: int, b1: int) -> np.ndarray:
    return _step(*apply_mods(run, mods, b0, b1, ("dec", "io", "gpu", "fix", "ar")), run.gmul[b0:b1])


def _rates(run: _Run, mods, b0: int, b1: int) -> np.ndarray:
    """The job's noise-free clips/s in each bucket of ``[b0, b1)``."""
    return run.cps[b0:b1] / _steps(run, mods, b0, b1)


def _series(run: _Run, mods=()) -> np.ndarray:
    """``FILL(SUM(SEARCH('{Train,Job,Host} clips', 'Sum', dt)), 0) / dt``: per point the counts of the sends
    stamped in its period that reached CloudWatch before the poller read it, over ``dt``. A regression changes the
    counts of the sends whose interval overlaps it (by the clips it cost the node there), and no other."""
    c = run.pub_h
    if mods:
        lo, hi = min(m.b0 for m in mods), max(m.b1 for m in mods)
        fr = run.cps[lo:hi] * run.eff[lo:hi] / (_steps(run, mods, lo, hi) * run.noise[lo:hi])
        D = np.zeros(len(run.edges))
        D[lo + 1:hi + 1] = np.cumsum((fr - run.fr_h[lo:hi]) / run.nodes[lo:hi])
        D[hi + 1:] = D[hi]
        c = np.maximum(c + np.round(np.interp(run.pub_t, run.edges, D) - np.interp(run.pub_p, run.edges, D)), 0.0)
    return np.bincount(run.pub_win, weights=c * run.pub_w, minlength=run.n) / run.dt


_CAUSES = {"drop": ("av1", "burst", "tcp"), "straggler": ("steal", "flap"), "leak": ("shm", "index", "frag")}


def _cause(rng, run: _Run, kind: str, name: str, t0: float, t1: float, tr: float):
    """``(mod_of(A), A_max, t1)`` of the regression ``name`` over ``[t0, t1)`` (a leak ramps until ``tr``); a
    fault of the training process ends at its next restart."""
    t1, b0, b1 = cause_buckets(run, t0, t1, _W, name in ("tcp", "index", "frag"))
    tb = np.arange(b0, b1) * _W
    x = np.maximum(tb - t0, 0)
    if name == "av1":  # a refreshed shard set, re-encoded to AV1 / 10-bit HEVC, rolls in as the workers reach it
        w = np.minimum(1, x / rng.uniform(120, 900))
        return (lambda A: _Mod(b0, b1, dec=1 + A * w)), 3.0, t1
    if name == "burst":  # the file system's burst credits run out: reads throttled to its baseline
        w = wobble(rng, x, 0.1, 900)
        return (lambda A: _Mod(b0, b1, io=1 + A * w)), 8.0, t1
    if name == "tcp":  # a replaced node without its EFA provider: NCCL falls back to TCP sockets
        return (lambda A: _Mod(b0, b1, ar=np.full(b1 - b0, 1 + A))), 30.0, t1
    if name in ("steal", "flap"):  # a host process eating a node's decode cores; EFA link flaps (retries)
        bm, gm, amax = ((30, 240), (60, 600), 4.0) if name == "steal" else ((10, 90), (60, 400), 40.0)
        bad = bad_share(twostate(rng, t0, t1, rng.uniform(*bm), rng.uniform(*gm), 1e6), tb, _W)
        f = bad * np.exp(rng.normal(0, 0.25, b1 - b0)) + 0.05 * (1 - bad)
        if name == "steal":
            return (lambda A: _Mod(b0, b1, dec=1 + A * f)), amax, t1
        return (lambda A: _Mod(b0, b1, ar=1 + A * f)), amax, t1
    r = np.clip(x / max(tr - t0, 1e-9), 0, 1) ** rng.uniform(0.7, 1.5)
    if name == "shm":  # the workers' decoded-frame segments in /dev/shm never unlinked: the node swaps (it outlives
        # a restart)
        return (lambda A: _Mod(b0, b1, dec=1 + A * r)), 4.0, t1
    if name == "index":  # the per-file keyframe index cache grows and is scanned linearly each batch
        return (lambda A: _Mod(b0, b1, fix=1 + A * r)), 25.0, t1
    return (lambda A: _Mod(b0, b1, gpu=1 + A * r)), 3.0, t1  # the caching allocator fragments (variable shapes)


def _draw_event(rng, run: _Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` with onset in ``[lo, hi)``: an ``(Event, _Mod)`` pair, or None."""
    return draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=_P_KIND, causes=_CAUSES,
                           cause=_cause,
                           calib=lambda mod_of, a, tgt, b0, b1: calibrate(lambda m: _rates(run, m, b0, b1), mod_of,
                                                                          a, tgt, run.train[b0:b1] > 0),
                           series=lambda mod, lo, b1: (_series(run, [mod]), 0),
                           width=_W, restart_cause="tcp", p_pause=0.35, max_depth=0.35, stop_at_end=True)


def _build(seed: int, n: int, pauses: str):
    """The healthy run of ``seed``: ``(run, healthy series, pause spans, live mask, changes)``."""
    return rollup_build(_schedule, _series, seed, n, pauses, 221)


def make_heldout22(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One video model's clips/s (per-node CloudWatch counts, ``SUM(SEARCH(...)) / PERIOD`` per point) with
    labelled regressions and its planned level changes (deterministic in ``seed``).

    Parameters
    ----------
    seed : random seed.
    n : number of points (>= 2000).
    pauses : ``"short"`` (pauses of 6-24 points) or ``"long"`` (33-118 points, many over 60).
    n_events : number of regressions to place; ``0`` gives a clean run, ``None`` draws 3 or 4.
    """
    return family_trace(_build, _draw_event, _series, _P_KIND, seed, n, pauses, n_events, 222,
                        lambda run: 1_839_999_600.0 + 86400.0 * (seed % 89) + run.dt * np.arange(n))


def heldout22_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT22_SEEDS) -> list[Trace]:
    """The family's traces, one per seed; every fourth trace is a clean run."""
    return every_fourth_clean(make_heldout22, seeds, n, pauses)
