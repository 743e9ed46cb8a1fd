r"""The hundred-and-eighty-seventh held-out throughput family: a beehive health model's training clips/s (a CNN over
log-mel spectrograms telling queenright, queenless, pre-swarming and varroa-stressed colonies from microphones inside
hives of commercial apiaries, hive-scale weight and temperature as side inputs; WAV and FLAC recordings from the
apiaries' gateways decoded, resampled, cut into clips, filtered for rain and traffic noise and augmented on CPU
workers, the rare queenless and swarming classes oversampled; an evaluation pass on a held-out apiary now and then),
read through Sidekiq: each node's reporter enqueues a small job (its clock's time, its clips since its last report)
every 15-30 s into a Redis-backed Sidekiq queue, a pool of Sidekiq worker processes runs the jobs, each inserting a
row into a PostgreSQL table, and a monitor queries the table once a minute and sums clips per minute of the job's
time or of the row's insert time.

(No generator's head names Sidekiq, a beehive, an apiary, a queen, varroa or a swarm (``grep -ic`` on
``/tmp/s66/heads187.txt``, the first 3 lines of every generator: 0 each); "redis" matches 2 heads (a RedisTimeSeries
``TS.INCRBY`` path and one other), "postgres" 1 (Synapse's stalls), "log-mel" 4 and "audio" 13 (whale calls,
mosquitoes, birds, heart sounds: an audio CNN is not new, the beehive job is; a job queue of Redis lists, its workers,
retry set and rows in PostgreSQL are). Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all); ``anomaly/heldout150.py`` lines 1-110, then ``grep -n
"^def make_heldout150\|^def heldout150_set"`` (lines 541 and 548) and ``sed -n 541,600p`` (to its end, line 550);
``tests/test_anomaly_heldout150.py`` (all); ``anomaly/heldout_common.py`` (all: one ``cat`` whose middle was cut by
the tool, then ``wc -l`` (537), ``grep -n "^def place_events"`` and ``sed -n 134,262p`` and ``sed -n 340,450p``);
``tests/trace_checks.py`` (all); ``anomaly/traces.py`` lines 1-80; ``tests/test_architecture.py`` lines 1-110; the
first 3 lines of every generator (``for f in anomaly/heldout*.py; do echo "== $f"; head -3 "$f"; done``, written to
``/tmp/s66/heads187.txt`` and read there with ``grep -ic`` per word and one ``grep -i -B1 -A1`` of "redis",
"postgres", "hive", "bee", "log-mel", "flac", "job queue", "worker pool", which printed only lines of those heads).
Slips: none that I know of. The tests import ``HELDOUT150_SEEDS`` (to keep the seeds apart), not its code.

Public sources read (excerpts through the search tool): Sidekiq's wiki "Reliability" (basic fetch uses ``BRPOP``: a
job taken by a process that crashes is lost; Pro's ``super_fetch`` keeps it in a private list with ``RPOPLPUSH`` and
re-queues orphans on a later process start, once the dead process's heartbeat has expired (60 s) and an hour has
passed since the last orphan check; github.com/mperham/sidekiq/wiki/Reliability); the "Pro Reliability Client" page
(a push's Redis error raises into the caller; Pro's ``reliable_push!`` keeps failed pushes in a per-process in-memory
queue, drained at the next successful push, lost with the process); blog posts on ``super_fetch`` (bigbinary.com,
thoughtbot.com, blog.oxyconit.com); the retry schedule (issue mperham/sidekiq#2168 and gists: ``count ** 4 + 15 +
rand(30) * (count + 1)`` s, newer versions ``rand(10)``; 25 retries then the dead set; a ``sidekiq_options retry: N``
gives up sooner); the scheduled/retry poller (rubydoc ``Sidekiq::Scheduled::Poller``, the wiki's "Scheduled Jobs":
polls every ~15 s, later an average of 5 s scaled by the process count, at a random interval; gitlab.com
infrastructure issue 1380); issues sidekiq#4133, #3607, #5109, #5047, #3533 (``TSTP`` quiets a process, ``TERM``
then gives jobs ``-t`` seconds (8, later 25) and pushes unfinished ones back; a ``kill -9`` before that loses them
with basic fetch); issues sidekiq#5712, #5562, PR #4752, fleetyards#4335 (Redis must run ``noeviction``; with
``allkeys-lru`` a queue, retry or scheduled set can be evicted and its jobs silently gone); issues sidekiq#2999,
#5271, PR #2550, redis/docker-library-redis#434 (after a failover clients on the old master get ``READONLY`` until
they reconnect; writes not yet replicated to the promoted replica are lost; "Redis is online, 8.1 sec downtime").
On the job: the abstracts of beehive-audio papers (QueenBuzz, mseuf.edu.ph; "Bee Together", Sensors 2024 24(18)
6067; Hindawi MPE 2021 5594498; Electronics 2023 12(7) 1627; Appl. Sci. 2023 13(1) 195 on rain and traffic noise):
CNNs over mel spectrograms / MFCCs, queenright vs queenless, environmental noise. Not read (from memory, unchecked):
PostgreSQL's ``now()`` being the transaction's start (a row stalled in its commit keeps its start time); the sizes of
real apiaries' datasets; how a Python client writing Sidekiq's job format handles a connection error.

Assumed without checking (the job): 1, 2 or 3 nodes (45/35/20 %) of 1, 2 or 4 GPUs (30/40/30 %, 0.85-0.97 per
doubling); the GPUs train 150-3,000 clips/s each (log-uniform), the CPU workers (decode, resample, mel, the rain and
traffic filter, augmentation) feed 1.05-2.2 times that; a step waits for the slower side (a soft maximum of the
costs). Recordings are read one apiary-month shard at a time: a shard lasts 4-30 min of training (log-uniform), its
recordings' sample rates and lengths set its CPU cost (a factor, sd 4-12 %), 20-35 % of shards are from rainy weeks
whose filter rejects many clips (CPU 8-25 % dearer), and opening one stalls 2-20 s at 20-60 % of the rate; per 5-s
tick an AR(1) of the log (sd 2-5 %, correlation 10-40 s) and a slow OU (sd 1-3 %, 20-120 min). Relaunches: 0-3 at
15-85 % of the run, an hour apart, each more mel bins and longer clips (at most twice: 1.3-1.8 times dearer on the
GPUs), heavier augmentation (at most twice: 1.3-1.7 on the CPUs) or, 1 in 6, another node count; redrawn until the
level moves 15 % (1/3 to 3 times; 50 draws, else the stage is kept and no change listed). Pauses: start-up 3-10 min
("long" 30-70) and a ramp from 40-75 % over 2-6 min; an evaluation on the held-out apiary every 25-80 min of
training (each gap 0.85-1.15 of it), 1.5-5 min ("long" 8-22), every 2nd or 3rd followed by a checkpoint (15-60 s,
"long" 1-4 min); crashes (exponential, mean 10-40 h): down 1-4 min ("long" 5-15), then a start-up of 2-6 ("long"
8-20) and a ramp; a relaunch: stopped 1-3 min ("long" 5-12) and queued 1-5 min, then a start-up and its ramp.

On the path (partly read, the rates assumed): each node's training process runs a reporter from its start that
reports every ``P`` s (15-30 per node, plus 0-0.3 s) the clips since its last report (its node's share of the job's
clips), stamped with the node's clock; a crash loses the interval under way, a graceful stop reports it. Node clocks:
synced, a constant offset (sd 0.02-0.5 s); in 30 % of runs each node is unsynced with probability 0.6: an offset
(sd 1 s) drifting 5-60 ppm either way, stepped back near 0 (sd 0.2 s) 0.5-3 times a day. The push reaches Redis
1-20 ms after the report; Redis fails over 0.05-0.5 times a day (3-30 s of connection errors, then ``READONLY`` on
each node's stale connection for 0-60 s more; pushes of the last 0-2 s before it that no worker had taken yet are
lost, unreplicated); a failed push is, per run, dropped (the counter was reset), carried (its clips added to the
next successful report of the process) or kept by ``reliable_push`` (pushed with the next successful push, with its
own args), a third of runs each; what is pending at a crash is lost. In 20 % of runs Redis evicts (``allkeys-lru``)
0.3-2 times a day: the jobs waiting in the queue and in the retry set at that instant are gone. Queue latency: an
exponential of mean 5-40 ms, plus backlog episodes from the apiary platform's other jobs on the same Redis (1-5 a
day: rising over 1-10 min to a peak of 10-400 s, draining at most as fast as time passes, so first in, first out),
plus deploys of the workers (0.5-3 a day: ``TSTP`` then a restart; what is pushed while they are down, 20-240 s,
waits until they are back) and failovers (no fetch while Redis is down). A job runs when fetched: while the
database is down (0.1-1 times a day, 10-180 s) it raises before its insert; while it stalls (0.2-2 a day, 5-90 s)
its commit waits for the stall's end, the row keeping its start time (``now()``). One of the 2-6 worker processes
is killed (``kill -9``, an OOM) 0.1-1 times a day: a job in flight in it is lost with basic fetch (60 % of runs) or,
with ``super_fetch``, re-run at the first process start (a deploy's end, a killed process's restart 10-30 s later)
60 s or more after the kill. 0.05-0.4 % of jobs raise after their insert committed (a follow-up statement): a
second row when retried, unless (40 % of runs) a unique index on the report refuses it. A raise puts the job in the
retry set for ``count ** 4 + 15 + rand(10 or 30) * (count + 1)`` s (60/40 %), moved back to the queue by the poller
0-2 times 5-15 s later; 25 retries (70 % of runs) or 3-8, then the dead set. Half the monitors sum rows by the
job's time (the node's clock) and query a minute 30-150 s after its end; the others by the row's insert time (the
database's clock, offset sd 0.5 s) 2-15 s after; a row committed after its minute's query is lost to it, a query
while the database is down reads nothing. A point is the minute's clips / 60. The reads are linear in the clips;
the rows' fates are the healthy run's.

A point is paused where its minute, or a neighbour, touches a pause or a ramp's first half, or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's clips lost, carried through the same rows and reads): ``drop`` (the recordings' NFS
mount falling back to a slower path, a co-scheduled job taking cores, or, from the end of a crash's restart, a
relauncher that halves the decode workers: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (the
gateways' uploads syncing into the shared store in bursts, or one rank's GPU throttling: 1 for a mean of 30-240
ticks, calm for a mean of 120-600 at 0.05-0.25), ``leak`` (the augmentation's rain and traffic noise-clip cache, or
a per-hive metadata table, growing into swap: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a
pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set from the reads of the
lost clips (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout187_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      11    10         10    0.113-0.329  17              1-22 (1448, 0 >60)
long      29      10    9          10    0.083-0.312  27              1-73 (1326, 5 >60)

Planned changes listed: short 13, long 21 (of 13 and 21 relaunches; none kept its stage); crashes 49 and 62. The
path over each set (counts): short: enqueue errors 88, reports dropped 11, carried 51, pushed late by
``reliable_push`` 26, lost unreplicated in a failover 0, evicted from the queue 40 and from the retry set 1,
retries 1073, dead 0, lost in a killed worker 0, orphans recovered by ``super_fetch`` 2, raises after commit 748,
second rows 747 (453 refused by a unique index), rows late for their minute's query 563, unread minutes 28, clock
steps 0, reporter intervals lost in a crash 80, jobs delayed over 30 s by a backlog 3651, jobs held by a deploy 822,
commits stalled 279, failovers 22, deploys 90, worker kills 20; long: 65, 24, 27, 14, 0, 0, 0, 1599, 0, 0, 0, 1152,
1152 (930), 873, 35, 22, 129, 3867, 710, 266, 16, 55, 27. The reads' sum over the live points against the job's
clips: 0.998-1.006 per seed (short), 0.997-1.003 (long); the live median level 129-5,925 clips/s (short), 292-5,853
(long). What surprised me, said and not tuned: the live points' minute-to-minute change (median ``|d log|`` per
seed) is 2.5-40 % (short), 3.3-20 % (long), its 99th percentile 37-78 % (short), 36-58 % (long), far above a rate
path's: a minute sums the 2-4 reports per node whose key falls in it, each carrying 15-30 s of clips, so with
``P`` near 20 s (1872003: 3 reports every minute, 2.5 %) the sums are steady, and with ``P`` of 17 or 26 s
(1872002, 1872008 at 3,000 points: 4 or 3, 3 or 2 reports, reads 0.8-1.3 times the minute's clips) they alias in a
sawtooth (checked on 12 minutes of those seeds, a bug ruled out: the path conserves the clips). A job lost in a
killed worker, a push lost unreplicated in a failover and a dead job never happened in the 24 runs (the laws allow
them: a job is in flight for milliseconds unless a stall holds it, few jobs are left in the queue at a failover,
and the outages are shorter than the retries; the "short" set at 3,000 points had 1 dead job). The first run,
after the laws' commit, was a smoke build of one seed (its first 5 points and its span count printed), then the
"short" set at 3,000 points, then both at 6,000. Changes of the laws after the first measure: none; fixes: none.
The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: at most 30 points "short", 90 "long").

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Trace

HELDOUT187_SEEDS = tuple(range(1872000, 1872012))
CODE = 187
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: a point, one minute of the monitor
K = int(STEP // TICK)
EPOCH = 1_760_000_400.0  # a multiple of 60
DAY = 86400.0
KIND_P = [0.34, 0.33, 0.33]
PATH_KEYS = ("enqueue_errors", "reports_dropped", "reports_carried", "pushed_late", "failover_lost", "evicted_queue",
             "evicted_retry", "retries", "dead", "killed_lost", "orphans_recovered", "raised_after_commit",
             "second_rows", "duplicates_refused", "late_rows", "unread_minutes", "clock_steps", "crash_lost",
             "backlog_delayed", "deploy_delayed", "stalled_commits", "failovers", "deploys", "worker_kills")


def _ramp_of(rng, setting: str) -> tuple[float, float]:
    """A start-up's ramp: its length (2-6 min) and its first rate (40-75 %)."""
    return rng.uniform(120, 360), rng.uniform(0.4, 0.75)


def _level(cfg: dict, st: dict) -> float:
    """Clips/s of a stage: the GPUs' side and the CPU workers' side, the step waiting for the slower (soft max)."""
    g = st["nodes"] * cfg["gpn"]
    gpu = cfg["gpu"] * g * cfg["eff"] ** np.log2(g) / cfg["mel_c"] ** st["mel"]
    cpu = cfg["gpu"] * cfg["cpu_x"] * g / cfg["aug_c"] ** st["aug"]
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's stage: more mel bins and longer clips (at most twice), heavier augmentation (at most twice) or,
    1 in 6, another node count; redrawn until the level moves 15 % (1/3 to 3 times); None after 50 draws."""
    for _ in range(50):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 3) if x != st["nodes"]]))
        elif u < 7 / 12 and st["mel"] < 2:
            new["mel"] += 1
        elif st["aug"] < 2:
            new["aug"] += 1
        else:
            continue
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return None


def _schedule(rng, n: int, setting: str):
    """The job's healthy run: its lives, pauses, stages and clips per 5-s tick ``J``."""
    T = n * STEP
    lg = setting == "long"
    cfg = {"gpu": hc.log_uniform(rng, 150, 3000), "cpu_x": rng.uniform(1.05, 2.2), "eff": rng.uniform(0.85, 0.97),
           "gpn": int(rng.choice([1, 2, 4], p=[0.3, 0.4, 0.3])), "mel_c": rng.uniform(1.3, 1.8),
           "aug_c": rng.uniform(1.3, 1.7)}
    st = {"nodes": int(rng.choice([1, 2, 3], p=[0.45, 0.35, 0.2])), "mel": 0, "aug": 0}
    ev_every = rng.uniform(25, 80) * 60
    ck_every = int(rng.choice([2, 3]))
    crash_mean = rng.uniform(10, 40) * 3600
    k_rel = int(rng.choice(4, p=[0.2, 0.35, 0.3, 0.15]))
    rel = sorted(rng.uniform(0.15, 0.85, k_rel) * T)
    rel = [x for i, x in enumerate(rel) if i == 0 or x - rel[i - 1] >= 3600]
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0}
    pauses_t, segs, lives, restarts, known_t, ramps, stages = [], [], [], [], [], [], [dict(st)]

    def start(t0: float, startup: float, life_start: float) -> float:
        lives.append([life_start, None, None, len(stages) - 1])
        ramps.append((t0 + startup, *_ramp_of(rng, setting)))
        return t0 + startup

    S = rng.uniform(30, 70) * 60 if lg else rng.uniform(3, 10) * 60
    pauses_t.append((0.0, S, "startup"))
    t = start(0.0, S, 0.0)
    to_eval = ev_every * rng.uniform(0.85, 1.15)
    next_crash = t + rng.exponential(crash_mean)
    ri = 0
    while t < T:
        while ri < len(rel) and rel[ri] < t:
            rel[ri] = t  # due during a pause: at the next training moment
            break
        cand = [T - t, to_eval, max(next_crash - t, 0.0), (rel[ri] - t) if ri < len(rel) else np.inf]
        which = int(np.argmin(cand))
        run_s = cand[which]
        if run_s > 0:
            segs.append(SimpleNamespace(t0=t, t1=t + run_s, life=len(lives) - 1))
        to_eval -= run_s
        t += run_s
        if which == 0:
            break
        if which == 1:  # an evaluation pass on the held-out apiary, every 2nd or 3rd followed by a checkpoint
            counts["evals"] += 1
            E = (rng.uniform(8, 22) if lg else rng.uniform(1.5, 5)) * 60
            pauses_t.append((t, t + E, "eval"))
            t += E
            if counts["evals"] % ck_every == 0:
                C = rng.uniform(60, 240) if lg else rng.uniform(15, 60)
                pauses_t.append((t, t + C, "ckpt"))
                t += C
            to_eval = ev_every * rng.uniform(0.85, 1.15)
        elif which == 2:  # a crash: the process dies, down, then a fresh start-up
            counts["crashes"] += 1
            lives[-1][1:3] = [t, "crash"]
            D = (rng.uniform(5, 15) if lg else rng.uniform(1, 4)) * 60
            S = (rng.uniform(8, 20) if lg else rng.uniform(2, 6)) * 60
            pauses_t.append((t, t + D + S, "crash"))
            restarts.append((t, t + D + S, True))
            t = start(t + D, S, t + D)
            next_crash = t + rng.exponential(crash_mean)
        else:  # a planned relaunch: graceful stop, queued, a new stage
            counts["relaunches"] += 1
            ri += 1
            lives[-1][1:3] = [t, "stop"]
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            if new is None:
                counts["kept_stage"] += 1
                new = dict(st)
            changed = new != st
            st = new
            stages.append(dict(st))
            D = (rng.uniform(5, 12) if lg else rng.uniform(1, 3)) * 60 + rng.uniform(1, 5) * 60
            S = (rng.uniform(8, 20) if lg else rng.uniform(2, 6)) * 60
            pauses_t.append((t, t + D + S, "relaunch"))
            restarts.append((t, t + D + S, False))
            t = start(t + D, S, t + D)
            if changed:
                known_t.append(t)
    lives[-1][1:3] = [max(T, t) + 600.0, "end"]
    nt = n * K
    tb, train, seg_of = hc.seg_buckets(segs, nt, TICK)
    on, (life,) = hc.seg_columns(segs, seg_of, "life")
    mid = tb + TICK / 2
    # level per life (its stage), the start-up's ramp
    lv_gpu = np.empty(len(lives))
    lv_cpu = np.empty(len(lives))
    for i, (a, b, how, si) in enumerate(lives):
        s = stages[si]
        g = s["nodes"] * cfg["gpn"]
        lv_gpu[i] = cfg["gpu"] * g * cfg["eff"] ** np.log2(g) / cfg["mel_c"] ** s["mel"]
        lv_cpu[i] = cfg["gpu"] * cfg["cpu_x"] * g / cfg["aug_c"] ** s["aug"]
    ramp = np.ones(nt)
    for i, (rs, R, f0) in enumerate(ramps):
        m = (life == i) & (mid >= rs) & (mid < rs + R) & on
        ramp[m] = f0 + (1 - f0) * (mid[m] - rs) / R
    # shards: an apiary's month of recordings at a time, by training time
    cum = np.concatenate([[0.0], np.cumsum(train)])[:-1]
    total = cum[-1] + train[-1] + 1
    sh_len = []
    acc = 0.0
    while acc < total:
        sh_len.append(hc.log_uniform(rng, 240, 1800))
        acc += sh_len[-1]
    bounds = np.concatenate([[0.0], np.cumsum(sh_len)])
    k_sh = len(sh_len)
    sd_sh = rng.uniform(0.04, 0.12)
    f_sh = np.exp(rng.normal(0, sd_sh, k_sh)) * np.where(rng.random(k_sh) < rng.uniform(0.2, 0.35),
                                                         rng.uniform(1.08, 1.25, k_sh), 1.0)
    stall_len = rng.uniform(2, 20, k_sh)
    stall_f = rng.uniform(0.2, 0.6, k_sh)
    sid = np.clip(np.searchsorted(bounds, cum, side="right") - 1, 0, k_sh - 1)
    pos = cum - bounds[sid]
    ov = np.clip(np.minimum(pos + train, stall_len[sid]) - pos, 0, None)
    stall = 1 - (1 - stall_f[sid]) * np.where(train > 0, ov / np.maximum(train, 1e-9), 0)
    rate = 1.0 / hc.smax(1.0 / lv_gpu[life], f_sh[sid] / lv_cpu[life])
    # noise: an AR(1) of the log per tick and a slow OU
    sd, tau = rng.uniform(0.02, 0.05), rng.uniform(10, 40)
    a = np.exp(-TICK / tau)
    ar = lfilter([np.sqrt(1 - a * a) * sd], [1, -a], rng.normal(0, 1, nt))
    ou = hc.ou_path(rng, n * STEP, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))
    noise = np.exp(ar + np.repeat(ou[:n], K))
    J = np.where(on, rate * ramp * stall * noise * train, 0.0)
    run = SimpleNamespace(n=n, nt=nt, dt=STEP, k=K, T=T, J=J, train=train, pauses_t=pauses_t, lives=lives,
                          restarts=restarts, known_t=known_t, ramps=ramps, stages=stages, cfg=cfg, counts=counts,
                          segs=segs)
    run.path = _path(rng, run)
    return run


def _windows(rng, T: float, per_day: float, lo: float, hi: float) -> np.ndarray:
    """Poisson episodes over ``[0, T + 1 h)``: ``(start, end)`` rows, sorted, overlapping ones merged."""
    k = rng.poisson(per_day * (T + 3600) / DAY)
    s = np.sort(rng.uniform(0, T + 3600, k))
    return _merge(np.stack([s, s + rng.uniform(lo, hi, k)], 1) if k else np.zeros((0, 2)))


def _merge(w) -> np.ndarray:
    """Windows ``(start, end)`` sorted by start, overlapping ones merged."""
    out = []
    for a, b in w:
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return np.array(out).reshape(-1, 2)


def _inside(x, win) -> np.ndarray:
    """Which of the times ``x`` lie in one of the disjoint, sorted windows ``win`` (``[start, end)``)."""
    win = np.asarray(win).reshape(-1, 2)
    if not len(win):
        return np.zeros(np.shape(x), bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < win[np.maximum(i, 0), 1])


def _win_end(x, win) -> np.ndarray:
    """The end of the window each time of ``x`` lies in (``x`` itself where none)."""
    win = np.asarray(win).reshape(-1, 2)
    if not len(win):
        return np.asarray(x, float).copy()
    i = np.maximum(np.searchsorted(win[:, 0], x, side="right") - 1, 0)
    return np.where(_inside(x, win), win[i, 1], x)


def _any_between(v: np.ndarray, a, b) -> np.ndarray:
    """Whether an instant of the sorted ``v`` lies in ``[a, b)``, per pair."""
    if not len(v):
        return np.zeros(np.shape(a), bool)
    i = np.searchsorted(v, a, side="left")
    return (i < len(v)) & (v[np.minimum(i, len(v) - 1)] < b)


def _offsets(rng, T: float, unsynced: bool, c: dict):
    """A node clock's offset function: synced, a constant (sd 0.02-0.5 s); unsynced, a drift of 5-60 ppm either
    way, stepped back near 0 (sd 0.2 s) 0.5-3 times a day."""
    if not unsynced:
        o = rng.normal(0, rng.uniform(0.02, 0.5))
        return lambda t: np.full(np.shape(t), o)
    steps = np.sort(rng.uniform(0, T + 3600, rng.poisson(rng.uniform(0.5, 3) * (T + 3600) / DAY)))
    c["clock_steps"] += len(steps)
    at = np.concatenate([[0.0], steps])
    base = np.concatenate([[rng.normal(0, 1.0)], rng.normal(0, 0.2, len(steps))])
    drift = rng.uniform(5e-6, 6e-5) * rng.choice([-1, 1])
    return lambda t: base[np.searchsorted(at, t, side="right") - 1] + drift * (t - at[np.searchsorted(at, t,
                                                                                                     side="right") - 1])


def _path(rng, run):
    """The Sidekiq path: reporters' jobs, their enqueue, queue, retries and rows, and the monitor's minutes; the
    fates are drawn once (the healthy run's) and the reads are linear in the clips (:func:`_reads`)."""
    T, n = run.T, run.n
    c = {k: 0 for k in PATH_KEYS}
    nodes_max = max(s["nodes"] for s in run.stages)
    P = rng.uniform(15, 30, nodes_max)
    unsync = rng.random(nodes_max) < np.where(rng.random() < 0.3, 0.6, 0.0)
    off = [_offsets(rng, T, bool(u), c) for u in unsync]
    mode = str(rng.choice(["drop", "carry", "reliable"]))
    fetch = str(rng.choice(["basic", "super"], p=[0.6, 0.4]))
    by_job = rng.random() < 0.5
    lag = rng.uniform(30, 150) if by_job else rng.uniform(2, 15)
    unique = rng.random() < 0.4
    W = int(rng.integers(2, 7))
    max_retry = 25 if rng.random() < 0.7 else int(rng.integers(3, 9))
    jit = 10 if rng.random() < 0.6 else 30
    poll = rng.uniform(5, 15)
    p_raise = rng.uniform(0.0005, 0.004)
    db_off = rng.normal(0, 0.5)
    # episodes
    fo = _windows(rng, T, rng.uniform(0.05, 0.5), 3, 30)  # Redis failovers: connection errors
    c["failovers"] = len(fo)
    unrep = rng.uniform(0, 2, len(fo))
    evict = np.sort(rng.uniform(0, T + 3600, rng.poisson(rng.uniform(0.3, 2) * (T + 3600) / DAY))) \
        if rng.random() < 0.2 else np.zeros(0)
    backlog = _windows(rng, T, rng.uniform(1, 5), 60, 600)
    peaks = np.exp(rng.uniform(np.log(10), np.log(400), len(backlog)))
    decay = peaks * rng.uniform(1.2, 3, len(backlog))
    dq = np.sort(rng.uniform(0, T + 3600, rng.poisson(rng.uniform(0.5, 3) * (T + 3600) / DAY)))
    deploy = _merge(np.stack([dq, dq + rng.uniform(20, 240, len(dq))], 1)) if len(dq) else np.zeros((0, 2))
    c["deploys"] = len(dq)
    db_down = _windows(rng, T, rng.uniform(0.1, 1), 10, 180)
    db_stall = _windows(rng, T, rng.uniform(0.2, 2), 5, 90)
    kills = np.sort(rng.uniform(0, T + 3600, rng.poisson(rng.uniform(0.1, 1) * (T + 3600) / DAY)))
    c["worker_kills"] = len(kills)
    starts = np.sort(np.concatenate([deploy[:, 1], kills + rng.uniform(10, 30, len(kills))]))
    # the reporters: one per node of each life, every P s (plus 0-0.3 s), a graceful stop flushing its interval
    ts, te, coef, grp, node = [], [], [], [], []
    g = 0
    for a, b, how, si in run.lives:
        nn = run.stages[si]["nodes"]
        if how == "crash":
            c["crash_lost"] += nn
        for j in range(nn):
            k = np.arange(1, int((b - a) / P[j]) + 1)
            e = a + P[j] * k + rng.uniform(0, 0.3, len(k))
            e = e[e < b]
            if how == "stop":
                e = np.append(e, b)
            ts.append(np.concatenate([[a], e[:-1]]) if len(e) else e)
            te.append(e)
            coef.append(np.full(len(e), 1.0 / nn))
            grp.append(np.full(len(e), g))
            node.append(np.full(len(e), j))
            g += 1
    ts, te, coef, grp, node = (np.concatenate(x) for x in (ts, te, coef, grp, node))
    m = len(te)
    q = te + rng.uniform(0.001, 0.02, m)
    # enqueue errors: during a failover, and after it until each node's pool reconnects (READONLY, 0-60 s)
    fail = _inside(q, fo)
    for j in range(nodes_max):
        tail = np.stack([fo[:, 1], fo[:, 1] + rng.uniform(0, 60, len(fo))], 1)
        fail |= (node == j) & _inside(q, tail)
    c["enqueue_errors"] = int(fail.sum())
    idx = np.arange(m)
    keep = ~fail
    if mode == "drop":
        c["reports_dropped"] = int(fail.sum())
    else:
        ok_idx = np.where(keep, idx, -1)
        first = np.r_[True, grp[1:] != grp[:-1]]
        if mode == "carry":  # the clips of failed reports ride on the next successful one of the process
            gstart = np.maximum.accumulate(np.where(first, idx, 0))
            prev = np.r_[-1, np.maximum.accumulate(ok_idx)[:-1]]
            prev_same = prev >= gstart
            ts = np.where(keep, np.where(prev_same, te[np.maximum(prev, 0)], ts[gstart]), ts)
            nxt = _next_ok(ok_idx, grp)
            c["reports_carried"] = int((fail & (nxt >= 0)).sum())
            c["reports_dropped"] = int((fail & (nxt < 0)).sum())
        else:  # reliable_push: kept in a local queue, pushed with the next successful push of the process
            nxt = _next_ok(ok_idx, grp)
            late = fail & (nxt >= 0)
            q = np.where(late, q[np.maximum(nxt, 0)] + 0.001, q)
            keep = keep | late
            c["pushed_late"] = int(late.sum())
            c["reports_dropped"] = int((fail & ~late).sum())
    rep = idx[keep]
    key_job = te.copy()
    for j in range(nodes_max):
        key_job[node == j] = te[node == j] + off[j](te[node == j])
    rows_r, rows_key, rows_vis = [], [], []
    att_r, att_q, att_c = rep, q[keep], np.zeros(len(rep), int)
    for _ in range(60):
        if not len(att_r):
            break
        L = rng.exponential(rng.uniform(0.005, 0.04), len(att_q))
        for (a0, b0), pk, d in zip(backlog, peaks, decay):
            r0 = b0 - a0
            x = att_q - a0
            L = L + np.where((x >= 0) & (x < r0), pk * x / r0, 0.0) + np.where((x >= r0) & (x < r0 + d),
                                                                             pk * (1 - (x - r0) / d), 0.0)
        f = att_q + L
        c["backlog_delayed"] += int((L > 30).sum())
        dd = _inside(att_q, deploy)
        f = np.where(dd, np.maximum(f, _win_end(att_q, deploy) + rng.uniform(0.01, 1, len(f))), f)
        c["deploy_delayed"] += int(dd.sum())
        f = np.where(_inside(f, fo), _win_end(f, fo) + 0.05, f)
        lost = _any_between(evict, att_q, f)
        c["evicted_queue"] += int(lost.sum())
        for s0, u in zip(fo[:, 0], unrep):
            x = (att_q >= s0 - u) & (att_q < s0) & (f > s0) & ~lost
            c["failover_lost"] += int(x.sum())
            lost |= x
        down = _inside(f, db_down) & ~lost
        stalled = _inside(f, db_stall) & ~lost & ~down
        c["stalled_commits"] += int(stalled.sum())
        vis = np.where(stalled, _win_end(f, db_stall), f) + rng.uniform(0.005, 0.03, len(f))
        killed = ~lost & ~down & _any_between(kills, f, vis) & (rng.random(len(f)) < 1.0 / W)
        ok = ~lost & ~down & ~killed
        rows_r.append(att_r[ok])
        rows_key.append(key_job[att_r[ok]] if by_job else f[ok] + db_off)
        rows_vis.append(vis[ok] + db_off)
        raised = ok & (rng.random(len(f)) < p_raise)
        c["raised_after_commit"] += int(raised.sum())
        # retries: a raise (the DB down, or after the insert) puts the job in the retry set
        re = down | raised
        cnt = att_c + 1
        dead = re & (cnt > max_retry)
        c["dead"] += int(dead.sum())
        re &= ~dead
        x0 = np.where(down, f, vis)
        due = x0 + att_c.astype(float) ** 4 + 15 + rng.integers(0, jit, len(f)) * cnt
        back = due + rng.uniform(0, 2 * poll, len(f))
        ev = re & _any_between(evict, x0, back)
        c["evicted_retry"] += int(ev.sum())
        re &= ~ev
        c["retries"] += int(re.sum())
        # a worker killed in flight: basic fetch loses the job, super_fetch re-runs it at a later process start
        if fetch == "basic":
            c["killed_lost"] += int(killed.sum())
            rec = np.zeros(len(f), bool)
        else:
            k_at = kills[np.minimum(np.searchsorted(kills, f, side="left"), max(len(kills) - 1, 0))] \
                if len(kills) else f
            j = np.searchsorted(starts, k_at + 60)
            rec = killed & (j < len(starts))
            c["orphans_recovered"] += int(rec.sum())
            c["killed_lost"] += int((killed & ~rec).sum())
            back = np.where(rec, starts[np.minimum(j, len(starts) - 1)] if len(starts) else back, back)
        nx = re | rec
        att_r, att_q, att_c = att_r[nx], back[nx], np.where(rec, att_c, cnt)[nx]
    r, key, vis = (np.concatenate(x) for x in (rows_r, rows_key, rows_vis))
    order = np.argsort(vis, kind="stable")
    r, key, vis = r[order], key[order], vis[order]
    firsts = np.zeros(len(r), bool)
    firsts[np.unique(r, return_index=True)[1]] = True
    c["second_rows"] = int((~firsts).sum())
    if unique:  # a unique index on the report: the second insert does nothing
        c["duplicates_refused"] = c["second_rows"]
        r, key, vis = r[firsts], key[firsts], vis[firsts]
    minute = np.floor(key / STEP).astype(int)
    inb = (minute >= 0) & (minute < n)
    late = inb & (vis > (minute + 1) * STEP + lag)
    c["late_rows"] = int(late.sum())
    use = inb & ~late
    query = (np.arange(n) + 1) * STEP + lag - db_off
    unread = _inside(query, db_down)
    c["unread_minutes"] = int(unread.sum())
    copies = np.bincount(r[use], minlength=m)
    return SimpleNamespace(ts=ts, te=te, coef=coef, r=r[use], minute=minute[use], unread=unread, copies=copies,
                           counts=c, mode=mode, fetch=fetch, by_job=by_job, unique=unique, lag=lag, P=P,
                           unsynced=unsync, max_retry=max_retry, W=W, fo=fo, db_down=db_down, deploy=deploy)


def _next_ok(ok_idx: np.ndarray, grp: np.ndarray) -> np.ndarray:
    """Per report, the index of the next successful report (itself excluded) of its process, or -1."""
    m = len(ok_idx)
    nxt = np.full(m, -1)
    big = np.where(ok_idx >= 0, ok_idx, m)
    shifted = np.r_[big[1:], m]
    run_min = np.minimum.accumulate(shifted[::-1])[::-1]
    same = run_min < m
    nxt[same] = run_min[same]
    nxt[same] = np.where(grp[np.minimum(run_min[same], m - 1)] == grp[same], run_min[same], -1)
    return nxt


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's clips/s per minute for clips per tick ``J``: each counted row's clips (its report's interval,
    its node's share) summed in its minute, / 60; minutes whose query failed read 0."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(J)])
    grid = np.arange(len(C)) * TICK
    clips = p.coef * (np.interp(p.te, grid, C) - np.interp(p.ts, grid, C))
    h = np.bincount(p.minute, weights=clips[p.r], minlength=run.n)[:run.n] / STEP
    h[p.unread] = 0.0
    return np.maximum(h, 0.0)


def _spans(run, h: np.ndarray) -> list[tuple[int, int]]:
    """Paused points: a minute touching a pause or a ramp's first half, or next to one, or reading nothing."""
    n = run.n
    mask = h <= 0
    for a, b, _ in run.pauses_t:
        s, e = int(a // STEP) - 1, int(np.ceil(b / STEP)) + 1
        mask[max(s, 0):min(e, n)] = True
    for rs, R, f0 in run.ramps:
        s, e = int(rs // STEP) - 1, int(np.ceil((rs + R / 2) / STEP)) + 1
        mask[max(s, 0):min(e, n)] = True
    spans = []
    idx = np.flatnonzero(np.diff(np.r_[0, mask.astype(int), 0]))
    for s, e in zip(idx[0::2], idx[1::2]):
        spans.append((int(s), int(e)))
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of a seed and setting."""
    run = _schedule(np.random.default_rng([seed, hc.SETTINGS[pauses], CODE]), n, pauses)
    h = _reads(run, run.J)
    spans = _spans(run, h)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share per 5-s tick: a drop rises over 1-6 ticks and holds; a straggler is 1 for a mean of
    30-240 ticks, then calm for a mean of 120-600 at 0.05-0.25; a leak ``(s / ramp) ** p`` (``p`` 0.6-1.8), held."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, (s / max(ramp, 1)) ** rng.uniform(0.6, 1.8))
    bad, calm, lvl = rng.uniform(30, 240), rng.uniform(120, 600), rng.uniform(0.05, 0.25)
    w, i, on = np.full(length, lvl), 0, True
    while i < length:
        d = int(rng.exponential(bad if on else calm)) + 1
        if on:
            w[i:i + d] = 1.0
        i += d
        on = not on
    return w


CAUSES = {"drop": ("nfs_remount", "co_scheduled", "fewer_workers"),
          "straggler": ("store_sync", "rank_throttle"), "leak": ("noise_cache", "hive_meta")}


def _draw(rng, run, healthy, live, changes, lo, hi, to_end, want):
    """One regression (:func:`anomaly.heldout_common.draw_regression`): a share ``a w`` of each tick's clips lost,
    read through the same rows; ``a`` from the linear reads of the lost clips, refused above 1."""
    n = run.n

    def cause(rng, run, kind, name, t0, t1, tr):
        i0 = int(t0 // TICK)
        i1 = min(run.nt, int(np.ceil(min(t1, 1e12) / TICK)))
        ramp = max(1, int((tr - t0) / TICK)) if kind == "leak" else 0
        w = _weight(rng, kind, max(i1 - i0, 1), ramp)
        L = np.zeros(run.nt)
        L[i0:i0 + len(w)] = w[:run.nt - i0] * run.J[i0:i0 + len(w)]
        m = _reads(run, L)
        nz = np.flatnonzero(m > 0)
        at = int(nz[0]) if len(nz) else 0
        seg = m[at:int(nz[-1]) + 1] if len(nz) else np.zeros(0)

        def mod_of(a):
            return at, a * seg
        return mod_of, 1.0, t1

    def calib(mod_of, a_max, target, c0, b1):
        at, m = mod_of(1.0)
        p0, p1 = int(c0 * TICK // STEP), min(n, int(np.ceil(b1 * TICK / STEP)))
        mm = np.zeros(n + len(m) + 1)
        mm[at:at + len(m)] = m
        lv = live[p0:p1]
        hs = healthy[p0:p1][lv].sum()
        ls = mm[p0:p1][lv].sum()
        if hs <= 0 or ls <= 0:
            return None
        a = target * hs / ls
        return a if a <= a_max else None

    def series(mod, lo_, b1):
        at, m = mod
        m = m[:max(0, n - at)]
        return np.maximum(healthy[at:at + len(m)] - m, 0.0), at

    return hc.draw_regression(rng, run, healthy, live, changes, lo, hi, to_end, want, p_kind=KIND_P, causes=CAUSES,
                              cause=cause, calib=calib, series=series, width=TICK, restart_cause="fewer_workers")


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout187(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout187_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT187_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout187, seeds, n, pauses)
