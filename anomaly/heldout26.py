"""The twenty-sixth held-out throughput family: a protein-structure model's crops/s, a rolling-window throughput that
Lightning's ``ThroughputMonitor`` logs to an MLflow tracking server, read back by a poller of ``metrics/get-history``.

Written blind, this session: the author read only ``/work/HELPERS.md``, the shared helpers
(``anomaly/heldout_common.py``, ``tests/trace_checks.py``), the twenty-fifth generator and its tests as a model of
API, structure and tests, the first 15 lines of generators 3-24 (to take another job and another collection path: no
earlier one is a protein-structure model or an experiment tracker), the first 110 lines of
``tests/test_architecture.py``, lines 36-80 of ``anomaly/traces.py`` (the ``Event``/``Trace`` definitions) and public
sources: the code of Lightning's ``ThroughputMonitor`` and of Fabric's ``Throughput``, of MLflow's
``AsyncLoggingQueue``, its HTTP retry settings and its SQL store's ``get_metric_history``, the REST reference of
``metrics/get-history``, urllib3's ``Retry.get_backoff_time`` and MLflow issue #1550 (a run dies when its tracking
server cannot be reached); never a detector, and never ran a detector on these traces.

Size: over 500 lines because the docstring (its table and the measured counts the tests check) is nearly a
quarter of it.

What is modelled
----------------
An AlphaFold2-style protein-structure model (OpenFold-like: an Evoformer trunk and a structure module, an EMA of
the weights) is trained with PyTorch Lightning and DDP on a Slurm cluster: ``N`` nodes (1-4) of ``G`` GPUs (4 or 8),
``b`` crops a GPU (1 or 2) of 256 residues with 128 MSA clusters and 1024 extra sequences (the initial-training
preset), in fp32. A step's GPU path is fixed by the crop (shorter chains are padded to it) save for the recycling:
each batch draws 1-4 passes through the trunk (all but the last without gradients, the same number on every rank),
each extra pass 22-35 % of the GPU path without one -- the steps' main noise. The loader featurises each crop on the
CPU (MSA sampling, clustering and masking, template features, read from an alignment database on Lustre): 15-50 % of
the GPU path, or in 30 % of the runs (few workers a GPU) 60-130 %, when it can bind. A step waits for the slower of
the loader and the GPU path (forward, backward, the optimizer and the EMA, the all-reduce) -- a soft maximum; 1.5-6 s
at the start.

Lightning's ``ThroughputMonitor`` (on rank 0) keeps a clock and rank 0's crops for the last ``W`` batches
(``window_size`` 10, 20, 50 or 100); every ``log_every_n_steps`` steps (1-50: a row about every 2 s to 1.5 ``dt``;
with synchronous logging every 10 s or more at the start's pace), once its window is full, it logs
``train/samples_per_sec`` (rank 0's crops over the window, times the world size, over the window's seconds) through
``MLFlowLogger`` (``log_batch``, a timestamp of ``int(time.time() * 1000)``) to a Postgres-backed tracking server.
The lightwatch side polls ``GET /api/2.0/mlflow/metrics/get-history`` every ``dt`` (30 s, 1 or 2 minutes) and writes
one point per poll, stamped with its time: the mean of the rows it took, or (it took none) the last point again. So:

* **a rolling window of steps**: a row is the rate over its last ``W - 1`` steps (about 15 s to 25 minutes): a change
  shows as a ramp over the window; a point in a pause repeats the last value (or takes a late row);
* **what the monitor's clock leaves out**: ``on_validation_end`` moves the clock's start on by the time from the last
  training step to the last validation batch, but the validation's end (its metrics gathered and logged, the train
  loader's workers started for the next virtual epoch: 2-12 s) and the checkpoint ``ModelCheckpoint`` saves after
  that hook (10-60 s more; at most half the pause) stay in: the rows of the next ``W`` steps read low, a shelf after
  every checkpoint;
* **a full window first**: a new process logs nothing until ``W`` batches have run (the poller keeps the value from
  before the restart), and then its window holds the warm-up;
* **synchronous logging** (45 % of the runs): each row's ``log_batch`` holds rank 0 -- and every rank with it at the
  next all-reduce -- until the server answers (20-100 ms; up to 0.3-2.5 s more in the server's slow spells, Poisson
  0.5-2.5 a run, 5-40 min, rising and falling): the steps really slow, and the monitor measures it. While the server
  is down (Poisson 0.2-1 a run, 1-8 min) the job waits on urllib3's retries (7, backoff factor 2: the last attempt
  244 s after the first); where the server stays down past them the ``MlflowException`` ends the job, which is
  resubmitted (a restart);
* **MLflow's async queue** (the other runs): worker threads send the rows (after
  ``MLFLOW_ASYNC_LOGGING_BUFFERING_SECONDS``: 0, 5, 10 or 30 s); in a slow spell they arrive late, a little out of
  order; while the server is down they are retried and dropped when the retries run out. A hard end of the process (a
  node failure, the server's exception) loses what was still queued; a preemption's ``SIGUSR1`` (Lightning saves and
  requeues) or a resubmission lets ``atexit`` drain it;
* **the poller's cursor**: the history comes ordered by timestamp (then step and value) and the poller keeps the rows
  stamped after the newest it has taken: a row that arrives after a later-stamped one was taken is passed over; a poll
  while the server is down takes nothing.

Healthy behaviour (none of it labelled):

* **the recycling depth and the MSA mix**: a row averages ``W - 1`` recycling depths; the loader's cost wanders with
  the sampled chains' MSA depths (Ornstein-Uhlenbeck, log-sd 3-8 %, 20-120 min), the GPU path a little with its
  clocks (0.5-1.5 %); stalls of 1-6 s now and then (garbage collection, a Lustre hiccup, a chain with a huge MSA);
* **the cluster's busy hours**: the all-reduce of multi-node runs (up to 1.5x) and the alignment database's reads on
  Lustre (up to 1.35x) slow with the cluster's day;
* **validation** (lDDT-Ca of full-length predictions of held-out chains) every 150-450 points of training, every
  2nd-4th one with a checkpoint as well (1.5x longer);
* **restarts** (Slurm preempts the job, a node fails, the tracking server's exception; Poisson 0.5-2 a run; 1.5x a
  pause): the job resumes from its last checkpoint on other nodes (3 % faster or slower: unlisted level steps), the
  loader's workers and the alignment index start (1.5-3x slower, decaying over 10-60 s) and the GPU path warms up (the
  Evoformer's attention kernels, the caching allocator: 1.3-2.5x, decaying over 20-120 s); the same at the run's
  start.

Planned level changes, **listed in ``changes``** (the first point after the span of the pause they follow), each
made only where it moves the rate by 10 % or more on the loader's cost after it and the level seen 8 % or more:

* **world-size changes** at a restart (tried at 40 % of them): the job is requeued on 1-4 nodes, another number;
* **the fine-tuning stage** (tried in 35 % of the runs, at a validation 30-80 % of the way through): the user stops
  the job after its checkpoint and resubmits it with the fine-tuning preset (crop 384, 512 MSA clusters, 5120 extra
  sequences: the GPU path 2-3.2x, the loader 1.5-3x);
* **bf16** (tried in 25 % of the runs, at a validation up to 70 % of the way): resubmitted with
  ``precision="bf16-mixed"`` (the GPU path 0.5-0.75x).

A regression changes a step's parts inside its window; the run's clock (steps, pauses, the rows' times and
arrivals) stays the healthy run's, so ``healthy`` (the same run without regressions) aligns point by point and equals
``values`` outside the events: a regression stretches the steps inside it (a row's window gains their extra
seconds), so only the rows whose windows overlap it change. No event holds a point of ``changes``.

Labelled regressions (their causes are a Slurm GPU cluster's)
-------------------------------------------------------------
* ``drop``: a node's GPUs held at low clocks (a power cap after a PSU fault, a stuck P-state: the GPU path up to
  3.5x); another job's all-to-all congesting the shared InfiniBand spine (the all-reduce up to about 13x, swinging
  20 %, not ended by a restart); or a restart where DeepSpeed's fused Evoformer attention kernel fails to build and
  the PyTorch path runs instead (the GPU path up to 3.5x; from a restart onto as many nodes, until the next one);
  150-1400 points or to the end;
* ``straggler``: a neighbour's MSA searches (hhblits) on a node's CPUs throttling its loader (bursts of 20-180 s
  every 60-600 s, the loader up to 7x, 5 % of that between them), or a GPU's hardware slowdown in bursts of 5-60 s
  every 30-300 s (the GPU path up to 6x); 80-500 points;
* ``leak``: the loader workers' unbounded cache of parsed alignments until the node swaps (the loader up to 7x), a
  debugging hook left on that keeps every step's structure-module outputs on the host (the fixed part up to 31x), or
  the recycling depths' many shapes fragmenting the caching allocator (``cudaMalloc`` retries: the GPU path up to 3x),
  each growing as ``r ** q`` of its ramp (``q`` 0.7-1.5) over 250-1800 points, then held 80-600 points; a node's or
  process's fault ends at the next restart (the job gets other nodes).

Each trace with events holds every kind once, in a random order, and a fourth of a random kind in 40 % of them,
one per stretch from point 600 on. A regression's magnitude is set by bisection to a drawn noise-free loss (drops
8-33 %, stragglers 10-30 %, a leak 12-40 % over its plateau); about 35 % of the other onsets lie at the end of a
pause or inside it. An event is kept only when its measured depth is 7-35 %, its values lie below the healthy twin
on more than 60 % of its points, it holds no listed change, and it shows within 60 points (a leak: along its ramp).
A fault on the side that does not bind needs a large magnitude to show, and is redrawn where even its largest
does not.

Counts over ``heldout26_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     29      9     11         9     0.093-0.323  13              5-22 (263 spans, 0 >60)      3
long      32      12    10         10    0.095-0.346  13              31-110 (214 spans, 129 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are left
out of the span ranges. Pause spans include restarts. ``changes`` (planned level changes the monitor knows of): short 14
(7 world-size changes, 4 fine-tuning stages, 3 switches to bf16), long 10 (6 world-size changes, 2 fine-tuning stages, 2
switches to bf16). Measured at them (the healthy level's medians, 300 live points before, points 100-400 after):
world-size changes 0.26-2.00x (12), fine-tuning stages 0.33-0.52x (6), switches to bf16 1.14-1.73x (5). The MSA mix, the
clocks, the cluster's day, the other nodes after a restart, the warm-ups, the shelves after checkpoints and the waits
for a slow server are level changes the monitor is not told of. Over both sets: polls every 30 s in 5 runs, 1 minute in
14, 2 minutes in 5; a window of 10, 20, 50 and 100 batches in 3, 1, 8 and 12; 13 logging synchronously, the others
buffering 0, 5, 10 and 30 s in 6, 1, 3 and 1; 5 of the 24 runs on one node at the start, 16 with 8 GPUs a node, 9 with 2
crops a GPU; 46 restarts (17 preemptions, 13 node failures, 5 ended by the tracking server, 11 resubmissions); 32 slow
spells of the server in 20 runs, 14 outages in 12; 31 rows dropped and 45 passed over of 303756; rows up to 257 s late;
a row's window 16 s to 24 minutes. Live points that read 0 (before the first row): 0-11 a run of the short set, 0-14 of
the long. Generating both settings takes about 1.5 s.

Usage::

    from anomaly.heldout26 import heldout26_set
    for trace in heldout26_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from anomaly.heldout_common import (apply_mods, bad_share, calibrate, cause_buckets, draw_regression,
                                    every_fourth_clean, family_trace, next_stretch, ou_path, rollup_build,
                                    seg_buckets, seg_columns, smax, span_len, twostate, wobble)
from anomaly.traces import Trace

HELDOUT26_SEEDS = tuple(range(262000, 262012))

_PAUSE = {"short": (5, 22, 7, 13), "long": (30, 110, 40, 75)}  # span (points) lo, hi; median lo, hi
_W = 5.0  # the simulation grid: 5-s buckets
# the client's attempts at a request after its first one (urllib3's Retry: 7 retries, backoff factor 2, at most
# 120 s a wait; the first retry at once), seconds after the first
_RETRIES = np.array([0.0, 4.0, 12.0, 28.0, 60.0, 124.0, 244.0])
_LOG_EVERY = (1, 2, 5, 10, 20, 25, 50)  # Trainer(log_every_n_steps=...)
_WINDOWS = (10, 20, 50, 100)  # ThroughputMonitor(window_size=...): batches in the rolling window
_P_KIND = (0.34, 0.33, 0.33)
_MIN_MOVE = 0.1  # a planned change is made only where it moves the rate by 10 % or more


@dataclass
class _Job:
    """A step's parts (seconds) of an AlphaFold2-style model under a preset (``ft``: the fine-tuning preset) and a
    precision (``bf``: bf16-mixed, else fp32)."""

    G: int  # GPUs per node
    b: int  # crops per GPU and step
    cpu: float  # the loader's featurisation of a step's crops (MSA sampling, clustering and masking, templates)
    gpu: float  # forward (with the mean number of recycling iterations) and backward, initial-training preset
    c: float  # one recycling iteration (a forward without gradients) against ``gpu`` at no recycling
    fix: float  # the optimizer step and the EMA update of the weights
    ar: float  # the gradient all-reduce, per (1 + log2(N) / 2)
    ftg: float  # the fine-tuning preset's GPU cost against the initial one (crop 384, 512 MSA clusters, 5120 extra)
    ftc: float  # its loader cost against the initial one (deeper MSAs to sample and cluster)
    bfg: float  # bf16-mixed's GPU cost against fp32

    def samples(self, N):
        """Crops per step (all ranks)."""
        return self.G * self.b * np.asarray(N, float)

    def parts(self, N, ft, bf):
        """``(cpu, gpu, fix, ar)`` of a step."""
        ft, bf = np.asarray(ft, bool), np.asarray(bf, bool)
        cpu = self.cpu * np.where(ft, self.ftc, 1.0)
        gpu = self.gpu * np.where(ft, self.ftg, 1.0) * np.where(bf, self.bfg, 1.0)
        ar = self.ar * (1 + 0.5 * np.log2(np.asarray(N, float)))
        return cpu, gpu, self.fix + 0.0 * cpu, ar + 0.0 * cpu


def _step(cpu, gpu, fix, ar, gm):
    """Seconds per step: the loader's supply against the GPU path (``gm`` its warm-up: DeepSpeed's Evoformer
    attention kernels compiled, the caching allocator meeting the recycling depths' shapes)."""
    return smax(cpu, (gpu + fix + ar) * gm)


@dataclass
class _Seg:
    """A stretch of training in one process with one configuration."""

    t0: float
    t1: float
    ev: int  # validations done before it
    proc: int
    N: int
    ft: bool  # the fine-tuning preset
    bf: bool  # bf16-mixed


@dataclass
class _Run:
    """The healthy run on the grid of 5-s buckets (``K = n * k``), its logged rows and what the poller saw."""

    dt: float  # the poller's interval (one point each)
    k: int
    n: int
    W: int  # the rolling window (batches)
    li: int  # log_every_n_steps
    sync: bool  # synchronous logging (else MLflow's async queue)
    buf: float  # MLFLOW_ASYNC_LOGGING_BUFFERING_SECONDS (0: none)
    train: np.ndarray
    cpu: np.ndarray
    gpu: np.ndarray
    fix: np.ndarray
    ar: np.ndarray
    gmul: np.ndarray
    nodes: np.ndarray
    eff: np.ndarray  # seconds spent stepping (less stalls, blocking log calls)
    clock: np.ndarray  # seconds on the monitor's clock (training and the tails of validations it does not remove)
    edges: np.ndarray
    rx: np.ndarray  # per row: the end of its step (true time)
    rx0: np.ndarray  # the end of the first step in its window
    win: np.ndarray  # the window's seconds on the monitor's clock
    scale: np.ndarray  # (W - 1) crops a rank per step times the world size
    ts: np.ndarray  # its timestamp (ms, as the logger stamped it)
    arr: np.ndarray  # when the server had it (inf: never)
    poll: np.ndarray  # the poll that took it (-1: none)
    segs: list
    pauses_t: list  # (t0, t1, kind): "eval", "ckpt", "restart", "resubmit"
    restarts: list  # (stop, resume, same): same = the job resumed on as many nodes with the same preset
    known_t: list
    known_kind: list  # "world", "stage", "bf16"
    ends: list  # per process but the last: how it ended ("preempt", "node", "mlflow", "resubmit")
    tails: list  # (t0, t1): the part of a pause the monitor counts as training (validation's end, a checkpoint)
    mix: np.ndarray  # log loader cost (the sampled chains' MSA depths) on a 60-s grid
    busy: list  # (t0, t1, largest latency): the server slow
    outages: list  # (t0, t1): the server down
    written: int  # rows logged
    dropped: int  # rows lost (retries ran out, a hard crash's queue)
    skipped: int  # rows the server had that the poller's cursor passed over
    max_delay: float
    job: _Job | None = None


def _span_len(rng, setting: str, scale: float = 1.0) -> float:
    return span_len(rng, _PAUSE, setting, scale)


def _draw_job(rng, N: int, G: int) -> _Job:
    """A step of 1.5-6 s at the start; the loader 15-50 % of the GPU path, or (few workers a GPU: 30 % of the
    runs) 60-130 %, when it can bind."""
    s = np.exp(rng.uniform(np.log(1.5), np.log(6.0)))
    gpu, fix, ar = rng.uniform(0.8, 0.9) * s, rng.uniform(0.03, 0.08) * s, rng.uniform(0.02, 0.08) * s
    lpath = gpu + fix + ar * (1 + 0.5 * np.log2(N))
    few = rng.random() < 0.3
    cpu = lpath * (np.exp(rng.uniform(np.log(0.6), np.log(1.3))) if few else rng.uniform(0.15, 0.5))
    return _Job(G=G, b=int(rng.choice([1, 2], p=[0.75, 0.25])), cpu=cpu, gpu=gpu, c=rng.uniform(0.22, 0.35),
                fix=fix, ar=ar, ftg=rng.uniform(2.0, 3.2), ftc=rng.uniform(1.5, 3.0), bfg=rng.uniform(0.5, 0.75))


def _level(job: _Job, mix, N, ft, bf, t0: float, t1: float) -> float:
    """The noise-free rate's median over ``[t0, t1)`` (warm, on the loader's cost of that time)."""
    i0 = min(int(max(t0, 0) // 60), len(mix) - 1)
    i1 = max(min(int(t1 // 60), len(mix)), i0 + 1)
    cpu, gpu, fix, ar = job.parts(N, ft, bf)
    return float(np.median(job.samples(N) / _step(cpu * np.exp(mix[i0:i1]), gpu, fix, ar, 1.0)))


def _moves(job, mix, old, new, t: float, dt: float) -> bool:
    """The configuration ``new`` moves the rate by ``_MIN_MOVE`` or more on the loader's cost after ``t``, and the
    level seen (300 points before against points 100-400 after) moves 8 % or more the same way."""
    after = _level(job, mix, *new, t + 100 * dt, t + 400 * dt)
    own = np.log(after / _level(job, mix, *old, t + 100 * dt, t + 400 * dt))
    seen = np.log(after / _level(job, mix, *old, t - 300 * dt, t))
    return abs(own) >= _MIN_MOVE and own * seen > 0 and abs(seen) >= 0.08


def _latency(busy, t, base: float) -> np.ndarray:
    """The server's time to take a request at ``t``: ``base``, more in its slow spells (rising and falling)."""
    lat = np.full(np.shape(t), base)
    for a, b, peak in busy:
        lat += np.where((t >= a) & (t < b), peak * np.sin(np.pi * (t - a) / (b - a)), 0.0)
    return lat


def _down(outages, t) -> np.ndarray:
    """True where the server is down at ``t``."""
    d = np.zeros(np.shape(t), bool)
    for a, b in outages:
        d |= (t >= a) & (t < b)
    return d


def _schedule(rng, n: int, setting: str) -> _Run:
    """A run's settings and its timeline (training, validations, checkpoints, restarts, resubmissions and the
    planned changes they bring), then its steps, rows and polls (:func:`_collect`)."""
    dt = float(rng.choice([30.0, 60.0, 120.0], p=[0.3, 0.45, 0.25]))  # the poller's interval
    k = int(dt / _W)
    T, K = n * dt, n * k
    N = int(rng.choice([1, 2, 3, 4], p=[0.2, 0.35, 0.15, 0.3]))
    G = int(rng.choice([4, 8], p=[0.25, 0.75]))
    job = _draw_job(rng, N, G)
    W = int(rng.choice(_WINDOWS, p=[0.15, 0.2, 0.25, 0.4]))
    sync = bool(rng.random() < 0.45)  # MLFlowLogger(synchronous=True), else the async queue
    buf = 0.0 if sync else float(rng.choice([0.0, 5.0, 10.0, 30.0], p=[0.55, 0.15, 0.15, 0.15]))
    mix = ou_path(rng, T, rng.uniform(0.03, 0.08), rng.uniform(1200, 7200))
    iv_pts = rng.uniform(150, 450)
    est = max(2, int(n / (iv_pts * 1.25)))
    ft = bf = False
    st_ev = int(rng.integers(max(2, int(0.3 * est)), max(3, int(0.8 * est)) + 1)) if rng.random() < 0.35 else -1
    bf_ev = int(rng.integers(1, max(2, int(0.7 * est)) + 1)) if rng.random() < 0.25 else -1
    ck_every = int(rng.integers(2, 5))
    base = rng.uniform(0.02, 0.1)
    busy = [(a, a + rng.uniform(300, 2400), rng.uniform(0.3, 2.5))
            for a in rng.uniform(0, T, int(rng.poisson(rng.uniform(0.5, 2.5))))]
    outages = [(a, a + rng.uniform(60, 480)) for a in rng.uniform(0, T, int(rng.poisson(rng.uniform(0.2, 1.0))))]
    n_re = int(rng.poisson(rng.uniform(0.5, 2.0)))
    re_t = list(rng.uniform(0.05, 0.92, n_re) * T)
    crash = set()
    if sync:  # rank 0 blocks in its log call; past the client's retries the MlflowException ends the job
        for a, b in outages:
            if b - a > _RETRIES[-1] + 5:
                crash.add(a + _RETRIES[-1] + 5.0)
        re_t += sorted(crash)
    re_t.sort()

    segs, pauses_t, restarts, known_t, known_kind, ends, tails = [], [], [], [], [], [], []
    t, ev, proc, left = 0.0, 0, 0, iv_pts * dt
    while t < T + dt:
        which, run = next_stretch(rng, re_t, 0, t, left, np.inf, 0, dt)
        segs.append(_Seg(t, t + run, ev, proc, N, ft, bf))
        t += run
        left -= run
        if which == 2:  # Slurm preempts the job (SIGUSR1: Lightning saves and requeues), a node fails, or the
            at = re_t.pop(0)  # tracking server's exception ends it: it resumes from the last checkpoint
            ends.append("mlflow" if at in crash else ("preempt" if rng.random() < 0.55 else "node"))
            dur = (_span_len(rng, setting, 1.5) - 1.0) * dt
            old = N
            if rng.random() < 0.4 and t + dur + 400 * dt < T:  # requeued on another number of nodes
                new = int(rng.choice([m for m in (1, 2, 3, 4) if m != N]))
                if _moves(job, mix, (N, ft, bf), (new, ft, bf), t + dur, dt):
                    N = new
            pauses_t.append((t, t + dur, "restart"))
            restarts.append((t, t + dur, N == old))
            t += dur
            if N != old and t < T:
                known_t.append(t)
                known_kind.append("world")
            proc += 1
            left = max(left, 4 * dt)
            while re_t and re_t[0] < t + 900:
                re_t.pop(0)
            continue
        # validation on the held-out chains (lDDT-Ca of a full-length prediction with 3 recycles); a checkpoint
        ck = (ev + 1) % ck_every == 0  # every ck_every-th one as well
        ev += 1
        kind = "stage" if ev == st_ev and not ft else ("bf16" if ev == bf_ev and not bf else "")
        new = (N, ft or kind == "stage", bf or kind == "bf16")
        if kind and t + 500 * dt < T:
            dur = (_span_len(rng, setting, 1.5) - 1.0) * dt
            if _moves(job, mix, (N, ft, bf), new, t + dur, dt):  # the user stops the job after its checkpoint
                pauses_t.append((t, t + dur, "resubmit"))  # and resubmits it with the new preset or precision
                restarts.append((t, t + dur, False))
                ends.append("resubmit")
                t += dur
                ft, bf = new[1], new[2]
                known_t.append(t)
                known_kind.append(kind)
                proc += 1
                left = iv_pts * dt * np.exp(rng.normal(0, 0.1))
                continue
        dur = (_span_len(rng, setting, 1.5 if ck else 1.0) - 1.0) * dt
        pauses_t.append((t, t + dur, "ckpt" if ck else "eval"))
        # the part the monitor does not take out: the validation's end (metrics gathered, logged), the train
        # loader's workers started for the next (virtual) epoch, and the checkpoint, saved after its hook ran
        x = min(0.5 * dur, rng.uniform(2.0, 12.0) + (rng.uniform(10.0, 60.0) if ck else 0.0))
        tails.append((t + dur - x, t + dur))
        t += dur
        left = iv_pts * dt * np.exp(rng.normal(0, 0.1))
    return _collect(rng, n, dt, k, T, K, job, W, sync, buf, mix, base, busy, outages, segs, pauses_t, restarts,
                    known_t, known_kind, ends, tails)


def _collect(rng, n, dt, k, T, K, job, W, sync, buf, mix, base, busy, outages, segs, pauses_t, restarts, known_t,
             known_kind, ends, tails) -> _Run:
    """The run's steps on the bucket grid, the rows the rank-0 callback logged, and what reached the poller."""
    tb, train, seg_of = seg_buckets(segs, K, _W)
    on, (Nb, ftb, bfb, pb) = seg_columns(segs, seg_of, "N", "ft", "bf", "proc")
    cpu, gpu, fix, ar = job.parts(Nb, ftb, bfb)
    cpu = cpu * np.exp(mix[(tb / 60).astype(int)])
    gpu = gpu * np.exp(ou_path(rng, K * _W, rng.uniform(0.005, 0.015), rng.uniform(600, 3600))[(tb / 60).astype(int)])
    tc = np.cumsum(train)
    idx = np.nonzero(on)[0]
    first = np.zeros(K, bool)
    first[idx[np.r_[True, pb[idx][1:] != pb[idx][:-1]]]] = True
    at = np.maximum.accumulate(np.where(first, np.arange(K), 0))
    since_p = np.maximum(tc - (tc - train)[at], 0.0)  # training seconds since the process started
    cpu = cpu * (1 + rng.uniform(0.5, 2.0) * np.exp(-since_p / rng.uniform(10, 60)))  # workers, alignment index
    day = np.maximum(0, np.sin(2 * np.pi * tb / 86400 + rng.uniform(0, 6.3)))  # the cluster's busy hours
    ar = ar * np.where(Nb > 1, np.exp(rng.uniform(0, 0.4) * day), 1.0)  # the shared fabric
    cpu = cpu * np.exp(rng.uniform(0, 0.3) * day)  # the alignment database's Lustre
    node = np.exp(rng.normal(0, 0.03, (2, int(pb.max()) + 1)))  # other nodes after a restart
    gpu, cpu = gpu * node[0][pb], cpu * node[1][pb]
    gmul = 1 + rng.uniform(0.3, 1.5) * np.exp(-since_p / rng.uniform(20, 120))
    for arr in (cpu, gpu, fix, ar, gmul):
        arr[~on] = 1.0
    step0 = _step(cpu, gpu, fix, ar, gmul)
    med = float(np.median(step0[on]))
    # a row every 2 s to 1.5 dt; with synchronous logging every 10 s or more (each row's call waits for the server)
    want = rng.uniform(10.0, 1.5 * dt) if sync else rng.uniform(2.0, 1.5 * dt)
    li = max([v for v in _LOG_EVERY if v * med <= max(want, med)])
    # stalls the monitor counts as training: garbage collection and Lustre hiccups, a chain with a huge MSA, and
    # (synchronous logging) each logged step's wait for the server, all of it while the server is down
    stall = np.where(rng.random(K) < _W / rng.uniform(600, 2400), rng.uniform(1.0, 6.0, K), 0.0)
    eff = np.maximum(train - stall, 0.0)
    if sync:
        lat = _latency(busy, tb + 0.5 * _W, base)
        eff = eff * li * step0 / (li * step0 + lat)
        for a, b in outages:
            b = min(b, a + _RETRIES[-1] + 5.0)
            ov = np.clip(np.minimum(b, tb + _W) - np.maximum(a, tb), 0, None)
            eff = np.maximum(eff - ov, 0.0)
    eff = np.where(on, eff, 0.0)
    tail = np.zeros(K)
    for a, b in tails:
        b0, b1 = int(a // _W), min(K, int(np.ceil(b / _W)))
        if b0 < K:
            tail[b0:b1] += np.clip(np.minimum(b, tb[b0:b1] + _W) - np.maximum(a, tb[b0:b1]), 0, None)
    edges = np.arange(K + 1) * _W
    E = np.r_[0.0, np.cumsum(train + tail)]  # the monitor's clock
    Cw = np.r_[0.0, np.cumsum(np.where(on, eff / step0, 0.0))]  # steps of the mean recycling depth
    xp = Cw + 1e-9 * np.arange(K + 1)
    g = (gpu + fix + ar) * gmul
    phi = g ** 8 / (g ** 8 + cpu ** 8) * gpu / (gpu + fix + ar)  # how much of a step the recycling depth moves

    procs = {}
    for s in segs:
        procs.setdefault(s.proc, [s.t0, s.t1, s.N])[1] = s.t1
    rows = {name: [] for name in ("rx", "rx0", "scale", "ts", "arr")}
    written = dropped = 0
    for p, (s0, s1, Np) in sorted(procs.items()):
        k0, k1 = np.interp([s0, min(s1, T + dt)], edges, Cw)
        m = int(1.3 * (k1 - k0)) + W + 20
        r = rng.integers(0, 4, m)  # recycling iterations, drawn per batch (uniform 1-4 passes), the same on every rank
        rho = (1 + job.c * r) / (1 + 1.5 * job.c)
        bj = np.clip(np.searchsorted(Cw, k0 + np.arange(m)) - 1, 0, K - 1)
        u = k0 + np.cumsum(1 + phi[bj] * (rho - 1))
        u = u[u <= k1]
        if len(u) < W + 1:
            continue
        x = np.interp(u, xp, edges)  # each step's end
        j = np.arange(W - 1, len(u))
        j = j[(j + 1 + int(rng.integers(li))) % li == 0]  # the logged steps with a full window
        if not len(j):
            continue
        rx, rx0 = x[j], x[j - W + 1]
        ts = np.floor((rx + rng.uniform(0.002, 0.03, len(j))) * 1000) / 1000  # int(time.time() * 1000)
        written += len(j)
        if sync:  # the call returns once the server has the row; while it is down the step waits (or the job ends)
            arr = ts + _latency(busy, ts, base)
            dn = _down(outages, ts)
            for a, b in outages:
                arr = np.where((ts >= a) & (ts < b), b + _latency(busy, b, base), arr)
            arr = np.where(dn & (arr > ts + _RETRIES[-1] + 5), np.inf, arr)
        else:  # queued; the worker threads send it (after the buffering period, where set)
            ph = rng.uniform(0, buf) if buf else 0.0
            send = np.ceil((ts - ph) / buf) * buf + ph if buf else ts + rng.uniform(0.001, 0.01, len(j))
            lat = _latency(busy, send, base) * (1 + rng.exponential(0.3, len(j)))
            arr = send + lat
            for a, b in outages:
                dn = (send >= a) & (send < b)
                tries = send[:, None] + _RETRIES[None, :] + np.cumsum(np.r_[0.0, rng.uniform(0, 1, 6)])[None, :]
                got = np.where(tries >= b, tries, np.inf).min(1)
                arr = np.where(dn, got + lat, arr)
        if p < len(ends) and ends[p] in ("node", "mlflow"):  # a hard end: what was still queued is lost (a
            arr = np.where(arr > s1, np.inf, arr)  # preemption's SIGUSR1 or a resubmission lets atexit drain it)
        dropped += int(np.isinf(arr).sum())
        rows["rx"].append(rx)
        rows["rx0"].append(rx0)
        rows["scale"].append(np.full(len(j), (W - 1) * job.b * job.G * Np, float))
        rows["ts"].append(ts)
        rows["arr"].append(arr)
    rx, rx0, scale, ts, arr = (np.concatenate(rows[name]) for name in ("rx", "rx0", "scale", "ts", "arr"))
    win = np.interp(rx, edges, E) - np.interp(rx0, edges, E)
    poll, skipped = _poller(rng, n, dt, ts, arr, outages)
    ok = np.isfinite(arr)
    return _Run(dt=dt, k=k, n=n, W=W, li=li, sync=sync, buf=buf, train=train, cpu=cpu, gpu=gpu, fix=fix, ar=ar,
                gmul=gmul, nodes=Nb * 1.0, eff=eff, clock=train + tail, edges=edges, rx=rx, rx0=rx0, win=win,
                scale=scale, ts=ts, arr=arr, poll=poll, segs=segs, pauses_t=pauses_t, restarts=restarts,
                known_t=known_t, known_kind=known_kind, ends=ends, tails=tails, mix=mix, busy=busy, outages=outages,
                written=written, dropped=dropped, skipped=skipped,
                max_delay=float((arr[ok] - ts[ok]).max()) if ok.any() else 0.0, job=job)


def _poller(rng, n: int, dt: float, ts: np.ndarray, arr: np.ndarray, outages) -> tuple[np.ndarray, int]:
    """Which poll takes each row (-1: none) and how many rows the server had that no poll took. Poll ``i`` asks
    for the metric's history at ``(i + 1) dt`` (and a moment) -- it fails while the server is down -- and keeps the
    rows stamped after the newest row it has seen (the history comes ordered by timestamp, step and value): a row
    that arrives after a later-stamped one was taken is passed over."""
    p = (np.arange(n) + 1.0) * dt + rng.uniform(0.05, 1.0, n)
    ok = ~_down(outages, p)
    nxt = np.full(n + 1, n)
    for i in range(n - 1, -1, -1):
        nxt[i] = i if ok[i] else nxt[i + 1]
    q = np.where(np.isfinite(arr), nxt[np.minimum(np.searchsorted(p, arr), n)], n)  # the first poll that can see it
    order = np.argsort(ts, kind="stable")
    qs = q[order]
    later = np.r_[np.minimum.accumulate(qs[::-1])[::-1][1:], n]  # the earliest poll of a later-stamped row
    took = qs <= later
    poll = np.full(len(ts), -1)
    poll[order] = np.where(took & (qs < n), qs, -1)
    return poll, int(((qs < n) & ~took).sum())


def _read(run: _Run, vals: np.ndarray) -> np.ndarray:
    """The poller's points: the mean of the rows a poll took; a poll that took none keeps the last point (0 before
    the first row)."""
    n = run.n
    got = run.poll >= 0
    cnt = np.bincount(run.poll[got], minlength=n)
    tot = np.bincount(run.poll[got], vals[got], minlength=n)
    has = cnt > 0
    mean = np.where(has, tot / np.maximum(cnt, 1), 0.0)
    last = np.maximum.accumulate(np.where(has, np.arange(n), -1))
    return np.where(last >= 0, mean[np.maximum(last, 0)], 0.0)


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
    """The job's noise-free crops/s in each bucket of ``[b0, b1)``."""
    return run.job.samples(run.nodes[b0:b1]) / _steps(run, mods, b0, b1)


def _series(run: _Run, mods=()) -> np.ndarray:
    """The poller's series, one value per point. A regression stretches the steps inside it (the rows keep the
    healthy run's times and steps): a row's window gains the extra seconds of the steps it holds."""
    vals = run.scale / run.win
    if mods:
        D = np.zeros(len(run.edges))
        for md in mods:  # each regression's extra seconds, summed up to each bucket edge
            lo, hi = md.b0, md.b1
            d = np.zeros(len(run.edges))
            d[lo + 1:hi + 1] = np.cumsum((_steps(run, [md], lo, hi) / _steps(run, [], lo, hi) - 1) * run.eff[lo:hi])
            d[hi + 1:] = d[hi]
            D += d
        vals = run.scale / (run.win + (np.interp(run.rx, run.edges, D) - np.interp(run.rx0, run.edges, D)))
    return _read(run, vals)


_CAUSES = {"drop": ("clocks", "fabric", "kernel"), "straggler": ("msa", "slowdown"),
           "leak": ("cache", "hook", "frag")}


def _cause(rng, run: _Run, kind: str, name: str, t0: float, t1: float, tr: float):
    """``(mod_of(A), A_max, t1)`` of the regression ``name`` over ``[t0, t1)`` (a leak ramps until ``tr``); a
    fault of the nodes or of the training process ends at its next restart (Slurm gives the job other nodes)."""
    t1, b0, b1 = cause_buckets(run, t0, t1, _W, name != "fabric")
    tb = np.arange(b0, b1) * _W
    x = np.maximum(tb - t0, 0)
    if name == "clocks":  # a node's GPUs held at low clocks (a power cap after a PSU fault, a stuck P-state)
        w = np.minimum(1, x / rng.uniform(5, 60)) * (1 + 0.03 * np.sin(2 * np.pi * x / rng.uniform(120, 900)))
        return (lambda A: _Mod(b0, b1, gpu=1 + A * w)), 2.5, t1
    if name == "fabric":  # another job's all-to-all congests the shared InfiniBand spine
        w = wobble(rng, x, 0.2, 1800)
        return (lambda A: _Mod(b0, b1, ar=1 + A * w)), 12.0, t1
    if name == "kernel":  # a restart where the fused Evoformer attention kernel fails to build: the PyTorch path
        return (lambda A: _Mod(b0, b1, gpu=np.full(b1 - b0, 1 + A))), 2.5, t1
    if name in ("msa", "slowdown"):  # a neighbour's MSA searches (hhblits) on the node's CPUs; a GPU's HW slowdown
        bm, gm = ((20, 180), (60, 600)) if name == "msa" else ((5, 60), (30, 300))
        bad = bad_share(twostate(rng, t0, t1, rng.uniform(*bm), rng.uniform(*gm), 1e6), tb, _W)
        f = bad * np.exp(rng.normal(0, 0.25, b1 - b0)) + 0.05 * (1 - bad)
        if name == "msa":
            return (lambda A: _Mod(b0, b1, cpu=1 + A * f)), 6.0, t1
        return (lambda A: _Mod(b0, b1, gpu=1 + A * f)), 5.0, t1
    r = np.clip(x / max(tr - t0, 1e-9), 0, 1) ** rng.uniform(0.7, 1.5)
    if name == "cache":  # the loader workers' unbounded cache of parsed alignments: the node swaps
        return (lambda A: _Mod(b0, b1, cpu=1 + A * r)), 6.0, t1
    if name == "hook":  # a debugging hook keeps every step's structure-module outputs on the host: GC grows
        return (lambda A: _Mod(b0, b1, fix=1 + A * r)), 30.0, t1
    return (lambda A: _Mod(b0, b1, gpu=1 + A * r)), 2.0, t1  # the recycling depths' shapes fragment the allocator


def _draw_event(rng, run: _Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` with onset in ``[lo, hi)``: an ``(Event, _Mod)`` pair, or None."""
    return draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=_P_KIND, causes=_CAUSES,
                           cause=_cause,
                           calib=lambda mod_of, a, tgt, b0, b1: calibrate(lambda m: _rates(run, m, b0, b1), mod_of,
                                                                          a, tgt, run.train[b0:b1] > 0),
                           series=lambda mod, lo, b1: (_series(run, [mod]), 0),
                           width=_W, restart_cause="kernel", p_pause=0.35, max_depth=0.35, stop_at_end=True)


def _build(seed: int, n: int, pauses: str):
    """The healthy run of ``seed``: ``(run, healthy series, pause spans, live mask, changes)``."""
    return rollup_build(_schedule, _series, seed, n, pauses, 261)


def make_heldout26(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One protein-structure job's crops/s (Lightning's ``ThroughputMonitor`` logged to MLflow, read back by a
    poller of ``metrics/get-history``) with labelled regressions and its planned level changes (deterministic in
    ``seed``).

    Parameters
    ----------
    seed : random seed.
    n : number of points (>= 2000).
    pauses : ``"short"`` (pauses of 5-22 points) or ``"long"`` (30-110 points, many over 60).
    n_events : number of regressions to place; ``0`` gives a clean run, ``None`` draws 3 or 4.
    """
    return family_trace(_build, _draw_event, _series, _P_KIND, seed, n, pauses, n_events, 262,
                        lambda run: 1_900_800_000.0 + 86400.0 * (seed % 89) + run.dt * (np.arange(n) + 1.0))


def heldout26_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT26_SEEDS) -> list[Trace]:
    """The family's traces, one per seed; every fourth trace is a clean run."""
    return every_fourth_clean(make_heldout26, seeds, n, pauses)
