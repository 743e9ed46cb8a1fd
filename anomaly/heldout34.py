"""The thirty-fourth held-out throughput family: a multispectral satellite-image masked autoencoder's training tiles/s,
a per-node Prometheus counter that each node's Splunk OpenTelemetry Collector scrapes and sends to Splunk
Observability Cloud (SignalFx) as a cumulative counter, read back by a streaming SignalFlow program as
``data('mae_tiles_total', rollup='rate', extrapolation=...).sum()`` at a fixed resolution.

Written blind, this session: the author read only ``/work/HELPERS.md``, the shared helpers
(``anomaly/heldout_common.py``, ``tests/trace_checks.py``), ``anomaly/traces.py`` lines 1-80 (its docstring and the
``Event``/``Trace`` definitions), the thirty-second generator and its tests as a model of API, docstring and tests
(the printout showed its docstring, its first ~190 lines and its last ~270: its collection and count functions were
seen, its job, timeline and grid code were not; the way a regression makes whole steps late, with a running maximum
per process, is the same as its), the first 4 lines of generators 3-31 and lines 5-15 of 3-18 (to take another job
and another collection path: none is a satellite-image model or Splunk Observability / SignalFx), the first 110
lines of ``tests/test_architecture.py`` -- and saw the names of the files in ``anomaly/`` and ``tests/`` in a
directory listing and the subject of main's last commit (printed by git with the worktree; it names no detector
figure). Public sources: Splunk Observability Cloud's pages on metric types (a cumulative counter's default rollup
is ``delta``) and on data resolution and rollups in charts (a chart's resolution, native 10-s resolution of the
OpenTelemetry Collector's metrics), SignalFx's "Rollups and Resolutions" (the stored sum, min, max, count and latest
rollups at 1 s, 1 min, 5 min and 1 h; ``delta`` for a cumulative counter the difference between successive
intervals; ``rate`` the delta over the interval's length), SignalFx's metric types page (a cumulative counter rolls
over, usually to 0, when its application restarts; what matters is the change between measurements), the SignalFlow
``data()`` reference (``rollup``, ``extrapolation`` null / zero / last_value, ``maxExtrapolations``) and the
OpenTelemetry Collector's ``signalfx`` exporter README (realm, ingest URL, 10-s send timeout, queued retry on by
default). The searches also showed excerpts of Datadog's rollup and fill pages, Timescale's counter aggregation,
Sumo Logic's fillmissing, an IBM gap-drawing rule and the collector's cumulativetodelta processor (not used). Taken
without looking it up: the collector's prometheus receiver scraping each target at a fixed phase of its interval, a
failed scrape (a 10-s timeout) giving no datapoint, a counter that falls read by the delta as a reset from 0 (the
change is the new value), a new MTS's first interval giving no delta, the delta of an interval after empty ones
taken from the last interval with data, a streaming program leaving out datapoints that arrive after its max delay,
and the ``sum()`` of nulls being null (the poller writes 0). Never a detector, and never ran a detector on these
traces.

Size: over 500 lines because the docstring (its table and the measured counts the tests check) is about a quarter of
it.

What is modelled
----------------
A masked autoencoder (a ViT, SatMAE / Prithvi-style) is pre-trained on multispectral satellite tiles (Sentinel-2,
13 bands, 128-px chips cut from cloud-optimised GeoTIFFs in an S3-compatible object store) with PyTorch Lightning and
DDP on ``N`` nodes (1-4, elastic) of ``G`` GPUs (4 or 8), ``B`` tiles a GPU and step (32, 48 or 64). A step costs the
loader (range reads of the COGs, decompression, cloud masks, augmentation: 0.4-1.15x the GPU part), the GPU (the
encoder on the visible patches, 60-80 % of it at a mask ratio of 0.75, and the light decoder; 0.25-0.9 s), the
optimizer and the exposed all-reduce; the step waits for the slower of loader and GPU (a soft maximum,
``(a**6 + b**6) ** (1/6)``). Each node's rank 0 adds its node's tiles to ``mae_tiles_total`` after each step
(``prometheus_client``'s HTTP server in the training process).

Every 150-420 points of training the job **evaluates** (linear probes on land-cover and crop-type benchmarks): a
pause, every 2nd or 3rd one with a checkpoint written to the object store (1.35x longer). So:

* **the collector**: each node runs the Splunk Distribution of the OpenTelemetry Collector (agent mode); its
  prometheus receiver scrapes the trainer's endpoint every 10 or 15 s at the target's phase (the scrape's own 5-200
  ms, log-normal); a scrape fails (times out, no datapoint) 0.1-0.5 % of the time, 20-60 % while the process pickles
  a checkpoint; the collector is restarted now and then (a config push: Poisson 0.3-2 a run, 15-90 s down, that
  host's scrapes lost); the ``signalfx`` exporter sends each datapoint as a cumulative counter with the dimension
  ``host`` (one MTS a host: a process restarted in place writes to the same MTS, a rescheduled one to new ones);
* **ingest and the program**: a poller runs the streaming SignalFlow program ``data('mae_tiles_total',
  rollup='rate', extrapolation=E, maxExtrapolations=3).sum().publish()`` at a resolution ``R`` of 30 or 60 s and
  writes one point per interval. Per MTS the ``rate`` of an interval is the change of its latest datapoint from the
  latest of the last interval with data, over ``R``; a value below that one is a counter reset (the change is the
  value itself); a new MTS's first interval has none. A datapoint that arrives after the program's max delay is left
  out of the live computation (0.2-1 % of them: a slow send; all of them during an ingest outage, Poisson 0.1-0.5 a
  run, 2-15 min, the exporter's retries landing late), so its interval has no data for that MTS, and the next
  interval's change spans both: a dip, then a spike (an outage: zeros, then one point holding the whole outage's
  tiles); ``E`` is ``null`` (a host without data drops out of the sum; a point with none reads 0) or ``last_value``
  (up to 3 intervals without data repeat the last rate: a preempted host's rate lingers 3 points into the pause);
* **the points**: ``sum()`` over the hosts' MTS; so a point is the job's tiles between the last scrapes of two
  intervals over ``R`` (a few seconds shifted), exactly 0 inside an evaluation (the counters stand still).

Healthy behaviour (none of it labelled):

* **the shards**: each node reads its own shards, each 4-15 min of reading on average with its own cost (arid or
  cloudy scenes, sparse or dense bands: log-normal, sd 3-8 %), and the step waits for the slowest node's loader;
* **the steps**: an AR(1) in the log (sd 1-3 %, 30-120 s) and Laplace noise (scale 1-3 %) on each 5-s bucket's
  steps, and stalls (0.2-0.8 % of the buckets lose 10-60 %: the object store's SlowDown retries, a GC pause);
* **the object store's night**: a nightly ingest of new satellite passes slows the loader by up to 1.08-1.45x over
  a 3-6 h window; the loader's prefetch buffer refills after each pause (1.2-1.6x fading over 40-200 s);
* **the start-up** (a pause at the start), **evaluations**, **checkpoints** and **restarts** (Poisson 0.5-2 a run,
  at most one a stretch, 15 points or more of training from a pause; 1.3x a pause): a spot preemption (50 %,
  rescheduled onto other hosts 2.5 % faster or slower: an unlisted level step), a GPU's Xid error (30 %) or an NCCL
  timeout (20 %), the last two restarted in place; after each start the kernels warm up (torch.compile in half the
  runs: 1.3-2x fading over 2-10 min; else cuDNN's autotuning, 1.05-1.25x over 30-150 s).

Planned level changes, **listed in ``changes``** (the first point after the span of the pause they follow), each
made only where it moves the noise-free rate by 12 % or more, against the old configuration over the same buckets
(100-400 points after it) and against the old one's level over the 300 points before:

* **world-size changes** at a spot preemption (tried at 40 % of them): the elastic job resumes on 1-4 nodes, another
  number;
* **a mask-ratio stage** (tried in 55 % of the runs, at an evaluation 15-60 % of the way): the ratio goes from 0.75 to
  0.85 or 0.9, the encoder's cost with it (in the process);
* **new inputs** (tried in 50 % of the runs, at a checkpoint 40-85 % of the way): the user resubmits the job from the
  checkpoint onto other hosts with Sentinel-1 radar bands added (the loader 1.3-1.9x, the GPU 1.05-1.15x) or 1.5x
  larger tiles (the loader 1.8-2.3x, the GPU 2.1-2.6x).

A regression changes a step's parts inside its buckets; the run's clock (steps, pauses, scrapes) stays the healthy
run's, so ``healthy`` (the same run without regressions) aligns point by point and equals ``values`` outside the
events: a regression makes whole steps late, so by each scrape from its onset on the process has done the healthy
run's steps less those it lost, and after it every change between scrapes is the healthy one. No event holds a point
of ``changes``.

Labelled regressions (their causes are a satellite-imagery cluster's and the job's)
---------------------------------------------------------------------------------
* ``drop``: the object store's erasure-coded pool rebuilding a failed disk (the loader up to 6x, swinging 25 %, not
  ended by a restart); a node's NIC link trained down (the all-reduce up to 13x); an image from a restart on whose
  GDAL block cache is tiny (every tile re-read: the loader up to 6x, from a restart onto as many nodes, until the
  next one); the facility's power-capping policy lowering the GPUs' limit (the GPU up to 4x, not ended by a
  restart); 150-1400 points or to the end;
* ``straggler``: a co-scheduled reprojection job on a node's CPUs (bursts of 30-200 s every 60-600 s, the loader up
  to 7x, 5 % of that between them) or a GPU's failing fan (thermal slowdown in bursts of 10-60 s every 30-300 s, the
  GPU up to 6x); 80-500 points;
* ``leak``: the loader workers keeping every opened COG's dataset handle (the loader up to 7x), a callback keeping
  each band's reconstruction errors and syncing them every step (the optimizer's part up to 41x), or the pinned
  host-memory pool fragmenting (the GPU up to 3.5x), each growing as ``r ** p`` of its ramp (``p`` 0.7-1.8) over
  250-1800 points, then held 80-600 points; a node's or a process's fault ends at its next restart.

Each trace with events holds every kind once, in a random order, and a fourth of a random kind in 40 % of them,
one per stretch from point 600 on. A regression's magnitude is set by bisection to a drawn noise-free loss (drops
8-33 %, stragglers 10-30 %, a leak 12-40 % over its plateau); about 30 % of the other onsets lie at the end of a
pause or inside it. An event is kept only when its measured depth is 7-35 %, its values lie below the healthy twin
on more than 60 % of its points, it holds no listed change, and it shows within 60 points (a leak: along its ramp).

Counts over ``heldout34_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     32      10    11         11    0.096-0.315  13              7-21 (286 spans, 0 >60)      3
long      30      10    10         10    0.080-0.307  12              31-109 (215 spans, 109 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are
left out of the span ranges. Pause spans include the start-up and restarts. ``changes`` (planned level changes the
monitor knows of): short 18 (6 world-size changes, 7 mask-ratio stages, 5 new inputs), long 12 (1 world-size change,
5 mask-ratio stages, 6 new inputs). The shards, the steps' jitter and stalls, the object store's night, the other
hosts after a preemption, the warm-ups, the collectors' restarts, late datapoints and ingest outages are level
changes or odd points the monitor is not told of. Over both sets: resolution of 30 and 60 s in 12 and 12 runs;
scrapes every 10 and 15 s in 9 and 15; extrapolation last_value in 15; 2 of the 24 runs on one node at the start, 10
with 8 GPUs a node; 44 restarts (16 spot preemptions, 12 GPU Xid errors and 5 NCCL timeouts restarted in place, 11
resubmissions); 20 collector restarts in 12 runs; 9 ingest outages in 9 runs; 1181986 datapoints in 118 MTS.
Generating both settings takes about 2 s.

Usage::

    from anomaly.heldout34 import heldout34_set
    for trace in heldout34_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from anomaly.heldout_common import (SETTINGS, apply_mods, calibrate, change_points, draw_regression,
                                    every_fourth_clean, family_trace, live_mask, span_len)
from anomaly.traces import Trace

HELDOUT34_SEEDS = tuple(range(342000, 342012))

_PAUSE = {"short": (6, 22, 8, 14), "long": (30, 110, 38, 70)}  # span (points) lo, hi; median lo, hi
_W = 5.0  # the simulation grid: 5-s buckets
_RES = (30.0, 60.0)  # the SignalFlow program's resolution (s): one point per rollup interval
_SCRAPE = (10.0, 15.0)  # the collector's prometheus receiver scrape interval (s)
_MAX_X = 3  # maxExtrapolations of a ``last_value`` program
_P_KIND = (0.34, 0.33, 0.33)
_MIN_MOVE = 0.12  # a planned change is made only where it moves the noise-free rate by 12 % or more
_GAP = 15  # points of training at least between a pause and a restart
_BIG = 1e12


def _pmax(a, b):
    """The soft maximum ``(a**6 + b**6) ** (1/6)``: the step waits for the loader or the GPU, the slower."""
    return (a ** 6 + b ** 6) ** (1 / 6)


@dataclass
class _Job:
    """A satellite-image MAE's step on ``N`` nodes of ``G`` GPUs, ``B`` tiles a GPU a step."""

    G: int
    B: int
    cpu0: float  # the loader's s a step (COG reads from the object store, decompression, cloud masks, augment)
    gpu0: float  # the GPU's s a step at a mask ratio of 0.75 (the ViT encoder on the visible patches, the decoder)
    enc: float  # the encoder's share of the GPU part at mask ratio 0.75
    fix: float  # the optimizer step
    ar0: float  # the all-reduce, times (0.25 on one node, else 1 + log2(N) / 2)

    def ar(self, N):
        N = np.asarray(N, float)
        return self.ar0 * np.where(N > 1, 1 + 0.5 * np.log2(np.maximum(N, 1)), 0.25)

    def mask_f(self, mask):
        """The GPU part's factor at a mask ratio: the encoder sees ``1 - mask`` of the patches."""
        return self.enc * (1 - np.asarray(mask)) / 0.25 + (1 - self.enc)


@dataclass
class _Cfg:
    """A stretch of training's configuration."""

    N: int
    mask: float
    cf: float  # the loader's factor (the bands and tile size of the submission)
    gf: float  # the GPU's factor (the tile size)
    speed: float  # the hosts' GPUs against the first ones
    hosts: tuple  # the hosts' ids (the MTS dimension ``host``)
    proc: int


@dataclass
class _Run:
    n: int
    dt: float
    k: int
    job: _Job
    train: np.ndarray  # training seconds in each bucket
    tiles: np.ndarray  # tiles a step (all nodes) in each bucket
    cpu: np.ndarray
    gpu: np.ndarray
    fix: np.ndarray
    ar: np.ndarray
    jit: np.ndarray  # the steps' multiplicative jitter per bucket
    edges: np.ndarray
    pauses_t: list
    restarts: list
    known_t: list
    known_kind: list
    procs: list  # (up, down, start of training, hosts, why it ended)
    cfgs: list
    t: np.ndarray  # the datapoints: scrape times, sorted by stream then time
    stream: np.ndarray  # (process, node) stream of each datapoint
    mts: np.ndarray  # the host (MTS) of each datapoint
    s0: np.ndarray  # its process's start
    late: np.ndarray  # arrived after the program's max delay: left out of the live computation
    F: np.ndarray  # tiles a step of the node
    scrape: float
    extrap: str
    outages: list
    agents: list
    healthy: np.ndarray | None = None  # the healthy run's points (kept for speed: a run without regressions reads so)
    kept: dict | None = None  # what the reads take of the datapoints (:func:`_healthy_counts`, :func:`_by_mts`)


def _job(rng) -> _Job:
    gpu0 = rng.uniform(0.25, 0.9)
    return _Job(G=int(rng.choice([4, 8])), B=int(rng.choice([32, 48, 64])), cpu0=gpu0 * rng.uniform(0.4, 1.15),
                gpu0=gpu0, enc=rng.uniform(0.6, 0.8), fix=gpu0 * rng.uniform(0.03, 0.08),
                ar0=gpu0 * rng.uniform(0.02, 0.12))


def _plan(rng, n: int, setting: str) -> list[tuple[int, int, str]]:
    """The pauses in points ``(start, length, kind)``: the start-up, an evaluation every 150-420 points of training
    (every 2nd or 3rd with a checkpoint) and restarts (Poisson 0.5-2 a run, at most one a stretch, ``_GAP``
    points of training from a pause)."""
    every = rng.uniform(150, 420)
    ck_every = int(rng.integers(2, 4))
    re_at = sorted(rng.uniform(0.04, 1.0, int(rng.poisson(rng.uniform(0.5, 2.0)))) * n)
    plan = [(0, int(round(span_len(rng, _PAUSE, setting, 1.15))), "start")]
    p, n_eval = plan[0][1], 0
    while p < n:
        nxt = p + int(every * rng.uniform(0.85, 1.15))
        due = [x for x in re_at if x < nxt]
        re_at = [x for x in re_at if x >= nxt]
        if due and nxt - p > 3 * _GAP:
            s = int(np.clip(due[0], p + _GAP, nxt - _GAP))
            plan.append((s, int(round(span_len(rng, _PAUSE, setting, 1.3))), "restart"))
        else:
            n_eval += 1
            kind = "ckpt" if n_eval % ck_every == 0 else "eval"
            plan.append((nxt, int(round(span_len(rng, _PAUSE, setting, 1.35 if kind == "ckpt" else 1.0))), kind))
        p = plan[-1][0] + plan[-1][1]
    return plan


def _factors(rng, K: int, origin: float, pauses_t):
    """The healthy run's slow factors per bucket, independent of the configuration: each node's shards (cost
    piecewise constant, log-sd 3-8 %, a shard lasting 4-15 min on average; the step waits for the slowest node's
    loader) and the loader's factor: the object store's nightly ingest window (up to 1.08-1.45x over 3-6 h) and
    its prefetch buffer refilling after each pause (1.2-1.6x fading over 40-200 s)."""
    tb = np.arange(K) * _W
    mean, sd = rng.uniform(240, 900), rng.uniform(0.03, 0.08)
    shard = np.empty((K, 4))
    for j in range(4):
        cuts = np.cumsum(rng.exponential(mean, int(K * _W / mean * 2) + 10))
        shard[:, j] = np.exp(rng.normal(0, sd, len(cuts) + 1))[np.searchsorted(cuts, tb)]
    hour = ((origin + tb) % 86400) / 3600
    h0, width, amp = rng.uniform(0, 5), rng.uniform(3, 6), rng.uniform(0.08, 0.45)
    x = (hour - h0) % 24
    night = 1 + amp * np.where(x < width, np.sin(np.pi * x / width) ** 2, 0.0)
    warm = np.ones(K)
    w, tau = rng.uniform(0.2, 0.6), rng.uniform(40, 200)
    for a, b, _ in pauses_t:
        i = int(b // _W)
        x = tb[i:] - b
        warm[i:] += w * np.exp(-np.maximum(x, 0) / tau) * (x < 10 * tau)
    return shard, night * warm


def _rate(job: _Job, cfg: _Cfg, shard, cfac, gfac):
    """The noise-free tiles/s of ``cfg`` over buckets with the given slow factors."""
    cpu = job.cpu0 * cfg.cf * cfac * shard[:, :cfg.N].max(axis=1)
    gpu = job.gpu0 * cfg.gf * job.mask_f(cfg.mask) * gfac / cfg.speed
    return cfg.N * job.G * job.B / (_pmax(cpu, gpu + job.fix) + job.ar(cfg.N))


def _moves(job, old: _Cfg, new: _Cfg, fac, t: float, dt: float) -> bool:
    """Whether ``new`` moves the noise-free rate from ``t`` on by ``_MIN_MOVE`` or more: against ``old`` over the
    same buckets (100-400 points after ``t``) and against ``old``'s over the 300 points before."""
    shard, cfac, gfac = fac
    a0, a1 = max(0, int((t - 300 * dt) // _W)), int(t // _W)
    b0, b1 = int((t + 100 * dt) // _W), int((t + 400 * dt) // _W)
    if b1 > len(cfac):
        b0, b1 = int(t // _W) + 1, len(cfac)
    if b1 - b0 < 10 or a1 - a0 < 10:
        return False
    after = _rate(job, new, shard[b0:b1], cfac[b0:b1], gfac[b0:b1]).mean()
    same = _rate(job, old, shard[b0:b1], cfac[b0:b1], gfac[b0:b1]).mean()
    before = _rate(job, old, shard[a0:a1], cfac[a0:a1], gfac[a0:a1]).mean()
    return min(abs(np.log(after / same)), abs(np.log(after / before))) >= _MIN_MOVE


def _warm_gpu(rng, K: int, starts) -> np.ndarray:
    """The GPU part's warm-up after each process's start (torch.compile in half the runs: 1.3-2x fading over 2-10
    min; else cuDNN's autotuning, 1.05-1.25x over 30-150 s)."""
    tb = np.arange(K) * _W
    warm = np.ones(K)
    compiled = rng.random() < 0.5
    for b in starts:
        i = int(b // _W)
        w = rng.uniform(0.3, 1.0) if compiled else rng.uniform(0.05, 0.25)
        tau = rng.uniform(120, 600) if compiled else rng.uniform(30, 150)
        x = tb[i:] - b
        warm[i:] += w * np.exp(-np.maximum(x, 0) / tau) * (x < 10 * tau)
    return warm


def _jitter(rng, K: int) -> np.ndarray:
    """The steps' jitter per bucket: an AR(1) in the log (sd 1-3 %, 30-120 s), Laplace noise (scale 1-3 %) and
    stalls (0.2-0.8 % of the buckets lose 10-60 %: the object store's 503 SlowDown retries, a GC pause)."""
    a = np.exp(-_W / rng.uniform(30, 120))
    sd = rng.uniform(0.01, 0.03)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), K)
    x = [float(rng.normal(0, sd))]
    a = float(a)
    for ei in e[1:].tolist():  # (for speed, on Python floats: the same double products and sums)
        x.append(a * x[-1] + ei)
    x = np.array(x)
    jit = np.exp(x + rng.laplace(0, rng.uniform(0.01, 0.03), K))
    stall = rng.random(K) < rng.uniform(0.002, 0.008)
    return jit * np.where(stall, 1 - rng.uniform(0.1, 0.6, K), 1.0)


def _scrapes(rng, up: float, down: float, phase: float, P: float, p_fail: float, ck, p_ck: float) -> np.ndarray:
    """One target's datapoints while its process is up: the receiver scrapes every ``P`` s at the target's phase
    (plus the scrape's 5-200 ms); a scrape fails (times out) with ``p_fail``, or ``p_ck`` while the process writes a
    checkpoint (the spans ``ck``)."""
    t = phase + P * np.arange(np.ceil((up - phase) / P), np.floor((down - phase) / P) + 1)
    t = t[(t >= up) & (t < down)]
    t = t + np.minimum(np.exp(rng.normal(np.log(0.03), 0.7, len(t))), 0.2)
    p = np.full(len(t), p_fail)
    for a, b in ck:
        p[(t >= a) & (t < b)] = p_ck
    return t[(rng.random(len(t)) >= p) & (t < down)]


def _pick(rng, idx, plan, n: int, lo: float, hi: float, p: float):
    """One of the pauses ``idx`` nearest a drawn fraction ``lo``-``hi`` of the run, with probability ``p``."""
    if not idx or rng.random() >= p:
        return None
    at = rng.uniform(lo, hi) * n
    return idx[int(np.argmin([abs(plan[i][0] - at) for i in idx]))]


def _schedule(rng, n: int, setting: str, origin: float) -> _Run:
    """The run: its pauses, processes and configurations, the steps' costs on the bucket grid and the collector's
    datapoints (each node's host an MTS)."""
    dt, P = float(rng.choice(_RES)), float(rng.choice(_SCRAPE))
    job = _job(rng)
    plan = _plan(rng, n, setting)
    T = (n + 3) * dt
    K = int(np.ceil(T / _W))
    pauses_t = [(0.0 if kind == "start" else (s + rng.uniform(0.1, 0.9)) * dt,
                 (s + L - 2 + rng.uniform(0.1, 0.9)) * dt, kind) for s, L, kind in plan]
    why = {i: str(rng.choice(["spot", "xid", "nccl"], p=[0.5, 0.3, 0.2]))
           for i, p in enumerate(plan) if p[2] == "restart"}
    stage = _pick(rng, [i for i, p in enumerate(plan) if p[2] == "eval" and p[0] < n], plan, n, 0.15, 0.6, 0.55)
    resub = _pick(rng, [i for i, p in enumerate(plan) if p[2] == "ckpt" and p[0] < n], plan, n, 0.4, 0.85, 0.5)
    shard, cfac = _factors(rng, K, origin, pauses_t)
    fac = (shard, cfac, np.ones(K))
    N0 = int(rng.choice([1, 2, 2, 3, 4]))
    cfg = _Cfg(N=N0, mask=0.75, cf=1.0, gf=1.0, speed=1.0, hosts=tuple(range(N0)), proc=0)
    nxt_host = N0
    segs, procs, restarts, known_t, known_kind, starts = [], [], [], [], [], [pauses_t[0][1]]
    procs.append([rng.uniform(3, 20), T, pauses_t[0][1], cfg.hosts, "end"])
    for i in range(1, len(plan) + 1):
        t_end = pauses_t[i][0] if i < len(plan) else T
        segs.append((pauses_t[i - 1][1], t_end, cfg))
        if i == len(plan):
            break
        a, b, kind = pauses_t[i]
        w = why.get(i, "resubmit" if i == resub else None)
        new, listed = cfg, None
        if w is not None:
            new = _Cfg(cfg.N, cfg.mask, cfg.cf, cfg.gf, cfg.speed, cfg.hosts, cfg.proc + 1)
            if w in ("spot", "resubmit"):  # other hosts (new MTS), a little faster or slower
                new.hosts = tuple(range(nxt_host, nxt_host + cfg.N))
                new.speed = float(np.exp(rng.normal(0, 0.025)))
            if w == "spot" and rng.random() < 0.4:  # the elastic job resumes on another number of nodes
                N2 = int(rng.choice([x for x in (1, 2, 3, 4) if x != cfg.N]))
                cand = _Cfg(N2, new.mask, new.cf, new.gf, new.speed, tuple(range(nxt_host, nxt_host + N2)), new.proc)
                if _moves(job, cfg, cand, fac, b, dt):
                    new, listed = cand, "world"
            if w == "resubmit":  # resubmitted from the checkpoint with more bands or larger tiles
                if rng.random() < 0.5:
                    cand = _Cfg(new.N, new.mask, cfg.cf * rng.uniform(1.3, 1.9), cfg.gf * rng.uniform(1.05, 1.15),
                                new.speed, new.hosts, new.proc)
                else:
                    cand = _Cfg(new.N, new.mask, cfg.cf * rng.uniform(1.8, 2.3), cfg.gf * rng.uniform(2.1, 2.6),
                                new.speed, new.hosts, new.proc)
                if _moves(job, cfg, cand, fac, b, dt):
                    new, listed = cand, "input"
                else:
                    new, w = cfg, None  # no resubmission: a checkpoint like the others
        elif i == stage:  # the mask-ratio curriculum: the encoder sees fewer patches
            cand = _Cfg(cfg.N, float(rng.choice([0.85, 0.9])), cfg.cf, cfg.gf, cfg.speed, cfg.hosts, cfg.proc)
            if _moves(job, cfg, cand, fac, b, dt):
                new, listed = cand, "mask"
        if w is not None:
            stop = a if w != "resubmit" else a + rng.uniform(0.2, 0.5) * (b - a)
            up = min(stop + rng.uniform(0.3, 0.7) * (b - stop), b - 40.0)
            procs[-1][1], procs[-1][4] = stop, w
            procs.append([up, T, b, new.hosts, "end"])
            restarts.append((stop, b, new.N == cfg.N and listed is None))
            starts.append(b)
            nxt_host = max(nxt_host, max(new.hosts) + 1)
        if listed:
            known_t.append(b)
            known_kind.append(listed)
        cfg = new
    gfac = _warm_gpu(rng, K, starts)
    tb = np.arange(K) * _W
    train, ci = np.zeros(K), np.zeros(K, int)
    for j, (t0, t1, c) in enumerate(segs):
        b0, b1 = int(t0 // _W), min(K, int(np.ceil(t1 / _W)))
        ov = np.maximum(np.minimum(t1, tb[b0:b1] + _W) - np.maximum(t0, tb[b0:b1]), 0.0)
        train[b0:b1] += ov
        ci[b0:b1] = np.where(ov > 0, j, ci[b0:b1])
    cs = [s[2] for s in segs]
    Nb = np.array([c.N for c in cs])[ci]
    top = np.maximum.accumulate(shard, axis=1)[np.arange(K), Nb - 1]
    cpu = job.cpu0 * np.array([c.cf for c in cs])[ci] * cfac * top
    gpu = job.gpu0 * np.array([c.gf / c.speed for c in cs])[ci] * job.mask_f(np.array([c.mask for c in cs])[ci]) * gfac
    jit = _jitter(rng, K)
    run = _Run(n=n, dt=dt, k=int(round(dt / _W)), job=job, train=train, tiles=(Nb * job.G * job.B).astype(float),
               cpu=cpu, gpu=gpu, fix=np.full(K, job.fix), ar=job.ar(Nb), jit=jit, edges=np.arange(K + 1) * _W,
               pauses_t=pauses_t, restarts=restarts, known_t=known_t, known_kind=known_kind, procs=procs, cfgs=cs,
               t=np.zeros(0), stream=np.zeros(0, int), mts=np.zeros(0, int), s0=np.zeros(0), late=np.zeros(0, bool),
               F=np.zeros(0), scrape=P, extrap=str(rng.choice(["null", "last_value"])), outages=[], agents=[])
    _collect(rng, run, T, nxt_host)
    return run


def _collect(rng, run: _Run, T: float, hosts: int) -> None:
    """The collectors' datapoints: each process's nodes scraped (a phase per host), less those lost while a
    node's collector restarts (Poisson 0.3-2 a run, 15-90 s down); a datapoint arrives after the program's max
    delay now and then (0.2-1 %) and all of them during an ingest outage (Poisson 0.1-0.5 a run, 2-15 min)."""
    P = run.scrape
    phase = rng.uniform(0, P, hosts)
    p_fail, p_ck = rng.uniform(0.001, 0.005), rng.uniform(0.2, 0.6)
    ck = [(a, b) for a, b, kind in run.pauses_t if kind == "ckpt"]
    run.agents = [(rng.uniform(0, T), rng.uniform(15, 90), int(rng.integers(hosts)))
                  for _ in range(int(rng.poisson(rng.uniform(0.3, 2.0))))]
    run.outages = sorted((o, o + np.exp(rng.uniform(np.log(120), np.log(900))))
                         for o in rng.uniform(0, T, int(rng.poisson(rng.uniform(0.1, 0.5)))))
    cols = {c: [] for c in ("t", "stream", "mts", "s0", "F")}
    stream = 0
    for up, down, s0, hs, _ in run.procs:
        for h in hs:
            t = _scrapes(rng, up, down, phase[h], P, p_fail, ck, p_ck)
            for a, d, host in run.agents:
                if host == h:
                    t = t[(t < a) | (t >= a + d)]
            for col, v in zip(cols, (t, stream, h, s0, run.job.G * run.job.B)):
                cols[col].append(np.broadcast_to(np.asarray(v, float), (len(t),)))
            stream += 1
    run.t, run.s0, run.F = (np.concatenate(cols[c]) for c in ("t", "s0", "F"))
    run.stream, run.mts = (np.concatenate(cols[c]).astype(int) for c in ("stream", "mts"))
    late = rng.random(len(run.t)) < rng.uniform(0.002, 0.01)
    for o0, o1 in run.outages:
        late |= (run.t >= o0) & (run.t < o1)
    run.late = late
    run.kept = {"healthy_counts": _healthy_counts(run), "by_mts": _by_mts(run)}


def _healthy_counts(run: _Run):
    """``(cnt, x, off)``: each datapoint's whole steps of its process in the healthy run, its time or its process's
    start where later, and an offset per stream. Kept on a :class:`_Run` from its build on (for speed: every read
    takes them)."""
    if getattr(run, "kept", None) is not None:
        return run.kept["healthy_counts"]
    K = len(run.train)
    S = np.r_[0.0, np.cumsum(run.train * run.jit / _steps(run, [], 0, K))]
    done = np.interp(run.t, run.edges, S) - np.interp(run.s0, run.edges, S)
    return np.floor(np.maximum(done, 0.0) + 1e-9), np.maximum(run.t, run.s0), run.stream * _BIG


def _by_mts(run: _Run):
    """Per MTS (host) the indices of its datapoints that arrived within the max delay, and their times. Kept on a
    :class:`_Run` from its build on (for speed: every read takes them)."""
    if getattr(run, "kept", None) is not None:
        return run.kept["by_mts"]
    ok = ~run.late
    return [(i, run.t[i]) for i in (np.nonzero(ok & (run.mts == m))[0] for m in np.unique(run.mts))]


def _steps(run: _Run, mods, b0: int, b1: int) -> np.ndarray:
    cpu, gpu, fix, ar = apply_mods(run, mods, b0, b1, ("cpu", "gpu", "fix", "ar"))
    return _pmax(cpu, gpu + fix) + ar


def _rates(run: _Run, mods, b0: int, b1: int) -> np.ndarray:
    """The job's noise-free tiles/s in each bucket of ``[b0, b1)``."""
    return run.tiles[b0:b1] / _steps(run, mods, b0, b1)


def _counts(run: _Run, mods=()) -> np.ndarray:
    """Each datapoint's counter: its node's tiles (whole steps of its process by the scrape). A regression makes
    whole steps late: by a scrape the process has done the healthy run's steps less those it lost since it
    started, and the counter never falls within a process."""
    K = len(run.train)
    cnt, x, off = _healthy_counts(run)
    for md in mods:
        lo, hi = md.b0, md.b1
        d = np.zeros(K + 1)
        lost = run.train[lo:hi] * run.jit[lo:hi] * (1 / _steps(run, [], lo, hi) - 1 / _steps(run, [md], lo, hi))
        d[lo + 1:hi + 1] = np.cumsum(lost)
        d[hi + 1:] = d[hi]
        dl = np.interp(x, run.edges, d) - np.interp(run.s0, run.edges, d)
        cnt = cnt - np.floor(dl + 1e-9)
    if mods:
        cnt = np.maximum.accumulate(cnt + off) - off
    return np.maximum(cnt, 0.0) * run.F


def _mts_rates(t: np.ndarray, v: np.ndarray, R: float, extrap: str, M: int = _MAX_X):
    """One MTS's ``rate`` rollup at resolution ``R``: per interval ``[q R, (q + 1) R)`` with datapoints, the change
    of its latest value from the latest of the interval with data before it, over ``R`` (a value below that one
    reads as a counter reset to 0: the change is the value itself); the first interval with data gives none.
    ``extrapolation='last_value'``: the ``M`` intervals after a rate with no data repeat it. Returns the
    intervals and their rates."""
    if len(t) == 0:
        return np.zeros(0, int), np.zeros(0)
    q = np.floor(t / R).astype(int)
    last = np.r_[q[1:] != q[:-1], True]
    Q, L = q[last], v[last]
    qs, rs = Q[1:], np.where(L[1:] >= L[:-1], L[1:] - L[:-1], L[1:]) / R
    if extrap == "last_value" and len(qs):
        gap = np.r_[qs[1:] - qs[:-1] - 1, M]
        qs = np.concatenate([qs] + [qs[gap >= j] + j for j in range(1, M + 1)])
        rs = np.concatenate([rs] + [rs[gap >= j] for j in range(1, M + 1)])
    return qs, rs


def _read(run: _Run, v: np.ndarray) -> np.ndarray:
    """The points: the program's ``sum()`` over the hosts' MTS of each one's rate in the interval (nulls left
    out; a point with none reads 0), from the datapoints that arrived within the max delay."""
    n = run.n
    out, has = np.zeros(n), np.zeros(n, bool)
    for sel, t in _by_mts(run):
        q, r = _mts_rates(t, v[sel], run.dt, run.extrap)
        keep = (q >= 0) & (q < n)
        np.add.at(out, q[keep], r[keep])
        has[q[keep]] = True
    return np.where(has, out, 0.0)


def _series(run: _Run, mods=()) -> np.ndarray:
    """The trace's points, one per rollup interval."""
    if not mods and getattr(run, "healthy", None) is not None:  # (for speed: the healthy run's, read before)
        return run.healthy.copy()
    return _read(run, _counts(run, mods))


@dataclass
class _Mod:
    """A regression: multipliers of the step's parts over buckets ``[b0, b1)``."""

    b0: int
    b1: int
    cpu: np.ndarray | float = 1.0
    gpu: np.ndarray | float = 1.0
    fix: np.ndarray | float = 1.0
    ar: np.ndarray | float = 1.0


def _bursts(rng, x: np.ndarray, on: float, off: float) -> np.ndarray:
    """1.0 in the buckets (``x`` s after the onset, at their middle) of a burst, else 0: bursts of mean ``on`` s
    every ``off`` s on average (exponential), the first at the onset."""
    m = int(x[-1] / (on + off)) + 8 if len(x) else 1
    edges = np.cumsum(rng.exponential(1.0, 2 * m) * np.tile([on, off], m))
    return (np.searchsorted(edges, x + 0.5 * _W) % 2 == 0).astype(float)


_CAUSES = {"drop": ("objstore", "nic", "gdalcache", "powercap"), "straggler": ("reproject", "fan"),
           "leak": ("handles", "bandstats", "pinned")}
_HELD = {"nic", "gdalcache", "fan", "handles", "bandstats", "pinned"}  # a node's or process's fault: ends at a restart


def _cause(rng, run: _Run, kind: str, name: str, t0: float, t1: float, tr: float):
    """``(mod_of(A), A_max, t1)`` of the regression ``name`` over ``[t0, t1)`` (a leak ramps until ``tr``)."""
    if name in _HELD:
        t1 = min([t1] + [a for a, b, same in run.restarts if a > t0])
    b0, b1 = int(t0 // _W), min(len(run.train), int(np.ceil(min(t1, 1e12) / _W)))
    x = np.maximum(np.arange(b0, b1) * _W - t0, 0.0)
    ramp_in = np.minimum(1.0, x / rng.uniform(10, 90))
    if name == "objstore":  # the object store's erasure-coded pool rebuilding a failed disk: slow GETs, swinging
        sw = 1 + 0.25 * np.sin(2 * np.pi * x / rng.uniform(300, 3000) + rng.uniform(0, 6.3))
        return (lambda A: _Mod(b0, b1, cpu=1 + A * ramp_in * sw)), 5.0, t1
    if name == "nic":  # a node's NIC link trained down (a flaky cable): the all-reduce slows
        return (lambda A: _Mod(b0, b1, ar=1 + A * ramp_in)), 12.0, t1
    if name == "gdalcache":  # an image from the restart on sets a tiny GDAL block cache: every tile re-read
        return (lambda A: _Mod(b0, b1, cpu=np.full(b1 - b0, 1 + A))), 5.0, t1
    if name == "powercap":  # the facility's power-capping policy lowers the GPUs' power limit
        return (lambda A: _Mod(b0, b1, gpu=1 + A * ramp_in)), 3.0, t1
    if kind == "straggler":  # a co-scheduled reprojection job on a node's CPUs; a GPU's failing fan
        on, off = (rng.uniform(30, 200), rng.uniform(60, 600)) if name == "reproject" else \
            (rng.uniform(10, 60), rng.uniform(30, 300))
        f = _bursts(rng, x, on, off) * np.exp(rng.normal(0, 0.15, b1 - b0))
        f = f + 0.05 * (1 - f.clip(0, 1))
        if name == "reproject":
            return (lambda A: _Mod(b0, b1, cpu=1 + A * f)), 6.0, t1
        return (lambda A: _Mod(b0, b1, gpu=1 + A * f)), 5.0, t1
    r = np.clip(x / max(tr - t0, 1e-9), 0, 1) ** rng.uniform(0.7, 1.8)
    if name == "handles":  # the loader workers keep every opened COG's dataset handle: the reads slow
        return (lambda A: _Mod(b0, b1, cpu=1 + A * r)), 6.0, t1
    if name == "bandstats":  # a callback keeps each band's reconstruction errors, synced and summed every step
        return (lambda A: _Mod(b0, b1, fix=1 + A * r)), 40.0, t1
    return (lambda A: _Mod(b0, b1, gpu=1 + A * r)), 2.5, t1  # the pinned host-memory pool fragmenting


def _draw_event(rng, run: _Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` with onset in ``[lo, hi)``: an ``(Event, _Mod)`` pair, or None."""
    return draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=_P_KIND, causes=_CAUSES,
                           cause=_cause,
                           calib=lambda mod_of, a, tgt, b0, b1: calibrate(lambda m: _rates(run, m, b0, b1), mod_of,
                                                                          a, tgt, run.train[b0:b1] > 0),
                           series=lambda mod, lo, b1: (_series(run, [mod]), 0),
                           width=_W, restart_cause="gdalcache", p_pause=0.3, max_depth=0.35, stop_at_end=True)


def _spans(pauses_t, dt: float, n: int) -> list[tuple[int, int]]:
    """The points a pause ``(t0, t1, kind)`` reaches: from the interval holding ``t0`` to the one after the
    interval holding ``t1`` (partial intervals, and the first rate after a resume)."""
    spans = []
    for a, b, _ in pauses_t:
        s, e = int(a // dt), min(n, int(np.ceil(b / dt)) + 1)
        if s < n:
            spans.append((s, e))
    return spans


def _origin(seed: int) -> float:
    """The run's start (unix s): a multiple of the resolution."""
    return 1_905_004_800.0 + 86400.0 * (seed % 53)


def _build(seed: int, n: int, pauses: str):
    """The healthy run of ``seed``: ``(run, healthy series, pause spans, live mask, changes)``."""
    run = _schedule(np.random.default_rng([seed, SETTINGS[pauses], 341]), n, pauses, _origin(seed))
    healthy = run.healthy = _series(run)
    spans = _spans(run.pauses_t, run.dt, n)
    changes = change_points([int(t // run.dt) for t in run.known_t], spans, n)
    return run, healthy, spans, live_mask(spans, n), changes


def make_heldout34(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One satellite-image MAE's training tiles/s (per-node Prometheus counters scraped by Splunk OpenTelemetry
    Collectors, sent to Splunk Observability Cloud as cumulative counters and read back as a SignalFlow
    ``rate`` rollup summed over the hosts) with labelled regressions and its planned level changes (deterministic
    in ``seed``).

    Parameters
    ----------
    seed : random seed.
    n : number of points (>= 2000).
    pauses : ``"short"`` (pauses of 6-22 points) or ``"long"`` (30-110 points, many over 60).
    n_events : number of regressions to place; ``0`` gives a clean run, ``None`` draws 3 or 4.
    """
    return family_trace(_build, _draw_event, _series, _P_KIND, seed, n, pauses, n_events, 342,
                        lambda run: _origin(seed) + run.dt * np.arange(n))


def heldout34_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT34_SEEDS) -> list[Trace]:
    """The family's traces, one per seed; every fourth trace is a clean run."""
    return every_fourth_clean(make_heldout34, seeds, n, pauses)
