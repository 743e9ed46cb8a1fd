"""The two-hundred-and-sixteenth held-out throughput family: a seed germination scoring model's training images/s
for a seed-testing laboratory (a network counting germinated seeds and normal or abnormal seedlings in images of
germination trays over days; images cropped and augmented on CPU workers, the rare abnormal classes oversampled; an
evaluation on a held-out lab's trays now and then) on 1, 2 or 4 nodes, read through Blynk: each node is a Blynk
device whose reporter writes its images since its last write to a datastream (a virtual pin) every 10-30 s, and a
monitor reads each device's datastream history once a minute through the HTTP API and sums per minute of the
server's time.

(No generator's head names Blynk, a virtual pin, a datastream, germination, a seedling, a tray, a laboratory, a
rate limit, a quota, an HTTP API or a reconnect (``grep -ic`` on the first 3 lines of the 210 ``anomaly/heldout*.py``,
``/tmp/heldout216/heads.txt``: 0 each); "iot" matches 2 heads (both Apache IoTDB, a store, not an IoT platform),
"seed" 2 (a graph network's seed nodes/s: another sense), "heartbeat" 1 (an RRD file's heartbeat), "aggregat" 9,
"average" 1, "augment" 37, "oversampl" 21, "image" 79 (common words: the job and the path are new). Job and path
named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, filter, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550,
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: its lines 300-412, cut from one long
print, printed again), ``tests/trace_checks.py`` (all), ``anomaly/traces.py`` lines 1-80,
``tests/test_architecture.py`` lines 1-110, the first 3 lines of every ``anomaly/heldout*.py`` through ``grep -ic``
and ``grep -io`` only (``grep -io`` printed up to 60 characters before and 40 after the matches of "iot", "seed" and
"heartbeat"). Slips: a ``wc -l`` of ``anomaly/heldout_common.py`` (537 lines) with that print; an ``ls
anomaly/heldout215.py`` (absent: the grep for its seeds chained after it did not run) and an ``ls
anomaly/heldout*.py | wc -l`` (210); none else. The tests write generator 215's seed range by the rule
(``range(2152000, 2152012)``), not imported.

Public sources read (excerpts through the search tool): Blynk's "Disconnections And Heartbeat" and "Device
Online/Offline Status" pages (a ping every 45 s, the server closes the connection after 45 + 22 s without one;
``docs.blynk.io/en/concepts/connection-lifecycle-management/disconnections-and-heartbeat``); its "Limitations and
Recommendations" (over 10 values a second a flood error, the device disconnected); "Message Usage" (every
``virtualWrite`` and HTTP API request is a message counted against a quota; ``/external/api/batch/update``);
"Data Type" (a value not of the datastream's type is ignored; one out of Min/Max is cropped to it); the template
datastream API (``isRaw``: raw values kept, ``isHistory``: stored in the aggregated format); the SuperChart page
(``/external/api/data/get`` with ``granularityType=RAW_DATA`` or aggregated ``sourceType``); the MQTT datastreams page
(timestamped batches); community.blynk.cc threads ("Library 0.5.0 anti-flooding methods", "Strange data plotting on
superchart", "Encountering abnormal spikes in a line graph": values out of order, recorded views unlike the live
one); the blynkapi and blynk-library-python pages. Not read (from memory, unchecked): the exact per-device message
rate limit and the HTTP answer to a refused write; how soon a value is queryable from the history; whether the
per-minute aggregate is an average (taken as the brief says). Nothing read on the job: its figures are assumed.

Assumed without checking (the job): 1, 2 or 4 nodes (35/40/25 %); a node's GPUs score 250-3,000 images/s at 384 px
(log-uniform), its CPU workers (decode, crop, augmentation of the oversampled abnormal seedlings) feed 1.05-2.2 times
that; the crop side 384, 448 or 512 px costs the GPUs ``side ** 1.7-2.1`` and the CPUs ``side ** 0.6-1.2``; a
doubled batch is 4-15 % faster on the GPUs; all-reduce 0.86-0.97 per doubling of nodes; a node waits for the slower
side (a soft maximum). The synchronous step waits for the slowest node: each node's log cost is an AR(1) per 5-s
tick (sd 2-5 %, 15-60 s) and the step takes the nodes' maximum; the loader walks the trays one germination day at a
time (a shard of 6-30 min, a factor of sd 2-6 %: later days hold more seedlings per image); a slow OU (sd 1-3 %,
30-180 min). Relaunches: 0-3 at 15-85 % of the run, an hour apart, onto another node count (45 %), crop side (35 %)
or batch (20 %), redrawn until the level moves 15 % (1/3 to 3 times). Pauses: start-up 4-12 min ("long" 20-50) and
a ramp from 30-70 % over 2-5 min (image caches warming); an evaluation on a held-out lab's trays every 40-120 min of
training, 1.5-5 min ("long" 12-30), every 3rd or 4th followed by a checkpoint (20-90 s, "long" 2-5 min); crashes
(exponential, mean 10-40 h): down 2-5 min ("long" 8-20), then a start-up of 2-5 ("long" 6-15) and a ramp; a
relaunch: stopped 1-3 min ("long" 5-12), queued 1-6 min, then a start-up and its ramp. Pause edges lie on ticks.

On the path (not checked): each node's reporter (60 % of runs over the HTTP API, else the device library over its
TCP link) writes, from its process start, the images since its last write on a round timer (10, 12, 15, 20 or 30 s
per device, plus 0-0.5 s of its work); a crash loses the interval under way, a graceful stop writes it. Writes are
refused while the server restarts (0.1-0.6 a day, 30 s-5 min), in flood episodes (0.3-3 a day, 1-10 min: a debug loop
writes other pins past the device's limit; each write refused with probability 0.6-0.95) and in the lab's network
blips (3-15 a day, 5-120 s; a library device stays offline 5-30 s more until it reconnects). Half the HTTP
reporters keep a refused write's images and send them with their next write (in the same life); the others and the
library (``virtualWrite`` returns nothing) lose them. 0.3-1 % of stored HTTP writes time out at the client and are
sent again 6-13 s later: stored twice. In 30 % of runs the datastream's max is 1.3-3 times the first stage's
typical write (a template default): larger writes (a carried write, a faster stage) are cropped to it. The server
stamps a write on reception (50-800 ms) and its history stores it 0.2-2 s later, 20-150 s later in lag episodes
(0.5-3 a day, 2-20 min). In 40 % of runs raw data is not kept and the history holds each minute's average of the
device's values, not their sum. The monitor reads every minute at a phase of its own clock (offset sd 0.5-5 s; in 25
% of runs 20-90 s ahead or behind; drifting 0-40 ppm between resyncs every 1-24 h), takes a minute once its clock
passes the minute's end plus 5-30 s, and its history window holds 3 minutes; it restarts 0.3-1.5 a day (down 1-8
min): a minute not read within 3 reads of its due one is unread (0). A value stored after its minute was read is
lost ("late": a monitor clock ahead of the server reads minutes before they end). A point is the minute's sum (or
sum of the devices' averages) over 60 s. The reads are linear in the images but for the crop; the writes' fates are
the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's images lost on every node, carried through the same writes and reads): ``drop`` (an
augmentation worker pool shrinking, workers OOM-killed: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-8 ticks),
``straggler`` (image reads from the lab's NAS slowed in bursts: 1 for a mean of 20-200 ticks, calm for a mean of
100-500 at 0.05-0.25), ``leak`` (the oversampled abnormal seedlings' augmentation cache growing into swap: ``w = (s /
ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target loss (8-33 %, 10-30 %, 12-35 %
over a leak's plateau), ``a`` set by three proportional steps on the reads, refused above 1; ``w`` is per 5-s tick.

Measured (``heldout216_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     29      9     10         10    0.098-0.318  13              1-18 (1087, 0 >60)
long      33      12    11         10    0.111-0.310  18              1-77 (1003, 5 >60)

Planned changes listed: short 18, long 15 (of 18 and 15 relaunches; none kept its stage); crashes 39 and 69. The
path over each set (counts): short: writes refused while the server restarted 424, in flood episodes 2415, while
offline 3550; stored writes carrying refused images 532, refused writes lost 4326; stored twice 2011; cropped 1021;
late 3603; unread minutes 88; intervals lost in a crash 39; values in another minute than their interval's end 226;
server restarts 20, network blips 491, monitor restarts 54; long: 490, 1794, 2154; 771, 1884; 3733; 0; 42334; 92;
69; 1564; 26, 387, 56. Runs: short 7 HTTP (4 carrying), 4 averaged, 5 with a max, 3 with the monitor's clock past
its settle time; long 9 (6), 6, 1, 4. The reads' sum over the live points against the job's images: 0.98-1.01 per
seed where raw data is kept and the monitor's clock is near (0.28 in the one such run with a clock far ahead; 0.21-0.42
averaged);
the live points' minute-to-minute change (median ``|d log|`` per seed) 1.0-3.1 % (short), 1.1-4.2 % (long), its
99th percentile 10-80 % (short), 9-73 % (long); the live median level 98-5,000 images/s (short), 107-5,238 (long).
Before the first measure: none (the first measure was both full sets). A fix that changed no law after it: a
regression's reads differed from the healthy ones everywhere after it by the cumulative sum's rounding, so most
regressions were refused (15 and 16 events). Changes of the laws after it: one: the reporters' intervals were
uniform in 10-30 s and a minute held 2 or 3 writes by turns (the median minute-to-minute change was 10-38 % in the
raw-sum runs, not what I meant); they are now a timer's round 10, 12, 15, 20 or 30 s. Later commits changed no law
(the cropped writes counted, the monitor's offset kept on the path, the carried writes found without a Python loop:
the runs identical). The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: at most 40 points
"short", 110 "long"); the file takes 3.2 s on one core (``taskset -c 0``; 4.8 s while other work loaded the machine,
load average 6 on 2 cores).

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT216_SEEDS = tuple(range(2162000, 2162012))
CODE = 216
KIND_P = (0.35, 0.3, 0.35)  # drop, straggler, leak
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: one point a minute
K = int(STEP / TICK)
EPOCH = 1_790_000_040.0  # the first minute's start (a multiple of 60)
SPANS = {"short": (1, 40), "long": (1, 110)}
NODES = (1, 2, 4)
RES = (384, 448, 512)  # the tray images' crop side
PATH_KEYS = ("refused_flood", "refused_down", "refused_offline", "carried", "lost_refused", "doubled", "cropped",
             "late", "unread", "crash_lost", "moved", "server_restarts", "blips", "monitor_restarts")
# pause lengths (s): startup, ramp, eval, checkpoint, crash down, restart startup, relaunch stopped
PAUSE = {"short": {"su": (240, 720), "ev": (90, 300), "ck": (20, 90), "down": (120, 300), "su2": (120, 300),
                   "stop": (60, 180)},
         "long": {"su": (1200, 3000), "ev": (720, 1800), "ck": (120, 300), "down": (480, 1200), "su2": (360, 900),
                  "stop": (300, 720)}}


def _lu(rng, lo, hi):
    return hc.log_uniform(rng, lo, hi)


# ---------------------------------------------------------------- the job

def _config(rng) -> dict:
    """The job: each node's GPUs score ``gpu`` images/s at 384 px, its CPU workers (decode, crop, augmentation of
    the oversampled abnormal classes) feed ``feed`` times that; all-reduce ``eff`` per doubling of nodes."""
    g = _lu(rng, 250, 3000)
    return {"gpu": g, "cpu": g * rng.uniform(1.05, 2.2), "eff": rng.uniform(0.86, 0.97),
            "gpu_px": rng.uniform(1.7, 2.1), "cpu_px": rng.uniform(0.6, 1.2), "big": rng.uniform(1.04, 1.15)}


def _level(cfg: dict, st: dict) -> float:
    """The job's images/s at stage ``st`` (nodes, crop side index, batch doubled or not)."""
    r = RES[st["res"]] / 384.0
    g = cfg["gpu"] / r ** cfg["gpu_px"] * (cfg["big"] if st["big"] else 1.0)
    c = cfg["cpu"] / r ** cfg["cpu_px"]
    per_node = 1.0 / hc.smax(1.0 / g, 1.0 / c)
    return st["nodes"] * per_node * cfg["eff"] ** np.log2(st["nodes"])


def _first_stage(rng) -> dict:
    return {"nodes": int(rng.choice(NODES, p=[0.35, 0.4, 0.25])), "res": int(rng.integers(3)),
            "big": bool(rng.random() < 0.5)}


def _next_stage(rng, cfg, st, lv) -> dict:
    """A relaunch onto another node count or batch shape: redrawn until the level moves 15 % (1/3 to 3 times)."""
    for _ in range(200):
        new = dict(st)
        what = rng.choice(3, p=[0.45, 0.35, 0.2])
        if what == 0:
            new["nodes"] = int(rng.choice([x for x in NODES if x != st["nodes"]]))
        elif what == 1:
            new["res"] = int(rng.choice([x for x in range(3) if x != st["res"]]))
        else:
            new["big"] = not st["big"]
        r = _level(cfg, new) / lv
        if 1.15 <= max(r, 1 / r) <= 3.0:
            return new
    return st


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's timeline on the 5-s grid: start-up, ramps, evaluations on a held-out lab's trays, checkpoints,
    crashes and relaunches. Pause edges lie on ticks."""
    P = PAUSE[setting]
    T = n * STEP + 2 * STEP
    nt = int(T / TICK)
    cfg = _config(rng)
    st = _first_stage(rng)
    lv = _level(cfg, st)
    crash_mean = rng.uniform(10, 40) * 3600
    n_rel = int(rng.choice(4, p=[0.2, 0.35, 0.3, 0.15]))
    rel = np.sort(rng.uniform(0.15, 0.85, n_rel)) * T
    rel = [t for i, t in enumerate(rel) if i == 0 or t - rel[i - 1] >= 3600]
    ev_every = rng.uniform(40, 120) * 60
    ck_every = int(rng.integers(3, 5))

    def q(x):
        return float(np.round(x / TICK) * TICK)

    pauses_t, lives, stages, known_t = [], [], [], []
    counts = {"crashes": 0, "relaunches": 0, "evals": 0, "kept_stage": 0}
    t = 0.0
    life0 = 0.0
    su = q(rng.uniform(*P["su"]))
    pauses_t.append((0.0, su, "startup"))
    stage_at = [(0.0, dict(st))]
    ramps = [(su, q(rng.uniform(120, 300)), rng.uniform(0.3, 0.7))]
    t = su
    next_crash = t + rng.exponential(crash_mean)
    to_eval = ev_every * rng.uniform(0.5, 1.0)
    ri = 0
    while t < T:
        cand = [to_eval, next_crash - t, (rel[ri] - t) if ri < len(rel) else np.inf, T - t]
        which = int(np.argmin(cand))
        run = max(cand[which], 4 * TICK)
        t = q(t + run)
        to_eval -= run
        if which == 3 or t >= T:
            break
        if which == 0:
            counts["evals"] += 1
            d = q(rng.uniform(*P["ev"]) * np.exp(rng.normal(0, 0.15)))
            pauses_t.append((t, t + d, "eval"))
            t += d
            if counts["evals"] % ck_every == 0:
                d = q(rng.uniform(*P["ck"]))
                pauses_t.append((t, t + d, "ckpt"))
                t += d
            to_eval = ev_every * rng.uniform(0.85, 1.15)
        elif which == 1:
            counts["crashes"] += 1
            lives.append((life0, t, False))
            down, s2 = q(rng.uniform(*P["down"])), q(rng.uniform(*P["su2"]))
            pauses_t.append((t, t + down + s2, "crash"))
            life0 = t + down
            t += down + s2
            ramps.append((t, q(rng.uniform(60, 240)), rng.uniform(0.3, 0.7)))
            next_crash = t + rng.exponential(crash_mean)
        else:
            counts["relaunches"] += 1
            ri += 1
            lives.append((life0, t, True))
            stop, queue, s2 = q(rng.uniform(*P["stop"])), q(rng.uniform(60, 360)), q(rng.uniform(*P["su2"]))
            pauses_t.append((t, t + stop + queue + s2, "relaunch"))
            life0 = t + stop + queue
            new = _next_stage(rng, cfg, st, lv)
            counts["kept_stage"] += new == st
            t += stop + queue + s2
            if new != st:
                known_t.append(t)
            st, lv = new, _level(cfg, new)
            stage_at.append((life0, dict(st)))
            ramps.append((t, q(rng.uniform(60, 240)), rng.uniform(0.3, 0.7)))
            next_crash = t + rng.exponential(crash_mean)
    lives.append((life0, T + 600, True))
    return SimpleNamespace(cfg=cfg, pauses_t=pauses_t, lives=lives, stage_at=stage_at, ramps=ramps, known_t=known_t,
                           counts=counts, nt=nt, T=T, n=n, dt=STEP)


def _rates(rng, run) -> None:
    """Images per tick ``run.J`` and the node count per tick ``run.Nt``: each node's step cost jitters on its own
    (an AR(1) of the log per tick, sd 2-5 %, 15-60 s) and the synchronous step waits for the slowest node; the
    loader walks the trays one germination day at a time (a shard of 6-30 min: later days hold more seedlings per
    image, a factor of sd 2-6 %), and a slow OU (sd 1-3 %, 30-180 min) moves the shared cluster's load."""
    nt, cfg = run.nt, run.cfg
    t = np.arange(nt) * TICK
    nodes = np.zeros(nt, int)
    lvl = np.zeros(nt)
    for t0, st in run.stage_at:
        i0 = int(t0 // TICK)
        nodes[i0:] = st["nodes"]
        lvl[i0:] = _level(cfg, st)
    sd, tau = rng.uniform(0.02, 0.05), rng.uniform(15, 60)
    a = np.exp(-TICK / tau)
    noise = lfilter([np.sqrt(1 - a * a)], [1, -a], rng.normal(0, sd, (4, nt)), axis=1)
    worst = np.max(np.where(np.arange(4)[:, None] < nodes[None, :], noise, -np.inf), axis=0)
    shard_sd = rng.uniform(0.02, 0.06)
    edges = np.cumsum(rng.uniform(360, 1800, int(run.T / 360) + 2))
    shard = rng.normal(0, shard_sd, len(edges) + 1)[np.searchsorted(edges, t)]
    slow = np.interp(t, np.arange(int(run.T / 60) + 3) * 60.0,
                     hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), rng.uniform(1800, 10800)))
    rate = lvl * np.exp(shard + slow - worst)
    on = np.ones(nt)
    for a0, b0, _ in run.pauses_t:
        on[int(a0 // TICK):int(b0 // TICK)] = 0.0
    for t0, dur, r0 in run.ramps:
        i0, i1 = int(t0 // TICK), min(nt, int((t0 + dur) // TICK))
        on[i0:i1] *= np.linspace(r0, 1.0, max(i1 - i0, 1))[:i1 - i0]
    run.J = rate * TICK * on
    run.Nt = np.maximum(nodes, 1)


# ---------------------------------------------------------------- the path: Blynk devices, HTTP writes, a monitor

def _windows(rng, T: float, per_day: float, lo: float, hi: float) -> np.ndarray:
    """Episodes ``(start, end)`` (s): ``per_day`` a day on average, each ``lo``-``hi`` s long (log-uniform)."""
    k = int(rng.poisson(per_day * T / 86400))
    s = np.sort(rng.uniform(0, T, k))
    return np.stack([s, s + np.exp(rng.uniform(np.log(lo), np.log(hi), k))], axis=1) if k else np.zeros((0, 2))


def _inside(x, win) -> np.ndarray:
    """Which times of ``x`` lie in one of the windows ``win`` (``(start, end)`` rows, start sorted)."""
    if len(win) == 0:
        return np.zeros(len(x), bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < np.maximum.accumulate(win[:, 1])[np.maximum(i, 0)])


def _path(rng, run) -> SimpleNamespace:
    """Every write's fate, fixed on the healthy run (the reads are linear in the images, but for the crop).

    Each node is a Blynk device whose reporter writes, from its process start, the images since its last write to
    a virtual pin every ``P`` s (a timer of 10, 12, 15, 20 or 30 s per device, plus 0-0.5 s of its work); a crash
    loses the interval under way, a graceful stop writes it."""
    T = run.T
    mode = "http" if rng.random() < 0.6 else "library"
    p = SimpleNamespace(mode=mode, carry=mode == "http" and rng.random() < 0.5, avg=rng.random() < 0.4)
    p.P = rng.choice([10.0, 12.0, 15.0, 20.0, 30.0], 4)  # a timer's round interval (changed after the first measure)
    dev, t_lo, t_hi, life = [], [], [], []
    nodes_of = [(t0, st["nodes"]) for t0, st in run.stage_at]
    for li, (a, b, graceful) in enumerate(run.lives):
        nn = next(x for t0, x in reversed(nodes_of) if t0 <= a + 1e-6)
        b = min(b, T)
        for d in range(nn):
            k = int((b - a) / p.P[d]) + 1
            w = a + p.P[d] * np.arange(1, k + 1) + rng.uniform(0, 0.5, k)
            w = w[w < b]
            if graceful and b < T:
                w = np.append(w, b)
            if len(w) == 0:
                continue
            dev.append(np.full(len(w), d))
            t_hi.append(w)
            t_lo.append(np.concatenate([[a], w[:-1]]))
            life.append(np.full(len(w), li))
    p.dev, p.t_lo, p.t_hi, p.life = (np.concatenate(x) for x in (dev, t_lo, t_hi, life))
    m = len(p.dev)
    c = {}
    # refusals: the server's restarts, flood episodes (a debug loop writing other pins past the device's message
    # limit: writes refused with probability 0.6-0.95), the lab's network blips (a library device stays offline
    # until it reconnects 5-30 s later, after its heartbeat lapses)
    p.down = _windows(rng, T, rng.uniform(0.1, 0.6), 30, 300)
    p.flood = _windows(rng, T, rng.uniform(0.3, 3), 60, 600)
    p.blips = _windows(rng, T, rng.uniform(3, 15), 5, 120)
    if mode == "library" and len(p.blips):
        p.blips[:, 1] += rng.uniform(5, 30, len(p.blips))
    down = _inside(p.t_hi, p.down)
    flood = _inside(p.t_hi, p.flood) & (rng.random(m) < rng.uniform(0.6, 0.95))
    offline = _inside(p.t_hi, p.blips)
    ok = ~(down | flood | offline)
    c["refused_down"], c["refused_flood"] = int(down.sum()), int((flood & ~down).sum())
    c["refused_offline"] = int((offline & ~down & ~flood).sum())
    c["server_restarts"], c["blips"] = len(p.down), len(p.blips)
    # what a stored write covers: with carry, the images since the last stored write of its life
    t_from = p.t_lo.copy()
    if p.carry:
        key = p.dev * 100000 + p.life  # a (device, life) group's writes are contiguous
        ar = np.arange(m)
        new_g = np.concatenate([[True], key[1:] != key[:-1]])
        gs = np.maximum.accumulate(np.where(new_g, ar, 0))  # each write's group start
        ge = np.concatenate([np.nonzero(new_g)[0][1:], [m]])[np.cumsum(new_g) - 1]  # and end
        prev_ok = np.concatenate([[-1], np.maximum.accumulate(np.where(ok, ar, -1))[:-1]])
        from_prev = prev_ok >= gs
        t_from = np.where(ok, np.where(from_prev, p.t_hi[np.maximum(prev_ok, 0)], p.t_lo[gs]), p.t_lo)
        c["carried"] = int((ok & (t_from < p.t_lo)).sum())
        next_ok = np.concatenate([np.minimum.accumulate(np.where(ok, ar, m)[::-1])[::-1][1:], [m]])
        later = next_ok < ge  # a stored write follows in the same life
        c["lost_refused"] = int((~ok & ~later).sum())
    else:
        c["carried"], c["lost_refused"] = 0, int((~ok).sum())
    p.t_from = t_from
    p.ok = ok
    c["crash_lost"] = sum(not g for a, b, g in run.lives)
    # the datastream's max: in 30 % of runs 1.3-3 times the first stage's typical write (a template default);
    # larger values are cropped to it
    lv0 = _level(run.cfg, run.stage_at[0][1]) / run.stage_at[0][1]["nodes"]
    p.cmax = lv0 * np.median(p.P) * rng.uniform(1.3, 3.0) if rng.random() < 0.3 else np.inf
    # the server stamps a write on reception (HTTP 50-800 ms); 0.3-1 % of stored HTTP writes time out at the client
    # and are sent again 6-13 s later (stored twice)
    lat = _lu(rng, 0.05, 0.8) * np.exp(rng.normal(0, 0.4, m))
    stamp = p.t_hi + lat
    dbl = ok & (rng.random(m) < (rng.uniform(0.003, 0.01) if mode == "http" else 0.0))
    c["doubled"] = int(dbl.sum())
    w_idx = np.concatenate([np.nonzero(ok)[0], np.nonzero(dbl)[0]])
    st2 = np.concatenate([stamp[ok], stamp[dbl] + rng.uniform(6, 13, int(dbl.sum()))])
    # the history store writes a value 0.2-2 s after its stamp, 20-150 s in lag episodes (0.5-3 a day, 2-20 min)
    p.lag = _windows(rng, T, rng.uniform(0.5, 3), 120, 1200)
    stored = st2 + _lu(rng, 0.2, 2.0) + np.where(_inside(st2, p.lag), rng.uniform(20, 150, len(st2)), 0.0)
    minute = np.floor(st2 / STEP).astype(int)
    c["moved"] = int((minute != np.floor(p.t_hi[w_idx] / STEP)).sum())
    # the monitor reads every minute at phase phi of its own clock (offset sd 0.5-5 s, in 25 % of runs 20-90 s ahead
    # or behind, drifting 0-40 ppm between hourly-to-daily resyncs), takes a minute once its clock passes the
    # minute's end plus 5-30 s, and its history window holds 3 minutes; it restarts 0.3-1.5 a day (down 1-8 min)
    off0 = rng.normal(0, rng.uniform(0.5, 5)) + (rng.choice([-1, 1]) * rng.uniform(20, 90) if rng.random() < 0.25
                                                  else 0.0)
    drift, resync = rng.uniform(0, 40e-6), rng.uniform(3600, 86400)
    phi, settle = rng.uniform(0, 60), rng.uniform(5, 30)
    p.mon_down = _windows(rng, T, rng.uniform(0.3, 1.5), 60, 480)
    c["monitor_restarts"] = len(p.mon_down)
    n = run.n
    j = np.arange(int(T / STEP) + 10)
    r_true = phi + STEP * j - (off0 + drift * ((phi + STEP * j) % resync))
    live_read = ~_inside(r_true, p.mon_down)
    nxt = np.full(len(j), len(j) - 1)
    lr = np.nonzero(live_read)[0]
    pos = np.searchsorted(lr, j)
    nxt[pos < len(lr)] = lr[pos[pos < len(lr)]]
    mins = np.arange(n + 5)
    j0 = np.ceil(((mins + 1) * STEP + settle - phi) / STEP).astype(int)
    j1 = nxt[np.minimum(j0, len(j) - 1)]
    read_at = np.where(j1 - j0 < 3, r_true[j1], -np.inf)
    c["unread"] = int((read_at[:n] == -np.inf).sum())
    mm = np.minimum(minute, n + 4)
    counted = (minute >= 0) & (minute < n) & (stored <= read_at[mm])
    c["late"] = int(((minute < n) & (read_at[mm] > -np.inf) & (stored > read_at[mm])).sum())
    p.w_idx, p.minute, p.counted = w_idx[counted], minute[counted], counted
    p.off0, p.settle, p.phi = off0, settle, phi
    p.counts = c
    return p


def _write_counts(run, J) -> np.ndarray:
    """Each write's images (what it covers of ``J``, the images per tick), cropped at the datastream's max."""
    p = run.path
    share = J / run.Nt
    Cc = np.concatenate([[0.0], np.cumsum(share)])

    def C(t):
        x = np.clip(t / TICK, 0, len(J) - 1e-9)
        i = x.astype(int)
        return Cc[i] + (x - i) * share[i]

    return np.minimum(np.maximum(C(p.t_hi) - C(p.t_from), 0.0), p.cmax)


def _reads(run, J) -> np.ndarray:
    """The monitor's points (images/s) for the images per tick ``J``: each device's stored writes read in time,
    summed (or, where the history keeps only the minute's average, averaged) per minute of the server's time."""
    p, n = run.path, run.n
    cnt = _write_counts(run, J)
    v = cnt[p.w_idx]
    if not p.avg:
        return np.bincount(p.minute, v, minlength=n)[:n] / STEP
    key = p.dev[p.w_idx] * n + p.minute
    s = np.bincount(key, v, minlength=4 * n)
    k = np.bincount(key, minlength=4 * n)
    return (s / np.maximum(k, 1)).reshape(4, n).sum(axis=0) / STEP


def _spans(run, h) -> list[tuple[int, int]]:
    """A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or it reads
    nothing."""
    n = run.n
    mask = h <= 0
    for a, b, _ in run.pauses_t:
        s, e = max(0, int(a // STEP) - 1), min(n, int(np.ceil(b / STEP)) + 1)
        mask[s:e] = True
    for t0, dur, _ in run.ramps:
        s, e = max(0, int(t0 // STEP) - 1), min(n, int(np.ceil((t0 + dur / 2) / STEP)) + 1)
        mask[s:e] = True
    d = np.diff(np.concatenate([[0], mask.astype(int), [0]]))
    return [(int(s), int(e)) for s, e in zip(np.nonzero(d == 1)[0], np.nonzero(d == -1)[0])]


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    _rates(rng, run)
    run.path = _path(rng, run)
    h = _reads(run, run.J)
    p = run.path
    raw = _write_counts(run, run.J) if np.isfinite(p.cmax) else None
    p.counts["cropped"] = int((raw[p.w_idx] >= p.cmax).sum()) if raw is not None else 0
    spans = _spans(run, h)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, h, spans, live, changes


# ---------------------------------------------------------------- regressions


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """The share of a tick's images lost, per tick from the onset (``length`` ticks, a leak's ramp ``ramp``)."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # an augmentation worker pool shrinks (workers OOM-killed one after another)
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 8))
    if kind == "leak":  # the oversampled abnormal seedlings' augmentation cache grows into swap
        return np.where(s < ramp, (s / max(ramp, 1)) ** rng.uniform(0.6, 1.8), 1.0)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(20, 200), rng.uniform(100, 500))
    bad = np.searchsorted(edges, s, side="right") % 2 == 1  # image reads from the lab's NAS slow in bursts
    return np.where(bad, 1.0, rng.uniform(0.05, 0.25))


def _draw(rng, run, healthy, live, changes, lo, hi, to_end, want):
    """One regression of kind ``want`` in ``[lo, hi)``: an ``(Event, (at, loss))`` pair, or None."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, [(a, b) for a, b, _ in run.pauses_t], np.arange(n) * STEP, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None or any(onset <= c < stop for c in changes):
            continue
        i0, i1 = int(t0 // TICK), min(run.nt, stop * K)
        w = _weight(rng, kind, i1 - i0, ramp * K)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind,
                                                                                           rng.uniform(0.12, 0.35))
        c0 = onset if kind != "leak" else onset + int(0.9 * ramp)
        a, v = 1.0, None
        for _ in range(3):
            J = run.J.copy()
            J[i0:i1] *= 1 - a * w
            v = _reads(run, J)
            loss, k = hc.live_loss(v, healthy, live, c0, stop)
            if k < 8 or loss <= 0:
                break
            a = a * target / loss
        if v is None or not 0 < a <= 1:
            continue
        J = run.J.copy()
        J[i0:i1] *= 1 - a * w
        v = _reads(run, J)
        same = np.abs(v - healthy) <= 1e-9 * (1 + np.abs(healthy))  # the cumulative sum's rounding after it
        v[same] = healthy[same]
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        on, end = span
        if any(on <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else on
        if kind == "leak" and not on < ramp_end < end:
            continue
        full = healthy.copy()
        full[on:end] = v[on:end]
        depth = hc.shown_depth(full, healthy, live, kind, on, ramp_end, end, n, (ramp_end - on) // 3)
        if depth is not None:
            return Event(kind, on, ramp_end, end, round(depth, 4)), (on, healthy[on:end] - v[on:end])
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout216(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout216_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT216_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout216, seeds, n, pauses)
