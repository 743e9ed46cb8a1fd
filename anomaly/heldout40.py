"""The fortieth held-out throughput family: an image super-resolution GAN's (Real-ESRGAN-style) training patches/s,
emitted by each node every ``K`` optimizer steps as a JSON event to Kafka, ingested by an Apache Druid Kafka supervisor
with rollup (``longSum``, query granularity of the bucket) and read back by a dashboard poller as
``SELECT TIME_FLOOR(__time, 'PT{R}S'), SUM(patches) / R`` shortly after each bucket closes.

Written blind (HELPERS.md): no detector, filter, benchmark or doc read, no log of any branch read, and no detector run
on these traces.

Opened in the project: ``/work/HELPERS.md``; ``anomaly/heldout_common.py`` (all) and ``tests/trace_checks.py`` (all);
``anomaly/traces.py`` lines 1-80; ``anomaly/heldout39.py`` lines 1-110 and its ``heldout39_set``, and
``tests/test_anomaly_heldout39.py`` (as a model of the API, docstring and tests only); lines 1-3 of
``anomaly/heldout.py`` and ``anomaly/heldout3.py`` .. ``heldout39.py`` (to take another job and another collection
path: none is a super-resolution model, Kafka or Druid); ``tests/test_architecture.py`` lines 1-110. Nothing else.
Public sources (found with the search tools, excerpts only): Druid's "Data rollup" page and its rollup tutorial
(rows with the same dimensions and the same timestamp truncated to ``queryGranularity`` are combined; ``longSum``
metrics add up), the ``aggregations`` reference (``count`` counts rolled-up rows, ``longSum`` sums a metric), the
"Timeseries queries" page (empty interior buckets are filled with the aggregator's default, 0), the "Query
granularities" page (period granularities such as ``PT30S``), and the Kafka supervisor's ``ioConfig`` table as
quoted in Druid doc pull requests, an issue and a translated copy (``taskDuration``, default ``PT1H``: a task stops
reading and publishes its segments; ``lateMessageRejectionPeriod``, not modelled: no event here is that late).
Assumed without checking: that an event is stamped by the node's clock at the emit (NTP offsets sd 0.15 s) and falls
into the bucket of that stamp; that the poller reads each bucket once, 20 s after it closes, and keeps what it read,
so an event not yet queryable then (Kafka-to-Druid lag) is missing from that point for good; that the lag is
lognormal (median 1.5 s, sd 0.5 in log) and, at a quarter of the hourly task rollovers, grows by up to 20-120 s,
fading linearly over 20-90 s; that with ``acks=1`` a broker's
leader failover (about one a 40 h) loses every event of a 2-15 s window; that Lightning logs a partial count at the
start of every evaluation and at a graceful exit, while a killed process loses its unlogged steps; that the
evaluation schedule is in wall-clock time; and everything about the job and the cluster.

What is modelled
----------------
A Real-ESRGAN-style x4 super-resolution model (an RRDB generator, a U-Net discriminator, a VGG perceptual loss)
trained with DDP on ``N`` nodes (2-5, started on 3 or 4) of 8 GPUs, ``B`` patch pairs a GPU and step (12 or 16), in two
stages: a PSNR stage (L1 loss only), then, in 60 % of runs at 30-55 % of the run, the GAN stage (the step
1.35-1.7x dearer, a checkpoint, a graceful exit and a relaunch with the new config; listed). A step costs about
``0.045 B`` s (x 0.85-1.15, +3 % a node). The job runs under Slurm on an on-premises cluster; a node failure (Poisson,
mean 1.5 a run) kills it and Slurm requeues it from its last checkpoint after a pause, in 35 % of requeues on one node
more or fewer (listed). Evaluations (PSNR / LPIPS on a validation set) every 180-420 points of training, every fourth
also a checkpoint, are pauses. A pause's length ``L`` is drawn in points (an evaluation in the lower 65 % of the
setting's range, other pauses in its upper 60 %) and its end set inside bucket ``s + L - 1``, ``s`` the bucket of its
start, so that its span is exactly ``L`` buckets (the first and last partly trained).

Each node emits an event when its global step (counted from its process's start) reaches a multiple of ``K`` (5 or
10) and at a flush, each carrying ``steps x B x 8`` patches; all nodes step together (synchronous DDP). The poller's
point is the bucket's ``SUM(patches) / R`` over the events stamped in it and queryable by its read, ``R`` = 30 or 60 s.
A pause's middle reads 0; the ``K``-step grain makes a bucket's count jitter by about one emit in ``R / (K c)``.

Healthy behaviour (none of it labelled): the log step cost drifts as an Ornstein-Uhlenbeck path (sd 1.5-3 %,
correlation 2-6 h) plus a per-shard level (the training set is read in shards of 40-160 min, each 0.96-1.04x: large
PNGs decode slower); per second a Gumbel-distributed log cost (scale 0.8-1.8 %); on 0.2-0.5 % of seconds a Pareto
stall (``1 + 0.25 x``, ``x`` Pareto with index 1.7, at most 6x: the loaders starving on a cold read); after a process
start ``1 + A exp(-t / tau)`` (``A`` 0.3-0.8, ``tau`` 60-180 s: cuDNN autotuning, page cache), after an evaluation
1.04-1.12x fading with a 30-s time constant (loader workers respawned). Collection: node clock offsets,
Kafka-to-Druid lag spikes at task rollovers (missed events read as one- or two-point dips), lost windows at leader
failovers. Listed in ``changes`` (the first point after the pause span they follow): the GAN stage switch and the
node-count changes.

Labelled regressions multiply the step's cost by ``1 + a w(t)`` over their seconds; the steps they lose are rounded up
to a multiple of ``K`` at their end (a process killed inside one simply loses them), so every later emit equals the
healthy one and ``healthy`` equals ``values`` outside the events. ``drop`` (a chassis fan failing, one node's GPUs
thermally throttled: ramps in over 5-30 s, then cycles by +-8 % with a 5-15 min period; 150-1400 points or to the end),
``straggler`` (one node's local NVMe dataset cache evicted, its loaders reading the network file system in bursts:
on-phases exponential of mean 40-120 s at full weight, gaps gamma (shape 2) of mean 60-200 s at 0.15; 80-500 points),
``leak`` (the discriminator's augmentation pipeline leaking host memory into swap: ``w = x ** p``, ``p`` 0.6-2, over
a 250-1500 point ramp, then 80-600 points held). Placement: ``heldout_common.event_slots`` (from point 600 at n=6000)
through ``heldout_common.regressed_kinds``; ``a`` set by bisection (0-8, 14 steps) to a loss of 9-32 % (drop) or
10-30 % (straggler, leak) over the event's live points; 35 % of draws start in the last 60 % of a pause or up to 3
buckets after it. An event is kept where ``heldout_common.shown_depth`` allows and it holds no listed change (80
draws a slot at most).

Counts over ``heldout40_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     28      9     10         9     0.114-0.310  13              6-22 (228 spans, 0 >60)      3
long      31      9     12         10    0.102-0.297  13              30-110 (196 spans, 118 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are
left out. ``changes``: short 10 (7 stage switches, 3 node-count changes), long 13 (9 stage switches, 4 node-count
changes). Per setting's 12 runs (short / long): buckets of 30, 60 s in 7/5 and 6/6; an emit every 1, 2 steps in 2/10
and 5/7; 16 and 12 node failures simulated; 6496240 and 7846949 events sent (one a node and emit), of which 505 and
313 lost at leader failovers and 9127 and 11483 not yet queryable at their bucket's read. Generating both settings
takes about 5 s.

Usage::

    from anomaly.heldout40 import heldout40_set
    for trace in heldout40_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT40_SEEDS = tuple(range(402000, 402012))
_SPANS = {"short": (6, 22), "long": (30, 110)}  # pause span points
_P_KIND = (0.34, 0.33, 0.33)  # drop, straggler, leak for a fourth event
_T0 = 1730001600  # the unix time of bucket 0 (a multiple of 60 s)
_GPUS = 8
_READ = 20.0  # the poller reads a bucket this many seconds after it closes
_CODE = 40


@dataclass
class _Run:
    """A healthy run on a 1-s grid: steps each second, processes, flushes and the collection path's state."""

    n: int
    R: int  # bucket seconds (the query granularity)
    K: int  # a node emits every K global steps
    B: int  # patch pairs a GPU and step
    rate: np.ndarray = None  # healthy steps in each second
    procs: list = field(default_factory=list)  # (t0, t1, nodes, graceful)
    flush: list = field(default_factory=list)  # evaluation starts (s): a partial emit
    pauses_t: list = field(default_factory=list)  # (a, b, kind) in seconds
    spans: list = field(default_factory=list)
    changes: list = field(default_factory=list)
    change_kind: list = field(default_factory=list)
    offs: np.ndarray = None  # node clock offsets (s)
    delay: np.ndarray = None  # Kafka-to-Druid lag of an event stamped in each second
    lost: list = field(default_factory=list)  # (a, b): events stamped here are lost
    stats: dict = field(default_factory=dict)


def _span_len(rng, setting: str, kind: str) -> int:
    """A pause's span in points: an evaluation in the lower 65 % of the setting's range, others in its upper 60 %."""
    lo, hi = _SPANS[setting]
    w = hi - lo
    if kind == "eval":
        return int(rng.integers(lo, lo + int(0.65 * w) + 1))
    return int(rng.integers(hi - int(0.6 * w), hi + 1))


def _schedule(rng, run: _Run, setting: str) -> None:
    """Processes, pauses (evaluations, checkpoints, requeues after failures, the stage switch) and listed changes."""
    R, T = run.R, run.n * run.R
    nodes = int(rng.choice([3, 4]))
    fail = list(np.sort(rng.uniform(0, T, rng.poisson(1.5))))
    stage_at = rng.uniform(0.3, 0.55) * T if rng.random() < 0.6 else np.inf
    t, t_proc, n_eval = 0, 0, 0
    next_eval = t + int(rng.uniform(180, 420) * R)
    while t < T:
        while fail and fail[0] < t + 3 * R:
            fail[0] = t + 3 * R + rng.uniform(0, 600)
            fail.sort()
        ft = fail[0] if fail else np.inf
        if ft < next_eval:
            a, kind = int(ft), "restart"
            fail.pop(0)
        else:
            a = next_eval
            n_eval += 1
            kind = "stage" if a >= stage_at else ("ckpt" if n_eval % 4 == 0 else "eval")
        if a >= T:
            break
        s = a // R
        e = s + _span_len(rng, setting, kind)
        b = int((e - 1 + rng.uniform(0.1, 0.9)) * R)
        run.pauses_t.append((a, b, kind))
        run.spans.append((int(s), int(min(e, run.n))))
        if kind in ("eval", "ckpt"):
            run.flush.append(a)
        else:
            run.procs.append((t_proc, a, nodes, kind == "stage"))
            t_proc = b
            new = nodes
            if kind == "restart" and rng.random() < 0.35:
                new = int(np.clip(nodes + rng.choice([-1, 1]), 2, 5))
                new = new if new != nodes else nodes + (1 if nodes < 5 else -1)
            if kind == "stage":
                stage_at = np.inf
            if (new != nodes or kind == "stage") and e < run.n:
                run.changes.append(int(e))
                run.change_kind.append("stage" if kind == "stage" else "nodes")
            nodes = new
        t = b
        next_eval = b + int(rng.uniform(180, 420) * R)
    run.procs.append((t_proc, max(T + 2 * R, t_proc + 1), nodes, True))


def _rates(rng, run: _Run) -> None:
    """Healthy steps per second: the step's cost with its drifts, jitter, stalls and warm-ups; 0 in the pauses."""
    Tg = run.procs[-1][1]
    t = np.arange(Tg, dtype=float)
    c0 = 0.045 * run.B * rng.uniform(0.85, 1.15)
    ou = hc.ou_path(rng, Tg, rng.uniform(0.015, 0.03), rng.uniform(2, 6) * 3600.0, step=60.0)
    logc = np.interp(t, np.arange(len(ou)) * 60.0, ou)
    edges = np.cumsum(rng.uniform(40, 160, int(Tg / 2400) + 2) * 60.0)
    shard = rng.uniform(0.96, 1.04, len(edges) + 1)
    logc += np.log(shard[np.searchsorted(edges, t)])
    logc += rng.gumbel(0, rng.uniform(0.008, 0.018), len(t))
    cost = c0 * np.exp(logc)
    stall = rng.random(len(t)) < rng.uniform(0.002, 0.005)
    cost[stall] *= np.minimum(1 + 0.25 * rng.pareto(1.7, int(stall.sum())), 6.0)
    stage = np.ones(len(t))
    gan = rng.uniform(1.35, 1.7)
    rate = np.zeros(len(t))
    for k, (t0, t1, nodes, _) in enumerate(run.procs):
        if k and run.pauses_t and any(kd == "stage" and b == t0 for a, b, kd in run.pauses_t):
            stage[t0:] = gan
        x = t[t0:t1] - t0
        warm = 1 + rng.uniform(0.3, 0.8) * np.exp(-x / rng.uniform(60, 180))
        rate[t0:t1] = 1.0 / (cost[t0:t1] * stage[t0:t1] * warm * (1 + 0.03 * nodes))
    for a, b, kind in run.pauses_t:
        rate[a:b] = 0.0
        if kind in ("eval", "ckpt"):
            x = t[b:b + 90] - b
            rate[b:b + 90] /= 1 + rng.uniform(0.04, 0.12) * np.exp(-x / 30.0)
    run.rate = rate


def _collection(rng, run: _Run) -> None:
    """Node clock offsets, the Kafka-to-Druid lag of each second's events and the windows of lost events."""
    Tg = len(run.rate)
    run.offs = rng.normal(0, 0.15, 6)
    delay = np.exp(rng.normal(np.log(1.5), 0.5, Tg))
    for t_roll in np.arange(rng.uniform(0, 3600), Tg, 3600.0):
        if rng.random() < 0.25:
            dur, extra = rng.uniform(20, 90), rng.uniform(20, 120)
            a = int(t_roll)
            x = np.arange(min(int(dur), Tg - a))
            delay[a:a + len(x)] += extra * (1 - x / dur)
    run.delay = delay
    for a in np.sort(rng.uniform(0, Tg, rng.poisson(Tg / (40 * 3600.0)))):
        run.lost.append((float(a), float(a + rng.uniform(2, 15))))


def _emits(c: np.ndarray, t0: int, K: int, flush, graceful: bool, ia: int = 0, ib: int | None = None):
    """A process's emits between its seconds ``ia`` and ``ib`` (all by default): times and the steps each logs, from
    ``c`` (its steps before each second from ``t0``): one each time the step count reaches a multiple of ``K``, one
    at each flush time, one at a graceful exit (where ``ib`` is its end). The first's steps are only right when
    ``ia`` is 0 (a window's are alike in a run with and without a regression that starts later)."""
    ib = len(c) - 1 if ib is None else ib
    levels = np.arange(np.floor(c[ia] / K + 1e-9) * K + K, np.floor(c[ib]) + 1e-9, K)
    i = np.searchsorted(c, levels)
    tt = t0 + i - 1 + (levels - c[i - 1]) / (c[i] - c[i - 1])
    fl = [f for f in flush if t0 + ia < f < t0 + ib] + ([t0 + ib] if graceful and ib == len(c) - 1 else [])
    ft = np.array(fl, dtype=float)
    fv = np.floor(c[np.array(fl, dtype=int) - t0] + 1e-9) if fl else np.zeros(0)
    times = np.concatenate([tt, ft])
    cum = np.concatenate([levels, fv])
    order = np.argsort(times, kind="stable")
    times, cum = times[order], np.maximum.accumulate(cum[order])
    return times, np.diff(np.concatenate([[np.floor(c[ia] / K + 1e-9) * K], cum]))


def _series(run: _Run, lost=None, win=None) -> np.ndarray:
    """The poller's points: per bucket, the patches of the events stamped in it and queryable at its read, over R;
    only the emits of the seconds ``win = (a, b)`` where given (see :func:`_emits`)."""
    rate = run.rate if lost is None else run.rate - lost
    out = np.zeros(run.n)
    for t0, t1, nodes, graceful in run.procs:
        a, b = (t0, t1) if win is None else (max(win[0], t0), min(win[1], t1))
        if a >= b:
            continue
        c = np.concatenate([[0.0], np.cumsum(rate[t0:t1])])
        times, steps = _emits(c, t0, run.K, run.flush, graceful, a - t0, b - t0)
        keep = steps > 0
        times, steps = times[keep], steps[keep]
        for j in range(nodes):
            st = times + run.offs[j]
            b_of = np.floor(st / run.R).astype(int)
            sent = (st >= 0) & (b_of < run.n)
            gone = np.zeros(len(st), bool)
            for a, b in run.lost:
                gone |= (st >= a) & (st < b)
            sec = np.clip(st.astype(int), 0, len(run.delay) - 1)
            late = st + run.delay[sec] > (b_of + 1) * run.R + _READ
            ok = sent & ~gone & ~late
            if lost is None and win is None:  # the healthy run's collection counts
                for key, m in (("sent", sent), ("lost", sent & gone), ("late", sent & ~gone & late)):
                    run.stats[key] = run.stats.get(key, 0) + int(m.sum())
            out += np.bincount(b_of[ok], weights=steps[ok] * run.B * _GPUS, minlength=run.n)[:run.n]
    return out / run.R


def _build(seed: int, n: int, setting: str):
    """``(run, healthy, spans, live, changes)`` of a seed's healthy run."""
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], _CODE, 1])
    run = _Run(n=n, R=int(rng.choice([30, 60])), K=int(rng.choice([1, 2])), B=int(rng.choice([12, 16])))
    _schedule(rng, run, setting)
    _rates(rng, run)
    _collection(rng, run)
    healthy = _series(run)
    return run, healthy, run.spans, hc.live_mask(run.spans, n), run.changes


def _shape(rng, kind: str, m: int, R: int, ramp: int) -> np.ndarray:
    """A regression's weight ``w`` over its ``m`` seconds (a leak's ramp is ``ramp`` points of ``R`` s)."""
    x = np.arange(m, dtype=float)
    if kind == "drop":  # throttled GPUs: ramps in, then cycles with the node's temperature
        period, phase = rng.uniform(300, 900), rng.uniform(0, 2 * np.pi)
        return np.minimum(1.0, (x + 1) / rng.uniform(5, 30)) * (1 + 0.08 * np.sin(2 * np.pi * x / period + phase))
    if kind == "straggler":  # loaders reading the network file system in bursts
        w, t, on = np.empty(m), 0, True
        m_on, m_off = rng.uniform(40, 120), rng.uniform(60, 200)
        while t < m:
            d = max(5, int(rng.exponential(m_on) if on else rng.gamma(2.0, m_off / 2)))
            w[t:t + d] = 1.0 if on else 0.15
            t, on = t + d, not on
        return w
    return np.minimum(1.0, (x + 1) / (ramp * R)) ** rng.uniform(0.6, 2.0)  # host memory leaking into swap


def _lost(run: _Run, t_on: int, w: np.ndarray, a: float, to_end: bool) -> np.ndarray:
    """The steps a regression ``1 + a w`` loses each second, those of the process it ends in rounded up to a
    multiple of ``K`` (taken from its last seconds), so that every later emit is the healthy one."""
    lost = np.zeros(len(run.rate))
    t_end = t_on + len(w)
    r = run.rate[t_on:t_end]
    lost[t_on:t_end] = r - r / (1 + a * w)
    if to_end:
        return lost
    p = next((p for p in run.procs if p[0] <= t_end - 1 < p[1]), None)
    if p is None:
        return lost
    lo = max(t_on, p[0])
    part = lost[lo:t_end]
    extra = np.ceil(part.sum() / run.K - 1e-9) * run.K - part.sum()
    room = (run.rate[lo:t_end] - part)[::-1]
    take = np.minimum(room, np.maximum(extra - np.concatenate([[0.0], np.cumsum(room)[:-1]]), 0.0))
    part += take[::-1]
    return lost


def _draw(rng, run: _Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression in the slot ``[lo, hi)``: ``(Event, lost steps a second)`` or None after 80 draws."""
    n, R = run.n, run.R
    for kind in hc.kind_draws(rng, _P_KIND, want):
        ramp = int(rng.integers(250, 1501)) if kind == "leak" else 0
        near = [(s, e) for s, e in run.spans if lo <= s and e + 4 < hi - 200]
        if rng.random() < 0.35 and near:
            s, e = near[int(rng.integers(len(near)))]
            onset = int(rng.integers(s + int(0.4 * (e - s)), e + 4))
        else:
            onset = int(rng.integers(lo, hi - 200))
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None or any(onset - 2 <= c < stop + 2 for c in changes):
            continue
        t_on = onset * R + int(rng.integers(0, R))
        t_stop = len(run.rate) if stop == n else stop * R
        w = _shape(rng, kind, t_stop - t_on, R, ramp)
        target = rng.uniform(0.09, 0.32) if kind == "drop" else rng.uniform(0.10, 0.30)

        win = (t_on - 5 * R, t_stop + 5 * R + 300)
        base = _series(run, None, win)

        def series(a):  # the run with this regression alone: only its window's emits recomputed
            return healthy + (_series(run, _lost(run, t_on, w, a, stop == n), win) - base)

        if hc.live_loss(series(8.0), healthy, live, onset, stop)[0] < target:
            continue
        a_lo, a_hi = 0.0, 8.0
        for _ in range(14):
            mid = 0.5 * (a_lo + a_hi)
            if hc.live_loss(series(mid), healthy, live, onset, stop)[0] < target:
                a_lo = mid
            else:
                a_hi = mid
        lost = _lost(run, t_on, w, a_hi, stop == n)
        v = _series(run, lost)
        got = hc.changed_span(v, healthy, onset, lo, hi, n, to_end=stop == n)
        if got is None:
            continue
        on, end = got
        ramp_end = on + ramp
        if kind == "leak" and ramp_end >= end or any(on <= c < end for c in changes):
            continue
        depth = hc.shown_depth(v, healthy, live, kind, on, ramp_end, end, n, third=max(ramp // 3, 10))
        if depth is not None:
            return Event(kind, on, ramp_end, end, depth), lost
    return None


def _values(run: _Run, mods) -> np.ndarray:
    """The series with the regressions' lost steps taken off the healthy ones."""
    return _series(run, sum(mods)) if mods else _series(run)


def make_heldout40(seed: int, n: int = 6000, setting: str = "short", n_events: int | None = None,
                   pauses: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``): ``pauses`` (or ``setting``) is "short" (6-22 point
    pauses) or "long" (30-110); ``n_events`` regressions (0-6; 3 or 4 when None)."""
    pauses = setting if pauses is None else pauses
    hc.check_args(pauses, n, n_events, max_events=6)
    run, healthy, spans, live, changes = _build(seed, n, pauses)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], _CODE, 2])

    def draw(lo, hi, to_end, want):
        return _draw(rng, run, healthy, live, changes, lo, hi, to_end, want)

    values, events = hc.regressed_kinds(rng, n, n_events, draw, _P_KIND, changes, lambda m: _values(run, m),
                                        healthy, live)
    return Trace(values=values, timestamps=_T0 + np.arange(n, dtype=float) * run.R, events=events,
                 pauses=list(spans), seed=seed, healthy=healthy, changes=list(changes))


def heldout40_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT40_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed (the 12 of ``HELDOUT40_SEEDS`` unless
    told); every fourth is clean."""
    return hc.every_fourth_clean(make_heldout40, seeds, n, pauses)
