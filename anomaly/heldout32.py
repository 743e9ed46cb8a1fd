"""The thirty-second held-out throughput family: a genomic language model's training bases/s, a per-node Prometheus
counter that each node's Netdata child collects (go.d ``prometheus`` job, incremental algorithm) and streams to a
Netdata parent, read back per minute as the sum over the nodes' charts of each chart's average.

Written blind, this session: the author read only ``/work/HELPERS.md``, the shared helpers
(``anomaly/heldout_common.py``, ``tests/trace_checks.py``), the thirty-first generator and its tests as a model of
API, structure and tests (its code taken as the frame of this one: the job's timeline, the bucket grid, whole late
steps), the first 15 lines of generators 3-30 (to take another job and another collection path: no earlier one is a
genomic model or Netdata), the first 110 lines of ``tests/test_architecture.py``, lines 36-80 of
``anomaly/traces.py`` (the ``Event``/``Trace`` definitions) -- and saw the names of the files in ``anomaly/`` and
``tests/`` in a directory listing and the subject of main's last commit (printed by git with the worktree; it names
no detector figure) -- and public sources: Netdata's ``database/rrdset.c`` (``rrdset_done``: the
incremental algorithm's increment, a counter that falls read as a reset giving no increment;
``rrdset_done_interpolate``: each increment spread over the time since the last collection onto the
update_every slots, stored as a rate, a collection that spans ``gap_when_lost_iterations_above`` slots or more
leaving its earlier slots empty; that value set to the ``[db] gap when lost iterations above`` setting (default 1)
+ 2), the go.d plugin's ``prometheus`` module (``charts.go``: a counter's dimension is ``incremental``, divided by
its precision; ``collect_gauge_counter.go``; its README), Netdata's docs on replication of past samples (only tier0,
only appended, limited by what the child holds), on database modes (``ram`` for children) and tiers, and the
``null2zero`` option of its query API (``RRDR_OPTION_NULL2ZERO``). The searches also showed excerpts of OPC UA
aggregates, Timescale's ``interpolated_delta`` and Netdata issue #10629 (not used). Taken without looking it up: the
go.d scheduler's ticks aligned to update_every and a tick skipped while the job is busy, the module's 10-s scrape
timeout, a ``ram`` child's 3600-s retention, a child agent's restart beginning its charts anew, and the v2 data
API summing the nodes' per-window averages. Never a detector, and never ran a detector on these traces.

Size: over 500 lines because the docstring (its table and the measured counts the tests check) is about a sixth of
it.

What is modelled
----------------
A DNA language model (HyenaDNA / Caduceus-style long convolutions in 60 % of the runs, else attention with
FlashAttention) is pre-trained on reference genomes of many species with PyTorch Lightning and DDP on ``N`` nodes
(1-4, elastic) of ``G`` GPUs (4 or 8), ``T`` bases a GPU and step (32k-256k): random crops of the genomes (their
reverse complements half the time), tokenised a base a token. A curriculum lengthens the sequences in stages,
fewer a batch, so the bases a step stay; a base costs 5-12 % more on the GPU per doubling of the length (a long
convolution's FFT), 30-70 % with attention. A step costs the loader (crops, N-run filtering, tokens: 15-55 % of a
step, or in 30 % of the runs, few CPU cores a GPU, 75-125 %, when it can bind), the forward and backward, the
optimizer and the all-reduce; 0.2-1.5 s at the start. Local rank 0 of each node adds its node's bases to
``genome_bases_total`` after each step (``prometheus_client``'s HTTP server thread in the training process).

Every 160-480 points of training the job **evaluates** (perplexity on held-out chromosomes; in the "long" setting
also probes on genomic benchmark tasks): a pause, every 1st-3rd one with a checkpoint. So:

* **collections**: each node's Netdata child runs a go.d ``prometheus`` job on its trainer's exporter every
  update_every ``U`` (1, 2 or 5 s; a tick's scrape takes 5-60 ms, log-normal); a slow scrape (the exporter's thread
  waiting for the GIL: 0.2-1 % of them, 0.5-3 s) or a failed one (0.05-0.5 %; 10-50 % while the process pickles a
  checkpoint; each waits out a 10-s timeout) keeps the job busy and the ticks in it are skipped;
* **the incremental algorithm**: a collection's increment is spread evenly over the time since the last one onto
  the chart's slots (whole multiples of ``U``), each stored as bases/s; where a collection spans three slots or
  more only its last two are stored, the others empty (so a failed scrape at ``U`` = 1 s leaves a hole of about 9
  slots); a restarted process's counter falls, which the algorithm reads as a reset: no increment; values stored as
  float32;
* **charts**: a process restarted in place (an NCCL timeout, torchrun on the same nodes) keeps its hosts' charts;
  a rescheduled or resubmitted job lands on other hosts, with new charts; a child agent restarted (Poisson 0.3-2.5 a
  run, down 5-90 s) begins its host's chart anew, the collections while it was down lost;
* **streaming**: the children stream to a parent (its dbengine keeps tier0); while the parent is unreachable
  (Poisson 0.15-1 a run, 2 minutes to 5 hours, log-uniform) the children keep collecting, and on reconnect they
  replicate what their ``ram`` database still holds, the last 3600 s: an outage longer than that loses the rest;
* **the read**: a poller asks the parent's data API for the context per minute (``time_group=average``,
  ``aggregation=sum``, ``null2zero``): a point is the sum over the hosts' charts of each chart's average over its
  stored slots in the minute (a chart with none left out), 0 where none has any. So a point's rate is close to the
  job's bases in its minute, a few seconds' slots shifted; a node's agent down for over a minute drops it from a
  point (a dip of one node's share, or 0 on one node); and an unreplicated outage reads 0 although the job
  trained: 3 of the 6 outages over both sets leave 16-128 such points (234 in all; 16 short, 218 long).

Healthy behaviour (none of it labelled):

* **the batches**: each 15-s bucket's steps vary with their crops and the host's jitter (a step's spread 3-12 %);
  the shuffle walks through genomes and regions of other repeat content (Ornstein-Uhlenbeck, log-sd 0.8-4 %, 5-50
  min); the loader's cost wanders with the file system's load (log-sd 2-7 %, 30-150 min), the GPU path with its
  clocks (0.4-1.2 %); stalls of 0.5-5 s now and then;
* **the epochs**: each evaluation ends an epoch, and the next one's shuffle moves the costs a little (log-sd 1.5 %);
  the loader's workers start anew after each pause (1.15-1.7x fading over 20-150 s);
* **the cluster's busy hours**: the all-reduce of multi-node runs (up to 1.42x) and the file system (up to 1.22x);
* **the start-up** (the genomes' index and N-masks, the model: a pause at the start), **evaluations** (a checkpoint
  with every 1st-3rd one, 1.3x longer) and **restarts** (Poisson 0.5-2 a run; 1.4x a pause): a preemption (45 %), a
  node failure (25 %) or an NCCL timeout (30 %, restarted in place), resumed from the last checkpoint, never within
  10 points after a pause ends; rescheduled pods land on other nodes (2.5 % faster or slower: unlisted level steps)
  whose page cache does not hold the genomes yet (the loader 1.1-1.5x, fading over 15-80 min); the kernels warm up
  (torch.compile and the FFT plans, half the runs: 1.4-2.5x fading over 2-15 min; else 1.05-1.3x over 1-7 min).

Planned level changes, **listed in ``changes``** (the first point after the span of the pause they follow), each
made only where it moves the rate by 10 % or more on the loader's cost after it and the level seen 8 % or more:

* **world-size changes** at a rescheduling restart (tried at 30 % of them): the elastic job resumes on 1-4 nodes,
  another number;
* **a curriculum stage** (tried in 50 % of the runs, at an evaluation 15-55 % of the way): the sequence length
  doubles (70 %) or quadruples, the GPU's cost a base with it (a checkpoint's pause, in the process);
* **a new corpus** (tried in 55 % of the runs, at an evaluation 45-85 % of the way): the user resubmits the job from
  the evaluation's checkpoint with more species (the loader 1.8-3.2x) or one genome (0.35-0.6x).

A regression changes a step's parts inside its buckets; the run's clock (steps, pauses, collections) stays the
healthy run's, so ``healthy`` (the same run without regressions) aligns point by point and equals ``values``
outside the events: a regression makes whole steps late, so by each collection from its onset on the process has
done the healthy run's steps less those it lost, and after it every increment is the healthy one. No event holds a
point of ``changes``.

Labelled regressions (their causes are a GPU cluster's and the job's)
-------------------------------------------------------------------
* ``drop``: a node's GPUs held at low clocks (the GPU path up to 3.5x); the parallel file system serving the genomes
  degraded (the loader up to 7x, swinging 30 %, not ended by a restart); a restart that pulls an image whose fused
  FFT-convolution extension failed to build (the GPU path up to 4x; from a restart onto as many nodes, until the
  next one); or a flapping switch port (the all-reduce up to 9x, swinging 20 %, not ended by a restart); 150-1400
  points or to the end;
* ``straggler``: another pod's processes on a node's CPUs throttling its loader workers (bursts of 30-240 s every
  60-900 s, up to 8x, 4 % of that between them), or a GPU's thermal slowdown in bursts of 5-45 s every 20-240 s (the
  GPU path up to 6x); 80-500 points;
* ``leak``: the loader workers caching every decoded chromosome they crop from until the node swaps (the loader up to
  7x), a callback that keeps every position's loss on the host (the optimizer's part up to 41x), or FFT workspaces
  fragmenting the GPU's caching allocator (the GPU path up to 3x), each growing as ``r ** p`` of its ramp (``p``
  0.6-1.6) over 250-1800 points, then held 80-600 points; a node's or process's fault ends at the next restart.

Each trace with events holds every kind once, in a random order, and a fourth of a random kind in 40 % of them,
one per stretch from point 600 on. A regression's magnitude is set by bisection to a drawn noise-free loss (drops
8-33 %, stragglers 10-30 %, a leak 12-40 % over its plateau); about 30 % of the other onsets lie at the end of a
pause or inside it. An event is kept only when its measured depth is 7-35 %, its values lie below the healthy twin
on more than 60 % of its points, it holds no listed change, and it shows within 60 points (a leak: along its ramp).

Counts over ``heldout32_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     30      10    9          11    0.082-0.307  15              6-22 (282 spans, 0 >60)      3
long      31      10    11         10    0.082-0.325  14              30-110 (212 spans, 134 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are
left out of the span ranges. Pause spans include the start-up and restarts. ``changes`` (planned level changes the
monitor knows of): short 10 (4 world-size changes, 5 curriculum stages, 1 new corpus), long 9 (6 world-size
changes, 3 curriculum stages, 0 new corpora). The file system's load, the clocks, the regions the shuffle walks
through, the epochs' shuffles, the cluster's day, the other nodes and their cold page cache after a rescheduling,
the warm-ups, the agents' restarts and the parent's unreplicated outages are level changes the monitor is not told
of. Over both sets: update_every of 1, 2 and 5 s in 3, 10 and 11 runs; 5 of the 24 runs on one node at the start, 18
with 8 GPUs a node; 33 restarts (18 preemptions, 7 node failures, 7 NCCL timeouts restarted in place, 1
resubmission); 35 child agent restarts in 19 runs; 6 parent outages in 5 runs; 7013150 collections in 144 charts.
Generating both settings takes about 9 s.

Usage::

    from anomaly.heldout32 import heldout32_set
    for trace in heldout32_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from anomaly.heldout_common import (SETTINGS, apply_mods, bad_share, calibrate, cause_buckets, change_points,
                                    draw_regression, every_fourth_clean, family_trace, live_mask, ou_path,
                                    seg_buckets, seg_columns, smax, span_len, twostate, wobble)
from anomaly.traces import Trace

HELDOUT32_SEEDS = tuple(range(322000, 322012))

_PAUSE = {"short": (6, 22, 8, 13), "long": (30, 110, 40, 72)}  # span (points) lo, hi; median lo, hi
_W = 15.0  # the simulation grid: 15-s buckets
_DT = 60.0  # a point: the poller's 60-s ``time_group=average`` window
_PERIODS = (1.0, 2.0, 5.0)  # the go.d prometheus job's update_every (s)
_GAP_ABOVE = 1 + 2  # ``[db] gap when lost iterations above`` (1) + 2, as rrdset_create sets it
_KEEP = 3600.0  # a child's tier0 in ``[db] mode = ram``: what it can replicate after a disconnect
_P_KIND = (0.34, 0.33, 0.33)
_MIN_MOVE = 0.1  # a planned change is made only where it moves the rate by 10 % or more
_MARGIN = 10  # points of training kept between a pause's end and a restart, or a restart and an evaluation


@dataclass
class _Job:
    """A genomic language model's step (seconds) on ``N`` nodes of ``G`` GPUs, ``T`` bases a GPU; ``sf`` the
    sequence-length stage's GPU cost against the first, ``mf`` the corpus's loader cost."""

    G: int
    T: int
    gpu0: float  # GPU s a step at the first stage (the long-convolution or attention blocks, forward and backward)
    cpu0: float  # loader s a step (random crops of the genomes, reverse complements, tokens; its workers together)
    fix: float  # the optimizer step
    ar: float  # the gradient all-reduce across nodes, per (1 + log2(N) / 2)
    dbl: float  # the GPU cost a base when the sequence length doubles
    cold: float  # the loader on a node whose page cache does not hold the genome files yet

    def samples(self, N):
        """Bases per step (all ranks)."""
        return self.G * self.T * np.asarray(N, float)

    def parts(self, N, sf, mf) -> tuple[float, float, float, float]:
        """``(cpu, gpu, fix, ar)`` of a step: the loader, the model's forward and backward, the optimizer and the
        all-reduce (NVLink only on one node)."""
        ar = self.ar * (1 + 0.5 * np.log2(N)) if N > 1 else 0.25 * self.ar
        return self.cpu0 * mf, self.gpu0 * sf, self.fix, ar


@dataclass
class _Seg:
    """A stretch of training in one process with one configuration."""

    t0: float
    t1: float
    ev: int  # evaluations done before it
    proc: int
    N: int
    sf: float  # the sequence-length stage's GPU factor
    mf: float  # the corpus's loader factor
    lf: float  # the epoch's shuffle (relative cost of the regions it walks through)


@dataclass
class _Ins:
    """The collection path's settings and its troubles."""

    period: float  # the go.d job's update_every: its ticks and the chart's slots
    tick: float  # the go.d scheduler's offset in each tick (s)
    lat: float  # the usual scrape latency of the trainer's exporter (s)
    p_slow: float  # a scrape that waits for the GIL (0.5-3 s)
    p_fail: float  # a scrape that times out (no collection this tick); during a checkpoint's save: ``p_ck``
    p_ck: float
    agent: list  # (t, down): a child agent restarted on one host (its charts begin again after ``down`` s)
    outages: list  # (t0, t1): the parent unreachable; on reconnect the children replicate their last ``_KEEP`` s


@dataclass
class _Run:
    """The healthy run on the grid of 15-s buckets (``K = n * k``), its collections and their charts."""

    dt: float
    k: int
    n: int
    ins: _Ins
    train: np.ndarray
    cpu: np.ndarray
    gpu: np.ndarray
    fix: np.ndarray
    ar: np.ndarray
    gmul: np.ndarray  # the warm-up of the kernels (torch.compile, the FFT plans, the allocator's first blocks)
    nodes: np.ndarray
    eff: np.ndarray  # seconds spent stepping (less stalls)
    eps: np.ndarray  # each bucket's steps against their mean (its crops' repeats and N runs, the host's jitter)
    edges: np.ndarray
    procs: list  # per process: [exporter up, down, first training time, how it ended, job]
    real: np.ndarray  # per collection (ordered by stream, then time): its time (s from the run's start)
    stream: np.ndarray  # one per process and node (the exporter of a node's local rank 0 while its process lives)
    s0: np.ndarray  # its process's first training time
    idx: np.ndarray  # the healthy run's steps of its process by then
    chart: np.ndarray  # the child agent's chart it went into (a host's chart lives across in-place restarts)
    segs: list
    pauses_t: list  # (t0, t1, kind): "start", "eval", "ckpt", "restart", "resubmit"
    restarts: list  # (stop, resume, same): same = the job resumed on as many nodes with the same configuration
    known_t: list
    known_kind: list  # "world", "stage", "corpus"
    ends: list  # per process but the last: how it ended ("preempt", "node", "nccl", "resubmit")
    mix: np.ndarray  # log loader cost (the shared file system's load) on a 60-s grid
    job: _Job | None = None
    order: np.ndarray | None = None  # the collections by chart and time (kept for speed: every read sorts them so)
    healthy: np.ndarray | None = None  # the healthy run's points (kept for speed: a run without regressions reads so)
    kept: dict | None = None  # what the reads take of the collections (:func:`_by_chart`, :func:`_by_stream`)

    @property
    def F(self) -> float:
        """Bases a node does per step."""
        return float(self.job.G * self.job.T)


def _span_len(rng, setting: str, scale: float = 1.0) -> float:
    return span_len(rng, _PAUSE, setting, scale)


def _draw_job(rng, N: int) -> _Job:
    """A step of 0.2-1.5 s at the start; the loader 15-55 % of the step, or (few CPU cores a GPU: 30 % of the runs)
    75-125 %, when it can bind; a long-convolution model (60 %) costs 5-12 % more a base when the length doubles,
    an attention model 30-70 %."""
    G = int(rng.choice([4, 8], p=[0.35, 0.65]))
    T = int(rng.choice([32768, 65536, 131072, 262144], p=[0.2, 0.35, 0.3, 0.15]))
    s = float(np.exp(rng.uniform(np.log(0.2), np.log(1.5))))
    dbl = rng.uniform(1.05, 1.12) if rng.random() < 0.6 else rng.uniform(1.3, 1.7)
    job = _Job(G=G, T=T, gpu0=1.0, cpu0=1.0, fix=rng.uniform(0.01, 0.05) * s, ar=rng.uniform(0.02, 0.1) * s,
               dbl=dbl, cold=rng.uniform(1.1, 1.5))
    job.gpu0 = s - job.fix - (job.ar * (1 + 0.5 * np.log2(N)) if N > 1 else 0.25 * job.ar)
    job.cpu0 = s * (rng.uniform(0.75, 1.25) if rng.random() < 0.3 else rng.uniform(0.15, 0.55))
    return job


def _level(job: _Job, mix, cfg, t0: float, t1: float) -> float:
    """The noise-free rate's median over ``[t0, t1)`` (warm, on the loader's cost of that time) in the
    configuration ``cfg = (N, sf, mf)``."""
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
    """The go.d job's update_every and its scrapes' latency and failures, the child agents' restarts and the
    parent's outages (Poisson, 0.3-2.5 and 0.15-1 a run; an outage 2 minutes to 5 hours, log-uniform)."""
    P = float(rng.choice(_PERIODS, p=[0.2, 0.4, 0.4]))
    agent = [(t, float(rng.uniform(5.0, 90.0))) for t in np.sort(rng.uniform(0, T, rng.poisson(rng.uniform(0.3,
                                                                                                         2.5))))]
    outages = []
    for a in np.sort(rng.uniform(0, T, rng.poisson(rng.uniform(0.15, 1.0)))):
        outages.append((float(a), float(a + np.exp(rng.uniform(np.log(120.0), np.log(18000.0))))))
    return _Ins(period=P, tick=rng.uniform(0.0, 0.05), lat=rng.uniform(0.005, 0.06), p_slow=rng.uniform(0.002, 0.01),
                p_fail=rng.uniform(0.0005, 0.005), p_ck=rng.uniform(0.1, 0.5), agent=agent, outages=outages)


def _schedule(rng, n: int, setting: str) -> _Run:
    """A run's settings and its timeline (start-up, training, evaluations, checkpoints, restarts, the planned
    changes), then its steps and its collections (:func:`_collect`)."""
    dt = _DT
    k = int(dt / _W)
    T, K = n * dt, n * k
    N = int(rng.choice([1, 2, 3, 4], p=[0.2, 0.35, 0.2, 0.25]))
    job = _draw_job(rng, N)
    ins = _draw_ins(rng, T)
    mix = ou_path(rng, T, rng.uniform(0.02, 0.07), rng.uniform(1800, 9000))
    lead = (3 * ins.period + dt) / dt + 1.0  # points a pause reaches past its end
    iv_pts = rng.uniform(160, 480)
    est = max(2, int(n / (iv_pts * 1.25)))
    st_ev = int(rng.integers(max(1, int(0.15 * est)), max(2, int(0.55 * est)) + 1)) if rng.random() < 0.5 else -1
    co_ev = int(rng.integers(max(2, int(0.45 * est)), max(3, int(0.85 * est)) + 1)) if rng.random() < 0.55 else -1
    ck_every = int(rng.integers(1, 4))
    n_re = int(rng.poisson(rng.uniform(0.5, 2.0)))
    re_t = sorted(rng.uniform(0.05, 0.92, n_re) * T)
    margin = _MARGIN * dt

    def pause(scale: float = 1.0) -> float:
        return (_span_len(rng, setting, scale) - lead) * dt

    segs, restarts, known_t, known_kind, ends = [], [], [], [], []
    t = pause()  # the pods start: the genomes' index and N-masks, the tokenizer, the model
    pauses_t = [(0.0, t, "start")]
    procs = [[rng.uniform(5.0, 45.0), None, t, "", 0]]
    sf, mf, lf = 1.0, 1.0, 1.0
    ev = proc = jb = 0
    left = iv_pts * dt
    while t < T + dt:
        while re_t and re_t[0] < t + margin:  # no restart right after a pause: it moves on
            re_t[0] = t + rng.uniform(_MARGIN, 2.5 * _MARGIN) * dt
            re_t.sort()
        to_re = re_t[0] - t if re_t else np.inf
        run = min(left, to_re)
        segs.append(_Seg(t, t + run, ev, proc, N, sf, mf, lf))
        t += run
        left -= run
        if to_re < left + run:  # the pods are preempted, a node fails (both rescheduled) or an NCCL watchdog
            re_t.pop(0)  # timeout makes torchrun restart the workers in place: resumed from the last checkpoint
            end = str(rng.choice(["preempt", "node", "nccl"], p=[0.45, 0.25, 0.3]))
            dur = pause(1.4)
            old = N
            if end != "nccl" and rng.random() < 0.3 and t + dur + 400 * dt < T:  # elastic: 1-4 nodes
                new = int(rng.choice([m for m in (1, 2, 3, 4) if m != N]))
                if _moves(job, mix, (N, sf, mf * lf), (new, sf, mf * lf), t + dur, dt):
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
        # an evaluation: perplexity on held-out chromosomes (and, in the long setting, probes on genomic benchmark
        # tasks: promoters, enhancers, splice sites); every ck_every-th one a checkpoint
        ev += 1
        ck = ev % ck_every == 0
        lf_new = lf * float(np.exp(rng.normal(0, 0.015)))  # the next epoch's shuffle
        kind = "stage" if ev == st_ev else ("corpus" if ev == co_ev else "")
        if kind and t + 500 * dt < T:
            up = int(rng.choice([1, 2], p=[0.7, 0.3]))  # the sequence length doubles (or quadruples)
            sf_new = sf * job.dbl ** up
            mf_new = mf * (rng.uniform(1.8, 3.2) if rng.random() < 0.6 else rng.uniform(0.35, 0.6))
            new = (N, sf_new, mf * lf_new) if kind == "stage" else (N, sf, mf_new * lf_new)
            dur = pause(1.3)
            if _moves(job, mix, (N, sf, mf * lf), new, t + dur, dt):
                if kind == "corpus":  # the user resubmits from this checkpoint with more species (or one genome)
                    procs[-1][1] = t + rng.uniform(0.05, 0.2) * dur
                    procs[-1][3] = "resubmit"
                    pauses_t.append((t, t + dur, "resubmit"))
                    restarts.append((t, t + dur, False))
                    ends.append("resubmit")
                    jb += 1
                    procs.append([t + rng.uniform(0.3, 0.5) * dur, None, t + dur, "", jb])
                    proc += 1
                    mf = mf_new
                else:  # the curriculum's next stage: longer sequences, fewer a batch (a checkpoint's pause)
                    pauses_t.append((t, t + dur, "ckpt"))
                    sf = sf_new
                t += dur
                lf = lf_new
                known_t.append(t)
                known_kind.append(kind)
                left = iv_pts * dt * float(np.exp(rng.normal(0, 0.1)))
                continue
        dur = pause(1.3 if ck else 1.0)
        pauses_t.append((t, t + dur, "ckpt" if ck else "eval"))
        t += dur
        lf = lf_new
        left = iv_pts * dt * float(np.exp(rng.normal(0, 0.1)))
    procs[-1][1] = T + 2 * dt
    return _collect(rng, n, dt, k, K, job, ins, mix, segs, procs, pauses_t, restarts, known_t, known_kind, ends)


def _grid(rng, K, job, mix, segs, procs, ends):
    """The step's parts on the bucket grid (the configuration, the file system's load and the cluster's day, the
    clocks, the regions the shuffle walks through, other nodes and their cold page cache after a rescheduling,
    the warm-ups after each pause), the seconds stepping and each bucket's noise."""
    tb, train, seg_of = seg_buckets(segs, K, _W)
    on, (Nb, sfb, mfb, lfb, pb) = seg_columns(segs, seg_of, "N", "sf", "mf", "lf", "proc")
    cpu, gpu, fix, ar = (np.ones(K) for _ in range(4))
    for cfg in {(s.N, s.sf, s.mf * s.lf) for s in segs}:
        m = (Nb == cfg[0]) & (sfb == cfg[1]) & (mfb * lfb == cfg[2])
        for arr, v in zip((cpu, gpu, fix, ar), job.parts(*cfg)):
            arr[m] = v
    mi = (tb / 60).astype(int)
    cpu = cpu * np.exp(mix[mi])
    gpu = gpu * np.exp(ou_path(rng, K * _W, rng.uniform(0.004, 0.012), rng.uniform(900, 3600))[mi])  # clocks
    # the shuffle walks through genomes and regions of other repeat content: the loader's filtering of N runs and
    # the kernels' padding wander
    walk = np.exp(ou_path(rng, K * _W, rng.uniform(0.008, 0.04), rng.uniform(300, 3000))[mi])
    cpu, gpu = cpu * walk, gpu * walk ** 0.5
    tc = np.cumsum(train)
    start = np.array([p[2] for p in procs])
    since = np.maximum(tc - np.interp(start[pb], tb + _W, tc), 0.0)  # training seconds since the process started
    seg_t0 = np.array([s.t0 for s in segs])[np.maximum(seg_of, 0)]
    fresh = np.maximum(tc - np.interp(seg_t0, tb + _W, tc), 0.0)  # ... since the stretch started
    cpu = cpu * (1 + rng.uniform(0.15, 0.7) * np.exp(-fresh / rng.uniform(20, 150)))  # the workers start anew
    if rng.random() < 0.5:  # torch.compile and the FFT plans of the long convolutions, per sequence length
        gmul = 1 + rng.uniform(0.4, 1.5) * np.exp(-since / rng.uniform(120, 900))
    else:  # eager: cuFFT / FlashAttention's first calls, the caching allocator's first blocks
        gmul = 1 + rng.uniform(0.05, 0.3) * np.exp(-since / rng.uniform(60, 400))
    day = np.maximum(0, np.sin(2 * np.pi * tb / 86400 + rng.uniform(0, 6.3)))  # the cluster's busy hours
    ar = ar * np.where(Nb > 1, np.exp(rng.uniform(0, 0.35) * day), 1.0)  # the shared fabric
    cpu = cpu * np.exp(rng.uniform(0, 0.2) * day)  # the shared file system
    inplace = [False] + [e == "nccl" for e in ends]
    node = np.exp(rng.normal(0, 0.025, (2, len(procs))))  # other nodes after a rescheduling
    for p in range(1, len(procs)):
        if inplace[p]:
            node[:, p] = node[:, p - 1]
    gpu, cpu = gpu * node[0][pb], cpu * node[1][pb]
    cold = np.array([not x for x in inplace])[pb]  # a node new to the job reads the genome files over the network
    cpu = cpu * np.where(cold, 1 + (job.cold - 1) * np.exp(-since / rng.uniform(900, 4800)), 1.0)
    for arr in (cpu, gpu, fix, ar, gmul):
        arr[~on] = 1.0
    step0 = smax(cpu, gpu * gmul + fix + ar)
    # stalls: garbage collection, a slow read of a genome's block, the exporter's thread holding the GIL
    stall = np.where(rng.random(K) < _W / rng.uniform(240, 1500), rng.uniform(0.5, 5.0, K), 0.0)
    eff = np.where(on, np.maximum(train - stall, 0.0), 0.0)
    sj = rng.uniform(0.03, 0.12)  # a step's spread
    m = np.maximum(eff / step0, 1.0)
    eps = np.exp(rng.normal(0, 1, K) * sj / np.sqrt(m) - 0.5 * sj * sj / m)
    return train, on, Nb, cpu, gpu, fix, ar, gmul, eff, eps


def _ticks(rng, ins: _Ins, up: float, down: float, ck) -> np.ndarray:
    """One exporter's collections while it is up (``up`` .. ``down``): the go.d job ticks every update_every at
    the scheduler's offset and scrapes; a slow scrape (the exporter's thread waiting for the GIL) or a failed one
    (timed out after 10 s, more often while the process pickles a checkpoint: the spans ``ck``) keeps the job busy,
    so the ticks that fall in it are skipped. Returns the times of the collections that returned."""
    P = ins.period
    tick = P * np.ceil(up / P) + ins.tick + P * np.arange(int((down - up) / P) + 1)
    tick = tick[tick < down]
    lat = ins.lat * np.exp(rng.normal(0, 0.5, len(tick)))
    slow = rng.random(len(tick)) < ins.p_slow
    lat = np.where(slow, rng.uniform(0.5, 3.0, len(tick)), lat)
    p = np.full(len(tick), ins.p_fail)
    for a, b in ck:  # (the ticks are in order: a span's are a run of them)
        p[np.searchsorted(tick, a):np.searchsorted(tick, b)] = ins.p_ck
    fail = rng.random(len(tick)) < p
    busy = np.where(fail, tick + 10.0, np.where(slow, tick + lat, -np.inf))
    prev = np.r_[-np.inf, np.maximum.accumulate(busy)[:-1]]
    ok = (tick >= prev) & ~fail & (tick + lat < down)  # a scrape the process's exit cuts short fails
    return (tick + lat)[ok]


def _collect(rng, n, dt, k, K, job, ins, mix, segs, procs, pauses_t, restarts, known_t, known_kind, ends) -> _Run:
    """The run's steps on the bucket grid and each exporter's collections, each in its host's chart: a process
    restarted in place (an NCCL timeout) keeps its hosts' charts; a child agent's restart begins a host's chart
    anew (the collections while it is down are lost)."""
    train, on, Nb, cpu, gpu, fix, ar, gmul, eff, eps = _grid(rng, K, job, mix, segs, procs, ends)
    edges = np.arange(K + 1) * _W
    step0 = smax(cpu, gpu * gmul + fix + ar)
    C = np.r_[0.0, np.cumsum(np.where(on, eff / step0 * eps, 0.0))]  # the job's steps
    span = {}
    for s in segs:
        span.setdefault(s.proc, s.N)
    ck = [(a, b) for a, b, kind in pauses_t if kind == "ckpt"]
    cols = {c: [] for c in ("real", "stream", "s0", "chart")}
    stream = n_chart = 0
    charts: list = []
    for p, (up, down, s0, end, _) in enumerate(procs):
        keep = p > 0 and ends[p - 1] == "nccl"
        mine = []
        for node in range(span.get(p, 1)):
            if keep and node < len(charts):
                ch = charts[node]
            else:
                ch, n_chart = n_chart, n_chart + 1
            mine.append(ch)
            t = _ticks(rng, ins, up, down, ck)
            for col, v in zip(cols, (t, stream, s0, ch)):
                cols[col].append(np.broadcast_to(v, (len(t),)))
            stream += 1
        charts = mine
    real, strm, s0a, chart = (np.concatenate(cols[c]) for c in cols)
    chart = chart.astype(int)
    drop = np.zeros(len(real), bool)
    for a, down in ins.agent:  # a child agent restarted: its charts begin again, without their history
        lo, hi = np.full(n_chart, np.inf), np.full(n_chart, -np.inf)  # each chart's first and last collection
        np.minimum.at(lo, chart, real)
        np.maximum.at(hi, chart, real)
        live = np.nonzero((lo < a) & (a < hi))[0]
        if len(live):
            c = live[int(rng.integers(len(live)))]
            drop |= (chart == c) & (real >= a) & (real < a + down)
            chart = np.where((chart == c) & (real >= a + down), n_chart, chart)
            n_chart += 1
    real, strm, s0a, chart = real[~drop], strm[~drop], s0a[~drop], chart[~drop]
    idx = np.maximum(np.floor(np.interp(real, edges, C) - np.interp(s0a, edges, C) + 1e-9), 0.0)
    run = _Run(dt=dt, k=k, n=n, ins=ins, train=train, cpu=cpu, gpu=gpu, fix=fix, ar=ar, gmul=gmul,
               nodes=Nb * 1.0, eff=eff, eps=eps, edges=edges, procs=[list(p) for p in procs], real=real,
               stream=strm.astype(int), s0=s0a, idx=idx, chart=chart, segs=segs, pauses_t=pauses_t,
               restarts=restarts, known_t=known_t, known_kind=known_kind, ends=ends, mix=mix, job=job,
               order=np.lexsort((real, chart)))
    run.kept = {"by_chart": _by_chart(run), "by_stream": _by_stream(run)}
    return run


def _slots(t: np.ndarray, V: np.ndarray, P: float, si=None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One chart's tier0 slots from its collections (times ``t``, counter ``V``) by the incremental algorithm:
    each collection's increment is spread evenly over the time since the last one and stored per update_every
    ``P`` on the slots it spans, as a rate; where it spans 3 or more slots (``gap when lost iterations above``
    + 2) only its last two are stored, the others empty. No slot before the chart's first collection. Returns the
    slots' indices (times ``/ P``), values and whether each was stored; ``si``, where given, the run of consecutive
    slots to read (of the chart's)."""
    si = np.arange(int(t[0] // P) + 1, int(t[-1] // P) + 1) if si is None else si
    s = si * P
    e = np.searchsorted(t, np.r_[s[:1] - P, s], side="left")  # (for speed: a slot's start is the one before's end)
    j = e[1:]  # the collection whose increment reaches the slot's end
    i = e[:-1]  # ... its start (0: before the first collection, flat)
    d = np.r_[0.0, np.diff(V)] / np.r_[1.0, np.diff(t)]  # each collection's increment a second
    # the counter's rise over the slot, from the increments (whole numbers: the same wherever the counter stands)
    head = np.where(i > 0, d[i] * (t[i] - (s - P)), 0.0) + (V[j - 1] - V[i])
    val = np.where(i == j, d[j] * P, head + d[j] * (s - t[j - 1])) / P
    prev = np.floor(t[j - 1] / P).astype(int)
    k = np.floor(t[j] / P).astype(int) - prev
    stored = k - (si - prev - 1) < _GAP_ABOVE
    return si, val, stored


def _by_chart(run: _Run):
    """``(order, t, ch, anew, cut)``: the collections by chart and time, their times and charts, where a chart's
    counter takes no increment (its first collection, an exporter's change) and where each chart's collections
    begin and end. Kept on a :class:`_Run` from its build on (for speed: every read takes them)."""
    if getattr(run, "kept", None) is not None:
        return run.kept["by_chart"]
    order = run.order if getattr(run, "order", None) is not None else np.lexsort((run.real, run.chart))
    ch, st = run.chart[order], run.stream[order]
    anew = np.r_[True, (ch[1:] != ch[:-1]) | (st[1:] != st[:-1])]
    return order, run.real[order], ch, anew, np.r_[0, np.nonzero(np.diff(ch))[0] + 1, len(ch)]


def _by_stream(run: _Run):
    """``(x, off)``: each collection's time, or its process's start where later, and an offset per stream (a
    stream's collections lie together). Kept on a :class:`_Run` from its build on (for speed: every regressed count
    takes them)."""
    if getattr(run, "kept", None) is not None:
        return run.kept["by_stream"]
    return np.maximum(run.real, run.s0), np.cumsum(np.r_[0, run.stream[1:] != run.stream[:-1]]) * 1e12


def _chart_counters(run: _Run, v: np.ndarray):
    """``(order, counter)``: the collections by chart and time, and each chart's counter: the increments of its
    exporters' counters, none where the exporter changed (an in-place restart: the incremental algorithm reads the
    counter's reset as no increment)."""
    order, _, _, anew, _ = _by_chart(run)
    x = v[order]
    d = np.r_[0.0, np.diff(x)]
    d[anew] = 0.0
    return order, np.cumsum(np.maximum(d, 0.0))


def _read(run: _Run, v: np.ndarray, p0: int = 0, p1: int | None = None) -> np.ndarray:
    """The points (``[p0, p1)``): per 60-s window the sum over the hosts' charts of each chart's average of its
    stored slots in the window (``/api/v2/data``, ``time_group=average``, ``aggregation=sum``; a chart with none is
    left out, a point with none reads 0: ``null2zero``), as the parent holds them: the slots of a parent's outage
    that the children could not replicate (all but their last ``_KEEP`` s) are gone; values stored as float32."""
    P, dt, n = run.ins.period, run.dt, run.n
    p1 = n if p1 is None else p1
    order, cnt = _chart_counters(run, v)
    _, t, _, _, cut = _by_chart(run)
    out = np.zeros(p1 - p0)
    for a, b in zip(cut[:-1], cut[1:]):
        if b - a < 2:
            continue
        si = np.arange(max(int(t[a] // P) + 1, int((p0 - 1) * dt // P)),  # the chart's slots that may fall in them
                       min(int(t[b - 1] // P) + 1, int((p1 - 1) * dt // P) + 2))
        if not len(si):
            continue
        q = a + max(int(np.searchsorted(t[a:b], si[0] * P - P)) - 1, 0)  # and the collections they read (from the
        r = a + int(np.searchsorted(t[a:b], si[-1] * P)) + 1  # one before the first slot's start, or the chart's first)
        si, val, ok = _slots(t[q:r], cnt[q:r], P, si)
        for o0, o1 in run.ins.outages:
            ok &= ~((si * P >= o0) & (si * P < o1 - _KEEP))
        pj = np.ceil(si[ok] * P / dt - 1e-9).astype(int)
        m = (pj >= p0) & (pj < p1)
        w = np.bincount(pj[m] - p0, val[ok][m].astype(np.float32).astype(float), p1 - p0)
        c = np.bincount(pj[m] - p0, minlength=p1 - p0)
        out += np.where(c > 0, w / np.maximum(c, 1), 0.0)
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
    """The job's noise-free bases/s in each bucket of ``[b0, b1)``."""
    return run.job.samples(run.nodes[b0:b1]) / _steps(run, mods, b0, b1)


def _counts(run: _Run, mods=()) -> np.ndarray:
    """Each collection's steps of its process by then. A regression makes whole steps late: by a collection its
    process has done the healthy run's steps less the steps it lost (whole ones, per regression) since it
    started."""
    cnt = run.idx.copy()
    x, off = _by_stream(run) if mods else (None, None)
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
    """Each collection's value: the node's ``genome_bases_total`` (its process's steps times its bases a step)."""
    return _counts(run, mods) * run.F


def _series(run: _Run, mods=()) -> np.ndarray:
    """The trace's points, one per window."""
    if not mods and getattr(run, "healthy", None) is not None:  # (for speed: the healthy run's, read before)
        return run.healthy.copy()
    return _read(run, _values(run, mods))


_CAUSES = {"drop": ("clocks", "filesystem", "fftconv", "fabric"), "straggler": ("neighbour", "thermal"),
           "leak": ("cropcache", "perbase", "fragment")}


def _cause(rng, run: _Run, kind: str, name: str, t0: float, t1: float, tr: float):
    """``(mod_of(A), A_max, t1)`` of the regression ``name`` over ``[t0, t1)`` (a leak ramps until ``tr``); a
    fault of the nodes or of the training process ends at its next restart."""
    t1, b0, b1 = cause_buckets(run, t0, t1, _W, name not in ("filesystem", "fabric"))
    tb = np.arange(b0, b1) * _W
    x = np.maximum(tb - t0, 0)
    if name == "clocks":  # a node's GPUs held at low clocks (a power cap after a PSU fault, a failed fan)
        w = np.minimum(1, x / rng.uniform(5, 60)) * (1 + 0.04 * np.sin(2 * np.pi * x / rng.uniform(120, 900)))
        return (lambda A: _Mod(b0, b1, gpu=1 + A * w)), 2.5, t1
    if name == "filesystem":  # the parallel file system serving the genomes degraded (a rebuild, a metadata server)
        w = wobble(rng, x, 0.3, 2400)
        return (lambda A: _Mod(b0, b1, cpu=1 + A * w)), 6.0, t1
    if name == "fftconv":  # a restart pulls an image whose fused FFT-convolution extension failed to build
        return (lambda A: _Mod(b0, b1, gpu=np.full(b1 - b0, 1 + A))), 3.0, t1
    if name == "fabric":  # a flapping switch port: the all-reduce falls back to a slower path
        w = wobble(rng, x, 0.2, 1500)
        return (lambda A: _Mod(b0, b1, ar=1 + A * w)), 8.0, t1
    if name in ("neighbour", "thermal"):  # another pod's processes on a node's CPUs; a GPU's thermal slowdown
        bm, gm = ((30, 240), (60, 900)) if name == "neighbour" else ((5, 45), (20, 240))
        bad = bad_share(twostate(rng, t0, t1, rng.uniform(*bm), rng.uniform(*gm), 1e6), tb, _W)
        f = bad * np.exp(rng.normal(0, 0.2, b1 - b0)) + 0.04 * (1 - bad)
        if name == "neighbour":  # its loader workers
            return (lambda A: _Mod(b0, b1, cpu=1 + A * f)), 7.0, t1
        return (lambda A: _Mod(b0, b1, gpu=1 + A * f)), 5.0, t1
    r = np.clip(x / max(tr - t0, 1e-9), 0, 1) ** rng.uniform(0.6, 1.6)
    if name == "cropcache":  # the loader workers cache every decoded chromosome they crop from: the node swaps
        return (lambda A: _Mod(b0, b1, cpu=1 + A * r)), 6.0, t1
    if name == "perbase":  # a callback keeps every position's loss on the host for a per-region perplexity plot
        return (lambda A: _Mod(b0, b1, fix=1 + A * r)), 40.0, t1
    return (lambda A: _Mod(b0, b1, gpu=1 + A * r)), 2.0, t1  # FFT workspaces fragment the caching allocator


def _near(run: _Run, healthy: np.ndarray):
    """For speed, ``series(mod)`` for a slot's draws: the points a regression ``mod`` moves read anew, the others
    the healthy run's. A chart's slot reads its counter's increments from the collection at or after its start to
    the one at or after its end, and the counters are whole numbers (whole steps times the bases a step), so a slot
    that takes no changed increment reads as in the healthy run, wherever the counter stands."""
    (_, t, ch, _, _), hv = _by_chart(run), _values(run)
    first = np.r_[True, ch[1:] != ch[:-1]]
    before = np.where(first, t - run.ins.period, np.r_[0.0, t[:-1]])  # the collection before (a chart's first slot)

    def series(mod):
        v, out = _values(run, [mod]), healthy.copy()
        moved = np.nonzero(np.diff((v - hv)[run.order], prepend=0.0))[0]  # (all moved increments, and more)
        if len(moved):  # the slots after a moved increment's collection before and up to a slot after it
            p0 = max(0, int(before[moved].min() // run.dt) - 1)
            p1 = min(run.n, int(np.ceil((t[moved].max() + run.ins.period) / run.dt)) + 2)
            out[p0:p1] = _read(run, v, p0, p1)
        return out

    return series


def _draw_event(rng, run: _Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` with onset in ``[lo, hi)``: an ``(Event, _Mod)`` pair, or None."""
    near = _near(run, healthy)
    return draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=_P_KIND, causes=_CAUSES,
                           cause=_cause,
                           calib=lambda mod_of, a, tgt, b0, b1: calibrate(lambda m: _rates(run, m, b0, b1), mod_of,
                                                                          a, tgt, run.train[b0:b1] > 0),
                           series=lambda mod, lo, b1: (near(mod), 0),
                           width=_W, restart_cause="fftconv", p_pause=0.3, max_depth=0.35, stop_at_end=True)


def _spans(pauses_t, dt: float, reach: float, n: int) -> list[tuple[int, int]]:
    """The points a pause ``(t0, t1, kind)`` reaches: from the window at or before ``t0`` to the first window
    ending ``reach`` s after ``t1`` (a window's length and the slots that spread a collection's increment);
    merged."""
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
    """The run's start (unix s): a multiple of the window."""
    return 1_902_000_000.0 + 86400.0 * (seed % 83)


def _build(seed: int, n: int, pauses: str):
    """The healthy run of ``seed``: ``(run, healthy series, pause spans, live mask, changes)``."""
    run = _schedule(np.random.default_rng([seed, SETTINGS[pauses], 321]), n, pauses)
    healthy = run.healthy = _series(run)
    spans = _spans(run.pauses_t, run.dt, 3 * run.ins.period + run.dt, n)
    changes = change_points([int(t // run.dt) for t in run.known_t], spans, n)
    return run, healthy, spans, live_mask(spans, n), changes


def make_heldout32(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One genomic language model's training bases/s (per-node Prometheus counters collected by each node's Netdata
    child, streamed to a parent and read back per minute as the sum of the charts' averages) with labelled
    regressions and its planned level changes (deterministic in ``seed``).

    Parameters
    ----------
    seed : random seed.
    n : number of points (>= 2000).
    pauses : ``"short"`` (pauses of 6-22 points) or ``"long"`` (30-110 points, many over 60).
    n_events : number of regressions to place; ``0`` gives a clean run, ``None`` draws 3 or 4.
    """
    return family_trace(_build, _draw_event, _series, _P_KIND, seed, n, pauses, n_events, 322,
                        lambda run: _origin(seed) + run.dt * np.arange(n))


def heldout32_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT32_SEEDS) -> list[Trace]:
    """The family's traces, one per seed; every fourth trace is a clean run."""
    return every_fourth_clean(make_heldout32, seeds, n, pauses)
