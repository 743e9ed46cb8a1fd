"""The thirty-third held-out throughput family: a document-understanding model's training pages/s, a per-node
Prometheus counter that each node's tcollector reads and sends to OpenTSDB, read back per minute as
``sum:1m-avg:rate{counter,,R}:doc_pages_total{host=*}``.

Written blind, this session, in a 30-minute slot: the author read only ``/work/HELPERS.md``, the shared helpers
(``anomaly/heldout_common.py``, ``tests/trace_checks.py``), the thirty-second generator and its tests as a model of
API, structure and tests (its code taken as the frame of this one: the job's timeline, the bucket grid, whole late
steps, the regressions), the first 15 lines of generators 3-31 (no earlier one is a document model or OpenTSDB /
tcollector), the first 110 lines of ``tests/test_architecture.py``, lines 36-80 of ``anomaly/traces.py`` -- and
public sources found with the search tools: OpenTSDB's docs on aggregators (``sum`` across series at every
timestamp, a series missing a timestamp linearly interpolated, ``lerp``), downsampling (``1m-avg``, fill policy
``none`` by default), the query components and ``/api/query/exp``, the ``RateOptions`` javadoc and the 3.x rate
node's docs (``counter``, ``counterMax`` default Long.MAX_VALUE, ``resetValue``: a rate over it reads 0), and
tcollector's ``--dedup-interval`` help (a value repeated is held back until the interval passes). Taken without
looking it up: tcollector sending the last held-back line before a changed one, its default dedup interval of
300 s, a collector's whole-second timestamps, and the 2.x TSD computing a series' rate on its raw points before
downsampling and aggregation (the docs' order of operations was not read in full). Never a detector, and never
ran a detector on these traces.

Reviewed after the merge (the lead, who has seen results): comments and docstrings that still carried generator
32's genomic names were renamed to the document model's; no code changed (the traces hash the same).

Size: over 500 lines because it keeps generator 32's frame (the job's timeline, grid and regressions) whole, with
the docstring's table and the measured counts the tests check.

What is modelled
----------------
An OCR-free document-understanding model (a Donut / Pix2Struct-style image encoder and text decoder) is trained
on rendered pages with PyTorch Lightning and DDP on ``N`` nodes (1-4, elastic) of ``G`` GPUs (4 or 8), ``T``
pages a GPU and step (2-16). The loader decodes and rasterises the pages and augments them (15-55 % of a step, or
in 30 % of the runs 75-125 %, when it can bind); a resolution stage raises the GPU's cost a page. Local rank 0 of
each node adds its node's pages to ``doc_pages_total`` after each step (``prometheus_client`` in the process).
Every 160-480 points the job evaluates (every 1st-3rd time with a checkpoint): a pause. The collection path:

* **tcollector**: each node runs a collector every ``P`` (10, 15 or 30 s) that reads the exporter and prints
  the counter with a whole-second timestamp; a failed read (0.05-0.5 %, 10-50 % while a checkpoint is pickled)
  prints nothing; a collector that dies (Poisson 0.3-2.5 a run) is restarted 5-300 s later, its lines lost;
* **dedup**: a value equal to the last one sent is held back for up to 300 s; when it changes, the last held-back
  line goes first. So in a pause a series has a line every 300 s, and its 1-minute windows are mostly empty;
* **series**: one per host tag; a process restarted in place (an NCCL timeout) writes into its hosts' series
  (its counter falls: a roll-over at Long.MAX_VALUE, a rate over ``resetValue``, read as 0); a rescheduled or
  resubmitted job lands on other hosts, new series;
* **the read**: per series the rate between its stored points, averaged per minute (no fill); summed over the
  series at every minute any has, a series missing there interpolated linearly between its neighbouring minutes
  (none before its first or after its last); a minute none has is missing and the poller writes 0. So a collector's
  death is bridged, a pause's first minutes read a line falling from the rate before it to the 0 of its first
  repeated line (its last ones a line rising from the last repeat to the rate after it), and a restart in place
  reads a bridge between the minutes around it.

Healthy behaviour (none of it labelled), planned changes and regressions are generator 32's frame with the job's
names: the pages' costs wander (the shuffle through corpora of other layouts, the file system's load, the clocks),
epochs, the cluster's busy hours, the start-up, evaluations, restarts (preemption 45 %, node failure 25 %, NCCL
timeout 30 %), other nodes' cold page caches and kernel warm-ups. **Listed in ``changes``**: world-size changes at
a rescheduling restart, a resolution stage (the GPU's cost a page up), a new corpus by resubmission (the loader
1.8-3.2x or 0.35-0.6x), each only where it moves the rate by 10 % and the level seen by 8 %. Labelled regressions:
``drop`` (GPUs at low clocks; a degraded file system; a broken fused-kernel image after a restart; a flapping
switch port), ``straggler`` (a neighbour's processes on a node's CPUs; a GPU's thermal bursts), ``leak`` (a
rendered-page cache swapping the node; a callback keeping every token's loss; the allocator fragmenting), placed,
calibrated and kept as in generator 32 (depth 7-35 %, about 30 % of onsets at or in a pause). A regression makes
whole steps late; ``healthy`` aligns point by point and equals ``values`` outside the events.

Counts over ``heldout33_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     30      10    9          11    0.080-0.325  12              6-22 (276 spans, 0 >60)      3
long      31      11    10         10    0.083-0.300  13              30-110 (237 spans, 132 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are
left out of the span ranges. ``changes``: short 10 (6 world-size changes, 2 resolution stages, 2 new corpora),
long 8 (3 world-size changes, 4 resolution stages, 1 new corpus). Over both sets: collector intervals of 10, 15
and 30 s in 3, 17 and 4 runs; 5 of the 24 runs on one node at the start, 21 with 8 GPUs a node; 40 restarts (18
preemptions, 9 node failures, 10 NCCL timeouts restarted in place, 3 resubmissions); 46 collector deaths in 20
runs; 1287294 collections in 130 series.

Usage::

    from anomaly.heldout33 import heldout33_set
    for trace in heldout33_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from anomaly.heldout_common import (SETTINGS, apply_mods, bad_share, calibrate, cause_buckets, change_points,
                                    draw_regression, every_fourth_clean, family_trace, live_mask, ou_path,
                                    seg_buckets, seg_columns, smax, span_len, twostate, wobble)
from anomaly.traces import Trace

HELDOUT33_SEEDS = tuple(range(332000, 332012))

_PAUSE = {"short": (6, 22, 8, 13), "long": (30, 110, 40, 72)}  # span (points) lo, hi; median lo, hi
_W = 15.0  # the simulation grid: 15-s buckets
_DT = 60.0  # a point: the poller's 60-s ``time_group=average`` window
_PERIODS = (10.0, 15.0, 30.0)  # the tcollector collector's interval (s)
_DEDUP = 300.0  # tcollector's ``--dedup-interval`` (its default)
_RESET = 1e7  # the poller's ``resetValue``: a rate (pages/s) over it reads 0
_P_KIND = (0.34, 0.33, 0.33)
_MIN_MOVE = 0.1  # a planned change is made only where it moves the rate by 10 % or more
_MARGIN = 10  # points of training kept between a pause's end and a restart, or a restart and an evaluation


@dataclass
class _Job:
    """A document model's step (seconds) on ``N`` nodes of ``G`` GPUs, ``T`` pages a GPU; ``sf`` the
    resolution stage's GPU cost against the first, ``mf`` the corpus's loader cost."""

    G: int
    T: int
    gpu0: float  # GPU s a step at the first stage (the image encoder and text decoder, forward and backward)
    cpu0: float  # loader s a step (decoding, rasterising and augmenting pages; its workers together)
    fix: float  # the optimizer step
    ar: float  # the gradient all-reduce across nodes, per (1 + log2(N) / 2)
    dbl: float  # the GPU cost a page when the resolution stage doubles its patches
    cold: float  # the loader on a node whose page cache does not hold the page files yet

    def samples(self, N):
        """Pages per step (all ranks)."""
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
    sf: float  # the resolution stage's GPU factor
    mf: float  # the corpus's loader factor
    lf: float  # the epoch's shuffle (relative cost of the regions it walks through)


@dataclass
class _Ins:
    """The collection path's settings and its troubles."""

    period: float  # the collector's interval
    tick: float  # its offset in each interval (s)
    lat: float  # the usual time to read the trainer's exporter (s)
    p_fail: float  # a read that fails (no line this interval); during a checkpoint's save: ``p_ck``
    p_ck: float
    agent: list  # (t, down): a collector died on one host, restarted by tcollector ``down`` s later
    dedup: float = _DEDUP


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
    eps: np.ndarray  # each bucket's steps against their mean (its pages' layouts, the host's jitter)
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

    @property
    def F(self) -> float:
        """Pages a node does per step."""
        return float(self.job.G * self.job.T)


def _span_len(rng, setting: str, scale: float = 1.0) -> float:
    return span_len(rng, _PAUSE, setting, scale)


def _draw_job(rng, N: int) -> _Job:
    """A step of 0.2-1.5 s at the start; the loader 15-55 % of the step, or (few CPU cores a GPU: 30 % of the runs)
    75-125 %, when it can bind; a windowed-attention encoder (60 %) costs 5-12 % more a page when the resolution
    doubles, a global-attention one 30-70 %."""
    G = int(rng.choice([4, 8], p=[0.35, 0.65]))
    T = int(rng.choice([2, 4, 8, 16], p=[0.2, 0.35, 0.3, 0.15]))  # pages a GPU and step
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
    """The collector's interval, its reads' latency and failures, and the collectors' deaths (Poisson 0.3-2.5 a run;
    tcollector restarts a dead one after 5-300 s)."""
    P = float(rng.choice(_PERIODS, p=[0.3, 0.5, 0.2]))
    agent = [(t, float(rng.uniform(5.0, 300.0))) for t in np.sort(rng.uniform(0, T, rng.poisson(rng.uniform(0.3,
                                                                                                          2.5))))]
    return _Ins(period=P, tick=rng.uniform(0.0, 1.0), lat=rng.uniform(0.005, 0.06), p_fail=rng.uniform(0.0005, 0.005),
                p_ck=rng.uniform(0.1, 0.5), agent=agent)


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
    lead = (2 * ins.period + dt) / dt + 1.0  # points a pause reaches past its end
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
    t = pause()  # the pods start: the corpus index, the tokenizer, the model
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
        # an evaluation: held-out pages' token loss (and, in the long setting, document benchmark
        # tasks: promoters, enhancers, splice sites); every ck_every-th one a checkpoint
        ev += 1
        ck = ev % ck_every == 0
        lf_new = lf * float(np.exp(rng.normal(0, 0.015)))  # the next epoch's shuffle
        kind = "stage" if ev == st_ev else ("corpus" if ev == co_ev else "")
        if kind and t + 500 * dt < T:
            up = int(rng.choice([1, 2], p=[0.7, 0.3]))  # the resolution doubles (or quadruples) the patches
            sf_new = sf * job.dbl ** up
            mf_new = mf * (rng.uniform(1.8, 3.2) if rng.random() < 0.6 else rng.uniform(0.35, 0.6))
            new = (N, sf_new, mf * lf_new) if kind == "stage" else (N, sf, mf_new * lf_new)
            dur = pause(1.3)
            if _moves(job, mix, (N, sf, mf * lf), new, t + dur, dt):
                if kind == "corpus":  # the user resubmits from this checkpoint with more corpora (or one)
                    procs[-1][1] = t + rng.uniform(0.05, 0.2) * dur
                    procs[-1][3] = "resubmit"
                    pauses_t.append((t, t + dur, "resubmit"))
                    restarts.append((t, t + dur, False))
                    ends.append("resubmit")
                    jb += 1
                    procs.append([t + rng.uniform(0.3, 0.5) * dur, None, t + dur, "", jb])
                    proc += 1
                    mf = mf_new
                else:  # the curriculum's next stage: higher resolution, fewer a batch (a checkpoint's pause)
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
    # the shuffle walks through corpora of other layouts: the loader's decoding and
    # the kernels' padding wander
    walk = np.exp(ou_path(rng, K * _W, rng.uniform(0.008, 0.04), rng.uniform(300, 3000))[mi])
    cpu, gpu = cpu * walk, gpu * walk ** 0.5
    tc = np.cumsum(train)
    start = np.array([p[2] for p in procs])
    since = np.maximum(tc - np.interp(start[pb], tb + _W, tc), 0.0)  # training seconds since the process started
    seg_t0 = np.array([s.t0 for s in segs])[np.maximum(seg_of, 0)]
    fresh = np.maximum(tc - np.interp(seg_t0, tb + _W, tc), 0.0)  # ... since the stretch started
    cpu = cpu * (1 + rng.uniform(0.15, 0.7) * np.exp(-fresh / rng.uniform(20, 150)))  # the workers start anew
    if rng.random() < 0.5:  # torch.compile and the attention kernels, per resolution
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
    cold = np.array([not x for x in inplace])[pb]  # a node new to the job reads the page files over the network
    cpu = cpu * np.where(cold, 1 + (job.cold - 1) * np.exp(-since / rng.uniform(900, 4800)), 1.0)
    for arr in (cpu, gpu, fix, ar, gmul):
        arr[~on] = 1.0
    step0 = smax(cpu, gpu * gmul + fix + ar)
    # stalls: garbage collection, a slow read of a page file's block, the exporter's thread holding the GIL
    stall = np.where(rng.random(K) < _W / rng.uniform(240, 1500), rng.uniform(0.5, 5.0, K), 0.0)
    eff = np.where(on, np.maximum(train - stall, 0.0), 0.0)
    sj = rng.uniform(0.03, 0.12)  # a step's spread
    m = np.maximum(eff / step0, 1.0)
    eps = np.exp(rng.normal(0, 1, K) * sj / np.sqrt(m) - 0.5 * sj * sj / m)
    return train, on, Nb, cpu, gpu, fix, ar, gmul, eff, eps


def _ticks(rng, ins: _Ins, up: float, down: float, ck) -> np.ndarray:
    """One exporter's collections while it is up (``up`` .. ``down``): tcollector runs the node's collector every
    ``P`` s; it reads the trainer's exporter and prints the counter with a whole-second timestamp. A read that fails
    (more often while the process pickles a checkpoint: the spans ``ck``) prints nothing. Returns the times."""
    P = ins.period
    tick = P * np.ceil(up / P) + ins.tick + P * np.arange(int((down - up) / P) + 1)
    tick = tick[tick < down]
    lat = ins.lat * np.exp(rng.normal(0, 0.5, len(tick)))
    p = np.full(len(tick), ins.p_fail)
    for a, b in ck:
        p[(tick >= a) & (tick < b)] = ins.p_ck
    ok = (rng.random(len(tick)) >= p) & (tick + lat < down)
    return np.floor(tick + lat)[ok]


def _collect(rng, n, dt, k, K, job, ins, mix, segs, procs, pauses_t, restarts, known_t, known_kind, ends) -> _Run:
    """The run's steps on the bucket grid and each exporter's collections, each in its host's series (the metric
    with its ``host`` tag): a process restarted in place (an NCCL timeout) writes into its hosts' series; a
    rescheduled or resubmitted one lands on other hosts, new series. A collector that dies is restarted by
    tcollector after ``down`` s; its collections in between are lost (the series goes on)."""
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
    for a, down in ins.agent:  # a collector died on one host: tcollector restarts it after ``down`` s
        live = [c for c in np.unique(chart) if real[chart == c].min() < a < real[chart == c].max()]
        if live:
            c = live[int(rng.integers(len(live)))]
            drop |= (chart == c) & (real >= a) & (real < a + down)
    real, strm, s0a, chart = real[~drop], strm[~drop], s0a[~drop], chart[~drop]
    idx = np.maximum(np.floor(np.interp(real, edges, C) - np.interp(s0a, edges, C) + 1e-9), 0.0)
    return _Run(dt=dt, k=k, n=n, ins=ins, train=train, cpu=cpu, gpu=gpu, fix=fix, ar=ar, gmul=gmul,
                nodes=Nb * 1.0, eff=eff, eps=eps, edges=edges, procs=[list(p) for p in procs], real=real,
                stream=strm.astype(int), s0=s0a, idx=idx, chart=chart, segs=segs, pauses_t=pauses_t,
                restarts=restarts, known_t=known_t, known_kind=known_kind, ends=ends, mix=mix, job=job)


def _dedup(t: np.ndarray, v: np.ndarray, every: float) -> np.ndarray:
    """Which of one series' lines tcollector sends (``--dedup-interval``): a value equal to the last one sent is
    held back until ``every`` s have passed since that one; when the value changes, the last held-back line is
    sent first, then the new one. The series' last held-back line (the series ends) is never sent."""
    keep = np.ones(len(t), bool)
    starts = np.nonzero(np.r_[True, v[1:] != v[:-1]])[0]
    for a, b in zip(starts, np.r_[starts[1:], len(t)]):
        if b - a < 2:
            continue
        last = t[a]
        for i in range(a + 1, b):
            if t[i] - last >= every:
                last = t[i]
            else:
                keep[i] = False
        keep[b - 1] = b < len(t) or keep[b - 1]
    return keep


def _series_rates(t: np.ndarray, v: np.ndarray, reset: float) -> tuple[np.ndarray, np.ndarray]:
    """One series' ``rate{counter,,reset}``: per stored point after the first, the rise since the previous point
    over the seconds between them; a fall is a counter's roll-over at ``counterMax`` (Long.MAX_VALUE), a rate far
    over ``resetValue``, which reads 0. Returns the points' times and rates."""
    d = np.diff(v)
    r = d / np.diff(t)
    return t[1:], np.where((d < 0) | (r > reset), 0.0, r)


def _read(run: _Run, v: np.ndarray) -> np.ndarray:
    """The points: ``sum:1m-avg:rate{counter,,R}:doc_pages_total{host=*}`` per 60-s window. Each series' lines
    as tcollector sends them (:func:`_dedup`), its rates (:func:`_series_rates`), their average per window
    (``1m-avg``, no fill: an empty window has no value); then ``sum`` over the series at every window any of them
    has, a series without a value there linearly interpolated between its neighbouring values (``lerp``), none
    before its first or after its last. A window no series has is missing: the poller writes 0."""
    dt, n = run.dt, run.n
    order = np.lexsort((run.real, run.chart))
    t, ch = run.real[order], run.chart[order]
    x = v[order]
    cut = np.r_[0, np.nonzero(np.diff(ch))[0] + 1, len(ch)]
    out, have = np.zeros(n), np.zeros(n, bool)
    for a, b in zip(cut[:-1], cut[1:]):
        keep = _dedup(t[a:b], x[a:b], run.ins.dedup)
        if keep.sum() < 2:
            continue
        tr, r = _series_rates(t[a:b][keep], x[a:b][keep], _RESET)
        w = (tr // dt).astype(int)
        m = w < n
        c = np.bincount(w[m], minlength=n)
        if not c.any():
            continue
        avg = np.bincount(w[m], r[m], n) / np.maximum(c, 1)
        own = np.nonzero(c)[0]
        span = np.arange(own[0], own[-1] + 1)
        out[span] += np.interp(span, own, avg[own])
        have[own] = True
    return np.where(have, out, 0.0)


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
    """The job's noise-free pages/s in each bucket of ``[b0, b1)``."""
    return run.job.samples(run.nodes[b0:b1]) / _steps(run, mods, b0, b1)


def _counts(run: _Run, mods=()) -> np.ndarray:
    """Each collection's steps of its process by then. A regression makes whole steps late: by a collection its
    process has done the healthy run's steps less the steps it lost (whole ones, per regression) since it
    started."""
    cnt = run.idx.copy()
    for md in mods:
        lo, hi = md.b0, md.b1
        d = np.zeros(len(run.edges))
        sh = _steps(run, [], lo, hi)
        d[lo + 1:hi + 1] = np.cumsum(run.eff[lo:hi] * run.eps[lo:hi] * (1 / sh - 1 / _steps(run, [md], lo, hi)))
        d[hi + 1:] = d[hi]
        lost = np.interp(np.maximum(run.real, run.s0), run.edges, d) - np.interp(run.s0, run.edges, d)
        cnt = cnt - np.floor(lost + 1e-9)
    if mods:  # the steps done never fall within a process: the count a collection sees is the highest so far
        off = np.cumsum(np.r_[0, run.stream[1:] != run.stream[:-1]]) * 1e12  # (a stream's collections lie together)
        cnt = np.maximum.accumulate(cnt + off) - off
    return np.maximum(cnt, 0.0)


def _values(run: _Run, mods=()) -> np.ndarray:
    """Each collection's value: the node's ``doc_pages_total`` (its process's steps times its pages a step)."""
    return _counts(run, mods) * run.F


def _series(run: _Run, mods=()) -> np.ndarray:
    """The trace's points, one per window."""
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
    if name == "filesystem":  # the parallel file system serving the page files degraded (a rebuild, a metadata server)
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
    if name == "cropcache":  # the loader workers cache every rendered page they decode: the node swaps
        return (lambda A: _Mod(b0, b1, cpu=1 + A * r)), 6.0, t1
    if name == "perbase":  # a callback keeps every position's loss on the host for a per-region perplexity plot
        return (lambda A: _Mod(b0, b1, fix=1 + A * r)), 40.0, t1
    return (lambda A: _Mod(b0, b1, gpu=1 + A * r)), 2.0, t1  # FFT workspaces fragment the caching allocator


def _draw_event(rng, run: _Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` with onset in ``[lo, hi)``: an ``(Event, _Mod)`` pair, or None."""
    return draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=_P_KIND, causes=_CAUSES,
                           cause=_cause,
                           calib=lambda mod_of, a, tgt, b0, b1: calibrate(lambda m: _rates(run, m, b0, b1), mod_of,
                                                                          a, tgt, run.train[b0:b1] > 0),
                           series=lambda mod, lo, b1: (_series(run, [mod]), 0),
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
    return 1_903_200_000.0 + 86400.0 * (seed % 79)


def _build(seed: int, n: int, pauses: str):
    """The healthy run of ``seed``: ``(run, healthy series, pause spans, live mask, changes)``."""
    run = _schedule(np.random.default_rng([seed, SETTINGS[pauses], 331]), n, pauses)
    healthy = _series(run)
    spans = _spans(run.pauses_t, run.dt, 2 * run.ins.period + run.dt, n)
    changes = change_points([int(t // run.dt) for t in run.known_t], spans, n)
    return run, healthy, spans, live_mask(spans, n), changes


def make_heldout33(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One document-understanding model's training pages/s (per-node Prometheus counters read by tcollector, sent
    to OpenTSDB and read back per minute as ``sum:1m-avg:rate{counter}``) with labelled regressions and its planned
    level changes (deterministic in ``seed``).

    Parameters
    ----------
    seed : random seed.
    n : number of points (>= 2000).
    pauses : ``"short"`` (pauses of 6-22 points) or ``"long"`` (30-110 points, many over 60).
    n_events : number of regressions to place; ``0`` gives a clean run, ``None`` draws 3 or 4.
    """
    return family_trace(_build, _draw_event, _series, _P_KIND, seed, n, pauses, n_events, 332,
                        lambda run: _origin(seed) + run.dt * np.arange(n))


def heldout33_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT33_SEEDS) -> list[Trace]:
    """The family's traces, one per seed; every fourth trace is a clean run."""
    return every_fourth_clean(make_heldout33, seeds, n, pauses)
