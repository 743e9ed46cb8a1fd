"""The forty-second held-out throughput family: a seismic phase-picking model's (PhaseNet / EQTransformer-style)
training waveforms/s, sent by each node's riemann client as a per-interval delta event to a Riemann server whose
stream ``(where (service "picker.train.waveforms") (rate R ...))`` sums every event's metric over ``R`` s and divides
by ``R``; one point per emitted interval.

Written blind (HELPERS.md): no detector, filter, benchmark or doc read, no log of any branch read, and no detector run
on these traces.

Public sources (found with the search tools, excerpts only): Riemann's ``src/riemann/streams.clj`` (riemann/riemann):
``rate`` adds the metric of every event it receives to a running sum and, every ``interval`` seconds from its first
event (``periodically-until-expired``), emits ``sum / interval`` and resets the sum, so an interval in which no event
came emits 0; it stops once the most recent event has expired (its TTL) and restarts on the next event. Also an early
version of Riemann's ``rate`` (an excerpt, repository not named: sum over the time since the last flush), and other
systems' "count in the interval over the interval" pages (Datadog's telemetry ``Rate``, Sumo Logic's ``rate``). Assumed
without checking: that the clients give their events a TTL of an hour, longer than any requeue, so the stream never
stops; that the ticks fall on whole multiples of ``R`` after the first event, which is taken as a whole minute (the
timestamps are the ticks); that a client whose TCP connection dropped loses the events it sent until it reconnects; that
the server's clock and the clients' agree; and everything about the job and the cluster.

What is modelled
----------------
A seismic phase picker trained with DDP on ``N`` nodes (2, 3 or 4; 8 AMD MI250X GCDs each) of an LSF cluster,
``b`` waveform windows (3-component, 30 s at 100 Hz) a GCD and step (``b`` 96 or 128). A step costs 0.22-0.34 s
(+5 % for each node over two). Evaluations (pick F1 on a held-out catalogue) 150-350 points of training after the
last pause are pauses (the process lives, its client sends zero deltas); every fourth is also a checkpoint
(longer). LSF preemptions (about 1.5 a run, at uniform times, 20 points or more after the last pause) requeue the
job: the client dies, nothing is sent, and in 45 % of requeues the job resumes on another node count (listed). In
half the runs, at 40-65 % of the run, the window grows to 60 s (the step 1.5-1.9x dearer per window; a checkpoint
and relaunch, listed). A pause is drawn as ``L`` points (evaluations in the
lower half of the setting's range, checkpoints, requeues and window switches in the upper 60 %) and placed on the
interval grid so that exactly ``L`` points hold paused seconds.

Healthy behaviour (not labelled): the log step cost drifts as an Ornstein-Uhlenbeck path (sd 1-2 %, correlation
2-6 h); the loader walks station networks in blocks of 10-45 min, each a gamma-distributed cost (shape 200); per
second a logistic log cost (scale 0.4-1.0 %) and, on 0.2-0.6 % of seconds, an object-store stall adding a lognormal
``0.3-3`` s; GCD thermal phases (2-8 min, Poisson, about 1 an hour) at 0.94-0.98x; after each process start ``1 + A
exp(-t / tau)`` (``A`` 0.3-0.9, ``tau`` 30-120 s: MIOpen tuning, page cache), after an evaluation ``1 + 0.05
exp(-t / 40 s)``. Collection: each node (an equal share of the waveforms) sends the count since its last send every
``I`` s (5 or 10) from its own phase, the event arrives 5-900 ms later (lognormal), about one dropped connection a
node per 20 h loses 5-90 s of events (the deltas sent meanwhile are gone for good). Listed in ``changes``: window
switches and node-count changes.

Labelled regressions divide the per-second rate by ``1 + a w(t)``: ``drop`` (one node's xGMI link degrades, RCCL
all-reduce slows: ramps in over 10-60 s, then holds; 150-1400 points or to the end), ``straggler`` (one node's GCD
hits its power cap in bursts: on-phases geometric of mean 20-80 s at weight 1, off-phases of mean 30-120 s at 0.15;
80-500 points), ``leak`` (the pinned host-memory pool of the augmentation pipeline fragments: ``w = x ** p``, ``p``
0.6-2.2, over a 200-1400 point ramp, then 80-600 points held). Placement: ``heldout_common.event_slots`` via
``regressed_kinds``; ``a`` by bisection to a per-second loss of 9-30 % over the event's live seconds; 35 % of draws
start in the last 60 % of a pause or up to 3 points after it. Kept where ``shown_depth`` allows and no listed change
lies inside (80 draws a slot at most).

Counts over ``heldout42_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     30      10    11         9     0.091-0.292  12              6-22 (284 spans, 0 >60)      3
long      31      9     11         11    0.092-0.287  19              30-110 (243 spans, 124 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are
left out. ``changes``: short 10 (6 window switches, 4 node-count changes), long 13 (5 window switches, 8 node-count
changes). Per setting's 12 runs (short / long): intervals of 15, 30 s in 11/1 and 6/6; a send every 5, 10 s in 7/5
and 9/3; 15 and 23 requeues simulated; 583522 and 837209 events sent by live clients, of which 452 and 614 were lost
in 66 and 98 dropped connections. Generating both settings takes about 2 s.

Opened
------
``/work/HELPERS.md``; ``anomaly/heldout_common.py`` and ``tests/trace_checks.py`` (all); ``anomaly/traces.py``
lines 1-80; ``anomaly/heldout41.py`` lines 1-110 and its ``heldout41_set``, and ``tests/test_anomaly_heldout41.py``
(as a model of the API, docstring and tests only); lines 1-3 of ``anomaly/heldout.py`` and ``heldout3.py`` ..
``heldout41.py`` (none is a seismic model or Riemann); ``tests/test_architecture.py`` lines 1-110. Nothing else.

Usage::

    from anomaly.heldout42 import heldout42_set
    for trace in heldout42_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT42_SEEDS = tuple(range(422000, 422012))
_SPANS = {"short": (6, 22), "long": (30, 110)}
_P_KIND = (0.34, 0.33, 0.33)
_T0 = 1767225600  # a multiple of 60 s
_CODE = 42


@dataclass
class _Run:
    n: int
    R: int
    I: int
    rate: np.ndarray  # healthy waveforms/s per second (all nodes)
    nodes: np.ndarray  # node count per second (0 while dead)
    spans: list = field(default_factory=list)
    pauses_t: list = field(default_factory=list)  # (a, b, kind) seconds
    changes: list = field(default_factory=list)
    change_kind: list = field(default_factory=list)
    sends: list = field(default_factory=list)  # per node: (send seconds, arrival bucket, kept)
    stats: dict = field(default_factory=dict)


def _schedule(rng, n: int, setting: str):
    """Pauses as ``(s, L, kind)`` on the point grid: evaluations 150-350 points of training after the last pause
    (the window switch takes one's place), a requeue at its preemption's point (20 or more after the last pause)."""
    lo, hi = _SPANS[setting]
    out, p, last = [], int(rng.integers(60, 200)), 0
    n_eval = 0
    pre = sorted(rng.uniform(0.05, 1.0, rng.poisson(1.5)) * n)
    switch = rng.uniform(0.40, 0.65) * n if rng.random() < 0.5 else np.inf
    while p < n:
        q = max(int(pre[0]), last + 20) if pre else n
        if q < p:
            kind, p = "requeue", q
            while pre and pre[0] < q + 20:
                pre.pop(0)
        elif switch < p:
            kind, switch = "switch", np.inf
        else:
            n_eval += 1
            kind = "ckpt" if n_eval % 4 == 0 else "eval"
        if kind == "eval":
            L = int(rng.integers(lo, lo + (hi - lo) // 2 + 1))
        else:
            L = int(rng.integers(lo + int(0.4 * (hi - lo)), hi + 1))
        out.append((p, L, kind))
        last = p + L
        p = last + int(rng.integers(150, 351))
    return out


def _build(seed: int, n: int, setting: str):
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], _CODE, 1])
    R = int(rng.choice([15, 30]))
    I = int(rng.choice([5, 10]))
    T = n * R
    sec = np.arange(T, dtype=float)
    N = int(rng.choice([2, 3, 4]))
    b = int(rng.choice([96, 128]))
    step0 = rng.uniform(0.22, 0.34)
    sched = _schedule(rng, n, setting)
    nodes = np.zeros(T)
    scale = np.ones(T)  # window cost
    warm = np.ones(T)
    run = _Run(n=n, R=R, I=I, rate=np.zeros(T), nodes=nodes)
    start, cur, win = 0.0, N, 1.0
    for s, L, kind in sched:
        a = s * R + rng.uniform(0, 0.3 * R)
        b_ = min((s + L - 1) * R + rng.uniform(0, R - I - 3), T)
        ia, ib = int(np.ceil(a)), int(np.ceil(b_))
        nodes[int(np.ceil(start)):ia] = cur
        scale[int(np.ceil(start)):ia] = win
        run.pauses_t.append((a, b_, kind))
        run.spans.append((s, min(s + L, n)))
        if kind in ("requeue", "switch"):
            if kind == "switch":
                win = rng.uniform(1.5, 1.9)
                run.changes.append(s + L)
                run.change_kind.append("window")
            elif rng.random() < 0.45:
                cur = int(rng.choice([x for x in (2, 3, 4) if x != cur]))
                run.changes.append(s + L)
                run.change_kind.append("nodes")
            k = np.arange(ib, min(ib + 1200, T))
            warm[k] *= 1 + rng.uniform(0.3, 0.9) * np.exp(-(k - ib) / rng.uniform(30, 120))
        else:  # the process lives on: its client keeps sending (zero deltas)
            nodes[ia:ib] = cur
            k = np.arange(ib, min(ib + 400, T))
            warm[k] *= 1 + 0.05 * np.exp(-(k - ib) / 40.0)
        start = b_
    nodes[int(np.ceil(start)):] = cur
    scale[int(np.ceil(start)):] = win
    run.changes = [c for c in run.changes if c < n]
    run.change_kind = run.change_kind[:len(run.changes)]
    # healthy step cost per second
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.02), rng.uniform(7200, 21600))
    cost = np.exp(np.interp(sec, np.arange(len(ou)) * 60.0, ou))
    edges = np.cumsum(rng.uniform(600, 2700, int(T / 600) + 2))
    blk = rng.gamma(200, 1 / 200, len(edges) + 1)
    cost *= blk[np.searchsorted(edges, sec)]
    cost *= np.exp(rng.logistic(0, rng.uniform(0.004, 0.010), T))
    therm = np.ones(T)
    for t0 in rng.uniform(0, T, rng.poisson(T / 3600)):
        therm[int(t0):int(t0 + rng.uniform(120, 480))] = 1 / rng.uniform(0.94, 0.98)
    cost *= therm * warm
    step = step0 * (1 + 0.05 * (nodes - 2)) * cost * scale
    stall = rng.random(T) < rng.uniform(0.002, 0.006)
    frac = np.where(stall, step / (step + np.clip(rng.lognormal(0, 0.6, T), 0.3, 3.0)), 1.0)
    run.rate = np.where(nodes > 0, 8 * b * nodes / step * frac, 0.0)
    for a, b_, _ in run.pauses_t:
        run.rate[int(np.ceil(a)):int(np.ceil(b_))] = 0.0
    # the clients' sends: per node, per-interval deltas (share of the total), arrival bucket, kept or lost
    maxn = 4
    sent = lost = drops = 0
    for node in range(maxn):
        t = np.arange(rng.uniform(0, I), T, I)
        arr = t + np.clip(rng.lognormal(np.log(0.05), 1.0, len(t)), 0.005, 0.9)
        kept = np.ones(len(t), bool)
        for d0 in rng.uniform(0, T, rng.poisson(T / 72000)):
            kept &= ~((t >= d0) & (t < d0 + rng.uniform(5, 90)))
            drops += 1
        idx = np.clip(np.ceil(t).astype(int), 0, T)
        alive = np.concatenate([[True], nodes[np.minimum(idx[1:] - 1, T - 1)] > node])
        run.sends.append((idx, (arr // R).astype(int), kept, node))
        sent += int(alive.sum())
        lost += int((~kept & alive).sum())
    run.stats = {"sent": sent, "lost": lost, "drops": drops}
    h = _series(run, np.ones(T))
    live = hc.live_mask(run.spans, n)
    return run, h, run.spans, live, run.changes


def _series(run: _Run, div) -> np.ndarray:
    """Riemann's ``rate`` points: the kept deltas that arrive in each interval, summed, over ``R``."""
    T = len(run.rate)
    r = run.rate / div
    share = np.where(run.nodes > 0, r / np.maximum(run.nodes, 1), 0.0)
    out = np.zeros(run.n)
    for idx, bucket, kept, node in run.sends:
        part = np.where(run.nodes > node, share, 0.0)
        cuts = np.concatenate([[0], np.minimum(idx, T)])
        d = np.add.reduceat(np.append(part, 0.0), cuts)[:len(idx)]  # a send carries the seconds since the last
        d[cuts[1:] == cuts[:-1]] = 0.0  # (reduceat gives a[i] for an empty segment)
        ok = kept & (bucket < run.n)
        out += np.bincount(bucket[ok], weights=d[ok], minlength=run.n)[:run.n]
    return out / run.R


def _loss(r, div, live_s):
    return 1 - (r[live_s] / div[live_s]).sum() / r[live_s].sum()


def _weight(rng, kind: str, x: np.ndarray, ramp_s: float) -> np.ndarray:
    """A regression's weight ``w`` at ``x`` seconds after its onset: a drop ramps in over 10-60 s, a straggler's
    bursts are 1 (on) or 0.15 (off), a leak grows as ``(x / ramp_s) ** p`` and then holds at 1."""
    if kind == "drop":
        return np.clip(x / rng.uniform(10, 60), 0, 1)
    if kind == "straggler":
        on_m, off_m = rng.uniform(20, 80), rng.uniform(30, 120)
        w, i, on = np.empty(len(x)), 0, True
        while i < len(x):
            d = int(rng.geometric(1 / (on_m if on else off_m)))
            w[i:i + d] = 1.0 if on else 0.15
            i, on = i + d, not on
        return w
    return np.clip(x / ramp_s, 0, 1) ** rng.uniform(0.6, 2.2)


def _draw(rng, run, healthy, live, changes, lo, hi, to_end, want):
    n, R, T = run.n, run.R, len(run.rate)
    for kind in hc.kind_draws(rng, _P_KIND, want):
        if rng.random() < 0.35:
            cand = [(s, e) for s, e in run.spans if lo <= s and e + 3 < hi - 200]
            if not cand:
                continue
            s, e = cand[int(rng.integers(len(cand)))]
            onset = int(rng.integers(s + int(0.4 * (e - s)), e + 4))
        else:
            onset = int(rng.integers(lo, max(lo + 1, hi - 200)))
        ramp = int(rng.uniform(200, 1400)) if kind == "leak" else 0
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None or any(onset <= c < stop + 2 for c in changes):
            continue
        t0, t1 = onset * R + rng.uniform(0, R), min(stop * R, T)
        k = np.arange(int(t0), int(t1))
        w = _weight(rng, kind, k - t0, ramp * R)
        target = rng.uniform(0.09, 0.30)
        live_s = run.rate[k] > 0
        if live_s.sum() < 100:
            continue
        a_lo, a_hi = 0.0, 4.0
        for _ in range(16):
            a = 0.5 * (a_lo + a_hi)
            if _loss(run.rate[k], 1 + a * w, live_s) < target:
                a_lo = a
            else:
                a_hi = a
        div = np.ones(T)
        div[k] = 1 + a * w
        v = _series(run, div)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        on, end = span
        ramp_end = min(on + ramp, end - 1) if kind == "leak" else on
        if kind == "leak" and ramp_end <= on:
            continue
        if hc.shown_depth(v, healthy, live, kind, on, ramp_end, end, n, max(1, (ramp_end - on) // 3)) is None:
            continue
        if any(on <= c < end for c in changes):
            continue
        return Event(kind, on, ramp_end, end, 0.0), div
    return None


def _values(run, divs):
    div = np.ones(len(run.rate))
    for d in divs:
        div = div * d
    return _series(run, div)


def make_heldout42(seed: int, n: int = 6000, setting: str = "short", n_events: int | None = None,
                   pauses: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``pauses`` overrides ``setting``."""
    setting = pauses or setting
    hc.check_args(setting, n, n_events, max_events=6)
    run, healthy, spans, live, changes = _build(seed, n, setting)
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], _CODE])

    def draw(lo, hi, to_end, want):
        return _draw(rng, run, healthy, live, changes, lo, hi, to_end, want)

    values, events = hc.regressed_kinds(rng, n, n_events, draw, _P_KIND, changes, lambda m: _values(run, m),
                                        healthy, live)
    ts = _T0 + run.R * np.arange(1, n + 1, dtype=float)
    return Trace(values=values, timestamps=ts, events=events, pauses=list(spans), seed=seed, healthy=healthy,
                 changes=list(changes))


def heldout42_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT42_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout42, seeds, n, pauses)
