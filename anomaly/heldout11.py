"""The eleventh held-out throughput family: a mixture-of-experts LLM job's tokens/s as a one-minute EWMA meter.

Written blind: the author read only the ``Event``/``Trace`` interface and the scoring rule of
``anomaly/traces.py``, the shared test helpers and the tenth generator as a model of API and tests, never a
detector, and never ran a detector on these traces.

What is modelled
----------------
A decoder-only mixture-of-experts (MoE) language model is pre-trained with expert parallelism over ``R``
ranks (4 or 8; each rank hosts a slice of the experts, tokens reach them by all-to-all). The series is the
job's ``train_tokens`` *meter* as exported by a Dropwizard/Micrometer-style metrics library: tokens are marked
when a step ends, the meter ticks every 5 s and keeps the one-minute exponentially weighted rate
(``rate += (1 - exp(-5/60)) * (tokens_in_tick / 5 - rate)``, started at the first tick's rate); Prometheus
scrapes the gauge every 10, 15 or 20 s and sees the last tick's rate, written with six significant digits.

Healthy behaviour (none of it labelled); the first four effects are new to this family:

* **routing imbalance sets the step time.** The all-to-all and the expert FFNs wait for the busiest rank, so
  the expert part of a step costs ``max_r load_r / mean load`` (>= 1). Rank loads are a softmax of per-rank
  router popularity: a slow Ornstein-Uhlenbeck drift (expert popularity wanders as the data shards change)
  plus per-batch noise (documents of one kind route alike). Runs with a **capacity factor** (1.25-2.0) drop
  the overflow tokens, so the imbalance and with it the slow steps are clipped at the factor; **dropless**
  runs (~30 %) are not clipped and have a heavier tail of slow steps;
* **the router balances over training.** The popularity spread starts large (an untrained router) and
  decays as the load-balancing loss acts (over the first 3-12 % of the steps), so the healthy rate climbs
  early in the run, most in dropless runs;
* **planned curriculum stages.** A sequence-length warm-up doubles the context 1-3 times at planned steps
  (tokens per step stay fixed, attention's share of the cost grows), so the healthy rate *steps down* at
  each switch, mostly by 1-6 %, by up to ~15 % at a long context; in ~55 % of runs a global-batch ramp (a
  quarter or half the final batch) ends with upward steps early in the run (the per-step fixed cost is
  amortised over more tokens);
* **the meter's smoothing.** A drop shows as a one-minute exponential approach, not a step; during a pause
  no tokens are marked, so the gauge decays by ``exp(-5/60)`` per tick, and after a pause it climbs back
  over a few minutes; steps of a few seconds land on the 5 s ticks in a beat pattern, which the meter turns
  into a slow saw-tooth in some runs;
* pauses: a time-triggered evaluation every 150-400 scrape intervals of training time (it starts at the end
  of the step that crosses the time), every 3rd-6th one followed by a sharded checkpoint save (a longer
  pause); the first step after a pause is 1.5-3x slower (caches, re-compiled graphs);
* warm-up (the first 50-300 steps up to 2x slower), log-normal step jitter of 1-4 %, rare 1.5-3x hiccups.

A regression changes the step costs inside its window; the run's clock (the step boundaries, the pauses,
the meter's ticks) stays the healthy run's and the stretch is accounted as fewer tokens per second in each
affected step, so ``healthy`` (the same run without regressions) aligns point by point. The meter's memory
makes a regression's effect outlast its window by a few minutes; the event's ``end`` is the last point where
the regressed gauge differs from the healthy one (plus one).

Labelled regressions (their causes are an MoE job's)
----------------------------------------------------
* ``drop``: one expert-parallel rank's GPU is power-capped or thermally throttled (that rank's dense and
  expert compute 8-45 % slower; how much the step loses depends on how busy the rank is, step by step), an
  InfiniBand rail goes down and the all-to-all runs over fewer rails (the expert part 15-90 % slower), or the
  host's data workers lose CPU to a co-scheduled process (every step 8-50 % slower); held 150-1400 points or
  to the end of the run;
* ``straggler``: a node with a flaky NIC (retransmits) or ECC retries is slow in bursts: a two-state chain
  switches per step with probability 3-20 %, slow steps cost 1.15-2x;
* ``leak``: a routing collapse (one rank's experts draw more and more tokens: its popularity logit ramps up
  by 0.4-1.6; clipped by the capacity factor where there is one) or a host-side leak (a growing per-step
  Python overhead: the step cost ramps to a nominal rate loss of 12-45 %); the ramp lasts 250-1800 points
  (at most 0.6 of the stretch of trace it is placed in), then holds 80-600 points or to the end.

About 30 % of onsets are placed at the end of a pause (a node is swapped or re-initialised while the job
waits, and the new rank is the slow one) or inside the pause before it. An event is kept only when its
measured depth ``1 - sum(values) / sum(healthy)`` over its unpaused points (as the earlier generators
measure it) is 7-35 %, its values lie below the healthy twin on more than 60 % of its points, and it shows
within 60 points of the onset (the first 60 points lose at least 5 % and half the depth, on at least 8 live
points) or, for a leak, along its ramp (its last third loses at least 5 %); otherwise it is redrawn.

Counts over ``heldout11_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     31      13    10         8     0.098-0.283  12              6-24 (273 spans, 0 >60)      3
long      30      10    8          12    0.080-0.268  12              33-118 (220 spans, 145 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's
end are left out of the span ranges. Generating both settings takes about a second.

Usage::

    from anomaly.heldout11 import heldout11_set
    for trace in heldout11_set("long"):
        ...  # trace.values, trace.pauses, trace.events
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import numpy as np
from scipy.signal import lfilter

from anomaly.heldout_common import (SETTINGS as _SETTINGS, check_args, event_stop, every_fourth_clean, kind_draws,
                                    live_loss, live_mask, onset_time, pause_spans, regressed, shown_depth)
from anomaly.traces import Event, Trace

HELDOUT11_SEEDS = tuple(range(111840, 111852))

_PAUSE = {"short": (4, 24, 8.0, 15.0), "long": (32, 118, 45.0, 75.0)}  # span lo, hi; median lo, hi (points)
_TICK = 5.0  # the meter's tick (s)
_ALPHA = 1.0 - np.exp(-_TICK / 60.0)  # the one-minute EWMA's weight per tick


@dataclass
class _Run:
    """The healthy run: its steps, their cost components, pauses and planned stages (times in s from the start)."""

    ts: np.ndarray  # scrape times
    start: np.ndarray  # step start times
    end: np.ndarray  # step end times
    tokens: np.ndarray  # tokens per step
    fixed: np.ndarray  # per-step fixed cost (s)
    dense: np.ndarray  # dense (attention + shared layers) cost (s)
    expert: np.ndarray  # expert cost per unit imbalance (s)
    mult: np.ndarray  # jitter, hiccups, warm-up, post-pause factors
    logits: np.ndarray  # per-step per-rank router popularity (steps x R)
    imbalance: np.ndarray  # healthy effective imbalance (clipped at the capacity factor)
    cf: float  # capacity factor (inf: dropless)
    pauses_t: list  # pause spans (t0, t1)
    stages: list  # planned switches: (time, "seq" | "batch")

    @property
    def dur(self) -> np.ndarray:
        return self.fixed + (self.dense + self.expert * self.imbalance) * self.mult


def _imbalance(logits: np.ndarray, cf: float) -> np.ndarray:
    """``max_r load_r / mean load`` of a softmax routing over the ranks, clipped at the capacity factor."""
    z = logits - logits.max(axis=1, keepdims=True)
    w = np.exp(z)
    return np.minimum(w.shape[1] / w.sum(axis=1), cf)  # the max rank's share is exp(0) / sum


def _ou(rng, m: int, r: int, length: float, every: int = 20) -> np.ndarray:
    """``m`` steps of ``r`` unit-variance Ornstein-Uhlenbeck paths with correlation length ``length`` steps
    (drawn every ``every`` steps and interpolated: the drift is slow)."""
    k = m // every + 2
    rho = np.exp(-every / length)
    x = rng.normal(0, 1, (k, r))
    x[1:] *= np.sqrt(1 - rho**2)
    x = lfilter([1.0], [1.0, -rho], x, axis=0)
    pos = np.arange(m) / every
    i = pos.astype(int)
    w = (pos - i)[:, None]
    return (1 - w) * x[i] + w * x[i + 1]


def _schedule(rng, n: int, setting: str) -> _Run:
    dt = float(rng.choice([10.0, 15.0, 20.0]))
    ts = dt * np.cumsum(rng.uniform(0.99, 1.01, n)) + rng.uniform(0, dt)
    T = float(ts[-1] + dt)
    R = int(rng.choice([4, 8]))
    tau = rng.uniform(2.5, 9.0)  # a final-configuration step (s)
    f_fix = rng.uniform(0.08, 0.22)  # optimizer step, dense gradient sync
    phi = rng.uniform(0.3, 0.55)  # expert (all-to-all + FFN) share of the rest
    cf = float(rng.choice([1.25, 1.5, 2.0])) if rng.random() >= 0.3 else np.inf
    jit = rng.uniform(0.01, 0.04)
    J = int(1.3 * T / tau) + 3000  # more steps than the run can hold (its steps average >= ~0.9 tau)
    J_est = 0.85 * T / tau
    j = np.arange(J)

    # planned stages (step indices): a global-batch ramp early, a sequence-length warm-up later
    bfrac = np.ones(J)
    stages_j = []
    if rng.random() < 0.55:
        fr = [0.5] if rng.random() < 0.5 else [0.25, 0.5]
        cuts = np.sort(rng.uniform(0.02, 0.22, len(fr))) * J_est
        for f, c in reversed(list(zip(fr, cuts))):
            bfrac[j < c] = f
        stages_j += [(int(c), "batch") for c in cuts]
    n_seq = int(rng.integers(1, 4))
    S0 = float(rng.choice([1024.0, 2048.0]))
    Sc = rng.uniform(12000.0, 40000.0)
    cuts = (0.15 + np.cumsum(rng.uniform(0.08, 0.19, n_seq))) * J_est  # stages apart
    level = (j[:, None] >= cuts[None, :]).sum(axis=1)
    S = S0 * 2.0**level
    attn = (1 + S / Sc) / (1 + S0 / Sc)
    stages_j += [(int(c), "seq") for c in cuts]

    # router: a spread that decays as the balancing loss acts, a slow drift and per-batch noise
    s0, s1 = rng.uniform(0.5, 0.9), rng.uniform(0.08, 0.2)
    spread = s1 + (s0 - s1) * np.exp(-j / (rng.uniform(0.03, 0.12) * J_est))
    noise = rng.uniform(0.05, 0.15)
    logits = spread[:, None] * _ou(rng, J, R, rng.uniform(300, 2000)) + noise * rng.normal(0, 1, (J, R))
    imb = _imbalance(logits, cf)

    var = tau * (1 - f_fix) * bfrac  # the token-proportional part of the step
    fixed = np.full(J, tau * f_fix)
    dense = var * (1 - phi) * attn
    expert = var * phi / 1.2  # imbalance ~1.2 late in a run
    mult = np.exp(rng.normal(0, jit, J))
    mult *= np.where(rng.random(J) < 0.003, rng.uniform(1.5, 3.0, J), 1.0)
    mult *= 1 + rng.uniform(0.4, 1.0) * np.exp(-j / rng.uniform(50, 300))  # warm-up
    tokens = bfrac * rng.choice([2.0, 4.0]) * 2**20

    # lay the steps out: a time-triggered evaluation starts at the end of the step that crosses its time
    lo, hi, med_lo, med_hi = _PAUSE[setting]
    med = rng.uniform(med_lo, med_hi)
    every = rng.uniform(150, 400) * dt
    K = int(rng.integers(3, 7))
    dur = fixed + (dense + expert * imb) * mult
    dmin = float(dur.min())  # post-pause factors only lengthen steps
    start = np.empty(J)
    pauses_t = []
    t, jj, k = 0.0, 0, 0
    nxt = every * rng.uniform(0.97, 1.03)
    while t < T:
        m = int((nxt - t) / dmin) + 8
        d = dur[jj:jj + m]
        ends = t + np.cumsum(d)
        cross = int(np.searchsorted(ends, nxt))
        if cross >= len(d):
            raise RuntimeError("step budget exhausted")  # J is sized so this cannot happen
        start[jj:jj + cross + 1] = ends[:cross + 1] - d[:cross + 1]
        a = float(ends[cross])
        g = med * np.exp(rng.normal(0, 0.2)) * (rng.uniform(1.3, 1.6) if k % K == K - 1 else 1.0)
        g = (float(np.clip(g, lo, hi)) + rng.uniform(-0.4, 0.4)) * dt
        pauses_t.append((a, a + g))
        jj += cross + 1
        t = a + g
        mult[jj] *= rng.uniform(1.5, 3.0)  # the first step after a pause
        dur[jj] = fixed[jj] + (dense[jj] + expert[jj] * imb[jj]) * mult[jj]
        nxt = t + every * rng.uniform(0.97, 1.03)
        k += 1
    J = jj
    start = start[:J]
    stages = [(float(start[c]), kind) for c, kind in sorted(stages_j) if c < J]
    return _Run(ts=ts, start=start, end=start + dur[:J], tokens=tokens[:J], fixed=fixed[:J], dense=dense[:J],
                expert=expert[:J], mult=mult[:J], logits=logits[:J], imbalance=imb[:J], cf=cf,
                pauses_t=pauses_t, stages=stages)


def _gauge(run: _Run, slow: np.ndarray | None = None) -> np.ndarray:
    """The scraped one-minute meter; ``slow`` (>= 1) stretches each step's cost, i.e. divides its token rate."""
    credit = run.tokens if slow is None else run.tokens / slow
    nt = int(run.ts[-1] / _TICK) + 2
    tick = np.minimum((run.end / _TICK).astype(int), nt - 1)
    x = np.bincount(tick, weights=credit, minlength=nt) / _TICK
    rate = lfilter([_ALPHA], [1.0, _ALPHA - 1.0], x, zi=[(1 - _ALPHA) * x[0]])[0]
    k = (run.ts / _TICK).astype(int) - 1  # the last tick that has completed at the scrape
    v = np.where(k >= 0, rate[np.maximum(k, 0)], 0.0)
    mag = 10.0 ** (np.floor(np.log10(np.maximum(v, 1e-300))) - 5)
    return np.where(v > 0, np.round(v / mag) * mag, 0.0)


def _slow(rng, run: _Run, kind: str, t0: float, t1: float, tr: float) -> np.ndarray:
    """Per-step slowdown factors (new cost / healthy cost) of one regression over ``[t0, t1)`` (a leak ramps
    until ``tr``)."""
    s = np.ones(len(run.start))
    j = (run.start >= t0) & (run.start < t1)
    m = int(j.sum())
    if m == 0:
        return s
    base = run.dur[j]
    fixed, dense, expert, mult = run.fixed[j], run.dense[j], run.expert[j], run.mult[j]
    if kind == "drop":
        cause = int(rng.choice(3, p=[0.45, 0.3, 0.25]))
        if cause == 0:  # one rank's GPU throttled: its dense and expert compute slower, the others wait
            g = rng.uniform(1.08, 1.45)
            r = int(rng.integers(run.logits.shape[1]))
            z = run.logits[j] - run.logits[j].max(axis=1, keepdims=True)
            load = np.minimum(np.exp(z) * z.shape[1] / np.exp(z).sum(axis=1, keepdims=True), run.cf)
            load[:, r] *= g
            new = fixed + (g * dense + expert * load.max(axis=1)) * mult
        elif cause == 1:  # an InfiniBand rail down: the all-to-all (in the expert part) slower
            new = fixed + (dense + rng.uniform(1.15, 1.9) * expert * run.imbalance[j]) * mult
        else:  # data workers starved of CPU
            new = base * rng.uniform(1.08, 1.5)
        s[j] = np.maximum(new / base, 1.0)
    elif kind == "straggler":  # a two-state chain, starting slow
        state = (np.cumsum(rng.random(m) < rng.uniform(0.03, 0.2)) + 1) % 2
        s[j] = 1 + state * (rng.uniform(1.15, 2.0, m) - 1)
    else:
        x = np.clip((run.start[j] - t0) / max(tr - t0, 1e-9), 0, 1)
        if rng.random() < 0.5:  # routing collapse onto one rank's experts
            lg = run.logits[j].copy()
            lg[:, int(rng.integers(lg.shape[1]))] += rng.uniform(0.4, 1.6) * x
            new = fixed + (dense + expert * _imbalance(lg, run.cf)) * mult
            s[j] = np.maximum(new / base, 1.0)
        else:  # a growing host-side overhead
            s[j] = 1 / (1 - rng.uniform(0.12, 0.45) * x)
    return s


def _loss(v, h, live, lo: int, hi: int) -> tuple[float, int]:
    """``1 - sum(v) / sum(h)`` over the live points of ``[lo, hi)``, and how many there are."""
    return live_loss(v, h, live, lo, hi, guard=False)


def _draw_event(rng, run: _Run, healthy, live, lo: int, hi: int, to_end: bool):
    """One regression with onset in ``[lo, hi)`` that ends before ``hi`` (or runs to the end): an
    ``(Event, slow)`` pair, or None after 80 rejected draws (the kind is drawn once and kept for 50 draws)."""
    ts, n = run.ts, len(run.ts)
    dt = float(np.median(np.diff(ts)))
    for kind in kind_draws(rng, [0.4, 0.28, 0.32]):
        # 30 % of onsets at the end of a pause (or inside it)
        t0 = onset_time(rng, run.pauses_t, ts, lo, hi - 150, dt)
        if t0 is None:
            continue
        onset = int(np.searchsorted(ts, t0))
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        stop = event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t1 = np.inf if to_end else ts[stop]
        slow = _slow(rng, run, kind, t0, t1, ts[onset + ramp] if kind == "leak" else t1)
        v = _gauge(run, slow)
        diff = np.nonzero(v != healthy)[0]
        end = n if to_end else (int(diff[-1]) + 1 if len(diff) else 0)
        if end <= onset or end > hi or (len(diff) and diff[0] < onset):
            continue
        ramp_end = onset + ramp if kind == "leak" else onset
        depth = shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, ramp // 3, loss=_loss)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), slow
    return None


def _build(seed: int, n: int, pauses: str):
    """The healthy run of ``seed``, its gauge, pause spans (points) and live mask."""
    run = _schedule(np.random.default_rng([seed, _SETTINGS[pauses], 11]), n, pauses)
    healthy = _gauge(run)
    spans = pause_spans(run.ts, run.pauses_t, n)
    live = live_mask(spans, n)
    return run, healthy, spans, live


def make_heldout11(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One MoE job's scraped tokens/s meter with labelled regressions (deterministic in ``seed``).

    Parameters
    ----------
    seed : random seed.
    n : number of scrape points (>= 2000).
    pauses : ``"short"`` (pauses of 3-25 points) or ``"long"`` (31-119 points, many over 60).
    n_events : number of regressions to place; ``0`` gives a clean run, ``None`` draws 3 or 4.
    """
    check_args(pauses, n)
    run, healthy, spans, live = _build(seed, n, pauses)
    rng = np.random.default_rng([seed, _SETTINGS[pauses], 12])
    draw, series = partial(_draw_event, rng, run, healthy, live), partial(_gauge, run)
    values, events = regressed(rng, n, n_events, draw, np.ones(len(run.start)), series, healthy, live, _loss)
    timestamps = 1.77e9 + 86400.0 * (seed % 89) + run.ts
    return Trace(values=values, timestamps=timestamps, events=events, pauses=spans, seed=seed, healthy=healthy)


def heldout11_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT11_SEEDS) -> list[Trace]:
    """The family's traces, one per seed; every fourth trace is a clean run."""
    return every_fourth_clean(make_heldout11, seeds, n, pauses)
