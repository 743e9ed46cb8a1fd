"""The twenty-eighth held-out throughput family: a LiDAR 3-D detector's frames/s, a per-pod gauge that an HA pair of
vmagents scrapes into VictoriaMetrics (``-dedup.minScrapeInterval``), read back by instant queries of
``sum(rate(lidar_frames_total[W]))``.

Written blind, this session: the author read only ``/work/HELPERS.md``, the shared helpers
(``anomaly/heldout_common.py``, ``tests/trace_checks.py``), the twenty-seventh generator and its tests as a model of
API, structure and tests, the first 15 lines of generators 3-26 (to take another job and another collection path: no
earlier one is a LiDAR model or VictoriaMetrics), the first 110 lines of ``tests/test_architecture.py``, lines 36-80
of ``anomaly/traces.py`` (the ``Event``/``Trace`` definitions) -- and saw the names of the files in ``anomaly/`` in a
directory listing and grepped ``pyproject.toml`` for a lint section (none) -- and public sources: VictoriaMetrics'
code of MetricsQL's rollups (``app/vmselect/promql/rollup.go`` in an older and a recent version:
``rollupDerivFast``, ``removeCounterResets``, the previous sample's ``maxPrevInterval``, the step as that interval
for instant queries) and of its deduplication
(``lib/storage/dedup.go``), the MetricsQL reference on ``rate``, issues #2679 (HA vmagents scrape a target at the
same offset unless ``-promscrape.cluster.name`` differs), #5587 and #10196 (a failed scrape's staleness marker wins
the deduplication over the other replica's value; fixed by PR #10274 in January 2026, not in the version modelled),
Prometheus issue #1546 (an HA pair's scrape offsets), a note on vmagent's ``-remoteWrite.tmpDataPath`` queue and the
docs of the cluster version's rerouting (read, not modelled); never a detector, and never ran a detector on these
traces.

Size: over 500 lines because the docstring (its table and the measured counts the tests check) is nearly a
quarter of it.

What is modelled
----------------
A CenterPoint-style LiDAR 3-D object detector (multi-sweep point clouds voxelised on the GPU, a sparse 3-D backbone
on spconv, a BEV backbone, center heads) is trained with DDP on a Kubernetes cluster (a PyTorchJob, elastic over 1-4
nodes): ``N`` nodes of ``G`` GPUs (4 or 8), ``b`` frames a GPU (2, 4 or 6). A frame's points are log-normal (log-sd
0.25-0.45: dense city scenes, empty highways) and GT-sampling pastes 10-25 % more; every rank draws its own frames,
so a step waits for the slowest of ``N G`` batches (the sparse backbone, 55-80 % of the GPU path, grows with the
points; the BEV backbone and the heads do not). The loader (its workers read and merge the sweeps, augment them and
run GT-sampling: 25-50 % of its cost) costs 20-60 % of a step, or in 45 % of the runs (heavy augmentation, few
workers) 70-130 %, when it can bind; its batches' points move the steps it binds. A step takes 0.5-1.6 s at the
start.

Local rank 0 of each pod sets a gauge ``lidar_frames_total`` after each step: the job's step (restored with the
checkpoint after a restart) times the pod's ``G b`` frames; the exporter starts once the checkpoint is restored.
Each vmagent replica (two in 70 % of the runs, else one) scrapes every pod each ``scrape_interval`` ``P`` (10, 15
or 30 s) at an offset from the hash of the target's labels; with equal cluster names (half the HA runs) both
replicas scrape a pod at the same instant and stamp equal timestamps. VictoriaMetrics (single node) keeps per series
and interval ``(j P, (j + 1) P]`` the sample with the latest timestamp (of equal ones the one merged last, unless an
earlier one is larger). The lightwatch poller asks, ``delay`` (30-90 s) after each point's time ``T = (i + 1) dt``
(``dt`` 30 s or 1 minute), for the instant query ``sum(rate(lidar_frames_total[W]))`` at ``T`` with ``step=dt``
(``W`` one or two steps) and writes one point. So:

* **MetricsQL's rate()**: no extrapolation: a series' last sample in ``(T - W, T]`` against the last sample before
  the window where that lies within ``step`` of it (else the window's first; one sample alone gives nothing), after
  ``removeCounterResets`` (a fall of under an eighth is a partial reset and is added back, a larger one a reset); a
  series that gives nothing is left out of the sum, and a query with no series keeps the last point (0 before the
  first). A point's rate reaches ``W + dt`` back: a pause's span runs on for that long after it;
* **whole steps**: a point moves by a step's frames over the window (0.5-5 %); many consecutive points are equal;
* **staleness markers**: a failed scrape (a timeout: the exporter's thread starved by the training loop, 0.1-0.8 %
  of them, 30 % while a checkpoint is pickled) makes vmagent send a staleness marker (unless
  ``-promscrape.noStaleMarkers``, a fifth of the runs); where it has the later timestamp of its interval -- or an
  equal one and was merged last -- it wins the deduplication over the other replica's value and rate() drops it: a
  gap. With one sample per window (``P = W``) the series is left out of a point (it reads low by the pod's share) and
  the next one may lack its previous sample;
* **restarts**: a pod restarted in place (an OOM kill) keeps its series, and its gauge falls back to the
  checkpoint's step (removeCounterResets sees the fall); a rescheduled pod (a preemption, a node failure) or a
  resubmitted job starts new series (the latter from 0) at new offsets; the old ones end;
* **the troubles**: a replica is down now and then (Poisson 0.2-1.5 a run and replica, 20-120 s: a rollout, an
  eviction; the other covers for it); VictoriaMetrics restarts (Poisson 0.1-0.6 a run, 20-400 s: an upgrade, an OOM
  kill): vmagent keeps the samples in its queue and sends them 1-60 s after the database is back, queries fail
  meanwhile and the poller's next answered query reads every point since -- from the samples there by then (a
  point may miss its last samples, or have none and keep the last point).

Healthy behaviour (none of it labelled):

* **the scenes**: the slowest rank's points, drawn per step, the loader's batches and the host's jitter; in 40 % of
  the runs scene-sorted shards pass a shuffle buffer and the sparse backbone's cost wanders (Ornstein-Uhlenbeck,
  log-sd 3-7 %, 2-10 min); the loader's cost wanders with the shared file system's load (log-sd 3-8 %, 20-120 min),
  the GPU path a little with its clocks (0.5-1.5 %); stalls of 1-6 s now and then;
* **the epochs**: an epoch (100k-400k frames with class-balanced resampling) takes from minutes to hours; at its
  end the sampler reshuffles and, without ``persistent_workers`` (45 % of the runs), the workers start anew (a
  stall of 1.5-5 s, else 0.2-1.5 s);
* **the cluster's busy hours**: the all-reduce of multi-node runs (up to 1.5x) and the file system (up to 1.2x);
* **the start-up** (the image, the dataset's info files and the GT database load: a pause at the start),
  **validation** every 150-450 points of training and a **checkpoint** with every 1st-3rd one (1.5x longer);
* **restarts** (Poisson 0.5-2 a run; 1.5x a pause): a preemption (45 %), a node failure (25 %) or an OOM kill
  (30 %); the job resumes from its last checkpoint; rescheduled pods land on other nodes (3 % faster or slower:
  unlisted level steps) whose page cache does not hold the sweeps yet (the loader 1.2-1.8x until it has read an
  epoch); the workers start (1.5-3x slower, decaying over 10-60 s) and spconv's and cuDNN's tuners meet new shapes
  (1.3-2.5x, decaying over 1-10 min); the same at the run's start.

Planned level changes, **listed in ``changes``** (the first point after the span of the pause they follow), each
made only where it moves the rate by 10 % or more on the loader's cost after it and the level seen 8 % or more:

* **world-size changes** at a rescheduling restart (tried at 30 % of them): the elastic job resumes on 1-4 nodes,
  another number;
* **the second stage** (tried in 40 % of the runs, at a validation 25-60 % of the way): the user submits the
  two-stage configuration (an RoI head refining the boxes: the GPU path 15-40 % dearer) as a new job from the
  checkpoint;
* **the fade of GT-sampling** (tried in 60 % of the runs, at a validation 55-90 % of the way): PointAugmenting's
  fade strategy turns the augmentation off for the last epochs after a checkpoint (fewer points, a cheaper loader).

A regression changes a step's parts inside its buckets; the run's clock (steps, pauses, scrapes, the samples'
arrivals) stays the healthy run's, so ``healthy`` (the same run without regressions) aligns point by point and
equals ``values`` outside the events: a regression makes whole steps late, so by each scrape from its onset on the
process has done the healthy run's steps less those it lost (its gauge never falls), and after it every increase is
the healthy one (a restored gauge is the healthy run's: a constant offset no rate sees). No event holds a point of
``changes``.

Labelled regressions (their causes are a Kubernetes GPU cluster's)
-----------------------------------------------------------------
* ``drop``: a node's GPUs held at low clocks (a power cap after a PSU fault, a failed fan: the GPU path up to 3.5x);
  the shared file system serving the sweeps degraded (a failover, a rebuilding array: the loader up to 7x, swinging
  25 %, not ended by a restart); or a restart that pulls a moved image tag whose spconv build lacks its tuned kernels
  (the sparse backbone up to 5x; from a restart onto as many nodes, until the next one); 150-1400 points or to the
  end;
* ``straggler``: another pod's processes on a node's CPUs throttling its loader workers (bursts of 20-180 s every
  60-600 s, up to 7x, 5 % of that between them), or a GPU's hardware slowdown in bursts of 5-60 s every 30-300 s (the
  GPU path up to 6x); 80-500 points;
* ``leak``: the loader workers' copies of the GT database growing until the node swaps (the loader up to 7x), a
  visualisation hook that keeps every step's point clouds and boxes on the host (the optimizer's part up to 31x), or
  the voxel counts fragmenting the caching allocator (the GPU path up to 3x), each growing as ``r ** q`` of its ramp
  (``q`` 0.7-1.5) over 250-1800 points, then held 80-600 points; a node's or process's fault ends at the next
  restart.

Each trace with events holds every kind once, in a random order, and a fourth of a random kind in 40 % of them,
one per stretch from point 600 on. A regression's magnitude is set by bisection to a drawn noise-free loss (drops
8-33 %, stragglers 10-30 %, a leak 12-40 % over its plateau); about 35 % of the other onsets lie at the end of a
pause or inside it. An event is kept only when its measured depth is 7-35 %, its values lie below the healthy twin
on more than 60 % of its points, it holds no listed change, and it shows within 60 points (a leak: along its ramp).
A fault on the side that does not bind needs a large magnitude to show, and is redrawn where even its largest
does not.

Counts over ``heldout28_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     29      10    9          10    0.106-0.292  16              5-22 (291 spans, 0 >60)      3
long      32      12    10         10    0.101-0.318  14              30-110 (222 spans, 125 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are
left out of the span ranges. Pause spans include the start-up and restarts. ``changes`` (planned level changes the
monitor knows of): short 12 (3 world-size changes, 4 second stages, 5 fades of GT-sampling), long 15 (5 world-size
changes, 7 second stages, 3 fades of GT-sampling). Measured at them (the healthy level's medians, 300 live points
before, points 100-400 after): world-size changes 0.27-1.37x (8), second stages 0.73-0.90x (11), fades 1.10-1.53x
(8). The file system's load, the clocks, the scenes' order, the cluster's day, the other nodes and their cold page
cache after a rescheduling and the warm-ups are level changes the monitor is not told of. Over both sets: steps of
30 s in 13 runs, 1 minute in 11; windows of one step in 11, two in 13; scrape intervals of 10, 15 and 30 s in 5, 13
and 6; an HA pair of vmagents in 17 runs (8 with distinct cluster names), staleness markers in 19; 4 of the 24 runs
on one node at the start, 18 with 8 GPUs a node; 46 restarts (17 preemptions, 5 node failures, 13 OOM kills
restarted in place, 11 resubmissions); 12 restarts of VictoriaMetrics in 9 runs, 40 of a replica; 1681511 scrapes
due, 33496 of them timed out and 473 skipped; 5550 intervals whose value a staleness marker replaced; 51 points read
before all their samples were ingested. No live point reads 0. Downsampling (older data) is not modelled: the
poller reads fresh samples. Generating both settings takes about 4 s.

Usage::

    from anomaly.heldout28 import heldout28_set
    for trace in heldout28_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from anomaly.heldout_common import (SETTINGS, apply_mods, bad_share, calibrate, cause_buckets, change_points,
                                    draw_regression, every_fourth_clean, family_trace, live_mask, next_stretch,
                                    ou_path, seg_buckets, seg_columns, smax, span_len, twostate, wobble)
from anomaly.traces import Trace

HELDOUT28_SEEDS = tuple(range(282000, 282012))

_PAUSE = {"short": (5, 22, 7, 13), "long": (30, 110, 40, 75)}  # span (points) lo, hi; median lo, hi
_W = 5.0  # the simulation grid: 5-s buckets
_PERIODS = (10.0, 15.0, 30.0)  # vmagent's scrape_interval (and VictoriaMetrics' -dedup.minScrapeInterval)
_P_KIND = (0.34, 0.33, 0.33)
_MIN_MOVE = 0.1  # a planned change is made only where it moves the rate by 10 % or more
_ZS = np.linspace(-6.0, 7.0, 1301)  # a grid of standard normal quantiles and their distribution function
_CDF = np.array([0.5 * (1.0 + math.erf(z / math.sqrt(2.0))) for z in _ZS])


@lru_cache(maxsize=256)
def _rankmax(M: int, b: int, sd: float) -> tuple[np.ndarray, float, float]:
    """``(F, s, E)`` of the slowest of ``M`` ranks, each with a batch of ``b`` frames whose costs are log-normal
    (log-sd ``sd``; their sum taken as log-normal with log-sd ``s``): ``F`` the distribution function of the
    largest of ``M`` standard normals on ``_ZS`` (made strictly increasing), ``E`` the slowest batch's mean cost
    against a batch's mean."""
    s = math.sqrt(math.log(1.0 + (math.exp(sd * sd) - 1.0) / b))
    F = _CDF ** M
    dF = np.diff(F)
    E = float(np.sum(np.exp(s * 0.5 * (_ZS[1:] + _ZS[:-1]) - 0.5 * s * s) * dF) / dF.sum())
    return F + 1e-12 * np.arange(len(F)), s, E


@dataclass
class _Job:
    """A CenterPoint-style LiDAR detector's step (seconds) on ``N`` nodes of ``G`` GPUs, ``b`` frames a GPU; ``st``:
    the second stage's RoI head trained too, ``fd``: the GT-sampling augmentation faded out."""

    G: int
    b: int
    sd: float  # log-sd of a frame's points (the scene's density)
    gs: float  # the points GT-sampling pastes into a frame (share of its own)
    gv: float  # GPU s a frame per unit of points: voxelisation and the sparse 3-D backbone (spconv)
    gf: float  # GPU s a frame: the BEV backbone, the center heads and their losses
    g2: float  # GPU s a frame of the second stage's RoI head
    la: float  # loader s a frame per unit of points (its workers together): the sweeps read, merged, augmented
    lg: float  # loader s a frame of GT-sampling: the objects' point files read, the collision checks
    fix: float  # the optimizer step, the grad scaler
    ar: float  # the gradient all-reduce, per (1 + log2(N) / 2)
    dutt: float  # frames in an epoch
    cold: float  # the loader's cost on a node whose page cache does not hold the sweeps yet

    def samples(self, N):
        """Frames per step (all ranks)."""
        return self.G * self.b * np.asarray(N, float)

    def parts(self, N, st, fd) -> tuple[float, float, float, float, float]:
        """``(cpu, gpu, vsh, fix, ar)`` of a step: the loader, the GPU path (at the slowest rank's batch), the sparse
        backbone's share of it, the optimizer and the all-reduce."""
        pts = 1.0 + (0.0 if fd else self.gs)
        var = self.b * self.gv * pts * _rankmax(int(N) * self.G, self.b, self.sd)[2]
        gpu = var + self.b * (self.gf + (self.g2 if st else 0.0))
        cpu = self.b * (self.la * pts + (0.0 if fd else self.lg))
        return cpu, gpu, var / gpu, self.fix, self.ar * (1 + 0.5 * np.log2(N))


def _step(cpu, gpu, sp, fix, ar, vsh, gm):
    """Seconds per step: the loader's supply against the GPU path (``sp`` a multiplier of its sparse backbone, the
    share ``vsh``; ``gm`` the warm-up of spconv's and cuDNN's tuners), the optimizer and the all-reduce."""
    return smax(cpu, gpu * gm * (1 - vsh + vsh * sp) + fix + ar)


@dataclass
class _Seg:
    """A stretch of training in one process with one configuration."""

    t0: float
    t1: float
    ev: int  # validations done before it
    proc: int
    N: int
    st: bool  # the two-stage configuration
    fd: bool  # GT-sampling faded out


@dataclass
class _VM:
    """The collection path's settings and its troubles."""

    period: float  # vmagent's scrape_interval (= -dedup.minScrapeInterval)
    replicas: int  # vmagent replicas scraping the same pods (2: an HA pair)
    distinct: bool  # the replicas' -promscrape.cluster.name differ: each scrapes a target at its own offset
    stale: bool  # vmagent sends a staleness marker on a failed scrape (no -promscrape.noStaleMarkers)
    window: float  # the lookbehind window of the poller's rate()
    delay: float  # the poller asks for a point this long after its time
    p_fail: float  # a scrape that times out (the exporter's thread starved by the training loop)
    down: list  # per replica: (t0, t1) spans while it is down (a rollout, an eviction)
    outages: list  # (t0, t1): VictoriaMetrics restarting (an upgrade, an OOM kill): no ingestion, no queries


@dataclass
class _Run:
    """The healthy run on the grid of 5-s buckets (``K = n * k``), its scrapes, the stored samples and the polls."""

    dt: float  # the poller's step (one point each)
    k: int
    n: int
    vm: _VM
    train: np.ndarray
    cpu: np.ndarray
    gpu: np.ndarray
    sp: np.ndarray
    vsh: np.ndarray
    fix: np.ndarray
    ar: np.ndarray
    gmul: np.ndarray
    nodes: np.ndarray
    eff: np.ndarray  # seconds spent stepping (less stalls)
    edges: np.ndarray
    steps: list  # per process: each step's end (s)
    procs: list  # per process: [exporter up, down, first step, restarted in place, job]
    sids: list  # per process: its pods' series
    base: np.ndarray  # per process: the step restored from the checkpoint
    ts: np.ndarray  # per scrape (ordered by stream, then time): its timestamp (the scheduled time, ms)
    real: np.ndarray  # when the exporter answered
    sid: np.ndarray  # the series (one per pod: a restart in place keeps it)
    stream: np.ndarray  # one per process, pod and replica
    rep: np.ndarray
    s0: np.ndarray  # its process's first training time
    pbase: np.ndarray  # its process's restored step
    idx: np.ndarray  # the healthy run's steps of its process by then
    stale: np.ndarray  # a staleness marker (the scrape failed), not a value
    arr: np.ndarray  # when it reached VictoriaMetrics
    tsm: np.ndarray  # timestamps in ms
    u: np.ndarray  # the merge order of samples with equal timestamps
    kept: np.ndarray  # the deduplicated samples (ordered by series, then time) ...
    partner: np.ndarray  # ... and the other replica's sample where their timestamps are equal
    kseg: list  # per series: its slice of ``kept``
    tsort: np.ndarray  # the scrapes ordered by time
    poll: np.ndarray  # per point: when the poller first asked for it
    read: np.ndarray  # per point: when its query was answered
    slow: np.ndarray  # the points whose query found samples not yet ingested
    segs: list
    pauses_t: list  # (t0, t1, kind): "start", "eval", "ckpt", "restart", "resubmit"
    restarts: list  # (stop, resume, same): same = the job resumed on as many nodes with the same configuration
    known_t: list
    known_kind: list  # "world", "stage", "fade"
    ends: list  # per process but the last: how it ended ("preempt", "node", "oom", "resubmit")
    mix: np.ndarray  # log loader cost (the file system's load) on a 60-s grid
    ticks: int  # scrapes due while a pod's exporter was up
    failed: int  # of them timed out
    skipped: int  # of them not run (the replica down)
    job: _Job | None = None

    @property
    def F(self) -> float:
        """Frames a node does per step."""
        return float(self.job.G * self.job.b)


def _span_len(rng, setting: str, scale: float = 1.0) -> float:
    return span_len(rng, _PAUSE, setting, scale)


def _draw_job(rng, N: int, G: int) -> _Job:
    """A step of 0.5-1.6 s at the start; the loader 20-60 % of the step, or (heavy augmentation, few workers: 45 %
    of the runs) 70-130 %, when it can bind."""
    b = int(rng.choice([2, 4, 6], p=[0.3, 0.5, 0.2]))
    s = np.exp(rng.uniform(np.log(0.5), np.log(1.6)))
    job = _Job(G=G, b=b, sd=rng.uniform(0.25, 0.45), gs=rng.uniform(0.1, 0.25), gv=1.0, gf=1.0, g2=1.0, la=1.0,
               lg=1.0, fix=rng.uniform(0.04, 0.1) * s, ar=rng.uniform(0.03, 0.08) * s, dutt=rng.uniform(1e5, 4e5),
               cold=rng.uniform(1.2, 1.8))
    gpu = s - job.fix - job.ar * (1 + 0.5 * np.log2(N))
    var = rng.uniform(0.55, 0.8)  # the sparse backbone's share of the GPU path
    job.gv = var * gpu / (b * (1 + job.gs) * _rankmax(N * G, b, job.sd)[2])
    job.gf, job.g2 = (1 - var) * gpu / b, rng.uniform(0.15, 0.4) * gpu / b
    heavy = rng.random() < 0.45
    cpu = s * (np.exp(rng.uniform(np.log(0.7), np.log(1.3))) if heavy else rng.uniform(0.2, 0.6))
    gt = rng.uniform(0.25, 0.5)  # GT-sampling's share of the loader
    job.la, job.lg = (1 - gt) * cpu / (b * (1 + job.gs)), gt * cpu / b
    return job


def _level(job: _Job, mix, N, st, fd, t0: float, t1: float) -> float:
    """The noise-free rate's median over ``[t0, t1)`` (warm, on the loader's cost of that time)."""
    i0 = min(int(max(t0, 0) // 60), len(mix) - 1)
    i1 = max(min(int(t1 // 60), len(mix)), i0 + 1)
    cpu, gpu, vsh, fix, ar = job.parts(N, st, fd)
    return float(np.median(job.samples(N) / _step(cpu * np.exp(mix[i0:i1]), gpu, 1.0, fix, ar, vsh, 1.0)))


def _moves(job, mix, old, new, t: float, dt: float) -> bool:
    """The configuration ``new`` moves the rate by ``_MIN_MOVE`` or more on the loader's cost after ``t``, and the
    level seen (300 points before against points 100-400 after) moves 8 % or more the same way."""
    after = _level(job, mix, *new, t + 100 * dt, t + 400 * dt)
    own = np.log(after / _level(job, mix, *old, t + 100 * dt, t + 400 * dt))
    seen = np.log(after / _level(job, mix, *old, t - 300 * dt, t))
    return abs(own) >= _MIN_MOVE and own * seen > 0 and abs(seen) >= 0.08


def _within(spans, t) -> np.ndarray:
    """True where ``t`` lies in one of ``spans`` ``(t0, t1, ...)``."""
    d = np.zeros(np.shape(t), bool)
    for s in spans:
        d |= (t >= s[0]) & (t < s[1])
    return d


def _draw_vm(rng, T: float, dt: float) -> _VM:
    """vmagent's and VictoriaMetrics' settings, the replicas' down spans and the database's restarts over ``T``."""
    period = float(rng.choice(_PERIODS, p=[0.3, 0.4, 0.3]))
    reps = 2 if rng.random() < 0.7 else 1

    def spans(rate, lo, hi):
        return sorted((a, a + rng.uniform(lo, hi)) for a in rng.uniform(0, T, int(rng.poisson(rate))))

    down = [spans(rng.uniform(0.2, 1.5), 20.0, 120.0) for _ in range(reps)]
    return _VM(period=period, replicas=reps, distinct=reps == 2 and rng.random() < 0.5, stale=rng.random() < 0.8,
               window=dt * float(rng.choice([1.0, 2.0], p=[0.6, 0.4])), delay=float(rng.choice([30.0, 45.0, 60.0,
                                                                                                    90.0])),
               p_fail=rng.uniform(0.001, 0.008), down=down, outages=spans(rng.uniform(0.1, 0.6), 20.0, 400.0))


def _schedule(rng, n: int, setting: str) -> _Run:
    """A run's settings and its timeline (start-up, training, validations, checkpoints, restarts, the second
    stage's resubmission, the fade of GT-sampling), then its steps, scrapes, samples and polls (:func:`_collect`)."""
    dt = float(rng.choice([30.0, 60.0], p=[0.55, 0.45]))  # the poller's step
    k = int(dt / _W)
    T, K = n * dt, n * k
    N = int(rng.choice([1, 2, 3, 4], p=[0.2, 0.35, 0.15, 0.3]))
    G = int(rng.choice([4, 8], p=[0.3, 0.7]))
    job = _draw_job(rng, N, G)
    vm = _draw_vm(rng, T, dt)
    mix = ou_path(rng, T, rng.uniform(0.03, 0.08), rng.uniform(1200, 7200))
    lead = vm.window / dt + 1.0  # points a pause reaches past its end: the window and the one before it
    iv_pts = rng.uniform(150, 450)
    est = max(2, int(n / (iv_pts * 1.25)))
    st_ev = int(rng.integers(max(1, int(0.25 * est)), max(2, int(0.6 * est)) + 1)) if rng.random() < 0.4 else -1
    fd_ev = int(rng.integers(max(2, int(0.55 * est)), max(3, int(0.9 * est)) + 1)) if rng.random() < 0.6 else -1
    ck_every = int(rng.integers(1, 4))
    n_re = int(rng.poisson(rng.uniform(0.5, 2.0)))
    re_t = sorted(rng.uniform(0.05, 0.92, n_re) * T)

    def pause(scale: float = 1.0) -> float:
        return (_span_len(rng, setting, scale) - lead) * dt

    segs, restarts, known_t, known_kind, ends = [], [], [], [], []
    t = pause()  # the pods start: the image, the dataset's info files and the GT database load
    pauses_t = [(0.0, t, "start")]
    procs = [[t - rng.uniform(0.5, 3.0), None, t, False, 0]]
    ev, proc, left, st, fd, jb = 0, 0, iv_pts * dt, False, False, 0
    while t < T + dt:
        which, run = next_stretch(rng, re_t, 0, t, left, np.inf, 0, dt)
        segs.append(_Seg(t, t + run, ev, proc, N, st, fd))
        t += run
        left -= run
        if which == 2:  # the pods are preempted, a node fails (both rescheduled) or a container is OOM-killed
            re_t.pop(0)  # (restarted in place): the job resumes from its last checkpoint
            end = str(rng.choice(["preempt", "node", "oom"], p=[0.45, 0.25, 0.3]))
            dur = pause(1.5)
            old = N
            if end != "oom" and rng.random() < 0.3 and t + dur + 400 * dt < T:  # elastic: 1-4 nodes
                new = int(rng.choice([m for m in (1, 2, 3, 4) if m != N]))
                if _moves(job, mix, (N, st, fd), (new, st, fd), t + dur, dt):
                    N = new
            procs[-1][1] = t + (rng.uniform(0.0, 30.0) if end == "preempt" else 0.0)  # the grace period
            pauses_t.append((t, t + dur, "restart"))
            restarts.append((t, t + dur, N == old))
            ends.append(end)
            t += dur
            procs.append([t - rng.uniform(0.5, 3.0), None, t, end == "oom", jb])
            if N != old and t < T:
                known_t.append(t)
                known_kind.append("world")
            proc += 1
            left = max(left, 8 * dt)
            while re_t and re_t[0] < t + 900:
                re_t.pop(0)
            continue
        ck = (ev + 1) % ck_every == 0  # validation (the detection metrics on held-out scenes), a checkpoint
        ev += 1  # every ck_every-th one as well
        kind = "stage" if ev == st_ev and not st and not fd else ("fade" if ev == fd_ev and not fd else "")
        new = (N, st or kind == "stage", fd or kind == "fade")
        if kind and t + 500 * dt < T:
            dur = pause(1.5)
            if _moves(job, mix, (N, st, fd), new, t + dur, dt):
                if kind == "stage":  # the user submits the two-stage config as a new job from this checkpoint
                    procs[-1][1] = t + rng.uniform(0.1, 0.4) * dur
                    pauses_t.append((t, t + dur, "resubmit"))
                    restarts.append((t, t + dur, False))
                    ends.append("resubmit")
                    jb += 1
                    procs.append([t + dur - rng.uniform(0.5, 3.0), None, t + dur, False, jb])
                    proc += 1
                else:  # the fade hook: a checkpoint, then the loader is built anew without GT-sampling
                    pauses_t.append((t, t + dur, "ckpt"))
                t += dur
                st, fd = new[1], new[2]
                known_t.append(t)
                known_kind.append(kind)
                left = iv_pts * dt * np.exp(rng.normal(0, 0.1))
                continue
        dur = pause(1.5 if ck else 1.0)
        pauses_t.append((t, t + dur, "ckpt" if ck else "eval"))
        t += dur
        left = iv_pts * dt * np.exp(rng.normal(0, 0.1))
    procs[-1][1] = T + 2 * dt
    return _collect(rng, n, dt, k, K, job, vm, mix, segs, procs, pauses_t, restarts, known_t, known_kind, ends)


def _grid(rng, K, job, mix, segs, procs):
    """The step's parts on the bucket grid (the configuration, the file system's load and day, the clocks, the
    scenes' order, other nodes after a rescheduling, the warm-ups, a cold page cache) and the seconds stepping."""
    tb, train, seg_of = seg_buckets(segs, K, _W)
    on, (Nb, stb, fdb, pb) = seg_columns(segs, seg_of, "N", "st", "fd", "proc")
    cpu, gpu, vsh, fix, ar = (np.ones(K) for _ in range(5))
    for cfg in {(s.N, s.st, s.fd) for s in segs}:
        m = (Nb == cfg[0]) & (stb == cfg[1]) & (fdb == cfg[2])
        for arr, v in zip((cpu, gpu, vsh, fix, ar), job.parts(*cfg)):
            arr[m] = v
    mi = (tb / 60).astype(int)
    cpu = cpu * np.exp(mix[mi])
    gpu = gpu * np.exp(ou_path(rng, K * _W, rng.uniform(0.005, 0.015), rng.uniform(600, 3600))[mi])
    if rng.random() < 0.4:  # scene-sorted shards through a shuffle buffer: dense and sparse stretches of scenes
        gpu = gpu * np.exp(vsh * ou_path(rng, K * _W, rng.uniform(0.03, 0.07), rng.uniform(120, 600))[mi])
    tc = np.cumsum(train)
    start = np.array([p[2] for p in procs])
    since = np.maximum(tc - np.interp(start[pb], tb + _W, tc), 0.0)  # training seconds since the process started
    cpu = cpu * (1 + rng.uniform(0.5, 2.0) * np.exp(-since / rng.uniform(10, 60)))  # the loader's workers start
    day = np.maximum(0, np.sin(2 * np.pi * tb / 86400 + rng.uniform(0, 6.3)))  # the cluster's busy hours
    ar = ar * np.where(Nb > 1, np.exp(rng.uniform(0, 0.4) * day), 1.0)  # the shared fabric
    cpu = cpu * np.exp(rng.uniform(0, 0.2) * day)  # the shared file system holding the sweeps
    node = np.exp(rng.normal(0, 0.03, (2, len(procs))))  # other nodes after a rescheduling
    for p in range(1, len(procs)):
        if procs[p][3]:
            node[:, p] = node[:, p - 1]
    gpu, cpu = gpu * node[0][pb], cpu * node[1][pb]
    gmul = 1 + rng.uniform(0.3, 1.5) * np.exp(-since / rng.uniform(60, 600))  # spconv's and cuDNN's tuners
    for arr in (cpu, gpu, fix, ar, gmul):
        arr[~on] = 1.0
    # on a node new to the job the loader reads the sweeps from the shared file system until its page cache holds
    # them (an epoch's worth); a restart in place keeps the node's cache
    samp = np.cumsum(np.where(on, train / _step(cpu * job.cold, gpu, 1.0, fix, ar, vsh, gmul) * job.samples(Nb), 0))
    first = samp - np.interp(start, tb + _W, samp)[pb]
    cold = np.array([not p[3] for p in procs])[pb]
    cpu = np.where(on & cold & (first < job.dutt), cpu * job.cold, cpu)
    step0 = _step(cpu, gpu, 1.0, fix, ar, vsh, gmul)
    # stalls: garbage collection, a file-system hiccup; at each epoch's end the sampler reshuffles and (without
    # persistent_workers, 45 % of the runs) the loader's workers are started anew
    stall = np.where(rng.random(K) < _W / rng.uniform(600, 2400), rng.uniform(1.0, 6.0, K), 0.0)
    turn_s = (0.2, 1.5) if rng.random() < 0.55 else (1.5, 5.0)
    epoch = np.floor(np.cumsum(np.where(on, train / step0 * job.samples(Nb), 0.0)) / job.dutt)
    turn = on & (np.diff(np.r_[0.0, epoch]) > 0)
    stall[turn] += rng.uniform(*turn_s, int(turn.sum()))
    eff = np.where(on, np.maximum(train - stall, 0.0), 0.0)
    return train, on, Nb, pb, cpu, gpu, vsh, fix, ar, gmul, step0, eff


def _bases(procs, steps, pauses_t) -> np.ndarray:
    """Per process the step its gauge restarts from: the job's step at its last checkpoint before the stop (0 for
    a job's first process or before its first checkpoint)."""
    base = np.zeros(len(procs))
    for p in range(1, len(procs)):
        if procs[p][4] != procs[p - 1][4]:
            continue
        j0 = min(q[2] for q in procs if q[4] == procs[p][4])
        cks = [a for a, b, kd in pauses_t if kd == "ckpt" and j0 <= a < procs[p - 1][1]]
        if cks:
            q = max(i for i in range(p) if procs[i][2] <= cks[-1])
            base[p] = base[q] + np.searchsorted(steps[q], cks[-1], "right")
    return base


def _collect(rng, n, dt, k, K, job, vm, mix, segs, procs, pauses_t, restarts, known_t, known_kind, ends) -> _Run:
    """The run's steps on the bucket grid, each pod's scrapes by each replica, the samples' arrival and
    deduplication, and the polls."""
    train, on, Nb, pb, cpu, gpu, vsh, fix, ar, gmul, step0, eff = _grid(rng, K, job, mix, segs, procs)
    edges = np.arange(K + 1) * _W
    Cw = np.r_[0.0, np.cumsum(np.where(on, eff / step0, 0.0))]  # steps of the mean cost
    xp = Cw + 1e-9 * np.arange(K + 1)
    g = gpu * gmul + fix + ar
    phi = g ** 8 / (g ** 8 + cpu ** 8) * gpu * gmul * vsh / g  # how much of a step the slowest rank's points move
    psi = cpu ** 8 / (g ** 8 + cpu ** 8)  # ... and the loader's supply (its batches' points, its queue smoothing)
    span = {}
    for s in segs:
        span.setdefault(s.proc, [s.N, s.t0, s.t1])[2] = s.t1
    sj = rng.uniform(0.02, 0.06)
    steps = []
    for p, pr in enumerate(procs):
        Np, s0, s1 = span.get(p, [1, pr[2], pr[2]])
        k0, k1 = np.interp([s0, s1], edges, Cw)
        F, sb, E = _rankmax(Np * job.G, job.b, job.sd)
        m = int(1.3 * (k1 - k0)) + 20
        rho = np.exp(sb * np.interp(rng.random(m), F, _ZS) - 0.5 * sb * sb) / E  # the slowest rank's batch
        bj = np.clip(np.searchsorted(Cw, k0 + np.arange(m)) - 1, 0, K - 1)
        lam = np.exp(rng.normal(-0.125 * sb * sb, 0.5 * sb, m))  # the loader's batch (prefetched: half the spread)
        jit = np.exp(rng.normal(-0.5 * sj * sj, sj, m))  # the host's jitter (launches, Python, collectives)
        u = k0 + np.cumsum((1 + phi[bj] * (rho - 1) + psi[bj] * (lam - 1)) * jit)
        steps.append(np.interp(u[u <= k1], xp, edges))  # each step's end
    base = _bases(procs, steps, pauses_t)
    sids, nxt = [], 0
    for p, pr in enumerate(procs):  # a pod's series: a restart in place keeps it, a rescheduled pod starts anew
        Np = span.get(p, [1])[0]
        if p and pr[3] and len(sids[-1]) == Np:
            sids.append(sids[-1])
        else:
            sids.append(list(range(nxt, nxt + Np)))
            nxt += Np
    P, R, Tend = vm.period, vm.replicas, n * dt
    offs = rng.uniform(0, P, (nxt, R))  # from the hash of the target's labels (and of the cluster's name)
    if not vm.distinct:
        offs[:, 1:] = offs[:, :1]
    ck = [(a, b) for a, b, kd in pauses_t if kd == "ckpt"]
    names = ("ts", "real", "sid", "stream", "rep", "s0", "pbase", "idx", "stale")
    cols = {c: [] for c in names}
    ticks = failed = skipped = stream = 0
    for p, (up, down, s0, _, _) in enumerate(procs):
        for sid in sids[p]:
            shared = None
            for r in range(R):
                o = offs[sid, r]
                t = np.round((o + P * np.arange(np.ceil((up - o) / P), np.floor((min(down, Tend) - o) / P) + 1))
                             * 1000) / 1000
                pf = np.where(_within(ck, t), 0.3, vm.p_fail)  # torch.save holds the GIL while it pickles
                if R == 2 and not vm.distinct:  # both replicas scrape at the same instant: they time out together
                    shared = rng.random(len(t)) < 0.8 * pf if shared is None else shared
                    fail = shared | (rng.random(len(t)) < 0.2 * pf)
                else:
                    fail = rng.random(len(t)) < pf
                dn = _within(vm.down[r], t)
                ticks += len(t)
                skipped += int(dn.sum())
                failed += int((fail & ~dn).sum())
                keep = ~dn & (~fail | vm.stale)
                t, fail = t[keep], fail[keep]
                real = t + rng.uniform(0.001, 0.05, len(t))
                for c, v in zip(names, (t, real, sid, stream, r, s0, base[p], np.searchsorted(steps[p], real,
                                                                                              "right"), fail)):
                    cols[c].append(np.broadcast_to(v, t.shape))
                stream += 1
    ts, real, sid, strm, rep, s0a, pba, idx, stale = (np.concatenate(cols[c]) for c in names)
    arr = ts + rng.uniform(0.5, 2.0, len(ts))  # vmagent's flush, ingestion
    for a, b in vm.outages:  # vmagent keeps them in its queue and sends them again once the database is back
        late = (arr >= a) & (arr < b)
        back = rng.uniform(1.0, max(1.0, min(60.0, b - a)), R)
        arr = np.where(late, b + back[rep] + rng.uniform(0, 2.0, len(ts)), arr)
    tsm = np.round(ts * 1000).astype(np.int64)
    u = rng.random(len(ts))
    kept, partner = _dedup(sid, tsm, u, stale, int(round(P * 1000)))
    cut = np.r_[0, np.nonzero(np.diff(sid[kept]))[0] + 1, len(kept)]
    poll, read = _polls(rng, n, dt, vm)
    slow = _slow(ts, arr, read, dt, vm.window + dt + 2 * P)
    return _Run(dt=dt, k=k, n=n, vm=vm, train=train, cpu=cpu, gpu=gpu, sp=np.ones(K), vsh=vsh, fix=fix, ar=ar,
                gmul=gmul, nodes=Nb * 1.0, eff=eff, edges=edges, steps=steps, procs=[list(p) for p in procs],
                sids=sids, base=base, ts=ts, real=real, sid=sid, stream=strm, rep=rep, s0=s0a, pbase=pba,
                idx=idx.astype(float), stale=stale, arr=arr, tsm=tsm, u=u, kept=kept, partner=partner,
                kseg=list(zip(cut[:-1], cut[1:])), tsort=np.argsort(ts, kind="stable"), poll=poll, read=read,
                slow=slow, segs=segs, pauses_t=pauses_t, restarts=restarts, known_t=known_t,
                known_kind=known_kind, ends=ends, mix=mix, ticks=ticks, failed=failed, skipped=skipped, job=job)


def _dedup(sid, tsm, u, stale, pm: int) -> tuple[np.ndarray, np.ndarray]:
    """VictoriaMetrics' deduplication (``-dedup.minScrapeInterval`` of ``pm`` ms): per series and interval ``(j pm,
    (j + 1) pm]`` the sample with the latest timestamp is kept; of samples with equal timestamps the one merged
    last (the order ``u``) unless an earlier one holds a larger value -- a staleness marker (NaN) compares as
    neither, so it wins when it comes last. Returns the kept samples' indices (ordered by series, then time;
    staleness markers left out: a rate() drops them) and their tie partners (themselves where none)."""
    if len(sid) == 0:
        return np.zeros(0, int), np.zeros(0, int)
    key = (tsm + pm - 1) // pm
    o = np.lexsort((u, tsm, key, sid))
    so, ko, to = sid[o], key[o], tsm[o]
    e = np.nonzero(np.r_[(so[1:] != so[:-1]) | (ko[1:] != ko[:-1]), True])[0]
    pe = np.maximum(e - 1, 0)
    tie = (e > 0) & (so[pe] == so[e]) & (ko[pe] == ko[e]) & (to[pe] == to[e])
    keep = ~stale[o[e]]
    return o[e][keep], np.where(tie, o[pe], o[e])[keep]


def _rate_at(t: np.ndarray, v: np.ndarray, T: np.ndarray, W: float, step: float) -> np.ndarray:
    """MetricsQL's ``rate(x[W])`` of one series (samples ``t``, ``v``) at the times ``T`` of instant queries with
    ``step``: the counter's resets removed (a fall of under an eighth of the value before it a partial reset: the
    fall is added back; a larger one a reset: the value before it is added), then the last sample in ``(T - W,
    T]`` against the last before it when that lies within ``step`` of the window (and the window holds a sample),
    else against the window's first (two samples needed); NaN where it cannot."""
    out = np.full(len(T), np.nan)
    if len(t) == 0:
        return out
    d = np.diff(v)
    c = np.where(d < 0, np.where(-d * 8 < v[:-1], -d, v[:-1]), 0.0)
    C = np.r_[0.0, np.cumsum(c)]
    j = np.searchsorted(t, T, "right")
    i = np.searchsorted(t, T - W, "right")
    jj, pi, ii = np.maximum(j - 1, 0), np.maximum(i - 1, 0), np.minimum(i, len(t) - 1)
    has = j > i
    prev = has & (i > 0) & (t[pi] > T - W - step)
    a = np.where(prev, pi, ii)
    ok = prev | (j - i >= 2)
    dtv = np.where(ok, t[jj] - t[a], 1.0)
    out[ok] = ((v[jj] - v[a] + C[jj] - C[a]) / dtv)[ok]
    return out


def _polls(rng, n: int, dt: float, vm: _VM) -> tuple[np.ndarray, np.ndarray]:
    """``(poll, read)`` per point: the poller asks for point ``i`` (an instant query at ``(i + 1) dt``) ``delay``
    after it (and a moment); a query fails while the database restarts, and the poller's next answered query
    reads every point since the last it wrote."""
    poll = (np.arange(n) + 1.0) * dt + vm.delay + rng.uniform(0.05, 1.0, n)
    ok = ~_within(vm.outages, poll)
    nxt = np.full(n + 1, np.inf)
    for i in range(n - 1, -1, -1):
        nxt[i] = poll[i] if ok[i] else nxt[i + 1]
    return poll, nxt[:n]


def _slow(ts, arr, read, dt: float, reach: float) -> np.ndarray:
    """The points whose query was answered before a sample it reaches (up to ``reach`` s back) was ingested."""
    slow = np.zeros(len(read), bool)
    for r in np.nonzero(arr > ts + 5.0)[0]:
        c = np.arange(max(int(np.ceil(ts[r] / dt)) - 1, 0), min(int((ts[r] + reach) // dt), len(read)))
        slow[c[read[c] < arr[r]]] = True
    return np.nonzero(slow)[0]


def _local(run: _Run, num: np.ndarray, i: int) -> tuple[float, int]:
    """Point ``i``'s sum and its number of series where its query found samples not yet ingested: the samples
    there at the time, deduplicated anew."""
    T, W, P = (i + 1) * run.dt, run.vm.window, run.vm.period
    lo, hi = np.searchsorted(run.ts[run.tsort], [T - W - run.dt - 2 * P, T], "right")
    x = run.tsort[lo:hi]
    x = x[run.arr[x] <= run.read[i]]
    kept, partner = _dedup(run.sid[x], run.tsm[x], run.u[x], run.stale[x], int(round(P * 1000)))
    kv, ks, kt = np.maximum(num[x][kept], num[x][partner]), run.sid[x][kept], run.ts[x][kept]
    tot, cnt = 0.0, 0
    for s in np.unique(ks):
        r = _rate_at(kt[ks == s], kv[ks == s], np.array([T]), W, run.dt)[0]
        if np.isfinite(r):
            tot, cnt = tot + r, cnt + 1
    return tot, cnt


def _read(run: _Run, vals: np.ndarray) -> np.ndarray:
    """The poller's points: per point ``sum(rate(frames[W]))`` over the series (a series' NaN left out); a point
    with no series (or never answered) keeps the last point (0 before the first)."""
    n = run.n
    T = (np.arange(n) + 1.0) * run.dt
    num = np.where(run.stale, -np.inf, vals)
    kv = np.maximum(num[run.kept], num[run.partner])
    tot, cnt = np.zeros(n), np.zeros(n, int)
    for a, b in run.kseg:
        r = _rate_at(run.ts[run.kept[a:b]], kv[a:b], T, run.vm.window, run.dt)
        ok = np.isfinite(r)
        tot[ok] += r[ok]
        cnt += ok
    for i in run.slow:
        tot[i], cnt[i] = _local(run, num, i)
    cnt[~np.isfinite(run.read)] = 0
    last = np.maximum.accumulate(np.where(cnt > 0, np.arange(n), -1))
    return np.where(last >= 0, tot[np.maximum(last, 0)], 0.0)


@dataclass
class _Mod:
    """A regression: multipliers of the step's parts over buckets ``[b0, b1)``."""

    b0: int
    b1: int
    cpu: np.ndarray | float = 1.0
    gpu: np.ndarray | float = 1.0
    sp: np.ndarray | float = 1.0
    fix: np.ndarray | float = 1.0
    ar: np.ndarray | float = 1.0


def _steps(run: _Run, mods, b0: int, b1: int) -> np.ndarray:
    return _step(*apply_mods(run, mods, b0, b1, ("cpu", "gpu", "sp", "fix", "ar")), run.vsh[b0:b1],
                 run.gmul[b0:b1])


def _rates(run: _Run, mods, b0: int, b1: int) -> np.ndarray:
    """The job's noise-free frames/s in each bucket of ``[b0, b1)``."""
    return run.job.samples(run.nodes[b0:b1]) / _steps(run, mods, b0, b1)


def _values(run: _Run, mods=()) -> np.ndarray:
    """Each scrape's value: its node's frames, the restored step and the steps its process did by then, times the
    node's frames a step. A regression makes whole steps late: by a scrape its process has done the healthy run's
    steps less the steps it lost (whole ones, per regression) since the process started."""
    cnt = run.idx.copy()
    for md in mods:
        lo, hi = md.b0, md.b1
        d = np.zeros(len(run.edges))
        sh = _steps(run, [], lo, hi)
        d[lo + 1:hi + 1] = np.cumsum((1 - sh / _steps(run, [md], lo, hi)) * run.eff[lo:hi] / sh)
        d[hi + 1:] = d[hi]
        lost = np.interp(np.maximum(run.real, run.s0), run.edges, d) - np.interp(run.s0, run.edges, d)
        cnt = cnt - np.floor(lost + 1e-9)
    if mods:  # the gauge never falls within a process: the count a scrape sees is the highest so far
        off = run.stream * 1e12
        cnt = np.maximum.accumulate(cnt + off) - off
    return (run.pbase + cnt) * run.F


def _series(run: _Run, mods=()) -> np.ndarray:
    """The poller's series, one value per point."""
    return _read(run, _values(run, mods))


_CAUSES = {"drop": ("clocks", "nfs", "spconv"), "straggler": ("neighbour", "slowdown"),
           "leak": ("dbcache", "boxes", "frag")}


def _cause(rng, run: _Run, kind: str, name: str, t0: float, t1: float, tr: float):
    """``(mod_of(A), A_max, t1)`` of the regression ``name`` over ``[t0, t1)`` (a leak ramps until ``tr``); a
    fault of the nodes or of the training process ends at its next restart."""
    t1, b0, b1 = cause_buckets(run, t0, t1, _W, name != "nfs")
    tb = np.arange(b0, b1) * _W
    x = np.maximum(tb - t0, 0)
    if name == "clocks":  # a node's GPUs held at low clocks (a power cap after a PSU fault, a failed fan)
        w = np.minimum(1, x / rng.uniform(5, 60)) * (1 + 0.03 * np.sin(2 * np.pi * x / rng.uniform(120, 900)))
        return (lambda A: _Mod(b0, b1, gpu=1 + A * w)), 2.5, t1
    if name == "nfs":  # the shared file system serving the sweeps degraded (a failover, a rebuilding array)
        w = wobble(rng, x, 0.25, 1800)
        return (lambda A: _Mod(b0, b1, cpu=1 + A * w)), 6.0, t1
    if name == "spconv":  # a restart pulls a moved image tag: an spconv build without its tuned kernels
        return (lambda A: _Mod(b0, b1, sp=np.full(b1 - b0, 1 + A))), 4.0, t1
    if name in ("neighbour", "slowdown"):  # another pod's processes on a node's CPUs; a GPU's HW slowdown
        bm, gm = ((20, 180), (60, 600)) if name == "neighbour" else ((5, 60), (30, 300))
        bad = bad_share(twostate(rng, t0, t1, rng.uniform(*bm), rng.uniform(*gm), 1e6), tb, _W)
        f = bad * np.exp(rng.normal(0, 0.25, b1 - b0)) + 0.05 * (1 - bad)
        if name == "neighbour":  # its loader workers
            return (lambda A: _Mod(b0, b1, cpu=1 + A * f)), 6.0, t1
        return (lambda A: _Mod(b0, b1, gpu=1 + A * f)), 5.0, t1
    r = np.clip(x / max(tr - t0, 1e-9), 0, 1) ** rng.uniform(0.7, 1.5)
    if name == "dbcache":  # the loader workers' copies of the GT database grow until the node swaps
        return (lambda A: _Mod(b0, b1, cpu=1 + A * r)), 6.0, t1
    if name == "boxes":  # a visualisation hook keeps every step's point clouds and boxes on the host
        return (lambda A: _Mod(b0, b1, fix=1 + A * r)), 30.0, t1
    return (lambda A: _Mod(b0, b1, gpu=1 + A * r)), 2.0, t1  # the voxel counts fragment the caching allocator


def _draw_event(rng, run: _Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` with onset in ``[lo, hi)``: an ``(Event, _Mod)`` pair, or None."""
    return draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=_P_KIND, causes=_CAUSES,
                           cause=_cause,
                           calib=lambda mod_of, a, tgt, b0, b1: calibrate(lambda m: _rates(run, m, b0, b1), mod_of,
                                                                          a, tgt, run.train[b0:b1] > 0),
                           series=lambda mod, lo, b1: (_series(run, [mod]), 0),
                           width=_W, restart_cause="spconv", p_pause=0.35, max_depth=0.35, stop_at_end=True)


def _spans(pauses_t, dt: float, W: float, n: int) -> list[tuple[int, int]]:
    """The points a pause ``(t0, t1, kind)`` reaches: from the first queried after ``t0`` to the last whose rate
    (its window ``W`` and the sample before it, up to ``dt`` earlier) reaches back before ``t1``; merged."""
    spans = []
    for a, b, _ in pauses_t:
        s, e = int(a // dt), min(n, int(np.ceil((b + W) / dt)))
        if s >= n:
            break
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    return spans


def _build(seed: int, n: int, pauses: str):
    """The healthy run of ``seed``: ``(run, healthy series, pause spans, live mask, changes)``."""
    run = _schedule(np.random.default_rng([seed, SETTINGS[pauses], 281]), n, pauses)
    healthy = _series(run)
    spans = _spans(run.pauses_t, run.dt, run.vm.window, n)
    changes = change_points([int(t // run.dt) for t in run.known_t], spans, n)
    return run, healthy, spans, live_mask(spans, n), changes


def make_heldout28(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One LiDAR detector's frames/s (a per-pod gauge scraped by an HA pair of vmagents into VictoriaMetrics,
    read back as ``sum(rate(...[W]))`` by instant queries) with labelled regressions and its planned level changes
    (deterministic in ``seed``).

    Parameters
    ----------
    seed : random seed.
    n : number of points (>= 2000).
    pauses : ``"short"`` (pauses of 5-22 points) or ``"long"`` (30-110 points, many over 60).
    n_events : number of regressions to place; ``0`` gives a clean run, ``None`` draws 3 or 4.
    """
    return family_trace(_build, _draw_event, _series, _P_KIND, seed, n, pauses, n_events, 282,
                        lambda run: 1_900_800_000.0 + 86400.0 * (seed % 97) + run.dt * (np.arange(n) + 1.0))


def heldout28_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT28_SEEDS) -> list[Trace]:
    """The family's traces, one per seed; every fourth trace is a clean run."""
    return every_fourth_clean(make_heldout28, seeds, n, pauses)
