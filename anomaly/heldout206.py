"""The two-hundred-and-sixth held-out throughput family: a honeybee varroa-mite counting model's training images/s (a
network counting varroa mites on hive sticky boards and bees at hive entrances from beekeepers' phone and camera
images; images tiled and augmented on CPU workers, the rare heavy-infestation boards oversampled; an evaluation on a
held-out apiary's images now and then) on 1, 2 or 4 nodes, read through ThingSpeak: each node's reporter writes an
update (its clock's ``created_at`` and its images since its last answered update in a field) every 10-30 s to its own
channel; refused updates (the channel's rate limit answers ``0``), timed-out ones and ones failing in an outage keep
their images, which go with a later update or a bulk-write JSON call of the buffered entries with their own
timestamps; a monitor reads each channel's feed once a minute (``results`` capped) and sums per minute of
``created_at`` or of the read that first saw an entry.

(Heads: ``grep -ic`` on ``/tmp/heldout206/heads.txt``, the first 3 lines of every ``anomaly/heldout*.py``:
"thingspeak" 0, "mite" 0, "honeybee" 0, "beekeep" 0, "sticky board" 0, "rate limit" 0, "bulk" 0, "created_at" 0,
"quota" 0, "license" 0, "field1" 0, "mathworks" 0, "matlab" 0, "results" 0, "timeout" 0; "varroa" 1 and "apiar" 1:
generator 187's head (a beehive health model: a CNN over microphone spectrograms inside hives telling queenless,
swarming and varroa-stressed colonies; the bee domain is not new, mite counting on board and entrance images is);
"bee" 2 (that head and a libhoney / Beeline head); "channel" 10 (printed with ``grep -io`` and 40 characters around:
spectral and signal channels, a Flume file channel, a Centrifugo channel; none is ThingSpeak); "iot" 2 (Apache IoTDB);
"hive" 7 (not printed: generator 187 and, I take it, "archive"); "feed" 4, "http" 3, "json" 10, "retr" 15, "poll"
15, "clock" 1, "tiles" 19, "tiling" 1, "counting" 2, "images/s" 27, "camera" 19, "phone" 5, "oversampl" 15 (common
words, not printed). The job and the path are new. Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550,
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: its middle, cut from one long print,
printed again as lines 305-412), ``tests/trace_checks.py`` (all), ``anomaly/traces.py`` lines 1-80,
``tests/test_architecture.py`` lines 1-110, the heads file through ``grep -ic``, one ``grep -in`` of "varroa|apiar|
bee" (3 head lines of generator 187 and a libhoney head, cut at 400 characters) and ``grep -io`` of "iot", "mqtt",
"channel" (fragments of 70 characters). Slips: an ``ls anomaly tests | head -100`` (file names only, the detector's
among them) and a ``wc -l docs/data-authors.md`` with the worktree's set-up; an ``ls`` and a ``grep`` for
``HELDOUT205_SEEDS`` in ``anomaly/heldout205.py`` (it does not exist; it printed only that, and an ``ls`` the name
of ``anomaly/heldout204.py``); none else. The tests keep to generator 205's range by the rule, not by its code.

Public sources read (excerpts through the search tool): MathWorks' ThingSpeak pages "Channel Data Control" (API rate
limits: a free licence updates a channel every 15 s, a paid one every 1 s; faster updates are an error; reads are
not limited), "Bulk-Write JSON Data" (``/channels/<id>/bulk_update.json``, each update with ``created_at`` or
``delta_t``; a timestamp must be unique within the channel), "Read Data" (``/channels/<id>/feeds.json``,
``results`` at most 8,000, ``minutes``, ``start``), ``thingSpeakWrite`` (timestamps unique; 960 messages per call
free, 14,400 paid; "Requests are too frequent"), the licence FAQ (free: 3 million messages a year, 4 channels, the
15-s interval; a message is one write of up to 8 fields); MATLAB Answers threads 489335 (one update per 15 s free, 1 s
paid), 504006 (the limit holds for MQTT and REST alike; one channel per device), 592618 (bulk updates answered 429;
bulk calls 15 s or more apart); the npm ``thingspeakclient`` page (an update too soon is not stored and answered
``0``; a queue mode waits out the limit). Not read (assumed): whether a bulk write counts as one update for the
limit (here it does), what the server answers once the message quota is spent (here: refused like an outage), whether
a bulk write with one duplicate ``created_at`` stores the others (here it does), how often ThingSpeak or an uplink is
down, whether the feed returns the newest ``results`` entries (here it does). Nothing read on the job: its figures
are assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %, efficiency 0.86-0.96 per doubling); a node's GPUs
train 25-400 images/s at the base tile shape (log-uniform), its CPU workers (tiling, augmentation) can feed 1.05-2.2
times that; a step waits for the slower (a soft maximum of the costs); four tile shapes (320-640 px: GPU costs 0.62,
1, 1.55, 2.3; CPU 0.8, 1, 1.3, 1.7). Apiary batches of 6-45 min (log-uniform) with their own factor (sd 3-8 %), a
quarter board-heavy (high-resolution sticky-board photos: 4-12 % dearer); per 5-s tick a log-AR(1) (sd 1.5-4 %,
correlation 10-45 s), one-tick hiccups (0.2-1 % of ticks at 40-80 %: a worker respawned), a slow OU (sd 1-3 %, 40-200
min). Pauses: a start-up of 4-12 min ("long" 30-70) and a ramp from 30-70 % over 3-8 min (caches warming); an
evaluation on a held-out apiary every 40-120 min of training (each 0.7-1.3 times that), 3-8 min ("long" 12-30), every
3rd or 4th followed by a checkpoint (20-90 s, "long" 2-5 min); crashes (exponential, mean 10-40 h): down 2-5 min
("long" 8-20), a restart of 2-5 ("long" 10-25) and a ramp; relaunches 0-3 at 15-85 % of the run, an hour apart: stopped
1-4 min ("long" 6-14) and queued 1-6, onto another node count (40 %) or tile shape, redrawn until the level moves 15 %
(1/3 to 3 times).

On the path (not checked): in 70 % of runs a free licence (one stored update per channel per 15 s), else paid (1 s).
The reporter lives with its node's training process (from its start-up to its crash or stop: its unanswered images
die with it) and writes every ``P`` s (10-30 per run, 0-0.8 s of its own work); an update answered ``0`` keeps its
images for the next; 0.3-1.5 % of updates time out at the client, the server having stored 40-80 % of them; the
reporter retries 3-8 s later (refused by a free licence's limit where the first was stored; a paid licence stores it
again), and a stored timed-out update's images are sent again (doubled). Outages (ThingSpeak or the uplink: 0.3-1.5
a day, 1-15 min) and, in 20 % of runs, one spent message quota (10-35 min until a unit is added): updates fail and
are buffered (120-600 entries in memory, the oldest dropped), then bulk-written with their own ``created_at``; a
duplicate ``created_at`` is refused. Node clocks: offsets sd 0.2-1.5 s; in 25 % of runs one node unsynchronised
(20-120 s off until chrony steps it back, 0.5-2 steps a day, drift 5-50 ppm between); ``created_at`` in whole
seconds. An update is stored 0.1-1.5 s after it is sent. The monitor reads each channel at 5-55 s past each minute,
a read failing with probability 0.5-2 %, with ``results=100`` (35 %) or 8,000: a read with more new entries than that
misses the oldest. It bins by the read that first saw an entry (45 %) or by ``created_at`` (55 %), publishing a minute
at the first read 0-120 s after its end; a later entry goes into the minute being published (half the runs) or is
lost. A point is images/s (the minute's images over 60 s); the reads are linear in the images, and the path's fates
are the healthy run's. A tick's images go with the first update sent after the tick ends.

A point is paused where its minute touches a pause (or a ramp's first half) or follows one, or where it reads 0; a
listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a share ``a
w`` of each tick's images lost, carried through the same updates and reads): ``drop`` (an augmentation worker pool
shrunk: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-4 ticks), ``straggler`` (one node's image decoding stalled on the
shared file system in bursts, the synchronous job waiting: 1 for a mean of 20-200 ticks, calm for a mean of 100-500 at
0.05-0.25), ``leak`` (the tile cache growing into swap: ``w = (s / ramp) ** p``, ``p`` 0.7-2.0, then held); onsets
30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set from the
reads of the lost images (linear), refused above 1.

Measured (``heldout206_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     29      10    10         9     0.083-0.300  16              1-24 (958, 0 >60)
long      29      10    10         9     0.079-0.304  18              1-98 (804, 13 >60)

Planned changes listed: short 15, long 13 (of 15 and 13 relaunches; none kept its stage); crashes 44 and 62. The path
over each set (counts): short: updates answered 0 by the rate limit 179,126, client timeouts 4,046 (as many retries,
1,657 of them refused), entries stored twice 2,042, updates failing in an outage 3,036, bulk writes 103, outages 48,
quota episodes 0, reporters dying with images unsent 129, failed feed reads 3,285, entries missed by the ``results``
cap 0, late entries re-binned 32 and lost 397, clock steps 7, minutes read 0 while the job trained 764, buffered
entries dropped 0, duplicate ``created_at`` refused 0; long: 692, 5,052 (1,792), 2,891, 4,047, 146, 54, 4, 205,
3,093, 89, 1,155 and 1,048, 19, 757, 0, 0. The reads' sum over the live points against the job's images: 1.002-1.017
per seed (short), 1.002-1.031 (long). The live points' minute-to-minute change (median ``|d log|`` per seed) 4.4-26.2 %
(short), 4.6-38.5 % (long), its 99th percentile 39-129 % (short), 27-85 % (long), where the job's own per-minute images
change by 1.1-2.5 %: a minute holds 2-6 updates of 10-30 s each, and their count beats against the minute; the live
median level 18-1,541 images/s (short), 14-1,343 (long). Before the first measure: none (the first measure was both
full sets). Changes of the laws after it: none (the beat of the updates against the minute is the path's, and kept).
Fixes after it that changed no law: the count of unread minutes (only where the job trained), the timestamps' epoch on
a whole minute, speed. The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: at most 60 points
"short", 130 "long"); the whole file takes 1.7-3.3 s on one core
(``taskset -c 0``, two runs).

Size: about 600 lines: one family's job, path and regressions, kept in one module as the other generators are; the
docstring (sources, greps, the path's counts) is 115 of them and the path's per-update loop is long.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT206_SEEDS = tuple(range(2062000, 2062012))
CODE = 206
TICK = 5.0  # s: the job's rate is drawn per tick
STEP = 60.0  # s: one point a minute
K = int(STEP / TICK)
EPOCH = 1_780_000_020.0  # a whole minute (unix seconds)
KIND_P = (0.34, 0.33, 0.33)  # drop, straggler, leak
SPANS = {"short": (1, 60), "long": (1, 130)}  # pause-span bounds the tests check (points)
DAY = 86400.0
NODES = (1, 2, 4)
SHAPE_G = (0.62, 1.0, 1.55, 2.3)  # tile shapes 320, 416, 512, 640 px: GPU cost per image
SHAPE_C = (0.8, 1.0, 1.3, 1.7)  # and the CPU workers' tiling / augmentation cost per image
PAUSE = {  # minutes: (lo, hi) per setting
    "startup": {"short": (4, 12), "long": (30, 70)},
    "eval": {"short": (3, 8), "long": (12, 30)},
    "ckpt": {"short": (0.3, 1.5), "long": (2, 5)},
    "crash": {"short": (2, 5), "long": (8, 20)},
    "restart": {"short": (2, 5), "long": (10, 25)},
    "stop": {"short": (1, 4), "long": (6, 14)},
}
PATH_KEYS = ("refused_rate", "timeouts", "stored_twice", "retries", "retry_refused", "outage_attempts",
             "bulk_writes", "buffer_dropped", "quota_episodes", "outages", "lost_at_stop", "dup_refused",
             "read_failures",
             "missed_by_cap", "late_rebinned", "late_lost", "clock_steps", "unread_minutes")


# ---------------------------------------------------------------------------------------------------- the job


def _level(cfg: dict, st: dict) -> float:
    """The job's images/s at a stage: per node the slower of the GPUs and the CPU workers (a soft maximum of the
    costs per image), times the node count and the scaling efficiency per doubling."""
    tg = SHAPE_G[st["shape"]] / cfg["gpu"]
    tc = SHAPE_C[st["shape"]] / cfg["cpu"]
    nodes = st["nodes"]
    return nodes * cfg["eff"] ** np.log2(nodes) / float(hc.smax(tg, tc))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: another node count (40 %) or another tile shape, redrawn until the level moves by 15 %
    or more (and by at most 3 times)."""
    for _ in range(200):
        new = dict(st)
        if rng.random() < 0.4:
            new["nodes"] = int(rng.choice([x for x in NODES if x != st["nodes"]]))
        else:
            new["shape"] = int(rng.choice([x for x in range(4) if x != st["shape"]]))
        r = _level(cfg, new) / lv
        if np.log(1.15) <= abs(np.log(r)) <= np.log(3.0):
            return new
    return st


def _pause_len(rng, kind: str, setting: str) -> float:
    lo, hi = PAUSE[kind][setting]
    return 60.0 * rng.uniform(lo, hi)


def _timeline(rng, T: float, setting: str, cfg: dict) -> SimpleNamespace:
    """Stretches of training between pauses: start-up (and a ramp), evaluations on a held-out apiary (every 3rd or
    4th followed by a checkpoint), crashes and relaunches. Returns the pauses, ramps, stages and the lives of the
    training processes (one per start)."""
    n_rel = int(rng.choice(4, p=[0.3, 0.35, 0.25, 0.1]))
    rel = np.sort(rng.uniform(0.15, 0.85, n_rel)) * T
    for i in range(1, n_rel):
        rel[i] = max(rel[i], rel[i - 1] + 3600.0)
    rel = [x for x in rel if x < 0.9 * T]
    crash_mean = 3600.0 * rng.uniform(10, 40)
    eval_every = 60.0 * rng.uniform(40, 120)
    ck_every = int(rng.integers(3, 5))
    st = {"nodes": int(rng.choice(NODES, p=[0.35, 0.4, 0.25])), "shape": int(rng.integers(4))}
    pauses, ramps, stages, lives, known = [], [], [], [], []
    counts = {"relaunches": 0, "crashes": 0, "evals": 0}
    t, n_eval, ri = 0.0, 0, 0
    next_crash = rng.exponential(crash_mean)
    kind = "startup"
    while t < T:
        life0 = t
        su = _pause_len(rng, kind, setting)
        pauses.append((t, t + su, kind))
        t += su
        rp = 60.0 * rng.uniform(3, 8)
        ramps.append((t, t + rp, rng.uniform(0.3, 0.7)))
        stages.append((t, dict(st)))
        to_eval = eval_every * rng.uniform(0.7, 1.3)
        while t < T:
            cand = [to_eval, next_crash - t, (rel[ri] - t) if ri < len(rel) else np.inf]
            which = int(np.argmin(cand))
            run_for = max(cand[which], 120.0)
            t += run_for
            if t >= T:
                lives.append((life0, t, st["nodes"]))
                break
            if which == 0:
                n_eval += 1
                counts["evals"] += 1
                d = _pause_len(rng, "eval", setting)
                pauses.append((t, t + d, "eval"))
                t += d
                if n_eval % ck_every == 0:
                    c = _pause_len(rng, "ckpt", setting)
                    pauses.append((t, t + c, "ckpt"))
                    t += c
                to_eval = eval_every * rng.uniform(0.7, 1.3)
                continue
            lives.append((life0, t, st["nodes"]))
            if which == 1:
                counts["crashes"] += 1
                d = _pause_len(rng, "crash", setting)
                pauses.append((t, t + d, "crash"))
                t += d
                next_crash = t + rng.exponential(crash_mean)
                kind = "restart"
            else:
                ri += 1
                counts["relaunches"] += 1
                d = _pause_len(rng, "stop", setting) + 60.0 * rng.uniform(1, 6)  # stopped, then queued
                pauses.append((t, t + d, "relaunch"))
                t += d
                new = _next_stage(rng, cfg, st, _level(cfg, st))
                if new == st:
                    counts["kept_stage"] = counts.get("kept_stage", 0) + 1
                else:
                    known.append(t)
                st = new
                kind = "restart"
            break
    if not lives or lives[-1][0] != life0:
        lives.append((life0, max(t, T), st["nodes"]))
    return SimpleNamespace(pauses=pauses, ramps=ramps, stages=stages, lives=lives, known=known, counts=counts)


def _rate(rng, cfg: dict, tl, nt: int) -> tuple[np.ndarray, np.ndarray]:
    """Images per tick (the whole job) and the node count per tick."""
    tt = np.arange(nt) * TICK
    lv = np.zeros(nt)
    nodes = np.zeros(nt, int)
    for i, (t0, st) in enumerate(tl.stages):
        t1 = tl.stages[i + 1][0] if i + 1 < len(tl.stages) else np.inf
        m = (tt >= t0) & (tt < t1)
        lv[m] = _level(cfg, st)
        nodes[m] = st["nodes"]
    nodes[tt < tl.stages[0][0]] = tl.stages[0][1]["nodes"]
    # apiary batches: 6-45 min of one apiary's images; a quarter board-heavy (high-res sticky boards, more tiles)
    mix = np.ones(nt)
    t, s_mix = 0.0, rng.uniform(0.03, 0.08)
    while t < nt * TICK:
        d = hc.log_uniform(rng, 360, 2700)
        f = np.exp(rng.normal(0, s_mix)) / (rng.uniform(1.04, 1.12) if rng.random() < 0.25 else 1.0)
        mix[int(t / TICK):int((t + d) / TICK)] = f
        t += d
    # per tick: a log-AR(1) (sd 1.5-4 %, correlation 10-45 s) and rare one-tick hiccups (a worker respawned)
    sd, tau = rng.uniform(0.015, 0.04), rng.uniform(10, 45)
    a = np.exp(-TICK / tau)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    y, ar = rng.normal(0, sd), []
    for x in e[1:].tolist():  # ar[i] = a * ar[i - 1] + e[i] (a list loop: a numpy one is 10 times slower)
        ar.append(y)
        y = a * y + x
    ar = np.array(ar + [y])
    hic = np.where(rng.random(nt) < rng.uniform(0.002, 0.01), rng.uniform(0.4, 0.8, nt), 1.0)
    slow = hc.ou_path(rng, nt * TICK, rng.uniform(0.01, 0.03), 60.0 * rng.uniform(40, 200), step=STEP)
    ou = slow[(tt // STEP).astype(int)]
    r = lv * mix * np.exp(ar + ou) * hic
    for t0, t1, r0 in tl.ramps:
        i0, i1 = int(t0 / TICK), min(nt, int(np.ceil(t1 / TICK)))
        if i0 < nt:
            r[i0:i1] *= r0 + (1 - r0) * np.clip((tt[i0:i1] + TICK / 2 - t0) / (t1 - t0), 0, 1)
    for t0, t1, _ in tl.pauses:
        i0, i1 = int(t0 / TICK), min(nt, int(np.ceil(t1 / TICK)))
        r[i0:i1] = 0.0
    return r * TICK, nodes


# ---------------------------------------------------------------------------------------------------- the path


def _windows(rng, T: float, per_day: tuple, mins: tuple) -> np.ndarray:
    k = rng.poisson(rng.uniform(*per_day) * T / DAY)
    s = np.sort(rng.uniform(0, T, k))
    return np.column_stack([s, s + 60.0 * rng.uniform(*mins, k)]) if k else np.zeros((0, 2))


def _inside(x: np.ndarray, win: np.ndarray) -> np.ndarray:
    """Which times of ``x`` lie in one of the windows ``[a, b)`` (sorted by start)."""
    if not len(win):
        return np.zeros(len(x), bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    ok = i >= 0
    return ok & (x < np.where(ok, np.maximum.accumulate(win[:, 1])[np.maximum(i, 0)], 0))


def _clock(rng, T: float, unsynced: bool) -> tuple[np.ndarray, np.ndarray]:
    """A node clock's offset as steps: ``(times, offsets)`` (offset ``offsets[i]`` from ``times[i]`` on, plus a
    drift in unsynchronised runs)."""
    if not unsynced:
        return np.array([0.0]), np.array([rng.normal(0, rng.uniform(0.2, 1.5))])
    k = rng.poisson(rng.uniform(0.5, 2.0) * T / DAY)
    ts = np.concatenate([[0.0], np.sort(rng.uniform(0, T, k))])
    off = rng.choice([-1, 1]) * rng.uniform(20, 120, k + 1)
    off[1:] = rng.normal(0, 0.5, k)  # chrony / a manual ntpdate steps it back near true time
    return ts, off


def _path(rng, T: float, tl, nt: int) -> SimpleNamespace:
    """Each node's reporter, its ThingSpeak channel and the monitor's reads: every stored entry as ``(node, start
    tick, end tick, point, weight)`` (its images are the node's images in the ticks ``[start, end)``)."""
    free = rng.random() < 0.7  # free licence: one update per channel every 15 s, else every 1 s
    limit = 15.0 if free else 1.0
    P = rng.uniform(10, 30)
    q_tmo, p_stored = rng.uniform(0.003, 0.015), rng.uniform(0.4, 0.8)
    cap = int(rng.integers(120, 600))  # the reporter's buffer of failed updates (in memory)
    outages = _windows(rng, T, (0.3, 1.5), (1, 15))  # ThingSpeak or the cluster's uplink down
    quota = np.zeros((0, 2))
    if rng.random() < 0.2:  # the account's message quota spent: refused until a unit is added
        q0 = rng.uniform(0.1, 0.9) * T
        quota = np.array([[q0, q0 + 60.0 * rng.uniform(10, 35)]])
    down = np.concatenate([outages, quota]) if len(quota) else outages
    down = down[np.argsort(down[:, 0])] if len(down) else down
    unsynced = rng.random() < 0.25
    bad_node = int(rng.integers(4))
    clocks = [_clock(rng, T, unsynced and j == bad_node) for j in range(4)]
    drift = rng.uniform(5e-6, 5e-5) * rng.choice([-1, 1]) if unsynced else 0.0
    mode = "created" if rng.random() < 0.55 else "seen"
    rebin = rng.random() < 0.5
    R = 100 if rng.random() < 0.35 else 8000
    r_off, grace = rng.uniform(5, 55), rng.uniform(0, 120)
    f_read = rng.uniform(0.005, 0.02)
    c = dict.fromkeys(PATH_KEYS, 0)
    c["outages"], c["quota_episodes"] = len(outages), len(quota)
    c["clock_steps"] = sum(len(ts) - 1 for ts, _ in clocks)
    ent, common = [], []  # (node, s, e, created_at, insert): rare entries, then arrays of the common ones
    for j in range(4):
        last_srv = -np.inf
        for l0, l1, n_nodes in tl.lives:
            if n_nodes <= j:
                continue
            m_att = int(max(l1 - l0, 0) / P) + 1
            a = l0 + rng.uniform(5, 20) + P * np.arange(m_att) + rng.uniform(0, 0.8, m_att)
            a = a[a < l1]
            out = _inside(a, down)
            tmo = rng.random(len(a)) < q_tmo
            stored = rng.random(len(a)) < p_stored
            rdel = rng.uniform(3, 8, len(a))
            lat = rng.uniform(0.1, 1.5, len(a))
            start, buf = l0, []
            a_l, out_l, tmo_l, lat_l = a.tolist(), out.tolist(), tmo.tolist(), lat.tolist()
            sk, ss = [], []
            for k in range(len(a_l)):
                t = a_l[k]
                if out_l[k]:
                    c["outage_attempts"] += 1
                    buf.append((start, t))
                    start = t
                    if len(buf) > cap:
                        buf.pop(0)
                        c["buffer_dropped"] += 1
                    continue
                if t - last_srv < limit:
                    c["refused_rate"] += 1  # answered 0: the images stay with the next update
                    continue
                if not buf and not tmo_l[k]:  # the common case: one update stored and answered
                    last_srv = t
                    sk.append(k)
                    ss.append(start)
                    start = t
                    continue
                batch = buf + [(start, t)]
                if len(batch) > 1:
                    c["bulk_writes"] += 1
                if not tmo_l[k]:
                    last_srv = t
                    ent += [(j, s, e, e, t + lat_l[k]) for s, e in batch]
                    start, buf = t, []
                    continue
                c["timeouts"] += 1
                c["retries"] += 1
                if stored[k]:
                    last_srv = t
                    ent += [(j, s, e, e, t + lat[k]) for s, e in batch]
                    c["stored_twice"] += len(batch)
                t2 = t + rdel[k]
                if t2 >= l1 or _inside(np.array([t2]), down)[0]:
                    continue
                if t2 - last_srv < limit:
                    c["retry_refused"] += 1
                    continue
                last_srv = t2
                ent += [(j, s, e, e, t2 + lat[k]) for s, e in batch[:-1]] + [(j, start, t2, t2, t2 + lat[k])]
                start, buf = t2, []
            if sk:
                ak = a[sk]
                common.append(np.column_stack([np.full(len(sk), j), ss, ak, ak, ak + lat[sk]]))
            if l1 < T:
                c["lost_at_stop"] += 1  # the reporter dies with the process: its unsent images are lost
    ent = np.concatenate(common + [np.array(ent, float).reshape(-1, 5)])
    ent = ent[np.argsort(ent[:, 4], kind="stable")]
    node = ent[:, 0].astype(int)
    created = ent[:, 3].copy()
    for j in range(4):  # the node's clock stamps created_at, in whole seconds
        m = node == j
        cts, coff = clocks[j]
        x = created[m]
        d = drift * (x - cts[np.searchsorted(cts, x, side="right") - 1]) if unsynced and j == bad_node else 0.0
        created[m] = np.floor(x + coff[np.searchsorted(cts, x, side="right") - 1] + d)
    point = np.full(len(ent), -1)
    w = np.ones(len(ent))
    # a created_at already stored in the channel is refused (re-sent buffered entries keep their timestamps)
    _, first = np.unique(node * 1e8 + created, return_index=True)  # exact: whole seconds under 1e8
    dup = np.ones(len(ent), bool)
    dup[first] = False
    w[dup] = 0.0
    c["dup_refused"] = int(dup.sum())
    n_reads = int(T / STEP) + 2
    reads = STEP * np.arange(n_reads) + r_off
    ok = rng.random((4, n_reads)) >= f_read
    c["read_failures"] = int((~ok).sum())
    for j in range(4):
        idx = np.nonzero(node == j)[0]
        if not len(idx):
            continue
        rt = reads[ok[j]]
        ri = np.searchsorted(rt, ent[idx, 4])  # the first good read that sees it
        never = ri >= len(rt)
        seen = np.where(never, np.inf, rt[np.minimum(ri, len(rt) - 1)])
        # the feed's results cap: a read returns only the last R entries
        cnt = np.bincount(ri, minlength=len(rt) + 1)
        rank = np.arange(len(idx)) - np.concatenate([[0], np.cumsum(cnt)])[ri]
        miss = (cnt[ri] - rank > R) & (ri < len(rt))
        c["missed_by_cap"] += int(miss.sum())
        w[idx[miss]] = 0.0
        if mode == "seen":
            point[idx] = np.where(never, -1, rt[np.minimum(ri, len(rt) - 1)] // STEP).astype(int)
            continue
        m = np.floor(created[idx] / STEP)
        pub = rt[np.minimum(np.searchsorted(rt, STEP * (m + 1) + grace), len(rt) - 1)]
        late = (seen > pub) & ~never
        c["late_rebinned" if rebin else "late_lost"] += int((late & ~miss & ~dup[idx]).sum())
        now = np.floor((np.minimum(seen, 1e12) - grace) / STEP) - 1  # the minute this read publishes
        point[idx] = np.where(never, -1, np.where(late, now if rebin else -1, m)).astype(int)
    s, e = (ent[:, 1] / TICK).astype(int), (ent[:, 2] / TICK).astype(int)
    n_pts = int(T / STEP) - 10
    sel = [(node == j) & (point >= 0) & (point < n_pts) & (w > 0) for j in range(4)]
    per_node = [(np.minimum(s[m], nt), np.minimum(e[m], nt), point[m], w[m]) for m in sel]
    return SimpleNamespace(s=s, e=e, node=node, point=point, w=w, counts=c, per_node=per_node, mode=mode,
                           rebin=rebin, R=R, free=free, P=P, created=created, ins=ent[:, 4])


def _reads(run, X: np.ndarray) -> np.ndarray:
    """The monitor's points (images/s per minute) of the job's images per tick ``X``: linear in ``X``."""
    out = np.zeros(run.n)
    share = np.where(run.nodes > 0, 1.0 / np.maximum(run.nodes, 1), 0.0)
    for j, (s, e, pt, w) in enumerate(run.path.per_node):
        if not len(s):
            continue
        C = np.concatenate([[0.0], np.cumsum(X[:run.nt] * share * (run.nodes > j))])
        out += np.bincount(pt, weights=w * (C[e] - C[s]), minlength=run.n)[:run.n]
    return out / STEP


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    T = n * STEP + 600.0
    nt = int(T / TICK)
    cfg = {"gpu": hc.log_uniform(rng, 25, 400), "eff": rng.uniform(0.86, 0.96)}
    cfg["cpu"] = cfg["gpu"] * rng.uniform(1.05, 2.2)
    tl = _timeline(rng, T, pauses, cfg)
    J, nodes = _rate(rng, cfg, tl, nt)
    path = _path(rng, T, tl, nt)
    run = SimpleNamespace(n=n, nt=nt, dt=STEP, J=J, nodes=nodes, path=path, cfg=cfg, pauses_t=tl.pauses,
                          ramps=tl.ramps, lives=tl.lives, known_t=tl.known, counts=tl.counts, stages=tl.stages)
    healthy = _reads(run, J)
    trained = np.add.reduceat(J[:n * K], np.arange(0, n * K, K)) > 0
    path.counts["unread_minutes"] = int(((healthy <= 0) & trained).sum())  # the job trained, the monitor read 0
    spans = []
    marks = [(a, b) for a, b, _ in tl.pauses] + [(a, a + 0.5 * (b - a)) for a, b, _ in tl.ramps]
    bad = np.zeros(n + 1, bool)
    for a, b in marks:
        s, e = int(a // STEP), min(n, int(np.ceil(b / STEP)) + 1)
        bad[max(s, 0):max(e, 0)] = True
    bad[:n] |= healthy <= 0
    i = 0
    while i < n:
        if bad[i]:
            j = i
            while j < n and bad[j]:
                j += 1
            hc.add_span(spans, i, j)
            i = j
        i += 1
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in tl.known], spans, n)
    return run, healthy, spans, live, changes


# ---------------------------------------------------------------------------------------------------- regressions


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of the images lost per tick, ``length`` ticks from its onset: a drop (an augmentation
    worker pool shrunk: up over 1-4 ticks), a straggler (one node's image decoding stalled on the shared file
    system in bursts, the synchronous job waits: 1 for a mean of 20-200 ticks, calm for 100-500 at 0.05-0.25), a
    leak (the tile cache growing into swap: ``(s / ramp) ** p``, ``p`` 0.7-2.0, then held)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 4))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.7, 2.0)
    calm = rng.uniform(0.05, 0.25)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(20, 200), rng.uniform(100, 500))
    w = np.full(length, calm)
    for a, b in zip(edges[0::2], edges[1::2]):
        w[int(a):int(np.ceil(b))] = 1.0
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in points ``[lo, hi)``: an ``(Event, (at, loss))`` pair or None."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, [(a, b) for a, b, _ in run.pauses_t], STEP * np.arange(n), lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 / TICK), min(run.nt, stop * K)
        if i1 - i0 < K * 20:
            continue
        w = _weight(rng, kind, i1 - i0, ramp * K)
        X = np.zeros(run.nt)
        X[i0:i1] = run.J[i0:i1] * w
        L = _reads(run, X)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                         rng.uniform(0.12, 0.4))
        c0 = onset if kind != "leak" else onset + int(0.9 * ramp)
        ls, k = hc.live_loss(healthy - L, healthy, live, c0, stop)
        if k < 8 or ls <= 0:
            continue
        a = target / ls
        if a > 1:
            continue
        L *= a
        v = np.maximum(healthy - L, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= ch < end for ch in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            nz = np.nonzero(L)[0]
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (int(nz[0]), L[nz[0]:nz[-1] + 1])
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout206(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout206_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT206_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout206, seeds, n, pauses)
