"""The fiftieth held-out throughput family: a large-scale face-recognition model's (ArcFace-style margin loss with
Partial FC over millions of identities sharded across the GPUs) training images/s, posted by each node's trainer as one
JSON event per ``K`` steps to Splunk's HTTP Event Collector and read back by a dashboard poller from a scheduled
search's ``| timechart span=1m per_second(images)`` (or ``sum(images)``) over a window that ends ``D`` minutes before
now.

Written blind (docs/data-authors.md, "Rules for a data author"): no detector, filter, benchmark or other doc read, no
log of any branch read, and no detector run on these traces.

Public sources (found with the search tools, excerpts only): Splunk's "About HTTP Event Collector Indexer
Acknowledgment" (HEC answers 200 on receipt, before the event enters the pipeline; with acknowledgment on a token the
client sends on a channel and polls the ack IDs; events can be lost before indexing); the NiFi
``QuerySplunkIndexingStatus`` processor's pages (an ack not confirmed within a TTL is "unacknowledged": the sender
resends, which is how duplicates arise); Elastic's APM "HTTP 503: Queue is full" page (read as the pattern of a full
ingest queue, not as Splunk's text); the Splunk 5.0 Knowledge Manager page "Configure the priority of scheduled
searches" (real-time scheduling, the default, skips runs when the scheduler cannot run them; continuous scheduling runs
every one, late); the Splunk Search Reference's ``timechart`` page (span, ``per_second()`` etc. are aggregation
functions that give a rate over the span, they do not set the span) and the SPL2 ``timechart`` usage page; a Splunk
Answers thread on ``per_minute`` / ``per_second`` in ``timechart``. Assumed without checking: that
``per_second(images)`` over ``span=1m`` is the bin's sum divided by 60 (the "sum" runs show images per minute); that the
event's JSON ``time`` field (the trainer's clock) sets ``_time``, so a late event lands in its own minute and is counted
only if indexed before that minute's search runs; that HEC answers 503 to every POST while the indexing queue is full
and the client retries with a backoff of 1, 2, 4, ... s (capped at 30 s) 3-6 times, then drops the batch; that a full
queue leaves a backlog that drains in order; that a skipped (or over-a-minute deferred) run leaves the poller reading
the previous results' last row again; that the dashboard's point is stamped with its bin's start; everything about the
job, its cluster and its data (no ArcFace / Partial FC recipe was read: the numbers are my picture).

What is modelled
----------------
An ArcFace-style face recogniser with Partial FC (a sampled share of 0.1-0.3 of the classifier, millions of identity
centres sharded over the GPUs) trained synchronously on ``N`` (3, 4, 6 or 8) of 8 eight-GPU nodes, ``bpg`` (128, 256 or
512) 112x112 crops per GPU per step. A step costs the soft maximum (power 8) of a GPU part ``g0 (0.6 + 1.6 s / N)
(1 + 0.025 (N - 4))`` (``g0`` 0.22-0.5 s per 256 images; ``s`` the sampled share: a larger job holds less of the
classifier per GPU) and a CPU part ``c0`` (JPEG decode and augmentation; ``c0 / g0`` 0.75-1.1), plus 4 ms per node.
Drifts: GPU OU on the log (sd 0.4-1.2 %, 1-4 h), CPU OU (sd 1-3 %, 0.5-3 h), per second a Student-t(4) decode cost
(sd 3-8 %, clipped at 40 %) smoothed by the prefetch queue (AR(1) 0.6-0.9), and phases (mean 20-80 min, 3-10 h apart)
in which the record files come from the shared file system (CPU part 1.04-1.14x). After a launch the rate rises as
``f + (1 - f)(1 - exp(-x / tau))`` (``f`` 0.3-0.65, ``tau`` 60-200 s); after any other pause the DataLoader
workers respawn (a 20-50 % dip decaying in 8-30 s).

Pauses: a verification benchmark every 40-100 min of training (short: LFW / CFP-FP / AgeDB pair scoring, 150-840 s,
median 240-480 s; long: every 90-180 min, IJB-B / IJB-C template scoring, 1500-5400 s, median 2100-3600 s; log-normal
sd 0.3), every 2nd-4th also a checkpoint of the sharded centres (60-300 s; long 240-900 s); identity-centre refreshes
(recompute and re-shard the class centres: 60-210 s, exponential gaps of mean 2-5 h plus 30 min, none within 15 min
after another pause). Requeues: Poisson (1.3 a run) from the first hour on, 45 min apart at least, a pause of 300-1200
s (long 900-3000 s); half onto another node count (listed), a quarter onto other nodes of the same count. In half the
runs the hard-sample stage (the full shard's softmax, GPU part 1.35-1.6x, heavier occlusion / blur / low-resolution
augmentation, CPU part 1.3-1.5x) starts at the first checkpoint after 55-80 % of the run (listed). A point is paused
where the minute it shows (its own, or an earlier one after a skipped run) overlaps a pause by more than 1 s either
side; two spans under 4 live points apart are one.

Collection: every ``K`` steps (``K`` set so an event covers 2.5-6 s) each node's trainer makes one event ``{"time": t,
"images": K 8 bpg}`` (its clock off by N(0, 0.3 s)); the HEC client batches and sends every ``F`` (2, 5 or 10) s
(each node its own phase); the indexing lag is log-normal (median 1-4 s, sd 0.6); 0.05-0.3 % of batches are resent
after an ack timeout (duplicates, indexed one flush later). The indexing queue fills once every 8-40 h for 30-300 s
(503 to every POST; a batch whose retries all fall inside is lost), then the backlog drains in 1-3 times as long (an
event accepted then waits 0.7 s per second of backlog left). The saved search for minute ``[m, m + 60)`` runs at ``m +
60 (1 + D) + 1-15 s`` (``D`` 2-5) and counts what is indexed by then, never again. The search head is busy in phases
(mean 5-20 min, 4-16 h apart): there 60 % of runs (and 0.1-0.6 % elsewhere) miss their slot; in 70 % of the runs
(real-time scheduling) a missed run is skipped, otherwise deferred by 20-300 s (over 55 s: the poller read the
previous result; under: it counts what came in meanwhile). A dashboard poller reads the latest result's last row once a
minute: ``per_second`` (images/s) in 70 % of runs, ``sum`` (images per minute) in 30 %.

Labelled regressions take ``1 - 1 / (1 + a w(t))`` of each step rate: ``drop`` (the decode workers lose cores to a
co-scheduled job: ramps in over 5-40 s, holds with a wobble of up to 5 %), ``straggler`` (one node's GPUs throttle in
bursts and the all-reduce waits: bursts of mean 40-150 s at 1, gaps of mean 60-240 s at 0.2), ``leak`` (the Partial FC
sampler's pinned host buffers fragment memory: ``w = u ** p``, ``p`` 0.7-2.2, over a ramp of 250-1500 points, then
held). Placement: ``heldout_common.family_trace`` / ``regressed_kinds`` / ``event_slots``; ``a`` by bisection (0-4) on
the lost share of the steps to 8-30 % (drop), 10-30 % (straggler) or 12-34 % (a leak from 80 % of its ramp on); 30 %
of draws start in the last 70 % of a pause or up to 2 min after it (``onset_time``); none starts within 400 s after a
requeue and one that reaches a requeue ends there (the cause leaves with the process); kept where ``changed_span`` and
``shown_depth`` allow and no listed change lies inside (100 draws: 60 of the slot's kind, then any). The lost steps are
rounded to whole events, and the events after the regression are the healthy run's (a shift by whole events leaves
their times: the phase of the event grid is otherwise kept, an approximation).

Counts over ``heldout50_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     31      9     11         11    0.096-0.289  20              1-19 (1095 spans, 0 >60)     3
long      31      11    11         9     0.084-0.296  18              2-121 (578 spans, 81 >60)    3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are left
out (short 0, long 3). ``changes``: short 10 (5 stage switches, 5 node-count changes), long 12 (8 stage switches, 4
node-count changes). Per setting's 12 runs (short / long): 9 and 11 requeues; 333 and 292 centre refreshes; 57 and 32
queue-full episodes; 971 and 901 skipped searches; 347 and 481 deferred searches. Paused share of the points: 7.1-17.4 %
(mean 10.7 %) short, 15.6-30.6 % (mean 22.9 %) long. The healthy series' median absolute step of log over steady live
points (10 after a span left out): 1.4-9.5 % (short), 1.0-4.6 % (long); events per node and minute 8.3-18.8 (short),
6.8-20.0 (long), so the per-minute count's own quantisation is 5-15 %; median live level 12288-1671168 (short),
15564-2048000 (long) (images/s, or per minute in the "sum" runs); live points read as 0 (a full queue, a skipped run
after one): 157 (short) and 40 (long). Generating both settings takes about 3 s.

Changes after the first measurement (before the table): ``K`` was drawn from 5, 10 or 20 steps (3-4 events a minute
in some runs: the count's quantisation hid everything; now an event covers 2.5-6 s); queue-full episodes of up to 10
min wiped out up to 170 live minutes a run (now 30-300 s); the stage switch slowed only the GPU part and did not move
a CPU-bound run (now both parts); a regression spanning a requeue was rejected, which left a slot empty (now it ends
at the requeue).

Opened
------
``docs/data-authors.md`` lines 1-30; ``anomaly/heldout48.py`` lines 1-110 and its ``make_heldout48`` /
``heldout48_set`` (lines 553-563; ``grep -n`` of its ``def`` lines showed their names only); ``tests/
test_anomaly_heldout48.py`` (all); ``anomaly/heldout_common.py`` (all); ``tests/trace_checks.py`` (all);
``anomaly/traces.py`` lines 1-80; the first 3 lines of every ``anomaly/heldout*.py`` (``heldout_common.py`` included);
``tests/test_architecture.py`` lines 1-110.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT50_SEEDS = tuple(range(502000, 502012))
CODE = 50
T0 = 1767225600.0  # 2026-01-01 00:00 UTC, a whole minute
NODES = 8  # the pool's eight-GPU nodes
# pause lengths (s): the verification benchmark (short: LFW / CFP-FP / AgeDB pair scoring; long: IJB-B / IJB-C
# template scoring), lo, hi, median lo, median hi
EVAL = {"short": (150.0, 840.0, 240.0, 480.0), "long": (1500.0, 5400.0, 2100.0, 3600.0)}
CKPT = {"short": (60.0, 300.0), "long": (240.0, 900.0)}  # the sharded Partial FC centres written too
REQUEUE = {"short": (300.0, 1200.0), "long": (900.0, 3000.0)}


@dataclass
class Run:
    n: int
    T: float
    dt: float = 60.0
    pauses_t: list = field(default_factory=list)  # (t0, t1, kind)
    lives: list = field(default_factory=list)  # (t0, t1, nodes, stage)
    known_t: list = field(default_factory=list)
    known_kind: list = field(default_factory=list)
    stats: dict = field(default_factory=dict)


def _dur(rng, table, setting: str) -> float:
    lo, hi, m0, m1 = table[setting]
    return float(np.clip(rng.uniform(m0, m1) * np.exp(rng.normal(0, 0.3)), lo, hi))


def _schedule(rng, n: int, setting: str) -> Run:
    """The job's life: training stretches, benchmark / checkpoint / centre-refresh pauses, requeues, the stage."""
    T = n * 60.0 + 900.0
    run = Run(n=n, T=T)
    p = run.stats
    p["nodes0"] = int(rng.choice([3, 4, 6, 8], p=[0.2, 0.35, 0.3, 0.15]))
    p["bpg"] = int(rng.choice([128, 256, 512]))  # images per GPU per step
    p["g0"] = rng.uniform(0.22, 0.5) * p["bpg"] / 256  # the GPU part of a step (s) at 4 nodes
    p["c0"] = p["g0"] * rng.uniform(0.75, 1.1)  # JPEG decode and augmentation on the CPU workers
    p["K"] = max(1, int(round(rng.uniform(2.5, 6.0) / max(p["g0"], p["c0"]))))  # steps per posted event
    p["sample"] = rng.uniform(0.1, 0.3)  # Partial FC's sampled share of the classifier
    p["mode"] = "sum" if rng.random() < 0.3 else "per_second"
    ev_every = rng.uniform(2400, 6000) if setting == "short" else rng.uniform(5400, 10800)
    ck_every = int(rng.integers(2, 5))
    ref_mean = rng.uniform(7200, 18000)  # identity-centre refresh: recompute and re-shard the class centres
    n_req = rng.poisson(1.3)
    req = sorted(rng.uniform(3600, T - 1800, n_req))
    stage_at = rng.uniform(0.55, 0.8) * T if rng.random() < 0.5 else np.inf
    nodes = sorted(rng.choice(NODES, p["nodes0"], replace=False).tolist())
    stage, t, n_eval, next_ref = 0, 0.0, 0, rng.exponential(ref_mean) + 1800
    life0 = 0.0
    p["requeues"] = p["refreshes"] = 0
    while t < T:
        to_eval = ev_every * rng.uniform(0.97, 1.03)
        to_req = (req[0] - t) if req else np.inf
        to_ref = next_ref - t
        step = min(to_eval, to_req, to_ref)
        t += max(step, 240.0)
        if t >= T:
            break
        if step == to_req:
            req.pop(0)
            while req and req[0] < t + 2700:
                req.pop(0)
            dur = rng.uniform(*REQUEUE[setting])
            run.pauses_t.append((t, t + dur, "requeue"))
            run.lives.append((life0, t, nodes, stage))
            p["requeues"] += 1
            new = nodes
            if rng.random() < 0.5:
                k = int(rng.choice([c for c in (3, 4, 6, 8) if c != len(nodes)]))
                new = sorted(rng.choice(NODES, k, replace=False).tolist())
            elif rng.random() < 0.5:
                new = sorted(rng.choice(NODES, len(nodes), replace=False).tolist())
            t += dur
            life0 = t
            if len(new) != len(nodes):
                run.known_t.append(t)
                run.known_kind.append("nodes")
            nodes = new
            next_ref = max(next_ref, t + 900)
        elif step == to_ref:
            dur = rng.uniform(60, 210)
            run.pauses_t.append((t, t + dur, "refresh"))
            p["refreshes"] += 1
            t += dur
            next_ref = t + rng.exponential(ref_mean) + 1800
        else:
            n_eval += 1
            dur = _dur(rng, EVAL, setting)
            kind = "eval"
            if n_eval % ck_every == 0:
                dur += rng.uniform(*CKPT[setting])
                kind = "ckpt"
            run.pauses_t.append((t, t + dur, kind))
            t += dur
            next_ref = max(next_ref, t + 900)
            if kind == "ckpt" and t > stage_at and stage == 0:  # the sampled share switches at a checkpoint
                stage_at = np.inf
                run.lives.append((life0, t, nodes, stage))
                stage, life0 = 1, t
                run.known_t.append(t)
                run.known_kind.append("stage")
    run.lives.append((life0, T, nodes, stage))
    # the hard-sample stage: the full shard's softmax (GPU) and heavier occlusion / blur / low-resolution augmentation
    p["stage_rate"] = (rng.uniform(1.35, 1.6), rng.uniform(1.3, 1.5))
    return run


def _steps(rng, run: Run) -> np.ndarray:
    """The job's steps per second on a 1-s grid (all nodes step together: synchronous data parallel)."""
    p, T = run.stats, int(run.T) + 1
    t = np.arange(T, dtype=float)
    g = np.exp(np.repeat(hc.ou_path(rng, run.T, rng.uniform(0.004, 0.012), rng.uniform(3600, 14400)), 60)[:T])
    c_ou = np.repeat(hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), rng.uniform(1800, 10800)), 60)[:T]
    # the JPEG sizes of the shard being read (the WebFace / MS1M-style record files differ): a slow OU, plus per
    # second a heavy-tailed decode cost smoothed by the prefetch queue
    q = np.clip(rng.standard_t(4, T) * rng.uniform(0.03, 0.08) / np.sqrt(2), -0.4, 0.4)
    q = lfilter([1 - (ar := rng.uniform(0.6, 0.9))], [1, -ar], q)
    cpu = p["c0"] * np.exp(c_ou + q)
    slow = np.ones(T)
    edges = hc.twostate(rng, rng.uniform(3600, 20000), run.T, rng.uniform(1200, 4800), rng.uniform(10800, 36000))
    slow += rng.uniform(0.04, 0.14) * hc.bad_share(edges, t, 1.0)  # the record files fell out of the page cache
    cpu = cpu * slow
    rate = np.zeros(T)
    for t0, t1, nodes, stage in run.lives:
        a, b = int(t0), min(int(t1), T)
        nn = len(nodes)
        gpu = p["g0"] * (0.6 + 0.4 * p["sample"] * 4 / nn) * (1 + 0.025 * (nn - 4)) * g[a:b]
        cp = cpu[a:b]
        if stage:
            gpu, cp = gpu * p["stage_rate"][0], cp * p["stage_rate"][1]
        st = hc.smax(gpu, cp) + 0.004 * nn
        x = t[a:b] - t0
        f = rng.uniform(0.3, 0.65)  # after a launch: NCCL warm-up, cuDNN autotune, the page cache filling
        warm = f + (1 - f) * (1 - np.exp(-x / rng.uniform(60, 200)))
        rate[a:b] = warm / st
    for t0, t1, kind in run.pauses_t:
        a, b = int(np.floor(t0)), min(int(np.ceil(t1)), T)
        rate[a:b] = 0.0
        if kind != "requeue":  # the DataLoader workers respawn and refill
            e = min(b + 120, T)
            rate[b:e] *= 1 - rng.uniform(0.2, 0.5) * np.exp(-(t[b:e] - b) / rng.uniform(8, 30))
    return rate


def _collection(rng, run: Run) -> None:
    """The HEC clients, the indexers and the search head: everything a function of time, not of the events."""
    p, T = run.stats, run.T
    c = run.col = {}
    c["F"] = float(rng.choice([2.0, 5.0, 10.0]))  # the client's batch flush interval (s)
    c["clock"] = rng.normal(0, 0.3, NODES)  # the trainers' clock offsets (s): the event's "time" field
    c["phase"] = rng.uniform(0, c["F"], NODES)
    nt = int(T / c["F"]) + 4
    c["lag"] = np.exp(np.log(rng.uniform(1.0, 4.0)) + rng.normal(0, 0.6, (NODES, nt)))  # indexing lag (s)
    c["dup"] = rng.random((NODES, nt)) < rng.uniform(0.0005, 0.003)  # the ack timed out: the batch is sent again
    c["retries"] = int(rng.integers(3, 7))  # then the client gives the batch up
    c["backoff"] = np.minimum(2.0 ** np.arange(c["retries"]), 30.0)
    full, t = [], rng.exponential(rng.uniform(8, 40) * 3600)
    mean_gap = rng.uniform(8, 40) * 3600
    while t < T:  # the indexing queue is full: every POST answers 503
        d = rng.uniform(30, 300)
        full.append((t, t + d, t + d + d * rng.uniform(1.0, 3.0)))  # then the backlog drains
        t += d + rng.exponential(mean_gap)
    c["full"] = full
    c["D"] = int(rng.integers(2, 6))  # the search's window ends D minutes before it runs
    nb = run.n + 2
    c["dispatch"] = rng.uniform(1, 15, nb)
    busy = hc.twostate(rng, rng.exponential(20000), T, rng.uniform(300, 1200), rng.uniform(4, 16) * 3600)
    tb = 60.0 * (np.arange(nb) + 1 + c["D"])
    in_busy = hc.bad_share(busy, tb, 1.0) > 0
    c["continuous"] = rng.random() < 0.3  # schedule_window set: deferred, not skipped
    miss = (in_busy & (rng.random(nb) < 0.6)) | (rng.random(nb) < rng.uniform(0.001, 0.006))
    c["defer"] = np.where(miss & c["continuous"], rng.uniform(20, 300, nb), 0.0)
    c["skip"] = miss & ~c["continuous"]
    p["full"] = len(full)
    p["skipped"] = int(c["skip"][:run.n].sum())
    p["deferred"] = int((c["defer"][:run.n] > 0).sum())


def _arrivals(run: Run, node: int, e: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Node ``node``'s events at job times ``e``: their ``_time`` and when a search first sees them (inf: lost)."""
    c = run.col
    tm = e + c["clock"][node]
    tick = np.ceil((e - c["phase"][node]) / c["F"]).astype(int)
    sent = tick * c["F"] + c["phase"][node]
    acc = sent.copy()
    seen = np.zeros(len(e))
    for a, b, drain in c["full"]:
        hit = (sent >= a) & (sent < b)
        if hit.any():
            at = sent[hit].copy()
            ok = np.zeros(hit.sum(), bool)
            for w in c["backoff"]:
                at = np.where(ok, at, at + w)
                ok |= at >= b
            acc[hit] = np.where(ok, at, np.inf)
        back = (acc >= a) & (acc < drain)
        seen[back] += 0.7 * (drain - acc[back])  # the queue drains in order
    vis = acc + c["lag"][node, tick] + seen
    dup = c["dup"][node, tick]
    return np.concatenate([tm, tm[dup]]), np.concatenate([vis, vis[dup] + c["F"]])


def _events(S: np.ndarray, K: int, lo: float = 0.0, hi: float = np.inf) -> np.ndarray:
    """The times in ``[lo, hi)`` at which the cumulative steps ``S`` (1-s grid) cross a multiple of ``K``."""
    lv = K * np.arange(1, int(S[-1] // K) + 1, dtype=float)
    i = np.searchsorted(S, lv, side="left")
    i = np.clip(i, 1, len(S) - 1)
    t = (i - 1) + (lv - S[i - 1]) / np.maximum(S[i] - S[i - 1], 1e-12)
    return t[(t >= lo) & (t < hi)]


def _values(run: Run, job: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The dashboard's points from the job's event times ``job``, and the bin each point shows."""
    p, c, n = run.stats, run.col, run.n
    nb = n + 2
    counts = np.zeros(nb)
    run_at = 60.0 * (np.arange(nb) + 1 + c["D"]) + c["dispatch"] + c["defer"]
    for t0, t1, nodes, stage in run.lives:
        e = job[(job >= t0) & (job < t1)]
        for k in nodes:
            tm, vis = _arrivals(run, k, e)
            b = np.floor(tm / 60.0).astype(int)
            ok = (b >= 0) & (b < nb)
            b, vis = b[ok], vis[ok]
            counts += np.bincount(b[vis <= run_at[b]], minlength=nb)[:nb]
    img = p["K"] * 8 * p["bpg"]
    val = counts * img / (60.0 if p["mode"] == "per_second" else 1.0)
    src = np.arange(nb)
    late = c["skip"] | (c["defer"] > 55.0)  # the poller read the previous results again
    for i in range(1, nb):
        if late[i]:
            src[i] = src[i - 1]
    return val[src][:n], src[:n]


def _spans(run: Run, src: np.ndarray) -> list[tuple[int, int]]:
    """Points whose shown minute overlaps a pause (1 s of clock offset allowed); spans under 3 live points apart
    are one."""
    n = run.n
    paused = np.zeros(n + 2, bool)
    for a, b, _ in run.pauses_t:
        paused[int((a - 1) // 60):min(n + 2, int(np.ceil((b + 1) / 60)))] = True
    pts = np.nonzero(paused[src])[0]
    spans = []
    for i in pts:
        if spans and i <= spans[-1][1] + 3:
            spans[-1] = (spans[-1][0], int(i) + 1)
        else:
            spans.append((int(i), int(i) + 1))
    return spans


def _build(seed: int, n: int, setting: str):
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE, 1])
    run = _schedule(rng, n, setting)
    run.rate = _steps(rng, run)
    _collection(rng, run)
    run.S = np.concatenate([[0.0], np.cumsum(run.rate)])
    run.job = _events(run.S, run.stats["K"])
    healthy, src = _values(run, run.job)
    run.src = src
    spans = _spans(run, src)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // 60) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, x: np.ndarray, ramp_s: float) -> np.ndarray:
    """A regression's weight ``x`` s after its onset."""
    if kind == "drop":  # the decode workers lose cores to a co-scheduled job
        r = rng.uniform(5, 40)
        return np.minimum(1, x / r) * (1 + rng.uniform(0, 0.05) * np.sin(2 * np.pi * x / rng.uniform(200, 900)))
    if kind == "straggler":  # one node's GPUs throttle (clock bursts): the all-reduce waits on it
        edges = hc.twostate(rng, 0.0, float(x[-1]) + 1, rng.uniform(40, 150), rng.uniform(60, 240), horizon=1e6)
        return np.where(hc.bad_share(edges, x, 1.0) > 0.5, 1.0, 0.2)
    u = np.clip(x / ramp_s, 0, 1)  # leak: the Partial FC sampler's pinned buffers fragment the host memory
    return u ** rng.uniform(0.7, 2.2)


def _mod(run: Run, t0: float, t1: float, w: np.ndarray, a: float, whole: bool):
    """The regression's lost steps per second over ``[t0, t1)`` (rounded to whole events unless it runs to the
    end), or None when it loses under one event."""
    i0, i1 = int(t0), min(int(t1), len(run.rate))
    r = run.rate[i0:i1]
    d = r - r / (1 + a * w[:i1 - i0])
    if whole:
        K, tot = run.stats["K"], d.sum()
        m = np.round(tot / K)
        if m < 1:
            return None
        d = d * (m * K / tot)
    return i0, i1, d


def _series(run: Run, mods) -> np.ndarray:
    job = run.job
    for i0, i1, d in mods:
        D = np.concatenate([[0.0], np.cumsum(d)])
        S = run.S[i0:i1 + 1] - D
        ins = _events(S - S[0] + (run.S[i0] % run.stats["K"]), run.stats["K"]) + i0
        ins = ins[ins < i1]
        job = np.concatenate([job[job < i0], ins, job[job >= i1]])
    return _values(run, np.sort(job))[0]


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    n, dt = run.n, 60.0
    req = [a for a, b, k in run.pauses_t if k == "requeue"]
    req_end = [b for a, b, k in run.pauses_t if k == "requeue"]
    ptimes = [(a, b) for a, b, _ in run.pauses_t]
    ts = dt * np.arange(n)
    for kind in hc.kind_draws(rng, (0.35, 0.3, 0.35), want, tries=100, keep=60):
        ramp = int(rng.uniform(250, max(260, min(1500, 0.55 * (hi - lo))))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, ptimes, ts, lo, min(last, n - 1), dt)
        if t0 is None:
            continue
        onset = int(t0 // dt)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t1 = run.T if to_end else stop * dt
        if any(t0 - 400 < b and a <= t0 for a, b in zip(req, req_end)):
            continue
        cut = [a for a in req if t0 < a < t1]  # the cause leaves with the process: it ends at the requeue
        if cut:
            t1, to_end = cut[0], False
        x = np.arange(int(t1) - int(t0), dtype=float) + (int(t0) - t0)
        w = _weight(rng, kind, np.maximum(x, 0), ramp * dt)
        target = {"drop": rng.uniform(0.08, 0.3), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.34))
        i0, i1 = int(t0), min(int(t1), len(run.rate))
        c0 = int(0.8 * ramp * dt) if kind == "leak" else 0
        r = run.rate[i0 + c0:i1]
        if r.sum() <= 0:
            continue
        ww = w[c0:i1 - i0]

        def loss(a):
            return 1 - (r / (1 + a * ww)).sum() / r.sum()

        if loss(4.0) < target:
            continue
        a_lo, a_hi = 0.0, 4.0
        for _ in range(18):
            mid = 0.5 * (a_lo + a_hi)
            a_lo, a_hi = (mid, a_hi) if loss(mid) < target else (a_lo, mid)
        mod = _mod(run, t0, t1, w, 0.5 * (a_lo + a_hi), not to_end)
        if mod is None:
            continue
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


def make_heldout50(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (deterministic in ``seed``); ``setting`` is another name for ``pauses``."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, _series, (0.35, 0.3, 0.35), seed, n, pauses, n_events, CODE,
                           lambda run: T0 + 60.0 * np.arange(run.n))


def heldout50_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT50_SEEDS) -> list[Trace]:
    """The family's traces of ``pauses`` ("short" or "long"), one per seed; every fourth is clean."""
    return hc.every_fourth_clean(make_heldout50, seeds, n, pauses)
