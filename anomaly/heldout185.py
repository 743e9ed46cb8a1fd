"""The hundred-and-eighty-fifth held-out throughput family: an airport baggage X-ray threat detector's training images/s
(a SIXray / PIDray-style detector of prohibited items, knives, guns, scissors, batteries and liquids, in dual-energy
X-ray scans of cabin bags; raw high- and low-energy channels of several scanner makes decoded and normalised per make,
threat images projected into benign bags, augmented on CPU workers, the rare classes oversampled; an evaluation pass on
one airport's held-out month now and then), read through Neo4j: each node's reporter writes a small node (its clock's
time, its images since its last report) every 15-30 s in a managed (retried) write transaction through the Bolt
driver, and a monitor runs a Cypher query once a minute (a range match on the reporter's time, or on a property the
server stamps with ``datetime()`` inside the write) and sums the images per minute.

(No generator's head names Neo4j, Cypher, Bolt, a baggage, an airport security checkpoint or a threat image (``grep
-ic`` on the heads of ``anomaly/heldout*.py``, saved to ``/tmp/s66/heads185.txt``: 0 for neo4j, cypher, bolt, baggage;
"x-ray" matches a chest X-ray report generator (98), "airport" an aircraft-trajectory predictor's ADS-B tracks (155),
"raft" two optical-flow models (RAFT-style, 39 and 128), "transaction" a Spanner change stream (175): the words are not
new, the job and the path are. Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Public sources read (excerpts through the search tool): the .NET driver's ``WithMaxTransactionRetryTime`` (transaction
functions retry on session-expired, transient and service-unavailable errors with exponential backoff from 1 s,
default 30 s in all) and ``TransientException`` (auto-commit ``run`` is never retried); Kestra's Neo4j plugin page ("a
retry can replay an ambiguous commit, so keep statements idempotent (prefer MERGE over CREATE)"); neo4j-python-driver
#276, neomodel #335, neo4rs #182/#296/PR #299, neo4j-php-client PR #271 and neo4j/neo4j #13419 (``Neo.ClientError.
Cluster.NotALeader``, "writes must pass through the leader", a stale routing table sending writes to a follower, a
forced refresh); the knowledge-base page "When to use bookmarks" (leader, then a majority of followers, then the other
followers and read replicas have a transaction; only bookmarks make a read wait for it) and the drivers' bookmark pages
(causal chaining only within a session or bookmark manager); Neo4j's GC tuning page and GraphAcademy's Aura GC lesson
(all threads paused in a collection, old-generation pauses of seconds); the operations manual's checkpointing page (a
checkpoint every 15 min by default, log pruning at checkpoints, ``db.checkpoint.iops.limit``; a Neo4j forum thread of
writes slowing to a crawl from a checkpoint on); the drivers' connection-pool issues (neo4j #12697, the JS driver's
#467: ``maxConnectionPoolSize`` 100, acquisition timeouts of 60 s, a connection timeout of 5 s; python-driver PR
#1215); APOC's ``currentTimestamp`` page (Cypher's ``datetime()`` is tied to the statement or transaction,
``datetime.realtime()`` to the call). On the job: the SIXray (1,059,231 images, 6 classes, 8,929 prohibited items,
heavy class imbalance) and PIDray (124,486 images, 12 classes, deliberately hidden items) papers' abstracts. Not read
(from memory, unchecked): that ``datetime()`` in a write is the time the leader runs the statement (a retry stamps
anew); Raft's election timeouts and Neo4j's failure-detection window (taken as 10-20 s here); that a follower's lag is
usually well under a second; how a driver treats a leader that wakes from a long GC pause after losing leadership.

Assumed without checking (the job): 1, 2 or 4 nodes (40/35/25 %) of 2, 4 or 8 GPUs (30/40/30 %), 0.85-0.97 per doubling
of the nodes; a GPU trains 25-250 images/s (log-uniform; a detector at high resolution), a node's CPU workers (decoding
the raw two-channel scans, per-make normalisation, threat-image projection, augmentation) feed 1.1-2.5 times that; a
step waits for the slower side (a soft maximum of the costs). Per 5-s tick an AR(1) of the log (sd 2-5 %, correlation
10-40 s) and a slow OU (sd 1-3 %, 20-120 min, per minute); raw-scan store hiccups (2-10 a day, 5-30 s at 20-60 % of the
rate); an epoch (of the oversampled set) lasts 20-70 min of training, and in half the runs the data loader's workers are
not persistent: each epoch's end costs 10-40 s at 0-30 % of the rate (healthy, not paused). Relaunches: 0-3 at 15-85 %
of the run, an hour apart (one due within 5 min of a restart moves 5-15 min on), each a larger input resolution (at most
twice: 1.3-1.8 times dearer on the GPUs), heavier threat-image projection (at most twice: 1.3-1.7 on the CPUs) or, 1 in
6, another node count; redrawn until the level moves 15 % (1/3 to 3 times). Pauses: start-up 3-10 min ("long" 25-50) and
a ramp from 40-75 % over 2-6 min (its first half paused); an evaluation on the held-out month every 30-90 min of
training since the last one or the start-up (each 0.9-1.1 of the run's period), 2-6 min ("long" 10-25), every 2nd or 3rd
followed by a checkpoint (20-60 s, "long" 1-4 min); crashes (exponential in training time, mean 12-48 h): down 1-4 min
("long" 6-18), a start-up of 2-6 ("long" 8-20) and a ramp; a relaunch: stopped 1-3 min ("long" 5-12), queued 1-5 min,
then a start-up and its ramp.

On the path (not checked): each node's reporter fires every ``P`` s (15-30 per node, plus 0-0.3 s of its own work) from
its process's start, snapshots the images since its last report and queues the report to a writer thread, which writes
the reports in order (a report waits for the previous write); a graceful stop writes the last interval, a crash loses
it. A write is a managed transaction on the leader: its commit takes 5-60 ms (log-uniform per run, lognormal sd 0.5),
0.2-3 s more inside a checkpoint (every 15 min, 5-60 s each). The cluster: three primaries; leader elections 0.3-2 a day
(2-12 s without a leader) and quorum losses 0-0.4 a day (1-8 min without one); the leader's old-generation GC pauses
0.5-6 a day (1-30 s, log-uniform): a write waits them out and commits at their end, but a pause longer than the
failure-detection window (10-20 s) starts an election then (1-5 s) and the waiting writes fail when the old leader
wakes. Without a leader a write fails at once (``NotALeader``, a routing-table refresh); the driver retries after 1, 2,
4 ... s (20 % jitter) until 30 s have passed at a failure, then the write gives up: in 60 % of runs the reporter carries
the images into its next report, in the others they are lost. Ambiguous commits: 0.05-0.3 % of first attempts (a reply
lost on a reset connection) and half of the writes 1 s or less before an election stored the node but lost the reply;
the retry stores a second node unless the run writes with MERGE on (reporter, sequence) (40 % of runs). In half the runs
the monitor matches the reporter's time (the node's clock: offset sd 0.3-3 s; in 25 % of runs the first node is
unsynchronised and steps 0.5-3 times a day, steps sd 0.5-5 s, accumulating), in the others the ``datetime()`` stamp (the
leader's clock when the statement ran; primaries' offsets sd 0.05-1 s, in 15 % of runs one 3-30 s off; the leader
changes at each election). The monitor's query runs 2-30 s after each minute's end on its own clock (offset sd 0.2-2 s),
once, without bookmarks: in 30 % of runs routed to the leader (it waits out the leader's GC pauses and elections), else
to one of 2-4 followers / secondaries picked per query, each with a lag of 0.02-0.5 s, catch-up episodes (0.5-4 a day
each, 1-20 min, lag 3-90 s) and its own GC pauses (0.5-6 a day, 1-30 s) that delay the query. A node counts in the
minute its key falls in if it was committed early enough for the read's member to hold it (its commit plus the member's
lag at or before the query's time); else never. A point is the minute's sum of images / 60 (0: nothing read). The reads
are linear in the images; the reports' fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (from 10 s before it to 45 s after it, or a ramp's
first half), or where it reads nothing; a listed change is the first point after a relaunch's span that changed the
stage. Labelled regressions (a share ``a w`` of each tick's images lost, carried through the same reports and reads):
``drop`` (a decode worker killed by the out-of-memory killer and not respawned: ``w = min(1, (s + 1) / tau)``, ``tau``
1-6 ticks), ``straggler`` (reads of the raw scans from the shared store slowed in bursts: 1 for a mean of 40-240 ticks,
calm for a mean of 120-480 at 0.05-0.25), ``leak`` (the threat-image library and per-make lookup tables cached per
worker, growing into swap: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a pause's end, a drawn
target loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set from the reads of the lost images (linear),
refused above 1; ``w`` is per 5-s tick; a regression does not end at a restart (assumed: the cause is in the data or
the host, not the process).

Measured (``heldout185_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      10    11         10    0.075-0.310  20              1-23 (1399, 0 >60)
long      32      10    10         12    0.107-0.331  24              1-69 (1074, 6 >60)

Events per trace: short 3 3 4 0 3 4 4 0 4 3 3 0, long 3 4 4 0 4 3 4 0 4 3 3 0. Planned changes listed: short 16, long 18
(of 16 and 18 relaunches; none kept its stage); crashes 43 and 24; evaluations 1,308 and 992 (557 and 397 with a
checkpoint); epoch ends 1,774 and 1,305 (half the runs dip there); store hiccups 360 and 241. The path over each set
(counts): short: reports 358,010, elections 107 (36 started by a GC pause, 6 quorum losses), leader GC pauses 179,
writes retried 877, given up 65, ambiguous commits 703 (298 reports stored twice, 404 kept once by a MERGE), writes
slowed by a checkpoint 12,899, nodes a lagging read did not see 928, nodes counted in another minute than their report's
4,136, reads delayed by a GC pause 27, follower lag episodes 165, clock steps 41, intervals lost in a crash 89, unread
minutes 4,668; long: 494,950, 94 (33, 14), 190, 1,272, 258, 872 (454, 416), 17,829, 1,315, 8,260, 34, 278, 11, 66,
19,210. The reads' sum over the live points against the job's images: 0.996-1.002 per seed (short), 0.991-1.002 (long);
the live points' minute-to-minute change (median ``|d log|`` per seed) 2.1-40.4 % (short), 2.4-20.1 % (long), its 99th
percentile 32-69 % (short and long); the live median level 109-2,516 images/s (short), 140-3,367 (long). What surprised
me, said and not tuned: the minute-to-minute change is large where a run has one or two nodes, because a minute's sum
holds a whole report (15-30 s of a node's images) more or fewer as the reports' phase drifts across the minute's edge
(median 37-40 % in two one-node runs); it is what summing per minute does on this path. Before the first measure: none
(the first measure: one seed's healthy build at 3,000 points, to see the module run, which printed its path counts; then
both sets' 12 seeds). Changes of the laws after it: none. Fixes (no law changed; both sets, their table and counts
byte-for-byte the same before and after): a MERGE retried after a stored node could have stored another on a second
ambiguous commit (no run had one); a report's write waited for the previous life's writer (now only its own process's).
The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: at most 60 points "short", 90 "long").

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541 to its end (its
``make_heldout150`` and ``heldout150_set``, after a ``grep -n`` for their ``def`` lines), ``tests/test_anomaly_
heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: its end, cut from one long print with ``tests/trace_
checks.py``, printed again as lines 300-537), ``tests/trace_checks.py`` (all: its lines 1-200 printed again after that
cut), ``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, the first 3 lines of every
``anomaly/heldout*.py`` (saved to ``/tmp/s66/heads185.txt``; read through ``grep -ic``, ``grep -io`` with 60 characters
before and 40 after a match, and a print of its last 120 non-blank lines). Slips: an ``ls`` of the worktree's root, and
a ``grep -n`` of ``pyproject.toml`` for "scipy" or "numpy" (to see whether scipy is a dependency) that printed 4 of its
lines, one of which says the detector's burst rule imports ``scipy.special.pdtrc`` and a drift test ``scipy.stats``: a
line about the detector's imports, not its code; none else. The tests import ``HELDOUT150_SEEDS`` (to keep the seeds
apart), not its code.

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from bisect import bisect_right
from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT185_SEEDS = tuple(range(1852000, 1852012))
CODE = 185
TICK, STEP, K = 5.0, 60.0, 12  # the job's tick (s), the monitor's minute (s), ticks per minute
EPOCH = 1_790_000_040  # a whole minute (unix s): point i is the minute ending at EPOCH + 60 (i + 1)
DAY = 86400.0
KIND_P = (0.35, 0.35, 0.30)  # drop, straggler, leak
SPANS = {"short": (1, 60), "long": (1, 90)}  # pause spans' lengths (points) the tests allow
# pause lengths (s) per setting: start-up (launch, relaunch), evaluation, checkpoint, crash down time, start-up after
# a crash, relaunch stop
START = {"short": (180, 600), "long": (1500, 3000)}
EVAL = {"short": (120, 360), "long": (600, 1500)}
CKPT = {"short": (20, 60), "long": (60, 240)}
DOWN = {"short": (60, 240), "long": (360, 1080)}
RESTART = {"short": (120, 360), "long": (480, 1200)}
STOP = {"short": (60, 180), "long": (300, 720)}
NODES = (1, 2, 4)
MAX_RETRY = 30.0  # the drivers' default max transaction retry time (s)
# the path's distortions (keys of ``run.path.counts``) the tests expect over the first 6 runs of both settings
PATH_KEYS = ("elections", "gc_pauses", "gc_elections", "writes_retried", "writes_given_up", "ambiguous_commits",
             "stored_twice", "kept_once_by_merge", "unseen_by_the_read", "other_minute", "reads_after_gc",
             "reader_lag_episodes", "slow_checkpoint_writes", "clock_steps", "crash_lost")


def _u(rng, lohi) -> float:
    return float(rng.uniform(*lohi))


def _level(cfg: dict, st: dict) -> float:
    """The job's images/s in stage ``st``: per node the slower (a soft maximum of the costs) of its GPUs and its
    CPU workers, times the nodes at ``eff`` per doubling."""
    gpu = cfg["gpn"] * cfg["per_gpu"] / cfg["res_c"] ** st["res"]
    cpu = cfg["cpu"] / cfg["tip_c"] ** st["tip"]
    node = 1.0 / hc.smax(1.0 / gpu, 1.0 / cpu)
    return float(st["nodes"] * node * cfg["eff"] ** np.log2(st["nodes"]))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's stage: another node count (1 in 6), a larger input resolution or heavier threat-image projection
    (each at most twice), redrawn until the level moves 15 % (1/3 to 3 times); None after 50 draws."""
    for _ in range(50):
        u, new = rng.random(), dict(st)
        if u < 1 / 6:
            new["nodes"] = int(rng.choice([x for x in NODES if x != st["nodes"]]))
        elif u < 7 / 12:
            if st["res"] >= 2:
                continue
            new["res"] += 1
        else:
            if st["tip"] >= 2:
                continue
            new["tip"] += 1
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return None


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's life: start-ups and their ramps, training stretches at a stage's level, evaluations (every
    ``ck_every``-th with a checkpoint), crashes and planned relaunches. Times in true seconds from the run's start."""
    T = n * STEP
    cfg = {"gpn": int(rng.choice([2, 4, 8], p=[0.3, 0.4, 0.3])), "per_gpu": hc.log_uniform(rng, 25, 250),
           "eff": rng.uniform(0.85, 0.97), "res_c": rng.uniform(1.3, 1.8), "tip_c": rng.uniform(1.3, 1.7)}
    cfg["cpu"] = cfg["gpn"] * cfg["per_gpu"] * rng.uniform(1.1, 2.5)
    st = {"nodes": int(rng.choice(NODES, p=[0.4, 0.35, 0.25])), "res": 0, "tip": 0}
    every, ck_every = rng.uniform(1800, 5400), int(rng.integers(2, 4))
    crash_mean = rng.uniform(12, 48) * 3600
    rel = []
    for x in np.sort(rng.uniform(0.15, 0.85, int(rng.choice(4, p=[0.2, 0.35, 0.3, 0.15]))) * T):
        if not rel or x - rel[-1] >= 3600:
            rel.append(float(x))
    pauses_t, segs, ramps, lives, known_t = [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0, "ckpts": 0}
    t, kind, life0, n_eval, ri, done = 0.0, "startup", 0.0, 0, 0, False
    due = every * rng.uniform(0.9, 1.1)
    while t < T and not done:
        d = _u(rng, RESTART[setting] if kind == "restart" else START[setting])
        R, r0 = rng.uniform(120, 360), rng.uniform(0.4, 0.75)
        pauses_t.append((t, t + d + R / 2, kind))
        ramps.append((t + d, R, r0))
        t += d
        lv, since, to_crash = _level(cfg, st), 0.0, rng.exponential(crash_mean)
        while True:
            while ri < len(rel) and rel[ri] < t + 300:
                rel[ri] = t + rng.uniform(300, 900)
                rel.sort()
            cand = [due - since, to_crash, (rel[ri] - t) if ri < len(rel) else np.inf, T - t]
            which = int(np.argmin(cand))
            run = max(cand[which], 0.0)
            if run > 0:
                segs.append((t, t + run, lv))
            t, since, to_crash = t + run, since + run, to_crash - run
            if which == 3:
                lives.append((life0, T + 120.0, False, st["nodes"]))
                done = True
                break
            if which == 0:
                n_eval += 1
                counts["evals"] += 1
                d, pk = _u(rng, EVAL[setting]), "eval"
                if n_eval % ck_every == 0:
                    d, pk = d + _u(rng, CKPT[setting]), "ckpt"
                    counts["ckpts"] += 1
                pauses_t.append((t, t + d, pk))
                t, since, due = t + d, 0.0, every * rng.uniform(0.9, 1.1)
                continue
            lives.append((life0, t, which == 1, st["nodes"]))
            if which == 1:
                counts["crashes"] += 1
                d = _u(rng, DOWN[setting])
                pauses_t.append((t, t + d, "crash"))
                t, life0, kind = t + d, t + d, "restart"
                break
            counts["relaunches"] += 1
            ri += 1
            new = _next_stage(rng, cfg, st, lv)
            d = _u(rng, STOP[setting]) + rng.uniform(60, 300)
            pauses_t.append((t, t + d, "relaunch"))
            t, life0, kind = t + d, t + d, "startup"
            if new is None:
                counts["kept_stage"] += 1
            else:
                st = new
                known_t.append(t)
            break
    if life0 < T and (not lives or lives[-1][0] != life0):
        lives.append((life0, T + 120.0, False, st["nodes"]))
    return SimpleNamespace(n=n, nt=n * K, dt=STEP, cfg=cfg, pauses_t=pauses_t, segs=segs, ramps=ramps, lives=lives,
                           known_t=known_t, known_kind=["stage"] * len(known_t), counts=counts)


def _rates(rng, run) -> np.ndarray:
    """Images trained per 5-s tick: the level over the training seconds, the ramps, an AR(1) and a slow OU of the
    log, the data loader's re-created workers at each epoch's end (half the runs) and raw-scan store hiccups."""
    nt, n = run.nt, run.n
    segs = [SimpleNamespace(t0=a, t1=b, lv=lv) for a, b, lv in run.segs]
    tb, train, seg_of = hc.seg_buckets(segs, nt, TICK)
    _, (lv,) = hc.seg_columns(segs, seg_of, "lv")
    tc = tb + TICK / 2
    ramp = np.ones(nt)
    for t0, R, r0 in run.ramps:
        i0, i1 = int(t0 // TICK), min(nt, int(np.ceil((t0 + R) / TICK)))
        if i0 >= nt:
            break
        ramp[i0:i1] = np.clip(r0 + (1 - r0) * (tc[i0:i1] - t0) / R, r0, 1.0)
    sd, a = rng.uniform(0.02, 0.05), np.exp(-TICK / rng.uniform(10, 40))
    ar = lfilter([sd * np.sqrt(1 - a * a)], [1.0, -a], rng.normal(0, 1, nt))
    ou = hc.ou_path(rng, n * STEP, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))[np.arange(nt) // K]
    dips = np.ones(nt)
    persistent, epoch = rng.random() < 0.5, rng.uniform(1200, 4200)
    ends = np.nonzero(np.diff((np.cumsum(train) // epoch).astype(int)) > 0)[0] + 1
    run.counts["epoch_ends"] = len(ends)
    if not persistent:
        for i in ends:
            dips[i:i + max(1, int(round(rng.uniform(10, 40) / TICK)))] *= rng.uniform(0.0, 0.3)
    k = rng.poisson(rng.uniform(2, 10) * n * STEP / DAY)
    run.counts["store_hiccups"] = int(k)
    for t0 in rng.uniform(0, n * STEP, k):
        i0 = int(t0 // TICK)
        dips[i0:i0 + max(1, int(round(rng.uniform(5, 30) / TICK)))] *= rng.uniform(0.2, 0.6)
    run.persistent = bool(persistent)
    return lv * train * ramp * np.exp(ar + ou) * dips


def _windows(rng, rate_lo: float, rate_hi: float, T: float, d_lo: float, d_hi: float, log: bool = False):
    """Poisson episodes over ``[0, T)``: sorted starts and lengths."""
    k = rng.poisson(rng.uniform(rate_lo, rate_hi) * T / DAY)
    t0 = np.sort(rng.uniform(0, T, k))
    d = np.exp(rng.uniform(np.log(d_lo), np.log(d_hi), k)) if log else rng.uniform(d_lo, d_hi, k)
    return t0, d


def _merge(a, b):
    """Sorted, disjoint windows from starts ``a`` and ends ``b``."""
    out = []
    for s, e in sorted(zip(a, b)):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [w[0] for w in out], [w[1] for w in out]


def _inside(x, w0, w1) -> np.ndarray:
    """Whether each time of ``x`` lies in one of the sorted disjoint windows ``[w0, w1)``."""
    x, w0, w1 = np.asarray(x, float), np.asarray(w0, float), np.asarray(w1, float)
    if len(w0) == 0:
        return np.zeros(len(x), bool)
    j = np.searchsorted(w0, x, side="right") - 1
    return (j >= 0) & (x < w1[np.maximum(j, 0)])


def _cluster(rng, T: float) -> SimpleNamespace:
    """The Neo4j cluster: three primaries (Raft), leader elections, quorum losses, the leader's old-generation GC
    pauses (a long one triggers an election), checkpoints every 15 min, the primaries' clocks."""
    c = SimpleNamespace()
    el0, eld = _windows(rng, 0.3, 2.0, T, 2.0, 12.0)
    q0, qd = _windows(rng, 0.0, 0.4, T, 60.0, 480.0)
    g0, gd = _windows(rng, 0.5, 6.0, T, 1.0, 30.0, log=True)
    detect = rng.uniform(10, 20)
    trig = gd > detect
    ge0 = g0[trig] + detect
    ged = rng.uniform(1, 5, int(trig.sum()))
    c.counts = {"elections": len(el0) + len(q0) + int(trig.sum()), "quorum_losses": len(q0), "gc_pauses": len(g0),
                "gc_elections": int(trig.sum())}
    c.b0, c.b1 = _merge(np.r_[el0, q0, ge0], np.r_[el0 + eld, q0 + qd, ge0 + ged])
    gw = sorted(zip(g0, g0 + gd, trig))
    c.g0, c.g1, c.gtrig = [w[0] for w in gw], [w[1] for w in gw], [bool(w[2]) for w in gw]
    c.off = rng.normal(0, rng.uniform(0.05, 1.0), 3)
    if rng.random() < 0.15:
        c.off[int(rng.integers(3))] += rng.choice([-1.0, 1.0]) * rng.uniform(3, 30)
    lead = [0]
    for _ in c.b1:
        lead.append(int(rng.choice([i for i in range(3) if i != lead[-1]])))
    c.lead = np.array(lead)
    c.ck0 = np.arange(rng.uniform(0, 900), T + 1800, 900.0)
    c.ck1 = c.ck0 + rng.uniform(5, 60, len(c.ck0))
    c.ck_extra, c.lat0 = rng.uniform(0.2, 3.0), hc.log_uniform(rng, 0.005, 0.06)
    c.p_amb = rng.uniform(0.0005, 0.003)
    return c


def _latency(rng, c, a):
    lat = c.lat0 * np.exp(rng.normal(0, 0.5, np.shape(a)))
    return lat + c.ck_extra * _inside(np.atleast_1d(a), c.ck0, c.ck1).reshape(np.shape(a))


def _attempts(rng, c, a: float, amb_first: bool, merge: bool, counts: dict):
    """One managed write transaction from ``a``: ``(copies, finish, ok, retried)``, ``copies`` the nodes it stored
    as ``(statement time, commit time)``. No leader (an election, a quorum loss): fails at once (``NotALeader``, a
    routing-table refresh); on the leader in a GC pause: waits, and commits when it ends unless the pause triggered an
    election (then fails); an ambiguous commit stores the node and loses the reply. Retries after 1, 2, 4 ... s
    (jitter 20 %) until ``MAX_RETRY`` s have passed at a failure; a retry of a stored node adds a second one unless the
    write is a MERGE."""
    first, delay, copies, retried, first_try = a, 1.0, [], 0, True
    while True:
        ok, j = False, bisect_right(c.b0, a) - 1
        if j >= 0 and a < c.b1[j]:
            fail = a + 0.05
        else:
            g = bisect_right(c.g0, a) - 1
            if g >= 0 and a < c.g1[g]:
                if c.gtrig[g]:
                    fail = c.g1[g]
                else:
                    stamp, commit, ok = c.g1[g], c.g1[g] + float(_latency(rng, c, c.g1[g])), True
            else:
                lat = float(_latency(rng, c, a))
                nxt = j + 1
                pre = nxt < len(c.b0) and c.b0[nxt] - a <= 1.0 and rng.random() < 0.5
                if (first_try and amb_first) or pre:
                    counts["ambiguous_commits"] += 1
                    if not (merge and copies):  # a MERGE retried after a stored node stores no other
                        copies.append((a, a + lat))
                    fail = a + lat + rng.uniform(0.5, 5.0)
                else:
                    stamp, commit, ok = a, a + lat, True
        if ok:
            if merge and copies:
                counts["kept_once_by_merge"] += 1
            else:
                copies.append((stamp, commit))
            return copies, commit, True, retried
        if fail - first >= MAX_RETRY:
            return copies, fail, False, retried
        a = fail + delay * rng.uniform(0.8, 1.2)
        delay, retried, first_try = delay * 2, retried + 1, False


def _path(rng, run) -> SimpleNamespace:
    """The reporters' nodes written to Neo4j and the monitor's minute reads: which copy of which report each minute
    counts (``cmsg``, ``cpt``), with each report's interval ``(S, F]`` and node share, for :func:`_reads`."""
    n, T = run.n, run.n * STEP
    c = _cluster(rng, T)
    p = SimpleNamespace(cluster=c)
    P = rng.uniform(15, 30, 4)
    node_off = rng.normal(0, rng.uniform(0.3, 3.0), 4)
    unsync = rng.random() < 0.25
    st_t, st_s = _windows(rng, 0.5, 3.0, T, 0.0, 1.0)
    st_s = np.cumsum(rng.normal(0, rng.uniform(0.5, 5.0), len(st_t))) if unsync else np.zeros(0)
    st_t = st_t if unsync else np.zeros(0)
    p.key_server, p.merge, p.carry = rng.random() < 0.5, rng.random() < 0.4, rng.random() < 0.6
    p.P, p.unsync = P, unsync
    counts = {"ambiguous_commits": 0, "kept_once_by_merge": 0, "clock_steps": len(st_t), "crash_lost": 0}
    node, life, F, share = [], [], [], []
    for li, (L0, L1, crashed, nodes) in enumerate(run.lives):
        wts = 1 + rng.normal(0, 0.03, nodes)
        for m in range(nodes):
            k = int((L1 - L0) / P[m]) + 2
            f = L0 + np.cumsum(P[m] + rng.uniform(0, 0.3, k))
            f = f[f < L1]
            if crashed:
                counts["crash_lost"] += 1
            else:
                f = np.r_[f, L1]
            node += [m] * len(f)
            life += [li] * len(f)
            F.append(f)
            share += [wts[m] / wts.sum()] * len(f)
    node, life, F, share = np.array(node), np.array(life), np.concatenate(F), np.array(share)
    order = np.lexsort((F, node))
    node, life, F, share = node[order], life[order], F[order], share[order]
    N = len(F)
    lat = _latency(rng, c, F)
    amb = rng.random(N) < c.p_amb
    nxt = np.searchsorted(np.asarray(c.b0, float), F, side="right")
    pre = (nxt < len(c.b0)) & (np.r_[c.b0, np.inf][nxt] - F <= 1.0)
    dist = _inside(F, c.b0, c.b1) | _inside(F, c.g0, c.g1) | amb | pre
    counts["slow_checkpoint_writes"] = int(_inside(F, c.ck0, c.ck1).sum())
    finish, ok, retried = F + lat, np.ones(N, bool), np.zeros(N, int)
    extra = {}  # message -> its copies, where the loop decided them
    todo = list(np.nonzero(dist)[0])
    i = 0
    while i < len(todo):
        k = int(todo[i])
        i += 1
        same = k > 0 and node[k - 1] == node[k] and life[k - 1] == life[k]  # one process's writer queue
        a = max(F[k], finish[k - 1]) if same else F[k]
        cp, finish[k], ok[k], retried[k] = _attempts(rng, c, a, bool(amb[k]), p.merge, counts)
        extra[k] = cp
        if (k + 1 < N and node[k + 1] == node[k] and life[k + 1] == life[k] and F[k + 1] < finish[k]
                and (i >= len(todo) or todo[i] != k + 1)):
            todo.insert(i, k + 1)
    # each report's interval: from the previous report of its node and life, or (carry) from the last that succeeded
    S = np.empty(N)
    for k in range(N):
        if k == 0 or node[k - 1] != node[k] or life[k - 1] != life[k]:
            S[k] = run.lives[life[k]][0]
        else:
            S[k] = S[k - 1] if (p.carry and not ok[k - 1]) else F[k - 1]
    cm, cs, cc = [], [], []
    for k in range(N):
        for stamp, commit in extra.get(k, [(F[k], F[k] + lat[k])]):
            cm.append(k)
            cs.append(stamp)
            cc.append(commit)
    cm, cs, cc = np.array(cm), np.array(cs), np.array(cc)
    if p.key_server:
        li = np.searchsorted(np.asarray(c.b1, float), cs, side="right")
        key = cs + c.off[c.lead[li]]
    else:
        key = F[cm] + node_off[node[cm]]
        if unsync:
            j = np.searchsorted(st_t, F[cm], side="right") - 1
            key = key + np.where((node[cm] == 0) & (j >= 0), st_s[np.maximum(j, 0)], 0.0)
    pt = np.floor(key / STEP).astype(int)
    vis = _monitor(rng, c, n, p, counts)
    inr = (pt >= 0) & (pt < n)
    seen = inr & (cc <= vis[np.clip(pt, 0, n - 1)])
    per = np.bincount(cm, minlength=N)
    counts.update({"writes_retried": int((retried > 0).sum()), "writes_given_up": int((~ok).sum()),
                   "stored_twice": int((per > 1).sum()), "unseen_by_the_read": int((inr & ~seen).sum()),
                   "other_minute": int((seen & (pt != np.floor(F[cm] / STEP))).sum()), "reports": N})
    counts.update(c.counts)
    p.counts = counts
    p.F, p.S, p.share, p.node, p.ok = F, S, share, node, ok
    p.cmsg, p.cpt, p.copies = cm[seen], pt[seen], per
    return p


def _monitor(rng, c, n: int, p, counts: dict) -> np.ndarray:
    """The latest commit time each minute's read sees: the query runs ``d`` s after the minute's end on the monitor's
    clock, waits out a GC pause of the member it reads (or, reading the leader, an election) and, on a follower or a
    secondary, sees what that member has applied (its lag, long in catch-up episodes)."""
    T = n * STEP
    d, mon_off = rng.uniform(2, 30), rng.normal(0, rng.uniform(0.2, 2.0))
    q = (np.arange(n) + 1) * STEP + d - mon_off
    p.leader_reads = rng.random() < 0.3
    R = 1 if p.leader_reads else int(rng.integers(2, 5))
    r_of = rng.integers(R, size=n)
    lag = np.zeros(n)
    delayed, episodes = 0, 0
    if p.leader_reads:
        for w0, w1 in ((c.g0, c.g1), (c.b0, c.b1)):
            w0, w1 = np.asarray(w0, float), np.asarray(w1, float)
            j = np.searchsorted(w0, q, side="right") - 1
            hit = (j >= 0) & (q < w1[np.maximum(j, 0)]) if len(w0) else np.zeros(n, bool)
            q = np.where(hit, w1[np.maximum(j, 0)] if len(w0) else q, q)
            delayed += int(hit.sum())
    else:
        base = rng.uniform(0.02, 0.5, R)
        lag = base[r_of]
        for r in range(R):
            g0, gd = _windows(rng, 0.5, 6.0, T, 1.0, 30.0, log=True)
            e0, ed = _windows(rng, 0.5, 4.0, T, 60.0, 1200.0)
            el = np.exp(rng.uniform(np.log(3), np.log(90), len(e0)))
            episodes += len(e0)
            mine = r_of == r
            for a, b in zip(g0, g0 + gd):
                hit = mine & (q >= a) & (q < b)
                q = np.where(hit, b, q)
                delayed += int(hit.sum())
            for a, b, x in zip(e0, e0 + ed, el):
                lag = np.where(mine & (q >= a) & (q < b), np.maximum(lag, base[r] + x), lag)
    counts["reads_after_gc"], counts["reader_lag_episodes"] = delayed, episodes
    return q - lag


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's points (images/s per minute) for per-tick images ``J``: linear in ``J``."""
    p, nt = run.path, run.nt
    cc = np.concatenate([[0.0], np.cumsum(J)])

    def cum(t):
        x = np.clip(t / TICK, 0, nt)
        i = np.minimum(x.astype(int), nt - 1)
        return cc[i] + (x - i) * J[i]

    img = p.share * (cum(p.F) - cum(p.S))
    return np.bincount(p.cpt, weights=img[p.cmsg], minlength=run.n)[:run.n] / STEP


def _spans(run, healthy: np.ndarray) -> list[tuple[int, int]]:
    """Paused points: a minute or a neighbour touching a pause (10 s before it to 45 s after it, for the reports'
    intervals, clocks and retries), and minutes that read nothing."""
    n = run.n
    mask = healthy <= 0
    for a, b, _ in run.pauses_t:
        s, e = max(0, int((a - 10) // STEP) - 1), min(n, int(np.ceil((b + 45) / STEP)) + 1)
        if s < n:
            mask[s:e] = True
    edges = np.flatnonzero(np.diff(np.r_[0, mask.astype(int), 0]))
    return [(int(s), int(e)) for s, e in zip(edges[0::2], edges[1::2])]


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting (no regressions)."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.J = _rates(rng, run)
    run.path = _path(rng, run)
    healthy = _reads(run, run.J)
    spans = _spans(run, healthy)
    live = hc.live_mask(spans, n)
    run.path.counts["unread_minutes"] = int((healthy <= 0).sum())
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's images lost (per 5-s tick, 0 .. 1, times its magnitude ``a``)."""
    s = np.arange(length)
    if kind == "leak":
        return np.minimum(1.0, (s / ramp) ** rng.uniform(0.6, 1.8))
    if kind == "straggler":
        w, i, bad = np.empty(length), 0, True
        calm, mb, mg = rng.uniform(0.05, 0.25), rng.uniform(40, 240), rng.uniform(120, 480)
        while i < length:
            k = 1 + int(rng.exponential(mb if bad else mg))
            w[i:i + k] = 1.0 if bad else calm
            i, bad = i + k, not bad
        return w
    return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (0, loss))`` or None after 80 draws."""
    n = run.n
    ts = STEP * np.arange(n)
    pt = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = min(n - 1, max(lo + 1, hi - 150 - int(1.1 * ramp)))
        t0 = hc.onset_time(rng, pt, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), run.nt if to_end else min(run.nt, stop * K)
        if i1 - i0 < 10:
            continue
        lost = np.zeros(run.nt)
        lost[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K) * run.J[i0:i1]
        r = _reads(run, lost)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0, c1 = (onset + int(0.9 * ramp) if kind == "leak" else onset), (n if to_end else stop)
        ok = live[c0:c1]
        hs, rs = healthy[c0:c1][ok].sum(), r[c0:c1][ok].sum()
        if hs <= 0 or rs <= 0 or target * hs / rs > 1:
            continue
        m = target * hs / rs * r
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        first, end = span
        if any(first <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else first
        if kind == "leak" and not first < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, first, ramp_end, end, n, (ramp_end - first) // 3)
        if depth is not None:
            return Event(kind, first, ramp_end, end, round(depth, 4)), (0, m)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1.0)


def make_heldout185(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout185_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT185_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout185, seeds, n, pauses)
