r"""The hundred-and-sixty-sixth held-out throughput family: a building-footprint extraction model's training tiles/s
(a U-Net / Mask R-CNN-style segmenter over aerial and satellite orthophoto tiles, building polygons rasterised to
masks, SpaceNet / Inria-style city scenes; large GeoTIFF mosaics cut into tiles, reprojected and augmented on CPU
workers, tiles with few buildings undersampled), read through Celery on a Redis broker: each node's reporter sends
a task (``apply_async``: its clock's time and its tiles since its previous task) every 15-30 s to a ``metrics``
queue, a small pool of Celery workers runs the tasks, each adding its tiles to a per-minute total in a database,
and the monitor reads the last minute's total once a minute.

(No generator's head names Celery, a broker, a building, a footprint, an orthophoto, SpaceNet, Inria, Mask R-CNN, a
visibility timeout or prefetching (``grep -ic`` on ``/tmp/h166_heads.txt``, the first 3 lines of every generator: 0
each); "redis" matches 2 lines (one generator's RedisTimeSeries ``TS.INCRBY`` keys read by Grafana: a Redis store is
not new, a Celery task queue on a Redis broker with its acknowledgements, redeliveries and retries is), "acks" 5
(inside "tracks", "stacks", "cracks"), "database" 2 (a node-local SQLite in WAL mode, and a text-to-SQL job),
"per-minute total" 1 (a KCL consumer on Kinesis), "tiles/s" several (U-Net tile jobs over other scenes: the model
family is not new, building extraction is). Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all); ``anomaly/heldout150.py`` lines 1-110 and 541-550 (its
``make_heldout150`` and ``heldout150_set``, after ``grep -n "^def make_heldout150\|^def heldout150_set"`` and
``sed -n 541,550p``), with a ``wc -l`` of it (550 lines) run with the ``sed -n 1,110p``; ``tests/test_anomaly_
heldout150.py`` (all); ``anomaly/heldout_common.py`` (all: one ``cat`` with other files, cut in the middle, then
``sed -n 300,560p``); ``tests/trace_checks.py`` (all: the same ``cat``, then ``sed -n 1,240p``); ``anomaly/traces.py``
lines 1-80; ``tests/test_architecture.py`` lines 1-110; the first 3 lines of every ``anomaly/heldout*.py`` (the loop
of the prompt, into ``/tmp/h166_heads.txt``, then ``grep -ic``/``grep -i`` on it for the words above, which printed
matching head lines); ``ls anomaly/heldout16*.py``. Slips: none that I know of (the ``wc -l`` of heldout150 is a line
count, no content). The tests import ``HELDOUT150_SEEDS`` (to keep the seeds apart), not its code.

Public sources read (through the search tool): Celery's Redis broker page (docs.celeryq.dev, "Using Redis": the
visibility timeout is the time to wait for a worker to acknowledge a task before it is redelivered to another
worker) and its glossary (early acknowledgment: a task acked just before it runs is not redelivered if the worker
is killed mid-task; late: it is); celery/celery issues #4766, #2599, #2481, #3270, #7009 and kombu #337 (an ETA or
countdown task held by a worker longer than the visibility timeout is delivered again, run several times at its
ETA; the unacked score is the time of fetching), #7918 (a task received but not run is redelivered after the
timeout and the first worker ran it days later too), #4976 and #3802 (tasks of a killed worker not re-run, or not
acked on warm shutdown), #4354 and kombu #1836 (prefetched tasks lost on shutdown with ``acks_late`` off), #1789
(tasks lost when Redis goes down and up), #1256 (a queue's key dropped with its tasks), PR #6319 and cabot #311,
rhesis #1769 (Redis ``maxmemory``: with ``noeviction`` a publish fails "command not allowed when used memory >
'maxmemory'", with an eviction policy keys, queues too, can be evicted), Celery 2.x "Optimizing" (the prefetch
count is ``worker_prefetch_multiplier`` (default 4) times the processes; a busy worker holds tasks others could
run: openrem #327, celery #3434, Nautobot's page); kombu's Redis transport notes (``BRPOP`` polled each second);
pages on building-footprint tiling (geotiff-tiler on PyPI: patches cut from GeoTIFF mosaics, filtered by label
content; building-footprint-segmentation: 1500-px Inria scenes cropped to 384-px tiles). Not read (from memory,
unchecked): the producer's default publish retry (3 tries, 0 / 0.2 / 0.2 s apart), ``default_retry_delay`` 180 s and
``max_retries`` 3 of a task, how often kombu restores unacked tasks (here within 10 s of the timeout), that a worker
killed by a liveness probe loses the task it was running with ``acks_late`` off.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %) of 4 or 8 GPUs training 8-250 tiles/s each
(log-uniform; 0.85-0.97 per doubling of GPUs), each node's CPU workers (window reads, reprojection, rasterising,
augmentation) feeding 1.1-2.5 times its GPUs; a step waits for the slower side (a soft maximum). The data are read one
city mosaic at a time (5-40 min, log-uniform): a rate factor (sd 3-10 %; a quarter sparse cities, 5-13 % slower as
more empty tiles are read and undersampled), opened in 3-25 s at 20-60 % of the rate; per 5-s tick an AR(1) of the
log (sd 2-5 %, correlation 10-40 s) and a slow OU (sd 1-3 %, 20-120 min). Relaunches: 0-3 at 15-85 % of the run, an
hour apart, each a larger tile (at most twice: 1.5-1.9 times dearer on the GPUs, 1.3-1.8 on the CPUs), the instance
head switched on (1.25-1.7 on the GPUs), more CPU workers (at most twice, 1.3-1.6) or, 1 in 6, another node count;
redrawn until the level moves 15 % (1/3 to 3 times). Pauses: start-up 3-10 min ("long" 30-80: images pulled, the tile
index built over the mosaics) and a ramp from 40-75 % over 2-6 min; validation every 30-90 min of training, 2-6 min
("long" 10-25: sliding-window inference over held-out scenes and polygon F1), every 2nd or 3rd followed by a
checkpoint (15-60 s, "long" 1-4 min); crashes (exponential, mean 12-48 h): down 1-4 min ("long" 6-18), then a restart
of 2-6 ("long" 8-20) and a ramp; a relaunch: stopped 1-3 min ("long" 5-12), queued 1-5 min, a restart and its ramp.

On the path (not checked): each node's reporter sends, from its process's start, a task every ``P`` s (15-30 per run,
plus 0.02-0.3 s of its own work) holding its node's clock time and the node's tiles since its previous task (the
job's tiles split evenly over the nodes); a graceful stop sends the last interval, a crash loses it. ``apply_async``
is refused while Redis is down (restarts 0.2-1.5 a day, 5-90 s) and, under ``maxmemory-policy noeviction`` (40 % of
runs), in out-of-memory episodes (0.3-2 a day, 2-20 min: result keys piling up), unless Redis is back within the
producer's retry budget (0.4 s in 40 % of runs, else 5-30 s); a refused task's tiles are carried by the node's next
task (half the reporters reset their count only on a successful send) or lost. The workers (1-4, 2, 4 or 8
processes, prefetch 4 or, in 30 %, 1) run a task within 0.2 s, except in stalls of the metrics database (1-6 a day,
20 s-15 min: every worker blocked), where they hold ``Q`` tasks and the rest wait in Redis's list, and while no worker
is up (a deploy or crash, 0.5-3 a day, 20 s-10 min: all in the list); after either the tasks drain. In a stall over
60 s a liveness probe kills the hung workers with probability 0.3-0.7: with ``acks_late`` off (half the runs) the
tasks they were running are lost, their other tasks come back after the visibility timeout (3600 s in 55 % of runs,
else 60-900) from their fetch; without a kill a held task older than the timeout is delivered again and runs twice.
A Redis restart in a backlog loses the list where Redis does not persist (half the runs); under ``allkeys-lru`` (25 %)
an out-of-memory episode that meets a backlog evicts the list. The database refuses writes in failovers (0.2-1 a
day, 10 s-15 min): the task retries with a 180-s countdown, three times at most, then is lost; where the timeout is
under 180 s the held ETA task is delivered 1 + 180 // timeout times (at most 4, copies of copies not drawn). A task's
tiles go to the minute of its own time (the node's clock: in 25 % of runs one node is 1-20 s off and stepped 0.5-3
times a day, sd 1-8 s) or, in 35 % of runs, of the worker's clock when it runs (0.3 s sd off); the monitor reads
minute ``m`` once, 5-45 s after its end: tiles added later are not read. A point is the minute's total / 60 s.
Because a minute holds the whole intervals of the 2-4 tasks sent in it, the points alias between P and the minute.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it read
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's tiles lost, carried through the same tasks and reads: the reads are linear): ``drop``
(a node's local tile cache lost, the mosaics read from object storage: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-24
ticks), ``straggler`` (a node throttled in bursts: 1 for a mean of 30-240 ticks, calm for a mean of 120-600 at
0.05-0.25), ``leak`` (the GDAL block cache of long-lived CPU workers growing into swap: ``w = (s / ramp) ** q``,
``q`` 0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's
plateau), ``a`` set from the reads of the lost tiles, refused above 1; ``w`` is per 5-s tick.

Measured (``heldout166_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      12    10         9     0.085-0.325  23              1-20 (1284, 0 >60)
long      30      11    10         9     0.087-0.297  25              1-80 (1011, 3 >60)

Planned changes listed: short 19, long 23 (of 19 and 23 relaunches; none kept its stage); crashes 34 and 24. The
path over each set (counts): short: tasks refused while Redis was down 86, refused out of memory 510, publishes
retried in time 27, refused tasks carried 324, dropped 272, Redis restarts 40, queued tasks lost in a restart 14,
evicted 0, stalls met by tasks 167, worker pools down 81, tasks held past the timeout (run twice) 171, workers
killed 67, tasks lost with them 269, restored late 301, database error windows 34, retries 819, ETA copies 12,
retries given up 7, executions read too late 3049, read in another minute than sent 11094, unread minutes 879, clock
steps 45, intervals lost in a crash 68; long: 134, 879, 44, 248, 765, 36, 0, 81, 147, 63, 21, 60, 130, 728, 37,
1354, 54, 78, 4308, 2030, 1248, 16, 60. The reads' sum over the live points against the job's tiles: 0.962-1.008 per
seed (short), 0.997-1.007 (long); the live points' minute-to-minute change (median ``|d log|`` per seed) 3.9-38.7 %
(short), 3.1-40.5 % (long: the aliasing above, largest with one node and ``P`` near 20-26 s), its 99th percentile
45-70 % (short), 36-69 % (long); the live median level 21-789 tiles/s (short), 27-1,486 (long). Before the first
measure (both full sets): one look at the first 6 seeds' healthy builds (their path counts, levels and sums), after
which the stalls were lengthened (20-360 s to 20 s-15 min: no task was ever held past a timeout) and the worker
pool's down windows added (no task ever waited in Redis's list, so restarts and evictions lost nothing). Changes of
the laws after it: none; three fixes of faults (found by the tests, or reading the code back: a relaunch due inside
a pause now waits for its end: the pauses overlapped; a process restarted after the trace's end no longer fails the
build; an unsynchronised node's clock is now off by its drawn 1-20 s before its first step, not by that plus the
first step, or by a fresh sd-10-s draw where it never stepped), after which both sets were measured again (the
figures here). The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: at most 60 points "short",
120 "long").

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

CODE = 166
HELDOUT166_SEEDS = tuple(range(1662000, 1662012))
TICK, STEP = 5.0, 60.0
K = int(STEP // TICK)  # ticks per point
EPOCH = 1_790_000_040  # a multiple of 60: the points are stamped at their minute's end
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (1, 60), "long": (1, 120)}  # pause span lengths (points) the tests allow
DAY = 86400.0
ETA = 180.0  # Celery's default_retry_delay (s): a failed task is sent again with this countdown
PATH_KEYS = ("refused_down", "refused_oom", "publish_retried", "carried", "dropped", "redis_restarts",
             "queue_lost_restart", "evicted", "stalls", "pool_down", "held_past_vt", "worker_kills", "lost_on_kill",
             "restored_late", "db_errors", "eta_retries", "eta_copies", "retry_exhausted", "late_for_read",
             "other_minute", "unread_minutes", "clock_steps", "crash_lost")

# pause lengths (s): (lo, hi) per setting
PAUSE = {"startup": {"short": (180, 600), "long": (1800, 4800)},
         "restart": {"short": (120, 360), "long": (480, 1200)},
         "eval": {"short": (120, 360), "long": (600, 1500)},
         "ckpt": {"short": (15, 60), "long": (60, 240)},
         "down": {"short": (60, 240), "long": (360, 1080)},
         "stop": {"short": (60, 180), "long": (300, 720)}}


class _Obj:
    """A plain record (the run, its path)."""

    def __init__(self, **kw):
        self.__dict__.update(kw)


def _u(rng, table: str, setting: str) -> float:
    lo, hi = PAUSE[table][setting]
    return float(rng.uniform(lo, hi))


def _level(cfg: dict, st: dict) -> float:
    """Tiles/s of a stage: the GPUs (per-GPU rate, scaling efficiency per doubling, tile size and the instance head
    making a step dearer) against the CPU workers (GeoTIFF window reads, reprojection, augmentation): a step waits
    for the slower side (a soft maximum of the two costs)."""
    gpus = cfg["gpn"] * st["nodes"]
    gpu = cfg["gpu"] * gpus * cfg["eff"] ** np.log2(gpus) / (cfg["tile_c"] ** st["tile"] * cfg["head_c"] ** st["head"])
    cpu = cfg["cpu"] * st["nodes"] * cfg["cpuw_c"] ** st["cpuw"] / cfg["tile_cc"] ** st["tile"]
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's new stage (a larger tile, the instance head switched on, more CPU workers, or 1 in 6 another node
    count), redrawn until the level moves 15 % (1/3 to 3 times); None after 40 draws."""
    for _ in range(40):
        new = dict(st)
        if rng.random() < 1 / 6:
            new["nodes"] = int(rng.choice([g for g in (1, 2, 4) if g != st["nodes"]]))
        else:
            what = ("tile", "head", "cpuw")[int(rng.integers(3))]
            new[what] = min(new[what] + 1, {"tile": 2, "head": 1, "cpuw": 2}[what])
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) - 1e-12 and 1 / 3 <= r <= 3:
            return new
    return None


def _windows(rng, per_day: float, lo: float, hi: float, T: float, log: bool = True) -> np.ndarray:
    """Disjoint windows ``(start, end)`` over ``[0, T)``: Poisson starts, ``per_day`` a day, lengths ``lo``-``hi``
    s (log-uniform, or uniform)."""
    out, t = [], 0.0
    while per_day > 0:
        t += rng.exponential(DAY / per_day)
        if t >= T:
            break
        d = hc.log_uniform(rng, lo, hi) if log else rng.uniform(lo, hi)
        if not out or t > out[-1][1] + 1.0:
            out.append((t, t + d))
    return np.array(out).reshape(-1, 2)


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """The index of the window of ``win`` (sorted, disjoint) holding each ``x`` (``start <= x < end``), or -1."""
    if len(win) == 0:
        return np.full(len(x), -1)
    j = np.searchsorted(win[:, 0], x, side="right") - 1
    ok = (j >= 0) & (x < win[np.maximum(j, 0), 1])
    return np.where(ok, j, -1)


def _schedule(rng, n: int, setting: str) -> _Obj:
    """The job on a 5-s tick grid: stages, pauses, process lives, city mosaics and the noise; ``J`` the tiles
    trained per tick."""
    T = n * STEP
    nt = n * K + 4 * K
    cfg = {"gpn": int(rng.choice([4, 8])), "gpu": hc.log_uniform(rng, 8, 250), "eff": rng.uniform(0.85, 0.97),
           "tile_c": rng.uniform(1.5, 1.9), "head_c": rng.uniform(1.25, 1.7), "cpuw_c": rng.uniform(1.3, 1.6),
           "tile_cc": rng.uniform(1.3, 1.8)}
    cfg["cpu"] = rng.uniform(1.1, 2.5) * cfg["gpu"] * cfg["gpn"]
    st = {"nodes": int(rng.choice([1, 2, 4], p=[0.35, 0.4, 0.25])), "tile": 0, "head": 0, "cpuw": 0}
    mean_crash = rng.uniform(12, 48) * 3600
    rel = []
    for x in np.sort(rng.uniform(0.15, 0.85, int(rng.choice(4, p=[0.2, 0.3, 0.3, 0.2]))) * T):
        if not rel or x > rel[-1] + 3600:
            rel.append(float(x))
    ck_every = int(rng.integers(2, 4))
    pauses, lives, ramps, known, stages = [], [], [], [], [(0.0, dict(st))]
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0}
    t = _u(rng, "startup", setting)
    pauses.append((0.0, t, "startup"))
    life0 = 0.0
    ramps.append((t, rng.uniform(120, 360), rng.uniform(0.4, 0.75)))
    crash_at, next_eval, n_eval, ri = t + rng.exponential(mean_crash), t + rng.uniform(1800, 5400), 0, 0
    while True:
        r_at = max(rel[ri], t) if ri < len(rel) else np.inf  # one due in a pause waits for its end
        nxt = min(next_eval, crash_at, r_at)
        if nxt >= T + 300:
            break
        if nxt == next_eval:
            e = _u(rng, "eval", setting)
            pauses.append((nxt, nxt + e, "eval"))
            t, n_eval = nxt + e, n_eval + 1
            if n_eval % ck_every == 0:
                c = _u(rng, "ckpt", setting)
                pauses.append((t, t + c, "ckpt"))
                t += c
            next_eval = t + rng.uniform(1800, 5400)
            crash_at = max(crash_at, t)
            continue
        if nxt == crash_at:  # the process dies: down, then a restart from the last checkpoint
            lives.append((life0, nxt, False))
            counts["crashes"] += 1
            down = _u(rng, "down", setting)
            life0, t = nxt + down, nxt + down + _u(rng, "restart", setting)
            pauses.append((nxt, t, "crash"))
        else:  # a planned relaunch: a graceful stop, queued, restarted with the new stage
            lives.append((life0, nxt, True))
            counts["relaunches"] += 1
            life0 = nxt + _u(rng, "stop", setting) + rng.uniform(60, 300)
            t = life0 + _u(rng, "restart", setting)
            pauses.append((nxt, t, "relaunch"))
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            if new is None:
                counts["kept_stage"] += 1
            else:
                st = new
                stages.append((t, dict(st)))
                known.append(t)
            ri += 1
        ramps.append((t, rng.uniform(120, 360), rng.uniform(0.4, 0.75)))
        crash_at, next_eval = t + rng.exponential(mean_crash), t + rng.uniform(1800, 5400)
    lives.append((life0, T + 240, True))
    tb = np.arange(nt) * TICK
    lv = np.array([_level(cfg, s) for _, s in stages])[np.searchsorted([a for a, _ in stages], tb, "right") - 1]
    # city mosaics: 5-40 min each, a rate factor (building density, empty tiles undersampled), opened slowly
    shard = np.ones(nt)
    sd_city, s0 = rng.uniform(0.03, 0.10), 0.0
    while s0 < nt * TICK:
        d = hc.log_uniform(rng, 300, 2400)
        f = np.exp(rng.normal(0, sd_city)) * (rng.uniform(0.87, 0.95) if rng.random() < 0.25 else 1.0)
        i0, i1 = int(s0 // TICK), min(nt, int((s0 + d) // TICK) + 1)
        shard[i0:i1] = f
        op, depth = rng.uniform(3, 25), rng.uniform(0.2, 0.6)
        ov = np.clip(np.minimum(tb[i0:i1] + TICK, s0 + op) - np.maximum(tb[i0:i1], s0), 0, None) / TICK
        shard[i0:i1] *= 1 - ov * (1 - depth)
        s0 += d
    a = np.exp(-TICK / rng.uniform(10, 40))
    e = rng.normal(0, rng.uniform(0.02, 0.05) * np.sqrt(1 - a * a), nt)
    ar = np.convolve(e, a ** np.arange(60))[:nt]
    ou = np.repeat(hc.ou_path(rng, nt * TICK, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200)), K)[:nt]
    ramp = np.ones(nt)
    for ra, rd, r0 in ramps:
        i0, i1 = int(ra // TICK), min(nt, int((ra + rd) // TICK) + 1)
        ramp[i0:i1] = np.clip(r0 + (1 - r0) * (tb[i0:i1] - ra) / rd, r0, 1)
    edges = np.array([x for a_, b_, _ in pauses for x in (a_, b_)])
    train = np.clip(1 - hc.bad_share(edges, tb, TICK), 0, 1)
    J = lv * shard * np.exp(ar + ou) * ramp * train * TICK
    J[train <= 1e-9] = 0.0
    return _Obj(n=n, nt=nt, T=T, cfg=cfg, stages=stages, pauses_t=pauses, lives=lives, ramps=ramps,
                known_t=known, counts=counts, J=J)


def _clock(rng, Tx: float, unsynced: bool) -> tuple:
    """A node's clock offset (s) as ``(step times, offset after each)``: synchronised (a constant of sd 0.05 s) or
    not (1-20 s off and stepped 0.5-3 times a day by sd 1-8 s)."""
    if not unsynced:
        return np.array([0.0]), np.array([rng.normal(0, 0.05)])
    steps = _windows(rng, rng.uniform(0.5, 3), 1, 2, Tx)[:, 0]
    base = rng.uniform(1, 20) * rng.choice([-1, 1])
    off = base + np.cumsum(np.concatenate([[0.0], rng.normal(0, rng.uniform(1, 8), len(steps))]))
    return np.concatenate([[0.0], steps]), off


def _tasks(rng, run: _Obj, p: _Obj) -> None:
    """Each node's reporter: from its process's start a task every ``P`` s (plus 0.02-0.3 s of its own work) with
    its clock's time and the tiles since its previous task; a graceful stop sends the last interval, a crash loses
    it."""
    node, life, c, prev, G = [], [], [], [], []
    for li, (s, e, graceful) in enumerate(run.lives):
        st = run.stages[int(np.searchsorted([a for a, _ in run.stages], e - 1e-6, "right")) - 1][1]
        for j in range(st["nodes"]):
            s0 = s + rng.uniform(0, 5)
            m = max(int((e - s0) / p.P) + 2, 1)  # a process restarted after the trace's end sends nothing
            ts = s0 + np.cumsum(p.P + rng.uniform(0.02, 0.3, m))
            ts = ts[ts < e]
            if graceful:
                ts = np.append(ts, e)
            elif e < run.T:
                p.counts["crash_lost"] += 1
            node += [j] * len(ts)
            life += [li] * len(ts)
            c.append(ts)
            prev.append(np.concatenate([[s0], ts[:-1]]))
            G += [st["nodes"]] * len(ts)
    p.node, p.life, p.c, p.prev, p.G = (np.array(node), np.array(life), np.concatenate(c), np.concatenate(prev),
                                        np.array(G, float))
    off = np.zeros(len(p.c))
    for j, (at, val) in enumerate(p.clocks):
        sel = p.node == j
        off[sel] = val[np.searchsorted(at, p.c[sel], "right") - 1]
    p.stamp = p.c + off  # the task's own time: its node's clock when the reporter made it


def _publish(rng, p: _Obj) -> None:
    """``apply_async`` with the producer's retry policy: refused while Redis is down (or, under ``noeviction``, out
    of memory) unless it is back within the retry budget; a refused task's tiles go with the node's next published
    task (``carry``) or are lost."""
    N = len(p.c)
    p.tp = p.c.copy()
    ok = np.ones(N, bool)
    for key, win in (("refused_down", p.down), ("refused_oom", p.oom if p.policy == "noeviction" else p.oom[:0])):
        j = _inside(p.c, win)
        hit = j >= 0
        end = win[np.maximum(j, 0), 1] if len(win) else p.c
        back = hit & (end - p.c <= p.budget)
        p.tp[back] = end[back] + rng.uniform(0, 0.2, int(back.sum()))
        p.counts["publish_retried"] += int(back.sum())
        bad = hit & ~back
        p.counts[key] += int(bad.sum())
        ok &= ~bad
    dest = np.where(ok, np.arange(N), -1)
    if p.carry:  # the reporter's counter is reset only on a successful send
        for i in np.nonzero(~ok)[0][::-1]:
            if i + 1 < N and p.node[i + 1] == p.node[i] and p.life[i + 1] == p.life[i]:
                dest[i] = dest[i + 1]
        p.counts["carried"] += int(((~ok) & (dest >= 0)).sum())
    p.counts["dropped"] += int(((~ok) & (dest < 0)).sum())
    p.dest, p.ok = dest, ok


def _execute(rng, p: _Obj, n: int) -> None:
    """The workers: a task runs at once, but in a stall of the metrics database the workers hold ``Q`` tasks
    (prefetch) and the rest wait in Redis's list; a hung worker may be killed (its tasks lost or restored after the
    visibility timeout); a held task older than the timeout is delivered twice; a restart of Redis without
    persistence loses the list, an eviction under ``allkeys-lru`` too; a database error retries the task with a
    180-s countdown (copies where the timeout is shorter), three times at most."""
    idx = np.nonzero(p.ok)[0]
    tp = p.tp[idx]
    te = tp + rng.uniform(0.002, 0.2, len(idx))
    alive = np.ones(len(idx), bool)
    ex_i, ex_t = [], []
    for k, (a, b) in enumerate(np.concatenate([p.stall, p.pool_down])):
        sel = np.nonzero((tp >= a) & (tp < b))[0]
        if not len(sel):
            continue
        stall = k < len(p.stall)  # else no worker is up (a deploy, a crash): the tasks wait in the list
        p.counts["stalls" if stall else "pool_down"] += 1
        sel = sel[np.argsort(tp[sel], kind="stable")]
        r = np.arange(len(sel))
        te[sel] = np.maximum(te[sel], b + (r + 1) * p.svc)
        held = (r < p.Q) & stall
        listed = sel[~held]
        if stall and b - a > 60 and rng.random() < p.p_kill:
            kt = rng.uniform(a + 60, b)
            p.counts["worker_kills"] += 1
            killed = held & (tp[sel] < kt)
            lost = killed & (r < p.W * p.conc) & (not p.acks_late)
            alive[sel[lost]] = False
            p.counts["lost_on_kill"] += int(lost.sum())
            back = sel[killed & ~lost]
            te[back] = np.maximum(tp[back] + p.vt, b) + rng.uniform(0, 10, len(back))
            p.counts["restored_late"] += len(back)
        else:
            twice = sel[held & (b - tp[sel] > p.vt)]
            ex_i.append(twice)
            ex_t.append(te[twice] + rng.uniform(0, 2, len(twice)))
            p.counts["held_past_vt"] += len(twice)
        for r0, r1 in p.down:
            if a < r0 < b and not p.persist:
                gone = listed[(tp[listed] < r0) & alive[listed]]
                alive[gone] = False
                p.counts["queue_lost_restart"] += len(gone)
        if p.policy == "allkeys-lru":
            for m0, m1 in p.oom:
                if m0 < b and m1 > a:
                    x = rng.uniform(max(a, m0), min(b, m1))
                    gone = listed[(tp[listed] < x) & alive[listed]]
                    alive[gone] = False
                    p.counts["evicted"] += len(gone)
    extra_i = np.concatenate(ex_i).astype(int) if ex_i else np.zeros(0, int)
    extra_t = np.concatenate(ex_t) if ex_t else np.zeros(0)
    keep = alive[extra_i]
    ei = np.concatenate([np.nonzero(alive)[0], extra_i[keep]])
    et = np.concatenate([te[alive], extra_t[keep]])
    # the metrics database refusing writes: autoretry with the default 180-s countdown, three times at most
    copies = 1 + int(ETA // p.vt) if p.vt < ETA else 1  # an ETA task held past the timeout is delivered again
    copies = min(copies, 4, p.W * p.conc)
    out_i, out_t = [], []
    for _ in range(4):
        j = _inside(et, p.dberr)
        fail = j >= 0
        out_i.append(ei[~fail])
        out_t.append(et[~fail])
        if not fail.any():
            break
        if _ < 3:
            p.counts["eta_retries"] += int(fail.sum())
            k = copies if _ == 0 else 1  # copies of copies are not drawn
            p.counts["eta_copies"] += int(fail.sum()) * (k - 1)
            ei = np.repeat(ei[fail], k)
            et = np.repeat(et[fail], k) + ETA + rng.uniform(0, 2, int(fail.sum()) * k)
        else:
            p.counts["retry_exhausted"] += int(fail.sum())
    p.counts["db_errors"] = len(p.dberr)
    p.ex_i, p.ex_t = idx[np.concatenate(out_i)], np.concatenate(out_t)


def _path(rng, run: _Obj) -> _Obj:
    """The collection path's draws and every task's fate (linear in the tiles: :func:`_reads` applies them)."""
    Tx = run.T + 600
    p = _Obj(counts={k: 0 for k in PATH_KEYS})
    p.P = rng.uniform(15, 30)
    p.W, p.conc = int(rng.integers(1, 5)), int(rng.choice([2, 4, 8]))
    p.Q = p.W * p.conc * (4 if rng.random() < 0.7 else 1)  # worker_prefetch_multiplier 4 (default) or 1
    p.acks_late = bool(rng.random() < 0.5)
    p.vt = 3600.0 if rng.random() < 0.55 else hc.log_uniform(rng, 60, 900)
    p.by_worker = bool(rng.random() < 0.35)
    p.persist = bool(rng.random() < 0.5)
    p.policy = str(rng.choice(["noeviction", "allkeys-lru", "none"], p=[0.4, 0.25, 0.35]))
    p.carry = bool(rng.random() < 0.5)
    p.budget = 0.4 if rng.random() < 0.4 else rng.uniform(5, 30)
    p.lag = rng.uniform(5, 45)
    p.wo = rng.normal(0, 0.3)
    p.svc = rng.uniform(0.005, 0.03) / (p.W * p.conc)
    p.p_kill = rng.uniform(0.3, 0.7)
    p.down = _windows(rng, rng.uniform(0.2, 1.5), 5, 90, Tx)
    oom = _windows(rng, rng.uniform(0.3, 2), 120, 1200, Tx)
    p.oom = oom if p.policy != "none" else oom[:0]
    p.stall = _windows(rng, rng.uniform(1, 6), 20, 900, Tx)
    p.pool_down = _windows(rng, rng.uniform(0.5, 3), 20, 600, Tx)
    p.dberr = _windows(rng, rng.uniform(0.2, 1.0), 10, 900, Tx)
    unsynced = rng.random() < 0.25
    p.clocks = [_clock(rng, Tx, unsynced and j == 0) for j in range(4)]
    p.counts["clock_steps"] = sum(len(at) - 1 for at, _ in p.clocks)
    p.counts["redis_restarts"] = len(p.down)
    _tasks(rng, run, p)
    _publish(rng, p)
    _execute(rng, p, run.n)
    # the worker adds the tiles to the minute of the task's own time, or (``by_worker``) of its own clock; the
    # monitor reads minute m once, ``lag`` s after its end: what is added later is not read
    t_bin = (p.ex_t + p.wo) if p.by_worker else p.stamp[p.ex_i]
    b = np.floor(t_bin / STEP).astype(int)
    inside = (b >= 0) & (b < run.n)
    read = inside & (p.ex_t <= (b + 1) * STEP + p.lag)
    p.counts["late_for_read"] = int((inside & ~read).sum())
    p.counts["other_minute"] = int((b[read] != np.floor(p.c[p.ex_i[read]] / STEP)).sum())
    p.ex_task, p.ex_bucket = p.ex_i[read], b[read]
    p.copies = np.bincount(p.ex_task, minlength=len(p.c))
    p.unread = np.bincount(p.ex_bucket, minlength=run.n) == 0
    p.counts["unread_minutes"] = int(p.unread.sum())
    return p


def _reads(run: _Obj, X: np.ndarray) -> np.ndarray:
    """What the monitor reads (tiles/s per minute) when the job trains ``X`` tiles per tick: each task's tiles
    (its interval's share of its node), moved to the task that carried them, counted once per read execution."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(X)])

    def cum(t):
        i = np.clip((t // TICK).astype(int), 0, len(X) - 1)
        return np.minimum(C[i] + np.clip(t / TICK - i, 0, 1) * X[i], C[-1])

    x = (cum(p.c) - cum(p.prev)) / p.G
    sent = p.dest >= 0
    xp = np.bincount(p.dest[sent], x[sent], minlength=len(x))
    return np.bincount(p.ex_bucket, xp[p.ex_task], minlength=run.n) / STEP


def _spans(run: _Obj) -> list[tuple[int, int]]:
    """Paused points: a minute that touches a pause or a ramp's first half, its neighbours, and a minute that read
    nothing."""
    n = run.n
    mask = run.path.unread.copy()
    for a, b in [(a, b) for a, b, _ in run.pauses_t] + [(ra, ra + rd / 2) for ra, rd, _ in run.ramps]:
        s, e = max(0, int(a // STEP) - 1), min(n, int(np.ceil(b / STEP)) + 1)
        if s < n:
            mask[s:e] = True
    d = np.diff(np.concatenate([[0], mask.astype(int), [0]]))
    return list(zip(np.nonzero(d == 1)[0].tolist(), np.nonzero(d == -1)[0].tolist()))


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting (the stream ``[seed, setting, CODE]``)."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    healthy = _reads(run, run.J)
    spans = _spans(run)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _stamps(run: _Obj) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of the tiles lost per tick (0 .. 1): a drop rises to 1 over ``tau`` 1-24 ticks; a
    straggler is 1 for a mean of 30-240 ticks, then calm for a mean of 120-600 at 0.05-0.25; a leak grows as
    ``(s / ramp) ** q`` (``q`` 0.6-1.8) and holds."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 24))
    if kind == "straggler":
        calm = rng.uniform(0.05, 0.25)
        edges = hc.twostate(rng, 0.0, float(length), rng.uniform(30, 240), rng.uniform(120, 600))
        bad = (np.searchsorted(edges, s, side="right") % 2) == 1
        return np.where(bad, 1.0, calm)
    return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in points ``[lo, hi)``: a share ``a w`` of each tick's tiles lost, carried
    through the same tasks and reads (linear), ``a`` set to a drawn target loss over its live points (a leak's
    plateau) and refused above 1; an ``(Event, (0, lost reads))`` pair, or None after 80 draws."""
    n = run.n
    ts = np.arange(n + 1) * STEP
    pauses = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pauses, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0 = int(t0 // TICK)
        i1 = run.nt if to_end else min(run.nt, stop * K)
        X = np.zeros(run.nt)
        X[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K) * run.J[i0:i1]
        unit = _reads(run, X)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = min(onset + ramp, stop - 5) if kind == "leak" else onset
        hs, us = healthy[c0:stop][live[c0:stop]].sum(), unit[c0:stop][live[c0:stop]].sum()
        if hs <= 0 or us <= 0 or target * hs / us > 1:
            continue
        m = target * hs / us * unit
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(int((t0 + ramp * STEP) // STEP), n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, m)
    return None


def make_heldout166(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout166_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT166_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout166, seeds, n, pauses)
