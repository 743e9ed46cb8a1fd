"""The two-hundred-and-first held-out throughput family: a chocolate-bloom inspection model's training images/s (a
network finding fat bloom, sugar bloom, air bubbles and broken corners on camera images of moulded chocolate bars and
pralines after cooling; images cropped per piece and augmented on CPU workers, the rare defects oversampled; an
evaluation on a held-out factory's products now and then) on 1, 2 or 4 nodes, read through an rqlite cluster: each
node's reporter inserts a row (its clock's time, its images since its last row) every 10-30 s through rqlite's HTTP
API, and a monitor queries once a minute (read level ``none``, ``weak`` or ``strong``) and sums the rows per minute
of the reporter's time or of the insert time.

(No generator's head names rqlite, a leader or a leader election, a redirect, a read consistency level, a stale
read, replication, chocolate, bloom, confectionery, a praline, cooling, an air bubble or a re-sent write (``grep
-ic`` on ``/tmp/201_heads.txt``, the first 3 lines of the 198 ``anomaly/heldout*.py``: 0 each); "sqlite" matches 1
head (a node-local SQLite database in WAL mode, a sidecar: not a replicated cluster), "raft" 4 (RAFT optical flow,
"aircraft", "Minecraft"), "snapshot" 2 (Navier-Stokes snapshots), "queued" 1 (rows queued to Azure Data Explorer),
"follower" 1 (a ``journalctl -f`` follower), "mould" 1 (demoulded wall panels and beams), "factory" 1 (solar modules'
EL images), "inspection" 5, "camera" 15, "augment" 26, "crop" 22, "oversampl" 12, "images/s" 24, "insert" 7,
"SQL" 7, "HTTP" 3, "database" 2 (common words; the job and the path are new). Job and path named by the lead; the
matching heads were printed only through ``grep -io`` with 60 characters before and 40 after the word.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550,
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: its lines 311-421, cut from one
long print, printed again as lines 300-425), ``tests/trace_checks.py`` (all), ``anomaly/traces.py`` lines 1-80,
``tests/test_architecture.py`` lines 1-110, ``/tmp/201_heads.txt`` through ``grep -ic`` and ``grep -io`` only.
Slips: an ``ls`` of ``anomaly/heldout200.py`` and ``heldout201.py`` (neither exists) and a count of the
``anomaly/heldout*.py`` names (198) and of those starting ``heldout19`` (10); none else. Generator 200's seeds are
kept apart by the rule's range (``range(2002000, 2002012)``), not read.

Public sources read (excerpts through the search tool): rqlite's "Queued Writes" page (``/db/execute?queue``: the
node queues the request and answers at once with a ``sequence_number`` and no results, batching queued statements
into one bulk write: durability traded for speed); "Read Consistency" (``weak``, the default, checks that the node
is the Leader and forwards to it otherwise; ``none`` reads the node's local SQLite, stale where it has fallen
behind or left the cluster; ``strong`` goes through Raft); "Accessing rqlite" and rqlite.io's ``llms.txt``
(``/db/execute``, ``/db/query``; writes to any node forwarded to the Leader); "Read-only nodes" (``freshness``);
issues #301 (a follower answers a write with 301 and the Leader's location), PR #859 (transparent forwarding,
``redirect`` keeps the 301), #542 (``503 Service Unavailable: not leader`` under an insert load, Raft failing to
contact peers), #40 ("not current leader", "command failed to be committed due to node failure": retry), #1628
(title: duplicate inserts under packet loss), #2687 (a log: the execute queue's capacity 1024, batch 128, timeout 50
ms), #14 (a restarted node restores its snapshot and replays the log after it), #1672 (a joining node installing a
snapshot over minutes), #388 (``heartbeat_timeout`` 1 s, ``apply_timeout`` 10 s), #1886 (client time-outs).
Not read (from memory, unchecked): that a queued write whose flush fails is dropped silently; how long elections
last; how rqlite stamps ``CURRENT_TIMESTAMP`` (here the receiving node's clock); what a restarting node serves.
Nothing read on the job: its figures are assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (30/45/25 %; 0.82-0.96 per doubling); a node's GPUs train
600-5,000 crops/s (log-uniform), its augmenting CPU workers feed 1.1-2.4 times that; a step waits for the slower side
(a soft maximum of the per-image costs); a larger crop costs 1.35-1.8 on the GPUs and 1.15-1.5 on the CPUs per step,
a larger batch 0.85-0.95 on the GPUs. Noise per 5-s tick: an AR(1) of the log (sd 1.5-4 %, 10-60 s); product lines
read in blocks of 4-30 min (sd 2-6 %, pralines 30 % of blocks and 3-10 % dearer); host contention (OU, sd 1-3 %,
30-180 min); with several nodes the slowest node's all-reduce wait (half-normal, sd 0.5-2 %). Pauses (minutes,
"long" in brackets): start-up 4-12 (20-50) with a ramp from 30-70 % over 2-5; an evaluation on a held-out
factory's products every 40-120 of training, 3-8 (12-30), every 2nd-4th followed by a checkpoint 0.35-1.5 (2-5);
crashes (exponential, mean 10-40 h): down 2-5 (8-20), a start-up 2-5 (10-25) and a ramp; relaunches (0-3 at 15-85 %
of the run, an hour apart): stopped 1-3 (5-12), queued 1-6, a start-up and a ramp, onto another node count, crop or
batch (redrawn until the level moves 15 %, 1/3 to 3 times).

On the path (not checked): a reporter per node (its share of the images) reads its counter on its clock's
multiples of ``P`` (45 % of runs: 10, 12, 15, 20 or 30 s) or every 10-30 s plus its work; a crash loses the
interval under way, a graceful stop writes it. It writes to cluster node ``r mod M`` (3 nodes, or 5 in 30 %),
attempts at 0, 1, 3, 7, 15 s: refused while that node is down (restarts 0.3-2 a day, down 10-90 s, then 5-120 s
catching up from its snapshot) or in a leader election (one after a leader's restart, 1 in ``M``, and 0.5-4 a day
more; 1.5-8 s, 10 % 10-40 s); after the fifth it gives the row up: its images are carried into the next row (60 %
of runs) or lost. 0.2-1 % of writes (8 times more within 30 s of an election) time out at the client (3-10 s) and
are sent again; 50-85 % had been applied: two rows. In 30 % of runs writes are queued: acknowledged at once,
applied 0.05-1 s later, lost if that falls in an election or the node crashes first (no retry, no time-out). The
row's reporter time is its node's clock (sd 0.02-0.3 s; in 30 % of runs most nodes unsynchronised: 1-5 s off,
5-60 ppm drift, stepped 0.5-3 times a day); the insert time the receiving node's clock (sd 0.05-1 s). The monitor
queries at 5-40 s past each minute (retries 10 and 20 s later), fills each of the last 3 closed minutes it has not
read, and keeps a minute once read: a row committed (``weak``, ``strong``: refused in elections) or replicated to
its follower (``none``: a restarted follower serves its old copy until it has caught up) after that is lost; bins
by reporter time (60 %) or insert time. A point is the minute's rows' images / 60 (0: nothing read). The reads are
linear in the images; the rows' fates are the healthy run's.

A point is paused where a row binned in it may hold a pause (or a ramp's first half): the pause widened by the
clocks' offsets, two rows' length, the retries and a re-send; or where it reads nothing; a listed change is the
first point after a relaunch's span that changed the stage. Labelled regressions (a share ``a w`` of each tick's
images lost, carried through the same rows and reads): ``drop`` (augmentation workers killed one after another:
``w`` 1-3 steps, 2-20 ticks apart, to 1), ``straggler`` (one node's image reads from the shared store slowed, all
nodes waiting: bursts at 1, mean 40-200 ticks, between them 0-0.25 for a mean of 100-400), ``leak`` (the workers'
decoded-crop cache swapping: ``w = (s / ramp) ** p``, ``p`` 1-2.5, then held); onsets 30 % at a pause's end; ``a``
set so the live loss is a drawn target (8-33 %, 10-30 %, 12-35 % over a leak's plateau), refused above 1.

Measured (``heldout201_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     31      11    9          11    0.081-0.293  18              1-28 (861, 0 >60)
long      32      9     13         10    0.080-0.312  17              15-84 (777, 13 >60)

Planned changes listed: short 9, long 27 (of 9 and 27 relaunches; none kept its stage); crashes 54 and 40. The path
over each set (counts): short: writes refused in an election 152, refused by a restarting node 411, retries 482,
rows given up 71, client time-outs 3069, rows doubled 1938, queued writes lost 26, elections 107, cluster node
restarts 55, rows read too late for their minute 63, unread minutes 0, rows in another minute than their
interval's end 24412, reporters' intervals lost in a crash 140, clock steps 49; long: 262, 256, 461, 53, 1863, 1425,
18, 144, 37, 0, 0, 17173, 96, 22. The reads' sum over the live points against the job's images: 1.000-1.008 per
seed (short), 0.999-1.005 (long); the live points' minute-to-minute change (median ``|d log|`` per seed) 1.4-28.2 %
(short), 1.2-20.0 % (long), its 99th percentile 8.7-46.1 % (short), 6.5-47.0 % (long): the six runs over 5 % have a
free-running reporter, five of them on one node: its 2 or 3 rows a minute alias (meant, and kept); the live
median level 907-7,711 images/s (short), 1,049-7,903 (long); paused points 7-22 % (short), 20-42 % (long). Before
the first measure: none (one build of 4 seeds at 3,000 points checked only that it ran). Changes of the laws after
the first measure: none (the stamps' epoch was moved to a multiple of 60: no law changed). The tests check the laws
on the first 4 seeds at 3,000 points (``SPANS``: at most 40 points "short", 110 "long"); they take 2.9-4.2 s on
one core (``taskset -c 0``, three runs on a shared machine; ``tests/test_architecture.py`` passes).

Size: one family's job, path and regressions, kept in one module as the other generators are (the docstring is
over 100 lines: the brief asks for the sources, the heads' greps and the counts there).
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT201_SEEDS = tuple(range(2012000, 2012012))
CODE = 201
KIND_P = (0.35, 0.35, 0.30)  # drop, straggler, leak
STEP = 60.0  # a point: one minute of the monitor's bins
TICK = 5.0  # the job's tick (s)
K = int(STEP // TICK)
EPOCH = 1_789_999_980.0  # a multiple of 60: the minutes of the monitor
TRIES = np.array([0.0, 1.0, 3.0, 7.0, 15.0])  # the reporter's write attempts (s after its first)
# pause lengths in minutes (lo, hi) per setting: start-up, evaluation, checkpoint, crash down, relaunch stop
PAUSES = {"short": {"startup": (4, 12), "eval": (3, 8), "ckpt": (0.35, 1.5), "down": (2, 5), "restart": (2, 5),
                    "stop": (1, 3)},
          "long": {"startup": (20, 50), "eval": (12, 30), "ckpt": (2, 5), "down": (8, 20), "restart": (10, 25),
                   "stop": (5, 12)}}
SPANS = {"short": (1, 40), "long": (1, 110)}  # pause spans (points), ending before the trace's end
PATH_KEYS = ("refused_election", "refused_down", "retries", "gave_up", "timeouts", "doubled", "elections",
             "node_restarts", "late", "unread", "rebinned", "crash_lost")


def _minutes(rng, lo: float, hi: float) -> float:
    """A pause length (s): ``lo``-``hi`` minutes, log-normal around a uniform draw, clipped."""
    return 60.0 * float(np.clip(rng.uniform(lo, hi) * np.exp(rng.normal(0, 0.2)), lo, hi))


# ---------------------------------------------------------------- the job


def _level(cfg: dict, st: dict) -> float:
    """Images/s of a stage: per-node cost the soft maximum of the GPUs' and the augmenting CPU workers' per-image
    time (crop shape and batch size), times the node count with its scaling efficiency."""
    n = st["nodes"]
    gpu = cfg["gc"] ** st["crop"] * cfg["bf"] ** st["batch"] / cfg["gpu"]
    cpu = cfg["cc"] ** st["crop"] / cfg["cpu"]
    return n * cfg["eff"] ** np.log2(n) / hc.smax(gpu, cpu)


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's new stage (another node count, a larger or smaller crop, another batch size), redrawn until the
    level moves 15 % or more (and at most 3 times); None after 50 draws."""
    for _ in range(50):
        new = dict(st)
        u = rng.random()
        if u < 0.35:
            new["nodes"] = int(rng.choice([m for m in (1, 2, 4) if m != st["nodes"]]))
        elif u < 0.7:
            new["crop"] = int(np.clip(st["crop"] + rng.choice([-1, 1]), -1, 2))
        else:
            new["batch"] = int(np.clip(st["batch"] + rng.choice([-1, 1]), -1, 1))
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return None


def _timeline(rng, n: int, setting: str):
    """The job's schedule: training segments, pauses ``(t0, t1, kind)``, process lives ``(u0, u1, crashed)``,
    ramps after each start-up ``(t, length, from)``, the stages and the planned changes' resume times."""
    tab = PAUSES[setting]
    T = n * STEP + 900.0
    cfg = {"gpu": hc.log_uniform(rng, 600, 5000), "eff": rng.uniform(0.82, 0.96), "gc": rng.uniform(1.35, 1.8),
           "cc": rng.uniform(1.15, 1.5), "bf": rng.uniform(0.85, 0.95)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.1, 2.4)
    stages = [{"nodes": int(rng.choice([1, 2, 4], p=[0.3, 0.45, 0.25])), "crop": 0, "batch": 0}]
    every = rng.uniform(40, 120) * 60
    ck_every = int(rng.integers(2, 5))
    crash_mean = rng.uniform(10, 40) * 3600
    rel = sorted(rng.uniform(0.15, 0.85, int(rng.integers(0, 4))) * n * STEP)
    rel = [r for i, r in enumerate(rel) if i == 0 or r - rel[i - 1] >= 3600]
    pauses, lives, ramps, segs, known, counts = [], [], [], [], [], {"relaunches": 0, "kept_stage": 0, "crashes": 0}
    su = _minutes(rng, *tab["startup"])
    pauses.append((0.0, su, "startup"))
    ramps.append((su, rng.uniform(2, 5) * 60, rng.uniform(0.3, 0.7)))
    t, u0, trained, n_eval, stage = su, 0.0, 0.0, 0, 0
    crash = t + rng.exponential(crash_mean)
    due = every * rng.uniform(0.85, 1.15)
    while t < T:
        if crash < t + 60:
            crash = t + rng.uniform(60, 600)
        while rel and rel[0] < t + 60:
            rel[0] = t + rng.uniform(60, 300)
        cand = [t + due - trained, crash, rel[0] if rel else np.inf]
        which = int(np.argmin(cand))
        e = cand[which]
        if e >= T:
            segs.append((t, T, stage))
            break
        segs.append((t, e, stage))
        if which == 0:  # an evaluation on a held-out factory's products, every few a checkpoint after it
            n_eval += 1
            d = _minutes(rng, *tab["eval"])
            pauses.append((e, e + d, "eval"))
            t = e + d
            if n_eval % ck_every == 0:
                d = _minutes(rng, *tab["ckpt"])
                pauses.append((t, t + d, "ckpt"))
                t += d
            trained, due = 0.0, every * rng.uniform(0.85, 1.15)
            continue
        trained += e - t
        if which == 1:  # a crash: the process is down, then starts again on the same stage
            counts["crashes"] += 1
            down = _minutes(rng, *tab["down"])
            pauses.append((e, e + down, "crash"))
            lives.append((u0, e, True))
            u0 = e + down
            crash = e + rng.exponential(crash_mean)
        else:  # a relaunch: stopped, queued, then started on its new stage
            rel.pop(0)
            counts["relaunches"] += 1
            down = _minutes(rng, *tab["stop"]) + rng.uniform(1, 6) * 60
            pauses.append((e, e + down, "relaunch"))
            lives.append((u0, e, False))
            u0 = e + down
            new = _next_stage(rng, cfg, stages[stage], _level(cfg, stages[stage]))
            if new is None:
                counts["kept_stage"] += 1
            else:
                stages.append(new)
                stage = len(stages) - 1
        su = _minutes(rng, *tab["restart"])
        pauses.append((u0, u0 + su, "startup"))
        t = u0 + su
        ramps.append((t, rng.uniform(2, 5) * 60, rng.uniform(0.3, 0.7)))
        if which == 2 and stage != segs[-1][2]:
            known.append(t)
    lives.append((u0, T, False))
    return SimpleNamespace(T=T, cfg=cfg, stages=stages, pauses_t=pauses, lives=lives, ramps=ramps, segs=segs,
                           known_t=known, counts=counts)


def _jitter(rng, nt: int, nodes: np.ndarray) -> np.ndarray:
    """The job's own noise per tick (a factor): an AR(1) of the log (sd 1.5-4 %, correlation 10-60 s); product
    lines read in blocks of 4-30 min, each its own factor (sd 2-6 %; pralines, 30 % of blocks, 3-10 % dearer:
    more pieces and rotated crops to augment); host contention on the CPU workers (an OU, sd 1-3 %, 30-180 min);
    and with several nodes each step waits for the slowest node's all-reduce (half-normal, sd 0.5-2 % each)."""
    sd, a = rng.uniform(0.015, 0.04), np.exp(-TICK / rng.uniform(10, 60))
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    x = np.empty(nt)
    x[0] = rng.normal(0, sd)
    for i in range(1, nt):
        x[i] = a * x[i - 1] + e[i]
    blk = np.zeros(nt)
    i, bsd, pcost = 0, rng.uniform(0.02, 0.06), rng.uniform(0.03, 0.10)
    while i < nt:
        m = int(hc.log_uniform(rng, 4, 30) * K)
        blk[i:i + m] = rng.normal(0, bsd) - (pcost if rng.random() < 0.3 else 0.0)
        i += m
    ou = hc.ou_path(rng, nt * TICK, rng.uniform(0.01, 0.03), rng.uniform(30, 180) * 60)
    slow = np.abs(rng.normal(0, rng.uniform(0.005, 0.02), (nt, 4)))
    lag = np.where(np.arange(4)[None, :] < nodes[:, None], slow, 0.0).max(axis=1)
    return np.exp(x + blk + ou[(np.arange(nt) * TICK // 60).astype(int)]) / (1 + lag)


def _job(rng, tl, nt: int):
    """Images/s per tick (0 in pauses) and the node count per tick."""
    edges = np.arange(nt + 1) * TICK
    J, nodes = np.zeros(nt), np.full(nt, tl.stages[0]["nodes"])
    for t0, t1, st in tl.segs:
        i0, i1 = int(t0 // TICK), min(nt, int(np.ceil(t1 / TICK)))
        ov = np.minimum(t1, edges[i0 + 1:i1 + 1]) - np.maximum(t0, edges[i0:i1])
        J[i0:i1] += np.maximum(ov, 0) / TICK * _level(tl.cfg, tl.stages[st])
        nodes[i0:] = tl.stages[st]["nodes"]
    mid = edges[:-1] + TICK / 2
    for t, r, f0 in tl.ramps:
        i0, i1 = int(t // TICK), min(nt, int(np.ceil((t + r) / TICK)))
        J[i0:i1] *= f0 + (1 - f0) * np.clip((mid[i0:i1] - t) / r, 0, 1)
    return J * _jitter(rng, nt, nodes), nodes


# ---------------------------------------------------------------- the path: reporters, rqlite, the monitor


def _merge(a, b) -> np.ndarray:
    """Intervals ``[a, b)`` sorted and merged: an array of shape (k, 2)."""
    if len(a) == 0:
        return np.zeros((0, 2))
    o = np.argsort(a)
    out = [[a[o[0]], b[o[0]]]]
    for s, e in zip(np.asarray(a)[o[1:]], np.asarray(b)[o[1:]]):
        if s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return np.array(out, float)


def _inside(x, win: np.ndarray) -> np.ndarray:
    """Whether each time of ``x`` lies in one of the merged windows ``win``."""
    if len(win) == 0:
        return np.zeros(np.shape(x), bool)
    j = np.searchsorted(win[:, 0], x, side="right") - 1
    return (j >= 0) & (x < win[np.maximum(j, 0), 1])


def _clock(rng, T: float, unsynced: bool):
    """A reporter node's clock: ``(step times, offsets after each step, drift)``. Synchronised: a constant offset
    (sd 0.02-0.3 s); unsynchronised: 1-5 s off, drifting 5-60 ppm, stepped back near 0 (sd 0.3 s) 0.5-3 times a
    day."""
    if unsynced:
        k = rng.poisson(rng.uniform(0.5, 3) * T / 86400)
        st = np.concatenate([[0.0], np.sort(rng.uniform(0, T, k))])
        base = np.concatenate([[rng.normal(0, rng.uniform(1, 5))], rng.normal(0, 0.3, k)])
        return st, base, rng.choice([-1.0, 1.0]) * rng.uniform(5e-6, 60e-6)
    return np.zeros(1), np.array([rng.normal(0, rng.uniform(0.02, 0.3))]), 0.0


def _off(clock, t):
    st, base, drift = clock
    j = np.searchsorted(st, t, side="right") - 1
    return base[j] + drift * (t - st[j])


def _row_ends(rng, p, clock, u0: float, u1: float, last: bool) -> np.ndarray:
    """When a reporter reads its counter in a life ``[u0, u1)``: on its clock's multiples of ``P`` (aligned) or every
    ``P`` s plus its own work (free-running); a graceful stop flushes a last row at ``u1``."""
    if p.aligned:
        d = rng.uniform(0.01, 0.3)
        k = np.arange(np.ceil((u0 + 2 + _off(clock, u0)) / p.P), np.floor((u1 + _off(clock, u1)) / p.P) + 1)
        c = k * p.P + d
        b = c - _off(clock, c)
    else:
        m = int((u1 - u0) / p.P) + 2
        b = u0 + rng.uniform(2, 8) + np.cumsum(p.P + rng.uniform(0.02, 0.4, m))
    b = b[(b > u0) & (b < u1)]
    return np.append(b, u1) if last else b


def _path(rng, run, n: int) -> SimpleNamespace:
    """Each node's reporter, the rqlite cluster and the monitor; which rows (images over ``[a, b]``) land in which
    point. Counts of the path's distortions in ``counts``."""
    T, p = run.T, SimpleNamespace()
    days = T / 86400
    M = 3 if rng.random() < 0.7 else 5
    k = rng.poisson(rng.uniform(0.3, 2.0) * days)  # cluster node restarts: down, then catching up from a snapshot
    r_t, r_node = np.sort(rng.uniform(0, T, k)), rng.integers(0, M, k)
    r_down, r_catch = rng.uniform(10, 90, k), rng.uniform(5, 120, k)
    lead = rng.random(k) < 1 / M  # the leader restarted: an election
    el_t = np.concatenate([r_t[lead], rng.uniform(0, T, rng.poisson(rng.uniform(0.5, 4.0) * days))])
    long_el = rng.random(len(el_t)) < 0.1
    el_d = np.where(long_el, rng.uniform(10, 40, len(el_t)), rng.uniform(1.5, 8, len(el_t)))
    elect = _merge(el_t, el_t + el_d)
    p.M, p.queued, p.carry = M, rng.random() < 0.3, rng.random() < 0.6
    p.level = str(rng.choice(["none", "weak", "strong"], p=[0.35, 0.4, 0.25]))
    p.by_insert, p.aligned = rng.random() < 0.4, rng.random() < 0.45
    p.P = float(rng.choice([10.0, 12.0, 15.0, 20.0, 30.0])) if p.aligned else rng.uniform(10, 30)
    p_to, p_applied, tau, flush = rng.uniform(0.002, 0.01), rng.uniform(0.5, 0.85), rng.uniform(3, 10), \
        rng.uniform(0.05, 1.0)
    c_off = rng.normal(0, rng.uniform(0.05, 1.0), M)
    unsynced = rng.random() < 0.3
    clocks = [_clock(rng, T, unsynced and rng.random() < 0.7) for _ in range(4)]
    mon_node, lag_mon = int(rng.integers(M)), rng.uniform(5, 40)

    def down_of(j):
        m = r_node == j
        return _merge(r_t[m], r_t[m] + r_down[m])

    cnt = dict.fromkeys(PATH_KEYS, 0)
    cnt.update(elections=len(elect), node_restarts=int(k), queued_lost=0, clock_steps=sum(len(c[0]) - 1
                                                                                         for c in clocks))
    A, B, ins, com, rep, tg = [], [], [], [], [], []
    for r in range(4):
        tgt = r % M
        down = down_of(tgt)
        refuse = down if p.queued else _merge(np.concatenate([elect[:, 0], down[:, 0]]),
                                              np.concatenate([elect[:, 1], down[:, 1]]))
        d_st = down[:, 0]
        for u0, u1, crashed in run.lives:
            nodes = run.nodes[min(run.nt - 1, int(max(u1 - 1, 0) // TICK))]
            if r >= nodes:
                continue
            cnt["crash_lost"] += int(crashed)
            b = _row_ends(rng, p, clocks[r], u0, u1, not crashed and u1 < T)
            if len(b) == 0:
                continue
            att = b[:, None] + rng.uniform(0.005, 0.05, len(b))[:, None] + TRIES[None, :]
            bad = _inside(att, refuse)
            ok = ~bad.all(axis=1)
            first = np.where(ok, np.argmax(~bad, axis=1), len(TRIES))
            tried = np.arange(len(TRIES))[None, :] < first[:, None]
            in_el = _inside(att, elect)
            cnt["refused_election"] += 0 if p.queued else int((tried & in_el).sum())
            cnt["refused_down"] += int((tried & _inside(att, down)).sum())
            cnt["retries"] += int(np.minimum(first, len(TRIES) - 1).sum())
            cnt["gave_up"] += int((~ok).sum())
            idx = np.arange(len(b))
            if p.carry:  # the counter is reset only by a row written: a row given up is carried into the next
                prev = np.maximum.accumulate(np.where(ok, idx, -1))
                prev = np.concatenate([[-1], prev[:-1]])
            else:
                prev = idx - 1
            a = np.where(prev >= 0, b[np.maximum(prev, 0)], u0)
            a, b, x = a[ok], b[ok], att[ok, first[ok]]
            if p.queued:  # acknowledged at once, applied at the flush: lost in an election or a node crash before it
                f = x + flush
                lost = _inside(f, elect) | (np.searchsorted(d_st, x, "right") != np.searchsorted(d_st, f, "right"))
                cnt["queued_lost"] += int(lost.sum())
                a, b, x, c = a[~lost], b[~lost], x[~lost], f[~lost]
            else:  # a write timing out at the client is sent again; it may have been applied (two rows)
                j = np.searchsorted(elect[:, 1], x, side="right") - 1
                after = (j >= 0) & (x - elect[np.maximum(j, 0), 1] < 30)
                to = rng.random(len(x)) < p_to * np.where(after, 8, 1)
                both = to & (rng.random(len(x)) < p_applied)
                cnt["timeouts"] += int(to.sum())
                cnt["doubled"] += int(both.sum())
                x2 = np.where(to, x + tau, x)
                a, b = np.concatenate([a, a[both]]), np.concatenate([b, b[both]])
                x = np.concatenate([x2, x[both]])
                c = x + rng.uniform(0.005, 0.05, len(x))
            A.append(a), B.append(b), ins.append(x), com.append(c)
            rep.append(b + _off(clocks[r], b)), tg.append(np.full(len(b), tgt))
    A, B, ins, com, rep, tg = (np.concatenate(v) for v in (A, B, ins, com, rep, tg))
    key = ins + c_off[tg] if p.by_insert else rep
    m_down = down_of(mon_node)
    fail = m_down if p.level == "none" else _merge(np.concatenate([elect[:, 0], m_down[:, 0]]),
                                                   np.concatenate([elect[:, 1], m_down[:, 1]]))
    Q = np.arange(1, n + 3)[:, None] * STEP + lag_mon + np.array([0.0, 10.0, 20.0])[None, :]
    okq = ~_inside(Q, fail)
    succ = np.where(okq.any(axis=1), Q[np.arange(len(Q)), np.argmax(okq, axis=1)], np.inf)
    fetch = np.minimum.reduce([succ[:n], succ[1:n + 1], succ[2:n + 2]])
    vis = com.copy()
    if p.level == "none":  # a follower's copy: a restarted node serves what it held until it has caught up
        vis += rng.uniform(0.005, 0.2, len(vis))
        m = r_node == mon_node
        for d0, d1, c in zip(r_t[m], r_t[m] + r_down[m], r_catch[m]):
            stale = (com >= d0) & (com < d1 + c)
            vis[stale] = np.maximum(vis[stale], d1 + c)
    pt = np.floor(key / STEP).astype(int)
    valid = (pt >= 0) & (pt < n)
    f = np.where(valid, fetch[np.clip(pt, 0, n - 1)], -np.inf)
    counted = valid & (vis <= f)
    cnt["late"] = int((valid & np.isfinite(f) & ~counted).sum())
    cnt["unread"] = int((~np.isfinite(fetch)).sum())
    cnt["rebinned"] = int((pt[counted] != np.floor(B[counted] / STEP)).sum())
    p.pt, p.a, p.b, p.counts, p.copies = pt[counted], A[counted], B[counted], cnt, int(counted.sum())
    p.margin = float(np.max(np.abs(np.concatenate([c[1] for c in clocks])))) + 60e-6 * T * unsynced \
        + np.abs(c_off).max() + 2 * p.P + 16 + tau
    return p


def _reads(run, X: np.ndarray) -> np.ndarray:
    """The points the monitor reads of images/s ``X`` per tick (linear in ``X``): each counted row's images (its
    node's share over ``[a, b]``), summed per minute and divided by 60."""
    C = np.concatenate([[0.0], np.cumsum(X / run.nodes) * TICK])
    g = np.interp(run.path.b, run.edges, C) - np.interp(run.path.a, run.edges, C)
    return np.bincount(run.path.pt, weights=g, minlength=run.n)[:run.n] / STEP


# ---------------------------------------------------------------- the trace


def _spans(run, healthy: np.ndarray) -> list[tuple[int, int]]:
    """The paused points: those whose rows may hold a pause (or a ramp's first half), widened by the path's
    reach (clocks off, a row's length, retries, a re-sent write), and every point that read nothing."""
    n, mg = run.n, run.path.margin
    half = {t: r / 2 for t, r, f0 in run.ramps}
    raw = []
    for a, b, kind in run.pauses_t:
        b = b + half.get(b, 0.0) if kind == "startup" else b
        s, e = max(0, int((a - mg) // STEP)), min(n, int(np.ceil((b + mg) / STEP)))
        if s < n:
            raw.append((s, e))
    raw += [(int(i), int(i) + 1) for i in np.nonzero(healthy <= 0)[0]]
    spans = []
    for s, e in sorted(raw):
        if spans and s <= spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    return spans


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: the job, its path and the healthy points."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    tl = _timeline(rng, n, pauses)
    nt = int(np.ceil(tl.T / TICK))
    J, nodes = _job(rng, tl, nt)
    run = SimpleNamespace(n=n, nt=nt, J=J, nodes=nodes, edges=np.arange(nt + 1) * TICK, **vars(tl))
    run.path = _path(rng, run, n)
    healthy = _reads(run, J)
    spans = _spans(run, healthy)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's images lost (0 .. 1) over ``length`` ticks: ``drop`` (augmentation
    workers killed one after another: 1-3 steps, 2-20 ticks apart, up to 1), ``straggler`` (one node's image reads
    from the shared store slowed: bursts at 1, mean 40-200 ticks, between them 0-0.25 for a mean of 100-400),
    ``leak`` (the workers' decoded-crop cache swapping: ``(s / ramp) ** p``, ``p`` 1-2.5, then held)."""
    s = np.arange(length)
    if kind == "drop":
        k, gap = int(rng.integers(1, 4)), int(rng.integers(2, 21))
        return np.minimum(1.0, (s // gap + 1) / k)
    if kind == "straggler":
        hi_m, lo_m, calm = rng.uniform(40, 200), rng.uniform(100, 400), rng.uniform(0.0, 0.25)
        w, i, on = np.empty(length), 0, True
        while i < length:
            m = int(rng.exponential(hi_m if on else lo_m)) + 1
            w[i:i + m] = 1.0 if on else calm
            i, on = i + m, not on
        return w
    return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(1.0, 2.5)


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: a share ``a w`` of each tick's images lost, carried through
    the same rows and reads; ``a`` set so that the live loss is a drawn target (8-33 %, 10-30 %, 12-35 % over a
    leak's plateau), refused above 1. ``(Event, (0, loss per point))`` or None after 80 draws."""
    n = run.n
    starts = np.arange(n) * STEP
    pt = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(150, min(1500, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = min(n - 1, max(lo + 1, hi - 150 - int(1.1 * ramp)))
        t0 = hc.onset_time(rng, pt, starts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0 = int(t0 // TICK)
        i1 = run.nt if to_end else min(run.nt, stop * K)
        lost = np.zeros(run.nt)
        lost[i0:i1] = run.J[i0:i1] * _weight(rng, kind, i1 - i0, ramp * K)
        m1 = _reads(run, lost)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.10, 0.30)}.get(kind,
                                                                                              rng.uniform(0.12, 0.35))
        tr = int((t0 + ramp * STEP) // STEP)
        c0 = min(max(onset, tr), stop - 10) if kind == "leak" else onset
        c1 = n if to_end else stop
        lv = live[c0:c1]
        hs = healthy[c0:c1][lv].sum()
        if hs <= 0 or m1[c0:c1][lv].sum() <= 0:
            continue
        a = target * hs / m1[c0:c1][lv].sum()
        if a > 1:
            continue
        mod = a * m1
        v = np.maximum(healthy - mod, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        ramp_end = min(tr, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, mod)
    return None


def _stamps(run) -> np.ndarray:
    """A point is stamped at its minute's end (the monitor's bins)."""
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout201(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout201_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT201_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout201, seeds, n, pauses)
