"""The thirtieth held-out throughput family: a visuomotor robot policy's training samples/s, a per-node OpenTelemetry
counter exported with delta temporality by the Azure Monitor exporter to Application Insights, read back as
``customMetrics | make-series sum(valueSum) default=0 ... step 5m`` divided by the bin's seconds.

Written blind, this session: the author read only ``/work/HELPERS.md``, the shared helpers
(``anomaly/heldout_common.py``, ``tests/trace_checks.py``), the twenty-ninth generator and its tests as a model of
API, structure and tests, the first 15 lines of generators 3-28 (to take another job and another collection path: no
earlier one is a robot-learning policy or Azure Monitor), the first 110 lines of ``tests/test_architecture.py``,
lines 36-80 of ``anomaly/traces.py`` (the ``Event``/``Trace`` definitions) and public sources: the code of the
Azure Monitor OpenTelemetry exporter for Python (``export/metrics/_exporter.py``: delta temporality for counters,
each point's envelope stamped with the point's ``time_unix_nano`` and carrying its value; ``export/_base.py``: a
retryable failure stored in the local file storage, stored blobs sent after the next successful export, the 10-s
network timeout, the 60-s ``storage_min_retry_interval`` and 48-h retention; ``_storage.py``: a stored blob leased
for 60 s), OpenTelemetry Python's ``PeriodicExportingMetricReader._ticker`` as copies of it show it (wait the
interval, then collect and export synchronously; one last collection at shutdown) and its ``_SumAggregation``
(a synchronous counter's delta point stamped at the collection's start, reset to 0 after it), the Kusto reference
of ``make-series`` (bins from ``start`` by ``step``, absent bins the default 0) -- the searches also showed excerpts
of Azure Monitor's OpenTelemetry configuration docs, of the Node.js exporter's 60-s collection interval, of
Datadog's docs on delta temporality and of OPC UA's aggregate terms (not used); never a detector, and never ran a
detector on these traces.

Size: over 500 lines because the docstring (its table and the measured counts the tests check) is over a
fifth of it.

What is modelled
----------------
A visuomotor policy (a diffusion policy: a ResNet/ViT image encoder per camera view and a transformer denoiser
that predicts a chunk of ``H`` actions, 16 or 32 steps, one noise level a sample) is trained with behaviour cloning
on teleoperated demonstrations stored as AV1 videos (2 or 3 camera views, proprioception and actions per frame).
DDP on ``N`` nodes (1-4, elastic) of ``G`` GPUs (4 or 8), ``b`` samples a GPU (32, 64 or 128). A step costs the
loader (decoding each view's frames and augmenting them on the CPU: 30-70 % of a step, or in 40 % of the runs,
few CPU cores a GPU, 80-130 %, when it can bind), the image encoders (35-65 % of the GPU time, growing with the
views), the denoiser (growing with ``H``), the optimizer and the EMA update, and the all-reduce across nodes
(4-12 %); 0.25-1.1 s at the start.

Every 150-450 points of training the job **evaluates** the EMA policy in a simulator (its tasks rolled out, each
action chunk sampled with the full denoising schedule, the success rate logged): a pause (the "short" setting: a
few tasks, tens of minutes; "long": a task suite, hours), every 1st-3rd one with a checkpoint. Local rank 0 of each
node adds its node's samples to an OpenTelemetry counter ``robot_policy.samples`` after each step; the Azure
Monitor distro's ``PeriodicExportingMetricReader`` collects it and its exporter sends it. So:

* **collections**: the reader's thread waits the export interval ``P`` (``OTEL_METRIC_EXPORT_INTERVAL``: 15, 30
  or 60 s), then collects and exports synchronously: each period is ``P`` and the export's duration (the HTTPS POST,
  a median of 0.08-0.4 s, log-sd 0.5), so the collections drift against the query's bins; each node starts its
  reader with its process. The counter's delta point holds the node's samples since the collection before it (0
  while the job is paused) and is stamped at its collection's start;
* **failures**: an export fails alone now and then (0.1-1 %) and every export fails during an ingestion incident
  (Poisson 0.3-1.5 a run, 5-90 minutes: throttling, a regional outage); a failed call blocks 10-30 s (the network
  timeout), which lengthens that period; its point is stored on local disk, leased for 60 s, and sent after the
  first successful export that ends when the lease has run out -- with its own timestamp, so it lands in its bin;
  a point still stored when its process ends is lost with the container;
* **the query**: the trace is read after the run as ``make-series sum(valueSum) default=0`` over 5-minute bins
  from the run's start, summed over the nodes, divided by 300 s: a point is the samples stamped in its bin. A
  pause's span runs from its bin to the bin ``P`` and 40 s after it ends;
* **the artefacts**: a bin holds a whole number of each node's collections, and its share of the node's samples is
  the periods that end in it: where a node's collections drift past a bin edge the bin holds one fewer -- a fifth
  of that node's share low with ``P`` of 60 s, a tenth with 30 s, a twentieth with 15 s -- in healthy training,
  about every ``P / (k d)`` points per node (``k = 300 / P`` collections a bin, ``d`` the mean export's duration):
  every 2-8 points with 15 s, 7-33 with 30 s, 27-133 with 60 s; a failed export's block shifts its node's
  collections; a process that is killed (an OOM kill, a node failure) never sends
  the samples since its last collection (a preempted or resubmitted one exits through ``atexit``, and the SDK's
  shutdown collects once more).

Healthy behaviour (none of it labelled):

* **the batches**: each 15-s bucket's steps vary with its samples' views and the host's jitter (a step's spread
  4-12 %); the episodes come from rigs whose videos differ in resolution and length, so the decode cost wanders
  (Ornstein-Uhlenbeck, log-sd 1-4 %, 5-40 min); the loader's cost wanders with the shared storage's load (log-sd
  3-8 %, 20-120 min), the GPU path a little with its clocks (0.5-1.5 %); stalls of 1-6 s now and then;
* **the epochs**: each evaluation ends an epoch, and the next one's episode order moves the decode cost a little
  (log-sd 2 %): small unlisted level steps at evaluations; the loader's workers start anew after each pause (1.3-2x
  fading over 0.5-4 min);
* **the cluster's busy hours**: the all-reduce of multi-node runs (up to 1.5x) and the storage (up to 1.16x);
* **the start-up** (the episodes' index, the normalisation statistics and the model load: a pause at the start),
  **evaluations** (a checkpoint with every 1st-3rd one, 1.25x longer) and **restarts** (Poisson 0.5-2 a run; 1.5x
  a pause): a preemption (45 %), a node failure (25 %) or an OOM kill (30 %), the job resumed from its last
  checkpoint, never within 10 points after a pause ends; rescheduled pods land on other nodes (3 % faster or
  slower: unlisted level steps) whose page cache does not hold the video shards yet (the loader 1.15-1.6x, fading
  over 20-90 min); the kernels warm up (with ``torch.compile``, half the runs, 1.5-3x fading over 2-15 min; else
  1.1-1.4x over 1-5 min).

Planned level changes, **listed in ``changes``** (the first point after the span of the pause they follow), each
made only where it moves the rate by 10 % or more on the loader's cost after it and the level seen 8 % or more:

* **world-size changes** at a rescheduling restart (tried at 30 % of them): the elastic job resumes on 1-4 nodes,
  another number;
* **a new data mixture** (tried in 45 % of the runs, at an evaluation 20-60 % of the way): the data module's
  schedule adds co-training data -- simulated demonstrations rendered small (the decode cost 0.55-0.75x) or another
  robot's recordings with larger views (1.35-1.7x) -- and builds its loaders anew (a checkpoint's pause);
* **a wrist camera** (tried in 40 % of the runs, at an evaluation 50-85 % of the way): the user resubmits the job
  from the evaluation's checkpoint with one more camera view (at most 4).

A regression changes a step's parts inside its buckets; the run's clock (steps, pauses, collections) stays the
healthy run's, so ``healthy`` (the same run without regressions) aligns point by point and equals ``values``
outside the events: a regression makes whole steps late, so by each collection from its onset on the process has
done the healthy run's steps less those it lost, and after it every delta is the healthy one. No event holds a point
of ``changes``.

Labelled regressions (their causes are a GPU cluster's and the job's)
-------------------------------------------------------------------
* ``drop``: a node's GPUs held at low clocks (a power cap, a failed fan: the GPU path up to 3.5x); the storage
  serving the video shards throttled or degraded (the loader up to 7x, swinging 25 %, not ended by a restart); a
  restart that pulls an image whose FFmpeg lacks the dav1d decoder, so AV1 is decoded by the slow libaom one (the
  loader up to 9x; from a restart onto as many nodes, until the next one); or a flapping switch port (the all-reduce
  up to 9x, swinging 15 %, not ended by a restart); 150-1400 points or to the end;
* ``straggler``: another pod's processes on a node's CPUs throttling its decode workers (bursts of 20-180 s every
  60-600 s, up to 8x, 5 % of that between them), or a GPU's thermal slowdown in bursts of 5-60 s every 30-300 s (the
  GPU path up to 6x); 80-500 points;
* ``leak``: the loader workers keeping a video reader open per episode until the node swaps (the loader up to 7x),
  a video-logging callback that keeps every step's frames and sampled actions on the host (the optimizer's part up
  to 31x), or the simulator's renderer fragmenting the GPU's memory (the GPU path up to 3x), each growing as
  ``r ** p`` of its ramp (``p`` 0.7-1.5) over 250-1800 points, then held 80-600 points; a node's or process's fault
  ends at the next restart.

Each trace with events holds every kind once, in a random order, and a fourth of a random kind in 40 % of them,
one per stretch from point 600 on. A regression's magnitude is set by bisection to a drawn noise-free loss (drops
8-33 %, stragglers 10-30 %, a leak 12-40 % over its plateau); about 30 % of the other onsets lie at the end of a
pause or inside it. An event is kept only when its measured depth is 7-35 %, its values lie below the healthy twin
on more than 60 % of its points, it holds no listed change, and it shows within 60 points (a leak: along its ramp).
A fault on the side that does not bind needs a large magnitude to show, and is redrawn where even its largest
does not.

Counts over ``heldout30_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     30      10    11         9     0.089-0.325  9               7-24 (287 spans, 0 >60)      3
long      34      13    10         11    0.081-0.309  16              28-104 (231 spans, 118 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are
left out of the span ranges. Pause spans include the start-up and restarts. ``changes`` (planned level changes the
monitor knows of): short 13 (6 world-size changes, 2 new data mixtures, 5 wrist cameras), long 11 (5 world-size
changes, 2 new data mixtures, 4 wrist cameras). Measured at them (the healthy level's medians, 300 live points
before, points 100-400 after): world-size changes 0.28-3.29x (11), new data mixtures 0.64-1.24x (4), wrist cameras
0.66-0.93x (9). The storage's load, the clocks, the rigs' videos, the epochs' episode orders, the cluster's day, the
other nodes and their cold page cache after a rescheduling, the warm-ups and the bins with one collection fewer are
level changes the monitor is not told of. Over both sets: export intervals of 15, 30 and 60 s in 4, 7 and 13 runs; 4
of the 24 runs on one node at the start, 19 with 8 GPUs a node; 39 restarts (17 preemptions, 9 node failures, 4 OOM
kills restarted in place, 9 resubmissions); 22 ingestion incidents in 13 runs; 2968517 collections, 16045 of their
exports failed, 16041 of them sent later from the local storage and 4 lost. No live point reads 0. Generating both
settings takes about 3 s.

Usage::

    from anomaly.heldout30 import heldout30_set
    for trace in heldout30_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from anomaly.heldout_common import (SETTINGS, apply_mods, bad_share, calibrate, cause_buckets, change_points,
                                    draw_regression, every_fourth_clean, family_trace, live_mask, ou_path,
                                    seg_buckets, seg_columns, smax, span_len, twostate, wobble)
from anomaly.traces import Trace

HELDOUT30_SEEDS = tuple(range(302000, 302012))

_PAUSE = {"short": (7, 24, 9, 15), "long": (28, 104, 38, 72)}  # span (points) lo, hi; median lo, hi
_W = 15.0  # the simulation grid: 15-s buckets
_DT = 300.0  # the query's step: make-series ... step 5m
_PERIODS = (15.0, 30.0, 60.0)  # OTEL_METRIC_EXPORT_INTERVAL (s)
_LEASE = 60.0  # a stored export is leased for storage_min_retry_interval (60 s) before it may be sent again
_REACH = 40.0  # a pause's span runs on for an export interval and this much (a slow export) after it
_P_KIND = (0.34, 0.33, 0.33)
_MIN_MOVE = 0.1  # a planned change is made only where it moves the rate by 10 % or more
_MARGIN = 10  # points of training kept between a pause's end and a restart, or a restart and an evaluation
_GRACEFUL = ("preempt", "resubmit")  # ends whose process exits through atexit: the SDK's last collection is sent


@dataclass
class _Job:
    """A visuomotor policy's step (seconds) on ``N`` nodes of ``G`` GPUs: ``b`` samples a GPU, each ``cams``
    camera views and an action chunk of ``H`` steps; ``mf`` the data mixture's decode cost against the first."""

    G: int
    b: int
    cams0: int  # camera views at the start
    H: int  # the action chunk (steps)
    enc: float  # GPU s a camera view (the image encoder)
    den: float  # GPU s a sample's denoiser pass on a 16-step chunk
    dec: float  # loader s a camera view (the video decode and augmentation; its workers together)
    fix: float  # the optimizer step, the EMA update of the weights
    ar: float  # the gradient all-reduce across nodes, per (1 + log2(N) / 2)
    cold: float  # the loader on a node whose page cache does not hold the video shards yet

    def samples(self, N):
        """Samples per step (all ranks)."""
        return self.G * self.b * np.asarray(N, float)

    def parts(self, N, cams, mf) -> tuple[float, float, float, float]:
        """``(cpu, gpu, fix, ar)`` of a step: the loader, the encoders and the denoiser, the optimizer and the
        all-reduce (NVLink only on one node)."""
        gpu = self.b * (cams * self.enc + self.den * self.H / 16.0)
        cpu = self.b * cams * self.dec * mf
        ar = self.ar * (1 + 0.5 * np.log2(N)) if N > 1 else 0.25 * self.ar
        return cpu, gpu, self.fix, ar


@dataclass
class _Seg:
    """A stretch of training in one process with one configuration."""

    t0: float
    t1: float
    ev: int  # evaluations done before it
    proc: int
    N: int
    cams: int
    mf: float  # the data mixture's decode cost (relative)
    lf: float  # the epoch's episode order (relative decode cost of the rigs it walks through)


@dataclass
class _Ins:
    """The collection path's settings and its troubles."""

    period: float  # the PeriodicExportingMetricReader's export interval
    lat: float  # the median duration of a successful export (the HTTPS POST to the ingestion endpoint)
    p_fail: float  # an export that fails alone (a timeout, a 503)
    outages: list  # (t0, t1): ingestion incidents (throttling, a regional outage): every export fails


@dataclass
class _Run:
    """The healthy run on the grid of 15-s buckets (``K = n * k``), its collections and which reached ingestion."""

    dt: float
    k: int
    n: int
    ins: _Ins
    train: np.ndarray
    cpu: np.ndarray
    gpu: np.ndarray
    fix: np.ndarray
    ar: np.ndarray
    gmul: np.ndarray  # the warm-up of the kernels (torch.compile, cuDNN/cuBLAS heuristics)
    nodes: np.ndarray
    eff: np.ndarray  # seconds spent stepping (less stalls)
    eps: np.ndarray  # each bucket's steps against their mean (its batches' episodes, the host's jitter)
    edges: np.ndarray
    procs: list  # per process: [exporter up, down, first training time, how it ended, job]
    real: np.ndarray  # per collection (ordered by stream, then time): its time (s from the run's start)
    stream: np.ndarray  # one per process and node
    s0: np.ndarray  # its process's first training time
    idx: np.ndarray  # the healthy run's steps of its process by then
    sent: np.ndarray  # the collection's point reached ingestion (now, or later from the local storage)
    failed_at: np.ndarray  # the export failed (and was stored)
    segs: list
    pauses_t: list  # (t0, t1, kind): "start", "eval", "ckpt", "restart", "resubmit"
    restarts: list  # (stop, resume, same): same = the job resumed on as many nodes with the same configuration
    known_t: list
    known_kind: list  # "world", "mixture", "cameras"
    ends: list  # per process but the last: how it ended ("preempt", "node", "oom", "resubmit")
    mix: np.ndarray  # log loader cost (the storage's load) on a 60-s grid
    job: _Job | None = None
    healthy: np.ndarray | None = None  # the healthy run's points (kept for speed: a run without regressions reads so)
    kept: dict | None = None  # what the reads take of the collections (:func:`_by_stream`, :func:`_delivered_bins`)

    @property
    def F(self) -> float:
        """Samples a node does per step."""
        return float(self.job.G * self.job.b)


def _span_len(rng, setting: str, scale: float = 1.0) -> float:
    return span_len(rng, _PAUSE, setting, scale)


def _draw_job(rng, N: int) -> _Job:
    """A step of 0.25-1.1 s at the start; the loader 30-70 % of the step, or (few CPU cores a GPU for the video
    decode: 40 % of the runs) 80-130 %, when it can bind."""
    G = int(rng.choice([4, 8], p=[0.25, 0.75]))
    b = int(rng.choice([32, 64, 128], p=[0.3, 0.45, 0.25]))
    cams = int(rng.choice([2, 3], p=[0.6, 0.4]))
    H = int(rng.choice([16, 32], p=[0.6, 0.4]))
    s = float(np.exp(rng.uniform(np.log(0.25), np.log(1.1))))
    job = _Job(G=G, b=b, cams0=cams, H=H, enc=1.0, den=1.0, dec=1.0, fix=rng.uniform(0.03, 0.08) * s,
               ar=rng.uniform(0.04, 0.12) * s, cold=rng.uniform(1.15, 1.6))
    gpu = s - job.fix - (job.ar * (1 + 0.5 * np.log2(N)) if N > 1 else 0.25 * job.ar)
    es = rng.uniform(0.35, 0.65)  # the image encoders' share of the GPU time
    job.enc = es * gpu / (b * cams)
    job.den = (1 - es) * gpu / (b * H / 16.0)
    cpu = s * (rng.uniform(0.8, 1.3) if rng.random() < 0.4 else rng.uniform(0.3, 0.7))
    job.dec = cpu / (b * cams)
    return job


def _level(job: _Job, mix, cfg, t0: float, t1: float) -> float:
    """The noise-free rate's median over ``[t0, t1)`` (warm, on the loader's cost of that time) in the
    configuration ``cfg = (N, cams, mf)``."""
    i0 = min(int(max(t0, 0) // 60), len(mix) - 1)
    i1 = max(min(int(t1 // 60), len(mix)), i0 + 1)
    cpu, gpu, fix, ar = job.parts(*cfg)
    return float(np.median(job.samples(cfg[0]) / smax(cpu * np.exp(mix[i0:i1]), gpu + fix + ar)))


def _moves(job, mix, old, new, t: float, dt: float) -> bool:
    """The configuration ``new`` moves the rate by ``_MIN_MOVE`` or more on the loader's cost after ``t``, and the
    level seen (300 points before against points 100-400 after) moves 8 % or more the same way."""
    after = _level(job, mix, new, t + 100 * dt, t + 400 * dt)
    own = np.log(after / _level(job, mix, old, t + 100 * dt, t + 400 * dt))
    seen = np.log(after / _level(job, mix, old, t - 300 * dt, t))
    return abs(own) >= _MIN_MOVE and own * seen > 0 and abs(seen) >= 0.08


def _within(spans, t) -> np.ndarray:
    """True where ``t`` lies in one of ``spans`` ``(t0, t1, ...)``."""
    d = np.zeros(np.shape(t), bool)
    for s in spans:
        d |= (t >= s[0]) & (t < s[1])
    return d


def _draw_ins(rng, T: float) -> _Ins:
    """The export interval, the exports' durations and failures, and the ingestion incidents over ``T``."""
    n_out = int(rng.poisson(rng.uniform(0.3, 1.5)))
    outages = sorted((a, a + rng.uniform(300.0, 5400.0)) for a in rng.uniform(0, T, n_out))
    return _Ins(period=float(rng.choice(_PERIODS, p=[0.2, 0.3, 0.5])), lat=rng.uniform(0.08, 0.4),
                p_fail=rng.uniform(0.001, 0.01), outages=outages)


def _schedule(rng, n: int, setting: str) -> _Run:
    """A run's settings and its timeline (start-up, training, evaluations in the simulator, checkpoints, restarts,
    the planned changes), then its steps, collections and exports (:func:`_collect`)."""
    dt = _DT
    k = int(dt / _W)
    T, K = n * dt, n * k
    N = int(rng.choice([1, 2, 3, 4], p=[0.25, 0.35, 0.15, 0.25]))
    job = _draw_job(rng, N)
    ins = _draw_ins(rng, T)
    mix = ou_path(rng, T, rng.uniform(0.03, 0.08), rng.uniform(1200, 7200))
    lead = (ins.period + _REACH) / dt + 1.0  # points a pause reaches past its end
    iv_pts = rng.uniform(150, 450)
    est = max(2, int(n / (iv_pts * 1.25)))
    mix_ev = int(rng.integers(max(1, int(0.2 * est)), max(2, int(0.6 * est)) + 1)) if rng.random() < 0.45 else -1
    cam_ev = int(rng.integers(max(2, int(0.5 * est)), max(3, int(0.85 * est)) + 1)) if rng.random() < 0.4 else -1
    ck_every = int(rng.integers(1, 4))
    n_re = int(rng.poisson(rng.uniform(0.5, 2.0)))
    re_t = sorted(rng.uniform(0.05, 0.92, n_re) * T)
    margin = _MARGIN * dt

    def pause(scale: float = 1.0) -> float:
        return (_span_len(rng, setting, scale) - lead) * dt

    segs, restarts, known_t, known_kind, ends = [], [], [], [], []
    t = pause()  # the pods start: the episodes' index, the normalisation statistics and the model load
    pauses_t = [(0.0, t, "start")]
    procs = [[rng.uniform(5.0, 60.0), None, t, "", 0]]
    cams, mf, lf = job.cams0, 1.0, 1.0
    ev = proc = jb = 0
    left = iv_pts * dt
    while t < T + dt:
        while re_t and re_t[0] < t + margin:  # no restart right after a pause: it moves on
            re_t[0] = t + rng.uniform(_MARGIN, 2.5 * _MARGIN) * dt
            re_t.sort()
        to_re = re_t[0] - t if re_t else np.inf
        run = min(left, to_re)
        segs.append(_Seg(t, t + run, ev, proc, N, cams, mf, lf))
        t += run
        left -= run
        if to_re < left + run:  # the pods are preempted, a node fails (both rescheduled) or a container is
            re_t.pop(0)  # OOM-killed (restarted in place): the job resumes from its last checkpoint
            end = str(rng.choice(["preempt", "node", "oom"], p=[0.45, 0.25, 0.3]))
            dur = pause(1.5)
            old = N
            if end != "oom" and rng.random() < 0.3 and t + dur + 400 * dt < T:  # elastic: 1-4 nodes
                new = int(rng.choice([m for m in (1, 2, 3, 4) if m != N]))
                if _moves(job, mix, (N, cams, mf * lf), (new, cams, mf * lf), t + dur, dt):
                    N = new
            procs[-1][1] = t + (rng.uniform(0.0, 30.0) if end == "preempt" else 0.0)  # the grace period
            procs[-1][3] = end
            pauses_t.append((t, t + dur, "restart"))
            restarts.append((t, t + dur, N == old))
            ends.append(end)
            procs.append([t + rng.uniform(0.1, 0.4) * dur, None, t + dur, "", jb])
            t += dur
            proc += 1
            if N != old and t < T:
                known_t.append(t)
                known_kind.append("world")
            left = max(left, margin)
            continue
        # an evaluation: the EMA policy rolled out in the simulator's tasks (each action chunk sampled with the
        # full denoising schedule) and its success rate logged; every ck_every-th one a checkpoint too
        ev += 1
        ck = ev % ck_every == 0
        lf_new = lf * float(np.exp(rng.normal(0, 0.02)))  # the next epoch's episode order
        kind = "mixture" if ev == mix_ev else ("cameras" if ev == cam_ev and cams < 4 else "")
        if kind and t + 500 * dt < T:
            mf_new = mf * (rng.uniform(0.55, 0.75) if rng.random() < 0.5 else rng.uniform(1.35, 1.7))
            new = (N, cams + 1, mf * lf_new) if kind == "cameras" else (N, cams, mf_new * lf_new)
            dur = pause(1.3)
            if _moves(job, mix, (N, cams, mf * lf), new, t + dur, dt):
                if kind == "cameras":  # the user resubmits the job from this checkpoint with a wrist camera
                    procs[-1][1] = t + rng.uniform(0.05, 0.2) * dur
                    procs[-1][3] = "resubmit"
                    pauses_t.append((t, t + dur, "resubmit"))
                    restarts.append((t, t + dur, False))
                    ends.append("resubmit")
                    jb += 1
                    procs.append([t + rng.uniform(0.3, 0.5) * dur, None, t + dur, "", jb])
                    proc += 1
                    cams += 1
                else:  # the data module's schedule adds co-training data to the mixture; its loaders built anew
                    pauses_t.append((t, t + dur, "ckpt"))
                    mf = mf_new
                t += dur
                lf = lf_new
                known_t.append(t)
                known_kind.append(kind)
                left = iv_pts * dt * float(np.exp(rng.normal(0, 0.1)))
                continue
        dur = pause(1.25 if ck else 1.0)
        pauses_t.append((t, t + dur, "ckpt" if ck else "eval"))
        t += dur
        lf = lf_new
        left = iv_pts * dt * float(np.exp(rng.normal(0, 0.1)))
    procs[-1][1] = T + 2 * dt
    return _collect(rng, n, dt, k, K, job, ins, mix, segs, procs, pauses_t, restarts, known_t, known_kind, ends)


def _grid(rng, K, job, mix, segs, procs, ends):
    """The step's parts on the bucket grid (the configuration, the storage's load and the cluster's day, the
    clocks, the episodes' rigs, other nodes and their cold page cache after a rescheduling, the warm-ups after each
    pause), the seconds stepping, each bucket's noise and its step's seconds."""
    tb, train, seg_of = seg_buckets(segs, K, _W)
    on, (Nb, cb, mfb, lfb, pb, evb) = seg_columns(segs, seg_of, "N", "cams", "mf", "lf", "proc", "ev")
    cpu, gpu, fix, ar = (np.ones(K) for _ in range(4))
    for cfg in {(s.N, s.cams, s.mf * s.lf) for s in segs}:
        m = (Nb == cfg[0]) & (cb == cfg[1]) & (mfb * lfb == cfg[2])
        for arr, v in zip((cpu, gpu, fix, ar), job.parts(*cfg)):
            arr[m] = v
    mi = (tb / 60).astype(int)
    cpu = cpu * np.exp(mix[mi])
    gpu = gpu * np.exp(ou_path(rng, K * _W, rng.uniform(0.005, 0.015), rng.uniform(600, 3600))[mi])  # clocks
    # the episodes come from rigs whose videos differ in resolution and length: the decode cost wanders
    cpu = cpu * np.exp(ou_path(rng, K * _W, rng.uniform(0.01, 0.04), rng.uniform(300, 2400))[mi])
    tc = np.cumsum(train)
    start = np.array([p[2] for p in procs])
    since = np.maximum(tc - np.interp(start[pb], tb + _W, tc), 0.0)  # training seconds since the process started
    seg_t0 = np.array([s.t0 for s in segs])[np.maximum(seg_of, 0)]
    fresh = np.maximum(tc - np.interp(seg_t0, tb + _W, tc), 0.0)  # ... since the stretch started
    cpu = cpu * (1 + rng.uniform(0.3, 1.0) * np.exp(-fresh / rng.uniform(30, 240)))  # the workers start anew
    if rng.random() < 0.5:  # torch.compile recompiles for the first shapes until it holds dynamic ones
        gmul = 1 + rng.uniform(0.5, 2.0) * np.exp(-since / rng.uniform(120, 900))
    else:  # eager: cuBLAS' and cuDNN's heuristics, the caching allocator's first blocks
        gmul = 1 + rng.uniform(0.1, 0.4) * np.exp(-since / rng.uniform(60, 300))
    day = np.maximum(0, np.sin(2 * np.pi * tb / 86400 + rng.uniform(0, 6.3)))  # the cluster's busy hours
    ar = ar * np.where(Nb > 1, np.exp(rng.uniform(0, 0.4) * day), 1.0)  # the shared fabric
    cpu = cpu * np.exp(rng.uniform(0, 0.15) * day)  # the shared storage
    inplace = [False] + [e == "oom" for e in ends]
    node = np.exp(rng.normal(0, 0.03, (2, len(procs))))  # other nodes after a rescheduling
    for p in range(1, len(procs)):
        if inplace[p]:
            node[:, p] = node[:, p - 1]
    gpu, cpu = gpu * node[0][pb], cpu * node[1][pb]
    cold = np.array([not x for x in inplace])[pb]  # a node new to the job reads the video shards over the network
    cpu = cpu * np.where(cold, 1 + (job.cold - 1) * np.exp(-since / rng.uniform(1200, 5400)), 1.0)
    for arr in (cpu, gpu, fix, ar, gmul):
        arr[~on] = 1.0
    step0 = smax(cpu, gpu * gmul + fix + ar)
    # stalls: garbage collection, a storage hiccup, a long episode's seek to a far keyframe
    stall = np.where(rng.random(K) < _W / rng.uniform(300, 1800), rng.uniform(1.0, 6.0, K), 0.0)
    eff = np.where(on, np.maximum(train - stall, 0.0), 0.0)
    sj = rng.uniform(0.04, 0.12)  # a step's spread (its samples' views, the host's jitter)
    m = np.maximum(eff / step0, 1.0)
    eps = np.exp(rng.normal(0, 1, K) * sj / np.sqrt(m) - 0.5 * sj * sj / m)
    return train, on, Nb, cpu, gpu, fix, ar, gmul, eff, eps, step0


def _export_times(rng, ins: _Ins, up: float, down: float, graceful: bool):
    """One node's collections from ``up`` to ``down``: the reader waits the export interval, collects (the point's
    time) and exports synchronously, so each period is the interval and the export's duration (10-30 s where it
    fails: the connection's timeout); with ``graceful`` the SDK's shutdown collects once more at ``down``. Returns
    the collection times, which of them failed and when each export's call returned."""
    P = ins.period
    m = int((down - up) / P) + 2
    dur = ins.lat * np.exp(rng.normal(0, 0.5, m))
    block = rng.uniform(10.0, 30.0, m)
    fail = rng.random(m) < ins.p_fail
    c = up + np.cumsum(P + np.r_[0.0, np.where(fail, block, dur)[:-1]])
    for a, b in ins.outages:  # in time order: an incident's failed exports block and shift the ones after them
        j = int(np.searchsorted(c, a))
        while j < m and c[j] < b:
            if not fail[j]:
                fail[j] = True
                c[j + 1:] += block[j] - dur[j]
            j += 1
    keep = c < down
    c, fail = c[keep], fail[keep]
    if graceful:
        c, fail = np.r_[c, down], np.r_[fail, _within(ins.outages, np.array([down]))]
    stored = c + np.where(fail, block[:len(c)], dur[:len(c)])  # when the failed call returned
    return c, fail, stored


def _delivered(c: np.ndarray, fail: np.ndarray, stored: np.ndarray) -> np.ndarray:
    """Which collections reached ingestion: a successful export, or a failed one stored on local disk and sent
    after the next successful export that ends 60 s (the blob's lease) or more after it was stored; stored
    exports still waiting when the process ends are lost with its container."""
    done = np.where(fail, -np.inf, stored)  # when each successful export (and its transmit_from_storage) ends
    last = np.r_[np.maximum.accumulate(done[::-1])[::-1][1:], -np.inf]  # the last success after each export
    return ~fail | (last >= stored + _LEASE)


def _collect(rng, n, dt, k, K, job, ins, mix, segs, procs, pauses_t, restarts, known_t, known_kind, ends) -> _Run:
    """The run's steps on the bucket grid and each node's collections and exports."""
    train, on, Nb, cpu, gpu, fix, ar, gmul, eff, eps, step0 = _grid(rng, K, job, mix, segs, procs, ends)
    edges = np.arange(K + 1) * _W
    C = np.r_[0.0, np.cumsum(np.where(on, eff / step0 * eps, 0.0))]  # the job's steps
    span = {}
    for s in segs:
        span.setdefault(s.proc, s.N)
    cols = {c: [] for c in ("real", "stream", "s0", "sent", "failed")}
    stream = 0
    for p, (up, down, s0, end, _) in enumerate(procs):
        for _ in range(span.get(p, 1)):
            c, fail, stored = _export_times(rng, ins, up, down, end in _GRACEFUL)
            sent = _delivered(c, fail, stored)
            for col, v in zip(cols, (c, stream, s0, sent, fail)):
                cols[col].append(np.broadcast_to(v, (len(c),)))
            stream += 1
    real, strm, s0a, sent, failed = (np.concatenate(cols[c]) for c in cols)
    idx = np.maximum(np.floor(np.interp(real, edges, C) - np.interp(s0a, edges, C) + 1e-9), 0.0)
    run = _Run(dt=dt, k=k, n=n, ins=ins, train=train, cpu=cpu, gpu=gpu, fix=fix, ar=ar, gmul=gmul,
               nodes=Nb * 1.0, eff=eff, eps=eps, edges=edges, procs=[list(p) for p in procs], real=real,
               stream=strm, s0=s0a, idx=idx, sent=sent, failed_at=failed, segs=segs, pauses_t=pauses_t,
               restarts=restarts, known_t=known_t, known_kind=known_kind, ends=ends, mix=mix, job=job)
    run.kept = {"by_stream": _by_stream(run), "bins": _delivered_bins(run)}
    return run


def _by_stream(run: _Run):
    """``(first, x, off)``: whether each collection is its stream's first, its time or its process's start where
    later, and an offset per stream (a stream's collections lie together). Kept on a :class:`_Run` from its build on
    (for speed: every read takes them)."""
    if getattr(run, "kept", None) is not None:
        return run.kept["by_stream"]
    first = np.r_[True, run.stream[1:] != run.stream[:-1]]
    return first, np.maximum(run.real, run.s0), np.cumsum(np.r_[0, run.stream[1:] != run.stream[:-1]]) * 1e12


def _delivered_bins(run: _Run):
    """``(ok, bin)``: the delivered points within the points' bins and their bins. Kept on a :class:`_Run` from its
    build on (for speed: every read takes them)."""
    if getattr(run, "kept", None) is not None:
        return run.kept["bins"]
    b = (run.real // run.dt).astype(int)
    ok = np.nonzero(run.sent & (b < run.n))[0]
    return ok, b[ok]


def _deltas(run: _Run, cnt: np.ndarray) -> np.ndarray:
    """Each collection's delta point: its process's steps since the collection before it (the first: since the
    process started; the counter's delta aggregation starts at 0) times the node's samples a step."""
    first = _by_stream(run)[0]
    return np.where(first, cnt, cnt - np.r_[0.0, cnt[:-1]]) * run.F


def _read(run: _Run, d: np.ndarray) -> np.ndarray:
    """The points: per 5-minute bin of the points' timestamps the sum of the delivered points' values over all
    nodes (``make-series sum(valueSum) default=0``), divided by the bin's seconds."""
    ok, b = _delivered_bins(run)
    return np.bincount(b, weights=d[ok], minlength=run.n)[:run.n] / run.dt


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
    cpu, gpu, fix, ar = apply_mods(run, mods, b0, b1, ("cpu", "gpu", "fix", "ar"))
    return smax(cpu, gpu * run.gmul[b0:b1] + fix + ar)


def _rates(run: _Run, mods, b0: int, b1: int) -> np.ndarray:
    """The job's noise-free samples/s in each bucket of ``[b0, b1)``."""
    return run.job.samples(run.nodes[b0:b1]) / _steps(run, mods, b0, b1)


def _counts(run: _Run, mods=()) -> np.ndarray:
    """Each collection's steps of its process by then. A regression makes whole steps late: by a collection its
    process has done the healthy run's steps less the steps it lost (whole ones, per regression) since it started."""
    cnt = run.idx.copy()
    _, x, off = _by_stream(run) if mods else (None, None, None)
    for md in mods:
        lo, hi = md.b0, md.b1
        d = np.zeros(len(run.edges))
        sh = _steps(run, [], lo, hi)
        d[lo + 1:hi + 1] = np.cumsum(run.eff[lo:hi] * run.eps[lo:hi] * (1 / sh - 1 / _steps(run, [md], lo, hi)))
        d[hi + 1:] = d[hi]
        # (for speed, only where it loses steps: d is 0 to ``lo``, flat from ``hi``)
        k = (x > run.edges[lo]) & (run.s0 < run.edges[hi])
        cnt[k] -= np.floor(np.interp(x[k], run.edges, d) - np.interp(run.s0[k], run.edges, d) + 1e-9)
    if mods:  # the steps done never fall within a process: the count a collection sees is the highest so far
        cnt = np.maximum.accumulate(cnt + off) - off
    return np.maximum(cnt, 0.0)


def _values(run: _Run, mods=()) -> np.ndarray:
    """Each collection's delta point (samples)."""
    return _deltas(run, _counts(run, mods))


def _series(run: _Run, mods=()) -> np.ndarray:
    """The trace's points, one per bin."""
    if not mods and getattr(run, "healthy", None) is not None:  # (for speed: the healthy run's, read before)
        return run.healthy.copy()
    return _read(run, _values(run, mods))


_CAUSES = {"drop": ("clocks", "storage", "decoder", "fabric"), "straggler": ("neighbour", "thermal"),
           "leak": ("readers", "frames", "fragment")}


def _cause(rng, run: _Run, kind: str, name: str, t0: float, t1: float, tr: float):
    """``(mod_of(A), A_max, t1)`` of the regression ``name`` over ``[t0, t1)`` (a leak ramps until ``tr``); a
    fault of the nodes or of the training process ends at its next restart."""
    t1, b0, b1 = cause_buckets(run, t0, t1, _W, name not in ("storage", "fabric"))
    tb = np.arange(b0, b1) * _W
    x = np.maximum(tb - t0, 0)
    if name == "clocks":  # a node's GPUs held at low clocks (a power cap after a PSU fault, a failed fan)
        w = np.minimum(1, x / rng.uniform(5, 60)) * (1 + 0.03 * np.sin(2 * np.pi * x / rng.uniform(120, 900)))
        return (lambda A: _Mod(b0, b1, gpu=1 + A * w)), 2.5, t1
    if name == "storage":  # the store serving the video shards throttled or degraded (a failover, a rebuild)
        w = wobble(rng, x, 0.25, 1800)
        return (lambda A: _Mod(b0, b1, cpu=1 + A * w)), 6.0, t1
    if name == "decoder":  # a restart pulls an image whose FFmpeg lacks dav1d: AV1 decoded by the slow libaom
        return (lambda A: _Mod(b0, b1, cpu=np.full(b1 - b0, 1 + A))), 8.0, t1
    if name == "fabric":  # a flapping switch port: the all-reduce falls back to a slower path
        w = wobble(rng, x, 0.15, 1200)
        return (lambda A: _Mod(b0, b1, ar=1 + A * w)), 8.0, t1
    if name in ("neighbour", "thermal"):  # another pod's processes on a node's CPUs; a GPU's thermal slowdown
        bm, gm = ((20, 180), (60, 600)) if name == "neighbour" else ((5, 60), (30, 300))
        bad = bad_share(twostate(rng, t0, t1, rng.uniform(*bm), rng.uniform(*gm), 1e6), tb, _W)
        f = bad * np.exp(rng.normal(0, 0.25, b1 - b0)) + 0.05 * (1 - bad)
        if name == "neighbour":  # its decode workers
            return (lambda A: _Mod(b0, b1, cpu=1 + A * f)), 7.0, t1
        return (lambda A: _Mod(b0, b1, gpu=1 + A * f)), 5.0, t1
    r = np.clip(x / max(tr - t0, 1e-9), 0, 1) ** rng.uniform(0.7, 1.5)
    if name == "readers":  # the loader workers keep a video reader open per episode: memory grows, the node swaps
        return (lambda A: _Mod(b0, b1, cpu=1 + A * r)), 6.0, t1
    if name == "frames":  # a video-logging callback keeps every step's frames and sampled actions on the host
        return (lambda A: _Mod(b0, b1, fix=1 + A * r)), 30.0, t1
    return (lambda A: _Mod(b0, b1, gpu=1 + A * r)), 2.0, t1  # the simulator's renderer fragments the GPU's memory


def _draw_event(rng, run: _Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` with onset in ``[lo, hi)``: an ``(Event, _Mod)`` pair, or None."""
    return draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=_P_KIND, causes=_CAUSES,
                           cause=_cause,
                           calib=lambda mod_of, a, tgt, b0, b1: calibrate(lambda m: _rates(run, m, b0, b1), mod_of,
                                                                          a, tgt, run.train[b0:b1] > 0),
                           series=lambda mod, lo, b1: (_series(run, [mod]), 0),
                           width=_W, restart_cause="decoder", p_pause=0.3, max_depth=0.35, stop_at_end=True)


def _spans(pauses_t, dt: float, reach: float, n: int) -> list[tuple[int, int]]:
    """The points a pause ``(t0, t1, kind)`` reaches: from the bin holding ``t0`` to the last bin a point of the
    pause can land in (``reach`` s after ``t1``: an export interval and a slow export); merged."""
    spans = []
    for a, b, _ in pauses_t:
        s, e = int(a // dt), min(n, int(np.ceil((b + reach) / dt)))
        if s >= n:
            break
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    return spans


def _origin(seed: int) -> float:
    """The run's start (unix s): a multiple of the query's step."""
    return 1_900_800_000.0 + 86400.0 * (seed % 97)


def _build(seed: int, n: int, pauses: str):
    """The healthy run of ``seed``: ``(run, healthy series, pause spans, live mask, changes)``."""
    run = _schedule(np.random.default_rng([seed, SETTINGS[pauses], 301]), n, pauses)
    healthy = run.healthy = _series(run)
    spans = _spans(run.pauses_t, run.dt, run.ins.period + _REACH, n)
    changes = change_points([int(t // run.dt) for t in run.known_t], spans, n)
    return run, healthy, spans, live_mask(spans, n), changes


def make_heldout30(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One robot policy's training samples/s (per-node OpenTelemetry delta points sent to Application Insights,
    read back as ``make-series sum(valueSum)`` per 5 minutes) with labelled regressions and its planned level
    changes (deterministic in ``seed``).

    Parameters
    ----------
    seed : random seed.
    n : number of points (>= 2000).
    pauses : ``"short"`` (pauses of 7-24 points) or ``"long"`` (28-104 points, many over 60).
    n_events : number of regressions to place; ``0`` gives a clean run, ``None`` draws 3 or 4.
    """
    return family_trace(_build, _draw_event, _series, _P_KIND, seed, n, pauses, n_events, 302,
                        lambda run: _origin(seed) + run.dt * np.arange(n))


def heldout30_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT30_SEEDS) -> list[Trace]:
    """The family's traces, one per seed; every fourth trace is a clean run."""
    return every_fourth_clean(make_heldout30, seeds, n, pauses)
