"""The thirty-ninth held-out throughput family: an optical-flow model's (RAFT-style) training frame pairs/s, counted per
node and pushed as ``count,delta`` lines to the Dynatrace OneAgent's local metric ingestion endpoint, read back through
the Metrics API v2 as ``flow.train.pairs.count:splitBy():sum:default(0):rate(1s)`` at a 1- or 2-minute resolution.

Written blind (HELPERS.md): no detector, filter, benchmark or doc read, no log of any branch read, and no detector run
on these traces.

Opened in the project: ``/work/HELPERS.md``; ``anomaly/heldout_common.py`` (all) and ``tests/trace_checks.py`` (all);
``anomaly/traces.py`` lines 1-80; ``anomaly/heldout38.py`` lines 1-120 and its ``heldout38_set`` (lines 432-435), and
``tests/test_anomaly_heldout38.py`` (as a model of the API, docstring and tests only); lines 1-3 of
``anomaly/heldout.py`` and ``anomaly/heldout3.py`` .. ``heldout38.py`` (to take another job and another collection
path: none is an optical-flow model or Dynatrace); ``tests/test_architecture.py`` lines 1-110. Nothing else.
Public sources (found with the search tools, excerpts only): Dynatrace's "Metric ingestion protocol" page (``metric.key,
dimensions payload``; a ``count,delta=N`` payload is the change since the previous data point), its "Metrics API - POST
ingest data points" page (a OneAgent-monitored host may push to ``http://localhost:14499/metrics/ingest`` without a
token, the host's entity added as a dimension; text/plain payload up to 1 MB), its "Metrics API - Metric selector" page
(transformations such as ``splitBy``, aggregations, applied to the stored data points), the ``dynatrace-metric-utils``
README (counter delta, gauge and summary instruments), and, to compare the arithmetic of a ``rate`` on a rolled-up
period, AppOptics' ``rate()`` page (each value ``x / p`` times the duration, ``p`` the period of the resolution).
Assumed without checking: that a delta is stamped with its push time and falls into the resolution bucket holding that
stamp; that ``:sum`` over a bucket adds the deltas of every node in it and ``:rate(1s)`` divides by the bucket's
seconds; that ``:default(0)`` fills a bucket with no data point with 0; that a push the local endpoint refuses is not
retried (lone failures 0.1-0.6 % of pushes, and a node's OneAgent auto-update refusing all its pushes for 1-4 minutes,
about one a node per 42 h); that a preempted pod's unpushed counts are lost while a graceful exit pushes its last delta;
and everything about the job and the cluster.

What is modelled
----------------
A RAFT-style optical-flow model (all-pairs correlation volume, recurrent refinement) trained on pairs of frames on
``N`` nodes (2, 4 or 8) of 8 GPUs, DDP, ``B`` frame pairs a GPU and step (6, 8 or 12); a step costs ``(0.22 + 0.05 B)``
s (x 0.85-1.2, +4 % per doubling of the nodes). The job is a Kubernetes workload under a priority queue on an
on-premises cluster: a higher-priority workload preempts it (Poisson, mean 1.6 a run); it restarts from its last
checkpoint after a pause (rescheduling, image pull, NCCL set-up), in 35 % of restarts on another node count (listed);
in half the runs the curriculum moves from the first data set to a second one with larger crops at 40-65 % of the run
(a checkpoint, a graceful exit and a new process; the step 1.15-1.6x dearer; listed). Evaluations every 150-400
points of training (every third also a checkpoint) are pauses; a pause's length is drawn in points (an evaluation in
the lower 70 % of the setting's range, other pauses in its upper 60 %) and set to ``(L - 1.5) R - P`` s, so that with
the push interval it touches ``L - 1`` or ``L`` buckets. Each node's trainer pushes, every ``P`` s (10 or 15; the
node's own phase from its process's start), a ``count,delta`` of the frame pairs of the whole steps done since its
previous push; the query reads one point per ``R``-s bucket (60 or 120) as the bucket's deltas summed over nodes, over
``R``. A pause reads 0 in its middle; a refused push is a one-bucket dip of about ``P / (N R)``.

Healthy behaviour (none of it labelled): the log step cost drifts as an AR(1) on 15-min knots (coefficient 0.92, sd
1-2 %, linear between knots); the shared Lustre file system is slower in working hours (a half-sine, at most 2-4 %);
per second a logistic law of the log cost (scale 1.2-2.5 %) and, on 0.2-0.4 % of seconds, a lognormal stall (median
1.4x, sd 0.6 in log, 1.05x-4x: a cold read of the flow files); after a process start 1.4-2x fading over 90-240 s
(cuDNN autotuning, loader prefetch), after an evaluation 1.08-1.2x over 20-60 s. Listed in ``changes`` (the first point
after the pause span they follow): the node-count changes at restarts and the curriculum's stage switch.

Labelled regressions multiply the step's cost by ``1 + a w(t)`` over their seconds; the steps they lose are rounded up
to whole steps at their end, so every later delta equals the healthy one and ``healthy`` equals ``values`` outside the
events. ``drop`` (a node's GPUs capped by a failing power supply, a degraded NVLink: ramps in over 10-40 s, then
wanders by a two-state +-6 %; 150-1400 points or to the end), ``straggler`` (one node's data loaders starved by a
co-scheduled pod: on-phases lognormal around 45 s, gaps 15 s plus an exponential of 90 s, 10 % between; 80-500
points), ``leak`` (the correlation volume's buffers fragmenting the caching allocator: ``w = log1p(k x / ramp) /
log1p(k)``, ``k`` 1-20, over a 250-1500 point ramp, then 80-600 points held). Placement: ``heldout_common.event_slots``
(from point 600 at n=6000) through ``heldout_common.regressed_kinds`` (every kind once in a trace with events); ``a`` is
set by bisection (0-6, 14 steps) to a loss of 8-32 % (drop) or 10-30 % (straggler, leak) over the event's live points;
35 % of draws start in the last 60 % of a pause or up to 3 buckets after it. An event is kept where
``heldout_common.shown_depth`` allows and it holds no listed change (80 draws a slot at most).

Counts over ``heldout39_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     29      9     9          11    0.090-0.316  8               6-22 (253 spans, 0 >60)      3
long      30      9     11         10    0.103-0.303  16              30-110 (212 spans, 147 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are
left out. ``changes``: short 4 (1 stage switches, 3 node-count changes), long 13 (6 stage switches, 7 node-count
changes). Per setting's 12 runs (short / long): resolutions of 60, 120 s in 8/4 and 7/5; pushes every 10, 15 s in 6/6
and 5/7; 11 and 16 preemptions simulated; 15207 of 2893083 and 8357 of 1871183 pushes refused. Generating both
settings takes about 2.5 s.

Usage::

    from anomaly.heldout39 import heldout39_set
    for trace in heldout39_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT39_SEEDS = tuple(range(392000, 392012))
_SPANS = {"short": (6, 22), "long": (30, 110)}  # pause span points
_P_KIND = (0.34, 0.33, 0.33)  # drop, straggler, leak for a fourth event
_T0 = 1.728e9  # the unix time of the first bucket (a multiple of 120 s)
_GPUS = 8
_CODE = 39


@dataclass
class _Run:
    """A healthy run on a 1-s grid and its pushes (one ``count,delta`` line per node and push)."""

    n: int
    R: int  # the query's resolution (s): one point a bucket
    P: int  # the push interval (s)
    steps: np.ndarray  # healthy steps in each second
    cum: np.ndarray  # healthy steps before each whole second (len + 1)
    f: np.ndarray = None  # push times (the data points' timestamps), sorted
    prev: np.ndarray = None  # the previous push of the node's process (or the process's start)
    pairs: np.ndarray = None  # frame pairs a step on the pushing node
    keep: np.ndarray = None  # accepted by the OneAgent
    hv: np.ndarray = None  # the healthy series
    pauses_t: list = field(default_factory=list)  # (a, b, kind) seconds
    spans: list = field(default_factory=list)
    changes: list = field(default_factory=list)
    change_kind: list = field(default_factory=list)
    procs: list = field(default_factory=list)  # (start, stop, N, B, graceful)


def _pushes(start: int, stop: int, phase: int, P: int, graceful: bool) -> tuple[np.ndarray, np.ndarray]:
    """A node's push times ``f`` in its process ``[start, stop)`` (every ``P`` s from ``start + phase``; a final push
    at ``stop`` when the process exits gracefully) and each one's previous push (the process's start first)."""
    f = np.arange(start + phase, stop, P)
    if graceful and (len(f) == 0 or f[-1] < stop):
        f = np.append(f, stop)
    prev = np.concatenate([[start], f[:-1]]) if len(f) else f
    return f.astype(np.int64), prev.astype(np.int64)


def _pause_span(a: int, b: int, R: int, P: int) -> tuple[int, int]:
    """The buckets ``[s, e)`` a pause ``[a, b)`` (s) touches: from ``a``'s bucket to that of the last push whose
    interval (``P`` s before it) reaches into the pause."""
    return a // R, (b + P - 1) // R + 1


def _bucket_sum(f, delta, R: int, n: int) -> np.ndarray:
    """``rate(1s)`` of the bucketed sum: the deltas summed into the ``R``-s bucket of their timestamp, over ``R``."""
    b = f // R
    ok = (b >= 0) & (b < n)
    return np.bincount(b[ok], weights=delta[ok], minlength=n) / R


def _deltas(run: _Run, idx, lc_f, lc_prev) -> np.ndarray:
    """The frame pairs of the pushes ``idx``: whole steps between the push and the previous one (the cumulative
    steps less the lost ones ``lc``), times the node's pairs a step; 0 where the push was lost."""
    sf = np.floor(run.cum[run.f[idx]] - lc_f)
    sp = np.floor(run.cum[run.prev[idx]] - lc_prev)
    return (sf - sp) * run.pairs[idx] * run.keep[idx]


def _span_len(rng, setting: str, kind: str) -> int:
    """A pause's planned length in points: an evaluation in the lower 70 % of the setting's range, a checkpoint,
    restart or stage switch in its upper 60 %."""
    lo, hi = _SPANS[setting]
    lo, width = lo + 1, hi - lo - 1
    if kind == "eval":
        return int(rng.integers(lo, lo + int(0.7 * width) + 1))
    return int(rng.integers(lo + int(0.4 * width), hi + 1))


def _schedule(rng, n: int, setting: str) -> _Run:
    """The healthy run (see the module's docstring)."""
    R = int(rng.choice([60, 120], p=[0.6, 0.4]))
    P = int(rng.choice([10, 15]))
    T = n * R
    N = int(rng.choice([2, 4, 8]))
    B = int(rng.choice([6, 8, 12]))
    base = (0.22 + 0.05 * B) * rng.uniform(0.85, 1.2)
    stage_k = rng.uniform(1.15, 1.6)
    stage_at = rng.uniform(0.4, 0.65) * T if rng.random() < 0.5 else np.inf
    pre = np.sort(rng.uniform(0, T, rng.poisson(1.6))).tolist()
    run = _Run(n=n, R=R, P=P, steps=np.zeros(T + 1), cum=np.zeros(T + 2))
    cost = np.full(T + 1, np.inf)  # seconds a step; inf: no training
    warm = np.ones(T + 1)
    t, stage, n_eval = 0, 1.0, 0
    proc_start = 0
    warm_fade = rng.uniform(90, 240)
    while t < T:
        c = base * stage * (1 + 0.04 * np.log2(N))
        g = int(rng.uniform(150, 400) * R * rng.uniform(0.9, 1.1))
        while pre and pre[0] < t + 20 * R:
            pre[0] = t + 20 * R + rng.uniform(0, 10 * R)
            pre.sort()
        if stage_at < t + 20 * R:
            stage_at = t + 20 * R + rng.uniform(0, 10 * R) if stage == 1.0 else np.inf
        cand = [t + g, pre[0] if pre else np.inf, stage_at if stage == 1.0 else np.inf]
        which = int(np.argmin(cand))
        a = int(min(cand[which], T))
        cost[t:a] = c
        x = np.arange(a - t)
        warm[t:a] *= 1 + (rng.uniform(0.4, 1.0) if t == proc_start else rng.uniform(0.08, 0.2)) * np.exp(-x / warm_fade)
        if a >= T:
            break
        kind = ("ckpt" if (n_eval + 1) % 3 == 0 else "eval", "restart", "stage")[which]
        L = _span_len(rng, setting, kind)
        b = min(T, a + int(round((L - 1.5) * R - P)))
        run.pauses_t.append((a, b, kind))
        if which == 0:
            n_eval += 1
            warm_fade = rng.uniform(20, 60)
        else:
            run.procs.append((proc_start, a, N, B, which == 2))
            proc_start, warm_fade = b, rng.uniform(90, 240)
            if which == 1:
                pre.pop(0)
                if rng.random() < 0.35:
                    N = int(rng.choice([m for m in (2, 4, 8) if m != N]))
                    run.change_kind.append("nodes")
                    run.changes.append(b)
            else:
                stage = stage_k
                run.change_kind.append("stage")
                run.changes.append(b)
        t = b
    run.procs.append((proc_start, T + 1, N, B, False))
    _jitter(rng, run, cost, warm, T)
    _collect(rng, run, T)
    return run


def _jitter(rng, run: _Run, cost, warm, T: int) -> None:
    """Steps a second: ``1 / cost`` with a drift (an AR(1) of the log cost on 15-min knots, linear between), the
    shared Lustre's working-hours load, a logistic law per second and lognormal stalls (the ``.flo``/PNG reads)."""
    knots = np.arange(0, T + 1801, 900.0)
    ar = np.empty(len(knots))
    ar[0] = rng.normal(0, 0.02)
    sd = rng.uniform(0.01, 0.02)
    for i in range(1, len(knots)):
        ar[i] = 0.92 * ar[i - 1] + rng.normal(0, sd * np.sqrt(1 - 0.92 ** 2))
    sec = np.arange(T + 1)
    drift = np.interp(sec, knots, ar)
    day = 0.04 * rng.uniform(0.5, 1.0) * np.maximum(0, np.sin(2 * np.pi * (sec / 86400 + rng.uniform(0, 1))))
    jit = rng.logistic(0, rng.uniform(0.012, 0.025), T + 1)
    stall = np.ones(T + 1)
    hit = rng.random(T + 1) < rng.uniform(0.002, 0.004)
    stall[hit] = np.minimum(4.0, np.exp(rng.normal(np.log(1.4), 0.6, hit.sum())).clip(1.05))
    c = cost * np.exp(drift + jit + day) * warm * stall
    run.steps = np.where(np.isfinite(c), 1.0 / c, 0.0)
    run.cum = np.concatenate([[0.0], np.cumsum(run.steps)])


def _collect(rng, run: _Run, T: int) -> None:
    """The pushes of every node of every process, the ones the OneAgent refused (lone failures and its auto-update
    windows), and the healthy series."""
    fs, ps, pr, nodes = [], [], [], []
    for start, stop, N, B, graceful in run.procs:
        for j in range(N):
            f, prev = _pushes(start, min(stop, T), int(rng.integers(1, run.P + 1)), run.P, graceful)
            fs.append(f), ps.append(prev)
            pr.append(np.full(len(f), float(_GPUS * B))), nodes.append(np.full(len(f), j))
    f, prev, pairs, node = (np.concatenate(x) for x in (fs, ps, pr, nodes))
    o = np.argsort(f, kind="stable")
    run.f, run.prev, run.pairs, node = f[o], prev[o], pairs[o], node[o]
    keep = rng.random(len(run.f)) >= rng.uniform(0.001, 0.006)
    for j in range(8):  # OneAgent auto-updates: a node's pushes refused for 1-4 minutes
        for t0 in rng.uniform(0, T, rng.poisson(T / 150000)):
            keep &= ~((node == j) & (run.f >= t0) & (run.f < t0 + rng.uniform(60, 240)))
    run.keep = keep
    idx = np.arange(len(run.f))
    run.hv = _bucket_sum(run.f, _deltas(run, idx, 0.0, 0.0), run.R, run.n)
    spans = []
    for a, b, _ in run.pauses_t:
        s, e = _pause_span(a, b, run.R, run.P)
        if s < run.n:
            hc.add_span(spans, s, min(e, run.n))
    run.spans = spans
    run.changes = [min(run.n, _pause_span(b - 1, b, run.R, run.P)[1]) for b in run.changes]
    keep_c = [(c, k) for c, k in zip(run.changes, run.change_kind) if c < run.n]
    run.changes, run.change_kind = [c for c, _ in keep_c], [k for _, k in keep_c]


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of the seed's healthy run (its own random stream)."""
    run = _schedule(np.random.default_rng([seed, hc.SETTINGS[pauses], _CODE, 0]), n, pauses)
    return run, run.hv, run.spans, hc.live_mask(run.spans, n), run.changes


@dataclass
class _Mod:
    """A regression's lost steps: their running sum ``lc`` over seconds ``[i0, i0 + len(lc) - 1]`` (``lc[0] = 0``),
    a whole number ``total`` from then on (any number where it runs to the end)."""

    i0: int
    lc: np.ndarray
    total: float


def _lost(run: _Run, i0: int, w: np.ndarray, a: float, to_end: bool) -> _Mod:
    """The steps a cost ``x (1 + a w)`` over the seconds from ``i0`` loses, rounded up to whole steps at its end."""
    s = run.steps[i0:i0 + len(w)]
    lost = s * (a * w / (1 + a * w))
    tot = lost.sum()
    if not to_end and tot > 0:
        want = float(np.ceil(tot - 1e-9))
        lost = np.minimum(lost * (want / tot), s)
        lost[np.argmax(s - lost)] += want - lost.sum()
    lc = np.concatenate([[0.0], np.cumsum(lost)])
    total = float(round(lc[-1])) if not to_end else float(lc[-1])
    if not to_end:
        lc[-1] = total
    return _Mod(i0, lc, total)


def _lost_at(md: _Mod, t: np.ndarray) -> np.ndarray:
    """The mod's lost steps before each whole second ``t``."""
    k = t - md.i0
    out = np.where(k <= 0, 0.0, md.total)
    inside = (k > 0) & (k < len(md.lc) - 1)
    out[inside] = md.lc[k[inside]]
    return out


def _series(run: _Run, mods, lo: int = 0) -> np.ndarray:
    """The series with the regressions ``mods`` (each push's whole steps less the lost ones)."""
    v = run.hv.copy()
    for md in mods:
        i1 = md.i0 + len(md.lc) - 1
        a, b = np.searchsorted(run.f, md.i0), np.searchsorted(run.f, i1 + run.P + 1)
        idx = np.arange(a, b)
        idx = idx[run.prev[idx] < i1]
        new = _deltas(run, idx, _lost_at(md, run.f[idx]), _lost_at(md, run.prev[idx]))
        old = _deltas(run, idx, 0.0, 0.0)
        v += _bucket_sum(run.f[idx], new - old, run.R, run.n)
    return v


def _weight(rng, kind: str, m: int, ramp: int) -> np.ndarray:
    """A regression's weight over its ``m`` seconds: a drop ramps in over 10-40 s and wanders by a two-state +-6 %;
    a straggler is on for lognormal phases (median 45 s) between gaps of 15 s plus an exponential (mean 90 s), 10 %
    in between; a leak grows as ``log1p(k x / ramp) / log1p(k)`` (``k`` 1-20) over ``ramp`` s, then holds."""
    x = np.arange(m, dtype=float)
    if kind == "drop":
        flip = np.cumsum(rng.random(m) < 1 / 300) % 2
        return np.minimum(1, x / rng.uniform(10, 40)) * (1 + 0.06 * (2 * flip - 1))
    if kind == "straggler":
        w = np.full(m, 0.1)
        t = 0
        while t < m:
            on = int(np.exp(rng.normal(np.log(45), 0.6))) + 5
            w[t:t + on] = 1.0
            t += on + 15 + int(rng.exponential(90))
        return w
    k = rng.uniform(1, 20)
    return np.log1p(k * np.minimum(x, ramp) / ramp) / np.log1p(k)


def _draw(rng, run: _Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in the slot ``[lo, hi)``: an ``(Event, _Mod)`` pair, or None."""
    n, R, T = run.n, run.R, run.n * run.R
    for kind in hc.kind_draws(rng, _P_KIND, want):
        ramp = int(rng.uniform(250, min(1500, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.35:  # inside a pause's last 60 % or within 3 buckets after it
            cand = [(a, b) for a, b, _ in run.pauses_t if lo * R <= a and b < last * R]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = int(rng.uniform(a + 0.4 * (b - a), b + 3 * R))
        else:
            t0 = int(rng.uniform(lo * R, last * R))
        onset = t0 // R
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t1 = T + 1 if to_end else stop * R - run.P - R
        if t1 - t0 < 30 * R:
            continue
        w = _weight(rng, kind, t1 - t0, max(1, ramp * R))
        target = {"drop": rng.uniform(0.08, 0.32), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.1, 0.3))
        hs = healthy[onset:stop][live[onset:stop]].sum()
        if hs <= 0:
            continue

        def loss(a):
            v = _series(run, [_lost(run, t0, w, a, to_end)])
            return 1 - v[onset:stop][live[onset:stop]].sum() / hs

        if loss(6.0) < target:
            continue
        a_lo, a_hi = 0.0, 6.0
        for _ in range(14):
            mid = 0.5 * (a_lo + a_hi)
            a_lo, a_hi = (mid, a_hi) if loss(mid) < target else (a_lo, mid)
        mod = _lost(run, t0, w, 0.5 * (a_lo + a_hi), to_end)
        v = _series(run, [mod])
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min((t0 + ramp * R) // R, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), mod
    return None


def make_heldout39(seed: int, n: int = 6000, setting: str = "short", n_events: int | None = None,
                   pauses: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``pauses`` (or ``setting``): "short" or "long";
    ``n_events``: None (3 or 4) or 0-6 regressions."""
    pauses = setting if pauses is None else pauses
    hc.check_args(pauses, n, n_events, max_events=6)
    run, healthy, spans, live, changes = _build(seed, n, pauses)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], _CODE, 1])

    def draw(lo, hi, to_end, want):
        return _draw(rng, run, healthy, live, changes, lo, hi, to_end, want)

    values, events = hc.regressed_kinds(rng, n, n_events, draw, _P_KIND, changes, lambda mods: _series(run, mods),
                                        healthy, live)
    return Trace(values=values, timestamps=_T0 + run.R * np.arange(n, dtype=float), events=events, pauses=spans,
                 seed=seed, healthy=healthy, changes=list(changes))


def heldout39_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT39_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed (the 12 of ``HELDOUT39_SEEDS`` unless
    told); every fourth is clean."""
    return hc.every_fourth_clean(make_heldout39, seeds, n, pauses)
