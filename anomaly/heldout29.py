"""The twenty-ninth held-out throughput family: a dense passage retriever's training queries/s, a per-node Prometheus
counter that Thanos keeps at 5-minute resolution after its compactor downsampled it, read back as
``sum(rate(retriever_train_queries_total[W]))`` with ``max_source_resolution=5m``.

Written blind, this session: the author read only ``/work/HELPERS.md``, the shared helpers
(``anomaly/heldout_common.py``, ``tests/trace_checks.py``), the twenty-eighth generator and its tests as a model of
API, structure and tests, the first 15 lines of generators 3-27 (to take another job and another collection path: no
earlier one is a text retriever or Thanos), the first 110 lines of ``tests/test_architecture.py``, lines 36-80 of
``anomaly/traces.py`` (the ``Event``/``Trace`` definitions) -- and saw the names of the files in ``anomaly/`` in a
directory listing and grepped ``pyproject.toml`` for a lint section (none) -- and public sources: Thanos' code of the
compactor's downsampling (``pkg/compact/downsample/downsample.go`` in a 2018 and in recent versions: the
``aggregator``, ``currentWindow``, ``targetChunkCount``, ``DownsampleRaw``'s batches, ``downsampleBatch``, the first
and last raw values a chunk keeps and ``ApplyCounterResetsSeriesIterator``) and of its querier's series set (the
counter aggregate read through that iterator), Thanos' compactor docs (5m resolution for blocks over 40 hours),
Thanos issues #1568 and PR #1709 (a reset at a chunk boundary; the chunk's first raw value), #1115 (``rate[5m]``
gives nothing on 5m data) and #922 (inflated values with auto-downsampling, read, not modelled), and Prometheus'
``extrapolatedRate`` (``promql/functions.go``, in several versions, with excerpts of other engines' copies of it and
a blog's walk-through that the search returned) -- the searches also showed excerpts of other systems'
downsampling (FiloDB, carbon-relay-ng, OpenTSDB, Elasticsearch; not used) and of other Thanos issues (#188, #198,
#1250, #1808, #7908, discussion #6293; not modelled); never a detector, and never ran a detector on these traces.

Size: over 500 lines because the docstring (its table and the measured counts the tests check) is nearly a
quarter of it.

What is modelled
----------------
A dense passage retriever (a BERT-style bi-encoder, DPR/ANCE-style) is trained with a contrastive loss on
query-passage pairs: each of ``q`` queries a GPU (16, 32 or 64) comes with its positive passage and ``h`` hard
negatives (1-7), the passages cut at ``L`` tokens (128, 192 or 256) and padded per batch, the other GPUs' passages
gathered as in-batch negatives. DDP on ``N`` nodes (1-4, elastic) of ``G`` GPUs (4 or 8). A step costs the query
encoder (5-15 % of the GPU time), the passage encoder (growing as ``L ** 1.15`` and with ``1 + h``), the loader
(the fast tokenizer and the collator: 15-55 % of a step, or in 35 % of the runs, few workers, 70-125 %, when it can
bind), the optimizer, and the all-gather and all-reduce across nodes (4-12 %); 0.35-1.4 s at the start.

Every 150-450 points of training the job **refreshes its hard negatives** (ANCE's refresh, run synchronously): it
encodes the corpus with its current weights, builds a FAISS index, mines new negatives for the training queries and
measures MRR@10 on the dev queries: a pause (the "short" setting: a passage collection of millions, tens of minutes;
"long": a web-scale one, hours), every 1st-3rd one with a checkpoint. Local rank 0 of each pod counts its node's
training queries on a ``prometheus_client`` counter ``retriever_train_queries_total`` (from 0 with each process,
served from the process' start) after each step. So:

* **scrapes**: Prometheus scrapes each pod every ``scrape_interval`` ``P`` (15, 30 or 60 s) at an offset from the
  target's hash, stamping the scrape's start; a scrape times out now and then (0.05-0.5 %, five times as often
  while a refresh loads the host) and leaves no sample; Prometheus restarts (Poisson 0.2-1.2 a run, 1-10 minutes:
  a rollout, an OOM kill, the WAL replayed) and scrapes nothing meanwhile;
* **downsampling**: the sidecar ships 2-hour blocks, the compactor merges them into 2-day blocks (aligned to the
  epoch) and writes their 5m version: per series, ``targetChunkCount`` chunks (under 140 windows each: about 10 h
  whatever the scrape interval), each batch of samples extended to the end of its last 5-minute window; per chunk
  the counter aggregate holds the chunk's first raw value (at its time), per window the chunk's
  ``aggregator.counter`` (its first sample sets it; a fall is a reset and adds the new value, else the increase)
  stamped at the window's end less 1 ms -- the chunk's last window at its last raw sample's time -- and the last raw
  value again at that time;
* **the query**: the trace is exported after the run (the compactor done) as a range query of
  ``sum(rate(retriever_train_queries_total[W]))`` (``W`` 10, 15 or 20 minutes) with ``step=5m`` and
  ``max_source_resolution=5m``: the querier reads the counter aggregate through ``ApplyCounterResetsSeriesIterator``
  (a sample at the time of the one before it only sets the value the next is compared with; a fall adds the new
  value) and PromQL's ``rate()`` takes the samples in ``(T - W, T]`` (two needed), extrapolates their increase to
  the window's edges where the first or last lies within 1.1 average intervals of it (else by half an interval;
  towards the start no further than the counter's zero) and divides by ``W``; a series without two samples is left
  out; a step no series answered keeps the point before it (0 before the first). A point's window reaches ``W`` back:
  a pause's span runs on for ``W`` and a step after it;
* **the artefacts**: a window's counter is the one of its last scrape, stamped up to ``P`` later; at a chunk
  boundary the chunk's first raw sample adds a sample to a window, the average interval falls and the extrapolation
  towards the window's start is cut to half an interval: every chunk boundary (about every 10 hours per series, in
  every series at about the same window) makes the step after it read low -- by about 38 % with ``W`` of 10
  minutes, 22 % with 15 and 16 % with 20 -- in healthy training; a Prometheus restart of over 5 minutes leaves a
  window without a sample (with ``W`` of 10 minutes a point may lack a series, or keep the point before it). The
  1h resolution (blocks over 10 days) is not read;
* **restarts**: a pod restarted in place (an OOM kill) keeps its series, whose counter falls to 0 (a reset the
  aggregator and the iterator add back); a rescheduled pod (a preemption, a node failure) or a resubmitted job starts
  new series; the old ones end.

Healthy behaviour (none of it labelled):

* **the batches**: each 15-s bucket's steps vary with its batches' padded lengths and the host's jitter (a step's
  spread 4-12 %); the shards group passages by source and their padded lengths wander (Ornstein-Uhlenbeck, log-sd
  1-4 %, 5-40 min); the loader's cost wanders with the shared file system's load (log-sd 3-8 %, 20-120 min), the GPU
  path a little with its clocks (0.5-1.5 %); stalls of 1-6 s now and then;
* **the refreshes' negatives**: each refresh mines new negatives whose padded length differs (the first, after the
  BM25 negatives the run starts with, by a log-sd of 5 %, later ones 1.5 %): small unlisted level steps at refreshes;
* **the cluster's busy hours**: the collectives of multi-node runs (up to 1.5x) and the file system (up to 1.16x);
* **the start-up** (the corpus' token shards, the first negatives and the model load: a pause at the start),
  **refreshes** (a checkpoint with every 1st-3rd one, 1.25x longer) and **restarts** (Poisson 0.5-2 a run; 1.5x a
  pause): a preemption (45 %), a node failure (25 %) or an OOM kill (30 %), the job resumed from its last checkpoint,
  never within 10 points after a pause ends; rescheduled pods land on other nodes (3 % faster or slower: unlisted
  level steps) whose page cache does not hold the token shards yet (the loader 1.15-1.6x, fading over 20-90 min);
  the tokenizer workers start (1.5-3x, over 10-60 s) and the encoders' kernels warm up (with ``torch.compile``, half
  the runs, 1.5-3x fading over 2-15 min as it meets new padded lengths; else 1.1-1.4x over 1-5 min).

Planned level changes, **listed in ``changes``** (the first point after the span of the pause they follow), each
made only where it moves the rate by 10 % or more on the loader's cost after it and the level seen 8 % or more:

* **world-size changes** at a rescheduling restart (tried at 30 % of them): the elastic job resumes on 1-4 nodes,
  another number;
* **more hard negatives** (tried in 45 % of the runs, at a refresh 20-60 % of the way): the refresh writes 2 or 4
  more negatives a query and the trainer builds its dataset anew (a checkpoint's pause);
* **longer passages** (tried in 40 % of the runs, at a refresh 50-85 % of the way): the user resubmits the job
  from the refresh's checkpoint with passages cut at 1.5 or 2 times the length (at most 512 tokens).

A regression changes a step's parts inside its buckets; the run's clock (steps, pauses, scrapes) stays the healthy
run's, so ``healthy`` (the same run without regressions) aligns point by point and equals ``values`` outside the
events: a regression makes whole steps late, so by each scrape from its onset on the process has done the healthy
run's steps less those it lost (its counter never falls), and after it every increase is the healthy one (a
constant offset, which the aggregate carries and no rate sees). No event holds a point of ``changes``.

Labelled regressions (their causes are a GPU cluster's and the job's)
-------------------------------------------------------------------
* ``drop``: a node's GPUs held at low clocks (a power cap, a failed fan: the GPU path up to 3.5x); the shared file
  system serving the token shards degraded (a failover, a rebuild: the loader up to 7x, swinging 25 %, not ended by
  a restart); a restart that pulls an image without the Rust ``tokenizers`` wheel, so the slow Python tokenizer runs
  (the loader up to 9x; from a restart onto as many nodes, until the next one); or a flapping switch port (the
  collectives up to 9x, swinging 15 %, not ended by a restart); 150-1400 points or to the end;
* ``straggler``: another pod's processes on a node's CPUs throttling its tokenizer workers (bursts of 20-180 s every
  60-600 s, up to 8x, 5 % of that between them), or a GPU's thermal slowdown in bursts of 5-60 s every 30-300 s (the
  GPU path up to 6x); 80-500 points;
* ``leak``: the loader workers' copies of the mined negatives' texts growing until the node swaps (the loader up to
  7x), a debugging hook that keeps every step's embeddings and scores on the host (the optimizer's part up to 31x),
  or the FAISS index left on the GPU fragmenting the caching allocator (the GPU path up to 3x), each growing as
  ``r ** p`` of its ramp (``p`` 0.7-1.5) over 250-1800 points, then held 80-600 points; a node's or process's fault
  ends at the next restart.

Each trace with events holds every kind once, in a random order, and a fourth of a random kind in 40 % of them,
one per stretch from point 600 on. A regression's magnitude is set by bisection to a drawn noise-free loss (drops
8-33 %, stragglers 10-30 %, a leak 12-40 % over its plateau); about 30 % of the other onsets lie at the end of a
pause or inside it. An event is kept only when its measured depth is 7-35 %, its values lie below the healthy twin
on more than 60 % of its points, it holds no listed change, and it shows within 60 points (a leak: along its ramp).
A fault on the side that does not bind needs a large magnitude to show, and is redrawn where even its largest
does not.

Counts over ``heldout29_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     29      10    10         9     0.084-0.293  9               8-26 (276 spans, 0 >60)      3
long      32      10    12         10    0.080-0.302  12              30-112 (213 spans, 130 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are
left out of the span ranges. Pause spans include the start-up and restarts. ``changes`` (planned level changes the
monitor knows of): short 13 (4 world-size changes, 4 more hard negatives, 5 longer passages), long 9 (1 world-size
change, 4 more hard negatives, 4 longer passages). Measured at them (the healthy level's medians, 300 live points
before, points 100-400 after): world-size changes 0.51-2.60x (5), more hard negatives 0.53-0.87x (8), longer
passages 0.47-0.73x (9). The file system's load, the clocks, the shards' lengths, the refreshes' negatives, the
cluster's day, the other nodes and their cold page cache after a rescheduling, the warm-ups and the chunk
boundaries' low points are level changes the monitor is not told of. Over both sets: scrape intervals of 15, 30 and
60 s in 7, 9 and 8 runs; windows of 10, 15 and 20 minutes in 9, 11 and 4; 6 of the 24 runs on one node at the
start, 19 with 8 GPUs a node; 45 restarts (12 preemptions, 7 node failures, 17 OOM kills restarted in place, 9
resubmissions); 21 restarts of Prometheus in 13 runs; 3777212 scrapes due, 13619 of them timed out and 426 skipped;
3059 chunks of the counter aggregate over 138 series. No live point reads 0. Generating both settings takes about
3 s.

Usage::

    from anomaly.heldout29 import heldout29_set
    for trace in heldout29_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from anomaly.heldout_common import (SETTINGS, apply_mods, bad_share, calibrate, cause_buckets, change_points,
                                    draw_regression, every_fourth_clean, family_trace, live_mask, ou_path,
                                    seg_buckets, seg_columns, smax, span_len, twostate, wobble)
from anomaly.traces import Trace

HELDOUT29_SEEDS = tuple(range(292000, 292012))

_PAUSE = {"short": (8, 26, 10, 16), "long": (30, 112, 42, 80)}  # span (points) lo, hi; median lo, hi
_W = 15.0  # the simulation grid: 15-s buckets
_DT = 300.0  # the query's step: one point per 5-minute window of the downsampled data
_RES = 300_000  # Thanos' 5m resolution (ms)
_BLOCK = 172_800.0  # the compactor downsamples 2-day blocks to 5m (their chunks are kept by later compactions)
_PERIODS = (15.0, 30.0, 60.0)  # Prometheus' scrape_interval
_WINDOWS = (600.0, 900.0, 1200.0)  # the range of the query's rate()
_P_KIND = (0.34, 0.33, 0.33)
_MIN_MOVE = 0.1  # a planned change is made only where it moves the rate by 10 % or more
_MARGIN = 10  # points of training kept between a pause's end and a restart, or a restart and a refresh


@dataclass
class _Job:
    """A bi-encoder's step (seconds) on ``N`` nodes of ``G`` GPUs: ``q`` queries a GPU, each with its positive and
    ``h`` hard negatives, passages cut at ``L`` tokens; ``lf`` the mean padded length of the mined passages against
    the first negatives'."""

    G: int
    q: int
    h0: int  # hard negatives a query at the start
    L0: int  # the passages' maximum length (tokens) at the start
    aq: float  # GPU s a query (the query encoder, 32 tokens)
    ap: float  # GPU s a passage of 128 tokens (the passage encoder), at the slowest rank's padded length
    lc: float  # loader s a passage of 128 tokens (the fast tokenizer, the collator; its workers together)
    fix: float  # the optimizer step, the grad scaler
    ar: float  # the embeddings' all-gather and the gradient all-reduce across nodes, per (1 + log2(N) / 2)
    cold: float  # the loader on a node whose page cache does not hold the corpus' token shards yet

    def samples(self, N):
        """Queries per step (all ranks)."""
        return self.G * self.q * np.asarray(N, float)

    def parts(self, N, h, L, lf) -> tuple[float, float, float, float]:
        """``(cpu, gpu, fix, ar)`` of a step: the loader, the encoders (attention makes a passage's cost grow a
        little faster than its length), the optimizer and the collectives (NVLink only on one node)."""
        per = self.q * (1 + h) * lf
        gpu = self.q * self.aq + per * self.ap * (L / 128.0) ** 1.15
        cpu = per * self.lc * (L / 128.0)
        ar = self.ar * (1 + 0.5 * np.log2(N)) if N > 1 else 0.25 * self.ar
        return cpu, gpu, self.fix, ar


@dataclass
class _Seg:
    """A stretch of training in one process with one configuration."""

    t0: float
    t1: float
    ev: int  # refreshes done before it
    proc: int
    N: int
    h: int  # hard negatives a query
    L: int  # the passages' maximum length
    lf: float  # the mined negatives' padded length (relative)


@dataclass
class _Prom:
    """The collection path's settings and its troubles."""

    period: float  # Prometheus' scrape_interval
    window: float  # the range of the query's rate()
    p_fail: float  # a scrape that times out (the exporter's thread starved by the training loop)
    outages: list  # (t0, t1): Prometheus restarting (a rollout, an OOM kill, the WAL replayed): no scrapes


@dataclass
class _Run:
    """The healthy run on the grid of 15-s buckets (``K = n * k``), its scrapes and their 5m aggregates."""

    dt: float
    k: int
    n: int
    prom: _Prom
    train: np.ndarray
    cpu: np.ndarray
    gpu: np.ndarray
    fix: np.ndarray
    ar: np.ndarray
    gmul: np.ndarray  # the warm-up of the encoders' kernels (torch.compile, cuDNN/cuBLAS heuristics)
    nodes: np.ndarray
    eff: np.ndarray  # seconds spent stepping (less stalls)
    eps: np.ndarray  # each bucket's steps against their mean (the padded lengths of its batches)
    edges: np.ndarray
    procs: list  # per process: [exporter up, down, first training time, restarted in place, job]
    sids: list  # per process: its pods' series
    ts: np.ndarray  # per scrape (ordered by series, then time): its timestamp (ms from the run's start)
    real: np.ndarray  # when the exporter answered (s)
    sid: np.ndarray
    stream: np.ndarray  # one per process and pod
    s0: np.ndarray  # its process's first training time
    idx: np.ndarray  # the healthy run's steps of its process by then
    chunk: np.ndarray  # per scrape: the downsampled chunk it went into
    seq_src: np.ndarray  # the counter aggregate's samples: the scrape each is read from ...
    seq_t: np.ndarray  # ... its timestamp (ms) ...
    seq_kind: np.ndarray  # ... 0: a chunk's first raw value, 1: a window's counter, 2: a chunk's last raw value
    seq_cut: list  # per series: its slice of the aggregate's samples
    segs: list
    pauses_t: list  # (t0, t1, kind): "start", "refresh", "ckpt", "restart", "resubmit"
    restarts: list  # (stop, resume, same): same = the job resumed on as many nodes with the same configuration
    known_t: list
    known_kind: list  # "world", "negatives", "length"
    ends: list  # per process but the last: how it ended ("preempt", "node", "oom", "resubmit")
    mix: np.ndarray  # log loader cost (the file system's load) on a 60-s grid
    ticks: int  # scrapes due while a pod's exporter was up
    failed: int  # of them timed out
    skipped: int  # of them not run (Prometheus down)
    job: _Job | None = None
    healthy: np.ndarray | None = None  # the healthy run's points (kept for speed: a run without regressions reads so)
    kept: dict | None = None  # what the reads take of the scrapes (:func:`_by_chunk`, :func:`_by_stream`)

    @property
    def F(self) -> float:
        """Queries a node does per step."""
        return float(self.job.G * self.job.q)


def _span_len(rng, setting: str, scale: float = 1.0) -> float:
    return span_len(rng, _PAUSE, setting, scale)


def _draw_job(rng, N: int) -> _Job:
    """A step of 0.35-1.4 s at the start; the loader 15-55 % of the step, or (few workers for the tokenizer: 35 %
    of the runs) 70-125 %, when it can bind."""
    G = int(rng.choice([4, 8], p=[0.25, 0.75]))
    q = int(rng.choice([16, 32, 64], p=[0.3, 0.45, 0.25]))
    h0 = int(rng.choice([1, 3, 5, 7], p=[0.2, 0.35, 0.25, 0.2]))
    L0 = int(rng.choice([128, 192, 256], p=[0.4, 0.3, 0.3]))
    s = float(np.exp(rng.uniform(np.log(0.35), np.log(1.4))))
    job = _Job(G=G, q=q, h0=h0, L0=L0, aq=1.0, ap=1.0, lc=1.0, fix=rng.uniform(0.03, 0.08) * s,
               ar=rng.uniform(0.04, 0.12) * s, cold=rng.uniform(1.15, 1.6))
    gpu = s - job.fix - (job.ar * (1 + 0.5 * np.log2(N)) if N > 1 else 0.25 * job.ar)
    qs = rng.uniform(0.05, 0.15)  # the query encoder's share of the GPU time
    job.aq = qs * gpu / q
    job.ap = (1 - qs) * gpu / (q * (1 + h0) * (L0 / 128.0) ** 1.15)
    cpu = s * (rng.uniform(0.7, 1.25) if rng.random() < 0.35 else rng.uniform(0.15, 0.55))
    job.lc = cpu / (q * (1 + h0) * (L0 / 128.0))
    return job


def _level(job: _Job, mix, cfg, t0: float, t1: float) -> float:
    """The noise-free rate's median over ``[t0, t1)`` (warm, on the loader's cost of that time) in the
    configuration ``cfg = (N, h, L, lf)``."""
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


def _draw_prom(rng, T: float) -> _Prom:
    """Prometheus' scrape interval, the query's window, the scrapes' timeouts and Prometheus' restarts over ``T``."""
    n_out = int(rng.poisson(rng.uniform(0.2, 1.2)))
    outages = sorted((a, a + rng.uniform(60.0, 600.0)) for a in rng.uniform(0, T, n_out))
    return _Prom(period=float(rng.choice(_PERIODS, p=[0.35, 0.45, 0.2])),
                 window=float(rng.choice(_WINDOWS, p=[0.3, 0.4, 0.3])), p_fail=rng.uniform(0.0005, 0.005),
                 outages=outages)


def _schedule(rng, n: int, setting: str, boff: float) -> _Run:
    """A run's settings and its timeline (start-up, training, refreshes of the hard negatives, checkpoints,
    restarts, the planned changes), then its steps, scrapes and their aggregates (:func:`_collect`; ``boff``: where
    the compactor's 2-day blocks start, s from the run's start)."""
    dt = _DT
    k = int(dt / _W)
    T, K = n * dt, n * k
    N = int(rng.choice([1, 2, 3, 4], p=[0.25, 0.35, 0.15, 0.25]))
    job = _draw_job(rng, N)
    prom = _draw_prom(rng, T)
    mix = ou_path(rng, T, rng.uniform(0.03, 0.08), rng.uniform(1200, 7200))
    lead = prom.window / dt + 1.0  # points a pause reaches past its end: the window and the step
    iv_pts = rng.uniform(150, 450)
    est = max(2, int(n / (iv_pts * 1.25)))
    neg_ev = int(rng.integers(max(1, int(0.2 * est)), max(2, int(0.6 * est)) + 1)) if rng.random() < 0.45 else -1
    len_ev = int(rng.integers(max(2, int(0.5 * est)), max(3, int(0.85 * est)) + 1)) if rng.random() < 0.4 else -1
    ck_every = int(rng.integers(1, 4))
    n_re = int(rng.poisson(rng.uniform(0.5, 2.0)))
    re_t = sorted(rng.uniform(0.05, 0.92, n_re) * T)
    margin = _MARGIN * dt

    def pause(scale: float = 1.0) -> float:
        return (_span_len(rng, setting, scale) - lead) * dt

    segs, restarts, known_t, known_kind, ends = [], [], [], [], []
    t = pause()  # the pods start: the corpus' token shards, the first (BM25) negatives and the model load
    pauses_t = [(0.0, t, "start")]
    procs = [[rng.uniform(5.0, 60.0), None, t, False, 0]]
    h, L, lf = job.h0, job.L0, 1.0
    ev = proc = jb = 0
    left = iv_pts * dt
    while t < T + dt:
        while re_t and re_t[0] < t + margin:  # no restart right after a pause: it moves on
            re_t[0] = t + rng.uniform(_MARGIN, 2.5 * _MARGIN) * dt
            re_t.sort()
        to_re = re_t[0] - t if re_t else np.inf
        run = min(left, to_re)
        segs.append(_Seg(t, t + run, ev, proc, N, h, L, lf))
        t += run
        left -= run
        if to_re < left + run:  # the pods are preempted, a node fails (both rescheduled) or a container is
            re_t.pop(0)  # OOM-killed (restarted in place): the job resumes from its last checkpoint
            end = str(rng.choice(["preempt", "node", "oom"], p=[0.45, 0.25, 0.3]))
            dur = pause(1.5)
            old = N
            if end != "oom" and rng.random() < 0.3 and t + dur + 400 * dt < T:  # elastic: 1-4 nodes
                new = int(rng.choice([m for m in (1, 2, 3, 4) if m != N]))
                if _moves(job, mix, (N, h, L, lf), (new, h, L, lf), t + dur, dt):
                    N = new
            procs[-1][1] = t + (rng.uniform(0.0, 30.0) if end == "preempt" else 0.0)  # the grace period
            pauses_t.append((t, t + dur, "restart"))
            restarts.append((t, t + dur, N == old))
            ends.append(end)
            procs.append([t + rng.uniform(0.1, 0.4) * dur, None, t + dur, end == "oom", jb])
            t += dur
            proc += 1
            if N != old and t < T:
                known_t.append(t)
                known_kind.append("world")
            left = max(left, margin)
            continue
        # a refresh: the corpus encoded with the current weights, a FAISS index built, new hard negatives mined
        # for the training queries and MRR@10 measured on the dev queries; every ck_every-th one a checkpoint too
        ev += 1
        ck = ev % ck_every == 0
        lf_new = lf * float(np.exp(rng.normal(0, 0.05 if ev == 1 else 0.015)))  # the new negatives' lengths
        kind = "negatives" if ev == neg_ev else ("length" if ev == len_ev and L < 512 else "")
        if kind and t + 500 * dt < T:
            grow = int(rng.choice([2, 4])) if kind == "negatives" else 0
            longer = min(512, int(L * float(rng.choice([1.5, 2.0])))) if kind == "length" else L
            new = (N, h + grow, longer, lf_new)
            dur = pause(1.3)
            if _moves(job, mix, (N, h, L, lf), new, t + dur, dt):
                if kind == "length":  # the user resubmits the job with longer passages from this checkpoint
                    procs[-1][1] = t + rng.uniform(0.05, 0.2) * dur
                    pauses_t.append((t, t + dur, "resubmit"))
                    restarts.append((t, t + dur, False))
                    ends.append("resubmit")
                    jb += 1
                    procs.append([t + rng.uniform(0.3, 0.5) * dur, None, t + dur, False, jb])
                    proc += 1
                else:  # the refresh writes more negatives a query; the trainer's dataset is built anew
                    pauses_t.append((t, t + dur, "ckpt"))
                t += dur
                h, L, lf = new[1], new[2], new[3]
                known_t.append(t)
                known_kind.append(kind)
                left = iv_pts * dt * float(np.exp(rng.normal(0, 0.1)))
                continue
        dur = pause(1.25 if ck else 1.0)
        pauses_t.append((t, t + dur, "ckpt" if ck else "refresh"))
        t += dur
        lf = lf_new
        left = iv_pts * dt * float(np.exp(rng.normal(0, 0.1)))
    procs[-1][1] = T + 2 * dt
    return _collect(rng, n, dt, k, K, job, prom, mix, segs, procs, pauses_t, restarts, known_t, known_kind, ends,
                    boff)


def _grid(rng, K, job, mix, segs, procs):
    """The step's parts on the bucket grid (the configuration, the file system's load and the cluster's day, the
    clocks, the shards' passage lengths, other nodes and their cold page cache after a rescheduling, the
    warm-ups), the seconds stepping and each bucket's noise."""
    tb, train, seg_of = seg_buckets(segs, K, _W)
    on, (Nb, hb, Lb, lfb, pb) = seg_columns(segs, seg_of, "N", "h", "L", "lf", "proc")
    cpu, gpu, fix, ar = (np.ones(K) for _ in range(4))
    for cfg in {(s.N, s.h, s.L, s.lf) for s in segs}:
        m = (Nb == cfg[0]) & (hb == cfg[1]) & (Lb == cfg[2]) & (lfb == cfg[3])
        for arr, v in zip((cpu, gpu, fix, ar), job.parts(*cfg)):
            arr[m] = v
    mi = (tb / 60).astype(int)
    cpu = cpu * np.exp(mix[mi])
    gpu = gpu * np.exp(ou_path(rng, K * _W, rng.uniform(0.005, 0.015), rng.uniform(600, 3600))[mi])  # clocks
    # the shards group passages by source: their padded lengths wander as the loader walks through them
    gpu = gpu * np.exp(ou_path(rng, K * _W, rng.uniform(0.01, 0.04), rng.uniform(300, 2400))[mi])
    tc = np.cumsum(train)
    start = np.array([p[2] for p in procs])
    since = np.maximum(tc - np.interp(start[pb], tb + _W, tc), 0.0)  # training seconds since the process started
    cpu = cpu * (1 + rng.uniform(0.5, 2.0) * np.exp(-since / rng.uniform(10, 60)))  # the tokenizer workers start
    if rng.random() < 0.5:  # torch.compile recompiles for new padded lengths until it holds dynamic shapes
        gmul = 1 + rng.uniform(0.5, 2.0) * np.exp(-since / rng.uniform(120, 900))
    else:  # eager: cuBLAS' and cuDNN's heuristics, the caching allocator's first blocks
        gmul = 1 + rng.uniform(0.1, 0.4) * np.exp(-since / rng.uniform(60, 300))
    day = np.maximum(0, np.sin(2 * np.pi * tb / 86400 + rng.uniform(0, 6.3)))  # the cluster's busy hours
    ar = ar * np.where(Nb > 1, np.exp(rng.uniform(0, 0.4) * day), 1.0)  # the shared fabric
    cpu = cpu * np.exp(rng.uniform(0, 0.15) * day)  # the shared file system
    node = np.exp(rng.normal(0, 0.03, (2, len(procs))))  # other nodes after a rescheduling
    for p in range(1, len(procs)):
        if procs[p][3]:
            node[:, p] = node[:, p - 1]
    gpu, cpu = gpu * node[0][pb], cpu * node[1][pb]
    cold = np.array([not p[3] for p in procs])[pb]  # a node new to the job reads the token shards over the network
    cpu = cpu * np.where(cold, 1 + (job.cold - 1) * np.exp(-since / rng.uniform(1200, 5400)), 1.0)
    for arr in (cpu, gpu, fix, ar, gmul):
        arr[~on] = 1.0
    step0 = smax(cpu, gpu * gmul + fix + ar)
    # stalls: garbage collection, a file-system hiccup, a slow rank's batch of long passages
    stall = np.where(rng.random(K) < _W / rng.uniform(300, 1800), rng.uniform(1.0, 6.0, K), 0.0)
    eff = np.where(on, np.maximum(train - stall, 0.0), 0.0)
    sj = rng.uniform(0.04, 0.12)  # a step's spread (its padded length, the host's jitter)
    m = np.maximum(eff / step0, 1.0)
    eps = np.exp(rng.normal(0, 1, K) * sj / np.sqrt(m) - 0.5 * sj * sj / m)
    return train, on, Nb, cpu, gpu, fix, ar, gmul, eff, eps


def _chunks(t: np.ndarray, lo: int) -> list[tuple[int, int]]:
    """Thanos' ``DownsampleRaw`` split of one series' samples of a block (ms ``t``, starting at index ``lo``):
    ``targetChunkCount`` chunks of ``len // count + 1`` samples, each extended to the end of its last window."""
    n = len(t)
    mint, maxt = int(t[0]), int(t[-1])
    full = 1.0 if maxt == mint else min(1.0, n / ((maxt - mint) / 60000.0))
    exp_samples = int(float((maxt - mint) // _RES) * full) + 1
    x = 1
    while exp_samples // x > 140:
        x += 1
    size = n // x + 1
    out, a = [], 0
    while a < n:
        j = min(a + size, n)
        cur = t[j - 1] - t[j - 1] % _RES + _RES - 1
        while j < n and t[j] <= cur:
            j += 1
        out.append((lo + a, lo + j))
        a = j
    return out


def _aggregate_plan(ts: np.ndarray, sid: np.ndarray, boff: float):
    """Per scrape its chunk, and the counter aggregate's samples (``src``, ``t`` ms, ``kind``; cut per series):
    each chunk's first raw value, each 5m window's counter at the window's end (``t - t % r + r - 1``, the
    chunk's last raw sample's time for its last window) and the chunk's last raw value at that same time."""
    chunk = np.zeros(len(ts), int)
    src, tt, kind, cut = [], [], [], []
    c = 0
    bl = np.floor((ts / 1000.0 - boff) / _BLOCK).astype(int)
    starts = np.r_[0, np.nonzero((np.diff(sid) != 0) | (np.diff(bl) != 0))[0] + 1, len(ts)]
    n_seq = 0
    for a, b in zip(starts[:-1], starts[1:]):
        if a and sid[a] != sid[a - 1]:
            cut.append(n_seq)
        for c0, c1 in _chunks(ts[a:b], a):
            chunk[c0:c1] = c
            c += 1
            t = ts[c0:c1]
            win = np.minimum(t - t % _RES + _RES - 1, t[-1])
            last = np.r_[np.nonzero(np.diff(win))[0], len(t) - 1]
            src += [[c0], c0 + last, [c1 - 1]]
            tt += [[t[0]], win[last], [t[-1]]]
            kind += [[0], np.ones(len(last), int), [2]]
            n_seq += len(last) + 2
    cut = list(zip([0] + cut, cut + [n_seq]))
    return chunk, np.concatenate(src).astype(int), np.concatenate(tt).astype(np.int64), np.concatenate(kind), cut


def _collect(rng, n, dt, k, K, job, prom, mix, segs, procs, pauses_t, restarts, known_t, known_kind, ends,
             boff) -> _Run:
    """The run's steps on the bucket grid, each pod's scrapes and the plan of their 5m aggregates."""
    train, on, Nb, cpu, gpu, fix, ar, gmul, eff, eps = _grid(rng, K, job, mix, segs, procs)
    edges = np.arange(K + 1) * _W
    step0 = smax(cpu, gpu * gmul + fix + ar)
    C = np.r_[0.0, np.cumsum(np.where(on, eff / step0 * eps, 0.0))]  # the job's steps
    span = {}
    for s in segs:
        span.setdefault(s.proc, s.N)
    sids, nxt = [], 0
    for p, pr in enumerate(procs):  # a pod's series: a restart in place keeps it, a rescheduled pod starts anew
        Np = span.get(p, 1)
        if p and pr[3] and len(sids[-1]) == Np:
            sids.append(sids[-1])
        else:
            sids.append(list(range(nxt, nxt + Np)))
            nxt += Np
    P, Tend = prom.period, n * dt
    offs = rng.uniform(0, P, nxt)  # from the hash of the target's labels
    busy = [(a, b) for a, b, kd in pauses_t if kd in ("refresh", "ckpt")]
    cols = {c: [] for c in ("ts", "real", "sid", "stream", "s0")}
    ticks = failed = skipped = stream = 0
    for p, (up, down, s0, _, _) in enumerate(procs):
        for sid in sids[p]:
            o = offs[sid]
            t = o + P * np.arange(np.ceil((up - o) / P), np.floor((min(down, Tend) - o) / P) + 1)
            tms = np.round(t * 1000).astype(np.int64)
            pf = np.where(_within(busy, t), 5 * prom.p_fail, prom.p_fail)  # the refresh loads the host
            fail = rng.random(len(t)) < pf
            dn = _within(prom.outages, t)
            ticks += len(t)
            skipped += int(dn.sum())
            failed += int((fail & ~dn).sum())
            keep = ~dn & ~fail
            for c, v in zip(cols, (tms[keep], t[keep] + rng.uniform(0.002, 0.05, int(keep.sum())), sid, stream, s0)):
                cols[c].append(np.broadcast_to(v, (int(keep.sum()),)))
            stream += 1
    ts, real, sid, strm, s0a = (np.concatenate(cols[c]) for c in cols)
    o = np.lexsort((ts, sid))
    ts, real, sid, strm, s0a = ts[o], real[o], sid[o], strm[o], s0a[o]
    idx = np.maximum(np.floor(np.interp(real, edges, C) - np.interp(s0a, edges, C) + 1e-9), 0.0)
    chunk, src, tt, kind, cut = _aggregate_plan(ts, sid, boff)
    run = _Run(dt=dt, k=k, n=n, prom=prom, train=train, cpu=cpu, gpu=gpu, fix=fix, ar=ar, gmul=gmul,
               nodes=Nb * 1.0, eff=eff, eps=eps, edges=edges, procs=[list(p) for p in procs], sids=sids, ts=ts,
               real=real, sid=sid, stream=strm, s0=s0a, idx=idx, chunk=chunk, seq_src=src, seq_t=tt, seq_kind=kind,
               seq_cut=cut, segs=segs, pauses_t=pauses_t, restarts=restarts, known_t=known_t,
               known_kind=known_kind, ends=ends, mix=mix, ticks=ticks, failed=failed, skipped=skipped, job=job)
    run.kept = {"by_chunk": _by_chunk(run), "by_stream": _by_stream(run)}
    return run


def _by_chunk(run: _Run):
    """``(first, head)``: whether each scrape is its chunk's first, and the index of its chunk's first. Kept on a
    :class:`_Run` from its build on (for speed: every read takes them)."""
    if getattr(run, "kept", None) is not None:
        return run.kept["by_chunk"]
    first = np.r_[True, run.chunk[1:] != run.chunk[:-1]]
    return first, np.maximum.accumulate(np.where(first, np.arange(len(first)), 0))


def _by_stream(run: _Run):
    """``(x, off)``: each scrape's time, or its process's start where later, and an offset per stream (a stream's
    scrapes lie together). Kept on a :class:`_Run` from its build on (for speed: every regressed count takes
    them)."""
    if getattr(run, "kept", None) is not None:
        return run.kept["by_stream"]
    return np.maximum(run.real, run.s0), np.cumsum(np.r_[0, run.stream[1:] != run.stream[:-1]]) * 1e12


def _counter_seq(run: _Run, v: np.ndarray) -> np.ndarray:
    """The counter aggregate's values for the scrapes' values ``v``: per chunk Thanos' ``aggregator`` (its first
    sample sets the counter; a value below the last one is a reset and adds itself, else the increase is added),
    read at each window's last sample; a chunk's first and last raw values as they are."""
    prev = np.r_[0.0, v[:-1]]
    first, head = _by_chunk(run)
    inc = np.where(first, v, np.where(v < prev, v, v - prev))
    cs = np.cumsum(inc)
    counter = cs - (cs - v)[head]
    return np.where(run.seq_kind == 1, counter[run.seq_src], v[run.seq_src])


def _apply_resets(t: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Thanos' ``ApplyCounterResetsSeriesIterator`` over one series' aggregate samples (``t`` ms, ``v``): the first
    sets the total; a later one adds its increase over the value before it (or, below it, itself: a reset); a
    sample at the time of the one before it (a chunk's last raw value) is not emitted, it only gives the value the
    next chunk's first is compared with. Returns the emitted times (s) and totals."""
    same = np.r_[False, t[1:] == t[:-1]]
    prev = np.r_[v[0], v[:-1]]
    inc = np.where(v >= prev, v - prev, v)
    inc[0] = v[0]
    keep = ~same
    return t[keep] / 1000.0, np.cumsum(inc[keep])


def _rate_at(t: np.ndarray, v: np.ndarray, T: np.ndarray, W: float) -> np.ndarray:
    """PromQL's ``rate(x[W])`` of one series (samples ``t`` s, monotone ``v``) at the times ``T``: the samples in
    ``(T - W, T]`` (two needed), their increase extrapolated to the window's edges where the first or last lies
    within 1.1 average intervals of it (else by half an interval), towards the start no further than where the
    counter would reach 0; NaN where there are fewer than two."""
    out = np.full(len(T), np.nan)
    if len(t) < 2:
        return out
    i0 = np.searchsorted(t, T - W, "right")
    i1 = np.searchsorted(t, T, "right")
    ok = i1 - i0 >= 2
    a, b, c = i0[ok], i1[ok] - 1, (i1 - i0)[ok]
    res = v[b] - v[a]
    sampled = t[b] - t[a]
    avg = sampled / (c - 1)
    to_start = t[a] - (T[ok] - W)
    to_end = T[ok] - t[b]
    with np.errstate(divide="ignore", invalid="ignore"):
        to_zero = np.where(res > 0, sampled * (v[a] / np.where(res > 0, res, 1.0)), np.inf)
    to_start = np.where((res > 0) & (v[a] >= 0) & (to_zero < to_start), to_zero, to_start)
    thr = 1.1 * avg
    ext = sampled + np.where(to_start < thr, to_start, avg / 2) + np.where(to_end < thr, to_end, avg / 2)
    out[ok] = res * (ext / sampled) / W
    return out


def _read(run: _Run, vals: np.ndarray) -> np.ndarray:
    """The points: per step ``sum(rate(...[W]))`` over the series' counter aggregates (a series without two samples
    in the window left out); a step no series answered keeps the point before it (0 before the first)."""
    n = run.n
    T = (np.arange(n) + 1.0) * run.dt
    sv = _counter_seq(run, vals)
    tot, cnt = np.zeros(n), np.zeros(n, int)
    for a, b in run.seq_cut:
        t, v = _apply_resets(run.seq_t[a:b], sv[a:b])
        r = _rate_at(t, v, T, run.prom.window)
        ok = np.isfinite(r)
        tot[ok] += r[ok]
        cnt += ok
    last = np.maximum.accumulate(np.where(cnt > 0, np.arange(n), -1))
    return np.where(last >= 0, tot[np.maximum(last, 0)], 0.0)


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
    """The job's noise-free queries/s in each bucket of ``[b0, b1)``."""
    return run.job.samples(run.nodes[b0:b1]) / _steps(run, mods, b0, b1)


def _values(run: _Run, mods=()) -> np.ndarray:
    """Each scrape's value: its process's steps by then times the node's queries a step (the counter starts at 0
    with each process). A regression makes whole steps late: by a scrape its process has done the healthy run's
    steps less the steps it lost (whole ones, per regression) since the process started."""
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
    if mods:  # the counter never falls within a process: the count a scrape sees is the highest so far
        cnt = np.maximum.accumulate(cnt + off) - off
    return np.maximum(cnt, 0.0) * run.F


def _series(run: _Run, mods=()) -> np.ndarray:
    """The trace's points, one per step."""
    if not mods and getattr(run, "healthy", None) is not None:  # (for speed: the healthy run's, read before)
        return run.healthy.copy()
    return _read(run, _values(run, mods))


_CAUSES = {"drop": ("clocks", "nfs", "tokenizer", "fabric"), "straggler": ("neighbour", "thermal"),
           "leak": ("negcache", "embeds", "faiss")}


def _cause(rng, run: _Run, kind: str, name: str, t0: float, t1: float, tr: float):
    """``(mod_of(A), A_max, t1)`` of the regression ``name`` over ``[t0, t1)`` (a leak ramps until ``tr``); a
    fault of the nodes or of the training process ends at its next restart."""
    t1, b0, b1 = cause_buckets(run, t0, t1, _W, name not in ("nfs", "fabric"))
    tb = np.arange(b0, b1) * _W
    x = np.maximum(tb - t0, 0)
    if name == "clocks":  # a node's GPUs held at low clocks (a power cap after a PSU fault, a failed fan)
        w = np.minimum(1, x / rng.uniform(5, 60)) * (1 + 0.03 * np.sin(2 * np.pi * x / rng.uniform(120, 900)))
        return (lambda A: _Mod(b0, b1, gpu=1 + A * w)), 2.5, t1
    if name == "nfs":  # the shared file system serving the token shards degraded (a failover, a rebuild)
        w = wobble(rng, x, 0.25, 1800)
        return (lambda A: _Mod(b0, b1, cpu=1 + A * w)), 6.0, t1
    if name == "tokenizer":  # a restart pulls an image without the Rust tokenizers wheel: the slow Python one
        return (lambda A: _Mod(b0, b1, cpu=np.full(b1 - b0, 1 + A))), 8.0, t1
    if name == "fabric":  # a flapping switch port: the collectives fall back to a slower path
        w = wobble(rng, x, 0.15, 1200)
        return (lambda A: _Mod(b0, b1, ar=1 + A * w)), 8.0, t1
    if name in ("neighbour", "thermal"):  # another pod's processes on a node's CPUs; a GPU's thermal slowdown
        bm, gm = ((20, 180), (60, 600)) if name == "neighbour" else ((5, 60), (30, 300))
        bad = bad_share(twostate(rng, t0, t1, rng.uniform(*bm), rng.uniform(*gm), 1e6), tb, _W)
        f = bad * np.exp(rng.normal(0, 0.25, b1 - b0)) + 0.05 * (1 - bad)
        if name == "neighbour":  # its tokenizer workers
            return (lambda A: _Mod(b0, b1, cpu=1 + A * f)), 7.0, t1
        return (lambda A: _Mod(b0, b1, gpu=1 + A * f)), 5.0, t1
    r = np.clip(x / max(tr - t0, 1e-9), 0, 1) ** rng.uniform(0.7, 1.5)
    if name == "negcache":  # the loader workers' copies of the mined negatives' texts grow until the node swaps
        return (lambda A: _Mod(b0, b1, cpu=1 + A * r)), 6.0, t1
    if name == "embeds":  # a debugging hook keeps every step's embeddings and scores on the host
        return (lambda A: _Mod(b0, b1, fix=1 + A * r)), 30.0, t1
    return (lambda A: _Mod(b0, b1, gpu=1 + A * r)), 2.0, t1  # the FAISS index left on the GPU fragments its memory


def _draw_event(rng, run: _Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` with onset in ``[lo, hi)``: an ``(Event, _Mod)`` pair, or None."""
    return draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=_P_KIND, causes=_CAUSES,
                           cause=_cause,
                           calib=lambda mod_of, a, tgt, b0, b1: calibrate(lambda m: _rates(run, m, b0, b1), mod_of,
                                                                          a, tgt, run.train[b0:b1] > 0),
                           series=lambda mod, lo, b1: (_series(run, [mod]), 0),
                           width=_W, restart_cause="tokenizer", p_pause=0.3, max_depth=0.35, stop_at_end=True)


def _spans(pauses_t, dt: float, W: float, n: int) -> list[tuple[int, int]]:
    """The points a pause ``(t0, t1, kind)`` reaches: from the first step after ``t0`` to the last whose window
    ``W`` reaches back before ``t1``; merged."""
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


def _origin(seed: int) -> float:
    """The run's start (unix s): a multiple of the 5m resolution."""
    return 1_900_800_000.0 + 86400.0 * (seed % 97)


def _build(seed: int, n: int, pauses: str):
    """The healthy run of ``seed``: ``(run, healthy series, pause spans, live mask, changes)``."""
    run = _schedule(np.random.default_rng([seed, SETTINGS[pauses], 291]), n, pauses, (-_origin(seed)) % _BLOCK)
    healthy = run.healthy = _series(run)
    spans = _spans(run.pauses_t, run.dt, run.prom.window, n)
    changes = change_points([int(t // run.dt) for t in run.known_t], spans, n)
    return run, healthy, spans, live_mask(spans, n), changes


def make_heldout29(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One dense retriever's training queries/s (a per-node counter scraped by Prometheus, downsampled to 5m by
    Thanos' compactor, read back as ``sum(rate(...[W]))``) with labelled regressions and its planned level changes
    (deterministic in ``seed``).

    Parameters
    ----------
    seed : random seed.
    n : number of points (>= 2000).
    pauses : ``"short"`` (pauses of 8-26 points) or ``"long"`` (30-112 points, many over 60).
    n_events : number of regressions to place; ``0`` gives a clean run, ``None`` draws 3 or 4.
    """
    return family_trace(_build, _draw_event, _series, _P_KIND, seed, n, pauses, n_events, 292,
                        lambda run: _origin(seed) + run.dt * (np.arange(n) + 1.0))


def heldout29_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT29_SEEDS) -> list[Trace]:
    """The family's traces, one per seed; every fourth trace is a clean run."""
    return every_fourth_clean(make_heldout29, seeds, n, pauses)
