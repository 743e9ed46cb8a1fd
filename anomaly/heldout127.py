"""The hundred-and-twenty-seventh held-out throughput family: a crowd-counting model's training images/s (density-map
regression, CSRNet- or DM-Count-style, dense crowd photographs decoded, cropped and rescaled on CPU workers), each
node's reporter putting a 10-s count into Amazon Kinesis Data Streams, a KCL consumer summing per-minute totals.

(No generator's head names Kinesis, DynamoDB, a client library (KCL), crowd counting or a density map (``grep -ic`` on
``/tmp/s55/genheads122.txt``: 0 each; "at-least-once", "random crop" and "scale aug" 0 too); "partition key|shard"
matches 3 heads (a sharded embedding, a sharded Partial FC, sharded Parquet files: none a stream's shard). Job and path
named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout122.py`` lines 1-110 and 501-510 (its
``make_heldout122`` and ``heldout122_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout122.py`` (all), ``anomaly/heldout_common.py`` (all, in parts: one ``cat`` of several
allowed files was cut by the tool), ``tests/trace_checks.py`` (lines 1-260 and its last ~70 lines; the middle of the
cut ``cat`` not seen again), ``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110,
``/tmp/s55/genheads122.txt`` through ``grep -i``/``grep -c`` only (one ``grep -i`` printed the 3 matching heads'
lines, cut at 220 characters). Slips: a ``wc -l`` of ``anomaly/heldout122.py`` (510 lines) with the ``grep -n``; none
else. My scratch scripts (``/tmp/w127s/``, not committed) built and measured this family only.

Public sources read (excerpts through the search tool): the PutRecords API reference (SDK docs: up to 500 records a
call; a shard takes 1,000 records/s or 1 MiB/s of writes; the partition key's MD5 maps a record to a shard, so one
node's records all land on one shard) and a gist restating that a shard over its limit answers
``ProvisionedThroughputExceededException``; a re:Post answer on a shard's read limits (2 MB/s, 5 GetRecords calls/s);
the record's ``ApproximateArrivalTimestamp`` (set when the stream takes it: the stream's clock, not the node's) and
``MillisBehindLatest`` / Lambda's ``IteratorAge`` (how far a consumer is behind the tip); the KCL pages (workers,
leases in a DynamoDB table keyed by shard id, ``failoverTimeMillis``, lease balancing and stealing from the worker with
most leases; the troubleshooting list: records of one shard processed by two record processors at once); "Handle
duplicate records" (producer retries after a network timeout write a record twice; consumer retries: a restarted record
processor resumes from the last checkpoint and processes records again, and these outnumber the producer's); the
resharding pages (split and merge, the stream active again after) only in their first lines. Nothing read on the job:
its figures are assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %) of 4 or 8 GPUs (0.85-0.97 per node doubling); a GPU
trains 15-90 images/s (log-uniform) at the first stage, where the step waits for the slower of the CPU workers'
decoding (photographs of a few to tens of megapixels, decoded, rescaled and cropped) and the GPU's step on the crop
(a soft maximum, the GPU's part 0.4-0.95 of the CPU's: mostly loader-bound). The per-5-s rate swings with a batch's mix
of huge and small photographs: an AR(1) of its log (sd 5-14 %, Student-t 4 innovations, correlation 10-60 s), with a
slow OU (sd 1-3 %, 20-120 min). Epochs are short (small datasets, repeated): one every 1-10 min at the first stage's
rate, ending in a stall of 2-12 s (60 % of runs: DataLoader workers re-spawned each epoch) or 0.3-1.5 s. Relaunches:
0-3 at 15-85 % of the run, 1 h apart or more, each onto another dataset (images 0.3-3 times the megapixels), another
crop side (0.75 or 1.5 times) or, 1 in 6, twice or half the nodes; redrawn until the level moves 15 % (1/3 to 3
times); 30 failed draws keep the stage (never in these sets). Pauses: start-up 3-12 min ("long" 40-110: density maps
built on CPU for the whole dataset) and a ramp from 40-70 % over 1-4 min (page cache, workers spawned); validation on
full-resolution images at batch 1 every 15-40 min of training, 1-3.5 min ("long" every 60-180 min, 15-40 min; times
``exp(N(0, 0.2))``); crashes (exponential, mean 12-48 h): down 1-4 min ("long" 6-40, a node replaced) and a start-up
of 2-6 ("long" 10-30); a relaunch: stop 1-3 min and queued 1-5 ("long" 5-12 and 5-60), then a start-up. A crash or
relaunch due inside a validation comes at its end.

On the path (not checked): a node's reporter puts one record every 10 s (a ``sleep(10)`` loop drifting by its own
work, 2-50 ms a record, in half the runs: the records' phase walks through the minute; else a fixed-rate timer) with
its node's images since its last record; the node's share of the job's images fixed per life (sd 3 %). A graceful
stop (a relaunch, the run's end) puts a last record in half the runs; a crash loses the images since the last record.
A put lands 0.05 s + exponential(0.15 s) after its window's end. The stream has 1, 2 or 4 shards, each node's key on
one of them. A log shipper sharing the stream fills a shard's write limit in episodes (mean gap 2-12 h, 2-20 min
long): a put on that shard fails (FailedRecordCount) with probability 0.2-0.8 and is resent with the next batch, 10 s
later, at most 1, 2, 3 or 5 times (or until it lands) per run, then dropped. A lost response makes the SDK write a
record twice (0.01-0.1 % of records, 1-10 s later). The consumer (KCL) processes a record 0.2-2 s (plus exponential
0.3 s) after its arrival and adds it to its minute (by ``ApproximateArrivalTimestamp``) in the totals table; stalls
(mean gap 6-30 h, 5-240 s: a worker failover waiting out ``failoverTimeMillis``, a lease steal, a child shard waiting
for its parent after a reshard, a throttled DynamoDB checkpoint) hold 70 % of the shards' records until the stall's
end, then catch up at 5-20 times real time; in 60 % of stalls the worker died or lost its lease and the records since
its last checkpoint (every 30-600 s) are processed again (at-least-once: counted twice). The monitor reads a minute's
total 20-90 s after the minute (0-2 s jitter): a record processed later is never read (its minute read short); 0.05 %
of reads fail and repeat the previous minute's total (that minute's own records lost). A point is that total / 60
(images/s) stamped at the minute's end. No node clock skew is modelled: the minute is the stream's arrival stamp, so a
node's clock only sets its records' phase (the consumer's lag stands for the iterator age). The reads are linear in
the job's images: record windows and fates are the healthy run's.

A point is paused where its minute touches a pause, a ramp's first half or the 15 s after (the first records of a
life), or where it reads nothing; spans with no live point between are merged; a listed change is the first point
after a relaunch's span. Labelled regressions (a share ``a w`` of each tick's images lost, carried through the same
records and reads): ``drop`` (the loader's workers killed one by one by the host's OOM killer: ``w = min(1, (s + 1) /
tau)``, ``tau`` 1-6 points), ``straggler`` (one node's CPUs throttled in bursts by a noisy neighbour: 1 for a mean of
5-30 points, calm for a mean of 20-90 at 0.05-0.25), ``leak`` (a cache of scale-augmented copies swapping: ``w = (s /
ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a pause span's end, the rest uniform, lengths by
``hc.event_stop``, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set from the reads of
the lost images (linear), refused above 1; kept by ``hc.changed_span`` and ``hc.shown_depth``; ``w`` per point, the
same on its 12 ticks.

Measured (``heldout127_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     34      12    13         9     0.089-0.326  27              1-18 (2453, 0 >60)
long      30      10    11         9     0.088-0.326  16              1-107 (510, 27 >60)

Planned changes listed: short 14, long 9 (of 14 and 9 relaunches, none kept its stage); crashes 36 and 44. The path
over each set (counts): short: lives ending with unlogged images 81, puts throttled 10,790, resent 10,496, dropped
294, producer duplicates 355, records processed after their minute's read 451, replayed records counted 97, failed
reads 40; long: 102, 15,002, 14,119, 883, 323, 499, 69, 32. The reads' sum over the live points against the job's
images: 0.997-1.001 (short), 0.993-1.001 (long); the live points' minute-to-minute change (median ``|d log|`` per
seed) 4.1-11.4 % (short), 3.4-8.4 % (long), its 99th percentile 19-54 % and 18-43 %; the live median level 94-2,583
images/s (short), 44-1,072 (long); live points below 75 % of the median of their 60 live neighbours 0.1-1.9 % per
seed (both sets), above 125 % 0.02-4.1 %. Changes after the first measure (before this table): the "long" pauses (first
validation 10-25 min, start-up 20-50, crash down 6-18, queue 5 min) gave no span over 60 points: now as above; two
bugs fixed (a crash or relaunch due inside a validation put time back; a life with no record broke the arrays). The
tests check the laws on the first 4 seeds at 3,000 points (``SPANS`` bounds their spans and the full sets').

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT127_SEEDS = tuple(range(1272000, 1272012))
CODE = 127
TICK = 5.0  # s: the job's rate grid
K = 12  # ticks per point
STEP = TICK * K  # s: one point, one minute total
EPOCH = 1_780_000_020 - 1_780_000_020 % 60  # a minute boundary (unix s)
PERIOD = 10.0  # s: a reporter's record
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (1, 30), "long": (1, 160)}  # a merged validation and crash can pass 110
PATH_KEYS = ("unlogged", "throttled", "resent", "dropped", "producer_dups", "late", "replayed", "failed_reads")


# ----------------------------------------------------------------------------------------------------------- the job

def _level(cfg: dict, st: dict) -> float:
    """Images/s of a stage: GPUs times a GPU's rate, over the slower of the CPU decode (megapixels ``mp``) and the
    GPU's step (crop area ``crop ** 2``), 1 at the first stage; ``eff`` per doubling of the nodes."""
    nodes = st["nodes"]
    cost = hc.smax(st["mp"], cfg["g"] * st["crop"] ** 2) / hc.smax(1.0, cfg["g"])
    return cfg["gpu"] * cfg["gpn"] * nodes * cfg["eff"] ** np.log2(nodes) / cost


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's stage: another dataset (its images 0.3-3 times the megapixels), another crop side (0.75 or 1.5
    times) or, 1 in 6, twice or half the nodes (1-4); redrawn until the level moves 15 % (1/3 to 3 times). None
    when 30 draws find none."""
    for _ in range(30):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6:
            new["nodes"] = int(np.clip(st["nodes"] * (2 if rng.random() < 0.5 else 0.5), 1, 4))
        elif u < 0.6:
            new["mp"] = st["mp"] * hc.log_uniform(rng, 0.3, 3.0)
        else:
            new["crop"] = st["crop"] * (0.75 if rng.random() < 0.5 else 1.5)
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return None


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's timeline: lives (training between a start and a stop), pauses ``(t0, t1, kind)`` in which nothing
    is trained, start-up ramps, and the planned changes (relaunches onto another stage)."""
    long = setting == "long"
    T = n * STEP
    cfg = {"gpu": hc.log_uniform(rng, 15, 90), "gpn": int(rng.choice([4, 8])), "eff": rng.uniform(0.85, 0.97),
           "g": rng.uniform(0.4, 0.95)}
    st = {"mp": 1.0, "crop": 1.0, "nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25]))}
    k = int(rng.integers(0, 4))
    rel = sorted(rng.uniform(0.15, 0.85, k) * T)
    rel = [t for i, t in enumerate(rel) if i == 0 or t - rel[i - 1] >= 3600]
    crash_mean = rng.uniform(12, 48) * 3600
    val_every = (15 * 60, 40 * 60) if not long else (60 * 60, 180 * 60)
    val_len = (60, 210) if not long else (900, 2400)
    pauses_t, lives, ramps, known_t = [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0}
    t = 0.0
    su = rng.uniform(180, 720) if not long else rng.uniform(2400, 6600)  # density maps built before the first step
    pauses_t.append((t, t + su, "startup"))
    t += su
    next_crash = t + rng.exponential(crash_mean)
    while t < T:
        a = t
        ramp = rng.uniform(60, 240)
        ramps.append((a, a + ramp, rng.uniform(0.4, 0.7)))  # the loader's warm-up: page cache, workers spawned
        train = []
        while True:
            tv = t + rng.uniform(*val_every)
            nr = max(rel[0], t) if rel else np.inf  # one falling due in a validation comes at its end
            next_crash = max(next_crash, t)
            stop = min(tv, nr, next_crash, T)
            train.append((t, stop))
            if stop >= T:
                t = T
                end = "end"
                break
            if stop == tv:
                dv = rng.uniform(*val_len) * np.exp(rng.normal(0, 0.2))  # full-resolution validation, batch 1
                pauses_t.append((tv, tv + dv, "val"))
                t = tv + dv
                continue
            t = stop
            end = "crash" if stop == next_crash else "relaunch"
            break
        lives.append(SimpleNamespace(a=a, b=t, train=train, st=dict(st), end=end, level=_level(cfg, st)))
        if end == "end":
            break
        if end == "crash":
            counts["crashes"] += 1
            down = rng.uniform(60, 240) if not long else rng.uniform(360, 2400)  # a node replaced
            up = rng.uniform(120, 360) if not long else rng.uniform(600, 1800)
            pauses_t.append((t, t + down + up, "crash"))
            t += down + up
            next_crash = t + rng.exponential(crash_mean)
        else:
            rel.pop(0)
            counts["relaunches"] += 1
            if not long:
                stop_q = rng.uniform(60, 180) + rng.uniform(60, 300)
            else:
                stop_q = rng.uniform(300, 720) + rng.uniform(300, 3600)
            up = rng.uniform(120, 360) if not long else rng.uniform(600, 1800)
            pauses_t.append((t, t + stop_q + up, "relaunch"))
            t += stop_q + up
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            if new is None:
                counts["kept_stage"] += 1
            else:
                st = new
                if t < T:
                    known_t.append(t)
        while rel and rel[0] < t + 600:
            rel[0] = t + rng.uniform(600, 1800)
            rel.sort()
    return SimpleNamespace(n=n, dt=STEP, k=K, nt=n * K, T=T, cfg=cfg, pauses_t=pauses_t, lives=lives, ramps=ramps,
                           known_t=known_t, counts=counts)


def _rates(rng, run) -> np.ndarray:
    """Images trained per 5-s tick: the stage's level, the loader's noise (an AR(1) of the log rate, Student-t
    innovations: huge and small photographs in a batch), a slow OU drift, the start-up ramp, an epoch-end stall
    (DataLoader workers re-spawned, the sampler reshuffled), nothing in a pause."""
    nt = run.nt
    sd, tau = rng.uniform(0.05, 0.14), rng.uniform(10, 60)
    phi = np.exp(-TICK / tau)
    e = rng.standard_t(4, nt) / np.sqrt(2) * sd * np.sqrt(1 - phi * phi)
    x = np.empty(nt)
    x[0] = 0.0
    for i in range(1, nt):
        x[i] = phi * x[i - 1] + e[i]
    slow = hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))
    x += np.repeat(slow, K)[:nt]
    stall = rng.uniform(2, 12) if rng.random() < 0.6 else rng.uniform(0.3, 1.5)
    epoch_min = rng.uniform(1, 10)  # an epoch's length at the first stage's rate
    tt = np.arange(nt) * TICK
    J = np.zeros(nt)
    for lf in run.lives:
        frac = np.zeros(nt)
        for x0, x1 in lf.train:
            i0, i1 = int(x0 // TICK), min(nt, int(np.ceil(x1 / TICK)))
            if i0 >= nt:
                break
            frac[i0:i1] = np.clip(np.minimum(tt[i0:i1] + TICK, x1) - np.maximum(tt[i0:i1], x0), 0, TICK) / TICK
        i0, i1 = int(lf.a // TICK), min(nt, int(np.ceil(lf.b / TICK)))
        period = epoch_min * 60 * run.lives[0].level / lf.level
        idle = np.zeros(i1 - i0)
        ep = np.arange(lf.a + period, lf.b, period + stall)
        idx = (ep // TICK).astype(int) - i0
        idx = idx[(idx >= 0) & (idx < len(idle))]
        idle[idx] = min(stall, TICK) / TICK
        J[i0:i1] += lf.level * TICK * frac[i0:i1] * np.exp(x[i0:i1]) * (1 - idle)
    for a, b, f in run.ramps:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        J[i0:i1] *= f + (1 - f) * np.clip((tt[i0:i1] - a) / (b - a), 0, 1)
    return J


# ----------------------------------------------------------------------------------------------------------- the path

def _cum(J: np.ndarray) -> np.ndarray:
    return np.concatenate([[0.0], np.cumsum(J)])


def _at(C: np.ndarray, t) -> np.ndarray:
    """Images trained before time ``t`` (linear inside a tick)."""
    return np.interp(np.asarray(t) / TICK, np.arange(len(C)), C)


def _episodes(rng, T: float, mean_gap_h: tuple, length_s: tuple) -> list[tuple[float, float]]:
    """Disjoint episodes ``(t0, t1)`` before ``T``: gaps exponential (mean drawn in ``mean_gap_h`` hours)."""
    gap = rng.uniform(*mean_gap_h) * 3600
    out, t = [], rng.exponential(gap)
    while t < T:
        d = rng.uniform(*length_s)
        out.append((t, t + d))
        t += d + rng.exponential(gap)
    return out


def _path(rng, run) -> SimpleNamespace:
    """Each record's window ``(prev, put)`` and share, and the points its images are read in (an entry per read)."""
    T, n = run.T, run.n
    p = SimpleNamespace(counts={k: 0 for k in PATH_KEYS})
    c = p.counts
    n_shards = int(rng.choice([1, 2, 4]))
    drift = rng.random() < 0.5  # a sleep(10) loop drifts by its own work; else a fixed-rate timer
    flush = rng.random() < 0.5  # a graceful stop puts a last record
    max_resend = int(rng.choice([2, 3, 5, 1000]))  # 1000: resent until it lands
    q = rng.uniform(0.2, 0.8)
    throttle = _episodes(rng, T, (2, 12), (120, 1200))  # a log shipper sharing the stream fills a shard's 1 MB/s
    p_dup = hc.log_uniform(rng, 1e-4, 1e-3)
    node_shard = {}
    prev, put, share, node = [], [], [], []
    for lf in run.lives:
        nodes = lf.st["nodes"]
        sh = np.exp(rng.normal(0, 0.03, nodes))
        sh /= sh.sum()
        for j in range(nodes):
            node_shard.setdefault(j, int(rng.integers(n_shards)))
            per = PERIOD + (rng.uniform(0.002, 0.05) if drift else 0.0)
            ts = lf.a + rng.uniform(0, PERIOD) + per * np.arange(int((lf.b - lf.a) / per) + 1)
            ts = ts[ts < lf.b]
            pv = np.concatenate([[lf.a], ts])[:len(ts)]
            if lf.end == "relaunch" and flush or lf.end == "end":
                pv, ts = np.append(pv, ts[-1] if len(ts) else lf.a), np.append(ts, lf.b)
            elif len(ts):
                c["unlogged"] += 1
            prev.append(pv)
            put.append(ts)
            share.append(np.full(len(ts), sh[j]))
            node.append(np.full(len(ts), j))
    p.prev, p.put, p.w, p.node = (np.concatenate(x) for x in (prev, put, share, node))
    m = len(p.put)
    shard = np.array([node_shard[j] for j in p.node])
    hot_shard = rng.integers(n_shards, size=len(throttle))
    arr = p.put + 0.05 + rng.exponential(0.15, m)  # the PutRecords batch and the network
    keep = np.ones(m, bool)
    for (a, b), s in zip(throttle, hot_shard):
        for i in np.nonzero((arr >= a) & (arr < b) & (shard == s))[0]:
            k = 0
            while arr[i] < b and rng.random() < q:  # ProvisionedThroughputExceeded: resent with the next batch
                c["throttled"] += 1
                k += 1
                if k > max_resend:
                    keep[i] = False
                    c["dropped"] += 1
                    break
                arr[i] += PERIOD
                c["resent"] += 1
    rec = np.nonzero(keep)[0]
    dup = rec[rng.random(len(rec)) < p_dup]  # a response lost: the SDK's retry writes the record again
    c["producer_dups"] = len(dup)
    rec = np.concatenate([rec, dup])
    a_t = np.concatenate([arr[keep], arr[dup] + rng.uniform(1, 10, len(dup))])
    sh_of = shard[rec]
    # the consumer: processed 0.2-2 s after arrival, later in a stall (a failover, a lease steal, a reshard's child
    # waiting for its parent, a slow DynamoDB checkpoint), and again from the last checkpoint after a failover
    proc = a_t + rng.uniform(0.2, 2.0) + rng.exponential(0.3, len(a_t))
    ckpt = rng.uniform(30, 600)
    stalls = _episodes(rng, T, (6, 30), (5, 240))
    replay_i, replay_p = [], []
    for a, b in stalls:
        s = rng.random(n_shards) < 0.7
        speed = rng.uniform(5, 20)
        hit = s[sh_of] & (a_t >= a) & (a_t < b)
        proc[hit] = np.maximum(proc[hit], b + (a_t[hit] - a) / speed)
        if rng.random() < 0.6:  # the worker died or lost its lease: records since the checkpoint come again
            tc = a - (a % ckpt)
            again = np.nonzero(s[sh_of] & (a_t >= tc) & (a_t < a))[0]
            replay_i.append(again)
            replay_p.append(b + (a_t[again] - tc) / speed)
    ri = np.concatenate(replay_i).astype(int) if replay_i else np.zeros(0, int)
    rp = np.concatenate(replay_p) if replay_p else np.zeros(0)
    e_rec = np.concatenate([rec, rec[ri]])
    e_arr = np.concatenate([a_t, a_t[ri]])
    e_proc = np.concatenate([proc, rp])
    minute = (e_arr // STEP).astype(int)
    D = rng.uniform(20, 90)
    read_t = (np.arange(n + 2) + 1) * STEP + D + rng.uniform(0, 2, n + 2)
    ok = (minute < n) & (e_proc <= read_t[np.minimum(minute, n + 1)])
    c["late"] = int((~ok[:len(rec)] & (minute[:len(rec)] < n)).sum())
    c["replayed"] = int(ok[len(rec):].sum())
    e_rec, minute = e_rec[ok], minute[ok]
    failed = np.nonzero(rng.random(n) < 5e-4)[0]
    failed = failed[failed > 0]
    c["failed_reads"] = len(failed)
    fail = np.zeros(n, bool)
    fail[failed] = True
    rep = fail[np.minimum(minute + 1, n - 1)] & (minute + 1 < n)  # the monitor's read failed: it repeats the last
    p.e_rec = np.concatenate([e_rec[~fail[minute]], e_rec[rep]])
    p.e_point = np.concatenate([minute[~fail[minute]], minute[rep] + 1])
    p.n_shards, p.drift, p.flush, p.max_resend, p.D = n_shards, drift, flush, max_resend, D
    return p


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's points (images/s) for the job's images per tick ``J``: linear in ``J``."""
    p = run.path
    C = _cum(J)
    body = p.w * (_at(C, p.put) - _at(C, p.prev))
    return np.bincount(p.e_point, weights=body[p.e_rec], minlength=run.n)[:run.n] / STEP


# ----------------------------------------------------------------------------------------------------------- a trace

def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.J = _rates(rng, run)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    spans = []
    ramp_end = {a: a + 0.5 * (b - a) for a, b, f in run.ramps}
    for a, b, kind in run.pauses_t:
        b2 = ramp_end.get(b, b)
        hc.add_span(spans, int(a // STEP), min(n, int(np.ceil((b2 + 15) / STEP))))
    for i in np.nonzero(h <= 0)[0]:
        spans.append((int(i), int(i) + 1))
    spans.sort()
    merged = []
    for s, e in spans:
        if s >= n:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, min(e, n)))
    live = hc.live_mask(merged, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], merged, n)
    return run, h, merged, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of the samples lost per point (times its magnitude)."""
    s = np.arange(length)
    if kind == "drop":  # the loader's workers OOM-killed one by one, fewer left to decode
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":  # the decoded-image cache of scale-augmented copies swapping
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    calm = rng.uniform(0.05, 0.25)  # a node's CPU throttled in bursts (a noisy neighbour on the workers' cores)
    w = np.full(length, calm)
    i, bad = 0, rng.random() < 0.5
    while i < length:
        d = int(rng.exponential(rng.uniform(5, 30) if bad else rng.uniform(20, 90))) + 1
        if bad:
            w[i:i + d] = 1.0
        i, bad = i + d, not bad
    if not (w == 1).any():
        w[:5] = 1.0
    return w


def _draw(rng, run, healthy, live, changes, lo, hi, to_end, want):
    """One regression of kind ``want`` in ``[lo, hi)``: ``(Event, (0, loss))`` or None."""
    n = run.n
    ends = [e for s, e in hc.rollup_spans(run.pauses_t, STEP, n)]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.3:
            cand = [e for e in ends if lo <= e < last]
            if not cand:
                continue
            onset = int(cand[int(rng.integers(len(cand)))] + rng.integers(0, 3))
        else:
            onset = int(rng.integers(lo, last))
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        w = _weight(rng, kind, stop - onset, ramp)
        wt = np.zeros(run.nt)
        wt[onset * K:stop * K] = np.repeat(w, K)
        m1 = _reads(run, run.J * wt)
        c0 = onset + ramp if kind == "leak" else onset
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        hs = healthy[c0:stop][live[c0:stop]].sum()
        l1 = m1[c0:stop][live[c0:stop]].sum() / hs if hs > 0 else 0.0
        if not l1 > 0 or target / l1 > 1:
            continue
        m = target / l1 * m1
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n)
        if span is None:
            continue
        onset2, end = span
        if any(onset2 <= c < end for c in changes):
            continue
        ramp_end = onset + ramp if kind == "leak" else onset2
        if kind == "leak" and not onset2 < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset2, ramp_end, end, n, (ramp_end - onset2) // 3,
                               max_depth=0.35)
        if depth is not None:
            return Event(kind, onset2, ramp_end, end, round(depth, 4)), (0, m)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout127(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout127_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT127_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout127, seeds, n, pauses)
