"""The sixteenth held-out throughput family: a speech-recognition (ASR) model's audio-seconds/s on a TPU pod slice,
exported per host as a cumulative Cloud Monitoring metric and read back with ``ALIGN_RATE`` + ``REDUCE_SUM``.

Written blind: the author read only ``anomaly/traces.py``'s ``Event``/``Trace`` interface and scoring rule, the
shared helpers (``anomaly/heldout_common.py``, ``tests/trace_checks.py``), the fifteenth generator and its tests
as a model of API, structure and tests, and the first lines of the other families' docstrings (to model another
job and another collection path); never a detector, and never ran a detector on these traces.

What is modelled
----------------
A speech-recognition model (a Conformer encoder with a CTC / RNN-T head; log-mel features of 16 kHz audio) is
trained with PyTorch Lightning on a Cloud TPU pod slice through PyTorch/XLA, SPMD data-parallel over 2-16 TPU VM
hosts of 4 chips (4, 8 or 16 at the start). The utterances (read speech, conversational and long-form corpora,
mixed by a lazy multiplexer of their shards) are grouped by duration into 6-16 buckets, and each batch holds up
to ``max_duration`` seconds of audio per chip (300-1200 s, 93 % of it audio, the rest padding), so a step's work
is nearly fixed in audio seconds: the throughput reported is **audio seconds trained per second**. Each host's
process counts the audio of its own batches in an OpenTelemetry-style cumulative counter
``custom.googleapis.com/asr/train/audio_seconds`` (labels: job, host) exported to Cloud Monitoring every 15, 30
or 60 s from a random phase. The monitor's poller reads, once per alignment period ``dt`` (60 or 120 s: the API
wants at least 60) and somewhat more than one export interval after the period closes (so the export after
its end is normally in),

    timeSeries.list(aggregation={alignmentPeriod: dt, perSeriesAligner: ALIGN_RATE,
                                 crossSeriesReducer: REDUCE_SUM})

``ALIGN_RATE`` gives per series "the slope of the line that passes through the value at the start and at the
end of the alignment period", the values there interpolated between the series' points; the reducer sums the
hosts. So:

* **interpolation smears.** A point mixes the audio of the exports around its edges: a pause's first and last
  points read partial values (median 0.36-0.46 of the level), a dropped export (a failed ``CreateTimeSeries``,
  0.2-2 % of them, and API outages of 2-10 min every 12-48 h that drop every host's) widens the line it is
  read from, nothing is lost: the next cumulative point carries it (a point inside a pause then reads up to
  two thirds of the level now and then; 93 % / 98 % of a span's inner points read 0 in the short / long set);
* **late points.** When the export after a period's end has not been ingested at the poll (0.1-0.6 % of a
  host's points; for every host for one to three points during an ingestion delay, every 1-3 days), the
  series' end value is its last point's: that host's part of the point reads low, and the audio it misses is
  never read (the next point's start is interpolated anew);
* **a restart is a new series.** A requeued job's processes are new series (start time at the process's start,
  0 until then); the old ones end at their last export, so the audio trained after it is never counted.

Healthy behaviour (none of it labelled):

* **a step's cost.** The TPU part (compute per chip with a length-dependent share of 20-50 %: attention over
  the frames and the long buckets' padding; the gradient all-reduce over ICI, and over the data-centre network
  when the job spans two slices of 8 hosts; a fixed per-step host part: dispatch, lazy-tensor tracing, graph
  hashing) against the hosts' input pipeline (FLAC decode, resampling, log-mel; per audio second and per
  utterance), at 40-105 % of the TPU part: a step is their soft maximum (``(a^8 + b^8)^(1/8)``);
* **the bucket mix.** Every step draws a bucket, and the buckets' costs per audio second spread by 12-30 %:
  per 5-s tick the cost is averaged over its steps; the corpora's multiplexer wanders (the mean utterance length,
  sd 1-3 %, 20-120 min) and every epoch's shards shift it by 4 % (sd): the level moves at the epoch-end pauses,
  unlisted, by 1 % in the median, 2.7 % at the 90th percentile, up to 5 %;
* **XLA compiles.** A new process compiles every bucket's shape the first time a batch of it comes (the first
  shape at start-up, inside the pause; the others as they appear, mostly in the first minutes): 8-40 s each
  without a persistent compilation cache, 1-4 s with one (60 % of the runs, restarts only), so the first
  points after some restarts read low, or near 0;
* **stalls.** Decoded samples logged to the experiment tracker every 500-2000 steps (half the runs: 2-8 s, a
  rhythm of small dips), the bucketing sampler's buffer refilled at an epoch's start (10-40 s), GC passes
  (0.5-4 s every 3-15 min of training); the step's wander (Ornstein-Uhlenbeck, sd 0.5-1.5 %, 15-90 min);
* **restarts.** TPU maintenance events and spot preemptions (Poisson, 0.7-2.2 per run on average, never within
  five minutes of a pause): the job is requeued, resumes from its last checkpoint after the queue, the slice's
  start-up and the restore; a same-size slice brings other chips (sd 1 %), hosts (CPU, sd 3 %) and torus links
  (the all-reduce, sd 8 %): unlisted level moves of up to 5 % (18 such restarts in the two sets);
* pauses: validation every 150-400 points of training (greedy decoding of one dev set), in 60 % of the runs
  every 2nd-4th one with a checkpoint (1.25x longer); at an epoch's end the full evaluation (every dev set,
  beam search, WER) and a checkpoint (1.6x); restarts (1.5x). Over both sets: 305 validations, 89 validations
  with a checkpoint, 103 epoch ends, 30 restarts.

Planned level changes, **listed in ``changes``** (the first point after the span of the pause they follow):

* **world-size changes** at a restart: where capacity is short the queued resource is granted as half the
  slice (45 % of the restarts at the requested size; throughput about 0.5x, 0.5-0.6x measured), a job below its
  requested size is moved back up at its next restart (70 %: about 2x), and now and then a job is scaled up to
  twice its size (30 % of the resizes; 16 hosts run as two slices over DCN: 1.7-1.9x);
* a **curriculum stage** at an epoch's end (25 % of the runs, in the first 70 % of the run): longer utterances
  admitted (the mean length grows 1.1-2x), kept only where audio-seconds/s falls 8-16 %;
* a **larger per-chip batch** at an epoch's end (20 %): ``max_duration`` 1.25x, 1.5x or 2x, kept only where it
  gains 8-16 % (the all-reduce and the fixed part amortised).

Measured at the listed changes (the healthy level's medians, up to 300 live points before and after, the first
100 after left out), over both sets: halvings 0.50-0.61x (6), doublings 1.70-2.03x (6), curriculum stages
0.87-0.94x (6), batch steps 1.06-1.10x (4).

A regression changes the step's parts inside its window; the run's clock (steps, pauses, epochs, exports, polls)
stays the healthy run's, and the series is the healthy one plus the path of the audio the regression costs, so
``healthy`` (the same run without regressions) aligns point by point and equals ``values`` outside the events.
The event's ``end`` is the last point where the regressed series differs from the healthy one (plus one). No
event holds a point of ``changes``.

Labelled regressions (their causes are an ASR job's on TPU VMs)
-----------------------------------------------------------------
* ``drop``: a degraded ICI link (retrained at fewer lanes: the all-reduce up to 9x), a requeued slice that reads
  its shards from a bucket in another region (a stale config: the input pipeline up to 6x, from a same-size
  restart on, onset inside its span), one host's decode workers respawned at a quarter of their count after an
  OOM kill (the input pipeline up to 6x, ramping in over 20-120 s, swinging 12 %; every host waits for it), or
  ``PT_XLA_DEBUG`` / a per-step metrics report switched on by a hot config push (the fixed part up to 13x); a
  fault of the process or the slice ends at the next restart; 150-1400 points or to the end;
* ``straggler``: the shard bucket rate-limited (429s and backoff while another team's job reads it: bursts of
  20-120 s every 20-150 s in which the input pipeline is up to 13x slower, a tenth of that between them) or
  dynamic shapes leaking (a shard with utterances past the last bucket: new shapes, the compilation cache
  thrashing; bursts of 10-60 s every 30-240 s in which the fixed part is up to 41x); 80-500 points;
* ``leak``: a list of loss tensors kept for logging (the lazy graph, its tracing and hashing grow: the fixed
  part up to 13x), decode workers leaking handles and buffers (the page cache shrinks: the input pipeline up to
  6x) or a WER metric whose hypotheses accumulate on the host and are re-scored at every logging step (the fixed
  part up to 13x), each growing as ``r ** q`` of the ramp ``r`` (``q`` 0.7-1.5) over 250-1800 points (at most
  0.6 of the stretch it is placed in), then held 80-600 points or to the end, unless a restart ends it sooner.

Each trace with events holds every kind once, in a random order, and a fourth event of a random kind in 40 % of
them, one per stretch of the trace from point 600 on. A regression's magnitude is set by bisection so that its
noise-free loss of audio over its training ticks meets a drawn target (drops 8-34 %, stragglers 10-30 %; a leak
12-40 % over its plateau, the last tenth of its ramp and its hold). About 30 % of the other onsets are placed
at the end of a pause or inside it. An event is kept only when its measured depth ``1 - sum(values) /
sum(healthy)`` over its unpaused points is 7-34 %, its values lie below the healthy twin on more than 60 % of
its points, it holds no point of ``changes``, and it shows within 60 points of the onset (the first 60 points
lose at least 5 % and half the depth, on at least 8 live points) or, for a leak, along its ramp (its last third
loses at least 5 %); otherwise it is redrawn.

Counts over ``heldout16_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     30      10    10         10    0.085-0.337  20              7-23 (299 spans, 0 >60)      3
long      29      10    9          10    0.070-0.315  12              33-118 (225 spans, 156 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end
are left out of the span ranges. Pause spans include restarts. ``changes`` (planned level changes the monitor
knows of): short 10 (4 world-size changes: 2 halvings, 2 doublings; 3 curriculum stages, 3 batch steps),
long 12 (8 world-size changes: 4 halvings, 4 doublings; 3 curriculum stages, 1 batch step); the epochs'
mixes, the compiles after a restart, the restarts onto a same-size slice and the multiplexer's wander are
level changes it is not told of. Generating both settings takes about 5 seconds (on two shared cores).

Usage::

    from anomaly.heldout16 import heldout16_set
    for trace in heldout16_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events

Size: over 500 lines because one blind author's whole model (the job, the Cloud Monitoring path, the
regressions) stays in one file, as every held-out family does; nothing imports its internals.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import numpy as np

from anomaly.heldout_common import (apply_mods, bad_share, calibrate, cause_buckets, draw_regression, eval_pause,
                                    every_fourth_clean, family_trace, next_stretch, ou_path, restart_pause,
                                    rollup_build, seg_buckets, seg_columns, skip_restarts, smax, span_len, twostate,
                                    wobble)
from anomaly.traces import Trace

HELDOUT16_SEEDS = tuple(range(161600, 161612))

_PAUSE = {"short": (6, 25, 8, 15), "long": (31, 120, 45, 80)}  # span (points) lo, hi; median lo, hi
_TICK = 5.0  # the simulation's grid (s): training seconds, stalls and audio counted per tick
_SLOTS = 16  # host slots (the job runs on 2-16 TPU VM hosts)
_CHIPS = 4  # TPU chips per host
_FILL = 0.93  # share of a batch's padded frames that hold audio (duration-bucketed batches)
_P_KIND = (0.36, 0.30, 0.34)
_EPOCHS = 80  # epochs drawn (more than a trace ever reaches)


@dataclass
class _Job:
    """The step-cost model of a Conformer / RNN-T ASR job on a TPU slice (seconds per step, per part)."""

    a_c: float  # TPU compute per step at batch multiplier 1 and mean-length factor 1 (per chip: weak scaling)
    gam: float  # the length-dependent share of the compute (self-attention over frames; padding of long buckets)
    c_ici: float  # the gradient all-reduce over ICI at 4 hosts (16 chips)
    c_dcn: float  # the extra all-reduce over the data-centre network when the job spans two slices (16 hosts)
    fixed: float  # per-step host work: dispatch, lazy-tensor tracing and graph hashing, optimizer launch
    l_a: float  # the host input pipeline per step and batch multiplier: FLAC decode, resampling, log-mel features
    l_u: float  # its per-utterance part at mean-length factor 1 (open, read, collate: short utterances cost more)
    d0: float  # audio seconds per chip and step (the sampler's max_duration) at batch multiplier 1

    def parts(self, H, bm, ell):
        """``(compute, all-reduce, fixed, loader)`` per step on ``H`` hosts, batch multiplier ``bm``, mean
        utterance-length factor ``ell``."""
        H = np.asarray(H, float)
        comp = self.a_c * bm * (1 - self.gam + self.gam * ell)
        coll = self.c_ici * (1 + 0.12 * np.log2(H / 4.0)) + self.c_dcn * (H >= 16)
        loader = (self.l_a + self.l_u / ell) * bm
        return comp, coll, self.fixed + 0.0 * comp, loader

    def audio(self, H, bm):
        """Audio seconds in one (global) step."""
        return _CHIPS * H * self.d0 * bm * _FILL

    def rate(self, H, bm, ell) -> float:
        comp, coll, fixed, loader = self.parts(H, bm, ell)
        return float(self.audio(H, bm) / _smax(comp + coll + fixed, loader))


_smax = smax  # a step waits for the slower of the TPU part and the hosts' input pipeline (a soft maximum)


@dataclass
class _Seg:
    """A stretch of training in one process, epoch, slice size, batch and curriculum stage."""

    t0: float
    t1: float
    epoch: int
    proc: int
    H: int
    bm: float
    stage: float  # mean-length multiplier of the curriculum stage (1 before a planned stage change)


@dataclass
class _Run:
    """The healthy run on the grid of 5-s ticks (``B = n * k`` ticks) and the metric path's draws."""

    dt: float  # the alignment period = one point (s)
    k: int  # ticks per point
    n: int
    E: float  # the exporter's interval (s)
    train: np.ndarray  # training seconds in each tick
    stall: np.ndarray  # seconds of those without steps (XLA compiles, host-side logging, GC, buffer refills)
    comp: np.ndarray  # the step's parts (s), healthy
    coll: np.ndarray
    fixed: np.ndarray
    loader: np.ndarray
    gmul: np.ndarray  # multiplier on the TPU part: wander, the bucket mix's jitter, the process's chips
    aps: np.ndarray  # audio seconds per step (global)
    hosts: np.ndarray  # hosts in the process of each tick (0 while paused between processes)
    eps: np.ndarray  # (slots, B) a host's share of a tick's audio, relative (its batches' own fill)
    procs: list  # (start, stop, H) of each process: its series' start_time and its last moment
    exports: list  # per process: per host, the times of the export points that reached Cloud Monitoring
    late: np.ndarray  # (slots, n) the export after the point's end had not been ingested at the poll
    segs: list
    pauses_t: list  # (t0, t1, kind) without training: "eval", "ckpt", "epoch", "restart"
    epoch_t: list  # per epoch reached: (first training time, last training time)
    restarts: list  # (stop, resume, same slice size)
    known_t: list  # resume times after which the level changes by plan
    known_kind: list  # "world", "batch", "stage"
    job: _Job | None = None
    x: np.ndarray | None = None  # healthy audio per tick (cached)
    raw: np.ndarray | None = None  # healthy series, unrounded (cached)


def _span_len(rng, setting: str, scale: float = 1.0) -> float:
    return span_len(rng, _PAUSE, setting, scale, 1.5, 2.5)


def _draw_job(rng, H: int) -> _Job:
    """A job whose TPU step at ``H`` hosts takes 0.4-1.6 s, with its parts' shares and an input pipeline at
    40-105 % of the TPU step."""
    s = rng.uniform(0.4, 1.6)
    sh = np.array([rng.uniform(0.6, 0.8), rng.uniform(0.08, 0.2), rng.uniform(0.04, 0.12)])
    sh /= sh.sum()
    c_dcn = rng.uniform(0.04, 0.14) * s
    c_ici = max(sh[1] * s - c_dcn * (H >= 16), 0.03 * s) / (1 + 0.12 * np.log2(H / 4.0))
    rho, fu = rng.uniform(0.4, 1.05), rng.uniform(0.15, 0.4)
    return _Job(a_c=sh[0] * s, gam=rng.uniform(0.2, 0.5), c_ici=c_ici, c_dcn=c_dcn, fixed=sh[2] * s,
                l_a=rho * s * (1 - fu), l_u=rho * s * fu, d0=rng.uniform(300, 1200))


def _add_stall(stall: np.ndarray, train: np.ndarray, t: float, dur: float) -> None:
    """Lose ``dur`` seconds of training from time ``t`` on (tick by tick, at most a tick's training each)."""
    b = int(t // _TICK)
    while dur > 1e-9 and b < len(train):
        take = min(dur, train[b] - stall[b])
        if take > 0:
            stall[b] += take
            dur -= take
        b += 1
        if b - int(t // _TICK) > 400:
            break


def _schedule(rng, n: int, setting: str) -> _Run:
    dt = float(rng.choice([60.0, 120.0], p=[0.65, 0.35]))
    k = int(dt / _TICK)
    T = n * dt
    B = n * k
    H = int(rng.choice([4, 8, 16], p=[0.35, 0.45, 0.2]))
    H_req = H  # the slice size the job's queued resource asks for
    job = _draw_job(rng, H)
    rate0 = job.rate(H, 1.0, 1.0)

    # epochs: the shards' corpus mix moves the mean utterance length a little from epoch to epoch
    ell_ep = np.exp(rng.normal(0, 0.04, _EPOCHS))
    ep_pts = rng.uniform(500, 1800)
    A = ep_pts * dt * rate0 * np.exp(rng.normal(0, 0.03, _EPOCHS))  # audio seconds in an epoch

    # planned changes at epoch ends: a curriculum stage (longer utterances admitted), a larger batch
    est = max(2, int(n / (ep_pts * 1.15)))
    stage_ep = int(rng.integers(1, max(2, int(0.7 * est) + 1))) if rng.random() < 0.25 else -1
    batch_ep = int(rng.integers(1, max(2, int(0.7 * est) + 1))) if rng.random() < 0.2 else -1
    if stage_ep == batch_ep:
        batch_ep = -1
    stage_mult, bm_mult = 1.0, 1.0
    if stage_ep > 0:  # max_duration of an utterance raised (20 s -> 30 s...): kept where it costs 6-16 %
        for _ in range(20):
            c = rng.uniform(1.1, 2.0)
            ratio = job.rate(H, 1.0, ell_ep[stage_ep] * c) / job.rate(H, 1.0, ell_ep[stage_ep])
            if 0.84 <= ratio <= 0.92:
                stage_mult = c
                break
        else:
            stage_ep = -1
    if batch_ep > 0:  # the per-chip batch raised (more HBM after a remat change): kept where it gains 8-16 %
        for c in (1.25, 1.5, 2.0):
            ratio = job.rate(H, c, ell_ep[batch_ep]) / job.rate(H, 1.0, ell_ep[batch_ep])
            if 1.08 <= ratio <= 1.16:
                bm_mult = c
                break
        else:
            batch_ep = -1

    V = rng.uniform(150, 400) * dt  # val_check_interval, in seconds of training
    ck_every = int(rng.choice([0, 2, 3, 4], p=[0.4, 0.25, 0.2, 0.15]))  # also a checkpoint every k-th eval
    n_re = int(rng.poisson(rng.uniform(0.7, 2.2)))  # maintenance events, spot preemptions
    re_t = sorted(rng.uniform(0.05, 0.92, n_re) * T)

    segs, pauses_t, restarts, known_t, known_kind = [], [], [], [], []
    t, ep, proc, bm, stage = 0.0, 0, 0, 1.0, 1.0
    left, since_eval, ck_train, n_eval, ri = A[0], 0.0, 0.0, 0, 0
    while t < T + dt:
        r = job.rate(H, bm, ell_ep[ep] * stage)
        # an evaluation due just before the epoch's end waits for the epoch-end one
        which, run = next_stretch(rng, re_t, ri, t, left / r, V - since_eval, 0.25 * V, dt)
        segs.append(_Seg(t, t + run, ep, proc, H, bm, stage))
        t += run
        left -= run * r
        since_eval += run
        ck_train += run
        if which == 2:  # a maintenance event or a preemption: the job is requeued and resumes from a checkpoint
            left = min(A[ep], left + ck_train * r)
            dur = (_span_len(rng, setting, 1.5) - 1.0) * dt
            old = H
            if H < H_req and rng.random() < 0.7:  # capacity is back: requeued on the requested slice size
                H *= 2
            elif H >= H_req and rng.random() < 0.45:  # on half the slice where capacity is short, now and then
                H = H * 2 if H < 16 and rng.random() < 0.3 else H // 2  # scaled up (two slices over DCN)
            t = restart_pause(t, dur, H == old, pauses_t, restarts, known_t, known_kind, until=T - dt)
            proc += 1
            since_eval = ck_train = 0.0
            ri = skip_restarts(re_t, ri, t)
        elif which == 0:  # the epoch ends: the full evaluation (every dev set, beam search) and a checkpoint
            dur = (_span_len(rng, setting, 1.6) - 1.0) * dt
            pauses_t.append((t, t + dur, "epoch"))
            t += dur
            ep += 1
            left, since_eval, ck_train = A[ep], 0.0, 0.0
            if ep == stage_ep and t < T - dt:
                stage = stage_mult
                known_t.append(t)
                known_kind.append("stage")
            if ep == batch_ep and t < T - dt:
                bm = bm_mult
                known_t.append(t)
                known_kind.append("batch")
        else:  # val_check_interval: greedy decoding of one dev set (and every k-th time a checkpoint)
            n_eval, ck, t = eval_pause(rng, _span_len, setting, n_eval, ck_every, 1.25, t, dt, pauses_t)
            since_eval = 0.0
            if ck:
                ck_train = 0.0

    # the ticks
    tb, train, seg_of = seg_buckets(segs, B, _TICK)
    on, (Hb, bmb, pb, eb, stg) = seg_columns(segs, seg_of, "H", "bm", "proc", "epoch", "stage")
    g60 = (tb / 60).astype(int)
    ou_m = ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))  # the lazy mux of the corpora
    ellb = ell_ep[eb] * stg * np.exp(ou_m[g60])
    comp, coll, fixed, loader = job.parts(Hb, bmb, ellb)

    # healthy texture: per process chips, hosts and torus, wander, the bucket mix per tick
    coll = coll * np.exp(rng.normal(0, 0.08, proc + 1))[pb]
    loader = loader * np.exp(rng.normal(0, 0.03, proc + 1))[pb] * np.exp(rng.normal(0, 0.02, B))
    ou_s = ou_path(rng, T, rng.uniform(0.005, 0.015), rng.uniform(900, 5400))
    step0 = _smax(comp + coll + fixed, loader)
    steps = np.maximum(_TICK / step0, 1.0)
    cv_b = rng.uniform(0.12, 0.3)  # step-to-step spread of the buckets' costs (per audio second)
    jit = np.exp(cv_b / np.sqrt(steps) * rng.normal(0, 1, B) + 0.01 * np.clip(rng.standard_t(3, B), -6, 6))
    gmul = np.exp(rng.normal(0, 0.01, proc + 1))[pb] * np.exp(ou_s[g60]) * jit
    for arr in (comp, coll, fixed, loader, gmul):
        arr[~on] = 1.0

    # stalls: XLA compiles of every bucket's shape in a new process (a persistent cache makes them loads),
    # host-side logging of decoded samples every so many steps, the bucketing buffer refilled at an epoch's
    # start, GC passes
    stall = np.zeros(B)
    n_sh = int(rng.integers(6, 17))
    share = rng.dirichlet(np.full(n_sh, 1.5))
    cache = rng.random() < 0.6
    first_proc, first_ep = {}, {}
    for s in segs:
        first_proc.setdefault(s.proc, s.t0)
        first_ep.setdefault(s.epoch, s.t0)
    for p, t0 in first_proc.items():
        if t0 >= T:
            continue
        st = float(np.median(step0[int(t0 // _TICK):int(t0 // _TICK) + 12]))
        firsts = np.sort(rng.geometric(np.maximum(share, 1e-3)))[1:]  # the first shape compiled at start-up
        for f in firsts:
            c = rng.uniform(1, 4) if (cache and p > 0) else rng.uniform(8, 40)
            _add_stall(stall, train, t0 + f * st, c)
    if rng.random() < 0.5:  # logging decoded samples (greedy decode on the host) every L steps
        per = float(np.median(step0[on])) * int(rng.choice([500, 1000, 2000]))
        cost = rng.uniform(2, 8)
        clock = np.cumsum(train)
        for c in np.arange(per, clock[-1], per):
            b = int(np.searchsorted(clock, c))
            if b < B:
                _add_stall(stall, train, b * _TICK, cost)
    refill = rng.uniform(10, 40)
    for e, t0 in first_ep.items():
        if 0 < t0 < T:
            _add_stall(stall, train, t0, refill * rng.uniform(0.7, 1.3))
    lam = 1 / rng.uniform(180, 900)
    gc = np.where(rng.random(B) < lam * _TICK, np.exp(rng.uniform(np.log(0.5), np.log(4.0), B)), 0.0)
    stall = np.minimum(stall + gc, train)
    aps = job.audio(Hb, bmb)

    # which hosts: a process's slots; each host's share of a tick's audio (its own batches' fill)
    hosts = np.where(on, Hb, 0)
    eps = rng.normal(0, 1, (_SLOTS, B)) * (0.5 * cv_b / np.sqrt(steps * 4))[None, :]

    # the path: per process and host a cumulative series, exported every E s (from a random phase); a write
    # that failed is gone (the next cumulative point covers it), API outages drop every host's points
    E = float(rng.choice([15.0, 30.0, 60.0], p=[0.2, 0.3, 0.5]))
    procs = []
    for p in range(proc + 1):
        ss = [s for s in segs if s.proc == p]
        stop = next((a for a, b, _ in restarts if a >= ss[0].t0), np.inf)
        procs.append((ss[0].t0, min(stop, T + 2 * dt), ss[0].H))
    p_drop = rng.uniform(0.002, 0.02)
    outages = []
    for _ in range(int(rng.poisson(T / rng.uniform(43200, 172800)))):
        a = rng.uniform(0, T)
        outages.append((a, a + rng.uniform(120, 600)))
    exports = []
    for start, stop, Hp in procs:
        per = []
        for h in range(_SLOTS):
            if h >= Hp:
                per.append(np.zeros(0))
                continue
            e = start + rng.uniform(0, E) + E * np.arange(max(0, int((stop - start) / E) + 1))
            e = e[e < stop]
            keep = rng.random(len(e)) >= p_drop
            for a, b in outages:
                keep &= ~((e >= a) & (e < b))
            per.append(e[keep])
        exports.append(per)

    # the poll: the point of [T - dt, T) is read once, somewhat more than E after T; now and then (per host, or
    # for every host during an ingestion delay) the export after T has not been ingested yet
    late = rng.random((_SLOTS, n)) < rng.uniform(0.001, 0.006)
    for _ in range(int(rng.poisson(T / rng.uniform(86400, 259200)))):
        i = int(rng.integers(0, n))
        late[:, i:i + int(rng.integers(1, 4))] = True

    epochs = sorted(first_ep)
    epoch_t = [(min(s.t0 for s in segs if s.epoch == x), max(s.t1 for s in segs if s.epoch == x)) for x in epochs]
    return _Run(dt=dt, k=k, n=n, E=E, train=train, stall=stall, comp=comp, coll=coll, fixed=fixed, loader=loader,
                gmul=gmul, aps=aps, hosts=hosts, eps=eps, procs=procs, exports=exports, late=late, segs=segs,
                pauses_t=pauses_t, epoch_t=epoch_t, restarts=restarts, known_t=known_t, known_kind=known_kind,
                job=job)


@dataclass
class _Mod:
    """A regression: multipliers of the step's parts over ticks ``[b0, b1)``."""

    b0: int
    b1: int
    comp: np.ndarray | float = 1.0
    coll: np.ndarray | float = 1.0
    fixed: np.ndarray | float = 1.0
    loader: np.ndarray | float = 1.0


def _steps(run: _Run, mods, b0: int, b1: int) -> np.ndarray:
    """Audio seconds trained in each tick of ``[b0, b1)`` with the regressions ``mods`` applied."""
    comp, coll, fixed, loader = apply_mods(run, mods, b0, b1, ("comp", "coll", "fixed", "loader"))
    tpu = (comp + coll + fixed) * run.gmul[b0:b1]
    x = np.maximum(run.train[b0:b1] - run.stall[b0:b1], 0) / _smax(tpu, loader)
    return x * run.aps[b0:b1]


def _raw(run: _Run, x: np.ndarray) -> np.ndarray:
    """The poller's ``ALIGN_RATE`` (alignment period ``dt``) + ``REDUCE_SUM`` of the audio ``x`` per tick,
    unrounded: per host and process a cumulative series (0 at its start time, then the export points that
    reached Cloud Monitoring), the slope of the line through its interpolated values at the start and the end of
    each period, summed. Where the export after a period's end was not ingested at the poll, the series' value
    there is its last point's (no earlier than the period's start). Linear in ``x``."""
    H = np.maximum(run.hosts, 1)
    edges = np.arange(len(x) + 1) * _TICK
    ends = (np.arange(run.n) + 1) * run.dt
    total = np.zeros(run.n)
    for h in range(_SLOTS):
        if not any(h < Hp for _, _, Hp in run.procs):
            continue
        cum = np.concatenate([[0.0], np.cumsum(x / H * (1 + run.eps[h]))])
        for (start, stop, Hp), per in zip(run.procs, run.exports):
            if h >= Hp:
                continue
            e = per[h]
            et = np.concatenate([[start], e])
            ev = np.concatenate([[0.0], np.interp(e, edges, cum) - np.interp(start, edges, cum)])
            q = ends.copy()
            lt = run.late[h]
            if lt.any():
                j = np.searchsorted(et, ends[lt], side="right") - 1
                q[lt] = np.maximum(et[np.maximum(j, 0)], ends[lt] - run.dt)
            total += np.interp(q, et, ev, left=0.0) - np.interp(ends - run.dt, et, ev, left=0.0)
    return total / run.dt


def _series(run: _Run, mods=()) -> np.ndarray:
    """The dashboard's audio-seconds/s as the poller read it, with the regressions ``mods`` (the healthy run's
    path plus the path of the audio they cost, so that the points they do not touch are the healthy ones)."""
    if run.raw is None:
        run.x = _steps(run, [], 0, len(run.train))
        run.raw = _raw(run, run.x)
    if not mods:
        return np.round(run.raw, 3)
    dx = _steps(run, mods, 0, len(run.train)) - run.x
    return np.round(run.raw + _raw(run, dx), 3)


def _bad_share(edges: np.ndarray, tb: np.ndarray) -> np.ndarray:
    """The share of each tick starting at ``tb`` that lies in a bad phase of ``edges``."""
    return bad_share(edges, tb, _TICK)


_CAUSES = {"drop": ("ici", "zone", "workers", "debug"), "straggler": ("gcs", "recompile"),
           "leak": ("graph", "decoder", "wer")}


def _cause(rng, run: _Run, kind: str, name: str, t0: float, t1: float, tr: float):
    """``(mod_of(A), A_max, t1)``: the regression ``name`` over ``[t0, t1)`` (a leak ramps until ``tr``) as a
    function of its magnitude ``A``, and the time it really ends (a process's or a slice's fault leaves with the
    process)."""
    held = name in ("ici", "zone", "workers", "debug", "graph", "decoder", "wer")
    t1, b0, b1 = cause_buckets(run, t0, t1, _TICK, held)
    x = np.maximum(np.arange(b0, b1) * _TICK - t0, 0)
    if name == "ici":  # a degraded ICI link (retrained at fewer lanes): the all-reduce routes around it
        return (lambda A: _Mod(b0, b1, coll=np.full(b1 - b0, 1 + A))), 8.0, t1
    if name == "zone":  # the new slice reads its shards from a bucket in another region (a stale config)
        return (lambda A: _Mod(b0, b1, loader=np.full(b1 - b0, 1 + A))), 5.0, t1
    if name == "workers":  # one host's decode workers respawned at a quarter of the count after an OOM kill
        w = wobble(rng, x, 0.12, 900)
        return (lambda A: _Mod(b0, b1, loader=1 + A * w)), 5.0, t1
    if name == "debug":  # PT_XLA_DEBUG / a metrics report every step switched on by a hot config push
        return (lambda A: _Mod(b0, b1, fixed=np.full(b1 - b0, 1 + A))), 12.0, t1
    tb = np.arange(b0, b1) * _TICK
    if name == "gcs":  # the shard bucket rate-limited (429s, backoff) while another team's job reads it
        bad = _bad_share(twostate(rng, t0, t1, rng.uniform(20, 120), rng.uniform(20, 150), 1e6), tb)
        g = np.exp(rng.normal(0, 0.3, b1 - b0))
        return (lambda A: _Mod(b0, b1, loader=1 + A * (bad * g + 0.1 * (1 - bad)))), 12.0, t1
    if name == "recompile":  # a shard with utterances past the last bucket: new shapes, the compile cache thrashes
        bad = _bad_share(twostate(rng, t0, t1, rng.uniform(10, 60), rng.uniform(30, 240), 1e6), tb)
        return (lambda A: _Mod(b0, b1, fixed=1 + A * bad)), 40.0, t1
    r = np.clip(x / max(tr - t0, 1e-9), 0, 1) ** rng.uniform(0.7, 1.5)
    if name == "graph":  # a list of loss tensors kept for logging: the lazy graph, its tracing and hashing grow
        return (lambda A: _Mod(b0, b1, fixed=1 + A * r)), 12.0, t1
    if name == "decoder":  # the decode workers leak file handles and buffers: the page cache shrinks
        return (lambda A: _Mod(b0, b1, loader=1 + A * r)), 5.0, t1
    # a WER metric whose hypotheses accumulate on the host and are re-scored at every logging step
    return (lambda A: _Mod(b0, b1, fixed=1 + A * r)), 12.0, t1


def _calibrate(run: _Run, mod_of, a_max: float, target: float, b0: int, b1: int):
    """The magnitude whose noise-free loss of audio over the training ticks ``[b0, b1)`` is ``target``
    (bisection), or None if even ``a_max`` loses less."""
    return calibrate(lambda mods: _steps(run, mods, b0, b1), mod_of, a_max, target, run.train[b0:b1] > 0)


def _draw_event(rng, run: _Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` with onset in ``[lo, hi)`` ending before ``hi`` (or running to the end)
    and holding no listed change: an ``(Event, _Mod)`` pair, or None after 80 rejected draws (after 50, of any
    kind)."""
    # "zone": from a restart onto a slice of the same size (a new size is a listed change); else 30 % at the end of
    # a pause (or inside it)
    return draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=_P_KIND, causes=_CAUSES,
                           cause=_cause, calib=partial(_calibrate, run),
                           series=lambda mod, lo, b1: (_series(run, [mod]), 0),
                           width=_TICK, restart_cause="zone", min_buckets=24, drop_hi=0.34, max_depth=0.34)


def _build(seed: int, n: int, pauses: str):
    """The healthy run of ``seed``: ``(run, healthy series, pause spans, live mask, changes)``. A span holds the
    points whose alignment period touches a stretch without training; a change is the first point after the
    span of a planned change."""
    return rollup_build(_schedule, _series, seed, n, pauses, 161)


def make_heldout16(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One ASR job's audio-seconds/s (per-host cumulative counters in Cloud Monitoring, read back with
    ``ALIGN_RATE`` and ``REDUCE_SUM``) with labelled regressions and its planned level changes (deterministic in
    ``seed``).

    Parameters
    ----------
    seed : random seed.
    n : number of points (>= 2000).
    pauses : ``"short"`` (pauses of 6-25 points) or ``"long"`` (31-120 points, many over 60).
    n_events : number of regressions to place; ``0`` gives a clean run, ``None`` draws 3 or 4.
    """
    return family_trace(_build, _draw_event, _series, _P_KIND, seed, n, pauses, n_events, 162,
                        lambda run: 1_800_000_000.0 + 86400.0 * (seed % 97) + run.dt * (np.arange(n) + 1))


def heldout16_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT16_SEEDS) -> list[Trace]:
    """The family's traces, one per seed; every fourth trace is a clean run."""
    return every_fourth_clean(make_heldout16, seeds, n, pauses)
