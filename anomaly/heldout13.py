"""The thirteenth held-out throughput family: an LLM fine-tuning job's tokens/s on spot instances, read through
OpenTelemetry cumulative counters, a collector, Prometheus scrapes and ``rate()``.

Written blind: the author read only the ``Event``/``Trace`` interface and the scoring rule of
``anomaly/traces.py``, the shared test helpers and the twelfth generator as a model of API and tests, never a
detector, and never ran a detector on these traces.

What is modelled
----------------
A decoder LLM (7-13B) is fine-tuned with FSDP on a group of spot (preemptible) GPU instances. Its data are
pre-tokenised and packed into shards by sequence length (5-8 length buckets, geometric from 128-256 to
2048-8192 tokens); every batch has the same padded token budget (64k-512k tokens), so a batch of a short
bucket holds many sequences and one of a long bucket few. The trainer counts the real (unpadded) tokens of
each step on an OpenTelemetry counter ``train.tokens`` (cumulative temporality); the SDK's periodic reader
collects it every 30 s (plus the collection's own few milliseconds, now and then a few seconds when the GIL is
busy: the export phase drifts against the scrapes) and pushes it over OTLP to an OpenTelemetry Collector, whose
``prometheus`` exporter serves the last value it received and drops a series 5 min after its last export.
Prometheus scrapes the collector every 15 s; the panel shows ``sum(rate(train_tokens_total[1m]))`` at a 15-s
step (Prometheus' extrapolated rate, ``or vector(0)`` where no series has two samples in the window).

Healthy behaviour (none of it labelled); all of it is new to this family:

* **length buckets.** A step costs ``max(GPU, data path) + exposed collectives``: the GPU time per padded
  token grows with the sequence length (attention is 25-55 % of it at the longest bucket), the real / padded
  share is 80-97 % per bucket, and the data path (fetch, collate, pad) costs per sequence, so it is largest
  for the shortest bucket (35-80 % of its GPU time). A long bucket's tokens/s is typically 20-50 % below a
  short one's;
* **a shuffled shard order.** The sampler reads whole shards (one bucket each, about 4-25 points of training)
  in an order reshuffled every epoch (seeded by the epoch), a shuffle buffer blending neighbouring shards at
  their edges; an epoch is about 1500-4000 points. The healthy series is a staircase
  of a few discrete levels in a random order, not a level with Gaussian noise;
* **one or two exports per window.** A 1-minute window of 15-s scrapes spans 45 s between its first and last
  sample and holds one or two 30-s exports, so the panel alternates between about 2/3 and 4/3 of the true
  rate (neighbouring points about 2x apart), its phase slipping as the export period drifts; an export lost
  on the way (0.3-1 %) gives a point with no increase and, the counter being cumulative, a later point that
  carries two exports' tokens; a failed scrape (0.1-0.6 %) shortens a window;
* **spot preemptions.** Reclaims at random times (Poisson, 0.6-2.2 per run on average; never inside a pause):
  the series stops, then expires; a new instance (another instance type 40 % of the time: its GPUs 7-25 %
  faster or slower, a step in the healthy level)
  starts a new process (a new series, its counter from 0; the first windows extrapolate from few samples),
  and the job resumes from its last checkpoint, replaying the steps since (and their bucket order), unless the
  run has a 2-minute-notice handler that saved one; a process's first steps are 1.5-3x slower, decaying over
  10-60 steps (compilation, NCCL set-up, cold page cache); the gap is a pause span of the setting's length;
* pauses: an evaluation every 150-400 points of training, every 2nd-5th followed by a checkpoint save (a
  1.3-1.6x longer pause); a pause span holds the points whose rate window reaches into the pause (so none is
  shorter than 6 points);
* heavy-tailed step jitter (Student-t, 3 degrees of freedom, scale 1-3 %), rare 1.5-3.5x step hiccups, data-
  path and collective noise, 1 % spread in real tokens per batch.

A regression changes the step costs inside its window; the run's clock (steps, pauses, exports, scrapes) stays
the healthy run's and the stretch is accounted as fewer tokens per step (a step that is ``slow`` times its
healthy cost credits ``1 / slow`` of its tokens, the deficit rounded on the counter), so ``healthy`` (the same
run without regressions) aligns point by point. The event's ``end`` is the last point where the regressed
series differs from the healthy one (plus one).

Labelled regressions (their causes are a spot fine-tuning job's)
---------------------------------------------------------------
* ``drop``: a co-located noisy neighbour on the host (memory bandwidth, PCIe and the host NIC shared: the GPU
  part 8-45 % and the collectives more, swinging with the neighbour's load over minutes; it ends at the next
  preemption, the job having left the host), the data path's CPU quota cut (collation 1.5-4x slower: the short
  buckets, many sequences per batch, lose most and a long bucket may lose nothing), or a PCIe link downtrained
  on one host (its collectives 2-6x slower); held 150-1400 points or to the end of the run;
* ``straggler``: a flapping network link (down phases of 8-60 s, up phases of 30-240 s on average, NCCL
  retries making the collectives 3-15x longer while down) or a slow peer (a periodic job on one rank's host
  adds 30-120 % of its GPU time to the steps for 10-45 s every 1-5 min; everyone waits); 80-500 points;
* ``leak``: a tokenizer cache growing to its cap (the data path's cost per sequence rising to 1.8-5x, as
  ``x ** q`` of the ramp ``x``, ``q`` 0.7-1.5; hidden while the GPU binds, so long buckets show it last) or
  the collator keeping references (generation-2 collections every 5-40 steps whose pauses grow with the heap,
  on average 12-60 % of a typical step at the ramp's end); the ramp takes 250-1800 points (at most 0.6 of the
  stretch of trace it is placed in), then holds 80-600 points or to the end.

About 30 % of onsets are placed at the end of a pause or a restart (a new host comes with the neighbour, the
quota or the link) or inside the pause before it. An event is kept only when its measured depth ``1 -
sum(values) / sum(healthy)`` over its unpaused points is 7-35 %, its values lie below the healthy twin on
more than 60 % of its points, and it shows within 60 points of the onset (the first 60 points lose at least
5 % and half the depth, on at least 8 live points) or, for a leak, along its ramp (its last third loses at
least 5 %); otherwise it is redrawn.

Counts over ``heldout13_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     29      13    6          10    0.071-0.306  16              6-25 (278 spans, 0 >60)      3
long      31      10    14         7     0.070-0.328  16              32-118 (217 spans, 128 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's
end are left out of the span ranges. Pause spans include preemption gaps. Generating both settings takes
about three seconds.

Usage::

    from anomaly.heldout13 import heldout13_set
    for trace in heldout13_set("long"):
        ...  # trace.values, trace.pauses, trace.events
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import numpy as np

from anomaly.heldout_common import (SETTINGS as _SETTINGS, add_span, changed_span, check_args, event_stop,
                                    every_fourth_clean, kind_draws, live_loss, live_mask, onset_time,
                                    regressed, shown_depth, span_len, twostate)
from anomaly.traces import Event, Trace

HELDOUT13_SEEDS = tuple(range(131840, 131852))

_PAUSE = {"short": (6, 25, 9, 15), "long": (31, 118, 46, 76)}  # span (points) lo, hi; median lo, hi
_STEP = 15.0  # Prometheus scrape interval and the panel's step (s)
_EXPORT = 30.0  # the OTel SDK's export interval (s)
_RANGE = 60.0  # rate()'s range: $__rate_interval = 4 scrapes
_EXPIRE = 300.0  # the collector's prometheus exporter drops a series 5 min after its last export
_P_KIND = (0.36, 0.34, 0.3)


@dataclass
class _Run:
    """The healthy run (times in s from the job's start): its steps and their cost parts, processes, exports,
    scrapes and pauses."""

    ts: np.ndarray  # the panel's evaluation times (n)
    scrape: np.ndarray  # scrape times (n + 3); point i reads scrapes i..i+3
    scrape_ok: np.ndarray  # scrapes that succeeded
    end: np.ndarray  # step end times (J)
    gpu: np.ndarray  # GPU time per step (s), jitter, warm-up and instance type included
    cpu: np.ndarray  # the data path's time per step (collation, tokenised-sample fetch), after prefetch
    comm: np.ndarray  # exposed collective time per step (s)
    tok: np.ndarray  # real (unpadded) tokens per step
    bucket: np.ndarray  # length bucket of each step
    gstep: np.ndarray  # the trainer's global step of each step (a replay after a restart repeats some)
    procs: list  # per process: (first step, end step, exports received (times), start, death)
    pauses_t: list  # spans (t0, t1) without training: evaluations, checkpoints, preemption gaps
    deaths: list  # preemption times
    stages: list  # (time, "restart" | "instance", value)

    @property
    def dur(self) -> np.ndarray:
        return np.maximum(self.gpu, self.cpu) + self.comm

    start: np.ndarray | None = None

    def __post_init__(self):
        self.start = self.end - self.dur


def _span_len(rng, setting: str, scale: float = 1.0) -> float:
    return span_len(rng, _PAUSE, setting, scale, 0.6, 0.6)


def _schedule(rng, n: int, setting: str, seed: int) -> _Run:
    ts = _STEP * (np.arange(n) + 4.0)
    phi = rng.uniform(0.5, 14.5)
    scrape = _STEP * np.arange(n + 3) + phi  # point i's window (ts[i] - 60, ts[i]] holds scrapes i..i+3
    scrape_ok = rng.random(n + 3) >= rng.uniform(0.001, 0.006)
    T = float(ts[-1] + 60.0)
    # the length buckets: geometric sequence lengths, a token budget per batch (padded)
    nb = int(rng.integers(5, 9))
    L = np.round(np.geomspace(rng.choice([128, 192, 256]), rng.choice([2048, 4096, 8192]), nb))
    M = float(rng.choice([65536, 131072, 262144, 524288]))
    f = rng.uniform(0.25, 0.55)  # attention's share of the cost per token at the longest bucket
    rel = (1 - f) + f * L / L[-1]
    s0 = rng.uniform(0.8, 3.5)  # GPU time of a shortest-bucket step (s)
    gpu_b = s0 * rel / rel[0]
    eff = rng.uniform(0.8, 0.97, nb)  # real / padded tokens
    nseq = M / L
    c_head = rng.uniform(0.35, 0.8)  # the data path's share of a shortest-bucket step
    c_tok = rng.uniform(0.15, 0.4)
    cpu_b = s0 * c_head * (c_tok + (1 - c_tok) * nseq / nseq[0])
    comm_share = rng.uniform(0.04, 0.15)
    w = rng.dirichlet(np.full(nb, 2.0))
    s_mean = float(w @ (np.maximum(gpu_b, cpu_b) * (1 + comm_share)))
    S = int(rng.uniform(40, 250) * 1.5 / s_mean + 8)  # steps per shard (a shard holds one bucket)
    spe_target = rng.uniform(1500, 4000) * _STEP / s_mean
    n_sh = max(nb, int(spe_target / S))
    counts = np.maximum(1, np.round(w * n_sh)).astype(int)
    shards = np.repeat(np.arange(nb), counts)
    spe = len(shards) * S
    blend = rng.uniform(0.05, 0.5) * S  # the shuffle buffer mixes neighbouring shards at their edges
    orders = {}

    def buckets(g):
        ep = g // spe
        out = np.empty(len(g), int)
        for e in np.unique(ep):
            if e not in orders:  # the sampler reshuffles the shards each epoch, seeded by the epoch
                r = np.random.default_rng([seed, 1301, int(e)])
                b = np.repeat(r.permutation(shards), S)
                orders[e] = b[np.argsort(np.arange(spe) + r.uniform(0, blend, spe), kind="stable")]
            k = ep == e
            out[k] = orders[e][g[k] % spe]
        return out

    E = max(50, int(rng.uniform(150, 400) * _STEP / s_mean))  # evaluate every E steps
    K = int(rng.integers(2, 6))  # a checkpoint every K-th evaluation
    sj = rng.uniform(0.01, 0.03)
    warm0, tau_w = rng.uniform(0.5, 2.0), rng.uniform(10, 60)
    n_pre = int(rng.poisson(rng.uniform(0.6, 2.2)))
    pre = sorted(rng.uniform(0.05, 0.95, n_pre) * T)
    handler = rng.random() < 0.5  # a 2-minute-notice handler saves a checkpoint before the instance goes

    parts = {k: [] for k in ("end", "gpu", "cpu", "comm", "tok", "bucket", "gstep")}
    procs, pauses_t, deaths, stages = [], [], [], []
    t, g, last_ckpt, inst, i_proc, j = 0.0, 0, 0, 1.0, 0, 0
    p_start, p_first, pi = -rng.uniform(40, 120), 0, 0

    def close_proc(death, final):
        ex = p_start + np.cumsum(_EXPORT + rng.uniform(0.005, 0.05, int((death - p_start) / _EXPORT) + 2)
                                 + np.where(rng.random(int((death - p_start) / _EXPORT) + 2) < 0.01,
                                            rng.uniform(0.5, 4.0), 0.0))
        ex = ex[ex <= death]
        ex = ex[rng.random(len(ex)) >= rng.uniform(0.003, 0.01)]  # exports lost on the way (retried next time)
        if final:
            ex = np.append(ex, death)
        procs.append((p_first, j, ex, p_start, death))

    while t < T:
        if pi < len(pre) and pre[pi] < t + 300:  # no reclaim inside a pause or right after it
            pre[pi] = t + rng.uniform(300, 900)
            pre.sort()
        m = (g // E + 1) * E - g
        if m * s_mean < 300:  # the restarted job skips an evaluation due right away
            m += E
        gg = g + np.arange(m)
        b = buckets(gg)
        ii = i_proc + np.arange(m)
        jit = np.exp(sj * np.clip(rng.standard_t(3, m), -8, 8))
        jit *= np.where(rng.random(m) < 0.002, rng.uniform(1.5, 3.5, m), 1.0)
        gpu = gpu_b[b] * inst * jit * (1 + warm0 * np.exp(-ii / tau_w))
        cpu = cpu_b[b] * np.exp(rng.normal(0, 0.08, m))
        comm = gpu_b[b] * inst * comm_share * np.exp(rng.normal(0, 0.1, m))
        tok = np.round(M * eff[b] * np.exp(rng.normal(0, 0.01, m)))
        ends = t + np.cumsum(np.maximum(gpu, cpu) + comm)
        died = pi < len(pre) and pre[pi] < ends[-1]
        cut = int(np.searchsorted(ends, pre[pi])) if died else m
        for key, val in (("end", ends), ("gpu", gpu), ("cpu", cpu), ("comm", comm), ("tok", tok), ("bucket", b),
                         ("gstep", gg)):
            parts[key].append(val[:cut])
        j += cut
        if died:
            death = max(pre[pi], t)
            pi += 1
            while pi < len(pre) and pre[pi] < death + 600:
                pi += 1
            close_proc(death, handler)
            g = g + cut if handler else last_ckpt  # without the handler the job replays from its checkpoint
            gap = (_span_len(rng, setting, 1.4) - 4 + rng.uniform(-0.4, 0.4)) * _STEP
            t = death + gap
            pauses_t.append((death, t))
            deaths.append(death)
            stages.append((t, "restart", g))
            if rng.random() < 0.4:  # another instance type this time
                inst = float(rng.choice([rng.uniform(0.78, 0.93), rng.uniform(1.07, 1.25)]))
                stages.append((t, "instance", inst))
            p_start, p_first, i_proc = t - min(rng.uniform(40, 120), 0.8 * gap), j, 0
            continue
        t, g, i_proc = float(ends[-1]), g + m, i_proc + m
        ckpt = (g // E) % K == 0
        if ckpt:
            last_ckpt = g
        pause = (_span_len(rng, setting, rng.uniform(1.3, 1.6) if ckpt else 1.0) - 4 + rng.uniform(-0.4, 0.4))
        pauses_t.append((t, t + pause * _STEP))
        t += pause * _STEP
    close_proc(T + _EXPIRE + 100, False)
    cat = {k: np.concatenate(v) for k, v in parts.items()}
    return _Run(ts=ts, scrape=scrape, scrape_ok=scrape_ok, end=cat["end"], gpu=cat["gpu"], cpu=cat["cpu"],
                comm=cat["comm"], tok=cat["tok"], bucket=cat["bucket"].astype(int), gstep=cat["gstep"].astype(int),
                procs=procs, pauses_t=pauses_t, deaths=deaths, stages=stages)


def _rate(run: _Run, val: np.ndarray, present: np.ndarray) -> np.ndarray:
    """Prometheus' ``rate(x[1m])`` of one series at the panel's points, from its scraped values ``val`` and
    presence ``present`` (both over the scrapes); no data gives 0."""
    n = len(run.ts)
    idx = np.arange(n)[:, None] + np.arange(4)[None, :]
    P, V, S = present[idx], val[idx], run.scrape[idx]
    c = P.sum(axis=1)
    ok = c >= 2
    fi = np.argmax(P, axis=1)
    la = 3 - np.argmax(P[:, ::-1], axis=1)
    r = np.arange(n)
    vf, vl, sf, sl = V[r, fi], V[r, la], S[r, fi], S[r, la]
    res = vl - vf
    sampled = np.where(ok, sl - sf, 1.0)
    avg = sampled / np.maximum(c - 1, 1)
    d_start = sf - (run.ts - _RANGE)
    d_end = run.ts - sl
    with np.errstate(divide="ignore", invalid="ignore"):
        d_zero = np.where(res > 0, sampled * vf / np.where(res > 0, res, 1.0), np.inf)
    d_start = np.minimum(d_start, d_zero)
    thr = 1.1 * avg
    ext = sampled + np.where(d_start < thr, d_start, avg / 2) + np.where(d_end < thr, d_end, avg / 2)
    return np.where(ok, res * ext / sampled / _RANGE, 0.0)


def _series(run: _Run, slow: np.ndarray | None = None) -> np.ndarray:
    """The panel's ``sum(rate(train_tokens_total[1m]))`` of the run whose steps are ``slow`` (>= 1) times their
    healthy cost (their tokens credited over the healthy step's time)."""
    cz = np.concatenate([[0.0], np.cumsum(run.tok)])
    dz = None
    if slow is not None and (slow != 1.0).any():
        dz = np.concatenate([[0.0], np.cumsum(run.tok * (1 - 1 / slow))])
    out = np.zeros(len(run.ts))
    for j0, j1, ex, p0, death in run.procs:
        if len(ex) == 0:
            continue
        k = np.clip(np.searchsorted(run.end, ex, side="right"), j0, j1)
        value = np.round(cz[k] - cz[j0])  # the process's cumulative counter at each export
        if dz is not None:
            value -= np.round(dz[k] - dz[j0])
        at = np.searchsorted(ex, run.scrape, side="right") - 1  # the last export the collector holds
        present = run.scrape_ok & (at >= 0) & (run.scrape <= ex[-1] + _EXPIRE)
        out += _rate(run, np.where(at >= 0, value[np.maximum(at, 0)], 0.0), present)
    return out


def _twostate(rng, t0: float, t1: float, bad_mean: float, good_mean: float) -> np.ndarray:
    """Alternating bad / good phase edges from ``t0`` (starting bad) up to ``t1``."""
    return twostate(rng, t0, t1, bad_mean, good_mean, 4e5)


def _slow(rng, run: _Run, kind: str, t0: float, t1: float, tr: float) -> tuple[np.ndarray, float]:
    """Per-step slowdowns (new cost / healthy cost) of one regression over ``[t0, t1)`` (a leak ramps until
    ``tr``), and the time it really ends (a noisy neighbour stays on the old host)."""
    s = np.ones(len(run.end))
    if kind == "drop" and rng.random() < 0.4:
        cause = 0
        t1 = min([t1] + [d for d in run.deaths if d > t0])
    else:
        cause = int(rng.choice([1, 2], p=[0.6, 0.4])) if kind == "drop" else -1
    st = run.start
    j = slice(int(np.searchsorted(st, t0)), int(np.searchsorted(st, t1)))
    m = j.stop - j.start
    if m <= 0:
        return s, t1
    gpu, cpu, comm = run.gpu[j], run.cpu[j], run.comm[j]
    base = np.maximum(gpu, cpu) + comm
    typical = float(np.median(base))
    x = st[j] - t0
    if kind == "drop":
        if cause == 0:  # a co-located noisy neighbour: memory bandwidth, PCIe and the host NIC shared
            ph = rng.uniform(0, 2 * np.pi, 3)
            per = rng.uniform(200, 1500, 3)
            load = 0.7 + 0.3 * np.mean([np.sin(2 * np.pi * x / p + q) for p, q in zip(per, ph)], axis=0) / 0.6
            g = rng.uniform(0.08, 0.45) * np.clip(load, 0.3, 1.3) * np.minimum(1, x / rng.uniform(10, 90))
            new = np.maximum(gpu * (1 + g), cpu) + comm * (1 + rng.uniform(0.5, 2.0) * g / 0.3)
        elif cause == 1:  # the data path's CPU quota cut: short buckets (many sequences) suffer most
            new = np.maximum(gpu, cpu * rng.uniform(1.5, 4.0)) + comm
        else:  # a PCIe link downtrained on one host: its collectives (and everyone waiting on them) slower
            new = np.maximum(gpu, cpu) + comm * rng.uniform(2.0, 6.0)
    elif kind == "straggler":
        if rng.random() < 0.55:  # a flapping link: NCCL retries and reroutes while it is down
            ed = _twostate(rng, t0, t1, rng.uniform(8, 60), rng.uniform(30, 240))
            bad = (np.searchsorted(ed, st[j], side="right") % 2 == 1)
            new = base + bad * comm * rng.uniform(3.0, 15.0) * np.exp(rng.normal(0, 0.3, m))
        else:  # a slow peer: a periodic job on one rank's host stalls its steps, everyone waits
            per, on = rng.uniform(60, 300), rng.uniform(10, 45)
            bad = ((x + rng.uniform(0, per)) % per) < on
            new = base + bad * gpu * rng.uniform(0.3, 1.2)
    else:
        r = np.clip(x / max(tr - t0, 1e-9), 0, 1)
        if rng.random() < 0.5:  # a tokenizer cache growing to its cap: the data path's cost per sequence rises
            new = np.maximum(gpu, cpu * (1 + rng.uniform(0.8, 4.0) * r ** rng.uniform(0.7, 1.5))) + comm
        else:  # the collator keeps references: gen-2 collections grow with the heap, every few steps
            p = 1 / rng.uniform(5, 40)
            new = base + (rng.random(m) < p) * rng.uniform(0.12, 0.6) * typical * r / p
    s[j] = np.maximum(new / base, 1.0)
    return s, t1


def _loss(v, h, live, lo: int, hi: int) -> tuple[float, int]:
    """``1 - sum(v) / sum(h)`` over the live points of ``[lo, hi)``, and how many there are."""
    return live_loss(v, h, live, lo, hi, guard=True)


def _draw_event(rng, run: _Run, healthy, live, lo: int, hi: int, to_end: bool):
    """One regression with onset in ``[lo, hi)`` ending before ``hi`` (or running to the end): an ``(Event,
    slow)`` pair, or None after 80 rejected draws (the kind is drawn once and kept for 50 draws)."""
    ts, n = run.ts, len(run.ts)
    for kind in kind_draws(rng, _P_KIND):
        # 30 % of onsets at the end of a pause or a restart (or inside it)
        t0 = onset_time(rng, run.pauses_t, ts, lo, hi - 150, _STEP)
        if t0 is None:
            continue
        onset = int(np.searchsorted(ts, t0))
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        stop = event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t1 = np.inf if to_end else ts[stop]
        slow, t1 = _slow(rng, run, kind, t0, t1, ts[onset + ramp] if kind == "leak" else t1)
        v = _series(run, slow)
        span = changed_span(v, healthy, onset, lo, hi, n)
        if span is None:
            continue
        onset, end = span
        ramp_end = onset + ramp if kind == "leak" else onset
        if ramp_end >= end:
            continue
        depth = shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, ramp // 3, loss=_loss)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), slow
    return None


def _build(seed: int, n: int, pauses: str):
    """The healthy run of ``seed``: ``(run, healthy series, pause spans, live mask)``. A span holds the points
    whose rate window reaches into a pause (training stopped): from its start to a window after its end."""
    run = _schedule(np.random.default_rng([seed, _SETTINGS[pauses], 131]), n, pauses, seed)
    healthy = _series(run)
    spans = []
    for a, b in run.pauses_t:
        s, e = int(np.searchsorted(run.ts, a, side="right")), int(min(np.searchsorted(run.ts, b + _RANGE), n))
        if s < n and e > s:
            add_span(spans, s, e)
    live = live_mask(spans, n)
    return run, healthy, spans, live


def make_heldout13(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One LLM fine-tuning job's tokens/s (OTel counters, a collector, Prometheus ``rate()``) with labelled
    regressions (deterministic in ``seed``).

    Parameters
    ----------
    seed : random seed.
    n : number of points (>= 2000).
    pauses : ``"short"`` (pauses of 6-25 points) or ``"long"`` (31-120 points, many over 60).
    n_events : number of regressions to place; ``0`` gives a clean run, ``None`` draws 3 or 4.
    """
    check_args(pauses, n, n_events, max_events=6)
    run, healthy, spans, live = _build(seed, n, pauses)
    rng = np.random.default_rng([seed, _SETTINGS[pauses], 132])
    draw, series = partial(_draw_event, rng, run, healthy, live), partial(_series, run)
    values, events = regressed(rng, n, n_events, draw, np.ones(len(run.end)), series, healthy, live, _loss)
    timestamps = 1_780_000_020.0 + 86400.0 * (seed % 89) + run.ts
    return Trace(values=values, timestamps=timestamps, events=events, pauses=spans, seed=seed, healthy=healthy)


def heldout13_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT13_SEEDS) -> list[Trace]:
    """The family's traces, one per seed; every fourth trace is a clean run."""
    return every_fourth_clean(make_heldout13, seeds, n, pauses)
