"""The ninety-first held-out throughput family: a lip-reading model's training video frames/s through Spark Structured
Streaming.

An AV-HuBERT / Auto-AVSR-style visual speech recognition model (a 3-D convolutional front end and a ResNet-18 over
cropped mouth regions, a conformer encoder, CTC plus attention decoding) trained on talking-face clips of varying
length (an LRS3-style corpus); face landmarks are detected offline, but the mouth crops are decoded, resized and
augmented (random crop, horizontal flip, time masking, adaptive time masking) on the fly by CPU workers; batches are
length-bucketed under a frame budget; some runs are relaunched into a stage with longer clips, a larger model,
audio-visual fusion, a curriculum step to longer utterances or other nodes; 1-8 GPU nodes. Collected through Apache
Spark Structured Streaming: each node's trainer (a logger thread) sends one JSON event per ``k`` steps (node, event
time, step, frames since its last event) to a Kafka topic; a streaming query reads the topic in micro-batches
(processing-time trigger), groups by ``window(event_time, "1 minute")`` under ``withWatermark``, and writes the windows'
frame sums to a Delta table (update mode through ``foreachBatch`` and a MERGE, or append once the watermark passes);
the watcher's dashboard reads the latest windows every minute and divides each window's frames by 60. (No other
generator's head names Spark or lip reading; generators 40, 49 and 64 also read Kafka events, through Druid, Flink
and Pinot.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Public sources read (through the search tool, as stored there): Spark PR #16294 (the programming guide's section on
watermarking: windows are groups of the event-time column, state kept until the watermark passes a window); the
Databricks / Azure pages on watermarks (watermark = max event time seen less the delay; records outside it "might
still" be processed, not guaranteed), on output modes and on ``foreachBatch`` (MERGE needs ``foreachBatch``; it is
at-least-once, ``batchId`` to deduplicate); pyspark's ``withWatermark`` doc (the watermark is computed from the max
event time over all partitions; append emits a window once finalised); SPARK-20209 and Spark PR #19138 (a batch that
overruns the trigger interval is followed at once by the next); pyspark's ``DataStreamWriter.trigger``; Spark PR
#31089 and SPARK-17937 (``startingOffsets`` only for a new query; a resumed query starts where its checkpoint left;
``failOnDataLoss``); Jacek Laskowski's internals book on offsets and metadata checkpointing and StreamExecution's
comments (the offset log is written before a batch runs, the commit log after: a restart reruns the last uncommitted
batch); Delta's idempotent-write docs (txnAppId / txnVersion); Kafka producer notes (conduktor's retries and
idempotent-producer pages; ``delivery.timeout.ms`` 120 s, ``linger.ms``, ``batch.size``, idempotence on by default
from Kafka 3.0, duplicates on retry without it); the Auto-AVSR paper page and a summary of its architecture (ResNet-18
with a 5x7x7 3-D stem, a 12-layer conformer). Assumed without checking: the logger's ``k`` is set so an event comes
every 5-12 s at the stage's healthy speed, and the events' boundaries (ticks of 5 s) are those of the healthy run
(a regression changes the frames an event carries, not when it is sent: the read is then linear in the job's
frames); a row is dropped when its window ended at or before the watermark its micro-batch runs under (the
watermark moves to the max event time read so far less the delay ``W`` (1, 2, 5 or 10 min) at each batch's end);
the MERGE writes the window's state value, so a rerun micro-batch after a query restart rewrites the same sums (no
double count); append mode (30 % of runs) writes a window at the end of the first batch that starts with the
watermark past its end; the trigger is 30, 60 or 120 s, a batch takes 3-15 s (up to 1.5 times that at
``maxOffsetsPerTrigger``, set to 2-6 triggers' worth of events), 4-20 times more in lag episodes (first within
10-100 h, then every 20-150 h, 5-40 min: a slow MERGE, a busy cluster); the query fails (first within 5-100 h, then
every 20-150 h) for 2-20 min and restarts from its checkpoint 30-90 s later (a batch it was running is rerun); Kafka
broker outages (first within 2-60 h, then every 10-80 h, 1-10 min): the producer retries until delivery.timeout
(120 s), then the event is lost; what it delivers after the outage arrives at its end, and without idempotence (30 %
of runs) 10-30 % of those are written twice; a process that ends before its retried events are delivered loses them
(a crash also loses the frames since its last event; a graceful stop flushes a last event); node clocks off by
N(0, 0.3 s), one node by 20-80 % of ``W`` in 15 % of runs; the dashboard's panel keeps each window as read 3-10 min
after its end (append: ``W`` + trigger + 2-6 min) and never re-reads it. Nothing was measured on a real system.

Chosen (the path; one point is one one-minute event-time window of the Delta table, its frames divided by 60,
stamped at the window's end; the trace's step is the window's length, which is also the dashboard's read interval):
an event counts in the window of its event time when it was delivered, not dropped behind the watermark and
committed (or, in append mode, emitted) before the window's read. A restarted trainer's events restart from an older
step: the window sums frames, not steps, so redone work counts as work (the path ignores the ``step`` field). All of
that is fixed by the run's grid and episodes, not by the frames, so the read is linear in the job's frames.

The job (my own picture, not checked): a node's GPUs (4 or 8) take 1,500-4,000 frames/s each; its CPU workers (32-128
cores, 120-400 frames/s a core) decode and augment the crops; a node runs at the soft minimum (``hc.smax``) of the
two per frame; 0.85-0.97 per doubling of the nodes; a step is a frame budget of 1,200-3,000 frames per GPU. Stages
(a relaunch at 25-80 % of the run, 70 % of runs; 25 % of those a second one): one or two of longer clips (GPU cost
1.15-1.5), a larger model (1.3-2.0), audio-visual fusion (GPU 1.1-1.3, CPU 1.2-1.6), a curriculum step (GPU 1.1-1.3,
CPU 1.0-1.2), other nodes; redrawn until the level moves 15 %. A relaunch: a graceful stop of 1-3 min ("long": 5-12),
a resubmission of 1-5 min and a start-up. Per 5-s tick and node exp(N(0, 2-5 %)) (length buckets), a slow OU of the
log (sd 1-3 %, 20-120 min), decoding stalls on 0.05-0.3 % of ticks at 30-70 %. Pauses: a start-up 2-9 min ("long":
15-40) and a ramp from 35-65 % over 2-8 min; a validation (word error rate on a held-out set, greedy CTC / attention
decoding, or beam search in "long") after each 20-90 min of training ("long": 30-90), 1-4 min ("long": 8-25), a
checkpoint after every 1 or 2, 10-50 s ("long": 1-4 min); failures (exponential, mean 15-60 h, at least 20 min after
a start) take the job down 1-5 min ("long": 8-20), then a restart from the last checkpoint of 2-7 min ("long":
10-20) and a ramp from 80-95 % over 1-3 min. A point is paused when pauses or a start-up ramp's first half fill a
sixth of its minute or when it reads 0; a lone paused point is widened to two; a listed change is the first point
after a relaunch's pause span.

Labelled regressions multiply every node's frames/s by ``1 - a w(t)`` from their onset and are read through the
same events as the healthy run: ``drop`` (GPUs power-capped, NCCL fallen back to TCP; ``w = min(1, (s + 1) /
tau)``, ``tau`` 1-5 points), ``straggler`` (one node's decoding workers starved, a degraded mount of the video
shards, and the synchronous all-reduce makes every node wait: bursts of mean 5-40 points at 1, calm of mean 10-60 at
0.1-0.3), ``leak`` (the augmentation workers' memory growing until the hosts swap: ``w = (s / ramp) ** p``, ``p``
0.7-1.5, a ramp of 120-900 points, then held). Onsets: 35 % at a pause span's end (0-2 points after), else anywhere
in the slot; ``a`` set (the read is linear: in closed form) for a loss of 8-33 % (drop), 10-30 % (straggler) or
12-35 % (leak, over its plateau) of the live points' read, ``a <= 0.8``; every kind in each trace with events
(``hc.family_trace``); an event holds no listed change; kept where ``hc.shown_depth`` allows (80 draws).

Counts over ``heldout91_set`` (12 seeds, n=6000; measured from this generator)
-----------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     29      9     10         10    0.084-0.326  16              2-37 (1314, 0 >60)           3
long      28      9     9          10    0.087-0.326  17              2-71 (999, 2 >60)            3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are left
out. ``changes``: short 10, long 9 (new stages after relaunches). Paused share of the points: 6.5-9.2 % (short),
23.9-38.7 % (long). The healthy points over the job's true frames per minute (live points): 0.9899-0.9999 (short),
0.9961-1.0000 (long). Over the 12 runs of each setting (short / long): 2,255,774 / 2,188,184 events sent; 2,212 / 2,395
expired in a broker outage, 0 / 0 unsent at a process's end, 83 / 35 crashes' open events, 215 / 26 duplicated, 0 /
0 dropped behind the watermark, 12,500 / 63,641 committed after their window's read; 83,709 / 65,799 micro-batches,
4 / 1 rerun after a query failure; 25 / 22 broker outages, 15 / 15 query failures, 13 / 13 lag episodes, 41 / 31
trainer crashes; producers without idempotence in 7 / 3 runs, append mode in 2 / 3.
The test module runs in 3.38 s by pytest (4.01 s wall, 3.60 s user CPU + 0.21 s system; ``OMP_NUM_THREADS=1``,
pinned to one core, on a machine busy with other benchmarks).

Changed after the first measure (two changes, both for one failing law): the stages' move from 10 % to 15 % and
the logger's interval from 10-40 s to 5-12 s: with events every 10-40 s a one-minute window holds 1-6 of a node's
events, so its read is two-valued (floor or ceiling of 60 / interval events, +-15-60 %) and the medians around one
"long" change moved 4.5 % against a true 20 %; at 5-12 s the two values lie 8-20 % apart. Kept: that aliasing is the
path's own noise.

Size: over 520 lines because the docstring carries the sources, assumptions and counts the rules ask for; the
code is one path (schedule, frames, events, query, read, regressions) that no other generator shares.

Opened
------
``docs/data-authors.md`` (all; ``wc -l`` with it); ``anomaly/heldout90.py`` lines 1-150 and a ``grep -n`` for its
two functions' lines (482, 490: the grep printed their signature lines, nothing more), with a ``wc -l``;
``tests/test_anomaly_heldout90.py`` (all); ``anomaly/heldout_common.py`` (all); ``tests/trace_checks.py`` (all);
``anomaly/traces.py`` lines 1-80; ``tests/test_architecture.py`` lines 1-110; ``/tmp/s48/genheads91.txt`` (all: the
tool cut its lines 159-170, printed then as lines 155-172 cut at 200 characters; a ``grep -inE`` of it for
"spark|lip-reading|lip reading|visual speech|structured streaming|delta table|lrs3|hubert" found nothing; ``wc -l``).
Slips: ``git worktree add`` printed main's head commit id and subject (not sought); I did not print
``make_heldout90`` / ``heldout90_set``'s bodies (lines 482-492), only their signature lines from the grep, so my
functions follow the brief's signatures and the test file's use of them; I overran the 30-minute slot (about 55
minutes). Nothing else in the project opened; my scratch scripts lived in ``/tmp/g91/`` (mine, run only on this
generator).
"""

from __future__ import annotations

from bisect import bisect_right
from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT91_SEEDS = tuple(range(912000, 912012))
CODE = 91
EPOCH = 1_790_812_800  # 2026-10-01 00:00 UTC
STEP = 60  # one event-time window of the query (window(event_time, "1 minute")): one point
TICK = 5  # the job's simulation grid (s)
K = STEP // TICK
DELIVERY = 120.0  # the producer's delivery.timeout.ms (s)
KIND_P = (0.35, 0.35, 0.30)  # drop, straggler, leak
DUR = {"startup": {"short": (120, 540), "long": (900, 2400)},
       "restart": {"short": (120, 420), "long": (600, 1200)},
       "valid": {"short": (60, 240), "long": (480, 1500)},
       "ckpt": {"short": (10, 50), "long": (60, 240)},
       "stop": {"short": (60, 180), "long": (300, 720)},
       "down": {"short": (60, 300), "long": (480, 1200)}}
EVERY = {"short": (1200, 5400), "long": (1800, 5400)}  # training between validations (s)
STAGES = ("longer", "larger", "fusion", "curriculum", "nodes")


def _node_rate(cfg: dict, st: dict) -> float:
    """One node's video frames/s: its GPUs (longer clips, a larger model, audio-visual fusion) against its CPU
    workers' decoding and augmentation of the mouth crops (fusion's audio, a curriculum's longer clips), the slower
    of the two per frame."""
    gpu = cfg["gpus"] * cfg["gpu"] / (st["len"] * st["model"] * st["av"])
    cpu = cfg["cores"] * cfg["core"] / (st["aug"] * st["av_cpu"])
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _level(cfg: dict, st: dict) -> float:
    """The job's frames/s: its nodes, ``eff`` per doubling of them."""
    return st["nodes"] * cfg["eff"] ** np.log2(st["nodes"]) * _node_rate(cfg, st)


def _stage(rng, cfg: dict, st: dict) -> dict:
    """A relaunch's next stage: one or two of longer clips, a larger model, audio-visual fusion, a curriculum step
    to longer utterances or other nodes, redrawn until the level moves 15 %."""
    base = _level(cfg, st)
    for _ in range(50):
        new = dict(st)
        for what in rng.choice(STAGES, size=int(rng.choice([1, 2], p=[0.7, 0.3])), replace=False):
            if what == "longer":
                new["len"] = st["len"] * rng.uniform(1.15, 1.5)
            elif what == "larger":
                new["model"] = st["model"] * rng.uniform(1.3, 2.0)
            elif what == "fusion":
                new["av"], new["av_cpu"] = rng.uniform(1.1, 1.3), rng.uniform(1.2, 1.6)
            elif what == "curriculum":
                new["len"] = st["len"] * rng.uniform(1.1, 1.3)
                new["aug"] = st["aug"] * rng.uniform(1.0, 1.2)
            else:
                new["nodes"] = int(rng.choice([k for k in (1, 2, 4, 8) if k != st["nodes"] and k <= cfg["max"]]))
        if abs(np.log(_level(cfg, new) / base)) >= 0.15:
            return new
    return {**st, "model": st["model"] * 1.5}


def _config(rng) -> dict:
    """The job and its collection path (one run)."""
    nodes = int(rng.choice([1, 2, 4, 8], p=[0.15, 0.3, 0.35, 0.2]))
    cfg = {"max": 8, "gpus": int(rng.choice([4, 8], p=[0.3, 0.7])), "gpu": rng.uniform(1500, 4000),
           "cores": int(rng.choice([32, 48, 64, 96, 128])), "core": rng.uniform(120, 400),
           "eff": rng.uniform(0.85, 0.97), "budget": rng.uniform(1200, 3000), "D": rng.uniform(5, 12),
           "jit": rng.uniform(0.02, 0.05), "ou": rng.uniform(0.01, 0.03), "tau": rng.uniform(1200, 7200),
           "stall": rng.uniform(0.0005, 0.003),
           # the collection path
           "idem": rng.random() < 0.7, "dup": rng.uniform(0.1, 0.3), "P": float(rng.choice([30, 60, 120])),
           "W": float(rng.choice([60, 120, 300, 600], p=[0.15, 0.35, 0.35, 0.15])), "append": rng.random() < 0.3,
           "base": rng.uniform(3, 15), "M": rng.uniform(2, 6), "phase": rng.uniform(0, 60)}
    cfg["R"] = (cfg["W"] + cfg["P"] + rng.uniform(120, 360)) if cfg["append"] else rng.uniform(180, 600)
    cfg["clock"] = rng.normal(0, 0.3, 8)
    if rng.random() < 0.15:  # one node's clock unsynced
        cfg["clock"][int(rng.integers(8))] += rng.choice([-1, 1]) * rng.uniform(0.2, 0.8) * cfg["W"]
    return cfg, {"nodes": nodes, "len": 1.0, "model": 1.0, "av": 1.0, "av_cpu": 1.0, "aug": 1.0}


def _episodes(rng, T: float, first: tuple, every: tuple, dur: tuple) -> list[tuple[float, float]]:
    """Episodes ``(start, end)``: the first within ``first`` h, then every ``every`` h, ``dur`` min long."""
    out, t = [], rng.uniform(*first) * 3600
    while t < T:
        d = rng.uniform(*dur) * 60
        out.append((t, t + d))
        t += d + rng.uniform(*every) * 3600
    return out


def _schedule(rng, n: int, setting: str):
    """The job's processes, pauses and stages on the true clock (s)."""
    cfg, st = _config(rng)
    T = n * STEP + 900.0
    d = {k: (lambda k=k: rng.uniform(*DUR[k][setting])) for k in DUR}
    relaunch = []
    if rng.random() < 0.7:
        relaunch.append(rng.uniform(0.25, 0.8) * T)
        if rng.random() < 0.25:
            relaunch.append(relaunch[0] + rng.uniform(0.1, 0.3) * T)
    mtbf = rng.uniform(15, 60) * 3600
    ck_every = int(rng.choice([1, 2]))
    procs, pauses_t, known_t, ramps = [], [], [], []
    t, su = 0.0, d["startup"]()
    pauses_t.append((0.0, su, "startup"))
    t = su
    ramps.append((t, rng.uniform(120, 480), rng.uniform(0.35, 0.65)))
    proc = {"t0": t, "st": st}
    n_val, next_val = 0, t + rng.uniform(*EVERY[setting])
    next_fail = t + max(1200.0, rng.exponential(mtbf))
    while True:
        if relaunch and relaunch[0] < t + 300:  # a relaunch is not planned into a pause
            relaunch[0] = t + rng.uniform(300, 900)
        next_fail = max(next_fail, t + rng.uniform(60, 600))  # a failure due in a pause strikes after it
        nxt_rel = relaunch[0] if relaunch else np.inf
        t1 = min(next_val, next_fail, nxt_rel, T)
        if t1 >= T or t >= T:
            proc.update(t1=max(T, t), how="end")
            procs.append(proc)
            break
        if t1 == next_val:
            n_val += 1
            v = d["valid"]()
            pauses_t.append((t1, t1 + v, "valid"))
            t = t1 + v
            if n_val % ck_every == 0:
                c = d["ckpt"]()
                pauses_t.append((t, t + c, "ckpt"))
                t += c
            next_val = t + rng.uniform(*EVERY[setting])
            continue
        how = "crash" if t1 == next_fail else "relaunch"
        proc.update(t1=t1, how=how)
        procs.append(proc)
        if how == "crash":
            a, b = d["down"](), d["restart"]()
            pauses_t.append((t1, t1 + a, "down"))
            pauses_t.append((t1 + a, t1 + a + b, "restart"))
            t = t1 + a + b
            ramps.append((t, rng.uniform(60, 180), rng.uniform(0.8, 0.95)))
        else:
            relaunch.pop(0)
            st = _stage(rng, cfg, st)
            a, b, c = d["stop"](), rng.uniform(60, 300), d["startup"]()
            pauses_t.append((t1, t1 + a, "stop"))
            pauses_t.append((t1 + a, t1 + a + b + c, "startup"))
            t = t1 + a + b + c
            known_t.append(t)
            ramps.append((t, rng.uniform(120, 480), rng.uniform(0.35, 0.65)))
        proc = {"t0": t, "st": st}
        next_val = t + rng.uniform(*EVERY[setting])
        next_fail = t + max(1200.0, rng.exponential(mtbf))
    return cfg, procs, pauses_t, known_t, ramps, T


def _frames(rng, cfg, procs, pauses_t, ramps, T: float) -> np.ndarray:
    """Each node's frames/s per tick: the stage's level (zero in pauses and outside the processes), the ramps after
    a start, per-tick noise (length-bucketed batches), a slow drift and stalls of the decoding workers."""
    nt = int(np.ceil(T / TICK))
    tc = (np.arange(nt) + 0.5) * TICK
    J = np.zeros((8, nt))
    for p in procs:
        i0, i1 = int(np.ceil(p["t0"] / TICK)), min(nt, int(p["t1"] // TICK))
        J[:p["st"]["nodes"], i0:i1] = _level(cfg, p["st"]) / p["st"]["nodes"]
    for a, b, _ in pauses_t:
        J[:, int(np.floor(a / TICK)):int(np.ceil(b / TICK))] = 0.0
    ramp = np.ones(nt)
    for t0, dur, r0 in ramps:
        s = (tc >= t0) & (tc < t0 + dur)
        ramp[s] = r0 + (1 - r0) * (tc[s] - t0) / dur
    drift = np.exp(np.repeat(hc.ou_path(rng, T, cfg["ou"], cfg["tau"]), K)[:nt])
    noise = np.exp(rng.normal(0, cfg["jit"], (8, nt)))
    stall = np.where(rng.random((8, nt)) < cfg["stall"], rng.uniform(0.3, 0.7, (8, nt)), 1.0)
    return J * ramp * drift * noise * stall


def _events(rng, cfg, procs, J, T: float, broker) -> dict:
    """Each node's JSON events (one per ``k`` steps, the frames since its last one): their tick ranges, event times
    on the node's clock, arrival at the topic and weight (0 lost, 1, 2 a duplicate)."""
    cols = {k: [] for k in ("node", "lo", "hi", "t", "arr", "m")}
    cnt = {"events": 0, "expired": 0, "unsent": 0, "crash_open": 0, "dups": 0}
    b0 = np.array([a for a, b in broker] + [np.inf])
    b1 = np.array([b for a, b in broker] + [np.inf])
    for p in procs:
        st = p["st"]
        i0, i1 = int(np.ceil(p["t0"] / TICK)), min(J.shape[1], int(p["t1"] // TICK))
        if i1 <= i0:
            continue
        fps_step = cfg["gpus"] * cfg["budget"]
        k = max(1, int(round(cfg["D"] * _level(cfg, st) / st["nodes"] / fps_step)))
        for node in range(st["nodes"]):
            cs = np.cumsum(J[node, i0:i1]) * TICK / fps_step
            hi = np.searchsorted(cs, k * np.arange(1, int(cs[-1] // k) + 1)) + 1 + i0
            hi = np.unique(hi)
            if p["how"] == "crash":
                cnt["crash_open"] += int(hi[-1] < i1) if len(hi) else 1
            elif not len(hi) or hi[-1] < i1:
                hi = np.append(hi, i1)  # a graceful stop flushes the last partial event
            lo = np.concatenate([[i0], hi[:-1]])
            t = hi * TICK + rng.uniform(0, 0.5, len(hi))
            j = np.searchsorted(b1, t, side="right")
            inb = t >= b0[j]
            arr = t + rng.exponential(0.2, len(t))
            m = np.ones(len(t), int)
            expired = inb & (b1[j] - t > DELIVERY)
            late = inb & ~expired
            arr[late] = b1[j][late] + rng.uniform(0, 5, late.sum())
            unsent = late & (b1[j] > p["t1"] + (0 if p["how"] == "crash" else 30))
            m[expired | unsent] = 0
            if not cfg["idem"]:
                dup = late & ~unsent & (rng.random(len(t)) < cfg["dup"])
                m[dup] = 2
                cnt["dups"] += int(dup.sum())
            cnt["events"] += len(t)
            cnt["expired"] += int(expired.sum())
            cnt["unsent"] += int(unsent.sum())
            for key, val in zip(cols, (np.full(len(t), node), lo, hi, t + cfg["clock"][node], arr, m)):
                cols[key].append(val)
    ev = {k: np.concatenate(v) for k, v in cols.items()}
    ev["counts"] = cnt
    return ev


def _query(rng, cfg, ev, n: int, T: float, fails, lags) -> tuple[np.ndarray, dict]:
    """The streaming query's micro-batches over the events in arrival order: each event's weight as the dashboard
    reads its window (0: dropped behind the watermark, or committed after the window's read)."""
    m = ev["m"].copy()
    w = np.floor(ev["t"] / STEP).astype(int)
    ok = (m > 0) & (w >= 0) & (w < n)
    m[~ok] = 0
    idx = np.nonzero(ok)[0]
    idx = idx[np.argsort(ev["arr"][idx], kind="stable")]
    A = ev["arr"][idx].tolist()
    ET = ev["t"][idx]
    pmax = np.maximum.accumulate(ET) if len(ET) else ET
    per_trigger = len(A) / T * cfg["P"]
    M = max(1, int(cfg["M"] * per_trigger))
    batch_of = np.full(len(A), -1)
    ends, wms = [], []
    p, t, wm, reruns = 0, cfg["phase"], -np.inf, 0
    fi = 0
    lag_s = [lag[0] for lag in lags]
    while t < T and p < len(A):
        if fi < len(fails) and fails[fi][0] <= t:
            t = max(t, fails[fi][1] + rng.uniform(30, 90))
            fi += 1
            continue
        i1 = min(bisect_right(A, t), p + M)
        j = bisect_right(lag_s, t) - 1
        slow = lags[j][2] if j >= 0 and t < lags[j][1] else 1.0
        e = t + cfg["base"] * (1 + 0.5 * (i1 - p) / M) * slow
        if fi < len(fails) and fails[fi][0] < e:  # the query fails mid-batch: the batch is rerun after its restart
            reruns += 1
            t = fails[fi][1] + rng.uniform(30, 90)
            fi += 1
            continue
        batch_of[p:i1] = len(ends)
        ends.append(e)
        wms.append(wm)
        if i1 > p:
            wm = max(wm, float(pmax[i1 - 1]) - cfg["W"])
        p = i1
        nxt = (np.floor((t - cfg["phase"]) / cfg["P"]) + 1) * cfg["P"] + cfg["phase"]
        t = max(e, nxt)
    ends, wms = np.array(ends + [np.inf]), np.array(wms + [np.inf])
    wi = w[idx]
    wend = (wi + 1.0) * STEP
    b = np.where(batch_of >= 0, batch_of, len(ends) - 1)
    dropped = wend <= wms[b]
    read = np.ceil(((wi + 1) * STEP + cfg["R"] - cfg["phase"]) / STEP) * STEP + cfg["phase"]
    if cfg["append"]:
        emit = ends[np.minimum(np.searchsorted(wms, wend, side="left"), len(ends) - 1)]
        unread = ~dropped & (emit > read)
    else:
        unread = ~dropped & (ends[b] > read)
    keep = ~dropped & ~unread
    m[idx[~keep]] = 0
    return m, {"late": int((dropped * ev["m"][idx]).sum()), "unread": int((unread * ev["m"][idx]).sum()),
               "batches": len(ends) - 1, "reruns": reruns}


def _read(run, part: np.ndarray, at: int = 0) -> np.ndarray:
    """The dashboard's points (frames/s per window) for the nodes' frames/s ``part`` on ticks ``[at, at + L)``:
    each counted event's frames (``part`` summed over its ticks) times its weight, summed per window. Linear in
    ``part``; the events, their windows and weights are the run's (fixed by its grid and episodes)."""
    L = part.shape[1]
    C = np.concatenate([np.zeros((part.shape[0], 1)), np.cumsum(part, axis=1) * TICK], axis=1)
    lo, hi = np.clip(run.ev_lo - at, 0, L), np.clip(run.ev_hi - at, 0, L)
    f = C[run.ev_node, hi] - C[run.ev_node, lo]
    return np.bincount(run.ev_w, weights=run.ev_m * f, minlength=run.n)[:run.n] / STEP


def _paused(run, healthy: np.ndarray) -> list[tuple[int, int]]:
    """The pause spans: a point is paused when pauses or a start-up ramp's first half fill a sixth of its minute,
    or when it reads 0; a lone paused point is widened to two."""
    n = run.n
    fill = np.zeros(n + 1)
    edges = np.arange(n + 1) * float(STEP)
    gaps = [(a, b) for a, b, _ in run.pauses_t] + [(t0, t0 + 0.5 * dur) for t0, dur, r0 in run.ramps if r0 < 0.7]
    for a, b in gaps:
        fill[:n] += np.clip(np.minimum(b, edges[1:]) - np.maximum(a, edges[:-1]), 0, None)
    mask = (fill[:n] >= STEP / 6) | (healthy <= 0)
    runs = np.flatnonzero(np.diff(np.concatenate([[0], mask.astype(int), [0]])))
    for s, e in zip(runs[::2], runs[1::2]):
        if e - s == 1 and e < n:
            mask[e] = True
    spans = []
    runs = np.flatnonzero(np.diff(np.concatenate([[0], mask.astype(int), [0]])))
    for s, e in zip(runs[::2], runs[1::2]):
        spans.append((int(s), int(e)))
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one run (the random stream ``[seed, setting, CODE]``)."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    cfg, procs, pauses_t, known_t, ramps, T = _schedule(rng, n, pauses)
    J = _frames(rng, cfg, procs, pauses_t, ramps, T)
    broker = _episodes(rng, T, (2, 60), (10, 80), (1, 10))
    fails = _episodes(rng, T, (5, 100), (20, 150), (2, 20))
    lags = [(a, b, rng.uniform(4, 20)) for a, b in _episodes(rng, T, (10, 100), (20, 150), (5, 40))]
    ev = _events(rng, cfg, procs, J, T, broker)
    m, qc = _query(rng, cfg, ev, n, T, fails, lags)
    keep = m > 0
    counts = {**ev["counts"], **qc, "broker": len(broker), "query_fails": len(fails), "lags": len(lags),
              "crashes": sum(p["how"] == "crash" for p in procs)}
    run = SimpleNamespace(cfg=cfg, procs=procs, pauses_t=pauses_t, known_t=known_t, ramps=ramps, J=J, n=n,
                          nt=J.shape[1], T=T, broker=broker, fails=fails, lags=lags, counts=counts,
                          ev_node=ev["node"][keep], ev_lo=ev["lo"][keep], ev_hi=ev["hi"][keep],
                          ev_w=np.floor(ev["t"][keep] / STEP).astype(int), ev_m=m[keep].astype(float))
    healthy = _read(run, J)
    spans = _paused(run, healthy)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in known_t], spans, n)
    run.spans = spans
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per point from its onset: a drop rises over ``tau`` points, a straggler switches
    between bursts at 1 and calm at 0.1-0.3, a leak grows as ``(s / ramp) ** p`` and holds."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 5))
    if kind == "leak":
        return np.minimum(1.0, (s / ramp) ** rng.uniform(0.7, 1.5))
    w, i, burst = np.empty(length), 0, True
    calm, on, off = rng.uniform(0.1, 0.3), rng.uniform(5, 40), rng.uniform(10, 60)
    while i < length:
        k = 1 + int(rng.exponential(on if burst else off))
        w[i:i + k] = 1.0 if burst else calm
        i += k
        burst = not burst
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: every node's frames/s times ``1 - a w(t)`` from its onset,
    read through the same events; ``a`` set for the drawn loss over its live points. ``(Event, mod)`` or None."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(120, min(900, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.35:
            cand = [e for s, e in run.spans if lo <= e < last]
            if not cand:
                continue
            onset = cand[int(rng.integers(len(cand)))] + int(rng.integers(0, 3))
        else:
            onset = int(rng.integers(lo, last))
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        wt = np.repeat(_weight(rng, kind, stop - onset, max(ramp, 1)), K)
        t0 = onset * K + int(rng.integers(K))
        wt = wt[:max(0, run.nt - t0)]
        L = _read(run, run.J[:, t0:t0 + len(wt)] * wt, t0)
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        c0 = onset + int(0.9 * ramp) if kind == "leak" else onset
        hs, ls = healthy[c0:stop][live[c0:stop]].sum(), L[c0:stop][live[c0:stop]].sum()
        if ls <= 0 or target * hs / ls > 0.8:
            continue
        a = target * hs / ls
        v = np.maximum(healthy - a * L, 0.0)
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
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (a, t0, wt)
    return None


def _series(run, mods) -> np.ndarray:
    """The read with the regressions ``mods`` (``(a, first tick, weight per tick)``)."""
    v = _read(run, run.J)
    for a, t0, wt in mods:
        v = v - a * _read(run, run.J[:, t0:t0 + len(wt)] * wt, t0)
    return np.maximum(v, 0.0)


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1.0)


def make_heldout91(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                   setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, _series, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout91_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT91_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout91, seeds, n, pauses)
