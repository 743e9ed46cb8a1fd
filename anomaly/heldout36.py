"""The thirty-sixth held-out throughput family: a time-series foundation model's training windows/s, a per-node
cumulative counter that each node's trainer inserts into a ClickHouse MergeTree table (async inserts), read back per
bucket by a poller as ``sum(v - lagInFrame(v) OVER (PARTITION BY host ORDER BY ts)) / bucket`` over the rows.

Written blind, this session, in a 35-minute slot: the author read only ``/work/HELPERS.md``, the shared helpers
(``anomaly/heldout_common.py``, ``tests/trace_checks.py``), ``anomaly/traces.py`` lines 1-80, the thirty-fifth
generator's docstring (its first 135 lines) and its tests as a model of API, docstring and tests, the first 15 lines
of generators 3-14 and 27-35 and the first 4 lines of 15-26 and of ``anomaly/heldout.py`` (to take another job and
another collection path: none is a time-series forecasting model or ClickHouse), the first 110 lines of
``tests/test_architecture.py``; it saw the subject of main's last commit (printed by git with the worktree; it names
no detector figure). Public sources (ClickHouse docs and the Altinity knowledge base, found with the search tools):
``lagInFrame(x, offset, default)`` (the value ``offset`` rows before within the frame, the column type's default when
there is none), the window-functions page (``lag`` not supported, ``lagInFrame`` as the workaround), asynchronous
inserts (rows buffered server-side and flushed on ``async_insert_busy_timeout_ms``, about 1 s, or size; not readable
until flushed). Assumed without checking: the poller's query (rows of the bucket and of the one before, partitioned by
host only, a row without a predecessor or with a negative change dropped, ``WITH FILL`` giving 0), that it reads each
bucket once 20-60 s after its end, the client's batching every 4-25 s and resend 1-30 s after a server restart, and
everything about the job. Never a detector, and never ran a detector on these traces.

What is modelled
----------------
A time-series foundation model (a decoder-only patch transformer in the manner of TimesFM / Chronos / Moirai) is
pre-trained on windows cut from a corpus of public and synthetic series, with PyTorch Lightning and DDP on ``N``
nodes (2, 4, 6 or 8) of 8 GPUs, ``B`` windows a GPU and step (64, 128 or 256). A step costs the GPU part (by the
batch; 1.6-2.2x in the long-context stage), an exposed all-reduce (3-7 % of it per doubling of the GPUs) and a host
part (20-60 ms). Rank 0 of each node inserts ``(ts, host, windows_total)`` every ``P`` (5, 10 or 15) s from 20-40 s
after its process starts (a few ms late, log-normal; 0.4 % of rows 1-3 s); the counter is the process's whole steps
times ``8 B``. The client sends its buffer every 4-25 s; the server's async insert makes the rows readable 0.2-1 s
later; Poisson 0.7 server restarts a run (20-120 s) delay the rows sent meanwhile to 1-30 s after it is back. The
poller reads each bucket (30 or 60 s) once, 20-60 s after its end, as ``sum(v - lagInFrame(v))`` over the rows that
have arrived, per host, over the bucket's seconds: a row that arrives too late is missing and the next row's change is
over the row before it (a reset there loses both); a restart in place makes the counter fall (that row adds nothing);
a requeued job writes from new hosts (their first rows add nothing).

Healthy behaviour (none of it labelled): the dataset mixture wandering (an Ornstein-Uhlenbeck path of the step's log
cost, sd 3-7 %, 10-40 min); a neighbour job on the leaf switch in phases (1.03-1.1x); the file system's nightly
snapshot (an hour, 1.04-1.12x); after each start ``torch.compile`` and the first shards (1.5-2.5x fading over 1-3
min); a Gamma law of each 5-s cell's mean step (shape 40 + 4 steps), 1 % of cells losing 0.5-2 s to a garbage
collection or a slow shard; the start-up (a pause at point 0), evaluations every 150-400 points of training (a
pause), every third a checkpoint (1.4x), restarts (Poisson 0.5-2.5 a run, none within 15 points of a resume; 1.3x a
pause): a GPU Xid error or an NCCL timeout restarted in place, a preemption or a node lost requeued onto other hosts
(2 % faster or slower, unlisted). Listed in ``changes`` (the first point after the pause they follow): world-size
changes at a requeue (45 % of them, onto a number of nodes at least 28 % off) and the long-context stage (half the
runs, resubmitted onto other hosts from a checkpoint 30-70 % of the way, before 90 %).

Labelled regressions multiply the step's cost inside their cells (5 s) by ``1 + a w(x)``; the clock (pauses, rows,
arrivals) stays the healthy run's, and each regression takes whole steps off the counters (rounded up, never making a
counter fall), so after it every change is the healthy one and ``healthy`` equals ``values`` outside the events.
``drop`` (object storage throttling the shards, the GPUs' power capped; ramps in over 10-60 s, swings 10 %, 150-1400
points or to the end), ``straggler`` (a node's CPUs taken by another job's preprocessing: bursts of 15-90 s every
40-400 s, 5 % between; 80-500 points), ``leak`` (a validation callback caching every forecast; ``w = r ** p``, ``p``
0.7-1.8, over a 250-1500-point ramp, then 80-600 points held). Every trace with events holds each kind once, a fourth
of a random kind in 40 % of them, one per slot from point 600 (``heldout_common``'s slots); ``a`` is set by bisection
to a loss of 8-32 % (drops) or 10-30 % (stragglers, leaks) of the event's healthy steps; 30 % of draws start in the
last 30 % of a pause or within 2 points after it. An event is kept when ``heldout_common.shown_depth`` allows (7-35
%, below the healthy run on over 60 % of its points, shown early or along its ramp) and it holds no listed change.

Counts over ``heldout36_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     31      11    11         9     0.085-0.307  14              7-21 (284 spans, 0 >60)      3
long      30      11    10         9     0.102-0.309  12              31-109 (219 spans, 151 >60)  3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are
left out. Pause spans include the start-up and restarts. ``changes``: short 7 (1 world-size changes, 6 stages), long 9
(5 world-size changes, 4 stages). Over both sets: buckets of 30 and 60 s in 10 and 14 runs; writes every 5, 10 and
15 s in 7, 7 and 10; 37 restarts (11 Xid errors, 5 NCCL timeouts, 7 preemptions, 4 nodes lost, 10 resubmissions);
18 server restarts in 15 runs; 4225978 rows. Generating both settings takes about 9 s.

Usage::

    from anomaly.heldout36 import heldout36_set
    for trace in heldout36_set("long"):
        ...  # trace.values, trace.pauses, trace.changes, trace.events
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from anomaly.heldout_common import (KINDS, change_points, changed_span, check_args, event_slots, live_mask,
                                    measured, ou_path, shown_depth, span_len, twostate)
from anomaly.traces import Event, Trace

HELDOUT36_SEEDS = tuple(range(362000, 362012))
_W = 5.0  # the job's cells (s): step rates are drawn per cell
_SPANS = {"short": (6, 22, 8, 15), "long": (30, 110, 45, 85)}  # pause points: range, median range
_P_KIND = (0.36, 0.34, 0.30)  # drop, straggler, leak for a fourth event


@dataclass
class _Cfg:
    """One process's configuration: nodes ``N``, windows a GPU and step ``B``, the step's cost (s) at ``stage``."""

    N: int
    B: int
    gpu: float  # the GPU part of a step (s)
    kc: float  # the exposed all-reduce, a share of the GPU part per doubling of the GPUs
    host: float  # the host part (s)
    stage: int
    hosts: tuple

    @property
    def cost(self) -> float:
        return self.gpu * (1 + self.kc * np.log2(8 * self.N)) + self.host


@dataclass
class _Run:
    """A healthy run: the cells' training seconds and steps, the processes, pauses, planned changes and rows."""

    n: int
    dt: float
    P: float
    lag: float
    flush: float
    steps: np.ndarray = None  # healthy steps per cell
    proc: np.ndarray = None  # the process of each cell (-1: none running)
    cfgs: list = field(default_factory=list)
    procs: list = field(default_factory=list)  # (start, end, why it ended)
    pauses_t: list = field(default_factory=list)  # (t0, t1, kind)
    known_t: list = field(default_factory=list)
    known_kind: list = field(default_factory=list)
    outages: list = field(default_factory=list)
    rows: dict = field(default_factory=dict)


def _rate_of(c: _Cfg) -> float:
    """Windows/s of a configuration on steady training."""
    return c.N * 8 * c.B / c.cost


def _cfg(rng, N: int, B: int, stage: int, first_host: int) -> _Cfg:
    """A configuration's step cost: the GPU part by the batch and the context (stage 1: 4x the context, 1.6-2.2x),
    the all-reduce growing with ``log2`` of the GPUs."""
    gpu = 0.004 * B * rng.uniform(0.85, 1.15) * (rng.uniform(1.6, 2.2) if stage else 1.0)
    return _Cfg(N, B, gpu, rng.uniform(0.03, 0.07), rng.uniform(0.02, 0.06), stage,
                tuple(range(first_host, first_host + N)))


def _timeline(rng, n: int, dt: float, setting: str) -> tuple[_Run, np.ndarray]:
    """The job's clock: start-up, training, evaluations (every 3rd a checkpoint), restarts; each cell's training
    seconds and process, and the planned changes. Returns the run and the cells' training seconds."""
    T = n * dt
    run = _Run(n, dt, float(rng.choice([5.0, 10.0, 15.0])), float(rng.uniform(20, 60)), float(rng.uniform(4, 25)))
    K = int(T / _W) + 1
    train = np.zeros(K)
    run.proc = np.full(K, -1)
    span = lambda scale=1.0: span_len(rng, _SPANS, setting, scale, 1.0, 1.0)  # noqa: E731
    N, B = int(rng.choice([2, 4, 6, 8])), int(rng.choice([64, 128, 256]))
    host = 0
    run.cfgs.append(_cfg(rng, N, B, 0, host))
    host += N
    stage_at = rng.uniform(0.3, 0.7) * T if rng.random() < 0.5 else np.inf
    re_t = np.sort(rng.uniform(0.05 * T, T, rng.poisson(rng.uniform(0.5, 2.5))))
    ri, t, n_eval = 0, 0.0, 0
    dur = (span() - 1) * dt  # the start-up: the container, the data index, the first compile
    run.pauses_t.append((0.0, dur, "start"))
    p0, t = 0.0, dur
    every = rng.uniform(150, 400) * dt
    while t < T:
        to_eval = every * rng.uniform(0.85, 1.15)
        while ri < len(re_t) and re_t[ri] < t + 15 * dt:  # no restart within 15 points of a resume
            ri += 1
        nxt_re = re_t[ri] if ri < len(re_t) else np.inf
        stop = min(t + to_eval, nxt_re)
        a, b = int(t // _W), min(K, int(np.ceil(min(stop, T) / _W)))
        cells = np.arange(a, b) * _W
        train[a:b] += np.clip(np.minimum(stop, cells + _W) - np.maximum(t, cells), 0, _W)
        run.proc[a:b] = len(run.cfgs) - 1
        t = stop
        if t >= T:
            break
        if stop == nxt_re:  # a restart: in place (Xid, NCCL) or requeued (preemption, node lost)
            ri += 1
            why = str(rng.choice(["xid", "nccl", "preempt", "node"], p=[0.3, 0.2, 0.3, 0.2]))
            c = run.cfgs[-1]
            N2, hosts0 = c.N, host
            if why in ("preempt", "node"):
                host += c.N
                if rng.random() < 0.45:
                    opts = [m for m in (2, 4, 6, 8) if abs(np.log(m / c.N)) > 0.25]
                    N2 = int(rng.choice(opts))
                    host = hosts0 + N2
            g = c.gpu * (rng.uniform(0.98, 1.02) if why in ("preempt", "node") else 1.0)
            new = _Cfg(N2, c.B, g, c.kc, c.host, c.stage, tuple(range(hosts0, hosts0 + N2)) if why in
                       ("preempt", "node") else c.hosts)
            run.procs.append((p0, t, why))
            run.cfgs.append(new)
            d = (span(1.3) - 1) * dt
            run.pauses_t.append((t, t + d, why))
            t, p0 = t + d, t + d
            if N2 != c.N and t < T:
                run.known_t.append(t)
                run.known_kind.append("world")
            continue
        n_eval += 1
        ck = n_eval % 3 == 0
        if ck and stage_at < t < 0.9 * T:  # the long-context stage: resubmitted from this checkpoint
            stage_at = np.inf
            c = run.cfgs[-1]
            run.procs.append((p0, t, "resubmit"))
            run.cfgs.append(_cfg(rng, c.N, c.B, 1, host))
            host += c.N
            d = (span(1.3) - 1) * dt
            run.pauses_t.append((t, t + d, "resubmit"))
            t, p0 = t + d, t + d
            run.known_t.append(t)
            run.known_kind.append("stage")
            continue
        d = (span(1.4 if ck else 1.0) - 1) * dt
        run.pauses_t.append((t, t + d, "ckpt" if ck else "eval"))
        t += d
    run.procs.append((p0, T, "end"))
    return run, train


def _steps(rng, run: _Run, train: np.ndarray) -> np.ndarray:
    """Healthy steps per cell: training seconds over the step's cost, times the run's weather (the shuffled dataset
    mixture, the neighbour job on the leaf switch, the nightly snapshot of the shared file system), after each
    start a compile warm-up, and a Gamma law of the cell's mean step (the fewer steps, the wider)."""
    K = len(train)
    T = K * _W
    tc = np.arange(K) * _W
    cost = np.array([c.cost for c in run.cfgs])[np.maximum(run.proc, 0)]
    mix = ou_path(rng, T, rng.uniform(0.03, 0.07), rng.uniform(600, 2400))
    cost = cost * np.exp(np.interp(tc, np.arange(len(mix)) * 60.0, mix))
    edges = twostate(rng, rng.uniform(0, 3600), T, rng.uniform(600, 3000), rng.uniform(1800, 9000), horizon=T)
    s, e = edges[0::2], edges[1::2]
    inside = np.zeros(K, bool)
    for a, b in zip(s[:len(e)], e):
        inside[int(a // _W):int(b // _W)] = True
    cost = cost * np.where(inside, rng.uniform(1.03, 1.1), 1.0)
    hour = (rng.uniform(0, 24) + tc / 3600.0) % 24
    cost = cost * np.where((hour >= 2) & (hour < 3), rng.uniform(1.04, 1.12), 1.0)
    for t0, t1, why in run.procs:  # torch.compile and the loaders' first shards after every start
        m = (tc >= t0) & (tc < t1)
        cost[m] *= 1 + rng.uniform(0.5, 1.5) * np.exp(-(tc[m] - t0) / rng.uniform(60, 200))
    mean = train / cost
    shape = 40.0 + 4.0 * mean
    g = rng.gamma(shape, 1.0 / shape)
    stall = rng.random(K) < 0.01  # a garbage collection or a slow shard: 0.5-2 s off the cell
    return np.maximum(mean / g - stall * rng.uniform(0.5, 2.0, K) / cost, 0.0)


def _writes(rng, t0: float, t1: float, P: float) -> np.ndarray:
    """A node's insert times: every ``P`` s from 20-40 s after its process starts, a few ms late (log-normal), now
    and then 1-3 s (the training loop holding the GIL); before ``t1``."""
    t = np.arange(t0 + rng.uniform(20, 40), t1, P)
    late = rng.lognormal(np.log(0.004), 0.6, len(t)) + (rng.random(len(t)) < 0.004) * rng.uniform(1, 3, len(t))
    t = t + late
    return t[t < t1]


def _arrivals(rng, t: np.ndarray, flush: float, outages) -> np.ndarray:
    """When each row can be read: the client sends its buffer every ``flush`` s (from a random phase), the server's
    async insert flushes within 0.2-1 s; a row sent while the server is down is resent 1-30 s after it is back."""
    ph = rng.uniform(0, flush)
    sent = np.ceil((t - ph) / flush) * flush + ph
    for a, b in outages:
        down = (sent >= a) & (sent < b)
        sent[down] = b + rng.uniform(1, 30)
    return sent + rng.uniform(0.2, 1.0, len(t))


def _read(ts, host, v, arr, dt: float, lag: float, n: int, seed_back: int = 1) -> np.ndarray:
    """The poller's points: bucket ``i`` is read once, ``lag`` s after its end. Per host, ordered by time, a row of
    the bucket that has arrived adds ``v - lagInFrame(v)`` over the previous row that has arrived (among the rows
    from ``seed_back`` buckets before); a row with none (a new host) or a negative change (a counter reset) adds
    nothing; the sum over the hosts over ``dt`` is the point, 0 for a bucket with no rows (``WITH FILL``)."""
    o = np.lexsort((ts, host))
    ts, host, v, arr = ts[o], host[o], v[o], arr[o]
    b = (ts // dt).astype(int)
    read = (b + 1) * dt + lag
    ok = arr <= read
    d = np.zeros(len(ts))
    found = np.zeros(len(ts), bool)
    for k in range(1, 40):
        j = np.arange(len(ts)) - k
        jj = np.maximum(j, 0)
        reach = ~found & (j >= 0) & (host[jj] == host) & (b[jj] >= b - seed_back)
        if not reach.any():  # for speed: a row out of reach k rows back (another host, too old) is at every k after
            break
        cand = reach & (arr[jj] <= read)
        d = np.where(cand, v - v[jj], d)
        found |= cand
    add = ok & found & (d >= 0) & (b < n)
    return np.bincount(b[add], d[add], minlength=n)[:n] / dt


def _rows(rng, run: _Run) -> None:
    """Every node's rows of every process (time, host, process, windows a step) and when they can be read."""
    ts, host, proc = [], [], []
    boot = 0.0
    for k, (t0, t1, why) in enumerate(run.procs):
        for h in run.cfgs[k].hosts:
            w = _writes(rng, boot, t1, run.P)
            ts.append(w)
            host.append(np.full(len(w), h))
            proc.append(np.full(len(w), k))
        boot = t1
    T = run.n * run.dt
    run.outages = [(a, a + rng.uniform(20, 120)) for a in rng.uniform(0, T, rng.poisson(0.7))]
    t = np.concatenate(ts)
    run.rows = {"t": t, "host": np.concatenate(host), "proc": np.concatenate(proc),
                "arr": _arrivals(rng, t, run.flush, run.outages)}
    run.rows["b"] = np.array([8 * c.B for c in run.cfgs])[run.rows["proc"]]


def _counts(run: _Run, lost=(), sel=slice(None)) -> np.ndarray:
    """Each row's counter: the process's whole steps since it started times the node's windows a step; each
    regression of ``lost`` (steps per cell) takes whole steps off from where it starts, never making a counter
    fall."""
    r = run.rows
    t, pr = r["t"][sel], r["proc"][sel]
    edges = np.arange(len(run.steps) + 1) * _W
    cs = np.concatenate([[0.0], np.cumsum(run.steps)])
    starts = np.array([a for a, b, w in run.procs])
    S = np.interp(t, edges, cs) - np.interp(starts[pr], edges, cs)
    cnt = np.floor(S + 1e-9)
    for one in lost:
        cl = np.concatenate([[0.0], np.cumsum(one)])
        L = np.interp(t, edges, cl) - np.interp(starts[pr], edges, cl)
        cnt = cnt - np.ceil(np.maximum(L, 0) - 1e-9)
    if len(lost):
        key = r["host"][sel] * 1000 + pr
        o = np.lexsort((t, key))
        c = cnt[o]
        k = key[o]
        # never falling within a process: a running maximum over each process's rows (for speed, per run of one
        # key, not a Python loop over the rows)
        c = np.concatenate([np.maximum.accumulate(part) for part in np.split(c, np.flatnonzero(k[1:] != k[:-1]) + 1)])
        cnt[o] = c
    return cnt * r["b"][sel]


def _values(run: _Run, lost=(), lo: int = 0, hi: int | None = None) -> np.ndarray:
    """The poller's points ``[lo, hi)`` (all by default), with the regressions ``lost`` (steps per cell) taken
    off."""
    hi = run.n if hi is None else hi
    r = run.rows
    sel = np.nonzero((r["t"] >= (lo - 2) * run.dt) & (r["t"] < hi * run.dt))[0]
    v = _counts(run, lost, sel)
    return _read(r["t"][sel], r["host"][sel], v, r["arr"][sel], run.dt, run.lag, hi)[lo:]


def _build(seed: int, n: int, setting: str):
    """The healthy run of ``seed``: ``(run, healthy, spans, live, changes)``."""
    rng = np.random.default_rng([seed, 36, 0 if setting == "short" else 1])
    dt = float(rng.choice([30.0, 60.0]))
    run, train = _timeline(rng, n, dt, setting)
    run.steps = _steps(rng, run, train)
    _rows(rng, run)
    h = _values(run)
    spans = []
    for a, b, why in run.pauses_t:
        s, e = int(a // dt), min(n, int(b // dt) + 1)
        if s < n:
            spans.append((s, e))
    live = live_mask(spans, n)
    changes = change_points([int(t // dt) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _shape(rng, kind: str, x: np.ndarray, ramp_s: float) -> np.ndarray:
    """A regression's weight ``x`` s after its onset: a drop ramps in and swings, a straggler comes in bursts, a
    leak grows as a power of its ramp."""
    if kind == "drop":
        return np.minimum(1, x / rng.uniform(10, 60)) * (1 + 0.1 * np.sin(2 * np.pi * x / rng.uniform(200, 900)))
    if kind == "straggler":
        edges = twostate(rng, 0.0, x[-1] + _W, rng.uniform(15, 90), rng.uniform(40, 400), horizon=x[-1] + _W)
        bad = (np.searchsorted(edges, x, side="right") % 2) == 1
        return np.where(bad, 1.0, 0.05)
    return np.minimum(1.0, x / ramp_s) ** rng.uniform(0.7, 1.8)


def _draw(rng, run, h, spans, live, changes, lo: int, hi: int, to_end: bool, kind: str):
    """One regression of ``kind`` in the points ``[lo, hi)``: ``(Event, lost steps per cell)`` or None."""
    n, dt = run.n, run.dt
    for _ in range(30):
        ramp = int(rng.uniform(250, max(260, min(1500, 0.6 * (hi - lo))))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.3:
            cand = [(s, e) for s, e in spans if lo <= s and e < last]
            if not cand:
                continue
            s, e = cand[int(rng.integers(len(cand)))]
            onset = int(rng.integers(s + int(0.7 * (e - s)), e + 3))
        else:
            onset = int(rng.integers(lo, last))
        stop = n if to_end else min(onset + {"drop": int(rng.uniform(150, 1400)), "straggler":
                                                 int(rng.uniform(80, 500))}.get(kind, ramp + int(rng.uniform(80, 600))),
                                    hi - 60)
        if stop - onset < 60 or any(onset - 5 <= c < stop + 5 for c in changes):
            continue
        c0, c1 = int(onset * dt / _W), min(len(run.steps), int(stop * dt / _W))
        x = (np.arange(c0, c1) - c0) * _W
        f = _shape(rng, kind, x, max(ramp * dt, 1.0))
        target = rng.uniform(*{"drop": (0.08, 0.32), "straggler": (0.10, 0.30), "leak": (0.10, 0.30)}[kind])
        base = run.steps[c0:c1]
        if base.sum() <= 0:
            continue
        lo_a, hi_a = 0.0, 12.0
        if 1 - (base / (1 + hi_a * f)).sum() / base.sum() < target:
            continue
        for _ in range(30):
            mid = 0.5 * (lo_a + hi_a)
            lo_a, hi_a = (mid, hi_a) if 1 - (base / (1 + mid * f)).sum() / base.sum() < target else (lo_a, mid)
        lost = np.zeros(len(run.steps))
        lost[c0:c1] = base - base / (1 + lo_a * f)
        w0 = max(0, lo - 5)
        v = h.copy()
        v[w0:min(n, hi + 5)] = _values(run, [lost], w0, min(n, hi + 5))
        got = changed_span(v, h, onset, lo, hi, n, to_end)
        if got is None:
            continue
        onset, end = got
        ramp_end = min(onset + ramp, end - 1) if kind == "leak" else onset
        if kind == "leak" and ramp_end <= onset:
            continue
        third = max(8, (ramp_end - onset) // 3)
        if shown_depth(v, h, live, kind, onset, ramp_end, end, n, third) is None:
            continue
        return Event(kind, onset, ramp_end, end, 0.0), lost
    return None


def make_heldout36(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``, ``n`` points, ``pauses`` "short" or "long"; ``n_events``
    regressions, 3 or 4 when None, 0 for the clean run)."""
    check_args(pauses, n, n_events, 6)
    run, h, spans, live, changes = _build(seed, n, pauses)
    rng = np.random.default_rng([seed, 36, 7 if pauses == "short" else 8])
    k, slots = event_slots(rng, n, n_events)
    order = list(rng.permutation(KINDS)) + [KINDS[int(rng.choice(3, p=_P_KIND))] for _ in range(max(0, k - 3))]
    events, lost = [], []
    for i, (lo, hi) in enumerate(slots):
        to_end = i == k - 1 and rng.random() < 0.4
        got = _draw(rng, run, h, spans, live, changes, max(lo, 600), hi, to_end, str(order[i]))
        if got:
            events.append(got[0])
            lost.append(got[1])
    values = _values(run, lost) if events else h.copy()
    events = measured(events, values, h, live)
    ts = (np.arange(n) + 1) * run.dt + 1.7e9 // run.dt * run.dt
    return Trace(values=values, timestamps=ts.astype(float), events=events, pauses=spans, seed=seed, healthy=h,
                 changes=changes)


def heldout36_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT36_SEEDS) -> list[Trace]:
    """The family's traces, one a seed; every fourth is clean."""
    return [make_heldout36(s, n=n, pauses=pauses, n_events=0 if (i + 1) % 4 == 0 else None)
            for i, s in enumerate(seeds)]
