"""The twenty-seventh held-out throughput family: a text-to-speech model's utterances/s, counted per node on a
Prometheus counter that Metricbeat scrapes with ``rate_counters`` into Elasticsearch, read back per bucket of a
``date_histogram`` with a ``rate`` aggregation.

Written blind, this session: the author read only ``/work/HELPERS.md``, the shared helpers
(``anomaly/heldout_common.py``, ``tests/trace_checks.py``), the twenty-sixth generator and its tests as a model of
API, structure and tests, the first 15 lines of generators 3-25 (to take another job and another collection path: no
earlier one is a speech-synthesis model or Elasticsearch), the first 110 lines of ``tests/test_architecture.py``,
lines 36-80 of ``anomaly/traces.py`` (the ``Event``/``Trace`` definitions) -- and, by a slip, the first 60 lines of
``tests/conftest.py`` (its server fixtures) and the names in ``anomaly/data/`` -- and public sources: Metricbeat's
reference of the Prometheus ``collector`` metricset (``use_types``, ``rate_counters``), the code of its counter cache
(``x-pack/metricbeat/module/prometheus/collector/counter.go`` and ``data.go``) and of libbeat's ``common.Cache``,
Elasticsearch's reference of the ``rate`` aggregation (and, read but not modelled, the code of its ``derivative``),
Beats issue #13844 (events dropped on an index's read-only block) and PR #6903 (``backoff.init``, ``backoff.max``),
VITS's training code as its forks carry it (the ``DistributedBucketSampler`` boundaries, the loader's ``.spec.pt``
cache) and the NumPy fallback of the alignment search in Coqui TTS; never a detector, and never ran a detector on
these traces.

Size: over 500 lines because the docstring (its table and the measured counts the tests check) is nearly a
quarter of it.

What is modelled
----------------
A VITS-style end-to-end text-to-speech model (text and posterior encoders, a flow, a stochastic duration predictor,
a HiFi-GAN decoder and its discriminators, fp16) is trained on a multi-speaker corpus with PyTorch Lightning and DDP
on a Slurm cluster: ``N`` nodes (1-4) of ``G`` GPUs (4 or 8), ``b`` utterances a GPU (16, 24 or 32). VITS's
``DistributedBucketSampler`` gives each rank batches of one length bucket (boundaries 32-1000 spectrogram frames; the
corpus' lengths log-normal around 330-450 frames) and every rank draws its own, so a step waits for the rank with the
longest bucket (the largest of ``N G`` draws). A batch costs the decoder and the discriminators on its fixed random
segments (50-75 % of the GPU time), the encoders and the flow (linear in the padded length) and the monotonic
alignment search (quadratic; Cython, on the CPU of the main process: 2-6 % of a step); then the two optimizers and
the all-reduce; the host adds its jitter (3-10 % a step). The loader (the wav, the saved spectrogram, the phoneme
ids) costs 10-45 % of the GPU path, or in 30 % of the runs (few workers) 60-130 %, when it can bind; in the run's
first epoch it computes and saves each spectrogram (``.spec.pt``: 1.5-3x). A step takes 0.35-1.5 s at the start.

Local rank 0 of each node counts ``G b`` utterances a step on a ``prometheus_client`` counter. Each node's Metricbeat
(the ``prometheus`` module with ``use_types`` and ``rate_counters``) scrapes the endpoint every ``period`` (10, 15 or
30 s, on its own phase) and stores the counter's increment since its last scrape; the documents go to Elasticsearch
through its memory queue (flushed within 1, 5 or 10 s) and become searchable at the index's next refresh (1, 5 or
30 s). The lightwatch side asks for a ``date_histogram`` (``fixed_interval`` ``dt``: 30 s, 1 or 2 minutes) with a
``rate`` aggregation of the increments (their sum in a bucket, per second) ``delay`` (30-120 s) after a bucket's end,
and writes one point per bucket, stamped with its key. So:

* **whole steps**: a point is the steps the bucket's scrapes saw end, times ``G b N``, over ``dt``: a bucket of 30 s
  holds 20-90 steps, the points move by a step's utterances, and many consecutive points are equal;
* **the counter cache**: an increment is taken against the host's last successful scrape where that lies at most 5
  periods back (``NewCounterCache(period * 5)``); on a host's first scrape, or after a longer silence (the entry has
  expired), it is 0 and the utterances since are lost. A scrape that times out (the exporter's thread starved of the
  GIL: 0.1-1 % of them, 30 % during a checkpoint) moves its increment to the next one: where that lies in the next
  bucket, a point reads low and the next one high;
* **the restarts**: a new process's exporter comes up while the checkpoint loads, so its first scrape (0) comes
  before training; the old process's last steps are never scraped; a hung process serves its flat counter until the
  NCCL watchdog ends it;
* **the cluster's troubles**: in a slow spell (Poisson 0.5-2.5 a run, 5-40 min: rejected bulk requests, the output's
  retries) documents become searchable late (15-300 s at the spell's peak, more for some), and one not searchable
  when its bucket is read is never counted (the point reads low); while the cluster cannot be reached (Poisson 0.2-1
  a run, 1-25 min) the queue holds the documents and sends them within ``backoff.max`` (60 s) of its return, and
  after 4-15 min the full queue blocks the scrapes (their increments are lost to the cache); searches fail
  meanwhile, and the next one answered reads every bucket since; under the flood-stage disk watermark (Poisson
  0.1-0.6 a run, 2-30 min) the index is read-only and the documents are dropped (a 403, which Beats do not retry);
* **a bucket with no document searchable** keeps the last point (0 before the first); a bucket of a validation holds
  documents with an increment of 0 (the point reads 0); one of a restart holds none while no exporter is up (the
  point is kept) and increments of 0 while a hung process waits for the watchdog or the new one loads its checkpoint.

Healthy behaviour (none of it labelled):

* **the batches' lengths**: the slowest rank's bucket, drawn per step, and the host's jitter; the loader's cost
  wanders with the shared file system's load (Ornstein-Uhlenbeck, log-sd 3-8 %, 20-120 min), the GPU path a little
  with its clocks (0.5-1.5 %); stalls of 1-6 s now and then (garbage collection, a file-system hiccup);
* **the epochs**: an epoch of the pre-training corpus (100k-350k utterances) takes a few minutes; at each end the
  sampler reshuffles and, without ``persistent_workers`` (45 % of the runs), the loader's workers start anew (a stall
  of 1.5-5 s, else 0.2-1.5 s): a dip every few points;
* **the cluster's busy hours**: the all-reduce of multi-node runs (up to 1.5x) and the file system's reads (up to
  1.3x) slow with the cluster's day;
* **validation** (the mel loss of held-out utterances, a few synthesised for the logger) every 150-450 points of
  training, every 2nd-4th one with a checkpoint of the generator and the discriminator as well (1.5x longer);
* **restarts** (Slurm preempts the job, a node fails, a collective hangs until the NCCL watchdog ends it; Poisson
  0.5-2 a run; 1.5x a pause): the job resumes from its last checkpoint on other nodes (3 % faster or slower: unlisted
  level steps), the loader's workers start (1.5-3x slower, decaying over 10-60 s) and cuDNN's autotuner meets each new
  padded length (1.3-2.5x, decaying over 1-10 min); the same at the run's start.

Planned level changes, **listed in ``changes``** (the first point after the span of the pause they follow), each
made only where it moves the rate by 10 % or more on the loader's cost after it and the level seen 8 % or more:

* **world-size changes** at a restart (tried at 25 % of them): the job is requeued on 1-4 nodes, another number;
* **the fine-tuning stage** (tried in 40 % of the runs, at a validation 30-80 % of the way through): the user stops
  the job after its checkpoint and resubmits it on a target speaker's studio corpus (utterances 1.25-1.8x longer, the
  sampler's boundaries raised to 1500 frames, epochs of 20k-80k utterances);
* **segment-size changes** (tried in 35 % of the runs, at a validation up to 70 % of the way): resubmitted with
  ``segment_size`` doubled (60 %) or halved, the decoder's and the discriminators' cost with it.

A regression changes a step's parts inside its buckets; the run's clock (steps, pauses, scrapes, the documents'
arrivals) stays the healthy run's, so ``healthy`` (the same run without regressions) aligns point by point and
equals ``values`` outside the events: a regression makes whole steps late, so by each scrape from its onset on the
process has done the healthy run's steps less those it lost (its counter never falls), and after it every increment
is the healthy one. No event holds a point of ``changes``.

Labelled regressions (their causes are a Slurm GPU cluster's)
-------------------------------------------------------------
* ``drop``: a node's GPUs held at low clocks (a power cap after a PSU fault, a failed fan: the GPU path up to 3.5x);
  another job's all-to-all congesting the shared InfiniBand spine (the all-reduce up to 13x, swinging 20 %, not ended
  by a restart); or a restart into a rebuilt image without the compiled alignment search, which falls back to NumPy
  (the search up to 16x; from a restart onto as many nodes, until the next one); 150-1400 points or to the end;
* ``straggler``: another job's processes on a node's CPUs throttling its loader workers and its alignment search
  (bursts of 20-180 s every 60-600 s, up to 7x, 5 % of that between them), or a GPU's hardware slowdown in bursts of
  5-60 s every 30-300 s (the GPU path up to 6x); 80-500 points;
* ``leak``: the loader workers' copy-on-read memory growing until the node swaps (the loader up to 7x), a logging hook
  that keeps every step's generated audio on the host (the fixed part up to 31x), or the padded lengths fragmenting
  the caching allocator (the GPU path up to 3x), each growing as ``r ** q`` of its ramp (``q`` 0.7-1.5) over 250-1800
  points, then held 80-600 points; a node's or process's fault ends at the next restart (the job gets other nodes).

Each trace with events holds every kind once, in a random order, and a fourth of a random kind in 40 % of them,
one per stretch from point 600 on. A regression's magnitude is set by bisection to a drawn noise-free loss (drops
8-33 %, stragglers 10-30 %, a leak 12-40 % over its plateau); about 35 % of the other onsets lie at the end of a
pause or inside it. An event is kept only when its measured depth is 7-35 %, its values lie below the healthy twin
on more than 60 % of its points, it holds no listed change, and it shows within 60 points (a leak: along its ramp).
A fault on the side that does not bind needs a large magnitude to show, and is redrawn where even its largest
does not.

Counts over ``heldout27_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     29      10    10         9     0.099-0.327  12              5-22 (230 spans, 0 >60)      3
long      32      11    11         10    0.079-0.328  18              30-110 (219 spans, 127 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are
left out of the span ranges. Pause spans include restarts. ``changes`` (planned level changes the monitor knows of):
short 13 (5 world-size changes, 5 fine-tuning stages, 3 segment-size changes), long 10 (2 world-size changes, 5
fine-tuning stages, 3 segment-size changes). Measured at them (the healthy level's medians, 300 live points before,
points 100-400 after): world-size changes 0.37-1.84x (7), fine-tuning stages 0.77-0.87x (10), segment-size changes
0.62-1.10x (6). The file system's load, the clocks, the cluster's day, the other nodes after a restart, the warm-ups
and the first epoch's spectrograms are level changes the monitor is not told of. Over both sets: buckets of 30 s in
8 runs, 1 minute in 9, 2 minutes in 7; Metricbeat's period 10, 15 and 30 s in 14, 7 and 3; 3 of the 24 runs on one
node at the start, 13 with 8 GPUs a node; 43 restarts (15 preemptions, 4 node failures, 8 NCCL timeouts, 16
resubmissions); 31 slow spells of the cluster in 18 runs, 8 outages in 7, 7 read-only blocks in 7; 2125433
documents, 3709 of them searchable only after their bucket was read and 2210 dropped; 46802 scrapes timed out and
933 blocked. Live points that read 0 (a slow spell right after a validation: nothing searchable yet, the poller
keeps the validation's 0): none in the short set, 2 in one run of the long. Generating both settings takes about 4
s.

Usage::

    from anomaly.heldout27 import heldout27_set
    for trace in heldout27_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from anomaly.heldout_common import (apply_mods, bad_share, calibrate, cause_buckets, draw_regression,
                                    every_fourth_clean, family_trace, next_stretch, ou_path, rollup_build,
                                    seg_buckets, seg_columns, smax, span_len, twostate, wobble)
from anomaly.traces import Trace

HELDOUT27_SEEDS = tuple(range(272000, 272012))

_PAUSE = {"short": (5, 22, 7, 13), "long": (30, 110, 40, 75)}  # span (points) lo, hi; median lo, hi
_W = 5.0  # the simulation grid: 5-s buckets
_PERIODS = (10.0, 15.0, 30.0)  # Metricbeat's ``period``
_EXPIRE = 5  # the counter cache's timeout, in periods (``NewCounterCache(period * 5)``)
_BACKOFF_MAX = 60.0  # the output's ``backoff.max``: the longest wait before a reconnect
# VITS's DistributedBucketSampler boundaries (spectrogram frames): a batch holds utterances of one bucket
_BOUNDS = np.array([32.0, 300.0, 400.0, 500.0, 600.0, 700.0, 800.0, 900.0, 1000.0])
_BOUNDS_FT = np.r_[_BOUNDS, 1250.0, 1500.0]  # raised for the fine-tuning corpus (its long utterances kept)
_P_KIND = (0.34, 0.33, 0.33)
_MIN_MOVE = 0.1  # a planned change is made only where it moves the rate by 10 % or more


def _phi(z):
    """The standard normal distribution function (Abramowitz-Stegun 7.1.26 of erf: 1.5e-7 absolute)."""
    z = np.asarray(z, float)
    x = np.abs(z) / np.sqrt(2.0)
    t = 1.0 / (1.0 + 0.3275911 * x)
    y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * \
        np.exp(-x * x)
    return 0.5 * (1 + np.sign(z) * y)


@dataclass
class _Job:
    """A VITS-style model's step (seconds) on a corpus (``ft``: the fine-tuning speaker's, longer utterances) and a
    decoder segment (``sg``: ``segment_size`` against 8192 samples), ``N`` nodes of ``G`` GPUs."""

    G: int  # GPUs per node
    b: int  # utterances per GPU and step
    med: float  # the pre-training corpus' median length (frames)
    lm: float  # the fine-tuning corpus' median against it
    ga: float  # GPU s an utterance: the decoder (HiFi-GAN) and the discriminators on the random segment
    gc: float  # GPU s an utterance at 500 frames: text and posterior encoders, flow, duration predictor (linear)
    gm: float  # main-process CPU s an utterance at 500 frames: the monotonic alignment search (quadratic)
    la: float  # loader s an utterance (its workers together): the wav, the cached spectrogram, the phonemes
    lb: float  # loader s an utterance at 500 frames (linear)
    fix: float  # the generator's and the discriminator's optimizer steps, the grad scaler
    ar: float  # the gradient all-reduce, per (1 + log2(N) / 2)
    dutt: float  # utterances in an epoch of the pre-training corpus
    dft: float  # utterances in an epoch of the fine-tuning corpus

    def samples(self, N):
        """Utterances per step (all ranks)."""
        return self.G * self.b * np.asarray(N, float)

    def probs(self, ft) -> tuple[np.ndarray, np.ndarray]:
        """``(p, x)``: the share of the corpus' utterances in each bucket (log-normal lengths, sd 0.45; VITS drops
        the utterances outside the boundaries) and the bucket's padded length against 500 frames."""
        bounds = _BOUNDS_FT if ft else _BOUNDS
        p = np.diff(_phi((np.log(bounds) - np.log(self.med * (self.lm if ft else 1.0))) / 0.45))
        return p / p.sum(), bounds[1:] / 500.0

    def buckets(self, N, ft, sg):
        """``(pmax, cost)``: the distribution of the slowest rank's bucket (each of the ``N G`` ranks draws its own
        batch) and a batch's GPU-path cost in each bucket (GPU and alignment search)."""
        p, x = self.probs(ft)
        pmax = np.diff(np.r_[0.0, np.minimum(np.cumsum(p), 1.0) ** (N * self.G)])
        return pmax / pmax.sum(), self.b * (self.ga * sg + self.gc * x + self.gm * x ** 2)

    def parts(self, N, ft, sg):
        """``(cpu, gpu, mas, fix, ar)`` of a step (means over the slowest rank's bucket)."""
        pmax, _ = self.buckets(N, ft, sg)
        p, x = self.probs(ft)
        cpu = self.b * (self.la + self.lb * (p @ x))
        gpu = self.b * (self.ga * sg + self.gc * (pmax @ x))
        mas = self.b * self.gm * (pmax @ x ** 2)
        return cpu, gpu, mas, self.fix, self.ar * (1 + 0.5 * np.log2(N))


def _step(cpu, gpu, mas, fix, ar, gm):
    """Seconds per step: the loader's supply against the GPU path (``gm`` its warm-up: cuDNN's autotuner meeting
    each new padded length), the alignment search in the main process, the optimizers and the all-reduce."""
    return smax(cpu, gpu * gm + mas + fix + ar)


@dataclass
class _Seg:
    """A stretch of training in one process with one configuration."""

    t0: float
    t1: float
    ev: int  # validations done before it
    proc: int
    N: int
    ft: bool  # the fine-tuning corpus
    sg: float  # segment_size against 8192 samples


@dataclass
class _ES:
    """The collection path's settings and its troubles."""

    period: float  # Metricbeat's period
    flush: float  # the memory queue's flush timeout
    refresh: float  # the index's refresh_interval
    phase: float  # of the refreshes
    delay: float  # the poller asks for a bucket this long after its end
    base: float  # a bulk request's latency
    fill: float  # seconds until Metricbeat's memory queue is full while Elasticsearch cannot be reached
    p_fail: float  # a scrape that times out (the exporter's thread starved of the GIL)
    busy: list  # (t0, t1, largest lag): Elasticsearch overloaded (429s, the output's backoff)
    outages: list  # (t0, t1): Elasticsearch unreachable
    floods: list  # (t0, t1): the flood-stage disk watermark's read-only block


@dataclass
class _Run:
    """The healthy run on the grid of 5-s buckets (``K = n * k``), its scrapes and documents, and the polls."""

    dt: float  # the date_histogram's fixed_interval (one point each)
    k: int
    n: int
    es: _ES
    train: np.ndarray
    cpu: np.ndarray
    gpu: np.ndarray
    mas: np.ndarray
    fix: np.ndarray
    ar: np.ndarray
    gmul: np.ndarray
    nodes: np.ndarray
    eff: np.ndarray  # seconds spent stepping (less stalls)
    edges: np.ndarray
    steps: list  # per process: each step's end (s)
    procs: list  # per process: (endpoint up, endpoint down, first training time)
    ts: np.ndarray  # per successful scrape (ordered by host, then time): its time, the document's @timestamp
    hid: np.ndarray  # the scraped host (one per process and node)
    s0: np.ndarray  # its process's first training time
    idx: np.ndarray  # the healthy run's steps done by then
    scale: np.ndarray  # utterances a step on the host's node
    valid: np.ndarray  # the counter cache held the host's last value (else the increment is 0)
    vis: np.ndarray  # when the document became searchable (inf: dropped)
    ok: np.ndarray  # searchable when its bucket was polled
    poll: np.ndarray  # per point: when the poller first asked for its bucket
    read: np.ndarray  # per point: when the search that read it was answered (the first one after ``poll``)
    segs: list
    pauses_t: list  # (t0, t1, kind): "eval", "ckpt", "restart", "resubmit"
    restarts: list  # (stop, resume, same): same = the job resumed on as many nodes with the same configuration
    known_t: list
    known_kind: list  # "world", "stage", "segment"
    ends: list  # per process but the last: how it ended ("preempt", "node", "nccl", "resubmit")
    mix: np.ndarray  # log loader cost (the file system's load) on a 60-s grid
    ticks: int  # scrapes due while an endpoint was up
    failed: int  # of them timed out
    blocked: int  # of them not run (the publishing pipeline blocked)
    dropped: int  # documents rejected (read-only block)
    late: int  # documents not yet searchable when their bucket was polled
    job: _Job | None = None


def _span_len(rng, setting: str, scale: float = 1.0) -> float:
    return span_len(rng, _PAUSE, setting, scale)


def _draw_job(rng, N: int, G: int) -> _Job:
    """A step of 0.35-1.5 s at the start; the loader 10-45 % of the GPU path, or (few workers a GPU: 30 % of the
    runs) 60-130 %, when it can bind."""
    b = int(rng.choice([16, 24, 32], p=[0.3, 0.3, 0.4]))
    job = _Job(G=G, b=b, med=rng.uniform(330, 450), lm=rng.uniform(1.25, 1.8), ga=1.0, gc=1.0, gm=1.0, la=1.0,
               lb=1.0, fix=0.0, ar=0.0, dutt=rng.uniform(1e5, 3.5e5), dft=rng.uniform(2e4, 8e4))
    s = np.exp(rng.uniform(np.log(0.35), np.log(1.5)))
    fix, ar, mas = rng.uniform(0.05, 0.12) * s, rng.uniform(0.03, 0.08) * s, rng.uniform(0.02, 0.06) * s
    gpu = s - fix - ar * (1 + 0.5 * np.log2(N)) - mas
    seg = rng.uniform(0.5, 0.75)  # the segment's share of the GPU cost
    pmax, _ = job.buckets(N, False, 1.0)
    p, x = job.probs(False)
    job.ga, job.gc, job.gm = seg * gpu / b, (1 - seg) * gpu / (b * (pmax @ x)), mas / (b * (pmax @ x ** 2))
    few = rng.random() < 0.3
    cpu = s * (np.exp(rng.uniform(np.log(0.6), np.log(1.3))) if few else rng.uniform(0.1, 0.45))
    lin = rng.uniform(0.2, 0.5)
    job.la, job.lb, job.fix, job.ar = (1 - lin) * cpu / b, lin * cpu / (b * (p @ x)), fix, ar
    return job


def _level(job: _Job, mix, N, ft, sg, t0: float, t1: float) -> float:
    """The noise-free rate's median over ``[t0, t1)`` (warm, on the loader's cost of that time)."""
    i0 = min(int(max(t0, 0) // 60), len(mix) - 1)
    i1 = max(min(int(t1 // 60), len(mix)), i0 + 1)
    cpu, gpu, mas, fix, ar = job.parts(N, ft, sg)
    return float(np.median(job.samples(N) / _step(cpu * np.exp(mix[i0:i1]), gpu, mas, fix, ar, 1.0)))


def _moves(job, mix, old, new, t: float, dt: float) -> bool:
    """The configuration ``new`` moves the rate by ``_MIN_MOVE`` or more on the loader's cost after ``t``, and the
    level seen (300 points before against points 100-400 after) moves 8 % or more the same way."""
    after = _level(job, mix, *new, t + 100 * dt, t + 400 * dt)
    own = np.log(after / _level(job, mix, *old, t + 100 * dt, t + 400 * dt))
    seen = np.log(after / _level(job, mix, *old, t - 300 * dt, t))
    return abs(own) >= _MIN_MOVE and own * seen > 0 and abs(seen) >= 0.08


def _latency(busy, t, base: float) -> np.ndarray:
    """A bulk request's time to be indexed at ``t``: ``base``, more in Elasticsearch's slow spells (rejections
    and the output's retries; rising and falling)."""
    lat = np.full(np.shape(t), base)
    for a, b, peak in busy:
        lat += np.where((t >= a) & (t < b), peak * np.sin(np.pi * (t - a) / (b - a)), 0.0)
    return lat


def _within(spans, t) -> np.ndarray:
    """True where ``t`` lies in one of ``spans`` ``(t0, t1, ...)``."""
    d = np.zeros(np.shape(t), bool)
    for s in spans:
        d |= (t >= s[0]) & (t < s[1])
    return d


def _draw_es(rng, T: float, dt: float) -> _ES:
    """Metricbeat's and the cluster's settings, and its slow spells, outages and read-only blocks over ``T`` s."""
    period = float(rng.choice(_PERIODS, p=[0.5, 0.25, 0.25]))
    refresh = float(rng.choice([1.0, 5.0, 30.0], p=[0.5, 0.25, 0.25]))
    busy = [(a, a + rng.uniform(300, 2400), rng.uniform(15, 300))
            for a in rng.uniform(0, T, int(rng.poisson(rng.uniform(0.5, 2.5))))]
    outages = [(a, a + rng.uniform(60, 1500)) for a in rng.uniform(0, T, int(rng.poisson(rng.uniform(0.2, 1.0))))]
    floods = [(a, a + rng.uniform(120, 1800)) for a in rng.uniform(0, T, int(rng.poisson(rng.uniform(0.1, 0.6))))]
    return _ES(period=period, flush=float(rng.choice([1.0, 5.0, 10.0])), refresh=refresh,
               phase=rng.uniform(0, refresh), delay=float(rng.choice([30.0, 60.0, 90.0, 120.0])),
               base=rng.uniform(0.05, 0.3), fill=rng.uniform(240, 900), p_fail=rng.uniform(0.001, 0.01),
               busy=sorted(busy), outages=sorted(outages), floods=sorted(floods))


def _schedule(rng, n: int, setting: str) -> _Run:
    """A run's settings and its timeline (training, validations, checkpoints, restarts, resubmissions and the
    planned changes they bring), then its steps, scrapes, documents and polls (:func:`_collect`)."""
    dt = float(rng.choice([30.0, 60.0, 120.0], p=[0.3, 0.45, 0.25]))  # the date_histogram's fixed_interval
    k = int(dt / _W)
    T, K = n * dt, n * k
    N = int(rng.choice([1, 2, 3, 4], p=[0.2, 0.35, 0.15, 0.3]))
    G = int(rng.choice([4, 8], p=[0.3, 0.7]))
    job = _draw_job(rng, N, G)
    es = _draw_es(rng, T, dt)
    mix = ou_path(rng, T, rng.uniform(0.03, 0.08), rng.uniform(1200, 7200))
    iv_pts = rng.uniform(150, 450)
    est = max(2, int(n / (iv_pts * 1.25)))
    ft, sg = False, 1.0
    st_ev = int(rng.integers(max(2, int(0.3 * est)), max(3, int(0.8 * est)) + 1)) if rng.random() < 0.4 else -1
    sg_ev = int(rng.integers(1, max(2, int(0.7 * est)) + 1)) if rng.random() < 0.35 else -1
    sg_new = float(rng.choice([2.0, 0.5], p=[0.6, 0.4]))
    ck_every = int(rng.integers(2, 5))
    n_re = int(rng.poisson(rng.uniform(0.5, 2.0)))
    re_t = sorted(rng.uniform(0.05, 0.92, n_re) * T)

    segs, pauses_t, restarts, known_t, known_kind, ends = [], [], [], [], [], []
    procs = [[-rng.uniform(1.0, 3.0) * es.period, None, 0.0]]  # the endpoint's up and down, the first step
    t, ev, proc, left = 0.0, 0, 0, iv_pts * dt
    while t < T + dt:
        which, run = next_stretch(rng, re_t, 0, t, left, np.inf, 0, dt)
        segs.append(_Seg(t, t + run, ev, proc, N, ft, sg))
        t += run
        left -= run
        if which == 2:  # Slurm preempts the job (it requeues it), a node fails, or a collective hangs until the
            re_t.pop(0)  # NCCL watchdog ends it: it resumes from the last checkpoint
            end = str(rng.choice(["preempt", "node", "nccl"], p=[0.5, 0.3, 0.2]))
            dur = (_span_len(rng, setting, 1.5) - 1.0) * dt
            old = N
            if rng.random() < 0.25 and t + dur + 400 * dt < T:  # requeued on another number of nodes
                new = int(rng.choice([m for m in (1, 2, 3, 4) if m != N]))
                if _moves(job, mix, (N, ft, sg), (new, ft, sg), t + dur, dt):
                    N = new
            # a hung process keeps serving its counter (flat) until the watchdog ends it
            procs[-1][1] = t + (rng.uniform(0.3, 0.6) * dur if end == "nccl" else 0.0)
            pauses_t.append((t, t + dur, "restart"))
            restarts.append((t, t + dur, N == old))
            ends.append(end)
            t += dur
            procs.append([t - rng.uniform(0.2, 0.5) * dur, None, t])  # the script starts its exporter early
            if N != old and t < T:
                known_t.append(t)
                known_kind.append("world")
            proc += 1
            left = max(left, 4 * dt)
            while re_t and re_t[0] < t + 900:
                re_t.pop(0)
            continue
        # validation (the mel loss on held-out utterances, a few synthesised to the logger); a checkpoint of the
        ck = (ev + 1) % ck_every == 0  # generator and the discriminator every ck_every-th one as well
        ev += 1
        kind = "stage" if ev == st_ev and not ft else ("segment" if ev == sg_ev and sg == 1.0 else "")
        new = (N, ft or kind == "stage", sg_new if kind == "segment" else sg)
        if kind and t + 500 * dt < T:
            dur = (_span_len(rng, setting, 1.5) - 1.0) * dt
            if _moves(job, mix, (N, ft, sg), new, t + dur, dt):  # the user stops the job after its checkpoint
                procs[-1][1] = t + rng.uniform(0.1, 0.4) * dur  # and resubmits it on the fine-tuning corpus or
                pauses_t.append((t, t + dur, "resubmit"))  # with another segment_size
                restarts.append((t, t + dur, False))
                ends.append("resubmit")
                t += dur
                procs.append([t - rng.uniform(0.2, 0.5) * dur, None, t])
                ft, sg = new[1], new[2]
                known_t.append(t)
                known_kind.append(kind)
                proc += 1
                left = iv_pts * dt * np.exp(rng.normal(0, 0.1))
                continue
        dur = (_span_len(rng, setting, 1.5 if ck else 1.0) - 1.0) * dt
        pauses_t.append((t, t + dur, "ckpt" if ck else "eval"))
        t += dur
        left = iv_pts * dt * np.exp(rng.normal(0, 0.1))
    procs[-1][1] = T + 2 * dt
    return _collect(rng, n, dt, k, K, job, es, mix, segs, procs, pauses_t, restarts, known_t, known_kind, ends)


def _grid(rng, K, job, mix, segs, procs):
    """The step's parts on the bucket grid (the configuration, the file system's load and day, the clocks, other
    nodes after a restart, the warm-ups, the first epoch's spectrograms) and the seconds spent stepping."""
    tb, train, seg_of = seg_buckets(segs, K, _W)
    on, (Nb, ftb, sgb, pb) = seg_columns(segs, seg_of, "N", "ft", "sg", "proc")
    cpu, gpu, mas, fix, ar = (np.zeros(K) for _ in range(5))
    for cfg in {(s.N, s.ft, s.sg) for s in segs}:
        m = (Nb == cfg[0]) & (ftb == cfg[1]) & (sgb == cfg[2])
        for arr, v in zip((cpu, gpu, mas, fix, ar), job.parts(*cfg)):
            arr[m] = v
    cpu = cpu * np.exp(mix[(tb / 60).astype(int)])
    gpu = gpu * np.exp(ou_path(rng, K * _W, rng.uniform(0.005, 0.015), rng.uniform(600, 3600))[(tb / 60).astype(int)])
    tc = np.cumsum(train)
    start = np.array([p[2] for p in procs])
    since_p = np.maximum(tc - np.interp(start[pb], tb + _W, tc), 0.0)  # training seconds since the process started
    cpu = cpu * (1 + rng.uniform(0.5, 2.0) * np.exp(-since_p / rng.uniform(10, 60)))  # workers, file lists
    day = np.maximum(0, np.sin(2 * np.pi * tb / 86400 + rng.uniform(0, 6.3)))  # the cluster's busy hours
    ar = ar * np.where(Nb > 1, np.exp(rng.uniform(0, 0.4) * day), 1.0)  # the shared fabric
    cpu = cpu * np.exp(rng.uniform(0, 0.25) * day)  # the shared file system holding the corpus
    node = np.exp(rng.normal(0, 0.03, (2, int(pb.max()) + 1)))  # other nodes after a restart
    gpu, cpu = gpu * node[0][pb], cpu * node[1][pb]
    gmul = 1 + rng.uniform(0.3, 1.5) * np.exp(-since_p / rng.uniform(60, 600))  # cuDNN autotunes each new length
    for arr in (cpu, gpu, mas, fix, ar, gmul):
        arr[~on] = 1.0
    # the first epoch of the run computes each utterance's spectrogram and saves it next to the wav (VITS's
    # loader); from the second epoch on it reads the saved file
    spec = rng.uniform(1.5, 3.0)
    first = np.cumsum(np.where(on, train / _step(cpu * spec, gpu, mas, fix, ar, gmul) * job.samples(Nb), 0.0))
    cpu = np.where(on & (first < job.dutt), cpu * spec, cpu)
    step0 = _step(cpu, gpu, mas, fix, ar, gmul)
    # stalls: garbage collection, a file-system hiccup; at each epoch's end the sampler reshuffles its buckets and
    # (without persistent_workers, 45 % of the runs) the loader's workers are started anew
    stall = np.where(rng.random(K) < _W / rng.uniform(600, 2400), rng.uniform(1.0, 6.0, K), 0.0)
    turn_s = (0.2, 1.5) if rng.random() < 0.55 else (1.5, 5.0)
    samp = np.where(on, train / step0 * job.samples(Nb), 0.0)
    for corpus, size in ((False, job.dutt), (True, job.dft)):
        m = on & (ftb == corpus)
        epoch = np.floor(np.cumsum(np.where(m, samp, 0.0)) / size)
        turn = m & (np.diff(np.r_[0.0, epoch]) > 0)
        stall[turn] += rng.uniform(*turn_s, int(turn.sum()))
    eff = np.where(on, np.maximum(train - stall, 0.0), 0.0)
    return tb, train, on, Nb, ftb, sgb, pb, cpu, gpu, mas, fix, ar, gmul, step0, eff


def _collect(rng, n, dt, k, K, job, es, mix, segs, procs, pauses_t, restarts, known_t, known_kind, ends) -> _Run:
    """The run's steps on the bucket grid, each node's scrapes, the documents and what each poll found."""
    tb, train, on, Nb, ftb, sgb, pb, cpu, gpu, mas, fix, ar, gmul, step0, eff = _grid(rng, K, job, mix, segs, procs)
    edges = np.arange(K + 1) * _W
    Cw = np.r_[0.0, np.cumsum(np.where(on, eff / step0, 0.0))]  # steps of the mean cost
    xp = Cw + 1e-9 * np.arange(K + 1)
    g = gpu * gmul + mas + fix + ar
    phi = g ** 8 / (g ** 8 + cpu ** 8) * (gpu * gmul + mas) / g  # how much of a step the batches' lengths move
    cfg = {}
    for s in segs:
        cfg.setdefault(s.proc, (s.N, s.ft, s.sg, s.t0, s.t1))
        cfg[s.proc] = cfg[s.proc][:4] + (s.t1,)
    P, sj = es.period, rng.uniform(0.03, 0.1)
    steps, cols = [], {name: [] for name in ("ts", "hid", "s0", "idx", "scale")}
    ticks = failed = blocked = hid = 0
    ckpt = [(a, b) for a, b, kind in pauses_t if kind == "ckpt"]
    for p, (up, down, _) in enumerate(procs):
        Np, ft, sg, s0, s1 = cfg.get(p, (1, False, 1.0, up, up))
        k0, k1 = np.interp([s0, s1], edges, Cw)
        pmax, cost = job.buckets(Np, ft, sg)
        m = int(1.3 * (k1 - k0)) + 20
        rho = (cost / (pmax @ cost))[np.minimum(np.searchsorted(np.cumsum(pmax), rng.random(m)), len(cost) - 1)]
        bj = np.clip(np.searchsorted(Cw, k0 + np.arange(m)) - 1, 0, K - 1)
        jit = np.exp(rng.normal(-0.5 * sj * sj, sj, m))  # the host's jitter (launches, Python, collectives)
        u = k0 + np.cumsum((1 + phi[bj] * (rho - 1)) * jit)
        x = np.interp(u[u <= k1], xp, edges)  # each step's end
        steps.append(x)
        for h in range(Np):  # each node's Metricbeat: a tick every period while the job's endpoint is up
            ph = rng.uniform(0, P)
            t = ph + P * np.arange(np.ceil((up - ph) / P), np.floor((min(down, n * dt + 2 * dt) - ph) / P) + 1)
            ticks += len(t)
            stuck = np.zeros(len(t), bool)  # the queue is full: the fetch waits on the pipeline, ticks pass
            for a, b in es.outages:
                stuck |= (t >= a + es.fill) & (t < b + rng.uniform(1.0, 10.0))
            fail = rng.random(len(t)) < np.where(_within(ckpt, t), 0.3, es.p_fail)  # the scrape timed out
            blocked += int(stuck.sum())
            failed += int((fail & ~stuck).sum())
            t = t[~stuck & ~fail]
            cols["ts"].append(t)
            cols["hid"].append(np.full(len(t), hid))
            cols["s0"].append(np.full(len(t), s0))
            cols["idx"].append(np.searchsorted(x, t, "right").astype(float))
            cols["scale"].append(np.full(len(t), float(job.G * job.b)))
            hid += 1
    ts, hid_a, s0_a, idx, scale = (np.concatenate(cols[c]) for c in ("ts", "hid", "s0", "idx", "scale"))
    valid = _cached(ts, hid_a, P)
    vis, dropped = _indexed(rng, es, ts)
    poll, read = _polls(rng, n, dt, es)
    bk = np.floor(ts / dt).astype(int)
    inb = (bk >= 0) & (bk < n)
    ok = inb & (vis <= read[np.clip(bk, 0, n - 1)])
    late = int((inb & np.isfinite(vis) & ~ok).sum())
    return _Run(dt=dt, k=k, n=n, es=es, train=train, cpu=cpu, gpu=gpu, mas=mas, fix=fix, ar=ar, gmul=gmul,
                nodes=Nb * 1.0, eff=eff, edges=edges, steps=steps, procs=[tuple(p) for p in procs], ts=ts, hid=hid_a,
                s0=s0_a, idx=idx, scale=scale, valid=valid, vis=vis, ok=ok, poll=poll, read=read, segs=segs,
                pauses_t=pauses_t, restarts=restarts, known_t=known_t, known_kind=known_kind, ends=ends, mix=mix,
                ticks=ticks, failed=failed, blocked=blocked, dropped=dropped, late=late, job=job)


def _cached(ts: np.ndarray, hid: np.ndarray, period: float) -> np.ndarray:
    """Whether Metricbeat's counter cache still holds a scrape's host's last value (scrapes ordered by host, then
    time): not on the host's first scrape, nor where its last successful one lies more than 5 periods back (the
    entry has expired); there the stored increment is 0."""
    return np.r_[False, (hid[1:] == hid[:-1]) & (np.diff(ts) <= _EXPIRE * period + 1e-6)]


def _indexed(rng, es: _ES, ts: np.ndarray) -> tuple[np.ndarray, int]:
    """When each document becomes searchable (inf: rejected) and how many were rejected. It leaves with the
    queue's next flush, waits for Elasticsearch to be reachable (the output reconnects with a backoff of up to
    60 s), is indexed after the bulk request's latency -- unless the index is read-only then (the flood-stage
    watermark: a 403, which Beats do not retry) -- and is searchable at the next refresh."""
    send = ts + rng.uniform(0.01, 0.2, len(ts)) + rng.uniform(0, es.flush, len(ts))
    for a, b in es.outages:
        dn = (send >= a) & (send < b)
        send = np.where(dn, b + rng.uniform(0, min(_BACKOFF_MAX, b - a)) + rng.uniform(0, 5.0, len(ts)), send)
    at = send + _latency(es.busy, send, es.base) * (1 + rng.exponential(0.3, len(ts)))
    lost = _within(es.floods, at)
    vis = np.ceil((at - es.phase) / es.refresh) * es.refresh + es.phase
    return np.where(lost, np.inf, vis), int(lost.sum())


def _polls(rng, n: int, dt: float, es: _ES) -> tuple[np.ndarray, np.ndarray]:
    """``(poll, read)`` per bucket: the poller asks for each bucket ``delay`` after its end (and a moment); a search
    fails while the cluster cannot be reached, and the next one that is answered reads every bucket since the last
    it wrote."""
    poll = (np.arange(n) + 1.0) * dt + es.delay + rng.uniform(0.05, 1.0, n)
    ok = ~_within(es.outages, poll)
    nxt = np.full(n + 1, np.inf)
    for i in range(n - 1, -1, -1):
        nxt[i] = poll[i] if ok[i] else nxt[i + 1]
    return poll, nxt[:n]


def _read(run: _Run, rate: np.ndarray) -> np.ndarray:
    """The poller's points: per bucket the ``rate`` aggregation (the increments of the documents searchable when it
    was read, summed, per second); a bucket with no such document keeps the last point (0 before the first)."""
    n = run.n
    bk = np.floor(run.ts[run.ok] / run.dt).astype(int)
    good = run.ok
    cnt = np.bincount(bk, minlength=n)
    tot = np.bincount(bk, rate[good], minlength=n)
    has = cnt > 0
    last = np.maximum.accumulate(np.where(has, np.arange(n), -1))
    return np.where(last >= 0, (tot / run.dt)[np.maximum(last, 0)], 0.0)


@dataclass
class _Mod:
    """A regression: multipliers of the step's parts over buckets ``[b0, b1)``."""

    b0: int
    b1: int
    cpu: np.ndarray | float = 1.0
    gpu: np.ndarray | float = 1.0
    mas: np.ndarray | float = 1.0
    fix: np.ndarray | float = 1.0
    ar: np.ndarray | float = 1.0


def _steps(run: _Run, mods, b0: int, b1: int) -> np.ndarray:
    return _step(*apply_mods(run, mods, b0, b1, ("cpu", "gpu", "mas", "fix", "ar")), run.gmul[b0:b1])


def _rates(run: _Run, mods, b0: int, b1: int) -> np.ndarray:
    """The job's noise-free utterances/s in each bucket of ``[b0, b1)``."""
    return run.job.samples(run.nodes[b0:b1]) / _steps(run, mods, b0, b1)


def _increments(run: _Run, mods=()) -> np.ndarray:
    """Each document's ``rate`` field: its host's counter less the one of its last scrape (0 where the cache did
    not hold it). A regression makes whole steps late: by a scrape its process has done the healthy run's steps
    less the steps it lost (whole ones, per regression) since the process started."""
    cnt = run.idx.copy()
    for md in mods:
        lo, hi = md.b0, md.b1
        d = np.zeros(len(run.edges))
        d[lo + 1:hi + 1] = np.cumsum((1 - _steps(run, [], lo, hi) / _steps(run, [md], lo, hi)) * run.eff[lo:hi]
                                     / _steps(run, [], lo, hi))
        d[hi + 1:] = d[hi]
        lost = np.interp(np.maximum(run.ts, run.s0), run.edges, d) - np.interp(run.s0, run.edges, d)
        cnt = cnt - np.floor(lost + 1e-9)
    if mods:  # a counter never falls: the count a scrape sees is the highest so far on its host
        off = run.hid * 1e12
        cnt = np.maximum.accumulate(cnt + off) - off
    c = cnt * run.scale
    return np.where(run.valid, np.r_[0.0, np.diff(c)], 0.0)


def _series(run: _Run, mods=()) -> np.ndarray:
    """The poller's series, one value per bucket."""
    return _read(run, _increments(run, mods))


_CAUSES = {"drop": ("clocks", "fabric", "mas"), "straggler": ("neighbour", "slowdown"),
           "leak": ("workers", "audio", "frag")}


def _cause(rng, run: _Run, kind: str, name: str, t0: float, t1: float, tr: float):
    """``(mod_of(A), A_max, t1)`` of the regression ``name`` over ``[t0, t1)`` (a leak ramps until ``tr``); a
    fault of the nodes or of the training process ends at its next restart (Slurm gives the job other nodes)."""
    t1, b0, b1 = cause_buckets(run, t0, t1, _W, name != "fabric")
    tb = np.arange(b0, b1) * _W
    x = np.maximum(tb - t0, 0)
    if name == "clocks":  # a node's GPUs held at low clocks (a power cap after a PSU fault, a failed fan)
        w = np.minimum(1, x / rng.uniform(5, 60)) * (1 + 0.03 * np.sin(2 * np.pi * x / rng.uniform(120, 900)))
        return (lambda A: _Mod(b0, b1, gpu=1 + A * w)), 2.5, t1
    if name == "fabric":  # another job's all-to-all congests the shared InfiniBand spine
        w = wobble(rng, x, 0.2, 1800)
        return (lambda A: _Mod(b0, b1, ar=1 + A * w)), 12.0, t1
    if name == "mas":  # a restart in a rebuilt image without the compiled alignment search: the NumPy fallback
        return (lambda A: _Mod(b0, b1, mas=np.full(b1 - b0, 1 + A))), 15.0, t1
    if name in ("neighbour", "slowdown"):  # another job's processes on a node's CPUs; a GPU's HW slowdown
        bm, gm = ((20, 180), (60, 600)) if name == "neighbour" else ((5, 60), (30, 300))
        bad = bad_share(twostate(rng, t0, t1, rng.uniform(*bm), rng.uniform(*gm), 1e6), tb, _W)
        f = bad * np.exp(rng.normal(0, 0.25, b1 - b0)) + 0.05 * (1 - bad)
        if name == "neighbour":  # its loader workers and its alignment search
            return (lambda A: _Mod(b0, b1, cpu=1 + A * f, mas=1 + A * f)), 6.0, t1
        return (lambda A: _Mod(b0, b1, gpu=1 + A * f)), 5.0, t1
    r = np.clip(x / max(tr - t0, 1e-9), 0, 1) ** rng.uniform(0.7, 1.5)
    if name == "workers":  # the loader workers' copy-on-read memory grows until the node swaps
        return (lambda A: _Mod(b0, b1, cpu=1 + A * r)), 6.0, t1
    if name == "audio":  # a logging hook keeps every step's generated audio on the host: garbage collection grows
        return (lambda A: _Mod(b0, b1, fix=1 + A * r)), 30.0, t1
    return (lambda A: _Mod(b0, b1, gpu=1 + A * r)), 2.0, t1  # the padded lengths fragment the caching allocator


def _draw_event(rng, run: _Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` with onset in ``[lo, hi)``: an ``(Event, _Mod)`` pair, or None."""
    return draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=_P_KIND, causes=_CAUSES,
                           cause=_cause,
                           calib=lambda mod_of, a, tgt, b0, b1: calibrate(lambda m: _rates(run, m, b0, b1), mod_of,
                                                                          a, tgt, run.train[b0:b1] > 0),
                           series=lambda mod, lo, b1: (_series(run, [mod]), 0),
                           width=_W, restart_cause="mas", p_pause=0.35, max_depth=0.35, stop_at_end=True)


def _build(seed: int, n: int, pauses: str):
    """The healthy run of ``seed``: ``(run, healthy series, pause spans, live mask, changes)``."""
    return rollup_build(_schedule, _series, seed, n, pauses, 271)


def make_heldout27(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One text-to-speech job's utterances/s (a per-node counter scraped by Metricbeat with ``rate_counters``
    into Elasticsearch, read back per ``date_histogram`` bucket with a ``rate`` aggregation) with labelled
    regressions and its planned level changes (deterministic in ``seed``).

    Parameters
    ----------
    seed : random seed.
    n : number of points (>= 2000).
    pauses : ``"short"`` (pauses of 5-22 points) or ``"long"`` (30-110 points, many over 60).
    n_events : number of regressions to place; ``0`` gives a clean run, ``None`` draws 3 or 4.
    """
    return family_trace(_build, _draw_event, _series, _P_KIND, seed, n, pauses, n_events, 272,
                        lambda run: 1_900_800_000.0 + 86400.0 * (seed % 89) + run.dt * np.arange(n))


def heldout27_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT27_SEEDS) -> list[Trace]:
    """The family's traces, one per seed; every fourth trace is a clean run."""
    return every_fourth_clean(make_heldout27, seeds, n, pauses)
