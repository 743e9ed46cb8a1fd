"""The fifty-third held-out throughput family: a particle-physics jet-tagging graph network's (ParticleNet / Particle
Transformer style) training jets/s, counted per node with a Spectator counter (spectator-py through the SpectatorD
sidecar), published to Atlas on a fixed step and read per minute as ``name,jets,:eq,:sum`` (``:cf-avg``/``:cf-max``).

Written blind (docs/data-authors.md, "Rules for a data author"): no detector, filter, benchmark or other doc read, no
log of any branch read, and no detector run on these traces.

Public sources (search tools, excerpts only): the Atlas docs' Counter page (counters reach the backend as a rate per
second; ``:per-step`` turns them back into counts), "Time Series" (the step size), the ``:cf-avg`` / ``:cf-sum`` pages
(consolidation when the graph's step is wider than the reporting interval; ``:sum`` consolidates by avg by default;
``:cf-*`` stops the pushdown) and a commit of the consolidation page (1-minute step up to about 12 h, at most 1440
points a line, the consolidation function follows the aggregation); the SpectatorD usage page and README (text lines
``c:name,tags:value`` over UDP port 1234 or a Unix socket, a counter's value the increments since the last report,
``--meter_ttl`` 15m: meters expire after that long without activity, periodic publishing to an Atlas aggregator);
spectator-py's usage page and README (thin client; the older GlobalRegistry reported to the aggregator every five
seconds) and its source: ``meter/counter.py`` (``increment`` writes a ``c:`` line when the delta is positive),
``writer/udp_writer.py`` (one datagram per line) and ``config.py`` / ``writer/line_buffer.py`` (an optional LineBuffer,
off by default, flushed when full or by a background thread every five seconds). Assumed without checking: a 5-s
publish step (or the 1-minute step of the aggregator's rollup), steps aligned to multiples of the step; a counter with
no increment in a step reports 0 until the TTL, then nothing (NaN); ``:sum`` skips NaN (NaN when all are); ``:cf-avg``
/ ``:cf-max`` take the mean / max of the minute's publish steps that have a value; the dashboard's poller reads the
closed minute once, ``lag`` s after it, and shows NaN as 0; a point's timestamp is its minute's start; the LineBuffer's
thread sleeps 5 s after each flush (so its period is a little over 5 s); the trainer increments from local rank 0 by
the node's jets. Everything about the job (no ParticleNet / ParT, weaver, uproot or XRootD code or paper was read: the
numbers are my picture).

What is modelled
----------------
``N`` (2-8) nodes of ``G`` (4 or 8) GPUs, ``B`` (256-1024) jets per GPU per step under DDP; a step costs the soft
maximum of a GPU part ``g0 m gen (1 + 0.03 log2 N)`` (``g0`` 0.22-0.6 s) and the slowest node's loader: ``nw`` (2-6)
workers per node, each reading its own ROOT files (45-200 s of training each, log-normal) with uproot, a file a cache
hit (capacity 1.5-3x the GPU rate) with probability ``h`` or a remote XRootD read (0.55-1.1x times the storage's
bandwidth: OU on the log, sd 6-15 %, 20-90 min, and 5-25 % less in the afternoon, wall-clock time); the site cache warms
by epochs, ``h = h_inf - (h_inf - h0) exp(-age / kappa)`` (``h0`` 0-0.15, ``h_inf`` 0.45-0.95); 0.4-2 % of remote
opens hang 4-40 s (the in-order loader waits); the node's rate is its workers' mean, smoothed over 20-90 s (prefetch).
Per-second Student-t(5) jitter (sd 1.5-4 %, exponential memory 0.6-0.9), an OU drift (0.5-1.5 %, 1-4 h), a warm-up
``1 - q exp(-x / tau)`` after a start or requeue (``q`` 0.3-0.7, ``tau`` 2-10 min) and after each validation (``q``
0.1-0.35, ``tau`` 15-60 s, the workers respawn).

Pauses: a validation at each epoch's end (epochs of a fixed jet count, 30-80 min short, 50-120 min long, +-8 %): short
90-720 s (median 150-360 s, log-normal sd 0.35), every 2nd-4th also a checkpoint (30-120 s more); long 400-1800 s
(median 500-900 s) and every 2nd-4th a full test-set evaluation (1500-3600 s more). Requeues: Poisson (1.6 a run) from
an hour into the trace, 30 min apart at least: short 600-2400 s, long 1800-5400 s; half go onto other nodes (listed at
the resume): another node count or the older partition (GPU part 1.5-2.1x) and back. In 60 % of runs the merged-sample
switch (listed) follows the first epoch end after 30-70 % of the trace: GPU cost x1.3-1.8, I/O x that to the 0.7, the
new files uncached. An epoch's progress survives a requeue (no steps are redone). A point is paused where its minute
overlaps a pause by over 0.5 s; spans under 3 points apart are one. The job starts 1-4 h before the first point, never
within 90 s of a pause.

Collection: each node's counter gets ``G B`` jets per step, 5-80 ms after it (or, in 40 % of runs, at the LineBuffer's
next timed flush: period 5.001 s plus an exponential 2-30 ms); spectatord reports each publish step ``P`` (5 s in 60 %,
else the 1-minute rollup) as a rate; a meter whose last increment is over 900 s old is gone. 0.01-0.1 % of node-steps
are lost; each arrives 1-5 s plus an exponential 0.3-1.5 s after its step (0.02-0.2 % 10-120 s more, and 0.03-0.2 % of
steps for every node at once 10-150 s more) and is missing if it comes after the poller's read (8-40 s after the
minute). Atlas sums the nodes, the minute is the mean (65 % of 5-s runs) or the max of its steps; NaN reads 0.

Labelled regressions multiply the step rate by ``1 / (1 + a w(t))``: ``drop`` (a co-scheduled job takes the cores
uproot decompresses on, or the site cache loses a server: ramps in over 3-90 s, wanders by about 2 %), ``straggler``
(one node's link drops packets and its reads retry: bursts of mean 20-150 s at 1, gaps of mean 40-400 s at 0.05-0.2),
``leak`` (uproot / awkward arrays held by a cache grow and the collector runs longer: ``w = u ** p``, ``p`` 0.8-2.5,
over a ramp of 200-1600 points, held after; a requeue ends it). Placement: ``heldout_common.family_trace`` /
``regressed_kinds`` / ``event_slots`` / ``kind_draws`` (80 draws, 60 of the slot's kind) / ``onset_time`` (30 % start
in the last 70 % of a pause or 2 points after) / ``event_stop`` / ``changed_span`` / ``shown_depth``; none within 600 s
after a requeue's resume; ``a`` by bisection (0-4) on the lost jets of the live minutes to 9-30 % (drop), 10-27 %
(straggler) or 12-33 % (a leak, from 80 % of its ramp on). The lost steps are scaled to a whole number, so the steps
after a regression fall at the healthy times.

Counts over ``heldout53_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     31      9     11         11    0.073-0.282  24              2-40 (1298 spans, 0 >60)     3
long      31      11    9          11    0.108-0.290  20              7-82 (708 spans, 98 >60)     3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

Onsets inside a span: 7 short, 15 long; events to the trace's end: 3 and 3. ``changes``: short 11 (4 sample switches, 7
requeues onto other nodes), long 16 (8 sample switches, 8 requeues onto other nodes). Per setting's 12 runs (short /
long): 18 and 22 requeues before the trace's end; 533 and 705 XRootD open stalls (launch to 2.5 h after the end); 5 and
5 runs with the LineBuffer; 9 and 8 with 5-s steps, 4 and 0 of them ``:cf-max``; late node-steps 6388 and 7055, lost
2331 and 2050, steps late for every node 618 and 726. Paused share of the points: 7.0-17.4 % (mean 11.2 %) short,
18.8-42.2 % (mean 29.1 %) long. The healthy series' median absolute step of log over steady live points (10 after a span
left out): 0-3.1 % short (0 in two of the four ``:cf-max`` runs: most minutes' fullest 5 s hold the same whole number of
steps), 0.7-2.5 % long; median live level 7373-100489 (short) and 6451-41779 (long) jets/s; live points read as 0 (every
node's minute missed the read, 1-minute runs): 14 short, 35 long. Generating both settings takes about 6 s.

Changes after the first measurement (before the table): a node's loader was one file stream (the healthy step of log
reached 11 %; now ``nw`` workers); a shared ingestion lag added; late one-point dips cut (0.05-0.4 % -> 0.02-0.2 %, lost
publishes 0.02-0.2 % -> 0.01-0.1 %); the long validation shortened (paused share up to 48 %); a full evaluation added to
the long setting (a trace had no span over 60 points); the LineBuffer added; 2 h more simulated after the trace's end.

Opened
------
``docs/data-authors.md`` lines 1-30; ``anomaly/heldout51.py`` lines 1-103 and its ``make_heldout51`` /
``heldout51_set`` (lines 472-482), and, a slip, a ``grep -n`` of its ``def`` lines and module constants (lines 114-122:
its seeds, ``CODE``, ``LEAD`` and pause tables were printed); ``tests/test_anomaly_heldout51.py`` (all);
``anomaly/heldout_common.py`` (all); ``tests/trace_checks.py`` (all; the terminal cut 7 lines, read after with
``grep -A 14``); ``anomaly/traces.py`` lines 1-80; the first 3 lines of every ``anomaly/heldout*.py``;
``tests/test_architecture.py`` lines 1-110; ``ls anomaly tests`` (file names).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT53_SEEDS = tuple(range(532000, 532012))
CODE = 53
T0 = 1_800_000_000  # 2027-01-15 08:00 UTC (a multiple of 60 s); each run starts a whole number of minutes later
DT = 60.0  # the dashboard's step: one point per minute
TTL = 900.0  # spectatord's --meter_ttl (15 min): a meter with no update for this long expires
LEAD_MAX = 4 * 3600  # the job is launched 1-4 h before the trace's first point
NODES = (2, 3, 4, 6, 8)
# pause laws (s): (lo, hi, median lo, median hi) of a log-normal with sd 0.35
VAL = {"short": (90.0, 720.0, 150.0, 360.0), "long": (400.0, 1800.0, 500.0, 900.0)}
CKPT = {"short": (30.0, 120.0), "long": (1500.0, 3600.0)}
REQ = {"short": (600.0, 2400.0, 900.0, 1500.0), "long": (1800.0, 5400.0, 2400.0, 3600.0)}
EPOCH = {"short": (1800.0, 4800.0), "long": (3000.0, 7200.0)}
P_KIND = (0.35, 0.3, 0.35)


@dataclass
class Run:
    """One job: its schedule, its healthy per-second step rate and the collection path's draws."""

    n: int
    setting: str
    S: int  # simulated seconds from the launch
    lead: float = 0.0  # the trace's first point starts this many seconds after the launch
    start_min: int = 0  # the trace's first point is T0 + 60 * start_min
    pauses_t: list = field(default_factory=list)  # (t0, t1, kind), simulated seconds
    known_t: list = field(default_factory=list)
    known_kind: list = field(default_factory=list)
    nodesets: list = field(default_factory=list)  # (t0, N, gen) from t0 until the next one's t0
    samples: list = field(default_factory=list)  # (t0, m, k0): the sample's cost factor and first epoch
    epochs: list = field(default_factory=list)  # epoch ends (validation starts)
    stats: dict = field(default_factory=dict)
    rate: np.ndarray | None = None  # healthy optimizer steps per second, per second
    jps: np.ndarray | None = None  # healthy jets/s of the whole job, per second
    cum: np.ndarray | None = None  # cumulative steps at the end of each second
    T: np.ndarray | None = None  # healthy step completion times
    lives: list = field(default_factory=list)  # (t0, t1, offset): one node's counter series
    col: dict = field(default_factory=dict)


def _pause_len(rng, lo, hi, mlo, mhi, sd=0.35) -> float:
    return float(np.clip(rng.uniform(mlo, mhi) * np.exp(rng.normal(0, sd)), lo, hi))


def _schedule(rng, n: int, setting: str) -> Run:
    """Epochs of a fixed number of jets (about ``E`` s each), a validation after each (every ``ck``-th also a
    checkpoint), requeues (Poisson, 1.6 a run), half of them onto other nodes, and in 60 % of runs the merged-sample
    switch at the first epoch end after 30-70 % of the trace."""
    run = Run(n=n, setting=setting, S=int(LEAD_MAX + DT * n + 9000))
    lead = DT * int(rng.integers(60, 240))
    N = int(rng.choice(NODES, p=[0.15, 0.2, 0.3, 0.2, 0.15]))
    run.stats.update(N=N, G=int(rng.choice([4, 8])), B=int(rng.choice([256, 512, 1024])), g0=rng.uniform(0.22, 0.6))
    E, ck_every = rng.uniform(*EPOCH[setting]), int(rng.integers(2, 5))
    req = sorted(rng.uniform(lead + 3600, run.S - 3600, rng.poisson(1.6)))
    switch = lead + rng.uniform(0.3, 0.7) * DT * n if rng.random() < 0.6 else np.inf
    t = rng.uniform(150, 420)  # start-up: imports, the first files' opening, the first chunk
    run.pauses_t.append((0.0, t, "start"))
    run.nodesets.append((0.0, N, 1.0))
    run.samples.append((0.0, 1.0, -int(rng.integers(0, 3))))  # the sample's files partly cached by earlier runs
    gen, ri, k = 1.0, 0, 0
    run.stats.update(requeues=0, moves=0, switches=0)
    while t < run.S:
        left = E * rng.uniform(0.92, 1.08)
        while ri < len(req) and req[ri] < t + left:
            req[ri] = tr = max(req[ri], t + 300.0)
            if tr >= t + left:
                break
            dur = _pause_len(rng, *REQ[setting])
            run.pauses_t.append((tr, tr + dur, "requeue"))
            run.stats["requeues"] += 1
            left -= tr - t
            t = tr + dur
            if rng.random() < 0.5:  # onto other nodes: another node count or the older partition
                if rng.random() < 0.5:
                    N = int(rng.choice([x for x in NODES if x != N]))
                else:
                    gen = rng.uniform(1.5, 2.1) if gen == 1.0 else 1.0
                run.nodesets.append((tr, N, gen))
                run.known_t.append(t)
                run.known_kind.append("nodes")
                run.stats["moves"] += 1
            ri += 1
            while ri < len(req) and req[ri] < t + 1800:
                ri += 1
        te = t + left
        run.epochs.append(te)
        k += 1
        v = _pause_len(rng, *VAL[setting]) + (rng.uniform(*CKPT[setting]) if k % ck_every == 0 else 0.0)
        run.pauses_t.append((te, te + v, "ckpt" if k % ck_every == 0 else "val"))
        t = te + v
        if te >= switch:
            m = rng.uniform(1.3, 1.8)
            run.samples.append((t, m, k))
            run.known_t.append(t)
            run.known_kind.append("sample")
            run.stats["switches"] += 1
            switch = np.inf
    while any(a < lead + 90 and b > lead - 90 for a, b, _ in run.pauses_t):
        lead += DT
    run.lead = lead
    run.start_min = int(rng.integers(0, 1440))
    end = lead + DT * n
    run.stats["requeues"] = sum(k == "requeue" and a < end for a, b, k in run.pauses_t)  # before the trace's end
    return run


def _box(x: np.ndarray, w: int) -> np.ndarray:
    """A centred moving average of width ``w`` (the loader's prefetch queue), the ends held."""
    c = np.concatenate([[0.0], np.cumsum(np.concatenate([np.full(w, x[0]), x, np.full(w, x[-1])]))])
    h = w // 2
    i = np.arange(len(x)) + w
    return (c[i + h + 1] - c[i - h]) / (2 * h + 1)


def _rate(rng, run: Run) -> None:
    """The healthy step rate per second: a step costs the soft maximum of the GPU part and the slowest node's
    loader (ROOT files via uproot over XRootD: a cache hit, a remote read at the storage's bandwidth, or an open
    that hangs), with per-second jitter, a slow drift and warm-ups after each start and validation."""
    S, st = run.S, run.stats
    c_hit, c_miss = rng.uniform(1.5, 3.0), rng.uniform(0.55, 1.1)
    h0, h_inf, kappa = rng.uniform(0.0, 0.15), rng.uniform(0.45, 0.95), rng.uniform(0.7, 3.0)
    tf, p_stall, wb = rng.uniform(45, 200), rng.uniform(0.004, 0.02), int(rng.integers(20, 90))
    wall = T0 + DT * run.start_min - run.lead + np.arange(S)
    day = 0.5 * (1 + np.cos(2 * np.pi * ((wall / 3600.0) % 24 - rng.uniform(12.5, 15.5)) / 24))
    bw = np.exp(np.interp(np.arange(S), np.arange(0, S + 1200, 60.0)[:int(S / 60) + 3],
                          hc.ou_path(rng, S, rng.uniform(0.06, 0.15), rng.uniform(1200, 5400))))
    bw *= 1 - rng.uniform(0.05, 0.25) * day  # the shared storage is busiest in the afternoon
    ep = np.array(run.epochs)
    s_t, k0 = np.array([s[0] for s in run.samples]), np.array([s[2] for s in run.samples])
    nw = int(rng.integers(2, 7))
    gpu, io = np.empty(S), np.empty(S)
    ends = [s[0] for s in run.nodesets[1:]] + [S]
    stalls = 0
    for (a, N, gen), b in zip(run.nodesets, ends):
        a, b = int(a), int(b)
        L = b - a
        sec = np.arange(a, b)
        m = np.array([s[1] for s in run.samples])[np.searchsorted(s_t, sec, side="right") - 1]
        gpu[a:b] = st["g0"] * gen * m * (1 + 0.03 * np.log2(N))
        low = np.full(L, np.inf)
        miss, need = c_miss * bw[a:b], st["g0"] * m ** 0.7  # the same for every node and worker: computed once
        for _ in range(N):  # a node's loader: ``nw`` workers, each reading its own files
            cap, stall = np.zeros(L), []
            for _ in range(nw):
                nf = int(L / (tf * nw) * 1.6) + 20
                d = np.maximum(5, np.round(tf * nw * np.exp(rng.normal(-0.1, 0.45, nf)))).astype(int)
                starts = a + np.concatenate([[0], np.cumsum(d)[:-1]])
                si = np.searchsorted(s_t, starts, side="right") - 1
                age = np.searchsorted(ep, starts, side="right") - k0[si]
                hit = rng.random(nf) < h_inf - (h_inf - h0) * np.exp(-np.maximum(age, 0) / kappa)
                slen = rng.uniform(4, 40, nf)
                bad = (rng.random(nf) < p_stall) & ~hit & (starts - a < L)
                stall += list(zip(starts[bad] - a, slen[bad]))
                hit_s = np.repeat(hit, d)[:L]
                cap += np.where(hit_s, c_hit, miss) / nw
            for s0, ln in stall:  # an open that hangs holds the in-order loader
                cap[s0:s0 + int(ln)] = 0.02
            stalls += len(stall)
            low = np.minimum(low, _box(cap / need, wb))
        io[a:b] = low
    st["stalls"] = stalls
    rate = 1.0 / hc.smax(gpu, 1.0 / io)
    phi, sd = rng.uniform(0.6, 0.9), rng.uniform(0.015, 0.04)
    e = np.convolve(rng.standard_t(5, S), phi ** np.arange(40))[:S]
    drift = np.interp(np.arange(S), np.arange(0, S + 1200, 60.0)[:int(S / 60) + 3],
                      hc.ou_path(rng, S, rng.uniform(0.005, 0.015), rng.uniform(3600, 14400)))
    rate *= np.exp(np.clip(sd * e / e.std(), -0.3, 0.3) + drift)
    for a, b, kind in run.pauses_t:
        q, tau = (rng.uniform(0.3, 0.7), rng.uniform(120, 600)) if kind in ("start", "requeue") else \
            (rng.uniform(0.1, 0.35), rng.uniform(15, 60))
        b0 = int(np.ceil(b))
        x = np.arange(b0, min(S, b0 + int(6 * tau))) - b
        rate[b0:b0 + len(x)] *= 1 - q * np.exp(-x / tau)
        rate[int(a):b0] = 0.0
    run.rate = rate
    Ns = np.empty(S)
    for (a, N, gen), b in zip(run.nodesets, ends):
        Ns[int(a):int(b)] = N
    run.jps = rate * Ns * st["G"] * st["B"]
    run.cum = np.cumsum(rate)
    run.T = _crossings(run.cum, 0.0, 0)


def _crossings(cum: np.ndarray, c0: float, s_off: int) -> np.ndarray:
    """The times at which a cumulative step count (``cum[i]`` at the end of second ``s_off + i``, ``c0`` before)
    passes each whole number: the step completion times."""
    k = np.arange(np.floor(c0) + 1, np.floor(cum[-1]) + 1)
    s = np.searchsorted(cum, k)
    prev = np.where(s > 0, cum[np.maximum(s - 1, 0)], c0)
    return s_off + s + (k - prev) / (cum[s] - prev)


def _collection(rng, run: Run) -> None:
    """Spectator / Atlas draws: the publish step ``P`` (5 s, or the 1-minute rollup), the consolidation of the
    minute (``cf-avg`` / ``cf-max``), each node's increment offset, in 40 % of runs the LineBuffer's flush times,
    lost publishes and late arrivals against the poller's read ``lag`` after each minute."""
    P = float(rng.choice([5.0, 60.0], p=[0.6, 0.4]))
    cf = str(rng.choice(["avg", "max"], p=[0.65, 0.35])) if P < DT else "avg"
    ends = [s[0] for s in run.nodesets[1:]] + [run.S]
    buffered = bool(rng.random() < 0.4)  # spectator-py's LineBuffer on: lines leave on its 5-s timer
    jit = rng.uniform(0.002, 0.03)
    flushes = []
    for (a, N, gen), b in zip(run.nodesets, ends):
        for _ in range(N):
            run.lives.append((a, b, rng.uniform(0.005, 0.08)))
            if buffered:  # the timer thread sleeps 5 s after each flush; the busy trainer holds the GIL a while
                k = int((b - a) / 5.0) + 10
                flushes.append(a + rng.uniform(0, 5) + np.cumsum(5.0 + 0.001 + rng.exponential(jit, k)))
    nb = int(run.n * DT / P)
    shape = (len(run.lives), nb)
    lag, d0 = rng.uniform(8, 40), rng.uniform(1, 5)
    delay = d0 + rng.exponential(rng.uniform(0.3, 1.5), shape)
    slow = rng.random(shape) < rng.uniform(0.0002, 0.002)
    delay = delay + slow * rng.uniform(10, 120, shape)
    common = rng.random(nb) < rng.uniform(0.0003, 0.002)  # the backend's ingestion falls behind for every node
    delay = delay + common * rng.uniform(10, 150, nb)
    edges = run.lead + P * np.arange(1, nb + 1)
    read = run.lead + DT * (np.floor((edges - run.lead - 1e-6) / DT) + 1) + lag
    lost = rng.random(shape) < rng.uniform(0.0001, 0.001)
    late = edges + delay > read
    run.col = dict(P=P, cf=cf, lag=lag, ok=~(lost | late), lost=lost, late=late, flushes=flushes)
    run.stats.update(P=P, cf=cf, buffered=buffered, late=int(late.sum()), lost=int(lost.sum()),
                     behind=int(common.sum()))


def _values(run: Run, T: np.ndarray) -> np.ndarray:
    """The dashboard's minute values from the step completion times ``T``: each node's counter counts
    ``G * B`` jets per step (at ``T`` plus its offset); spectatord reports the count over each publish step as a
    rate (a meter without an update for ``TTL`` is gone: no value); Atlas sums the nodes that have a value (none:
    NaN), consolidates the minute's publish steps (avg or max over those with a value) and the poller shows NaN as
    0."""
    c, P, n = run.col, run.col["P"], run.n
    nb = int(n * DT / P)
    edges = run.lead + P * np.arange(nb + 1)
    jets = run.stats["G"] * run.stats["B"]
    total, cnt = np.zeros(nb), np.zeros(nb, int)
    for sid, (a, b, off) in enumerate(run.lives):
        i0, i1 = np.searchsorted(T, [a, b])
        inc = T[i0:i1] + off
        if len(inc) == 0:
            continue
        if c["flushes"]:  # each increment reaches spectatord at the buffer's next timed flush
            F = c["flushes"][sid]  # for speed, not F[searchsorted(F, inc)]: counted per flush, same index
            inc = F[np.cumsum(np.bincount(np.searchsorted(inc, F, side="right"), minlength=len(inc) + 1))[:len(inc)]]
        pos = np.searchsorted(inc, edges)
        last = pos[1:] - 1  # for speed: a side="right" search only where an increment lies on the end
        tie = inc[np.minimum(pos[1:], len(inc) - 1)] == edges[1:]
        last[tie] = np.searchsorted(inc, edges[1:][tie], side="right") - 1
        alive = (last >= 0) & (edges[1:] - inc[np.maximum(last, 0)] <= TTL)
        ok = alive & c["ok"][sid]
        total += np.where(ok, np.diff(pos) * jets / P, 0.0)
        cnt += ok
    per = int(DT / P)
    total, cnt = total.reshape(n, per), cnt.reshape(n, per) > 0
    k = cnt.sum(axis=1)
    if c["cf"] == "max":
        v = np.where(cnt, total, -1.0).max(axis=1)
    else:
        v = np.where(cnt, total, 0.0).sum(axis=1) / np.maximum(k, 1)
    return np.where(k > 0, v, 0.0)


def _spans(run: Run) -> list[tuple[int, int]]:
    """The points whose minute overlaps a pause by over 0.5 s; spans under 3 points apart are one."""
    spans = []
    for a, b, _ in run.pauses_t:
        s = max(0, int(np.floor((a + 0.5 - run.lead) / DT)))
        e = min(run.n, int(np.ceil((b - 0.5 - run.lead) / DT)))
        if e > s:
            if spans and s <= spans[-1][1] + 2:
                spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
            else:
                spans.append((s, e))
    return spans


def _build(seed: int, n: int, setting: str):
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE, 1])
    run = _schedule(rng, n, setting)
    _rate(rng, run)
    _collection(rng, run)
    healthy = _values(run, run.T)
    spans = _spans(run)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int((t - run.lead) // DT) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, x: np.ndarray, ramp_s: float) -> np.ndarray:
    """A regression's weight ``x`` s after its onset: a leak ``(x / ramp) ** p`` (then 1), a straggler bursts at 1
    and gaps at a low level, a drop ramps in over 3-90 s and wanders by about 2 %."""
    if kind == "leak":
        return np.clip(x / ramp_s, 0, 1) ** rng.uniform(0.8, 2.5)
    if kind == "straggler":
        on, off, low = rng.uniform(20, 150), rng.uniform(40, 400), rng.uniform(0.05, 0.2)
        w, i, burst = np.empty(len(x)), 0, True
        while i < len(x):
            d = int(rng.exponential(on if burst else off)) + 3
            w[i:i + d] = 1.0 if burst else low
            i, burst = i + d, not burst
        return w
    grid = np.arange(0, x[-1] + 1200, 600.0)
    wob = np.interp(x, grid, 1 + np.clip(rng.normal(0, 0.02, len(grid)), -0.05, 0.05))
    return np.minimum(1.0, x / rng.uniform(3, 90)) * wob


def _splice(run: Run, T: np.ndarray, s0: int, s1: int, f: np.ndarray) -> np.ndarray:
    """``T`` with the steps of seconds ``[s0, s1)`` slowed by ``f``: the lost steps are scaled to a whole number,
    so from ``s1`` on the steps fall at the healthy times."""
    lost = np.cumsum(run.rate[s0:s1] * (1 - f))
    K = float(np.round(lost[-1]))
    if K <= 0:
        return T
    lost *= K / lost[-1]
    lost[-1] = K
    c0 = run.cum[s0 - 1] if s0 > 0 else 0.0
    win = _crossings(run.cum[s0:s1] - lost, c0, s0)
    return np.concatenate([T[T < s0], win, T[T >= s1]])


def _series(run: Run, mods) -> np.ndarray:
    T = run.T
    for s0, s1, f in sorted(mods, key=lambda md: md[0]):
        T = _splice(run, T, s0, s1, f)
    return _values(run, T)


def _calibrate(run: Run, live: np.ndarray, s0: int, w: np.ndarray, m0: int, m1: int, target: float):
    """The magnitude ``a`` (0-4) whose noise-free loss of jets over the live minutes ``[m0, m1)`` is ``target``
    (bisection), or None."""
    lead = int(run.lead)
    sec = np.arange(s0, s0 + len(w))
    keep = (sec >= lead + DT * m0) & (sec < lead + DT * m1)
    keep &= np.repeat(live, int(DT))[np.clip(sec - lead, 0, int(DT) * run.n - 1)]
    a0, a1 = lead + int(DT) * m0, lead + int(DT) * m1
    den = (run.jps[a0:a1] * np.repeat(live[m0:m1], int(DT))).sum()
    if den <= 0 or keep.sum() < 600:
        return None
    j = run.jps[sec][keep]

    def loss(a):
        return (j * (1 - 1 / (1 + a * w[keep]))).sum() / den

    if loss(4.0) < target:
        return None
    lo, hi = 0.0, 4.0
    for _ in range(16):
        mid = 0.5 * (lo + hi)
        lo, hi = (mid, hi) if loss(mid) < target else (lo, mid)
    return 0.5 * (lo + hi)


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` (then any) with onset in ``[lo, hi)``: an ``(Event, mod)`` pair or None."""
    n, lead = run.n, run.lead
    ts = lead + DT * np.arange(n)
    pz = [(a, b) for a, b, _ in run.pauses_t]
    req = [(a, b) for a, b, k in run.pauses_t if k == "requeue"]
    for kind in hc.kind_draws(rng, P_KIND, want, tries=80, keep=60):
        ramp = int(rng.uniform(200, min(1600, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pz, ts, lo, last, DT)
        if t0 is None or any(0 <= t0 - b < 600 for a, b in req):
            continue
        onset = int((t0 - lead) // DT)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t1 = float(run.S) if to_end else lead + stop * DT
        tr = lead + (onset + ramp) * DT if kind == "leak" else t1
        if kind == "leak":  # a restart frees the leaked memory
            t1 = min([t1] + [a for a, b in req if a > t0])
            if t1 <= tr + 600:
                continue
        s0, s1 = int(np.ceil(t0)), int(min(t1, run.S))
        w = _weight(rng, kind, np.arange(s1 - s0) + (s0 - t0), tr - t0)
        target = {"drop": rng.uniform(0.09, 0.30),
                  "straggler": rng.uniform(0.10, 0.27)}.get(kind, rng.uniform(0.12, 0.33))
        m0 = onset + int(0.8 * ramp) if kind == "leak" else onset
        a = _calibrate(run, live, s0, w, m0, min(n, int(np.ceil((s1 - lead) / DT))), target)
        if a is None:
            continue
        mod = (s0, s1, 1 / (1 + a * w))
        v = _series(run, [mod])
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int((tr - lead) // DT), n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), mod
    return None


def make_heldout53(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, _series, P_KIND, seed, n, pauses, n_events, CODE,
                           lambda run: T0 + DT * (run.start_min + np.arange(run.n)))


def heldout53_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT53_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout53, seeds, n, pauses)
