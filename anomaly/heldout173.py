"""The hundred-and-seventy-third held-out throughput family: a Cell Painting morphological-profiling model's training
images/s (a self-supervised ViT, DINO / MAE style, over five-channel fluorescence fields from high-content screening
plates: DNA, ER, RNA, actin/Golgi/membrane and mitochondria stains; 16-bit TIFFs, one per channel, read from the
screening archive, illumination-corrected with the plate's per-channel functions, cropped around cells and augmented
on CPU workers, plates batch by batch), read through Cloudflare Workers and a Durable Object: each node's reporter
POSTs its images since its last acknowledged report every 10-30 s to a Worker, which forwards it to the job's one
Durable Object; the object adds them to its per-minute counts (its storage), and a monitor reads the closed minutes
once a minute through the Worker (``GET``), or the object pushes them with its alarm. A point is a minute's count
over 60 s (images/s), stamped at the minute's end.

(No generator's head names Cloudflare, a Worker's error code, a Durable Object, an alarm, an overload, Cell Painting,
fluorescence, high-content, morphology, illumination, pro-rata or write-behind binning, serverless (``grep -ic`` on
``/tmp/s63/heads173.txt``, the first 3 lines of every generator: 0 each); "worker" matches 36 heads (CPU loader
workers), "plate" 4 (licence plates), "tiff" 3 (GeoTIFF scenes), "microscop" 2 (blood smears), "screening" 1 (breast
cancer), "dino" 1 and "self-supervised" 2 (a pathology tile encoder, a retinal model), "masked autoenc" 1 (satellite
tiles), "vit" 10, "images/s" 20, "deploy" 1 (a recording deployment), "edge" 2, "isolate" 1 (other senses): the
model family is not new, the Cell Painting job and the Workers / Durable Objects path are. Job and path named by the
lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Public sources read (excerpts through the search tool). The path: Cloudflare's Durable Objects troubleshooting page
(developers.cloudflare.com/durable-objects/platform/troubleshooting, and the older /reference/troubleshooting/: "A
single instance of a Durable Object cannot do more work than is possible on a single thread"; "Durable Object is
overloaded": too many requests queued, too much data queued, requests queued for too long, too many requests within a
10 s window); its error-handling pages (/durable-objects/reference/error-handling/, /best-practices/error-handling:
errors with ``.retryable`` may be retried with exponential backoff where the request is idempotent, errors with
``.overloaded`` should not be retried; infrastructure errors: transient internal errors, too many requests, too much
queued I/O); /durable-objects/best-practices/automatic-retries/ (the runtime itself retries a call that never reached
the object or whose connection dropped, up to 5 attempts, with the same request identity, never an ``.overloaded``
one nor an error after the request reached the object); /durable-objects/platform/known-issues/ (an object may be
replaced on a network partition or a software update, of its code or of the Workers system; code rolls out
eventually consistently, an old version may serve for seconds to minutes); the in-memory state example and
/reference/in-memory-state (evicted after inactivity, in-memory state lost, storage kept; ``blockConcurrencyWhile``);
the lifecycle page (hibernation after 10 s idle in the hibernateable state); /durable-objects/api/alarms (one alarm
per object, at-least-once, retried with exponential backoff from 2 s, up to 6 retries) and the Alarms API example (a
batch flushed by an alarm set 10 s after the first request); /workers/observability/errors/ and the error 1102 page
(1101: the Worker threw; 1102: CPU time or 128 MB memory exceeded); /workers/platform/limits (CPU 10 ms free, up to
5 min paid; 50 / 10,000 subrequests; 6 simultaneous connections); /workers/runtime-apis/performance (``Date.now()``
only advances after I/O); input and output gates (a Hacker News thread, news.ycombinator.com/item?id=28048844, a
cloudflare-docs commit on ``storage-api.mdx`` and an answeroverflow.com thread, m/1376206897488728196: a response is
held until the request's writes are confirmed, and an error is returned if the confirmation fails); a dev.to post on
runtime updates (connections drained with a grace period, once up to 30 s). The job: Doron et al. 2023, "Unbiased
single-cell morphology with self-supervised vision transformers" (pmc.ncbi.nlm.nih.gov/articles/PMC10312751: DINO on
Cell Painting), Kim et al. 2025 (PMC11811211: DINO, MAE and SimCLR trained on a JUMP subset), Cell-DINO (PLOS Comput
Biol, 10.1371/journal.pcbi.1013828); CooperStansbury/NFME ``images/README.md`` (a Cell Painting pilot: 384-well
plates, 9 fields a well, 5 channels, each channel its own 16-bit TIFF), funalab/I2IWSB ``datasets/JUMP/README.md``
(per plate one illumination-correction function per channel, ``load_data_csv``), broadinstitute/imaging-platform-
pipelines ``README.md``. Not read (from memory, unchecked): how long an idle non-hibernating object stays in memory
(here the flush alarm runs before any idle eviction, so only resets lose memory); whether an object's reset answers
in-flight requests with "Network connection lost" or with "reset because its code was updated" (here both are one
retryable failure); DINO multi-crop throughput on five-channel crops (the rates below are assumed).

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %) of 4 or 8 GPUs at 150-1,200 images/s each
(log-uniform), 0.85-0.97 per doubling of nodes; each node's CPU workers (5 TIFF decodes a field, illumination
correction, cell crops, augmentation) feed 1.1-2.4 times its GPUs; a step waits for the slower side (a soft maximum
of the costs). Plates last 6-40 min of wall time (log-uniform); a plate's cell density sets the CPU cost of a crop (a
factor, sd 4-12 %), 20 % of plates come from a second microscope with larger fields (8-20 % dearer); opening a plate
(its five illumination functions and first fields from the archive) runs 3-20 s at 15-50 % of the rate; per 5-s
tick an AR(1) of the log (sd 2-5 %, correlation 10-40 s) and a slow OU (sd 1-3 %, 20-120 min). Relaunches: 0-3 at
15-85 % of the run, an hour apart, each a ViT-B backbone (once: 1.6-2.3 times dearer on the GPUs), more local crops
(at most twice: 1.15-1.35 on the GPUs, 1.2-1.5 on the CPUs) or, 1 in 5, another node count (halved or doubled);
redrawn until the level moves 15 % (1/3 to 3 times). Pauses: start-up 3-10 min ("long" 25-60) and a ramp from 40-75 %
over 2-6 min; an evaluation (a k-NN / linear probe on held-out plates) every 30-90 min of training, 2-6 min ("long"
10-25), every 2nd or 3rd followed by a checkpoint (15-60 s, "long" 1-4 min); crashes (exponential, mean 12-48 h): down
1-4 min ("long" 6-18), then a start-up of 2-6 ("long" 8-20) and a ramp; a relaunch: stopped 1-3 min ("long" 5-12),
queued 1-5 min, then a start-up and its ramp.

On the path (assumed where not read above): every node's reporter starts with its process and reports every ``P``
s (10, 15, 20 or 30 in 70 % of runs, else 10-30) plus 5-300 ms of its own work, its node's share of the images since
its last acknowledged report (a graceful stop reports once more; a crash loses the count since the last
acknowledgement). A POST is tried at most 4 times (retries 1, 2 and 4 s later, plus up to 0.3 s) and fails in a
Worker error episode (a bad deploy throwing, 1101, or CPU / memory limits, 1102: 0.05-0.4 a day, 2-20 min) and for
0.2-3 s after each object reset (deploys and runtime updates: 0.5-3 a day); in "overloaded" episodes (other clients
of the object: 0.2-1.5 a day, 1-10 min) a POST is refused with probability 0.3-0.9 and, as the docs advise, not
retried (the count is kept for the next report), and an accepted one waits 0.3-8 s in the object's queue; 0.1-1 % of
attempts meet a transient error, half before the write (retried) and half after the output gate let the answer go
("Network connection lost": the object counted it, the client retries, so it is stored twice, or, where every retry
fails, counted again in the next report). A report given up after 4 tries is carried to the next. In 60 % of runs
(and all runs with an odd period) the object spreads a report over the minutes of its interval by the node's clock
(pro-rata; offsets sd 0.05-2 s, and in 30 % of runs 0.5-3 clock steps a day per node, sd 0.5-5 s), else it adds a
report to the minute of its arrival on its own clock. A minute is read (pull, half the runs: the monitor's once-a-
minute ``GET``, which fails in Worker error episodes and resets and is tried again a minute later) or pushed (the
alarm, retried 2, 4 ... 64 s later while the object is down) a grace after its end (pro-rata: the period plus -8 to
25 s, at least 3; arrival: 3-30 s); a pro-rata piece written after its minute was read is lost. In half the runs the
object keeps the counts in memory and flushes them with an alarm every 10-30 s (write-behind): a reset before the
flush loses them. The reads are linear in the images; the reports' fates are the healthy run's.

A point is paused where its minute touches a pause (or a ramp's first half) or follows one, or where it or the minute
before it read nothing (a gap's images may land after it); a listed change is the first point after a relaunch's span
that changed the stage. Labelled regressions (a share ``a w`` of each tick's images lost, carried through the same
reports and reads): ``drop`` (a node's loader workers killed by the OOM killer on a plate of large fields, or a GPU
throttled: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (the screening archive's TIFF reads slowed
in bursts: 1 for a mean of 30-240 ticks, calm for a mean of 120-600 at 0.05-0.25), ``leak`` (a cache of illumination
functions and crop indices growing into swap: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a
pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set from the reads of the
lost images (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout173_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     30      11    10         9     0.072-0.298  19              2-21 (1184, 0 >60)
long      32      12    10         10    0.087-0.327  20              2-62 (930, 1 >60)

Planned changes listed: short 18, long 13 (of 18 and 13 relaunches; none kept its stage); crashes 58 and 50. The
designs: short 11 pro-rata, 6 pull, 9 write-behind; long 8, 6, 4 (of 12). The path over each set (counts): short:
POSTs 445,260, refused in Worker error episodes 3,943 (14 episodes), refused after a reset 16 (82 resets),
"overloaded" 1,003 (49 episodes), retries 4,518, reports given up and carried 1,982, transient errors before the write
768 and after it 770, reports stored twice 768, counts lost from memory at a reset 89, pro-rata pieces written after
their minute was read 4,650, minutes reading nothing (pauses included) 3,802, node clock steps 14, lives ended by a
crash 94 (counted per node); long: 581,660, 6,294 (7), 27 (79), 718 (34), 6,239, 2,283, 703, 780, 777, 44, 6,845,
16,860, 105, 113. The reads' sum over the live points against the job's images: 0.996-1.003 (short), 0.989-1.005
(long) per seed; the live points' minute-to-minute change (median ``|d log|`` per seed) 1.9-6.7 % (short), 1.7-5.1 %
(long), its 99th percentile 21-42 % (short), 19-47 % (long); the live median level 506-22,151 images/s (short),
619-15,558 (long). Before the first measure (while writing, on the first 4 seeds' healthy runs of the "short" set at
6,000 points, to find bugs): the reads' sum against the job's images (0.96-1.00) and the path's counts showed
pro-rata pieces lost whenever the grace was shorter than the period (a grace of 3-30 s for every design); the
pro-rata grace became the period plus -8 to 25 s. The first measure was both full sets (the table above). Changes of
the laws after it: none. The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: 1-40 points
"short", 1-90 "long", set before the first measure).

Size: one family's job, path and regressions, kept in one module as the other generators are.

Opened in the project (the commands, in order): ``git status | head -5`` (the worktree), ``cat docs/data-authors.md``
(all), ``sed -n 1,110p anomaly/heldout150.py``, ``grep -n "^def make_heldout150\\|^def heldout150_set"
anomaly/heldout150.py`` with ``wc -l`` of it, ``sed -n '541,$p' anomaly/heldout150.py`` (its ``make_heldout150`` and
``heldout150_set``, lines 541-550), ``cat tests/test_anomaly_heldout150.py`` (all), ``cat anomaly/heldout_common.py``
(all), ``cat tests/trace_checks.py`` (all), ``sed -n 1,80p anomaly/traces.py``, ``sed -n 1,110p
tests/test_architecture.py``, and ``head -3`` of every ``anomaly/heldout*.py`` in a loop, written to
``/tmp/s63/heads173.txt`` and read there only through ``grep -ic`` (word counts) and ``grep -io`` (the matches of
microscop, tiff, screening, plate, dino, self-supervised, edge, serverless, deploy, isolate and masked autoenc, with
up to 80 characters before and 60 after). Slips: the ``wc -l`` of ``anomaly/heldout150.py`` (550 lines) run with the
``grep -n``, and an ``ls anomaly/heldout*.py | wc -l`` (171 files); none else. The tests import ``HELDOUT150_SEEDS``
(to keep the seeds apart), not its code.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT173_SEEDS = tuple(range(1732000, 1732012))
CODE = 173
TICK = 5.0  # s: the job's images are simulated per tick
STEP = 60.0  # s: one point per minute of the object's clock
K = 12  # ticks per point
EPOCH = 1_790_006_400  # a multiple of 60
KIND_P = (0.34, 0.33, 0.33)  # drop, straggler, leak
SPANS = {"short": (1, 40), "long": (1, 90)}  # pause span lengths (points) the tests allow
DAY = 86400.0
RETRY_AT = (0.0, 1.0, 3.0, 7.0)  # the reporter's attempts after its first (s): 3 retries, 1-2-4 s backoff
PATH_KEYS = ("posts", "refused_worker", "refused_reset", "overloaded", "retries", "given_up", "transient_before",
             "committed_unacked", "stored_twice", "resets", "lost_in_memory", "late_pieces", "unread_minutes",
             "worker_episodes", "overload_episodes", "clock_steps", "lost_in_crash")


def _u(rng, lo, hi, long, lo2, hi2):
    return rng.uniform(lo2, hi2) if long else rng.uniform(lo, hi)


def _level(cfg: dict, st: dict) -> float:
    """The job's images/s at a stage (plate factor 1): per node the GPUs' rate and the CPU workers' rate, a step
    waiting for the slower (a soft maximum of the costs), times the nodes at ``eff`` per doubling."""
    g = cfg["gpu"] * cfg["gpn"] / cfg["vit_c"] ** st["vit"] / cfg["crop_g"] ** st["crops"]
    c = cfg["cpu"] / cfg["crop_c"] ** st["crops"]
    nodes = st["nodes"]
    return float(nodes * cfg["eff"] ** np.log2(nodes) / hc.smax(1.0 / g, 1.0 / c))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's new stage (a ViT-B backbone once, more local crops at most twice, or 1 in 5 another node
    count), redrawn until the level moves by 15 % (within 1/3 .. 3 times); None when 40 draws find none."""
    for _ in range(40):
        new = dict(st)
        r = rng.random()
        if r < 0.2:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4, 8) if x != st["nodes"] and
                                           0.5 <= x / st["nodes"] <= 2]))
        elif r < 0.55 and st["vit"] == 0:
            new["vit"] = 1
        elif st["crops"] < 2:
            new["crops"] = st["crops"] + 1
        else:
            continue
        ratio = _level(cfg, new) / lv
        if abs(np.log(ratio)) >= np.log(1.15) - 1e-12 and 1 / 3 <= ratio <= 3:
            return new
    return None


def _ar1(rng, m: int, sd: float, a: float) -> np.ndarray:
    """A stationary AR(1) (sd ``sd``, coefficient ``a``), computed in blocks of 64."""
    e = rng.normal(0, sd * np.sqrt(1 - a * a), m)
    e[0] = rng.normal(0, sd)
    x = np.empty(m)
    prev, L = 0.0, 64
    for s in range(0, m, L):
        seg = e[s:s + L]
        p = a ** np.arange(len(seg))
        x[s:s + len(seg)] = p * (a * prev + np.cumsum(seg / p))
        prev = x[s + len(seg) - 1]
    return x


def _windows(rng, T: float, per_day: float, lo: float, hi: float) -> np.ndarray:
    """Disjoint episodes ``[a, b)`` (a Poisson count over ``T`` s, lengths uniform ``lo``-``hi`` s), sorted."""
    k = rng.poisson(per_day * T / DAY)
    a = np.sort(rng.uniform(0, T, k))
    b = a + rng.uniform(lo, hi, k)
    keep = np.ones(k, bool)
    keep[1:] = a[1:] >= np.maximum.accumulate(b)[:-1]
    return np.stack([a[keep], b[keep]], axis=1) if k else np.zeros((0, 2))


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Whether each time of ``x`` lies in one of the sorted, disjoint windows ``win`` (``[a, b)``)."""
    if len(win) == 0:
        return np.zeros(np.shape(x), bool)
    j = np.searchsorted(win[:, 0], x, side="right") - 1
    return (j >= 0) & (x < win[np.maximum(j, 0), 1])


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's timeline: pauses, process lives, ramps, stages (relaunches) and the per-tick images ``J``."""
    long = setting == "long"
    T = n * STEP + 900.0
    nt = int(T / TICK)
    cfg = {"gpu": hc.log_uniform(rng, 150, 1200), "gpn": int(rng.choice([4, 8])), "eff": rng.uniform(0.85, 0.97),
           "vit_c": rng.uniform(1.6, 2.3), "crop_g": rng.uniform(1.15, 1.35), "crop_c": rng.uniform(1.2, 1.5)}
    nodes = int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25]))
    cfg["cpu"] = cfg["gpu"] * cfg["gpn"] * hc.log_uniform(rng, 1.1, 2.4)
    st = {"vit": 0, "crops": 0, "nodes": nodes}
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0}
    pauses, lives, ramps, stages, known_t = [], [], [], [(0.0, dict(st))], []
    n_rel = int(rng.choice([0, 1, 2, 3], p=[0.15, 0.35, 0.3, 0.2]))
    rel = sorted(rng.uniform(0.15, 0.85, n_rel) * n * STEP)
    rel = [r for i, r in enumerate(rel) if i == 0 or r - rel[i - 1] > 3600]
    crash_mean = rng.uniform(12, 48) * 3600
    ck_every = int(rng.choice([2, 3]))

    def start_up(kind: str) -> float:
        return (_u(rng, 3, 10, long, 25, 60) if kind == "startup" else _u(rng, 2, 6, long, 8, 20)) * 60

    life0 = 0.0
    t = start_up("startup")
    pauses.append((0.0, t, "startup"))
    ramps.append((t, t + rng.uniform(2, 6) * 60, rng.uniform(0.4, 0.75)))
    next_eval = t + rng.uniform(30, 90) * 60
    next_crash = t + rng.exponential(crash_mean)
    n_eval, ri = 0, 0
    while True:
        t_rel = rel[ri] if ri < len(rel) else np.inf
        nxt = min(next_eval, next_crash, t_rel)
        if nxt >= T:
            break
        if nxt == next_eval:
            t = nxt
            dur = _u(rng, 2, 6, long, 10, 25) * 60
            pauses.append((t, t + dur, "eval"))
            t += dur
            n_eval += 1
            if n_eval % ck_every == 0:
                ck = _u(rng, 15, 60, long, 60, 240)
                pauses.append((t, t + ck, "ckpt"))
                t += ck
            next_eval = t + rng.uniform(30, 90) * 60
            next_crash = max(next_crash, t + 1.0)
            if t_rel < t + 300:
                rel[ri] = t + rng.uniform(300, 900)
            continue
        t = nxt
        crash = nxt == next_crash
        lives.append((life0, t, not crash, st["nodes"]))
        if crash:
            counts["crashes"] += 1
            down = _u(rng, 1, 4, long, 6, 18) * 60
            kind = "crash"
        else:
            counts["relaunches"] += 1
            down = (_u(rng, 1, 3, long, 5, 12) + rng.uniform(1, 5)) * 60
            kind = "relaunch"
            ri += 1
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            if new is None:
                counts["kept_stage"] += 1
        life0 = t + down
        b = life0 + start_up(kind)
        pauses.append((t, b, kind))
        ramps.append((b, b + rng.uniform(2, 6) * 60, rng.uniform(0.4, 0.75)))
        if not crash and new is not None:
            st = new
            stages.append((b, dict(st)))
            known_t.append(b)
        t = b
        next_eval = t + rng.uniform(30, 90) * 60
        next_crash = t + rng.exponential(crash_mean)
        while ri < len(rel) and rel[ri] < t + 900:
            ri += 1
    lives.append((life0, T, False, st["nodes"]))

    # per tick: the stage's GPU and CPU rates, the plate's CPU cost, its opening stall, noise, ramps and pauses
    tb = np.arange(nt) * TICK
    st_t = np.array([s for s, _ in stages])
    si = np.searchsorted(st_t, tb, side="right") - 1
    g = np.array([cfg["gpu"] * cfg["gpn"] / cfg["vit_c"] ** s["vit"] / cfg["crop_g"] ** s["crops"] for _, s in stages])
    c = np.array([cfg["cpu"] / cfg["crop_c"] ** s["crops"] for _, s in stages])
    nd = np.array([s["nodes"] for _, s in stages], float)
    plate_sd, big_share = rng.uniform(0.04, 0.12), 0.2
    dur = np.exp(rng.uniform(np.log(6 * 60), np.log(40 * 60), int(T / 300) + 10))
    p_start = np.concatenate([[0.0], np.cumsum(dur)])
    p_start = p_start[p_start < T]
    cost = np.exp(rng.normal(0, plate_sd, len(p_start)))
    cost *= np.where(rng.random(len(p_start)) < big_share, rng.uniform(1.08, 1.2, len(p_start)), 1.0)
    stall_len = rng.uniform(3, 20, len(p_start))
    stall_f = rng.uniform(0.15, 0.5, len(p_start))
    pi = np.searchsorted(p_start, tb, side="right") - 1
    pc = cost[pi]
    rate = nd[si] * cfg["eff"] ** np.log2(nd[si]) / hc.smax(1.0 / g[si], pc / c[si])
    into = tb - p_start[pi]
    stall = np.where(into + TICK <= stall_len[pi], stall_f[pi], np.where(into < stall_len[pi],
                     1 - (1 - stall_f[pi]) * (stall_len[pi] - into) / TICK, 1.0))
    ar = _ar1(rng, nt, rng.uniform(0.02, 0.05), np.exp(-TICK / rng.uniform(10, 40)))
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60)[(tb // 60).astype(int)]
    ramp = np.ones(nt)
    for b0, b1, lo in ramps:
        i0, i1 = int(b0 // TICK), min(nt, int(np.ceil(b1 / TICK)))
        ramp[i0:i1] = lo + (1 - lo) * np.clip((tb[i0:i1] + 0.5 * TICK - b0) / (b1 - b0), 0, 1)
    edges = np.array([x for a, b, _ in pauses for x in (a, b)])
    share = hc.bad_share(edges, tb, TICK)
    train = np.where(share > 1 - 1e-9, 0.0, 1.0 - share)
    J = rate * TICK * train * ramp * stall * np.exp(ar + ou)
    return SimpleNamespace(n=n, nt=nt, T=T, cfg=cfg, pauses_t=pauses, lives=lives, ramps=ramps, stages=stages,
                           known_t=known_t, counts=counts, J=J, dt=STEP, k=K)


def _path(rng, run) -> SimpleNamespace:
    """The collection path's fates (independent of the images): every report of every node's reporter, its
    attempts and copies, where each copy lands, and when the monitor reads each minute."""
    T, n = run.T, run.n
    p = SimpleNamespace()
    p.P = float(rng.choice([10.0, 15.0, 20.0, 30.0])) if rng.random() < 0.7 else rng.uniform(10, 30)
    p.prorata = bool(rng.random() < 0.6) or p.P not in (10.0, 15.0, 20.0, 30.0)
    p.pull = bool(rng.random() < 0.5)
    p.write_behind = bool(rng.random() < 0.5)
    p.F = rng.uniform(10, 30)  # the write-behind flush alarm's period (s)
    g = rng.uniform(-8, 25)  # a minute is read (or pushed) this long after its end: pro-rata, about a period
    p.grace = max(3.0, p.P + g) if p.prorata else 3 + (g + 8) * 27 / 33
    p.worker = _windows(rng, T, rng.uniform(0.05, 0.4), 120, 1200)  # 1101 / 1102 episodes
    p.resets = np.sort(rng.uniform(0, T, rng.poisson(rng.uniform(0.5, 3) * T / DAY)))
    p.down = np.stack([p.resets, p.resets + rng.uniform(0.2, 3, len(p.resets))], axis=1)
    p.overload = _windows(rng, T, rng.uniform(0.2, 1.5), 60, 600)
    p.q = rng.uniform(0.3, 0.9)
    p.p_tr = hc.log_uniform(rng, 0.001, 0.01)
    # node clocks (the pro-rata object bins a report's interval by the node's times)
    unsynced = rng.random() < 0.3
    counts = {k: 0 for k in PATH_KEYS}
    counts["resets"], counts["worker_episodes"], counts["overload_episodes"] = len(p.resets), len(p.worker), \
        len(p.overload)
    n_nodes = max(lf[3] for lf in run.lives)
    off = rng.normal(0, rng.uniform(0.05, 2.0), n_nodes)
    steps = []
    for j in range(n_nodes):
        k = rng.poisson(rng.uniform(0.5, 3) * T / DAY) if unsynced else 0
        steps.append((np.sort(rng.uniform(0, T, k)), np.cumsum(rng.normal(0, rng.uniform(0.5, 5), k))))
        counts["clock_steps"] += k

    def clock(j, x):
        at, cum = steps[j]
        k = np.searchsorted(at, x, side="right")
        return x + off[j] + np.where(k > 0, cum[np.maximum(k - 1, 0)], 0.0) if len(at) else x + off[j]

    rep_i0, rep_i1, rep_g, cp_rep, cp_arr, rep_t0n, rep_t1n = [], [], [], [], [], [], []
    base = 0
    for life, (a, b, graceful, G) in enumerate(run.lives):
        for j in range(G):
            m = int((b - a) / p.P) + 3
            ts = a + rng.uniform(0, p.P) + np.cumsum(p.P + rng.uniform(0.005, 0.3, m))
            ts = ts[ts < b]
            if graceful:
                ts = np.append(ts, b)
            R = len(ts)
            if R == 0:
                continue
            counts["posts"] += R
            att = ts[:, None] + np.array(RETRY_AT)[None, :] + rng.uniform(0, 0.3, (R, 4)) * (np.arange(4) > 0)
            alive = att < (b + 30 if graceful else b)
            bad_w = _inside(att, p.worker)
            bad_d = _inside(att, p.down)
            ovl = _inside(att, p.overload) & (rng.random((R, 4)) < p.q)
            tr = rng.random((R, 4)) < p.p_tr
            commit = rng.random((R, 4)) < 0.5
            active = np.ones(R, bool)
            ok = np.zeros(R, bool)
            for col in range(4):
                act = active & alive[:, col]
                if col:
                    counts["retries"] += int(act.sum())
                fail_wd = act & (bad_w[:, col] | bad_d[:, col])
                counts["refused_worker"] += int((act & bad_w[:, col]).sum())
                counts["refused_reset"] += int((act & bad_d[:, col] & ~bad_w[:, col]).sum())
                refused = act & ~fail_wd & ovl[:, col]
                counts["overloaded"] += int(refused.sum())
                rest = act & ~fail_wd & ~refused
                trans = rest & tr[:, col]
                counts["transient_before"] += int((trans & ~commit[:, col]).sum())
                lost_ack = trans & commit[:, col]
                counts["committed_unacked"] += int(lost_ack.sum())
                good = rest & ~trans
                for sel in (lost_ack, good):
                    idx = np.nonzero(sel)[0]
                    cp_rep.append(base + idx)
                    delay = rng.uniform(0.02, 0.25, len(idx))
                    q = _inside(att[idx, col], p.overload)
                    cp_arr.append(att[idx, col] + delay + np.where(q, rng.uniform(0.3, 8, len(idx)), 0.0))
                ok |= good
                active = act & ~good & ~refused
                active[~alive[:, col]] = False
            counts["given_up"] += int((~ok).sum())
            i1 = (ts // TICK).astype(int)
            last = np.maximum.accumulate(np.where(ok, np.arange(R), -1))
            prev = np.concatenate([[-1], last[:-1]])
            i0 = np.where(prev >= 0, i1[np.maximum(prev, 0)], int(np.ceil(a / TICK)))
            t0 = np.where(prev >= 0, ts[np.maximum(prev, 0)], a)
            if not graceful and b < T:
                counts["lost_in_crash"] += 1
            rep_i0.append(i0)
            rep_i1.append(np.maximum(i1, i0))
            rep_g.append(np.full(R, float(G)))
            rep_t0n.append(clock(j, t0))
            rep_t1n.append(clock(j, ts))
            base += R
    p.i0, p.i1, p.G = (np.concatenate(x) for x in (rep_i0, rep_i1, rep_g))
    cp_rep, cp_arr = np.concatenate(cp_rep), np.concatenate(cp_arr)
    o = np.argsort(cp_arr, kind="stable")
    cp_rep, cp_arr = cp_rep[o], cp_arr[o]
    dup = np.bincount(cp_rep, minlength=len(p.i0))
    counts["stored_twice"] = int((dup >= 2).sum())
    p.copies = dup
    # write-behind: a copy held in memory is lost when the object resets before its next flush
    keep = np.ones(len(cp_rep), bool)
    if p.write_behind and len(p.resets):
        ph = rng.uniform(0, p.F)
        nf = (np.floor((cp_arr - ph) / p.F) + 1) * p.F + ph
        k = np.searchsorted(p.resets, cp_arr, side="right")
        keep = ~((k < len(p.resets)) & (p.resets[np.minimum(k, len(p.resets) - 1)] <= nf))
        counts["lost_in_memory"] = int((~keep).sum())
    # when each minute is read: pulled once a minute through the Worker, or pushed by the object's alarm
    m_end = (np.arange(n + 40) + 1) * STEP + p.grace
    rt = m_end.copy()
    if p.pull:
        for _ in range(4):
            bad = _inside(rt, p.worker) | _inside(rt, p.down)
            rt = np.where(bad, rt + STEP, rt)
    else:
        for d in (2.0, 4.0, 8.0, 16.0, 32.0, 64.0):
            rt = np.where(_inside(rt, p.down), rt + d, rt)
    p.read_t = rt
    # where each copy lands: pieces (copy's report, minute, weight)
    if p.prorata:
        t0n, t1n = np.concatenate(rep_t0n)[cp_rep], np.concatenate(rep_t1n)[cp_rep]
        t0n = np.minimum(t0n, t1n)
        m0, m1 = (t0n // STEP).astype(int), (t1n // STEP).astype(int)
        span = m1 - m0 + 1
        pr = np.repeat(np.arange(len(cp_rep)), span)
        mm = np.repeat(m0, span) + (np.arange(len(pr)) - np.repeat(np.cumsum(span) - span, span))
        lo, hi = np.maximum(t0n[pr], mm * STEP), np.minimum(t1n[pr], (mm + 1) * STEP)
        width = (t1n - t0n)[pr]
        w = np.where(width > 0, np.maximum(hi - lo, 0) / np.where(width > 0, width, 1), 1.0)
        ok_m = (mm >= 0) & (mm < n + 40)
        late = ok_m & (cp_arr[pr] > rt[np.clip(mm, 0, n + 39)])
        counts["late_pieces"] = int((late & (w > 0)).sum())
        w = np.where(late | ~ok_m | ~keep[pr], 0.0, w)
        p.pc_rep, p.pc_min, p.pc_w = cp_rep[pr], mm, w
    else:
        p.pc_rep, p.pc_min, p.pc_w = cp_rep, (cp_arr // STEP).astype(int), keep.astype(float)
    sel = (p.pc_min >= 0) & (p.pc_min < n) & (p.pc_w > 0)
    p.pc_rep, p.pc_min, p.pc_w = p.pc_rep[sel], p.pc_min[sel], p.pc_w[sel]
    p.counts = counts
    return p


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's images/s per minute: each report's images (its node's share of ``J`` over its ticks) through
    the copies and pieces of the path (linear in ``J``)."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(J)])
    S = (C[p.i1] - C[p.i0]) / p.G
    return np.bincount(p.pc_min, weights=S[p.pc_rep] * p.pc_w, minlength=run.n)[:run.n] / STEP


def _spans(run, h: np.ndarray) -> list[tuple[int, int]]:
    """Paused points: a minute touching a pause (or a ramp's first half) and the one after it; a minute that read
    nothing and the one after it (it may carry the gap's images)."""
    n = run.n
    raw = []
    ramp_end = {b0: b0 + 0.5 * (b1 - b0) for b0, b1, lo in run.ramps}
    for a, b, kind in run.pauses_t:
        raw.append((int(a // STEP), int(np.ceil(ramp_end.get(b, b) / STEP)) + 1))
    for k in np.nonzero(h <= 0)[0]:
        raw.append((int(k), int(k) + 2))
    spans = []
    for s, e in sorted(raw):
        s, e = max(0, s), min(n, e)
        if s >= n or e <= s:
            continue
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of a seed (the random stream ``[seed, setting, CODE]``)."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    run.path.counts["unread_minutes"] = int((h <= 0).sum())
    spans = _spans(run, h)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's images lost (0 .. 1) over ``length`` ticks (a leak ramps over ``ramp``)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.6, 1.8)
    calm, on, off = rng.uniform(0.05, 0.25), rng.uniform(30, 240), rng.uniform(120, 600)
    w = np.full(length, calm)
    t, bad = 0.0, True
    while t < length:
        d = rng.exponential(on if bad else off) + 1
        if bad:
            w[int(t):int(t + d)] = 1.0
        t += d
        bad = not bad
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (0, loss))`` or None after 80 draws."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, [(a, b) for a, b, _ in run.pauses_t], STEP * np.arange(n + 1), lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0 = int(t0 // TICK)
        i1 = run.nt if to_end else stop * K
        w = _weight(rng, kind, i1 - i0, ramp * K)
        lost = np.zeros(run.nt)
        lost[i0:i1] = w * run.J[i0:i1]
        m = _reads(run, lost)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                         rng.uniform(0.12, 0.4))
        c0 = onset if kind != "leak" else onset + int(0.9 * ramp)
        end = n if to_end else stop
        lv = live[c0:end]
        hs = healthy[c0:end][lv].sum()
        if lv.sum() < 8 or hs <= 0:
            continue
        base = m[c0:end][lv].sum() / hs
        if base <= 0 or target / base > 1:
            continue
        loss = (target / base) * m
        v = np.maximum(healthy - loss, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset_c, end_c = span
        if any(onset_c <= c < end_c for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset_c
        if kind == "leak" and not onset_c < ramp_end < end_c:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset_c, ramp_end, end_c, n, (ramp_end - onset_c) // 3)
        if depth is not None:
            return Event(kind, onset_c, ramp_end, end_c, round(depth, 4)), (0, loss)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout173(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout173_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT173_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout173, seeds, n, pauses)
