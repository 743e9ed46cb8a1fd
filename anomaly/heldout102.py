"""The hundred-and-second held-out throughput family: a cryo-EM neural reconstruction model (a cryoDRGN-style
variational autoencoder for heterogeneous 3-D reconstruction from single-particle images), its training particles/s;
each node's trainer pushes its counts as ZeroMQ messages (``PUSH`` to a collector's ``PULL``), a small collector sums
them per minute into a SQLite table, and the dashboard (Grafana's SQLite data source) reads the table once a minute.

(No generator's head names ZeroMQ, SQLite or cryo-EM; "particle" is in head 53 (a particle-physics jet tagger), and
Grafana reads other heads' stores (Redis, Kusto, Pinot, Elasticsearch, KairosDB, M3, TDengine, IoTDB, GreptimeDB,
MySQL); none reads SQLite. The job and the path were named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Size: over 520 lines with this docstring (the code is about 440).

Public sources read (through the search tool, as stored there): on ZeroMQ, a cnblogs and a CSDN copy of the guide's
"High-Water Marks" section (PUSH sockets have only a send pipe, PULL only a receive pipe; the HWM defaults to 1,000
messages since 3.x; at the HWM PUB and ROUTER drop, PUSH and the others block; with no connection made yet a socket
fills its own queue, then blocks or drops; the HWM is not exact, as little as half), the ZeroMQ FAQ's answer quoted on
CSDN (PUSH blocks when its outgoing pipes are full; a PULL at its RCVHWM makes messages wait upstream through TCP's back
pressure), a cnblogs translation of ``zmq_setsockopt`` (``ZMQ_LINGER``: -1, the default, keeps unsent messages and
blocks the context's termination, 0 drops them at close, a positive value bounds the wait; ``ZMQ_IMMEDIATE`` 0 by
default: a connecting socket queues messages before the connection is made), the Akka ZeroMQ option pages (the HWM a
hard limit per peer; the same linger rules), the ``zmq_close(3)`` man page (messages received but not yet read are
discarded at close), a pyzmq gist and a Salt commit (``context.term()`` hangs on unsent messages unless the linger is
set) and the libzmq crate's ``SendMsg`` (``try_send`` answers WouldBlock instead of blocking); on SQLite, the "File
Locking And Concurrency In SQLite Version 3" page (chiark's copy, and a CSDN translation: UNLOCKED, SHARED, RESERVED,
PENDING, EXCLUSIVE in rollback mode; a writer needs EXCLUSIVE to commit, so readers' SHARED locks hold it back, and a
PENDING lock keeps new readers out), the ``sqlite3_setlk_timeout`` page (the busy timeout serves rollback-mode
databases), a dev.to answer (one writer at a time; in some journal modes readers block writers; WAL: readers and the
writer do not block each other, writers still do; batch and retry failed transactions), Simon Willison's note and the
taskchampion pull request on ``SQLITE_BUSY`` despite a busy timeout (upgrading a read transaction; ``BEGIN
IMMEDIATE``), Dovecot's ``sqlite_busy_timeout`` (even in WAL mode only one writer runs) and PHP's ``busyTimeout``
pages; Grafana's plugin page for the SQLite data source (frser-sqlite-datasource: a backend plugin; the database file
lies on Grafana's own host; numeric time columns are taken as unix timestamps); on the job, cryoDRGN's README and a
README diff (a neural network representation of the volume for continuous heterogeneity), its issue 353 (a 324-px box
downsampled to 128; mixed precision wants a box divisible by 8), the cryoAI README (amortised inference of poses; jobs
submitted with ``sbatch``), the cryodata and cryoPARES package pages (MRC stacks turned into training data sets; poses
assigned by a trained network instead of a search).

Assumed without checking (my own picture): 1, 2, 4 or 8 nodes of 4 or 8 GPUs (0.86-0.97 per doubling); boxes of 128,
160, 192 or 256 px; a GPU trains 150-900 particles/s at 128 px (log-uniform), its cost growing with the box's pixels,
the decoder (``0.35 + 0.65 dec``) and a pose search (3-8 times dearer than given poses). Half the runs hold the stack in
memory (cryoDRGN's default, as I remember it); the others read it lazily, from a local SSD cache or the shared file
system, at 1.8-4 times what the GPUs take or 0.8-1.3 times (40 % of them: loader-bound, noisier ticks, and other
jobs' bursts on the file system take 8-20 % for a mean 5-20 min every 2-8 h, healthy); a node runs at the soft minimum
of both, a particle's bytes growing with the box. Later stages (70 % of runs relaunch at 25-80 % of the run, 25 % of
those again): a larger box (1.25, 1.5 or 2 times a side), the pose search turned on (or off), a decoder 2-4 times
dearer (or half), another data set (1.3-2.5 times dearer to read, 30 %: 0.45-0.8; it moves only a lazy run's level),
twice or half the nodes; redrawn until the level moves 15 %. Per 5-s tick ``exp(N(0, 2-4 %))`` (5-9 % loader-bound);
a slow OU of the log (sd 1-3 %, 20-120 min). Pauses: a start-up (the stack read into memory or indexed, the CTF and
pose files, the lattice, compilation) of 3-10 min ("long": 20-60) and a ramp from 40-70 % over 2-8 min (its first
half paused); a checkpoint epoch every 40-120 min ("long": 45-120): the encoder's pass over every particle for its
latent, volumes at a few of them, 2-5 min ("long": 10-25), the weights saved after every 1 or 2, 10-40 s ("long": 1-3
min); crashes (CUDA out of memory, NCCL time-outs, stale NFS handles; exponential, mean 12-48 h, 20 min or more after
a start): down 1-4 min ("long": 6-18), restarted in 2-6 min ("long": 8-20), a ramp from 75-95 % over 1-3 min; a
relaunch: a stop of 1-3 min ("long": 5-12), 1-5 min in the queue, then a start-up (one due in a pause waits until 10
min after it). Not checked: Python's ``sqlite3.connect`` timeout of 5 s (from memory), how a collector handles
``SQLITE_BUSY`` (my three policies below), TCP's retransmission schedule on these hosts (Linux defaults as I remember
them: RTO from 0.2 s doubling up to 120 s, ``tcp_retries2`` = 15, about 924 s), SLURM's 30 s between SIGTERM and
SIGKILL, and whether messages in a killed process's kernel socket buffer arrive (taken as lost).

The path (chosen): each node's trainer sends, from a thread (training never waits), one message every 10, 15, 20 or
30 s (per run; a phase of 5 s up to the interval per node and process): its node's share of the job's particles
(data-parallel nodes train the same number) and its own clock's time; none for an interval without particles, none
for the interval under way at a crash or a relaunch's stop. Delivery in a median 2 ms. A node's network cuts (first
within 5-80 h, every 20-150 h, 5 s-3 min, 10 %: 3-25 min): TCP holds what was sent until its first retransmission after
the cut's end, and what is sent before it arrives with it; a cut past 924 s resets the connection, the messages in it
lost, and ZeroMQ reconnects when the cut ends and sends what its pipe queued since (``SNDHWM`` of them: 1,000, the
default, in 60 % of runs, else 10, 50 or 100; the trainer sends with ``NOBLOCK`` and drops the rest). The collector's
outages (first within 5-60 h, every 10-80 h; 2-30 s, 25 %: 10-60 min, the supervisor given up): its sums not yet
committed are lost, the senders' pipes hold up to ``SNDHWM`` messages each (the rest dropped), delivered 0.05-0.5 s
after it is back. A message still queued when its process ends is lost: at once at a crash; at a relaunch's stop after
the ``LINGER``: -1 (50 %: until SLURM's SIGKILL, 30 s), 0 (25 %) or 1-5 s. The collector keys a message by its own
time (65 %) or its arrival, and flushes every 1, 2, 5 or 10 s (per run): one transaction adding to each minute's row,
committed 0.02 s later. The database is in WAL mode (60 %) or a rollback journal; ``busy_timeout`` 5 s (60 %) or 1-30
s. Other connections hold the lock: a retention ``DELETE`` and ``VACUUM`` (first within 6-48 h, every 12-48 h, 20 s-6
min) and, with a rollback journal, long readers (an export or ``.backup``; first within 2-12 h, every 2-12 h, 5-60 s).
A flush waits ``busy_timeout``: where the lock is gone by then it commits at its end, else it fails and is tried at the
timer's next tick after its wait; the collector (per run) keeps a failed batch for the next flush (60 %), drops it (20
%), or is naive (20 %): a COMMIT that a reader held back leaves its rows in the open transaction and the batch is
applied again (rolled back after every third failure: at most three copies). The dashboard reads minute ``m``'s row at
its end plus the flush interval and 10-40 s (per run) and 0-1 s; a row's additions committed later are never read
(late); a failed read (0.1-0.3 %, and with a rollback journal every read during a ``VACUUM``) gives nothing (0).
Clocks: each node's off true time by ``N(0, 0.2 s)``; in 10 % of runs one node by 5-40 s more (either way). Nothing was
measured on a real system.

One point is the dashboard's read of one minute's row (the trace's step, 60 s); its timestamp is the minute's end. All
that the path delays, loses or copies is fixed by the healthy run (which messages exist, their times, how often each is
counted and which read takes it); a regression takes a share ``a w`` of each tick's particles and each read loses what
its messages lost (reads none of whose messages changed equal the healthy ones).

A point is paused where its window (widened by a logging interval, the clocks' largest offset and 3 s before it, the
offset and 3 s after) touches a pause (or a ramp's first half), or where it reads nothing; a lone paused point is
widened to two; a listed change is the first point after a relaunch's pause span. Labelled regressions from their
onset: ``drop`` (one node's InfiniBand link retrains at a lower width, or NCCL falls back to sockets: every step waits
at the all-reduce, slower for good; ``w = min(1, (s + 1) / tau)``, ``tau`` 1-5 points), ``straggler`` (one GPU's
clocks capped by power or thermal throttling in bursts, every rank waiting for it: bursts of mean 5-40 points at 1,
calm of mean 10-60 at 0.1-0.3), ``leak`` (the loader workers' cache of decoded, CTF-filtered particle images grows
without bound until the host swaps: ``w = (s / ramp) ** p``, ``p`` 0.7-1.5, a ramp of 120-900 points, then held).
Onsets by ``hc.onset_time`` over the pauses (30 % at a pause's end), else anywhere in the slot; ``a`` set from one
series at ``a = 1`` (the reads are linear in ``a``) for a loss of 8-33 % (drop), 10-30 % (straggler) or 12-35 % (leak,
from 90 % of its ramp), ``a <= 0.8``; every kind in each trace with events (``hc.family_trace``); an event holds no
listed change; kept where ``hc.shown_depth`` allows (80 draws).

Counts over ``heldout102_set`` (12 seeds, n=6000; measured from this generator)
------------------------------------------------------------------------------
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
setting   events  drop  straggler  leak  depth        onsets near a   pause spans (points)         clean
                                                      pause (10 pts)
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====
short     32      11    11         10    0.081-0.318  20              2-57 (1061, 0 >60)           3
long      30      10    10         10    0.079-0.326  15              2-74 (854, 6 >60)            3
========  ======  ====  =========  ====  ===========  ==============  ===========================  =====

"Near a pause": the onset lies in a pause span or within 10 points of one. Spans that run into the trace's end are left
out. ``changes``: short 6, long 12 (new stages after relaunches). Paused share of the points: 6.9-10.8 % (short),
21.0-24.6 % (long). The healthy live points over the job's true particles per minute (summed): 0.998-1.000 (short),
0.998-1.004 (long). Over the 12 runs of each setting (short / long): 48 / 49 crashes and 6 / 13 relaunches (100 / 131
intervals under way at a kill never sent), 628,148 / 642,306 messages sent; 339 / 436 held by TCP through a cut and 92
/ 45 lost at a reset; 8 / 3 lost uncommitted in a collector's outage and 1,934 / 205 queued through one; 29 / 0
refused at the HWM and 12 / 0 still queued at a kill; 934 / 1,129 committed late after ``SQLITE_BUSY``, 281 / 100
dropped by a dropping collector and 59 / 0 copied by a naive one (2 / 0 such runs); 2,433 / 878 committed after their
read (late); 201 / 160 reads failed. The full sets take about 0.25 s each (one core); the test module 0.5-0.6 s
(``taskset -c 0``; 0.9 s with the interpreter's start).

Opened in the project (and nothing else): ``docs/data-authors.md`` (all), ``anomaly/heldout101.py`` lines 1-110 and
600-609 (``make_heldout101``, ``heldout101_set``; ``wc -l`` and a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout101.py`` (all), ``anomaly/heldout_common.py`` (all), ``tests/trace_checks.py`` (all),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, and ``/tmp/s51/genheads102.txt``
through ``wc -l`` and one ``grep -inE`` for zeromq, zmq, sqlite, cryo, cryodrgn, particle and grafana (piped to
``cut -c1-300``; the file's lines are cut at 200 already). Besides, ``git status`` and this branch's
own ``git log --oneline main..HEAD``. No other slip.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT102_SEEDS = tuple(range(1022000, 1022012))
CODE = 102
EPOCH = 1_788_998_400  # 2026-09-10 00:00 UTC, a whole minute
STEP, TICK = 60.0, 5.0
K = int(STEP // TICK)  # ticks per point
KIND_P = (0.34, 0.33, 0.33)
RTO = np.minimum(0.2 * 2.0 ** np.arange(16), 120.0).cumsum()  # TCP retransmissions after a cut (s)
TCP_GIVE_UP = 924.0  # tcp_retries2 = 15: the connection is reset after about 15.4 min


def _r(x: float) -> float:
    """A time on the 5-s tick grid."""
    return float(np.round(x / TICK) * TICK)


def _level(cfg: dict, st: dict) -> float:
    """The job's particles/s at a stage: the GPUs' rate (the decoder's cost grows with the box's pixels, its size and
    the pose search), capped by the loaders' (bytes per particle grow with the box) where the stack is read lazily."""
    gpu = cfg["gpu"] / (st["box"] ** 2 * (0.35 + 0.65 * st["dec"]) * st["pose"])
    node = cfg["gpus"] * gpu
    if cfg["io"] is not None:
        node = 1.0 / hc.smax(1.0 / node, st["box"] ** 2 * st["data"] / cfg["io"])
    return st["nodes"] * cfg["eff"] ** np.log2(st["nodes"]) * node


def _config(rng) -> dict:
    """The job: nodes, GPUs per node, a GPU's particles/s at the first box, scaling, and the loaders' rate (None:
    the stack in memory)."""
    gpus = int(rng.choice([4, 8]))
    box = float(rng.choice([128, 160, 192, 256]))
    gpu = hc.log_uniform(rng, 150, 900) * (128 / box) ** 2
    cfg = {"nodes": int(rng.choice([1, 2, 4, 8], p=[0.3, 0.3, 0.25, 0.15])), "gpus": gpus, "gpu": gpu,
           "eff": rng.uniform(0.86, 0.97), "io": None, "bound": False}
    if rng.random() < 0.5:  # lazy loading from the shared file system or the local SSD cache
        cfg["bound"] = rng.random() < 0.4
        cfg["io"] = gpus * gpu * (rng.uniform(0.8, 1.3) if cfg["bound"] else rng.uniform(1.8, 4.0))
    return cfg


def _next_stage(rng, cfg: dict, st: dict) -> dict:
    """A relaunch's new stage, redrawn until the level moves by 15 % or more."""
    for _ in range(200):
        new, what = dict(st), rng.choice(["box", "pose", "dec", "data", "nodes"], p=[0.3, 0.2, 0.2, 0.15, 0.15])
        if what == "box":
            new["box"] = st["box"] * float(rng.choice([1.25, 1.5, 2.0]))
        elif what == "pose":
            new["pose"] = rng.uniform(3, 8) if st["pose"] == 1.0 else 1.0
        elif what == "dec":
            new["dec"] = st["dec"] * (rng.uniform(2, 4) if rng.random() < 0.7 else 0.5)
        elif what == "data":
            new["data"] = rng.uniform(1.3, 2.5) if rng.random() < 0.7 else rng.uniform(0.45, 0.8)
        else:
            new["nodes"] = st["nodes"] * 2 if st["nodes"] == 1 or (st["nodes"] < 16 and rng.random() < 0.5) \
                else st["nodes"] // 2
        if abs(np.log(_level(cfg, new) / _level(cfg, st))) >= np.log(1.15):
            return new
    return {**st, "nodes": st["nodes"] * 2}


def _pause_len(rng, setting: str, short: tuple, long: tuple) -> float:
    lo, hi = short if setting == "short" else long
    return _r(max(TICK, 60 * rng.uniform(lo, hi)))


def _timeline(rng, T: float, setting: str, cfg: dict):
    """Training segments ``(t0, t1, stage, ramp)``, pauses ``(t0, t1, kind)``, processes ``(start, end, how,
    stage)``, the stages and the resumes after relaunches (all on the tick grid)."""
    st = {"box": 1.0, "dec": 1.0, "pose": 1.0, "data": 1.0, "nodes": cfg["nodes"]}
    stages = [st]
    rel = []
    if rng.random() < 0.7:
        rel.append(_r(rng.uniform(0.25, 0.8) * T))
        if rng.random() < 0.25:
            rel.append(_r(rng.uniform(rel[0] + 0.08 * T, T)))
    crash_mean = rng.uniform(12, 48) * 3600
    period = (40, 120) if setting == "short" else (45, 120)
    ck_every = int(rng.choice([1, 2]))
    segs, pauses, procs, known = [], [], [], []

    def start_up(t, kind, su, r0, rdur):
        pauses.append((t, t + su, kind))
        t += su
        ramp = (t, r0, rdur)
        pauses.append((t, t + _r(rdur / 2), "ramp"))
        return t, ramp

    t, ramp = start_up(0.0, "startup", _pause_len(rng, setting, (3, 10), (20, 60)), rng.uniform(0.4, 0.7),
                       _r(60 * rng.uniform(2, 8)))
    proc0, n_val, ri = 0.0, 0, 0
    next_val = t + _r(60 * rng.uniform(*period))
    next_crash = t + _r(max(1200.0, rng.exponential(crash_mean)))
    while t < T:
        r_next = max(rel[ri], t + 600.0) if ri < len(rel) else np.inf  # not within a ramp
        nxt = max(t, min(next_val, next_crash, r_next, T))  # one due in a pause waits for its end
        if nxt > t:
            segs.append((t, nxt, len(stages) - 1, ramp))
        t = nxt
        if t >= T:
            break
        if nxt == max(t, next_val):
            n_val += 1
            d = _pause_len(rng, setting, (2, 5), (10, 25))
            pauses.append((t, t + d, "valid"))
            t += d
            if n_val % ck_every == 0:
                d = _pause_len(rng, setting, (10 / 60, 40 / 60), (1, 3))
                pauses.append((t, t + d, "ckpt"))
                t += d
            ramp = None
        elif nxt == max(t, next_crash):
            procs.append((proc0, t, "crash", len(stages) - 1))
            d = _pause_len(rng, setting, (1, 4), (6, 18)) + _pause_len(rng, setting, (2, 6), (8, 20))
            t, ramp = start_up(t, "crash", d, rng.uniform(0.75, 0.95), _r(60 * rng.uniform(1, 3)))
            proc0 = t
            next_crash = t + _r(max(1200.0, rng.exponential(crash_mean)))
        else:
            procs.append((proc0, t, "stop", len(stages) - 1))
            stages.append(_next_stage(rng, cfg, stages[-1]))
            d = (_pause_len(rng, setting, (1, 3), (5, 12)) + _r(60 * rng.uniform(1, 5))
                 + _pause_len(rng, setting, (3, 10), (20, 60)))
            t, ramp = start_up(t, "relaunch", d, rng.uniform(0.4, 0.7), _r(60 * rng.uniform(2, 8)))
            known.append(t)
            proc0, ri = t, ri + 1
            next_crash = max(next_crash, t + 1200.0)
        next_val = t + _r(60 * rng.uniform(*period))
    procs.append((proc0, np.inf, "end", len(stages) - 1))
    return segs, pauses, procs, stages, known


def _episodes(rng, T: float, first: tuple, every: tuple, dur) -> list:
    """Episodes ``(t0, t1)``: the first within ``first`` hours, then every ``every`` hours, ``dur()`` s long."""
    out, t = [], rng.uniform(*first) * 3600
    while t < T:
        d = dur()
        out.append((t, t + d))
        t += d + rng.uniform(*every) * 3600
    return out


def _grid(t, ph: float, C: float):
    """The collector's first flush at or after ``t`` (its timer: every ``C`` s from ``ph``)."""
    return ph + C * np.ceil((np.asarray(t) - ph) / C)


def _attempts(e0: float, e1: float, ph: float, C: float, busy: float) -> list[float]:
    """The collector's flushes while another connection holds the lock over ``[e0, e1)``: each waits busy_timeout,
    then fails (SQLITE_BUSY) and is tried again at the timer's next tick; the last one succeeds (at ``e1`` or later)."""
    g, att = float(_grid(e0, ph, C)), []
    while e1 - g > busy:
        att.append(g)
        g = float(_grid(g + busy + 1e-6, ph, C))
    return att + [g]


def _copies(j, F: int):
    """How many copies of a batch first applied at attempt ``j`` a naive collector commits after ``F`` failed COMMITs:
    the failed ones' rows stay in its open transaction and are applied again; it rolls back after every third."""
    return F - np.maximum(j, 3 * (F // 3)) + 1


def _path(rng, J: np.ndarray, procs: list, stages: list, n: int) -> SimpleNamespace:
    """The messages of every node's trainer, what ZeroMQ, the collector's SQLite commits and the dashboard's reads do
    with them: the read points ``k`` of the messages read, their ticks ``[S, E)`` and weights ``w`` (times counted
    over the node count), and the path's settings and counts."""
    nt = len(J)
    T = nt * TICK
    CJ = np.concatenate([[0.0], np.cumsum(J)])
    p = SimpleNamespace(L=float(rng.choice([10, 15, 20, 30])), hwm=1000 if rng.random() < 0.6 else
                        int(rng.choice([10, 50, 100])), by_time=rng.random() < 0.65, C=float(rng.choice([1, 2, 5, 10])),
                        wal=rng.random() < 0.6, busy=5.0 if rng.random() < 0.6 else rng.uniform(1, 30),
                        policy=str(rng.choice(["keep", "drop", "naive"], p=[0.6, 0.2, 0.2])))
    p.linger = float(rng.choice([30.0, 0.0, rng.uniform(1, 5)], p=[0.5, 0.25, 0.25]))  # -1 waits for SIGKILL
    p.ph, p.D = rng.uniform(0, p.C), p.C + rng.uniform(10, 40)
    nmax = max(s["nodes"] for s in stages)
    off = rng.normal(0, 0.2, nmax)
    if rng.random() < 0.1:
        off[rng.integers(nmax)] += rng.choice([-1, 1]) * rng.uniform(5, 40)
    p.offmax = float(np.abs(off).max())
    cnt = dict.fromkeys(["sent", "killed", "cut_late", "cut_lost", "outage_lost", "outage_late", "hwm_dropped",
                         "kill_lost", "busy_wait", "busy_late", "busy_lost", "dup", "late", "read_failed"], 0)
    te_, S_, E_, node_, pe_, grace_, nn_ = [], [], [], [], [], [], []
    for s, e, how, si in procs:  # each process's sender thread: one message per interval with particles
        nn, end = stages[si]["nodes"], min(e, T)
        for j in range(nn):
            phi = TICK * int(rng.integers(1, int(p.L // TICK) + 1))
            te = s + phi + p.L * np.arange(max(0, int((end - s - phi) // p.L) + 1))
            te = te[te < end]
            if not len(te):
                continue
            a, b = (np.concatenate([[s], te[:-1]]) // TICK).astype(int), (te // TICK).astype(int)
            if how != "end":
                cnt["killed"] += int(CJ[min(nt, int(end // TICK))] > CJ[b[-1]])
            keep = CJ[b] > CJ[a]
            te_.append(te[keep]), S_.append(a[keep]), E_.append(b[keep]), node_.append(np.full(keep.sum(), j))
            pe_.append(np.full(keep.sum(), e)), nn_.append(np.full(keep.sum(), nn))
            grace_.append(np.full(keep.sum(), {"crash": 0.0, "stop": p.linger}.get(how, np.inf)))
    te, S, E, node, pe, grace, nn = (np.concatenate(x) for x in (te_, S_, E_, node_, pe_, grace_, nn_))
    cnt["sent"] = len(te)
    ta = te + 0.002 * np.exp(rng.normal(0, 0.7, len(te)))
    lost = np.zeros(len(te), bool)

    def hwm_cut(q, t_free):  # messages queued in a PUSH pipe: the first SNDHWM kept, the rest refused (NOBLOCK)
        for j in np.unique(node[q]):
            idx = np.nonzero(q & (node == j))[0]
            lost[idx[p.hwm:]] = True
            cnt["hwm_dropped"] += max(0, len(idx) - p.hwm)
            ta[idx[:p.hwm]] = t_free + rng.uniform(0.05, 0.5)

    for j in range(nmax):  # network cuts of a node's link: TCP retransmits, or resets after ~15 min
        for k0, k1 in _episodes(rng, T, (5, 80), (20, 150), lambda: rng.uniform(5, 180) if rng.random() < 0.9
                                else rng.uniform(180, 1500)):
            m = (node == j) & (te >= k0) & ~lost
            if k1 - k0 < TCP_GIVE_UP:
                rel = k0 + RTO[np.searchsorted(RTO, k1 - k0)]
                m &= te < rel
                ta[m] = np.maximum(ta[m], rel + 0.002)
                cnt["cut_late"] += int(m.sum())
            else:
                dead = m & (te < k0 + TCP_GIVE_UP)
                lost[dead] = True
                cnt["cut_lost"] += int(dead.sum())
                hwm_cut(m & (te >= k0 + TCP_GIVE_UP) & (te < k1), k1)
    outs = _episodes(rng, T, (5, 60), (10, 80), lambda: rng.uniform(2, 30) if rng.random() < 0.75
                     else rng.uniform(600, 3600))
    for c0, c1 in outs:  # the collector down: its uncommitted sums lost, the senders' pipes hold up to SNDHWM
        unc = (ta >= _grid(c0, p.ph, p.C) - p.C) & (ta < c0) & ~lost
        lost[unc] = True
        cnt["outage_lost"] += int(unc.sum())
        q = (ta >= c0) & (ta < c1) & ~lost
        cnt["outage_late"] += int(q.sum())
        hwm_cut(q, c1)
    gone = ~lost & (ta > te + 1.0) & (ta > pe + grace)  # still queued when its process was killed or closed
    lost |= gone
    cnt["kill_lost"] += int(gone.sum())
    commit = _grid(ta, p.ph, p.C) + 0.02
    mult = np.ones(len(te))
    eps = [(a, b, "writer") for a, b in _episodes(rng, T, (6, 48), (12, 48), lambda: rng.uniform(20, 360))]
    if not p.wal:  # rollback journal: a long reader (an export, ``.backup``) keeps COMMIT from its EXCLUSIVE lock
        eps += [(a, b, "reader") for a, b in _episodes(rng, T, (2, 12), (2, 12), lambda: rng.uniform(5, 60))]
    for e0, e1, kind in sorted(eps):
        att = _attempts(e0, e1, p.ph, p.C, p.busy)
        g = att[-1]
        if len(att) == 1:
            m = (commit > e0) & (commit < e1) & ~lost
            commit[m] = e1 + 0.02
            cnt["busy_wait"] += int(m.sum())
            continue
        F, att = len(att) - 1, np.array(att)
        m = (ta > att[0] - p.C) & (ta <= att[-1]) & ~lost
        j = np.searchsorted(att, ta[m])
        commit[m] = max(g, e1) + 0.02
        if p.policy == "drop":
            dl = np.nonzero(m)[0][j < F]
            lost[dl] = True
            cnt["busy_lost"] += len(dl)
        elif p.policy == "naive" and kind == "reader":  # the failed COMMIT's rows stay in the open transaction
            mult[m] = _copies(j, F)
            cnt["dup"] += int((mult[m] > 1).sum())
        cnt["busy_late"] += int((m & ~lost).sum())
    key = np.floor((te + off[node] if p.by_time else ta) / STEP).astype(int)
    reads = STEP * (np.arange(n) + 1) + p.D + rng.uniform(0, 1, n)
    failed = rng.random(n) < rng.uniform(0.001, 0.003)
    if not p.wal:  # a VACUUM's EXCLUSIVE lock: the dashboard's read gets SQLITE_BUSY
        for e0, e1, kind in eps:
            failed |= (kind == "writer") & (reads >= e0) & (reads < e1)
    cnt["read_failed"] = int(failed.sum())
    inn = ~lost & (key >= 0) & (key < n)
    late = inn & (commit > reads[np.clip(key, 0, n - 1)])
    cnt["late"] = int(late.sum())
    seen = inn & ~late & ~failed[np.clip(key, 0, n - 1)]
    order = np.argsort(key[seen], kind="stable")
    p.k, p.S, p.E = key[seen][order], S[seen][order], E[seen][order]
    p.w = (mult / nn)[seen][order]
    p.byS = np.argsort(p.S, kind="stable")
    p.Ssorted = p.S[p.byS]
    p.counts, p.reads = cnt, reads
    return p


def _job(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's particles per 5-s tick (``J``) over the trace and a margin, its pauses, stages and path."""
    T = n * STEP + 900.0
    nt = int(T // TICK)
    cfg = _config(rng)
    segs, pauses, procs, stages, known = _timeline(rng, T, setting, cfg)
    sd = rng.uniform(0.05, 0.09) if cfg["bound"] else rng.uniform(0.02, 0.04)
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))
    noise = np.exp(rng.normal(0, sd, nt) + np.repeat(ou, K)[:nt])
    if cfg["bound"]:  # other jobs' bursts on the shared file system
        edges = hc.twostate(rng, rng.uniform(0, 8 * 3600), T, rng.uniform(300, 1200), rng.uniform(7200, 28800))
        noise *= 1 - rng.uniform(0.08, 0.2) * hc.bad_share(edges, np.arange(nt) * TICK, TICK)
    J, lev = np.zeros(nt), [_level(cfg, s) for s in stages]
    for t0, t1, si, ramp in segs:
        i0, i1 = int(t0 // TICK), min(nt, int(t1 // TICK))
        mult = 1.0
        if ramp is not None:
            tr, r0, rdur = ramp
            mult = np.clip(r0 + (1 - r0) * ((np.arange(i0, i1) + 0.5) * TICK - tr) / rdur, r0, 1.0)
        J[i0:i1] = lev[si] * TICK * mult
    J *= noise
    run = SimpleNamespace(n=n, nt=nt, J=J, cfg=cfg, pauses_t=pauses, procs=procs, stages=stages, known_t=known,
                          counts={"relaunches": len(known), "crashes": sum(h == "crash" for *_, h, _s in procs)})
    run.path = _path(rng, J, procs, stages, n)
    return run


def _spans(run, h: np.ndarray) -> list[tuple[int, int]]:
    """Points whose window (a logging interval, the clocks' largest offset and 3 s before, the offset and 3 s after)
    touches a pause, or that read nothing; a lone one widened to two."""
    n, p = run.n, run.path
    wb, wa = p.L + p.offmax + 3, p.offmax + 3
    paused = h <= 0
    for a, b, _ in run.pauses_t:
        lo, hi = max(0, int(np.floor((a - wa) / STEP))), min(n, int(np.ceil((b + wb) / STEP)))
        paused[lo:hi] = True
    for widen in (True, False):
        d = np.diff(np.concatenate([[0], paused.astype(int), [0]]))
        s, e = np.nonzero(d == 1)[0], np.nonzero(d == -1)[0]
        for a, b in zip(s, e):
            if widen and b - a == 1:
                paused[a + 1 if a + 1 < n else a - 1] = True
    return [(int(a), int(b)) for a, b in zip(s, e)]


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: the healthy run on the random stream ``[seed, setting, CODE]``."""
    run = _job(np.random.default_rng([seed, hc.SETTINGS[pauses], CODE]), n, pauses)
    p = run.path
    CJ = np.concatenate([[0.0], np.cumsum(run.J)])
    healthy = np.bincount(p.k, p.w * (CJ[p.E] - CJ[p.S]), minlength=n) / STEP
    spans = _spans(run, healthy)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    run.healthy = healthy
    return run, healthy, spans, live, changes


def _stamps(run) -> np.ndarray:
    """Each point's time: its minute's end."""
    return EPOCH + STEP * (np.arange(run.n) + 1)


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share per point from its onset: a drop reaches 1 within 1-5 points, a leak ``(s / ramp) ** p``
    then 1, a straggler bursts at 1 (mean 5-40 points) between calm stretches (10-60) at 0.1-0.3."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 5))
    if kind == "leak":
        return np.minimum(1.0, s / ramp) ** rng.uniform(0.7, 1.5)
    w, pos, on = np.full(length, rng.uniform(0.1, 0.3)), 0, True
    mb, mc = rng.uniform(5, 40), rng.uniform(10, 60)
    while pos < length:
        d = int(rng.exponential(mb if on else mc)) + 1
        if on:
            w[pos:pos + d] = 1.0
        pos, on = pos + d, not on
    return w


def _loss(run, i0: int, wt: np.ndarray) -> np.ndarray:
    """What each read loses where the ticks from ``i0`` lose the share ``wt`` of their particles."""
    p = run.path
    i1 = min(run.nt, i0 + len(wt))
    lo, hi = np.searchsorted(p.Ssorted, [i0 - int(p.L // TICK) - 1, i1])
    sel = p.byS[lo:hi]
    S, E = np.clip(p.S[sel], i0, i1) - i0, np.clip(p.E[sel], i0, i1) - i0
    cw = np.concatenate([[0.0], np.cumsum(run.J[i0:i1] * wt[:i1 - i0])])
    return np.bincount(p.k[sel], p.w[sel] * (cw[E] - cw[S]), minlength=run.n) / STEP


def _series(run, mods) -> np.ndarray:
    """The reads with the regressions ``mods`` (``(first tick, share per tick)`` pairs)."""
    total = np.zeros(run.n)
    for i0, wt in mods:
        total += _loss(run, i0, wt)
    return run.healthy - total


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)``: an ``(Event, mod)`` pair, or None after 80 draws."""
    n = run.n
    pts = [(a, b) for a, b, _ in run.pauses_t]
    ts = STEP * np.arange(n + 1)
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(120, min(900, 0.5 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pts, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        w = _weight(rng, kind, stop - onset, ramp)
        wt = np.repeat(np.concatenate([w, np.full(15 if to_end else 0, w[-1])]), K)
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.35))
        l1 = _loss(run, onset * K, wt)
        c0 = onset + int(0.9 * ramp)
        lv = live[c0:stop]
        hs, ls = healthy[c0:stop][lv].sum(), l1[c0:stop][lv].sum()
        if hs <= 0 or ls <= 0 or target / (ls / hs) > 0.8:
            continue
        a = target / (ls / hs)
        v = healthy - a * l1
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        first, end = span
        ramp_end = min(onset + ramp, n) if kind == "leak" else first
        if any(first <= c < end for c in changes) or (kind == "leak" and not first < ramp_end < end):
            continue
        depth = hc.shown_depth(v, healthy, live, kind, first, ramp_end, end, n, (ramp_end - first) // 3)
        if depth is not None:
            return Event(kind, first, ramp_end, end, round(depth, 4)), (onset * K, a * wt)
    return None


def make_heldout102(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, _series, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout102_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT102_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout102, seeds, n, pauses)
