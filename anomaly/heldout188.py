"""The hundred-and-eighty-eighth held-out throughput family: a vineyard yield model's training images/s (a detector and
counter of grape bunches, and berries per bunch, on night-time flash images from cameras on tractors and over-row
harvesters, with a per-block yield regression; image sequences GPS-decoded, de-duplicated across overlapping frames,
colour-corrected, cropped and augmented on CPU workers, occluded bunches oversampled, a held-out vineyard block
evaluated now and then), read through Seq: each node's reporter logs a structured Serilog event (its clock's ``@t``,
the images since its last event) every 10-30 s through the Seq sink (the batching sink, or the durable sink with a
buffer file), and a monitor queries Seq once a minute and sums the images per minute of ``@t`` (or of the server's
arrival time, where the API key uses server timestamps).

(No generator's head names Seq, Serilog, a vineyard, a grape, a berry, a bunch, a harvester, GPS, a flash, a durable
sink, batching, a buffer file or ``@t`` (``grep -ic`` on ``/tmp/s66/heads188.txt``, the first 3 lines of every
generator: 0 each, "seq" 19 matches, all inside other words such as "sequence"); "tractor" and "harvester" match 1 head
each (the words "extractor" and New Relic's "harvester": not this job). Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

The laws below were committed (e70ea6c4) before anything was measured on the traces.

Public sources read (through the search tool): Serilog's ``BatchingSink.cs`` and ``FailureAwareBatchScheduler.cs``
(github.com/serilog/serilog, src/Serilog/Core/Sinks/Batching/): the sink fills a batch (at most 1,000 events) and
posts it when its timer (2 s, ``BufferingTimeLimit``) fires, the first event eagerly; after a failed post the next
interval is 2 s for the first failure, then ``max(2 s, min(10 min, 5 s * 2 ** (k - 1)))`` for failure ``k`` (10, 20,
40, 80, 160, 320, 600 s ...); from the 8th failure on the current batch is dropped, from the 10th the whole queue; at
shutdown (``CloseAndFlush``) the rest of the queue is posted once and dropped on any failure; ``BatchingOptions.cs``:
queue limit 100,000 events. The durable sink's ``ExponentialBackoffConnectionSchedule`` (quoted in a port's header
comment: min backoff 5 s, max 10 min). Seq's docs, "API Keys" (docs.datalust.co/docs/api-keys): an API key may filter
events on arrival, including by level ("reducing server load in the case of runaway logging"), and tell the client the
level it wants; "Use server timestamps" replaces ``@t`` by the server's time on arrival ("if events are logged in
batches this may cause them to receive a later timestamp"). Seq issues: #1038 (below a minimum free space, 1 GB from
2020.3, Seq stops accepting events), #898 (it resumes within 30 s of space being freed), #2350 (a full disk is hard
to recover); serilog-sinks-seq #123, #111, #197 (the 256 KiB ``eventBodyLimitBytes``: an oversized event is dropped
on the client; in durable mode a server-rejected payload used to stall shipping), #10 and #91 (one durable buffer file
per process; the bookmark file); Seq's storage docs (events land in five-minute ingest buffers first).

Not read, assumed: the durable shipper resends the batch it posted last when the process dies between the post and
its bookmark write (at-least-once: two events), and never drops a batch; a freshly ingested event is visible to a
query within 0-1 s; the monitor runs on Seq's host (one clock) and a query that fails (Seq restarting) is not retried;
Seq answers the sink with an error while it restarts, is upgraded or is short of disk; a level filter drops the
reporter's Information events while it is raised. Nothing was read on the job: its figures below are assumed.

The job (assumed): 1-4 nodes of 4 or 8 GPUs (data parallel, every node trains the same share), each GPU 15-120
images/s (log-uniform), 0.88-0.97 per doubling of the GPU count; the CPU workers (sequence decode, GPS, frame
de-duplication, colour correction, crops and augmentation) feed 1.05-2.2 times that; a step waits for the slower side
(a soft maximum of the costs). Data are read one night drive (a block's image sequence) at a time: a drive lasts 4-30
min (log-uniform), its frame overlap sets its rate (a factor, sd 3-10 %), a fifth hold oversampled occluded bunches
(4-12 % dearer), and opening one (its GPS track and de-duplication index) runs 5-30 s at 20-60 % of the rate; per 5-s
tick an AR(1) of the log (sd 2-5 %, correlation 10-40 s) and a slow OU (sd 1-3 %, 20-120 min). Relaunches: 0-3 at
15-85 % of the run, an hour apart, each a higher input resolution (at most twice: 1.3-1.8 times dearer on the GPUs), a
berry-count head (once: 1.15-1.4 on the GPUs), heavier augmentation (at most twice: 1.3-1.7 on the CPUs) or, 1 in 6,
another node count; redrawn until the level moves 15 % (1/3 to 3 times). Pauses: start-up 3-10 min ("long" 20-50)
and a ramp from 40-75 % over 2-6 min; an evaluation on the held-out block every 40-120 min of training, 3-8 min
("long" 12-30), every 2nd or 3rd followed by a checkpoint (20-90 s, "long" 2-5 min); crashes (exponential, mean 10-40
h): down 1-5 min ("long" 6-20), then a start-up of 2-6 ("long" 8-20) and a ramp; a relaunch: stopped 1-3 min ("long"
5-12), queued 1-5 min, then a start-up and its ramp.

The path (its figures assumed, its mechanisms read): each node's reporter starts with its process and logs every
``P`` s (10-30 per run, plus 0-0.3 s) the images since its previous event; a crash loses the interval under way, a
graceful stop logs it and calls ``CloseAndFlush``. The sink is the batching one (65 % of runs) or the durable one.
An event reaches Seq 0-2 s after it is logged (the batch timer) plus 20-300 ms. Seq is unavailable during restarts
(0.2-1 a day, 10-60 s), an upgrade (in half the runs, once, 2-8 min) and disk-pressure episodes (in 40 % of runs,
1-3, 5-50 min); during them each node's sink backs off as above: the events pending at the first failed post and
after go in one post at the first attempt after Seq is back (up to 10 min late), and the batching sink drops them at
its 8th and later failures (about 10.5 min after the first); the durable sink drops nothing. A crash loses the
batching sink's pending events (the durable sink ships them 0-2 s after the next process starts, and in a share of
0.1-0.4 of its crashes the batch posted in the 2 s before the crash is shipped again: two copies); a graceful stop
while Seq is down drops them (batching) or keeps them (durable). In 30 % of runs an operator raises the API key's
level 1-3 times (10-50 min) against another service's runaway logging: the reporter's events arriving then are
filtered out. Clocks: each node's clock is off by sd 0.05-0.5 s; in 25 % of runs one node is unsynchronised (drift
20-200 ppm either way, stepped back 0.3 s sd every 2-12 h); Seq's clock is off sd 0.3-3 s (in 20 % of runs 3-15 s).
The monitor reads minute ``m`` once, 10-45 s after its end on Seq's clock: a copy not yet visible then is lost; a
query while Seq is restarting or upgrading reads nothing. 60 % of runs sum by ``@t`` (the node's clock), 40 % by the
server's timestamp (arrival). A point is the minute's images / 60 (0: none read). The reads are linear in the images;
the events' fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's images lost, carried through the same events and reads): ``drop`` (an augmentation worker
killed by the OOM killer and not respawned: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (reads
of the camera image store on the shared file system slowed in bursts: 1 for a mean of 24-180 ticks, calm for a mean of
60-480 at 0-0.25), ``leak`` (the frame de-duplication index growing into swap: ``w = (s / ramp) ** p``, ``p`` 0.7-2.0,
then held); onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a``
set from the reads of the lost images (linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout188_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     30      10    10         10    0.084-0.307  19              1-55 (1017, 0 >60)
long      33      11    11         11    0.096-0.327  21              1-87 (802, 9 >60)

Planned changes listed: short 13, long 18 (of 13 and 18 relaunches; none kept its stage); crashes 42 and 58. The path
over each set's 12 runs (counts): short: unavailable spells 30 restarts, 4 upgrades, 11 disk-pressure episodes (each
spell named by its first cause; spells within 30 min merged); failed posts 497, events delivered late after a spell
1346, dropped by the batching sink's backoff 1075, lost in a crash 10, dropped at a graceful stop 0, shipped twice by
the durable sink 0, filtered by a raised API-key level 2890, too late for their minute's query 759, minutes whose query
failed 37, unread minutes (outside pauses) 598, node clock steps 18, events read in another minute than the one they
were logged in 19648; long: 30, 6, 4, 323, 688, 412, 4, 0, 0, 0, 154, 49, 119, 55, 11332. The reads' sum over the
live points against the job's images: 0.999-1.002 per seed (short), 0.999-1.005 (long). The live points'
minute-to-minute change (median ``|d log|`` per seed) 1.9-33 % (short), 3.5-38 % (long), its 99th percentile 39-70 %
(short), 39-71 % (long); the live median level 75-1,025 images/s (short), 99-1,650 (long).

What surprised me, said and not tuned: the minute-to-minute change is large in runs with few nodes and an interval
``P`` that does not divide 60 (26.6 s on 1 node: a minute holds 2 or 3 events, so its sum jumps by a third or a half;
20.2 s on 1 node: 3 events nearly always, 1.9 %): this is what summing "images since the last event" per minute of
``@t`` does, and the law stays. No durable run shipped a batch twice (the replay needs an event posted in the 2 s
before a crash, about one crash in ten per node, then a share of 0.1-0.4: rare, and none fell in these sets); no
graceful stop met Seq down; no "long" run drew a level filter.

Before the first measure: one run of ``make_heldout188(1882000, n=2000)`` after the laws were committed, printing only
its shape (to see the module run). Changes of the laws after the first measure: none. Fixes: none.

Size: one family's job, path and regressions, kept in one module as the other generators are.

Opened in the project (all with ``cat``, ``sed -n``, ``head`` or ``grep`` from the worktree): ``docs/data-authors.md``
(all); ``anomaly/heldout150.py`` lines 1-110 and 541-556 (its ``make_heldout150`` and ``heldout150_set``, after a
``grep -n`` for their ``def`` lines); ``tests/test_anomaly_heldout150.py`` (all); ``anomaly/heldout_common.py`` (all);
``tests/trace_checks.py`` (all); ``anomaly/traces.py`` lines 1-80; ``tests/test_architecture.py`` lines 1-110;
the first 3 lines of every generator (``for f in anomaly/heldout*.py; do echo "== $f"; head -3 "$f"; done``: once
shown through ``tail -n 150``, i.e. the heads from generator 66 to 99 and ``heldout_common``, then written to
``/tmp/s66/heads188.txt`` and read only with ``grep -ic`` per word and one ``grep -io`` printing 60 characters before
and 40 after "tractor", "harvester" and "seq" as a word: 2 lines). My own commits with ``git log --oneline
main..HEAD``, and ``git status``. The tests import ``HELDOUT150_SEEDS`` (to keep the seeds apart), not its code.
Slip: one ``ls anomaly/heldout18*.py`` (it listed the file names ``heldout18.py`` and ``heldout180.py`` ..
``heldout186.py``, no contents); none else.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT188_SEEDS = tuple(range(1882000, 1882012))
CODE = 188
TICK = 5.0
STEP = 60.0
K = int(STEP / TICK)
EPOCH = 1_790_000_040  # a multiple of 60
KIND_P = (0.35, 0.33, 0.32)
SPANS = {"short": (1, 75), "long": (1, 100)}
#: attempt times after a first failed post (s): intervals 2, then 5 * 2 ** (k - 1) capped at 600
_BACKOFF = np.concatenate([[0.0], np.cumsum([2.0] + [min(600.0, 5.0 * 2 ** (k - 1)) for k in range(2, 40)])])
_DROP_FROM = 8  # the batching sink drops its batch from the 8th failure on
PATH_KEYS = ("outage_restart", "outage_upgrade", "outage_disk", "failed_posts", "late_deliveries", "dropped_backoff",
             "lost_in_crash", "dropped_at_stop", "durable_replayed", "filtered", "late_for_query",
             "query_failed_minutes", "unread_minutes", "clock_steps", "other_minute")

_PAUSE = {  # (lo, hi) minutes per setting
    "startup": ((3, 10), (20, 50)), "eval": ((3, 8), (12, 30)), "ckpt": ((20 / 60, 1.5), (2, 5)),
    "down": ((1, 5), (6, 20)), "restart": ((2, 6), (8, 20)), "stopped": ((1, 3), (5, 12)), "queued": ((1, 5), (1, 5)),
}


@dataclass
class Path:
    """The collection path's draws and the fates of the reporter's events."""

    durable: bool
    by_arrival: bool
    P: float
    lag: float
    ev_t0: np.ndarray = None  # the interval each event covers (true s): start, end
    ev_t1: np.ndarray = None
    ev_share: np.ndarray = None  # the node's share of the job's images
    copy_ev: np.ndarray = None  # per copy read: its event and its point
    copy_pt: np.ndarray = None
    copies: np.ndarray = None  # per event: copies read (0-2)
    outages: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)


@dataclass
class Run:
    n: int
    nt: int
    nodes: int  # the most nodes any process ran on
    J: np.ndarray  # images per tick
    pauses_t: list
    lives: list  # (start, end, how, nodes) per process
    ramps: list
    known_t: list
    counts: dict
    path: Path = None


def _u(rng, lohi) -> float:
    return float(rng.uniform(*lohi))


def _level(cfg: dict, st: dict) -> float:
    """Images/s of a stage: per-GPU rate times GPUs (with the scaling loss), against the CPU side's rate."""
    g = cfg["gpus"] * st["nodes"]
    gpu = cfg["gpu"] * g * cfg["eff"] ** np.log2(g) / (cfg["res_c"] ** st["res"] * cfg["head_c"] ** st["head"])
    cpu = cfg["cpu"] * st["nodes"] / cfg["aug_c"] ** st["aug"]
    return float(1.0 / hc.smax(1.0 / gpu, 1.0 / cpu))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: redrawn until the level moves 15 % (within 1/3 to 3 times); the stage kept if none does."""
    for _ in range(60):
        new = dict(st)
        r = rng.random()
        if r < 1 / 6:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 3, 4) if x != st["nodes"]]))
        elif r < 0.45 and st["res"] < 2:
            new["res"] += 1
        elif r < 0.65 and st["head"] < 1:
            new["head"] = 1
        elif st["aug"] < 2:
            new["aug"] += 1
        else:
            continue
        ratio = _level(cfg, new) / lv
        if abs(np.log(ratio)) >= np.log(1.15) and 1 / 3 <= ratio <= 3:
            return new
    return st


def _schedule(rng, n: int, setting: str) -> Run:
    """The job's timeline and its images per 5-s tick (the healthy run)."""
    L = hc.SETTINGS[setting]
    T = n * STEP
    nt = int(T / TICK)
    cfg = {"gpus": int(rng.choice([4, 8])), "gpu": hc.log_uniform(rng, 15, 120), "eff": rng.uniform(0.88, 0.97),
           "res_c": rng.uniform(1.3, 1.8), "head_c": rng.uniform(1.15, 1.4), "aug_c": rng.uniform(1.3, 1.7)}
    st = {"nodes": int(rng.choice([1, 2, 3, 4], p=[0.3, 0.3, 0.15, 0.25])), "res": 0, "head": 0, "aug": 0}
    cfg["cpu"] = cfg["gpu"] * cfg["gpus"] * cfg["eff"] ** np.log2(cfg["gpus"]) * rng.uniform(1.05, 2.2)
    n_rel = int(rng.integers(0, 4))
    rel = np.sort(rng.uniform(0.15, 0.85, n_rel)) * T
    rel = [x for i, x in enumerate(rel) if i == 0 or x - rel[i - 1] >= 3600]
    crash_mean = rng.uniform(10, 40) * 3600
    every = rng.uniform(40, 120) * 60
    ck_every = int(rng.choice([2, 3]))
    pauses, lives, ramps, known, segs = [], [], [], [], []  # lives: (start, end, how, nodes)
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0, "ckpts": 0}

    def pause(t, kind, scale=60.0):
        d = _u(rng, _PAUSE[kind][L]) * scale
        pauses.append((t, t + d, kind if kind not in ("down", "stopped", "queued", "restart") else None))
        return t + d

    def start(t, kind):  # a process start: its start-up and ramp
        t1 = pause(t, kind)
        r = rng.uniform(2, 6) * 60
        ramps.append((t1, t1 + r, rng.uniform(0.4, 0.75)))
        return t1

    t, life0 = 0.0, 0.0
    t = start(t, "startup")
    to_eval, n_eval, ri = every * rng.uniform(0.5, 1.2), 0, 0
    crash_t = t + rng.exponential(crash_mean)
    lv = _level(cfg, st)
    while t < T:
        crash_t = max(crash_t, t)
        nxt_rel = rel[ri] if ri < len(rel) else np.inf
        cand = [t + to_eval, crash_t, max(nxt_rel, t + 300), T]
        which = int(np.argmin(cand))
        x = cand[which]
        segs.append((t, x, lv))
        to_eval -= x - t
        t = x
        if which == 3:
            break
        if which == 0:
            n_eval += 1
            counts["evals"] += 1
            t = pause(t, "eval")
            if n_eval % ck_every == 0:
                counts["ckpts"] += 1
                t = pause(t, "ckpt")
            to_eval = every * rng.uniform(0.8, 1.25)
        elif which == 1:
            counts["crashes"] += 1
            lives.append((life0, t, "crash", st["nodes"]))
            a = t
            t = pause(t, "down")
            life0 = t
            t = start(t, "restart")
            pauses[-2:] = [(a, t, "crash")]
            crash_t = t + rng.exponential(crash_mean)
        else:
            ri += 1
            counts["relaunches"] += 1
            lives.append((life0, t, "stop", st["nodes"]))
            a = t
            t = pause(t, "stopped")
            t = pause(t, "queued")
            life0 = t
            t = start(t, "restart")
            pauses[-3:] = [(a, t, "relaunch")]
            new = _next_stage(rng, cfg, st, lv)
            if new == st:
                counts["kept_stage"] += 1
            else:
                st = new
                lv = _level(cfg, st)
                known.append(t)
            crash_t = max(crash_t, t + 600)
    lives.append((life0, np.inf, "end", st["nodes"]))
    pauses = [(a, b, k) for a, b, k in pauses if a < T]
    # the rate per tick: stage level, drives, noise, ramps
    tt = np.arange(nt) * TICK
    train = np.zeros(nt)
    level = np.zeros(nt)
    for a, b, v in segs:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        if i0 >= nt:
            break
        ov = np.clip(np.minimum(b, tt[i0:i1] + TICK) - np.maximum(a, tt[i0:i1]), 0, TICK)
        train[i0:i1] += ov
        level[i0:i1] = np.where(ov > 0, v, level[i0:i1])
    drive = np.ones(nt)
    sd = rng.uniform(0.03, 0.10)
    t = 0.0
    while t < T:
        d = hc.log_uniform(rng, 4, 30) * 60
        i0, i1 = int(t // TICK), min(nt, int((t + d) // TICK))
        f = np.exp(rng.normal(0, sd)) / (rng.uniform(1.04, 1.12) if rng.random() < 0.2 else 1.0)
        drive[i0:i1] = f
        s = int(rng.uniform(5, 30) // TICK) + 1
        drive[i0:min(i1, i0 + s)] *= rng.uniform(0.2, 0.6)
        t += d
    a_sd, tau = rng.uniform(0.02, 0.05), rng.uniform(10, 40)
    phi = np.exp(-TICK / tau)
    ar = lfilter([1.0], [1.0, -phi], rng.normal(0, a_sd * np.sqrt(1 - phi * phi), nt))
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60)
    slow = np.interp(tt, np.arange(len(ou)) * STEP, ou)
    ramp = np.ones(nt)
    for a, b, r0 in ramps:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        ramp[i0:i1] = r0 + (1 - r0) * np.clip((tt[i0:i1] - a) / (b - a), 0, 1)
    J = train * level * drive * np.exp(ar + slow) * ramp
    return Run(n=n, nt=nt, nodes=max(x[3] for x in lives), J=J, pauses_t=pauses, lives=lives, ramps=ramps,
               known_t=known, counts=counts)


def _cum_at(J: np.ndarray, x: np.ndarray) -> np.ndarray:
    """The images trained before true time ``x`` (linear in ``J``)."""
    C = np.concatenate([[0.0], np.cumsum(J)])
    i = np.clip((x // TICK).astype(int), 0, len(J) - 1)
    return np.where(x >= len(J) * TICK, C[-1], C[i] + np.clip(x / TICK - i, 0, 1) * J[i])


def _inside(x: np.ndarray, win) -> np.ndarray:
    """Which of ``x`` lie in one of the windows ``[a, b)``."""
    out = np.zeros(len(x), bool)
    for a, b in win:
        out |= (x >= a) & (x < b)
    return out


def _clock(rng, T: float, unsync: bool) -> tuple[np.ndarray, np.ndarray, int]:
    """A node clock's offset as breakpoints (true time, offset) to interpolate, and its steps."""
    o = rng.normal(0, rng.uniform(0.05, 0.5))
    if not unsync:
        return np.array([0.0, T + 7200]), np.array([o, o]), 0
    drift = rng.uniform(20e-6, 200e-6) * rng.choice([-1, 1])
    ts, os_, t, steps = [0.0], [o], 0.0, 0
    while t < T:
        d = rng.uniform(2, 12) * 3600
        ts.append(t + d - 1e-3)
        os_.append(os_[-1] + drift * d)
        t += d
        ts.append(t)
        os_.append(rng.normal(0, 0.3))
        steps += 1
    return np.array(ts), np.array(os_), steps


def _path(rng, run: Run) -> Path:
    """The path's draws and every event's fate (which copies are read, in which point)."""
    n, T = run.n, run.n * STEP
    p = Path(durable=rng.random() < 0.35, by_arrival=rng.random() < 0.4, P=rng.uniform(10, 30),
             lag=rng.uniform(10, 45))
    c = {k: 0 for k in PATH_KEYS}
    day = 86400.0
    out = []
    for _ in range(rng.poisson(rng.uniform(0.2, 1.0) * T / day)):
        a = rng.uniform(0, T)
        out.append((a, a + rng.uniform(10, 60), "restart"))
    if rng.random() < 0.5:
        a = rng.uniform(0, T)
        out.append((a, a + rng.uniform(2, 8) * 60, "upgrade"))
    if rng.random() < 0.4:
        for _ in range(int(rng.integers(1, 4))):
            a = rng.uniform(0, T)
            out.append((a, a + rng.uniform(5, 50) * 60, "disk"))
    out.sort()
    merged = []
    for a, b, k in out:
        if merged and a <= merged[-1][1] + 1800:  # one unavailable spell at a time (the backoff spans it)
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]), merged[-1][2])
        else:
            merged.append((a, b, k))
    p.outages = merged
    for a, b, k in merged:
        c["outage_" + k] += 1
    filt = []
    if rng.random() < 0.3:
        for _ in range(int(rng.integers(1, 4))):
            a = rng.uniform(0, T)
            filt.append((a, a + rng.uniform(10, 50) * 60))
    s_off = rng.normal(0, rng.uniform(0.3, 3)) if rng.random() < 0.8 else rng.uniform(3, 15) * rng.choice([-1, 1])
    dup_p = rng.uniform(0.1, 0.4)
    unsync_node = int(rng.integers(run.nodes)) if rng.random() < 0.25 else -1
    lives = run.lives
    t0s, t1s, evs, pts, shares = [], [], [], [], []
    base = 0
    for node in range(run.nodes):
        ck_t, ck_o, steps = _clock(rng, T, node == unsync_node)
        c["clock_steps"] += steps
        e_t0, e_t1, e_life = [], [], []
        for li, (s, e, how, nodes) in enumerate(lives):
            if s >= T:
                break
            if node >= nodes:
                continue
            end = min(e, T + 600)
            k = int((end - s) / p.P) + 2
            tl = s + rng.uniform(0, p.P) + p.P * np.arange(k) + rng.uniform(0, 0.3, k)
            tl = tl[tl < end]
            if how == "stop":
                tl = np.append(tl, e)
            prev = np.concatenate([[s], tl[:-1]])
            e_t0.append(prev)
            e_t1.append(tl)
            e_life.append(np.full(len(tl), li))
        if not e_t1:
            continue
        t0, t1, life = np.concatenate(e_t0), np.concatenate(e_t1), np.concatenate(e_life).astype(int)
        m = len(t1)
        arr = t1 + rng.uniform(0, 2, m) + rng.uniform(0.02, 0.3, m)
        lost = np.zeros(m, bool)
        for a, b, kind in merged:  # the sink's backoff through an unavailable spell
            hit = np.nonzero((arr >= a) & (arr < b) & ~lost)[0]
            if len(hit) == 0:
                continue
            f1 = arr[hit[0]]
            att = f1 + _BACKOFF
            ok = int(np.searchsorted(att, b))
            c["failed_posts"] += ok
            pend = np.nonzero((arr >= f1) & (arr < att[ok]) & ~lost)[0]
            if not p.durable and ok >= _DROP_FROM:
                last_drop = att[ok - 1]
                gone = pend[arr[pend] <= last_drop]
                lost[gone] = True
                c["dropped_backoff"] += len(gone)
                pend = pend[arr[pend] > last_drop]
            arr[pend] = att[ok] + rng.uniform(0.02, 0.3, len(pend))
            c["late_deliveries"] += len(pend)
        dup = []
        for li, (s, e, how, nodes) in enumerate(lives[:-1]):  # the process ends: crash or graceful stop
            nxt = lives[li + 1][0]
            mine = np.nonzero((life == li) & ~lost)[0]
            pend = mine[arr[mine] > e]
            if how == "crash":
                if p.durable:
                    arr[pend] = np.maximum(arr[pend], nxt + rng.uniform(0, 2, len(pend)))
                    if rng.random() < dup_p:
                        dup += list(mine[(arr[mine] > e - 2) & (arr[mine] <= e)])
                else:
                    lost[pend] = True
                    c["lost_in_crash"] += len(pend)
            else:
                down = _inside(np.array([e]), [(a, b) for a, b, _ in merged])[0]
                if down and not p.durable:
                    lost[pend] = True
                    c["dropped_at_stop"] += len(pend)
                elif down:
                    arr[pend] = np.maximum(arr[pend], nxt + rng.uniform(0, 2, len(pend)))
                else:
                    arr[pend] = e + rng.uniform(0.02, 0.3, len(pend))
        dup = np.array(sorted(set(dup)), int)
        c["durable_replayed"] += len(dup)
        idx = np.concatenate([np.arange(m), dup])
        a_all = np.concatenate([arr, _next_start(lives, life[dup]) + rng.uniform(0, 2, len(dup))])
        keep = ~np.concatenate([lost, lost[dup]])
        filtered = _inside(a_all, filt) & keep
        c["filtered"] += int(filtered.sum())
        keep &= ~filtered
        srv = a_all + s_off  # Seq's clock at arrival
        stamp = srv if p.by_arrival else t1[idx] + np.interp(t1[idx], ck_t, ck_o)
        pt = np.floor(stamp / STEP).astype(int)
        query = (pt + 1) * STEP + p.lag
        late = keep & (srv + rng.uniform(0, 1, len(idx)) > query)
        c["late_for_query"] += int(late.sum())
        keep &= ~late & (pt >= 0) & (pt < n)
        true_pt = np.floor(t1[idx] / STEP).astype(int)
        c["other_minute"] += int((keep & (pt != true_pt)).sum())
        t0s.append(t0)
        t1s.append(t1)
        shares.append(1.0 / np.array([x[3] for x in lives])[life])
        evs.append(idx[keep] + base)
        pts.append(pt[keep])
        base += m
    qt = (np.arange(n) + 1) * STEP + p.lag
    # a query while Seq restarts reads nothing: the query times are on Seq's clock, the windows on true time
    failed = _inside(qt - s_off, [(a, b) for a, b, k in merged if k != "disk"])
    c["query_failed_minutes"] = int(failed.sum())
    p.ev_t0, p.ev_t1, p.ev_share = np.concatenate(t0s), np.concatenate(t1s), np.concatenate(shares)
    ce, cp = np.concatenate(evs), np.concatenate(pts)
    ok = ~failed[cp]
    p.copy_ev, p.copy_pt = ce[ok], cp[ok]
    p.copies = np.bincount(p.copy_ev, minlength=len(p.ev_t1))
    p.counts = c
    return p


def _next_start(lives, li: np.ndarray) -> np.ndarray:
    """The start of the process after each life in ``li``."""
    starts = np.array([x[0] for x in lives] + [np.inf])
    return starts[li + 1]


def _reads(run: Run, J: np.ndarray) -> np.ndarray:
    """The monitor's points for images per tick ``J`` (the healthy run's event fates): images per minute / 60."""
    p = run.path
    img = (_cum_at(J, p.ev_t1) - _cum_at(J, p.ev_t0)) * p.ev_share
    return np.bincount(p.copy_pt, weights=img[p.copy_ev], minlength=run.n)[:run.n] / STEP


def _build(seed: int, n: int, setting: str):
    """``(run, healthy, spans, live, changes)`` of a seed and setting (the random stream ``[seed, setting, CODE]``)."""
    rng = np.random.default_rng([seed, hc.SETTINGS[setting], CODE])
    run = _schedule(rng, n, setting)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    spans = []
    marks = [(a, b) for a, b, k in run.pauses_t] + [(a, a + 0.5 * (b - a)) for a, b, r in run.ramps]
    paused = np.zeros(n, bool)
    for a, b in marks:
        s, e = int(a // STEP), min(n, int(np.ceil(b / STEP)))
        if s < n:
            paused[max(0, s - 1):min(n, e + 1)] = True
    unread = h <= 0
    run.path.counts["unread_minutes"] = int((unread & ~paused).sum())
    paused |= unread
    i = 0
    while i < n:
        if paused[i]:
            j = i
            while j < n and paused[j]:
                j += 1
            hc.add_span(spans, i, j)
            i = j
        i += 1
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's shape per tick (0 .. 1)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.where(s < ramp, (s / max(ramp, 1)) ** rng.uniform(0.7, 2.0), 1.0)
    calm, bad, lo = rng.uniform(60, 480), rng.uniform(24, 180), rng.uniform(0.0, 0.25)
    w = np.empty(length)
    i, on = 0, True
    while i < length:
        d = int(rng.exponential(bad if on else calm)) + 1
        w[i:i + d] = 1.0 if on else lo
        i += d
        on = not on
    return w


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in points ``[lo, hi)``: an ``(Event, (at, loss))`` pair, or None."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, [(a, b) for a, b, k in run.pauses_t], np.arange(n) * STEP, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), min(run.nt, stop * K)
        w = np.zeros(run.nt)
        w[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        unit = _reads(run, run.J * w)
        c0 = onset if kind != "leak" else onset + int(0.9 * ramp)
        lv = live[c0:stop]
        hs, us = healthy[c0:stop][lv].sum(), unit[c0:stop][lv].sum()
        if hs <= 0 or us <= 0:
            continue
        a = target * hs / us
        if a > 1:
            continue
        m = a * unit
        v = healthy - m
        span = hc.changed_span(v[lo:], healthy, onset, lo, hi, n, to_end, at=lo)
        if span is None:
            continue
        onset, end = span
        if any(onset <= x < end for x in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3,
                               max_depth=0.33)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (lo, m[lo:])
    return None


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout188(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout188_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT188_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout188, seeds, n, pauses)
