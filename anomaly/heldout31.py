"""The thirty-first held-out throughput family: a machine-learned interatomic potential's training structures/s, a
per-node Prometheus counter scraped by an HA pair of Grafana Alloy agents into Grafana Mimir (the distributor's HA
tracker keeping one replica's samples), read back per minute as ``sum(rate(mlip_structures_total[W])) or vector(0)``
through the query-frontend, whose results cache holds each step as it was computed 10 minutes after it.

Written blind, this session: the author read only ``/work/HELPERS.md``, the shared helpers
(``anomaly/heldout_common.py``, ``tests/trace_checks.py``), the thirtieth generator and its tests as a model of
API, structure and tests, the first 15 lines of generators 3-29 (to take another job and another collection path: no
earlier one is an interatomic potential or Mimir), the first 110 lines of ``tests/test_architecture.py``, lines
36-80 of ``anomaly/traces.py`` (the ``Event``/``Trace`` definitions) -- and saw the names of the files in
``anomaly/`` and ``tests/`` in a directory listing, and the subjects of main's last five commits (which quote
summary figures of a detector's look at generator 29; nothing here was chosen from them) -- and public sources:
Grafana Mimir's docs on HA deduplication (a leader replica per cluster; another elected when the leader has sent
nothing for 30 s; about one scrape lost at a failover; rate ranges of at least 4 scrape intervals), on querying
(only step-aligned range queries cached), on the query-frontend (splitting by 24 h, results caching) and its
Prometheus config (``align_queries_with_step``, ``cache_results``); Mimir PR #7161 (``max-cache-freshness``: the last
10 minutes are not cached), issue #2275 (cached results are not invalidated by samples that arrive later) and
Cortex issue #3655 (a sender lagging more than the freshness makes queries cache gaps), with excerpts of Cortex
#5039, Mimir #3792, #2935, #2434 and of Mimir's out-of-order docs (PR #2391: Prometheus and the Agent write a
series' samples in order); the code of Prometheus' ``extrapolatedRate`` (``promql/functions.go``); Grafana's
``$__rate_interval`` issues (#77234, #84063; not used: the query's range is fixed) and Robust Perception's note
on rate ranges of at least four scrape intervals. The searches also showed excerpts of Datadog's interpolation
guide, OPC UA aggregates and Cloud Monitoring's aligners (not used). Taken without looking it up: that the two
replicas scrape a target at unrelated offsets, Alloy's remote write batching within about 5 s and replaying its
WAL in order after an outage, and the HA tracker electing whichever replica's request comes first after one.
Never a detector, and never ran a detector on these traces.

Size: over 500 lines because the docstring (its table and the measured counts the tests check) is nearly a fifth
of it.

What is modelled
----------------
An equivariant message-passing interatomic potential (MACE / NequIP-style: atomic energies summed to the
structure's energy, forces as its gradient by a second backward pass, stresses for periodic cells) is trained on
DFT structures (molecules, bulk crystals, surfaces) stored in LMDB shards on a parallel file system. DDP on ``N``
nodes (1-4, elastic) of ``G`` GPUs (4 or 8), ``b`` structures a GPU (8-64); 30 % of the runs train in float64 (the
GPU path 1.6-2.4x float32's). A step costs the loader (neighbour lists within the cutoff under periodic boundaries,
collation: 20-60 % of a step, or in 35 % of the runs, few CPU cores a GPU, 80-130 %, when it can bind), the model's
forward and double backward, the optimizer and the EMA update, and the all-reduce across nodes (2-8 %); 0.15-1.2 s
at the start. Local rank 0 of each node adds its node's structures to ``mlip_structures_total`` after each step.

Every 150-450 points of training the job **evaluates** the EMA model (energy, force and stress errors on the
validation structures; in the "long" setting molecular dynamics with the model on test systems to check its
stability): a pause (tens of minutes short, hours long), every 1st-3rd one with a checkpoint. So:

* **scrapes**: two Alloy replicas (an HA pair, ``cluster`` and ``__replica__`` labels) scrape each node's target
  every ``I`` (15, 30 or 60 s), each at its own offset, and remote-write to Mimir; a target's series lives as long
  as its process (a restart's pods come back with other addresses; an OOM-killed container's counter restarts at
  0). What a process does after its last scrape is never seen;
* **HA failovers**: an Alloy pod restarts now and then (Poisson 0.5-3 a run): its unsent samples (up to 5 s) are
  lost and, the leader silent for the 30-s failover timeout, the HA tracker elects the other replica, whose samples
  (at its own offsets) are kept from then: a gap of 25-40 s in every target's series;
* **ingestion incidents**: Mimir's write path is down (Poisson 0.2-1.2 a run, 3-90 minutes, log-uniform): both
  replicas retry and keep their WAL, and after it replay the backlog in order over 20-240 s; the tracker then keeps
  whichever replica's request came first (its backlog from the incident's start);
* **the query**: a wall dashboard refreshes ``sum(rate(mlip_structures_total[W])) or vector(0)`` every minute, step
  1 minute aligned to the step, ``W`` four scrape intervals (1, 2 or 4 minutes); the query-frontend caches each
  step once it is 10 minutes old, and the trace is read after the run through it: a point is the rate as computed
  at the first refresh 10 minutes after its step, on the samples that had reached the ingesters by then. PromQL's
  rate takes the increase between the first and last sample in ``(t - W, t]`` and extrapolates it to the range's
  edges (by half an interval where a sample is missing there, never below the counter's zero), so with ``W`` of 1
  minute and a step of 1 minute each point sees 3 of its 4 scrape intervals;
* **the artefacts**: the steps' whole numbers a scrape interval; a failover's gap (a point from one sample fewer);
  and where an incident outlasts the cache's freshness, the steps cached before the backlog came in read 0 (or low,
  from a range's first samples) although the job trained: 8 of the 17 incidents over both sets leave 6-65 such
  points (198 in all; 36 short, 162 long).

Healthy behaviour (none of it labelled):

* **the batches**: each 15-s bucket's steps vary with its batches' atoms and neighbours and the host's jitter (a
  step's spread 5-15 %); the shuffle walks through subsets of other sizes and densities, so both parts wander
  (Ornstein-Uhlenbeck, log-sd 1-5 %, 5-40 min); the loader's cost wanders with the file system's load (log-sd 3-8 %,
  20-120 min), the GPU path a little with its clocks (0.5-1.5 %); stalls of 1-6 s now and then;
* **the epochs**: each evaluation ends an epoch, and the next one's shuffle moves the costs a little (log-sd 2 %):
  small unlisted level steps at evaluations; the loader's workers start anew after each pause (1.2-1.8x fading
  over 0.5-3 min);
* **the cluster's busy hours**: the all-reduce of multi-node runs (up to 1.5x) and the file system (up to 1.16x);
* **the start-up** (the LMDB's index, the atomic reference energies and statistics, the model: a pause at the
  start), **evaluations** (a checkpoint with every 1st-3rd one, 1.25x longer) and **restarts** (Poisson 0.5-2 a run;
  1.5x a pause): a preemption (45 %), a node failure (25 %) or an OOM kill by a batch of large cells (30 %), the job
  resumed from its last checkpoint, never within 10 points after a pause ends; rescheduled pods land on other nodes
  (3 % faster or slower: unlisted level steps) whose page cache does not hold the shards yet (the loader 1.15-1.6x,
  fading over 20-90 min); the kernels warm up (with ``torch.compile``, half the runs, recompiling for new graph
  sizes: 1.5-3x fading over 3-20 min; else 1.1-1.4x over 1-5 min).

Planned level changes, **listed in ``changes``** (the first point after the span of the pause they follow), each
made only where it moves the rate by 10 % or more on the loader's cost after it and the level seen 8 % or more:

* **world-size changes** at a rescheduling restart (tried at 30 % of them): the elastic job resumes on 1-4 nodes,
  another number;
* **a new data subset** (tried in 45 % of the runs, at an evaluation 20-60 % of the way): the data module's schedule
  adds bulk and surface cells (atoms and neighbours a structure 1.6-2.8x) or small molecules (0.45-0.7x) and builds
  its loaders anew (a checkpoint's pause);
* **a precision switch** (tried in 40 % of the runs, at an evaluation 50-85 % of the way): the user resubmits the
  job from the evaluation's checkpoint in the other precision (float32 to float64 for the last stage, or back).

A regression changes a step's parts inside its buckets; the run's clock (steps, pauses, scrapes) stays the healthy
run's, so ``healthy`` (the same run without regressions) aligns point by point and equals ``values`` outside the
events: a regression makes whole steps late, so by each scrape from its onset on the process has done the healthy
run's steps less those it lost, and after it every increase is the healthy one. No event holds a point of
``changes``.

Labelled regressions (their causes are a GPU cluster's and the job's)
-------------------------------------------------------------------
* ``drop``: a node's GPUs held at low clocks (a power cap, a failed fan: the GPU path up to 3.5x); the parallel file
  system serving the shards degraded (the loader up to 7x, swinging 25 %, not ended by a restart); a restart that
  pulls an image whose neighbour-list wheel lacks its C extension, so the lists are built in pure Python (the loader
  up to 9x; from a restart onto as many nodes, until the next one); or a flapping switch port (the all-reduce up to
  9x, swinging 15 %, not ended by a restart); 150-1400 points or to the end;
* ``straggler``: another pod's processes on a node's CPUs throttling its loader workers (bursts of 20-180 s every
  60-600 s, up to 8x, 5 % of that between them), or a GPU's thermal slowdown in bursts of 5-60 s every 30-300 s (the
  GPU path up to 6x); 80-500 points;
* ``leak``: the loader workers caching every structure's neighbour list until the node swaps (the loader up to 7x),
  a callback that keeps every structure's predicted forces on the host for a parity plot (the optimizer's part up to
  31x), or graphs of every size fragmenting the GPU's caching allocator (the GPU path up to 3x), each growing as
  ``r ** p`` of its ramp (``p`` 0.7-1.5) over 250-1800 points, then held 80-600 points; a node's or process's fault
  ends at the next restart.

Each trace with events holds every kind once, in a random order, and a fourth of a random kind in 40 % of them,
one per stretch from point 600 on. A regression's magnitude is set by bisection to a drawn noise-free loss (drops
8-33 %, stragglers 10-30 %, a leak 12-40 % over its plateau); about 30 % of the other onsets lie at the end of a
pause or inside it. An event is kept only when its measured depth is 7-35 %, its values lie below the healthy twin
on more than 60 % of its points, it holds no listed change, and it shows within 60 points (a leak: along its ramp).
A fault on the side that does not bind needs a large magnitude to show, and is redrawn where even its largest
does not.

Counts over ``heldout31_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     29      9     10         10    0.077-0.295  9               7-24 (246 spans, 0 >60)      3
long      32      10    10         12    0.085-0.314  13              28-104 (215 spans, 106 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are
left out of the span ranges. Pause spans include the start-up and restarts. ``changes`` (planned level changes the
monitor knows of): short 10 (0 world-size changes, 6 new data subsets, 4 precision switches), long 9 (3 world-size
changes, 2 new data subsets, 4 precision switches). Measured at them (the healthy level's medians, 300 live points
before, points 100-400 after): world-size changes 0.34-1.43x (3), new data subsets 0.43-1.68x (8), precision
switches 0.48-2.09x (8). The file system's load, the clocks, the subsets the shuffle walks through, the epochs'
shuffles, the cluster's day, the other nodes and their cold page cache after a rescheduling, the warm-ups, the
failovers' gaps and the cached gaps of ingestion incidents are level changes the monitor is not told of. Over both
sets: scrape intervals of 15, 30 and 60 s in 12, 8 and 4 runs; 2 of the 24 runs on one node at the start, 16 with 8
GPUs a node, 4 in float64 at the start; 32 restarts (11 preemptions, 8 node failures, 5 OOM kills restarted in
place, 8 resubmissions); 50 HA failovers in 19 runs; 17 ingestion incidents in 12 runs; 1142535 samples kept.
Generating both settings takes about 1 s.

Usage::

    from anomaly.heldout31 import heldout31_set
    for trace in heldout31_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from anomaly.heldout_common import (SETTINGS, apply_mods, bad_share, calibrate, cause_buckets, change_points,
                                    draw_regression, every_fourth_clean, family_trace, live_mask, ou_path,
                                    seg_buckets, seg_columns, smax, span_len, twostate, wobble)
from anomaly.traces import Trace

HELDOUT31_SEEDS = tuple(range(312000, 312012))

_PAUSE = {"short": (7, 24, 8, 14), "long": (28, 104, 36, 70)}  # span (points) lo, hi; median lo, hi
_W = 15.0  # the simulation grid: 15-s buckets
_DT = 60.0  # the query's step (s)
_PERIODS = (15.0, 30.0, 60.0)  # the Alloy pair's scrape_interval (s)
_FRESH = 600.0  # -query-frontend.max-cache-freshness: a step is cached once it is 10 minutes old
_FAILOVER = 30.0  # the HA tracker's failover timeout
_P_KIND = (0.34, 0.33, 0.33)
_MIN_MOVE = 0.1  # a planned change is made only where it moves the rate by 10 % or more
_MARGIN = 10  # points of training kept between a pause's end and a restart, or a restart and an evaluation


@dataclass
class _Job:
    """An interatomic potential's step (seconds) on ``N`` nodes of ``G`` GPUs: ``b`` structures a GPU; ``mf`` the
    data subsets' cost against the first (atoms and neighbours a structure), ``pf`` the precision's GPU factor."""

    G: int
    b: int
    gpu0: float  # GPU s a step (the message passing, its forces by a second backward pass) in float32
    cpu0: float  # loader s a step (neighbour lists under periodic boundaries, collation; its workers together)
    fix: float  # the optimizer step, the EMA update of the weights
    ar: float  # the gradient all-reduce across nodes, per (1 + log2(N) / 2)
    p64: float  # the GPU path in float64 against float32
    pf0: float  # the precision at the start (1.0: float32, p64: float64)
    cold: float  # the loader on a node whose page cache does not hold the LMDB shards yet

    def samples(self, N):
        """Structures per step (all ranks)."""
        return self.G * self.b * np.asarray(N, float)

    def parts(self, N, pf, mf) -> tuple[float, float, float, float]:
        """``(cpu, gpu, fix, ar)`` of a step: the loader, the model's forward and double backward, the optimizer
        and the all-reduce (NVLink only on one node)."""
        ar = self.ar * (1 + 0.5 * np.log2(N)) if N > 1 else 0.25 * self.ar
        return self.cpu0 * mf, self.gpu0 * pf * mf, self.fix, ar


@dataclass
class _Seg:
    """A stretch of training in one process with one configuration."""

    t0: float
    t1: float
    ev: int  # evaluations done before it
    proc: int
    N: int
    pf: float  # the precision's GPU factor
    mf: float  # the data subsets' cost (relative)
    lf: float  # the epoch's shuffle (relative cost of the structures it walks through)


@dataclass
class _Ins:
    """The collection path's settings and its troubles."""

    period: float  # the scrape interval
    window: float  # the query's rate range: four scrape intervals, in whole minutes
    phase: float  # when in each minute the dashboard refreshes (s)
    lat: float  # a remote-write batch's usual delay (the 5-s batch deadline and the request)
    switches: list  # (t, replica): from t on the HA tracker accepts this replica's samples
    gaps: list  # (t0, t1): samples lost at a failover (the dying replica's unsent queue, the failover timeout)
    outages: list  # (t0, t1, catch): Mimir's write path down; the backlog replayed over ``catch`` s after t1


@dataclass
class _Run:
    """The healthy run on the grid of 15-s buckets (``K = n * k``), its targets' samples and when they arrived."""

    dt: float
    k: int
    n: int
    ins: _Ins
    train: np.ndarray
    cpu: np.ndarray
    gpu: np.ndarray
    fix: np.ndarray
    ar: np.ndarray
    gmul: np.ndarray  # the warm-up of the kernels (torch.compile for new graph shapes, the allocator's first blocks)
    nodes: np.ndarray
    eff: np.ndarray  # seconds spent stepping (less stalls)
    eps: np.ndarray  # each bucket's steps against their mean (its batches' atoms, the host's jitter)
    edges: np.ndarray
    procs: list  # per process: [exporter up, down, first training time, how it ended, job]
    real: np.ndarray  # per accepted sample (ordered by stream, then time): its timestamp (s from the run's start)
    stream: np.ndarray  # one per process and node (a target's series while its process lives)
    s0: np.ndarray  # its process's first training time
    idx: np.ndarray  # the healthy run's steps of its process by then
    arr: np.ndarray  # when the sample reached the ingesters (non-decreasing within a stream)
    replica: np.ndarray  # which of the Alloy pair scraped it
    segs: list
    pauses_t: list  # (t0, t1, kind): "start", "eval", "ckpt", "restart", "resubmit"
    restarts: list  # (stop, resume, same): same = the job resumed on as many nodes with the same configuration
    known_t: list
    known_kind: list  # "world", "mixture", "dtype"
    ends: list  # per process but the last: how it ended ("preempt", "node", "oom", "resubmit")
    mix: np.ndarray  # log loader cost (the shared file system's load) on a 60-s grid
    job: _Job | None = None

    @property
    def F(self) -> float:
        """Structures a node does per step."""
        return float(self.job.G * self.job.b)


def _span_len(rng, setting: str, scale: float = 1.0) -> float:
    return span_len(rng, _PAUSE, setting, scale)


def _draw_job(rng, N: int) -> _Job:
    """A step of 0.15-1.2 s at the start; the loader 20-60 % of the step, or (few CPU cores a GPU for the neighbour
    lists: 35 % of the runs) 80-130 %, when it can bind."""
    G = int(rng.choice([4, 8], p=[0.3, 0.7]))
    b = int(rng.choice([8, 16, 32, 64], p=[0.25, 0.35, 0.25, 0.15]))
    s = float(np.exp(rng.uniform(np.log(0.15), np.log(1.2))))
    p64 = rng.uniform(1.6, 2.4)
    pf0 = p64 if rng.random() < 0.3 else 1.0
    job = _Job(G=G, b=b, gpu0=1.0, cpu0=1.0, fix=rng.uniform(0.02, 0.06) * s, ar=rng.uniform(0.02, 0.08) * s,
               p64=p64, pf0=pf0, cold=rng.uniform(1.15, 1.6))
    job.gpu0 = (s - job.fix - (job.ar * (1 + 0.5 * np.log2(N)) if N > 1 else 0.25 * job.ar)) / pf0
    job.cpu0 = s * (rng.uniform(0.8, 1.3) if rng.random() < 0.35 else rng.uniform(0.2, 0.6))
    return job


def _level(job: _Job, mix, cfg, t0: float, t1: float) -> float:
    """The noise-free rate's median over ``[t0, t1)`` (warm, on the loader's cost of that time) in the
    configuration ``cfg = (N, pf, mf)``."""
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


def _draw_ins(rng, T: float) -> _Ins:
    """The scrape interval and the query's range, the HA pair's failovers (an Alloy pod restarted: the HA tracker
    switches after its 30-s timeout) and the write path's incidents (after which the tracker elects whichever
    replica's backlog comes first)."""
    P = float(rng.choice(_PERIODS, p=[0.45, 0.35, 0.2]))
    n_fo = int(rng.poisson(rng.uniform(0.5, 3.0)))
    n_out = int(rng.poisson(rng.uniform(0.2, 1.2)))
    ev = [(f, "fo") for f in rng.uniform(0, T, n_fo)]
    for a in rng.uniform(0, T, n_out):
        ev.append((a, "out"))
    cur, switches, gaps, outages = 0, [(-np.inf, 0)], [], []
    for t, kind in sorted(ev):
        if kind == "fo":  # the elected replica's pod goes; its unsent queue is lost; the other takes over
            sw = t + _FAILOVER + rng.uniform(-5.0, 5.0)
            gaps.append((t - rng.uniform(0.0, 5.0), sw))
            cur = 1 - cur
            switches.append((sw, cur))
        else:  # distributors or ingesters unavailable: both replicas retry and keep their WAL
            d = float(np.exp(rng.uniform(np.log(180.0), np.log(5400.0))))
            outages.append((t, t + d, rng.uniform(20.0, 240.0)))
            new = int(rng.integers(2))
            if new != cur:
                cur = new
                switches.append((t, cur))
    return _Ins(period=P, window=60.0 * np.ceil(4 * P / 60.0), phase=rng.uniform(0, 60), lat=rng.uniform(1.0, 3.0),
                switches=switches, gaps=gaps, outages=outages)


def _schedule(rng, n: int, setting: str) -> _Run:
    """A run's settings and its timeline (start-up, training, evaluations, checkpoints, restarts, the planned
    changes), then its steps and its targets' samples (:func:`_collect`)."""
    dt = _DT
    k = int(dt / _W)
    T, K = n * dt, n * k
    N = int(rng.choice([1, 2, 3, 4], p=[0.25, 0.35, 0.15, 0.25]))
    job = _draw_job(rng, N)
    ins = _draw_ins(rng, T)
    mix = ou_path(rng, T, rng.uniform(0.03, 0.08), rng.uniform(1200, 7200))
    lead = (ins.window + ins.period) / dt + 1.0  # points a pause reaches past its end
    iv_pts = rng.uniform(150, 450)
    est = max(2, int(n / (iv_pts * 1.25)))
    mix_ev = int(rng.integers(max(1, int(0.2 * est)), max(2, int(0.6 * est)) + 1)) if rng.random() < 0.45 else -1
    dt_ev = int(rng.integers(max(2, int(0.5 * est)), max(3, int(0.85 * est)) + 1)) if rng.random() < 0.4 else -1
    ck_every = int(rng.integers(1, 4))
    n_re = int(rng.poisson(rng.uniform(0.5, 2.0)))
    re_t = sorted(rng.uniform(0.05, 0.92, n_re) * T)
    margin = _MARGIN * dt

    def pause(scale: float = 1.0) -> float:
        return (_span_len(rng, setting, scale) - lead) * dt

    segs, restarts, known_t, known_kind, ends = [], [], [], [], []
    t = pause()  # the pods start: the LMDB's index, the atomic reference energies and statistics, the model
    pauses_t = [(0.0, t, "start")]
    procs = [[rng.uniform(5.0, 60.0), None, t, "", 0]]
    pf, mf, lf = job.pf0, 1.0, 1.0
    ev = proc = jb = 0
    left = iv_pts * dt
    while t < T + dt:
        while re_t and re_t[0] < t + margin:  # no restart right after a pause: it moves on
            re_t[0] = t + rng.uniform(_MARGIN, 2.5 * _MARGIN) * dt
            re_t.sort()
        to_re = re_t[0] - t if re_t else np.inf
        run = min(left, to_re)
        segs.append(_Seg(t, t + run, ev, proc, N, pf, mf, lf))
        t += run
        left -= run
        if to_re < left + run:  # the pods are preempted, a node fails (both rescheduled) or a container is
            re_t.pop(0)  # OOM-killed by a batch of large cells (restarted in place): resumed from the checkpoint
            end = str(rng.choice(["preempt", "node", "oom"], p=[0.45, 0.25, 0.3]))
            dur = pause(1.5)
            old = N
            if end != "oom" and rng.random() < 0.3 and t + dur + 400 * dt < T:  # elastic: 1-4 nodes
                new = int(rng.choice([m for m in (1, 2, 3, 4) if m != N]))
                if _moves(job, mix, (N, pf, mf * lf), (new, pf, mf * lf), t + dur, dt):
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
        # an evaluation: energies, forces and stresses on the validation structures (and, in the long setting,
        # molecular dynamics run with the EMA model to check its stability); every ck_every-th one a checkpoint
        ev += 1
        ck = ev % ck_every == 0
        lf_new = lf * float(np.exp(rng.normal(0, 0.02)))  # the next epoch's shuffle
        kind = "mixture" if ev == mix_ev else ("dtype" if ev == dt_ev else "")
        if kind and t + 500 * dt < T:
            mf_new = mf * (rng.uniform(1.6, 2.8) if rng.random() < 0.5 else rng.uniform(0.45, 0.7))
            pf_new = 1.0 if pf != 1.0 else job.p64
            new = (N, pf_new, mf * lf_new) if kind == "dtype" else (N, pf, mf_new * lf_new)
            dur = pause(1.3)
            if _moves(job, mix, (N, pf, mf * lf), new, t + dur, dt):
                if kind == "dtype":  # the user resubmits from this checkpoint in the other precision
                    procs[-1][1] = t + rng.uniform(0.05, 0.2) * dur
                    procs[-1][3] = "resubmit"
                    pauses_t.append((t, t + dur, "resubmit"))
                    restarts.append((t, t + dur, False))
                    ends.append("resubmit")
                    jb += 1
                    procs.append([t + rng.uniform(0.3, 0.5) * dur, None, t + dur, "", jb])
                    proc += 1
                    pf = pf_new
                else:  # the data module's schedule adds a subset (bulk and surface cells, or small molecules)
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
    """The step's parts on the bucket grid (the configuration, the file system's load and the cluster's day, the
    clocks, the structures the shuffle walks through, other nodes and their cold page cache after a rescheduling,
    the warm-ups after each pause), the seconds stepping and each bucket's noise."""
    tb, train, seg_of = seg_buckets(segs, K, _W)
    on, (Nb, pfb, mfb, lfb, pb) = seg_columns(segs, seg_of, "N", "pf", "mf", "lf", "proc")
    cpu, gpu, fix, ar = (np.ones(K) for _ in range(4))
    for cfg in {(s.N, s.pf, s.mf * s.lf) for s in segs}:
        m = (Nb == cfg[0]) & (pfb == cfg[1]) & (mfb * lfb == cfg[2])
        for arr, v in zip((cpu, gpu, fix, ar), job.parts(*cfg)):
            arr[m] = v
    mi = (tb / 60).astype(int)
    cpu = cpu * np.exp(mix[mi])
    gpu = gpu * np.exp(ou_path(rng, K * _W, rng.uniform(0.005, 0.015), rng.uniform(600, 3600))[mi])  # clocks
    # the shuffle walks through subsets of other sizes and densities: atoms and neighbours a batch wander
    walk = np.exp(ou_path(rng, K * _W, rng.uniform(0.01, 0.05), rng.uniform(300, 2400))[mi])
    cpu, gpu = cpu * walk, gpu * walk
    tc = np.cumsum(train)
    start = np.array([p[2] for p in procs])
    since = np.maximum(tc - np.interp(start[pb], tb + _W, tc), 0.0)  # training seconds since the process started
    seg_t0 = np.array([s.t0 for s in segs])[np.maximum(seg_of, 0)]
    fresh = np.maximum(tc - np.interp(seg_t0, tb + _W, tc), 0.0)  # ... since the stretch started
    cpu = cpu * (1 + rng.uniform(0.2, 0.8) * np.exp(-fresh / rng.uniform(30, 180)))  # the workers start anew
    if rng.random() < 0.5:  # torch.compile recompiles for new graph sizes until it marks them dynamic
        gmul = 1 + rng.uniform(0.5, 2.0) * np.exp(-since / rng.uniform(180, 1200))
    else:  # eager: the e3nn / cuEquivariance kernels' first calls, the caching allocator's first blocks
        gmul = 1 + rng.uniform(0.1, 0.4) * np.exp(-since / rng.uniform(60, 300))
    day = np.maximum(0, np.sin(2 * np.pi * tb / 86400 + rng.uniform(0, 6.3)))  # the cluster's busy hours
    ar = ar * np.where(Nb > 1, np.exp(rng.uniform(0, 0.4) * day), 1.0)  # the shared fabric
    cpu = cpu * np.exp(rng.uniform(0, 0.15) * day)  # the shared file system
    inplace = [False] + [e == "oom" for e in ends]
    node = np.exp(rng.normal(0, 0.03, (2, len(procs))))  # other nodes after a rescheduling
    for p in range(1, len(procs)):
        if inplace[p]:
            node[:, p] = node[:, p - 1]
    gpu, cpu = gpu * node[0][pb], cpu * node[1][pb]
    cold = np.array([not x for x in inplace])[pb]  # a node new to the job reads the LMDB shards over the network
    cpu = cpu * np.where(cold, 1 + (job.cold - 1) * np.exp(-since / rng.uniform(1200, 5400)), 1.0)
    for arr in (cpu, gpu, fix, ar, gmul):
        arr[~on] = 1.0
    step0 = smax(cpu, gpu * gmul + fix + ar)
    # stalls: garbage collection, a slow LMDB read, a batch of large cells
    stall = np.where(rng.random(K) < _W / rng.uniform(300, 1800), rng.uniform(1.0, 6.0, K), 0.0)
    eff = np.where(on, np.maximum(train - stall, 0.0), 0.0)
    sj = rng.uniform(0.05, 0.15)  # a step's spread (its batch's atoms and neighbours, the host's jitter)
    m = np.maximum(eff / step0, 1.0)
    eps = np.exp(rng.normal(0, 1, K) * sj / np.sqrt(m) - 0.5 * sj * sj / m)
    return train, on, Nb, cpu, gpu, fix, ar, gmul, eff, eps


def _elected(ins: _Ins, t: np.ndarray) -> np.ndarray:
    """Which replica the HA tracker accepts at each time ``t``."""
    at = np.array([s[0] for s in ins.switches])
    who = np.array([s[1] for s in ins.switches])
    return who[np.searchsorted(at, t, side="right") - 1]


def _within(spans, t) -> np.ndarray:
    """True where ``t`` lies in one of ``spans`` ``(t0, t1, ...)``."""
    d = np.zeros(np.shape(t), bool)
    for s in spans:
        d |= (t >= s[0]) & (t < s[1])
    return d


def _scrapes(rng, ins: _Ins, up: float, down: float):
    """One target's accepted samples while its process's exporter is up (``up`` .. ``down``): each replica scrapes
    it every interval at its own offset (the scrape manager's per-target offset, seeded by each replica's own
    labels); the HA tracker keeps the elected replica's samples, less those lost at a failover. Returns their
    times, replicas and when they reached the ingesters (in order: a backlog is replayed before newer samples)."""
    P = ins.period
    ts, rs = [], []
    for r in (0, 1):
        off = rng.uniform(0, P)
        t = up + ((off - up) % P) + P * np.arange(int((down - up) / P) + 1)
        t = t[(t < down) & (_elected(ins, t) == r) & ~_within(ins.gaps, t)]
        ts.append(t)
        rs.append(np.full(len(t), r))
    t, r = np.concatenate(ts), np.concatenate(rs)
    o = np.argsort(t, kind="stable")
    t, r = t[o], r[o]
    arr = t + ins.lat * np.exp(rng.normal(0, 0.4, len(t)))
    for a, b, catch in ins.outages:  # held in the WAL, retried, then replayed from the oldest
        m = (t >= a) & (t < b)
        arr[m] = b + catch * (t[m] - a) / (b - a)
    return t, r, np.maximum.accumulate(arr)


def _collect(rng, n, dt, k, K, job, ins, mix, segs, procs, pauses_t, restarts, known_t, known_kind, ends) -> _Run:
    """The run's steps on the bucket grid and each target's samples."""
    train, on, Nb, cpu, gpu, fix, ar, gmul, eff, eps = _grid(rng, K, job, mix, segs, procs, ends)
    edges = np.arange(K + 1) * _W
    step0 = smax(cpu, gpu * gmul + fix + ar)
    C = np.r_[0.0, np.cumsum(np.where(on, eff / step0 * eps, 0.0))]  # the job's steps
    span = {}
    for s in segs:
        span.setdefault(s.proc, s.N)
    cols = {c: [] for c in ("real", "stream", "s0", "arr", "replica")}
    stream = 0
    for p, (up, down, s0, end, _) in enumerate(procs):
        for _ in range(span.get(p, 1)):
            t, r, arr = _scrapes(rng, ins, up, down)
            for col, v in zip(cols, (t, stream, s0, arr, r)):
                cols[col].append(np.broadcast_to(v, (len(t),)))
            stream += 1
    real, strm, s0a, arr, rep = (np.concatenate(cols[c]) for c in cols)
    idx = np.maximum(np.floor(np.interp(real, edges, C) - np.interp(s0a, edges, C) + 1e-9), 0.0)
    return _Run(dt=dt, k=k, n=n, ins=ins, train=train, cpu=cpu, gpu=gpu, fix=fix, ar=ar, gmul=gmul,
                nodes=Nb * 1.0, eff=eff, eps=eps, edges=edges, procs=[list(p) for p in procs], real=real,
                stream=strm.astype(int), s0=s0a, idx=idx, arr=arr, replica=rep.astype(int), segs=segs,
                pauses_t=pauses_t, restarts=restarts, known_t=known_t, known_kind=known_kind, ends=ends, mix=mix,
                job=job)


def _rate(T, V, A, t, q, W):
    """PromQL's ``rate(x[W])`` of one series (times ``T``, values ``V``, arrival times ``A``) at the steps ``t``
    with the samples that had arrived by ``q``: the increase between the first and last sample in ``(t - W, t]``
    extrapolated to the range's edges where a sample lies within 1.1 average intervals of them (else by half an
    interval; at the start not below the counter's zero), over ``W``. NaN where fewer than two samples."""
    i0 = np.searchsorted(T, t - W, side="right")
    last = np.minimum(np.searchsorted(T, t, side="right"), np.searchsorted(A, q, side="right")) - 1
    ok = last - i0 >= 1
    out = np.full(len(t), np.nan)
    i0, last, tt = i0[ok], last[ok], t[ok]
    res = V[last] - V[i0]  # (a series is one process's counter: it never resets)
    sampled = T[last] - T[i0]
    avg = sampled / (last - i0)
    ds, de = T[i0] - (tt - W), tt - T[last]
    ds = np.where(ds >= 1.1 * avg, avg / 2, ds)
    ds = np.minimum(ds, np.where(res > 0, sampled * V[i0] / np.where(res > 0, res, 1.0), ds))
    de = np.where(de >= 1.1 * avg, avg / 2, de)
    out[ok] = res * (sampled + ds + de) / sampled / W
    return out


def _read(run: _Run, v: np.ndarray) -> np.ndarray:
    """The points: ``sum(rate(x[W])) or vector(0)`` at each step, each step as the query-frontend cached it: as
    the dashboard's refresh 10 minutes (and the refresh's phase) after it evaluated it, on the samples that had
    reached the ingesters by then."""
    t = np.arange(run.n) * run.dt
    q = t + _FRESH + run.ins.phase
    out = np.zeros(run.n)
    cut = np.r_[0, np.nonzero(np.diff(run.stream))[0] + 1, len(run.stream)]
    for a, b in zip(cut[:-1], cut[1:]):
        T = run.real[a:b]
        if b - a < 2:
            continue
        i, j = int(T[0] // run.dt) + 1, min(run.n, int((T[-1] + run.ins.window) // run.dt) + 1)
        if j > i:
            r = _rate(T, v[a:b], run.arr[a:b], t[i:j], q[i:j], run.ins.window)
            out[i:j] += np.nan_to_num(r)
    return out


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
    """The job's noise-free structures/s in each bucket of ``[b0, b1)``."""
    return run.job.samples(run.nodes[b0:b1]) / _steps(run, mods, b0, b1)


def _counts(run: _Run, mods=()) -> np.ndarray:
    """Each sample's steps of its process by then. A regression makes whole steps late: by a sample its process has
    done the healthy run's steps less the steps it lost (whole ones, per regression) since it started."""
    cnt = run.idx.copy()
    for md in mods:
        lo, hi = md.b0, md.b1
        d = np.zeros(len(run.edges))
        sh = _steps(run, [], lo, hi)
        d[lo + 1:hi + 1] = np.cumsum(run.eff[lo:hi] * run.eps[lo:hi] * (1 / sh - 1 / _steps(run, [md], lo, hi)))
        d[hi + 1:] = d[hi]
        lost = np.interp(np.maximum(run.real, run.s0), run.edges, d) - np.interp(run.s0, run.edges, d)
        cnt = cnt - np.floor(lost + 1e-9)
    if mods:  # the steps done never fall within a process: the count a sample sees is the highest so far
        off = np.cumsum(np.r_[0, run.stream[1:] != run.stream[:-1]]) * 1e12  # (a stream's samples lie together)
        cnt = np.maximum.accumulate(cnt + off) - off
    return np.maximum(cnt, 0.0)


def _values(run: _Run, mods=()) -> np.ndarray:
    """Each sample's value: the node's ``mlip_structures_total`` (its process's steps times its structures a step)."""
    return _counts(run, mods) * run.F


def _series(run: _Run, mods=()) -> np.ndarray:
    """The trace's points, one per step."""
    return _read(run, _values(run, mods))


_CAUSES = {"drop": ("clocks", "filesystem", "nlist", "fabric"), "straggler": ("neighbour", "thermal"),
           "leak": ("nlcache", "forces", "fragment")}


def _cause(rng, run: _Run, kind: str, name: str, t0: float, t1: float, tr: float):
    """``(mod_of(A), A_max, t1)`` of the regression ``name`` over ``[t0, t1)`` (a leak ramps until ``tr``); a
    fault of the nodes or of the training process ends at its next restart."""
    t1, b0, b1 = cause_buckets(run, t0, t1, _W, name not in ("filesystem", "fabric"))
    tb = np.arange(b0, b1) * _W
    x = np.maximum(tb - t0, 0)
    if name == "clocks":  # a node's GPUs held at low clocks (a power cap after a PSU fault, a failed fan)
        w = np.minimum(1, x / rng.uniform(5, 60)) * (1 + 0.03 * np.sin(2 * np.pi * x / rng.uniform(120, 900)))
        return (lambda A: _Mod(b0, b1, gpu=1 + A * w)), 2.5, t1
    if name == "filesystem":  # the parallel file system serving the LMDB shards degraded (an OST rebuild, a failover)
        w = wobble(rng, x, 0.25, 1800)
        return (lambda A: _Mod(b0, b1, cpu=1 + A * w)), 6.0, t1
    if name == "nlist":  # a restart pulls an image whose neighbour-list wheel lacks its C extension: pure Python
        return (lambda A: _Mod(b0, b1, cpu=np.full(b1 - b0, 1 + A))), 8.0, t1
    if name == "fabric":  # a flapping switch port: the all-reduce falls back to a slower path
        w = wobble(rng, x, 0.15, 1200)
        return (lambda A: _Mod(b0, b1, ar=1 + A * w)), 8.0, t1
    if name in ("neighbour", "thermal"):  # another pod's processes on a node's CPUs; a GPU's thermal slowdown
        bm, gm = ((20, 180), (60, 600)) if name == "neighbour" else ((5, 60), (30, 300))
        bad = bad_share(twostate(rng, t0, t1, rng.uniform(*bm), rng.uniform(*gm), 1e6), tb, _W)
        f = bad * np.exp(rng.normal(0, 0.25, b1 - b0)) + 0.05 * (1 - bad)
        if name == "neighbour":  # its loader workers
            return (lambda A: _Mod(b0, b1, cpu=1 + A * f)), 7.0, t1
        return (lambda A: _Mod(b0, b1, gpu=1 + A * f)), 5.0, t1
    r = np.clip(x / max(tr - t0, 1e-9), 0, 1) ** rng.uniform(0.7, 1.5)
    if name == "nlcache":  # the loader workers cache every structure's neighbour list: memory grows, the node swaps
        return (lambda A: _Mod(b0, b1, cpu=1 + A * r)), 6.0, t1
    if name == "forces":  # a callback keeps every structure's predicted forces on the host for a parity plot
        return (lambda A: _Mod(b0, b1, fix=1 + A * r)), 30.0, t1
    return (lambda A: _Mod(b0, b1, gpu=1 + A * r)), 2.0, t1  # graphs of every size fragment the caching allocator


def _draw_event(rng, run: _Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` with onset in ``[lo, hi)``: an ``(Event, _Mod)`` pair, or None."""
    return draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=_P_KIND, causes=_CAUSES,
                           cause=_cause,
                           calib=lambda mod_of, a, tgt, b0, b1: calibrate(lambda m: _rates(run, m, b0, b1), mod_of,
                                                                          a, tgt, run.train[b0:b1] > 0),
                           series=lambda mod, lo, b1: (_series(run, [mod]), 0),
                           width=_W, restart_cause="nlist", p_pause=0.3, max_depth=0.35, stop_at_end=True)


def _spans(pauses_t, dt: float, reach: float, n: int) -> list[tuple[int, int]]:
    """The points a pause ``(t0, t1, kind)`` reaches: from the step at or before ``t0`` to the first step whose
    range starts ``reach`` s after ``t1`` (the rate's range and a scrape interval); merged."""
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
    return 1_900_800_000.0 + 86400.0 * (seed % 89)


def _build(seed: int, n: int, pauses: str):
    """The healthy run of ``seed``: ``(run, healthy series, pause spans, live mask, changes)``."""
    run = _schedule(np.random.default_rng([seed, SETTINGS[pauses], 311]), n, pauses)
    healthy = _series(run)
    spans = _spans(run.pauses_t, run.dt, run.ins.window + run.ins.period, n)
    changes = change_points([int(t // run.dt) for t in run.known_t], spans, n)
    return run, healthy, spans, live_mask(spans, n), changes


def make_heldout31(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One interatomic potential's training structures/s (per-node Prometheus counters scraped by an HA pair of
    Alloy agents into Mimir, read back as ``sum(rate(...[W]))`` per minute as the query-frontend's cache holds it)
    with labelled regressions and its planned level changes (deterministic in ``seed``).

    Parameters
    ----------
    seed : random seed.
    n : number of points (>= 2000).
    pauses : ``"short"`` (pauses of 7-24 points) or ``"long"`` (28-104 points, many over 60).
    n_events : number of regressions to place; ``0`` gives a clean run, ``None`` draws 3 or 4.
    """
    return family_trace(_build, _draw_event, _series, _P_KIND, seed, n, pauses, n_events, 312,
                        lambda run: _origin(seed) + run.dt * np.arange(n))


def heldout31_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT31_SEEDS) -> list[Trace]:
    """The family's traces, one per seed; every fourth trace is a clean run."""
    return every_fourth_clean(make_heldout31, seeds, n, pauses)
