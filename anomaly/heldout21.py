"""The twenty-first held-out throughput family: a distributed reinforcement-learning learner's env frames/s, logged
as JSON lines by a logger thread, shipped by promtail to Loki and read back as ``sum_over_time(... | unwrap frames)``.

Written blind, this session: the author read only ``anomaly/traces.py`` (meant: the ``Event``/``Trace`` interface
and the scoring rule; the whole file was printed, its base generator with it), the shared helpers
(``anomaly/heldout_common.py``, ``tests/trace_checks.py``), the twentieth generator and its tests as a model of API,
structure and tests, and the first 15 lines of the docstrings of generators 3-19 (to take another job and another
collection path); never a detector, and never ran a detector on these traces.

What is modelled
----------------
An IMPALA-style agent (V-trace actor-critic, a ResNet torso and an LSTM) learns a suite of procedurally generated
3-D levels. ``A`` CPU **actors** (``A / 16-64`` per spot VM, 8-32 VMs) step the simulator (action repeat 4) with
a copy of the policy and send unrolls of ``T`` agent steps (20-100) to one **learner** on ``G`` GPUs (1-8, DDP),
which takes ``B`` unrolls per GPU (16-64) per step and publishes new parameters. A learner step waits for the
slower of the actors' supply (the time they take to fill a batch: ``4 T G B / (A * frames/s per actor)``) and its
own path (the input thread's dequeue, unpack and copy to the GPU, overlapped with the compute, plus the optimizer
and the all-reduce) -- a soft maximum; a run is actor-bound, learner-bound or near the balance. A logger thread
(TorchBeast-style) wakes every ``P`` s (2, 5 or 10, at most a tenth of ``dt``; plus its own work, 2-40 ms, and
rare GIL waits of 0.2-2 s) and prints ``{"frames": <env frames since the last line>, ...}``; promtail tails the
pod's log and pushes to Loki; the monitor's poller reads, one point per ``dt`` (30, 60 or 120 s, aligned),

    sum_over_time({app="impala-learner"} | json | unwrap frames [<dt>s]) / <dt>

once, 10-60 s after the window closes; a window with no line reads 0. So:

* **the lines' beat.** A window holds ``dt / P`` lines give or take one, and the period drifts against the window:
  now and then a point is one line (``P / dt``: 2-10 %) short and a neighbour long;
* **lost lines.** Loki refuses pushes for 20-240 s (0.5-3 times a run): lines that reach it after the poller read
  their window are missing; a few batches (0.01-0.3 % of the lines) are dropped after promtail's retries. The
  frames of the lines between a learner's last line and its crash are never logged;
* pauses read 0 inside: the learner logs 0 frames while it waits and nothing while it is down.

Healthy behaviour (none of it labelled):

* **the curriculum.** The level mix moves in stages (60 points apart or more, 260-760 on average): each stage has
  its own simulator cost per frame (log-sd 5-12 % about the run's mean), ramping in over 5-30 min as the
  actors' level buffers turn over, and a wander (Ornstein-Uhlenbeck, sd 1-3 %, 15-90 min); where the actors bind,
  the rate moves with them (unlisted);
* **actor VMs preempted** (spot; 5-40 a run): a VM's actors are gone for 2-10 min and start their simulators again
  over 30-90 s, a dip of up to a VM's share where the actors bind; the fleet starts over 2-10 min at the run's start;
* **evaluations** on held-out levels every 150-450 points of training, every 2nd-4th one with a checkpoint as well
  (1.6x longer): in half the runs all the actors evaluate and the learner starves (0); in the others 25-50 % of
  them do, and the learner trains on with the rest (a lower level, or none at all where the learner binds) except
  during the checkpoint;
* **learner restarts** (pod evictions, Poisson 0.6-1.8 a run; 1.5x a pause): it resumes from its checkpoint on
  another node (its GPUs 4 % faster or slower: unlisted level steps), the first 30-180 s of training 1.3-2.2x
  slower (a cold allocator, cuDNN autotuning); the same warm-up at the run's start;
* the step's noise (Student-t, 4 degrees of freedom, 3-9 % per step), rare stalls of 1-4 s and a summary write
  (weight histograms, an episode video) of 1-4 s every 5-15 min of training: a rhythm of small dips.

Planned level changes, **listed in ``changes``** (the first point after the span of the pause they follow), each
made only where it moves the rate by 10 % or more on the level mix after it and the level seen 8 % or more:

* **GPU-count changes** at a restart (tried at 60 % of them): the learner resumes on twice or half as many GPUs;
* **fleet resizes** at an evaluation's end (tried in 60 % of the runs): 1.5-2x as many actors where they bind, as
  many fewer (to save cost) where they idle, 80 % of the time; the other way round otherwise;
* **a doubled batch** at an evaluation's end (tried in 50 %).

A regression changes the step's parts inside its window; the run's clock (steps, pauses, log lines) stays the
healthy run's, so ``healthy`` (the same run without regressions) aligns point by point and equals ``values``
outside the events (a line's frames change only where its interval overlaps a regression). No event holds a point
of ``changes``.

Labelled regressions (their causes are an actor-learner job's)
--------------------------------------------------------------
* ``drop``: an actor image that renders in software (the simulator up to 4x), rolled out VM by VM over 2-15 min; an
  egress policy throttling the actors' uploads (up to 4x, swinging 20 %); or a resumed learner that could not pin
  its staging buffers (pageable copies, its input path up to 6x; from a restart onto as many GPUs, until the next
  one); 150-1400 points or to the end;
* ``straggler``: a learner GPU throttling in bursts of 20-120 s every 60-400 s (its compute up to 3.5x, 5 % of that
  between them: DDP waits for it), or actors crash-looping on a broken level (bursts of 30-180 s, the supply down
  to a sixth); 80-500 points;
* ``leak``: the simulator leaking per episode until the actor VMs swap (up to 5x), every episode's return kept in a
  list whose percentiles are recomputed each step (the fixed part up to 21x), or a logged loss that keeps its
  autograd graph (the compute up to 4x), each growing as ``r ** q`` of its ramp (``q`` 0.7-1.5) over 250-1800
  points, then held 80-600 points; the learner's faults end at its next restart.

Each trace with events holds every kind once, in a random order, and a fourth of a random kind in 40 % of them,
one per stretch from point 600 on. A regression's magnitude is set by bisection to a drawn noise-free loss (drops
8-33 %, stragglers 10-30 %, a leak 12-40 % over its plateau); about 35 % of the other onsets lie at the end of a
pause or inside it. An event is kept only when its measured depth is 7-35 %, its values lie below the healthy twin
on more than 60 % of its points, it holds no listed change, and it shows within 60 points (a leak: along its ramp).
A fault on the side that does not bind needs a large magnitude to show, and is redrawn where even its largest
does not.

Counts over ``heldout21_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     34      11    11         12    0.077-0.299  15              7-23 (238 spans, 0 >60)      3
long      30      10    10         10    0.102-0.324  16              32-118 (218 spans, 151 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are
left out of the span ranges. Pause spans include restarts. ``changes`` (planned level changes the monitor knows
of): short 9 (3 GPU-count changes, 4 fleet resizes, 2 batch steps), long 13 (6 GPU-count changes, 6 fleet resizes,
1 batch steps). Measured at them (the healthy level's medians, 300 live points before, points 100-400 after):
GPU-count changes 0.50-1.94x (8), fleet resizes 0.43-1.26x (10), batch steps 1.20-1.23x (3). The curriculum's
stages, the preempted VMs, the restarts onto as many GPUs, the warm-ups and the partial evaluations are level
changes the monitor is not told of. Over both sets: 18 of the 24 runs evaluate with every actor; ``dt`` 30 s in
10 runs, 60 s in 8, 120 s in 6; ``P`` 2 s in 16, 5 s in 6, 10 s in 2; 35 restarts (26 onto as many GPUs); 12-347
lines lost per run. Generating both settings takes about 4 s.

Usage::

    from anomaly.heldout21 import heldout21_set
    for trace in heldout21_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from anomaly.heldout_common import (apply_mods, bad_share, calibrate, cause_buckets, draw_regression,
                                    every_fourth_clean, family_trace, next_stretch, ou_path, restart_pause,
                                    rollup_build, seg_buckets, seg_columns, smax, span_len, twostate, wobble)
from anomaly.traces import Trace

HELDOUT21_SEEDS = tuple(range(212000, 212012))

_PAUSE = {"short": (6, 25, 8, 14), "long": (31, 120, 42, 78)}  # span (points) lo, hi; median lo, hi
_W = 5.0  # the simulation grid: 5-s buckets
_REPEAT = 4.0  # env frames per agent step (action repeat)
_P_KIND = (0.35, 0.32, 0.33)
_MIN_MOVE = 0.1  # a planned change is made only where it moves the learner's rate by 10 % or more


@dataclass
class _Job:
    """The learner's step (seconds, per part) at ``G`` GPUs, ``B`` unrolls per GPU and ``A`` actors."""

    act: float  # env frames/s of one actor at the reference level mix
    inp: float  # the learner's input path per step at ``B0`` (dequeue, unpack, pin, copy to the GPU)
    gpu: float  # forward and backward (V-trace targets, the ResNet torso and LSTM) at ``B0``
    fix: float  # the optimizer step and publishing the parameters to the actors
    ar: float  # the gradient all-reduce, per log2(G)
    T: int  # unroll length (agent steps)
    B0: float

    def frames(self, G, B):
        """Env frames consumed per learner step."""
        return _REPEAT * self.T * np.asarray(G) * np.asarray(B)

    def parts(self, G, B, A, supply=1.0):
        """``(fill, inp, gpu, fix)``: ``fill`` is the time the actors take to produce one learner batch."""
        b = np.asarray(B) / self.B0
        fill = self.frames(G, B) / (np.asarray(A) * self.act * supply)
        return fill, self.inp * b, self.gpu * b ** 0.75, self.fix + self.ar * np.log2(G) + 0.0 * b

    def rate(self, G, B, A, supply=1.0) -> float:
        return float(np.mean(self.frames(G, B) / _step(*self.parts(G, B, A, supply), 1.0)))


def _step(fill, inp, gpu, fix, gm):
    """Seconds per learner step: waiting for the actors' unrolls against the learner's own path (the input
    thread overlaps the compute; ``gm`` the learner's warm-up)."""
    return smax(fill, (smax(inp, gpu) + fix) * gm)


@dataclass
class _Seg:
    """A stretch of training in one learner process with one configuration."""

    t0: float
    t1: float
    ev: int  # evaluations done before it
    proc: int
    G: int
    B: float
    A: int
    sup: float  # the share of the actors feeding the learner (less during a partial evaluation)


@dataclass
class _Run:
    """The healthy run on the grid of 5-s buckets (``K = n * k``) and its log lines."""

    dt: float
    k: int
    n: int
    P: float  # the logger thread's period (s)
    share: float  # the actors' share re-purposed for evaluation (1: the learner starves)
    per_vm: int
    train: np.ndarray
    fill: np.ndarray
    inp: np.ndarray
    gpu: np.ndarray
    fix: np.ndarray
    gmul: np.ndarray
    fstep: np.ndarray  # env frames per learner step
    fnum: np.ndarray  # frames per step times the bucket's effective training seconds
    noise: np.ndarray
    fr_h: np.ndarray  # the healthy run's frames per bucket
    edges: np.ndarray
    line_t: np.ndarray  # the kept log lines: time, the previous line's time (or the process start), window
    line_p: np.ndarray
    line_win: np.ndarray
    line_h: np.ndarray  # the healthy frames of each line
    segs: list
    pauses_t: list  # (t0, t1, kind): "eval", "ckpt", "restart"
    restarts: list
    known_t: list
    known_kind: list  # "gpus", "actors", "batch"
    stages: list  # the curriculum's stage moves (t0, t1, log step)
    env: np.ndarray  # log env cost per frame on a 60-s grid
    lost: int  # log lines lost (late or dropped)
    job: _Job | None = None


def _span_len(rng, setting: str, scale: float = 1.0) -> float:
    return span_len(rng, _PAUSE, setting, scale, 1.5, 2.5)


def _draw_job(rng, G: int, B: float, A: int) -> _Job:
    """A learner step of 0.1-1.0 s at the start; the actors' fill time 50-150 % of the learner's path."""
    s = np.exp(rng.uniform(np.log(0.1), np.log(1.0)))
    gpu, fix = rng.uniform(0.6, 0.8) * s, rng.uniform(0.1, 0.25) * s
    inp = gpu * rng.uniform(0.3, 1.0)
    T = int(rng.choice([20, 50, 80, 100]))
    lpath = float(smax(inp, gpu) + fix)
    fill = lpath * np.exp(rng.uniform(np.log(0.5), np.log(1.5)))
    act = _REPEAT * T * G * B / (A * fill)
    return _Job(act=act, inp=inp, gpu=gpu, fix=fix, ar=rng.uniform(0.01, 0.04) * s, T=T, B0=B)


def _curriculum(rng, T: float, dt: float):
    """The log env cost per frame on a 60-s grid: a wander of the level mix and the curriculum's stage moves
    (every 60-1500 points, log-sd 5-12 %, ramping in over 5-30 min as the actors' level buffers turn over)."""
    x = ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(900, 5400))
    tg = np.arange(len(x)) * 60.0
    sd, gap = rng.uniform(0.05, 0.12), rng.uniform(200, 700) * dt
    stages, t = [], 60 * dt + rng.exponential(gap)
    cur = 0.0
    while t < T:  # each stage's level mix has its own cost per frame
        ramp, nxt = rng.uniform(300, 1800), rng.normal(0, sd)
        x = x + (nxt - cur) * np.clip((tg - t) / ramp, 0, 1)
        stages.append((t, t + ramp, nxt - cur))
        cur = nxt
        t += 60 * dt + rng.exponential(gap)
    return x, stages


def _level(job: _Job, env, G, B, A, t0: float, t1: float) -> float:
    """The noise-free rate's median over ``[t0, t1)`` (the whole fleet, no warm-up)."""
    i0 = min(int(max(t0, 0) // 60), len(env) - 1)
    i1 = max(min(int(t1 // 60), len(env)), i0 + 1)
    fill, inp, gpu, fix = job.parts(G, B, A)
    return float(np.median(job.frames(G, B) / _step(fill * np.exp(env[i0:i1]), inp, gpu, fix, 1.0)))


def _moves(job, env, old, new, t: float, dt: float) -> bool:
    """The configuration ``new`` moves the rate by ``_MIN_MOVE`` or more on the level mix after ``t``, and the
    level seen (300 points before against points 100-400 after) moves 8 % or more the same way."""
    after = _level(job, env, *new, t + 100 * dt, t + 400 * dt)
    own = np.log(after / _level(job, env, *old, t + 100 * dt, t + 400 * dt))
    seen = np.log(after / _level(job, env, *old, t - 300 * dt, t))
    return abs(own) >= _MIN_MOVE and own * seen > 0 and abs(seen) >= 0.08


def _schedule(rng, n: int, setting: str) -> _Run:
    dt = float(rng.choice([30.0, 60.0, 120.0], p=[0.4, 0.45, 0.15]))
    k = int(dt / _W)
    T, K = n * dt, n * k
    G = int(rng.choice([1, 2, 4, 8], p=[0.25, 0.3, 0.3, 0.15]))
    B = float(rng.choice([16.0, 32.0, 64.0]))
    per_vm, V = int(rng.choice([16, 32, 48, 64])), int(rng.integers(8, 33))
    A = per_vm * V
    job = _draw_job(rng, G, B, A)
    share = 1.0 if rng.random() < 0.5 else rng.uniform(0.25, 0.5)
    iv_pts = rng.uniform(150, 450)
    env, stages = _curriculum(rng, T, dt)
    est = max(2, int(n / (iv_pts * 1.25)))
    act_ev = int(rng.integers(1, max(2, int(0.7 * est) + 1))) if rng.random() < 0.6 else -1
    bat_ev = int(rng.integers(1, max(2, int(0.7 * est) + 1))) if rng.random() < 0.5 else -1
    f_up = float(rng.choice([1.5, 2.0]))
    ck_every = int(rng.integers(2, 5))
    n_re = int(rng.poisson(rng.uniform(0.6, 1.8)))
    re_t = sorted(rng.uniform(0.05, 0.92, n_re) * T)

    segs, pauses_t, restarts, known_t, known_kind = [], [], [], [], []
    t, ev, proc, left = 0.0, 0, 0, iv_pts * dt
    while t < T + dt:
        which, run = next_stretch(rng, re_t, 0, t, left, np.inf, 0, dt)
        segs.append(_Seg(t, t + run, ev, proc, G, B, A, 1.0))
        t += run
        left -= run
        if which == 2:  # the learner's pod is evicted: it resumes from its last checkpoint on another node
            re_t.pop(0)
            dur = (_span_len(rng, setting, 1.5) - 1.0) * dt
            old = G
            if rng.random() < 0.6 and t + dur + 400 * dt < T:
                new = int(rng.choice([x for x in (G // 2, 2 * G) if 1 <= x <= 8]))
                if _moves(job, env, (G, B, A), (new, B, A), t + dur, dt):
                    G = new
            t = restart_pause(t, dur, G == old, pauses_t, restarts, known_t, known_kind)
            if G != old:
                known_kind[-1] = "gpus"
            proc += 1
            left = max(left, 4 * dt)
            while re_t and re_t[0] < t + 900:
                re_t.pop(0)
        else:  # an evaluation on the held-out levels; every ck_every-th one a checkpoint as well
            ck = (ev + 1) % ck_every == 0
            dur = (_span_len(rng, setting, 1.6 if ck else 1.0) - 1.0) * dt
            pauses_t.append((t, t + dur, "ckpt" if ck else "eval"))
            if share < 1:  # the learner trains on with the actors that do not evaluate
                segs.append(_Seg(t, t + dur * (rng.uniform(0.4, 0.7) if ck else 1.0), ev, proc, G, B, A, 1 - share))
            t += dur
            ev += 1
            left = iv_pts * dt * np.exp(rng.normal(0, 0.15))
            late = t + 400 * dt >= T
            if ev == act_ev and not late:  # more actors where they bind, fewer (to save cost) where they idle
                fill, inp, gpu, fix = job.parts(G, B, A)
                bound = fill * np.exp(env[min(int(t // 60), len(env) - 1)]) > smax(inp, gpu) + fix
                f_act = f_up if (rng.random() < 0.8) == bound else 1 / f_up
                nA = per_vm * max(2, int(round(A / per_vm * f_act)))
                if _moves(job, env, (G, B, A), (G, B, nA), t, dt):
                    A = nA
                    known_t.append(t)
                    known_kind.append("actors")
            if ev == bat_ev and not late and B < 128:
                if _moves(job, env, (G, B, A), (G, 2 * B, A), t, dt) and job.rate(G, 2 * B, A) > job.rate(G, B, A):
                    B *= 2
                    known_t.append(t)
                    known_kind.append("batch")

    tb, train, seg_of = seg_buckets(segs, K, _W)
    on, (Gb, Bb, Ab, Sb, pb) = seg_columns(segs, seg_of, "G", "B", "A", "sup", "proc")
    down = np.zeros(K)  # actor VMs preempted (spot): gone for 2-10 min, then their envs start up again
    for tp in rng.uniform(0, T, int(rng.poisson(rng.uniform(5, 40)))):
        d, r = rng.uniform(120, 600), rng.uniform(30, 90)
        b0, b1 = int(tp // _W), min(K, int((tp + d + r) // _W) + 1)
        down[b0:b1] += np.clip((tp + d + r - tb[b0:b1]) / r, 0, 1)
    alive = np.clip(1 - down * per_vm / Ab, 0.2, 1) * np.minimum(1, 0.3 + 0.7 * tb / rng.uniform(120, 600))
    fill, inp, gpu, fix = job.parts(Gb, Bb, Ab, alive * Sb)
    fill = fill * np.exp(env[(tb / 60).astype(int)])
    tc = np.cumsum(train)
    first = {}
    for i in np.nonzero(on)[0][np.r_[True, np.diff(pb[on]) != 0]]:
        first[int(pb[i])] = tc[i] - train[i]
    since = np.maximum(tc - np.array([first.get(int(p), 0.0) for p in range(proc + 1)])[pb], 0)
    gpu = gpu * np.exp(rng.normal(0, 0.04, proc + 1))[pb]  # each node's GPUs a little faster or slower
    gmul = 1 + rng.uniform(0.3, 1.2) * np.exp(-since / rng.uniform(30, 180))
    for arr in (fill, inp, gpu, fix, gmul):
        arr[~on] = 1.0
    step0 = _step(fill, inp, gpu, fix, gmul)
    med = float(np.median(step0[on]))
    sigma = rng.uniform(0.03, 0.09) / np.sqrt(max(1.0, _W / med))
    noise = np.exp(sigma * np.clip(rng.standard_t(4, K), -6, 6))
    stall = np.where(rng.random(K) < _W / rng.uniform(300, 1200), np.exp(rng.uniform(0, np.log(4.0), K)), 0.0)
    p_sum, s_sum = rng.uniform(300, 900), rng.uniform(1.0, 4.0)  # summaries (histograms, a video) written
    stall += np.r_[0, np.diff(np.floor(tc / p_sum))] * s_sum * rng.uniform(0.8, 1.2, K)
    eff = np.where(on, np.maximum(train - stall, 0.0), 0.0)
    fstep = job.frames(Gb, Bb) * 1.0

    # the logger thread: every P s (plus its own work and rare GIL waits) one JSON line, frames since the last
    opts = np.array([2.0, 5.0, 10.0])
    P = float(rng.choice(opts[opts <= dt / 10]))
    oh = rng.uniform(0.002, 0.04)
    lt, lp, procs = [], [], {}
    for s in segs:
        procs.setdefault(s.proc, [s.t0, s.t1])[1] = s.t1
    for p, (s0, s1) in sorted(procs.items()):
        m = int((min(s1, T + dt) - s0) / P) + 20
        per = P + oh + rng.exponential(0.004, m) + np.where(rng.random(m) < 0.01, rng.uniform(0.2, 2.0, m), 0)
        x = s0 + np.cumsum(per)
        x = x[x < min(s1, T)]
        lt.append(x)
        lp.append(np.r_[s0, x[:-1]])
    line_t, line_p = np.concatenate(lt), np.concatenate(lp)
    ok = rng.random(len(line_t)) >= 10 ** rng.uniform(-4, -2.5)  # batches dropped after retries (429)
    lag = rng.uniform(10, 60)  # the poller reads each window once, lag s after it closes
    for o0 in rng.uniform(0, T, int(rng.poisson(rng.uniform(0.5, 3.0)))):
        o1 = o0 + rng.uniform(20, 240)  # Loki refuses pushes; promtail delivers them after the outage
        ok &= ~((line_t >= o0) & (line_t < o1) & ((np.floor(line_t / dt) + 1) * dt + lag < o1 + 2))
    edges, fr_h = np.arange(K + 1) * _W, fstep * eff / (_step(fill, inp, gpu, fix, gmul) * noise)
    C = np.r_[0.0, np.cumsum(fr_h)]
    line_h = np.interp(line_t, edges, C) - np.interp(line_p, edges, C)
    win = np.floor(line_t / dt).astype(int)
    keep = ok & (win < n)  # the lines the poller saw
    return _Run(dt=dt, k=k, n=n, P=P, share=share, per_vm=per_vm, train=train, fill=fill, inp=inp, gpu=gpu,
                fix=fix, gmul=gmul, fstep=fstep, fnum=fstep * eff, noise=noise, fr_h=fr_h, edges=edges,
                line_t=line_t[keep], line_p=line_p[keep], line_win=win[keep], line_h=line_h[keep], segs=segs,
                pauses_t=pauses_t, restarts=restarts, known_t=known_t, known_kind=known_kind, stages=stages,
                env=env, lost=int((~ok & (win < n)).sum()), job=job)


@dataclass
class _Mod:
    """A regression: multipliers of the step's parts over buckets ``[b0, b1)``."""

    b0: int
    b1: int
    fill: np.ndarray | float = 1.0
    inp: np.ndarray | float = 1.0
    gpu: np.ndarray | float = 1.0
    fix: np.ndarray | float = 1.0


def _steps(run: _Run, mods, b0: int, b1: int) -> np.ndarray:
    return _step(*apply_mods(run, mods, b0, b1, ("fill", "inp", "gpu", "fix")), run.gmul[b0:b1])


def _rates(run: _Run, mods, b0: int, b1: int) -> np.ndarray:
    """The learner's noise-free env frames/s in each bucket of ``[b0, b1)``."""
    return run.fstep[b0:b1] / _steps(run, mods, b0, b1)


def _series(run: _Run, mods=()) -> np.ndarray:
    """``sum_over_time({app="learner"} | json | unwrap frames [<dt>s]) / <dt>``: per point the frames of the
    log lines stamped in its window (their frames since the previous line, in whole frames), over ``dt``; 0 where
    no line came. A regression changes the frames of the lines whose interval overlaps it, and no other."""
    lf = run.line_h
    if mods:
        lo, hi = min(m.b0 for m in mods), max(m.b1 for m in mods)
        d = run.fnum[lo:hi] / (_steps(run, mods, lo, hi) * run.noise[lo:hi]) - run.fr_h[lo:hi]
        D = np.zeros(len(run.edges))
        D[lo + 1:hi + 1] = np.cumsum(d)
        D[hi + 1:] = D[hi]
        lf = lf + (np.interp(run.line_t, run.edges, D) - np.interp(run.line_p, run.edges, D))
    lf = np.maximum(np.round(lf), 0.0)
    return np.round(np.bincount(run.line_win, weights=lf, minlength=run.n) / run.dt, 1)


_CAUSES = {"drop": ("render", "egress", "pinned"), "straggler": ("thermal", "crashloop"),
           "leak": ("envleak", "stats", "graph")}


def _cause(rng, run: _Run, kind: str, name: str, t0: float, t1: float, tr: float):
    """``(mod_of(A), A_max, t1)`` of the regression ``name`` over ``[t0, t1)`` (a leak ramps until ``tr``); a
    fault of the learner's process ends at its next restart."""
    t1, b0, b1 = cause_buckets(run, t0, t1, _W, name in ("pinned", "stats", "graph"))
    tb = np.arange(b0, b1) * _W
    x = np.maximum(tb - t0, 0)
    if name == "render":  # an actor image that renders in software, rolled out VM by VM
        nv = max(2, int(round(next((s.A for s in reversed(run.segs) if s.t0 <= t0), run.segs[0].A) / run.per_vm)))
        w = np.minimum(1, np.floor(x / rng.uniform(120, 900) * nv + 1) / nv)
        return (lambda A: _Mod(b0, b1, fill=1 + A * w)), 3.0, t1
    if name == "egress":  # the actors' uploads throttled by an egress policy on their subnet
        w = wobble(rng, x, 0.2, 1200)
        return (lambda A: _Mod(b0, b1, fill=1 + A * w)), 3.0, t1
    if name == "pinned":  # the resumed learner could not pin its staging buffers: pageable host-to-GPU copies
        return (lambda A: _Mod(b0, b1, inp=np.full(b1 - b0, 1 + A))), 5.0, t1
    if name in ("thermal", "crashloop"):  # a learner GPU throttling in bursts; actors crash-looping on a level
        bm, gm, amax, base = ((20, 120), (60, 400), 2.5, 0.05) if name == "thermal" else ((30, 180), (60, 400), 5.0,
                                                                                          0.08)
        bad = bad_share(twostate(rng, t0, t1, rng.uniform(*bm), rng.uniform(*gm), 1e6), tb, _W)
        f = bad * np.exp(rng.normal(0, 0.25, b1 - b0)) + base * (1 - bad)
        if name == "thermal":
            return (lambda A: _Mod(b0, b1, gpu=1 + A * f)), amax, t1
        return (lambda A: _Mod(b0, b1, fill=1 + A * f)), amax, t1
    r = np.clip(x / max(tr - t0, 1e-9), 0, 1) ** rng.uniform(0.7, 1.5)
    if name == "envleak":  # the simulator leaks per episode: the actor VMs swap
        return (lambda A: _Mod(b0, b1, fill=1 + A * r)), 4.0, t1
    if name == "stats":  # every episode's return kept in a list and its percentiles recomputed each step
        return (lambda A: _Mod(b0, b1, fix=1 + A * r)), 20.0, t1
    return (lambda A: _Mod(b0, b1, gpu=1 + A * r)), 3.0, t1  # a logged loss keeps its graph: the allocator thrashes


def _draw_event(rng, run: _Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` with onset in ``[lo, hi)``: an ``(Event, _Mod)`` pair, or None."""
    return draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=_P_KIND, causes=_CAUSES,
                           cause=_cause,
                           calib=lambda mod_of, a, tgt, b0, b1: calibrate(lambda m: _rates(run, m, b0, b1), mod_of,
                                                                          a, tgt, run.train[b0:b1] > 0),
                           series=lambda mod, lo, b1: (_series(run, [mod]), 0),
                           width=_W, restart_cause="pinned", p_pause=0.35, max_depth=0.35, stop_at_end=True)


def _build(seed: int, n: int, pauses: str):
    """The healthy run of ``seed``: ``(run, healthy series, pause spans, live mask, changes)``."""
    return rollup_build(_schedule, _series, seed, n, pauses, 211)


def make_heldout21(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One RL learner's env frames/s (JSON log lines shipped to Loki, ``sum_over_time`` per point) with labelled
    regressions and its planned level changes (deterministic in ``seed``).

    Parameters
    ----------
    seed : random seed.
    n : number of points (>= 2000).
    pauses : ``"short"`` (pauses of 6-25 points) or ``"long"`` (31-120 points, many over 60).
    n_events : number of regressions to place; ``0`` gives a clean run, ``None`` draws 3 or 4.
    """
    return family_trace(_build, _draw_event, _series, _P_KIND, seed, n, pauses, n_events, 212,
                        lambda run: 1_830_000_000.0 + 86400.0 * (seed % 97) + run.dt * np.arange(n))


def heldout21_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT21_SEEDS) -> list[Trace]:
    """The family's traces, one per seed; every fourth trace is a clean run."""
    return every_fourth_clean(make_heldout21, seeds, n, pauses)
