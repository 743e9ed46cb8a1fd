"""The hundred-and-seventy-ninth held-out throughput family: a sewer-pipe defect classifier's training frames/s (a
CNN or video transformer, Sewer-ML-style multi-label, on frames of crawler-camera CCTV inspection videos), read
through Azure Table Storage: each node's reporter upserts an entity of its frames every 15-30 s, summed per minute.

(No generator's head names Azure Table Storage, a table entity, an upsert, a PartitionKey, an ETag, a continuation
token, a sewer, CCTV, a crawler or an overlay (``grep -ic``, which counts lines, on ``/tmp/s64/heads179.txt``, the
first 3 lines of every generator: 0 each); "azure" matches 4 lines of 3 heads (Event Hubs, Stream Analytics and Cosmos
DB; Application Insights; rows "queued to Azure Data" where a head's third line ends: Azure is not new, its Table
service, its server-set ``Timestamp`` and its geo-replicated secondary are), "defect" 4 lines of 3 heads (a railway
track-defect detector, 149, and a wafer-map and a photovoltaic-module defect classifier: defect classification is not
new, sewer CCTV inspection is), "inspection" 3, "municipal" 1 (dashcams of municipal vehicles), "pipe" 1 (Snowpipe),
"multi-label" 1, "frames/s" 9 (common words). Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550 (its
``make_heldout150`` and ``heldout150_set``, after a ``grep -n`` for their ``def`` lines, run with a ``wc -l``:
550 lines), ``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all),
``tests/trace_checks.py`` (all), ``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, the
first 3 lines of every generator (``for f in anomaly/heldout*.py; do ...; head -3 "$f"; done``, saved to
``/tmp/s64/heads179.txt``, then read whole and through ``grep -ic`` and ``grep -io`` with 50 characters before and
30 after "pipe", "municipal", "multi-label", "timestamp", "retry", "503" and "geo-"). Slips: the ``wc -l`` of
``anomaly/heldout150.py`` (its length, not its text); none else. The tests import ``HELDOUT150_SEEDS`` (to keep the
seeds apart), not its code.

Public sources read (excerpts through the search tool): Azure Storage's "Scalability and performance targets for Table
storage" (learn.microsoft.com/azure/storage/tables/scalability-targets and its docs.azure.cn copy: 2,000 entities/s
per partition and 20,000 transactions/s per account for 1 KiB entities; an entity group transaction at most 100
entities, under 4 MiB, one operation per entity; past a partition's limit the service answers "503 (Server Busy) or
500 (Operation Timeout)", to be met with exponential back-off); the REST page "Query Timeout and Pagination"
(learn.microsoft.com/rest/api/storageservices/Query-Timeout-and-Pagination: at most 1,000 entities or 5 s per
response, a continuation token also where a query crosses a partition boundary, a page may hold no entity and still a
token, 30 s in all for a request; an insert, update or delete that the client saw fail "may have succeeded on the
server" where the client's timeout is under 30 s); ``ITableEntity.Timestamp`` (learn.microsoft.com/dotnet/api/
azure.data.tables.itableentity.timestamp: set by the server at each modification, monotonically increasing, a value
sent by the client ignored); "Check the Last Sync Time property" and "Get Table Service Stats" (geo-replication to the
secondary is asynchronous; ``LastSyncTime``: writes before it are readable at the secondary, later ones may not be);
the Python SDK's sources on GitHub (Azure/azure-sdk-for-python ``sdk/tables/azure-data-tables/azure/data/
tables/_policies.py``: ``TablesRetryPolicy``, ``retry_total`` 10, ``retry_status`` 3, ``retry_read`` 3,
``retry_backoff_factor`` 0.8 in exponential mode, "sleep for backoff factor * 2 ** (retries - 1)" after a first retry
without delay, ``retry_to_secondary`` False by default and, when set, alternating primary and secondary; and
``sdk/core/azure-core/azure/core/pipeline/policies/_retry.py``: retried statuses 408, 429, 500, 502, 503, 504, POST
and PATCH retried on 500, 503 and 504 in the version read); the Sewer-ML paper's abstract (arXiv 2103.10895: 1.3
million images from three utilities' inspections over nine years, multi-label; ar5iv.labs.arxiv.org/html/2103.10895)
and a Sewer-AI paper's abstract (scitepress.org, 2023: real sewer inspection videos, 25 defect categories). Not read
(from memory, unchecked): whether Table Storage's Timestamp can go back after a partition move, the secondary's usual
lag (assumed seconds, with episodes of minutes), how long a busy partition server holds a request before it answers,
and anything about the job's speed (no benchmark of a sewer classifier, a CCTV decoder or the crawler cameras' codecs
was looked up): its figures are assumed.

Assumed without checking (the job): 1-4 nodes (25/35/25/15 %) of 4 or 8 GPUs, each GPU 120-900 frames/s
(log-uniform; 0.88-0.97 per doubling of the GPUs); the CPU workers (decoding, masking the on-screen text overlays,
resizing, augmentation) feed 1.05-2.2 times that per node; a step waits for the slower side (a soft maximum). The
videos are read one contractor's archive at a time: an archive lasts 4-30 min of wall time (log-uniform), its codec
and resolution set the rate (a factor, sd 4-12 %), a fifth are old interlaced archives 8-20 % slower, and opening
one costs 5-30 s at 30-70 %; data-loader stalls on a huge or corrupt video 0.3-2 an hour, 10-60 s at 40-80 %; per
5-s tick an AR(1) of the log (sd 2-5 %, correlation 10-60 s) and a slow OU (sd 1-3 %, 30-150 min). Relaunches: 0-3
at 15-85 % of the run, an hour apart, each a higher input resolution (at most twice, 1.3-1.8 times dearer on the
GPUs), the switch to the video transformer (once, 1.5-2.5), heavier augmentation of the rare defect classes'
oversampled frames (at most twice, 1.2-1.6 on the CPUs) or, 1 in 5, another node count; redrawn until the level
moves 15 % (1/3 to 3 times). Pauses: start-up 4-12 min ("long" 25-55: the video index, decoders) and a ramp from
35-70 % over 2-5 min; an evaluation per inspection video every 40-120 min, 3-8 min ("long" 12-30), every 2nd-4th
followed by a checkpoint (20-90 s, "long" 2-5 min); crashes (a decoder's segfault on a corrupt video; exponential,
mean 10-40 h): down 1-5 min ("long" 6-20), then a start-up of 2-6 ("long" 8-20) and a ramp; a relaunch: a graceful
stop of 1-3 min ("long" 5-12), queued 1-5 min, then a start-up and its ramp. Found after the measure and kept (not a
change of the laws): a crash drawn inside an evaluation's or a checkpoint's pause starts there, and the two pauses
overlap (2 times in the "short" set, 12 in the "long"; nothing trains in either, and their points are one span).

On the path (not checked beyond the pages above): each node's reporter thread writes, from its process's start, an
entity every ``P`` s plus 0.02-0.3 s of its own work (``P`` 15, 20 or 30 in 85 % of runs, else 15-30), holding the
frames since its last consumed entity; it is a fresh RowKey (node and sequence number) each time, so insert-or-replace
and insert-or-merge write the same thing and no ETag is checked (an upsert sends none). Two monitors: in 45 % of runs
the PartitionKey is the job and the minute of the node's clock at the entity's making, and the monitor reads minute
``m``'s partition once, ``qlag`` (5-45 s) after the minute's end: an entity committed later is never read; in the
others the PartitionKey is the node and the monitor filters on the server's ``Timestamp`` over the minute (following
continuation tokens, one partition after another), at the same lag. The upsert's tries: in busy episodes (1-6 a day,
10 s-8 min: the account's other tenants, a partition moved between servers) a try is answered 503 with probability
0.3-0.9 (else 0.05 %) and a third of its tries are held 1-40 s; 500 Operation Timed Out at 0.1-0.4 % of tries (five
times that when busy), the write landing anyway in 60 % of them; the reporter's client gives a try up after 5-20 s,
and a held try lands if it was under 30 s. The SDK tries 4 times (waits 0, 1.6 and 3.2 s, +-20 %); after a fourth
failure the reporter keeps the frames for its next entity (65 % of runs; frames that had landed are then read twice)
or drops them. Each landed try sets the entity's ``Timestamp``: a later landing moves it, and an entity read in one
minute whose Timestamp moves into the next is read again. A node's clock is off by sd 0.02-0.3 s, and in 25 % of runs
one node's drifts 1-5 s an hour and is stepped back every 1-6 h. The monitor reads the primary (60 %), fails over to
the secondary when the primary fails a query (25 %, ``retry_to_secondary``), or always reads the secondary (15 %); the
secondary lags 1-15 s (+0-2 s), more (1-15 min) in episodes 0.3-2 a day of 2-15 min; in busy episodes a query on the
primary fails with probability 0.2-0.7: the "Timestamp" monitor then keeps the partitions read before it stopped in
half the runs (partial pages), and otherwise, like the "minute" monitor, reads nothing that minute. A crash loses the
interval under way and the frames kept for a retry; a graceful stop writes them. A point is the frames read for a
minute divided by 60 (0: none read). The reads are linear in the frames; the entities' fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's frames lost, carried through the same entities and reads): ``drop`` (a decoder worker
pool shrunk, workers killed on huge videos and not respawned: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks),
``straggler`` (the frames' blob reads throttled in bursts: 1 for a mean of 30-240 ticks, calm for a mean of 120-600
at 0.05-0.25), ``leak`` (the video decoders' memory growing until the workers swap: ``w = (s / ramp) ** p``, ``p``
0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's
plateau), ``a`` set from the reads of the lost frames (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout179_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      9     12         10    0.095-0.320  22              1-19 (997, 0 >60)
long      33      10    13         10    0.082-0.306  19              1-68 (804, 1 >60)

Planned changes listed: short 17, long 16 (of 17 and 16 relaunches; none kept its stage); crashes 40 and 55. The path
over each set (counts): short: tries answered 503 3820, 500 Operation Timed Out 1262, client timeouts 186, SDK
retries 4675, tries that landed though the client saw an error 892, their frames sent again 25, entities carried 159,
dropped 434, entities read in two minutes 5, entities whose Timestamp a later try moved into another minute 1,
entities written after their minute was read 82, failed queries 65, partial pages 0, minutes read at the secondary
24,037, entities its lag hid 4,658, clock steps 81, intervals lost in a crash 111, unread minutes (outside pauses)
348; long: 3518, 1378, 179, 4609, 970, 30, 218, 248, 0, 2, 416, 76, 13, 6066, 374, 217, 142, 171. The reads' sum over
the live points against the job's frames: 0.997-1.000 per seed (long), 0.867-1.000 (short: one run reads a secondary
whose lag outruns its query's, and loses each minute's last seconds); the live points' minute-to-minute change
(median ``|d log|`` per seed) 1.6-20 % (short), 1.8-4.5 % (long: the 20 % is a lone node whose 29.7-s entities fall
2 or 3 to a minute), its 99th percentile 38-69 % (short), 35-51 % (long); the live median level 659-4,280 frames/s
(short), 1,080-10,953 (long). First measure: the first 4 seeds of both settings at 3,000 points, then both sets at
3,000 points. Changes of the laws after it: one, made as one edit of three parts: a third of a busy episode's tries
held 1-40 s against a client timeout of 5-20 s (the tries whose outcome is unknown were only 500s; Timestamps moved
by a later try were 1 in a set), the reporter's own work 0.02-0.3 s a cycle (was 0.05-0.5: its drift across minute
ends was more than I meant) and round periods in 85 % of runs (was 80 %); with it a count fixed (unread minutes had
counted the pauses' minutes). The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: at most 45
points "short", 90 "long").

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from anomaly import heldout_common as hc
from anomaly.traces import Event, Trace

CODE = 179
HELDOUT179_SEEDS = tuple(range(1792000, 1792012))
TICK = 5.0  # s: the job's frames are simulated per tick
STEP = 60.0  # s: one point is one minute of the monitor
K = int(STEP / TICK)
EPOCH = 1767225600.0  # 2026-01-01T00:00Z, a whole minute
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (1, 45), "long": (1, 90)}
PATH_KEYS = ("busy_503", "timeout_500", "client_timeouts", "sdk_retries", "written_unknown", "resent_after_unknown",
             "carried", "dropped", "read_twice",
             "moved_by_update", "late_missed", "query_failed", "partial_pages", "secondary_reads", "stale_missed",
             "clock_steps", "lost_in_crash", "unread_minutes")
DAY = 86400.0


def _lu(rng, lo, hi):
    return hc.log_uniform(rng, lo, hi)


# ---------------------------------------------------------------------------------------------------------- the job

def _level(cfg: dict, st: dict) -> float:
    """Frames/s of the job at stage ``st``: the GPUs' rate (resolution and model cost) against the CPU workers'
    (decode, overlay masking, resize and augmentation), a step waiting for the slower side (a soft maximum)."""
    g = st["nodes"] * cfg["gpn"]
    gpu = g * cfg["gpu"] * cfg["eff"] ** np.log2(g) / (cfg["res_c"] ** st["res"] * cfg["vt_c"] ** st["vt"])
    cpu = st["nodes"] * cfg["cpu"] / cfg["aug_c"] ** st["aug"]
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's new stage: a higher input resolution (at most twice), the switch to the video transformer
    (once), heavier augmentation (at most twice) or, 1 in 5, another node count; redrawn until the level moves
    15 % (1/3 to 3 times)."""
    for _ in range(200):
        new = dict(st)
        u = rng.random()
        if u < 0.2:
            new["nodes"] = int(rng.choice([k for k in (1, 2, 3, 4) if k != st["nodes"]]))
        elif u < 0.5 and st["res"] < 2:
            new["res"] += 1
        elif u < 0.7 and st["vt"] < 1:
            new["vt"] = 1
        elif st["aug"] < 2:
            new["aug"] += 1
        else:
            continue
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return st


@dataclass
class Run:
    n: int
    nt: int
    J: np.ndarray  # frames trained per 5-s tick (all nodes)
    pauses_t: list  # (start, end, kind) in s
    ramps: list  # (start, end) in s
    lives: list  # (start, end, crashed) of each process
    known_t: list  # resume times of the relaunches that changed the stage
    counts: dict
    cfg: dict
    nodes: np.ndarray = None  # node count per life
    path: object = None
    dt: float = STEP


_PAUSE = {  # (lo, hi) in minutes per setting: start-up, eval, checkpoint, crash down, restart start-up, relaunch stop
    "startup": ((4, 12), (25, 55)), "eval": ((3, 8), (12, 30)), "ckpt": ((0.3, 1.5), (2, 5)),
    "down": ((1, 5), (6, 20)), "restart": ((2, 6), (8, 20)), "stop": ((1, 3), (5, 12))}


def _pl(rng, name: str, setting: str) -> float:
    lo, hi = _PAUSE[name][hc.SETTINGS[setting]]
    return 60.0 * rng.uniform(lo, hi)


def _schedule(rng, n: int, setting: str) -> Run:
    T = n * STEP + 600.0
    cfg = {"gpn": int(rng.choice([4, 8])), "gpu": _lu(rng, 120, 900), "eff": rng.uniform(0.88, 0.97),
           "res_c": rng.uniform(1.3, 1.8), "vt_c": rng.uniform(1.5, 2.5), "aug_c": rng.uniform(1.2, 1.6)}
    nodes0 = int(rng.choice([1, 2, 3, 4], p=[0.25, 0.35, 0.25, 0.15]))
    cfg["cpu"] = cfg["gpn"] * cfg["gpu"] * rng.uniform(1.05, 2.2)
    st = {"nodes": nodes0, "res": 0, "vt": 0, "aug": 0}
    n_rel = int(rng.choice([0, 1, 2, 3], p=[0.2, 0.35, 0.3, 0.15]))
    rel = sorted(rng.uniform(0.15, 0.85, n_rel) * n * STEP)
    rel = [r for i, r in enumerate(rel) if i == 0 or r - rel[i - 1] > 3600]
    crash_mean = 3600 * rng.uniform(10, 40)
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0, "ckpts": 0}
    pauses, ramps, lives, known, stages, life_nodes = [], [], [], [], [(0.0, dict(st))], []
    ck_every = int(rng.integers(2, 5))
    eval_lo, eval_hi = 60 * rng.uniform(40, 60), 60 * rng.uniform(80, 120)
    su = _pl(rng, "startup", setting)
    pauses.append((0.0, su, "startup"))
    t, life0 = su, 0.0

    def ramp(t0):
        ramps.append((t0, t0 + 60 * rng.uniform(2, 5), rng.uniform(0.35, 0.7)))

    ramp(t)
    next_eval = t + rng.uniform(eval_lo, eval_hi)
    next_crash = t + rng.exponential(crash_mean)
    ri = 0
    while t < T:
        nr = rel[ri] if ri < len(rel) else np.inf
        if nr < t + 600:
            nr = rel[ri] = t + rng.uniform(600, 1200)
        e = min(next_eval, next_crash, nr)
        if e >= T:
            break
        t = e
        if e == next_eval:
            counts["evals"] += 1
            ck = counts["evals"] % ck_every == 0
            d = _pl(rng, "eval", setting) + (_pl(rng, "ckpt", setting) if ck else 0.0)
            counts["ckpts"] += ck
            pauses.append((t, t + d, "ckpt" if ck else "eval"))
            t += d
            next_eval = t + rng.uniform(eval_lo, eval_hi)
        elif e == next_crash:  # a decoder worker's segfault on a corrupt video takes the job down
            counts["crashes"] += 1
            lives.append((life0, t, True))
            life_nodes.append(st["nodes"])
            d = _pl(rng, "down", setting)
            s = _pl(rng, "restart", setting)
            pauses.append((t, t + d + s, "crash"))
            life0 = t + d
            t += d + s
            ramp(t)
            next_crash = t + rng.exponential(crash_mean)
            next_eval = t + rng.uniform(eval_lo, eval_hi)
        else:  # a planned relaunch onto a new stage: graceful stop, queued, started again
            counts["relaunches"] += 1
            ri += 1
            lives.append((life0, t, False))
            life_nodes.append(st["nodes"])
            d = _pl(rng, "stop", setting) + 60 * rng.uniform(1, 5)
            s = _pl(rng, "restart", setting)
            pauses.append((t, t + d + s, "relaunch"))
            life0 = t + d
            t += d + s
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            if new == st:
                counts["kept_stage"] += 1
            else:
                known.append(t)
            st = new
            stages.append((t, dict(st)))
            ramp(t)
            next_eval = t + rng.uniform(eval_lo, eval_hi)
    lives.append((life0, np.inf, False))
    life_nodes.append(st["nodes"])
    nt = int(T / TICK) + 1
    J = _frames(rng, nt, cfg, stages, pauses, ramps)
    run = Run(n=n, nt=nt, J=J, pauses_t=pauses, ramps=[(a, b) for a, b, _ in ramps], lives=lives, known_t=known,
              counts=counts, cfg=cfg)
    run.nodes = np.array(life_nodes)
    return run


def _frames(rng, nt: int, cfg: dict, stages, pauses, ramps) -> np.ndarray:
    """Frames trained per tick: the stage's level, the contractor archive being read (its codec and resolution),
    an archive's opening, data-loader stalls on huge or corrupt videos, an AR(1) and a slow OU noise, the ramps
    after a start, and no frame inside a pause."""
    tt = np.arange(nt) * TICK
    starts = np.array([s[0] for s in stages])
    lv = np.array([_level(cfg, s[1]) for s in stages])[np.searchsorted(starts, tt, side="right") - 1]
    f = np.ones(nt)
    sd_arch = rng.uniform(0.04, 0.12)
    t = 0.0
    while t < nt * TICK:  # contractor archives, read one at a time
        d = _lu(rng, 240, 1800)
        a, b = int(t / TICK), int((t + d) / TICK)
        fac = np.exp(rng.normal(0, sd_arch)) * (rng.uniform(0.8, 0.92) if rng.random() < 0.2 else 1.0)
        f[a:b] *= fac
        o = int(rng.uniform(5, 30) / TICK) + 1
        f[a:a + o] *= rng.uniform(0.3, 0.7)
        t += d
    n_st = rng.poisson(rng.uniform(0.3, 2.0) * nt * TICK / 3600)
    for s in rng.uniform(0, nt * TICK, n_st):  # loader stalls: a worker stuck on one video
        a = int(s / TICK)
        f[a:a + int(rng.uniform(10, 60) / TICK) + 1] *= rng.uniform(0.4, 0.8)
    sd, tau = rng.uniform(0.02, 0.05), rng.uniform(10, 60)
    al = np.exp(-TICK / tau)
    e = rng.normal(0, sd * np.sqrt(1 - al * al), nt)
    x = np.empty(nt)
    x[0] = rng.normal(0, sd)
    for i in range(1, nt):
        x[i] = al * x[i - 1] + e[i]
    ou = hc.ou_path(rng, nt * TICK, rng.uniform(0.01, 0.03), 60 * rng.uniform(30, 150))
    f *= np.exp(x + np.interp(tt, np.arange(len(ou)) * 60.0, ou))
    for a, b, r0 in ramps:
        m = (tt >= a) & (tt < b)
        f[m] *= r0 + (1 - r0) * (tt[m] - a) / (b - a)
    J = lv * f * TICK
    for a, b, _ in pauses:  # the share of each tick that trains
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        if i0 >= nt:
            break
        ov = np.minimum(b, tt[i0:i1] + TICK) - np.maximum(a, tt[i0:i1])
        J[i0:i1] *= 1 - np.clip(ov / TICK, 0, 1)
        J[i0 + 1:max(i0 + 1, int(b // TICK))] = 0.0
    return np.maximum(J, 0.0)


# ---------------------------------------------------------------------------------------------------------- the path

@dataclass
class Path:
    mode: str  # "minute": PartitionKey job + the node's clock minute; "timestamp": PartitionKey node, read by Timestamp
    carry: bool  # a failed upsert's frames go into the next entity (else they are dropped)
    read_loc: str  # "primary", "failover" (retry_to_secondary) or "secondary"
    keep_partial: bool
    P: float
    qlag: float
    client_to: float  # s: the reporter's timeout for one try
    cs: np.ndarray = None  # each read copy: its content's start and end (s of true time), minute and node share
    ce: np.ndarray = None
    minute: np.ndarray = None
    share: np.ndarray = None
    copies: np.ndarray = None  # per entity: how many minutes read it
    counts: dict = field(default_factory=dict)


def _episodes(rng, T: float, per_day: float, lo: float, hi: float) -> np.ndarray:
    k = rng.poisson(per_day * T / DAY)
    s = np.sort(rng.uniform(0, T, k))
    return np.column_stack([s, s + np.array([_lu(rng, lo, hi) for _ in range(k)])]) if k else np.zeros((0, 2))


def _inside(x, win: np.ndarray) -> np.ndarray:
    """Which times ``x`` lie in one of the windows ``[a, b)`` (sorted by start, not overlapping much)."""
    x = np.asarray(x, float)
    if len(win) == 0:
        return np.zeros(x.shape, bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    ok = i >= 0
    return ok & (x < np.where(ok, win[np.maximum(i, 0), 1], -np.inf))


def _which(x, win: np.ndarray) -> np.ndarray:
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return np.where((i >= 0) & _inside(x, win), i, -1) if len(win) else np.full(np.shape(x), -1)


def _clock(rng, T: float, drifts: bool):
    """A node's clock offset (s) as a function of true time: small, or a drifting clock stepped back now and
    then (an hourly ``ntpdate``-style correction). Returns ``(offset(t), steps)``."""
    base = rng.normal(0, rng.uniform(0.02, 0.3))
    if not drifts:
        return (lambda t: np.full(np.shape(t), base)), 0
    rate = rng.choice([-1, 1]) * rng.uniform(1, 5) / 3600
    every = 3600 * rng.uniform(1, 6)
    steps = np.arange(rng.uniform(0, every), T, every)

    def off(t):
        last = np.concatenate([[0.0], steps])[np.searchsorted(steps, t, side="right")]
        return base + rate * (np.asarray(t) - last)

    return off, len(steps)


def _path(rng, run: Run) -> Path:
    n = run.n
    T = n * STEP + 300.0
    P = float(rng.choice([15.0, 20.0, 30.0])) if rng.random() < 0.85 else rng.uniform(15, 30)
    p = Path(mode="minute" if rng.random() < 0.45 else "timestamp", carry=rng.random() < 0.65,
             read_loc=str(rng.choice(["primary", "failover", "secondary"], p=[0.6, 0.25, 0.15])),
             keep_partial=rng.random() < 0.5, P=P, qlag=rng.uniform(5, 45), client_to=rng.uniform(5, 20))
    busy = _episodes(rng, T, rng.uniform(1, 6), 10, 480)
    p_w = np.append(rng.uniform(0.3, 0.9, len(busy)), 0.0)  # a last 0 so that an empty list can be indexed
    p_q = np.append(rng.uniform(0.2, 0.7, len(busy)), 0.0)
    p500 = rng.uniform(0.001, 0.004)
    lag_ep = _episodes(rng, T, rng.uniform(0.3, 2), 120, 900)
    lag_x = np.array([_lu(rng, 60, 900) for _ in range(len(lag_ep))] + [0.0])
    lag0 = rng.uniform(1, 15)
    drift_node = int(rng.integers(4)) if rng.random() < 0.25 else -1
    clocks = [_clock(rng, T, k == drift_node) for k in range(4)]
    c = dict.fromkeys(PATH_KEYS, 0)
    c["clock_steps"] = sum(s for _, s in clocks)

    def lag(t):
        i = _which(t, lag_ep)
        return lag0 + rng.uniform(0, 2, np.shape(t)) + np.where(i >= 0, lag_x[np.maximum(i, 0)], 0.0)

    # the monitor's query of minute m: when it runs, whether the primary failed it, where it read and how stale
    mins = np.arange(n)
    q = (mins + 1) * STEP + p.qlag + rng.uniform(0, 1.5, n)
    qi = _which(q, busy)
    failed = (qi >= 0) & (rng.random(n) < np.where(qi >= 0, p_q[np.maximum(qi, 0)], 0.0))
    L = np.zeros(n)
    cut = np.full(n, 4)  # the partitions (nodes, in key order) a query read before it stopped
    if p.read_loc == "secondary":
        L[:] = lag(q)
        failed[:] = False
    elif p.read_loc == "failover":
        L[failed] = lag(q[failed])
        failed[:] = False
    elif p.mode == "timestamp" and p.keep_partial:
        cut[failed] = rng.integers(0, 4, failed.sum())
        c["partial_pages"] = int((failed & (cut > 0)).sum())
        failed[:] = False
    else:
        cut[failed] = 0
    c["query_failed"] = int((cut < 4).sum())
    c["secondary_reads"] = int((L > 0).sum())
    out = [[], [], [], []]
    copies = []
    for (a, b, crashed), N in zip(run.lives, run.nodes):
        if a >= T:
            break
        end = min(b, T)
        for k in range(int(N)):
            m = int((end - a) / P) + 3
            t = a + rng.uniform(0, P) + np.cumsum(np.full(m, P) + rng.uniform(0.02, 0.3, m)) - P
            t = t[t < end]
            if not crashed and b < T:
                t = np.append(t, b + 0.05)  # a graceful stop writes the frames under way
            if len(t) == 0:
                continue
            W = len(t)
            bi = _which(t, busy)  # an episode's state at the upsert's first try holds for its retries
            pb = np.where(bi >= 0, p_w[np.maximum(bi, 0)], 0.0005)[:, None]
            p5 = np.where(bi >= 0, 5 * p500, p500)[:, None]
            lat = rng.uniform(0.02, 0.2, (W, 4))
            slow = (bi >= 0)[:, None] & (rng.random((W, 4)) < 0.3)  # queued at a busy partition server
            lat = np.where(slow, np.exp(rng.uniform(0, np.log(40), (W, 4))), lat)
            u = rng.random((W, 4))
            s503 = u < pb
            s500 = ~s503 & (u < pb + p5)
            tout = ~s503 & ~s500 & (lat > p.client_to)  # the client gives up; the server may still write it
            w500 = s500 & (rng.random((W, 4)) < 0.6)  # "Operation Timed Out": the write may still have landed
            ok = ~s503 & ~s500 & ~tout
            dur = np.where(s503 | s500, lat, np.minimum(lat, p.client_to))
            back = np.column_stack([np.zeros(W), np.zeros(W), 1.6 * rng.uniform(0.8, 1.2, W),
                                    3.2 * rng.uniform(0.8, 1.2, W)])
            ta = np.empty((W, 4))
            ta[:, 0] = t
            for j in range(1, 4):
                ta[:, j] = ta[:, j - 1] + dur[:, j - 1] + back[:, j]
            first = np.where(ok.any(1), ok.argmax(1), 4)
            made = np.arange(4)[None, :] <= first[:, None]
            commit = made & (ok | w500 | (tout & (lat < 30)))
            ct = np.where(commit, ta + lat, np.nan)
            client_ok = first < 4
            consumed = client_ok | ~p.carry
            c["busy_503"] += int((s503 & made).sum())
            c["timeout_500"] += int((s500 & made).sum())
            c["sdk_retries"] += int(made.sum() - W)
            c["written_unknown"] += int(((w500 | (tout & (lat < 30))) & made).sum())
            c["client_timeouts"] += int((tout & made).sum())
            c["resent_after_unknown"] += int((~client_ok & p.carry & commit.any(1)).sum())
            c["carried"] += int((~client_ok & p.carry).sum())
            c["dropped"] += int((~client_ok & ~p.carry).sum())
            idx = np.where(consumed, np.arange(W), -1)
            prev = np.maximum.accumulate(np.concatenate([[-1], idx[:-1]]))
            cs = np.where(prev >= 0, t[np.maximum(prev, 0)], a)
            if crashed:
                c["lost_in_crash"] += 1
            mins_read = _entity_reads(p, t, ct, q, L, failed, cut, k, clocks[k][0], c)
            for j in range(mins_read.shape[1]):
                r = mins_read[:, j]
                sel = (r >= 0) & (r < n)
                out[0].append(cs[sel])
                out[1].append(t[sel])
                out[2].append(r[sel])
                out[3].append(np.full(sel.sum(), 1.0 / N))
            copies.append(((mins_read >= 0) & (mins_read < n)).sum(1))
    p.cs, p.ce, p.minute, p.share = (np.concatenate(x) for x in out)
    p.minute = p.minute.astype(int)
    p.copies = np.concatenate(copies)
    cc = (p.copies >= 2).sum()
    c["read_twice"] += int(cc)
    p.counts = c
    return p


def _entity_reads(p: Path, t, ct, q, L, failed, cut, k: int, clock, c: dict) -> np.ndarray:
    """The minutes (-1: none) in which the monitor reads each entity: one column per commit of the entity."""
    n = len(q)
    W = len(t)
    has = ~np.isnan(ct)
    out = np.full((W, 4), -1)
    if p.mode == "minute":  # one key per entity, made at its creation from the node's clock; read once, if there
        key = np.floor((t + clock(t)) / STEP).astype(int)
        kk = np.clip(key, 0, n - 1)
        c1 = np.where(has.any(1), np.nanmin(np.where(has, ct, np.inf), 1), np.inf)
        seen = has.any(1) & ~failed[kk] & (cut[kk] > k) & (c1 <= q[kk] - L[kk])
        out[:, 0] = np.where(seen, key, -1)
        late = has.any(1) & ~seen & ~failed[kk] & (cut[kk] > k) & (key >= 0) & (key < n)
        stale = late & (c1 <= q[kk])
        c["stale_missed"] += int(stale.sum())
        c["late_missed"] += int((late & ~stale).sum())
        return out
    # PartitionKey the node; the monitor reads minute m by the Timestamp the server set at the entity's last write
    mu = np.where(has, np.floor(np.nan_to_num(ct, nan=-1e9) / STEP), -1).astype(int)
    muc = np.clip(mu, 0, n - 1)
    any_read = np.zeros(W, bool)
    lost = np.zeros(W, bool)
    for j in range(4):
        last_of_mu = has[:, j] & ~((mu[:, j + 1:] == mu[:, j:j + 1]) & has[:, j + 1:]).any(1)
        qv = q[muc[:, j]] - L[muc[:, j]]
        vis = np.where(has & (ct <= qv[:, None]), ct, -np.inf).max(1)  # the state the query sees
        vis_mu = np.floor(vis / STEP)
        ok = last_of_mu & (vis_mu == mu[:, j]) & ~failed[muc[:, j]] & (cut[muc[:, j]] > k)
        out[:, j] = np.where(ok, mu[:, j], -1)
        any_read |= ok
        lost |= last_of_mu & ~ok & np.isneginf(vis) & (L[muc[:, j]] > 0) & ~failed[muc[:, j]]
    c1 = np.nanmin(np.where(has, ct, np.inf), 1)
    moved = any_read & ~(out == np.floor(c1 / STEP)[:, None]).any(1)
    c["moved_by_update"] += int(moved.sum())
    c["stale_missed"] += int((has.any(1) & ~any_read & lost).sum())
    c["late_missed"] += int((has.any(1) & ~any_read & ~lost).sum())
    return out


# ---------------------------------------------------------------------------------------------------------- reads

def _reads(run: Run, J: np.ndarray) -> np.ndarray:
    """The monitor's points: frames/s per minute, the sum of the entities' frames it read (linear in ``J``)."""
    C = np.concatenate([[0.0], np.cumsum(J)])
    grid = np.arange(len(C))
    p = run.path
    f = (np.interp(p.ce / TICK, grid, C) - np.interp(p.cs / TICK, grid, C)) * p.share
    return np.bincount(p.minute, weights=f, minlength=run.n)[:run.n] / STEP


def _spans(run: Run, h: np.ndarray) -> list:
    n = run.n
    paused = h <= 0
    for a, b, _ in run.pauses_t:
        s, e = int(a // STEP) - 1, int(np.ceil(b / STEP)) + 1
        if s >= n:
            break
        paused[max(s, 0):min(e, n)] = True
    for a, b in run.ramps:
        s, e = int(a // STEP) - 1, int(np.ceil((a + 0.5 * (b - a)) / STEP)) + 1
        paused[max(s, 0):min(e, n)] = True
    d = np.diff(np.concatenate([[0], paused.astype(int), [0]]))
    return list(zip(np.nonzero(d == 1)[0].tolist(), np.nonzero(d == -1)[0].tolist()))


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy points, pause spans, live mask, changes)``."""
    hc.check_args(pauses, n)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    true = np.add.reduceat(run.J[:n * K], np.arange(0, n * K, K))
    run.path.counts["unread_minutes"] = int(((h <= 0) & (true > 0)).sum())
    spans = _spans(run, h)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


# ---------------------------------------------------------------------------------------------------------- regressions

def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's frames lost (0 .. 1) over ``length`` ticks (a leak's ramp ``ramp``)."""
    s = np.arange(length)
    if kind == "drop":  # a decoder worker pool shrunk (workers killed on huge videos, not respawned)
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":  # the video decoders' memory growing until the workers swap
        return np.where(s < ramp, (s / max(ramp, 1)) ** rng.uniform(0.6, 1.8), 1.0)
    w = np.empty(length)  # straggler: the frames' blob reads throttled in bursts
    calm, bm, cm = rng.uniform(0.05, 0.25), rng.uniform(30, 240), rng.uniform(120, 600)
    i, bad = 0, True
    while i < length:
        d = int(rng.exponential(bm if bad else cm)) + 1
        w[i:i + d] = 1.0 if bad else calm
        i += d
        bad = not bad
    return w


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (at, m))`` or None after 80 rejected draws."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.3:
            cand = [(a, b) for a, b, _ in run.pauses_t if lo * STEP <= a and b < last * STEP]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.3 * (b - a), b + 2 * STEP)
        else:
            t0 = rng.uniform(lo * STEP, last * STEP)
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), (run.nt if to_end else int(stop * K))
        w = _weight(rng, kind, i1 - i0, ramp * K)
        Jw = np.zeros(run.nt)
        Jw[i0:i1] = run.J[i0:i1] * w
        lost = _reads(run, Jw)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = onset + ramp if kind == "leak" else onset
        lv = live[c0:stop]
        hs, ls = healthy[c0:stop][lv].sum(), lost[c0:stop][lv].sum()
        if hs <= 0 or ls <= 0 or target * hs / ls > 1:
            continue
        m = target * hs / ls * lost
        nz = np.nonzero(m > 0)[0]
        at = int(nz[0])
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v[at:], healthy, onset, lo, hi, n, to_end, at=at)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int((i0 + ramp * K) * TICK // STEP), n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (at, m[at:])
    return None


def make_heldout179(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout179_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT179_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout179, seeds, n, pauses)
