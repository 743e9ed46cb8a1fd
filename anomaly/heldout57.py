"""The fifty-seventh held-out throughput family: a bird-song classifier's (BirdNET-style CNN on mel spectrograms)
training clips/s on a shared university Slurm cluster, added per node with ``TS.INCRBY`` to a RedisTimeSeries key,
compacted into 60 s buckets (``TS.CREATERULE ... AGGREGATION range 60000``) and read per minute by Grafana's Redis data
source as ``TS.MRANGE ... FILTER job=birdsong GROUPBY job REDUCE sum`` over the nodes' compacted keys.

Written blind (docs/data-authors.md, "Rules for a data author"): no detector, filter, benchmark or other doc read, no
log of any branch read, and no detector run on these traces.

Public sources (found with the search tools, excerpts only): redis.io's ``TS.INCRBY`` page (it increases the value of
the sample with the maximum existing timestamp, or creates a new sample whose value is that sample's value plus the
addend; ``TIMESTAMP`` is Unix milliseconds or ``*`` for the server's clock; a missing key is created; a duplicate policy
(``IGNORE``) filters INCRBY too; adding samples to a compacted series directly can make it disagree with its source);
the rustis client's notes on the same options (the timestamp must be equal to or higher than the maximum existing one;
when equal, the latest sample is increased; retention is measured back from the highest timestamp); redis.io's
``TS.CREATERULE`` page (aggregators ``avg``, ``sum``, ``min``, ``max``, ``range``, ``count``, ``first``, ``last``,
``std``/``var``, ``twa``; the bucket duration in ms; only samples added after the rule was created are aggregated; the
destination key must exist); RedisTimeSeries issue #1580 (a compacted series gets its newest bucket only when that
bucket is closed by a sample in a later one, so it lags at least a bucket; the ``LATEST`` flag reads the open bucket);
the Grafana Redis data source's plugin page, its changelog (``TS.MRANGE``; ``GROUPBY`` for ``TS.MRANGE`` added in 2.2.0,
July 2023; more aggregators) and its pull request #260; a redis.io tutorial page on that data source; redis-py's
time-series command list. Assumed without checking: that the trainers stamp their INCRBY calls with the node's own
clock (``TIMESTAMP`` = the node's ``time.time()`` in ms; I chose it over ``*``), so a node whose clock chrony steps
back gets its calls refused (the error the rustis note implies) until its clock passes the key's latest timestamp again,
and the client logs the error and drops the addend; that the team turns the cumulative INCRBY key into per-minute counts
with the ``range`` aggregator (max minus min of the running total in a bucket), so a bucket's first increment is never
counted (my reading of ``range`` on a running total); the MRANGE semantics (from memory: series grouped by a label, each
timestamp reduced over the series that have a sample there; no ``LATEST``, no ``EMPTY``), so a node whose bucket is
still open at the read is left out of the sum and a minute no node has written shows as 0; that a poller records the
panel's value of minute ``j`` once, at the first dashboard refresh (every ``R`` = 10, 15 or 30 s, its own phase) at
least ``G`` (3-20 s) after the minute's end, and that the panel divides by 60; that a dropped connection makes the
client buffer its increments and send their sum as one INCRBY when it reconnects (stamped then); retention (raw keys 2
h, compacted 30 d) and the duplicate policy never matter here (one writer per key; a read is minutes old); the Redis
server itself never fails over; everything about the job (no BirdNET training recipe, Slurm partition or Lustre
figure read: my picture).

What is modelled
----------------
A CNN on 3 s clips' mel spectrograms on ``N`` Slurm nodes (2-6) of ``g`` GPUs (1, 2 or 4), ``B`` clips per GPU and step
(64, 96, 128 or 256); the nodes are shared with other users' jobs. A step takes ``d0`` (0.15-0.6 s) times ``1 + 0.04 (N
- 2)`` times the data mix's factor, times the Lustre read speed (an OU process of the log on a 60 s grid, sd 2-5 %,
correlation time 10-60 min), times metadata-server spells (another user's small-file storm: on average every 6 h, the
first after a mean of 3-10 h, for 1-6 min at 1.1-1.4), times the worst node's CPU contention (a neighbour's job takes
CPU from the augmentation workers: a two-state process per node, busy spells of mean 2-8 h, quiet of mean 4-20 h,
1.03-1.15 while busy: synchronous data parallel waits for the slowest node). The ``K`` steps between two INCRBY calls
(``K`` such that a call comes every 1.5-6 s) have a log-normal jitter (sd 3-8 % over ``sqrt(K)``) and loader stalls
(per step 0.1-1 %, exponential 0.5-4 s). After a (re)start the rate rises as ``f + (1 - f)(1 - exp(-x / tau))`` (``f``
0.35-0.7, ``tau`` 40-240 s: cold Lustre reads, workers spawning); after a validation or an epoch's end more gently
(0.8-0.97, 10-60 s). An epoch lasts 20-60 min of training; at its end the loader reshuffles and respawns its workers
(5-25 s without INCRBY, not labelled: the job's rhythm). With probability 0.75, once (at 35-65 % of the run) the job is
resubmitted from a checkpoint with a second data mix (soundscape recordings added, other augmentations): the step's
cost changes by 0.75-0.88 or 1.15-1.4 (listed, "data").

Pauses: a validation at every epoch's end (short: 40-240 s, median 70-150 s) or every 3rd-7th (long: 1200-4300 s,
median 1800-2900 s; log-normal sd 0.35); every 2nd-4th one saves a checkpoint to Lustre (short 20-150 s, long 60-420
s); the data-mix resubmission adds 60-300 s (short) or 600-1800 s (long). Slurm ends the allocation at the partition's
time limit (12, 24 or 48 h: Lightning checkpoints on the signal and the job requeues, 30-120 s more) or preempts it
(Poisson, mean 15-50 h; none within 20 min after a validation or 30 min after a requeue: moved); the requeued job waits
120-900 s (short) or 900-4500 s (long) for nodes, resumes on fresh nodes (new keys), 35 % of the time on 2 or more
nodes more or fewer (2-6; listed, "world"); the steps since the last INCRBY are lost and the first call after carries
``global_step % K`` steps. A bin is paused where its minute meets ``[a - 15 s, b + 3 s]`` of a pause; spans that touch
are one.

Collection: at every ``K``-th step each node's trainer (its ``g`` ranks step together) calls ``TS.INCRBY`` with the
node's ``K B g`` clips, stamped with its own clock: an offset (sd 0.3 s) plus a drift ahead that chrony steps back
(per node every 12-60 h on average, by 0.5-15 s). A call older than the key's latest timestamp is refused and its
clips lost. Connection drops per node (Poisson, mean 6-30 h; log-normal, median 20 s, sd 1, at most 900 s) buffer the
calls, flushed as one call at the reconnect (even inside a pause), or lost where the allocation ended first. The
``range`` compaction makes each node's bucket ``j`` (its clock's minute) the sum of its calls but the first; the
bucket exists for a read at ``tau_j`` only where the node sent an accepted call stamped in a later minute before
``tau_j``. The value is the sum over the written buckets of minute ``j``, divided by 60. Not modelled: the network's
latency (0.5-20 ms added to a send), a Redis failover or restart, the raw key's retention trimming the open bucket,
``TS.CREATERULE`` made after the key's first samples.

Labelled regressions thin the clips of each INCRBY call in their window by ``1 / (1 + a w(t))`` (the calls keep their
healthy times: an approximation; a drop or straggler ends at the next requeue, a leak survives it): ``drop`` (an OST
under the dataset's stripes degraded, a node's workers pinned by a CPU hog; ramps in over 10-90 s, wobbles by 3 %),
``straggler`` (one node's loaders stall in bursts while a neighbour thrashes its memory: bursts of mean 30-200 s at 1,
gaps of mean 60-400 s at 0.1-0.3), ``leak`` (the augmentation workers' host memory grows and the node swaps more and
more: ``w = u ** p``, ``p`` 0.7-2.2, over a ramp of 250-1500 points, then held). Placement:
``heldout_common.family_trace`` / ``regressed_kinds`` / ``event_slots`` / ``onset_time`` (30 % of draws start in
the last 70 % of a pause or up to 2 min after it); ``a`` by bisection (0-6) on the live loss (of the plateau for a
leak) to 8-30 % (drop), 10-30 % (straggler) or 12-32 % (leak); kept where ``changed_span`` and ``shown_depth`` allow and
no listed change lies inside (80 draws: 60 of the slot's kind).

Counts over ``heldout57_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     32      12    10         10    0.079-0.285  22              2-23 (1700 spans, 0 >60)     3
long      30      10    9          11    0.070-0.284  20              16-121 (316 spans, 70 >60)   3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are left
out. ``changes``: short 38 (11 data switches, 27 node-count changes), long 28 (5 data switches, 23 node-count changes).
Per setting's 12 runs (short / long): 38 and 31 time-limit requeues; 42 and 35 preemptions; 1647 and 260 validations;
580 and 91 checkpoints; 364 and 318 connection drops (2347 and 2257 calls flushed late, none lost); 133 and 126 clock
steps back; 150 and 174 INCRBY calls refused; 6997 and 1518 node-minutes still open when read (the node left out of the
sum). The ``range`` compaction's uncounted first increments: 4.3-16.4 % (short), 3.8-12.1 % (long) of the clips. Paused
share of the points: 6.1-17.1 % (mean 10.9 %) short, 14.3-36.9 % (mean 20.8 %) long. The healthy series' median
absolute step of log over steady live points (10 after a span left out, zeros left out): 1.4-9.7 % (short), 1.9-10.8 %
(long), I think mostly how many calls (less the first) fall in a minute (not separated); median live level 362-4915
(short), 576-7987 (long) clips/s; live points read as 0: 41 (short) and 79 (long). Generating both settings takes about
4 s.

Changes after the first measurement (before the table): a node-count change moves by 2 nodes or more (a world change,
then by one node or more, moved the level by only 4 % in one run: seed 572004, short); a reconnect's flush may fall
inside a pause (my first test said no call is sent in one); the clock-step count counts only steps inside a node's
allocation; a time limit due inside a validation made a segment of negative length that lengthened the epoch (it now
requeues at the validation's end).

Opened
------
``docs/data-authors.md`` lines 1-30; ``anomaly/heldout56.py`` lines 1-110 and its ``make_heldout56`` /
``heldout56_set`` (lines 427-437, found with ``grep -n`` for those two ``def`` lines only, and ``wc -l``);
``tests/test_anomaly_heldout56.py`` (all); ``anomaly/heldout_common.py`` (all); ``tests/trace_checks.py`` (all);
``anomaly/traces.py`` lines 1-80; the first 3 lines of every ``anomaly/heldout*.py``; ``tests/test_architecture.py``
lines 1-110 (and its line count, ``wc -l``). No slip that I know of.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT57_SEEDS = tuple(range(572000, 572012))
CODE = 57
T0 = 1_790_000_040.0  # a multiple of 60: the buckets are aligned to the minute
P_KIND = (0.35, 0.3, 0.35)  # drop, straggler, leak
SPAN_MARGIN = (15.0, 3.0)  # a bin is paused where its minute meets [a - 15 s, b + 3 s] of a pause
VAL = {"short": (40.0, 240.0, 0.35), "long": (1200.0, 4300.0, 0.35)}  # lo, hi (s), log sd around a drawn median
VAL_MED = {"short": (70.0, 150.0), "long": (1800.0, 2900.0)}
CKPT = {"short": (20.0, 150.0), "long": (60.0, 420.0)}
QUEUE = {"short": (120.0, 900.0), "long": (900.0, 4500.0)}  # a requeued job's wait for its nodes
SWITCH = {"short": (60.0, 300.0), "long": (600.0, 1800.0)}  # resubmission with the second data mix


def _lognorm(rng, med: float, sd: float, lo: float, hi: float) -> float:
    return float(np.clip(med * np.exp(rng.normal(0, sd)), lo, hi))


def _job(rng, setting: str, n: int):
    """The job's wall-time schedule: training segments, pauses, requeues and planned changes (seconds from T0)."""
    T = 60.0 * n + 900.0
    N = int(rng.integers(2, 7))
    g, B = int(rng.choice([1, 2, 4])), int(rng.choice([64, 96, 128, 256]))
    d0 = rng.uniform(0.15, 0.6)
    K = max(1, int(round(rng.uniform(1.5, 6.0) / d0)))  # an INCRBY every K steps
    epoch = rng.uniform(20, 60) * 60.0  # training seconds per epoch
    val_every = 1 if setting == "short" else int(rng.integers(3, 8))
    ck_every = int(rng.integers(2, 5))
    limit = float(rng.choice([12, 24, 48])) * 3600.0  # the partition's time limit: SIGUSR1, checkpoint, requeue
    pre_mean = rng.uniform(15, 50) * 3600.0  # preemption by a higher-priority partition
    vmed = rng.uniform(*VAL_MED[setting])
    switch_at = rng.uniform(0.35, 0.65) * T if rng.random() < 0.75 else np.inf
    switch_f = rng.uniform(0.75, 0.88) if rng.random() < 0.5 else rng.uniform(1.15, 1.4)
    t, alloc0, left, n_ep, n_val, nid = 0.0, 0.0, epoch, 0, 0, 0
    nodes = list(range(N))
    nid = N
    data_f = 1.0
    next_pre = rng.exponential(pre_mean)
    segs, pauses, known_t, known_kind, restarts = [], [], [], [], []
    stats = dict(requeues=0, preemptions=0, validations=0, checkpoints=0, epochs=0)
    warm = (rng.uniform(0.35, 0.7), rng.uniform(40, 240))  # a (re)start: cold Lustre reads, workers spawning
    while t < T:
        stop = max(t, min(t + left, alloc0 + limit - 90.0, max(next_pre, t + 300.0)))  # a limit due in a pause: now
        segs.append(SimpleNamespace(t0=t, t1=stop, nodes=tuple(nodes), N=len(nodes), f=data_f, warm=warm))
        left -= stop - t
        t = stop
        if left <= 1e-6:  # the epoch's end: reshuffle, workers respawn; every ``val_every``-th a validation
            n_ep += 1
            stats["epochs"] += 1
            left = epoch
            gap = rng.uniform(5, 25)
            if n_ep % val_every:
                t += gap
                warm = (rng.uniform(0.85, 0.97), rng.uniform(10, 40))
                continue
            n_val += 1
            stats["validations"] += 1
            lo, hi, sd = VAL[setting]
            dur = gap + _lognorm(rng, vmed, sd, lo, hi)
            kind = "val"
            if n_val % ck_every == 0:
                stats["checkpoints"] += 1
                dur += rng.uniform(*CKPT[setting])
                kind = "ckpt"
            if t > switch_at:  # resubmitted from the checkpoint with the second data mix (a planned change)
                switch_at = np.inf
                dur += rng.uniform(*SWITCH[setting])
                data_f *= switch_f
                known_t.append(t + dur)
                known_kind.append("data")
                kind = "switch"
            pauses.append((t, t + dur, kind))
            t += dur
            warm = (rng.uniform(0.8, 0.95), rng.uniform(15, 60))
            if next_pre < t + 1200.0:
                next_pre = t + rng.uniform(1200.0, 3600.0)
            continue
        # a requeue: the time limit (checkpoint on SIGUSR1) or a preemption (back to the last checkpoint)
        pre = t >= next_pre
        stats["preemptions" if pre else "requeues"] += 1
        down = rng.uniform(*QUEUE[setting]) + (0.0 if pre else rng.uniform(30, 120))
        pauses.append((t, t + down, "requeue"))
        restarts.append((t, t + down))
        t += down
        alloc0 = t
        next_pre = t + rng.exponential(pre_mean)
        if next_pre < t + 1800.0:
            next_pre = t + 1800.0 + rng.exponential(pre_mean)
        newN = len(nodes)
        if rng.random() < 0.35:
            newN = int(rng.choice([m for m in range(2, 7) if abs(m - len(nodes)) >= 2]))
            known_t.append(t)
            known_kind.append("world")
        nodes = list(range(nid, nid + newN))
        nid += newN
        warm = (rng.uniform(0.35, 0.7), rng.uniform(40, 240))
    return SimpleNamespace(T=T, N0=N, g=g, B=B, d0=d0, K=K, segs=segs, pauses_t=pauses, known_t=known_t,
                           known_kind=known_kind, restarts=restarts, stats=stats, n_nodes=nid, setting=setting)


def _reports(rng, job):
    """Every node's ``TS.INCRBY`` calls: real send time, node id, the node's own clock (its timestamp) and addend."""
    T, K = job.T, job.K
    drift = hc.ou_path(rng, T, rng.uniform(0.02, 0.05), rng.uniform(600, 3600))  # Lustre read speed, 60 s grid
    spells, s = [], rng.exponential(rng.uniform(3, 10) * 3600)
    while s < T:  # metadata-server spells (another user's small-file storm): every reader slows for minutes
        spells.append((s, s + rng.uniform(60, 360), rng.uniform(1.1, 1.4)))
        s += rng.exponential(6 * 3600) + 600
    bad_mean, good_mean = rng.uniform(2, 8) * 3600, rng.uniform(4, 20) * 3600
    hog = [(hc.twostate(rng, -rng.uniform(0, good_mean), T, bad_mean, good_mean), rng.uniform(0.03, 0.15))
           for _ in range(job.n_nodes)]  # a neighbour's job on the node takes CPU from the augmentation workers
    sd, p_stall, stall_mean = rng.uniform(0.03, 0.08), rng.uniform(0.001, 0.01), rng.uniform(0.5, 4.0)
    per = job.B * job.g * K

    def cost(tt, nodes):
        c = np.exp(drift[(tt // 60).astype(int)])
        for a, b, f in spells:
            c = np.where((tt >= a) & (tt < b), c * f, c)
        worst = np.ones_like(tt)
        for i in nodes:  # synchronous data parallel: the slowest node's loaders set the pace
            edges, extra = hog[i]
            k = np.searchsorted(edges, tt, side="right") - 1
            worst = np.maximum(worst, np.where((k >= 0) & (k < len(edges) - 1) & (k % 2 == 0), 1 + extra, 1.0))
        return c * worst

    ts, node, add = [], [], []
    first_after = {r[1] for r in job.restarts} | {0.0}
    for sg in job.segs:
        L = sg.t1 - sg.t0
        if L <= 0:
            continue
        d = job.d0 * (1 + 0.04 * (sg.N - 2)) * sg.f
        m = int(L / (K * d * 0.7)) + 8
        base = K * d * np.exp(rng.normal(0, sd / np.sqrt(K), m)) + rng.gamma(rng.poisson(K * p_stall, m) + 1e-9,
                                                                             stall_mean)
        t_nom = sg.t0 + np.cumsum(base) - rng.uniform(0.0, 1.0) * base[0]  # the steps carried over a pause
        f0, tau = sg.warm
        warm = f0 + (1 - f0) * (1 - np.exp(-(t_nom - sg.t0) / tau))
        step = base * cost(np.minimum(t_nom, T - 1), sg.nodes) / warm
        t_rep = sg.t0 + np.cumsum(step) - (t_nom[0] - sg.t0) / base[0] * step[0]
        t_rep = t_rep[t_rep < sg.t1]
        a = np.full(len(t_rep), float(per))
        if len(a) and sg.t0 in first_after:  # the first line after a (re)start: global_step % K steps
            a[0] = float(rng.integers(1, K + 1) * job.B * job.g)
        for i in sg.nodes:
            ts.append(t_rep + rng.uniform(0.0005, 0.02, len(t_rep)))
            node.append(np.full(len(t_rep), i))
            add.append(a)
    return np.concatenate(ts), np.concatenate(node), np.concatenate(add)


def _collect(rng, job, n: int, t, node, add):
    """What the dashboard reads: the nodes' clocks and connection drops, TS.INCRBY's rules, the ``range`` compaction
    into 60 s buckets (a bucket is written when a later sample arrives), and one read per minute."""
    T = job.T
    drop_mean, step_mean = rng.uniform(6, 30) * 3600, rng.uniform(12, 60) * 3600
    R, G = float(rng.choice([10.0, 15.0, 30.0])), rng.uniform(3, 20)
    phase = rng.uniform(0, R)
    end_of = {}
    for sg in job.segs:
        for i in sg.nodes:
            end_of[i] = sg.t1  # the node's allocation ends with its last segment
    order = np.argsort(t, kind="stable")
    t, node, add = t[order], node[order], add[order]
    clock = np.empty_like(t)
    flush = np.zeros(len(t), bool)
    st = dict(drops=0, merged=0, lost_in_drop=0, steps=0, rejected=0)
    for i in range(job.n_nodes):
        ix = np.nonzero(node == i)[0]
        if not len(ix):
            continue
        # connection drops: the client buffers its increments and sends their sum as one INCRBY on reconnect
        c = t[ix[0]] + rng.exponential(drop_mean)
        while c < t[ix[-1]]:
            c1 = c + min(900.0, 20.0 * np.exp(rng.normal(0, 1.0)))
            held = ix[(t[ix] >= c) & (t[ix] < c1)]
            st["drops"] += 1
            if len(held):
                tot = add[held].sum()
                add[held] = 0.0
                if c1 < end_of[i]:  # the flush at reconnect: one sample, stamped with the node's clock then
                    t[held[-1]] = c1
                    flush[held[-1]] = True
                    add[held[-1]] = tot
                    st["merged"] += len(held)
                else:
                    st["lost_in_drop"] += len(held)
            c = c1 + rng.exponential(drop_mean)
        # the node's clock: a small offset, drifting ahead and stepped back by chrony now and then
        steps = np.cumsum(rng.exponential(step_mean, 8))
        steps = steps[steps < T]
        st["steps"] += int(((steps > t[ix].min()) & (steps < t[ix].max())).sum())
        size = rng.uniform(0.5, 15.0, len(steps))
        edges = np.concatenate([[-1e9], steps, [1e12]])
        k = np.searchsorted(edges, t[ix], side="right") - 1
        prev = np.maximum(edges[k], 0.0)
        ahead = np.where(k < len(steps), np.concatenate([size, [0.0]])[k] * (t[ix] - prev) / (edges[k + 1] - prev),
                         0.0)
        clock[ix] = t[ix] + rng.normal(0, 0.3) + ahead
    keep = add > 0  # the held increments went out in the flush (or were lost with the allocation)
    t, node, add, clock, flush = t[keep], node[keep], add[keep], clock[keep], flush[keep]
    sort2 = np.lexsort((t, node))  # each node's samples in send order
    t, node, add, clock, flush = t[sort2], node[sort2], add[sort2], clock[sort2], flush[sort2]
    ms = np.floor(clock * 1000.0)
    acc = np.zeros(len(t), bool)
    use = np.zeros(len(t), bool)
    b = np.floor(clock / 60.0).astype(int)
    read = phase + R * np.ceil((60.0 * (np.arange(n) + 1) + G - phase) / R)
    open_nm = 0
    for i in range(job.n_nodes):
        ix = np.nonzero(node == i)[0]
        if not len(ix):
            continue
        m = ms[ix]
        prior = np.concatenate([[-np.inf], np.maximum.accumulate(m)[:-1]])
        ok = m >= prior  # TS.INCRBY refuses a timestamp older than the key's latest (the client drops the addend)
        acc[ix] = ok
        st["rejected"] += int((~(m >= prior)).sum())
        ai = ix[ok]
        bb, ta = b[ai], t[ai]
        first = np.concatenate([[True], bb[1:] != bb[:-1]])  # range: the bucket's first increment is not counted
        nxt = np.searchsorted(bb, np.arange(n), side="right")
        tclose = np.where(nxt < len(ai), ta[np.minimum(nxt, len(ai) - 1)], np.inf)
        closed = tclose <= read
        have = np.zeros(n, bool)
        inb = (bb >= 0) & (bb < n)
        have[bb[inb]] = True
        open_nm += int((have & ~closed).sum())
        use[ai] = ~first & inb & closed[np.clip(bb, 0, n - 1)]
    st["open_node_minutes"] = open_nm
    st["first_share"] = float(1 - add[use].sum() / max(add[acc & (b >= 0) & (b < n)].sum(), 1.0))
    g = np.argsort(t, kind="stable")  # back in send order over all nodes (a regression takes a time window)
    return SimpleNamespace(t=t[g], b=b[g], add=add[g], use=use[g], acc=acc[g], node=node[g], clock=clock[g],
                           flush=flush[g],
                           read=read,
                           stats=st, R=R, G=G)


def _spans(pauses_t, n: int) -> list[tuple[int, int]]:
    spans = []
    for a, b, _ in pauses_t:
        s, e = int((a - SPAN_MARGIN[0]) // 60), min(n, int(np.ceil((b + SPAN_MARGIN[1]) / 60)))
        if s >= n:
            break
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        elif e > s:
            spans.append((max(s, 0), e))
    return spans


def _build(seed: int, n: int, setting: str):
    """``(run, healthy, spans, live, changes)``: the job, its reports, what the dashboard reads."""
    hc.check_args(setting, n)
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE, 1])
    job = _job(rng, setting, n)
    col = _collect(rng, job, n, *_reports(rng, job))
    u = col.use & (col.b >= 0) & (col.b < n)
    healthy = np.bincount(col.b[u], weights=col.add[u], minlength=n)[:n] / 60.0
    spans = _spans(job.pauses_t, n)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(x // 60) for x in job.known_t], spans, n)
    run = SimpleNamespace(job=job, col=col, n=n, dt=60.0, pauses_t=job.pauses_t, restarts=job.restarts,
                          ts=60.0 * np.arange(n), stats={**job.stats, **col.stats}, healthy=healthy)
    return run, healthy, spans, live, changes


def _lost(run, mod, n: int) -> np.ndarray:
    """The clips/s a regression ``(i0, i1, f)`` takes from each point: the counted increments times ``1 - f``."""
    i0, i1, f = mod
    c = run.col
    u = c.use[i0:i1] & (c.b[i0:i1] >= 0) & (c.b[i0:i1] < n)
    return np.bincount(c.b[i0:i1][u], weights=(c.add[i0:i1] * (1 - f))[u], minlength=n)[:n] / 60.0


def _series(run, mods) -> np.ndarray:
    """The dashboard's values with the regressions ``mods`` (each thins the addends of its INCRBY calls)."""
    v = run.healthy.copy()
    for md in mods:
        v -= _lost(run, md, run.n)
    return np.maximum(v, 0.0)


def _weight(rng, kind: str, x: np.ndarray, ramp: float) -> np.ndarray:
    """A regression's weight ``x`` s after its onset (``ramp``: a leak's ramp in s)."""
    if kind == "drop":  # a degraded OST under the dataset's stripes, a node's augmentation workers pinned by a hog
        r = rng.uniform(10, 90)
        return np.minimum(1, x / r) * (1 + 0.03 * np.sin(2 * np.pi * x / rng.uniform(120, 900) + rng.uniform(0, 6)))
    if kind == "straggler":  # one node's loaders stall in bursts (a neighbour thrashing its memory)
        edges = hc.twostate(rng, 0.0, float(x.max()) + 1, rng.uniform(30, 200), rng.uniform(60, 400))
        k = np.searchsorted(edges, x, side="right") - 1
        return np.where(k % 2 == 0, 1.0, rng.uniform(0.1, 0.3))
    p = rng.uniform(0.7, 2.2)  # a leak: the augmentation workers' host memory grows, the node swaps more and more
    return np.minimum(1.0, np.maximum(x, 0) / ramp) ** p


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in the slot ``[lo, hi)``: an ``(Event, mod)`` pair or None (80 draws)."""
    n = run.n
    pauses = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, P_KIND, want, tries=80, keep=60):
        ramp = int(rng.uniform(250, min(1500, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pauses, run.ts, lo, min(last, n - 1), 60.0)
        if t0 is None:
            continue
        onset = int(t0 // 60)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t1 = np.inf if to_end else 60.0 * stop
        if kind != "leak":  # a drop or straggler leaves with the allocation; a leak comes back with the code
            t1 = min([t1] + [a for a, b in run.restarts if a > t0])
        i0, i1 = (int(i) for i in np.searchsorted(run.col.t, [t0, t1]))
        if i1 - i0 < 20:
            continue
        w = _weight(rng, kind, run.col.t[i0:i1] - t0, 60.0 * ramp)
        target = {"drop": rng.uniform(0.08, 0.3),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.32))
        c0 = onset + int(0.9 * ramp) if kind == "leak" else onset
        c1 = min(n, int(np.ceil(min(t1, 1e12) / 60)))
        if c1 - c0 < 10 or live[c0:c1].sum() < 8:
            continue
        hs = healthy[c0:c1][live[c0:c1]].sum()
        if hs <= 0:
            continue

        def loss(a):
            return _lost(run, (i0, i1, 1 / (1 + a * w)), n)[c0:c1][live[c0:c1]].sum() / hs

        if loss(6.0) < target:
            continue
        a_lo, a_hi = 0.0, 6.0
        for _ in range(14):
            mid = 0.5 * (a_lo + a_hi)
            a_lo, a_hi = (mid, a_hi) if loss(mid) < target else (a_lo, mid)
        mod = (i0, i1, 1 / (1 + 0.5 * (a_lo + a_hi) * w))
        v = _series(run, [mod])
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), mod
    return None


def make_heldout57(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, _series, P_KIND, seed, n, pauses, n_events, CODE,
                           lambda run: T0 + 60.0 * np.arange(run.n))


def heldout57_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT57_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout57, seeds, n, pauses)
