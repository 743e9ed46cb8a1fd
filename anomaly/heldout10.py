"""The tenth held-out throughput family: an RLHF / PPO job's samples/s as a Pushgateway last value.

Written blind (issue 15): the author read only the ``Event``/``Trace`` interface and the scoring rule
of ``anomaly/traces.py``, never a detector or another generator, and never ran a detector on these traces.

What is modelled
----------------
A PPO loop alternates two phases. A *rollout* generates responses with an inference engine (the job's
phase gauge reports it, so it is a labelled pause); an *optimisation* phase then runs a fixed number of
optimizer steps over the experience. The series is the trainer's ``samples_per_second`` gauge: the
logger computes it every ``log_every_n_steps`` (L) steps as the samples since its last log over the
wall time since its last log, and pushes it to a Pushgateway; Prometheus scrapes the gateway every 5,
10 or 15 s and sees the last pushed value. So:

* between pushes the scraped value is a stale repeat, and it jumps at scrape points that drift against
  the push cadence (L steps of 1.5-6 s each, 0.5-4 scrapes per push); ~1 % of pushes fail and are lost,
  ~0.3 % of scrapes are missed (a double interval in the timestamps);
* the step cost follows the tokens in the minibatch (prompt + response length). In ~40 % of runs
  minibatches are built by a token budget from four response-length buckets, so the samples per step
  differ by bucket and the rate is multi-modal (a push averages its L steps); elsewhere minibatches have
  a fixed size and a nearly constant cost;
* during a rollout nothing is trained: the gauge holds its last value (stale), or, in ~35 % of runs
  ("blend"), the driver pushes the generation engine's completed samples/s instead (a quarter to 0.6 of
  the training rate, tailing off as the long responses finish);
* in about half the runs the logger does not reset its timer at a phase switch, so the first push after
  a rollout divides by a window that holds the whole rollout: one to a few points far below the usual
  rate right after each pause;
* warm-up (compilation, allocator growth: steps up to 1.5x slower, decaying), a slower first step after
  each rollout (weights reloaded into the trainer), every 5-8 iterations an evaluation that lengthens the
  rollout and an asynchronous checkpoint whose staging slows the next 3-8 steps, rare 1.5-3x step hiccups
  (garbage collection), log-normal step jitter of 2-6 %;
* response lengths grow or shrink slowly over training (-5 % .. +25 %, the familiar RLHF length drift),
  so the optimisation rate drifts down by up to ~15 % over a run and rollouts lengthen.

None of those healthy behaviours is labelled. The phase schedule is the healthy run's: a regression
scales the step times inside their windows but does not move the pushes or the pauses, so ``healthy``
(the same run without regressions, drawn from its own random stream) aligns point by point.

Labelled regressions (each on the optimisation steps; the measured loss decides the depth)
-----------------------------------------------------------------------------------------
* ``drop``: a dataloader/collator worker dies and collation falls back to the main process, one GPU
  throttles thermally (synchronous data parallel waits for it), NCCL falls back from NVLink/IB to a
  slower transport after a link flap: every step from the onset slower (a nominal rate loss of 7-36 %), held for
  150-1400 points or to the end of the run;
* ``straggler``: a rank on a flaky host (ECC retries, CPU contention) is slow in bursts: a two-state
  chain switches per step with probability 5-25 %, slow steps cost 1.15-2x;
* ``leak``: allocator fragmentation (cudaMalloc retries grow) or a growing host-side experience buffer:
  the step cost ramps over 250-1800 points to a nominal rate loss of 12-45 % and is held 80-600 points or to
  the end.

About 30 % of onsets are placed at a phase switch (workers are re-spawned when an optimisation phase
starts) or inside the rollout before it. An event is kept only when its measured depth
(``1 - sum(values) / sum(healthy)`` over its unpaused points) is 7-35 %, its values lie below the
healthy twin on more than 60 % of its points, and it shows within 60 points of the onset (the first 60
points lose at least 5 % and half the depth, on at least 8 live points) or, for a leak, along its ramp
(its last third loses at least 5 %); otherwise it is redrawn.

Counts over ``heldout10_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   rollout spans (points)    clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ========================  =====
short     30      17    4          9     0.071-0.339  10              5-24 (314 spans, 0 >60)   3
long      29      14    8          7     0.073-0.345  17              33-119 (241, 143 >60)     3
========  ======  ====  =========  ====  ===========  ==============  ========================  =====

"Near a pause": the onset lies in a rollout span or within 10 points of one (rollouts recur every
~150-400 points, so some onsets are near one by chance). Spans that run into the trace's end are left
out of the span ranges. Generating both settings takes well under a second.

Usage::

    from anomaly.heldout10 import heldout10_set
    for trace in heldout10_set("long"):
        ...  # trace.values, trace.pauses, trace.events
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import numpy as np

from anomaly.heldout_common import (SETTINGS as _SETTINGS, check_args, event_stop, every_fourth_clean, kind_draws,
                                    live_loss, live_mask, onset_time, pause_spans, regressed, shown_depth)
from anomaly.traces import Event, Trace

HELDOUT10_SEEDS = tuple(range(101840, 101852))

_ROLLOUT = {"short": (4, 24, 8.0, 14.0), "long": (32, 118, 48.0, 75.0)}  # span lo, hi; median lo, hi
_BUCKETS = np.exp(0.6 * np.array([-1.15, -0.32, 0.32, 1.15]))  # quartile means of log-normal lengths


@dataclass
class _Run:
    """The healthy schedule: optimizer steps, pushes to the gateway and scrapes, in seconds from the start."""

    ts: np.ndarray  # scrape times
    start: np.ndarray  # step start times
    dur: np.ndarray  # healthy step durations
    cum_samples: np.ndarray  # samples before step j (len steps + 1)
    push_t: np.ndarray  # push times, increasing
    push_a: np.ndarray  # a train push covers steps [a, b)
    push_b: np.ndarray
    push_elapsed: np.ndarray  # healthy seconds the logger divides by
    push_gen: np.ndarray  # value of a generation push (nan for a train push)
    pauses_t: list  # rollout spans (t0, t1)


def _steps(rng, k, t, m, mu, cfg):
    """Durations and samples of one optimisation phase's ``m`` steps starting at ``t`` (iteration ``k``)."""
    B, P, mu0, tau, T = cfg["B"], cfg["P"], cfg["mu0"], cfg["tau"], cfg["T"]
    if cfg["bucketed"]:
        w = P + mu * _BUCKETS
        bucket = rng.choice(4, size=m, p=w / w.sum())  # steps per bucket follow its tokens
        ell = mu * _BUCKETS[bucket]
        b = B * (P + mu) / (P + ell)  # a token budget: fewer, longer samples per step
    else:
        ell = mu * (1 + rng.normal(0, 0.66 / np.sqrt(B), m))
        b = np.full(m, float(B))
    dur = tau * (0.15 + 0.85 * b * (P + ell) / (B * (P + mu0))) * np.exp(rng.normal(0, cfg["jit"], m))
    dur *= np.where(rng.random(m) < 0.003, rng.uniform(1.5, 3.0, m), 1.0)
    dur[0] *= rng.uniform(1.5, 3.0)  # weights reloaded after the rollout
    if k % cfg["K"] == cfg["K"] - 1:  # asynchronous checkpoint staging
        h = int(rng.integers(3, 9))
        dur[:h] *= rng.uniform(1.15, 1.5)
    starts = t + np.concatenate([[0.0], np.cumsum(dur)[:-1]])
    dur *= 1 + 0.5 * np.exp(-starts / (0.04 * T))  # warm-up
    return dur, b


def _schedule(rng, n: int, setting: str) -> _Run:
    dt = float(rng.choice([5.0, 10.0, 15.0]))
    gaps = np.where(rng.random(n) < 0.003, 2.0, 1.0)
    ts = dt * np.cumsum(gaps * rng.uniform(0.99, 1.01, n)) + rng.uniform(0, dt)
    T = float(ts[-1] + dt)
    cfg = {"B": int(rng.choice([32, 64, 128, 256])), "P": rng.uniform(150, 600), "mu0": rng.uniform(150, 700),
           "tau": rng.uniform(1.5, 6.0), "jit": rng.uniform(0.02, 0.06), "K": int(rng.integers(5, 9)), "T": T,
           "bucketed": bool(rng.random() < 0.4)}
    Ls = [L for L in (1, 2, 4, 5, 8, 10, 16, 20, 25, 32, 50) if 0.5 * dt <= L * cfg["tau"] <= 4 * dt]
    if cfg["bucketed"]:
        Ls = [L for L in Ls if L >= 4] or [4]
    L = int(rng.choice(Ls))
    reset, blend = bool(rng.random() < 0.5), bool(rng.random() < 0.35)
    growth = rng.uniform(-0.05, 0.25)
    m = int(rng.uniform(150, 380) * dt / cfg["tau"])  # optimizer steps per iteration
    lo, hi, med_lo, med_hi = _ROLLOUT[setting]
    roll_med = rng.uniform(med_lo, med_hi)
    gen_rate = cfg["B"] / cfg["tau"] * rng.uniform(0.25, 0.6)

    starts, durs, samples, pauses_t = [], [], [], []
    push_t, push_a, push_b, push_el, push_gen = [], [], [], [], []
    t, k, nstep, last_t, last_b = 0.0, 0, 0, 0.0, 0
    while t < T:
        mu = cfg["mu0"] * (1 + growth * t / T) * np.exp(rng.normal(0, 0.03))
        g = roll_med * (mu / cfg["mu0"]) * np.exp(rng.normal(0, 0.2))
        if k % cfg["K"] == cfg["K"] - 1:
            g *= rng.uniform(1.3, 1.6)  # evaluation generations on held-out prompts
        g = (float(np.clip(g, lo, hi)) + rng.uniform(-0.4, 0.4)) * dt
        pauses_t.append((t, t + g))
        if blend:  # the driver pushes the generation engine's completions/s
            pt = t + np.cumsum(rng.uniform(0.5, 1.5, int(3 * g / dt) + 2) * dt)
            pt = pt[pt < t + g]
            x = (pt - t) / g
            v = gen_rate * np.exp(rng.normal(0, 0.08, len(pt))) * (1 - 0.7 * np.clip((x - 0.7) / 0.3, 0, 1))
            push_t += list(pt)
            push_a += [0] * len(pt)
            push_b += [0] * len(pt)
            push_el += [1.0] * len(pt)
            push_gen += list(v)
        t += g
        dur, b = _steps(rng, k, t, m, mu, cfg)
        st = t + np.concatenate([[0.0], np.cumsum(dur)[:-1]])
        ends = st + dur
        if reset:  # the logger restarts its window with the phase
            last_t, last_b = t, nstep
        logs = np.nonzero((nstep + np.arange(1, m + 1)) % L == 0)[0]
        ok = rng.random(len(logs)) >= 0.01  # a failed push is lost; the logger's window restarts anyway
        for j, good in zip(logs, ok):
            if good:
                push_t.append(ends[j]), push_a.append(last_b), push_b.append(nstep + j + 1)
                push_el.append(ends[j] - last_t), push_gen.append(np.nan)
            last_t, last_b = ends[j], nstep + j + 1
        starts.append(st), durs.append(dur), samples.append(b)
        nstep += m
        t = float(ends[-1])
        k += 1
    order = np.argsort(push_t, kind="stable")
    sam = np.concatenate(samples)
    return _Run(ts=ts, start=np.concatenate(starts), dur=np.concatenate(durs),
                cum_samples=np.concatenate([[0.0], np.cumsum(sam)]), push_t=np.asarray(push_t)[order],
                push_a=np.asarray(push_a, int)[order], push_b=np.asarray(push_b, int)[order],
                push_elapsed=np.asarray(push_el)[order], push_gen=np.asarray(push_gen)[order],
                pauses_t=pauses_t)


def _scrape(run: _Run, slow: np.ndarray | None = None) -> np.ndarray:
    """The scraped gauge: each scrape reads the last push; ``slow`` scales each step's time (>= 1)."""
    extra, hit = np.zeros(len(run.dur) + 1), np.zeros(len(run.dur) + 1, int)
    if slow is not None:
        extra[1:], hit[1:] = np.cumsum(run.dur * (slow - 1)), np.cumsum(slow != 1)
    val = run.push_gen.copy()
    tr = np.isnan(val)
    a, b = run.push_a[tr], run.push_b[tr]
    added = np.where(hit[b] > hit[a], extra[b] - extra[a], 0.0)  # exactly 0 for an unaffected window
    val[tr] = (run.cum_samples[b] - run.cum_samples[a]) / (run.push_elapsed[tr] + added)
    idx = np.searchsorted(run.push_t, run.ts, side="right") - 1
    return np.where(idx >= 0, val[np.maximum(idx, 0)], 0.0)


def _slow(rng, run: _Run, kind: str, t0: float, t1: float, tr: float) -> np.ndarray:
    """Per-step slowdown factors of one regression over ``[t0, t1)`` (a leak ramps until ``tr``)."""
    s = np.ones(len(run.dur))
    j = (run.start >= t0) & (run.start < t1)
    m = int(j.sum())
    if kind == "drop":
        s[j] = 1 / (1 - rng.uniform(0.07, 0.36))
    elif kind == "straggler":  # a two-state chain, starting slow
        state = (np.cumsum(rng.random(m) < rng.uniform(0.05, 0.25)) + 1) % 2
        s[j] = 1 + state * (rng.uniform(1.15, 2.0, m) - 1)
    else:
        s[j] = 1 / (1 - rng.uniform(0.12, 0.45) * np.clip((run.start[j] - t0) / (tr - t0), 0, 1))
    return s


def _loss(v, h, live, lo: int, hi: int) -> tuple[float, int]:
    """``1 - sum(v) / sum(h)`` over the live points of ``[lo, hi)``, and how many there are."""
    return live_loss(v, h, live, lo, hi, guard=False)


def _draw_event(rng, run: _Run, healthy, live, lo: int, hi: int, to_end: bool):
    """One regression with onset in ``[lo, hi)`` that ends before ``hi`` (or runs to the end): an
    ``(Event, slow)`` pair, or None after 80 rejected draws."""
    ts, n = run.ts, len(run.ts)
    dt = float(np.median(np.diff(ts)))
    for kind in kind_draws(rng, [0.4, 0.28, 0.32], keep=0):
        # 30 % of onsets at a phase switch: workers re-spawn as the optimisation starts
        t0 = onset_time(rng, run.pauses_t, ts, lo, hi - 150, dt)
        if t0 is None:
            continue
        onset = int(np.searchsorted(ts, t0))
        ramp = int(rng.uniform(250, 1800)) if kind == "leak" else 0
        stop = event_stop(rng, kind, ramp, onset, n, hi, to_end, margin=40)
        if stop is None:
            continue
        t1 = np.inf if to_end else ts[stop]
        slow = _slow(rng, run, kind, t0, t1, ts[onset + ramp] if kind == "leak" else t1)
        v = _scrape(run, slow)
        diff = np.nonzero(v != healthy)[0]
        end = n if to_end else (int(diff[-1]) + 1 if len(diff) else 0)
        if end <= onset or end > hi:
            continue
        ramp_end = onset + ramp if kind == "leak" else onset
        depth = shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, ramp // 3, loss=_loss)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), slow
    return None


def make_heldout10(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One PPO job's scraped samples/s gauge with labelled regressions (deterministic in ``seed``).

    Parameters
    ----------
    seed : random seed.
    n : number of scrape points (>= 2000).
    pauses : ``"short"`` (rollouts of 3-25 points) or ``"long"`` (31-119 points, many over 60).
    n_events : number of regressions to place; ``0`` gives a clean run, ``None`` draws 3 or 4.
    """
    check_args(pauses, n)
    code = _SETTINGS[pauses]
    run = _schedule(np.random.default_rng([seed, code, 10]), n, pauses)
    healthy = _scrape(run)
    spans = pause_spans(run.ts, run.pauses_t, n)
    live = live_mask(spans, n)
    rng = np.random.default_rng([seed, code, 11])
    draw, series = partial(_draw_event, rng, run, healthy, live), partial(_scrape, run)
    values, events = regressed(rng, n, n_events, draw, np.ones(len(run.dur)), series, healthy, live, _loss)
    timestamps = 1.76e9 + 86400.0 * (seed % 97) + run.ts
    return Trace(values=values, timestamps=timestamps, events=events, pauses=spans, seed=seed, healthy=healthy)


def heldout10_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT10_SEEDS) -> list[Trace]:
    """The family's traces, one per seed; every fourth trace is a clean run."""
    return every_fourth_clean(make_heldout10, seeds, n, pauses)
